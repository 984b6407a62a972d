//! Cleaning rules as data: parsed from TOML (`config/clean/*.toml`), compiled once into
//! regexes and Aho-Corasick automata, and asked "which rule names this line?".
//!
//! A rule only says what a chrome line looks like and where on a page it may stand
//! ([`Zone`]); deciding where a line stands is the cleaner's job (`mod.rs`). Rules never
//! see more than one line, and this module does not read files: the caller hands in
//! the TOML texts.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::learned::{LineModel, LineModelError};
pub(super) use crate::text::is_han;
use crate::text::{fold_width, to_simplified};

/// The built-in rule files (copies of `config/clean/*.toml`), used when the config names none.
const BUILTIN: &[(&str, &str)] = &[
    (
        "config/clean/chrome.toml",
        include_str!("../../config/clean/chrome.toml"),
    ),
    (
        "config/clean/byline.toml",
        include_str!("../../config/clean/byline.toml"),
    ),
    (
        "config/clean/line-model.tsv",
        include_str!("../../config/clean/line-model.tsv"),
    ),
];

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
    #[error("rule {rule:?} in {file} has invalid literals")]
    Literals {
        file: String,
        rule: String,
        #[source]
        source: Box<aho_corasick::BuildError>,
    },
    #[error("rule {rule:?} in {file} has neither `regex` nor `literals`")]
    Empty { file: String, rule: String },
    #[error("cannot read line model {file}")]
    LineModel {
        file: String,
        #[source]
        source: LineModelError,
    },
}

/// What a rule does with a matching line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Remove the line.
    #[default]
    DropLine,
    /// Remove the line and everything after it (related-article tails, end markers).
    DropRest,
}

/// Where on a page a rule may remove a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// Anywhere.
    #[default]
    Any,
    /// Before the first body paragraph.
    Head,
    /// After the last body paragraph, or in the second half of the page.
    Tail,
    /// Before the first or after the last body paragraph.
    Edge,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(rename = "rule", default)]
    rules: Vec<RuleSpec>,
    meta: Option<MetaSpec>,
}

fn default_max_chars() -> usize {
    120
}

fn default_min_literals() -> usize {
    1
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    name: String,
    #[serde(default)]
    regex: Vec<String>,
    /// One regex: the rule format before `regex` lists, still accepted.
    pattern: Option<String>,
    #[serde(default)]
    literals: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default = "default_min_literals")]
    min_literals: usize,
    #[serde(default)]
    action: Action,
    #[serde(default)]
    zone: Zone,
    #[serde(default = "default_max_chars")]
    max_chars: usize,
    #[serde(default)]
    sentence_max: usize,
    #[serde(default)]
    sentence_anywhere: bool,
    #[serde(default)]
    anchor: bool,
    #[serde(default = "default_true")]
    in_fields: bool,
    #[serde(default)]
    trailing: bool,
}

fn default_true() -> bool {
    true
}

/// Byline labels: which `label:` prefixes introduce a date, a source, an author, or
/// other page meta (editor, view counts) that is chrome without being kept.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaSpec {
    #[serde(default)]
    date_labels: Vec<String>,
    #[serde(default)]
    source_labels: Vec<String>,
    #[serde(default)]
    author_labels: Vec<String>,
    #[serde(default)]
    other_labels: Vec<String>,
    #[serde(default)]
    org_markers: Vec<String>,
}

/// One compiled rule.
#[derive(Debug)]
pub(super) struct Rule {
    pub name: String,
    regexes: Vec<Regex>,
    literals: Option<AhoCorasick>,
    /// A line matching any of these is never this rule's, whatever else matches.
    unless: Vec<Regex>,
    min_literals: usize,
    pub action: Action,
    pub zone: Zone,
    pub max_chars: usize,
    pub sentence_max: usize,
    /// Sentence-shaped lines may match between body paragraphs too (photo captions).
    pub sentence_anywhere: bool,
    pub anchor: bool,
    /// The rule applies to a notice's own run of fields after its last paragraph
    /// (false for contact lines: "地址：…" there is the notice's, not the site's).
    pub in_fields: bool,
    /// The rule also matches what follows a line's last sentence, which is then split
    /// off and removed alone (a photo credit closing a caption: "…就餐。记者 陈喆 摄").
    pub trailing: bool,
}

