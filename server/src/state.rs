//! The state every handler may take: built once by `startup`, read by the routes.

use crate::config::Settings;
use app::register::Register;
use app::ssr::db::Db;
use app::ssr::outbox::Wake;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// Everything a request handler may need.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub register: Arc<Register>,
    pub settings: Arc<Settings>,
    /// Wakes this instance's outbox worker after a change wrote a job.
    pub outbox: Wake,
    /// Strong electronic identification, when a provider is configured.
    pub eid: Option<Arc<app::ssr::eid::Eid>>,
}
