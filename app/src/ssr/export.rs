//! The JSON portability package (GDPR Art. 20 and the Art. 15(3) copy): every record the
//! register holds about one customer, streamed from the database as it is read.
//!
//! The package is `{"manifest": {...}, "data": {<category>: {<record type>: [...]}}}`.
//! The record types and their fields are declared once, in [`RECORD_TYPES`]; the
//! writer and the JSON Schema ([`schema`]) are both made from that declaration, and a
//! test keeps the published schema file equal to it. Everything is read in one
//! transaction, so the manifest's counts match the records that follow.

use super::db::Db;
use crate::register::{ExportScope, Register};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{json, Map, Value};

/// The schema's version; part of its URL.
pub const SCHEMA_VERSION: u32 = 1;
pub use crate::paths::SCHEMA_PATH;
/// The committed schema file (see `public/schema/`).
pub const SCHEMA_FILE: &str = include_str!("../../../public/schema/tietoni-export-v1.json");

/// How a column becomes a JSON value.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    Text,
    OptText,
    /// A 32-bit integer column (INTEGER in PostgreSQL).
    Int,
    /// A 64-bit integer column (BIGINT).
    BigInt,
    Bool,
    Date,
    OptDate,
    Time,
    OptTime,
    /// Cents (BIGINT) in this column and the currency in the next: a decimal string.
    Money,
}

