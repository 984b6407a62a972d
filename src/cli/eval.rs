//! `healthfeed eval DIR`: scores the cleaner and classifier against a labeled corpus.

use std::path::PathBuf;

use super::Outcome;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The corpus folder (documents with gold files beside them).
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

pub fn run(_config: Config, args: Args) -> anyhow::Result<Outcome> {
    anyhow::bail!(
        "eval is not available yet in this build (corpus {})",
        args.dir.display()
    )
}
