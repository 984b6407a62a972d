//! `healthfeed reprocess`: re-cleans and re-classifies stored documents from their raw input.

use std::path::PathBuf;

use super::Outcome;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Database file (default: the config's paths.database).
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

pub fn run(_config: Config, _args: Args) -> anyhow::Result<Outcome> {
    anyhow::bail!("reprocess is not available yet in this build")
}
