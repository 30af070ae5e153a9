//! Erasing a customer's data, every copy of it: the SQL per category, shared by decided
//! erasure requests (`staff`) and the retention run when a customer relationship has
//! been over for its period (`retention`).

/// The tombstone of an erasure in the change log: customer `$1`, request `$2`, what was
/// erased `$3` (a category or a single record), `erased:<rows>` `$4`, when `$5`, by `$6`.
pub(crate) const TOMBSTONE_SQL: &str =
    "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, actor_id, source, request_id)
     VALUES ($1, 'erasure', $2, $3, NULL, $4, $5, 'staff', $6, 'request', $2)";

/// The basic-data fields, as the change log names them.
pub(crate) const BASIC_FIELDS: &str =
    "('first_name', 'last_name', 'identity_code', 'street_address', 'postal_code', 'city', 'phone', 'email')";

/// The SQL that erases or anonymises each category a customer can have erased, every
/// copy included: the values in the change log (the fact that a field changed, when and
/// by whom stays, its values go), and for basic data the portal account's name and login
/// email (the account stays usable with the customer number), the values in free text
/// written about the customer ([`scrub_sql`]) and the sessions with their drafts. What stays, and why:
/// prohibitions of direct marketing (erasing them would let marketing start again) and
/// withdrawals of consent (the evidence that marketing stopped, privacy notice §10);
/// erasing the permissions removes the consents given, so none remains in force.
pub(crate) fn erasure_sql(category: &str) -> Option<Vec<String>> {
    let change_log = |entity: &str, fields: &str| {
        format!("UPDATE change_log SET old_value = NULL, new_value = NULL WHERE customer_id = $1 AND entity = '{entity}'{fields}")
    };
    Some(match category {
        "basic" => [
            scrub_sql(),
            vec![
                // The sessions go too: they may hold drafts of forms with what was typed.
                "DELETE FROM sessions WHERE account_id IN (SELECT id FROM accounts WHERE customer_id = $1)".into(),
            ],
            basic_sql(&change_log),
        ]
        .concat(),
        "business_role" => {
            vec!["DELETE FROM business_roles WHERE customer_id = $1".into(), change_log("business_roles", "")]
        }
        "other_data" => vec!["DELETE FROM other_data WHERE customer_id = $1".into(), change_log("other_data", "")],
        "marketing_permissions" => {
            vec!["DELETE FROM consent_events WHERE customer_id = $1 AND action = 'given'".into()]
        }
        "service_blocks" => vec!["DELETE FROM service_blocks WHERE customer_id = $1".into()],
        "call_recordings" => vec!["DELETE FROM call_recordings WHERE customer_id = $1".into()],
        "change_history" => vec!["DELETE FROM change_log WHERE customer_id = $1 AND entity <> 'erasure'".into()],
        _ => return None,
    })
}

/// The statements that erase basic data itself and its copies in the change log, the
/// account and what a request made without an account gave (`change_log` makes the
/// change log's statement for an entity and fields).
fn basic_sql(change_log: &dyn Fn(&str, &str) -> String) -> Vec<String> {
    vec![
        "UPDATE customers SET first_name = '-', last_name = '-', identity_code = NULL, street_address = '-', postal_code = '-',
         city = '-', phone = NULL, email = NULL WHERE id = $1"
            .into(),
        change_log("customers", &format!(" AND field IN {BASIC_FIELDS}")),
        "UPDATE accounts SET display_name = '-', email = 'erased-' || id || '@invalid' WHERE customer_id = $1".into(),
        // A letter not yet posted to the address being erased (an activation letter) is
        // not posted. Mail waiting is left: the decision's own mail to the customer is
        // among it, and sent jobs keep no address or content.
        "DELETE FROM outbox WHERE customer_id = $1 AND kind = 'letter' AND status <> 'sent'".into(),
        // A new login address waiting to be confirmed, or one confirmed before.
        "DELETE FROM login_email_changes WHERE account_id IN (SELECT id FROM accounts WHERE customer_id = $1)".into(),
        // What they gave with a request made without an account is basic data too.
        "UPDATE requesters SET name = '-', email = NULL, phone = NULL, identity_code = NULL
         WHERE request_id IN (SELECT id FROM requests WHERE customer_id = $1)"
            .into(),
    ]
}

/// What stands where an erased value was in free text.
pub(crate) const SCRUBBED: &str = "[poistettu]";

/// The statements that take customer `$1`'s basic data out of free text written about
/// them — their requests' texts and decisions, the messages of those requests, the
/// reasons of legal holds on them — before the values themselves go: the names, the
/// street address, the identity code, the email address and the phone number (as
/// stored and in its national form). Values shorter than three characters are left, so
/// that a short name does not cut other words. Free text can hold a value in a form no
/// search finds (a phone number with spaces); this takes out every form the register
/// itself stores.
fn scrub_sql() -> Vec<String> {
    let value = |expr: &str| {
        format!("COALESCE((SELECT CASE WHEN LENGTH({expr}) >= 3 THEN {expr} END FROM customers c WHERE c.id = $1), '')")
    };
    let values = [
        value("c.identity_code"),
        value("c.email"),
        value("c.phone"),
        value("CASE WHEN c.phone LIKE '+358%' THEN '0' || SUBSTR(c.phone, 5) END"),
        value("c.street_address"),
        value("c.first_name || ' ' || c.last_name"),
        value("c.last_name"),
        value("c.first_name"),
    ];
    let scrubbed =
        |column: &str| values.iter().fold(column.to_owned(), |text, v| format!("REPLACE({text}, {v}, '{SCRUBBED}')"));
    vec![
        format!(
            "UPDATE request_messages SET body = {} WHERE request_id IN (SELECT id FROM requests WHERE customer_id = $1)",
            scrubbed("body")
        ),
        format!(
            "UPDATE requests SET details = {}, decision_reason = {}, extension_reason = {} WHERE customer_id = $1",
            scrubbed("details"),
            scrubbed("decision_reason"),
            scrubbed("extension_reason")
        ),
        format!("UPDATE legal_holds SET reason = {} WHERE customer_id = $1", scrubbed("reason")),
        format!(
            "UPDATE accessibility_feedback SET message = {}, answer = {}, contact = NULL WHERE customer_id = $1",
            scrubbed("message"),
            scrubbed("answer")
        ),
    ]
}

/// The tombstone of an erasure by the retention run: customer `$1`, the category `$2`,
/// `erased:<rows>` `$3`, when `$4`. Never the content.
pub(crate) const RETENTION_TOMBSTONE_SQL: &str =
    "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, actor_id, source, request_id)
     VALUES ($1, 'erasure', $1, $2, NULL, $3, $4, 'system', NULL, 'retention', NULL)";
