//! Scoring against a labeled corpus: body recall, chrome leak, title match, decode
//! failures, and the classifier's policy precision/recall, hard-negative false
//! positives, tag F1, date accuracy and region recall/precision.
//!
//! The gold format is described in `tests/corpus/README.md`; this module parses and
//! validates gold files ([`Gold::parse`]), finds a corpus on disk ([`load_corpus`]),
//! scores one prediction against its gold ([`score_document`]) and sums documents into
//! figures ([`summarise`]). It deliberately does not run the pipeline or print
//! anything: `cli/eval.rs` does, so the metrics here can be tested on tiny inputs and
//! reused to score another extractor's output.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The closed tag set a gold file may use: the classifier's.
pub use crate::classify::TAGS;

/// Every `kind` a gold file may use.
pub const KINDS: [&str; 9] = [
    "policy",
    "marketing",
    "wellness",
    "trial",
    "earnings",
    "job-ad",
    "tender",
    "economy",
    "other",
];

/// Kinds that talk about health without being policy: the false-positive rate is
/// measured on these.
pub const HARD_NEGATIVE_KINDS: [&str; 7] = [
    "marketing",
    "wellness",
    "trial",
    "earnings",
    "job-ad",
    "tender",
    "economy",
];

/// Encodings a gold file may name.
pub const ENCODINGS: [&str; 7] = [
    "UTF-8",
    "UTF-8-BOM",
    "GBK",
    "GB18030",
    "Big5",
    "windows-1252",
    "UTF-16LE",
];

/// Chrome lines at least this long (in non-whitespace characters) leak when a text
/// line merely contains them; shorter ones ("Home", "打印") only when a line is exactly
/// them, because such words can occur inside an article.
pub const CONTAINMENT_MIN_CHARS: usize = 10;

/// Sentence pieces shorter than this are joined to the next one, so that "2.5" or
/// "Dr." does not earn credit by matching anywhere.
const MIN_SENTENCE_CHARS: usize = 5;

/// Why a corpus cannot be scored. Every variant names the file, so a user can fix it.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not valid gold TOML")]
    Parse {
        path: PathBuf,
        #[source]
        source: Box<toml::de::Error>,
    },
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
}

/// The classifier labels of a gold file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub health_policy: bool,
    pub kind: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// `YYYY-MM-DD`; absent when the page states no full date. Written as a string
    /// or as a bare TOML date (`published = 2024-03-19`).
    #[serde(default, deserialize_with = "date_or_string")]
    pub published: Option<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// A gold date as written: a TOML date and a quoted `YYYY-MM-DD` mean the same.
fn date_or_string<'de, D: serde::Deserializer<'de>>(de: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Text(String),
        Date(toml::value::Datetime),
    }
    Ok(Some(match Written::deserialize(de)? {
        Written::Text(text) => text,
        Written::Date(date) => date.to_string(),
    }))
}

/// One gold file: what the cleaner should keep and the classifier should find.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    pub lang: String,
    pub encoding: String,
    pub title: String,
    pub body: Vec<String>,
    #[serde(default)]
    pub chrome: Vec<String>,
    pub labels: Labels,
}

