//! Who an account belongs to: a customer, or a member of staff in one of the roles of
//! privacy notice §8.

use super::slug_enum;

slug_enum!(
    Role, "role", {
        Customer => "customer",
        CustomerService => "customer_service",
        /// Data protection officer: also decides erasures and rejections.
        Dpo => "dpo",
    }
);

impl Role {
    pub fn is_staff(self) -> bool {
        !matches!(self, Role::Customer)
    }
}
