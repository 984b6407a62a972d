//! Reading stored documents back for `healthfeed reprocess`, and rewriting what was
//! derived from them.
//!
//! [`Store::documents_for_reprocess`] pages through documents by id, giving each one's
//! raw input as a [`RawDoc`] again (bytes, format, source hints) so the pipeline can
//! run on exactly what it first saw. [`Store::update_batch`] writes the new results in
//! one transaction per batch: encoding, format, title, text, language, date, verdict,
//! evidence, meta, tags, regions, removed segments and the FTS row, plus versions and
//! `processed_at`.
//! `raw`, `content_hash`, `source_path` and `ingested_at` are never touched. Running the
//! pipeline is the caller's job.

use rusqlite::{params, types::Value, OptionalExtension, Transaction, TransactionBehavior};

use super::{finite, index, json, now, published, sites, sql, write_derived, Store, StoreError};
use crate::document::{Cleaned, Format, Hints, PageMeta, RawDoc, Record, Removal, Versions};

/// A stored document as input to the pipeline again.
#[derive(Debug, Clone)]
pub struct StoredDocument {
    pub id: i64,
    pub raw: RawDoc,
    pub versions: Versions,
    /// The site lines this document contributed to its source's counts, rebuilt from
    /// its stored text and removed segments: leave them out of the profile used to
    /// re-clean it, so that a page does not count as its own template.
    pub site_lines: Vec<String>,
}

/// The new result for one stored document.
#[derive(Debug, Clone)]
pub struct Update {
    pub id: i64,
    /// [`StoredDocument::site_lines`], so the site counts can be corrected.
    pub previous_site_lines: Vec<String>,
    pub record: Record,
}

/// What an update did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reprocessed {
    /// Some derived value changed and was rewritten.
    Updated,
    /// Everything came out the same; only versions and `processed_at` were stamped.
    Unchanged,
    /// No document has this id any more.
    Missing,
}

/// Everything the pipeline decides about a document, in a comparable form.
#[derive(Debug, PartialEq)]
struct Derived {
    encoding: String,
    format: String,
    title: Option<String>,
    text: String,
    lang: String,
    published: Option<String>,
    health_policy: bool,
    health_score: f64,
    evidence: String,
    meta: String,
    tags: Vec<(String, f64)>,
    regions: Vec<(String, String, String, String, f64)>,
    removed: Vec<(String, String)>,
}

impl Derived {
    fn of(record: &Record) -> Result<Derived, StoreError> {
        let classified = &record.classified;
        let mut tags: Vec<(String, f64)> = classified
            .tags
            .iter()
            .map(|t| (t.id.clone(), finite(t.score)))
            .collect();
        // The tables are keyed by tag and code, and the last of a repeated key wins.
        tags.reverse();
        tags.sort_by(|a, b| a.0.cmp(&b.0));
        tags.dedup_by(|a, b| a.0 == b.0);
        let mut regions: Vec<_> = classified
            .regions
            .iter()
            .map(|r| {
                (
                    r.code.clone(),
                    r.name.clone(),
                    r.name_en.clone(),
                    r.level.clone(),
                    finite(r.score),
                )
            })
            .collect();
        regions.reverse();
        regions.sort_by(|a, b| a.0.cmp(&b.0));
        regions.dedup_by(|a, b| a.0 == b.0);
        Ok(Derived {
            encoding: record.encoding.clone(),
            format: super::format_name(record.format).to_string(),
            title: record.cleaned.title.clone(),
            text: record.cleaned.text.clone(),
            lang: classified.lang.clone(),
            published: published(record),
            health_policy: classified.health_policy.is_policy,
            health_score: finite(classified.health_policy.score),
            evidence: json("evidence", &classified.health_policy.evidence)?,
            meta: json("page metadata", &record.cleaned.meta)?,
            tags,
            regions,
            removed: record
                .cleaned
                .removed
                .iter()
                .map(|r| (r.text.clone(), r.rule.clone()))
                .collect(),
        })
    }

