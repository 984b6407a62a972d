//! The daemon: wiring only. Sources feed a bounded queue, worker tasks run the pure
//! pipeline, one writer task owns the SQLite connection and commits in batches; after
//! a commit, input files are moved out of the inbox. Shutdown is a future passed in,
//! so tests drive it directly.

use std::future::Future;

use crate::config::Config;

/// Runs until `shutdown` completes.
pub async fn run(_config: Config, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    shutdown.await;
    anyhow::bail!("the daemon is not available yet in this build")
}

/// Completes on SIGTERM or SIGINT.
pub async fn shutdown_signal() {
    let _ = tokio::signal::ctrl_c().await;
}
