//! SQLite storage: the only module that knows SQL.
//!
//! [`Store::open`] sets the pragmas (WAL, `synchronous = FULL`, `busy_timeout`,
//! foreign keys) and applies the embedded migrations ([`schema`]). [`Store::insert_batch`]
//! writes a batch of records in one transaction; identical content (same hash) is a
//! no-op that only records the new origin. New documents' short lines are counted per
//! source for site-template learning ([`sites`], read back by [`Store::site_profile`]).
//! Searches go through [`Query`] ([`query`]; full-text scheme in [`search`]; region
//! names from the gazetteer, loaded by [`Store::sync_gazetteer`], in [`regions`]), counts
//! through [`Store::stats`], and `reprocess` reads raw input back and rewrites a
//! document's derived columns with [`Store::update_batch`] ([`reprocess`]). Feed
//! pollers' state is kept per feed URL ([`feeds`]).
//!
//! The schema is a public interface (README, "The database"): columns are added, never
//! renamed. This module runs no pipeline stage; it stores what it is given.

pub mod feeds;
pub mod query;
pub mod regions;
pub mod reprocess;
pub mod schema;
pub mod search;
pub mod sites;
pub mod stats;

use std::collections::BTreeSet;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;

use crate::document::{Format, Record};

pub use query::{Hit, Query};
pub use regions::RegionRow;
pub use reprocess::{Reprocessed, StoredDocument, Update};
pub use schema::SCHEMA_VERSION;
pub use stats::{Count, RegionCount, Stats};

/// Why the store failed. All of these are resource errors: the daemon stops on them.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open database {path}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("cannot migrate database {path} from schema version {from} to {to}")]
    Migrate {
        path: String,
        from: i64,
        to: i64,
        #[source]
        source: rusqlite::Error,
    },
    #[error("database {path} has schema version {found}, newer than this healthfeed understands ({known}); upgrade healthfeed")]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("database {path} has schema version {found}, older than this healthfeed's ({known}), and was opened read-only; open it once with a writer (ingest, run) to upgrade it")]
    NeedsMigration {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("database error while {about}")]
    Sql {
        about: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("gazetteer {file} line {line}: {about}")]
    Gazetteer {
        file: String,
        line: usize,
        about: String,
    },
    #[error("cannot encode {about} as JSON")]
    Json {
        about: &'static str,
        #[source]
        source: serde_json::Error,
    },
}

pub(crate) fn sql(about: &'static str) -> impl FnOnce(rusqlite::Error) -> StoreError {
    move |source| StoreError::Sql { about, source }
}

/// What happened to one record of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    /// A new document with this id.
    New(i64),
    /// The content was already stored as this document; only the origin was recorded.
    Duplicate(i64),
}

impl Inserted {
    /// The document's id, new or existing.
    pub fn id(self) -> i64 {
        match self {
            Inserted::New(id) | Inserted::Duplicate(id) => id,
        }
    }
}

