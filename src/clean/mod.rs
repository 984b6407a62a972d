//! The cleaner: keeps the article (title and every body sentence) and removes site
//! chrome, recording each removal with the name of the rule that removed it.
//!
//! Input is a [`Decoded`] page (plain text from a scraper, or HTML, which
//! `html.rs` first reduces to the main content, one paragraph per line); output is a
//! [`Cleaned`] document. The same line pass runs on both:
//!
//! 1. Each line is normalised (simplified Chinese, half-width) and measured: its
//!    weight (Han characters plus words) and whether it is sentence-shaped.
//! 2. The body is located: the first and last paragraph-like lines that no rule
//!    claims. Lines before it are the *head*, after it the *tail*; together the
//!    *edge*. Rules ([`Rules`], data under `config/clean/`) say in which zone they
//!    apply, so a footer pattern never bites a body paragraph.
//! 3. Bylines at the edge are removed and read into [`PageMeta`]; rule matches are
//!    removed; `drop_rest` rules cut related-article tails (never above a real
//!    paragraph); short edge lines that recur across the site's documents
//!    ([`SiteProfile`]) are removed as `site-template`. This pass runs twice, the
//!    second time with the edges found once prose-like chrome is gone.
//! 4. The title is the scraper's or the HTML's, else (after the last breadcrumb)
//!    the substantial line nearest above a byline/control/separator line, else the
//!    first headline-like line of the head that is not a bare site name, else a
//!    short question or exclamation opening the page; head lines above it are
//!    `header-chrome`, and a bare outlet name under it is a `byline`.
//!
//! Body recall comes first: sentence-shaped lines are removed only at the page's
//! edges and only by rules that allow it, and between paragraphs only unmistakable
//! chrome is removed. This module does no I/O and keeps no state between documents;
//! it does not parse dates (the classifier reads `PageMeta::published`).

mod html;
mod learned;
mod meta;
mod rules;
mod template;

pub use learned::{LineModel, LineModelError, Trainer, DEFAULT_THRESHOLD};
pub use rules::{Rules, RulesError};
pub use template::{site_key, SiteProfile};

use tracing::instrument;

use crate::document::{Cleaned, Decoded, Format, PageMeta, Removal};
use rules::{is_han, normalize, Action, Zone};

/// The lines of a cleaned page (kept and removed) that could be site template: short
/// lines, whitespace-folded. The store counts them per source to build [`SiteProfile`]s.
pub fn site_lines(cleaned: &Cleaned) -> Vec<String> {
    let mut lines: Vec<String> = cleaned
        .text
        .lines()
        .chain(cleaned.removed.iter().map(|r| r.text.as_str()))
        .map(site_key)
        .filter(|line| !line.is_empty() && line.chars().count() <= template::MAX_TEMPLATE_CHARS)
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

/// Sentence-shaped lines at least this heavy (Han characters + words) are body
/// paragraphs for locating the body.
const PARAGRAPH_WEIGHT: usize = 12;

/// Most words (Han characters count one each) a bare label between a headline and
/// its first paragraph holds.
const HEAD_LABEL_WORDS: usize = 4;

/// Most Han characters an account's or author's bare name there holds ("福州健康生活").
const HEAD_NAME_CHARS: usize = 8;

/// Most words a share or follow list's item holds ("X (Twitter)", "QQ空间").
const SHARE_ITEM_WORDS: usize = 3;

/// Most words (Han characters count one each) a bare footer link or label holds.
const FOOTER_WORDS: usize = 6;

/// One line of the page and what the cleaner has learned about it.
#[derive(Debug)]
struct Line {
    text: String,
    norm: String,
    chars: usize,
    weight: usize,
    sentence: bool,
    /// Some rule's pattern (or the byline reader) claims the line, wherever it stands.
    claimed: bool,
    /// The line looks like a byline or control line that sits under a headline.
    anchor_like: bool,
    /// What the byline reader made of the line, read once when it is measured.
    byline: Option<meta::Byline>,
    /// The line is a bare 年月日 date, the way a notice signs off.
    sign_off: bool,
    /// A `drop_rest` rule's pattern matches the line: it may open the page's tail.
    ends_page: bool,
    /// Set when the line is removed, with the rule's name.
    removed: Option<String>,
    /// A removed line that sits under a headline (byline, font control, …).
    anchor: bool,
    /// The HTML extractor found the line outside the article container.
    outside: bool,
}

impl Line {
    fn paragraph(&self) -> bool {
        self.sentence && self.weight >= PARAGRAPH_WEIGHT || self.weight >= 120 || self.lead_in()
    }

    /// A paragraph that introduces what follows ("…，现将有关事项公告如下：", "…, as
    /// follows:"): clauses ending in a colon. Labels ("来源：", "Related:") are short.
    fn lead_in(&self) -> bool {
        self.norm.ends_with(':')
            && self.weight >= 2 * PARAGRAPH_WEIGHT
            && self.norm.contains(',')
            && self.norm.matches(':').count() == 1
    }
}

/// Cleans one page.
#[instrument(skip_all, fields(format = ?doc.format))]
pub fn clean(doc: &Decoded, rules: &Rules, site: &SiteProfile) -> Result<Cleaned, CleanError> {
    let (known_title, raw_lines, mut meta) = match doc.format {
        Format::Text => (
            doc.hints.title.clone(),
            reflow(&doc.text)
                .into_iter()
                .map(|l| (l, None))
                .collect::<Vec<_>>(),
            PageMeta::default(),
        ),
        Format::Html => {
            let extracted = html::extract(&doc.text);
            (
                doc.hints.title.clone().or(extracted.title),
                extracted.lines,
                extracted.meta,
            )
        }
    };
    // A title read from the markup (`og:title`, `<title>`) may be a variant of the
    // headline printed on the page; a scraper's hint is taken as given.
    let markup_title = doc.hints.title.is_none() && doc.format == Format::Html;
    let mut lines: Vec<Line> = raw_lines
        .iter()
        .filter(|(l, _)| !l.trim().is_empty())
        .flat_map(|(text, dropped)| match dropped {
            // Containers the HTML extractor dropped arrive already explained.
            Some(reason) => vec![Line {
                text: text.trim().to_string(),
                norm: String::new(),
                chars: text.trim().chars().count(),
                weight: 0,
                sentence: false,
                claimed: true,
                anchor_like: false,
                byline: None,
                sign_off: false,
                ends_page: false,
                removed: Some(outside_reason(text.trim(), reason, rules)),
                anchor: false,
                outside: reason == "html-outside-article",
            }],
            None => split_trailing(text.trim(), rules)
                .into_iter()
                .map(|part| measure(part, rules))
                .collect(),
        })
        .collect();

    let mut bylines = remove_chrome(&mut lines, rules, site);
    share_items(&mut lines);
    footer_words(&mut lines);
    bylines.extend(bylines_above_article(&mut lines, rules));
    press_release_sign_off(&mut lines);
    let slug = slug_words(doc.hints.url.as_deref(), &lines);
    let title = pick_title(&mut lines, known_title, markup_title, &slug, rules);
    site_name_footer(&mut lines);
    running_headers(&mut lines);
    let outlet = outlet_lines(&mut lines, rules);
    remove_head_labels(&mut lines);
    account_names(&mut lines);
    remove_head_counters(&mut lines);
    footer_islands(&mut lines, rules);
    pull_quotes(&mut lines);
    tail_furniture(&mut lines, rules);
    learned_chrome(&mut lines, rules);

    // Dates: markup first, then bylines. Source: the byline as the page shows it
    // first, then the markup's.
    let markup_source = meta.source.take();
    for b in bylines {
        meta.published.extend(b.dates);
        if meta.source.is_none() {
            meta.source = b.source;
        }
        if meta.author.is_none() {
            meta.author = b.author;
        }
    }
    meta.source = meta.source.or(markup_source);
    meta.source = meta.source.map(|s| tidy_name(&s)).filter(|s| !s.is_empty());
    meta.author = meta.author.map(|s| tidy_name(&s)).filter(|s| !s.is_empty());
    if meta.source.is_none() {
        meta.source = outlet;
    }
    if meta.source.is_none() {
        meta.source = meta
            .author
            .clone()
            .filter(|a| rules.is_organisation(&normalize(a)));
    }
    meta.published.extend(doc.hints.published.iter().cloned());
    meta.published.dedup();
    if meta.url.is_none() {
        meta.url = doc.hints.url.clone();
    }

    let mut removed = Vec::new();
    let mut kept = Vec::new();
    for line in lines {
        match line.removed {
            Some(rule) if rule == TITLE => {}
            Some(rule) => removed.push(Removal {
                text: line.text,
                rule,
            }),
            None => match EDITOR_SUFFIX.find(&line.text) {
                // "…工作落实。（责任编辑：张三）": the editor credit closes the paragraph.
                Some(m) if m.start() > 0 => {
                    removed.push(Removal {
                        text: m.as_str().trim().to_string(),
                        rule: "byline".into(),
                    });
                    kept.push(line.text[..m.start()].trim_end().to_string());
                }
                _ => kept.push(line.text),
            },
        }
    }
    if kept.is_empty() {
        return Err(CleanError::NoArticle);
    }
    tracing::debug!(removed = removed.len(), kept = kept.len(), "cleaned");
    Ok(Cleaned {
        title,
        text: kept.join("\n"),
        removed,
        meta,
    })
}

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static EDITOR_SUFFIX: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\s*[（(【\[]\s*(责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|校对|editor|edited by)\s*[:：][^）)】\]]{1,24}[）)】\]]\s*$",
    )
    .expect("editor suffix pattern")
});

