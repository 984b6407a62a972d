//! The watched inbox: change events as hints, periodic scans as the truth, safe-drop
//! and stability checks so half-written files are never read, and the moves to
//! `processed/` and `quarantine/` once a file's fate is committed.
//!
//! [`Inbox`] knows the folder layout and does the file-system work (walk, move,
//! quarantine with a sidecar); [`Stability`] decides when a file is complete;
//! [`watch`] turns notify's events into [`Hint`]s. None of this reads file contents
//! or touches the database: the daemon reads files through [`super::read_file`] and
//! decides *when* to move them (only after their rows are committed).
//!
//! Completeness rules, in order: a file renamed into the inbox (the safe-drop
//! protocol: write into `inbox/.tmp/` or a dotfile, then rename) is complete at once;
//! any other file is complete once its size and modification time have not changed
//! for `watch.stable_secs`, and, when change events are available, it has been closed
//! since it was last written (inotify's close-after-write), so a writer that pauses
//! longer than the window is still waited for. Dotfiles and dot-folders (including
//! `.tmp/`) are never taken, nor are `.error.json` sidecars moved back in by hand.

use std::collections::{HashMap, HashSet};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use serde::Serialize;

use crate::config::{AfterIngest, Config};
use crate::document::Stage;

/// Why an inbox operation failed. Creating folders and listing the inbox root are
/// resource errors (the daemon stops); the others concern one file.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    #[error("cannot create folder {path}")]
    Create {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot list the inbox {path}")]
    List {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot move {from} to {to}")]
    Move {
        from: PathBuf,
        to: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot delete {path}")]
    Delete {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write quarantine sidecar {path}")]
    Sidecar {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot watch {path}")]
    Watch {
        path: PathBuf,
        #[source]
        source: notify::Error,
    },
}

/// The name of the staging folder inside the inbox for the safe-drop protocol.
pub const STAGING: &str = ".tmp";

/// The inbox subfolder that pages fetched from feeds are dropped into.
pub const FEEDS: &str = "feeds";

/// One file seen in the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub size: u64,
    pub mtime: SystemTime,
}

/// The inbox and the folders files leave it for.
#[derive(Debug, Clone)]
pub struct Inbox {
    pub root: PathBuf,
    pub processed: PathBuf,
    pub quarantine: PathBuf,
    extensions: HashSet<String>,
    after_ingest: AfterIngest,
}

/// The `.error.json` written beside each quarantined file.
#[derive(Debug, Clone, Serialize)]
pub struct Sidecar<'a> {
    /// The file's path when it was in the inbox.
    pub file: &'a str,
    pub stage: Stage,
    pub reason: &'a str,
    pub size: Option<u64>,
    /// RFC 3339, UTC.
    pub time: String,
    pub healthfeed_version: &'static str,
}

impl Inbox {
    /// Describes the folders of `config` without touching the disk.
    pub fn new(config: &Config) -> Inbox {
        Inbox {
            root: config.paths.inbox.clone(),
            processed: config.paths.processed.clone(),
            quarantine: config.paths.quarantine.clone(),
            extensions: config
                .watch
                .extensions
                .iter()
                .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
                .collect(),
            after_ingest: config.watch.after_ingest,
        }
    }

    /// Creates the inbox, its staging folder, `processed/` and `quarantine/`.
    pub fn create_folders(&self) -> Result<(), FolderError> {
        for path in [
            self.root.clone(),
            self.root.join(STAGING),
            self.processed.clone(),
            self.quarantine.clone(),
        ] {
            std::fs::create_dir_all(&path)
                .map_err(|source| FolderError::Create { path, source })?;
        }
        Ok(())
    }

    /// Whether a path under the inbox is a candidate at all: not hidden (no component
    /// starting with a dot, which covers `.tmp/`) and with an accepted extension.
    pub fn wants(&self, path: &Path) -> bool {
        let Ok(relative) = path.strip_prefix(&self.root) else {
            return false;
        };
        let hidden = relative
            .components()
            .any(|c| c.as_os_str().to_str().is_none_or(|s| s.starts_with('.')));
        if hidden || relative.as_os_str().is_empty() {
            return false;
        }
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(".error.json"))
        {
            return false;
        }
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| self.extensions.contains(&e.to_ascii_lowercase()))
    }

    /// The `source_key` of a dropped file: the name of the folder it sits in (the inbox
    /// subfolder, or the inbox's own name at the top), as `healthfeed ingest` does.
    pub fn source_key(&self, path: &Path) -> String {
        path.parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string()
    }

    /// Walks the inbox (subfolders too, hidden entries skipped), handing each candidate
    /// file to `each`; stops early when `each` returns false. Blocking. Failing to list
    /// the inbox root is a resource error; an unreadable subfolder is skipped.
    pub fn walk(&self, mut each: impl FnMut(Entry) -> bool) -> Result<(), FolderError> {
        let mut stack = vec![self.root.clone()];
        let mut first = true;
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(source) if first => {
                    return Err(FolderError::List { path: dir, source });
                }
                Err(err) => {
                    tracing::warn!(folder = %dir.display(), error = %err, "cannot list an inbox subfolder");
                    continue;
                }
            };
            first = false;
            for entry in entries.flatten() {
                let name = entry.file_name();
                if name.to_str().is_none_or(|n| n.starts_with('.')) {
                    continue;
                }
                let path = entry.path();
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                // Symlinked folders are not followed: they could loop or leave the inbox.
                if kind.is_dir() {
                    stack.push(path);
                    continue;
                }
                if !self.wants(&path) {
                    continue;
                }
                let Ok(meta) = std::fs::metadata(&path) else {
                    continue;
                };
                if !meta.is_file() {
                    continue;
                }
                let entry = Entry {
                    path,
                    size: meta.len(),
                    mtime: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                };
                if !each(entry) {
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    /// Looks at one path (from a change event).
    pub fn stat(&self, path: &Path) -> Option<Entry> {
        let meta = std::fs::metadata(path).ok()?;
        meta.is_file().then(|| Entry {
            path: path.to_path_buf(),
            size: meta.len(),
            mtime: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
        })
    }

    /// Moves (or deletes, per `watch.after_ingest`) a file whose rows are committed.
    /// Returns where it went.
    pub fn finish(&self, path: &Path) -> Result<Option<PathBuf>, FolderError> {
        match self.after_ingest {
            AfterIngest::Delete => match std::fs::remove_file(path) {
                Ok(()) => Ok(None),
                Err(err) if err.kind() == ErrorKind::NotFound => Ok(None),
                Err(source) => Err(FolderError::Delete {
                    path: path.to_path_buf(),
                    source,
                }),
            },
            AfterIngest::Move => self.move_under(path, &self.processed).map(Some),
        }
    }

    /// Moves a file that cannot be ingested to `quarantine/` and writes its
    /// `<name>.error.json` sidecar beside it.
    pub fn quarantine(
        &self,
        path: &Path,
        stage: Stage,
        reason: &str,
        size: Option<u64>,
    ) -> Result<PathBuf, FolderError> {
        // The sidecar first: a crash in between leaves the file in the inbox (to be
        // quarantined again under the same name) rather than a file with no reason.
        let target = self.target_under(path, &self.quarantine)?;
        let mut sidecar_name = target.file_name().unwrap_or_default().to_os_string();
        sidecar_name.push(".error.json");
        let sidecar_path = target.with_file_name(sidecar_name);
        let shown = path.display().to_string();
        let sidecar = Sidecar {
            file: &shown,
            stage,
            reason,
            size,
            time: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            healthfeed_version: env!("CARGO_PKG_VERSION"),
        };
        let text = serde_json::to_string_pretty(&sidecar).unwrap_or_default();
        std::fs::write(&sidecar_path, text + "\n").map_err(|source| FolderError::Sidecar {
            path: sidecar_path.clone(),
            source,
        })?;
        self.move_to(path, &target)?;
        Ok(target)
    }

    /// Drops a page fetched from a feed into the inbox with the safe-drop protocol, as
    /// a one-record JSON file that keeps the feed's URL, title and date as hints. Pages
    /// that are not UTF-8 are decoded first, since JSON text must be; a page that does
    /// not decode is dropped as it came, so that it is quarantined with the reason.
    pub fn drop_page(&self, page: &super::feed::FeedPage) -> Result<PathBuf, FolderError> {
        use sha2::Digest;
        let digest = hex::encode(sha2::Sha256::digest(page.url.as_bytes()));
        let host = super::host_of(&page.url)
            .unwrap_or("feed")
            .replace(['/', '\\'], "_");
        let stem = format!("{host}-{}", digest.get(..16).unwrap_or(&digest));
        let text = match std::str::from_utf8(&page.body) {
            Ok(text) => Some(text.to_string()),
            Err(_) => {
                let raw = crate::document::RawDoc {
                    origin: page.url.clone(),
                    source_key: host.clone(),
                    bytes: page.body.clone(),
                    format_hint: Some(crate::document::Format::Html),
                    hints: crate::document::Hints::default(),
                };
                crate::decode::decode(&raw).ok().map(|d| d.text)
            }
        };
        let (name, bytes) = match text {
            Some(html) => {
                let record = serde_json::json!({
                    "url": page.url,
                    "title": page.title,
                    "date": page.published,
                    "html": html,
                });
                (format!("{stem}.json"), record.to_string().into_bytes())
            }
            None => (format!("{stem}.html"), page.body.clone()),
        };
        let staged = self.root.join(STAGING).join(&name);
        let target = self.root.join(FEEDS).join(&name);
        let failed = |source| FolderError::Move {
            from: staged.clone(),
            to: target.clone(),
            source,
        };
        // Durable before the caller records the entry as seen: after a power cut a
        // "seen" entry must have its page in the inbox, or it would never be fetched.
        write_durably(&staged, &bytes).map_err(failed)?;
        std::fs::create_dir_all(self.root.join(FEEDS)).map_err(failed)?;
        std::fs::rename(&staged, &target).map_err(failed)?;
        sync_dir(&self.root.join(FEEDS)).map_err(failed)?;
        Ok(target)
    }

    /// Moves `path` to the same relative place under `dest`, never overwriting: a
    /// name already taken gets a numeric suffix (`page.1.html`, `page.2.html`, …).
    fn move_under(&self, path: &Path, dest: &Path) -> Result<PathBuf, FolderError> {
        let target = self.target_under(path, dest)?;
        self.move_to(path, &target)?;
        Ok(target)
    }

    /// Where `path` goes under `dest`: the same relative place, with a free name.
    /// Creates the folders on the way.
    fn target_under(&self, path: &Path, dest: &Path) -> Result<PathBuf, FolderError> {
        let relative = path
            .strip_prefix(&self.root)
            .ok()
            .filter(|r| !r.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from(path.file_name().unwrap_or_default()));
        let wanted = dest.join(&relative);
        if let Some(parent) = wanted.parent() {
            std::fs::create_dir_all(parent).map_err(|source| FolderError::Move {
                from: path.to_path_buf(),
                to: wanted.clone(),
                source,
            })?;
        }
        Ok(free_name(&wanted))
    }

    fn move_to(&self, path: &Path, target: &Path) -> Result<(), FolderError> {
        let failed = |source| FolderError::Move {
            from: path.to_path_buf(),
            to: target.to_path_buf(),
            source,
        };
        match std::fs::rename(path, target) {
            Ok(()) => Ok(()),
            // Another filesystem (EXDEV): copy, sync, then remove the original.
            Err(err) if err.kind() == ErrorKind::CrossesDevices => {
                copy_durably(path, target).map_err(failed)?;
                std::fs::remove_file(path).map_err(failed)
            }
            Err(err) => Err(failed(err)),
        }
    }
}

fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes a rename into `dir` durable (the directory entry itself is data).
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

fn copy_durably(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::copy(from, to)?;
    std::fs::File::open(to)?.sync_all()
}

/// The first of `path`, `stem.1.ext`, `stem.2.ext`, … that does not exist. Only the
/// daemon's single writer moves files into these folders, so checking first is safe.
pub fn free_name(path: &Path) -> PathBuf {
    if std::fs::symlink_metadata(path).is_err() {
        return path.to_path_buf();
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (1u64..)
        .map(|n| path.with_file_name(format!("{stem}.{n}{ext}")))
        .find(|candidate| std::fs::symlink_metadata(candidate).is_err())
        .unwrap_or_else(|| path.to_path_buf())
}

/// Decides when a file is complete. Holds only the files seen but not yet stable (and
/// those change events say are open for writing), so its size follows the rate of slow
/// writes, not the size of the backlog.
#[derive(Debug)]
pub struct Stability {
    window: Duration,
    pending: HashMap<PathBuf, Seen>,
    /// Files a change event saw written to and no event has seen closed yet, with the
    /// time of the last write event. A writer that pauses longer than the window is
    /// still not done while it holds the file open.
    writing: HashMap<PathBuf, Instant>,
}

/// How long a file seen written but never seen closed counts as open: past this, the
/// close event is taken as lost.
const OPEN_LIMIT: Duration = Duration::from_secs(600);

#[derive(Debug, Clone, Copy)]
struct Seen {
    size: u64,
    mtime: SystemTime,
    since: Instant,
    scan: u64,
}

impl Stability {
    /// Files must be unchanged for `window` (unless renamed into place).
    pub fn new(window: Duration) -> Stability {
        Stability {
            window,
            pending: HashMap::new(),
            writing: HashMap::new(),
        }
    }

    /// A change event saw `path` written to (it is open for writing).
    pub fn written(&mut self, path: &Path, now: Instant) {
        self.writing.insert(path.to_path_buf(), now);
    }

    /// A change event saw `path` closed after writing.
    pub fn closed(&mut self, path: &Path) {
        self.writing.remove(path);
    }

    /// Change events were lost, so open/closed knowledge cannot be trusted: fall back
    /// to size and modification time alone.
    pub fn events_lost(&mut self) {
        self.writing.clear();
    }

    /// Whether `entry` is complete now. `renamed`: a change event said the file was
    /// renamed into place (safe drop). `scan` numbers the full scan that saw it, so
    /// that [`Stability::forget_older`] can drop files that disappeared.
    pub fn is_complete(
        &mut self,
        entry: &Entry,
        renamed: bool,
        wall: SystemTime,
        now: Instant,
        scan: u64,
    ) -> bool {
        if renamed {
            self.pending.remove(&entry.path);
            self.writing.remove(&entry.path);
            return true;
        }
        if let Some(last_write) = self.writing.get(&entry.path) {
            if now.duration_since(*last_write) < OPEN_LIMIT {
                // Still open: (re)start the stability clock for after the close.
                self.pending.insert(
                    entry.path.clone(),
                    Seen {
                        size: entry.size,
                        mtime: entry.mtime,
                        since: now,
                        scan,
                    },
                );
                return false;
            }
            self.writing.remove(&entry.path);
        }
        // Unchanged since its last write for the whole window: complete. An mtime in the
        // future (clock skew on a network share) falls through to watching it instead.
        let quiet = wall
            .duration_since(entry.mtime)
            .is_ok_and(|age| age >= self.window);
        match self.pending.get_mut(&entry.path) {
            Some(seen) if seen.size == entry.size && seen.mtime == entry.mtime => {
                seen.scan = scan;
                if quiet || now.duration_since(seen.since) >= self.window {
                    self.pending.remove(&entry.path);
                    return true;
                }
                false
            }
            Some(seen) => {
                *seen = Seen {
                    size: entry.size,
                    mtime: entry.mtime,
                    since: now,
                    scan,
                };
                false
            }
            None if quiet => true,
            None => {
                self.pending.insert(
                    entry.path.clone(),
                    Seen {
                        size: entry.size,
                        mtime: entry.mtime,
                        since: now,
                        scan,
                    },
                );
                false
            }
        }
    }

    /// The files waiting to become stable.
    pub fn pending(&self) -> Vec<PathBuf> {
        self.pending.keys().cloned().collect()
    }

    /// Whether no file is waiting to become stable.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Forgets a file (it vanished or was taken).
    pub fn forget(&mut self, path: &Path) {
        self.pending.remove(path);
        self.writing.remove(path);
    }

    /// Forgets files not seen by full scan `scan` or later, and write events too old
    /// to mean anything.
    pub fn forget_older(&mut self, scan: u64, now: Instant) {
        self.pending.retain(|_, seen| seen.scan >= scan);
        self.writing
            .retain(|_, last| now.duration_since(*last) < OPEN_LIMIT);
    }
}

/// What a change event says about one path in the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub path: PathBuf,
    pub kind: HintKind,
}

/// The kinds of change that matter for deciding when a file is complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HintKind {
    /// Renamed into place: complete (safe drop).
    Renamed,
    /// Created or written to: open for writing.
    Written,
    /// Closed after writing.
    Closed,
    /// Something else (metadata, a folder appearing).
    Changed,
}

/// Keeps the notify watcher alive; dropping it stops the events.
pub struct Watching {
    _watcher: notify::RecommendedWatcher,
}

/// Watches the inbox recursively. Events become [`Hint`]s on a bounded channel; when
/// the channel is full, or notify reports lost events (inotify queue overflow), or the
/// watcher errs, `rescan` is set and the daemon does a full scan instead.
pub fn watch(
    inbox: &Inbox,
    hints: tokio::sync::mpsc::Sender<Hint>,
    rescan: Arc<AtomicBool>,
) -> Result<Watching, FolderError> {
    use notify::event::{ModifyKind, RenameMode};
    use notify::{EventKind, RecursiveMode, Watcher};

    let root = inbox.root.clone();
    let absolute = std::fs::canonicalize(&root).map_err(|source| FolderError::List {
        path: root.clone(),
        source,
    })?;
    let mut last_written: Option<PathBuf> = None;
    let on_event = move |event: notify::Result<notify::Event>| {
        let event = match event {
            Ok(event) => event,
            Err(err) => {
                tracing::warn!(error = %err, "file watcher error; rescanning the inbox");
                rescan.store(true, Ordering::Relaxed);
                return;
            }
        };
        tracing::trace!(?event, "file event");
        if event.need_rescan() {
            tracing::info!("file events were lost; rescanning the inbox");
            rescan.store(true, Ordering::Relaxed);
        }
        use notify::event::{AccessKind, AccessMode, CreateKind};
        let (paths, kind): (&[PathBuf], HintKind) = match event.kind {
            EventKind::Modify(ModifyKind::Name(RenameMode::To)) => {
                (&event.paths, HintKind::Renamed)
            }
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)) => {
                (event.paths.get(1..).unwrap_or_default(), HintKind::Renamed)
            }
            EventKind::Modify(ModifyKind::Name(_)) | EventKind::Remove(_) => {
                (&[], HintKind::Changed)
            }
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => {
                (&event.paths, HintKind::Closed)
            }
            EventKind::Create(CreateKind::Folder) => (&event.paths, HintKind::Changed),
            EventKind::Create(_) | EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Any) => {
                (&event.paths, HintKind::Written)
            }
            EventKind::Modify(_) => (&event.paths, HintKind::Changed),
            _ => (&[], HintKind::Changed),
        };
        for path in paths {
            // A writer's every write() raises an event: pass on the first of a run.
            if kind == HintKind::Written && last_written.as_ref() == Some(path) {
                continue;
            }
            last_written = (kind == HintKind::Written).then(|| path.clone());
            // Events name absolute paths; the inbox may be configured relative.
            let path = match path.strip_prefix(&absolute) {
                Ok(relative) => root.join(relative),
                Err(_) => path.clone(),
            };
            if hints.try_send(Hint { path, kind }).is_err() && !rescan.swap(true, Ordering::Relaxed)
            {
                tracing::info!(
                    "file events arrive faster than they are handled; rescanning the inbox"
                );
            }
        }
    };
    let mut watcher =
        notify::recommended_watcher(on_event).map_err(|source| FolderError::Watch {
            path: inbox.root.clone(),
            source,
        })?;
    watcher
        .watch(&inbox.root, RecursiveMode::Recursive)
        .map_err(|source| FolderError::Watch {
            path: inbox.root.clone(),
            source,
        })?;
    Ok(Watching { _watcher: watcher })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inbox(dir: &Path) -> Inbox {
        let mut config = Config::default();
        config.paths.inbox = dir.join("inbox");
        config.paths.processed = dir.join("processed");
        config.paths.quarantine = dir.join("quarantine");
        Inbox::new(&config)
    }

    #[test]
    fn hidden_staging_and_foreign_files_are_not_wanted() {
        let ib = inbox(Path::new("/x"));
        assert!(ib.wants(Path::new("/x/inbox/a.html")));
        assert!(ib.wants(Path::new("/x/inbox/site/a.TXT")));
        assert!(!ib.wants(Path::new("/x/inbox/.tmp/a.html")));
        assert!(!ib.wants(Path::new("/x/inbox/.a.html")));
        assert!(!ib.wants(Path::new("/x/inbox/a.pdf")));
        assert!(!ib.wants(Path::new("/x/inbox/a.txt.error.json")));
        assert!(!ib.wants(Path::new("/x/other/a.html")));
        assert_eq!(ib.source_key(Path::new("/x/inbox/site/a.txt")), "site");
    }

    #[test]
    fn stable_after_window_or_when_renamed() {
        let window = Duration::from_secs(2);
        let mut s = Stability::new(window);
        let t0 = Instant::now();
        let wall = SystemTime::now();
        let fresh = Entry {
            path: "a".into(),
            size: 5,
            mtime: wall,
        };
        assert!(!s.is_complete(&fresh, false, wall, t0, 1));
        // Grew: the clock restarts.
        let grown = Entry {
            size: 9,
            ..fresh.clone()
        };
        assert!(!s.is_complete(&grown, false, wall, t0 + Duration::from_secs(1), 1));
        assert!(!s.is_complete(&grown, false, wall, t0 + Duration::from_secs(2), 1));
        assert!(s.is_complete(&grown, false, wall, t0 + Duration::from_secs(3), 1));
        assert!(s.is_empty());
        // Old mtime: complete at first sight; a rename is complete whatever the mtime.
        let old = Entry {
            path: "b".into(),
            size: 1,
            mtime: wall - Duration::from_secs(10),
        };
        assert!(s.is_complete(&old, false, wall, t0, 1));
        assert!(s.is_complete(&fresh, true, wall, t0, 1));
    }

    #[test]
    fn a_file_open_for_writing_waits_for_its_close() {
        let window = Duration::from_secs(2);
        let mut s = Stability::new(window);
        let t0 = Instant::now();
        let wall = SystemTime::now();
        // The writer paused longer than the window, but never closed the file.
        let paused = Entry {
            path: "a".into(),
            size: 5,
            mtime: wall - Duration::from_secs(30),
        };
        s.written(&paused.path, t0);
        assert!(!s.is_complete(&paused, false, wall, t0 + Duration::from_secs(5), 1));
        s.closed(&paused.path);
        assert!(s.is_complete(&paused, false, wall, t0 + Duration::from_secs(6), 1));
        // Lost events: back to size and mtime alone.
        s.written(&paused.path, t0);
        s.events_lost();
        assert!(s.is_complete(&paused, false, wall, t0, 1));
    }

    #[test]
    fn vanished_files_are_forgotten() {
        let mut s = Stability::new(Duration::from_secs(2));
        let wall = SystemTime::now();
        let e = Entry {
            path: "a".into(),
            size: 1,
            mtime: wall,
        };
        assert!(!s.is_complete(&e, false, wall, Instant::now(), 1));
        s.forget_older(2, Instant::now());
        assert!(s.is_empty());
    }

    #[test]
    fn moves_never_overwrite_and_sidecars_say_why() {
        let dir = tempfile::tempdir().unwrap();
        let ib = inbox(dir.path());
        ib.create_folders().unwrap();
        assert!(ib.root.join(STAGING).is_dir());
        for _ in 0..2 {
            std::fs::create_dir_all(ib.root.join("site")).unwrap();
            std::fs::write(ib.root.join("site/p.html"), "x").unwrap();
            ib.finish(&ib.root.join("site/p.html")).unwrap();
        }
        assert!(ib.processed.join("site/p.html").is_file());
        assert!(ib.processed.join("site/p.1.html").is_file());

        std::fs::write(ib.root.join("bad.txt"), "").unwrap();
        let moved = ib
            .quarantine(
                &ib.root.join("bad.txt"),
                Stage::Decode,
                "the file is empty",
                Some(0),
            )
            .unwrap();
        assert_eq!(moved, ib.quarantine.join("bad.txt"));
        let sidecar: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(ib.quarantine.join("bad.txt.error.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(sidecar["stage"], "decode");
        assert_eq!(sidecar["reason"], "the file is empty");
        assert_eq!(sidecar["size"], 0);
    }

    #[test]
    fn walk_finds_subfolders_and_skips_hidden() {
        let dir = tempfile::tempdir().unwrap();
        let ib = inbox(dir.path());
        ib.create_folders().unwrap();
        std::fs::create_dir_all(ib.root.join("a")).unwrap();
        std::fs::write(ib.root.join("a/1.txt"), "x").unwrap();
        std::fs::write(ib.root.join("2.html"), "x").unwrap();
        std::fs::write(ib.root.join(".tmp/3.html"), "x").unwrap();
        std::fs::write(ib.root.join(".4.html"), "x").unwrap();
        let mut found = Vec::new();
        ib.walk(|e| {
            found.push(e.path);
            true
        })
        .unwrap();
        found.sort();
        assert_eq!(found, vec![ib.root.join("2.html"), ib.root.join("a/1.txt")]);
        std::fs::remove_dir_all(&ib.root).unwrap();
        assert!(matches!(ib.walk(|_| true), Err(FolderError::List { .. })));
    }
}
