//! Searching stored documents: full text (see [`super::search`]), tags, regions and
//! publication dates, ranked by bm25 (title weighted) when there is text to rank by,
//! newest first otherwise.
//!
//! Region filters follow the GB/T 2260 hierarchy: a province code (`320000`) also
//! matches its cities and counties (`32xxxx`), a city code (`320500`) its counties
//! (`3205xx`). A name (Chinese, either script, or English, any case) is resolved to
//! the codes of the gazetteer regions and stored document regions called that (see
//! [`super::regions`]), then expanded the same way. This module does not validate
//! user input (the CLI does) and never builds SQL from user text: values are bound.

use rusqlite::types::Value;
use serde::Serialize;

use super::{search, sql, Store, StoreError};

/// How much more a match in the title counts than one in the body, for bm25.
const TITLE_WEIGHT: f64 = 5.0;

/// A search over stored documents. Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Words to find (Chinese or English); see [`search::parse`] for the syntax. Text
    /// with nothing searchable in it (only punctuation) matches nothing.
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
    /// At most this many results; 0 means no limit.
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
    /// Tag ids, strongest first.
    pub tags: Vec<String>,
    /// Region names, strongest first.
    pub regions: Vec<String>,
    /// The codes of `regions`, in the same order.
    pub region_codes: Vec<String>,
    pub source_path: String,
    pub url: Option<String>,
    /// A line of text around the first match (the start of the text without one).
    pub snippet: String,
    /// bm25 relevance when searching text (lower is better), else null.
    pub rank: Option<f64>,
}

/// The SQL LIKE pattern matching a region code and everything under it.
fn code_pattern(code: &str) -> String {
    let numeric = code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit());
    if numeric && code.ends_with("0000") {
        format!("{}____", &code[..2])
    } else if numeric && code.ends_with("00") {
        format!("{}__", &code[..4])
    } else {
        code.replace(['%', '_'], "")
    }
}