/// A source or author name without what bylines wrap around it: a "By " or "来源："
/// prefix, a second outlet after "·" or "|", controls in brackets, trailing dates.
fn tidy_name(name: &str) -> String {
    let mut name = name.trim();
    for prefix in [
        "By ",
        "by ",
        "BY ",
        "来源：",
        "来源:",
        "來源：",
        "來源:",
        "Source: ",
        "Source:",
    ] {
        if let Some(rest) = name.strip_prefix(prefix) {
            name = rest.trim();
        }
    }
    let cut = name
        .find(['|', '【', '[', '·', '｜', '丨'])
        .map_or(name, |i| &name[..i]);
    let cut = cut.split(" - ").next().unwrap_or(cut).trim();
    let cut = cut
        .trim_end_matches("全媒体")
        .trim_end_matches("融媒体")
        .trim();
    cut.to_string()
}

/// Marks the title line, which is neither kept in the text nor reported as chrome.
const TITLE: &str = "\0title";

/// The name recorded for a line the HTML extractor left out: for text merely outside
/// the article, the line rule that knows it ("icp-filing") says more than where it was.
fn outside_reason(text: &str, reason: &str, rules: &Rules) -> String {
    if reason != "html-outside-article" {
        return reason.to_string();
    }
    let norm = normalize(text);
    let chars = norm.chars().count();
    rules
        .rules
        .iter()
        .find(|r| chars <= r.max_chars && r.pattern_matches(&norm))
        .map_or_else(|| reason.to_string(), |r| r.name.clone())
}

fn measure(text: &str, rules: &Rules) -> Line {
    let norm = normalize(text);
    let chars = norm.chars().count();
    let weight = weight(&norm);
    let sentence = sentence_shaped(&norm);
    let byline = meta::parse_byline(&norm, rules);
    // An English notice signs off the same way, its date spelled out ("March 3, 2023");
    // only the sign-off search reads this, so a bare date in a page footer still goes.
    let sign_off = byline.as_ref().is_some_and(|b| {
        b.sign_off_date
            || b.source.is_none()
                && b.author.is_none()
                && b.dates.len() == 1
                && b.dates[0] == norm
                && norm.chars().any(|c| c.is_ascii_alphabetic())
    });
    let mut claimed = byline.is_some();
    let mut anchor_like = byline.is_some();
    let mut ends_page = false;
    for rule in &rules.rules {
        if chars <= rule.max_chars.max(rule.sentence_max) && rule.pattern_matches(&norm) {
            claimed = true;
            anchor_like |= rule.anchor;
            ends_page |= rule.action == Action::DropRest;
        }
    }
    Line {
        text: text.to_string(),
        norm,
        chars,
        weight,
        sentence,
        claimed,
        anchor_like,
        byline,
        sign_off,
        ends_page,
        removed: None,
        anchor: false,
        outside: false,
    }
}

/// The text's lines, with paragraphs a text browser or PDF converter wrapped at a
/// fixed width joined again ("… payments for standard" / "deliveries from fiscal
/// 2026" is one standfirst). Wrapping shows as a width most long lines fill almost to
/// the end; text saved one paragraph per line has no such width and comes back as is.
/// A line that fills the width runs on into the next line of its block; a short line,
/// a blank line or a list item's mark ends the paragraph.
fn reflow(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let width = |l: &str| l.trim().chars().count();
    // The wrap width: most lines stop at or under it; a few (a link list's addresses,
    // a table) may run past it.
    let mut widths: Vec<usize> = lines.iter().map(|l| width(l)).filter(|&w| w > 0).collect();
    widths.sort_unstable_by(|a, b| b.cmp(a));
    let widest = widths.get(widths.len() / 10).copied().unwrap_or(0);
    let long = widths.iter().filter(|&&w| w * 10 >= widest * 6).count();
    let filled: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| {
            let w = width(l);
            w * 100 >= widest * 85 && w * 100 <= widest * 105
        })
        .collect();
    // A wrapped line breaks mid-sentence; a paragraph saved on one line ends with its
    // stop, however long it is.
    let mid_sentence = filled
        .iter()
        .filter(|l| !sentence_shaped(&normalize(l)))
        .count();
    let wrapped = WRAP_WIDTHS.contains(&widest)
        && long >= 8
        && filled.len() * 2 >= long
        && mid_sentence * 3 >= filled.len() * 2;
    if !wrapped {
        return lines.iter().map(|l| l.to_string()).collect();
    }
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in lines {
        let trimmed = line.trim();
        let item = LIST_MARK.is_match(trimmed);
        if open && !trimmed.is_empty() && !item {
            if let Some(last) = out.last_mut() {
                let han_join = last.chars().last().is_some_and(is_han)
                    && trimmed.chars().next().is_some_and(is_han);
                if !han_join {
                    last.push(' ');
                }
                last.push_str(trimmed);
                open = width(line) * 100 >= widest * 85;
                continue;
            }
        }
        out.push(line.to_string());
        open = !trimmed.is_empty() && width(line) * 100 >= widest * 85;
    }
    out
}

/// Widths (in characters) text browsers and PDF converters wrap Latin text at.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 60..=110;

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static LIST_MARK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^([-*•·▪◦]\s|\d{1,2}[.)、]\s|[(（]?[一二三四五六七八九十]{1,3}[)）、])")
        .expect("list mark pattern")
});

/// The byte offset just after a line's last sentence stop (a Chinese stop, or a Latin
/// one before a space or at the end): where a credit after a caption would start.
pub(super) fn last_sentence_end(text: &str) -> Option<usize> {
    let (end, stop) = text.char_indices().rev().find(|&(i, c)| {
        matches!(c, '。' | '！' | '？')
            || (matches!(c, '.' | '!' | '?')
                && (i + 1 == text.len() || text[i + 1..].starts_with(' ')))
    })?;
    Some(end + stop.len_utf8())
}

/// A line split where a `trailing` rule knows what follows its last sentence: the
/// caption "图为…就餐。" stays with the article and "记者 陈喆 摄" goes alone. Lines
/// without such a tail come back whole.
fn split_trailing<'a>(text: &'a str, rules: &Rules) -> Vec<&'a str> {
    // A credit may end with a stop of its own ("Photo by J. Lee.").
    let Some(split) = last_sentence_end(text.trim_end_matches('.')) else {
        return vec![text];
    };
    let (head, tail) = (text[..split].trim_end(), text[split..].trim());
    let tail_norm = normalize(tail);
    let known = !tail.is_empty()
        && head.chars().count() >= 8
        && tail.chars().count() <= 60
        && rules
            .rules
            .iter()
            .any(|r| r.trailing && r.pattern_matches(&tail_norm));
    if known {
        vec![head, tail]
    } else {
        vec![text]
    }
}

/// Han characters plus Latin/number words: a script-neutral measure of how much a
/// line says.
fn weight(text: &str) -> usize {
    let mut weight = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_han(c) {
            weight += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                weight += 1;
            }
            in_word = true;
        } else {
            in_word = false;
        }
    }
    weight
}

/// Ends like a sentence (。.!?; possibly inside closing quotes or brackets), and not
/// with a truncation ellipsis, which marks a teaser of another article.
pub(super) fn sentence_shaped(norm: &str) -> bool {
    if norm.ends_with("...") || norm.ends_with('…') {
        return false;
    }

    let last = norm
        .trim_end_matches(['"', '\'', '”', '’', ')', '）', '」', '』', ']', ' '])
        .chars()
        .last();
    matches!(
        last,
        Some('。' | '.' | '!' | '?' | '！' | '？' | ';' | '；')
    )
}

/// Whether a line ends with a company's name, whose point ends no sentence ("Mar 28,
/// 2024, 06:30 ET Source: Kangtai Pharmaceutical Group Co., Ltd."): a byline so
/// ending is still one.
fn ends_with_company(norm: &str) -> bool {
    let mut last: Vec<char> = norm.chars().rev().take(7).collect();
    last.reverse();
    let tail = last.into_iter().collect::<String>().to_ascii_lowercase();
    [
        " ltd.", ",ltd.", " inc.", ",inc.", " corp.", " co.", " plc.", " llc.",
    ]
    .iter()
    .any(|a| tail.ends_with(a))
}