impl Gold {
    /// Parses and validates gold TOML; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Gold, EvalError> {
        let gold: Gold = toml::from_str(text).map_err(|source| EvalError::Parse {
            path: path.to_path_buf(),
            source: Box::new(source),
        })?;
        gold.validate().map_err(|reason| EvalError::Invalid {
            path: path.to_path_buf(),
            reason,
        })?;
        Ok(gold)
    }

    /// The gold date, already validated by [`Gold::parse`].
    pub fn published(&self) -> Option<NaiveDate> {
        self.labels
            .published
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    }

    /// Whether this page is a hard negative (talks about health, is not policy).
    pub fn is_hard_negative(&self) -> bool {
        HARD_NEGATIVE_KINDS.contains(&self.labels.kind.as_str())
    }

    fn validate(&self) -> Result<(), String> {
        if !["zh", "en"].contains(&self.lang.as_str()) {
            return Err(format!(
                "lang must be \"zh\" or \"en\", not {:?}",
                self.lang
            ));
        }
        if !ENCODINGS.contains(&self.encoding.as_str()) {
            return Err(format!(
                "encoding {:?} is not one of {}",
                self.encoding,
                ENCODINGS.join(", ")
            ));
        }
        let labels = &self.labels;
        if !KINDS.contains(&labels.kind.as_str()) {
            return Err(format!(
                "labels.kind {:?} is not one of {}",
                labels.kind,
                KINDS.join(", ")
            ));
        }
        if (labels.kind == "policy") != labels.health_policy {
            return Err(format!(
                "labels.kind = {:?} contradicts labels.health_policy = {} (kind is \"policy\" exactly when health_policy is true)",
                labels.kind, labels.health_policy
            ));
        }
        let mut seen = BTreeSet::new();
        for tag in &labels.tags {
            if !TAGS.contains(&tag.as_str()) {
                return Err(format!("labels.tags: {tag:?} is not in the closed tag set"));
            }
            if !seen.insert(tag) {
                return Err(format!("labels.tags: {tag:?} is listed twice"));
            }
        }
        if let Some(date) = &labels.published {
            if NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
                return Err(format!(
                    "labels.published {date:?} is not a YYYY-MM-DD date"
                ));
            }
        }
        for code in &labels.regions {
            let gb = code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit());
            let iso = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
            if !(gb || iso) {
                return Err(format!(
                    "labels.regions: {code:?} is neither a GB/T 2260 code nor an ISO 3166 alpha-2 code"
                ));
            }
        }
        if self.body.iter().all(|p| p.trim().is_empty()) {
            return Err("body has no paragraph".into());
        }
        for line in &self.chrome {
            let chrome = normalise(line);
            if chrome.is_empty() {
                return Err("chrome has an empty line".into());
            }
            for para in &self.body {
                let para = normalise(para);
                let clash =
                    para == chrome || (long_enough(&chrome) && para.contains(chrome.as_str()));
                if clash {
                    return Err(format!(
                        "chrome line {chrome:?} is also in body paragraph {:?}: the metrics could not tell them apart",
                        preview(&para)
                    ));
                }
            }
        }
        Ok(())
    }
}

/// One page of a corpus and its gold.
#[derive(Debug, Clone)]
pub struct CorpusDoc {
    /// The file name without extension, e.g. `en-07-wellness-tips`.
    pub name: String,
    pub page: PathBuf,
    /// `txt` or `html`.
    pub format: String,
    pub gold: Gold,
}

/// Finds every `<name>.txt|html` with a `<name>.gold.toml` in `dir` (not recursive),
/// sorted by name. A gold file without a page is an error.
pub fn load_corpus(dir: &Path) -> Result<Vec<CorpusDoc>, EvalError> {
    let read_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| EvalError::Read { path, source }
    };
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_err(dir))? {
        let entry = entry.map_err(read_err(dir))?;
        let path = entry.path();
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else {
            continue;
        };
        let Some(name) = file.strip_suffix(".gold.toml").map(str::to_string) else {
            continue;
        };
        let page = ["txt", "html"]
            .iter()
            .map(|ext| (ext, dir.join(format!("{name}.{ext}"))))
            .find(|(_, p)| p.is_file());
        let Some((ext, page)) = page else {
            return Err(EvalError::Invalid {
                path,
                reason: format!("no page {name}.txt or {name}.html beside it"),
            });
        };
        let text = std::fs::read_to_string(&path).map_err(read_err(&path))?;
        let gold = Gold::parse(&text, &path)?;
        docs.push(CorpusDoc {
            name,
            page,
            format: ext.to_string(),
            gold,
        });
    }
    docs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(docs)
}

/// What the classifier said about a page.
#[derive(Debug, Clone, Default)]
pub struct Labelled {
    pub health_policy: bool,
    pub score: f64,
    pub tags: Vec<String>,
    pub published: Option<NaiveDate>,
    pub regions: Vec<String>,
}

/// What a system produced for one page.
#[derive(Debug, Clone, Default)]
pub struct Prediction {
    pub title: Option<String>,
    pub text: String,
    /// `None` when only the extraction is scored (another extractor's output).
    pub labels: Option<Labelled>,
    /// Why the pipeline refused the page, if it did.
    pub rejected: Option<String>,
    /// The page could not be decoded cleanly (rejected at decode, or U+FFFD in the text).
    pub decode_failed: bool,
    /// The encoding the decoder chose, when known.
    pub encoding: Option<String>,
    /// Whether the title was produced at all (false for extractors that give none).
    pub has_title: bool,
}

/// One document's result, with enough detail to say what differed.
#[derive(Debug, Clone, Serialize)]
pub struct DocScore {
    pub name: String,
    pub lang: String,
    pub format: String,
    pub body_chars: usize,
    pub body_kept: usize,
    /// Gold paragraphs not found whole (a prefix of each, for reading).
    pub body_missing: Vec<String>,
    pub chrome_lines: usize,
    pub chrome_leaked: Vec<String>,
    /// `None` when the system produced no title to score.
    pub title_match: Option<bool>,
    pub title_expected: String,
    pub title_got: Option<String>,
    pub decode_failed: bool,
    pub rejected: Option<String>,
    pub encoding_expected: String,
    /// The detected encoding, only when it differs from `encoding_expected`.
    pub encoding_got: Option<String>,
    pub classified: Option<ClassScore>,
}

