//! SQLite storage: the only module that knows SQL.
//!
//! [`Store::open`] sets the pragmas (WAL, `synchronous = NORMAL`, `busy_timeout`,
//! foreign keys) and applies the embedded migrations under `migrations/`, tracked by
//! `PRAGMA user_version`. [`Store::insert_batch`] writes a batch of records in one
//! transaction; identical content (same hash) is a no-op that only records the new
//! origin. Queries go through [`Query`]; full-text search uses the bigram index
//! described in [`search`].

pub mod search;

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::document::Record;

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
    #[error("database error while {about}")]
    Sql {
        about: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("cannot encode {about} as JSON")]
    Json {
        about: &'static str,
        #[source]
        source: serde_json::Error,
    },
}

fn sql(about: &'static str) -> impl FnOnce(rusqlite::Error) -> StoreError {
    move |source| StoreError::Sql { about, source }
}

/// The schema migrations, in order; `PRAGMA user_version` records how many are applied.
/// Append only: an applied migration is never edited.
const MIGRATIONS: &[&str] = &[include_str!("../../migrations/0001_init.sql")];

/// Applies the migrations the database has not seen yet, each in its own transaction.
fn migrate(conn: &mut Connection, shown: &str) -> Result<(), StoreError> {
    let known = MIGRATIONS.len() as i64;
    let current: i64 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(sql("reading the schema version"))?;
    if current > known {
        return Err(StoreError::TooNew {
            path: shown.to_string(),
            found: current,
            known,
        });
    }
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let to = index as i64 + 1;
        let failed = |source| StoreError::Migrate {
            path: shown.to_string(),
            from: current,
            to,
            source,
        };
        let tx = conn.transaction().map_err(failed)?;
        tx.execute_batch(migration).map_err(failed)?;
        tx.pragma_update(None, "user_version", to).map_err(failed)?;
        tx.commit().map_err(failed)?;
    }
    Ok(())
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
    pub fn id(self) -> i64 {
        match self {
            Inserted::New(id) | Inserted::Duplicate(id) => id,
        }
    }
}

/// A search over stored documents. Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Words to find (Chinese or English); all must match.
    pub text: Option<String>,
    /// Documents must carry every one of these tags.
    pub tags: Vec<String>,
    /// A region code, or a Chinese/English name.
    pub region: Option<String>,
    /// Published on or after (YYYY-MM-DD).
    pub since: Option<String>,
    /// Published on or before (YYYY-MM-DD).
    pub until: Option<String>,
    /// Include documents that are not health policy.
    pub all: bool,
    pub limit: usize,
}

/// One search result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: i64,
    pub title: Option<String>,
    pub published: Option<String>,
    pub lang: String,
    pub health_policy: bool,
    pub health_score: f64,
    pub tags: Vec<String>,
    pub regions: Vec<String>,
    pub source_path: String,
    /// The start of the cleaned text.
    pub snippet: String,
}

