//! The `regions` reference table and the names that resolve to it (`region_names`),
//! filled from the gazetteer so that `query --region` knows every place the
//! classifier knows, not only those some stored document already names.
//!
//! [`Store::sync_gazetteer`] replaces both tables with the gazetteer's rows in one
//! transaction, and only when the gazetteer's content differs from what was loaded
//! last (a SHA-256 kept in `meta`), so opening a current store costs one hash and one
//! lookup. The gazetteer file itself is located by the config and read by the
//! classifier's row reader; this module never matches text against it.

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use sha2::{Digest, Sha256};

use super::{now, search, sql, Store, StoreError};

/// The `meta` key holding the hash of the gazetteer loaded into `regions`.
pub const GAZETTEER_KEY: &str = "gazetteer_sha256";

/// Part of the hashed input: bump it when the way rows or names are derived from the
/// gazetteer changes, so that every store reloads once.
const LOADER_VERSION: &str = "regions-loader 1";

/// One row of the `regions` reference table, with the other names it is known by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionRow {
    /// GB/T 2260 code (or ISO 3166 alpha-2 for a country).
    pub code: String,
    /// Full name (江苏省, 苏州市).
    pub name: String,
    /// Name without its administrative suffix (江苏, 苏州); empty when it has none.
    pub short_name: String,
    pub name_en: String,
    /// `country`, `province`, `city` or `county`.
    pub level: String,
    /// Other spellings that resolve to this region (Xian for Xi'an, Xizang, Russia).
    pub aliases: Vec<String>,
}

/// The form a region name is looked up by: traditional folded to simplified,
/// fullwidth to ASCII, lower case, a typographic apostrophe as a plain one.
pub(crate) fn name_key(name: &str) -> String {
    search::fold(name.trim())
        .to_lowercase()
        .replace('\u{2019}', "'")
}

/// The gazetteer's rows as `regions` rows (the file format is read by
/// [`crate::classify::gazetteer_rows`], its one reader).
pub fn parse_gazetteer(file: &str, tsv: &str) -> Result<Vec<RegionRow>, StoreError> {
    let rows = crate::classify::gazetteer_rows(file, tsv).map_err(|e| match e {
        crate::classify::GazetteerError::Row { file, line, about } => {
            StoreError::Gazetteer { file, line, about }
        }
        other => StoreError::Gazetteer {
            file: file.to_string(),
            line: 0,
            about: other.to_string(),
        },
    })?;
    Ok(rows
        .into_iter()
        .map(|row| RegionRow {
            code: row.code,
            name: row.name,
            short_name: row.short_name,
            name_en: row.name_en,
            level: row.level.as_str().to_string(),
            aliases: row.aliases,
        })
        .collect())
}

impl Store {
    /// Makes `regions` and `region_names` hold exactly the gazetteer `tsv` (read from
    /// `file`, which error messages name). Does nothing, and writes nothing, when that
    /// content is already loaded. Returns the number of rows loaded, if it loaded.
    pub fn sync_gazetteer(&mut self, file: &str, tsv: &str) -> Result<Option<usize>, StoreError> {
        let mut hasher = Sha256::new();
        hasher.update(LOADER_VERSION.as_bytes());
        hasher.update([0]);
        hasher.update(tsv.as_bytes());
        let hash = hex::encode(hasher.finalize());
        if self.loaded_gazetteer()?.as_deref() == Some(hash.as_str()) {
            return Ok(None);
        }
        let rows = parse_gazetteer(file, tsv)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql("starting a transaction"))?;
        // Another process may have loaded it while this one waited for the lock.
        let current: Option<String> = tx
            .query_row(
                "SELECT value FROM meta WHERE key = ?",
                [GAZETTEER_KEY],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql("reading the gazetteer hash"))?;
        if current.as_deref() == Some(hash.as_str()) {
            return Ok(None);
        }
        tx.execute_batch("DELETE FROM region_names; DELETE FROM regions;")
            .map_err(sql("clearing the regions table"))?;
        write_rows(&tx, &rows)?;
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?), ('gazetteer_loaded_at', ?)",
            params![GAZETTEER_KEY, hash, now()],
        )
        .map_err(sql("recording the gazetteer hash"))?;
        tx.commit().map_err(sql("committing the gazetteer"))?;
        Ok(Some(rows.len()))
    }

    /// The hash of the gazetteer last loaded by [`Store::sync_gazetteer`], if any.
    pub fn loaded_gazetteer(&self) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT value FROM meta WHERE key = ?",
                [GAZETTEER_KEY],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql("reading the gazetteer hash"))
    }

    /// Adds or replaces rows of the `regions` table and their names. The table holds
    /// the gazetteer once [`Store::sync_gazetteer`] has run; rows added here stay
    /// until the gazetteer next changes.
    pub fn upsert_regions(&mut self, rows: &[RegionRow]) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql("starting a transaction"))?;
        write_rows(&tx, rows)?;
        tx.commit().map_err(sql("committing regions"))
    }
}

/// Writes `rows` to `regions` (replacing rows with the same code) and their names to
/// `region_names`. A lower level's short name that is also a province's (吉林市 and
/// 吉林省, 海南藏族自治州 and 海南省) is left out, as the classifier leaves it out: the
/// short name means the province.
fn write_rows(tx: &Transaction<'_>, rows: &[RegionRow]) -> Result<(), StoreError> {
    {
        let mut region = tx
            .prepare_cached(
                "INSERT OR REPLACE INTO regions (code, name, short_name, name_en, level) \
                 VALUES (?, ?, ?, ?, ?)",
            )
            .map_err(sql("preparing regions"))?;
        let mut forget = tx
            .prepare_cached("DELETE FROM region_names WHERE code = ?")
            .map_err(sql("preparing region names"))?;
        for row in rows {
            region
                .execute([
                    &row.code,
                    &row.name,
                    &row.short_name,
                    &row.name_en,
                    &row.level,
                ])
                .map_err(sql("storing a region"))?;
            forget
                .execute([&row.code])
                .map_err(sql("replacing region names"))?;
        }
    }
    let province_shorts: HashSet<String> = {
        let mut stmt = tx
            .prepare("SELECT short_name FROM regions WHERE level = 'province'")
            .map_err(sql("listing provinces"))?;
        let names = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(sql("listing provinces"))?;
        names
            .collect::<Result<_, _>>()
            .map_err(sql("listing provinces"))?
    };
    let mut name = tx
        .prepare_cached("INSERT OR IGNORE INTO region_names (name, code) VALUES (?, ?)")
        .map_err(sql("preparing region names"))?;
    for row in rows {
        let short = (row.level == "province" || !province_shorts.contains(&row.short_name))
            .then_some(row.short_name.as_str());
        let names = [row.name.as_str(), row.name_en.as_str()]
            .into_iter()
            .chain(short)
            .chain(row.aliases.iter().map(String::as_str));
        for n in names {
            let key = name_key(n);
            if !key.is_empty() {
                name.execute([&key, &row.code])
                    .map_err(sql("storing a region name"))?;
            }
        }
    }
    Ok(())
}