/// Where the body starts and ends: the first and last paragraph-like lines that no
/// rule claims. A short paragraph-like first line with a byline under it is a
/// headline, not the body.
fn body_span(lines: &[Line]) -> Option<(usize, usize)> {
    let live = |l: &Line| l.removed.is_none() && !l.claimed;
    let mut paragraphs: Vec<usize> = (0..lines.len())
        .filter(|&i| live(&lines[i]) && lines[i].paragraph())
        .collect();
    if paragraphs.is_empty() {
        paragraphs = (0..lines.len())
            .filter(|&i| live(&lines[i]) && lines[i].sentence && lines[i].weight >= 2)
            .collect();
    }
    let mut first = *paragraphs.first()?;
    let last = signed_off(lines, *paragraphs.last()?);
    if first < last && lines[first].weight <= 40 {
        let under = lines[first + 1..]
            .iter()
            .filter(|l| l.removed.is_none())
            .take(2)
            .any(|l| l.anchor_like);
        if under {
            first = paragraphs.get(1).copied().unwrap_or(first);
        }
    }
    Some((first, last))
}

/// How many lines may stand between a notice's last paragraph and its sign-off.
const SIGN_OFF_REACH: usize = 12;

/// The end of the document when a notice signs off below its last paragraph: an
/// issuer's name over a bare 年月日 date closes the document, so what stands between
/// the last paragraph and the sign-off (an attachment heading, a table of prices, a
/// list of posts) is the document's own text, not the page's tail. The search stops
/// at a line that opens a page tail ("相关链接", an end marker): a date under a
/// headline there dates another article.
fn signed_off(lines: &[Line], last: usize) -> usize {
    let mut previous: Option<&Line> = None;
    for (i, line) in lines
        .iter()
        .enumerate()
        .skip(last + 1)
        .filter(|(_, l)| l.removed.is_none())
        .take(SIGN_OFF_REACH)
    {
        if line.ends_page {
            break;
        }
        let issuer = previous.is_some_and(|p| {
            !p.sentence
                && !p.sign_off
                && !shouted(&p.text)
                && p.weight >= 2
                && (p.chars <= 40 || p.weight <= 10)
                && !p.norm.contains(':')
        });
        if line.sign_off && issuer && i > last + 1 {
            return i;
        }
        previous = Some(line);
    }
    last
}

/// Latin capitals and no lowercase letter: "MINISTRY OF HEALTH" over a press
/// release's "12 MARCH 2024" is the release template's sign-off block, not a notice's
/// signature.
fn shouted(text: &str) -> bool {
    text.chars().filter(|c| c.is_ascii_uppercase()).count() >= 4
        && !text.chars().any(char::is_lowercase)
}

/// A press release's sign-off block after its last paragraph: the issuer in capitals
/// over the dateline the byline pass removed ("MINISTRY OF HEALTH" / "12 MARCH 2024").
fn press_release_sign_off(lines: &mut [Line]) {
    let Some((_, last)) = body_span(lines) else {
        return;
    };
    let live: Vec<usize> = (last + 1..lines.len())
        .filter(|&i| lines[i].removed.is_none() || lines[i].removed.as_deref() == Some("byline"))
        .collect();
    for pair in live.windows(2) {
        let (issuer, date) = (pair[0], pair[1]);
        let dated = lines[date].removed.as_deref() == Some("byline")
            && lines[date]
                .byline
                .as_ref()
                .is_some_and(|b| !b.dates.is_empty());
        if lines[issuer].removed.is_none()
            && !lines[issuer].sentence
            && shouted(&lines[issuer].text)
            && dated
        {
            lines[issuer].removed = Some("sign-off".into());
        }
    }
}

/// The rule and byline passes, then the site template. Returns the bylines read.
///
/// Runs twice: chrome that reads like prose (a related list of questions, a spam
/// block of sentences) can stand after the real last paragraph and hide the page's
/// tail; once the first pass removes it, the second sees the true edges.
fn remove_chrome(lines: &mut [Line], rules: &Rules, site: &SiteProfile) -> Vec<meta::Byline> {
    let mut bylines = Vec::new();
    rule_pass(lines, rules, site, &mut bylines);
    rule_pass(lines, rules, site, &mut bylines);
    bylines
}

fn rule_pass(
    lines: &mut [Line],
    rules: &Rules,
    site: &SiteProfile,
    bylines: &mut Vec<meta::Byline>,
) {
    let span = body_span(lines);
    if let Some((first, last)) = span {
        related_blocks(lines, rules, first, last);
    }
    let total: usize = lines
        .iter()
        .filter(|l| l.removed.is_none())
        .map(|l| l.chars)
        .sum();
    // The heaviest body paragraph after each line: a "related" heading with real
    // paragraphs below it is a body subheading, not the start of a tail.
    let mut later_body = vec![0usize; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        let l = &lines[i];
        let own = if l.removed.is_none() && !l.claimed && l.paragraph() {
            l.weight
        } else {
            0
        };
        later_body[i] = later_body[i + 1].max(own);
    }
    let mut offset = 0;
    let mut dropping: Option<String> = None;
    let mut dropped_lines = 0;
    // Some line after the body has been removed as page furniture: the page's footer
    // has begun.
    let mut in_footer = false;
    // A notice made of fields ("Buyer: …", "Procedure type: …") goes on with fields
    // after its last sentence; while every line since the last paragraph is such a
    // kept field, the run is the document's, however its labels read.
    let form = span.is_some_and(|(_, last)| form_notice(lines, last));
    let table = table_rows(lines);
    let mut field_run = false;
    for (i, line) in lines.iter_mut().enumerate() {
        let (head, trailing) = match span {
            Some((first, last)) => (i < first, i > last),
            // No paragraph at all: every line stands at the edge of nothing.
            None => (false, true),
        };
        if line.removed.is_some() {
            in_footer |= trailing;
            field_run &= !trailing;
            continue;
        }
        let in_run = trailing && field_run && (labelled(&line.norm) || part_heading(line));
        field_run = in_run || span.is_some_and(|(_, last)| i == last) && form;
        let edge = head || trailing;
        let tail = trailing || offset * 2 >= total;
        offset += line.chars;

        if let Some(rest_rule) = &dropping {
            dropped_lines += 1;
            // A bare date right under an end marker ("完" / "2024年3月19日") dates the page.
            if dropped_lines <= 2 {
                if let Some(b) = line
                    .byline
                    .clone()
                    .filter(|b| b.source.is_none() && b.author.is_none() && !b.dates.is_empty())
                {
                    bylines.push(b);
                }
            }
            // Lines in a dropped tail keep the name of the rule that knows them, and a
            // new section's heading ("Read more" under the comments) names what follows.
            let known = rules
                .rules
                .iter()
                .find(|r| line.chars <= r.max_chars && r.pattern_matches(&line.norm));
            let name = known.map_or_else(|| rest_rule.clone(), |r| r.name.clone());
            if known.is_some_and(|r| r.action == Action::DropRest) {
                dropping = Some(name.clone());
            }
            line.removed = Some(name);
            continue;
        }
        // A row of the article's own table is text, wherever the body's paragraphs put
        // the edge: page furniture never comes as a run of equal rows holding figures.
        if table[i] && !trailing {
            continue;
        }
        let is_sentence = line.sentence && line.weight >= PARAGRAPH_WEIGHT;
        // In a notice's run of fields only a byline label ("Published: …") makes a
        // byline: "Date of conclusion of contract: 18/01/2024" is one of its fields.
        let byline_allowed = !in_run || opens_with_byline_label(&line.norm, rules);
        if edge && (!is_sentence || ends_with_company(&line.norm)) && byline_allowed {
            // A bare 年月日 date at the foot signs off a notice: it is the document's.
            if let Some(b) = line.byline.clone().filter(|b| head || !b.sign_off_date) {
                let mut b = b;
                b.source = b.source.map(|v| restore(&v, &line.norm, &line.text));
                b.author = b.author.map(|v| restore(&v, &line.norm, &line.text));
                bylines.push(b);
                line.removed = Some("byline".into());
                line.anchor = true;
                continue;
            }
        }
        for rule in &rules.rules {
            let allowed = if in_run && !rule.in_fields {
                false
            } else if is_sentence {
                (edge || rule.sentence_anywhere) && line.chars <= rule.sentence_max
            } else {
                line.chars <= rule.max_chars
                    && match rule.zone {
                        Zone::Any => true,
                        Zone::Head => head,
                        Zone::Tail => tail,
                        Zone::Edge => edge,
                    }
            };
            let cuts_body = rule.action == Action::DropRest
                && rule.zone != Zone::Any
                && !trailing
                && later_body[i + 1] >= 40;
            if allowed && !cuts_body && rule.pattern_matches(&line.norm) {
                line.removed = Some(rule.name.clone());
                line.anchor = rule.anchor;
                if rule.action == Action::DropRest {
                    dropping = Some(rule.name.clone());
                }
                break;
            }
        }
        if line.removed.is_none() && edge && site.is_template(&line.text) {
            line.removed = Some("site-template".into());
        }
        // Whatever its label says, a "label: value" line inside the footer is the
        // site's ("Sponsor: …", "Page Last Modified: …", "URL: …", "解读机关：…"); a
        // notice's own fields ("联系人：…", "采购人：…") stand above the footer.
        if line.removed.is_none()
            && trailing
            && in_footer
            && !in_run
            && !is_sentence
            && field_line(&line.norm)
        {
            line.removed = Some("footer-field".into());
        }
        in_footer |= trailing && line.removed.is_some();
        field_run &= line.removed.is_none();
    }
}

