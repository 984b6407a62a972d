//! The classifier's knowledge as data: policy cues, topic lexicons and region rules
//! from TOML, the place gazetteer from TSV, compiled once into matchers.
//!
//! Several TOML files may be given; their cues and topics add up (a topic id that
//! appears twice gets both term lists) and later scalar settings override earlier
//! ones, so a user's file can extend the built-in one. A `.tsv` source replaces the
//! built-in gazetteer. This module does not score anything: see `classify`.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::lexicon::{Lexicon, LexiconError};
use super::region::{Gazetteer, GazetteerError, RegionRules};

const BUILTIN_TAXONOMY: (&str, &str) = (
    "config/taxonomy/taxonomy.toml",
    include_str!("../../config/taxonomy/taxonomy.toml"),
);
/// The shipped GB/T 2260 gazetteer `(file name, text)`, also what the store's
/// `regions` table is filled from when no `.tsv` is configured.
pub const BUILTIN_GAZETTEER: (&str, &str) = (
    "config/taxonomy/gazetteer.tsv",
    include_str!("../../config/taxonomy/gazetteer.tsv"),
);

/// The closed set of topic ids; a taxonomy file may not invent others.
pub const TAGS: &[&str] = &[
    "medical-reform",
    "public-health",
    "tcm",
    "elderly-care",
    "health-industry",
    "medical-insurance",
    "primary-care",
    "hospital-development",
    "healthy-city",
    "digital-health",
    "health-workforce",
    "drug-policy",
    "maternal-child",
    "chronic-disease",
];

