//! Term matching shared by the policy scorer, the topic tagger and the gazetteer:
//! text normalisation (lower case, traditional → simplified) and a multi-term
//! counter with word boundaries for Latin-script terms.
//!
//! It only counts: weights and decisions belong to the callers. It does no
//! stemming or word segmentation; an English term ending in `*` matches as a prefix
//! (`hospital*` counts "hospitals"), and all-capital terms (`WHO`, `NHS`, `U.S.`)
//! match case-sensitively so that the pronoun "who" is not the World Health Organization.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::text::{fold_width, to_simplified};

/// Why a term list could not be compiled into a matcher.
#[derive(Debug, thiserror::Error)]
#[error("cannot build the term matcher")]
pub struct LexiconError(#[from] aho_corasick::BuildError);

/// A text prepared for matching: normalised once, matched by many lexicons.
#[derive(Debug, Clone)]
pub struct Text {
    /// Lower-cased and simplified: what case-insensitive terms are matched against.
    pub lower: String,
    /// Simplified but with its case kept, for acronym terms.
    pub cased: String,
}

impl Text {
    /// Normalises `raw` for matching.
    pub fn new(raw: &str) -> Text {
        let cased = normalise_script(raw);
        Text {
            lower: cased.to_lowercase(),
            cased,
        }
    }

    /// A length measure comparable across scripts: one per CJK character, two per
    /// Latin word (an English word carries about as much as two Chinese characters).
    pub fn units(&self) -> f64 {
        let mut units = 0usize;
        let mut in_word = false;
        for c in self.cased.chars() {
            if is_cjk(c) {
                units += 1;
                in_word = false;
            } else if c.is_ascii_alphanumeric() {
                if !in_word {
                    units += 2;
                }
                in_word = true;
            } else {
                in_word = false;
            }
        }
        units as f64
    }
}

/// Traditional → simplified (with the maintained `zhconv` tables), curly quotes to
/// straight ones, full-width ASCII to half-width, so one lexicon entry matches all forms.
pub fn normalise_script(raw: &str) -> String {
    let folded: String = raw
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            _ => fold_width(c),
        })
        .collect();
    to_simplified(&folded)
}

/// CJK ideographs, for the classifier's script and length measures.
pub use crate::text::is_han as is_cjk;

/// A set of terms counted in one pass.
#[derive(Debug, Clone)]
pub struct Lexicon {
    terms: Vec<Term>,
    /// Matcher over the lower-cased pattern of every case-insensitive term.
    folded: Option<AhoCorasick>,
    folded_ids: Vec<usize>,
    /// Matcher over the case-sensitive (acronym) terms.
    exact: Option<AhoCorasick>,
    exact_ids: Vec<usize>,
}

#[derive(Debug, Clone)]
struct Term {
    /// Boundaries are checked at the start / end of a match.
    bound_start: bool,
    bound_end: bool,
}