/// One field of a record type: its JSON name, column alias and kind.
pub type Field = (&'static str, Kind);

/// A record type of the package: its category, name, what it is, its query (bound to
/// the customer id as `$1`) and its fields in the query's column order.
pub struct RecordType {
    pub category: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub sql: &'static str,
    pub fields: &'static [Field],
}

use Kind::*;

/// Every record type, in the order of the privacy notice §5 (then requests).
pub const RECORD_TYPES: &[RecordType] = &[
    RecordType {
        category: "basic",
        name: "customer",
        description: "Name, address, identity code and contact details",
        sql: "SELECT customer_number, kind, first_name, last_name, identity_code, street_address, postal_code, city, country,
                     phone, email, language, processing_restricted, created_at
              FROM customers WHERE id = $1",
        fields: &[
            ("customer_number", Text),
            ("kind", Text),
            ("first_name", Text),
            ("last_name", Text),
            ("identity_code", OptText),
            ("street_address", Text),
            ("postal_code", Text),
            ("city", Text),
            ("country", Text),
            ("phone", OptText),
            ("email", OptText),
            ("language", Text),
            ("processing_restricted", Bool),
            ("customer_since", Time),
        ],
    },
    RecordType {
        category: "business_role",
        name: "business_roles",
        description: "Roles at business customers",
        sql: "SELECT company_name, business_id, role, position, valid_from, valid_to FROM business_roles
              WHERE customer_id = $1 ORDER BY valid_from, id",
        fields: &[
            ("company_name", Text),
            ("business_id", Text),
            ("role", Text),
            ("position", Text),
            ("valid_from", Date),
            ("valid_to", OptDate),
        ],
    },
    RecordType {
        category: "contracts",
        name: "contracts",
        description: "Contracts and the services they are for",
        sql: "SELECT c.contract_number, p.code, p.name_fi, c.status, c.started_on, c.ended_on, c.service_address,
                     p.monthly_price_cents, 'EUR'
              FROM contracts c JOIN products p ON p.id = c.product_id WHERE c.customer_id = $1 ORDER BY c.started_on, c.id",
        fields: &[
            ("contract_number", Text),
            ("product_code", Text),
            ("product_name", Text),
            ("status", Text),
            ("started_on", Date),
            ("ended_on", OptDate),
            ("service_address", OptText),
            ("monthly_price", Money),
        ],
    },
    RecordType {
        category: "contracts",
        name: "orders",
        description: "Orders and the channel they came through",
        sql: "SELECT order_number, ordered_at, channel, status FROM orders WHERE customer_id = $1 ORDER BY ordered_at, id",
        fields: &[("order_number", Text), ("ordered_at", Time), ("channel", Text), ("status", Text)],
    },
    RecordType {
        category: "contracts",
        name: "order_items",
        description: "What each order contained",
        sql: "SELECT o.order_number, p.code, i.quantity, i.unit_price_cents, 'EUR'
              FROM order_items i JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id
              WHERE o.customer_id = $1 ORDER BY o.ordered_at, i.id",
        fields: &[("order_number", Text), ("product_code", Text), ("quantity", Int), ("unit_price", Money)],
    },
    RecordType {
        category: "billing",
        name: "invoices",
        description: "Invoices",
        sql: "SELECT invoice_number, issued_on, due_on, amount_cents, currency, status, paid_on FROM invoices
              WHERE customer_id = $1 ORDER BY issued_on, id",
        fields: &[
            ("invoice_number", Text),
            ("issued_on", Date),
            ("due_on", Date),
            ("amount", Money),
            ("status", Text),
            ("paid_on", OptDate),
        ],
    },
    RecordType {
        category: "billing",
        name: "collection_cases",
        description: "Debt collection cases",
        sql: "SELECT i.invoice_number, c.agency, c.status, c.amount_cents, c.currency, c.opened_on, c.closed_on
              FROM collection_cases c JOIN invoices i ON i.id = c.invoice_id WHERE c.customer_id = $1 ORDER BY c.opened_on, c.id",
        fields: &[
            ("invoice_number", Text),
            ("agency", Text),
            ("status", Text),
            ("amount", Money),
            ("opened_on", Date),
            ("closed_on", OptDate),
        ],
    },
    RecordType {
        category: "ip_addresses",
        name: "ip_assignments",
        description: "IP addresses given to the customer and when",
        sql: "SELECT a.address, a.assigned_from, a.assigned_to, c.contract_number
              FROM ip_assignments a LEFT JOIN contracts c ON c.id = a.contract_id
              WHERE a.customer_id = $1 ORDER BY a.assigned_from, a.id",
        fields: &[("address", Text), ("assigned_from", Time), ("assigned_to", OptTime), ("contract_number", OptText)],
    },
    RecordType {
        category: "other_data",
        name: "other_data",
        description: "Other data the customer gave",
        sql: "SELECT topic, content, channel, given_at FROM other_data WHERE customer_id = $1 ORDER BY given_at, id",
        fields: &[("topic", Text), ("content", Text), ("channel", Text), ("given_at", Time)],
    },
    RecordType {
        category: "marketing_permissions",
        name: "consent_events",
        description: "Consents given and withdrawn, the full history, with the wording the customer saw in the portal and its version",
        sql: "SELECT purpose, channel, action, occurred_at, source, wording, wording_version FROM consent_events
              WHERE customer_id = $1 ORDER BY occurred_at, id",
        fields: &[
            ("purpose", Text),
            ("channel", Text),
            ("action", Text),
            ("occurred_at", Time),
            ("source", Text),
            ("wording", OptText),
            ("wording_version", OptText),
        ],
    },
    RecordType {
        category: "marketing_permissions",
        name: "marketing_prohibition_events",
        description: "Direct marketing prohibitions set and lifted, the full history",
        sql: "SELECT channel, action, occurred_at, source FROM marketing_prohibition_events
              WHERE customer_id = $1 ORDER BY occurred_at, id",
        fields: &[("channel", Text), ("action", Text), ("occurred_at", Time), ("source", Text)],
    },
    RecordType {
        category: "marketing_permissions",
        name: "objection_events",
        description: "Objections to processing for a purpose (GDPR Art. 21(1)) upheld and ended, the full history",
        sql: "SELECT e.purpose, e.action, e.occurred_at, r.reference FROM objection_events e
              LEFT JOIN requests r ON r.id = e.request_id
              WHERE e.customer_id = $1 ORDER BY e.occurred_at, e.id",
        fields: &[("purpose", Text), ("action", Text), ("occurred_at", Time), ("request_reference", OptText)],
    },
    RecordType {
        category: "service_blocks",
        name: "service_blocks",
        description: "Blocks on the customer's services",
        sql: "SELECT kind, reason, set_by, since, until FROM service_blocks WHERE customer_id = $1 ORDER BY since, id",
        fields: &[("kind", Text), ("reason", Text), ("set_by", Text), ("since", Time), ("until", OptTime)],
    },
    RecordType {
        category: "traffic_data",
        name: "traffic_records",
        description: "Traffic data of the customer's communications",
        sql: "SELECT t.started_at, t.duration_seconds, t.direction, t.kind, t.other_party, c.contract_number
              FROM traffic_records t LEFT JOIN contracts c ON c.id = t.contract_id
              WHERE t.customer_id = $1 ORDER BY t.started_at, t.id",
        fields: &[
            ("started_at", Time),
            ("duration_seconds", Int),
            ("direction", Text),
            ("kind", Text),
            ("other_party", Text),
            ("contract_number", OptText),
        ],
    },
    RecordType {
        category: "call_recordings",
        name: "call_recordings",
        description: "Call recordings (the audio at audio_path on the portal)",
        sql: "SELECT id, recorded_at, duration_seconds, direction, topic, mime_type, size_bytes FROM call_recordings
              WHERE customer_id = $1 ORDER BY recorded_at, id",
        fields: &[
            ("recording_id", BigInt),
            ("recorded_at", Time),
            ("duration_seconds", Int),
            ("direction", Text),
            ("topic", Text),
            ("mime_type", Text),
            ("size_bytes", BigInt),
        ],
    },
    RecordType {
        category: "change_history",
        name: "change_log",
        description: "Every change to the customer's data: old and new value, when, by whom, why",
        sql: "SELECT l.changed_at, l.entity, l.field, l.old_value, l.new_value, l.actor_kind, l.source, r.reference
              FROM change_log l LEFT JOIN requests r ON r.id = l.request_id AND r.customer_id = l.customer_id
              WHERE l.customer_id = $1 ORDER BY l.changed_at, l.id",
        fields: &[
            ("changed_at", Time),
            ("entity", Text),
            ("field", Text),
            ("old_value", OptText),
            ("new_value", OptText),
            ("changed_by", Text),
            ("source", OptText),
            ("request_reference", OptText),
        ],
    },
    RecordType {
        category: "requests",
        name: "requests",
        description: "The customer's requests and complaints and their decisions",
        sql: "SELECT reference, kind, status, received_at, due_on, extended_due_on, extension_reason, restrict_processing,
                     details, decided_at, decision_reason
              FROM requests WHERE customer_id = $1 ORDER BY received_at, id",
        fields: &[
            ("reference", Text),
            ("kind", Text),
            ("status", Text),
            ("received_at", Time),
            ("due_on", Date),
            ("extended_due_on", OptDate),
            ("extension_reason", OptText),
            ("restrict_processing", Bool),
            ("details", Text),
            ("decided_at", OptTime),
            ("decision_reason", OptText),
        ],
    },
    RecordType {
        category: "requests",
        name: "request_events",
        description: "What happened to each request and when",
        sql: "SELECT r.reference, e.occurred_at, e.kind, e.actor_kind, e.detail
              FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.customer_id = $1 ORDER BY e.occurred_at, e.id",
        fields: &[
            ("request_reference", Text),
            ("occurred_at", Time),
            ("kind", Text),
            ("actor_kind", Text),
            ("detail", OptText),
        ],
    },
    RecordType {
        category: "requests",
        name: "request_messages",
        description: "Messages between the customer and staff about each request",
        sql: "SELECT r.reference, m.sent_at, m.author_kind, m.body
              FROM request_messages m JOIN requests r ON r.id = m.request_id WHERE r.customer_id = $1 ORDER BY m.sent_at, m.id",
        fields: &[("request_reference", Text), ("sent_at", Time), ("author_kind", Text), ("body", Text)],
    },
];

/// The categories of the package in order: the register's, then `requests`.
pub fn categories(reg: &Register) -> Vec<String> {
    let mut ids: Vec<String> = reg.categories.iter().map(|c| c.id.clone()).collect();
    ids.push("requests".into());
    ids
}

/// How many columns a field takes (money takes two: cents and currency).
fn width(kind: Kind) -> usize {
    if matches!(kind, Money) {
        2
    } else {
        1
    }
}

/// Cents as a decimal string: 12345 → "123.45", -5 → "-0.05".
pub fn decimal(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", (cents / 100).abs(), (cents % 100).abs())
}

/// One database row as the record's JSON object.
pub fn row_to_json<'r, R>(row: &'r R, fields: &[Field]) -> Result<Map<String, Value>, sqlx::Error>
where
    R: sqlx::Row,
    usize: sqlx::ColumnIndex<R>,
    String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    i32: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    bool: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    NaiveDate: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    DateTime<Utc>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let mut out = Map::new();
    let mut col = 0usize;
    for (name, kind) in fields {
        let value = match kind {
            Text => Value::String(row.try_get::<String, _>(col)?),
            OptText => row.try_get::<Option<String>, _>(col)?.map_or(Value::Null, Value::String),
            Int => json!(row.try_get::<i32, _>(col)?),
            BigInt => json!(row.try_get::<i64, _>(col)?),
            Bool => json!(row.try_get::<bool, _>(col)?),
            Date => json!(row.try_get::<NaiveDate, _>(col)?),
            OptDate => json!(row.try_get::<Option<NaiveDate>, _>(col)?),
            Time => json!(row.try_get::<DateTime<Utc>, _>(col)?.to_rfc3339()),
            OptTime => json!(row.try_get::<Option<DateTime<Utc>>, _>(col)?.map(|t| t.to_rfc3339())),
            Money => json!({
                "amount": decimal(row.try_get::<i64, _>(col)?),
                "currency": row.try_get::<String, _>(col + 1)?,
            }),
        };
        col += width(*kind);
        out.insert((*name).to_owned(), value);
    }
    Ok(out)
}

