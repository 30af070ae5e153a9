//! Demo and synthetic data: a realistic register for trying the portal and for
//! benchmarks. Deterministic for a given `rng_seed`, so tests can rely on it.
//!
//! Every identity code it makes is valid but in the temporary range (individual number
//! 900–999), so none can be a real person's; phone numbers and IP addresses come from
//! ranges reserved for documentation or fiction where such ranges exist. The four demo
//! accounts of the README are always created. Seeding is idempotent: when the demo
//! accounts exist it does nothing.

use super::audio::demo_call_wav;
use super::db::BeginWrite;
use super::db::Db;
use super::password;
use super::second_factor::DEMO_STAFF_SECRET;
use crate::domain::{BusinessId, ConsentChannel, ConsentPurpose};
use crate::with_db;
use chrono::{DateTime, Datelike, Duration, Utc};
use people::{fake_mobile, pick, synthetic_person};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

mod people;

/// The demo accounts documented in the README.
pub const DEMO_PRIVATE_EMAIL: &str = "maija.meikalainen@example.fi";
pub const DEMO_PRIVATE_PASSWORD: &str = "Demo-tunnuslause-1";
pub const DEMO_BUSINESS_EMAIL: &str = "matti.virtanen@example.fi";
pub const DEMO_BUSINESS_PASSWORD: &str = "Demo-tunnuslause-2";
pub const DEMO_SERVICE_EMAIL: &str = "asiakaspalvelu@example.fi";
pub const DEMO_SERVICE_PASSWORD: &str = "Demo-henkilokunta-1";
pub const DEMO_DPO_EMAIL: &str = "tietosuoja@example.fi";
pub const DEMO_DPO_PASSWORD: &str = "Demo-henkilokunta-2";
/// A demo customer without a portal account (Liisa Lahtinen, identity code
/// 150792-938A in the temporary range): strong identification makes her one.
pub const DEMO_UNACTIVATED_NUMBER: &str = "100003";

/// How much to generate.
#[derive(Debug, Clone)]
pub struct SeedOptions {
    /// Synthetic customers besides the two demo customers.
    pub customers: u32,
    /// Traffic records for the demo customer Maija (the benchmark customer).
    pub demo_traffic: u32,
    /// Traffic records for every other customer.
    pub traffic_per_customer: u32,
    /// Seed of the random generator.
    pub rng_seed: u64,
    /// "Now" for the generated history.
    pub now: DateTime<Utc>,
}

impl Default for SeedOptions {
    fn default() -> Self {
        Self { customers: 50, demo_traffic: 5_000, traffic_per_customer: 200, rng_seed: 20180525, now: Utc::now() }
    }
}

/// What a seeding run wrote.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SeedReport {
    pub already_seeded: bool,
    pub customers: u64,
    pub traffic_records: u64,
    pub call_recordings: u64,
    pub accounts: u64,
}

const COMPANIES: &[&str] = &[
    "Virtasen Kone Oy",
    "Ruoveden Puutyö Oy",
    "Järvi-Suomen Kuljetus Oy",
    "Näsijärven Matkailu Oy",
    "Pirkan Sähkö Ky",
];
const AGENCIES: &[&str] = &["Perintätoimisto Esimerkki Oy"];

/// Products: code, kind, fi, sv, en names, price in cents.
const PRODUCTS: &[(&str, &str, &str, &str, &str, i64)] = &[
    ("KUITU100", "broadband", "Kuitu 100M", "Fiber 100M", "Fibre 100M", 3490),
    ("KUITU1000", "broadband", "Kuitu 1000M", "Fiber 1000M", "Fibre 1000M", 5490),
    ("MOBIILI5G", "mobile", "ElmoMobiili 5G", "ElmoMobil 5G", "ElmoMobile 5G", 2290),
    ("TVPERUS", "tv", "ElmoTV Perus", "ElmoTV Bas", "ElmoTV Basic", 1490),
    ("LANKA", "landline", "Lankapuhelin", "Fast telefon", "Landline phone", 990),
    ("REITIN", "device", "WLAN-reititin", "WLAN-router", "Wi-Fi router", 8900),
    ("TIETOTURVA", "service", "Tietoturvapaketti", "Säkerhetspaket", "Security package", 490),
    ("YRITYSKUITU", "broadband", "Yrityskuitu 500M", "Företagsfiber 500M", "Business fibre 500M", 8990),
];

