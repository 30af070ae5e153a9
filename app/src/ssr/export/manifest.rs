//! The package's manifest: what it is, whose, from whom, and per category its count,
//! processing facts and retention.

use super::*;

/// What the manifest says about retention for this customer: per dated category the day
/// its oldest record goes, and what holds due records back.
#[derive(Debug, Default)]
pub struct RetentionFacts {
    pub next: Vec<(String, NaiveDate)>,
    pub holds: Vec<crate::wire::retention::Hold>,
    /// The restriction of processing in force (GDPR Art. 18), which also holds records
    /// back: since when, by which request, on what ground.
    pub restriction: Option<crate::ssr::my_data::RestrictionRow>,
}

impl RetentionFacts {
    /// The restriction in force as the manifest states it: `since`, the request's
    /// reference, and the ground of Art. 18(1) — or `while_request_pending` when it was
    /// asked together with a rectification, erasure or objection.
    fn restriction(&self) -> Value {
        use crate::domain::request::RequestDetails;
        let Some(r) = &self.restriction else { return Value::Null };
        let kind = r.kind.as_deref().and_then(|k| k.parse::<crate::domain::RequestKind>().ok());
        let details = kind.zip(r.details.as_deref()).and_then(|(k, d)| RequestDetails::from_json(k, d));
        let ground = match (&details, &r.reference) {
            (Some(RequestDetails::Restriction { ground, .. }), _) => Some(ground.as_str()),
            (Some(_), Some(_)) => Some("while_request_pending"),
            _ => None,
        };
        json!({"since": r.changed_at.to_rfc3339(), "request_reference": r.reference, "ground": ground})
    }
}

impl RetentionFacts {
    fn held_because(&self) -> Vec<Value> {
        use crate::wire::retention::Hold;
        // The package names every open request (it asks for all of them), one each.
        self.holds
            .iter()
            .flat_map(|h| match h {
                Hold::OpenRequests { references, .. } => references
                    .iter()
                    .map(|reference| json!({"reason": "open_request", "reference": reference}))
                    .collect(),
                Hold::Restricted => vec![json!({"reason": "restricted"})],
                Hold::DebtCollection => vec![json!({"reason": "debt_collection"})],
                Hold::Legal { reason, until } => {
                    vec![json!({"reason": "legal_hold", "text": reason, "until": until.to_string()})]
                }
            })
            .collect()
    }
}

/// The manifest: what the package is, whose, from whom, and per category its count and
/// processing facts (in English, the package's language; the register's texts in all
/// three languages).
pub fn manifest(
    reg: &Register,
    customer_number: &str,
    counts: &[(String, i64)],
    public_url: &str,
    retention: &RetentionFacts,
) -> Value {
    let now = Utc::now();
    let loc = |l: &crate::register::Localized| json!({ "fi": l.fi, "sv": l.sv, "en": l.en });
    let titles = |ids: &[String], get: &dyn Fn(&str) -> Option<Value>| -> Vec<Value> {
        ids.iter().filter_map(|id| get(id)).collect()
    };
    let categories: Vec<Value> = categories(reg)
        .iter()
        .map(|id| {
            let count = counts.iter().find(|(c, _)| c == id).map_or(0, |(_, n)| *n);
            match reg.category(id) {
                Some(cat) => json!({
                    "id": cat.id,
                    "title": loc(&cat.title),
                    "record_count": count,
                    "scope": match cat.scope {
                        ExportScope::Art20Provided => "art20_provided",
                        ExportScope::Art20Observed => "art20_observed",
                        ExportScope::Art15 => "art15",
                    },
                    "purposes": titles(&cat.purposes, &|p| reg.purpose(p).map(|p| json!({"id": p.id, "title": loc(&p.title)}))),
                    "legal_bases": titles(&cat.legal_bases, &|b| reg.legal_basis(b).map(|b| json!({"id": b.id, "article": b.article, "title": loc(&b.title)}))),
                    "sources": titles(&cat.sources, &|s| reg.source(s).map(|s| json!({"id": s.id, "title": loc(&s.title)}))),
                    "recipients": titles(&cat.recipients, &|r| reg.recipient(r).map(|r| json!({"id": r.id, "title": loc(&r.title)}))),
                    "retention": reg.retention_rule(&cat.retention).map(|r| {
                        let dated = crate::ssr::retention::record_rule(reg, id).is_some();
                        json!({
                            "id": r.id,
                            "title": loc(&r.title),
                            "period": r.period,
                            "runs_from": r.runs_from,
                            "period_source": r.period_source.as_ref().map(loc),
                            "records_dated": dated,
                            "next_deletion_on": retention.next.iter().find(|(c, _)| c == id).map(|(_, d)| d.to_string()),
                            "held_because": if dated { retention.held_because() } else { vec![] },
                        })
                    }),
                    "record_types": RECORD_TYPES.iter().filter(|t| t.category == id).map(|t| t.name).collect::<Vec<_>>(),
                }),
                None => json!({
                    "id": id,
                    "title": match id.as_str() {
                        "disclosures" => json!({"fi": "Luovutukset", "sv": "Utlämnanden", "en": "Disclosures"}),
                        _ => json!({"fi": "Pyynnöt", "sv": "Begäranden", "en": "Requests"}),
                    },
                    "record_count": count,
                    "scope": "art15",
                    "purposes": [], "legal_bases": [], "sources": [], "recipients": [], "retention": null,
                    "record_types": RECORD_TYPES.iter().filter(|t| t.category == id).map(|t| t.name).collect::<Vec<_>>(),
                }),
            }
        })
        .collect();
    let c = &reg.controller;
    json!({
        "schema": format!("{}{SCHEMA_PATH}", public_url.trim_end_matches('/')),
        "schema_version": SCHEMA_VERSION,
        "generated_at": now.to_rfc3339(),
        "generated_at_helsinki": now.with_timezone(&chrono_tz::Europe::Helsinki).to_rfc3339(),
        "controller": {
            "name": c.name,
            "business_id": c.business_id,
            "address": format!("{}, {} {}", c.street_address, c.postal_code, c.city),
            "phone": c.phone,
            "email": c.email,
            "contact_person": {"name": c.contact_person.name, "email": c.contact_person.email},
        },
        "register_name": loc(&reg.register_name),
        "supervisory_authority": {"name": loc(&reg.supervisory_authority.name), "url": reg.supervisory_authority.url},
        "transfers_outside_eea": reg.transfers_outside_eea,
        "rights": reg.rights.iter().map(|r| json!({
            "id": r.id,
            "title": loc(&r.title),
            "description": r.description.as_ref().map(loc),
        })).collect::<Vec<_>>(),
        "customer_number": customer_number,
        "restriction": retention.restriction(),
        "audio_base_url": format!("{}{}/", public_url.trim_end_matches('/'), crate::paths::RECORDING_PATH),
        "categories": categories,
    })
}
