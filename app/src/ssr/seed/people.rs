//! The people of the demo register: the three named demo customers of the README and
//! synthetic ones, made deterministically from the seed's random generator. Every
//! identity code is valid but in the temporary range (individual number 900–999).

use super::{DEMO_BUSINESS_EMAIL, DEMO_PRIVATE_EMAIL, DEMO_UNACTIVATED_NUMBER};
use crate::domain::{IdentityCode, PhoneNumber};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rand::rngs::StdRng;
use rand::Rng;

const FIRST_NAMES_F: &[&str] = &[
    "Aino", "Helmi", "Sofia", "Eevi", "Olivia", "Aada", "Ella", "Lilja", "Venla", "Kaisa", "Riitta", "Tuula", "Anneli",
    "Sari",
];
const FIRST_NAMES_M: &[&str] = &[
    "Juhani", "Mikko", "Onni", "Eino", "Leo", "Väinö", "Elias", "Aleksi", "Pekka", "Timo", "Kari", "Jukka", "Antti",
    "Ville",
];
const LAST_NAMES: &[&str] = &[
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
];
const STREETS: &[&str] = &[
    "Kirkkotie",
    "Honkalantie",
    "Koulukatu",
    "Rantatie",
    "Myllytie",
    "Asematie",
    "Pappilantie",
    "Kuusikuja",
    "Mäntyrinne",
    "Järvenrannantie",
];
const PLACES: &[(&str, &str)] = &[
    ("34600", "Ruovesi"),
    ("34800", "Virrat"),
    ("35300", "Orivesi"),
    ("33100", "Tampere"),
    ("34300", "Kuru"),
    ("35700", "Vilppula"),
    ("34640", "Mustajärvi"),
];

pub(super) struct Person {
    pub(super) customer_number: String,
    pub(super) kind: &'static str,
    pub(super) first_name: String,
    pub(super) last_name: String,
    pub(super) identity_code: IdentityCode,
    pub(super) street: String,
    pub(super) postal_code: String,
    pub(super) city: String,
    pub(super) phone: PhoneNumber,
    pub(super) email: String,
    pub(super) language: &'static str,
    pub(super) created_at: DateTime<Utc>,
}

pub(super) fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

fn ascii_fold(s: &str) -> String {
    s.to_lowercase().replace('ä', "a").replace('ö', "o").replace('å', "a")
}

/// A Finnish mobile number in a range not handed to subscribers in the demo's
/// telling; used for customers and for the other party of traffic records.
pub(super) fn fake_mobile(rng: &mut StdRng) -> PhoneNumber {
    let prefix = pick(rng, &["040", "044", "045", "050"]);
    PhoneNumber::parse(&format!("{prefix}{:07}", rng.gen_range(0..10_000_000))).expect("generated numbers are valid")
}

fn temp_identity_code(rng: &mut StdRng, birth: NaiveDate) -> IdentityCode {
    let sign = if birth.year() >= 2000 { 'A' } else { '-' };
    IdentityCode::from_parts(birth, rng.gen_range(900..=999), sign).expect("generated identity codes are valid")
}

pub(super) fn synthetic_person(rng: &mut StdRng, number: u32, now: DateTime<Utc>) -> Person {
    let female = rng.gen_bool(0.5);
    let first = *pick(rng, if female { FIRST_NAMES_F } else { FIRST_NAMES_M });
    let last = *pick(rng, LAST_NAMES);
    let birth = NaiveDate::from_ymd_opt(rng.gen_range(1940..2005), rng.gen_range(1..=12), rng.gen_range(1..=28))
        .expect("valid date");
    let (postal, city) = *pick(rng, PLACES);
    Person {
        customer_number: format!("{}", 200_000 + number),
        // Every ninth is a business customer's contact person: they get a business
        // role below, and only they do.
        kind: if number.is_multiple_of(9) { "business" } else { "private" },
        first_name: first.into(),
        last_name: last.into(),
        identity_code: temp_identity_code(rng, birth),
        street: format!("{} {}", pick(rng, STREETS), rng.gen_range(1..80)),
        postal_code: postal.into(),
        city: city.into(),
        phone: fake_mobile(rng),
        email: format!("{}.{}.{number}@example.fi", ascii_fold(first), ascii_fold(last)),
        language: if rng.gen_ratio(1, 12) { "sv" } else { "fi" },
        created_at: now - Duration::days(rng.gen_range(60..4000)),
    }
}

/// Maija (a private customer with an account), Matti (a business customer's contact
/// person with an account) and Liisa (a customer who never activated one).
pub(super) fn demo_people(now: DateTime<Utc>) -> [Person; 3] {
    let maija = Person {
        customer_number: "100001".into(),
        kind: "private",
        first_name: "Maija".into(),
        last_name: "Meikäläinen".into(),
        identity_code: IdentityCode::from_parts(NaiveDate::from_ymd_opt(1985, 3, 14).expect("date"), 917, '-')
            .expect("valid"),
        street: "Kirkkotie 5 B 7".into(),
        postal_code: "34600".into(),
        city: "Ruovesi".into(),
        phone: PhoneNumber::parse("040 123 4567").expect("valid"),
        email: DEMO_PRIVATE_EMAIL.into(),
        language: "fi",
        created_at: now - Duration::days(2900),
    };
    let matti = Person {
        customer_number: "100002".into(),
        kind: "business",
        first_name: "Matti".into(),
        last_name: "Virtanen".into(),
        identity_code: IdentityCode::from_parts(NaiveDate::from_ymd_opt(1971, 11, 2).expect("date"), 955, '-')
            .expect("valid"),
        street: "Honkalantie 14".into(),
        postal_code: "34600".into(),
        city: "Ruovesi".into(),
        phone: PhoneNumber::parse("050 765 4321").expect("valid"),
        email: DEMO_BUSINESS_EMAIL.into(),
        language: "fi",
        created_at: now - Duration::days(1800),
    };

    let liisa = Person {
        customer_number: DEMO_UNACTIVATED_NUMBER.into(),
        kind: "private",
        first_name: "Liisa".into(),
        last_name: "Lahtinen".into(),
        identity_code: IdentityCode::from_parts(NaiveDate::from_ymd_opt(1992, 7, 15).expect("date"), 938, '-')
            .expect("valid"),
        street: "Rantatie 3".into(),
        postal_code: "33100".into(),
        city: "Tampere".into(),
        phone: PhoneNumber::parse("045 222 3344").expect("valid"),
        email: "liisa.lahtinen@example.fi".into(),
        language: "fi",
        created_at: now - Duration::days(700),
    };
    [maija, matti, liisa]
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn synthetic_people_have_valid_temporary_codes_and_numbers() {
        let mut rng = StdRng::seed_from_u64(7);
        for n in 0..200 {
            let p = synthetic_person(&mut rng, n, Utc::now());
            assert!(p.identity_code.is_temporary());
            assert!(IdentityCode::parse(p.identity_code.as_ref()).is_ok());
            assert!(PhoneNumber::parse(p.phone.as_ref()).is_ok());
            assert!(crate::domain::EmailAddress::parse(&p.email).is_ok(), "{}", p.email);
            assert!(crate::domain::PostalCode::parse(&p.postal_code).is_ok());
        }
    }
}