/// The classifier part of one document's result.
#[derive(Debug, Clone, Serialize)]
pub struct ClassScore {
    pub policy_expected: bool,
    pub policy_got: bool,
    pub policy_score: f64,
    pub kind: String,
    pub hard_negative: bool,
    /// Tag counts are only filled on gold health-policy documents.
    pub tags_missing: Vec<String>,
    pub tags_extra: Vec<String>,
    pub tags_hit: usize,
    pub date_expected: Option<NaiveDate>,
    pub date_got: Option<NaiveDate>,
    pub regions_expected: Vec<String>,
    pub regions_missing: Vec<String>,
    /// Predicted codes that are neither gold nor an ancestor of a gold code.
    pub regions_wrong: Vec<String>,
    pub regions_predicted: usize,
}

impl DocScore {
    /// Whether anything about this document fell short (for `--verbose`).
    pub fn has_failure(&self) -> bool {
        let class_fail = self.classified.as_ref().is_some_and(|c| {
            c.policy_expected != c.policy_got
                || !c.tags_missing.is_empty()
                || !c.tags_extra.is_empty()
                || c.date_expected != c.date_got
                || !c.regions_missing.is_empty()
                || !c.regions_wrong.is_empty()
        });
        class_fail
            || self.body_kept < self.body_chars
            || !self.chrome_leaked.is_empty()
            || self.title_match == Some(false)
            || self.decode_failed
            || self.rejected.is_some()
    }
}

/// Collapses whitespace runs to one space and trims.
pub fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn long_enough(chrome: &str) -> bool {
    chrome.chars().filter(|c| !c.is_whitespace()).count() >= CONTAINMENT_MIN_CHARS
}

fn preview(s: &str) -> String {
    let mut p: String = s.chars().take(60).collect();
    if p.len() < s.len() {
        p.push('…');
    }
    p
}

/// Splits whitespace-free text after sentence-ending punctuation, keeping the
/// punctuation with its sentence and joining pieces too short to be meaningful.
fn sentences(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in s.chars() {
        current.push(c);
        if "。！？；.!?;".contains(c) && current.chars().count() >= MIN_SENTENCE_CHARS {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// How many of a paragraph's non-whitespace characters `text_stripped` (the output
/// text with all whitespace removed) holds: all of them when the paragraph is there
/// whole, else the characters of each sentence found.
pub fn paragraph_kept(paragraph: &str, text_stripped: &str) -> usize {
    let para = strip_ws(paragraph);
    if para.is_empty() {
        return 0;
    }
    if text_stripped.contains(para.as_str()) {
        return para.chars().count();
    }
    sentences(&para)
        .iter()
        .filter(|s| text_stripped.contains(s.as_str()))
        .map(|s| s.chars().count())
        .sum()
}

/// The gold chrome lines (normalised) still in the text lines. A chrome line leaks
/// when [`chrome_leaked`] says so, or when some text line is made up of chrome lines
/// and separators only and includes it: a menu kept as one line ("Home | News |
/// About") leaks each of its items, although each is too short to be sought inside
/// article sentences.
pub fn leaked_chrome(chrome: &[String], text_lines: &[String]) -> Vec<String> {
    let mut entries: Vec<String> = chrome.iter().map(|c| normalise(c)).collect();
    let mut longest_first = entries.clone();
    longest_first.retain(|c| !c.is_empty());
    longest_first.sort_by_key(|c| std::cmp::Reverse(c.len()));
    let chrome_only: Vec<&String> = text_lines
        .iter()
        .filter(|line| {
            let mut rest = (*line).clone();
            for c in &longest_first {
                rest = rest.replace(c.as_str(), " ");
            }
            !rest.chars().any(char::is_alphanumeric)
        })
        .collect();
    entries.retain(|c| {
        chrome_leaked(c, text_lines)
            || (!c.is_empty() && chrome_only.iter().any(|line| holds_item(line, c)))
    });
    entries
}

/// Whether a line made of chrome items holds `item` as one of them: not inside a word
/// ("No" is not an item of "…in the North East").
fn holds_item(line: &str, item: &str) -> bool {
    line.match_indices(item).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + item.len()..].chars().next();
        let joins = |edge: Option<char>, inner: Option<char>| {
            edge.is_some_and(char::is_alphanumeric)
                && inner.is_some_and(|c| c.is_ascii_alphanumeric())
        };
        !joins(before, item.chars().next()) && !joins(after, item.chars().next_back())
    })
}