/// A handle on the database. One writer at a time: the daemon gives it to one task.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let shown = path.display().to_string();
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: shown.clone(),
            source,
        })?;
        Store::setup(conn, &shown)
    }

    /// Opens an existing database for reading only: for extra readers beside the
    /// writer (e.g. pipeline workers fetching [`Store::site_profile`]) and for files
    /// the user may not write. Never migrates: a database at another schema version
    /// is refused (open it once with [`Store::open`] to upgrade it).
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let shown = path.display().to_string();
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: shown.clone(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(sql("setting busy timeout"))?;
        let found = schema::version(&conn)?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: shown,
                found,
                known: SCHEMA_VERSION,
            });
        }
        if found < SCHEMA_VERSION {
            return Err(StoreError::NeedsMigration {
                path: shown,
                found,
                known: SCHEMA_VERSION,
            });
        }
        Ok(Store { conn })
    }

    /// An empty in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Open {
            path: ":memory:".into(),
            source,
        })?;
        Store::setup(conn, ":memory:")
    }

    fn setup(mut conn: Connection, shown: &str) -> Result<Store, StoreError> {
        // The busy timeout first: another process may hold the lock while we set WAL.
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(sql("setting busy timeout"))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(sql("enabling WAL"))?;
        // FULL in WAL mode syncs the log at every commit: a committed batch survives a
        // power loss, which matters because callers delete or move input files after
        // commit. One fsync per batch, not per document.
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(sql("setting synchronous"))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(sql("enabling foreign keys"))?;
        // 32 MB of page cache (negative = KiB): FTS segment merges reread their pages.
        conn.pragma_update(None, "cache_size", -32_000)
            .map_err(sql("setting the cache size"))?;
        schema::migrate(&mut conn, shown)?;
        Ok(Store { conn })
    }

    /// The schema version of the open database (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        schema::version(&self.conn)
    }

    /// Writes records in one transaction: all are stored, or none. New documents'
    /// `site_lines` are counted for their source; duplicates only add an origin.
    ///
    /// Write transactions take the write lock up front (`BEGIN IMMEDIATE`), so a second
    /// writer (`reprocess` beside the daemon) waits out the busy timeout instead of
    /// failing when a read would have to be upgraded.
    pub fn insert_batch(&mut self, records: &[Record]) -> Result<Vec<Inserted>, StoreError> {
        let now = now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql("starting a transaction"))?;
        let mut outcomes = Vec::with_capacity(records.len());
        let mut sources = BTreeSet::new();
        let mut new = Vec::with_capacity(records.len());
        for record in records {
            let outcome = insert_one(&tx, record, &now)?;
            if let Inserted::New(id) = outcome {
                sites::count(&tx, &record.source_key, &record.site_lines)?;
                sources.insert(record.source_key.as_str());
                new.push((id, record));
            }
            outcomes.push(outcome);
        }
        for source in sources {
            sites::prune(&tx, source)?;
        }
        index(&tx, &new)?;
        tx.commit().map_err(sql("committing a batch"))?;
        Ok(outcomes)
    }

    /// Lets SQLite refresh its query-planner statistics after bulk changes (cheap:
    /// `PRAGMA optimize` only analyses tables whose statistics are stale).
    pub fn optimize(&self) -> Result<(), StoreError> {
        self.conn
            .execute_batch("PRAGMA optimize;")
            .map_err(sql("optimizing"))
    }

    /// The id of the document with this content hash, if stored.
    pub fn find_by_hash(&self, hash: &str) -> Result<Option<i64>, StoreError> {
        self.conn
            .query_row(
                "SELECT id FROM documents WHERE content_hash = ?",
                [hash],
                |row| row.get(0),
            )
            .optional()
            .map_err(sql("looking up a content hash"))
    }

    /// The tag ids a query may filter on: the closed set in the `tags` table plus any
    /// a custom taxonomy has stored.
    pub fn known_tags(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT tag FROM tags UNION SELECT tag FROM document_tags ORDER BY 1")
            .map_err(sql("preparing the tag list"))?;
        let rows = stmt
            .query_map([], |row| row.get(0))
            .map_err(sql("listing tags"))?;
        rows.collect::<Result<_, _>>().map_err(sql("listing tags"))
    }
}

/// The current time as stored (RFC 3339, UTC, seconds).
fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn json<T: Serialize>(about: &'static str, value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|source| StoreError::Json { about, source })
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Text => "text",
        Format::Html => "html",
    }
}

/// SQLite stores NaN as NULL, which the NOT NULL score columns refuse; a broken score
/// must not fail a whole batch.
fn finite(score: f64) -> f64 {
    if score.is_finite() {
        score
    } else {
        0.0
    }
}

