//! The learned line model: a naive Bayes scorer that says how much a short line reads
//! like site chrome rather than the article's, learned from labelled pages
//! (`healthfeed learn`, gold format of `tests/corpus/README.md`).
//!
//! Rules name the chrome someone has seen; the model generalises from the words chrome
//! is made of ("返回顶部", "Loading...", "1.2K views", "相關連結") to phrasings no rule
//! names. It only ever scores lines that are not paragraphs, and the cleaner asks it
//! only about lines at the page's edges (above the first paragraph, below the last):
//! an article's short lines there (a notice's addressees, a signature, a tender's
//! fields) are the cases the body examples teach it to leave alone. The model is a
//! plain text file of feature weights, so users can read it, retrain it on their own
//! labelled pages and set its threshold.

use std::collections::{BTreeMap, HashMap};

use super::rules::is_han;

/// Features seen fewer times than this in training are too rare to weigh.
const MIN_FEATURE_COUNT: u32 = 2;

/// The threshold a newly trained model is written with: a line's log-odds of being
/// chrome above which the cleaner removes it.
pub const DEFAULT_THRESHOLD: f64 = 4.0;

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LineModelError {
    #[error("line {line}: expected `feature<TAB>weight`, got {text:?}")]
    Syntax { line: usize, text: String },
    #[error("no `threshold` line")]
    NoThreshold,
}

/// A trained line model.
#[derive(Debug, Clone, PartialEq)]
pub struct LineModel {
    /// Log-odds of chrome before any feature is seen.
    prior: f64,
    /// Lines scoring above this are chrome.
    threshold: f64,
    weights: HashMap<String, f64>,
}

impl LineModel {
    /// Reads a model file: `threshold`, `prior` and `feature<TAB>weight` lines; `#`
    /// starts a comment.
    pub fn parse(text: &str) -> Result<LineModel, LineModelError> {
        let mut threshold = None;
        let mut prior = 0.0;
        let mut weights = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let parsed = line
                .rsplit_once('\t')
                .and_then(|(name, value)| Some((name, value.trim().parse::<f64>().ok()?)))
                .filter(|(_, value)| value.is_finite());
            let Some((name, value)) = parsed else {
                return Err(LineModelError::Syntax {
                    line: n + 1,
                    text: line.chars().take(60).collect(),
                });
            };
            match name {
                "threshold" => threshold = Some(value),
                "prior" => prior = value,
                _ => {
                    weights.insert(name.to_string(), value);
                }
            }
        }
        Ok(LineModel {
            prior,
            threshold: threshold.ok_or(LineModelError::NoThreshold)?,
            weights,
        })
    }

    /// The model as its file holds it, features sorted so that retraining shows as a
    /// readable diff.
    pub fn to_text(&self, header: &str) -> String {
        let sorted: BTreeMap<&String, &f64> = self.weights.iter().collect();
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&format!("threshold\t{}\n", self.threshold));
        out.push_str(&format!("prior\t{:.3}\n", self.prior));
        for (name, weight) in sorted {
            out.push_str(&format!("{name}\t{weight:.3}\n"));
        }
        out
    }

    /// How strongly a normalised line reads as chrome (log-odds).
    pub fn score(&self, norm: &str) -> f64 {
        self.prior
            + features(norm)
                .iter()
                .filter_map(|f| self.weights.get(f))
                .sum::<f64>()
    }

    /// Whether a normalised line is chrome: it scores above the model's threshold
    /// raised by `margin` (log-odds).
    pub fn is_chrome(&self, norm: &str, margin: f64) -> bool {
        self.score(norm) > self.threshold + margin
    }

    /// The number of weighted features.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether the model weighs no feature at all.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// Counts features over labelled lines and turns the counts into a [`LineModel`].
#[derive(Debug, Default)]
pub struct Trainer {
    /// Per feature: lines of body (index 0) and chrome (index 1) holding it.
    counts: HashMap<String, [u32; 2]>,
    lines: [u32; 2],
}

impl Trainer {
    /// Counts one normalised line of the article (`chrome` false) or of the site.
    pub fn add(&mut self, norm: &str, chrome: bool) {
        let class = usize::from(chrome);
        self.lines[class] += 1;
        for feature in features(norm) {
            self.counts.entry(feature).or_default()[class] += 1;
        }
    }

    /// Lines counted so far: (body, chrome).
    pub fn lines(&self) -> (u32, u32) {
        (self.lines[0], self.lines[1])
    }