/// Whether a chrome line is still in the text by itself: a text line equals it, or
/// contains it when it is long enough ([`CONTAINMENT_MIN_CHARS`]).
pub fn chrome_leaked(chrome: &str, text_lines: &[String]) -> bool {
    let chrome = normalise(chrome);
    if chrome.is_empty() {
        return false;
    }
    let contain = long_enough(&chrome);
    text_lines
        .iter()
        .any(|line| *line == chrome || (contain && line.contains(chrome.as_str())))
}

/// Whether predicted region `code` is gold or an ancestor of a gold code (`320000`
/// and `CN` for `320500`).
fn region_justified(code: &str, gold: &[String]) -> bool {
    gold.iter().any(|g| {
        if g == code {
            return true;
        }
        let gb = |c: &str| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit());
        if !gb(g) {
            return false;
        }
        if code == "CN" {
            return true;
        }
        gb(code)
            && ((code.ends_with("0000") && g[..2] == code[..2])
                || (code.ends_with("00") && g[..4] == code[..4]))
    })
}

fn same_encoding(gold: &str, got: &str) -> bool {
    let canon = |e: &str| match e.to_ascii_uppercase().as_str() {
        "UTF-8-BOM" | "UTF-8" => "UTF-8".to_string(),
        "GB18030" | "GBK" | "GB2312" => "GBK".to_string(),
        "UTF-16" | "UTF-16LE" => "UTF-16LE".to_string(),
        "BIG5" | "BIG5-HKSCS" => "BIG5".to_string(),
        other => other.to_string(),
    };
    canon(gold) == canon(got)
}

/// Scores one prediction against its gold.
pub fn score_document(doc: &CorpusDoc, pred: &Prediction) -> DocScore {
    let gold = &doc.gold;
    let text_stripped = strip_ws(&pred.text);
    let mut body_chars = 0;
    let mut body_kept = 0;
    let mut body_missing = Vec::new();
    for para in &gold.body {
        let chars = strip_ws(para).chars().count();
        let kept = paragraph_kept(para, &text_stripped);
        body_chars += chars;
        body_kept += kept;
        if kept < chars {
            body_missing.push(preview(&normalise(para)));
        }
    }
    let lines: Vec<String> = pred
        .text
        .lines()
        .map(normalise)
        .filter(|l| !l.is_empty())
        .collect();
    let chrome_leaked = leaked_chrome(&gold.chrome, &lines);
    let title_match = pred
        .has_title
        .then(|| normalise(pred.title.as_deref().unwrap_or_default()) == normalise(&gold.title));
    let classified = pred.labels.as_ref().map(|got| {
        let l = &gold.labels;
        let (mut tags_missing, mut tags_extra, mut tags_hit) = (Vec::new(), Vec::new(), 0);
        if l.health_policy {
            for t in &l.tags {
                if got.tags.contains(t) {
                    tags_hit += 1;
                } else {
                    tags_missing.push(t.clone());
                }
            }
            tags_extra = got
                .tags
                .iter()
                .filter(|t| !l.tags.contains(t))
                .cloned()
                .collect();
        }
        let predicted: BTreeSet<&String> = got.regions.iter().collect();
        ClassScore {
            policy_expected: l.health_policy,
            policy_got: got.health_policy,
            policy_score: got.score,
            kind: l.kind.clone(),
            hard_negative: gold.is_hard_negative(),
            tags_missing,
            tags_extra,
            tags_hit,
            date_expected: gold.published(),
            date_got: got.published,
            regions_expected: l.regions.clone(),
            regions_missing: l
                .regions
                .iter()
                .filter(|r| !predicted.contains(r))
                .cloned()
                .collect(),
            regions_wrong: predicted
                .iter()
                .filter(|r| !region_justified(r, &l.regions))
                .map(|r| r.to_string())
                .collect(),
            regions_predicted: predicted.len(),
        }
    });
    DocScore {
        name: doc.name.clone(),
        lang: gold.lang.clone(),
        format: doc.format.clone(),
        body_chars,
        body_kept,
        body_missing,
        chrome_lines: gold.chrome.len(),
        chrome_leaked,
        title_match,
        title_expected: gold.title.clone(),
        title_got: pred.title.clone(),
        decode_failed: pred.decode_failed,
        rejected: pred.rejected.clone(),
        encoding_expected: gold.encoding.clone(),
        // Kept only when it disagrees with gold, so that reports show mismatches.
        encoding_got: pred
            .encoding
            .clone()
            .filter(|got| !same_encoding(&gold.encoding, got)),
        classified,
    }
}