impl Rule {
    /// Whether the rule's patterns match the normalised line (zone and length aside).
    pub fn pattern_matches(&self, norm: &str) -> bool {
        if self.unless.iter().any(|re| re.is_match(norm)) {
            return false;
        }
        if self.regexes.iter().any(|re| re.is_match(norm)) {
            return true;
        }
        match &self.literals {
            Some(ac) => {
                // Non-overlapping, longest first: "traditional Chinese" is one hit, not two.
                let mut seen: Vec<usize> =
                    ac.find_iter(norm).map(|m| m.pattern().as_usize()).collect();
                seen.sort_unstable();
                seen.dedup();
                seen.len() >= self.min_literals
            }
            None => false,
        }
    }
}

/// The kind of value a byline label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LabelKind {
    Date,
    Source,
    Author,
    Other,
}

/// Compiled cleaning rules.
#[derive(Debug)]
pub struct Rules {
    pub(super) rules: Vec<Rule>,
    /// Matches `label:` anywhere in a normalised line; group 1 is the label.
    pub(super) label_re: Option<Regex>,
    labels: Vec<(String, LabelKind)>,
    /// Words that make a byline name an organisation (see `is_organisation`).
    org_markers: Option<AhoCorasick>,
    /// The learned line model, from the `.tsv` file among the rule files.
    pub(super) line_model: Option<LineModel>,
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
        let mut labels: Vec<(String, LabelKind)> = Vec::new();
        let mut org_markers: Vec<String> = Vec::new();
        let mut line_model = None;
        for (file, text) in sources {
            hasher.update(text.as_bytes());
            if file.ends_with(".tsv") {
                let model = LineModel::parse(text).map_err(|source| RulesError::LineModel {
                    file: file.clone(),
                    source,
                })?;
                line_model = Some(model);
                continue;
            }
            let parsed: RuleFile = toml::from_str(text).map_err(|source| RulesError::Parse {
                file: file.clone(),
                source: Box::new(source),
            })?;
            for spec in parsed.rules {
                rules.push(compile_rule(file, spec)?);
            }
            if let Some(meta) = parsed.meta {
                org_markers.extend(meta.org_markers);
                for (list, kind) in [
                    (meta.date_labels, LabelKind::Date),
                    (meta.source_labels, LabelKind::Source),
                    (meta.author_labels, LabelKind::Author),
                    (meta.other_labels, LabelKind::Other),
                ] {
                    labels.extend(list.into_iter().map(|l| (l.to_lowercase(), kind)));
                }
            }
        }
        let label_re = if labels.is_empty() {
            None
        } else {
            // Longest labels first so that "发布时间" wins over "时间".
            let mut sorted: Vec<&str> = labels.iter().map(|(l, _)| l.as_str()).collect();
            sorted.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
            let alternation: Vec<String> = sorted.iter().map(|l| regex::escape(l)).collect();
            // Any short Han label ending in 时间/日期 ("信息时间", "生成日期") is a date label.
            let pattern = format!(
                r"(?i)(?:^|[\s|/·,;\[\]【】()（）])({}|\p{{Han}}{{1,4}}(?:时间|日期))\s*:\s*",
                alternation.join("|")
            );
            Some(Regex::new(&pattern).map_err(|source| RulesError::Pattern {
                file: "byline labels".into(),
                rule: "byline".into(),
                source: Box::new(source),
            })?)
        };
        let org_markers = if org_markers.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .build(&org_markers)
                    .map_err(|source| RulesError::Literals {
                        file: "byline labels".into(),
                        rule: "org_markers".into(),
                        source: Box::new(source),
                    })?,
            )
        };
        let fingerprint = hex::encode(&hasher.finalize()[..4]);
        Ok(Rules {
            rules,
            label_re,
            labels,
            org_markers,
            line_model,
            fingerprint,
        })
    }

    /// A short hash of the rule texts, recorded as part of the cleaner version.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Whether a byline name is an organisation rather than a person: it holds an
    /// `org_markers` word (whole word for Latin script).
    pub(super) fn is_organisation(&self, name: &str) -> bool {
        let Some(ac) = &self.org_markers else {
            return false;
        };
        ac.find_iter(name).any(|m| {
            let before = name[..m.start()].chars().last();
            let after = name[m.end()..].chars().next();
            let latin = name[m.start()..m.end()].is_ascii();
            !latin
                || (!before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric))
        })
    }

    /// Whether a short line is a site or organisation name ("杭州市卫生健康委员会",
    /// "Wuxi Municipal People's Government"): it ends with an `org_markers` word.
    /// Headlines name organisations too, but go on to say what they did.
    pub(super) fn is_site_name(&self, line: &str) -> bool {
        let Some(ac) = &self.org_markers else {
            return false;
        };
        let name = line.trim_end_matches([' ', '|', '-', '_']);
        ac.find_overlapping_iter(name).any(|m| {
            let latin = name[m.start()..m.end()].is_ascii();
            let before = name[..m.start()].chars().last();
            m.end() == name.len() && (!latin || !before.is_some_and(char::is_alphanumeric))
        })
    }

    /// What kind of value a (matched) byline label introduces.
    /// Whether a byline file names this label.
    pub(super) fn is_label(&self, label: &str) -> bool {
        let label = label.to_lowercase();
        self.labels.iter().any(|(l, _)| *l == label)
    }

    pub(super) fn label_kind(&self, label: &str) -> LabelKind {
        let label = label.to_lowercase();
        self.labels
            .iter()
            .find(|(l, _)| *l == label)
            .map(|(_, k)| *k)
            .unwrap_or(if label.ends_with("时间") || label.ends_with("日期") {
                LabelKind::Date
            } else {
                LabelKind::Other
            })
    }
}

