//! Worker threads: read one queued file into documents and run each through the pure
//! pipeline. CPU-bound, so each worker is a blocking thread, not an async task; each
//! holds one file at a time, which bounds open files and memory to the worker count.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::scan::Job;
use super::Shared;
use crate::clean::SiteProfile;
use crate::document::{Record, Stage};
use crate::pipeline::SiteProfiles;
use crate::source::SourceError;
use crate::store::Store;

/// One processed document and how long the pipeline took on it.
pub struct Processed {
    pub record: Record,
    pub duration_ms: u64,
}

/// What became of one file.
pub enum Fate {
    /// Every document went through; the writer commits them together.
    Documents(Vec<Processed>),
    /// The file cannot be ingested; the writer quarantines it.
    Rejected { stage: Stage, reason: String },
    /// The file disappeared before it could be read (someone else took it).
    Vanished,
}

/// A finished file on its way to the writer.
pub struct Done {
    pub path: PathBuf,
    pub size: u64,
    pub fate: Fate,
}

/// One pipeline thread; all workers share the job queue.
pub struct Worker {
    /// The shared job queue; a worker holds the lock only while waiting for a job.
    pub jobs: Arc<Mutex<mpsc::Receiver<Job>>>,
    pub done: mpsc::Sender<Done>,
    pub shared: Arc<Shared>,
    pub cancel: CancellationToken,
    /// Larger files are quarantined unread.
    pub max_file_bytes: u64,
    pub profiles: Arc<SiteProfiles>,
    /// The database, for this worker's read-only handle.
    pub database: PathBuf,
    /// This worker's read-only database handle for site profiles, opened on first use.
    pub reader: Option<Store>,
}

impl Worker {
    /// Runs until the job queue closes or the writer is gone.
    pub fn run(mut self) {
        loop {
            let job = {
                let mut jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
                jobs.blocking_recv()
            };
            let Some(job) = job else { return };
            if self.cancel.is_cancelled() {
                // Shutting down: a queued file stays in the inbox for the next start.
                self.shared.release(&job.path);
                continue;
            }
            let fate = self.process(&job);
            let done = Done {
                path: job.path,
                size: job.size,
                fate,
            };
            if self.done.blocking_send(done).is_err() {
                return;
            }
        }
    }

    /// The profile of `source_key`, read through this worker's own read-only handle
    /// (opened on first use). A profile only sharpens cleaning, so when it cannot be
    /// read the document is cleaned without one and the error is logged.
    fn site_profile(&mut self, source_key: &str) -> Arc<SiteProfile> {
        let (reader, database) = (&mut self.reader, &self.database);
        let loaded = self.profiles.get(source_key, || {
            if reader.is_none() {
                *reader = Some(Store::open_read_only(database)?);
            }
            match reader {
                Some(store) => store.site_profile(source_key),
                None => Ok(SiteProfile::default()),
            }
        });
        loaded.unwrap_or_else(|err| {
            tracing::warn!(source_key, error = %err, "cannot read the site profile; cleaning without it");
            Arc::new(SiteProfile::default())
        })
    }

    fn process(&mut self, job: &Job) -> Fate {
        let docs = match crate::source::read_file(&job.path, &job.source_key, self.max_file_bytes) {
            Ok(docs) => docs,
            Err(SourceError::Read { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                return Fate::Vanished;
            }
            Err(err) => {
                return Fate::Rejected {
                    stage: err.stage(),
                    reason: err.to_string(),
                }
            }
        };
        let compiled = self.shared.compiled();
        let site = self.site_profile(&job.source_key);
        let several = docs.len() > 1;
        let mut processed = Vec::with_capacity(docs.len());
        for doc in docs {
            let started = Instant::now();
            let origin = doc.origin.clone();
            match crate::pipeline::process(doc, &compiled, &site) {
                Ok(record) => processed.push(Processed {
                    record,
                    duration_ms: started.elapsed().as_millis() as u64,
                }),
                Err(rejected) => {
                    // The file is the unit: one bad record keeps the whole file out.
                    let reason = if several {
                        format!("{origin}: {}", rejected.reason)
                    } else {
                        rejected.reason
                    };
                    return Fate::Rejected {
                        stage: rejected.stage,
                        reason,
                    };
                }
            }
        }
        Fate::Documents(processed)
    }
}
