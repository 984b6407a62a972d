//! Configuration: one TOML file, parsed into [`Config`], validated, then compiled into
//! the rules and lexicons the stages use ([`Compiled`]).
//!
//! Where the file is: `--config`, else `HEALTHFEED_CONFIG`, else
//! `/etc/healthfeed/healthfeed.toml`; with none of those, the built-in defaults (the
//! same as `config/healthfeed.toml`). Paths to rule and lexicon files are relative to
//! the config file's folder; data paths (inbox, database, …) are relative to the
//! working directory, so the project's default config works from the project root.
//! Loading reads files and never writes any; creating folders is the daemon's job.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::classify::Taxonomy;
use crate::clean::Rules;
use crate::document::Versions;

/// The commented example config, shipped in the binary so it is always parse-tested.
pub const EXAMPLE: &str = include_str!("../config/healthfeed.toml");

/// The path tried when neither `--config` nor `HEALTHFEED_CONFIG` names one.
pub const SYSTEM_PATH: &str = "/etc/healthfeed/healthfeed.toml";

/// Why configuration could not be loaded or compiled.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid config in {path}")]
    Parse {
        path: PathBuf,
        #[source]
        source: Box<toml::de::Error>,
    },
    #[error("invalid config: {0}")]
    Invalid(String),
    #[error("cannot read {about} file {path}")]
    ReadRules {
        about: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid cleaning rules")]
    Rules(#[from] crate::clean::RulesError),
    #[error("invalid taxonomy")]
    Taxonomy(#[from] crate::classify::TaxonomyError),
}

/// The whole configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub paths: Paths,
    pub watch: Watch,
    pub pipeline: Pipeline,
    pub clean: CleanConfig,
    pub classify: ClassifyConfig,
    /// HTTP feeds (RSS/Atom/JSON Feed) to poll.
    #[serde(rename = "feed")]
    pub feeds: Vec<FeedConfig>,
    /// The folder the config file was read from; rule paths resolve against it.
    #[serde(skip)]
    pub base_dir: PathBuf,
    /// The file this config was loaded from, if any: the daemon re-reads it on SIGHUP.
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

/// Where data lives.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Paths {
    /// The watched folder users drop pages into.
    pub inbox: PathBuf,
    /// Where ingested files are moved after their rows are committed.
    pub processed: PathBuf,
    /// Where files that cannot be ingested go, each with an `.error.json` sidecar.
    pub quarantine: PathBuf,
    /// The SQLite database file.
    pub database: PathBuf,
}

impl Default for Paths {
    fn default() -> Self {
        Paths {
            inbox: "inbox".into(),
            processed: "processed".into(),
            quarantine: "quarantine".into(),
            database: "healthfeed.db".into(),
        }
    }
}

/// What happens to an input file once its rows are committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AfterIngest {
    Move,
    Delete,
}

/// How the inbox is watched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WatchMode {
    /// inotify (or the platform's equivalent) plus periodic scans.
    Notify,
    /// Periodic scans only: for network filesystems where change events do not arrive.
    Poll,
}

/// Inbox watching.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Watch {
    pub mode: WatchMode,
    /// A full rescan of the inbox runs this often, whatever the change events say.
    pub scan_interval_secs: u64,
    /// A file written without the safe-drop protocol is taken only after its size and
    /// modification time have not changed for this long.
    pub stable_secs: f64,
    /// Larger files are quarantined unread.
    pub max_file_bytes: u64,
    /// File extensions taken from the inbox (lower case, without the dot).
    pub extensions: Vec<String>,
    pub after_ingest: AfterIngest,
}

impl Default for Watch {
    fn default() -> Self {
        Watch {
            mode: WatchMode::Notify,
            scan_interval_secs: 30,
            stable_secs: 2.0,
            max_file_bytes: 20 * 1024 * 1024,
            extensions: [
                "txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson", "json",
            ]
            .map(String::from)
            .to_vec(),
            after_ingest: AfterIngest::Move,
        }
    }
}

