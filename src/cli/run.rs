//! `healthfeed run`: the daemon, on a multi-threaded tokio runtime, until SIGTERM or
//! SIGINT. A resource error (database unwritable, inbox gone) ends it with exit code 2,
//! so that systemd's `Restart=on-failure` starts it again.

use anyhow::Context;

use super::Outcome;
use crate::config::Config;

/// `healthfeed run` takes only the global options (`--config`, `--log-format`, `-v`).
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs the daemon until SIGTERM/SIGINT; an error means a resource problem.
pub fn run(config: Config, _args: Args) -> anyhow::Result<Outcome> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("healthfeed")
        .build()
        .context("cannot start the async runtime")?;
    let result = runtime.block_on(crate::daemon::run(config, crate::daemon::shutdown_signal()));
    // Workers blocked on a slow file must not hold the exit past systemd's stop timeout.
    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
    result.context("the daemon stopped")?;
    Ok(Outcome::Success)
}