impl Lexicon {
    /// Compiles `terms` (as written in config; normalised here). Index `i` of
    /// [`Lexicon::count`]'s result is the count of `terms[i]`.
    pub fn new<S: AsRef<str>>(terms: &[S]) -> Result<Lexicon, LexiconError> {
        let mut compiled = Vec::with_capacity(terms.len());
        let (mut folded_pats, mut folded_ids) = (Vec::new(), Vec::new());
        let (mut exact_pats, mut exact_ids) = (Vec::new(), Vec::new());
        for (i, raw) in terms.iter().enumerate() {
            let raw = raw.as_ref().trim();
            let (body, prefix) = match raw.strip_suffix('*') {
                Some(b) => (b, true),
                None => (raw, false),
            };
            let body = normalise_script(body);
            let first = body.chars().next();
            let last = body.chars().last();
            compiled.push(Term {
                bound_start: first.is_some_and(|c| c.is_ascii_alphanumeric()),
                bound_end: !prefix && last.is_some_and(|c| c.is_ascii_alphanumeric()),
            });
            if body.is_empty() {
                continue;
            }
            let acronym = body.chars().any(|c| c.is_ascii_uppercase())
                && body
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '.' || c == '-' || c.is_ascii_digit());
            if acronym {
                exact_pats.push(body);
                exact_ids.push(i);
            } else {
                folded_pats.push(body.to_lowercase());
                folded_ids.push(i);
            }
        }
        let build = |pats: &[String]| -> Result<Option<AhoCorasick>, LexiconError> {
            if pats.is_empty() {
                return Ok(None);
            }
            Ok(Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(pats)?,
            ))
        };
        Ok(Lexicon {
            folded: build(&folded_pats)?,
            exact: build(&exact_pats)?,
            terms: compiled,
            folded_ids,
            exact_ids,
        })
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether there are no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Counts every term in `text` (non-overlapping, longest match first, so
    /// "国家卫生健康委" is not also counted as "卫生健康").
    pub fn count(&self, text: &Text) -> Vec<u32> {
        let mut counts = vec![0u32; self.terms.len()];
        for (m, ids, hay) in [
            (&self.folded, &self.folded_ids, &text.lower),
            (&self.exact, &self.exact_ids, &text.cased),
        ] {
            let Some(m) = m else { continue };
            for hit in m.find_iter(hay.as_str()) {
                let id = ids[hit.pattern().as_usize()];
                let term = &self.terms[id];
                if term.bound_start && word_char_before(hay, hit.start()) {
                    continue;
                }
                if term.bound_end && word_char_after(hay, hit.end()) {
                    continue;
                }
                counts[id] += 1;
            }
        }
        counts
    }

    /// Every boundary-respecting match as `(term index, byte start, byte end)` in
    /// the lower-cased (or, for acronyms, cased) text. Both texts have the same byte
    /// offsets for CJK and ASCII, which is all the gazetteer looks at around a match.
    pub fn find(&self, text: &Text) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (m, ids, hay) in [
            (&self.folded, &self.folded_ids, &text.lower),
            (&self.exact, &self.exact_ids, &text.cased),
        ] {
            let Some(m) = m else { continue };
            for hit in m.find_iter(hay.as_str()) {
                let id = ids[hit.pattern().as_usize()];
                let term = &self.terms[id];
                if (term.bound_start && word_char_before(hay, hit.start()))
                    || (term.bound_end && word_char_after(hay, hit.end()))
                {
                    continue;
                }
                out.push((id, hit.start(), hit.end()));
            }
        }
        out.sort_by_key(|&(_, s, _)| s);
        out
    }
}

fn word_char_before(hay: &str, at: usize) -> bool {
    hay[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

fn word_char_after(hay: &str, at: usize) -> bool {
    hay[at..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_and_case_are_normalised() {
        let lex = Lexicon::new(&["卫生健康委", "health commission"]).unwrap();
        let counts = lex.count(&Text::new("國家衛生健康委 and the Health Commission"));
        assert_eq!(counts, vec![1, 1]);
    }

    #[test]
    fn english_terms_need_word_boundaries() {
        let lex = Lexicon::new(&["tcm", "hospital*", "who"]).unwrap();
        let counts = lex.count(&Text::new("TCMs hospitals whoever TCM"));
        assert_eq!(counts, vec![1, 1, 0]);
    }

    #[test]
    fn acronyms_match_case_sensitively() {
        let lex = Lexicon::new(&["WHO", "NHS"]).unwrap();
        let counts = lex.count(&Text::new("those who said the WHO and NHS (nhs)"));
        assert_eq!(counts, vec![1, 1]);
    }

    #[test]
    fn longest_term_wins() {
        let lex = Lexicon::new(&["国家卫生健康委", "卫生健康"]).unwrap();
        let counts = lex.count(&Text::new("国家卫生健康委推进卫生健康"));
        assert_eq!(counts, vec![1, 1]);
    }

    #[test]
    fn units_weigh_words_and_characters() {
        assert_eq!(Text::new("卫生 health policy").units(), 6.0);
    }
}
