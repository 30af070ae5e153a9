//! Wire types: the data that server functions take and answer, shared by the layers
//! that make it (the store) and the ones that show it (pages), with no code of either.

pub mod auth;
pub mod breaches;
pub mod consents;
pub mod copies;
pub mod disclosures;
pub mod feedback;
pub mod my_data;
pub mod requests;
pub mod retention;
pub mod security;
pub mod staff;
