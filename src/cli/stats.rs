//! `healthfeed stats`: what the database holds — totals, and documents by tag,
//! language, region, source, month and day, each with its health-policy share.

use std::io::Write;
use std::path::PathBuf;

use super::Outcome;
use crate::config::Config;
use crate::store::Count;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Database file (default: the config's paths.database).
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
    /// Print JSON instead of text (every day and month, not only the latest).
    #[arg(long)]
    json: bool,
}

/// Days and months shown in the text report; `--json` has them all.
const RECENT: usize = 30;

fn section(out: &mut impl Write, title: &str, rows: &[Count], limit: usize) -> std::io::Result<()> {
    writeln!(out, "\n{:>11}  {:>6}  {title}", "documents", "policy")?;
    if rows.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for row in rows.iter().take(limit) {
        writeln!(
            out,
            "{:>11}  {:>6}  {}",
            row.documents, row.health_policy, row.key
        )?;
    }
    if rows.len() > limit {
        writeln!(out, "  … {} more (see --json)", rows.len() - limit)?;
    }
    Ok(())
}

pub fn run(config: Config, args: Args) -> anyhow::Result<Outcome> {
    let store = super::query::open_existing(&super::database_path(&config, args.db))?;
    let stats = store.stats()?;
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?;
        return Ok(Outcome::Success);
    }
    writeln!(
        out,
        "documents: {} ({} health policy, {} not); {} undated; {} sources; {} origins",
        stats.documents,
        stats.health_policy,
        stats.not_health_policy,
        stats.undated,
        stats.sources,
        stats.origins
    )?;
    if let (Some(first), Some(last)) = (&stats.first_published, &stats.last_published) {
        writeln!(out, "published: {first} to {last}")?;
    }
    section(&mut out, "tag", &stats.by_tag, usize::MAX)?;
    section(&mut out, "language", &stats.by_lang, usize::MAX)?;
    let regions: Vec<Count> = stats
        .by_region
        .iter()
        .map(|r| Count {
            key: format!("{} {}", r.code, r.name),
            documents: r.documents,
            health_policy: r.health_policy,
        })
        .collect();
    section(&mut out, "region", &regions, 50)?;
    section(&mut out, "source", &stats.by_source, 50)?;
    section(&mut out, "cleaning rule (documents)", &stats.by_rule, 50)?;
    section(
        &mut out,
        "cleaner / classifier version",
        &stats.by_version,
        10,
    )?;
    section(&mut out, "month", &stats.by_month, RECENT)?;
    section(&mut out, "day", &stats.by_day, RECENT)?;
    out.flush()?;
    Ok(Outcome::Success)
}
