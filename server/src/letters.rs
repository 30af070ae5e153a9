//! Letters to register customers. The activation letter carries the one-time code with
//! which a customer creates their portal account. It goes through the outbox like mail
//! (kind `letter`, written in the same transaction as the code): production posts it
//! through a print or SMS service; here the worker writes it to `<outbox_dir>/letters/`
//! as `<job key>.txt`. Posted letters keep no address and no code in the database.

use crate::config::Settings;
use anyhow::Context;
use app::ssr::db::Db;

/// Where letters go: the print service's drop directory.
pub fn letters_dir(settings: &Settings) -> std::path::PathBuf {
    settings.outbox_dir.join("letters")
}

/// Issues a fresh activation code for `customer_number` (older codes stop working),
/// writes the letter in the customer's language to the outbox and posts what the outbox
/// has due at once (any instance's worker would otherwise), and returns the code.
pub async fn activation(db: &Db, settings: &Settings, customer_number: &str) -> anyhow::Result<String> {
    let address = app::ssr::accounts::postal_address(db, customer_number)
        .await?
        .context("no customer with that customer number")?;
    let code = app::ssr::one_time::issue_activation_letter(db, &address, customer_number).await?;
    let mailer = crate::startup::mailer(settings)?;
    let pass = app::ssr::outbox::work_once(db, &mailer, chrono::Utc::now()).await?;
    tracing::info!(customer_id = address.id.0, sent = pass.sent, "activation letter written to the outbox");
    Ok(code)
}
