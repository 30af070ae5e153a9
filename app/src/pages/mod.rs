//! One module per page. Every page renders completely on the server.

pub mod accessibility;
pub mod account;
pub mod activate;
pub mod confirm_email;
pub mod consents;
pub mod copies;
pub mod enrol;
pub mod export;
pub mod landing;
pub mod my_data;
pub mod not_found;
pub mod password;
pub mod public_request;
pub mod reauth;
pub mod requests;
pub mod second_factor;
pub mod sessions;
pub mod sign_in;
pub mod staff;

pub use not_found::Forbidden;

pub use crate::paths::home_path;
