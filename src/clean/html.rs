//! The HTML main-content extractor: from a page's DOM (the `scraper` crate) to the
//! article's paragraphs, one per line, plus the title and dates the markup states.
//!
//! It drops what is never content (scripts, styles, forms of controls) and chrome
//! containers named by tag (`nav`, `footer`, `aside`, …) or by class/id hints
//! (`breadcrumb`, `share`, `related`, …), scores the remaining block elements by text
//! length, punctuation and link density (readability style, with a bonus for
//! `<article>`, `<main>` and content-like ids such as `zoom` or `TRS_Editor`), and
//! serialises the best container. Inside it, blocks that are chrome by structure are
//! dropped too: lists of links (a ranking, a side menu the container widened over)
//! and captions under an image. It deliberately does not judge single lines: the
//! text line rules in `mod.rs` run on its output, so a byline or "相关阅读" left inside
//! the article container is still removed and explained.

use std::collections::{HashMap, HashSet};

use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};

use std::sync::LazyLock;

use regex::Regex;

use super::meta::find_dates;
use crate::document::PageMeta;

/// What the extractor found in a page.
#[derive(Debug, Default)]
pub(super) struct Extracted {
    /// The headline: an `<h1>`–`<h3>` the `<title>` contains, else `og:title` or
    /// `<title>` with the site name stripped, else the first `<h1>`.
    pub title: Option<String>,
    /// The page's text, one block per line, in page order; each line with the
    /// name of the reason it is not content, or `None` for the main content.
    pub lines: Vec<(String, Option<String>)>,
    /// Dates from meta tags and `<time>`, author and source from meta tags.
    pub meta: PageMeta,
}

/// Elements that never hold article text.
const NEVER: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input",
    "textarea", "label", "canvas", "object", "embed", "head", "option", "map", "dialog",
];

/// Elements that are chrome unless they hold most of the page's text.
const CHROME_TAGS: &[&str] = &[
    "nav", "header", "footer", "aside", "form", "menu", "address",
];

/// Class/id tokens of a summary box ("Key points") set in an `<aside>`: its items
/// restate the article and are its text.
const SUMMARY_HINTS: &[&str] = &["keypoints", "keypoint", "takeaways", "keyfacts", "tldr"];

/// Class/id tokens of chrome containers.
const NEGATIVE: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menus",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "footer",
    "foot",
    "share",
    "sharing",
    "social",
    "related",
    "relate",
    "recommend",
    "recommended",
    "sidebar",
    "side",
    "aside",
    "comment",
    "comments",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "copyright",
    "login",
    "toolbar",
    "tools",
    "pager",
    "pagination",
    "header",
    "masthead",
    "topbar",
    "subscribe",
    "newsletter",
    "cookie",
    "cookies",
    "popup",
    "modal",
    "hot",
    "rank",
    "ranking",
    "widget",
    "qrcode",
    "ewm",
    "print",
    "sitemap",
    "location",
    "position",
    // Breadcrumb classes of Chinese CMSs: "path", 位置 "weizhi", 当前位置 "dqwz".
    "path",
    "curpath",
    "weizhi",
    "dqwz",
    // A press release's media-contact block.
    "contact",
    "contacts",
    // 侧边栏 "cebian": a side column.
    "cebian",
    "bottom",
    "dibu",
    "daohang",
    "fenxiang",
    "xgxw",
    "xgwz",
    "tuijian",
    "more",
    "prevnext",
    "prev",
    "next",
    "lang",
    "language",
    "search",
    "logo",
    "skip",
    "promo",
    "sponsor",
    "author-box",
    "tags",
    "tag",
    // A video or audio player's frame: its title, duration, "Up next".
    "player",
];

/// Class/id fragments of a profile card set above or below an article (the author's
/// photo, name, role and a Follow button), written as one compound word.
const CARD_HINTS: &[&str] = &[
    "author-card",
    "authorcard",
    "author_card",
    "author-bio",
    "authorbio",
    "author-profile",
    "profile-card",
    "profilecard",
    "user-card",
    "account-card",
];

/// Class/id tokens of article containers.
const POSITIVE: &[&str] = &[
    "article",
    "content",
    "main",
    "zoom",
    "trs_editor",
    "trseditor",
    "text",
    "body",
    "entry",
    "post",
    "detail",
    "story",
    "artibody",
    "con",
    "zw",
    "zhengwen",
    "wzcon",
    "news_content",
    "article-content",
    "content_text",
    "contents",
    "txt",
    "page-content",
    "ccontent",
];

/// Elements that start a new line when serialised.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "figcaption",
    "figure",
    "hr",
    "header",
    "footer",
    "address",
    "center",
    "tbody",
    "thead",
];

fn hint_tokens(element: &scraper::node::Element) -> Vec<String> {
    let mut tokens = Vec::new();
    for value in [element.attr("class"), element.attr("id")]
        .into_iter()
        .flatten()
    {
        for word in value.split_whitespace() {
            for part in word.split(['-', '_']).filter(|t| !t.is_empty()) {
                tokens.extend(camel_words(part).map(|w| w.to_lowercase()));
                tokens.push(part.to_lowercase());
            }
            tokens.push(word.to_lowercase());
        }
        tokens.sort();
        tokens.dedup();
    }
    tokens
}

/// The words of a camel-case name ("PRHeadlineSpan" → "PR", "Headline", "Span";
/// "relatedNews" → "related", "News"); a name in one case is one word.
fn camel_words(name: &str) -> impl Iterator<Item = &str> {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    let mut starts = vec![0];
    for k in 1..chars.len() {
        let (at, c) = chars[k];
        let prev = chars[k - 1].1;
        let next_lower = chars.get(k + 1).is_some_and(|(_, n)| n.is_lowercase());
        if c.is_uppercase() && (prev.is_lowercase() || prev.is_uppercase() && next_lower) {
            starts.push(at);
        }
    }
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([name.len()]).collect();
    starts.into_iter().zip(ends).map(move |(a, b)| &name[a..b])
}

fn has_hint(element: &scraper::node::Element, list: &[&str]) -> bool {
    hint_tokens(element)
        .iter()
        .any(|t| list.contains(&t.as_str()))
}

/// Collapses whitespace runs; drops it entirely between Han characters, where HTML
/// source line breaks are not spaces.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending: Option<bool> = None; // Some(run had a line break)
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() {
                pending = Some(pending.unwrap_or(false) || c == '\n');
            }
            continue;
        }
        if let Some(newline) = pending.take() {
            let prev_han = out.chars().last().is_some_and(super::rules::is_han);
            if !(newline && prev_han && super::rules::is_han(c)) {
                out.push(' ');
            }
        }
        out.push(c);
    }
    out
}

/// Where the serialiser stands: in the article, outside it, or in a dropped container.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Kept,
    Outside,
    Dropped(String),
}

/// Serialised text in runs of one state.
#[derive(Debug, Default)]
struct Segments {
    parts: Vec<(State, String)>,
}

impl Segments {
    fn push(&mut self, state: &State, text: &str) {
        match self.parts.last_mut() {
            Some((last, buf)) if last == state => buf.push_str(text),
            _ => self.parts.push((state.clone(), text.to_string())),
        }
    }

    fn brk(&mut self, state: &State) {
        self.push(state, "\n");
    }
}

/// Text length per node (chars, skipping `NEVER` elements) and link text length.
struct Measure {
    chars: HashMap<NodeId, usize>,
    link_chars: HashMap<NodeId, usize>,
}

