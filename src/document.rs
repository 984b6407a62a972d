//! The values that flow through the pipeline, one type per stage boundary:
//! [`RawDoc`] → [`Decoded`] → [`Cleaned`] → [`Classified`] → [`Record`].
//!
//! These are plain owned data with serde derives so that `inspect --format json`, the
//! store and the tests all see the same shapes. Nothing here does I/O or knows about
//! tokio, SQLite, notify or HTTP: the stages are functions between these types.

use serde::{Deserialize, Serialize};

/// The pipeline stage a document was in when something went wrong. Stored in
/// quarantine sidecars and logs, so the names are part of the user-facing contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Read,
    Decode,
    Clean,
    Classify,
    Store,
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Stage::Read => "read",
            Stage::Decode => "decode",
            Stage::Clean => "clean",
            Stage::Classify => "classify",
            Stage::Store => "store",
        };
        f.write_str(name)
    }
}

/// Whether a document's text is markup or already-extracted plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
}

/// Metadata a scraper supplied beside the page (JSON lines records, feed entries).
/// The cleaner and classifier treat these as strong hints, not as truth.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hints {
    /// The page's URL, when the scraper recorded it.
    pub url: Option<String>,
    /// A title the scraper extracted.
    pub title: Option<String>,
    /// A publication date string as the scraper found it (any format).
    pub published: Option<String>,
}

/// One page as a source delivered it: undecoded bytes plus where they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDoc {
    /// Where the page came from as users know it: a file path (with `#line` for a
    /// JSON-lines record) or a feed URL. Stored as `documents.source_path`.
    pub origin: String,
    /// Groups documents that share a site template: the URL host for web pages, the
    /// inbox subfolder for dropped files. Used to learn recurring chrome lines.
    pub source_key: String,
    pub bytes: Vec<u8>,
    /// A format implied by the file extension or content type; `None` means sniff it.
    pub format_hint: Option<Format>,
    pub hints: Hints,
}

/// A page decoded to Unicode with normalised line endings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decoded {
    /// The text with `\n` line endings and no BOM.
    pub text: String,
    /// The encoding the bytes were decoded from (WHATWG label, e.g. `UTF-8`, `GBK`, `Big5`).
    pub encoding: String,
    pub format: Format,
    pub hints: Hints,
}

/// One piece of chrome the cleaner removed, and the rule that removed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    pub text: String,
    /// The name of the rule (from the cleaning config) or the built-in heuristic.
    pub rule: String,
}

/// Facts the cleaner read out of chrome before removing it (bylines, meta tags), so
/// that removing a "来源：… 发布时间：…" line does not lose its date or source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageMeta {
    /// Date strings in the order of trust: HTML meta/`<time>` first, then bylines,
    /// then scraper hints. Raw text; the classifier parses them.
    pub published: Vec<String>,
    /// The publishing organisation or outlet ("来源：丽水日报", "Author: Guizhou Window").
    pub source: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
}

/// The article and nothing else: the output of the cleaner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cleaned {
    pub title: Option<String>,
    /// Article body, one paragraph per line, the title not repeated.
    pub text: String,
    pub removed: Vec<Removal>,
    pub meta: PageMeta,
}

/// One topic tag with its strength; `id` is from the taxonomy's closed set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TagScore {
    pub id: String,
    pub score: f64,
}

/// One piece of evidence that moved the health-policy score, kept so that users can
/// see why a document was (or was not) classified as policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The matched term, or the name of the rule that fired.
    pub term: String,
    /// Where it matched: `title`, `body` or `meta`.
    pub field: String,
    /// Signed contribution to the raw score (negative cues are below zero).
    pub weight: f64,
    pub count: u32,
}

/// The health-policy decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyVerdict {
    #[serde(rename = "is")]
    pub is_policy: bool,
    /// Calibrated probability-like score in [0, 1]; `is` is `score >= threshold`.
    pub score: f64,
    pub evidence: Vec<Evidence>,
}

/// A place the document is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionHit {
    /// GB/T 2260 code for Chinese divisions (e.g. `320500`), ISO 3166 alpha-2 for countries.
    pub code: String,
    /// Canonical name (Chinese for Chinese divisions, English for countries).
    pub name: String,
    /// English or pinyin name.
    pub name_en: String,
    /// `country`, `province`, `city` or `county`.
    pub level: String,
    pub score: f64,
}

/// The classifier's verdict on a cleaned document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classified {
    /// ISO 639-1 code (`zh`, `en`, …) or `und`.
    pub lang: String,
    /// The page's own publication date, never guessed.
    pub published: Option<chrono::NaiveDate>,
    pub health_policy: PolicyVerdict,
    pub tags: Vec<TagScore>,
    pub regions: Vec<RegionHit>,
}

/// Which code and rules produced a record, so stored rows can be re-processed when
/// rules change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Versions {
    pub cleaner: String,
    pub classifier: String,
}

/// Everything the store keeps about one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub origin: String,
    pub source_key: String,
    /// Hex SHA-256 of the decoded, newline-normalised text: the same page in two
    /// encodings is one document.
    pub content_hash: String,
    /// The bytes exactly as received, for re-processing.
    #[serde(skip)]
    pub raw: Vec<u8>,
    pub encoding: String,
    pub format: Format,
    pub cleaned: Cleaned,
    pub classified: Classified,
    pub versions: Versions,
    /// What the source said beside the page (scraper URL, title, date), kept so that
    /// `reprocess` can re-run the pipeline on exactly the input it first saw.
    #[serde(default)]
    pub hints: Hints,
    /// The page's normalised short lines (kept and removed), which the store counts per
    /// `source_key` to learn site templates (see `clean::SiteProfile`).
    #[serde(skip)]
    pub site_lines: Vec<String>,
}
