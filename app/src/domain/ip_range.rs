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
}