/// Worker and queue sizes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Pipeline {
    /// Documents processed in parallel (decode, clean, classify); 0 means one per core.
    pub workers: usize,
    /// Capacity of each bounded queue between tasks.
    pub queue_capacity: usize,
    /// Rows written per SQLite transaction at most.
    pub batch_size: usize,
    /// A partial batch is committed after this long.
    pub batch_timeout_ms: u64,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            workers: 0,
            queue_capacity: 256,
            batch_size: 100,
            batch_timeout_ms: 500,
        }
    }
}

/// Cleaning rules.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CleanConfig {
    /// Rule files, relative to the config file. Empty: the built-in rules (the files
    /// under `config/clean/` compiled into the binary).
    pub rules: Vec<PathBuf>,
}

/// Classification lexicons and thresholds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClassifyConfig {
    /// Taxonomy and lexicon files, relative to the config file. Empty: built-in.
    pub taxonomy: Vec<PathBuf>,
    /// Score at or above which a document counts as health policy.
    pub threshold: f64,
}

impl Default for ClassifyConfig {
    fn default() -> Self {
        ClassifyConfig {
            taxonomy: Vec::new(),
            threshold: 0.5,
        }
    }
}

/// One HTTP feed to poll.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedConfig {
    pub url: String,
    #[serde(default = "default_feed_interval")]
    pub interval_secs: u64,
}

fn default_feed_interval() -> u64 {
    900
}

impl Default for Config {
    fn default() -> Self {
        Config {
            paths: Paths::default(),
            watch: Watch::default(),
            pipeline: Pipeline::default(),
            clean: CleanConfig::default(),
            classify: ClassifyConfig::default(),
            feeds: Vec::new(),
            base_dir: PathBuf::from("."),
            file: None,
        }
    }
}

/// Everything the stages need, compiled once per load (and again on SIGHUP).
#[derive(Debug)]
pub struct Compiled {
    pub rules: Rules,
    pub taxonomy: Taxonomy,
    pub versions: Versions,
}

impl Config {
    /// Finds and loads the config: `explicit`, else `HEALTHFEED_CONFIG`, else the system
    /// path if it exists, else the built-in defaults.
    pub fn discover(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        if let Some(path) = explicit {
            return Config::load(path);
        }
        if let Some(path) = std::env::var_os("HEALTHFEED_CONFIG").filter(|p| !p.is_empty()) {
            return Config::load(Path::new(&path));
        }
        let system = Path::new(SYSTEM_PATH);
        if system.exists() {
            return Config::load(system);
        }
        Ok(Config::default())
    }

