//! The writer task: the only owner of the SQLite connection. It gathers finished files
//! into batches (`pipeline.batch_size` documents or `pipeline.batch_timeout_ms`),
//! commits each batch in one transaction, and only after the commit moves each file
//! to `processed/` (or deletes it). Rejected files go to `quarantine/`. This loop also
//! feeds the systemd watchdog, so a stuck writer (or scanner) gets the daemon restarted.
//!
//! Crash safety comes from the order: commit (the store syncs its write-ahead log at commit, so the
//! commit survives a power loss too), then move. A crash between the two leaves
//! a file in the inbox whose rows are stored; at the next start it is read again, its
//! documents are duplicates by content hash (no new rows), and it is moved.

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use super::work::{Done, Fate, Processed};
use super::{systemd, DaemonError, Shared};
use crate::config::Pipeline;
use crate::document::{Record, Stage};
use crate::source::folder::Inbox;
use crate::store::{Inserted, Store};

/// The store writer: batches, commits, then moves files out of the inbox.
pub struct Writer {
    store: Option<Store>,
    inbox: Arc<Inbox>,
    shared: Arc<Shared>,
    batch_size: usize,
    batch_timeout: Duration,
}

/// What the per-document log line needs, kept once the record itself has gone to the store.
struct DocLine {
    origin: String,
    lang: String,
    health_policy: bool,
    tags: String,
    duration_ms: u64,
}

impl DocLine {
    fn of(processed: &Processed) -> DocLine {
        let record = &processed.record;
        let tags: Vec<&str> = record
            .classified
            .tags
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        DocLine {
            origin: record.origin.clone(),
            lang: record.classified.lang.clone(),
            health_policy: record.classified.health_policy.is_policy,
            tags: tags.join(","),
            duration_ms: processed.duration_ms,
        }
    }
}

/// One file of a batch, after the commit.
enum Report {
    Stored {
        path: PathBuf,
        docs: Vec<(DocLine, Inserted)>,
        moved: Result<Option<PathBuf>, String>,
    },
    Quarantined {
        path: PathBuf,
        size: u64,
        stage: Stage,
        reason: String,
        moved: Result<PathBuf, String>,
    },
    Vanished(PathBuf),
}

impl Writer {
    /// A writer that owns `store` from now on.
    pub fn new(
        store: Store,
        inbox: Arc<Inbox>,
        shared: Arc<Shared>,
        pipeline: &Pipeline,
    ) -> Writer {
        Writer {
            store: Some(store),
            inbox,
            shared,
            batch_size: pipeline.batch_size,
            batch_timeout: Duration::from_millis(pipeline.batch_timeout_ms),
        }
    }

    /// Runs until every worker has finished, committing the last batch before returning.
    pub async fn run(mut self, mut done: mpsc::Receiver<Done>) -> Result<(), DaemonError> {
        let watchdog = systemd::watchdog_period();
        let mut tick = tokio::time::interval(watchdog.map_or(Duration::from_secs(1), |p| {
            (p / 4).min(Duration::from_secs(1))
        }));
        let mut batch: Vec<Done> = Vec::new();
        let mut docs = 0usize;
        let mut deadline: Option<tokio::time::Instant> = None;
        loop {
            tokio::select! {
                received = done.recv() => match received {
                    Some(file) => {
                        docs += match &file.fate {
                            Fate::Documents(d) => d.len().max(1),
                            _ => 1,
                        };
                        batch.push(file);
                        deadline.get_or_insert_with(|| tokio::time::Instant::now() + self.batch_timeout);
                        if docs >= self.batch_size {
                            self.flush(&mut batch).await?;
                            docs = 0;
                            deadline = None;
                        }
                    }
                    None => {
                        self.flush(&mut batch).await?;
                        return Ok(());
                    }
                },
                () = sleep_until(deadline) => {
                    self.flush(&mut batch).await?;
                    docs = 0;
                    deadline = None;
                }
                _ = tick.tick() => {
                    systemd::status(&self.shared.status());
                    // Only while the scanner is also going round its loop: a stuck
                    // scanner must not be hidden by a healthy writer.
                    if let Some(period) = watchdog {
                        if self.shared.beat_age() < period / 2 {
                            systemd::watchdog();
                        }
                    }
                }
            }
        }
    }

    async fn flush(&mut self, batch: &mut Vec<Done>) -> Result<(), DaemonError> {
        if batch.is_empty() {
            return Ok(());
        }
        let files = std::mem::take(batch);
        let Some(mut store) = self.store.take() else {
            return Ok(());
        };
        let inbox = self.inbox.clone();
        let (store, reports) = tokio::task::spawn_blocking(move || -> Result<_, DaemonError> {
            let reports = commit(&mut store, &inbox, files)?;
            Ok((store, reports))
        })
        .await
        .map_err(|source| DaemonError::Task {
            task: "writer",
            source,
        })??;
        self.store = Some(store);
        for report in reports {
            self.report(report);
        }
        Ok(())
    }

