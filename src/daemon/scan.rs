//! The scanner task: finds complete files in the inbox and queues their paths.
//!
//! A full scan runs at start-up, every `watch.scan_interval_secs`, and whenever notify
//! reports lost events (or its hint queue overflows). Between scans, change events
//! point at single paths, and files still being written are re-checked every fraction
//! of a second until they are stable. Events are only hints: a missed event delays a
//! file until the next scan, it never loses it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::{DaemonError, Shared};
use crate::config::{Watch, WatchMode};
use crate::source::folder::{self, Entry, Hint, HintKind, Inbox, Stability};

/// A file ready to be read.
#[derive(Debug)]
pub struct Job {
    pub path: PathBuf,
    pub source_key: String,
    /// The size when the file was found complete (for quarantine sidecars).
    pub size: u64,
}

/// Finds complete files and queues them; owns the watcher and the stability state.
pub struct Scanner {
    inbox: Arc<Inbox>,
    mode: WatchMode,
    interval: Duration,
    stability: Stability,
    recheck: Duration,
    jobs: mpsc::Sender<Job>,
    shared: Arc<Shared>,
    cancel: CancellationToken,
    /// Full scans done so far; entries remember the last scan that saw them.
    scans: u64,
    /// A folder appeared: scan at the next re-check.
    scan_soon: bool,
}

/// Why a scan stopped early.
enum Stop {
    /// Shutdown, or the workers are gone.
    Done,
    Failed(DaemonError),
}

impl From<DaemonError> for Stop {
    fn from(err: DaemonError) -> Stop {
        Stop::Failed(err)
    }
}

impl Scanner {
    /// A scanner for `inbox` with the `[watch]` settings.
    pub fn new(
        inbox: Arc<Inbox>,
        watch: &Watch,
        jobs: mpsc::Sender<Job>,
        shared: Arc<Shared>,
        cancel: CancellationToken,
    ) -> Scanner {
        let window = Duration::from_secs_f64(watch.stable_secs);
        Scanner {
            inbox,
            mode: watch.mode,
            interval: Duration::from_secs(watch.scan_interval_secs),
            stability: Stability::new(window),
            recheck: (window / 4).clamp(Duration::from_millis(100), Duration::from_secs(1)),
            jobs,
            shared,
            cancel,
            scans: 0,
            scan_soon: false,
        }
    }

    /// Runs until cancelled or the workers are gone; fails only on a resource error
    /// (the inbox cannot be listed).
    pub async fn run(mut self) -> Result<(), DaemonError> {
        match self.run_inner().await {
            Ok(()) | Err(Stop::Done) => Ok(()),
            Err(Stop::Failed(err)) => Err(err),
        }
    }

