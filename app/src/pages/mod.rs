//! One module per page. Every page renders completely on the server.

pub mod account;
pub mod landing;
pub mod not_found;
pub mod reauth;
pub mod sessions;
pub mod sign_in;
