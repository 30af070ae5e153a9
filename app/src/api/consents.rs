//! Consents and direct-marketing prohibitions (privacy notice §4, §7; GDPR Art. 7(3),
//! Art. 21(2)–(3)). Customers only; the customer id comes from the session. Each change
//! answers with a redirect to the page with a receipt of what changed.

use crate::error::AppError;
pub use crate::wire::consents::*;
use leptos::prelude::*;

/// The customer's consents and prohibitions, and the receipt of change `receipt`
/// (`c<event id>` or `p<event id>`, the customer's own only).
#[server(prefix = "/api", endpoint = "my_consents")]
pub async fn my_consents(receipt: Option<String>) -> Result<ConsentsPage, AppError> {
    use crate::domain::ConsentPurpose;
    use crate::ssr::consents;
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let db = crate::api::auth::db()?;
    let states = consents::consent_states(&db, customer_id).await?;
    let mut list = Vec::new();
    for purpose in ConsentPurpose::ALL {
        for channel in purpose.channels() {
            let current = states.iter().find(|s| s.purpose == purpose.as_str() && s.channel == channel.as_str());
            list.push(ConsentState {
                purpose: purpose.as_str().into(),
                channel: channel.as_str().into(),
                given: current.is_some_and(|s| s.action == "given"),
                since: current.map(|s| s.occurred_at),
                source: current.map(|s| s.source.clone()),
            });
        }
    }
    let prohibited = consents::prohibition_states(&db, customer_id).await?;
    let prohibitions = consents::PROHIBITION_CHANNELS
        .iter()
        .map(|c| {
            let current = prohibited.iter().find(|p| p.channel == *c);
            ProhibitionState {
                channel: (*c).into(),
                prohibited: current.is_some_and(|p| p.action == "prohibited"),
                since: current.map(|p| p.occurred_at),
            }
        })
        .collect();
    let register = crate::api::auth::register()?;
    let lang = crate::i18n::use_lang();
    let upheld = crate::ssr::objections::current(&db, customer_id).await?;
    let objections = register
        .purposes
        .iter()
        .filter(|p| !p.direct_marketing && register.objectable(&p.id))
        .map(|p| {
            let current = upheld.iter().find(|o| o.purpose == p.id && o.action == "upheld");
            ObjectionState {
                purpose: p.id.clone(),
                title: p.title.get(lang).to_owned(),
                basis: register.legal_basis(&p.legal_basis).map(|b| b.title.get(lang).to_owned()).unwrap_or_default(),
                upheld: current.is_some(),
                since: current.map(|o| o.occurred_at),
                reference: current.and_then(|o| o.reference.clone()),
            }
        })
        .collect();
    let receipt = match receipt {
        Some(r) => crate::ssr::consents::receipt_of(&db, customer_id, &r).await?,
        None => None,
    };
    Ok(ConsentsPage { consents: list, prohibitions, objections, receipt })
}

/// Gives (`give = true`) or withdraws a consent, at once. A repeat of the same change
/// records nothing new and shows the receipt of the state as it is.
#[server(prefix = "/api", endpoint = "set_consent")]
pub async fn set_consent(purpose: String, channel: String, give: bool) -> Result<(), AppError> {
    let (_, _, event, _) = apply_consent(&purpose, &channel, give).await?;
    let receipt = event.map(|id| format!("c{id}")).unwrap_or_default();
    leptos_axum::redirect(&format!("{}?kuitti={receipt}#kuitti", crate::paths::CONSENTS_PATH));
    Ok(())
}

/// Objects to direct marketing on a channel (`all`: every channel) — recorded as a
/// prohibition (suoramarkkinointikielto) — or lifts the objection.
#[server(prefix = "/api", endpoint = "set_prohibition")]
pub async fn set_prohibition(channel: String, prohibit: bool) -> Result<(), AppError> {
    let (_, _, event, _) = apply_prohibition(&channel, prohibit).await?;
    let receipt = event.map(|id| format!("p{id}")).unwrap_or_default();
    leptos_axum::redirect(&format!("{}?kuitti={receipt}#kuitti", crate::paths::CONSENTS_PATH));
    Ok(())
}

/// The same change as [`set_consent`], for the page's script: answers with the new
/// state and the receipt instead of a redirect, so the page updates in place.
#[server(prefix = "/api", endpoint = "toggle_consent")]
pub async fn toggle_consent(purpose: String, channel: String, give: bool) -> Result<ConsentChange, AppError> {
    let (db, customer_id, event, (p, c)) = apply_consent(&purpose, &channel, give).await?;
    let receipt = match event {
        Some(id) => crate::ssr::consents::receipt_of(&db, customer_id, &format!("c{id}")).await?,
        None => None,
    };
    let lang = crate::i18n::use_lang();
    let given = receipt.as_ref().is_some_and(|r| r.action == "given");
    Ok(ConsentChange {
        given,
        state_text: crate::i18n::texts::consent_state_text(lang, given, receipt.as_ref().map(|r| r.at)),
        button_text: crate::i18n::texts::consent_button_text(lang, p.as_str(), c.as_str(), given),
        receipt_text: receipt.map(|r| crate::i18n::texts::receipt_text(lang, &r)).unwrap_or_default(),
    })
}