impl DocScore {
    /// The detected encoding when it differs from gold's.
    pub fn encoding_mismatch(&self) -> Option<&str> {
        self.encoding_got.as_deref()
    }
}

/// The figures over a set of documents. `None` where the denominator is zero (no
/// positives, no hard negatives, nothing classified).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Summary {
    pub documents: usize,
    pub body_recall: Option<f64>,
    pub chrome_leak: Option<f64>,
    pub title_exact: Option<f64>,
    pub decode_failures: usize,
    pub encoding_mismatches: usize,
    pub rejected: usize,
    pub policy_precision: Option<f64>,
    pub policy_recall: Option<f64>,
    pub policy_f1: Option<f64>,
    pub hard_negatives: usize,
    pub hard_negative_fpr: Option<f64>,
    pub tag_precision: Option<f64>,
    pub tag_recall: Option<f64>,
    pub tag_f1: Option<f64>,
    pub date_accuracy: Option<f64>,
    pub invented_dates: Option<usize>,
    pub region_recall: Option<f64>,
    pub region_precision: Option<f64>,
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// F1 from counts, so that it is defined (as 0) when nothing was predicted but gold
/// has positives, where precision itself is undefined.
fn f1(tp: usize, fp: usize, fneg: usize) -> Option<f64> {
    ratio(2 * tp, 2 * tp + fp + fneg)
}

/// Sums documents into figures: character- and line-weighted for cleaning (micro),
/// counts for the classifier.
pub fn summarise<'a>(docs: impl IntoIterator<Item = &'a DocScore>) -> Summary {
    let mut s = Summary::default();
    let (mut body_chars, mut body_kept, mut chrome, mut leaked) = (0, 0, 0, 0);
    let (mut titles, mut titles_ok) = (0, 0);
    let (mut tp, mut fp, mut fneg) = (0, 0, 0);
    let mut hard_fp = 0;
    let (mut tag_hit, mut tag_pred, mut tag_gold) = (0, 0, 0);
    let (mut classified, mut dates_ok, mut invented) = (0, 0, 0);
    let (mut reg_gold, mut reg_found, mut reg_pred, mut reg_ok) = (0, 0, 0, 0);
    for d in docs {
        s.documents += 1;
        body_chars += d.body_chars;
        body_kept += d.body_kept;
        chrome += d.chrome_lines;
        leaked += d.chrome_leaked.len();
        if let Some(ok) = d.title_match {
            titles += 1;
            titles_ok += usize::from(ok);
        }
        s.decode_failures += usize::from(d.decode_failed);
        s.encoding_mismatches += usize::from(d.encoding_mismatch().is_some());
        s.rejected += usize::from(d.rejected.is_some());
        let Some(c) = &d.classified else { continue };
        classified += 1;
        match (c.policy_expected, c.policy_got) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fneg += 1,
            (false, false) => {}
        }
        if c.hard_negative {
            s.hard_negatives += 1;
            hard_fp += usize::from(c.policy_got);
        }
        if c.policy_expected {
            tag_hit += c.tags_hit;
            tag_gold += c.tags_hit + c.tags_missing.len();
            tag_pred += c.tags_hit + c.tags_extra.len();
        }
        if c.date_expected == c.date_got {
            dates_ok += 1;
        }
        if c.date_expected.is_none() && c.date_got.is_some() {
            invented += 1;
        }
        reg_gold += c.regions_expected.len();
        reg_found += c.regions_expected.len() - c.regions_missing.len();
        reg_pred += c.regions_predicted;
        reg_ok += c.regions_predicted - c.regions_wrong.len();
    }
    s.body_recall = ratio(body_kept, body_chars);
    s.chrome_leak = ratio(leaked, chrome);
    s.title_exact = ratio(titles_ok, titles);
    if classified > 0 {
        s.policy_precision = ratio(tp, tp + fp);
        s.policy_recall = ratio(tp, tp + fneg);
        s.policy_f1 = f1(tp, fp, fneg);
        s.hard_negative_fpr = ratio(hard_fp, s.hard_negatives);
        s.tag_precision = ratio(tag_hit, tag_pred);
        s.tag_recall = ratio(tag_hit, tag_gold);
        s.tag_f1 = f1(tag_hit, tag_pred - tag_hit, tag_gold - tag_hit);
        s.date_accuracy = ratio(dates_ok, classified);
        s.invented_dates = Some(invented);
        s.region_recall = ratio(reg_found, reg_gold);
        s.region_precision = ratio(reg_ok, reg_pred);
    }
    s
}

/// Which way a target points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    AtLeast(f64),
    AtMost(f64),
}

/// A figure's target (from the project brief).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Target {
    /// The [`Summary`] field name.
    pub figure: &'static str,
    pub goal: Goal,
}

