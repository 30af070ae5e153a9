//! Texts made from data: states, receipts, kinds and statuses, numbers and money in
//! each language. Pages show them; server functions that answer a script with ready
//! text (a consent changed in place) send them.

use crate::domain::{Lang, RequestKind, RequestStatus};
use crate::i18n::{format_datetime, t, t_args};
use crate::wire::consents::Receipt;

/// The text of a coded value (a purpose, a channel…).
pub fn value(lang: Lang, code: &str) -> String {
    t(lang, &format!("value-{code}"))
}

/// "Withdrew consent: direct marketing, email. Recorded 25.11.2026 at 22.30."
pub fn receipt_text(lang: Lang, receipt: &Receipt) -> String {
    let what = match &receipt.purpose {
        Some(p) => format!("{}, {}", value(lang, p), value(lang, &receipt.channel).to_lowercase()),
        None => value(lang, &receipt.channel),
    };
    t_args(lang, &format!("receipt-{}", receipt.action), &[("what", what), ("when", format_datetime(lang, receipt.at))])
}

/// "Given 25.11.2026 at 22.30" / "Withdrawn …" / "Not given".
pub fn consent_state_text(lang: Lang, given: bool, since: Option<chrono::DateTime<chrono::Utc>>) -> String {
    match (given, since) {
        (true, Some(at)) => t_args(lang, "consent-given-since", &[("when", format_datetime(lang, at))]),
        (false, Some(at)) => t_args(lang, "consent-withdrawn-since", &[("when", format_datetime(lang, at))]),
        _ => t(lang, "consent-never-given"),
    }
}

/// The label of the one button of a consent: what pressing it does.
pub fn consent_button_text(lang: Lang, purpose: &str, channel: &str, given: bool) -> String {
    let what = format!("{}, {}", value(lang, purpose), value(lang, channel).to_lowercase());
    t_args(lang, if given { "consent-withdraw" } else { "consent-give" }, &[("what", what)])
}

/// "Prohibited since …" / "No prohibition".
pub fn prohibition_state_text(lang: Lang, on: bool, since: Option<chrono::DateTime<chrono::Utc>>) -> String {
    match (on, since) {
        (true, Some(at)) => t_args(lang, "prohibition-on-since", &[("when", format_datetime(lang, at))]),
        _ => t(lang, "prohibition-off"),
    }
}

/// The label of a prohibition's one button.
pub fn prohibition_button_text(lang: Lang, channel: &str, on: bool) -> String {
    let what = value(lang, channel).to_lowercase();
    t_args(lang, if on { "prohibition-lift" } else { "prohibition-set" }, &[("what", what)])
}

pub fn kind_text(lang: Lang, kind: RequestKind) -> String {
    t(lang, &format!("request-kind-{}", kind.as_str()))
}

pub fn status_text(lang: Lang, status: RequestStatus) -> String {
    t(lang, &format!("request-status-{}", status.as_str()))
}

/// A period given as an ISO 8601 duration of whole years, months, weeks and days
/// (`P12M`, `P6Y`, `P1Y6M`) in words: "12 kuukautta", "6 år", "1 year 6 months".
/// `None` for anything else.
pub fn format_period(lang: Lang, iso: &str) -> Option<String> {
    let rest = iso.strip_prefix('P')?;
    let mut parts = Vec::new();
    let mut number = String::new();
    for c in rest.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: u32 = number.parse().ok()?;
        number.clear();
        let unit = match c {
            'Y' => "year",
            'M' => "month",
            'W' => "week",
            'D' => "day",
            _ => return None,
        };
        let key = format!("period-{unit}-{}", if n == 1 { "one" } else { "other" });
        parts.push(crate::i18n::t_args(lang, &key, &[("n", n.to_string())]));
    }
    (number.is_empty() && !parts.is_empty()).then(|| parts.join(" "))
}

/// A whole number in the language's format: `38 211` (fi, sv), `38,211` (en).
pub fn format_number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = if lang == Lang::En { "," } else { "\u{a0}" };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Money in the language's format: `12,34 €` (fi, sv), `€12.34` (en).
pub fn format_money(lang: Lang, cents: i64, currency: &str) -> String {
    let units = format_number(lang, cents / 100);
    let rest = (cents % 100).abs();
    let symbol = if currency == "EUR" { "€" } else { currency };
    match lang {
        Lang::En => format!("{symbol}{units}.{rest:02}"),
        _ => format!("{units},{rest:02}\u{a0}{symbol}"),
    }
}

/// "Strong electronic identification (loa3)", "Identity document at a service point:
/// passport".
pub fn identity_check_text(lang: Lang, check: &crate::wire::requests::IdentityCheck) -> String {
    use crate::domain::IdentityMethod;
    let method = t(lang, &format!("identity-method-{}", check.method.as_str()));
    match (check.method, check.detail.as_deref()) {
        (IdentityMethod::IdDocument, Some(doc)) => {
            format!("{method}: {}", t(lang, &format!("identity-document-{doc}")))
        }
        (IdentityMethod::StrongEid, Some(acr)) => format!("{method} ({})", acr.rsplit('/').next().unwrap_or(acr)),
        _ => method,
    }
}

/// "Substantial (own account)".
pub fn identity_level_text(lang: Lang, level: crate::domain::IdentityLevel) -> String {
    t(lang, &format!("identity-level-{}", level.as_str()))
}
