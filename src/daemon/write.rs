//! The writer task: the only owner of the SQLite connection. It gathers finished files
//! into batches (`pipeline.batch_size` documents or `pipeline.batch_timeout_ms`),
//! commits each batch in one transaction, and only after the commit moves each file
//! to `processed/` (or deletes it). Rejected files go to `quarantine/`. This loop also
//! feeds the systemd watchdog, so a stuck writer (or scanner) gets the daemon restarted.
//!
//! Crash safety comes from the order: commit, then move. A crash between the two leaves
//! a file in the inbox whose rows are stored; at the next start it is read again, its
//! documents are duplicates by content hash (no new rows), and it is moved.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use super::work::{Done, Fate, Processed};
use super::{systemd, DaemonError, Shared};
use crate::config::Pipeline;
use crate::document::{Record, Stage};
use crate::source::folder::Inbox;
use crate::store::{Inserted, Store, StoreError};

pub struct Writer {
    store: Option<Store>,
    inbox: Arc<Inbox>,
    shared: Arc<Shared>,
    batch_size: usize,
    batch_timeout: Duration,
}

/// One file of a batch, after the commit.
enum Report {
    Stored {
        done: Done,
        outcomes: Vec<Inserted>,
        moved: Result<Option<std::path::PathBuf>, String>,
    },
    Quarantined {
        done: Done,
        stage: Stage,
        reason: String,
        moved: Result<std::path::PathBuf, String>,
    },
    Vanished(Done),
}

impl Writer {
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
        let (store, reports) = tokio::task::spawn_blocking(move || -> Result<_, StoreError> {
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
        match report {
            Report::Stored {
                done,
                outcomes,
                moved,
            } => {
                let Fate::Documents(processed) = &done.fate else {
                    return;
                };
                for (
                    Processed {
                        record,
                        duration_ms,
                    },
                    outcome,
                ) in processed.iter().zip(&outcomes)
                {
                    let (doc_id, outcome) = match outcome {
                        Inserted::New(id) => {
                            shared.ingested.fetch_add(1, Ordering::Relaxed);
                            (*id, "ingested")
                        }
                        Inserted::Duplicate(id) => {
                            shared.duplicates.fetch_add(1, Ordering::Relaxed);
                            (*id, "duplicate")
                        }
                    };
                    let tags: Vec<&str> = record
                        .classified
                        .tags
                        .iter()
                        .map(|t| t.id.as_str())
                        .collect();
                    tracing::info!(
                        doc_id,
                        file = %record.origin,
                        outcome,
                        lang = %record.classified.lang,
                        health_policy = record.classified.health_policy.is_policy,
                        tags = %tags.join(","),
                        duration_ms,
                        "document"
                    );
                }
                match moved {
                    Ok(_) => {
                        shared.files.fetch_add(1, Ordering::Relaxed);
                        shared.release(&done.path);
                    }
                    // Left claimed: the rows are stored, and retrying the move on every
                    // scan would only repeat this error. A restart tries again.
                    Err(reason) => tracing::error!(
                        file = %done.path.display(),
                        reason = %reason,
                        "stored, but cannot move the file out of the inbox"
                    ),
                }
            }
            Report::Quarantined {
                done,
                stage,
                reason,
                moved,
            } => {
                shared.quarantined.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(
                    file = %done.path.display(),
                    outcome = "quarantined",
                    stage = %stage,
                    reason = %reason,
                    size = done.size,
                    "file quarantined"
                );
                match moved {
                    Ok(_) => {
                        shared.files.fetch_add(1, Ordering::Relaxed);
                        shared.release(&done.path);
                    }
                    Err(err) => tracing::error!(
                        file = %done.path.display(),
                        reason = %err,
                        "cannot move the file to quarantine"
                    ),
                }
            }
            Report::Vanished(done) => {
                tracing::warn!(file = %done.path.display(), "file vanished before it was read");
                shared.release(&done.path);
            }
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
fn commit(store: &mut Store, inbox: &Inbox, files: Vec<Done>) -> Result<Vec<Report>, StoreError> {
    let records: Vec<Record> = files
        .iter()
        .filter_map(|f| match &f.fate {
            Fate::Documents(docs) => Some(docs.iter().map(|p| p.record.clone())),
            _ => None,
        })
        .flatten()
        .collect();
    let mut outcomes: Vec<Result<Vec<Inserted>, String>> = Vec::new();
    if !records.is_empty() {
        match store.insert_batch(&records) {
            Ok(all) => {
                let mut all = all.into_iter();
                for file in &files {
                    if let Fate::Documents(docs) = &file.fate {
                        outcomes.push(Ok(all.by_ref().take(docs.len()).collect()));
                    }
                }
            }
            Err(batch_err) => {
                let stored_files = files
                    .iter()
                    .filter(|f| matches!(f.fate, Fate::Documents(_)))
                    .count();
                if stored_files == 1 {
                    return Err(batch_err);
                }
                let mut any_ok = false;
                for file in &files {
                    if let Fate::Documents(docs) = &file.fate {
                        let records: Vec<Record> = docs.iter().map(|p| p.record.clone()).collect();
                        let result = store.insert_batch(&records).map_err(|e| format!("{e:#}"));
                        any_ok |= result.is_ok();
                        outcomes.push(result);
                    }
                }
                if !any_ok {
                    return Err(batch_err);
                }
            }
        }
    }
    drop(records);

    let mut outcomes = outcomes.into_iter();
    let mut reports = Vec::with_capacity(files.len());
    for done in files {
        let report = match &done.fate {
            Fate::Documents(_) => match outcomes.next() {
                Some(Ok(inserted)) => Report::Stored {
                    moved: inbox.finish(&done.path).map_err(|e| error_chain(&e)),
                    outcomes: inserted,
                    done,
                },
                other => {
                    let reason = match other {
                        Some(Err(reason)) => reason,
                        _ => "no outcome from the store".to_string(),
                    };
                    let moved = inbox
                        .quarantine(&done.path, Stage::Store, &reason, Some(done.size))
                        .map_err(|e| error_chain(&e));
                    Report::Quarantined {
                        stage: Stage::Store,
                        reason,
                        moved,
                        done,
                    }
                }
            },
            Fate::Rejected { stage, reason } => {
                let (stage, reason) = (*stage, reason.clone());
                let moved = inbox
                    .quarantine(&done.path, stage, &reason, Some(done.size))
                    .map_err(|e| error_chain(&e));
                Report::Quarantined {
                    done,
                    stage,
                    reason,
                    moved,
                }
            }
            Fate::Vanished => Report::Vanished(done),
        };
        reports.push(report);
    }
    Ok(reports)
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