/// A few words alone among the footer's lines at the page's end ("Download",
/// "泰州发布", "Market data"): the footer's links and labels. Only a run that reaches
/// the end of the page, below some line already removed after the article, counts: a
/// list the article closes with ("Other measures include:" and its items) stands
/// above a kept longer line, or above no removed line at all.
fn footer_words(lines: &mut [Line]) {
    let Some((_, last)) = body_span(lines) else {
        return;
    };
    let mut candidates = Vec::new();
    for i in (last + 1..lines.len()).rev() {
        let l = &lines[i];
        if l.removed.is_some() {
            continue;
        }
        let bare = !l.sentence
            && l.weight <= FOOTER_WORDS
            && l.byline.is_none()
            && !l.norm.ends_with(':')
            && !part_heading(l);
        if !bare {
            break;
        }
        candidates.push(i);
    }
    for i in candidates {
        let footer_began = lines[last + 1..i].iter().any(|l| l.removed.is_some());
        if footer_began {
            lines[i].removed = Some("footer-line".into());
        }
    }
}

/// The items a share or follow heading lists one per line ("Share this page" /
/// "Facebook" / "Bluesky" / "Threads"): a word or two each, under a heading a rule
/// removed, until the first line that says more. They take the heading's rule name.
fn share_items(lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        // A list heading is bare ("Share this page", "关注我们：") or ends in a colon; a
        // prompt that names its account ("Follow our WeChat: abc") lists nothing.
        let heading = matches!(
            lines[i].removed.as_deref(),
            Some("share-bar" | "follow-prompt")
        ) && !lines[i].sentence
            && (lines[i].weight <= SHARE_ITEM_WORDS + 1 || lines[i].norm.ends_with(':'));
        if !heading {
            i += 1;
            continue;
        }
        let name = lines[i].removed.clone();
        let mut j = i + 1;
        while j < lines.len() {
            let l = &lines[j];
            if l.removed.is_some() {
                j += 1;
                continue;
            }
            let item = l.weight <= SHARE_ITEM_WORDS && !l.sentence && !part_heading(l);
            if !item {
                break;
            }
            lines[j].removed = name.clone();
            j += 1;
        }
        i = j.max(i + 1);
    }
}

/// Most headlines a related block set between paragraphs lists.
const RELATED_BLOCK_ITEMS: usize = 8;

/// A related-articles heading between body paragraphs ("▼ 相关阅读", "Read more")
/// with a few headlines under it and the article going on below: the heading and its
/// headlines are chrome, though the `drop_rest` rule that knows the heading may not
/// cut there. A heading with no headline under it may be the article's own
/// subheading, so it stays.
fn related_blocks(lines: &mut [Line], rules: &Rules, first: usize, last: usize) {
    let live: Vec<usize> = (first + 1..=last)
        .filter(|&i| lines[i].removed.is_none())
        .collect();
    let headline = |l: &Line| {
        // A teaser asks or exclaims ("…有什么变化？", "吴江这家医院新开了夜间门诊！").
        let question = l.norm.ends_with(['?', '!']);
        l.weight >= 4 && l.chars <= 100 && (!l.sentence || question) && !l.lead_in()
    };
    let mut k = 0;
    while k < live.len() {
        let heading = &lines[live[k]];
        // `ends_page` (measured once) says some drop_rest rule knows the line: only
        // those lines are worth asking which rule it is.
        let rule = (heading.ends_page && !heading.paragraph())
            .then(|| {
                rules.rules.iter().find(|r| {
                    r.action == Action::DropRest
                        && r.name.starts_with("related")
                        && heading.chars <= r.max_chars
                        && r.pattern_matches(&heading.norm)
                })
            })
            .flatten();
        let Some(rule) = rule else {
            k += 1;
            continue;
        };
        let items = live[k + 1..]
            .iter()
            .take(RELATED_BLOCK_ITEMS + 1)
            // The article's own section heading ("第二章 筛查与建档") ends the list.
            .take_while(|&&i| headline(&lines[i]) && !part_heading(&lines[i]))
            .count();
        // The article goes on under the block (else the tail cut takes it).
        let resumes = live
            .get(k + 1 + items)
            .is_some_and(|&i| lines[i].paragraph() || part_heading(&lines[i]));
        if (1..=RELATED_BLOCK_ITEMS).contains(&items) && resumes {
            let name = rule.name.clone();
            for &i in &live[k..=k + items] {
                lines[i].removed = Some(name.clone());
            }
            k += items;
        }
        k += 1;
    }
}

/// The rows of a table flattened to text ("名称 | 数量 | 金额", or cells set apart by
/// runs of spaces or tabs as a text scraper lays them out): a run of at least two
/// adjacent kept lines with the same number of cells, some row holding a figure or a
/// cell of prose length, none of them a byline or control bar. A navigation bar is one
/// line of short link names, and two stacked menu bars hold no figures.
fn table_rows(lines: &[Line]) -> Vec<bool> {
    // Each kept line's cells, counted once: (separators, some cell holds a figure or
    // prose).
    let shape: Vec<(usize, bool)> = lines
        .iter()
        .map(|l| {
            if l.removed.is_some() {
                return (0, false);
            }
            let cells: Vec<&str> = if l.norm.contains('|') {
                l.norm.split('|').collect()
            } else {
                CELL_GAP.split(l.text.trim()).collect()
            };
            let substantial = cells
                .iter()
                .any(|c| c.chars().any(|ch| ch.is_ascii_digit()) || c.trim().chars().count() > 12);
            (cells.len() - 1, substantial)
        })
        .collect();
    let cells = |i: usize| shape[i].0;
    let substantial = |i: usize| shape[i].1;
    let live: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].removed.is_none())
        .collect();
    let mut table = vec![false; lines.len()];
    let mut start = 0;
    while start < live.len() {
        let n = cells(live[start]);
        let mut end = start + 1;
        while end < live.len() && n > 0 && cells(live[end]) == n {
            end += 1;
        }
        let run = &live[start..end];
        // A byline or a print/share bar split by '|' sits under the headline, not in
        // a table.
        let furniture = run.iter().any(|&i| lines[i].anchor_like);
        // Two cells a row is also how a footer sets out its links and its address
        // ("回上一頁　回頁首" / "970花蓮縣…　總機：…"): such a table holds a figure or prose
        // in every row.
        let filled = if n >= 2 {
            run.iter().any(|&i| substantial(i))
        } else {
            run.iter().all(|&i| substantial(i))
        };
        if n > 0 && run.len() >= 2 && !furniture && filled {
            for &i in run {
                table[i] = true;
            }
        }
        start = end;
    }
    table
}

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static CELL_GAP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\t|\u{3000}+| {2,}").expect("cell gap pattern")
});

/// Whether a line opens with a label of the page's own byline: its source, author
/// or editor, or when it was published ("Published:", "来源：", "发布时间："). A bare
/// "时间：" or "Date:" may date the notice's own business, so it does not count.
fn opens_with_byline_label(norm: &str, rules: &Rules) -> bool {
    let rest = norm.trim_start_matches(['[', '【', '(', '（', ' ']);
    let Some(caps) = rules.label_re.as_ref().and_then(|re| re.captures(rest)) else {
        return false;
    };
    let (Some(whole), Some(label)) = (caps.get(0), caps.get(1)) else {
        return false;
    };
    if whole.start() > 3 {
        return false;
    }
    let label = label.as_str().to_lowercase();
    match rules.label_kind(&label) {
        rules::LabelKind::Date => [
            "发布", "发稿", "发表", "更新", "publish", "post", "updat", "releas", "add",
        ]
        .iter()
        .any(|w| label.contains(w)),
        _ => true,
    }
}

/// "label: value" lines, no rule's, that make a page a form-like notice.
const FORM_FIELDS: usize = 4;

/// Whether the page is a notice made of fields: some stand among its paragraphs or
/// above them, and with the run of fields right after its last paragraph they are at
/// least [`FORM_FIELDS`]. Fields some rule or the byline reader claims ("Source: …",
/// "Tel: …") do not count, so a news page's byline and footer fields make no form.
fn form_notice(lines: &[Line], last: usize) -> bool {
    let own = |l: &Line| l.removed.is_none() && !l.claimed && labelled(&l.norm);
    let above = lines[..=last].iter().filter(|l| own(l)).count();
    let run = lines[last + 1..]
        .iter()
        .filter(|l| l.removed.is_none())
        // A numbered part heading ("8. Contact information") goes on with the fields.
        .take_while(|l| labelled(&l.norm) || part_heading(l))
        .filter(|l| own(l))
        .count();
    above >= 1 && above + run >= FORM_FIELDS
}

/// A numbered part heading inside a notice's fields ("2.采购代理机构信息", "（三）联系方式",
/// "Section II: Contracting authority" is labelled already): short, no sentence.
fn part_heading(line: &Line) -> bool {
    line.weight <= 16 && !line.sentence && PART_NUMBER.is_match(&line.norm)
}

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static PART_NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(\d{1,2}\s*[.、]\s*\D|[一二三四五六七八九十]{1,3}\s*、|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|第[一二三四五六七八九十百零\d]{1,4}\s*[章节编篇部分])")
        .expect("part number pattern")
});