fn measure(node: NodeRef<'_, Node>, m: &mut Measure) -> (usize, usize) {
    let (mut chars, mut links) = (0, 0);
    match node.value() {
        Node::Text(t) => chars = t.text.chars().filter(|c| !c.is_whitespace()).count(),
        Node::Element(e) if NEVER.contains(&e.name()) => {}
        _ => {
            for child in node.children() {
                let (c, l) = measure(child, m);
                chars += c;
                links += l;
            }
            if node.value().as_element().is_some_and(|e| e.name() == "a") {
                links = chars;
            }
        }
    }
    m.chars.insert(node.id(), chars);
    m.link_chars.insert(node.id(), links);
    (chars, links)
}

struct Extractor {
    m: Measure,
    total: usize,
    /// Blocks inside the chosen article that are chrome by their structure (a list
    /// of links, a photo caption), with the rule name recorded for them.
    pruned: HashMap<NodeId, &'static str>,
    /// The best-scoring body container, if any block scored.
    core: Option<NodeId>,
}

/// Block elements the link-list and caption passes judge as a whole. Table cells and
/// list items only when they hold blocks: a linked name in a table of results is the
/// table's content.
const PRUNABLE: &[&str] = &[
    "div",
    "ul",
    "ol",
    "table",
    "section",
    "dl",
    "p",
    "nav",
    "figure",
    "figcaption",
    "center",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// A call to buy ("Shop now", "Add to cart", "立即购买"): the button or link of a
/// product card.
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static BUY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(shop|buy|order|get|add to (cart|bag|basket)|subscribe & save|view product|see product|立即购买|马上购买|立即抢购|马上抢购|加入购物车|去购买|购买|抢购|立即下单|立即預約購買|立即購買)(\s+(it\s+)?(now|today|here))?\s*[›>→»]?\s*$")
        .expect("buy pattern")
});

/// A price standing as a block of its own ("$24.00", "¥ 99", "£12.50 / month").
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(from\s+|now\s+|only\s+|was\s+)?([$£€¥￥]|us\$|rmb|nt\$|hk\$)\s*\d[\d,]*(\.\d{1,2})?(\s*(/|per)\s*\w+)?\s*(元)?\s*$|^\s*\d[\d,]*(\.\d{1,2})?\s*元\s*$")
        .expect("price pattern")
});

/// A product card set into an article (a shop's "journal" post advertising its own
/// goods): a small block of short lines — name, rating, price — with a buy button.
/// Two signs of trade are needed among: a buy link or button, a price on its own, a
/// class naming a product or shop; and nothing in it reads as a paragraph.
fn product_card(node: NodeRef<'_, Node>, chars: usize) -> bool {
    if chars == 0 || chars > 240 {
        return false;
    }
    let elements: Vec<ElementRef<'_>> = node.descendants().filter_map(ElementRef::wrap).collect();
    let own = |e: &ElementRef<'_>| collapse(&e.text().collect::<String>());
    let buy = elements
        .iter()
        .any(|e| matches!(e.value().name(), "a" | "button") && BUY.is_match(&own(e)));
    let priced = elements
        .iter()
        .any(|e| !matches!(e.value().name(), "a" | "button") && PRICE.is_match(&own(e)));
    let named = elements.iter().any(|e| {
        hint_tokens(e.value()).iter().any(|t| {
            matches!(
                t.as_str(),
                "product" | "products" | "shop" | "buy" | "price" | "cart" | "sku" | "shoppable"
            )
        })
    });
    if u8::from(buy) + u8::from(priced) + u8::from(named) < 2 {
        return false;
    }
    // Each text run is short and none is a sentence: a card, not a paragraph that
    // happens to name a price.
    node.descendants()
        .filter_map(|d| d.value().as_text().map(|t| t.text.trim().to_string()))
        .filter(|t| !t.is_empty())
        .all(|t| t.chars().count() <= 80 && !super::sentence_shaped(&super::rules::normalize(&t)))
}

