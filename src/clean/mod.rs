//! The cleaner: keeps the article (title and every body sentence) and removes site
//! chrome, recording each removal with the name of the rule that removed it.
//!
//! Input is a [`Decoded`] page (plain text from a scraper, or HTML); output is a
//! [`Cleaned`] document. The rules are data ([`Rules`], compiled from TOML under
//! `config/clean/`); [`SiteProfile`] carries what has been learned about the page's
//! site template. This module does no I/O and keeps no state between documents.

mod rules;

pub use rules::{Rules, RulesError};

use std::collections::HashMap;

use crate::document::{Cleaned, Decoded, Format, PageMeta, Removal};

/// What is known about the template of the site a page came from: how many of its
/// documents have been seen and how many of them contained each (normalised) line.
/// Lines that recur across many documents of a source are chrome.
#[derive(Debug, Clone, Default)]
pub struct SiteProfile {
    pub documents: u32,
    pub line_counts: HashMap<String, u32>,
}

/// The lines of a cleaned page (kept and removed) that could be site template: short
/// lines, whitespace-folded. The store counts them per source to build [`SiteProfile`]s.
pub fn site_lines(cleaned: &Cleaned) -> Vec<String> {
    let mut lines: Vec<String> = cleaned
        .text
        .lines()
        .chain(cleaned.removed.iter().map(|r| r.text.as_str()))
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty() && line.chars().count() <= 200)
        .collect();
    lines.sort();
    lines.dedup();
    lines
}

/// Why a page could not be cleaned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CleanError {
    #[error("nothing is left of the page once chrome is removed")]
    NoArticle,
}

/// Cleans one page.
pub fn clean(doc: &Decoded, rules: &Rules, _site: &SiteProfile) -> Result<Cleaned, CleanError> {
    let text = match doc.format {
        Format::Text => doc.text.clone(),
        Format::Html => html_to_text(&doc.text),
    };
    let mut removed = Vec::new();
    let mut kept: Vec<String> = Vec::new();
    let mut dropping_rest: Option<String> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rule) = &dropping_rest {
            removed.push(Removal {
                text: line.to_string(),
                rule: rule.clone(),
            });
            continue;
        }
        match rules.matching(line) {
            Some((rule, rules::Action::DropLine)) => removed.push(Removal {
                text: line.to_string(),
                rule: rule.to_string(),
            }),
            Some((rule, rules::Action::DropRest)) => {
                removed.push(Removal {
                    text: line.to_string(),
                    rule: rule.to_string(),
                });
                dropping_rest = Some(rule.to_string());
            }
            None => kept.push(line.to_string()),
        }
    }
    if kept.is_empty() {
        return Err(CleanError::NoArticle);
    }
    let title = doc
        .hints
        .title
        .clone()
        .or_else(|| (kept.len() > 1 && kept[0].chars().count() <= 200).then(|| kept.remove(0)));
    Ok(Cleaned {
        title,
        text: kept.join("\n"),
        removed,
        meta: PageMeta {
            published: doc.hints.published.iter().cloned().collect(),
            url: doc.hints.url.clone(),
            ..PageMeta::default()
        },
    })
}

/// Block text of an HTML page, one block per line, without scripts and styles.
fn html_to_text(html: &str) -> String {
    let document = scraper::Html::parse_document(html);
    let mut out = String::new();
    for node in document.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            let skip = node.ancestors().any(|a| {
                a.value().as_element().is_some_and(|e| {
                    matches!(e.name(), "script" | "style" | "noscript" | "template")
                })
            });
            if !skip {
                out.push_str(text);
            }
        } else if let Some(element) = node.value().as_element() {
            if matches!(
                element.name(),
                "p" | "div"
                    | "br"
                    | "li"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "tr"
                    | "title"
                    | "section"
                    | "article"
            ) {
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Hints;

    fn text_doc(text: &str) -> Decoded {
        Decoded {
            text: text.into(),
            encoding: "UTF-8".into(),
            format: Format::Text,
            hints: Hints::default(),
        }
    }

    #[test]
    fn removes_follow_prompt_and_related_tail() {
        let rules = Rules::builtin().unwrap();
        let doc = text_doc("Welcome to follow the official WeChat: abc\nA title\nBody sentence.\nYou May Also Like\nOther headline");
        let cleaned = clean(&doc, &rules, &SiteProfile::default()).unwrap();
        assert_eq!(cleaned.title.as_deref(), Some("A title"));
        assert_eq!(cleaned.text, "Body sentence.");
        let rules_hit: Vec<_> = cleaned.removed.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(rules_hit, ["follow-prompt", "related-tail", "related-tail"]);
    }
}
