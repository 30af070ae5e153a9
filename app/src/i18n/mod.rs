//! Interface texts in Finnish (default), Swedish and English, from Fluent files in
//! `app/locales/<lang>/main.ftl`, embedded at compile time by `fluent-templates`.
//!
//! The request's language is decided once on the server (the `tietoni_lang` cookie set
//! by the language switch, else `Accept-Language`, else Finnish) and provided as a
//! [`Lang`] context; components read it with [`use_lang`] and translate with [`t`].
//! A test fails when any key is missing from any language.

use crate::domain::Lang;
use fluent_templates::{static_loader, Loader};
use leptos::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use unic_langid::{langid, LanguageIdentifier};

/// The cookie that keeps the language the customer chose with the switch.
pub const LANG_COOKIE: &str = "tietoni_lang";

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "fi",
        // No Unicode isolation marks around placeables: they would end up in
        // attributes and confuse screen readers.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn langid(lang: Lang) -> &'static LanguageIdentifier {
    static FI: LanguageIdentifier = langid!("fi");
    static SV: LanguageIdentifier = langid!("sv");
    static EN: LanguageIdentifier = langid!("en");
    match lang {
        Lang::Fi => &FI,
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The text for `key` in `lang`.
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES.lookup(langid(lang), key)
}

/// The text for `key` in `lang` with named arguments.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, String)]) -> String {
    let args: HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue> =
        args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone().into())).collect();
    LOCALES.lookup_with_args(langid(lang), key, &args)
}

/// References named one by one, and how many more there are when not all are named:
/// "TN-1, TN-2 ja 3 muuta".
pub fn references_and_more(lang: Lang, references: &[String], count: u32) -> String {
    let named = references.join(", ");
    let more = count.saturating_sub(u32::try_from(references.len()).unwrap_or(u32::MAX));
    if more == 0 {
        named
    } else {
        format!("{named} {}", t_args(lang, "references-more", &[("count", more.to_string())]))
    }
}

/// The text for `key` in `lang`, or `otherwise()` when there is none (an id that may
/// or may not have a text of its own).
pub fn t_or(lang: Lang, key: &str, otherwise: impl FnOnce() -> String) -> String {
    if has_text(lang, key) {
        t(lang, key)
    } else {
        otherwise()
    }
}

/// Whether `key` has a text in `lang` (or its fallback).
pub fn has_text(lang: Lang, key: &str) -> bool {
    LOCALES.try_lookup(langid(lang), key).is_some()
}

/// The language of the current request (Finnish when none was provided).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie_value<'a>(cookie_header: &'a str, name: &str) -> Option<&'a str> {
    cookie_header.split(';').find_map(|pair| {
        let (n, value) = pair.trim().split_once('=')?;
        (n == name).then_some(value)
    })
}

/// Decides the language of a request from its cookie and `Accept-Language` headers.
pub fn negotiate(cookie_header: Option<&str>, accept_language: Option<&str>) -> Lang {
    let from_cookie = cookie_header.and_then(|h| cookie_value(h, LANG_COOKIE)).and_then(|v| v.parse::<Lang>().ok());
    from_cookie.or_else(|| accept_language.and_then(Lang::from_accept_language)).unwrap_or_default()
}

/// Formats a date the way each language writes it (Finnish `25.11.2026`, Swedish
/// `25.11.2026`, English `25 November 2026`).
pub fn format_date(lang: Lang, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", date.day(), date.month(), date.year()),
        Lang::En => date.format("%-d %B %Y").to_string(),
    }
}

/// Formats a moment in Europe/Helsinki time the way each language writes it
/// (`25.11.2026 klo 19.27`, `25.11.2026 kl. 19.27`, `25 November 2026, 19:27`).
pub fn format_datetime(lang: Lang, at: chrono::DateTime<chrono::Utc>) -> String {
    let local = at.with_timezone(&chrono_tz::Europe::Helsinki);
    let date = format_date(lang, local.date_naive());
    match lang {
        Lang::Fi => format!("{date} klo {}", local.format("%-H.%M")),
        Lang::Sv => format!("{date} kl. {}", local.format("%-H.%M")),
        Lang::En => format!("{date}, {}", local.format("%H:%M")),
    }
}