/// A "label: value" line in the loose sense a notice's fields take: a label of at
/// most eight words ("The contractor is an SME: Yes"), no sentence before the colon.
fn labelled(norm: &str) -> bool {
    let Some((label, value)) = norm.split_once(':') else {
        return false;
    };
    let label = label.trim();
    !label.is_empty()
        && !value.trim().is_empty()
        && label.split_whitespace().count() <= 8
        && label.chars().count() <= 40
        && !label.contains(['.', '。', ',', '，', ';', '；', '!', '?', '！', '？'])
}

/// A "label: value" line: a short label (at most four words, or eight characters of
/// Chinese, no digits) before the first colon, and something after it.
fn field_line(norm: &str) -> bool {
    let Some((label, value)) = norm.split_once(':') else {
        return false;
    };
    let label = label.trim_start_matches(['[', '【', '(', '（']).trim();
    !label.is_empty()
        && !value.trim().is_empty()
        && !label.chars().any(|c| c.is_ascii_digit())
        && label.chars().count() <= 30
        && label.split_whitespace().count() <= 4
        && label.chars().filter(|&c| is_han(c)).count() <= 8
}

/// The page's own spelling of a value read from the normalised line (traditional
/// characters and full-width forms as written), when the two align char for char.
fn restore(value: &str, norm: &str, original: &str) -> String {
    let orig: Vec<char> = original.trim().chars().collect();
    if norm.chars().count() != orig.len() {
        return value.to_string();
    }
    match norm.find(value) {
        Some(byte) => {
            let start = norm[..byte].chars().count();
            let len = value.chars().count();
            orig[start..start + len].iter().collect()
        }
        None => value.to_string(),
    }
}

/// Bylines the HTML extractor left just outside the article container (a date line
/// between the headline and the body `<div>`): their facts still belong to the page.
fn bylines_above_article(lines: &mut [Line], rules: &Rules) -> Vec<meta::Byline> {
    let Some(first_kept) = lines.iter().position(|l| l.removed.is_none()) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for line in lines[..first_kept].iter_mut().rev().take(6) {
        if !line.outside {
            continue;
        }
        let norm = normalize(&line.text);
        if let Some(b) = meta::parse_byline(&norm, rules).filter(|b| !b.sign_off_date) {
            line.removed = Some("byline".into());
            found.push(b);
        }
    }
    found.reverse();
    found
}

/// Compact form for comparing a title with a line: no whitespace, simplified.
fn compact(text: &str) -> String {
    normalize(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

/// The words a line is about: Han character pairs and Latin words of four letters or
/// more (shorter ones are mostly function words), lower-cased.
pub(super) fn content_terms(text: &str) -> std::collections::HashSet<String> {
    let mut terms = std::collections::HashSet::new();
    let chars: Vec<char> = text.chars().collect();
    for pair in chars.windows(2) {
        if is_han(pair[0]) && is_han(pair[1]) {
            terms.insert(pair.iter().collect::<String>());
        }
    }
    for word in text.split(|c: char| !c.is_alphanumeric() || is_han(c)) {
        if word.chars().count() >= 4 {
            terms.insert(word.to_lowercase());
        }
    }
    terms
}

/// Characters two strings share in order (longest common subsequence).
fn common_chars(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row = vec![0usize; b.len() + 1];
    for &ca in &a {
        let mut diag = 0;
        for (j, &cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if ca == cb {
                diag + 1
            } else {
                row[j + 1].max(row[j])
            };
            diag = up;
        }
    }
    row[b.len()]
}

/// Whether a head line is the printed form of a title read from the markup: nearly
/// all its characters appear, in order, in the title ("…重大项目集中签约 总投资超300亿元"
/// printed, "…重大项目集中签约活动举行 总投资超300亿元" in the `<title>`), and it is at
/// least half the title. The markup may also hold the shortened form of the printed
/// headline ("…关于全面实施按病种分值付费改革的通知" for "…关于全面实施区域点数法总额预算
///和按病种分值付费改革的通知"): a line holding nearly all the title's characters, in
/// order, at most half as long again, prints it in full.
fn printed_variant(line: &str, title: &str) -> bool {
    let (l, t) = (compact(line), compact(title));
    let (ln, tn) = (l.chars().count(), t.chars().count());
    if ln < 6 || tn < 6 {
        return false;
    }
    let common = common_chars(&l, &t);
    (ln * 2 >= tn && common * 10 >= ln * 9) || (ln * 2 <= tn * 3 && common * 10 >= tn * 9)
}

/// A read or view counter ("阅读 1.2万", "Hits: 1530", "3,214 views"): a line with one
/// is a byline or a stats bar, never a headline.
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static COUNTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)((阅读|浏览|点击|阅读量|浏览量|点击量|阅读数|浏览次数|点击数|阅读次数)\s*[:：]?\s*\d[\d,.]*\s*(万|千|w)?(\s|$|次|人))|(\d[\d,.]*\s*(万|千|w)?\s*(次阅读|人阅读|次浏览|人浏览|阅读|浏览)(\s|$))|((views|reads|hits|visits)\s*[:：]\s*\d)|(\d[\d,.]*\s*k?\s+(views|reads)\s*$)",
    )
    .expect("counter pattern")
});

/// A credit for whoever supplied the item ("News provided by Example Pharma, Inc.",
/// "Content supplied by …"): it names a source, never the headline.
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static CREDIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)^((news|content|article|story|release|press release|information|text|photos?|images?|video|data)\s+)?(provided|supplied|distributed|syndicated|brought to you)\s+by\s",
    )
    .expect("credit pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static URL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(?:[^:]{1,24}:\s*)?(https?://\S+)$").expect("url pattern")
});

/// The words of a page address's last path segment ("…/helixa-reports-phase-3-results-
/// 302011874.html" gives helixa, reports, phase, results), lower-cased: from the
/// scraper's hint or a URL line it left at the top of the page. Empty when the address
/// spells no words (numeric ids, `t20240301_123.html`).
fn slug_words(hint: Option<&str>, lines: &[Line]) -> Vec<String> {
    let printed = lines
        .iter()
        .take(8)
        .filter(|l| l.removed.is_some())
        .find_map(|l| URL.captures(l.text.trim()).map(|c| c[1].to_string()));
    let Some(url) = hint.map(str::to_string).or(printed) else {
        return Vec::new();
    };
    let path = url.split(['?', '#']).next().unwrap_or("");
    let Some(segment) = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|_| path.matches('/').count() >= 3)
    else {
        return Vec::new();
    };
    let segment = segment
        .rsplit_once('.')
        .filter(|(_, ext)| ext.len() <= 5 && ext.chars().all(|c| c.is_ascii_alphabetic()))
        .map_or(segment, |(stem, _)| stem);
    let words: Vec<String> = segment
        .split(['-', '_', '+', '.'])
        .filter(|w| w.chars().count() >= 2 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect();
    if words.len() >= 4 {
        words
    } else {
        Vec::new()
    }
}

/// How many of the slug's words a line holds as words.
fn slug_coverage(slug: &[String], norm: &str) -> usize {
    let words: std::collections::HashSet<String> = norm
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    slug.iter().filter(|w| words.contains(*w)).count()
}

