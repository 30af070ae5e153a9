//! The ids of the register's people and the portal's accounts, each a type of its own so
//! that one cannot be passed where another is meant: a customer's id where an account's
//! is, or a customer's account where a staff member's is. In the database and on the
//! wire each is the plain integer it wraps (the store gives them the database's integer
//! type; serde sees through them). Unlike the validated types of this module, the field
//! is public: an id has no form to check, only the store can tell whether it names a row.
//! Ids are minted where that is known: by the store from its rows and the session; a
//! `StaffId` by `user::Caller::staff`, when the signed-in account's role is a staff
//! role. An id from a form (a request's assignee, a staff account the DPO changes) is
//! only ever looked up by the store, which answers "not applicable" for a wrong one.

use serde::{Deserialize, Serialize};

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id!(
    /// A customer in the register (`customers.id`), whether or not they have an account.
    CustomerId
);
id!(
    /// A sign-in account of the portal (`accounts.id`): a customer's or a staff member's.
    AccountId
);
id!(
    /// The account of a staff member (`accounts.id` of an account with a staff role).
    StaffId
);

/// A staff member's account is an account: what any account may do (sign out, change its
/// password, be named in the audit log), theirs may.
impl From<StaffId> for AccountId {
    fn from(id: StaffId) -> Self {
        AccountId(id.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_its_integer_on_the_wire() {
        assert_eq!(serde_json::to_string(&CustomerId(42)).unwrap(), "42");
        assert_eq!(serde_json::from_str::<AccountId>("7").unwrap(), AccountId(7));
        assert_eq!(AccountId::from(StaffId(3)), AccountId(3));
    }
}