fn insert_one(tx: &Transaction<'_>, record: &Record, now: &str) -> Result<Inserted, StoreError> {
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM documents WHERE content_hash = ?")
        .and_then(|mut stmt| {
            stmt.query_row([&record.content_hash], |row| row.get(0))
                .optional()
        })
        .map_err(sql("looking up a content hash"))?;
    if let Some(id) = existing {
        tx.execute(
            "INSERT OR IGNORE INTO document_origins (document_id, origin, seen_at) VALUES (?, ?, ?)",
            params![id, record.origin, now],
        )
        .map_err(sql("recording an origin"))?;
        return Ok(Inserted::Duplicate(id));
    }
    let cleaned = &record.cleaned;
    let classified = &record.classified;
    let hints = json("source hints", &record.hints)?;
    let evidence = json("evidence", &classified.health_policy.evidence)?;
    let meta = json("page metadata", &cleaned.meta)?;
    tx.prepare_cached(
        "INSERT INTO documents (content_hash, source_path, source_key, url, raw, encoding, format, hints, \
         title, text, lang, published, health_policy, health_score, evidence, meta, cleaner_version, \
         classifier_version, ingested_at, processed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            record.content_hash,
            record.origin,
            record.source_key,
            cleaned.meta.url.as_ref().or(record.hints.url.as_ref()),
            record.raw,
            record.encoding,
            format_name(record.format),
            hints,
            cleaned.title,
            cleaned.text,
            classified.lang,
            published(record),
            classified.health_policy.is_policy,
            finite(classified.health_policy.score),
            evidence,
            meta,
            record.versions.cleaner,
            record.versions.classifier,
            now,
            now,
        ])
    })
    .map_err(sql("inserting a document"))?;
    let id = tx.last_insert_rowid();
    tx.prepare_cached(
        "INSERT INTO document_origins (document_id, origin, seen_at) VALUES (?, ?, ?)",
    )
    .and_then(|mut stmt| stmt.execute(params![id, record.origin, now]))
    .map_err(sql("recording an origin"))?;
    write_derived(tx, id, record)?;
    Ok(Inserted::New(id))
}

fn published(record: &Record) -> Option<String> {
    record
        .classified
        .published
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// Writes the rows derived from a record (removed segments, tags, regions) for
/// document `id`, which must have none yet. The FTS row is written by [`index`].
fn write_derived(tx: &Transaction<'_>, id: i64, record: &Record) -> Result<(), StoreError> {
    let cleaned = &record.cleaned;
    let classified = &record.classified;
    {
        let mut stmt = tx
            .prepare_cached(
                "INSERT INTO removed_segments (document_id, position, text, rule) VALUES (?, ?, ?, ?)",
            )
            .map_err(sql("preparing removed segments"))?;
        for (position, removal) in cleaned.removed.iter().enumerate() {
            stmt.execute(params![id, position as i64, removal.text, removal.rule])
                .map_err(sql("recording a removed segment"))?;
        }
    }
    {
        let mut stmt = tx
            .prepare_cached(
                "INSERT OR REPLACE INTO document_tags (document_id, tag, score) VALUES (?, ?, ?)",
            )
            .map_err(sql("preparing tags"))?;
        for tag in &classified.tags {
            stmt.execute(params![id, tag.id, finite(tag.score)])
                .map_err(sql("recording a tag"))?;
        }
    }
    {
        let mut stmt = tx
            .prepare_cached(
                "INSERT OR REPLACE INTO document_regions (document_id, code, name, name_en, level, score) \
                 VALUES (?, ?, ?, ?, ?, ?)",
            )
            .map_err(sql("preparing regions"))?;
        for region in &classified.regions {
            stmt.execute(params![
                id,
                region.code,
                region.name,
                region.name_en,
                region.level,
                finite(region.score)
            ])
            .map_err(sql("recording a region"))?;
        }
    }
    Ok(())
}

/// Adds documents' full-text rows. Called once per batch, after every other write:
/// FTS5 flushes its pending terms to a new index segment whenever another statement
/// opens a savepoint, so interleaving these with ordinary inserts would write one
/// tiny segment per document and spend the batch merging them (a profile showed about a sixth of
/// the insert time).
fn index(tx: &Transaction<'_>, rows: &[(i64, &Record)]) -> Result<(), StoreError> {
    let mut stmt = tx
        .prepare_cached("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)")
        .map_err(sql("preparing the index"))?;
    for (id, record) in rows {
        stmt.execute(params![
            id,
            search::index_text(record.cleaned.title.as_deref().unwrap_or("")),
            search::index_text(&record.cleaned.text)
        ])
        .map_err(sql("indexing a document"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