/// What the manifest says about retention for this customer: per dated category the day
/// its oldest record goes, and what holds due records back.
#[derive(Debug, Default)]
pub struct RetentionFacts {
    pub next: Vec<(String, NaiveDate)>,
    pub holds: Vec<crate::wire::retention::Hold>,
}

impl RetentionFacts {
    fn held_because(&self) -> Vec<Value> {
        use crate::wire::retention::Hold;
        self.holds
            .iter()
            .map(|h| match h {
                Hold::OpenRequest(reference) => json!({"reason": "open_request", "reference": reference}),
                Hold::Restricted => json!({"reason": "restricted"}),
                Hold::DebtCollection => json!({"reason": "debt_collection"}),
                Hold::Legal { reason, until } => {
                    json!({"reason": "legal_hold", "text": reason, "until": until.to_string()})
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
                    "title": {"fi": "Pyynnöt", "sv": "Begäranden", "en": "Requests"},
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
        "customer_number": customer_number,
        "audio_base_url": format!("{}{}/", public_url.trim_end_matches('/'), crate::paths::RECORDING_PATH),
        "categories": categories,
    })
}

/// Counts of every record type's rows for the customer, summed per category.
pub fn count_sql(t: &RecordType) -> String {
    format!("SELECT COUNT(*) FROM ({}) AS records", t.sql)
}

/// The JSON Schema (draft 2020-12) of the package, made from [`RECORD_TYPES`].
pub fn schema(reg: &Register) -> Value {
    let field_schema = |kind: Kind| -> Value {
        match kind {
            Text => json!({"type": "string"}),
            OptText => json!({"type": ["string", "null"]}),
            Int | BigInt => json!({"type": "integer"}),
            Bool => json!({"type": "boolean"}),
            Date => json!({"type": "string", "format": "date"}),
            OptDate => json!({"type": ["string", "null"], "format": "date"}),
            Time => json!({"type": "string", "format": "date-time"}),
            OptTime => json!({"type": ["string", "null"], "format": "date-time"}),
            Money => json!({"$ref": "#/$defs/money"}),
        }
    };
    let mut defs = Map::new();
    defs.insert(
        "money".into(),
        json!({
            "type": "object",
            "description": "An amount as a decimal string with its ISO 4217 currency",
            "required": ["amount", "currency"],
            "additionalProperties": false,
            "properties": {
                "amount": {"type": "string", "pattern": "^-?[0-9]+\\.[0-9]{2}$"},
                "currency": {"type": "string", "pattern": "^[A-Z]{3}$"}
            }
        }),
    );
    defs.insert(
        "localized".into(),
        json!({
            "type": "object",
            "required": ["fi", "sv", "en"],
            "additionalProperties": false,
            "properties": {"fi": {"type": "string"}, "sv": {"type": "string"}, "en": {"type": "string"}}
        }),
    );
    defs.insert(
        "item".into(),
        json!({
            "type": "object",
            "required": ["id", "title"],
            "properties": {"id": {"type": "string"}, "article": {"type": "string"}, "title": {"$ref": "#/$defs/localized"}}
        }),
    );
    defs.insert(
        "retention".into(),
        json!({
            "description": "How long the category's records are kept (privacy notice §10). With records_dated, each record goes when `period` (ISO 8601) has passed from `runs_from` (`record`: the record's own time; `end_of_year`: the end of its calendar year); next_deletion_on is the day the oldest goes, unless held_because keeps it.",
            "type": "object",
            "required": ["id", "title", "period", "runs_from", "period_source", "records_dated", "next_deletion_on", "held_because"],
            "additionalProperties": false,
            "properties": {
                "id": {"type": "string"},
                "title": {"$ref": "#/$defs/localized"},
                "period": {"type": ["string", "null"], "pattern": "^P"},
                "runs_from": {"enum": ["record", "end_of_year", "contract_end", "relationship_end", null]},
                "period_source": {"anyOf": [{"$ref": "#/$defs/localized"}, {"type": "null"}]},
                "records_dated": {"type": "boolean"},
                "next_deletion_on": {"type": ["string", "null"], "format": "date"},
                "held_because": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["reason"],
                        "additionalProperties": false,
                        "properties": {
                            "reason": {"enum": ["open_request", "restricted", "debt_collection", "legal_hold"]},
                            "reference": {"type": "string"},
                            "text": {"type": "string"},
                            "until": {"type": "string", "format": "date"}
                        }
                    }
                }
            }
        }),
    );
    for t in RECORD_TYPES {
        let props: Map<String, Value> = t.fields.iter().map(|(n, k)| ((*n).to_owned(), field_schema(*k))).collect();
        let required: Vec<&str> = t.fields.iter().map(|(n, _)| *n).collect();
        defs.insert(
            t.name.to_owned(),
            json!({
                "type": "object",
                "description": t.description,
                "required": required,
                "additionalProperties": false,
                "properties": props,
            }),
        );
    }
    let mut data_props = Map::new();
    for id in categories(reg) {
        let types: Map<String, Value> = RECORD_TYPES
            .iter()
            .filter(|t| t.category == id)
            .map(|t| (t.name.to_owned(), json!({"type": "array", "items": {"$ref": format!("#/$defs/{}", t.name)}})))
            .collect();
        let required: Vec<&String> = types.keys().collect();
        data_props.insert(
            id.clone(),
            json!({"type": "object", "required": required, "additionalProperties": false, "properties": types}),
        );
    }
    let data_required: Vec<&String> = data_props.keys().collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("https://tietoni.elmonet.fi{SCHEMA_PATH}"),
        "title": "Tietoni portability package",
        "description": "Everything ElmoNet Oy's customer register holds about one customer (GDPR Art. 15(3) and 20). Field names are English snake_case, times RFC 3339 (UTC), dates ISO 8601, money decimal strings with a currency.",
        "type": "object",
        "required": ["manifest", "data"],
        "additionalProperties": false,
        "properties": {
            "manifest": {
                "type": "object",
                "required": ["schema", "schema_version", "generated_at", "generated_at_helsinki", "controller", "customer_number", "audio_base_url", "categories"],
                "additionalProperties": false,
                "properties": {
                    "schema": {"type": "string", "format": "uri"},
                    "schema_version": {"const": SCHEMA_VERSION},
                    "generated_at": {"type": "string", "format": "date-time"},
                    "generated_at_helsinki": {"type": "string", "format": "date-time"},
                    "controller": {
                        "type": "object",
                        "required": ["name", "business_id", "address", "phone", "email", "contact_person"],
                        "properties": {
                            "name": {"type": "string"}, "business_id": {"type": "string"}, "address": {"type": "string"},
                            "phone": {"type": "string"}, "email": {"type": "string"},
                            "contact_person": {"type": "object", "required": ["name", "email"]}
                        }
                    },
                    "customer_number": {"type": "string"},
                    "audio_base_url": {"type": "string", "format": "uri"},
                    "categories": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["id", "title", "record_count", "scope", "purposes", "legal_bases", "sources", "recipients", "retention", "record_types"],
                            "additionalProperties": false,
                            "properties": {
                                "id": {"type": "string"},
                                "title": {"$ref": "#/$defs/localized"},
                                "record_count": {"type": "integer", "minimum": 0},
                                "scope": {"enum": ["art20_provided", "art20_observed", "art15"]},
                                "purposes": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                                "legal_bases": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                                "sources": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                                "recipients": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                                "retention": {"anyOf": [{"$ref": "#/$defs/retention"}, {"type": "null"}]},
                                "record_types": {"type": "array", "items": {"type": "string"}}
                            }
                        }
                    }
                }
            },
            "data": {"type": "object", "required": data_required, "additionalProperties": false, "properties": data_props}
        },
        "$defs": defs,
    })
}

