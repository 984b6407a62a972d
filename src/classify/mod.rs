//! The classifier: decides whether a cleaned article is health policy (with a
//! calibrated score and the evidence for it), tags its substantive topics from a
//! closed set, and finds its language, publication date and places.
//!
//! The policy score is a small, explainable model. Each cue term found adds its
//! configured weight — twice over (`title_weight`) in the title; in the body
//! `weight × (1 + ln count)`, divided by `√(length / density_unit)` so that long pages
//! do not win by sheer size. Government cues and health cues are summed separately
//! and only the weaker of the two counts, so a page needs both (an economic work
//! report that names the health commission once is not health policy; nor is a
//! clinic's advert full of medical words). Negative cues (promotion, wellness tips,
//! trial results, earnings, job ads, tenders) subtract, each cue group beyond a
//! small allowance (`negative_allowance` × its weight) so that one stray word in a
//! sidebar does not sink a policy page. The log-odds
//! `bias + min(gov, health, cap) + negative` is squashed by the logistic function
//! into [0, 1].
//!
//! Knowledge lives in data ([`Taxonomy`], compiled from `config/taxonomy/`); this
//! module is pure and does no I/O. It does not segment words or use a trained model.

mod date;
mod lexicon;
mod region;
mod taxonomy;

pub use date::first_date;
pub use lexicon::{normalise_script, Lexicon, LexiconError, Text};
pub use region::{gazetteer_rows, Gazetteer, GazetteerError, GazetteerRow, Level, RegionRules};
pub use taxonomy::BUILTIN_GAZETTEER;
pub use taxonomy::{CueKind, Taxonomy, TaxonomyError, TAGS};

use tracing::instrument;

use crate::document::{Classified, Cleaned, Evidence, PolicyVerdict, TagScore};

/// Classifies one cleaned document.
#[instrument(skip_all, fields(stage = "classify"))]
pub fn classify(doc: &Cleaned, taxonomy: &Taxonomy) -> Classified {
    let title = Text::new(doc.title.as_deref().unwrap_or(""));
    let body = Text::new(&doc.text);
    let topics = topic_evidence(&title, &body, taxonomy);
    let health_policy = policy(&title, &body, &topics, taxonomy);
    let tags = if health_policy.is_policy || !taxonomy.tags.policy_only {
        tags(&topics, taxonomy)
    } else {
        Vec::new()
    };
    let site = Text::new(&site_identity(doc));
    let mut regions = taxonomy
        .gazetteer
        .regions_with_site(&title, &body, Some(&site));
    regions.truncate(30);
    let lang_sample = format!("{}\n{}", doc.title.as_deref().unwrap_or(""), doc.text);
    Classified {
        lang: detect_lang(&lang_sample),
        published: date::published(
            &doc.meta,
            doc.title.as_deref(),
            &doc.text,
            &doc.removed
                .iter()
                .map(|r| r.text.as_str())
                .collect::<Vec<_>>(),
        ),
        health_policy,
        tags,
        regions,
    }
}

/// Cleaning rules whose lines state who publishes the site (copyright, "a federal
/// government website managed by …", "registered in England and Wales"), named in
/// config/clean/chrome.toml. Navigation and related lists are not identity: a
/// "Singapore" menu tab or a related headline says nothing about the publisher.
const PUBLISHER_RULES: &[&str] = &["copyright-footer", "publisher-footer", "icp-filing"];

/// The page's own identity as its publisher states it: the byline source, the
/// site-name header (the first line the cleaner removed, when short) and the
/// sponsor/copyright/publisher footer, cut before any address or phone number. Weak
/// evidence of where a page is from, for pages whose article names no place.
fn site_identity(doc: &Cleaned) -> String {
    let mut out: Vec<&str> = doc.meta.source.as_deref().into_iter().collect();
    let removed: Vec<(&str, &str)> = doc
        .removed
        .iter()
        .flat_map(|r| r.text.lines().map(move |l| (l.trim(), r.rule.as_str())))
        .filter(|(l, _)| !l.is_empty())
        .collect();
    if let Some((first, _)) = removed.first() {
        if first.chars().count() <= 30 {
            out.push(first);
        }
    }
    for (line, rule) in &removed {
        let lower = line.to_lowercase();
        if PUBLISHER_RULES.contains(rule)
            || ["主办", "主管", "版权所有", "copyright", "©", "sponsored by"]
                .iter()
                .any(|w| lower.contains(w))
        {
            let cut = ["地址", "电话", "address", "tel"]
                .iter()
                .filter_map(|w| lower.find(w))
                .min()
                .unwrap_or(lower.len());
            // Byte offsets of `lower` match `line` only for unchanged lengths.
            let cut = if lower.len() == line.len() {
                cut
            } else {
                line.len()
            };
            out.push(&line[..cut]);
        }
    }
    out.join("\n")
}

/// Length normaliser: 1 for short pages, growing with the square root beyond.
fn density_norm(body: &Text, unit: f64) -> f64 {
    (body.units() / unit).max(1.0).sqrt()
}