    /// Reads and validates one config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let mut config = Config::from_toml(&text).map_err(|err| match err {
            ConfigError::Parse { source, .. } => ConfigError::Parse {
                path: path.to_path_buf(),
                source,
            },
            other => other,
        })?;
        config.base_dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        config.file = Some(path.to_path_buf());
        Ok(config)
    }

    /// Parses and validates config text; rule paths resolve against the working directory.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|source| ConfigError::Parse {
            path: PathBuf::from("<text>"),
            source: Box::new(source),
        })?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |msg: String| Err(ConfigError::Invalid(msg));
        if !(0.0..=1.0).contains(&self.classify.threshold) {
            return invalid(format!(
                "classify.threshold must be between 0 and 1, not {}",
                self.classify.threshold
            ));
        }
        if self.pipeline.queue_capacity == 0 || self.pipeline.batch_size == 0 {
            return invalid(
                "pipeline.queue_capacity and pipeline.batch_size must be at least 1".into(),
            );
        }
        if self.watch.scan_interval_secs == 0 {
            return invalid("watch.scan_interval_secs must be at least 1".into());
        }
        if !self.watch.stable_secs.is_finite() || self.watch.stable_secs < 0.0 {
            return invalid("watch.stable_secs must be zero or more".into());
        }
        let inbox = &self.paths.inbox;
        for (name, other) in [
            ("processed", &self.paths.processed),
            ("quarantine", &self.paths.quarantine),
        ] {
            if other == inbox || other.starts_with(inbox) {
                return invalid(format!(
                    "paths.{name} ({}) must not be inside the inbox ({}), or its files would be ingested again",
                    other.display(),
                    inbox.display()
                ));
            }
        }
        for feed in &self.feeds {
            if !(feed.url.starts_with("http://") || feed.url.starts_with("https://")) {
                return invalid(format!(
                    "feed url {:?} must start with http:// or https://",
                    feed.url
                ));
            }
        }
        Ok(())
    }

    /// Resolves a rule/lexicon path against the config file's folder.
    fn resolve(&self, path: &Path) -> PathBuf {
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.base_dir.join(path)
        }
    }

    fn read_all(
        &self,
        about: &'static str,
        paths: &[PathBuf],
    ) -> Result<Vec<(String, String)>, ConfigError> {
        paths
            .iter()
            .map(|path| {
                let full = self.resolve(path);
                std::fs::read_to_string(&full)
                    .map(|text| (full.display().to_string(), text))
                    .map_err(|source| ConfigError::ReadRules {
                        about,
                        path: full,
                        source,
                    })
            })
            .collect()
    }

    /// The gazetteer the classifier uses, as (file name, text): the last `.tsv` among
    /// `classify.taxonomy`, else the built-in one. Read without compiling anything, for
    /// commands that only need its place names (the store's `regions` table).
    pub fn gazetteer(&self) -> Result<(String, String), ConfigError> {
        let configured = self
            .classify
            .taxonomy
            .iter()
            .rev()
            .find(|p| p.to_string_lossy().ends_with(".tsv"));
        match configured {
            Some(path) => {
                let full = self.resolve(path);
                let text =
                    std::fs::read_to_string(&full).map_err(|source| ConfigError::ReadRules {
                        about: "gazetteer",
                        path: full.clone(),
                        source,
                    })?;
                Ok((full.display().to_string(), text))
            }
            None => Ok((
                crate::classify::BUILTIN_GAZETTEER.0.to_string(),
                crate::classify::BUILTIN_GAZETTEER.1.to_string(),
            )),
        }
    }

    /// Reads the rule and lexicon files and compiles them.
    pub fn compile(&self) -> Result<Compiled, ConfigError> {
        let rules = if self.clean.rules.is_empty() {
            Rules::builtin()?
        } else {
            Rules::from_sources(&self.read_all("cleaning rules", &self.clean.rules)?)?
        };
        let taxonomy = if self.classify.taxonomy.is_empty() {
            Taxonomy::builtin(self.classify.threshold)?
        } else {
            Taxonomy::from_sources(
                &self.read_all("taxonomy", &self.classify.taxonomy)?,
                self.classify.threshold,
            )?
        };
        let version = env!("CARGO_PKG_VERSION");
        let versions = Versions {
            cleaner: format!("{version}+{}", rules.fingerprint()),
            classifier: format!("{version}+{}", taxonomy.fingerprint()),
        };
        Ok(Compiled {
            rules,
            taxonomy,
            versions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_parses_and_compiles() {
        let mut config = Config::from_toml(EXAMPLE).unwrap();
        config.base_dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/config"));
        let compiled = config.compile().unwrap();
        assert!(compiled
            .versions
            .cleaner
            .starts_with(env!("CARGO_PKG_VERSION")));
        assert_eq!(config.paths.inbox, PathBuf::from("inbox"));
    }

    #[test]
    fn defaults_compile_with_builtin_rules() {
        let compiled = Config::default().compile().unwrap();
        assert!(!compiled.versions.classifier.is_empty());
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let err = Config::from_toml("[paths]\ninbx = \"x\"\n").unwrap_err();
        assert!(format!("{:?}", err).contains("inbx"), "{err:?}");
    }

    #[test]
    fn processed_inside_inbox_is_rejected() {
        let err =
            Config::from_toml("[paths]\ninbox = \"in\"\nprocessed = \"in/done\"\n").unwrap_err();
        assert!(err.to_string().contains("inside the inbox"), "{err}");
    }

    #[test]
    fn threshold_out_of_range_is_rejected() {
        assert!(Config::from_toml("[classify]\nthreshold = 1.5\n").is_err());
    }
}
