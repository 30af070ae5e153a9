//! Rebuilds the server when a migration is added or changed: `sqlx::migrate!` embeds the
//! migration files at compile time, and on stable Rust the compiler does not track them
//! (what `sqlx migrate build-script` writes).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
