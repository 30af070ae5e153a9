//! The Tietoni server: one binary that serves the portal and administers it.
//!
//! - `config`: settings from a file and the environment, secrets redacted in `Debug`.
//! - `telemetry`: structured logs (never personal data).
//! - `startup`: builds the application — database, migrations, register, router — and
//!   exposes its port, so tests can run it on port 0.
//! - `state`: what every handler may take; `extract`: the signed-in customer of a
//!   request for the routes outside Leptos.
//! - `routes`: the non-Leptos routes (health, language switch), the session middleware
//!   and the stack around every route; `limits` the per-address limit (in the
//!   database) and the client address behind a trusted proxy; `same_origin` the origin
//!   check of state changes; `security_headers` the CSP, HSTS and `Secure` cookies.
//! - `assets`: caching of files named by their content, compression of pages.
//! - `eid`: strong electronic identification (OpenID Connect) in the browser.
//! - `record`: the record of processing activities as JSON, for the DPO.
//! - `letters`: activation letters (to the outbox here; print or SMS in production).
//! - `cli`: `serve`, `migrate`, `seed`, `activation-code`, `create-staff`.

pub mod assets;
pub mod cli;
pub mod config;
pub mod copies;
pub mod dpa;
pub mod eid;
pub mod export;
pub mod extract;
pub mod letters;
pub mod limits;
pub mod record;
pub mod recordings;
pub mod refused;
pub mod routes;
pub mod same_origin;
pub mod security_headers;
pub mod startup;
pub mod state;
pub mod telemetry;
