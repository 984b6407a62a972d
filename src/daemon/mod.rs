//! The daemon: wiring only. A scanner task feeds file paths into a bounded queue,
//! worker threads run the pure pipeline on each file, and one writer task owns the
//! SQLite connection for documents, commits in batches and only then moves each file
//! out of the inbox (feed tasks save their pollers' small state through a connection
//! of their own). Shutdown is a future passed in ([`run`]), so tests drive it directly.
//!
//! ```text
//! feeds ──► inbox/feeds/*.json (safe drop); their state ──► feed_state (own connection)
//! notify events ─┐                 bounded            bounded
//! periodic scan ─┴─ scan ──► jobs (paths) ──► N workers ──► done (records) ──► write
//!                                        read + decode/clean/classify     commit, then move
//! ```
//!
//! A file is the unit of work: all of its documents are committed in one transaction,
//! or the whole file is quarantined. Paths are claimed in an in-flight set when queued
//! and released only after their file has left the inbox, so no file is queued twice.
//! Memory stays bounded under any backlog: the queues are bounded, each worker holds
//! one file, and only files still being written are remembered between scans.
//!
//! What this module deliberately does not do: read file formats (see
//! [`crate::source`]), judge content (see [`crate::pipeline`]) or write SQL (see
//! [`crate::store`]).

mod feeds;
mod scan;
mod systemd;
mod work;
mod write;

use std::collections::HashSet;
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::config::{Compiled, Config, ConfigError};
use crate::source::folder::{FolderError, Inbox};
use crate::store::{Store, StoreError};