/// The customer number of `customer_id`.
pub async fn customer_number(db: &Db, customer_id: i64) -> Result<Option<String>, sqlx::Error> {
    crate::with_db!(db, pool => sqlx::query_scalar("SELECT customer_number FROM customers WHERE id = $1")
        .bind(customer_id).fetch_optional(pool).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_a_decimal_string() {
        assert_eq!(decimal(12345), "123.45");
        assert_eq!(decimal(5), "0.05");
        assert_eq!(decimal(-5), "-0.05");
        assert_eq!(decimal(-12345), "-123.45");
    }

    #[test]
    fn every_record_type_belongs_to_a_category_and_every_category_has_records() {
        let reg = Register::parse(include_str!("../../../register/elmonet.toml")).unwrap();
        let ids = categories(&reg);
        for t in RECORD_TYPES {
            assert!(ids.iter().any(|c| c == t.category), "{} has no category", t.name);
        }
        for id in &ids {
            assert!(RECORD_TYPES.iter().any(|t| t.category == id), "{id} has no record type");
        }
    }

    #[test]
    fn the_published_schema_is_the_one_the_code_writes() {
        let reg = Register::parse(include_str!("../../../register/elmonet.toml")).unwrap();
        let published: Value = serde_json::from_str(SCHEMA_FILE).unwrap();
        assert_eq!(
            published,
            schema(&reg),
            "public/schema/tietoni-export-v1.json is stale: run `tietoni export-schema > public/schema/tietoni-export-v1.json`"
        );
    }
}

/// Why an export stopped.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("the client went away")]
    Gone,
}