/// The project's targets, in the order the report prints them.
pub const TARGETS: [Target; 10] = [
    Target {
        figure: "body_recall",
        goal: Goal::AtLeast(0.99),
    },
    Target {
        figure: "chrome_leak",
        goal: Goal::AtMost(0.01),
    },
    Target {
        figure: "title_exact",
        goal: Goal::AtLeast(0.95),
    },
    Target {
        figure: "decode_failures",
        goal: Goal::AtMost(0.0),
    },
    Target {
        figure: "policy_f1",
        goal: Goal::AtLeast(0.97),
    },
    Target {
        figure: "hard_negative_fpr",
        goal: Goal::AtMost(0.05),
    },
    Target {
        figure: "tag_f1",
        goal: Goal::AtLeast(0.85),
    },
    Target {
        figure: "date_accuracy",
        goal: Goal::AtLeast(0.97),
    },
    Target {
        figure: "invented_dates",
        goal: Goal::AtMost(0.0),
    },
    Target {
        figure: "region_recall",
        goal: Goal::AtLeast(0.95),
    },
];

impl Summary {
    /// A figure by its field name, as a number (counts as whole numbers).
    pub fn figure(&self, name: &str) -> Option<f64> {
        match name {
            "documents" => Some(self.documents as f64),
            "body_recall" => self.body_recall,
            "chrome_leak" => self.chrome_leak,
            "title_exact" => self.title_exact,
            "decode_failures" => Some(self.decode_failures as f64),
            "encoding_mismatches" => Some(self.encoding_mismatches as f64),
            "rejected" => Some(self.rejected as f64),
            "policy_precision" => self.policy_precision,
            "policy_recall" => self.policy_recall,
            "policy_f1" => self.policy_f1,
            "hard_negatives" => Some(self.hard_negatives as f64),
            "hard_negative_fpr" => self.hard_negative_fpr,
            "tag_precision" => self.tag_precision,
            "tag_recall" => self.tag_recall,
            "tag_f1" => self.tag_f1,
            "date_accuracy" => self.date_accuracy,
            "invented_dates" => self.invented_dates.map(|n| n as f64),
            "region_recall" => self.region_recall,
            "region_precision" => self.region_precision,
            _ => None,
        }
    }

