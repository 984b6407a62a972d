//! One document through the pure stages: decode → clean → classify, giving a
//! [`Record`] ready for the store, or a [`Rejected`] saying which stage refused it and
//! why. `ingest`, `inspect`, `reprocess` and the daemon all go through here.

use sha2::{Digest, Sha256};

use crate::clean::SiteProfile;
use crate::config::Compiled;
use crate::document::{Classified, Cleaned, Decoded, RawDoc, Record, Stage};

/// A document that cannot be ingested, with the reason a user can act on.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{stage}: {reason}")]
pub struct Rejected {
    pub stage: Stage,
    pub reason: String,
}

/// Every stage's output for one document, for `inspect` and tests.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub decoded: Decoded,
    pub cleaned: Cleaned,
    pub classified: Classified,
}

/// Runs decode, clean and classify.
pub fn analyse(
    raw: &RawDoc,
    compiled: &Compiled,
    site: &SiteProfile,
) -> Result<Analysis, Rejected> {
    let decoded = crate::decode::decode(raw).map_err(|err| Rejected {
        stage: Stage::Decode,
        reason: err.to_string(),
    })?;
    let cleaned = crate::clean::clean(&decoded, &compiled.rules, site).map_err(|err| Rejected {
        stage: Stage::Clean,
        reason: err.to_string(),
    })?;
    let classified = crate::classify::classify(&cleaned, &compiled.taxonomy);
    Ok(Analysis {
        decoded,
        cleaned,
        classified,
    })
}

/// Runs the stages and assembles the record the store writes.
pub fn process(raw: RawDoc, compiled: &Compiled, site: &SiteProfile) -> Result<Record, Rejected> {
    let analysis = analyse(&raw, compiled, site)?;
    let site_lines = crate::clean::site_lines(&analysis.cleaned);
    Ok(Record {
        site_lines,
        content_hash: content_hash(&analysis.decoded.text),
        origin: raw.origin,
        source_key: raw.source_key,
        raw: raw.bytes,
        encoding: analysis.decoded.encoding,
        format: analysis.decoded.format,
        cleaned: analysis.cleaned,
        classified: analysis.classified,
        versions: compiled.versions.clone(),
        hints: raw.hints,
    })
}

/// Hex SHA-256 of decoded text with trailing whitespace trimmed from each line, so the
/// same page saved twice with different line endings or encodings is one document.
pub fn content_hash(text: &str) -> String {
    let mut hasher = Sha256::new();
    for line in text.lines() {
        hasher.update(line.trim_end().as_bytes());
        hasher.update(b"\n");
    }
    hex::encode(hasher.finalize())
}