/// Why the daemon stopped with an error. All of these are resource errors: the
/// service manager should restart the daemon once the cause is fixed.
#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error("cannot load the cleaning rules or lexicons")]
    Config(#[from] ConfigError),
    #[error("inbox problem")]
    Folder(#[from] FolderError),
    #[error("database problem")]
    Store(#[from] StoreError),
    #[error("cannot create the database folder {path}")]
    DatabaseFolder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the {task} task failed")]
    Task {
        task: &'static str,
        #[source]
        source: tokio::task::JoinError,
    },
}

/// How long shutdown waits for files in flight before leaving them for the next start.
const DRAIN_LIMIT: std::time::Duration = std::time::Duration::from_secs(7);

/// What a daemon run did, for the final log line and for tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents stored as new rows.
    pub ingested: u64,
    /// Documents whose content was already stored.
    pub duplicates: u64,
    /// Files moved to quarantine.
    pub quarantined: u64,
    /// Files that left the inbox (processed, deleted or quarantined).
    pub files: u64,
}

/// State the tasks share. Everything in it is small: paths and counters.
struct Shared {
    /// Files queued or being processed; released once the file has left the inbox.
    in_flight: Mutex<HashSet<PathBuf>>,
    /// The current rules and lexicons; replaced on SIGHUP.
    compiled: RwLock<Arc<Compiled>>,
    ingested: AtomicU64,
    duplicates: AtomicU64,
    quarantined: AtomicU64,
    files: AtomicU64,
    /// Milliseconds since `started` at which the scanner last went round its loop;
    /// the watchdog is only fed while this is fresh.
    scanner_beat: AtomicU64,
    started: Instant,
    /// Set once the start-up scan has been scheduled.
    ready: AtomicBool,
}

impl Shared {
    fn new(compiled: Compiled) -> Shared {
        Shared {
            in_flight: Mutex::new(HashSet::new()),
            compiled: RwLock::new(Arc::new(compiled)),
            ingested: AtomicU64::new(0),
            duplicates: AtomicU64::new(0),
            quarantined: AtomicU64::new(0),
            files: AtomicU64::new(0),
            scanner_beat: AtomicU64::new(0),
            started: Instant::now(),
            ready: AtomicBool::new(false),
        }
    }

    fn in_flight(&self) -> std::sync::MutexGuard<'_, HashSet<PathBuf>> {
        // A panic elsewhere cannot leave a set of paths half-updated in a harmful way.
        self.in_flight.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Claims a path for processing; false if it is already claimed.
    fn claim(&self, path: &std::path::Path) -> bool {
        self.in_flight().insert(path.to_path_buf())
    }

    fn release(&self, path: &std::path::Path) {
        self.in_flight().remove(path);
    }

    fn compiled(&self) -> Arc<Compiled> {
        self.compiled
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn beat(&self) {
        let ms = self.started.elapsed().as_millis() as u64;
        self.scanner_beat.store(ms, Ordering::Relaxed);
    }

    fn beat_age(&self) -> std::time::Duration {
        let now = self.started.elapsed().as_millis() as u64;
        std::time::Duration::from_millis(
            now.saturating_sub(self.scanner_beat.load(Ordering::Relaxed)),
        )
    }

    fn summary(&self) -> Summary {
        Summary {
            ingested: self.ingested.load(Ordering::Relaxed),
            duplicates: self.duplicates.load(Ordering::Relaxed),
            quarantined: self.quarantined.load(Ordering::Relaxed),
            files: self.files.load(Ordering::Relaxed),
        }
    }

    fn status(&self) -> String {
        let s = self.summary();
        format!(
            "ingested {}, duplicates {}, quarantined {}, in flight {}",
            s.ingested,
            s.duplicates,
            s.quarantined,
            self.in_flight().len()
        )
    }
}

/// Runs the daemon until `shutdown` completes or a resource error occurs.
///
/// Start-up creates the inbox (with its `.tmp/` staging folder), `processed/`,
/// `quarantine/` and the database, then ingests whatever the inbox already holds.
/// On shutdown, no new file is taken, files being processed are finished and
/// committed, and files still queued stay in the inbox for the next start.
pub async fn run(
    config: Config,
    shutdown: impl Future<Output = ()>,
) -> Result<Summary, DaemonError> {
    let compiled = config.compile()?;
    let inbox = Arc::new(Inbox::new(&config));
    inbox.create_folders()?;
    if let Some(parent) = config
        .paths
        .database
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|source| DaemonError::DatabaseFolder {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    let mut store = Store::open(&config.paths.database)?;
    let (gazetteer, text) = config.gazetteer()?;
    if let Some(rows) = store.sync_gazetteer(&gazetteer, &text)? {
        tracing::info!(
            file = gazetteer,
            rows,
            "loaded the gazetteer into the regions table"
        );
    }
    let workers = match config.pipeline.workers {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    tracing::info!(
        inbox = %inbox.root.display(),
        database = %config.paths.database.display(),
        workers,
        mode = ?config.watch.mode,
        "daemon starting"
    );

    let shared = Arc::new(Shared::new(compiled));
    let cancel = CancellationToken::new();
    let (job_tx, job_rx) = mpsc::channel(config.pipeline.queue_capacity);
    // Finished files carry their records: keep this queue short so memory follows the
    // number of workers, not the backlog.
    let (done_tx, done_rx) = mpsc::channel(workers.max(2));

    let mut tasks: JoinSet<(&'static str, Result<(), DaemonError>)> = JoinSet::new();
    let writer = write::Writer::new(store, inbox.clone(), shared.clone(), &config.pipeline);
    tasks.spawn(async move { ("writer", writer.run(done_rx).await) });

    let job_rx = Arc::new(Mutex::new(job_rx));
    let profiles = Arc::new(crate::pipeline::SiteProfiles::default());
    for _ in 0..workers {
        let worker = work::Worker {
            jobs: job_rx.clone(),
            done: done_tx.clone(),
            shared: shared.clone(),
            cancel: cancel.clone(),
            max_file_bytes: config.watch.max_file_bytes,
            profiles: profiles.clone(),
            database: config.paths.database.clone(),
            reader: None,
        };
        tasks.spawn_blocking(move || {
            worker.run();
            ("worker", Ok(()))
        });
    }
    // Only the workers hold these now: when they are gone, senders see it.
    drop(done_tx);
    drop(job_rx);

    let scanner = scan::Scanner::new(
        inbox.clone(),
        &config.watch,
        job_tx,
        shared.clone(),
        cancel.clone(),
    );
    tasks.spawn(async move { ("scanner", scanner.run().await) });
    if !config.feeds.is_empty() {
        let states = Arc::new(feeds::FeedStates::open(&config.paths.database)?);
        for feed in config.feeds.clone() {
            let task = feeds::poll(
                feed,
                inbox.clone(),
                config.watch.max_file_bytes,
                states.clone(),
                cancel.clone(),
            );
            tasks.spawn(async move { ("feed", task.await) });
        }
    }
    tokio::spawn(reload_on_hangup(config, shared.clone(), cancel.clone()));

    // READY once the start-up scan is under way: files already in the inbox are
    // being queued, and new ones will be seen.
    let mut first_error: Option<DaemonError> = None;
    tokio::pin!(shutdown);
    let mut ready_sent = false;
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(50));
    loop {
        tokio::select! {
            () = &mut shutdown => {
                tracing::info!("shutdown requested: finishing files in flight");
                break;
            }
            joined = tasks.join_next() => {
                let Some(joined) = joined else { break };
                if let Some(err) = task_error(joined) {
                    first_error = Some(err);
                    break;
                }
            }
            _ = tick.tick(), if !ready_sent => {
                if shared.ready.load(Ordering::Relaxed) {
                    ready_sent = true;
                    tracing::info!("ready: watching the inbox");
                    systemd::ready(&shared.status());
                }
            }
        }
    }
    cancel.cancel();
    systemd::stopping();
    let drain = async {
        while let Some(joined) = tasks.join_next().await {
            if let Some(err) = task_error(joined) {
                first_error.get_or_insert(err);
            }
        }
    };
    // systemd (and users) expect an exit within 10 s. A file still being processed
    // after this is abandoned: it stays in the inbox, and since nothing is moved before
    // its commit, the next start handles it as after a crash.
    if tokio::time::timeout(DRAIN_LIMIT, drain).await.is_err() {
        tracing::warn!(
            limit_secs = DRAIN_LIMIT.as_secs(),
            "files still in flight at the shutdown limit stay in the inbox"
        );
    }
    let summary = shared.summary();
    tracing::info!(
        ingested = summary.ingested,
        duplicates = summary.duplicates,
        quarantined = summary.quarantined,
        files = summary.files,
        "daemon stopped"
    );
    match first_error {
        Some(err) => Err(err),
        None => Ok(summary),
    }
}

fn task_error(
    joined: Result<(&'static str, Result<(), DaemonError>), tokio::task::JoinError>,
) -> Option<DaemonError> {
    match joined {
        Ok((_, Ok(()))) => None,
        Ok((task, Err(err))) => {
            tracing::error!(task, error = %format!("{err:#}"), "task stopped on an error");
            Some(err)
        }
        Err(source) => Some(DaemonError::Task {
            task: "daemon",
            source,
        }),
    }
}

/// On SIGHUP, re-reads the config file and recompiles the cleaning rules and lexicons;
/// if that fails, the old ones stay in use. Other settings (paths, queues) need a restart.
async fn reload_on_hangup(config: Config, shared: Arc<Shared>, cancel: CancellationToken) {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hangup = match signal(SignalKind::hangup()) {
        Ok(hangup) => hangup,
        Err(err) => {
            tracing::warn!(error = %err, "cannot listen for SIGHUP; reload needs a restart");
            return;
        }
    };
    loop {
        tokio::select! {
            () = cancel.cancelled() => return,
            received = hangup.recv() => if received.is_none() { return },
        }
        let reloaded = match &config.file {
            Some(path) => Config::load(path).and_then(|fresh| fresh.compile()),
            None => config.compile(),
        };
        match reloaded {
            Ok(compiled) => {
                tracing::info!(
                    cleaner = %compiled.versions.cleaner,
                    classifier = %compiled.versions.classifier,
                    "reloaded cleaning rules and lexicons"
                );
                *shared.compiled.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(compiled);
            }
            Err(err) => tracing::error!(
                error = %format!("{err:#}"),
                "reload failed; keeping the previous rules and lexicons"
            ),
        }
    }
}

/// Completes on SIGTERM or SIGINT.
pub async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        }
        Err(err) => {
            tracing::warn!(error = %err, "cannot listen for SIGTERM; only SIGINT stops the daemon");
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
