//! The register description (privacy notice) as data: controller, purposes, legal bases,
//! sources, recipients, retention rules, data categories and rights, each text in every
//! [`Lang`]. The server loads it from a TOML file at start (`register/elmonet.toml`), so
//! another operator's notice can be dropped in without a code change. [`Register::parse`]
//! checks that every reference between sections resolves and every text exists in all
//! languages, so a broken file stops the server at start instead of showing gaps.

pub mod record;

use crate::domain::Lang;
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use std::collections::HashSet;

/// One text in each of the portal's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub fi: String,
    pub sv: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    #[cfg(feature = "ssr")]
    fn all_present(&self) -> bool {
        Lang::ALL.iter().all(|l| !self.get(*l).trim().is_empty())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContactPerson {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Controller {
    pub name: String,
    pub business_id: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub contact_person: ContactPerson,
    pub contact_role: Localized,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SupervisoryAuthority {
    pub name: Localized,
    pub url: String,
}

/// A purpose, source, recipient or right: an id and its texts.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub title: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LegalBasis {
    pub id: String,
    /// The GDPR article, e.g. "GDPR 6(1)(b)".
    pub article: String,
    pub title: Localized,
    /// Whether the data subject may object to processing on this basis (GDPR Art.
    /// 21(1): a public task, 6(1)(e), or a legitimate interest, 6(1)(f)).
    #[serde(default)]
    pub objectable: bool,
}

/// A purpose of processing (privacy notice §4) and the legal basis it rests on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Purpose {
    pub id: String,
    pub title: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    /// The id of the legal basis the purpose rests on.
    pub legal_basis: String,
    /// Direct marketing: the customer may object at any time, whatever the basis, and
    /// the objection is absolute (GDPR Art. 21(2)–(3)).
    #[serde(default)]
    pub direct_marketing: bool,
}

/// When the customer can have data under a retention rule erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Erasable {
    /// Whenever the customer asks.
    Anytime,
    /// Only once the customer relationship has ended.
    AfterContract,
    /// Not while a law requires keeping it.
    Law,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RetentionRule {
    pub id: String,
    pub erasable: Erasable,
    pub title: Localized,
    /// The law that requires keeping the data, when `erasable` is `law`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<Localized>,
    /// How long records are kept, as an ISO 8601 duration (`P12M`), when the rule has a
    /// fixed period; with `runs_from`, the retention run deletes what is past it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The event the period runs from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runs_from: Option<crate::domain::retention::RunsFrom>,
    /// Where the period comes from (the law and section, or the controller's decision).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_source: Option<Localized>,
}

impl RetentionRule {
    /// The rule's period, when it has a valid one.
    #[cfg(feature = "ssr")]
    pub fn parsed_period(&self) -> Option<crate::domain::retention::Period> {
        self.period.as_deref().and_then(crate::domain::retention::Period::parse)
    }
}

/// What the portability package covers for a category (GDPR Art. 20 vs Art. 15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportScope {
    /// Data the customer provided.
    Art20Provided,
    /// Data observed from the customer's use of the services.
    Art20Observed,
    /// Access only (derived or controller-generated data).
    Art15,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub scope: ExportScope,
    pub title: Localized,
    pub description: Localized,
    pub purposes: Vec<String>,
    pub legal_bases: Vec<String>,
    pub sources: Vec<String>,
    pub recipients: Vec<String>,
    pub retention: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Register {
    pub schema_version: u32,
    pub valid_from: chrono::NaiveDate,
    pub transfers_outside_eea: bool,
    pub register_name: Localized,
    pub controller: Controller,
    pub supervisory_authority: SupervisoryAuthority,
    pub security: Localized,
    pub retention_summary: Localized,
    pub requests_info: Localized,
    pub legal_bases: Vec<LegalBasis>,
    pub purposes: Vec<Purpose>,
    pub sources: Vec<Item>,
    pub recipients: Vec<Item>,
    pub retention: Vec<RetentionRule>,
    /// The categories of people whose data the register holds (GDPR Art. 30(1)(c)).
    #[serde(default)]
    pub data_subjects: Vec<Item>,
    pub categories: Vec<Category>,
    pub rights: Vec<Item>,
    /// The identity level each kind of request needs before it is carried out, by
    /// request kind (every kind listed).
    pub identity_required: std::collections::BTreeMap<crate::domain::RequestKind, crate::domain::IdentityLevel>,
}

/// Why a register file was refused.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("the register file is not valid TOML for the register schema: {0}")]
    Syntax(String),
    #[error("unsupported schema_version {0} (this build reads 1)")]
    Version(u32),
    #[error("{section} id `{id}` appears twice")]
    DuplicateId { section: &'static str, id: String },
    #[error("category `{category}` refers to unknown {section} `{id}`")]
    UnknownRef { category: String, section: &'static str, id: String },
    #[error("category `{0}` lists no purpose, legal basis, source or recipient")]
    EmptyList(String),
    #[error("retention rule `{0}` has a period that is not an ISO 8601 duration of days, weeks, months or years, or no `runs_from` and `period_source` with it")]
    BadPeriod(String),
    #[error("purpose `{purpose}` rests on unknown legal basis `{basis}`")]
    UnknownBasis { purpose: String, basis: String },
    #[error("a text in {0} is missing in at least one language")]
    MissingText(String),
    #[error("identity_required names no level for request kind `{0}`")]
    IdentityLevel(&'static str),
}

impl Register {
    /// Parses and checks a register description in TOML.
    #[cfg(feature = "ssr")]
    pub fn parse(toml_text: &str) -> Result<Self, RegisterError> {
        let reg: Register = toml::from_str(toml_text).map_err(|e| RegisterError::Syntax(e.to_string()))?;
        reg.validate()?;
        Ok(reg)
    }

    #[cfg(feature = "ssr")]
    fn validate(&self) -> Result<(), RegisterError> {
        if self.schema_version != 1 {
            return Err(RegisterError::Version(self.schema_version));
        }
        if let Some(kind) = crate::domain::RequestKind::ALL.iter().find(|k| !self.identity_required.contains_key(k)) {
            return Err(RegisterError::IdentityLevel(kind.as_str()));
        }
        fn ids<'a>(
            section: &'static str,
            it: impl Iterator<Item = &'a str>,
        ) -> Result<HashSet<&'a str>, RegisterError> {
            let mut set = HashSet::new();
            for id in it {
                if !set.insert(id) {
                    return Err(RegisterError::DuplicateId { section, id: id.to_owned() });
                }
            }
            Ok(set)
        }
        let purposes = ids("purpose", self.purposes.iter().map(|i| i.id.as_str()))?;
        let bases = ids("legal basis", self.legal_bases.iter().map(|i| i.id.as_str()))?;
        let sources = ids("source", self.sources.iter().map(|i| i.id.as_str()))?;
        let recipients = ids("recipient", self.recipients.iter().map(|i| i.id.as_str()))?;
        let retention = ids("retention", self.retention.iter().map(|i| i.id.as_str()))?;
        ids("category", self.categories.iter().map(|c| c.id.as_str()))?;
        ids("right", self.rights.iter().map(|r| r.id.as_str()))?;

        for c in &self.categories {
            let lists: [(&'static str, &Vec<String>, &HashSet<&str>); 4] = [
                ("purpose", &c.purposes, &purposes),
                ("legal basis", &c.legal_bases, &bases),
                ("source", &c.sources, &sources),
                ("recipient", &c.recipients, &recipients),
            ];
            for (section, list, known) in lists {
                if list.is_empty() {
                    return Err(RegisterError::EmptyList(c.id.clone()));
                }
                if let Some(bad) = list.iter().find(|id| !known.contains(id.as_str())) {
                    return Err(RegisterError::UnknownRef { category: c.id.clone(), section, id: bad.clone() });
                }
            }
            if !retention.contains(c.retention.as_str()) {
                return Err(RegisterError::UnknownRef {
                    category: c.id.clone(),
                    section: "retention",
                    id: c.retention.clone(),
                });
            }
        }

        if let Some(r) = self.retention.iter().find(|r| {
            r.period.is_some() && (r.parsed_period().is_none() || r.runs_from.is_none() || r.period_source.is_none())
        }) {
            return Err(RegisterError::BadPeriod(r.id.clone()));
        }
        if let Some(p) = self.purposes.iter().find(|p| !bases.contains(p.legal_basis.as_str())) {
            return Err(RegisterError::UnknownBasis { purpose: p.id.clone(), basis: p.legal_basis.clone() });
        }

        let mut texts: Vec<(String, &Localized)> = vec![
            ("register_name".into(), &self.register_name),
            ("controller.contact_role".into(), &self.controller.contact_role),
            ("supervisory_authority".into(), &self.supervisory_authority.name),
            ("security".into(), &self.security),
            ("retention_summary".into(), &self.retention_summary),
            ("requests_info".into(), &self.requests_info),
        ];
        for p in &self.purposes {
            texts.push((p.id.clone(), &p.title));
            if let Some(d) = &p.description {
                texts.push((p.id.clone(), d));
            }
        }
        ids("data subject", self.data_subjects.iter().map(|d| d.id.as_str()))?;
        for i in self.sources.iter().chain(&self.recipients).chain(&self.rights).chain(&self.data_subjects) {
            texts.push((i.id.clone(), &i.title));
            if let Some(d) = &i.description {
                texts.push((i.id.clone(), d));
            }
        }
        texts.extend(self.legal_bases.iter().map(|b| (b.id.clone(), &b.title)));
        for r in &self.retention {
            texts.push((r.id.clone(), &r.title));
            if let Some(l) = &r.law {
                texts.push((r.id.clone(), l));
            }
            if let Some(l) = &r.period_source {
                texts.push((r.id.clone(), l));
            }
        }
        for c in &self.categories {
            texts.push((c.id.clone(), &c.title));
            texts.push((c.id.clone(), &c.description));
        }
        if let Some((place, _)) = texts.into_iter().find(|(_, t)| !t.all_present()) {
            return Err(RegisterError::MissingText(place));
        }
        Ok(())
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
    pub fn purpose(&self, id: &str) -> Option<&Purpose> {
        self.purposes.iter().find(|c| c.id == id)
    }
    /// Whether the customer may object to processing for purpose `id` (GDPR Art. 21):
    /// direct marketing always, any other purpose when its legal basis allows it.
    pub fn objectable(&self, id: &str) -> bool {
        self.purpose(id)
            .is_some_and(|p| p.direct_marketing || self.legal_basis(&p.legal_basis).is_some_and(|b| b.objectable))
    }
    pub fn legal_basis(&self, id: &str) -> Option<&LegalBasis> {
        self.legal_bases.iter().find(|c| c.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&Item> {
        self.sources.iter().find(|c| c.id == id)
    }
    pub fn recipient(&self, id: &str) -> Option<&Item> {
        self.recipients.iter().find(|c| c.id == id)
    }
    pub fn retention_rule(&self, id: &str) -> Option<&RetentionRule> {
        self.retention.iter().find(|c| c.id == id)
    }
    /// The identity level a request of `kind` needs before it is carried out (the
    /// highest when the file, checked at load, somehow lacks it).
    pub fn identity_required(&self, kind: crate::domain::RequestKind) -> crate::domain::IdentityLevel {
        self.identity_required.get(&kind).copied().unwrap_or(crate::domain::IdentityLevel::High)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    const ELMONET: &str = include_str!("../../../register/elmonet.toml");

    #[test]
    fn every_request_kind_needs_an_identity_level_and_the_file_sets_it() {
        let reg = Register::parse(ELMONET).unwrap();
        use crate::domain::{IdentityLevel, RequestKind};
        assert_eq!(reg.identity_required(RequestKind::Question), IdentityLevel::Low);
        assert_eq!(reg.identity_required(RequestKind::Copy), IdentityLevel::Substantial);
        let stricter = ELMONET.replace("erasure = \"substantial\"", "erasure = \"high\"");
        assert_eq!(Register::parse(&stricter).unwrap().identity_required(RequestKind::Erasure), IdentityLevel::High);
        let missing = ELMONET.replace("erasure = \"substantial\"\n", "");
        assert!(matches!(Register::parse(&missing), Err(RegisterError::IdentityLevel("erasure"))));
        let unknown = ELMONET.replace("erasure = \"substantial\"", "erasure = \"very\"");
        assert!(matches!(Register::parse(&unknown), Err(RegisterError::Syntax(_))));
    }

    #[test]
    fn the_elmonet_notice_loads_with_its_eleven_categories_and_the_portals_own() {
        let reg = Register::parse(ELMONET).unwrap();
        let ids: Vec<_> = reg.categories.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "basic",
                "business_role",
                "contracts",
                "billing",
                "ip_addresses",
                "other_data",
                "marketing_permissions",
                "service_blocks",
                "traffic_data",
                "call_recordings",
                "change_history",
                "portal"
            ]
        );
        assert_eq!(reg.purposes.len(), 10);
        assert_eq!(reg.rights.len(), 7);
        assert_eq!(reg.controller.business_id, "0215655-1");
        assert!(crate::domain::BusinessId::parse(&reg.controller.business_id).is_ok());
        assert!(!reg.transfers_outside_eea);
    }

    #[test]
    fn a_dangling_reference_is_refused() {
        let broken = ELMONET.replacen("retention = \"accounting\"", "retention = \"forever\"", 1);
        assert!(matches!(Register::parse(&broken), Err(RegisterError::UnknownRef { section: "retention", .. })));
    }

    #[test]
    fn a_missing_translation_is_refused() {
        let broken = ELMONET.replacen("sv = \"Grunduppgifter\"", "sv = \"\"", 1);
        assert!(matches!(Register::parse(&broken), Err(RegisterError::MissingText(id)) if id == "basic"));
    }

    #[test]
    fn a_duplicate_id_is_refused() {
        let broken = ELMONET.replacen("id = \"customer_service\"", "id = \"customer_relationship\"", 1);
        assert!(matches!(Register::parse(&broken), Err(RegisterError::DuplicateId { section: "purpose", .. })));
    }
}