fn compile_rule(file: &str, mut spec: RuleSpec) -> Result<Rule, RulesError> {
    spec.regex.extend(spec.pattern.take());
    if spec.regex.is_empty() && spec.literals.is_empty() {
        return Err(RulesError::Empty {
            file: file.into(),
            rule: spec.name,
        });
    }
    let mut regexes = Vec::new();
    for pattern in &spec.regex {
        regexes.push(Regex::new(pattern).map_err(|source| RulesError::Pattern {
            file: file.into(),
            rule: spec.name.clone(),
            source: Box::new(source),
        })?);
    }
    let mut unless = Vec::new();
    for pattern in &spec.unless {
        unless.push(Regex::new(pattern).map_err(|source| RulesError::Pattern {
            file: file.into(),
            rule: spec.name.clone(),
            source: Box::new(source),
        })?);
    }
    let literals = if spec.literals.is_empty() {
        None
    } else {
        let folded: Vec<String> = spec.literals.iter().map(|l| normalize(l)).collect();
        Some(
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&folded)
                .map_err(|source| RulesError::Literals {
                    file: file.into(),
                    rule: spec.name.clone(),
                    source: Box::new(source),
                })?,
        )
    };
    Ok(Rule {
        name: spec.name,
        regexes,
        literals,
        unless,
        min_literals: spec.min_literals.max(1),
        action: spec.action,
        zone: spec.zone,
        max_chars: spec.max_chars,
        sentence_max: spec.sentence_max,
        sentence_anywhere: spec.sentence_anywhere,
        anchor: spec.anchor,
        in_fields: spec.in_fields,
        trailing: spec.trailing,
    })
}

/// The form rules are matched against: traditional Chinese folded to simplified,
/// full-width ASCII to half-width, ideographic spaces to spaces, trimmed. Rule authors
/// then write one pattern for every script variant and width.
pub(super) fn normalize(line: &str) -> String {
    let folded: String = line
        .chars()
        .map(|c| if c == '\u{00A0}' { ' ' } else { fold_width(c) })
        .collect();
    // zhconv keeps a few Taiwan forms that mainland text spells otherwise.
    let simplified = to_simplified(&strip_markup(folded.trim())).replace('谘', "咨");
    // Forms space a short label's characters out to align a column ("标  题：",
    // "有 效 性："): the label is read as written without them.
    if SPACED_LABEL.is_match(&simplified) {
        SPACED_LABEL
            .replace_all(&simplified, |caps: &regex::Captures<'_>| {
                let label: String = caps[2].chars().filter(|c| !c.is_whitespace()).collect();
                format!("{}{label}:", &caps[1])
            })
            .into_owned()
    } else {
        simplified
    }
}