    async fn run_inner(&mut self) -> Result<(), Stop> {
        let rescan = Arc::new(AtomicBool::new(false));
        let (hint_tx, mut hints) = mpsc::channel::<Hint>(4096);
        let watching = match self.mode {
            WatchMode::Poll => None,
            WatchMode::Notify => match folder::watch(&self.inbox, hint_tx, rescan.clone()) {
                Ok(watching) => Some(watching),
                Err(err) => {
                    // inotify limits exhausted, for example: scanning still finds every file.
                    tracing::warn!(error = %format!("{err:#}"), "cannot watch the inbox; falling back to periodic scans");
                    None
                }
            },
        };
        let mut hints_open = watching.is_some();
        self.shared.beat();
        self.shared.ready.store(true, Ordering::Relaxed);
        self.full_scan().await?;

        let mut scan_timer =
            tokio::time::interval_at(tokio::time::Instant::now() + self.interval, self.interval);
        scan_timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut recheck = tokio::time::interval(self.recheck);
        recheck.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            self.shared.beat();
            tokio::select! {
                () = self.cancel.cancelled() => return Err(Stop::Done),
                hint = hints.recv(), if hints_open => {
                    let Some(first) = hint else {
                        // No watcher (poll mode, or watching failed): scans only.
                        hints_open = false;
                        continue;
                    };
                    let mut batch = vec![first];
                    while batch.len() < 1024 {
                        match hints.try_recv() {
                            Ok(hint) => batch.push(hint),
                            Err(_) => break,
                        }
                    }
                    for hint in batch {
                        self.on_hint(hint).await?;
                    }
                }
                _ = scan_timer.tick() => self.full_scan().await?,
                _ = recheck.tick() => {
                    if rescan.swap(false, Ordering::Relaxed) {
                        self.stability.events_lost();
                        self.full_scan().await?;
                    } else if std::mem::take(&mut self.scan_soon) {
                        self.full_scan().await?;
                    } else if !self.stability.is_empty() {
                        for path in self.stability.pending() {
                            match self.inbox.stat(&path) {
                                Some(entry) => self.consider(entry, false).await?,
                                None => self.stability.forget(&path),
                            }
                        }
                    }
                }
            }
        }
    }

    async fn on_hint(&mut self, hint: Hint) -> Result<(), Stop> {
        let Hint { path, kind } = hint;
        if path.is_dir() {
            // A folder created or moved in: its files may have raised no events.
            tracing::debug!(folder = %path.display(), "new folder in the inbox; rescanning");
            self.scan_soon = true;
            return Ok(());
        }
        if !self.inbox.wants(&path) {
            return Ok(());
        }
        match kind {
            HintKind::Written => self.stability.written(&path, Instant::now()),
            HintKind::Closed => self.stability.closed(&path),
            HintKind::Renamed | HintKind::Changed => {}
        }
        match self.inbox.stat(&path) {
            Some(entry) => self.consider(entry, kind == HintKind::Renamed).await,
            None => {
                self.stability.forget(&path);
                Ok(())
            }
        }
    }

    /// Walks the whole inbox. The walk runs on a blocking thread and streams entries
    /// through a small channel, so a huge inbox never sits in memory as a list.
    async fn full_scan(&mut self) -> Result<(), Stop> {
        self.scans += 1;
        let scan = self.scans;
        let (tx, mut rx) = mpsc::channel::<Entry>(256);
        let inbox = self.inbox.clone();
        let walker = tokio::task::spawn_blocking(move || {
            inbox.walk(|entry| tx.blocking_send(entry).is_ok())
        });
        while let Some(entry) = rx.recv().await {
            self.shared.beat();
            self.consider(entry, false).await?;
        }
        drop(rx);
        match walker.await {
            Ok(Ok(())) => {}
            Ok(Err(err)) => return Err(Stop::Failed(err.into())),
            Err(source) => {
                return Err(Stop::Failed(DaemonError::Task {
                    task: "inbox walk",
                    source,
                }))
            }
        }
        self.stability.forget_older(scan, Instant::now());
        Ok(())
    }

    /// Queues `entry` if it is complete and not already queued.
    async fn consider(&mut self, entry: Entry, renamed: bool) -> Result<(), Stop> {
        if self.cancel.is_cancelled() {
            return Err(Stop::Done);
        }
        let complete = self.stability.is_complete(
            &entry,
            renamed,
            SystemTime::now(),
            Instant::now(),
            self.scans,
        );
        if !complete || !self.shared.claim(&entry.path) {
            return Ok(());
        }
        let job = Job {
            source_key: self.inbox.source_key(&entry.path),
            path: entry.path,
            size: entry.size,
        };
        let path = job.path.clone();
        tracing::debug!(file = %path.display(), renamed, "queued");
        tokio::select! {
            biased;
            () = self.cancel.cancelled() => {
                self.shared.release(&path);
                Err(Stop::Done)
            }
            sent = self.jobs.send(job) => match sent {
                Ok(()) => Ok(()),
                Err(_) => {
                    self.shared.release(&path);
                    Err(Stop::Done)
                }
            },
        }
    }
}
