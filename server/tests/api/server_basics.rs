use crate::helpers::{every_backend, seed_small, spawn_app, spawn_app_on};

#[tokio::test]
async fn health_answers_ok_on_every_backend() {
    for db in every_backend().await {
        let backend = db.backend();
        let app = spawn_app_on(db).await;
        let res = app.client.get(app.url("/healthz")).send().await.unwrap();
        assert_eq!(res.status(), 200, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
    }
}

#[tokio::test]
async fn health_reports_unavailable_when_the_database_is_gone() {
    let app = spawn_app().await;
    app.db.close().await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 503);
    // Alive all the same: a supervisor must not restart it for the database's sake.
    let res = app.client.get(app.url("/livez")).send().await.unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/healthz", "/no-such-page"] {
        let res = app.client.get(app.url(path)).send().await.unwrap();
        let h = res.headers();
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
    }
}

#[tokio::test]
async fn a_cross_site_post_is_refused() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/kieli"))
        .header("Origin", "https://evil.example")
        .form(&[("lang", "en"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(res.headers().get("set-cookie").is_none());

    let res = app
        .client
        .post(app.url("/kieli"))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[("lang", "en"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn the_server_serves_pages_on_postgres_too() {
    let Some(db) = crate::helpers::fresh_postgres().await else {
        return;
    };
    seed_small(&db).await;
    let app = spawn_app_on(db).await;
    let (status, html) = app.get_html("/").await;
    assert_eq!(status, 200);
    assert!(html.contains("ElmoNet Oy"));
}

/// Every page path named in `app::paths` is a route the router has.
#[test]
fn every_page_path_is_a_route_of_the_router() {
    let routes: Vec<String> = leptos_axum::generate_route_list(app::App).iter().map(|r| r.path().to_owned()).collect();
    for path in app::paths::PAGES {
        assert!(routes.iter().any(|r| r == path), "{path} is not a route: {routes:?}");
    }
}

/// The Nu HTML checker refused `aria-describedby=""` (an empty reference list) on inputs
/// and fieldsets: the attribute is written only when it points to something.
#[tokio::test]
async fn no_page_has_an_empty_aria_describedby() {
    let app = crate::helpers::spawn_app().await;
    let anonymous = crate::helpers::browser();
    let maija = crate::helpers::browser();
    app.sign_in_with(&maija, app::ssr::seed::DEMO_PRIVATE_EMAIL, app::ssr::seed::DEMO_PRIVATE_PASSWORD).await;
    let mut pages: Vec<(&reqwest::Client, String)> =
        ["/", "/kirjaudu", "/aktivoi", "/salasana/unohtui", "/saavutettavuus"]
            .into_iter()
            .map(|p| (&anonymous, p.to_owned()))
            .collect();
    for path in ["/oma", "/oma/tiedot", "/oma/luvat", "/oma/salasana", "/oma/kaksivaihe", "/istunnot", "/oma/pyynnot"] {
        pages.push((&maija, path.to_owned()));
    }
    for kind in ["oikaisu", "poisto", "rajoitus", "vastustus", "kopio", "kysymys", "valitus"] {
        pages.push((&maija, format!("/oma/pyynnot/uusi/{kind}")));
    }
    for (client, path) in pages {
        let res = client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        let html = res.text().await.unwrap();
        assert!(!html.contains("aria-describedby=\"\""), "{path} has an empty aria-describedby");
    }
}