fn policy(title: &Text, body: &Text, topics: &[f64], taxonomy: &Taxonomy) -> PolicyVerdict {
    let model = &taxonomy.policy;
    let norm = density_norm(body, model.density_unit);
    let (mut gov, mut health, mut neg) = (0.0, 0.0, 0.0);
    let mut evidence = Vec::new();
    // Negative cues per cue group, so that each group's first weight unit is
    // forgiven: one stray "招聘" in a policy page's sidebar is not a job advert.
    let mut neg_groups: Vec<(&str, f64, f64)> = Vec::new();
    for (field, text) in [("title", title), ("body", body)] {
        for (i, count) in model.lexicon.count(text).into_iter().enumerate() {
            if count == 0 {
                continue;
            }
            let (term, cue, kind, weight) = &model.terms[i];
            let contribution = if field == "title" {
                weight * model.title_weight
            } else {
                weight * (1.0 + f64::from(count).ln()) / norm
            };
            let signed = match kind {
                CueKind::Government => {
                    gov += contribution;
                    contribution
                }
                CueKind::Health => {
                    health += contribution;
                    contribution
                }
                CueKind::Both => {
                    gov += contribution;
                    health += contribution;
                    2.0 * contribution
                }
                CueKind::Negative => {
                    match neg_groups.iter_mut().find(|(name, _, _)| name == cue) {
                        Some(g) => g.1 += contribution.abs(),
                        None => neg_groups.push((cue.as_str(), contribution.abs(), weight.abs())),
                    }
                    -contribution.abs()
                }
            };
            evidence.push(Evidence {
                term: term.clone(),
                field: field.to_string(),
                weight: (signed * 1000.0).round() / 1000.0,
                count,
            });
        }
    }
    for (_, sum, free) in &neg_groups {
        neg -= (sum - free * model.negative_allowance).max(0.0);
    }
    // Only the strongest topic counts: many weak topics are a page that mentions
    // health in passing, one strong topic is a page about a part of the health system.
    if let Some((i, &top)) = topics
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .filter(|(_, &top)| top > 0.0 && model.topic_weight > 0.0)
    {
        let contribution = model.topic_weight * top;
        health += contribution;
        evidence.push(Evidence {
            term: format!("topic {}", taxonomy.tags.topic_ids[i]),
            field: "topics".to_string(),
            weight: (contribution * 1000.0).round() / 1000.0,
            count: 1,
        });
    }
    let raw = model.bias + gov.min(health).min(model.cap) + neg;
    let score = 1.0 / (1.0 + (-raw).exp());
    let score = (score * 10000.0).round() / 10000.0;
    evidence.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    PolicyVerdict {
        is_policy: score >= taxonomy.threshold(),
        score,
        evidence,
    }
}

/// Each topic's evidence (indexed like `TagModel::topic_ids`): density of its terms in
/// the body plus a bonus when the title names it.
fn topic_evidence(title: &Text, body: &Text, taxonomy: &Taxonomy) -> Vec<f64> {
    let model = &taxonomy.tags;
    let norm = density_norm(body, taxonomy.policy.density_unit);
    let mut raw = vec![0.0f64; model.topic_ids.len()];
    let mut in_title = vec![false; model.topic_ids.len()];
    for (i, count) in model.lexicon.count(title).into_iter().enumerate() {
        if count > 0 {
            for &t in &model.term_topics[i] {
                in_title[t] = true;
            }
        }
    }
    for (i, count) in model.lexicon.count(body).into_iter().enumerate() {
        if count > 0 {
            for &t in &model.term_topics[i] {
                raw[t] += (1.0 + f64::from(count).ln()) / norm;
            }
        }
    }
    for (r, t) in raw.iter_mut().zip(&in_title) {
        if *t {
            *r += model.title_bonus;
        }
    }
    raw
}

fn tags(raw: &[f64], taxonomy: &Taxonomy) -> Vec<TagScore> {
    let model = &taxonomy.tags;
    let top = raw.iter().copied().fold(0.0, f64::max);
    let mut out: Vec<TagScore> = raw
        .iter()
        .enumerate()
        .filter(|&(_, &r)| r >= model.min_score && r >= model.relative * top)
        .map(|(i, &r)| TagScore {
            id: model.topic_ids[i].clone(),
            // Saturating: 0.5 at the minimum evidence, approaching 1 with more.
            score: ((r / (r + model.min_score)) * 1000.0).round() / 1000.0,
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    out.truncate(model.max);
    out
}

/// The language of `text`: `zh` when CJK ideographs make a meaningful share of the
/// letters (kana → `ja`, Hangul → `ko` first), `en` for mostly Latin text, `und`
/// when there is nothing to go on. Latin chrome on a Chinese page (URLs, English
/// menus) does not flip it: one ideograph weighs as much as three Latin letters.
pub fn detect_lang(text: &str) -> String {
    let (mut cjk, mut latin, mut kana, mut hangul) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if lexicon::is_cjk(c) {
            cjk += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        } else if ('\u{3040}'..='\u{30FF}').contains(&c) {
            kana += 1;
        } else if ('\u{AC00}'..='\u{D7AF}').contains(&c) {
            hangul += 1;
        }
    }
    let total = cjk + latin + kana + hangul;
    if total == 0 {
        "und".into()
    } else if hangul * 3 >= total {
        "ko".into()
    } else if kana * 10 >= cjk + kana && kana > 0 && (cjk + kana) * 3 >= latin {
        "ja".into()
    } else if cjk * 3 >= latin {
        "zh".into()
    } else {
        "en".into()
    }
}

#[cfg(test)]
mod tests;