/// Chooses the title and marks its line (and the header lines above it).
///
/// `markup_title` says `known` came from the page's markup, so that a head line
/// printing it in other words ([`printed_variant`]) is the headline as printed.
fn pick_title(
    lines: &mut [Line],
    known: Option<String>,
    markup_title: bool,
    slug: &[String],
    rules: &Rules,
) -> Option<String> {
    let span = body_span(lines);
    let head_end = match span {
        Some((first, _)) => first,
        None => lines.len().min(6),
    };
    // A breadcrumb stands right above the headline: what precedes it is site header.
    let after_crumb = (0..head_end)
        .rev()
        .find(|&i| lines[i].removed.as_deref() == Some("breadcrumb"))
        .map_or(0, |i| i + 1);
    let live: Vec<usize> = (after_crumb..head_end)
        .filter(|&i| lines[i].removed.is_none())
        .collect();
    let mut printed = None;
    let title_line = match &known {
        Some(title) => {
            let wanted = compact(title);
            // A question headline ("…参保人看病会受影响吗？") reads as the first
            // paragraph: the line the markup names exactly is the headline all the same.
            let exact = live
                .iter()
                .copied()
                .chain((head_end < lines.len()).then_some(head_end))
                .find(|&i| {
                    !wanted.is_empty()
                        && lines[i].removed.is_none()
                        && compact(&lines[i].text) == wanted
                });
            exact.or_else(|| {
                // The printed headline may stand just outside the article container
                // the HTML extractor chose.
                let variant = (after_crumb..head_end)
                    .filter(|_| markup_title)
                    .filter(|&i| {
                        let l = &lines[i];
                        (l.removed.is_none() && !l.claimed && !l.paragraph()) || l.outside
                    })
                    .find(|&i| printed_variant(&normalize(&lines[i].text), &normalize(title)));
                printed = variant.map(|i| lines[i].text.clone());
                variant
            })
        }
        None => {
            // A line printed again and again through the body is a running header of
            // a document printed to text ("MINISTRY OF HEALTH, SINGAPORE" on each page).
            let mut below: std::collections::HashMap<&str, usize> =
                std::collections::HashMap::new();
            for l in &lines[head_end..] {
                *below.entry(l.norm.as_str()).or_default() += 1;
            }
            let headline_like = |l: &Line| {
                below.get(l.norm.as_str()).is_none_or(|&n| n < 2)
                    && l.weight >= 2
                    && l.weight <= 120
                    && !l.norm.ends_with(':')
                    && !l.paragraph()
                    && !COUNTER.is_match(&l.norm)
                    && !CREDIT.is_match(&l.norm)
            };
            let mut candidates: Vec<usize> = live
                .iter()
                .copied()
                .filter(|&i| headline_like(&lines[i]))
                .collect();
            // Nothing but controls under the breadcrumb: the headline stands above it,
            // where a scraper writes the page's <title>.
            if candidates.is_empty() {
                candidates = (0..after_crumb)
                    .filter(|&i| lines[i].removed.is_none() && headline_like(&lines[i]))
                    .collect();
            }
            let first_candidate = candidates.first().copied();
            // A page-kind label ("Press release") stands under a headline or over it as
            // a kicker: with a substantial candidate right below, it is the kicker.
            let kicker = |a: usize| {
                lines[a].removed.as_deref() == Some("content-label")
                    && (a + 1..head_end)
                        .find(|&j| lines[j].removed.is_none())
                        .is_some_and(|j| candidates.contains(&j) && lines[j].weight >= 5)
            };
            let anchor = first_candidate.and_then(|c| {
                (c + 1..lines.len())
                    .find(|&a| lines[a].anchor && lines[a].removed.is_some() && !kicker(a))
            });
            // A scraper that writes the page's <title> as its first line, then the page:
            // a candidate under the breadcrumb repeating that first line is the headline.
            let echoed = candidates.iter().copied().find(|&c| {
                c > 0
                    && lines[c].weight >= 6
                    && !rules.is_site_name(&lines[c].norm)
                    && compact(&lines[c].text) == compact(&lines[0].text)
            });
            // The headline is the nearest substantial line above the byline; short
            // menu items above it are header chrome.
            match anchor {
                _ if echoed.is_some() => echoed,
                Some(a) if a <= head_end => candidates
                    .iter()
                    .copied()
                    .rfind(|&c| c < a && lines[c].weight >= 5)
                    .or_else(|| candidates.iter().copied().rfind(|&c| c < a)),
                // Without a byline to go by: the first substantial line, passing over
                // a site name standing above another candidate.
                _ => {
                    let last = candidates.last().copied();
                    candidates
                        .iter()
                        .copied()
                        .filter(|&c| lines[c].weight >= 4)
                        .find(|&c| Some(c) == last || !rules.is_site_name(&lines[c].norm))
                        .or(first_candidate)
                }
            }
        }
    };
    // A headline announces what the first paragraphs say: when another candidate
    // shares clearly more of their words than the structural pick (a shop name or a
    // print link above the byline, a trial offer in the menu), it is the headline.
    let title_line = match (title_line, span) {
        (Some(pick), Some((first, _))) if known.is_none() => {
            let lead: String = lines[first..]
                .iter()
                .filter(|l| l.removed.is_none() && l.paragraph())
                .take(2)
                .map(|l| l.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let lead = content_terms(&lead);
            let shared = |i: usize| content_terms(&lines[i].norm).intersection(&lead).count();
            let picked = shared(pick);
            // A scraper may write the page's <title> first, above the breadcrumb: when
            // the pick says next to nothing of the lead, that line may be the headline.
            let above_crumb: Vec<usize>;
            let reach: &[usize] = if picked <= 1 {
                above_crumb = (0..head_end)
                    .filter(|&i| lines[i].removed.is_none())
                    .collect();
                &above_crumb
            } else {
                &live
            };
            let best = reach
                .iter()
                .copied()
                .filter(|&i| i != pick && lines[i].weight >= 4 && lines[i].weight <= 120)
                .filter(|&i| !lines[i].paragraph() && !lines[i].norm.ends_with(':'))
                .filter(|&i| !COUNTER.is_match(&lines[i].norm))
                .max_by_key(|&i| (shared(i), std::cmp::Reverse(i)));
            let pick = match best {
                // A deck under a headline restates the lead at length: only a candidate
                // above the pick, or one against a pick sharing next to nothing
                // (a control word, an offer), may take its place.
                Some(b)
                    if shared(b) >= 2
                        && 2 * shared(b) > 3 * picked
                        && (b < pick || picked <= 1) =>
                {
                    b
                }
                _ => pick,
            };
            // Headline, then standfirst, then byline: the standfirst says the lead's
            // things at greater length. When the line right above the pick is shorter
            // and announces the lead at least as well (or, naming three of its terms, at
            // least half as well), the pick is the standfirst
            // (a kicker above a headline is shorter but says less; a site name above a
            // menu is not right above the pick).
            let above = pick.checked_sub(1).filter(|u| live.contains(u));
            match above {
                Some(u)
                    if lines[u].weight >= 5
                        && !rules.is_site_name(&lines[u].norm)
                        && lines[u].weight < lines[pick].weight
                        && !lines[u].paragraph()
                        && !lines[u].norm.ends_with(':')
                        && !COUNTER.is_match(&lines[u].norm)
                        && shared(u) >= 2
                        && (shared(u) >= shared(pick)
                            || shared(u) >= 3
                                && 2 * shared(u) >= shared(pick)
                                && !TITLE_SEPARATORS
                                    .iter()
                                    .any(|sep| lines[u].text.contains(sep))) =>
                {
                    Some(u)
                }
                _ => Some(pick),
            }
        }
        (other, _) => other,
    };
    // The page's address often spells its headline ("…/news/clinic-opens-in-eastville-
    // 302011.html"): a head line holding most of those words is the headline, whatever
    // stands above the byline.
    let by_slug = live
        .iter()
        .copied()
        .filter(|_| known.is_none())
        .filter(|&i| !lines[i].paragraph() && lines[i].weight <= 120)
        .map(|i| (i, slug_coverage(slug, &lines[i].norm)))
        .filter(|&(_, covered)| covered >= 4 && covered * 4 >= slug.len() * 3)
        .max_by_key(|&(i, covered)| (covered, std::cmp::Reverse(i)))
        .map(|(i, _)| i);
    let title_line = by_slug.or(title_line);
    let title_line = title_line.or_else(|| {
        // A question or exclamation headline ("医保个人账户的钱能给家人用吗？") reads like
        // a sentence; as the page's first line, short, above real paragraphs, it is one.
        let first = (0..lines.len()).find(|&i| lines[i].removed.is_none())?;
        let l = &lines[first];
        let exclaims = l.norm.ends_with(['?', '!', '？', '！']);
        let more_body = lines[first + 1..]
            .iter()
            .any(|n| n.removed.is_none() && n.paragraph());
        (known.is_none() && exclaims && (8..=40).contains(&l.weight) && more_body).then_some(first)
    });
    let Some(t) = title_line else {
        return known;
    };
    for line in lines[..t].iter_mut().filter(|l| l.removed.is_none()) {
        line.removed = Some("header-chrome".into());
    }
    let text = lines[t].text.clone();
    lines[t].removed = Some(TITLE.into());
    Some(
        printed
            .or(known)
            .unwrap_or_else(|| strip_title_suffix(&rules::strip_markup(&text))),
    )
}

/// A headline line as a scraper copied it from the page's `<title>`, the outlet's name
/// after a bar or spaced dash ("… pill meets main goal | Meridian Wire", "…的通知 -
/// 某某市人民政府"): the headline is the part before, when the rest is a short name.
fn strip_title_suffix(title: &str) -> String {
    let Some((cut, _)) = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
        .max_by_key(|&(i, _)| i)
    else {
        return title.to_string();
    };
    let (head, tail) = (
        title[..cut].trim(),
        title[cut..].trim_start_matches(['|', '｜', '-', '—', '–', '_', ' ']),
    );
    let name_like = {
        let words = tail.split_whitespace().count();
        let han = tail.chars().filter(|&c| is_han(c)).count();
        !tail.is_empty()
            && words <= 4
            && han <= 12
            && !tail.contains(['。', '，', ',', '.', '?', '？', ':', '：'])
            && tail.chars().next().is_some_and(|c| !c.is_lowercase())
    };
    if name_like && weight(head) >= 2 * weight(tail).max(3) {
        head.to_string()
    } else {
        title.to_string()
    }
}

/// Rules whose lines make up a site's footer: its filing numbers, its copyright and
/// organiser lines, its browser note, its privacy and terms links.
const FOOTER_RULES: &[&str] = &[
    "icp-filing",
    "copyright-footer",
    "browser-note",
    "cookie-banner",
];

/// The name of the first rule, among those `wanted` accepts by name, that claims a
/// line wherever it stands (as `measure` reads claims).
fn claiming_rule<'r>(line: &Line, rules: &'r Rules, wanted: fn(&str) -> bool) -> Option<&'r str> {
    rules
        .rules
        .iter()
        .filter(|r| wanted(&r.name))
        .find(|r| line.chars <= r.max_chars.max(r.sentence_max) && r.pattern_matches(&line.norm))
        .map(|r| r.name.as_str())
}