    fn stored(tx: &Transaction<'_>, id: i64) -> Result<Option<Derived>, StoreError> {
        let Some(mut derived) = tx
            .query_row(
                "SELECT title, text, lang, published, health_policy, health_score, evidence, meta, \
                 encoding, format FROM documents WHERE id = ?",
                [id],
                |row| {
                    Ok(Derived {
                        title: row.get(0)?,
                        text: row.get(1)?,
                        lang: row.get(2)?,
                        published: row.get(3)?,
                        health_policy: row.get::<_, i64>(4)? == 1,
                        health_score: row.get(5)?,
                        evidence: row.get(6)?,
                        meta: row.get(7)?,
                        encoding: row.get(8)?,
                        format: row.get(9)?,
                        tags: Vec::new(),
                        regions: Vec::new(),
                        removed: Vec::new(),
                    })
                },
            )
            .optional()
            .map_err(sql("reading a stored document"))?
        else {
            return Ok(None);
        };
        derived.tags = tx
            .prepare_cached(
                "SELECT tag, score FROM document_tags WHERE document_id = ? ORDER BY tag",
            )
            .and_then(|mut stmt| {
                stmt.query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
                    .collect()
            })
            .map_err(sql("reading stored tags"))?;
        derived.regions = tx
            .prepare_cached(
                "SELECT code, name, name_en, level, score FROM document_regions \
                 WHERE document_id = ? ORDER BY code",
            )
            .and_then(|mut stmt| {
                stmt.query_map([id], |row| {
                    Ok((
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ))
                })?
                .collect()
            })
            .map_err(sql("reading stored regions"))?;
        derived.removed = removed_segments(tx, id)?;
        Ok(Some(derived))
    }
}

fn removed_segments(
    conn: &rusqlite::Connection,
    id: i64,
) -> Result<Vec<(String, String)>, StoreError> {
    conn.prepare_cached(
        "SELECT text, rule FROM removed_segments WHERE document_id = ? ORDER BY position",
    )
    .and_then(|mut stmt| {
        stmt.query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect()
    })
    .map_err(sql("reading removed segments"))
}

/// The `WHERE` clause choosing documents for reprocessing, and its arguments.
fn selection(after_id: i64, outdated: Option<&Versions>) -> (String, Vec<Value>) {
    let mut clause = String::from("id > ?");
    let mut args = vec![Value::from(after_id)];
    if let Some(current) = outdated {
        clause.push_str(" AND (cleaner_version <> ? OR classifier_version <> ?)");
        args.push(current.cleaner.clone().into());
        args.push(current.classifier.clone().into());
    }
    (clause, args)
}

impl Store {
    /// How many documents [`Store::documents_for_reprocess`] will give from the start:
    /// all, or with `outdated` only those whose cleaner or classifier version differs.
    pub fn count_for_reprocess(&self, outdated: Option<&Versions>) -> Result<i64, StoreError> {
        let (clause, args) = selection(0, outdated);
        self.conn
            .query_row(
                &format!("SELECT count(*) FROM documents WHERE {clause}"),
                rusqlite::params_from_iter(args.iter()),
                |row| row.get(0),
            )
            .map_err(sql("counting documents to reprocess"))
    }

