//! `healthfeed stats`: what the database holds.

use std::path::PathBuf;

use super::Outcome;
use crate::config::Config;
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Database file (default: the config's paths.database).
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(config: Config, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(&super::database_path(&config, args.db))?;
    let stats = store.stats()?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
        return Ok(Outcome::Success);
    }
    println!(
        "documents: {} ({} health policy)",
        stats.documents, stats.health_policy
    );
    for (title, rows) in [
        ("by tag", &stats.by_tag),
        ("by language", &stats.by_lang),
        ("by region", &stats.by_region),
        ("by day", &stats.by_day),
    ] {
        println!("\n{title}:");
        for (name, count) in rows {
            println!("  {count:>7}  {name}");
        }
    }
    Ok(Outcome::Success)
}
