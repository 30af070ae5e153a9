//! The portal's languages: Finnish first, then Swedish and English.

use super::slug_enum;

slug_enum!(
    Lang, "language", {
        Fi => "fi",
        Sv => "sv",
        En => "en",
    }
);

// `slug_enum!` declares the variants, so `#[derive(Default)]` cannot be used here.
#[allow(clippy::derivable_impls)]
impl Default for Lang {
    fn default() -> Self {
        Lang::Fi
    }
}

impl Lang {
    /// The language's own name, as shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fi => "Suomi",
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }

    /// Picks the best supported language from an `Accept-Language` header value,
    /// honouring q-values; `None` when nothing in it is supported.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in header.split(',').enumerate() {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q =
                pieces.filter_map(|p| p.trim().strip_prefix("q=")).find_map(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            let lang = match primary {
                "fi" => Lang::Fi,
                "sv" => Lang::Sv,
                "en" => Lang::En,
                _ => continue,
            };
            if q > 0.0 && best.is_none_or(|(bq, _, _)| q > bq) {
                best = Some((q, i, lang));
            }
        }
        best.map(|(_, _, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_honoured_with_q_values() {
        assert_eq!(Lang::from_accept_language("sv-FI,sv;q=0.9,en;q=0.8"), Some(Lang::Sv));
        assert_eq!(Lang::from_accept_language("de-DE, en;q=0.5, fi;q=0.7"), Some(Lang::Fi));
        assert_eq!(Lang::from_accept_language("de, fr"), None);
        assert_eq!(Lang::from_accept_language("fi;q=0, en"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language(""), None);
    }
}