/// Bytes gathered before a chunk goes to the client.
const CHUNK: usize = 64 * 1024;

/// A sink for the package's bytes, sending a chunk whenever [`CHUNK`] bytes are ready.
struct Sink {
    buf: Vec<u8>,
    tx: tokio::sync::mpsc::Sender<Vec<u8>>,
    sent: u64,
}

impl Sink {
    async fn maybe_flush(&mut self) -> Result<(), ExportError> {
        if self.buf.len() >= CHUNK {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), ExportError> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK + 4096));
        self.sent += chunk.len() as u64;
        self.tx.send(chunk).await.map_err(|_| ExportError::Gone)
    }
}

/// Streams the package of `customer_id` into `tx`, chunk by chunk, reading everything
/// in one read-only transaction. Returns the number of bytes sent. On an error nothing
/// more is sent: the caller must then make the response fail, so that no truncated file
/// looks complete.
pub async fn stream(
    db: &Db,
    reg: &Register,
    customer_id: i64,
    public_url: &str,
    tx: tokio::sync::mpsc::Sender<Vec<u8>>,
) -> Result<u64, ExportError> {
    use futures_util::TryStreamExt;
    let mut sink = Sink { buf: Vec::with_capacity(CHUNK + 4096), tx, sent: 0 };
    let postgres = db.backend() == super::db::Backend::Postgres;
    let mut retention = RetentionFacts {
        holds: super::retention::holds::for_customer(db, customer_id, Utc::now().date_naive()).await?,
        ..Default::default()
    };
    crate::with_db!(db, pool => {
        let mut conn = pool.begin().await?;
        if postgres {
            // One snapshot for the counts and the records.
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *conn).await?;
        }
        let number: String = sqlx::query_scalar("SELECT customer_number FROM customers WHERE id = $1")
            .bind(customer_id).fetch_one(&mut *conn).await?;
        let mut counts: Vec<(String, i64)> = Vec::new();
        for t in RECORD_TYPES {
            let n: i64 = sqlx::query_scalar(&count_sql(t)).bind(customer_id).fetch_one(&mut *conn).await?;
            match counts.iter_mut().find(|(c, _)| c == t.category) {
                Some((_, total)) => *total += n,
                None => counts.push((t.category.to_owned(), n)),
            }
        }
        // The day each dated category's oldest record goes, by the same rule as the run.
        for target in super::retention::TARGETS.iter().filter(|t| t.customer == Some("t.customer_id")) {
            let sql = format!("SELECT MIN({}) FROM {} WHERE customer_id = $1", target.time_column, target.table);
            let oldest: Option<DateTime<Utc>> = if target.date_column {
                sqlx::query_scalar::<_, Option<NaiveDate>>(&sql).bind(customer_id).fetch_one(&mut *conn).await?
                    .and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc())
            } else {
                sqlx::query_scalar(&sql).bind(customer_id).fetch_one(&mut *conn).await?
            };
            if let Some(day) = oldest.and_then(|at| super::retention::due_on(reg, target.category, at)) {
                retention.next.push((target.category.to_owned(), day));
            }
        }
        sink.buf.extend_from_slice(b"{\"manifest\":");
        serde_json::to_writer(&mut sink.buf, &manifest(reg, &number, &counts, public_url, &retention)).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        sink.buf.extend_from_slice(b",\"data\":{");
        for (ci, category) in categories(reg).iter().enumerate() {
            if ci > 0 {
                sink.buf.push(b',');
            }
            serde_json::to_writer(&mut sink.buf, category).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            sink.buf.extend_from_slice(b":{");
            for (ti, t) in RECORD_TYPES.iter().filter(|t| t.category == category).enumerate() {
                if ti > 0 {
                    sink.buf.push(b',');
                }
                serde_json::to_writer(&mut sink.buf, t.name).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
                sink.buf.extend_from_slice(b":[");
                let mut rows = sqlx::query(t.sql).bind(customer_id).fetch(&mut *conn);
                let mut first = true;
                while let Some(row) = rows.try_next().await? {
                    if !first {
                        sink.buf.push(b',');
                    }
                    first = false;
                    let record = row_to_json(&row, t.fields)?;
                    serde_json::to_writer(&mut sink.buf, &record).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
                    sink.maybe_flush().await?;
                }
                sink.buf.push(b']');
            }
            sink.buf.push(b'}');
        }
        sink.buf.extend_from_slice(b"}}\n");
        sink.flush().await?;
        conn.rollback().await?;
    });
    Ok(sink.sent)
}