/// Counts for `healthfeed stats`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub documents: i64,
    pub health_policy: i64,
    pub by_tag: Vec<(String, i64)>,
    pub by_lang: Vec<(String, i64)>,
    pub by_region: Vec<(String, i64)>,
    pub by_day: Vec<(String, i64)>,
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

    /// An empty in-memory database, for tests and `inspect`.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Open {
            path: ":memory:".into(),
            source,
        })?;
        Store::setup(conn, ":memory:")
    }

    fn setup(mut conn: Connection, shown: &str) -> Result<Store, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(sql("enabling WAL"))?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(sql("setting synchronous"))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(sql("enabling foreign keys"))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(sql("setting busy timeout"))?;
        migrate(&mut conn, shown)?;
        Ok(Store { conn })
    }

    /// Writes records in one transaction: all are stored, or none.
    pub fn insert_batch(&mut self, records: &[Record]) -> Result<Vec<Inserted>, StoreError> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let tx = self
            .conn
            .transaction()
            .map_err(sql("starting a transaction"))?;
        let mut outcomes = Vec::with_capacity(records.len());
        for record in records {
            outcomes.push(insert_one(&tx, record, &now)?);
        }
        tx.commit().map_err(sql("committing a batch"))?;
        Ok(outcomes)
    }

    /// Runs a search, newest first.
    pub fn query(&self, query: &Query) -> Result<Vec<Hit>, StoreError> {
        let mut where_clauses: Vec<String> = Vec::new();
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(expr) = query.text.as_deref().and_then(search::match_expression) {
            where_clauses.push(
                "d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)".into(),
            );
            args.push(expr.into());
        }
        if !query.all {
            where_clauses.push("d.health_policy = 1".into());
        }
        for tag in &query.tags {
            where_clauses.push(
                "EXISTS (SELECT 1 FROM document_tags t WHERE t.document_id = d.id AND t.tag = ?)"
                    .into(),
            );
            args.push(tag.clone().into());
        }
        if let Some(region) = &query.region {
            where_clauses.push(
                "EXISTS (SELECT 1 FROM document_regions r WHERE r.document_id = d.id \
                 AND (r.code = ? OR r.name = ? OR lower(r.name_en) = lower(?)))"
                    .into(),
            );
            for _ in 0..3 {
                args.push(region.clone().into());
            }
        }
        if let Some(since) = &query.since {
            where_clauses.push("d.published >= ?".into());
            args.push(since.clone().into());
        }
        if let Some(until) = &query.until {
            where_clauses.push("d.published <= ?".into());
            args.push(until.clone().into());
        }
        let mut sql_text = String::from(
            "SELECT d.id, d.title, d.published, d.lang, d.health_policy, d.health_score, d.source_path, \
             substr(d.text, 1, 160) FROM documents d",
        );
        if !where_clauses.is_empty() {
            sql_text.push_str(" WHERE ");
            sql_text.push_str(&where_clauses.join(" AND "));
        }
        sql_text.push_str(" ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ?");
        args.push((query.limit.max(1) as i64).into());

        let mut stmt = self
            .conn
            .prepare(&sql_text)
            .map_err(sql("preparing a query"))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |row| {
                Ok(Hit {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    published: row.get(2)?,
                    lang: row.get(3)?,
                    health_policy: row.get::<_, i64>(4)? == 1,
                    health_score: row.get(5)?,
                    source_path: row.get(6)?,
                    snippet: row.get::<_, String>(7)?.replace('\n', " "),
                    tags: Vec::new(),
                    regions: Vec::new(),
                })
            })
            .map_err(sql("running a query"))?;
        let mut hits = Vec::new();
        for row in rows {
            let mut hit = row.map_err(sql("reading a query result"))?;
            hit.tags = self.strings(
                "SELECT tag FROM document_tags WHERE document_id = ? ORDER BY score DESC",
                hit.id,
            )?;
            hit.regions = self.strings(
                "SELECT name FROM document_regions WHERE document_id = ? ORDER BY score DESC",
                hit.id,
            )?;
            hits.push(hit);
        }
        Ok(hits)
    }

    fn strings(&self, statement: &str, id: i64) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(statement)
            .map_err(sql("preparing a lookup"))?;
        let rows = stmt
            .query_map([id], |row| row.get(0))
            .map_err(sql("running a lookup"))?;
        rows.collect::<Result<_, _>>()
            .map_err(sql("reading a lookup"))
    }

    fn counts(&self, statement: &str) -> Result<Vec<(String, i64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(statement)
            .map_err(sql("preparing stats"))?;
        let rows = stmt
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .map_err(sql("counting"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading stats"))
    }

    /// Counts by tag, language, region and publication day.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let (documents, health_policy) = self
            .conn
            .query_row(
                "SELECT count(*), coalesce(sum(health_policy), 0) FROM documents",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(sql("counting documents"))?;
        Ok(Stats {
            documents,
            health_policy,
            by_tag: self.counts("SELECT tag, count(*) FROM document_tags GROUP BY tag ORDER BY 2 DESC, 1")?,
            by_lang: self.counts("SELECT lang, count(*) FROM documents GROUP BY lang ORDER BY 2 DESC, 1")?,
            by_region: self.counts(
                "SELECT name, count(*) FROM document_regions GROUP BY code ORDER BY 2 DESC, 1 LIMIT 50",
            )?,
            by_day: self.counts(
                "SELECT published, count(*) FROM documents WHERE published IS NOT NULL \
                 GROUP BY published ORDER BY 1 DESC LIMIT 60",
            )?,
        })
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
}

fn json<T: Serialize>(about: &'static str, value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|source| StoreError::Json { about, source })
}

fn insert_one(
    tx: &rusqlite::Transaction<'_>,
    record: &Record,
    now: &str,
) -> Result<Inserted, StoreError> {
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM documents WHERE content_hash = ?",
            [&record.content_hash],
            |row| row.get(0),
        )
        .optional()
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
    let format = match record.format {
        crate::document::Format::Text => "text",
        crate::document::Format::Html => "html",
    };
    tx.execute(
        "INSERT INTO documents (content_hash, source_path, source_key, url, raw, encoding, format, title, text, \
         lang, published, health_policy, health_score, evidence, meta, cleaner_version, classifier_version, \
         ingested_at, processed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        params![
            record.content_hash,
            record.origin,
            record.source_key,
            cleaned.meta.url,
            record.raw,
            record.encoding,
            format,
            cleaned.title,
            cleaned.text,
            classified.lang,
            classified.published.map(|d| d.format("%Y-%m-%d").to_string()),
            classified.health_policy.is_policy,
            classified.health_policy.score,
            json("evidence", &classified.health_policy.evidence)?,
            json("page metadata", &cleaned.meta)?,
            record.versions.cleaner,
            record.versions.classifier,
            now,
            now,
        ],
    )
    .map_err(sql("inserting a document"))?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO document_origins (document_id, origin, seen_at) VALUES (?, ?, ?)",
        params![id, record.origin, now],
    )
    .map_err(sql("recording an origin"))?;
    for (position, removal) in cleaned.removed.iter().enumerate() {
        tx.execute(
            "INSERT INTO removed_segments (document_id, position, text, rule) VALUES (?, ?, ?, ?)",
            params![id, position as i64, removal.text, removal.rule],
        )
        .map_err(sql("recording a removed segment"))?;
    }
    for tag in &classified.tags {
        tx.execute(
            "INSERT INTO document_tags (document_id, tag, score) VALUES (?, ?, ?)",
            params![id, tag.id, tag.score],
        )
        .map_err(sql("recording a tag"))?;
    }
    for region in &classified.regions {
        tx.execute(
            "INSERT OR REPLACE INTO document_regions (document_id, code, name, name_en, level, score) \
             VALUES (?, ?, ?, ?, ?, ?)",
            params![id, region.code, region.name, region.name_en, region.level, region.score],
        )
        .map_err(sql("recording a region"))?;
    }
    tx.execute(
        "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
        params![
            id,
            search::index_text(cleaned.title.as_deref().unwrap_or("")),
            search::index_text(&cleaned.text)
        ],
    )
    .map_err(sql("indexing a document"))?;
    Ok(Inserted::New(id))
}
