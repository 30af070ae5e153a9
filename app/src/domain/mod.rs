//! Pure domain types: no I/O and no feature `cfg`, so they compile identically into the
//! server and the browser build. Every type that holds outside input validates on
//! `parse` and keeps its field private, so a value of the type is valid by construction.
//! Errors are precise enums (what exactly is wrong), never panics, and never echo the
//! input back, because the input may be personal data.

pub mod breach;
pub mod business_id;
pub mod clock;
pub mod consent;
pub mod email;
pub mod identity;
pub mod identity_code;
pub mod ids;
pub mod ip_range;
pub mod lang;
pub mod phone;
pub mod postal_code;
pub mod request;
pub mod retention;
pub mod role;

pub use business_id::BusinessId;
pub use consent::{ConsentChannel, ConsentPurpose};
pub use email::EmailAddress;
pub use identity::{Channel, IdentityLevel, IdentityMethod};
pub use identity_code::IdentityCode;
pub use ids::{AccountId, CustomerId, StaffId};
pub use ip_range::IpRange;
pub use lang::Lang;
pub use phone::PhoneNumber;
pub use postal_code::PostalCode;
pub use request::{RequestKind, RequestStatus};
pub use role::Role;

/// A path on this site, safe to redirect to: starts with one `/`, not `//` or `/\\`
/// (which browsers treat as another host), and has no control characters.
pub fn is_local_path(p: &str) -> bool {
    p.starts_with('/') && !p.starts_with("//") && !p.starts_with("/\\") && !p.chars().any(char::is_control)
}

/// Percent-encodes everything in `s` but unreserved characters and `/`, for a path
/// carried in a query parameter.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Error for an enum-like value (a slug) that is not one of the known ones.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what}")]
pub struct UnknownSlug {
    /// Which kind of value was expected, e.g. "consent channel".
    pub what: &'static str,
}

/// Defines a closed set of values with a stable snake_case slug used in the
/// database, URLs and the export, and `FromStr`/`Display` in terms of it.
macro_rules! slug_enum {
    ($(#[$m:meta])* $name:ident, $what:literal, { $($(#[$vm:meta])* $variant:ident => $slug:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable slug stored in the database and shown in the export.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::UnknownSlug;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($slug => Ok($name::$variant),)+
                    _ => Err($crate::domain::UnknownSlug { what: $what }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use slug_enum;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every slug of every enum parses back to its own value.
    #[test]
    fn slugs_round_trip() {
        fn check<T: Copy + PartialEq + std::fmt::Debug + std::str::FromStr + std::fmt::Display>(all: &[T]) {
            for v in all {
                assert_eq!(v.to_string().parse::<T>().ok(), Some(*v));
            }
        }
        check(ConsentPurpose::ALL);
        check(ConsentChannel::ALL);
        check(RequestKind::ALL);
        check(RequestStatus::ALL);
        check(Lang::ALL);
        check(Role::ALL);
        assert!("nonsense".parse::<RequestKind>().is_err());
    }

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/"));
        assert!(is_local_path("/tiedot?sivu=2"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/a\nb"));
    }

    #[test]
    fn a_path_survives_a_query_parameter() {
        assert_eq!(percent_encode("/oma/luvat"), "/oma/luvat");
        assert_eq!(
            percent_encode("/oma/tiedot/liikenne?alkaen=2026-01-01&x=ä"),
            "/oma/tiedot/liikenne%3Falkaen%3D2026-01-01%26x%3D%C3%A4"
        );
    }
}