/// Text that names a picture or its photographer ("图为…", "… 摄", "[Photo/IC]",
/// "Photo: …"): with an image right above it, a caption rather than a paragraph.
fn caption_like(text: &str) -> bool {
    let t = text.trim();
    let lower = t.to_lowercase();
    let starts = [
        "图为", "圖為", "图：", "圖：", "图/", "圖/", "图∕", "圖∕", "图片", "圖片",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        || [
            "photo:",
            "photo by",
            "image:",
            "picture:",
            "pictured:",
            "(photo",
            "[photo",
        ]
        .iter()
        .any(|p| lower.starts_with(p));
    let ends = t
        .trim_end_matches([')', '）', ']', '】', ' '])
        .ends_with(['摄', '攝'])
        || ["提供", "供图", "供圖"]
            .iter()
            .any(|e| t.trim_end_matches([')', '）', ']', '】', ' ']).ends_with(e))
        || [
            "[photo", "(photo", "photo:", "photo by", "photo/", "/ic]", "credit:",
        ]
        .iter()
        .any(|p| lower.contains(p));
    starts || ends
}

/// Whether a caption says, in a sentence of its own, what the article's picture
/// shows ("图为患者在自助机上扫码登录互联网医院。", "A physician conducts a video visit
/// … Photo: …"): the sentence is the article's, so the block is left to the line
/// rules, which split off a credit after it. A bare credit or a label is not.
fn describes_picture(text: &str) -> bool {
    let t = text.trim();
    let Some(split) = super::last_sentence_end(t) else {
        return false;
    };
    let (head, tail) = (t[..split].trim(), t[split..].trim());
    let credit_only = tail.is_empty() || caption_like(tail);
    let han = head.chars().filter(|&c| super::rules::is_han(c)).count();
    credit_only
        && (han >= 10 || head.split_whitespace().count() >= 6)
        && !head.contains(['：', ':'])
}

/// The text of a node outside its links: the labels around them.
fn own_text(node: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for child in node.children() {
        match child.value() {
            Node::Text(t) => out.push_str(&t.text),
            Node::Element(e) if e.name() == "a" || NEVER.contains(&e.name()) => {}
            Node::Element(_) => out.push_str(&own_text(child)),
            _ => {}
        }
    }
    out
}

/// A block holding an image and no text of its own.
fn image_only(node: NodeRef<'_, Node>, ex_chars: usize) -> bool {
    ex_chars == 0
        && node
            .descendants()
            .any(|d| d.value().as_element().is_some_and(|e| e.name() == "img"))
}

impl Extractor {
    fn chars(&self, node: NodeRef<'_, Node>) -> usize {
        self.m.chars.get(&node.id()).copied().unwrap_or(0)
    }

    fn link_density(&self, node: NodeRef<'_, Node>) -> f64 {
        let chars = self.chars(node);
        if chars == 0 {
            return 0.0;
        }
        self.m.link_chars.get(&node.id()).copied().unwrap_or(0) as f64 / chars as f64
    }

    /// Whether an element is dropped with everything in it.
    fn dropped(&self, node: NodeRef<'_, Node>) -> bool {
        let Some(e) = node.value().as_element() else {
            return false;
        };
        let name = e.name();
        if NEVER.contains(&name) {
            return true;
        }
        if matches!(name, "body" | "html" | "article" | "main") {
            return false;
        }
        // Read the class and id once: this runs for every element, again and again.
        let tokens = hint_tokens(e);
        let hinted = |list: &[&str]| tokens.iter().any(|t| list.contains(&t.as_str()));
        // The whole class word is among the tokens ("caas-author-card").
        let card = tokens
            .iter()
            .any(|t| CARD_HINTS.iter().any(|h| t.contains(h)));
        let summary = hinted(SUMMARY_HINTS)
            || tokens
                .windows(2)
                .any(|w| w[0] == "key" && matches!(w[1].as_str(), "points" | "facts"));
        // An article's own <header> holds its headline and standfirst, not the site's.
        let article_head = name == "header"
            && node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| e.name() == "article")
            });
        let chrome = (CHROME_TAGS.contains(&name) && !summary && !article_head)
            || card
            || (hinted(NEGATIVE) && !hinted(&["content", "article", "zoom"]));
        // A container holding most of the page is the page (ASP.NET wraps all in <form>).
        chrome && self.chars(node) * 2 < self.total
    }

    /// Characters of text that survive dropping chrome containers.
    fn kept_chars(&self, node: NodeRef<'_, Node>) -> usize {
        match node.value() {
            Node::Text(t) => t.text.chars().filter(|c| !c.is_whitespace()).count(),
            Node::Element(_) if self.dropped(node) => 0,
            _ => node.children().map(|c| self.kept_chars(c)).sum(),
        }
    }

    /// Climbs from the best-scoring container to the article around it (headline,
    /// byline, lead) while that adds little text: the body `<div>` sits inside an
    /// article block whose other children are the article's own furniture.
    fn widen<'a>(&self, mut node: NodeRef<'a, Node>) -> NodeRef<'a, Node> {
        for _ in 0..2 {
            let Some(parent) = node.parent() else { break };
            let is_page = parent
                .value()
                .as_element()
                .is_none_or(|e| matches!(e.name(), "body" | "html"));
            if is_page || self.kept_chars(parent) * 5 > self.kept_chars(node) * 8 {
                break;
            }
            node = parent;
        }
        node
    }

    fn score_blocks(&self, root: NodeRef<'_, Node>, scores: &mut HashMap<NodeId, f64>) {
        for child in root.children() {
            if self.dropped(child) {
                continue;
            }
            let Some(e) = child.value().as_element() else {
                continue;
            };
            let direct_text: usize = child
                .children()
                .filter_map(|c| c.value().as_text())
                .map(|t| t.text.chars().filter(|c| !c.is_whitespace()).count())
                .sum();
            let is_para =
                matches!(e.name(), "p" | "pre" | "blockquote" | "td" | "li") || direct_text >= 25;
            if is_para {
                let text: String = ElementRef::wrap(child)
                    .map(|el| el.text().collect())
                    .unwrap_or_default();
                let chars = self.chars(child);
                if chars >= 10 && self.link_density(child) < 0.5 {
                    let punct = text
                        .chars()
                        .filter(|c| "，。；、,.;：:！？!?".contains(*c))
                        .count();
                    let score = 1.0 + punct.min(20) as f64 + (chars as f64 / 50.0).min(5.0);
                    if let Some(parent) = child.parent() {
                        *scores.entry(parent.id()).or_default() += score;
                        if let Some(grand) = parent.parent() {
                            *scores.entry(grand.id()).or_default() += score / 2.0;
                        }
                    }
                }
            }
            self.score_blocks(child, scores);
        }
    }

    /// Finds the chrome blocks inside the chosen article: blocks that are mostly link
    /// text (a "Most read" list, a side menu, a "Print friendly pdf" link) and photo
    /// captions under an image. `core` is the best-scoring body container; blocks that
    /// hold it are never pruned, and sentence-shaped link text (a paragraph that is one
    /// long link) stays for the line rules to judge.
    fn prune_in(
        &self,
        node: NodeRef<'_, Node>,
        core: NodeId,
        found: &mut HashMap<NodeId, &'static str>,
    ) {
        let mut previous_image = false;
        for child in node.children() {
            let Some(e) = child.value().as_element() else {
                if child
                    .value()
                    .as_text()
                    .is_some_and(|t| !t.text.trim().is_empty())
                {
                    previous_image = false;
                }
                continue;
            };
            if NEVER.contains(&e.name()) || self.dropped(child) {
                continue;
            }
            let chars = self.chars(child);
            let holds_core = child.id() == core || child.descendants().any(|d| d.id() == core);
            let text = || {
                ElementRef::wrap(child)
                    .map(|el| collapse(&el.text().collect::<String>()))
                    .unwrap_or_default()
            };
            // A table cell or list item is judged whole only when it lays out blocks
            // (a side column in a layout table), not when it is one datum.
            let layout_cell = matches!(e.name(), "td" | "li")
                && child.children().any(|c| {
                    c.value().as_element().is_some_and(|ce| {
                        matches!(ce.name(), "div" | "p" | "ul" | "ol" | "table" | "h3" | "h4")
                    })
                });
            if !holds_core && (PRUNABLE.contains(&e.name()) || layout_cell) {
                let caption = e.name() == "figcaption"
                    || (previous_image && chars <= 100 && caption_like(&text()));
                if caption && !describes_picture(&text()) {
                    found.insert(child.id(), "html-caption");
                    previous_image = false;
                    continue;
                }
                if product_card(child, chars) {
                    found.insert(child.id(), "html-product");
                    previous_image = false;
                    continue;
                }
                if self.link_list(child, &text()) {
                    found.insert(child.id(), "html-link-list");
                    previous_image = false;
                    continue;
                }
            }
            if chars > 0 {
                previous_image = false;
            } else if image_only(child, chars) {
                previous_image = true;
            }
            self.prune_in(child, core, found);
        }
    }

    /// A block that is mostly link text: navigation, a ranking, a related list, a lone
    /// "Print friendly pdf". A single link after a label (`来源：<a>…</a>`, `相关阅读：
    /// <a>`) is left to the byline reader and the line rules, which know those labels,
    /// and a single link that is a sentence is a paragraph someone linked.
    fn link_list(&self, node: NodeRef<'_, Node>, text: &str) -> bool {
        let chars = self.chars(node);
        if chars < 4 || self.link_density(node) < 0.5 {
            return false;
        }
        let anchors = node
            .descendants()
            .filter(|d| {
                d.value().as_element().is_some_and(|e| e.name() == "a") && self.chars(*d) > 0
            })
            .count();
        anchors >= 2 || !(super::sentence_shaped(text) || own_text(node).contains([':', '：']))
    }

    /// The rule name recorded for a dropped container: its tag or its class/id hint.
    fn drop_reason(&self, e: &scraper::node::Element) -> String {
        if CHROME_TAGS.contains(&e.name()) {
            return format!("html-{}", e.name());
        }
        let token = hint_tokens(e)
            .into_iter()
            .find(|t| NEGATIVE.contains(&t.as_str()))
            .unwrap_or_else(|| "chrome".into());
        format!("html-{token}")
    }

    /// Serialises the page, one block per line, each line tagged with why it is not
    /// content (`None` for the article itself).
    fn walk(
        &self,
        node: NodeRef<'_, Node>,
        state: &State,
        chosen: &HashSet<NodeId>,
        out: &mut Segments,
    ) {
        match node.value() {
            Node::Text(t) => out.push(state, &t.text),
            Node::Element(e) => {
                if NEVER.contains(&e.name()) {
                    return;
                }
                let block = BLOCKS.contains(&e.name()) || CHROME_TAGS.contains(&e.name());
                let mut state = state.clone();
                if let Some(reason) = self.pruned.get(&node.id()) {
                    if !matches!(state, State::Dropped(_)) {
                        state = State::Dropped((*reason).to_string());
                    }
                } else if chosen.contains(&node.id()) {
                    // Body recall first: the chosen article is kept even inside chrome.
                    state = State::Kept;
                } else if self.dropped(node) {
                    if !block {
                        // Inline chrome (a "hot" badge inside a sentence) just vanishes,
                        // so the sentence around it stays one line.
                        return;
                    }
                    if !matches!(state, State::Dropped(_)) {
                        state = State::Dropped(self.drop_reason(e));
                    }
                }
                if block {
                    out.brk(&state);
                }
                if matches!(e.name(), "td" | "th") {
                    out.push(&state, " ");
                }
                for child in node.children() {
                    self.walk(child, &state, chosen, out);
                }
                if block {
                    out.brk(&state);
                }
            }
            _ => {
                for child in node.children() {
                    self.walk(child, state, chosen, out);
                }
            }
        }
    }
}

