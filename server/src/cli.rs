//! Command line: `tietoni [serve]`, `tietoni migrate`, `tietoni seed`,
//! `tietoni activation-code`, `tietoni create-staff`, `tietoni audit verify`. Every command reads the same settings (see `config`).

use crate::config::Settings;
use crate::startup::{as_owner, connect_and_migrate, Application};
use crate::telemetry;
use app::domain::EmailAddress;
use app::ssr::seed::{seed, SeedOptions};
use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "tietoni", version, about = "Tietoni privacy portal")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the portal (the default).
    Serve {
        /// Load the demo register first if it is not there yet.
        #[arg(long)]
        seed_demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// PostgreSQL: give the app's role (DATABASE_URL's user) what it needs and no more,
    /// as the schema's owner (TIETONI_MIGRATION_DATABASE_URL): no UPDATE, DELETE or
    /// TRUNCATE on the audit log.
    GrantAppRole {
        /// The app's role, e.g. tietoni_app.
        #[arg(long)]
        role: String,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Retention of the register's data (privacy notice §10).
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
    /// Print the page routes of the app as JSON (the end2end suite visits each).
    Routes,
    /// Print the JSON Schema of the portability package (the committed copy is
    /// public/schema/tietoni-export-v1.json; a test keeps them equal).
    ExportSchema,
    /// Load demo and synthetic data (does nothing when the demo accounts exist).
    Seed {
        /// Synthetic customers besides the two demo customers.
        #[arg(long, default_value_t = 50)]
        customers: u32,
        /// Traffic records for the demo customer Maija.
        #[arg(long, default_value_t = 5_000)]
        demo_traffic: u32,
        /// Traffic records for every other customer.
        #[arg(long, default_value_t = 200)]
        traffic_per_customer: u32,
        /// Seed of the random generator, for reproducible data.
        #[arg(long, default_value_t = 20180525)]
        rng_seed: u64,
    },
    /// Issue a new activation code for a register customer (voiding older ones), write
    /// the activation letter to the outbox, and print the code. In production the
    /// letter goes to print or SMS; here it is a text file.
    ActivationCode {
        /// The customer number, e.g. 100003.
        customer_number: String,
    },
    /// Print the customer numbers whose data may be processed for a purpose now, one per
    /// line: every list for marketing, statistics or analysis is made with this, so
    /// restrictions (GDPR Art. 18), upheld objections (Art. 21(1)) and direct-marketing
    /// prohibitions are honoured. Each selection is recorded in the audit log (purpose
    /// and count, no customer data).
    Select {
        /// A purpose of the register (privacy notice §4), e.g. business_planning.
        #[arg(long)]
        purpose: String,
        /// For a marketing list: the consent purpose (direct_marketing,
        /// distance_selling, market_research, partner_marketing, digital_advertising);
        /// then --channel is needed and only customers who gave consent are selected.
        #[arg(long, requires = "channel")]
        consent: Option<String>,
        /// The channel of a marketing list: email, sms, phone, letter, digital_ads,
        /// partner.
        #[arg(long, requires = "consent")]
        channel: Option<String>,
    },
    /// Create a personal staff account. The password is read from the environment
    /// variable TIETONI_STAFF_PASSWORD, never from the command line (it would be
    /// visible in the process list and shell history).
    CreateStaff {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_enum)]
        role: StaffRole,
    },
}

#[derive(Subcommand)]
enum RetentionCommand {
    /// Delete what is past its retention period, rule by rule, in batches; holds (open
    /// requests, restrictions, open debt collection) keep records back. Prints and
    /// records a report per rule; fails when another instance is running it. With
    /// TIETONI_MIGRATION_DATABASE_URL it runs as the schema's owner, and on PostgreSQL
    /// drops whole months of traffic data instead of deleting their rows.
    Run {
        /// Count what is due and report it, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the audit log's hash chain and name the first broken row; exits 1 when
    /// the chain is broken. With `audit_signing_key` set, the checkpoints of removed
    /// rows must be signed by that key.
    Verify,
    /// Remove the audit rows past the register's `portal_audit_log` period, oldest
    /// first, each batch under a checkpoint signed with `audit_signing_key`. Runs as the
    /// schema's owner (`TIETONI_MIGRATION_DATABASE_URL`) when set: the app's own role
    /// may not delete audit rows.
    Prune {
        /// Count what is due and report it, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Make a new signing key: prints the seed to keep secret (the setting
    /// `audit_signing_key`) and its public key to give an auditor.
    Key,
}

#[derive(Clone, Copy, ValueEnum)]
enum StaffRole {
    CustomerService,
    Dpo,
}

pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("invalid settings: {e}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(settings.log_format);
    tracing::info!(settings = ?settings, "starting");
    if !settings.secure_cookies {
        tracing::warn!(
            "secure_cookies=false: cookies are not Secure and no HSTS is sent; for plain-HTTP local use only"
        );
    }
    match execute(cli.command.unwrap_or(Command::Serve { seed_demo: false }), settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "failed");
            ExitCode::FAILURE
        }
    }
}

