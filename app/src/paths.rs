//! Every path of the portal in one place: the pages the router has, the routes outside
//! Leptos, and the prefixes of pages with a parameter. Every layer may name a path;
//! none needs to import the page that serves it. A test in the server's suite checks
//! that each page path here is a route the router has.

// Pages (routes of the Leptos router).
pub const ACTIVATE_PATH: &str = "/aktivoi";
pub const STAFF_PATH: &str = "/henkilosto";
pub const AUDIT_LOG_PATH: &str = "/henkilosto/loki";
pub const STAFF_ACCOUNTS_PATH: &str = "/henkilosto/tunnukset";
pub const STAFF_RETENTION_PATH: &str = "/henkilosto/sailytys";
/// The register of personal-data breaches (GDPR Art. 33, 34), for the DPO; one breach
/// is under `<this>/<reference>`.
pub const STAFF_BREACHES_PATH: &str = "/henkilosto/loukkaukset";
/// Disclosures of customers' data (GDPR Art. 15(1)(c), 19), for staff.
pub const STAFF_DISCLOSURES_PATH: &str = "/henkilosto/luovutukset";
/// The record of processing activities (GDPR Art. 30), for the DPO.
pub const STAFF_RECORD_PATH: &str = "/henkilosto/seloste";
pub const STAFF_FEEDBACK_PATH: &str = "/henkilosto/palaute";
/// Recording a request that came by phone, email, letter or at a service point.
pub const STAFF_INTAKE_PATH: &str = "/henkilosto/vastaanota";
pub const OVERVIEW_PATH: &str = "/henkilosto/yleiskuva";
pub const SESSIONS_PATH: &str = "/istunnot";
pub const SIGN_IN_PATH: &str = "/kirjaudu";
/// The second step for accounts with a second factor.
pub const SECOND_FACTOR_PATH: &str = "/kirjaudu/koodi";
/// The step of signing in where a staff account the DPO created or reset enrols its
/// second factor.
pub const ENROL_PATH: &str = "/kirjaudu/kayttoonotto";
pub const ACCOUNT_PATH: &str = "/oma";
pub const SECOND_FACTOR_SETTINGS_PATH: &str = "/oma/kaksivaihe";
pub const CONSENTS_PATH: &str = "/oma/luvat";
pub const REQUESTS_PATH: &str = "/oma/pyynnot";
pub const CHANGE_PATH: &str = "/oma/salasana";
pub const MY_DATA_PATH: &str = "/oma/tiedot";
pub const DPA_PATH: &str = "/oma/tietosuojavaltuutettu";
pub const EXPORT_PATH: &str = "/oma/vienti";
pub const STATEMENT_PATH: &str = "/saavutettavuus";
pub const FORGOT_PATH: &str = "/salasana/unohtui";
pub const RESET_PATH: &str = "/salasana/uusi";
/// Where the link that confirms a new login address leads (token in `?avain=`, taken
/// out of the address by the server before the page is shown).
pub const EMAIL_CONFIRM_PATH: &str = "/osoite/vahvista";
pub const REAUTH_PATH: &str = "/vahvista";
/// A request without an account: the public form, the page that follows the person's
/// submission (and, once confirmed, their request), and the mailed confirmation link.
pub const PUBLIC_REQUEST_PATH: &str = "/pyynto";
pub const PUBLIC_STATUS_PATH: &str = "/pyynto/tila";
pub const PUBLIC_CONFIRM_PATH: &str = "/pyynto/vahvista";

/// The query parameter of the sign-in page that names the page to return to.
pub const NEXT_PARAM: &str = "jatka";

// Prefixes of pages with a parameter (`<prefix>/<value>`).
pub const NEW_REQUEST_PATH: &str = "/oma/pyynnot/uusi";
pub const STAFF_REQUEST_PATH: &str = "/henkilosto/pyynnot";
/// A copy of personal data (GDPR Art. 15(3)) by its request's reference: the customer's
/// (`<this>/<reference>`, and the package at `<this>/<reference>/paketti`) and the one
/// staff review (recordings at `<staff>/<reference>/tallenteet/<id>`).
pub const COPY_PATH: &str = "/oma/kopiot";
pub const STAFF_COPY_PATH: &str = "/henkilosto/kopiot";

// Routes outside Leptos (files, downloads, the language switch).
/// Where the language form posts.
pub const LANG_PATH: &str = "/kieli";
/// Where the portal publishes the schema.
pub const SCHEMA_PATH: &str = "/schema/tietoni-export-v1.json";
/// The record of processing activities as JSON (`?kieli=fi|sv|en`), for the DPO.
pub const RECORD_JSON_PATH: &str = "/henkilosto/seloste.json";
pub const DPA_SUMMARY_PATH: &str = "/oma/tietosuojavaltuutettu/yhteenveto.txt";
/// The download itself (an axum route, streamed).
pub const DOWNLOAD_PATH: &str = "/oma/vienti/lataa";
/// Call recordings are served under this path with the recording id.
pub const RECORDING_PATH: &str = "/oma/tallenteet";
/// Strong electronic identification: the link that sends the visitor to the provider
/// (`?vahvista=1` to confirm the signed-in customer), and where the provider sends them
/// back.
pub const EID_START_PATH: &str = "/tunnistaudu";
pub const EID_RETURN_PATH: &str = "/tunnistaudu/paluu";

/// The page paths the router must have (for the test that checks them).
pub const PAGES: &[&str] = &[
    ACTIVATE_PATH,
    STAFF_PATH,
    AUDIT_LOG_PATH,
    STAFF_ACCOUNTS_PATH,
    STAFF_RETENTION_PATH,
    STAFF_BREACHES_PATH,
    STAFF_DISCLOSURES_PATH,
    STAFF_RECORD_PATH,
    STAFF_FEEDBACK_PATH,
    STAFF_INTAKE_PATH,
    OVERVIEW_PATH,
    SESSIONS_PATH,
    SIGN_IN_PATH,
    ENROL_PATH,
    SECOND_FACTOR_PATH,
    ACCOUNT_PATH,
    SECOND_FACTOR_SETTINGS_PATH,
    CONSENTS_PATH,
    REQUESTS_PATH,
    CHANGE_PATH,
    MY_DATA_PATH,
    DPA_PATH,
    EXPORT_PATH,
    STATEMENT_PATH,
    FORGOT_PATH,
    RESET_PATH,
    EMAIL_CONFIRM_PATH,
    REAUTH_PATH,
    PUBLIC_REQUEST_PATH,
    PUBLIC_STATUS_PATH,
    PUBLIC_CONFIRM_PATH,
];

/// Where a user lands after signing in: customers on their own page, staff in the
/// staff workspace.
pub fn home_path(role: crate::domain::Role) -> &'static str {
    if role.is_staff() {
        STAFF_PATH
    } else {
        ACCOUNT_PATH
    }
}

/// The pages that hold an island (interactive code in the browser). Only these load the
/// WebAssembly and its JavaScript; every other page is HTML and CSS alone.
pub const ISLAND_PAGES: &[&str] = &[CONSENTS_PATH];
