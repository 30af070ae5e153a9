//! The record types of the package: per category of the register, what each record is,
//! the query that reads it (bound to the customer id as `$1`) and its fields in the
//! query's column order. The writer and the schema are both made from this list.

use super::{Kind::*, RecordType};

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
        category: "portal",
        name: "portal_account",
        description: "Your account in this portal: the login address, when it was made, when the password last changed, since when a second factor is in use, failed sign-ins in a row and how long the account is locked",
        sql: "SELECT email, created_at, password_changed_at, totp_enabled_at, failed_sign_ins, locked_until
              FROM accounts WHERE customer_id = $1",
        fields: &[
            ("login_email", Text),
            ("created_at", Time),
            ("password_changed_at", OptTime),
            ("second_factor_since", OptTime),
            ("failed_sign_ins", Int),
            ("locked_until", OptTime),
        ],
    },
    RecordType {
        category: "portal",
        name: "portal_login_email_changes",
        description: "New login addresses (a rectified email address): the address, when its confirmation link was sent, until when it works and when it was confirmed",
        sql: "SELECT l.new_email, l.created_at, l.expires_at, l.confirmed_at FROM login_email_changes l
              JOIN accounts a ON a.id = l.account_id WHERE a.customer_id = $1 ORDER BY l.created_at, l.id",
        fields: &[("new_email", Text), ("sent_at", Time), ("expires_at", Time), ("confirmed_at", OptTime)],
    },
    RecordType {
        category: "portal",
        name: "portal_sessions",
        description: "Your signed-in sessions the portal keeps: when each began and when it ends (nothing of a session's key is given out)",
        sql: "SELECT s.created_at, s.expires_at FROM sessions s JOIN accounts a ON a.id = s.account_id
              WHERE a.customer_id = $1 ORDER BY s.created_at, s.expires_at",
        fields: &[("started_at", Time), ("expires_at", Time)],
    },
    RecordType {
        category: "portal",
        name: "portal_events",
        description: "Every event of the portal's audit log about you or done with your account: when, what (`action`), who (`actor_kind`; staff by role and a pseudonymous number, never by name), the request it concerns and its detail",
        sql: concat!(
            "SELECT l.occurred_at, l.action, l.actor_kind, s.role,
                     CASE WHEN l.actor_kind = 'staff' THEN
                       CASE WHEN l.actor_id < 10 THEN 'H-000' WHEN l.actor_id < 100 THEN 'H-00' WHEN l.actor_id < 1000 THEN 'H-0' ELSE 'H-' END
                       || CAST(l.actor_id AS TEXT) END,
                     r.reference, l.detail
              FROM audit_log l
              LEFT JOIN accounts s ON s.id = l.actor_id AND l.actor_kind = 'staff'
              LEFT JOIN requests r ON r.id = l.request_id AND r.customer_id = $1
              WHERE ",
            crate::ssr::my_data::portal::events_of!(),
            " ORDER BY l.occurred_at, l.id"
        ),
        fields: &[
            ("occurred_at", Time),
            ("action", Text),
            ("actor_kind", Text),
            ("staff_role", OptText),
            ("staff_ref", OptText),
            ("request_reference", OptText),
            ("detail", OptText),
        ],
    },
    RecordType {
        category: "portal",
        name: "portal_recipient_notifications",
        description: "The recipients of your data to be told of a rectification, erasure or restriction you asked for (GDPR Art. 19), and when each was told",
        sql: "SELECT r.reference, n.recipient, n.notified_at FROM recipient_notifications n JOIN requests r ON r.id = n.request_id
              WHERE r.customer_id = $1 ORDER BY r.received_at, n.id",
        fields: &[("request_reference", Text), ("recipient", Text), ("notified_at", OptTime)],
    },
    RecordType {
        category: "portal",
        name: "portal_feedback",
        description: "Accessibility feedback you gave while signed in, and its answer",
        sql: "SELECT reference, received_at, page, contact, message, answered_at, answer FROM accessibility_feedback
              WHERE customer_id = $1 ORDER BY received_at, id",
        fields: &[
            ("reference", Text),
            ("received_at", Time),
            ("page", OptText),
            ("contact", OptText),
            ("message", Text),
            ("answered_at", OptTime),
            ("answer", OptText),
        ],
    },
    RecordType {
        category: "portal",
        name: "portal_mails",
        description: "The mails the portal has written to you: which mail (`template`), when, whether it was sent and when",
        sql: "SELECT template, created_at, status, sent_at FROM outbox WHERE customer_id = $1 ORDER BY created_at, id",
        fields: &[("template", Text), ("created_at", Time), ("status", Text), ("sent_at", OptTime)],
    },
    RecordType {
        category: "requests",
        name: "requests",
        description: "The customer's requests and complaints and their decisions",
        sql: "SELECT reference, kind, status, channel, received_at, due_on, extended_due_on, extension_reason, restrict_processing,
                     details, decided_at, decision_reason
              FROM requests WHERE customer_id = $1 ORDER BY received_at, id",
        fields: &[
            ("reference", Text),
            ("kind", Text),
            ("status", Text),
            ("channel", Text),
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
        name: "request_identity_checks",
        description: "How your identity was checked for each request: the way (method), its level, its detail (the assurance level of a strong identification, the type of an identity document), when, and whether it verified you",
        sql: "SELECT r.reference, k.method, k.level, k.detail, k.checked_at, k.verified
              FROM identity_checks k JOIN requests r ON r.id = k.request_id WHERE r.customer_id = $1 ORDER BY k.checked_at, k.id",
        fields: &[
            ("request_reference", Text),
            ("method", Text),
            ("level", Text),
            ("detail", OptText),
            ("checked_at", Time),
            ("verified", Bool),
        ],
    },
    RecordType {
        category: "requests",
        name: "request_requesters",
        description: "For a request made without an account (or recorded by staff before it was linked to you): the name, email address, phone number and language given with it, and when you identified yourself for it with strong electronic identification",
        sql: "SELECT r.reference, q.name, q.email, q.phone, q.language, q.identified_at
              FROM requesters q JOIN requests r ON r.id = q.request_id WHERE r.customer_id = $1 ORDER BY r.received_at, r.id",
        fields: &[
            ("request_reference", Text),
            ("name", Text),
            ("email", OptText),
            ("phone", OptText),
            ("language", Text),
            ("identified_at", OptTime),
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
    RecordType {
        category: "disclosures",
        name: "disclosures",
        description: "Each disclosure of your data to a named recipient (GDPR Art. 15(1)(c)): the register's recipient class, the recipient, the categories (comma-separated ids), the legal basis and the recipient's reference",
        sql: "SELECT disclosed_on, recipient_class, recipient_name, categories, legal_basis, reference
              FROM disclosures WHERE customer_id = $1 ORDER BY disclosed_on, id",
        fields: &[
            ("disclosed_on", Date),
            ("recipient_class", Text),
            ("recipient_name", Text),
            ("categories", Text),
            ("legal_basis", Text),
            ("reference", OptText),
        ],
    },
];