/// Why a taxonomy could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum TaxonomyError {
    #[error("cannot parse taxonomy file {file}")]
    Parse {
        file: String,
        #[source]
        source: Box<toml::de::Error>,
    },
    #[error("taxonomy file {file}: {about}")]
    Invalid { file: String, about: String },
    #[error("cannot compile the lexicons")]
    Lexicon(#[from] LexiconError),
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    #[serde(default)]
    policy: Option<PolicySpec>,
    #[serde(default)]
    tags: Option<TagSpec>,
    #[serde(rename = "topic", default)]
    topics: Vec<TopicSpec>,
    #[serde(default)]
    regions: Option<RegionSpec>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicySpec {
    bias: Option<f64>,
    cap: Option<f64>,
    title_weight: Option<f64>,
    density_unit: Option<f64>,
    negative_allowance: Option<f64>,
    topic_weight: Option<f64>,
    #[serde(rename = "cue", default)]
    cues: Vec<CueSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueSpec {
    name: String,
    kind: CueKind,
    weight: f64,
    terms: Vec<String>,
}

/// What a policy cue is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CueKind {
    /// Government action or policy instruments (印发, 通知, the State Council).
    Government,
    /// The health system as subject (医疗, 医院, public health).
    Health,
    /// Both at once: health authorities and health-system reform (卫健委, NHS, 医改).
    Both,
    /// Signs of a health-but-not-policy page (promotions, trials, earnings, tenders).
    Negative,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TagSpec {
    min_score: Option<f64>,
    relative: Option<f64>,
    max: Option<usize>,
    title_bonus: Option<f64>,
    policy_only: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicSpec {
    id: String,
    #[serde(default)]
    label: Option<String>,
    terms: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionSpec {
    #[serde(default)]
    stop_short: Vec<String>,
    #[serde(default)]
    stop_names: Vec<String>,
    #[serde(default)]
    prefer: Vec<String>,
    relative_cut: Option<f64>,
    #[serde(default)]
    not_places: Vec<String>,
    #[serde(default)]
    weak_short: Vec<String>,
    #[serde(default)]
    word_before: Vec<String>,
    #[serde(default)]
    word_after: Vec<String>,
    #[serde(default)]
    aliases: std::collections::BTreeMap<String, Vec<String>>,
}

/// The policy model's settings (see `[policy]` in the taxonomy TOML).
#[derive(Debug, Clone)]
pub struct PolicyModel {
    /// Log-odds before any evidence.
    pub bias: f64,
    /// Most that the joint government-and-health evidence can add, so that one
    /// strong page cannot outweigh any negative cue.
    pub cap: f64,
    /// Multiplier for a cue found in the title.
    pub title_weight: f64,
    /// Text length (in [`super::lexicon::Text::units`]) per unit of density normalisation.
    pub density_unit: f64,
    /// How many units of each negative cue group's weight are forgiven.
    pub negative_allowance: f64,
    /// Share of the strongest topic's evidence (see [`TagModel`]) that counts as
    /// health evidence: a page about elderly meals or family doctors speaks of the
    /// health system in the topic lexicons' words even when no policy cue names it.
    pub topic_weight: f64,
    /// One entry per term: (term as written, cue name, kind, weight).
    pub terms: Vec<(String, String, CueKind, f64)>,
    pub lexicon: Lexicon,
}

/// The tagger's settings (see `[tags]`).
#[derive(Debug, Clone)]
pub struct TagModel {
    /// A topic needs at least this much evidence.
    pub min_score: f64,
    /// ... and at least this share of the strongest topic's evidence.
    pub relative: f64,
    /// At most this many tags.
    pub max: usize,
    /// Added when a topic's term is in the title.
    pub title_bonus: f64,
    /// Tag only documents classified as health policy: the tags describe policy
    /// topics, and a clinic's advert is not "about" hospital development.
    pub policy_only: bool,
    /// The topics (indices into `topic_ids`) each term of `lexicon` counts for: a
    /// term listed under several topics ("county medical community": reform and
    /// primary care) is evidence for each of them.
    pub term_topics: Vec<Vec<usize>>,
    pub topic_ids: Vec<String>,
    pub lexicon: Lexicon,
}

/// Compiled classifier knowledge.
#[derive(Debug)]
pub struct Taxonomy {
    pub(super) policy: PolicyModel,
    pub(super) tags: TagModel,
    pub(super) gazetteer: Gazetteer,
    threshold: f64,
    fingerprint: String,
}

impl Taxonomy {
    /// The taxonomy and gazetteer compiled into the binary.
    pub fn builtin(threshold: f64) -> Result<Taxonomy, TaxonomyError> {
        let sources =
            [BUILTIN_TAXONOMY, BUILTIN_GAZETTEER].map(|(n, t)| (n.to_string(), t.to_string()));
        Taxonomy::from_sources(&sources, threshold)
    }

    /// Compiles taxonomy files given as `(file name, text)`: TOML lexicons, and
    /// optionally a gazetteer `.tsv` (the built-in one otherwise).
    pub fn from_sources(
        sources: &[(String, String)],
        threshold: f64,
    ) -> Result<Taxonomy, TaxonomyError> {
        let mut hasher = Sha256::new();
        let mut policy = PolicySpec::default();
        let mut tags = TagSpec::default();
        let mut topics: Vec<(String, Vec<String>)> = Vec::new();
        let mut regions = RegionSpec::default();
        let mut gazetteer_src: Option<(String, String)> = None;
        for (file, text) in sources {
            hasher.update(file.rsplit('/').next().unwrap_or(file).as_bytes());
            hasher.update(text.as_bytes());
            if file.ends_with(".tsv") {
                gazetteer_src = Some((file.clone(), text.clone()));
                continue;
            }
            let parsed: TaxonomyFile =
                toml::from_str(text).map_err(|source| TaxonomyError::Parse {
                    file: file.clone(),
                    source: Box::new(source),
                })?;
            if let Some(p) = parsed.policy {
                policy.bias = p.bias.or(policy.bias);
                policy.cap = p.cap.or(policy.cap);
                policy.title_weight = p.title_weight.or(policy.title_weight);
                policy.density_unit = p.density_unit.or(policy.density_unit);
                policy.negative_allowance = p.negative_allowance.or(policy.negative_allowance);
                policy.topic_weight = p.topic_weight.or(policy.topic_weight);
                policy.cues.extend(p.cues);
            }
            if let Some(t) = parsed.tags {
                tags.min_score = t.min_score.or(tags.min_score);
                tags.relative = t.relative.or(tags.relative);
                tags.max = t.max.or(tags.max);
                tags.title_bonus = t.title_bonus.or(tags.title_bonus);
                tags.policy_only = t.policy_only.or(tags.policy_only);
            }
            for t in parsed.topics {
                if !TAGS.contains(&t.id.as_str()) {
                    return Err(TaxonomyError::Invalid {
                        file: file.clone(),
                        about: format!("topic id {:?} is not in the closed tag set", t.id),
                    });
                }
                let _ = t.label;
                match topics.iter_mut().find(|(id, _)| *id == t.id) {
                    Some((_, terms)) => terms.extend(t.terms),
                    None => topics.push((t.id, t.terms)),
                }
            }
            if let Some(r) = parsed.regions {
                regions.stop_short.extend(r.stop_short);
                regions.stop_names.extend(r.stop_names);
                regions.prefer.extend(r.prefer);
                regions.relative_cut = r.relative_cut.or(regions.relative_cut);
                regions.not_places.extend(r.not_places);
                regions.weak_short.extend(r.weak_short);
                regions.word_before.extend(r.word_before);
                regions.word_after.extend(r.word_after);
                for (code, names) in r.aliases {
                    regions.aliases.entry(code).or_default().extend(names);
                }
            }
        }
        hasher.update(threshold.to_le_bytes());

        let terms: Vec<(String, String, CueKind, f64)> = policy
            .cues
            .iter()
            .flat_map(|c| {
                c.terms
                    .iter()
                    .map(|t| (t.clone(), c.name.clone(), c.kind, c.weight))
            })
            .collect();
        let lexicon = Lexicon::new(&terms.iter().map(|t| t.0.as_str()).collect::<Vec<_>>())?;
        let policy = PolicyModel {
            bias: policy.bias.unwrap_or(-2.75),
            cap: policy.cap.unwrap_or(8.0),
            title_weight: policy.title_weight.unwrap_or(2.0),
            density_unit: policy.density_unit.unwrap_or(400.0).max(1.0),
            negative_allowance: policy.negative_allowance.unwrap_or(1.0).max(0.0),
            topic_weight: policy.topic_weight.unwrap_or(0.0).max(0.0),
            terms,
            lexicon,
        };

        let mut term_topics: Vec<Vec<usize>> = Vec::new();
        let mut all_terms: Vec<&str> = Vec::new();
        let mut term_index: HashMap<&str, usize> = HashMap::new();
        for (i, (_, terms)) in topics.iter().enumerate() {
            for t in terms {
                let at = *term_index.entry(t.as_str()).or_insert_with(|| {
                    all_terms.push(t.as_str());
                    term_topics.push(Vec::new());
                    all_terms.len() - 1
                });
                if !term_topics[at].contains(&i) {
                    term_topics[at].push(i);
                }
            }
        }
        let tags = TagModel {
            min_score: tags.min_score.unwrap_or(1.5),
            relative: tags.relative.unwrap_or(0.3),
            max: tags.max.unwrap_or(4),
            title_bonus: tags.title_bonus.unwrap_or(2.0),
            policy_only: tags.policy_only.unwrap_or(true),
            lexicon: Lexicon::new(&all_terms)?,
            term_topics,
            topic_ids: topics.into_iter().map(|(id, _)| id).collect(),
        };

        let rules = RegionRules {
            stop_short: regions.stop_short.into_iter().collect(),
            stop_names: regions
                .stop_names
                .into_iter()
                .map(|n| n.to_lowercase())
                .collect::<HashSet<_>>(),
            prefer: regions.prefer,
            relative_cut: regions.relative_cut.unwrap_or(0.0),
            aliases: regions.aliases.into_iter().collect(),
            not_places: regions.not_places,
            weak_short: regions.weak_short.into_iter().collect(),
            word_before: regions.word_before,
            word_after: regions.word_after,
        };
        let (gfile, gtext) = gazetteer_src.unwrap_or_else(|| {
            (
                BUILTIN_GAZETTEER.0.to_string(),
                BUILTIN_GAZETTEER.1.to_string(),
            )
        });
        let gazetteer = Gazetteer::parse(&gfile, &gtext, rules)?;

        Ok(Taxonomy {
            policy,
            tags,
            gazetteer,
            threshold,
            fingerprint: hex::encode(&hasher.finalize()[..4]),
        })
    }

    /// A short hash of the sources and threshold, recorded with every document so
    /// that rows classified under older lexicons can be found and re-processed.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The score at or above which a document is health policy.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_compiles_with_every_tag() {
        let t = Taxonomy::builtin(0.5).unwrap();
        let mut ids = t.tags.topic_ids.clone();
        ids.sort();
        let mut want: Vec<String> = TAGS.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(ids, want);
        assert!(t.policy.bias < 0.0 && t.policy.cap > -t.policy.bias);
        assert!(!t.gazetteer.is_empty());
    }

    #[test]
    fn unknown_topic_is_an_error() {
        let src = [(
            "x.toml".to_string(),
            "[[topic]]\nid = \"sports\"\nterms = [\"football\"]\n".to_string(),
        )];
        assert!(matches!(
            Taxonomy::from_sources(&src, 0.5),
            Err(TaxonomyError::Invalid { .. })
        ));
    }

    #[test]
    fn files_extend_each_other_and_change_the_fingerprint() {
        let a = (
            "a.toml".to_string(),
            "[[topic]]\nid = \"tcm\"\nterms = [\"中医\"]\n".to_string(),
        );
        let b = (
            "b.toml".to_string(),
            "[[topic]]\nid = \"tcm\"\nterms = [\"针灸\"]\n".to_string(),
        );
        let one = Taxonomy::from_sources(std::slice::from_ref(&a), 0.5).unwrap();
        let two = Taxonomy::from_sources(&[a, b], 0.5).unwrap();
        assert_eq!(one.tags.lexicon.len(), 1);
        assert_eq!(two.tags.lexicon.len(), 2);
        assert_eq!(two.tags.topic_ids, ["tcm"]);
        assert_ne!(one.fingerprint(), two.fingerprint());
    }
}
