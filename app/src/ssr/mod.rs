//! Server-only code (compiled with the `ssr` feature alone): the database handle and
//! all SQL, the audit chain with its signed checkpoints, retention, password hashing,
//! and the demo-data generator.

pub mod accounts;
pub mod audio;
pub mod audit;
pub mod audit_checkpoint;
pub mod auth;
pub mod breaches;
pub mod consents;
pub mod db;
pub mod disclosures;
pub mod eid;
pub mod erasure;
pub mod export;
pub mod feedback;
pub mod identity;
pub mod login_email;
pub mod mail;
pub mod my_data;
pub mod objections;
pub mod one_time;
pub mod outbox;
pub mod password;
pub mod password_policy;
pub mod rate_limit;
pub mod request_events;
pub mod requesters;
pub mod requests;
pub mod retention;
pub mod second_factor;
pub mod seed;
pub mod selections;
pub mod session_store;
pub mod staff;
pub mod staff_accounts;
pub mod throttle;
