//! Sources turn the outside world into [`RawDoc`]s: files (named on the command line or
//! dropped into the watched inbox, see [`folder`]) and HTTP feeds ([`feed`]).
//!
//! [`read_file`] is the one place that knows file formats: `.html`/`.htm` are HTML,
//! `.txt` is text, `.jsonl`/`.ndjson`/`.json` are scraper output with one page per
//! record. Sources do not decode or judge content; an unreadable or malformed file is
//! a [`SourceError`] that callers quarantine.

pub mod feed;
pub mod folder;

use std::path::Path;

use serde::Deserialize;

use crate::document::{Format, Hints, RawDoc};

/// Why a file could not be read into documents.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path} line {line}: not a JSON object with page content: {reason}")]
    Malformed {
        path: String,
        line: usize,
        reason: String,
    },
}

impl SourceError {
    /// The stage name recorded in quarantine sidecars.
    pub fn stage(&self) -> crate::document::Stage {
        crate::document::Stage::Read
    }
}

/// What a file's extension says about its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Html,
    Text,
    JsonLines,
    /// No known extension: decode and sniff.
    Unknown,
}

impl FileKind {
    pub fn of(path: &Path) -> FileKind {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        match ext.as_str() {
            "html" | "htm" | "xhtml" | "shtml" => FileKind::Html,
            "txt" | "text" => FileKind::Text,
            "jsonl" | "ndjson" | "json" => FileKind::JsonLines,
            _ => FileKind::Unknown,
        }
    }
}

/// One record of scraper output. Field names vary between scrapers; the common ones
/// are accepted as aliases.
#[derive(Debug, Deserialize)]
struct ScrapedRecord {
    #[serde(alias = "link", alias = "source_url", alias = "page_url")]
    url: Option<String>,
    #[serde(alias = "headline")]
    title: Option<String>,
    #[serde(alias = "raw_html", alias = "page_html")]
    html: Option<String>,
    #[serde(
        alias = "content",
        alias = "body",
        alias = "article",
        alias = "main_text"
    )]
    text: Option<String>,
    #[serde(
        alias = "date",
        alias = "publish_date",
        alias = "publish_time",
        alias = "published_at",
        alias = "pubdate"
    )]
    published: Option<serde_json::Value>,
}

/// Reads one file into the documents it contains. `source_key` groups documents of one
/// site template (for files: the inbox subfolder).
pub fn read_file(
    path: &Path,
    source_key: &str,
    max_bytes: u64,
) -> Result<Vec<RawDoc>, SourceError> {
    let shown = path.display().to_string();
    let read_err = |source| SourceError::Read {
        path: shown.clone(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_err)?.len();
    if size > max_bytes {
        return Err(SourceError::TooLarge {
            path: shown,
            size,
            limit: max_bytes,
        });
    }
    let bytes = std::fs::read(path).map_err(read_err)?;
    let kind = FileKind::of(path);
    if kind == FileKind::JsonLines {
        return split_json_lines(&shown, source_key, &bytes);
    }
    Ok(vec![RawDoc {
        origin: shown,
        source_key: source_key.to_string(),
        bytes,
        format_hint: match kind {
            FileKind::Html => Some(Format::Html),
            FileKind::Text => Some(Format::Text),
            _ => None,
        },
        hints: Hints::default(),
    }])
}

/// Splits scraper output into documents. A `.json` file may also hold one object or an
/// array of objects. Any malformed record fails the whole file, so that a file is
/// either ingested or quarantined as a unit.
pub fn split_json_lines(
    origin: &str,
    source_key: &str,
    bytes: &[u8],
) -> Result<Vec<RawDoc>, SourceError> {
    let malformed = |line: usize, reason: String| SourceError::Malformed {
        path: origin.to_string(),
        line,
        reason,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| malformed(1, format!("not UTF-8 ({e})")))?;
    let text = text.trim_start_matches('\u{FEFF}');
    let records: Vec<(usize, ScrapedRecord)> = if text.trim_start().starts_with('[') {
        let all: Vec<ScrapedRecord> =
            serde_json::from_str(text).map_err(|e| malformed(e.line(), e.to_string()))?;
        all.into_iter()
            .enumerate()
            .map(|(i, r)| (i + 1, r))
            .collect()
    } else if text.trim_start().starts_with('{')
        && serde_json::from_str::<serde_json::Value>(text).is_ok()
    {
        let one: ScrapedRecord =
            serde_json::from_str(text).map_err(|e| malformed(e.line(), e.to_string()))?;
        vec![(1, one)]
    } else {
        let mut out = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let record: ScrapedRecord =
                serde_json::from_str(line).map_err(|e| malformed(index + 1, e.to_string()))?;
            out.push((index + 1, record));
        }
        out
    };
    if records.is_empty() {
        return Err(malformed(1, "no records".into()));
    }
    records
        .into_iter()
        .map(|(line, record)| {
            let (content, format) = match (record.html, record.text) {
                (Some(html), _) if !html.trim().is_empty() => (html, Some(Format::Html)),
                (_, Some(text)) if !text.trim().is_empty() => (text, None),
                _ => return Err(malformed(line, "no html, text or content field".into())),
            };
            let key = record
                .url
                .as_deref()
                .and_then(host_of)
                .unwrap_or(source_key)
                .to_string();
            let published = record.published.and_then(|v| match v {
                serde_json::Value::String(s) => Some(s),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            });
            Ok(RawDoc {
                origin: format!("{origin}#{line}"),
                source_key: key,
                bytes: content.into_bytes(),
                format_hint: format,
                hints: Hints {
                    url: record.url,
                    title: record.title.filter(|t| !t.trim().is_empty()),
                    published,
                },
            })
        })
        .collect()
}

/// The host part of an http(s) URL.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_become_documents_with_hints() {
        let input = br#"{"url":"https://wsjkw.sz.gov.cn/a/1.html","title":"T1","html":"<p>x</p>","date":"2024-05-10"}

{"link":"https://news.example.com/b","content":"plain body"}
"#;
        let docs = split_json_lines("in/x.jsonl", "in", input).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].origin, "in/x.jsonl#1");
        assert_eq!(docs[0].source_key, "wsjkw.sz.gov.cn");
        assert_eq!(docs[0].format_hint, Some(Format::Html));
        assert_eq!(docs[0].hints.published.as_deref(), Some("2024-05-10"));
        assert_eq!(docs[1].origin, "in/x.jsonl#3");
        assert_eq!(docs[1].bytes, b"plain body");
    }

    #[test]
    fn malformed_record_names_its_line() {
        let err = split_json_lines("x.jsonl", "k", b"{\"text\":\"a\"}\n{oops\n").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = split_json_lines("x.jsonl", "k", b"{\"url\":\"u\"}\n").unwrap_err();
        assert!(
            err.to_string().contains("no html, text or content"),
            "{err}"
        );
    }

    #[test]
    fn json_array_and_single_object() {
        assert_eq!(
            split_json_lines("a.json", "k", br#"[{"text":"a"},{"text":"b"}]"#)
                .unwrap()
                .len(),
            2
        );
        assert_eq!(
            split_json_lines("a.json", "k", b"{\n \"text\": \"a\"\n}")
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn hosts() {
        assert_eq!(host_of("https://user@a.b.cn:8080/x?y"), Some("a.b.cn"));
        assert_eq!(host_of("not a url"), None);
    }
}
