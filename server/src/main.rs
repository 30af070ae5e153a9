//! The `tietoni` binary: see `server::cli` for its subcommands.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::cli::run().await
}
