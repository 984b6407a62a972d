//! Counts for `healthfeed stats`: totals, and documents per tag, language, region,
//! source, cleaning rule, versions, day and month, each split into health policy or not. Read-only; this
//! module formats nothing (the CLI does).

use serde::Serialize;

use super::{sql, Store, StoreError};

/// How many documents share one value (a tag, a language, a day…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub key: String,
    pub documents: i64,
    /// How many of them are health policy.
    pub health_policy: i64,
}

/// Documents per region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionCount {
    pub code: String,
    pub name: String,
    pub documents: i64,
    pub health_policy: i64,
}

/// What the database holds.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub documents: i64,
    pub health_policy: i64,
    pub not_health_policy: i64,
    /// Documents whose page states no publication date.
    pub undated: i64,
    /// Distinct sources (hosts or inbox subfolders).
    pub sources: i64,
    /// File paths or URLs documents were seen at (duplicates included).
    pub origins: i64,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub schema_version: i64,
    pub by_tag: Vec<Count>,
    pub by_lang: Vec<Count>,
    pub by_region: Vec<RegionCount>,
    pub by_source: Vec<Count>,
    /// Removed chrome per cleaning rule: `documents` is how many documents the rule
    /// removed something from, `health_policy` how many of those are policy.
    pub by_rule: Vec<Count>,
    /// Documents per `cleaner_version + classifier_version`: more than one means
    /// `reprocess --only-outdated` has work to do.
    pub by_version: Vec<Count>,
    /// Newest first.
    pub by_month: Vec<Count>,
    /// Newest first.
    pub by_day: Vec<Count>,
}

impl Store {
    fn counts(&self, statement: &str) -> Result<Vec<Count>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(statement)
            .map_err(sql("preparing stats"))?;
        let rows = stmt
            .query_map([], |row| {
                Ok(Count {
                    key: row.get(0)?,
                    documents: row.get(1)?,
                    health_policy: row.get(2)?,
                })
            })
            .map_err(sql("counting"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading stats"))
    }

    /// Counts by tag, language, region, source, rule, versions, month and day, plus totals.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let (documents, health_policy, undated, sources, first, last) = self
            .conn
            .query_row(
                "SELECT count(*), coalesce(sum(health_policy), 0), \
                 coalesce(sum(published IS NULL), 0), count(DISTINCT source_key), \
                 min(published), max(published) FROM documents",
                [],
                |row| {
                    Ok((
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                        row.get(5)?,
                    ))
                },
            )
            .map_err(sql("counting documents"))?;
        let origins = self
            .conn
            .query_row("SELECT count(*) FROM document_origins", [], |row| {
                row.get(0)
            })
            .map_err(sql("counting origins"))?;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT r.code, min(r.name), count(*), coalesce(sum(d.health_policy), 0) \
                 FROM document_regions r JOIN documents d ON d.id = r.document_id \
                 GROUP BY r.code ORDER BY 3 DESC, 1",
            )
            .map_err(sql("preparing region stats"))?;
        let by_region = stmt
            .query_map([], |row| {
                Ok(RegionCount {
                    code: row.get(0)?,
                    name: row.get(1)?,
                    documents: row.get(2)?,
                    health_policy: row.get(3)?,
                })
            })
            .map_err(sql("counting regions"))?
            .collect::<Result<_, _>>()
            .map_err(sql("reading region stats"))?;
        Ok(Stats {
            documents,
            health_policy,
            not_health_policy: documents - health_policy,
            undated,
            sources,
            origins,
            first_published: first,
            last_published: last,
            schema_version: self.schema_version()?,
            by_tag: self.counts(
                "SELECT t.tag, count(*), coalesce(sum(d.health_policy), 0) FROM document_tags t \
                 JOIN documents d ON d.id = t.document_id GROUP BY t.tag ORDER BY 2 DESC, 1",
            )?,
            by_lang: self.counts(
                "SELECT lang, count(*), sum(health_policy) FROM documents GROUP BY lang \
                 ORDER BY 2 DESC, 1",
            )?,
            by_region,
            by_source: self.counts(
                "SELECT source_key, count(*), sum(health_policy) FROM documents \
                 GROUP BY source_key ORDER BY 2 DESC, 1",
            )?,
            by_rule: self.counts(
                "SELECT s.rule, count(DISTINCT s.document_id), \
                 count(DISTINCT CASE WHEN d.health_policy = 1 THEN d.id END) \
                 FROM removed_segments s JOIN documents d ON d.id = s.document_id \
                 GROUP BY s.rule ORDER BY 2 DESC, 1",
            )?,
            by_version: self.counts(
                "SELECT cleaner_version || ' / ' || classifier_version, count(*), \
                 sum(health_policy) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1",
            )?,
            by_month: self.counts(
                "SELECT substr(published, 1, 7), count(*), sum(health_policy) FROM documents \
                 WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC",
            )?,
            by_day: self.counts(
                "SELECT published, count(*), sum(health_policy) FROM documents \
                 WHERE published IS NOT NULL GROUP BY published ORDER BY 1 DESC",
            )?,
        })
    }
}
