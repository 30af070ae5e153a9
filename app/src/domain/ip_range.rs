//! An IP address range in CIDR notation (`192.0.2.0/24`, `2001:db8::/48`); a single
//! address is a range of one (`/32` or `/128`). Host bits must be zero, so every range
//! has one spelling.

use std::fmt;
use std::net::IpAddr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IpRangeError {
    #[error("not an IPv4 or IPv6 address")]
    BadAddress,
    #[error("the prefix length must be a number up to 32 for IPv4 or 128 for IPv6")]
    BadPrefix,
    #[error("the address has bits set beyond the prefix length")]
    HostBitsSet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IpRange {
    network: IpAddr,
    prefix: u8,
}

impl IpRange {
    pub fn parse(input: &str) -> Result<Self, IpRangeError> {
        let s = input.trim();
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let network: IpAddr = addr.parse().map_err(|_| IpRangeError::BadAddress)?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) if !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse::<u8>().map_err(|_| IpRangeError::BadPrefix)?
            }
            Some(_) => return Err(IpRangeError::BadPrefix),
        };
        if prefix > max {
            return Err(IpRangeError::BadPrefix);
        }
        let range = Self { network, prefix };
        if range.bits() & !range.mask() != 0 {
            return Err(IpRangeError::HostBitsSet);
        }
        Ok(range)
    }

    pub fn network(&self) -> IpAddr {
        self.network
    }

    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    /// True if `addr` is inside this range (and of the same family).
    pub fn contains(&self, addr: IpAddr) -> bool {
        addr.is_ipv4() == self.network.is_ipv4() && Self::bits_of(addr) & self.mask() == self.bits()
    }

    fn width(&self) -> u32 {
        if self.network.is_ipv4() {
            32
        } else {
            128
        }
    }

    fn bits_of(addr: IpAddr) -> u128 {
        match addr {
            IpAddr::V4(a) => u128::from(u32::from(a)),
            IpAddr::V6(a) => u128::from(a),
        }
    }

    fn bits(&self) -> u128 {
        Self::bits_of(self.network)
    }

    fn mask(&self) -> u128 {
        let host = self.width() - u32::from(self.prefix);
        let all = if self.width() == 32 { u128::from(u32::MAX) } else { u128::MAX };
        if host >= 128 {
            0
        } else {
            all & !((1u128 << host) - 1)
        }
    }
}

impl fmt::Display for IpRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

impl std::str::FromStr for IpRange {
    type Err = IpRangeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// The client of a request that arrived from `peer`, behind zero or more reverse
/// proxies. Only a peer inside `trusted` may speak for someone else: then the
/// `X-Forwarded-For` entries (`forwarded_for`, every header value in order) are read from
/// the right, each trusted proxy is passed over, and the first address that is not a
/// trusted proxy is the client. An entry that is not an address ends the walk at the last
/// address known (a client cannot hide behind garbage). With no trusted proxy, or from
/// an untrusted peer, the peer itself is the client, whatever the header says.
pub fn forwarded_client(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpRange]) -> IpAddr {
    let is_trusted = |a: IpAddr| trusted.iter().any(|r| r.contains(canonical(a)));
    let mut client = canonical(peer);
    if !is_trusted(client) {
        return client;
    }
    for entry in forwarded_for.iter().rev().flat_map(|v| v.rsplit(',')) {
        let Some(addr) = parse_forwarded(entry) else { return client };
        client = addr;
        if !is_trusted(addr) {
            return addr;
        }
    }
    client
}

/// An IPv4-mapped IPv6 address as IPv4, others as they are.
fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
        IpAddr::V4(_) => addr,
    }
}

