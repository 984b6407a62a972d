//! The command line: argument definitions (their `///` text is the `--help` users
//! read) and one function per subcommand, each in its own file.

mod eval;
mod ingest;
mod inspect;
mod learn;
mod query;
mod reprocess;
mod run;
mod stats;

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::telemetry::LogFormat;

/// healthfeed: turns scraped web pages into a clean, tagged, searchable SQLite database
/// of health-policy news.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    /// Config file (default: $HEALTHFEED_CONFIG, then /etc/healthfeed/healthfeed.toml,
    /// then built-in defaults).
    #[arg(long, short = 'c', global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Log line format on stderr: auto (JSON unless stderr is a terminal), json or text.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Auto)]
    pub log_format: LogFormat,

    /// More log detail (-v debug, -vv trace). HEALTHFEED_LOG overrides.
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the daemon: watch the inbox (and feeds) and ingest every page dropped in.
    Run(run::Args),
    /// Ingest files and folders (recursively) once, then exit.
    Ingest(ingest::Args),
    /// Decode, clean and classify one file and print the result; touches no database.
    Inspect(inspect::Args),
    /// Search stored documents (Chinese and English full text, tags, regions, dates).
    Query(query::Args),
    /// Counts by tag, language, region and day.
    Stats(stats::Args),
    /// Score the cleaner and classifier against a labeled corpus.
    Eval(eval::Args),
    /// Re-run cleaning and classification over stored documents with the current rules.
    Reprocess(reprocess::Args),
    /// Train the learned line model on labeled corpora and write its file.
    Learn(learn::Args),
}

/// How a command ended, when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// A query found nothing, or some inputs of an ingest failed.
    Partial,
}

impl Outcome {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Partial => 1,
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let config = Config::discover(cli.config.as_deref()).context("loading configuration")?;
    match cli.command {
        Command::Run(args) => run::run(config, args),
        Command::Ingest(args) => ingest::run(config, args),
        Command::Inspect(args) => inspect::run(config, args),
        Command::Query(args) => query::run(config, args),
        Command::Stats(args) => stats::run(config, args),
        Command::Eval(args) => eval::run(config, args, cli.verbose > 0),
        Command::Reprocess(args) => reprocess::run(config, args),
        Command::Learn(args) => learn::run(config, args),
    }
}

/// The database path: `--db` if given, else the config's.
fn database_path(config: &Config, db: Option<PathBuf>) -> PathBuf {
    db.unwrap_or_else(|| config.paths.database.clone())
}
