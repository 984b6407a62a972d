//! Cleaning rules as data: parsed from TOML, compiled once into regexes.

use regex::Regex;
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The built-in rule files (copies of `config/clean/*.toml`), used when the config names none.
const BUILTIN: &[(&str, &str)] = &[(
    "config/clean/chrome.toml",
    include_str!("../../config/clean/chrome.toml"),
)];

/// Why rules could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("cannot parse rule file {file}")]
    Parse {
        file: String,
        #[source]
        source: Box<toml::de::Error>,
    },
    #[error("rule {rule:?} in {file} has an invalid pattern")]
    Pattern {
        file: String,
        rule: String,
        #[source]
        source: Box<regex::Error>,
    },
}

/// What a rule does with a matching line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    DropLine,
    DropRest,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(rename = "rule", default)]
    rules: Vec<RuleSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    name: String,
    pattern: String,
    action: Action,
}

#[derive(Debug)]
struct Rule {
    name: String,
    pattern: Regex,
    action: Action,
}

/// Compiled cleaning rules.
#[derive(Debug)]
pub struct Rules {
    rules: Vec<Rule>,
    fingerprint: String,
}

impl Rules {
    /// The rules compiled into the binary.
    pub fn builtin() -> Result<Rules, RulesError> {
        let sources: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
        Rules::from_sources(&sources)
    }

    /// Compiles rule files given as `(file name, TOML text)`.
    pub fn from_sources(sources: &[(String, String)]) -> Result<Rules, RulesError> {
        let mut hasher = Sha256::new();
        let mut rules = Vec::new();
        for (file, text) in sources {
            hasher.update(text.as_bytes());
            let parsed: RuleFile = toml::from_str(text).map_err(|source| RulesError::Parse {
                file: file.clone(),
                source: Box::new(source),
            })?;
            for spec in parsed.rules {
                let pattern = Regex::new(&spec.pattern).map_err(|source| RulesError::Pattern {
                    file: file.clone(),
                    rule: spec.name.clone(),
                    source: Box::new(source),
                })?;
                rules.push(Rule {
                    name: spec.name,
                    pattern,
                    action: spec.action,
                });
            }
        }
        let fingerprint = hex::encode(&hasher.finalize()[..4]);
        Ok(Rules { rules, fingerprint })
    }

    /// A short hash of the rule texts, recorded as part of the cleaner version.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The first rule matching `line`, with its action.
    pub(super) fn matching(&self, line: &str) -> Option<(&str, Action)> {
        self.rules
            .iter()
            .find(|rule| rule.pattern.is_match(line))
            .map(|rule| (rule.name.as_str(), rule.action))
    }
}