/// The same change as [`set_prohibition`], for the page's script: answers with the
/// new state and the receipt instead of a redirect.
#[server(prefix = "/api", endpoint = "toggle_prohibition")]
pub async fn toggle_prohibition(channel: String, prohibit: bool) -> Result<ConsentChange, AppError> {
    let (db, customer_id, event, channel) = apply_prohibition(&channel, prohibit).await?;
    let receipt = match event {
        Some(id) => crate::ssr::consents::receipt_of(&db, customer_id, &format!("p{id}")).await?,
        None => None,
    };
    let lang = crate::i18n::use_lang();
    let on = receipt.as_ref().is_some_and(|r| r.action == "prohibited");
    Ok(ConsentChange {
        given: on,
        state_text: crate::i18n::texts::prohibition_state_text(lang, on, receipt.as_ref().map(|r| r.at)),
        button_text: crate::i18n::texts::prohibition_button_text(lang, channel, on),
        receipt_text: receipt.map(|r| crate::i18n::texts::receipt_text(lang, &r)).unwrap_or_default(),
    })
}

/// A purpose and a channel it has, or 400.
#[cfg(feature = "ssr")]
fn checked(
    purpose: &str,
    channel: &str,
) -> Result<(crate::domain::ConsentPurpose, crate::domain::ConsentChannel), AppError> {
    use crate::domain::{ConsentChannel, ConsentPurpose};
    match (purpose.parse::<ConsentPurpose>(), channel.parse::<ConsentChannel>()) {
        (Ok(p), Ok(c)) if p.channels().contains(&c) => Ok((p, c)),
        _ => crate::api::caller::deny(AppError::BadRequest),
    }
}

/// Gives or withdraws a consent of the signed-in customer. Returns the database, the
/// customer id, the event that now holds the state (the new one, or the latest when
/// nothing changed) and the checked purpose and channel.
#[cfg(feature = "ssr")]
async fn apply_consent(
    purpose: &str,
    channel: &str,
    give: bool,
) -> Result<
    (
        crate::ssr::db::Db,
        crate::domain::CustomerId,
        Option<i64>,
        (crate::domain::ConsentPurpose, crate::domain::ConsentChannel),
    ),
    AppError,
> {
    let crate::user::CustomerIds { account_id, customer_id } = crate::api::caller::require_customer()?;
    let (p, c) = checked(purpose, channel)?;
    let db = crate::api::auth::db()?;
    let action = if give { "given" } else { "withdrawn" };
    let wording = crate::ssr::consents::Wording::of(consent_wording(crate::i18n::use_lang(), p, c, give));
    let event =
        match crate::ssr::consents::set_consent(&db, account_id, customer_id, p.as_str(), c.as_str(), action, &wording)
            .await?
        {
            Some(id) => Some(id),
            None => crate::ssr::consents::latest_consent_event(&db, customer_id, p.as_str(), c.as_str()).await?,
        };
    Ok((db, customer_id, event, (p, c)))
}

/// What the permissions page says about a consent when the customer gives or withdraws
/// it: the page's lead, the section's lead and the button pressed, in the customer's
/// language. Kept with the event as the proof of what they agreed to.
pub fn consent_wording(
    lang: crate::domain::Lang,
    purpose: crate::domain::ConsentPurpose,
    channel: crate::domain::ConsentChannel,
    give: bool,
) -> String {
    use crate::i18n::t;
    format!(
        "{} {} {}",
        t(lang, "consents-lead"),
        t(lang, "consents-section-lead"),
        crate::i18n::texts::consent_button_text(lang, purpose.as_str(), channel.as_str(), !give)
    )
}

/// Sets or lifts a prohibition of the signed-in customer, like [`apply_consent`].
#[cfg(feature = "ssr")]
async fn apply_prohibition(
    channel: &str,
    prohibit: bool,
) -> Result<(crate::ssr::db::Db, crate::domain::CustomerId, Option<i64>, &'static str), AppError> {
    let crate::user::CustomerIds { account_id, customer_id } = crate::api::caller::require_customer()?;
    let Some(channel) = crate::ssr::consents::PROHIBITION_CHANNELS.iter().find(|c| **c == channel).copied() else {
        return crate::api::caller::deny(AppError::BadRequest);
    };
    let db = crate::api::auth::db()?;
    let action = if prohibit { "prohibited" } else { "lifted" };
    let event = match crate::ssr::consents::set_prohibition(&db, account_id, customer_id, channel, action).await? {
        Some(id) => Some(id),
        None => crate::ssr::consents::latest_prohibition_event(&db, customer_id, channel).await?,
    };
    Ok((db, customer_id, event, channel))
}