    /// The model: each feature's smoothed log-likelihood ratio, the classes' prior.
    /// `None` when either class has no line, since nothing can be weighed then.
    pub fn finish(&self, threshold: f64) -> Option<LineModel> {
        let [body, chrome] = self.lines.map(f64::from);
        if body == 0.0 || chrome == 0.0 {
            return None;
        }
        let weights = self
            .counts
            .iter()
            .filter(|(_, [b, c])| b + c >= MIN_FEATURE_COUNT)
            .map(|(name, &[b, c])| {
                let in_chrome = (f64::from(c) + 0.5) / (chrome + 1.0);
                let in_body = (f64::from(b) + 0.5) / (body + 1.0);
                (name.clone(), (in_chrome / in_body).ln())
            })
            .collect();
        Some(LineModel {
            prior: (chrome / body).ln(),
            threshold,
            weights,
        })
    }
}

/// What the model reads of a normalised line: its Latin words (lower-cased), its Han
/// character pairs (a lone Han character stands for itself), and its shape: length,
/// digits, an address, a colon, separators, a sentence's end.
pub fn features(norm: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut han_run: Vec<char> = Vec::new();
    let flush_han = |run: &mut Vec<char>, out: &mut Vec<String>| {
        match run.len() {
            0 => {}
            1 => out.push(format!("h:{}", run[0])),
            _ => out.extend(run.windows(2).map(|p| format!("b:{}{}", p[0], p[1]))),
        }
        run.clear();
    };
    for c in norm.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c.to_ascii_lowercase());
        } else if !word.is_empty() {
            out.push(format!("w:{}", std::mem::take(&mut word)));
        }
        if is_han(c) {
            han_run.push(c);
        } else {
            flush_han(&mut han_run, &mut out);
        }
    }
    if !word.is_empty() {
        out.push(format!("w:{word}"));
    }
    flush_han(&mut han_run, &mut out);

    let weight = super::weight(norm);
    out.push(if weight < 10 {
        format!("len:{weight}")
    } else {
        "len:10+".to_string()
    });
    let lower = norm.to_lowercase();
    let shapes = [
        ("digit", norm.chars().any(|c| c.is_ascii_digit())),
        (
            "url",
            lower.contains("http://") || lower.contains("https://") || lower.contains("www."),
        ),
        ("endcolon", norm.trim_end().ends_with(':')),
        ("colon", norm.contains(':')),
        ("sep", norm.contains(['|', '»', '>', '›', '/'])),
        ("sentend", super::sentence_shaped(norm)),
    ];
    out.extend(
        shapes
            .iter()
            .filter(|(_, present)| *present)
            .map(|(name, _)| format!("s:{name}")),
    );
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trained() -> LineModel {
        let mut t = Trainer::default();
        for chrome in [
            "返回顶部",
            "返回首页",
            "Back to top",
            "Share on Twitter",
            "相关链接",
        ] {
            t.add(chrome, true);
        }
        for body in ["一、工作目标", "附件：岗位表", "Background", "Eligibility"] {
            t.add(body, false);
        }
        t.finish(0.0).expect("both classes seen")
    }

    #[test]
    fn features_read_words_han_pairs_and_shape() {
        let f = features("返回顶部 | Back to TOP");
        for expected in ["b:返回", "b:顶部", "w:back", "w:top", "s:sep", "len:7"] {
            assert!(f.contains(&expected.to_string()), "{expected} in {f:?}");
        }
        assert!(features("单").contains(&"h:单".to_string()));
        assert!(features("See https://x.org/a.").contains(&"s:url".to_string()));
        assert!(features("It works.").contains(&"s:sentend".to_string()));
    }

    #[test]
    fn chrome_words_score_above_article_words() {
        let model = trained();
        assert!(model.score("返回上一页") > model.score("二、工作目标"));
        assert!(model.is_chrome("返回顶部", 0.0));
        assert!(!model.is_chrome("返回顶部", 100.0));
        assert!(!model.is_chrome("一、工作目标", 0.0));
    }

    #[test]
    fn a_model_survives_its_file_form() {
        let model = trained();
        let text = model.to_text("trained on a test");
        assert!(text.starts_with("# trained on a test\nthreshold\t0\n"));
        let back = LineModel::parse(&text).expect("parses");
        assert_eq!(back.len(), model.len());
        assert!((back.score("返回顶部") - model.score("返回顶部")).abs() < 0.01);
    }

    #[test]
    fn malformed_files_are_errors() {
        assert_eq!(
            LineModel::parse("prior\t1\n"),
            Err(LineModelError::NoThreshold)
        );
        assert!(matches!(
            LineModel::parse("threshold\t4\nw:x 1.0\n"),
            Err(LineModelError::Syntax { line: 2, .. })
        ));
        assert!(LineModel::parse("threshold\tNaN\n").is_err());
    }

    #[test]
    fn one_class_alone_trains_nothing() {
        let mut t = Trainer::default();
        t.add("返回顶部", true);
        assert!(t.finish(4.0).is_none());
    }
}