/// One `X-Forwarded-For` entry: `192.0.2.1`, `2001:db8::1`, `[2001:db8::1]`, or either
/// with a port (`192.0.2.1:4711`, `[2001:db8::1]:4711`).
fn parse_forwarded(entry: &str) -> Option<IpAddr> {
    let e = entry.trim();
    if let Ok(a) = e.parse::<IpAddr>() {
        return Some(canonical(a));
    }
    if let Ok(s) = e.parse::<std::net::SocketAddr>() {
        return Some(canonical(s.ip()));
    }
    e.strip_prefix('[').and_then(|r| r.strip_suffix(']')).and_then(|a| a.parse().ok()).map(canonical)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::net::Ipv4Addr;

    #[test]
    fn parses_ranges_and_single_addresses() {
        let r = IpRange::parse("192.0.2.0/24").unwrap();
        assert!(r.contains("192.0.2.77".parse().unwrap()));
        assert!(!r.contains("192.0.3.1".parse().unwrap()));
        assert!(!r.contains("2001:db8::1".parse().unwrap()));
        assert_eq!(IpRange::parse("198.51.100.7").unwrap().to_string(), "198.51.100.7/32");
        let v6 = IpRange::parse("2001:db8:1234::/48").unwrap();
        assert!(v6.contains("2001:db8:1234:ffff::1".parse().unwrap()));
        assert_eq!(IpRange::parse("0.0.0.0/0").unwrap().prefix(), 0);
        assert!(IpRange::parse("::/0").unwrap().contains("2001:db8::1".parse().unwrap()));
    }

    #[test]
    fn errors_are_precise() {
        assert_eq!(IpRange::parse("192.0.2.300"), Err(IpRangeError::BadAddress));
        assert_eq!(IpRange::parse("192.0.2.0/33"), Err(IpRangeError::BadPrefix));
        assert_eq!(IpRange::parse("192.0.2.0/"), Err(IpRangeError::BadPrefix));
        assert_eq!(IpRange::parse("192.0.2.0/+8"), Err(IpRangeError::BadPrefix));
        assert_eq!(IpRange::parse("192.0.2.1/24"), Err(IpRangeError::HostBitsSet));
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,50}") {
            let _ = IpRange::parse(&s);
        }

        #[test]
        fn a_range_contains_its_own_addresses(a in any::<u32>(), prefix in 0u8..=32, host in any::<u32>()) {
            let mask = if prefix == 0 { 0 } else { u32::MAX << (32 - prefix) };
            let net = Ipv4Addr::from(a & mask);
            let r = IpRange::parse(&format!("{net}/{prefix}")).unwrap();
            prop_assert!(r.contains(IpAddr::V4(Ipv4Addr::from((a & mask) | (host & !mask)))));
            prop_assert_eq!(r.to_string().parse::<IpRange>().unwrap(), r);
        }
    }

    #[test]
    fn only_a_trusted_proxy_speaks_for_the_client() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let proxies = [IpRange::parse("10.0.0.0/8").unwrap(), IpRange::parse("2001:db8:ffff::/48").unwrap()];
        // No proxy configured, or an untrusted peer: the header is ignored.
        assert_eq!(forwarded_client(ip("198.51.100.7"), &["203.0.113.9"], &[]), ip("198.51.100.7"));
        assert_eq!(forwarded_client(ip("198.51.100.7"), &["203.0.113.9"], &proxies), ip("198.51.100.7"));
        // Behind one proxy: the rightmost entry; a client's own forged entries to its left
        // do not count.
        assert_eq!(forwarded_client(ip("10.1.2.3"), &["1.2.3.4, 203.0.113.9"], &proxies), ip("203.0.113.9"));
        // Behind two proxies, the header split over two lines.
        assert_eq!(
            forwarded_client(ip("10.1.2.3"), &["1.2.3.4, 203.0.113.9", "10.9.9.9"], &proxies),
            ip("203.0.113.9")
        );
        // IPv6 with brackets and ports, IPv4-mapped peers.
        assert_eq!(forwarded_client(ip("::ffff:10.0.0.1"), &["[2001:db8::5]:4711"], &proxies), ip("2001:db8::5"));
        assert_eq!(forwarded_client(ip("2001:db8:ffff::1"), &["192.0.2.1:80"], &proxies), ip("192.0.2.1"));
        // Garbage ends the walk at the last known address; no header, the proxy itself.
        assert_eq!(forwarded_client(ip("10.1.2.3"), &["203.0.113.9, unknown"], &proxies), ip("10.1.2.3"));
        assert_eq!(forwarded_client(ip("10.1.2.3"), &[], &proxies), ip("10.1.2.3"));
    }
}