impl Store {
    /// The LIKE patterns of the region codes `region` names: itself for a code (an
    /// ISO country code, or a GB/T 2260 code with everything under it); for a name, the
    /// regions in `region_names` called that (every gazetteer name once the gazetteer
    /// is loaded; an ambiguous name gives every candidate) and the stored document
    /// regions whose Chinese or English name it is (or begins, for 苏州 → 苏州市).
    /// Empty when nothing known has that name.
    pub fn region_patterns(&self, region: &str) -> Result<Vec<String>, StoreError> {
        let region = region.trim();
        if region.len() == 6 && region.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(vec![code_pattern(region)]);
        }
        let mut patterns: Vec<String> = Vec::new();
        // Two letters are an ISO code, or a name such as UK (GB): both are tried.
        if region.len() == 2 && region.bytes().all(|b| b.is_ascii_alphabetic()) {
            patterns.push(region.to_ascii_uppercase());
        }
        let folded = search::fold(region);
        let key = super::regions::name_key(region);
        // English pages write "Lishui City", "Jinyun County": the gazetteer names the
        // place without the word.
        let bare = ["city", "county", "district", "province", "prefecture"]
            .iter()
            .find_map(|word| key.strip_suffix(word)?.strip_suffix(' '))
            .unwrap_or(&key)
            .to_string();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT code FROM region_names WHERE name IN (?3, ?4) \
                 UNION SELECT DISTINCT code FROM document_regions \
                 WHERE name = ?1 OR name = ?2 \
                 OR (length(?2) >= 2 AND length(name) <= length(?2) + 2 \
                     AND substr(name, 1, length(?2)) = ?2) \
                 OR lower(name_en) = lower(?1) \
                 OR substr(lower(name_en), 1, length(?1) + 1) = lower(?1) || ' ' \
                 ORDER BY code",
            )
            .map_err(sql("preparing a region lookup"))?;
        let rows = stmt
            .query_map(
                [region, folded.as_str(), key.as_str(), bare.as_str()],
                |row| row.get::<_, String>(0),
            )
            .map_err(sql("looking up a region"))?;
        for row in rows {
            let pattern = code_pattern(&row.map_err(sql("reading a region"))?);
            if !patterns.contains(&pattern) {
                patterns.push(pattern);
            }
        }
        Ok(patterns)
    }

    /// Runs a search: by relevance when `text` is given, newest first otherwise.
    pub fn query(&self, query: &Query) -> Result<Vec<Hit>, StoreError> {
        let search = query.text.as_deref().and_then(search::parse);
        if search.is_none() && query.text.as_deref().is_some_and(|t| !t.trim().is_empty()) {
            // Only punctuation or operators: matching nothing beats listing everything.
            return Ok(Vec::new());
        }
        let mut clauses: Vec<String> = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        let ranked = search.as_ref().and_then(|s| s.include.clone());
        let mut sql_text = String::from(
            "SELECT d.id, d.title, d.published, d.lang, d.health_policy, d.health_score, \
             d.source_path, d.url, d.text, ",
        );
        if let Some(include) = &ranked {
            sql_text.push_str(&format!(
                "bm25(documents_fts, {TITLE_WEIGHT}, 1.0) FROM documents_fts \
                 JOIN documents d ON d.id = documents_fts.rowid"
            ));
            clauses.push("documents_fts MATCH ?".into());
            args.push(include.clone().into());
        } else {
            sql_text.push_str("NULL FROM documents d");
        }
        if let Some(exclude) = search.as_ref().and_then(|s| s.exclude.clone()) {
            clauses.push(
                "d.id NOT IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)".into(),
            );
            args.push(exclude.into());
        }
        if !query.all {
            clauses.push("d.health_policy = 1".into());
        }
        for tag in &query.tags {
            clauses.push(
                "EXISTS (SELECT 1 FROM document_tags t WHERE t.document_id = d.id AND t.tag = ?)"
                    .into(),
            );
            args.push(tag.clone().into());
        }
        if let Some(region) = &query.region {
            let patterns = self.region_patterns(region)?;
            if patterns.is_empty() {
                return Ok(Vec::new());
            }
            let any = vec!["r.code LIKE ?"; patterns.len()].join(" OR ");
            clauses.push(format!(
                "EXISTS (SELECT 1 FROM document_regions r WHERE r.document_id = d.id AND ({any}))"
            ));
            args.extend(patterns.into_iter().map(Value::from));
        }
        if let Some(since) = &query.since {
            clauses.push("d.published >= ?".into());
            args.push(since.clone().into());
        }
        if let Some(until) = &query.until {
            clauses.push("d.published <= ?".into());
            args.push(until.clone().into());
        }
        if !clauses.is_empty() {
            sql_text.push_str(" WHERE ");
            sql_text.push_str(&clauses.join(" AND "));
        }
        if ranked.is_some() {
            sql_text.push_str(" ORDER BY 10, d.published IS NULL, d.published DESC, d.id DESC");
        } else {
            sql_text.push_str(" ORDER BY d.published IS NULL, d.published DESC, d.id DESC");
        }
        sql_text.push_str(" LIMIT ?");
        args.push(if query.limit == 0 {
            Value::from(-1i64)
        } else {
            Value::from(i64::try_from(query.limit).unwrap_or(i64::MAX))
        });

        let needles = search.map(|s| s.needles).unwrap_or_default();
        let mut stmt = self
            .conn
            .prepare(&sql_text)
            .map_err(sql("preparing a query"))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |row| {
                let text: String = row.get(8)?;
                Ok(Hit {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    published: row.get(2)?,
                    lang: row.get(3)?,
                    health_policy: row.get::<_, i64>(4)? == 1,
                    health_score: row.get(5)?,
                    source_path: row.get(6)?,
                    url: row.get(7)?,
                    snippet: search::snippet(&text, &needles),
                    rank: row.get(9)?,
                    tags: Vec::new(),
                    regions: Vec::new(),
                    region_codes: Vec::new(),
                })
            })
            .map_err(sql("running a query"))?;
        let mut hits = Vec::new();
        for row in rows {
            let mut hit = row.map_err(sql("reading a query result"))?;
            hit.tags = self.strings(
                "SELECT tag FROM document_tags WHERE document_id = ? ORDER BY score DESC, tag",
                hit.id,
            )?;
            let regions = self.pairs(
                "SELECT code, name FROM document_regions WHERE document_id = ? \
                 ORDER BY score DESC, code",
                hit.id,
            )?;
            (hit.region_codes, hit.regions) = regions.into_iter().unzip();
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

    fn pairs(&self, statement: &str, id: i64) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(statement)
            .map_err(sql("preparing a lookup"))?;
        let rows = stmt
            .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))
            .map_err(sql("running a lookup"))?;
        rows.collect::<Result<_, _>>()
            .map_err(sql("reading a lookup"))
    }
}
