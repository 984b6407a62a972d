//! The taxonomy and lexicons as data: parsed from TOML and normalised once.

use serde::Deserialize;
use sha2::{Digest, Sha256};

const BUILTIN: &[(&str, &str)] = &[(
    "config/taxonomy/taxonomy.toml",
    include_str!("../../config/taxonomy/taxonomy.toml"),
)];

/// Why a taxonomy could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum TaxonomyError {
    #[error("cannot parse taxonomy file {file}")]
    Parse {
        file: String,
        #[source]
        source: Box<toml::de::Error>,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    #[serde(default)]
    policy: Option<PolicySpec>,
    #[serde(rename = "topic", default)]
    topics: Vec<TopicSpec>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicySpec {
    #[serde(default)]
    positive: Vec<String>,
    #[serde(default)]
    negative: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicSpec {
    id: String,
    terms: Vec<String>,
}

/// Compiled classifier knowledge.
#[derive(Debug)]
pub struct Taxonomy {
    policy: Vec<(String, f64)>,
    topics: Vec<(String, Vec<String>)>,
    threshold: f64,
    fingerprint: String,
}

impl Taxonomy {
    /// The taxonomy compiled into the binary.
    pub fn builtin(threshold: f64) -> Result<Taxonomy, TaxonomyError> {
        let sources: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
        Taxonomy::from_sources(&sources, threshold)
    }

    /// Compiles taxonomy files given as `(file name, TOML text)`.
    pub fn from_sources(
        sources: &[(String, String)],
        threshold: f64,
    ) -> Result<Taxonomy, TaxonomyError> {
        let mut hasher = Sha256::new();
        let mut policy = Vec::new();
        let mut topics = Vec::new();
        for (file, text) in sources {
            hasher.update(text.as_bytes());
            let parsed: TaxonomyFile =
                toml::from_str(text).map_err(|source| TaxonomyError::Parse {
                    file: file.clone(),
                    source: Box::new(source),
                })?;
            if let Some(spec) = parsed.policy {
                policy.extend(spec.positive.iter().map(|t| (normalise(t), 1.0)));
                policy.extend(spec.negative.iter().map(|t| (normalise(t), -1.0)));
            }
            topics.extend(
                parsed
                    .topics
                    .into_iter()
                    .map(|t| (t.id, t.terms.iter().map(|term| normalise(term)).collect())),
            );
        }
        hasher.update(threshold.to_le_bytes());
        Ok(Taxonomy {
            policy,
            topics,
            threshold,
            fingerprint: hex::encode(&hasher.finalize()[..4]),
        })
    }

    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    pub(super) fn policy_terms(&self) -> impl Iterator<Item = (&String, f64)> {
        self.policy.iter().map(|(term, sign)| (term, *sign))
    }

    pub(super) fn topics(&self) -> impl Iterator<Item = (&str, &Vec<String>)> {
        self.topics.iter().map(|(id, terms)| (id.as_str(), terms))
    }

    /// Lower case, traditional → simplified.
    pub(super) fn normalise(&self, text: &str) -> String {
        normalise(text)
    }
}

fn normalise(text: &str) -> String {
    zhconv::zhconv(&text.to_lowercase(), zhconv::Variant::ZhHans)
}