/// The name of the first footer rule that claims a line, if any.
fn footer_rule<'r>(line: &Line, rules: &'r Rules) -> Option<&'r str> {
    claiming_rule(line, rules, |name| FOOTER_RULES.contains(&name))
}

/// A site's footer that a scraper saved among the paragraphs (blocks out of order):
/// a run of adjacent lines that rules claim, two or more of them footer lines
/// (filing numbers, copyright, a browser note), is the footer wherever it stands,
/// and each of its lines goes under the rule that claims it. Footer rules otherwise
/// act only at the page's edge, so that one article sentence naming a filing number
/// stays; two footer lines side by side are never the article's.
fn footer_islands(lines: &mut [Line], rules: &Rules) {
    let live: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].removed.is_none())
        .collect();
    let mut start = 0;
    while start < live.len() {
        let mut end = start;
        while end < live.len() && lines[live[end]].claimed {
            end += 1;
        }
        let run = &live[start..end];
        let footer: Vec<Option<&str>> =
            run.iter().map(|&i| footer_rule(&lines[i], rules)).collect();
        if footer.iter().flatten().count() >= 2 {
            for (&i, footer) in run.iter().zip(footer) {
                let name = footer
                    .or_else(|| claiming_rule(&lines[i], rules, |_| true))
                    .unwrap_or("footer");
                lines[i].removed = Some(name.to_string());
            }
        }
        start = end.max(start + 1);
    }
}

/// A pull quote: a line set between paragraphs that prints again a quotation the
/// article already carries, with at most an attribution after a dash
/// ("“让数据多跑路、群众少跑腿”——市卫生健康委相关负责人").
fn pull_quotes(lines: &mut [Line]) {
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].removed.is_none())
        .collect();
    for &i in &kept {
        let Some(caps) = PULL_QUOTE.captures(&lines[i].norm) else {
            continue;
        };
        let quote = caps[1].trim();
        if weight(quote) < PULL_QUOTE_WORDS {
            continue;
        }
        let printed = kept.iter().any(|&j| {
            j != i && lines[j].norm.len() > lines[i].norm.len() && lines[j].norm.contains(quote)
        });
        if printed {
            lines[i].removed = Some("pull-quote".into());
        }
    }
}

/// Fewest words (Han characters count one each) of a quotation a pull quote repeats.
const PULL_QUOTE_WORDS: usize = 6;

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static PULL_QUOTE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r#"^["“「『]([^"“”「」『』]+?)[,.!?，。！？]?["”」』]\s*(?:(?:——|—|–|--|-)\s*[^"“”]{1,30})?$"#)
        .expect("pull quote pattern")
});

/// Between the article's end and the site's footer a page carries only furniture: a
/// sidebar's headlines dumped there, service menus, link lists, visitor counters. Once
/// a footer line (filing number, copyright) closes the page, the short lines between
/// it and the last paragraph go as `tail-chrome` unless they are the document's own
/// closing kinds: a sentence, a "label: value" field or a line introducing what
/// follows and the items under it, a sign-off date, the line right under the last
/// paragraph (a signatory, the signing organisation), a numbered item, a table row, an
/// attachment, a bracketed note ("（此件公开发布）") or a heading over a sentence.
fn tail_furniture(lines: &mut [Line], rules: &Rules) {
    let Some((_, last)) = body_span(lines) else {
        return;
    };
    let footer = (last + 1..lines.len()).rev().find(|&i| {
        lines[i]
            .removed
            .as_deref()
            .is_some_and(|r| FOOTER_RULES.contains(&r))
    });
    let Some(footer) = footer else {
        return;
    };
    let table = table_rows(lines);
    let signature = signing_line(lines, last, rules);
    // Items under a line that introduces them ("Other measures include:") are the
    // article's list, up to the first line something removed.
    let mut listed = false;
    // Once some furniture has been removed below the article, "label: value" lines are
    // the site's ("… Bureau Address: No. 618 … Zip code: 318000"); a notice's own
    // fields follow its text directly.
    let mut furnished = false;
    for i in last + 1..footer {
        let line = &lines[i];
        if line.removed.is_some() {
            listed = false;
            furnished = true;
            continue;
        }
        // A question there is a teaser ("What should parents know before …?") unless it
        // closes the article right under its last paragraph ("你学会了吗？").
        let own = listed
            || line.sentence && !line.norm.ends_with('?')
            || line.sign_off
            || line.weight == 0
            || line.norm.ends_with(':')
            || labelled(&line.norm) && !furnished
            || PART_NUMBER.is_match(&line.norm)
            || table[i]
            || i == last + 1
            || Some(i) == signature
            || heads_prose(lines, i)
            || ATTACHMENT_OR_NOTE.is_match(&line.norm);
        listed |= line.norm.ends_with(':');
        if !own {
            lines[i].removed = Some("tail-chrome".into());
        }
    }
}

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static ATTACHMENT_OR_NOTE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(附件|附表|attachment|annex|appendix)|^[(（].*[)）]$")
        .expect("attachment pattern")
});

/// Fewest words (Han characters count one each) of a deck under the headline; a
/// kicker, a tag or an app's name there is shorter.
const DECK_WORDS: usize = 8;

/// What sets a page title's site or section name apart ("… - Notice", "… | Wire"): a
/// line printed so is the browser's title, not the headline over a standfirst.
const TITLE_SEPARATORS: &[&str] = &[" | ", " ｜ ", "｜", " - ", " — ", " – ", "_"];

/// Fewest words of a sentence a heading in the page's tail introduces.
const PROSE_WORDS: usize = 6;

/// The rule name recorded for lines the learned model removes.
const LEARNED: &str = "learned-chrome";

/// How much surer (in log-odds) the line model must be of a line between the
/// article's paragraphs than of one at its edge: chrome there is rare (an ad slot, a
/// player's "Loading..."), and the article's subheadings stand there. Chosen on the
/// held-out sets, each scored by a model trained without it: with 3 no body line was
/// lost between paragraphs, with 1 one was.
const MID_BODY_MARGIN: f64 = 3.0;

/// Short lines that no rule names but the learned line model reads as chrome
/// ("返回頁首", "1.2K views", "癌症篩檢專區"). Never asked are the article's own short
/// lines the model could mistake: a paragraph, a notice's sign-off date, a numbered
/// part heading, a table row, the deck right under the headline, or the organisation
/// signing right under the last paragraph; between paragraphs, a sentence or a
/// numbered item either, and the model must be surer there ([`MID_BODY_MARGIN`]).
fn learned_chrome(lines: &mut [Line], rules: &Rules) {
    let Some(model) = &rules.line_model else {
        return;
    };
    let Some((first, last)) = body_span(lines) else {
        return;
    };
    let table = table_rows(lines);
    let live = |i: &usize| lines[*i].removed.is_none();
    let deck = lines
        .iter()
        .position(|l| l.removed.as_deref() == Some(TITLE))
        .and_then(|title| (title + 1..first).find(live))
        .filter(|&i| {
            // A deck is prose: not a label, not cells set apart ("健康杭州　上周五　浙江").
            lines[i].weight >= DECK_WORDS
                && !lines[i].norm.contains(':')
                && CELL_GAP.split(lines[i].text.trim()).count() < 3
        });
    let signature = signing_line(lines, last, rules);
    for i in 0..lines.len() {
        let line = &lines[i];
        let mid = i >= first && i <= last;
        let asked = line.removed.is_none()
            && !line.paragraph()
            && !line.sign_off
            && !part_heading(line)
            && !table[i]
            && Some(i) != deck
            && Some(i) != signature
            && !(i > last && heads_prose(lines, i))
            // A tail rule's heading the rule pass kept mid-article has paragraphs under
            // it ("相关政策" over the article's own text): a subheading.
            && !(mid && (line.sentence || line.ends_page || PART_NUMBER.is_match(&line.norm)));
        let margin = if mid { MID_BODY_MARGIN } else { 0.0 };
        if asked && model.is_chrome(&line.norm, margin) {
            lines[i].removed = Some(LEARNED.into());
        }
    }
}

/// The organisation signing right under the last paragraph, when the first line
/// still standing there names one ("General Office of Taizhou Municipal People's
/// Government").
fn signing_line(lines: &[Line], last: usize, rules: &Rules) -> Option<usize> {
    (last + 1..lines.len())
        .find(|&i| lines[i].removed.is_none())
        .filter(|&i| rules.is_site_name(&lines[i].norm))
}

/// Whether the line is a heading over kept prose: the next line still standing is a
/// statement ("About Meridian Health Partners" over the company's description; a
/// teaser's question under a sidebar's heading is no such prose). Only
/// asked below the last paragraph: above the first, the line over the body is as
/// often a byline or a share bar.
fn heads_prose(lines: &[Line], i: usize) -> bool {
    lines[i + 1..]
        .iter()
        .find(|l| l.removed.is_none())
        .is_some_and(|l| l.sentence && !l.norm.ends_with('?') && l.weight >= PROSE_WORDS)
}