    /// Whether `target` is met; `None` when the figure could not be computed.
    pub fn meets(&self, target: &Target) -> Option<bool> {
        let value = self.figure(target.figure)?;
        Some(match target.goal {
            Goal::AtLeast(t) => value >= t,
            Goal::AtMost(t) => value <= t,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = r#"
lang = "en"
encoding = "UTF-8"
title = "City sets out health plan"
body = ["The city adopted a plan. It covers clinics.", "Hospitals will merge."]
chrome = ["Home", "Follow our WeChat account", "Print"]
[labels]
health_policy = true
kind = "policy"
tags = ["healthy-city", "primary-care"]
published = "2024-03-19"
regions = ["320500"]
"#;

    fn doc(gold: &str) -> CorpusDoc {
        CorpusDoc {
            name: "t".into(),
            page: PathBuf::from("t.txt"),
            format: "txt".into(),
            gold: Gold::parse(gold, Path::new("t.gold.toml")).unwrap(),
        }
    }

    fn labelled(policy: bool, tags: &[&str], date: Option<&str>, regions: &[&str]) -> Labelled {
        Labelled {
            health_policy: policy,
            score: if policy { 0.9 } else { 0.1 },
            tags: tags.iter().map(|t| t.to_string()).collect(),
            published: date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()),
            regions: regions.iter().map(|r| r.to_string()).collect(),
        }
    }

    fn pred(title: &str, text: &str, labels: Option<Labelled>) -> Prediction {
        Prediction {
            title: Some(title.into()),
            text: text.into(),
            labels,
            has_title: true,
            ..Prediction::default()
        }
    }

    #[test]
    fn perfect_output_scores_perfectly() {
        let d = doc(GOLD);
        let p = pred(
            "City  sets out health plan",
            "The city adopted a plan.  It covers clinics.\nHospitals will merge.",
            Some(labelled(
                true,
                &["healthy-city", "primary-care"],
                Some("2024-03-19"),
                &["320500", "320000"],
            )),
        );
        let s = summarise([&score_document(&d, &p)]);
        assert_eq!(s.body_recall, Some(1.0));
        assert_eq!(s.chrome_leak, Some(0.0));
        assert_eq!(s.title_exact, Some(1.0));
        assert_eq!(s.policy_f1, Some(1.0));
        assert_eq!(s.tag_f1, Some(1.0));
        assert_eq!(s.date_accuracy, Some(1.0));
        assert_eq!(s.region_recall, Some(1.0));
        // The parent province is not a wrong region.
        assert_eq!(s.region_precision, Some(1.0));
        assert!(TARGETS.iter().all(|t| s.meets(t) != Some(false)));
    }

    #[test]
    fn body_recall_counts_sentences_of_partly_kept_paragraphs() {
        let d = doc(GOLD);
        // First paragraph: only its second sentence kept (16 of 36 chars); second lost.
        let p = pred(
            "",
            "It covers clinics.\nFollow our WeChat account now",
            None,
        );
        let score = score_document(&d, &p);
        let total = strip_ws("The city adopted a plan. It covers clinics.")
            .chars()
            .count()
            + strip_ws("Hospitals will merge.").chars().count();
        assert_eq!(score.body_chars, total);
        assert_eq!(
            score.body_kept,
            strip_ws("It covers clinics.").chars().count()
        );
        assert_eq!(score.body_missing.len(), 2);
        // The long chrome line leaks by containment; "Home"/"Print" do not.
        assert_eq!(
            score.chrome_leaked,
            vec!["Follow our WeChat account".to_string()]
        );
        assert_eq!(score.title_match, Some(false));
        assert!(score.has_failure());
    }

    #[test]
    fn paragraph_split_across_lines_still_counts_whole() {
        let text = strip_ws("The city adopted\na plan. It covers clinics.");
        assert_eq!(
            paragraph_kept("The city adopted a plan. It covers clinics.", &text),
            strip_ws("The city adopted a plan. It covers clinics.")
                .chars()
                .count()
        );
    }

    #[test]
    fn chinese_sentences_split_on_full_width_punctuation() {
        let text = strip_ws("会议要求加强基层医疗。");
        assert_eq!(
            paragraph_kept("市卫健委召开会议。会议要求加强基层医疗。", &text),
            "会议要求加强基层医疗。".chars().count()
        );
    }

    #[test]
    fn short_chrome_leaks_only_as_a_whole_line() {
        let lines = vec!["Print".to_string(), "Go home early".to_string()];
        assert!(chrome_leaked("Print", &lines));
        assert!(!chrome_leaked("Home", &lines));
        assert!(!chrome_leaked("home", &["Go home early".to_string()]));
        assert!(chrome_leaked(
            "Scan to follow us",
            &["Please Scan to follow us today".to_string()]
        ));
    }

    #[test]
    fn a_line_of_chrome_items_leaks_each_item() {
        let chrome: Vec<String> = ["Home", "News", "About", "Print"]
            .map(String::from)
            .to_vec();
        let lines = vec![
            "Home | News » About".to_string(),
            "News about the Home Office".to_string(),
        ];
        assert_eq!(leaked_chrome(&chrome, &lines), ["Home", "News", "About"]);
        // Inside an article sentence, short items are not counted.
        assert!(leaked_chrome(&chrome, &lines[1..]).is_empty());
        let zh: Vec<String> = ["首页", "新闻中心"].map(String::from).to_vec();
        assert_eq!(
            leaked_chrome(&zh, &["首页 > 新闻中心".to_string()]).len(),
            2
        );
        assert!(leaked_chrome(&zh, &["首页新闻中心的报道称".to_string()]).is_empty());
    }

    #[test]
    fn classifier_errors_are_counted() {
        let d = doc(GOLD);
        let neg = doc(&GOLD
            .replace("health_policy = true", "health_policy = false")
            .replace("kind = \"policy\"", "kind = \"marketing\"")
            .replace("published = \"2024-03-19\"\n", ""));
        let scores = [
            // Missed positive, one tag wrong, wrong date, a wrong region.
            score_document(
                &d,
                &pred(
                    "",
                    "",
                    Some(labelled(
                        false,
                        &["healthy-city", "tcm"],
                        Some("2024-03-18"),
                        &["341300"],
                    )),
                ),
            ),
            // Hard negative taken as policy, with an invented date.
            score_document(
                &neg,
                &pred(
                    "",
                    "",
                    Some(labelled(true, &["tcm"], Some("2024-01-01"), &["320500"])),
                ),
            ),
        ];
        let s = summarise(&scores);
        assert_eq!(s.policy_precision, Some(0.0));
        assert_eq!(s.policy_recall, Some(0.0));
        assert_eq!(s.policy_f1, Some(0.0));
        assert_eq!(s.hard_negatives, 1);
        assert_eq!(s.hard_negative_fpr, Some(1.0));
        // Tags only on the gold positive: 1 hit of 2 predicted, 2 gold.
        assert_eq!(s.tag_precision, Some(0.5));
        assert_eq!(s.tag_recall, Some(0.5));
        assert_eq!(s.date_accuracy, Some(0.0));
        assert_eq!(s.invented_dates, Some(1));
        assert_eq!(s.region_recall, Some(0.5));
        assert_eq!(s.region_precision, Some(0.5));
        let fpr = TARGETS
            .iter()
            .find(|t| t.figure == "hard_negative_fpr")
            .unwrap();
        assert_eq!(s.meets(fpr), Some(false));
    }

    #[test]
    fn f1_is_zero_not_missing_when_nothing_is_predicted() {
        let d = doc(GOLD);
        let p = pred("", "", Some(labelled(false, &[], None, &[])));
        let s = summarise([&score_document(&d, &p)]);
        assert_eq!(s.policy_precision, None);
        assert_eq!(s.policy_f1, Some(0.0));
        assert_eq!(s.tag_f1, Some(0.0));
        assert_eq!(s.region_precision, None);
        // A gold date the system missed is wrong but not invented.
        assert_eq!(s.date_accuracy, Some(0.0));
        assert_eq!(s.invented_dates, Some(0));
    }

    #[test]
    fn region_ancestors_are_justified_but_siblings_are_not() {
        let gold = vec!["331122".to_string()];
        assert!(region_justified("331100", &gold));
        assert!(region_justified("330000", &gold));
        assert!(region_justified("CN", &gold));
        assert!(!region_justified("331121", &gold));
        assert!(!region_justified("320000", &gold));
        assert!(!region_justified("CN", &["GB".to_string()]));
    }

    #[test]
    fn invalid_gold_is_rejected_with_reason() {
        let path = Path::new("x.gold.toml");
        let cases = [
            (
                GOLD.replace("kind = \"policy\"", "kind = \"ad\""),
                "labels.kind",
            ),
            (
                GOLD.replace("\"tcm\"", "\"x\"")
                    .replace("\"primary-care\"", "\"nursing\""),
                "closed tag set",
            ),
            (GOLD.replace("2024-03-19", "19 March 2024"), "YYYY-MM-DD"),
            (
                GOLD.replace("kind = \"policy\"", "kind = \"wellness\""),
                "contradicts",
            ),
            (
                GOLD.replace("\"Print\"", "\"It covers clinics.\""),
                "also in body",
            ),
            (
                GOLD.replace("lang = \"en\"", "lang = \"en\"\nlanguage = \"en\""),
                "language",
            ),
            (GOLD.replace("\"320500\"", "\"Suzhou\""), "GB/T 2260"),
        ];
        for (text, needle) in cases {
            let err = Gold::parse(&text, path).unwrap_err();
            let shown = format!("{err}: {:?}", std::error::Error::source(&err));
            assert!(shown.contains("x.gold.toml"), "{shown}");
            assert!(shown.contains(needle), "{needle}: {shown}");
        }
    }

    #[test]
    fn a_short_chrome_item_is_not_found_inside_a_word() {
        let chrome = vec![
            "Last updated 5 February — fixed the North East figure".to_string(),
            "No".to_string(),
            "Yes".to_string(),
        ];
        let text = vec![normalise(
            "Last updated 5 February — fixed the North East figure",
        )];
        assert_eq!(
            leaked_chrome(&chrome, &text),
            vec![normalise(
                "Last updated 5 February — fixed the North East figure"
            )]
        );
        let text = vec![normalise("Yes No")];
        assert_eq!(leaked_chrome(&chrome, &text).len(), 2);
    }

    #[test]
    fn a_bare_toml_date_is_the_same_gold_date() {
        let path = Path::new("x.gold.toml");
        let bare = GOLD.replace("\"2024-03-19\"", "2024-03-19");
        assert_ne!(bare, GOLD);
        let gold = Gold::parse(&bare, path).unwrap();
        assert_eq!(gold.labels.published.as_deref(), Some("2024-03-19"));
        let timed = GOLD.replace("\"2024-03-19\"", "2024-03-19T08:00:00");
        let err = Gold::parse(&timed, path).unwrap_err();
        assert!(
            err.to_string().contains("YYYY-MM-DD") || format!("{err:?}").contains("YYYY-MM-DD")
        );
    }

    #[test]
    fn missing_figures_are_none_not_zero() {
        let d = doc(GOLD);
        let mut p = pred("", "The city adopted a plan. It covers clinics.", None);
        p.has_title = false;
        let s = summarise([&score_document(&d, &p)]);
        assert_eq!(s.title_exact, None);
        assert_eq!(s.policy_f1, None);
        assert!(s.body_recall.unwrap() < 1.0);
    }
}