/// Writes the demo register. Returns at once with `already_seeded` when the demo
/// accounts exist.
pub async fn seed(db: &Db, opts: &SeedOptions) -> Result<SeedReport, sqlx::Error> {
    let exists: i64 = with_db!(db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE email = $1")
        .bind(DEMO_PRIVATE_EMAIL)
        .fetch_one(pool)
        .await?);
    if exists > 0 {
        // Databases seeded before staff needed a second factor get the demo one.
        with_db!(db, pool => sqlx::query(
            "UPDATE accounts SET totp_secret = $1, totp_enabled_at = created_at WHERE email IN ($2, $3) AND totp_secret IS NULL",
        ).bind(DEMO_STAFF_SECRET).bind(DEMO_SERVICE_EMAIL).bind(DEMO_DPO_EMAIL).execute(pool).await.map(|_| ())?);
        return Ok(SeedReport { already_seeded: true, ..Default::default() });
    }

    // Hash the demo passwords first, off the async runtime.
    let hashes = tokio::join!(
        password::hash_blocking(DEMO_PRIVATE_PASSWORD.into()),
        password::hash_blocking(DEMO_BUSINESS_PASSWORD.into()),
        password::hash_blocking(DEMO_SERVICE_PASSWORD.into()),
        password::hash_blocking(DEMO_DPO_PASSWORD.into()),
    );

    let mut rng = StdRng::seed_from_u64(opts.rng_seed);
    let now = opts.now;
    let mut report = SeedReport::default();

    let [maija, matti, liisa] = people::demo_people(now);

    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;

        // Runs an INSERT … RETURNING id with the given binds.
        macro_rules! insert_id {
            ($sql:expr $(, $arg:expr)* $(,)?) => {
                sqlx::query_scalar::<_, i64>($sql)$(.bind($arg))*.fetch_one(&mut *tx).await?
            };
        }
        macro_rules! exec {
            ($sql:expr $(, $arg:expr)* $(,)?) => {
                sqlx::query($sql)$(.bind($arg))*.execute(&mut *tx).await?
            };
        }

        let mut product_ids = Vec::new();
        for (code, kind, fi, sv, en, price) in PRODUCTS {
            product_ids.push(insert_id!(
                "INSERT INTO products (code, kind, name_fi, name_sv, name_en, monthly_price_cents) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                *code, *kind, *fi, *sv, *en, *price
            ));
        }

        let mut people = vec![(maija, opts.demo_traffic, true), (matti, opts.traffic_per_customer.max(300), true)];
        for n in 0..opts.customers {
            people.push((synthetic_person(&mut rng, n, now), opts.traffic_per_customer, false));
        }
        // Last, so the synthetic people stay as they were: a customer with no portal
        // account, who gets one by strong electronic identification (or a letter).
        people.push((liisa, opts.traffic_per_customer, false));

        let mut customer_ids = Vec::new();
        for (index, (p, traffic, rich)) in people.iter().enumerate() {
            let cid = insert_id!(
                "INSERT INTO customers (customer_number, kind, first_name, last_name, identity_code, street_address, postal_code, city, phone, email, language, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                &p.customer_number, p.kind, &p.first_name, &p.last_name, p.identity_code.as_ref(), &p.street, &p.postal_code, &p.city,
                p.phone.as_ref(), &p.email, p.language, p.created_at
            );
            customer_ids.push(cid);
            report.customers += 1;

            // Change history: the record's creation, then updates from the population
            // register and from the customer.
            for (field, value) in [
                ("first_name", p.first_name.clone()),
                ("last_name", p.last_name.clone()),
                ("identity_code", p.identity_code.as_ref().to_owned()),
                ("street_address", p.street.clone()),
                ("postal_code", p.postal_code.clone()),
                ("city", p.city.clone()),
                ("phone", p.phone.as_ref().to_owned()),
                ("email", p.email.clone()),
            ] {
                let (actor, source) = match field {
                    "identity_code" | "first_name" => ("source_register", Some("population_register")),
                    _ => ("customer", None::<&str>),
                };
                exec!(
                    "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, source)
                     VALUES ($1, 'customers', $1, $2, NULL, $3, $4, $5, $6)",
                    cid, field, value, p.created_at, actor, source
                );
            }
            if *rich {
                let moved = now - Duration::days(400);
                exec!(
                    "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, source)
                     VALUES ($1, 'customers', $1, 'street_address', $2, $3, $4, 'source_register', 'population_register')",
                    cid, "Myllytie 2", &p.street, moved
                );
                exec!(
                    "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, source)
                     VALUES ($1, 'customers', $1, 'phone', $2, $3, $4, 'customer', NULL)",
                    cid, "+358451112233", p.phone.as_ref(), now - Duration::days(120)
                );
            }

            // Contracts.
            let contract_plan: Vec<(usize, &str, i64, Option<i64>)> = match (index, *rich) {
                (0, _) => vec![(0, "active", 2800, None), (2, "active", 1500, None), (3, "ended", 2000, Some(900)), (6, "active", 300, None)],
                (1, _) => vec![(7, "active", 1700, None), (2, "active", 1000, None)],
                _ => {
                    let mut v = vec![(rng.gen_range(0..3usize), "active", rng.gen_range(100..3000i64), None)];
                    if rng.gen_bool(0.4) {
                        v.push((3, "ended", 3000, Some(rng.gen_range(10..900))));
                    }
                    v
                }
            };
            let mut contract_ids = Vec::new();
            for (k, (product, status, started_days_ago, ended_days_ago)) in contract_plan.iter().enumerate() {
                let started = (now - Duration::days(*started_days_ago)).date_naive();
                let ended = ended_days_ago.map(|d| (now - Duration::days(d)).date_naive());
                contract_ids.push(insert_id!(
                    "INSERT INTO contracts (customer_id, contract_number, product_id, status, started_on, ended_on, service_address)
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                    cid, format!("S-{}-{}", p.customer_number, k + 1), product_ids[*product], *status, started, ended,
                    format!("{}, {} {}", p.street, p.postal_code, p.city)
                ));
                // An order for each contract, in varying channels.
                let channel = ["web", "phone", "store", "field_sales", "email"][(index + k) % 5];
                let ordered_at = now - Duration::days(*started_days_ago + 7);
                let order_id = insert_id!(
                    "INSERT INTO orders (customer_id, order_number, ordered_at, channel, status) VALUES ($1, $2, $3, $4, 'delivered') RETURNING id",
                    cid, format!("T-{}-{}", p.customer_number, k + 1), ordered_at, channel
                );
                exec!(
                    "INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES ($1, $2, 1, $3)",
                    order_id, product_ids[*product], PRODUCTS[*product].5
                );
                if *product < 2 {
                    exec!(
                        "INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES ($1, $2, 1, $3)",
                        order_id, product_ids[5], PRODUCTS[5].5
                    );
                }
            }

            // Invoices: monthly, the newest open, one overdue that went to collection.
            let months = if *rich { 24 } else { rng.gen_range(3..12) };
            for m in 0..months {
                let issued = (now - Duration::days(30 * (months - m) as i64)).date_naive();
                let due = issued + Duration::days(14);
                let amount: i64 = contract_plan.iter().map(|c| PRODUCTS[c.0].5).sum::<i64>() + rng.gen_range(0..900);
                let (status, paid) = if m == months - 1 {
                    ("open", None)
                } else if *rich && m == months - 6 {
                    ("in_collection", None)
                } else {
                    ("paid", Some(due - Duration::days(rng.gen_range(0..5))))
                };
                let invoice_id = insert_id!(
                    "INSERT INTO invoices (customer_id, invoice_number, issued_on, due_on, amount_cents, currency, status, paid_on)
                     VALUES ($1, $2, $3, $4, $5, 'EUR', $6, $7) RETURNING id",
                    cid, format!("L{}{:03}", p.customer_number, m + 1), issued, due, amount, status, paid
                );
                if status == "in_collection" {
                    exec!(
                        "INSERT INTO collection_cases (customer_id, invoice_id, agency, status, amount_cents, currency, opened_on, closed_on)
                         VALUES ($1, $2, $3, 'open', $4, 'EUR', $5, NULL)",
                        cid, invoice_id, AGENCIES[0], amount + 500, due + Duration::days(30)
                    );
                }
            }

            // IP address history on the first contract, within the last year: nothing the
            // demo seeds is past its retention period on the day it is seeded.
            let ip_count = if *rich { 30 } else { rng.gen_range(1..5) };
            for i in 0..ip_count {
                let from = now - Duration::days(12 * (ip_count - i) as i64);
                let to = (i + 1 < ip_count).then(|| from + Duration::days(12));
                let address = if i % 3 == 2 {
                    format!("2001:db8:{:x}:{:x}00::/56", 0x100 + index % 0xeff, rng.gen_range(0..0xffu32))
                } else {
                    format!("198.51.100.{}/32", rng.gen_range(1..255))
                };
                exec!(
                    "INSERT INTO ip_assignments (customer_id, contract_id, address, assigned_from, assigned_to) VALUES ($1, $2, $3, $4, $5)",
                    cid, contract_ids[0], address, from, to
                );
            }

            if *rich {
                exec!(
                    "INSERT INTO other_data (customer_id, topic, content, channel, given_at) VALUES ($1, $2, $3, 'phone', $4)",
                    cid, "yhteydenottoaika", "Toivoo yhteydenottoja arkisin klo 16 jälkeen.", now - Duration::days(700)
                );
                exec!(
                    "INSERT INTO other_data (customer_id, topic, content, channel, given_at) VALUES ($1, $2, $3, 'web', $4)",
                    cid, "asennus", "Kuitukaapeli tuodaan pihan poikki saunan puolelta; koira pihalla.", now - Duration::days(2810)
                );
            }

            // Consents: given at the start, some withdrawn later; a phone-marketing
            // prohibition for the demo customers.
            for purpose in ConsentPurpose::ALL {
                for channel in purpose.channels() {
                    if !*rich && !rng.gen_bool(0.3) {
                        continue;
                    }
                    let given_at = p.created_at + Duration::days(1);
                    exec!(
                        "INSERT INTO consent_events (customer_id, purpose, channel, action, occurred_at, source) VALUES ($1, $2, $3, 'given', $4, $5)",
                        cid, purpose.as_str(), channel.as_str(), given_at, "order_form"
                    );
                    let withdraw = matches!((purpose, channel), (ConsentPurpose::PartnerMarketing, _) | (ConsentPurpose::DirectMarketing, ConsentChannel::Letter));
                    if withdraw && *rich {
                        exec!(
                            "INSERT INTO consent_events (customer_id, purpose, channel, action, occurred_at, source) VALUES ($1, $2, $3, 'withdrawn', $4, 'customer_service')",
                            cid, purpose.as_str(), channel.as_str(), now - Duration::days(200)
                        );
                    }
                }
            }
            if *rich {
                exec!(
                    "INSERT INTO marketing_prohibition_events (customer_id, channel, action, occurred_at, source) VALUES ($1, 'phone', 'prohibited', $2, 'customer_service')",
                    cid, now - Duration::days(365)
                );
            }

            // Service blocks.
            if *rich || rng.gen_bool(0.2) {
                exec!(
                    "INSERT INTO service_blocks (customer_id, contract_id, kind, reason, set_by, since, until) VALUES ($1, $2, 'premium_numbers', 'customer_request', 'customer', $3, NULL)",
                    cid, contract_ids[0], now - Duration::days(600)
                );
            }
            if *rich {
                exec!(
                    "INSERT INTO service_blocks (customer_id, contract_id, kind, reason, set_by, since, until) VALUES ($1, $2, 'outgoing_calls', 'unpaid_invoice', 'system', $3, $4)",
                    cid, *contract_ids.last().unwrap_or(&contract_ids[0]), now - Duration::days(150), Some(now - Duration::days(140))
                );
            }

            // Traffic data, in batches.
            let mobile_contract = *contract_ids.get(1).unwrap_or(&contract_ids[0]);
            let span_secs: i64 = 365 * 24 * 3600;
            let mut written = 0u32;
            while written < *traffic {
                let batch = (*traffic - written).min(1000);
                let rows: Vec<_> = (0..batch)
                    .map(|_| {
                        let started = now - Duration::seconds(rng.gen_range(60..span_secs));
                        let kind = *pick(&mut rng, &["call", "call", "call", "sms", "sms", "data", "mms"]);
                        let duration: i32 = match kind {
                            "call" => rng.gen_range(3..1800),
                            "data" => rng.gen_range(60..7200),
                            _ => 0,
                        };
                        let direction = if rng.gen_bool(0.55) { "outgoing" } else { "incoming" };
                        let other = if kind == "data" { "internet".to_owned() } else { fake_mobile(&mut rng).as_ref().to_owned() };
                        (started, duration, direction, kind, other)
                    })
                    .collect();
                let mut qb = sqlx::QueryBuilder::new(
                    "INSERT INTO traffic_records (customer_id, contract_id, started_at, duration_seconds, direction, kind, other_party) ",
                );
                qb.push_values(rows, |mut b, (started, duration, direction, kind, other)| {
                    b.push_bind(cid).push_bind(mobile_contract).push_bind(started).push_bind(duration).push_bind(direction).push_bind(kind).push_bind(other);
                });
                qb.build().execute(&mut *tx).await?;
                written += batch;
            }
            report.traffic_records += u64::from(*traffic);

            // Call recordings with real audio.
            let recordings = if *rich { 3 } else { u32::from(rng.gen_bool(0.3)) };
            for r in 0..recordings {
                let seconds = 4 + r;
                let audio = demo_call_wav(seconds, r + index as u32);
                let topic = ["laskutus", "vikailmoitus", "sopimusmuutos"][r as usize % 3];
                exec!(
                    "INSERT INTO call_recordings (customer_id, recorded_at, duration_seconds, direction, topic, mime_type, size_bytes, audio)
                     VALUES ($1, $2, $3, 'incoming', $4, 'audio/wav', $5, $6)",
                    cid, now - Duration::days(30 + 90 * i64::from(r)), seconds as i32, topic, audio.len() as i64, audio
                );
                report.call_recordings += 1;
            }
        }

        // The business role of Matti.
        let company_id = BusinessId::from_body(2_345_678).or_else(|| BusinessId::from_body(2_345_679)).expect("a valid business id");
        exec!(
            "INSERT INTO business_roles (customer_id, company_name, business_id, role, position, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6, NULL)",
            customer_ids[1], COMPANIES[0], company_id.as_ref(), "yhteyshenkilö", "toimitusjohtaja", (now - Duration::days(1800)).date_naive()
        );
        // The synthetic business customers (every ninth, see `synthetic_person`).
        for (i, cid) in customer_ids.iter().enumerate().skip(2).take(opts.customers as usize).step_by(9) {
            let company_id = BusinessId::from_body(1_000_000 + i as u32 * 37).or_else(|| BusinessId::from_body(1_000_001 + i as u32 * 37)).expect("valid");
            exec!(
                "INSERT INTO business_roles (customer_id, company_name, business_id, role, position, valid_from, valid_to) VALUES ($1, $2, $3, 'yhteyshenkilö', 'hallituksen jäsen', $4, NULL)",
                *cid, COMPANIES[1 + i % (COMPANIES.len() - 1)], company_id.as_ref(), (now - Duration::days(900)).date_naive()
            );
        }

        // Portal accounts: the two demo customers and the two staff members.
        let accounts: [(&str, &str, Option<i64>, &str, &password::PasswordHashString); 4] = [
            (DEMO_PRIVATE_EMAIL, "customer", Some(customer_ids[0]), "Maija Meikäläinen", &hashes.0),
            (DEMO_BUSINESS_EMAIL, "customer", Some(customer_ids[1]), "Matti Virtanen", &hashes.1),
            (DEMO_SERVICE_EMAIL, "customer_service", None, "Asiakaspalvelu (demo)", &hashes.2),
            (DEMO_DPO_EMAIL, "dpo", None, "Tietosuojavastaava (demo)", &hashes.3),
        ];
        let mut account_ids = Vec::new();
        for (email, role, customer, name, hash) in accounts {
            // Staff must use a second factor; the demo staff share the README's demo secret.
            let totp = (role != "customer").then_some(DEMO_STAFF_SECRET);
            account_ids.push(insert_id!(
                "INSERT INTO accounts (email, role, customer_id, display_name, password_hash, created_at, password_changed_at, totp_secret, totp_enabled_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8) RETURNING id",
                email, role, customer, name, hash.as_str(), now, totp, totp.map(|_| now)
            ));
            report.accounts += 1;
        }

        // One answered question from Maija, so the request history is not empty.
        let received = now - Duration::days(60);
        let request_id = insert_id!(
            "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details, assignee_id, decided_at, decision_reason)
             VALUES ($1, $2, 'question', 'completed', $3, $4, $5, $6, $7, $8) RETURNING id",
            format!("TN-{}-000001", received.year()), customer_ids[0], received, crate::domain::clock::due_date(received),
            r#"{"question":"Mihin puhelutallenteitani käytetään?"}"#, account_ids[3], received + Duration::days(3),
            "Tallenteita käytetään asiakaspalvelutilanteiden todentamiseen ja laadun kehittämiseen."
        );
        exec!(
            "INSERT INTO identity_checks (request_id, method, level, detail, checked_by, checked_at, verified) VALUES ($1, 'password', 'substantial', NULL, NULL, $2, TRUE)",
            request_id, received
        );
        for (days, kind, actor, actor_id) in [(0, "received", "customer", account_ids[0]), (1, "assigned", "staff", account_ids[3]), (3, "completed", "staff", account_ids[3])] {
            exec!(
                "INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail) VALUES ($1, $2, $3, $4, $5, NULL)",
                request_id, received + Duration::days(days), kind, actor, actor_id
            );
        }
        exec!(
            "INSERT INTO request_messages (request_id, sent_at, author_kind, author_id, body) VALUES ($1, $2, 'customer', $3, $4)",
            request_id, received, account_ids[0], "Mihin puhelutallenteitani käytetään ja kuinka kauan niitä säilytetään?"
        );
        exec!(
            "INSERT INTO request_messages (request_id, sent_at, author_kind, author_id, body) VALUES ($1, $2, 'staff', $3, $4)",
            request_id, received + Duration::days(3), account_ids[3],
            "Tallenteita käytetään asiakaspalvelutilanteiden todentamiseen ja laadun kehittämiseen. Voit kuunnella ja ladata ne Tietoni-palvelussa."
        );
        // One disclosure of Maija's data: an authority's request for traffic data.
        exec!(
            "INSERT INTO disclosures (customer_id, recipient_class, recipient_name, categories, legal_basis, reference, disclosed_on, recorded_by, recorded_at)
             VALUES ($1, 'authorities', 'Sisä-Suomen poliisilaitos', 'basic,traffic_data', 'legal_obligation', '5500/R/12345/26', $2, $3, $4)",
            customer_ids[0], (now - Duration::days(120)).date_naive(), account_ids[3], now - Duration::days(119)
        );

        // Requests of synthetic customers in every state, so the staff queue of the demo
        // shows what the workspace does (not in the small test registers: they have fewer
        // than seventeen customers).
        if let Some(people) = customer_ids.get(12..19) {
            let (cs, dpo) = (account_ids[2], account_ids[3]);
            let today = crate::domain::clock::helsinki_date(now);
            // (customer, kind, status, days ago, details, assignee)
            let plan = [
                (people[0], "erasure", "in_progress", 36, r#"{"kind":"erasure","categories":["other_data"],"reason":"En halua, että tietojani säilytetään."}"#, Some(cs)),
                (people[1], "rectification", "extended", 20, r#"{"kind":"rectification","field":"street_address","current":null,"proposed":"Rantatie 5","reason":"Muutin."}"#, Some(cs)),
                (people[2], "question", "waiting_for_customer", 6, r#"{"kind":"question","question":"Mihin tietojani luovutetaan?"}"#, Some(cs)),
                (people[3], "restriction", "in_progress", 10, r#"{"kind":"restriction","ground":"accuracy","reason":"Laskutusosoitteeni on väärin, kunnes se on tarkistettu."}"#, Some(dpo)),
                (people[4], "objection", "received", 2, r#"{"kind":"objection","purposes":["service_development"],"grounds":"En halua, että käyttötietojani käytetään palvelujen kehittämiseen."}"#, None),
                (people[5], "copy", "received", 12, r#"{"kind":"copy","what":"Puhelutallenteet kirjoitettuna."}"#, None),
                (people[6], "complaint", "rejected", 50, r#"{"kind":"complaint","complaint":"Sain markkinointiviestin, vaikka kielsin sen."}"#, Some(dpo)),
            ];
            for (customer, kind, status, days, details, assignee) in plan {
                let received = now - Duration::days(days);
                let due = crate::domain::clock::due_date(received);
                let decided = (status == "rejected").then(|| received + Duration::days(9));
                let reason = decided.map(|_| "Kielto oli kirjattu ennen viestin lähtöä; viesti oli palvelutiedote, ei markkinointia.");
                let id = insert_id!(
                    "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details, assignee_id, decided_at, decision_reason)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                    format!("demo-{kind}"), customer, kind, status, received, due, details, assignee, decided, reason
                );
                exec!("UPDATE requests SET reference = $1 WHERE id = $2", crate::domain::request::reference(received.year(), id), id);
                exec!(
                    "INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail) VALUES ($1, $2, 'received', 'system', NULL, NULL)",
                    id, received
                );
                if kind == "copy" {
                    // Asked for by phone and nobody has checked who called yet: the staff
                    // page shows what is missing before the copy can go out.
                    exec!("UPDATE requests SET channel = 'phone' WHERE id = $1", id);
                } else {
                    exec!(
                        "INSERT INTO identity_checks (request_id, method, level, detail, checked_by, checked_at, verified) VALUES ($1, 'password', 'substantial', NULL, NULL, $2, TRUE)",
                        id, received
                    );
                }
                if let Some(staff) = assignee {
                    exec!(
                        "INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail) VALUES ($1, $2, 'assigned', 'staff', $3, NULL)",
                        id, received + Duration::days(1), staff
                    );
                }
                match status {
                    "extended" => {
                        let until = crate::domain::clock::add_months(due, 2);
                        exec!(
                            "UPDATE requests SET extended_due_on = $1, extension_reason = $2 WHERE id = $3",
                            until, "Osoitteen tarkistus väestötietojärjestelmästä vie aikaa.", id
                        );
                        exec!(
                            "INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail) VALUES ($1, $2, 'extended', 'staff', $3, NULL)",
                            id, received + Duration::days(2), cs
                        );
                    }
                    "waiting_for_customer" => {
                        exec!(
                            "INSERT INTO request_messages (request_id, sent_at, author_kind, author_id, body) VALUES ($1, $2, 'staff', $3, $4)",
                            id, received + Duration::days(1), cs, "Tarkoitatko kaikkia tietojasi vai jotain tiettyä tietoryhmää?"
                        );
                        exec!(
                            "INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail) VALUES ($1, $2, 'clarification_requested', 'staff', $3, NULL)",
                            id, received + Duration::days(1), cs
                        );
                    }
                    "in_progress" if kind == "restriction" => {
                        exec!("UPDATE customers SET processing_restricted = TRUE WHERE id = $1", customer);
                        exec!(
                            "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, actor_id, source, request_id)
                             VALUES ($1, 'customers', $1, 'processing_restricted', 'false', 'true', $2, 'staff', $3, 'request', $4)",
                            customer, received + Duration::days(1), dpo, id
                        );
                        exec!(
                            "INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail) VALUES ($1, $2, 'restriction_applied', 'staff', $3, NULL)",
                            id, received + Duration::days(1), dpo
                        );
                    }
                    "rejected" => {
                        exec!(
                            "INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail) VALUES ($1, $2, 'rejected', 'staff', $3, NULL)",
                            id, decided, dpo
                        );
                    }
                    _ => {}
                }
                debug_assert!(status != "in_progress" || kind != "erasure" || due < today, "the erasure is overdue");
            }
            // A breach of last month, notified and closed, so the DPO's register of
            // breaches shows what one looks like (nobody was told: the risk was not high).
            let aware = now - Duration::days(40);
            let id = insert_id!(
                "INSERT INTO breaches (aware_at, occurred, summary, categories, people_estimate, records_estimate, consequences,
                    measures, risk, recorded_by, recorded_at, ombudsman_notified_at, ombudsman_notified_by,
                    traficom_notified_at, traficom_notified_by, closed_at, closed_by)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'risk', $9, $10, $11, $9, $11, $9, $12, $9) RETURNING id",
                aware, "Edellisenä iltana", "Laskuerän 40 laskua lähti sähköpostilla väärille vastaanottajille osoitetiedoston rivisiirron vuoksi.",
                "basic,billing", 40_i64, 40_i64, "Vastaanottajat näkivät toisen asiakkaan nimen, osoitteen ja laskun summan.",
                "Vastaanottajia pyydettiin poistamaan laskut; osoitetiedoston tarkistus lisättiin ennen lähetystä.",
                dpo, aware + Duration::hours(2), aware + Duration::hours(30), aware + Duration::days(14)
            );
            exec!("UPDATE breaches SET reference = $1 WHERE id = $2", super::breaches::reference(id, aware + Duration::hours(2)), id);
        }

        {
            use super::audit::{record_in, Actor, Entry};
            let look = Entry::staff(crate::domain::StaffId(account_ids[3]), "view_customer_data")
                .customer(Some(crate::domain::CustomerId(customer_ids[0])))
                .request(Some(request_id))
                .detail("basic")
                .at(received + Duration::days(1));
            record_in(&mut tx, look).await?;
            record_in(&mut tx, Entry::new(Actor::System, None, "demo_data_seeded").at(now)).await?;
        }

        tx.commit().await?;
    });
    Ok(report)
}