/// Extracts the main content, title and meta of an HTML page.
pub(super) fn extract(html: &str) -> Extracted {
    let doc = Html::parse_document(html);
    let mut out = Extracted {
        meta: read_meta(&doc),
        ..Extracted::default()
    };
    let root = doc.tree.root();
    let mut m = Measure {
        chars: HashMap::new(),
        link_chars: HashMap::new(),
    };
    let (total, _) = measure(root, &mut m);
    let mut ex = Extractor {
        m,
        total,
        pruned: HashMap::new(),
        core: None,
    };

    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    ex.score_blocks(root, &mut scores);
    let best = scores
        .iter()
        .filter_map(|(id, score)| {
            let node = doc.tree.get(*id)?;
            let e = node.value().as_element()?;
            let mut s = score * (1.0 - ex.link_density(node));
            if matches!(e.name(), "article" | "main") || has_hint(e, POSITIVE) {
                s += 25.0;
            }
            Some((node, s))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1));

    let mut chosen: HashSet<NodeId> = HashSet::new();
    let core = best.map(|(node, _)| node.id());
    ex.core = core;
    let start = match best {
        Some((node, score)) => {
            let widened = ex.widen(node);
            let (node, score) = if widened.id() == node.id() {
                (node, score)
            } else {
                (widened, f64::INFINITY)
            };
            // Siblings that score well (a body split over several <div>s) come along.
            match node.parent() {
                Some(parent) => {
                    for sibling in parent.children() {
                        let s = scores.get(&sibling.id()).copied().unwrap_or(0.0);
                        let para = sibling
                            .value()
                            .as_element()
                            .is_some_and(|e| e.name() == "p")
                            && ex.chars(sibling) >= 40
                            && ex.link_density(sibling) < 0.25;
                        if sibling.id() == node.id() || s >= score * 0.2 || para {
                            chosen.insert(sibling.id());
                        }
                    }
                }
                None => {
                    chosen.insert(node.id());
                }
            }
            State::Outside
        }
        None => State::Kept,
    };
    if let Some(core) = core {
        let roots: Vec<NodeRef<'_, Node>> =
            chosen.iter().filter_map(|id| doc.tree.get(*id)).collect();
        let mut pruned = HashMap::new();
        for r in roots {
            ex.prune_in(r, core, &mut pruned);
        }
        ex.pruned = pruned;
    }
    let mut segments = Segments::default();
    ex.walk(root, &start, &chosen, &mut segments);
    for (state, text) in segments.parts {
        let reason = match state {
            State::Kept => None,
            State::Outside => Some("html-outside-article".to_string()),
            State::Dropped(reason) => Some(reason),
        };
        out.lines.extend(
            text.lines()
                .map(collapse)
                .filter(|l| !l.is_empty())
                .map(|l| (l, reason.clone())),
        );
    }
    out.title = pick_title(&doc, &ex);
    out
}

fn select<'a>(doc: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    match scraper::Selector::parse(selector) {
        Ok(sel) => doc.select(&sel).collect(),
        Err(_) => Vec::new(),
    }
}

fn meta_key(e: &ElementRef<'_>) -> Option<String> {
    let v = e.value();
    v.attr("property")
        .or_else(|| v.attr("name"))
        .or_else(|| v.attr("itemprop"))
        .or_else(|| v.attr("http-equiv"))
        .map(str::to_lowercase)
}

fn read_meta(doc: &Html) -> PageMeta {
    let mut meta = PageMeta::default();
    for e in select(doc, "meta") {
        let (Some(key), Some(content)) = (meta_key(&e), e.value().attr("content")) else {
            continue;
        };
        let content = content.trim();
        if content.is_empty() {
            continue;
        }
        match key.as_str() {
            "article:published_time"
            | "og:published_time"
            | "pubdate"
            | "publishdate"
            | "publish_date"
            | "publication_date"
            | "datepublished"
            | "dc.date"
            | "dc.date.issued"
            | "dcterms.date"
            | "firstpublishedtime"
            | "parsely-pub-date"
            | "sailthru.date"
            | "date"
            | "publishedtime"
            | "releasedate" => {
                let dates = find_dates(content);
                meta.published.extend(if dates.is_empty() {
                    vec![content.to_string()]
                } else {
                    dates
                });
            }
            "author" | "article:author" | "dc.creator" if meta.author.is_none() => {
                meta.author = Some(content.to_string());
            }
            "source" | "contentsource" | "article:source" | "dc.publisher"
                if meta.source.is_none() =>
            {
                meta.source = Some(content.to_string());
            }
            _ => {}
        }
    }
    for e in select(doc, "time") {
        let stamp = e
            .value()
            .attr("datetime")
            .map(str::to_string)
            .unwrap_or_else(|| e.text().collect());
        meta.published.extend(find_dates(&stamp));
    }
    meta.published.dedup();
    meta
}

fn text_of(e: &ElementRef<'_>) -> String {
    collapse(&e.text().collect::<String>())
}

/// Strips a site name from a `<title>`: keeps the longest part between separators
/// such as " - ", "_", " | ".
///
/// The site's name goes only where it stands as a part of its own: a government
/// document's title opens with its issuer, often the site's owner
/// ("某市医疗保障局关于…的通知_通知公告_某市医疗保障局"), and that name is the title's.
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    let site = site.map(str::trim).filter(|s| !s.is_empty() && *s != title);
    let not_site = |p: &&str| site.is_none_or(|s| !p.eq_ignore_ascii_case(s));
    let parts: Vec<&str> = title
        .split(['_', '|', '｜', '–', '—', '-'])
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .filter(not_site)
        .collect();
    // Hyphens inside words ("high-quality") are not separators: only split on a
    // spaced hyphen or the other marks.
    let spaced: Vec<&str> = title
        .split(" - ")
        .flat_map(|p| p.split(['_', '|', '｜', '–', '—']))
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .filter(not_site)
        .collect();
    let parts = if spaced.len() > 1 || parts.len() <= 1 {
        spaced
    } else if title.contains(' ') {
        vec![title.trim()]
    } else {
        parts
    };
    parts
        .into_iter()
        .max_by_key(|p| p.chars().count())
        .unwrap_or("")
        .to_string()
}

/// Whether a `<title>` is only the site's name: the logo's or banner's alt text, the
/// `og:site_name`, or the name in the footer's copyright line.
fn names_site(title: &str, site: Option<&str>, doc: &Html) -> bool {
    let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let t = compact(title);
    if t.chars().count() < 2 {
        return false;
    }
    if site.is_some_and(|s| compact(s) == t) {
        return true;
    }
    // The logo's or banner's alt text; an article's own picture may carry the headline.
    let masthead = |i: &ElementRef<'_>| {
        let src = i.value().attr("src").unwrap_or("").to_lowercase();
        ["logo", "banner", "head", "top"]
            .iter()
            .any(|w| src.contains(w))
            || std::iter::once(*i)
                .chain(i.ancestors().filter_map(ElementRef::wrap))
                .any(|e| {
                    e.value().name() == "header"
                        || has_hint(
                            e.value(),
                            &[
                                "logo", "banner", "header", "head", "top", "masthead", "brand",
                            ],
                        )
                })
    };
    if select(doc, "img[alt]")
        .iter()
        .any(|i| masthead(i) && i.value().attr("alt").is_some_and(|a| compact(a) == t))
    {
        return true;
    }
    let text = compact(&doc.root_element().text().collect::<String>());
    let lower = text.to_lowercase();
    ["©", "copyright", "版权所有", "版權所有"]
        .iter()
        .any(|mark| {
            lower.match_indices(mark).any(|(i, _)| {
                // The name stands within a line's length of the copyright mark.
                let window: String = text[i..].chars().take(t.chars().count() + 24).collect();
                window.contains(&t)
            })
        })
}

/// Long enough to be an article's headline rather than a section's name: eight Han
/// characters or four words.
fn headline_length(heading: &str) -> bool {
    let han = heading.chars().filter(|&c| super::rules::is_han(c)).count();
    han >= 8 || heading.split_whitespace().count() >= 4
}

