use crate::helpers::spawn_app;

const CATEGORY_TITLES_FI: [&str; 12] = [
    "Perustiedot",
    "Tehtävä yritysasiakkaan palveluksessa",
    "Sopimukset, tilaukset ja palvelut",
    "Laskutus ja perintä",
    "IP-osoitteet",
    "Muut antamasi tiedot",
    "Suoramarkkinointiluvat ja -kiellot",
    "Palveluiden estotiedot",
    "Teletunnistetiedot",
    "Asiakaspalvelupuheluiden tallenteet",
    "Tietojen muutoshistoria",
    "Tietoni-palvelun tiedot",
];

#[tokio::test]
async fn the_landing_page_is_finnish_by_default_and_shows_the_whole_register() {
    let app = spawn_app().await;
    let (status, html) = app.get_html("/").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="fi""#), "{}", &html[..200.min(html.len())]);
    assert!(html.contains("<title>Tietoni – ElmoNetin tietosuojapalvelu</title>"));
    for title in CATEGORY_TITLES_FI {
        assert!(html.contains(title), "missing category {title}");
    }
    for text in [
        "ElmoNet Oy",
        "0215655-1",
        "Honkalantie 1, 34600 Ruovesi",
        "Jari Liski",
        "tietosuoja@elmonet.fi",
        "Tietosuojavaltuutetun toimisto",
        "25.5.2018",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    // The processing information of a category comes from the register file.
    assert!(html.contains("Kirjanpitolaki (1336/1997)"));
    assert!(html.contains("Väestötietojärjestelmä"));
    assert_eq!(html.matches("<h1").count(), 1);
}

#[tokio::test]
async fn accept_language_chooses_swedish_or_english() {
    let app = spawn_app().await;
    let html = app
        .client
        .get(app.url("/"))
        .header("Accept-Language", "sv-FI,sv;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="sv""#));
    assert!(html.contains("Förmedlingsuppgifter"));
    assert!(html.contains("Dataombudsmannens byrå"));
    let html =
        app.client.get(app.url("/")).header("Accept-Language", "en-GB").send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains("Traffic data"));
    assert!(html.contains("25 May 2018"));
}

#[tokio::test]
async fn the_language_switch_sets_a_cookie_and_returns_to_the_page() {
    let app = spawn_app().await;
    let res = app.client.post(app.url("/kieli")).form(&[("lang", "en"), ("next", "/?x=1")]).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/?x=1");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("tietoni_lang=en;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"));
    // The client keeps the cookie, and it wins over Accept-Language.
    let html = app.client.get(app.url("/")).header("Accept-Language", "sv").send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains(r#"aria-pressed="true""#));
}

#[tokio::test]
async fn the_language_switch_never_redirects_off_site() {
    let app = spawn_app().await;
    for next in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
        let res = app.client.post(app.url("/kieli")).form(&[("lang", "sv"), ("next", next)]).send().await.unwrap();
        assert_eq!(res.headers()["location"], "/", "{next}");
    }
    let res = app.client.post(app.url("/kieli")).form(&[("lang", "de"), ("next", "/")]).send().await.unwrap();
    assert!(res.headers().get("set-cookie").is_none());
}

#[tokio::test]
async fn an_unknown_page_is_a_translated_404() {
    let app = spawn_app().await;
    let (status, html) = app.get_html("/ei-ole").await;
    assert_eq!(status, 404);
    assert!(html.contains("Sivua ei löytynyt"));
}

/// Bytes on the wire (issue #19): a page without personal data goes compressed to a
/// browser that accepts brotli or gzip (and says it varies by that); a page with
/// personal data does not (`no-store` pages are never compressed, so no compressed
/// length can tell a secret), nor does anything to a client that accepts neither.
#[tokio::test]
async fn public_pages_go_compressed_and_pages_with_personal_data_do_not() {
    let app = spawn_app().await;
    let plain = app.client.get(app.url("/")).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain_len = plain.bytes().await.unwrap().len();
    for encoding in ["br", "gzip"] {
        let res = app.client.get(app.url("/")).header("accept-encoding", encoding).send().await.unwrap();
        assert_eq!(res.headers()["content-encoding"], encoding);
        assert!(res.headers()["vary"].to_str().unwrap().to_lowercase().contains("accept-encoding"));
        let len = res.bytes().await.unwrap().len();
        assert!(len * 3 < plain_len, "{encoding}: {len} of {plain_len} bytes");
    }
    let maija = crate::helpers::browser();
    app.sign_in_with(&maija, app::ssr::seed::DEMO_PRIVATE_EMAIL, app::ssr::seed::DEMO_PRIVATE_PASSWORD).await;
    let res = maija.get(app.url("/oma/tiedot")).header("accept-encoding", "br, gzip").send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert!(res.headers().get("content-encoding").is_none(), "a page with personal data went compressed");
}