/// Adds a labelled page's lines to a line-model trainer: the gold body and chrome
/// lines that are not paragraphs, the only kind the model is asked about.
pub fn learn_lines(trainer: &mut Trainer, body: &[String], chrome: &[String], rules: &Rules) {
    let labelled = body
        .iter()
        .map(|l| (l, false))
        .chain(chrome.iter().map(|l| (l, true)));
    for (text, is_chrome) in labelled {
        let line = measure(text.trim(), rules);
        if !line.norm.is_empty() && !line.paragraph() {
            trainer.add(&line.norm, is_chrome);
        }
    }
}

/// Between an English headline and its first paragraph, a few capitalised words and
/// nothing else are a section kicker or an author's bare name ("Healthcare &
/// Pharmaceuticals", "Dana Whitfield"): the article's own text there is a sentence, a
/// deck or a salutation. A short name there that the page's byline also prints (a
/// WeChat account's name under the headline, "原创 健康丽水 2024-05-10") is the byline's.
fn remove_head_labels(lines: &mut [Line]) {
    let Some(title) = lines
        .iter()
        .position(|l| l.removed.as_deref() == Some(TITLE))
    else {
        return;
    };
    let Some((first, _)) = body_span(lines) else {
        return;
    };
    let bylines = byline_texts(&lines[..first]);
    for line in lines.iter_mut().take(first).skip(title + 1) {
        if line.removed.is_some() || line.claimed {
            continue;
        }
        let bylined = printed_in_byline(&line.text, &bylines);
        // A few words alone there ("蓉城新闻", "四川", "2小时前 · 四川") are the
        // app's name, a location tag or a timestamp; a deck says more.
        let han_only = line.norm.chars().all(|c| is_han(c) || !c.is_alphanumeric());
        // A table's header row ("職稱　名額　工作地點") is set out in cells.
        let cells = CELL_GAP.split(line.text.trim()).count();
        let bare = (line.weight <= HEAD_LABEL_WORDS || han_only && line.weight <= HEAD_NAME_CHARS)
            && cells < 3
            && !line.sentence
            && !line.norm.contains(':')
            && !part_heading(line);
        if bylined {
            line.removed = Some("byline".into());
        } else if bare || TITLE_CASE_LABEL.is_match(&line.norm) {
            line.removed = Some("header-chrome".into());
        }
    }
}

/// An account's name standing alone beside its follow widget between paragraphs (the
/// QR card a WeChat article carries mid-page: "微信扫一扫关注该公众号" / "泰州发布"), when
/// the page's byline prints the same name: the widget's, not the article's.
fn account_names(lines: &mut [Line]) {
    let bylines = byline_texts(lines);
    let widget = |l: &Line| {
        matches!(
            l.removed.as_deref(),
            Some("follow-prompt" | "wechat-ui" | "share-bar")
        )
    };
    for i in 0..lines.len() {
        let beside = (i > 0 && widget(&lines[i - 1])) || lines.get(i + 1).is_some_and(&widget);
        let line = &lines[i];
        if line.removed.is_some() || line.paragraph() || !beside {
            continue;
        }
        if printed_in_byline(&line.text, &bylines) {
            lines[i].removed = Some("follow-prompt".into());
        }
    }
}

/// The compacted text of the lines removed as bylines.
fn byline_texts(lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| l.removed.as_deref() == Some("byline"))
        .map(|l| compact(&l.text))
        .collect()
}

/// Whether a line is a bare name (letters only, 2 to 16 of them) that some byline
/// prints among other things ("健康丽水" in "原创 健康丽水 健康丽水 2024-05-10 18:30").
fn printed_in_byline(text: &str, bylines: &[String]) -> bool {
    let name = compact(text);
    (2..=16).contains(&name.chars().count())
        && name.chars().all(char::is_alphabetic)
        && bylines
            .iter()
            .any(|b| b.len() > name.len() && b.contains(&name))
}

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static TITLE_CASE_LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\p{Lu}[\p{L}’'.-]*(\s+(&|and|of|the|\p{Lu}[\p{L}’'.-]*)){0,4}$")
        .expect("title-case label pattern")
});

/// A stats bar between the headline and the body ("3月8日 某某中心 阅读 1.2万") is
/// the headline's byline: it goes. A deck or standfirst there ("35个项目涉及…等领域",
/// "Revenue up 7%; guidance narrowed …") stays: the newsroom wrote it as part of the
/// article, and a reader of `text` loses what it says if it goes (the blind sets'
/// labellers split on it; losing nothing decides).
fn remove_head_counters(lines: &mut [Line]) {
    let Some(title) = lines
        .iter()
        .position(|l| l.removed.as_deref() == Some(TITLE))
    else {
        return;
    };
    let Some((first, _)) = body_span(lines) else {
        return;
    };
    for line in lines.iter_mut().take(first).skip(title + 1) {
        if line.removed.is_none() && !line.paragraph() && COUNTER.is_match(&line.norm) {
            line.removed = Some("counter".into());
        }
    }
}

/// A printed document's running header repeated at each page break ("Some Office
/// Document" over page 2): a later copy of a header line stands among the paragraphs,
/// where no rule sees it as furniture.
fn running_headers(lines: &mut [Line]) {
    let headers: Vec<String> = lines
        .iter()
        .filter(|l| l.removed.as_deref() == Some("header-chrome") && l.weight >= 3)
        .map(|l| l.norm.clone())
        .collect();
    for line in lines.iter_mut() {
        if line.removed.is_none() && !line.sentence && headers.contains(&line.norm) {
            line.removed = Some("header-chrome".into());
        }
    }
    // A document printed to text repeats its running head at every page break, the
    // first copy included ("Expanding access to occupational health: government
    // response" over pages 2, 3, 4 …).
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in lines.iter() {
        if !l.sentence && l.weight >= 3 && l.chars <= 120 {
            *seen.entry(l.norm.as_str()).or_default() += 1;
        }
    }
    let repeated: Vec<String> = seen
        .into_iter()
        .filter(|&(_, n)| n >= RUNNING_HEAD_COPIES)
        .map(|(norm, _)| norm.to_string())
        .collect();
    for line in lines.iter_mut() {
        if line.removed.as_deref() != Some(TITLE) && repeated.contains(&line.norm) {
            line.removed = Some("running-head".into());
        }
    }
}

/// How often a line must recur to be a printed document's running head.
const RUNNING_HEAD_COPIES: usize = 3;

/// The site's name echoed at the foot of the page ("Ministry of Health" in the header,
/// "Ministry of Health, Singapore" as the last line) is a footer, not the article's.
///
/// Only the last kept line qualifies, and only when it is short and not a sentence: a
/// notice's signature ("某县人民政府办公室") is followed by its date, so it is never last.
fn site_name_footer(lines: &mut [Line]) {
    let headers: Vec<String> = lines
        .iter()
        .take_while(|l| l.removed.as_deref() != Some(TITLE))
        .filter(|l| l.removed.as_deref() == Some("header-chrome") && l.weight >= 2)
        .map(|l| compact(&l.text))
        .filter(|h| h.chars().count() >= 4)
        .collect();
    if headers.is_empty() {
        return;
    }
    let Some(last) = lines.iter().rposition(|l| l.removed.is_none()) else {
        return;
    };
    let has_body_above = lines[..last]
        .iter()
        .any(|l| l.removed.is_none() && l.paragraph());
    let line = &mut lines[last];
    if !has_body_above || line.sentence || line.paragraph() || line.chars > 60 {
        return;
    }
    let own = compact(&line.text);
    if headers
        .iter()
        .any(|h| own.contains(h.as_str()) || h.contains(own.as_str()))
    {
        line.removed = Some("site-name".into());
    }
}

/// A bare outlet name between the headline and the body ("川观新闻") is a byline.
///
/// A labelled field ("招标人：某医院") is not bare: labels the byline parser does not
/// know belong to the notice itself (a tender's parties, a project's name).
fn outlet_lines(lines: &mut [Line], rules: &Rules) -> Option<String> {
    let title = lines
        .iter()
        .position(|l| l.removed.as_deref() == Some(TITLE))?;
    let (first, _) = body_span(lines)?;
    let mut source = None;
    for i in title + 1..first.max(title + 1) {
        // A short name standing between the headline and a byline is the author's or
        // the account's name ("某某大药房" above "2025-07-18 10:05·广东·头条号").
        let above_byline = lines
            .get(i + 1)
            .is_some_and(|n| n.anchor && n.removed.as_deref() == Some("byline"));
        let line = &mut lines[i];
        let single = !line.norm.contains(char::is_whitespace);
        if line.removed.is_none()
            && single
            && !line.norm.contains(':')
            && line.weight <= 12
            && !line.sentence
            && (above_byline || rules.is_organisation(&line.norm))
        {
            line.removed = Some("byline".into());
            source.get_or_insert_with(|| line.text.clone());
        }
    }
    source
}

#[cfg(test)]
mod tests;
