//! The package's JSON Schema (draft 2020-12), made from the record types.

use super::*;

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
                "required": ["schema", "schema_version", "generated_at", "generated_at_helsinki", "controller", "register_name", "supervisory_authority", "transfers_outside_eea", "rights", "customer_number", "restriction", "audio_base_url", "categories"],
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
                    "register_name": {"$ref": "#/$defs/localized"},
                    "supervisory_authority": {
                        "description": "Where to complain about the processing (GDPR Art. 77)",
                        "type": "object",
                        "required": ["name", "url"],
                        "additionalProperties": false,
                        "properties": {"name": {"$ref": "#/$defs/localized"}, "url": {"type": "string", "format": "uri"}}
                    },
                    "transfers_outside_eea": {
                        "description": "Whether the register's data is transferred outside the EU/EEA (privacy notice §8)",
                        "type": "boolean"
                    },
                    "rights": {
                        "description": "Your rights (privacy notice §9)",
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["id", "title", "description"],
                            "additionalProperties": false,
                            "properties": {
                                "id": {"type": "string"},
                                "title": {"$ref": "#/$defs/localized"},
                                "description": {"anyOf": [{"$ref": "#/$defs/localized"}, {"type": "null"}]}
                            }
                        }
                    },
                    "customer_number": {"type": "string"},
                    "restriction": {
                        "description": "The restriction of processing in force (GDPR Art. 18), or null: since when, by which request, and its ground (a ground of Art. 18(1), or while_request_pending: asked together with a rectification, erasure or objection)",
                        "anyOf": [
                            {"type": "null"},
                            {
                                "type": "object",
                                "required": ["since", "request_reference", "ground"],
                                "additionalProperties": false,
                                "properties": {
                                    "since": {"type": "string", "format": "date-time"},
                                    "request_reference": {"type": ["string", "null"]},
                                    "ground": {"enum": ["accuracy", "unlawful", "legal_claim", "objection_pending", "while_request_pending", null]}
                                }
                            }
                        ]
                    },
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