/// The line as a reader sees it when a scraper wrote Markdown or a text browser's dump:
/// no heading marks or bullets ("## 一、总体要求", "* [Home](…)"), a link's text
/// without its address, an image as `[image]`, no `[14]` link numbers, no bold marks.
/// Rules then read "Home" and "相关阅读：…" whatever tool saved the page; the line's own
/// text keeps its markup.
pub(super) fn strip_markup(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains(['#', '*', '[', '_', '-', '+']) {
        return std::borrow::Cow::Borrowed(line);
    }
    // "- 5 -" is a page number, not a bullet.
    let line = if line.ends_with('-') {
        std::borrow::Cow::Borrowed(line)
    } else {
        MD_LEAD.replace(line, "")
    };
    let line = MD_IMAGE.replace_all(&line, "[image]");
    let line = MD_LINK.replace_all(&line, "$1");
    let line = LINK_NUMBER.replace_all(&line, "");
    let line = MD_BOLD.replace_all(&line, "$2");
    std::borrow::Cow::Owned(line.trim().to_string())
}

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static MD_LEAD: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"^(#{1,6}\s+|[*+-]\s+(\[[ xX]\]\s+)?|>\s+)").expect("markdown lead pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static MD_IMAGE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"!\[[^\]]*\]\([^)]*\)").expect("markdown image pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static MD_LINK: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"\[([^\]]+)\]\((?:https?://|/|\.|#|mailto:|tel:|javascript:)[^)]*\)")
        .expect("markdown link pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static LINK_NUMBER: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| Regex::new(r"\[\d{1,3}\]").expect("link number pattern"));

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static MD_BOLD: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"(\*\*|__)([^*_]+)(\*\*|__)").expect("markdown bold pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static SPACED_LABEL: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"(^|\s{2,})((?:\p{Han}\s+){1,3}\p{Han})\s*:").expect("spaced label pattern")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_compile_and_have_names() {
        let rules = Rules::builtin().unwrap();
        assert!(rules.rules.len() > 20);
        assert!(rules.rules.iter().all(|r| !r.name.is_empty()));
        assert_eq!(rules.fingerprint().len(), 8);
        assert_eq!(rules.label_kind("来源"), LabelKind::Source);
        assert_eq!(rules.label_kind("Addtime"), LabelKind::Date);
        assert!(rules.is_site_name("杭州市卫生健康委员会"));
        assert!(rules.is_site_name("Wuxi Municipal People's Government"));
        assert!(!rules.is_site_name("市卫健委召开全市医保工作会议"));
        assert!(!rules.is_site_name("Health Commission issues new guidelines"));
    }

    #[test]
    fn normalises_traditional_and_full_width() {
        assert_eq!(normalize(" 來源：聯合報 "), "来源:联合报");
        assert_eq!(normalize("ＩＣＰ备"), "ICP备");
        assert_eq!(normalize("标　　题：某某通知"), "标题:某某通知");
        assert_eq!(
            normalize("文　　号：某发〔2024〕5号　　发布日期：2024-02-07"),
            "文号:某发〔2024〕5号  发布日期:2024-02-07"
        );
        assert_eq!(normalize("有 效 性：有效"), "有效性:有效");
        assert_eq!(normalize("## 一、总体要求"), "一、总体要求");
        assert_eq!(normalize("* [Home](https://www.example.sg/)"), "Home");
        assert_eq!(
            normalize("【字体：[16]大 [17]中 [18]小】 [19]打印"),
            "【字体:大 中 小】 打印"
        );
        assert_eq!(normalize("![Logo](https://x.sg/logo.svg)"), "[image]");
        assert_eq!(normalize("* **Essential** checks"), "Essential checks");
        assert_eq!(normalize("- 5 -"), "- 5 -");
        assert_eq!(normalize("张三 李四：发言"), "张三 李四:发言");
    }

    #[test]
    fn bad_rule_files_are_errors_naming_the_rule() {
        let bad = [(
            "x.toml".to_string(),
            "[[rule]]\nname = \"broken\"\nregex = ['(']\n".to_string(),
        )];
        let err = Rules::from_sources(&bad).unwrap_err();
        assert!(err.to_string().contains("broken"), "{err}");
        let empty = [("y.toml".to_string(), "[[rule]]\nname = \"e\"\n".to_string())];
        assert!(matches!(
            Rules::from_sources(&empty),
            Err(RulesError::Empty { .. })
        ));
    }

    #[test]
    fn single_pattern_rules_still_load() {
        let src = [(
            "old.toml".to_string(),
            "[[rule]]\nname = \"promo\"\npattern = '^推广'\naction = \"drop_line\"\n".to_string(),
        )];
        let rules = Rules::from_sources(&src).unwrap();
        assert!(rules.rules[0].pattern_matches("推广：体检套餐"));
        assert!(!rules.rules[0].pattern_matches("医保推广"));
    }

    #[test]
    fn literal_rules_count_distinct_hits() {
        let src = [(
            "l.toml".to_string(),
            "[[rule]]\nname = \"lang\"\nliterals = [\"english\", \"中文\"]\nmin_literals = 2\n"
                .to_string(),
        )];
        let rules = Rules::from_sources(&src).unwrap();
        let rule = &rules.rules[0];
        assert!(rule.pattern_matches("English | 中文"));
        assert!(!rule.pattern_matches("English English"));
    }
}
