//! `healthfeed query`: full-text search with filters, printed as a table, JSON or CSV.

use std::path::PathBuf;

use super::Outcome;
use crate::config::Config;
use crate::store::{Query, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words to find, Chinese or English (all must match). Omit to list by date.
    #[arg(value_name = "TEXT")]
    text: Option<String>,
    /// Only documents with this tag (repeatable: all must match).
    #[arg(long = "tag", value_name = "T")]
    tags: Vec<String>,
    /// Only documents about this region (GB/T 2260 code, Chinese or English name).
    #[arg(long, value_name = "R")]
    region: Option<String>,
    /// Published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Published on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Include documents that are not health policy.
    #[arg(long)]
    all: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Database file (default: the config's paths.database).
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

pub fn run(config: Config, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(&super::database_path(&config, args.db))?;
    let hits = store.query(&Query {
        text: args.text,
        tags: args.tags,
        region: args.region,
        since: args.since,
        until: args.until,
        all: args.all,
        limit: args.limit,
    })?;
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&hits)?),
        Format::Csv => {
            let mut out = csv::Writer::from_writer(std::io::stdout());
            out.write_record([
                "id",
                "published",
                "lang",
                "policy",
                "score",
                "tags",
                "regions",
                "title",
                "source_path",
            ])?;
            for hit in &hits {
                out.write_record([
                    hit.id.to_string(),
                    hit.published.clone().unwrap_or_default(),
                    hit.lang.clone(),
                    u8::from(hit.health_policy).to_string(),
                    format!("{:.3}", hit.health_score),
                    hit.tags.join(";"),
                    hit.regions.join(";"),
                    hit.title.clone().unwrap_or_default(),
                    hit.source_path.clone(),
                ])?;
            }
            out.flush()?;
        }
        Format::Table => {
            for hit in &hits {
                println!(
                    "{:>6}  {:10}  {:2}  {:.2}  {}  [{}]",
                    hit.id,
                    hit.published.as_deref().unwrap_or("-"),
                    hit.lang,
                    hit.health_score,
                    hit.title.as_deref().unwrap_or("(untitled)"),
                    hit.tags.join(", ")
                );
            }
            println!("{} result(s)", hits.len());
        }
    }
    Ok(if hits.is_empty() {
        Outcome::Partial
    } else {
        Outcome::Success
    })
}