    /// Up to `limit` documents with an id above `after_id`, in id order (pass the last
    /// id seen to get the next page). With `outdated`, only documents whose cleaner or
    /// classifier version differs from it.
    pub fn documents_for_reprocess(
        &self,
        after_id: i64,
        limit: usize,
        outdated: Option<&Versions>,
    ) -> Result<Vec<StoredDocument>, StoreError> {
        let (clause, mut args) = selection(after_id, outdated);
        args.push(Value::from(i64::try_from(limit).unwrap_or(i64::MAX)));
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT id, source_path, source_key, raw, format, hints, cleaner_version, \
                 classifier_version, title, text FROM documents WHERE {clause} ORDER BY id LIMIT ?"
            ))
            .map_err(sql("preparing a reprocess read"))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Vec<u8>>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    Versions {
                        cleaner: row.get(6)?,
                        classifier: row.get(7)?,
                    },
                    row.get::<_, Option<String>>(8)?,
                    row.get::<_, String>(9)?,
                ))
            })
            .map_err(sql("reading documents to reprocess"))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, origin, source_key, bytes, format, hints, versions, title, text) =
                row.map_err(sql("reading a document to reprocess"))?;
            // Hints are our own JSON; an unreadable value (hand-edited row) means none.
            let hints: Hints = serde_json::from_str(&hints).unwrap_or_default();
            let removed = removed_segments(&self.conn, id)?
                .into_iter()
                .map(|(text, rule)| Removal { text, rule })
                .collect();
            let site_lines = crate::clean::site_lines(&Cleaned {
                title,
                text,
                removed,
                meta: PageMeta::default(),
            });
            out.push(StoredDocument {
                id,
                raw: RawDoc {
                    origin,
                    source_key,
                    bytes,
                    format_hint: Some(if format == "html" {
                        Format::Html
                    } else {
                        Format::Text
                    }),
                    hints,
                },
                versions,
                site_lines,
            });
        }
        Ok(out)
    }

    /// Writes new pipeline results over stored documents, in one transaction. A
    /// document whose results are all unchanged only gets its versions and
    /// `processed_at` stamped.
    pub fn update_batch(&mut self, updates: &[Update]) -> Result<Vec<Reprocessed>, StoreError> {
        let now = now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql("starting a transaction"))?;
        let mut outcomes = Vec::with_capacity(updates.len());
        let mut reindex = Vec::new();
        for update in updates {
            let outcome = update_one(&tx, update, &now)?;
            if outcome == Reprocessed::Updated {
                reindex.push((update.id, &update.record));
            }
            outcomes.push(outcome);
        }
        // As in insert_batch: all index rows together, after the other writes.
        {
            let mut delete = tx
                .prepare_cached("DELETE FROM documents_fts WHERE rowid = ?")
                .map_err(sql("preparing index deletes"))?;
            for (id, _) in &reindex {
                delete.execute([id]).map_err(sql("clearing an index row"))?;
            }
        }
        index(&tx, &reindex)?;
        tx.commit().map_err(sql("committing a reprocess batch"))?;
        Ok(outcomes)
    }
}

fn update_one(tx: &Transaction<'_>, update: &Update, now: &str) -> Result<Reprocessed, StoreError> {
    let record = &update.record;
    let Some(before) = Derived::stored(tx, update.id)? else {
        return Ok(Reprocessed::Missing);
    };
    let after = Derived::of(record)?;
    if before == after {
        tx.execute(
            "UPDATE documents SET cleaner_version = ?, classifier_version = ?, processed_at = ? \
             WHERE id = ?",
            params![
                record.versions.cleaner,
                record.versions.classifier,
                now,
                update.id
            ],
        )
        .map_err(sql("stamping a reprocessed document"))?;
        return Ok(Reprocessed::Unchanged);
    }
    tx.execute(
        "UPDATE documents SET title = ?, text = ?, lang = ?, published = ?, health_policy = ?, \
         health_score = ?, evidence = ?, meta = ?, url = coalesce(?, url), cleaner_version = ?, \
         classifier_version = ?, processed_at = ?, encoding = ?, format = ? WHERE id = ?",
        params![
            after.title,
            after.text,
            after.lang,
            after.published,
            after.health_policy,
            after.health_score,
            after.evidence,
            after.meta,
            record.cleaned.meta.url,
            record.versions.cleaner,
            record.versions.classifier,
            now,
            after.encoding,
            after.format,
            update.id
        ],
    )
    .map_err(sql("updating a reprocessed document"))?;
    for table in ["removed_segments", "document_tags", "document_regions"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE document_id = ?"),
            [update.id],
        )
        .map_err(sql("clearing derived rows"))?;
    }
    write_derived(tx, update.id, record)?;
    sites::recount(
        tx,
        &record.source_key,
        &update.previous_site_lines,
        &record.site_lines,
    )?;
    Ok(Reprocessed::Updated)
}
