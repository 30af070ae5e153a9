//! The record of processing activities (GDPR Art. 30(1)) for the DPO, generated from the
//! register file alone in one language: a change of the file shows up here without a
//! code change. Each field names the point of Art. 30(1) it answers.

use super::{Localized, Register};
use crate::domain::Lang;
use serde::{Deserialize, Serialize};

/// The record in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordOfProcessing {
    /// The language of the texts (`fi`, `sv`, `en`).
    pub lang: String,
    pub register_name: String,
    /// The privacy notice the record is generated from, by its date.
    pub notice_valid_from: chrono::NaiveDate,
    /// (a) The controller and its contact person.
    pub controller: RecordController,
    /// (b) The purposes, each with its legal basis.
    pub purposes: Vec<RecordPurpose>,
    /// (c) The categories of data subjects.
    pub data_subjects: Vec<String>,
    /// (c) The categories of personal data, with their purposes, sources, (d) recipients
    /// and (f) retention.
    pub categories: Vec<RecordCategory>,
    /// (d) The categories of recipients.
    pub recipients: Vec<RecordItem>,
    /// (d) The disclosures actually made, by recipient class, from the log of
    /// disclosures (empty until [`RecordOfProcessing::with_disclosures`] adds them).
    #[serde(default)]
    pub disclosures_made: Vec<RecordDisclosures>,
    /// (e) Transfers to third countries.
    pub transfers_outside_eea: bool,
    /// (f) The time limits for erasure, rule by rule.
    pub retention: Vec<RecordRetention>,
    /// (g) The technical and organisational security measures.
    pub security: String,
    pub supervisory_authority: String,
    pub supervisory_authority_url: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordController {
    pub name: String,
    pub business_id: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub contact_role: String,
    pub contact_name: String,
    pub contact_email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordItem {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordPurpose {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub legal_basis: String,
    /// The article, e.g. "GDPR 6(1)(b)".
    pub article: String,
    pub direct_marketing: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordCategory {
    pub id: String,
    pub title: String,
    pub description: String,
    pub purposes: Vec<String>,
    pub legal_bases: Vec<String>,
    pub sources: Vec<String>,
    pub recipients: Vec<String>,
    /// The retention rule's title.
    pub retention: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordRetention {
    pub id: String,
    pub title: String,
    /// ISO 8601 duration, when the rule has a fixed period.
    pub period: Option<String>,
    pub runs_from: Option<crate::domain::retention::RunsFrom>,
    /// Where the period comes from.
    pub source: Option<String>,
    /// The law that requires keeping the data.
    pub law: Option<String>,
}

/// The disclosures actually made to one class of recipients.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordDisclosures {
    pub recipient_class: String,
    /// The class's title in the record's language.
    pub title: String,
    pub disclosures: i64,
    /// How many customers' data was disclosed.
    pub customers: i64,
    pub latest: chrono::NaiveDate,
    /// The named recipients, alphabetically.
    pub recipients: Vec<String>,
}

impl RecordOfProcessing {
    /// The record with the disclosures of the log, by recipient class (`made`: class,
    /// disclosures, customers, latest day, named recipients), in the register's order of
    /// classes; a class the register no longer has keeps its id as its title.
    pub fn with_disclosures(mut self, register: &Register, made: Vec<RecordDisclosures>) -> Self {
        let lang: Lang = self.lang.parse().unwrap_or_default();
        let position = |class: &str| register.recipients.iter().position(|r| r.id == class).unwrap_or(usize::MAX);
        let mut made: Vec<RecordDisclosures> = made
            .into_iter()
            .map(|mut d| {
                d.title = register
                    .recipient(&d.recipient_class)
                    .map(|r| r.title.get(lang).to_owned())
                    .unwrap_or_else(|| d.recipient_class.clone());
                d
            })
            .collect();
        made.sort_by_key(|d| position(&d.recipient_class));
        self.disclosures_made = made;
        self
    }
}

impl Register {
    /// The record of processing activities in `lang`.
    pub fn record_of_processing(&self, lang: Lang) -> RecordOfProcessing {
        let text = |l: &Localized| l.get(lang).to_owned();
        let titles = |ids: &[String], find: &dyn Fn(&str) -> Option<String>| -> Vec<String> {
            ids.iter().map(|id| find(id).unwrap_or_else(|| id.clone())).collect()
        };
        let item_title = |items: &[super::Item], id: &str| items.iter().find(|i| i.id == id).map(|i| text(&i.title));
        let c = &self.controller;
        RecordOfProcessing {
            lang: lang.as_str().to_owned(),
            register_name: text(&self.register_name),
            notice_valid_from: self.valid_from,
            controller: RecordController {
                name: c.name.clone(),
                business_id: c.business_id.clone(),
                address: format!("{}, {} {}", c.street_address, c.postal_code, c.city),
                phone: c.phone.clone(),
                email: c.email.clone(),
                contact_role: text(&c.contact_role),
                contact_name: c.contact_person.name.clone(),
                contact_email: c.contact_person.email.clone(),
            },
            purposes: self
                .purposes
                .iter()
                .map(|p| {
                    let basis = self.legal_basis(&p.legal_basis);
                    RecordPurpose {
                        id: p.id.clone(),
                        title: text(&p.title),
                        description: p.description.as_ref().map(text),
                        legal_basis: basis.map(|b| text(&b.title)).unwrap_or_default(),
                        article: basis.map(|b| b.article.clone()).unwrap_or_default(),
                        direct_marketing: p.direct_marketing,
                    }
                })
                .collect(),
            data_subjects: self.data_subjects.iter().map(|s| text(&s.title)).collect(),
            categories: self
                .categories
                .iter()
                .map(|cat| RecordCategory {
                    id: cat.id.clone(),
                    title: text(&cat.title),
                    description: text(&cat.description),
                    purposes: titles(&cat.purposes, &|id| self.purpose(id).map(|p| text(&p.title))),
                    legal_bases: titles(&cat.legal_bases, &|id| {
                        self.legal_basis(id).map(|b| format!("{} ({})", text(&b.title), b.article))
                    }),
                    sources: titles(&cat.sources, &|id| item_title(&self.sources, id)),
                    recipients: titles(&cat.recipients, &|id| item_title(&self.recipients, id)),
                    retention: self.retention_rule(&cat.retention).map(|r| text(&r.title)).unwrap_or_default(),
                })
                .collect(),
            recipients: self
                .recipients
                .iter()
                .map(|r| RecordItem {
                    id: r.id.clone(),
                    title: text(&r.title),
                    description: r.description.as_ref().map(text),
                })
                .collect(),
            transfers_outside_eea: self.transfers_outside_eea,
            retention: self
                .retention
                .iter()
                .map(|r| RecordRetention {
                    id: r.id.clone(),
                    title: text(&r.title),
                    period: r.period.clone(),
                    runs_from: r.runs_from,
                    source: r.period_source.as_ref().map(text),
                    law: r.law.as_ref().map(text),
                })
                .collect(),
            disclosures_made: Vec::new(),
            security: text(&self.security),
            supervisory_authority: text(&self.supervisory_authority.name),
            supervisory_authority_url: self.supervisory_authority.url.clone(),
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn register(text: &str) -> Register {
        Register::parse(text).unwrap()
    }

    #[test]
    fn the_record_follows_the_register_file_without_code() {
        let file = include_str!("../../../register/elmonet.toml");
        let record = register(file).record_of_processing(Lang::En);
        assert_eq!(record.register_name, "ElmoNet Oy's general customer register");
        assert!(!record.transfers_outside_eea);
        assert_eq!(record.categories.len(), 12);
        assert!(!record.data_subjects.is_empty());
        let traffic = record.retention.iter().find(|r| r.id == "traffic_data").unwrap();
        assert_eq!(traffic.period.as_deref(), Some("P12M"));
        assert!(record.purposes.iter().all(|p| p.article.starts_with("GDPR 6(1)")));
        // A period edited in the file is in the record.
        let edited = file.replace(
            "period = \"P12M\"\nruns_from = \"record\"\n[retention.title]\nfi = \"Laskutuksen",
            "period = \"P9M\"\nruns_from = \"record\"\n[retention.title]\nfi = \"Laskutuksen",
        );
        assert_ne!(edited, file, "the edit applies");
        let record = register(&edited).record_of_processing(Lang::Fi);
        let traffic = record.retention.iter().find(|r| r.id == "traffic_data").unwrap();
        assert_eq!(traffic.period.as_deref(), Some("P9M"));
        assert_eq!(record.lang, "fi");
    }
}