async fn execute(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve { seed_demo } => {
            let db = connect_and_migrate(&settings).await?;
            if seed_demo {
                let report = seed(&db, &SeedOptions::default()).await?;
                tracing::info!(?report, "demo data");
            }
            let app = Application::build_with_db(settings, db).await?;
            app.run_until_stopped(shutdown_signal()).await
        }
        Command::Migrate => connect_and_migrate(&settings).await.map(|_| ()),
        Command::GrantAppRole { role } => {
            let owner_url = settings
                .migration_database_url
                .clone()
                .ok_or_else(|| anyhow::anyhow!("set TIETONI_MIGRATION_DATABASE_URL to the schema owner's URL"))?;
            let owner = app::ssr::db::Db::connect(&owner_url, 1).await?;
            crate::startup::migrate(&owner).await?;
            crate::startup::grant_app_role(&owner, &role).await?;
            owner.close().await;
            println!("granted {role} what the app needs; the audit log only INSERT and SELECT");
            Ok(())
        }
        Command::Audit { command: AuditCommand::Key } => {
            let (key, seed) = app::ssr::audit_checkpoint::AuditKey::generate();
            println!("TIETONI_AUDIT_SIGNING_KEY={seed}");
            println!("public key: {}", key.public_hex());
            Ok(())
        }
        Command::Audit { command: AuditCommand::Prune { dry_run } } => {
            let key = settings.audit_key().map_err(|e| anyhow::anyhow!(e))?;
            let register = crate::startup::load_register(&settings)?;
            let db = as_owner(&settings).await?;
            use app::ssr::retention::audit_log::{prune, PruneOptions};
            let r =
                prune(&db, &register, key.as_ref(), chrono::Utc::now(), PruneOptions { dry_run, ..Default::default() })
                    .await?;
            let cutoff = r.cutoff.map(|c| c.to_rfc3339()).unwrap_or_else(|| "-".into());
            println!(
                "{}\tcutoff={cutoff}\tdue={}\tdeleted={}\theld={}\t{}\t{}",
                r.category,
                r.due,
                r.deleted,
                r.held_back,
                r.holds.unwrap_or_default(),
                r.note.unwrap_or_default()
            );
            Ok(())
        }
        Command::Audit { command: AuditCommand::Verify } => {
            let db = connect_and_migrate(&settings).await?;
            let key = settings.audit_key().map_err(|e| anyhow::anyhow!(e))?;
            let trusted = key.map(|k| k.public_hex());
            let report = app::ssr::audit::verify_with_key(&db, trusted.as_deref()).await?;
            println!(
                "audit log: {} rows chained, {} from before the chain began, {} removed under signed checkpoints",
                report.chained, report.before_chain, report.removed
            );
            match report.first_broken {
                None => {
                    println!("the chain is intact");
                    Ok(())
                }
                Some((id, what)) => {
                    println!("BROKEN at row {id}: {what}");
                    Err(anyhow::anyhow!("the audit log's chain is broken at row {id}"))
                }
            }
        }
        Command::ExportSchema => {
            let register = crate::startup::load_register(&settings)?;
            println!("{}", serde_json::to_string_pretty(&app::ssr::export::schema(&register))?);
            Ok(())
        }
        Command::Routes => {
            let paths: Vec<String> =
                leptos_axum::generate_route_list(app::App).iter().map(|r| r.path().to_owned()).collect();
            println!("{}", serde_json::to_string(&paths)?);
            Ok(())
        }
        Command::Seed { customers, demo_traffic, traffic_per_customer, rng_seed } => {
            let db = connect_and_migrate(&settings).await?;
            let started = std::time::Instant::now();
            let opts =
                SeedOptions { customers, demo_traffic, traffic_per_customer, rng_seed, ..SeedOptions::default() };
            let report = seed(&db, &opts).await?;
            tracing::info!(?report, elapsed_ms = started.elapsed().as_millis() as u64, "seeded");
            Ok(())
        }
        Command::ActivationCode { customer_number } => {
            let db = connect_and_migrate(&settings).await?;
            let code = crate::letters::activation(&db, &settings, &customer_number).await?;
            println!("{code}");
            Ok(())
        }
        Command::Retention { command: RetentionCommand::Run { dry_run } } => {
            let register = crate::startup::load_register(&settings)?;
            // As the owner, the run may drop whole months of traffic (PostgreSQL).
            let db = as_owner(&settings).await?;
            let options = app::ssr::retention::RunOptions { dry_run, ..Default::default() };
            let reports = app::ssr::retention::run(&db, &register, chrono::Utc::now(), options).await?;
            for r in reports {
                let cutoff = r.cutoff.map(|c| c.to_rfc3339()).unwrap_or_else(|| "-".into());
                println!(
                    "{}\t{}\tcutoff={cutoff}\tdue={}\tdeleted={}\theld={}\t{}",
                    r.category,
                    r.rule,
                    r.due,
                    r.deleted,
                    r.held_back,
                    r.note.unwrap_or_default()
                );
            }
            Ok(())
        }
        Command::Select { purpose, consent, channel } => {
            let register = crate::startup::load_register(&settings)?;
            let db = connect_and_migrate(&settings).await?;
            let selected = match (consent, channel) {
                (Some(consent), Some(channel)) => {
                    let consent: app::domain::ConsentPurpose =
                        consent.parse().map_err(|_| anyhow::anyhow!("unknown consent purpose {consent}"))?;
                    let channel: app::domain::ConsentChannel =
                        channel.parse().map_err(|_| anyhow::anyhow!("unknown channel {channel}"))?;
                    if !consent.channels().contains(&channel) {
                        anyhow::bail!("{} is not given for {}", consent.as_str(), channel.as_str());
                    }
                    if register.purpose(&purpose).is_none_or(|p| !p.direct_marketing) {
                        anyhow::bail!(
                            "a consent list belongs to the register's direct-marketing purpose, not {purpose}"
                        );
                    }
                    app::ssr::selections::marketing_audience(&db, consent, channel).await?
                }
                _ => app::ssr::selections::for_purpose(&db, &register, &purpose).await?,
            };
            let detail = format!("{purpose}/{}", selected.len());
            let entry =
                app::ssr::audit::Entry::new(app::ssr::audit::Actor::System, None, "selection_made").detail(&detail);
            app::ssr::audit::record(&db, entry).await?;
            for number in selected {
                println!("{number}");
            }
            Ok(())
        }
        Command::CreateStaff { email, name, role } => {
            let email = EmailAddress::parse(&email).map_err(|e| anyhow::anyhow!("email: {e}"))?;
            let password =
                std::env::var("TIETONI_STAFF_PASSWORD").map_err(|_| anyhow::anyhow!("set TIETONI_STAFF_PASSWORD"))?;
            app::ssr::password_policy::check(&password, &[email.as_ref(), &name])
                .map_err(|e| anyhow::anyhow!("password refused: {e}"))?;
            let db = connect_and_migrate(&settings).await?;
            let role = match role {
                StaffRole::CustomerService => "customer_service",
                StaffRole::Dpo => "dpo",
            };
            let (id, secret) = app::ssr::accounts::create_staff(&db, &email, &name, role, password).await?;
            tracing::info!(account_id = id, role, "staff account created");
            // Printed once, to stdout only (never logged), for the staff member's app.
            let url = app::ssr::second_factor::otpauth_url(&secret, email.as_ref()).unwrap_or_default();
            println!("Second factor (TOTP) secret: {}\n{url}", app::ssr::second_factor::grouped(&secret));
            Ok(())
        }
    }
}

/// Completes on SIGTERM (how service managers stop us) or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