    /// Logs one file's fate (one line per document) and releases its path.
    fn report(&self, report: Report) {
        let shared = &self.shared;
        let (path, left) = match report {
            Report::Stored { path, docs, moved } => {
                for (line, inserted) in docs {
                    let (doc_id, outcome) = match inserted {
                        Inserted::New(id) => {
                            shared.ingested.fetch_add(1, Ordering::Relaxed);
                            (id, "ingested")
                        }
                        Inserted::Duplicate(id) => {
                            shared.duplicates.fetch_add(1, Ordering::Relaxed);
                            (id, "duplicate")
                        }
                    };
                    tracing::info!(
                        doc_id,
                        file = %line.origin,
                        outcome,
                        lang = %line.lang,
                        health_policy = line.health_policy,
                        tags = %line.tags,
                        duration_ms = line.duration_ms,
                        "document"
                    );
                }
                (path, moved.map(|_| ()))
            }
            Report::Quarantined {
                path,
                size,
                stage,
                reason,
                moved,
            } => {
                shared.quarantined.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(
                    file = %path.display(),
                    outcome = "quarantined",
                    stage = %stage,
                    reason = %reason,
                    size,
                    "file quarantined"
                );
                (path, moved.map(|_| ()))
            }
            Report::Vanished(path) => {
                tracing::warn!(file = %path.display(), "file vanished before it was read");
                shared.release(&path);
                return;
            }
        };
        match left {
            Ok(()) => {
                shared.files.fetch_add(1, Ordering::Relaxed);
                shared.release(&path);
            }
            // Left claimed: retrying on every scan would only repeat the error; the
            // file stays in the inbox and a restart tries again (as a duplicate if
            // its rows are stored).
            Err(reason) => tracing::error!(
                file = %path.display(),
                reason = %reason,
                "cannot move the file out of the inbox"
            ),
        }
    }
}

async fn sleep_until(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// Commits the documents of `files`, then moves each file. Blocking.
///
/// All stored files go in one transaction. If it fails, each file is retried alone so
/// that one file the database refuses cannot hold back the others: it is quarantined
/// at stage `store`. If every file fails, the database itself is the problem, and the
/// error stops the daemon with every file still in the inbox.
fn commit(store: &mut Store, inbox: &Inbox, files: Vec<Done>) -> Result<Vec<Report>, DaemonError> {
    // Records move into one flat list (no copies); each stored file keeps the range
    // of its records and the lines to log.
    let mut records: Vec<Record> = Vec::new();
    let mut units = Vec::with_capacity(files.len());
    for done in files {
        let unit = match done.fate {
            Fate::Documents(docs) => {
                let start = records.len();
                let lines = docs.iter().map(DocLine::of).collect::<Vec<_>>();
                records.extend(docs.into_iter().map(|p| p.record));
                Unit::Stored {
                    path: done.path,
                    size: done.size,
                    range: start..records.len(),
                    lines,
                }
            }
            Fate::Rejected { stage, reason } => Unit::Rejected {
                path: done.path,
                size: done.size,
                stage,
                reason,
            },
            Fate::Vanished => Unit::Vanished(done.path),
        };
        units.push(unit);
    }

    let stored_files = units
        .iter()
        .filter(|u| matches!(u, Unit::Stored { .. }))
        .count();
    let mut outcomes: Vec<Result<Vec<Inserted>, String>> = Vec::with_capacity(stored_files);
    if stored_files > 0 {
        match store.insert_batch(&records) {
            Ok(all) => {
                for unit in &units {
                    if let Unit::Stored { range, .. } = unit {
                        outcomes.push(Ok(all.get(range.clone()).unwrap_or_default().to_vec()));
                    }
                }
            }
            Err(err) if stored_files == 1 => return Err(err.into()),
            Err(batch_err) => {
                tracing::warn!(error = %error_chain(&batch_err), "batch commit failed; retrying file by file");
                for unit in &units {
                    if let Unit::Stored { range, .. } = unit {
                        let slice = records.get(range.clone()).unwrap_or_default();
                        outcomes.push(store.insert_batch(slice).map_err(|e| error_chain(&e)));
                    }
                }
                if outcomes.iter().all(Result::is_err) {
                    return Err(batch_err.into());
                }
            }
        }
    }
    drop(records);

    let mut outcomes = outcomes.into_iter();
    let reports = units
        .into_iter()
        .map(|unit| match unit {
            Unit::Stored {
                path,
                size,
                range: _,
                lines,
            } => match outcomes.next() {
                Some(Ok(inserted)) => Report::Stored {
                    moved: inbox.finish(&path).map_err(|e| error_chain(&e)),
                    docs: lines.into_iter().zip(inserted).collect(),
                    path,
                },
                other => {
                    let reason = match other {
                        Some(Err(reason)) => reason,
                        _ => "the store gave no outcome".to_string(),
                    };
                    quarantine(inbox, path, size, Stage::Store, reason)
                }
            },
            Unit::Rejected {
                path,
                size,
                stage,
                reason,
            } => quarantine(inbox, path, size, stage, reason),
            Unit::Vanished(path) => Report::Vanished(path),
        })
        .collect();
    Ok(reports)
}

/// A file of a batch while it is being committed.
enum Unit {
    Stored {
        path: PathBuf,
        size: u64,
        range: std::ops::Range<usize>,
        lines: Vec<DocLine>,
    },
    Rejected {
        path: PathBuf,
        size: u64,
        stage: Stage,
        reason: String,
    },
    Vanished(PathBuf),
}

fn quarantine(inbox: &Inbox, path: PathBuf, size: u64, stage: Stage, reason: String) -> Report {
    let moved = inbox
        .quarantine(&path, stage, &reason, Some(size))
        .map_err(|e| error_chain(&e));
    Report::Quarantined {
        path,
        size,
        stage,
        reason,
        moved,
    }
}

fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
