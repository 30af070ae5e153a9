//! Letters to register customers. The activation letter carries the one-time code with
//! which a customer creates their portal account. Production sends it through a print
//! or SMS service; this writes it to `<outbox_dir>/letters/` as text.

use crate::config::Settings;
use anyhow::Context;
use app::domain::Lang;
use app::i18n::t_args;
use app::ssr::db::Db;

/// Issues a fresh activation code for `customer_number` (older codes stop working),
/// writes the letter in the customer's language, and returns the code.
pub async fn activation(db: &Db, settings: &Settings, customer_number: &str) -> anyhow::Result<String> {
    let app::ssr::accounts::PostalAddress {
        id,
        first_name: first,
        last_name: last,
        street_address: street,
        postal_code: postal,
        city,
        language,
    } = app::ssr::accounts::postal_address(db, customer_number)
        .await?
        .context("no customer with that customer number")?;
    let code = app::ssr::one_time::issue_activation_code(db, id).await?;
    let lang: Lang = language.parse().unwrap_or_default();
    let link = format!("{}{}", settings.public_url.trim_end_matches('/'), app::paths::ACTIVATE_PATH);
    let body = t_args(
        lang,
        "activation-letter",
        &[
            ("name", format!("{first} {last}")),
            ("customer_number", customer_number.to_owned()),
            ("code", code.clone()),
            ("link", link),
            ("days", app::ssr::one_time::ACTIVATION_VALIDITY.num_days().to_string()),
        ],
    );
    let letter = format!("{first} {last}\n{street}\n{postal} {city}\n\n{body}\n");
    let dir = settings.outbox_dir.join("letters");
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let file = dir.join(format!("activation-{customer_number}-{}.txt", chrono::Utc::now().format("%Y%m%dT%H%M%S%.3f")));
    std::fs::write(&file, letter).with_context(|| format!("cannot write {}", file.display()))?;
    tracing::info!(customer_id = id, "activation letter written");
    Ok(code)
}
