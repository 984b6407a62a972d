//! One document through the pure stages: decode → clean → classify, giving a
//! [`Record`] ready for the store, or a [`Rejected`] saying which stage refused it and
//! why. `ingest`, `inspect`, `reprocess` and the daemon all go through here.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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

/// Learned site-template profiles (`clean::SiteProfile`) per source, shared by whoever
/// runs the pipeline (`ingest`, the daemon's workers). A mature profile is re-read at
/// most once per [`SiteProfiles::MAX_AGE`]: reading one is a query over up to 20,000
/// lines, and it changes slowly. A young one (fewer than [`SiteProfiles::YOUNG`]
/// documents) is small and changes with every page, so it is re-read after
/// [`SiteProfiles::YOUNG_MAX_AGE`]: a new site's template is learned within its first
/// pages, not after half a minute of them. How a profile is read is the caller's (the
/// store), so this stays free of I/O.
#[derive(Default)]
pub struct SiteProfiles {
    cached: Mutex<HashMap<String, (Arc<SiteProfile>, Instant)>>,
}

impl SiteProfiles {
    pub const MAX_AGE: Duration = Duration::from_secs(30);
    pub const YOUNG: u32 = 64;
    pub const YOUNG_MAX_AGE: Duration = Duration::from_secs(1);

    /// The cached profile of `source_key`, or a fresh one from `load` when the cached one
    /// is missing or too old. `load` runs outside the lock.
    pub fn get<E>(
        &self,
        source_key: &str,
        load: impl FnOnce() -> Result<SiteProfile, E>,
    ) -> Result<Arc<SiteProfile>, E> {
        let fresh = self
            .cached
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(source_key)
            .filter(|(profile, read_at)| {
                let max_age = if profile.documents < Self::YOUNG {
                    Self::YOUNG_MAX_AGE
                } else {
                    Self::MAX_AGE
                };
                read_at.elapsed() < max_age
            })
            .map(|(profile, _)| profile.clone());
        if let Some(profile) = fresh {
            return Ok(profile);
        }
        let profile = Arc::new(load()?);
        self.cached
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(source_key.to_string(), (profile.clone(), Instant::now()));
        Ok(profile)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_profiles_are_cached_and_errors_cache_nothing() {
        let profiles = SiteProfiles::default();
        let loads = std::cell::Cell::new(0);
        let load = |documents| {
            loads.set(loads.get() + 1);
            Ok::<_, String>(SiteProfile {
                documents,
                ..SiteProfile::default()
            })
        };
        assert_eq!(profiles.get("a", || load(3)).unwrap().documents, 3);
        // Read again at once: from the cache, even though the store now says 4.
        assert_eq!(profiles.get("a", || load(4)).unwrap().documents, 3);
        assert_eq!(loads.get(), 1);

        assert_eq!(
            profiles
                .get("b", || Err::<SiteProfile, _>("db gone"))
                .unwrap_err(),
            "db gone"
        );
        assert_eq!(profiles.get("b", || load(7)).unwrap().documents, 7);
        assert_eq!(loads.get(), 2);
    }
}
