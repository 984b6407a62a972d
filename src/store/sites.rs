//! Site-template counts: for each source (URL host or inbox subfolder), how many
//! documents have been stored and how many of them contained each short line. The
//! cleaner reads these back as a [`SiteProfile`] to recognise chrome no rule names.
//!
//! Only new documents are counted (a duplicate adds nothing). Growth is bounded,
//! because article lines are nearly all unique and would otherwise make this table as
//! large as the text itself: once a source has had [`PRUNE_AFTER`] more documents since a
//! line was first seen, the line is dropped if it was in fewer than one in
//! [`MIN_SHARE_INVERSE`] of them (a line seen once goes after 64 documents), and a
//! source keeps at most [`MAX_LINES_PER_SOURCE`] lines (the rarest, oldest go first).
//! Template lines recur in most pages of a site, so they always survive. This module does not decide what is
//! chrome: that is the cleaner's job.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, OptionalExtension, Transaction};

use super::{sql, Store, StoreError};
use crate::clean::SiteProfile;

/// A line is judged only once its source has had this many documents since it was
/// first seen.
pub const PRUNE_AFTER: i64 = 64;

/// A judged line is forgotten when it was in fewer than one in this many of the
/// documents since it was first seen. The cleaner wants a line in about half of a
/// site's pages before calling it template, so one in eight is a wide margin.
pub const MIN_SHARE_INVERSE: i64 = 8;

/// At most this many lines are kept per source.
pub const MAX_LINES_PER_SOURCE: i64 = 20_000;

/// Counts one new document's lines for its source.
pub(crate) fn count(
    tx: &Transaction<'_>,
    source_key: &str,
    lines: &[String],
) -> Result<(), StoreError> {
    let documents: i64 = tx
        .query_row(
            "INSERT INTO sites (source_key, documents) VALUES (?, 1) \
             ON CONFLICT (source_key) DO UPDATE SET documents = documents + 1 \
             RETURNING documents",
            [source_key],
            |row| row.get(0),
        )
        .map_err(sql("counting a site's documents"))?;
    let mut upsert = tx
        .prepare_cached(
            "INSERT INTO site_line_counts (source_key, line, documents, first_seen) \
             VALUES (?, ?, 1, ?) \
             ON CONFLICT (source_key, line) DO UPDATE SET documents = documents + 1",
        )
        .map_err(sql("preparing site line counts"))?;
    let unique: BTreeSet<&String> = lines.iter().collect();
    for line in unique {
        upsert
            .execute(params![source_key, line, documents])
            .map_err(sql("counting a site line"))?;
    }
    Ok(())
}

/// Applies the change in one re-processed document's lines.
pub(crate) fn recount(
    tx: &Transaction<'_>,
    source_key: &str,
    before: &[String],
    after: &[String],
) -> Result<(), StoreError> {
    let before: BTreeSet<&String> = before.iter().collect();
    let after: BTreeSet<&String> = after.iter().collect();
    if before == after {
        return Ok(());
    }
    let documents: i64 = tx
        .query_row(
            "SELECT documents FROM sites WHERE source_key = ?",
            [source_key],
            |row| row.get(0),
        )
        .optional()
        .map_err(sql("reading a site's documents"))?
        .unwrap_or(0);
    for line in before.difference(&after) {
        tx.execute(
            "UPDATE site_line_counts SET documents = documents - 1 \
             WHERE source_key = ? AND line = ?",
            params![source_key, line],
        )
        .map_err(sql("uncounting a site line"))?;
    }
    tx.execute(
        "DELETE FROM site_line_counts WHERE source_key = ? AND documents <= 0",
        [source_key],
    )
    .map_err(sql("dropping uncounted site lines"))?;
    let mut upsert = tx
        .prepare_cached(
            "INSERT INTO site_line_counts (source_key, line, documents, first_seen) \
             VALUES (?, ?, 1, ?) \
             ON CONFLICT (source_key, line) DO UPDATE SET documents = documents + 1",
        )
        .map_err(sql("preparing site line counts"))?;
    for line in after.difference(&before) {
        upsert
            .execute(params![source_key, line, documents])
            .map_err(sql("counting a site line"))?;
    }
    Ok(())
}

/// Enforces the growth bounds for one source.
pub(crate) fn prune(tx: &Transaction<'_>, source_key: &str) -> Result<(), StoreError> {
    prune_with(tx, source_key, PRUNE_AFTER, MAX_LINES_PER_SOURCE)
}

/// [`prune`] with explicit bounds.
pub(crate) fn prune_with(
    tx: &Transaction<'_>,
    source_key: &str,
    prune_after: i64,
    max_lines: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM site_line_counts WHERE source_key = ?1 \
         AND (SELECT documents FROM sites WHERE source_key = ?1) - first_seen >= ?2 \
         AND documents * ?3 < (SELECT documents FROM sites WHERE source_key = ?1) - first_seen + 1",
        params![source_key, prune_after, MIN_SHARE_INVERSE],
    )
    .map_err(sql("pruning site lines"))?;
    let lines: i64 = tx
        .query_row(
            "SELECT count(*) FROM site_line_counts WHERE source_key = ?",
            [source_key],
            |row| row.get(0),
        )
        .map_err(sql("counting site lines"))?;
    if lines > max_lines {
        tx.execute(
            "DELETE FROM site_line_counts WHERE source_key = ?1 AND line IN \
             (SELECT line FROM site_line_counts WHERE source_key = ?1 \
              ORDER BY documents, first_seen LIMIT ?2)",
            params![source_key, lines - max_lines],
        )
        .map_err(sql("capping site lines"))?;
    }
    Ok(())
}

impl Store {
    /// What has been learned about the template of `source_key`: how many of its
    /// documents were stored, and for each line seen in at least two of them, in how
    /// many. Lines seen once are left out (one sighting says nothing about a
    /// template). An unknown source gives an empty profile.
    pub fn site_profile(&self, source_key: &str) -> Result<SiteProfile, StoreError> {
        let documents: i64 = self
            .conn
            .query_row(
                "SELECT documents FROM sites WHERE source_key = ?",
                [source_key],
                |row| row.get(0),
            )
            .optional()
            .map_err(sql("reading a site profile"))?
            .unwrap_or(0);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT line, documents FROM site_line_counts \
                 WHERE source_key = ? AND documents >= 2",
            )
            .map_err(sql("preparing a site profile"))?;
        let rows = stmt
            .query_map([source_key], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
            })
            .map_err(sql("reading a site profile"))?;
        let mut line_counts = HashMap::new();
        for row in rows {
            let (line, count) = row.map_err(sql("reading a site profile"))?;
            line_counts.insert(line, clamp(count));
        }
        Ok(SiteProfile {
            documents: clamp(documents),
            line_counts,
        })
    }
}

fn clamp(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}
