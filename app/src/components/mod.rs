//! Building blocks shared by the pages.

pub mod eid;
pub mod form;
pub mod lang_switch;
pub mod layout;
