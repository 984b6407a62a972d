//! `healthfeed run`: the daemon, on a multi-threaded tokio runtime, until SIGTERM/SIGINT.

use super::Outcome;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(config: Config, _args: Args) -> anyhow::Result<Outcome> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(crate::daemon::run(config, crate::daemon::shutdown_signal()))?;
    Ok(Outcome::Success)
}