/// Class/id tokens of a block that prints the headline without a heading tag, as old
/// CMS templates do (`<div class="zw_title">`, `<td class="en_title">`, `class="bt"`
/// for 标题 "biaoti").
const TITLE_HINTS: &[&str] = &["title", "tit", "bt", "biaoti", "headline", "heading"];

/// Tokens of the lines printed around a headline: a subtitle, a kicker (引题 "yt"),
/// a deck or summary.
const NOT_TITLE_HINTS: &[&str] = &[
    "sub", "subtitle", "subhead", "fbt", "ftit", "yt", "yinti", "kicker", "deck", "summary",
    "small", "list", "item",
];

fn title_hinted(element: &scraper::node::Element) -> bool {
    let tokens = hint_tokens(element);
    let hinted = tokens.iter().any(|t| {
        TITLE_HINTS.contains(&t.as_str()) || t.ends_with("title") || t.ends_with("headline")
    });
    hinted
        && !tokens
            .iter()
            .any(|t| NOT_TITLE_HINTS.contains(&t.as_str()) || t.starts_with("sub"))
}

/// Headline-length blocks whose class names them a title (or minor headings), standing
/// just before the article body in the same column: the headline as printed on pages
/// whose template has no `<h1>`. A title-classed block elsewhere (a sidebar box's heading, a related
/// item's name) is not one: it is dropped, far from the body, or after it.
fn printed_title_blocks(doc: &Html, ex: &Extractor) -> Vec<String> {
    let Some(core) = ex.core.and_then(|id| doc.tree.get(id)) else {
        return Vec::new();
    };
    let near_core: Vec<NodeId> = core
        .ancestors()
        .take(4)
        .take_while(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| !matches!(e.name(), "body" | "html"))
        })
        .map(|a| a.id())
        .collect();
    let mut found = Vec::new();
    let mut in_core = false;
    for node in doc.tree.root().descendants() {
        in_core |= node.id() == core.id();
        // The headline stands before the body's first paragraph, inside the chosen
        // container (a layout cell holding headline and body) or before it.
        let paragraph = node
            .children()
            .filter_map(|c| c.value().as_text())
            .map(|t| t.text.trim().chars().count())
            .sum::<usize>()
            >= 60;
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        let e = element.value();
        // An <h4> or <h5> headline sits under section headings (h2 "News & Notice", h3
        // "Press Releases") on portals whose <title> is the section path.
        let minor_heading = matches!(e.name(), "h4" | "h5");
        if matches!(e.name(), "h1" | "h2" | "h3" | "a") || !(minor_heading || title_hinted(e)) {
            if in_core && paragraph {
                break;
            }
            continue;
        }
        let text = text_of(&element);
        let chars = text.chars().count();
        let outside = std::iter::once(node)
            .chain(node.ancestors())
            .any(|a| ex.dropped(a) || ex.pruned.contains_key(&a.id()));
        let in_column = in_core
            || node
                .ancestors()
                .take(4)
                .any(|a| near_core.contains(&a.id()));
        if headline_length(&text)
            && chars <= 150
            && ex.link_density(node) < 0.5
            && !outside
            && in_column
            && !found.contains(&text)
        {
            found.push(text);
        }
    }
    found
}