pub mod texts;

#[cfg(test)]
mod properties;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{lang}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        text.lines()
            .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap().trim().to_owned())
            .collect()
    }

    #[test]
    fn every_key_exists_in_every_language() {
        let fi = keys("fi");
        assert!(fi.len() > 10);
        for lang in ["sv", "en"] {
            let other = keys(lang);
            let missing: Vec<_> = fi.symmetric_difference(&other).collect();
            assert!(missing.is_empty(), "keys differ between fi and {lang}: {missing:?}");
        }
    }

    /// Every `$variable` any message uses, with a dummy value, so messages with
    /// placeables resolve too.
    fn all_variables() -> HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue<'static>> {
        let text = std::fs::read_to_string(format!("{}/locales/fi/main.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap();
        text.split('$')
            .skip(1)
            .map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_').collect::<String>())
            .map(|name| (Cow::Owned(name), "x".into()))
            .collect()
    }

    #[test]
    fn every_key_resolves_without_falling_back() {
        let args = all_variables();
        for lang in Lang::ALL {
            for key in keys("fi") {
                let found = LOCALES.try_lookup_with_args(langid(*lang), &key, &args);
                assert!(found.is_some_and(|s| !s.trim().is_empty()), "{key} missing in {lang}");
            }
        }
    }

    /// Every key the code names literally — `t(lang, "…")`, `t_args(lang, "…"`, a
    /// `label_key="…"`/`hint_key="…"` prop, or an error `code: "…"` (shown as `error-…`) —
    /// exists in the Finnish file (and so, by the test above, in every language).
    #[test]
    fn every_key_the_code_uses_exists() {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sources = Vec::new();
        walk(&root.join("src"), &mut sources);
        walk(&root.join("../server/src"), &mut sources);
        let known = keys("fi");
        let mut used = BTreeSet::new();
        for src in &sources {
            for (marker, prefix) in [
                ("t(lang, \"", ""),
                ("t_args(lang, \"", ""),
                ("t_args(\n        lang,\n        \"", ""),
                ("_key=\"", ""),
                (", code: \"", "error-"),
                ("code\".into(), code: \"", "error-"),
                ("invalid(\"", "error-"),
            ] {
                for part in src.split(marker).skip(1) {
                    let key: String =
                        part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
                    if marker.starts_with("invalid(") {
                        // invalid(field, code): the code is the second argument.
                        let code = part.split("\", \"").nth(1).unwrap_or("");
                        let code: String =
                            code.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                        if !code.is_empty() {
                            used.insert(format!("error-{code}"));
                        }
                    } else if !key.is_empty() {
                        used.insert(format!("{prefix}{key}"));
                    }
                }
            }
        }
        assert!(used.len() > 50, "the scan found only {} keys", used.len());
        let missing: Vec<_> = used.difference(&known).collect();
        assert!(missing.is_empty(), "keys used in the code but missing from fi/main.ftl: {missing:?}");
    }

    #[test]
    fn the_cookie_wins_over_accept_language() {
        assert_eq!(negotiate(Some("a=b; tietoni_lang=sv"), Some("en")), Lang::Sv);
        assert_eq!(negotiate(Some("tietoni_lang=xx"), Some("en-GB,en;q=0.9")), Lang::En);
        assert_eq!(negotiate(None, None), Lang::Fi);
    }

    #[test]
    fn dates_follow_the_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2018, 5, 25).unwrap();
        assert_eq!(format_date(Lang::Fi, d), "25.5.2018");
        assert_eq!(format_date(Lang::En, d), "25 May 2018");
        // 17:05 UTC is 19:05 in Helsinki in winter (UTC+2).
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T17:05:00Z").unwrap().with_timezone(&chrono::Utc);
        assert_eq!(format_datetime(Lang::Fi, at), "25.11.2026 klo 19.05");
        assert_eq!(format_datetime(Lang::Sv, at), "25.11.2026 kl. 19.05");
        assert_eq!(format_datetime(Lang::En, at), "25 November 2026, 19:05");
    }
}
