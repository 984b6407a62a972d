//! Site templates: lines that recur across many documents of one source are that
//! site's chrome, even when no rule names them.
//!
//! This module only answers "is this line part of the site's template?" from a
//! [`SiteProfile`] that the store builds. It never removes a line by itself: the
//! cleaner asks only about short lines standing before or after the article body,
//! so a quotation repeated across articles (which stands between body paragraphs)
//! is never touched. Learning and persisting the counts is the store's job.

use std::collections::HashMap;

/// What is known about the template of the site a page came from: how many of its
/// documents have been seen and how many of them contained each (normalised) line.
/// Lines that recur across many documents of a source are chrome.
#[derive(Debug, Clone, Default)]
pub struct SiteProfile {
    /// Documents of this source seen so far.
    pub documents: u32,
    /// For each normalised line (see [`site_key`]), the number of documents holding it.
    pub line_counts: HashMap<String, u32>,
}

/// The fewest documents of a source before its template is trusted.
const MIN_DOCUMENTS: u32 = 3;

/// Lines longer than this (in characters) are never template: chrome is short.
pub(super) const MAX_TEMPLATE_CHARS: usize = 80;

/// The key a line is counted under: whitespace folded to single spaces.
pub fn site_key(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl SiteProfile {
    /// Whether `line` recurs in at least three (`MIN_DOCUMENTS`) documents and in at least
    /// half of the source's documents.
    pub fn is_template(&self, line: &str) -> bool {
        if self.documents < MIN_DOCUMENTS || line.chars().count() > MAX_TEMPLATE_CHARS {
            return false;
        }
        let count = self.line_counts.get(&site_key(line)).copied().unwrap_or(0);
        count >= MIN_DOCUMENTS && count.saturating_mul(2) >= self.documents
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(documents: u32, lines: &[(&str, u32)]) -> SiteProfile {
        SiteProfile {
            documents,
            line_counts: lines.iter().map(|(l, n)| (l.to_string(), *n)).collect(),
        }
    }

    #[test]
    fn frequent_short_lines_are_template() {
        let p = profile(10, &[("市卫健委 主办", 9), ("rare line", 2), ("half", 5)]);
        assert!(p.is_template("市卫健委  主办"));
        assert!(p.is_template("half"));
        assert!(!p.is_template("rare line"));
        assert!(!p.is_template("never seen"));
    }

    #[test]
    fn too_few_documents_teach_nothing() {
        let p = profile(2, &[("footer", 2)]);
        assert!(!p.is_template("footer"));
    }

    #[test]
    fn long_lines_are_never_template() {
        let long = "健康".repeat(50);
        let p = profile(10, &[(long.as_str(), 10)]);
        assert!(!p.is_template(&long));
    }
}