/// Picks the headline. Sites print it in an `<h1>` (sometimes an `<h2>`), and repeat
/// it in `og:title` and `<title>`, where it may be shortened, prefixed with a kicker
/// ("State aid: …") or followed by the site's name; a `<title>` may be the site's
/// name alone. So a heading wins when some reference contains it or says the same in
/// other words; otherwise a reference that is not just the site's name.
fn pick_title(doc: &Html, ex: &Extractor) -> Option<String> {
    let meta_content = |keys: &[&str]| {
        select(doc, "meta")
            .into_iter()
            .find(|e| meta_key(e).is_some_and(|k| keys.contains(&k.as_str())))
            .and_then(|e| e.value().attr("content").map(str::to_string))
            .filter(|c| !c.trim().is_empty())
    };
    let site = meta_content(&["og:site_name"]).or_else(|| meta_content(&["sitename"]));
    let og = meta_content(&["og:title", "twitter:title"]);
    let article_title = meta_content(&["articletitle"]);
    let tag = select(doc, "title")
        .first()
        .map(text_of)
        .filter(|t| !names_site(t, site.as_deref(), doc));
    let references: Vec<&String> = [&og, &article_title, &tag].into_iter().flatten().collect();
    let mut headings: Vec<(String, bool)> = select(doc, "h1, h2, h3")
        .iter()
        .filter(|h| {
            // An <h1> in an article's <header> is the headline; one in the site's
            // masthead is its logo.
            let logo = std::iter::once(**h)
                .chain(h.ancestors().filter_map(ElementRef::wrap))
                .any(|e| has_hint(e.value(), &["logo", "masthead", "brand", "sitename"]));
            let pruned = std::iter::once(h.id())
                .chain(h.ancestors().map(|a| a.id()))
                .any(|id| ex.pruned.contains_key(&id));
            !pruned
                && (!h.ancestors().any(|a| ex.dropped(a)) || (h.value().name() == "h1" && !logo))
        })
        .map(|h| (text_of(h), h.value().name() == "h1"))
        .filter(|(t, _)| t.chars().count() >= 4)
        .collect();
    // A template without headings prints the headline in a title-classed block; with
    // no <h1> on the page, that block stands where the <h1> would.
    let classed = printed_title_blocks(doc, ex);
    let has_h1 = headings.iter().any(|(_, is_h1)| *is_h1);
    headings.extend(classed.iter().map(|t| (t.clone(), !has_h1)));
    let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    // A heading a reference contains is the headline as printed, if it is most of the
    // reference once the site name is gone (not a "News" section heading).
    let contained = headings
        .iter()
        .filter(|(h, _)| {
            let h = compact(h);
            references.iter().any(|r| {
                let core = compact(&strip_site_name(r, site.as_deref()))
                    .chars()
                    .count();
                compact(r).contains(&h) && h.chars().count() * 2 >= core
            })
        })
        // A heading a reference names exactly (`og:title`) is the headline, and an
        // <h1> over a subtitle the <title> also carries ("…举行 现场签约项目56个…").
        .max_by_key(|(h, is_h1)| {
            let exact = references
                .iter()
                .any(|r| compact(&strip_site_name(r, site.as_deref())) == compact(h));
            (exact, *is_h1, h.chars().count())
        });
    if let Some((h, _)) = contained {
        return Some(h.clone());
    }
    // A heading saying what a reference says in other words ("to modernise hospitals"
    // printed, "to digitalise hospitals" in the <title>) is the printed headline.
    let agreement = |h: &str| {
        let terms = super::content_terms(&h.to_lowercase());
        references
            .iter()
            .map(|r| {
                let refs =
                    super::content_terms(&strip_site_name(r, site.as_deref()).to_lowercase());
                let shared = terms.intersection(&refs).count();
                let smaller = terms.len().min(refs.len()).max(1);
                (shared, shared as f64 / smaller as f64)
            })
            .fold((0, 0.0), |a, b| if b.1 > a.1 { b } else { a })
    };
    let agreeing = headings
        .iter()
        .filter(|(h, _)| {
            let (shared, ratio) = agreement(h);
            shared >= 3 && ratio >= 0.6
        })
        .max_by(|a, b| {
            (a.1, agreement(&a.0).1)
                .partial_cmp(&(b.1, agreement(&b.0).1))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    if let Some((h, _)) = agreeing {
        return Some(h.clone());
    }
    // The one headline-length <h1> of the article, naming something the reference names
    // ("… let patients skip the queue" printed, "… go online to cut queues" in og:title;
    // "Taizhou accelerates … public hospitals" printed, "Taizhou speeds up … medical
    // centers" shared): the printed headline is the one readers quote.
    let printed: Vec<&String> = headings
        .iter()
        .filter(|(h, is_h1)| *is_h1 && headline_length(h))
        .map(|(h, _)| h)
        .collect();
    if let [h] = printed[..] {
        if agreement(h).0 >= 1 {
            return Some(h.clone());
        }
    }
    if let Some(t) = &og {
        let stripped = strip_site_name(t, site.as_deref());
        if !stripped.is_empty() {
            return Some(stripped);
        }
    }
    // A <title> that holds no heading is often only the site's name: an <h1> in the
    // page (outside its chrome) says more.
    let h1 = select(doc, "h1")
        .into_iter()
        .filter(|h| !h.ancestors().any(|a| ex.dropped(a)))
        .map(|h| text_of(&h))
        .find(|t| t.chars().count() >= 4);
    if h1.is_some() {
        return h1;
    }
    if let Some(printed) = classed.first() {
        return Some(printed.clone());
    }
    for t in [&article_title, &tag].into_iter().flatten() {
        let stripped = strip_site_name(t, site.as_deref());
        if !stripped.is_empty() {
            return Some(stripped);
        }
    }
    select(doc, "h1").first().map(text_of)
}

#[cfg(test)]
mod tests {
    #[test]
    fn camel_case_names_split_into_words() {
        let words: Vec<&str> = super::camel_words("PRHeadlineSpan").collect();
        assert_eq!(words, ["PR", "Headline", "Span"]);
        let words: Vec<&str> = super::camel_words("relatedNews").collect();
        assert_eq!(words, ["related", "News"]);
        assert_eq!(
            super::camel_words("content").collect::<Vec<_>>(),
            ["content"]
        );
        assert_eq!(super::camel_words("TRS").collect::<Vec<_>>(), ["TRS"]);
    }

    use super::*;

    /// The lines kept as main content.
    fn kept(ex: &Extracted) -> Vec<String> {
        ex.lines
            .iter()
            .filter(|(_, reason)| reason.is_none())
            .map(|(l, _)| l.clone())
            .collect()
    }

    #[test]
    fn strips_site_names() {
        assert_eq!(
            strip_site_name("我市召开健康苏州建设推进大会 - 苏州市卫健委", None),
            "我市召开健康苏州建设推进大会"
        );
        assert_eq!(
            strip_site_name("国务院办公厅印发通知_中国政府网", None),
            "国务院办公厅印发通知"
        );
        assert_eq!(
            strip_site_name("China expands high-quality care | Xinhua", None),
            "China expands high-quality care"
        );
        // The issuer opening a document title is the title's, not the site's name.
        assert_eq!(
            strip_site_name(
                "某市医保局关于调整门诊待遇的通知_通知公告_某市医保局",
                Some("某市医保局")
            ),
            "某市医保局关于调整门诊待遇的通知"
        );
    }

    #[test]
    fn extracts_article_and_drops_chrome_containers() {
        let page = r#"<html><head><title>市卫健委部署医保工作_某市政府网</title>
<meta name="PubDate" content="2024-03-19 10:00">
</head><body>
<div class="header"><a href="/">首页</a> <a href="/news">新闻中心</a></div>
<div class="breadcrumb">首页 &gt; 新闻中心 &gt; 工作动态</div>
<div class="main-box">
 <h1>市卫健委部署医保工作</h1>
 <div id="zoom">
  <p>3月19日，市卫生健康委召开会议，部署医保支付方式改革工作。</p>
  <p>会议强调，要做好基层医疗卫生服务，提升群众就医获得感。</p>
 </div>
 <div class="share">分享到：微信 微博</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">另一条新闻标题一</a></li></ul></div>
<div class="footer">版权所有 某市卫生健康委员会</div>
</body></html>"#;
        let ex = extract(page);
        let removed: Vec<&(String, Option<String>)> =
            ex.lines.iter().filter(|(_, r)| r.is_some()).collect();
        assert!(removed
            .iter()
            .any(|(l, r)| l.contains("版权所有") && r.as_deref() == Some("html-footer")));
        assert!(removed
            .iter()
            .any(|(l, r)| l.contains("工作动态") && r.as_deref() == Some("html-breadcrumb")));
        assert_eq!(ex.title.as_deref(), Some("市卫健委部署医保工作"));
        assert!(kept(&ex)
            .contains(&"3月19日，市卫生健康委召开会议，部署医保支付方式改革工作。".to_string()));
        assert!(kept(&ex)
            .contains(&"会议强调，要做好基层医疗卫生服务，提升群众就医获得感。".to_string()));
        let all = kept(&ex).join("\n");
        for chrome in ["新闻中心", "分享到", "相关新闻", "版权所有"] {
            assert!(!all.contains(chrome), "{chrome} leaked: {all}");
        }
        assert_eq!(ex.meta.published, ["2024-03-19"]);
    }

    #[test]
    fn english_article_with_time_and_og_title() {
        let page = r#"<html><head><title>Site | Home</title>
<meta property="og:title" content="Province widens insurance cover | Example News">
<meta property="og:site_name" content="Example News"></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Province widens insurance cover</h1><time datetime="2024-05-02T08:00:00Z">May 2</time>
<p>The provincial health insurance bureau said on Thursday that outpatient costs for chronic diseases will be reimbursed.</p>
<p>Officials expect about two million residents to benefit, the bureau said.</p></article>
<aside class="sidebar"><p>Most read: another story about something else entirely here.</p></aside>
</body></html>"#;
        let ex = extract(page);
        assert_eq!(ex.title.as_deref(), Some("Province widens insurance cover"));
        assert_eq!(ex.meta.published, ["2024-05-02"]);
        let all = kept(&ex).join("\n");
        assert!(all.contains("Officials expect about two million residents"));
        assert!(!all.contains("Most read"));
        assert!(!all.contains("World"));
    }

    #[test]
    fn title_prefers_the_page_headline_over_a_site_only_title() {
        let page = r#"<html><head><title>Example City Health Commission</title></head><body>
<header class="masthead"><h1 class="logo">Example City Health</h1></header>
<div class="main"><h2>News</h2><h1>Free flu shots for residents over 60</h1>
<p>Residents aged 60 and over can get a free flu vaccination at any community clinic from October, the commission said.</p></div></body></html>"#;
        let ex = extract(page);
        assert_eq!(
            ex.title.as_deref(),
            Some("Free flu shots for residents over 60")
        );
        let page = r#"<html><head><title>Health news - Example City</title></head><body>
<div class="main"><h2>News</h2><h1>Free flu shots for residents over 60</h1>
<p>Residents aged 60 and over can get a free flu vaccination at any community clinic from October, the commission said.</p></div></body></html>"#;
        assert_eq!(
            extract(page).title.as_deref(),
            Some("Free flu shots for residents over 60")
        );
    }

    #[test]
    fn whole_page_form_is_not_dropped() {
        let page = r#"<html><body><form id="form1"><div class="content">
<p>市医保局发布通知，将门诊慢特病纳入医保报销范围，惠及全市参保群众。</p></div></form></body></html>"#;
        let ex = extract(page);
        assert_eq!(kept(&ex).len(), 1, "{:?}", ex.lines);
    }

    /// A two-column page whose columns share one wrapper: the ranking list and the
    /// side menu of links come along when the extractor widens to the wrapper, and
    /// are dropped as link lists; the body keeps a paragraph with an inline link.
    #[test]
    fn link_lists_inside_the_widened_article_are_dropped() {
        let page = r#"<html><head><title>Town opens new clinic</title></head><body>
<div class="wrap"><div class="colA"><p><b>About us</b></p>
<p><a href="/a">Our history</a></p><p><a href="/b">Our services</a></p><p><a href="/c">Opening hours</a></p></div>
<div class="colB"><h1>Town opens new clinic</h1>
<div class="txtbox">
<p>The town opened a new community clinic on Monday, offering general practice, vaccinations and check-ups for older residents.</p>
<p>The clinic, built with a provincial grant, will open six days a week, <a href="/hours">the health bureau said</a>.</p>
</div>
<div class="box2"><h3>Popular this week</h3><ul><li><a href="/1">Bridge repairs to start in May</a></li>
<li><a href="/2">Library extends weekend hours</a></li></ul></div>
</div></div></body></html>"#;
        let ex = extract(page);
        let all = kept(&ex).join("\n");
        assert!(
            all.contains("will open six days a week, the health bureau said."),
            "{all}"
        );
        for chrome in [
            "About us",
            "Our history",
            "Popular this week",
            "Library extends",
        ] {
            assert!(!all.contains(chrome), "{chrome} leaked: {all}");
        }
        assert!(ex
            .lines
            .iter()
            .any(|(l, r)| l == "Popular this week" && r.as_deref() == Some("html-link-list")));
    }

    /// A label before a single link ("来源：<a>") is left to the byline reader, and a
    /// paragraph whose text is one long link sentence is not a link list.
    #[test]
    fn labelled_links_and_linked_sentences_are_not_link_lists() {
        let page = r#"<html><body><div class="article">
<h1>某县启动义诊活动</h1>
<div class="src">来源：<a href="/x">某县融媒体中心</a></div>
<p>5月8日，某县卫生健康局组织县级医院专家深入乡镇开展义诊活动，为群众提供免费体检和健康咨询。</p>
<p><a href="/y">活动期间共服务群众1200余人次，发放健康宣传资料3000余份。</a></p>
</div></body></html>"#;
        let ex = extract(page);
        let all = kept(&ex).join("\n");
        assert!(all.contains("来源：某县融媒体中心"), "{all}");
        assert!(all.contains("发放健康宣传资料3000余份。"), "{all}");
    }

    /// A short line right under an image that names the picture or its photographer
    /// is a caption; a subheading under an image is not.
    #[test]
    fn captions_under_images_are_dropped() {
        let page = r#"<html><body><div class="article"><h1>某镇推进家庭医生服务</h1>
<p>今年以来，某镇家庭医生团队累计上门服务行动不便的老人2000余人次，签约覆盖率稳步提升。</p>
<p><img src="/a.jpg"></p>
<p>医生在村卫生室为老人测量血压 记者 王某 摄</p>
<p>下一步，该镇将扩大家庭医生团队规模，推动优质医疗资源进一步下沉到村。</p>
<div><img src="/b.jpg"></div>
<p>二、存在的问题</p>
<p>部分村卫生室设备老旧，信息系统尚未与镇卫生院互联互通，需要逐步改造。</p>
</div></body></html>"#;
        let ex = extract(page);
        let all = kept(&ex).join("\n");
        assert!(!all.contains("记者 王某 摄"), "{all}");
        assert!(all.contains("二、存在的问题"), "{all}");
        assert!(ex
            .lines
            .iter()
            .any(|(l, r)| l.ends_with("摄") && r.as_deref() == Some("html-caption")));
    }

    /// Breadcrumbs and contact blocks are named in the class attribute in other words
    /// than "breadcrumb": "path", 当前位置 "dqwz", "contact".
    #[test]
    fn breadcrumb_and_contact_classes() {
        let page = r#"<html><body><div class="main">
<div class="dqwz">当前位置：首页 / 通知公告</div>
<div class="content"><h1>关于开展健康教育活动的通知</h1>
<p>为提高居民健康素养水平，现决定在全区开展健康教育进社区活动，请各单位认真组织实施。</p>
<p>各社区卫生服务中心要结合实际制定活动方案，确保活动取得实效。</p>
<p class="contact">Press office: 010-0000000</p></div></div></body></html>"#;
        let ex = extract(page);
        let all = kept(&ex).join("\n");
        assert!(!all.contains("当前位置"), "{all}");
        assert!(!all.contains("Press office"), "{all}");
        assert!(all.contains("确保活动取得实效"), "{all}");
    }

    /// A side column laid out as a table cell goes when it is mostly links; a cell of a
    /// results table that is one linked name stays with its table.
    #[test]
    fn layout_cells_are_judged_whole_data_cells_are_not() {
        let page = r#"<html><body><table><tr>
<td class="l"><div><a href="/1">Home</a></div><div><a href="/2">Notices</a></div><div><a href="/3">Tenders</a></div><div>Hotline 123</div></td>
<td><div class="content"><h1>Result of the tender for ward beds</h1>
<p>The hospital announces the result of the tender for 200 ward beds, which closed on 3 May after a public bidding process.</p>
<table><tr><td>Winning bidder</td><td><a href="/co">Example Medical Equipment Co.</a></td></tr>
<tr><td>Price</td><td>1,200,000 yuan</td></tr></table>
<p>Any objection may be raised in writing within seven working days of this notice.</p></div></td>
</tr></table></body></html>"#;
        let ex = extract(page);
        let all = kept(&ex).join("\n");
        assert!(all.contains("Example Medical Equipment Co."), "{all}");
        assert!(!all.contains("Tenders"), "{all}");
        assert!(!all.contains("Hotline"), "{all}");
    }

    /// An article picture whose alt text is the headline does not make the <title>
    /// a site name; the logo's alt text and the copyright line do.
    #[test]
    fn the_printed_headline_wins_over_an_og_title_in_other_words() {
        let page = r#"<html><head><title>Chengdu hospitals go online to cut queues | Daily</title>
<meta property="og:title" content="Chengdu hospitals go online to cut queues"></head>
<body><article><h1>Chengdu's internet hospitals let patients skip the queue</h1>
<p>Chengdu now has 46 internet hospitals attached to medical institutions, the city's health commission said on Thursday.</p>
</article></body></html>"#;
        assert_eq!(
            extract(page).title.as_deref(),
            Some("Chengdu's internet hospitals let patients skip the queue")
        );
    }

    /// Old templates print the headline in a title-classed block, not a heading; it
    /// beats a `<title>` that is a column or a different headline. A sidebar box's
    /// title-classed heading, a subtitle and a block after the body do not.
    #[test]
    fn a_title_classed_block_before_the_body_is_the_headline() {
        let page = r#"<html><head><title>温岭83个村社实现老年助餐全覆盖_台州频道_某某网</title></head>
<body><table><tr><td class="left_main">
<div class="yt">【民生实事看落实】</div>
<div class="zw_title">温岭：“长者食堂”开到老人家门口</div>
<div class="zw_subtitle">全市新建改建长者食堂和助餐点八十三个</div>
<div id="zoom"><p>记者从温岭市民政局获悉，2023年温岭把老年助餐服务列入民生实事项目，全市新建、改建长者食堂和助餐点83个。</p>
<p>根据实施办法，60周岁以上本市户籍老人在助餐点就餐，每餐可享受1元补助；80周岁以上老人每餐补助3元。</p></div>
<div class="bottom_title">下一篇新闻的标题在正文之后出现</div>
</td><td class="right_side"><div class="r_title">台州市区新增三条公交线路一月起开通</div></td></tr></table>
</body></html>"#;
        assert_eq!(
            extract(page).title.as_deref(),
            Some("温岭：“长者食堂”开到老人家门口")
        );
        // Without the classed block the <title> is all there is.
        let plain = page.replace(
            r#"<div class="zw_title">温岭：“长者食堂”开到老人家门口</div>"#,
            "",
        );
        assert_eq!(
            extract(&plain).title.as_deref(),
            Some("温岭83个村社实现老年助餐全覆盖")
        );
        let english = r#"<html><head><title>Taizhou Municipal People's Government Portal (English)</title></head>
<body><table><tr><td class="side"><table><tr><td class="menu_title">Counties and Districts of the City</td></tr></table></td>
<td><table><tr><td>Location: <a href="/en/">Home</a> &gt;&gt; <a href="/en/news/">News</a></td></tr>
<tr><td align="center" class="en_title"><b>Taizhou starts major health projects worth 4.6 billion yuan</b></td></tr>
<tr><td><p>On the morning of September 1, the concentrated start ceremony of the city's major health projects was held, with nine projects in all.</p>
<p>Among them, the new campus of the hospital of traditional Chinese medicine will have 1,200 beds, and a rehabilitation centre.</p></td></tr>
</table></td></tr></table></body></html>"#;
        assert_eq!(
            extract(english).title.as_deref(),
            Some("Taizhou starts major health projects worth 4.6 billion yuan")
        );
        // An <h1> on the page is still the headline.
        let with_h1 = page.replace(
            r#"<div class="yt">"#,
            r#"<h1>温岭长者食堂开到老人家门口让老人吃上热饭</h1><div class="yt">"#,
        );
        assert_eq!(
            extract(&with_h1).title.as_deref(),
            Some("温岭长者食堂开到老人家门口让老人吃上热饭")
        );
    }

    /// A caption that says in a sentence what the picture shows stays for the line
    /// rules (which split off its credit); a credit-only caption is pruned. An author
    /// card and a video player's frame are chrome by their class.
    #[test]
    fn caption_sentences_author_cards_and_players() {
        let page = r#"<html><head><title>CMS proposes keeping telehealth flexibilities | Wire</title></head><body>
<div id="module-article"><h1>CMS proposes keeping telehealth flexibilities</h1>
<div class="caas-author-card"><span>Dana Whitfield</span><span>Senior Reporter, Capitol Health Wire</span><button>Follow</button></div>
<div class="caas-body">
<p>Medicare would keep paying for most telehealth visits that patients receive at home through the end of 2024, the agency said.</p>
<div class="video-player"><div class="vp-title">How telehealth changed after the pandemic</div><span>03:25</span><span>1.2K views</span></div>
<p>Under the proposed fee schedule, Medicare would continue to pay for behavioural health services delivered by video or phone.</p>
<figure><img src="/a.jpg" alt=""><figcaption>A physician conducts a video visit with a Medicare patient in rural Virginia. Photo: Jordan Lee</figcaption></figure>
<figure><img src="/b.jpg" alt=""><figcaption>Photo: Jordan Lee/Capitol Health Wire</figcaption></figure>
<p>The proposal would also cut the conversion factor used to calculate physician payments by about 3.3 per cent.</p>
</div></div></body></html>"#;
        let ex = extract(page);
        let all = kept(&ex).join("\n");
        assert!(
            all.contains("A physician conducts a video visit with a Medicare patient in rural Virginia. Photo: Jordan Lee"),
            "{all}"
        );
        assert!(!all.contains("Capitol Health Wire"), "{all}");
        assert!(!all.contains("Dana Whitfield"), "{all}");
        assert!(!all.contains("03:25"), "{all}");
        assert!(!all.contains("How telehealth changed"), "{all}");
    }

    /// A portal whose <title> is the section path prints the headline in an <h4>
    /// under its section headings.
    #[test]
    fn a_minor_heading_before_the_body_beats_a_section_path_title() {
        let page = r#"<html><head><title>Press Releases &lt; News &amp; Notice &lt; National Health Insurance Service</title></head><body>
<h1 class="logo"><a href="/"><img src="/logo.png" alt="NHIS"></a></h1>
<div class="sub"><h2>News &amp; Notice</h2><h3 class="tit">Press Releases</h3>
<div class="board-view"><div class="view-head"><h4>NHIS Expands Home-Visit Medical Care for Long-Term Care Recipients</h4></div>
<div class="view-cont"><p>The National Health Insurance Service will expand its home-visit medical care pilot programme to 120 cities, counties and districts.</p>
<p>Long-term care insurance recipients who live at home and have difficulty going out are eligible, the service said.</p></div></div></div>
</body></html>"#;
        assert_eq!(
            extract(page).title.as_deref(),
            Some("NHIS Expands Home-Visit Medical Care for Long-Term Care Recipients")
        );
    }

    /// A "Key points" box set in an `<aside>` restates the article: its items stay.
    /// The author's `<address>` line is a byline.
    #[test]
    fn key_points_asides_stay_and_address_lines_go() {
        let page = r#"<html><body><article><h1>Top hospitals to win new freedoms</h1>
<address><a rel="author" href="/p/hm">Helen Marsh</a> Health policy editor</address>
<aside class="dcr-keypoints"><h2>Key points</h2><ul>
<li>All 134 acute hospital trusts in England will be ranked in four tiers every three months.</li>
<li>Top-tier trusts can keep any surplus and borrow for capital projects.</li></ul></aside>
<div class="dcr-body"><p>Hospitals in England that top new NHS league tables will be allowed to keep their surpluses and spend them on new buildings.</p>
<p>Every acute trust will be placed in one of four tiers based on waiting times, finances and patient safety.</p>
<p>Ministers say the rankings will reward good management and give patients a clear picture of how their local hospital is doing, and trusts in the top tier will be able to apply to run integrated health organisations.</p>
<p>Hospital leaders gave the plans a cautious welcome, saying the tiers must take account of deprivation so that trusts serving poorer areas are not named and shamed for things outside their control.</p></div>
<aside class="related"><h2>Most viewed</h2><ul><li><a href="/a">Storm warnings issued as heavy rain sweeps across the UK</a></li></ul></aside>
</article></body></html>"#;
        let ex = extract(page);
        let all = kept(&ex).join("\n");
        assert!(all.contains("All 134 acute hospital trusts"), "{all}");
        assert!(!all.contains("Helen Marsh"), "{all}");
        assert!(!all.contains("Storm warnings"), "{all}");
    }

    /// The page's one headline-length <h1> names what og:title names in other words:
    /// it is the headline readers quote.
    #[test]
    fn the_printed_h1_beats_an_og_title_sharing_a_name() {
        let page = r#"<html><head><title>Taizhou speeds up construction of regional medical centers_Taizhou, China</title>
<meta property="og:title" content="Taizhou speeds up construction of regional medical centers"></head>
<body><div class="article"><h1 class="art_title">Taizhou accelerates high-quality development of public hospitals, four new hospital projects to open this year</h1>
<div class="art_con"><p>Four new hospital projects in Taizhou will open this year, the municipal health commission said on Monday, adding 3,200 beds across the city.</p>
<p>The projects include a new campus of the central hospital and a maternal and child health centre in Jiaojiang district.</p></div></div></body></html>"#;
        assert_eq!(
            extract(page).title.as_deref(),
            Some("Taizhou accelerates high-quality development of public hospitals, four new hospital projects to open this year")
        );
    }

    #[test]
    fn site_only_titles() {
        let page = r#"<html><head><title>Clinic opens in Eastville</title></head><body>
<div class="logo"><img src="/img/logo.png" alt="Eastville Health"></div>
<div class="content"><p><img src="/p.jpg" alt="Clinic opens in Eastville"></p>
<p>A new clinic opened in Eastville on Monday, offering general practice and vaccinations to the town's residents.</p></div>
<div class="footer">Copyright © Eastville Health Board</div></body></html>"#;
        assert_eq!(
            extract(page).title.as_deref(),
            Some("Clinic opens in Eastville")
        );
        let logo = page.replace(
            "<title>Clinic opens in Eastville",
            "<title>Eastville Health",
        );
        assert_eq!(extract(&logo).title, None);
        let footer = page.replace(
            "<title>Clinic opens in Eastville",
            "<title>Eastville Health Board",
        );
        assert_eq!(extract(&footer).title, None);
    }
}
