//! Bylines and date lines: recognising "来源：… 发布时间：…", "Author: … Time: …",
//! "Addtime:" and bare date lines, and reading their date, source and author out
//! before the line is removed from the text.
//!
//! Dates are returned as the text the page used (e.g. `2024年5月10日`, `2022.09.01`);
//! parsing them is the classifier's job. This module does not decide whether a line
//! stands where a byline may be removed: the caller only asks about the page's edges.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::{LabelKind, Rules};

/// What a byline said.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Byline {
    /// The line is only a date, written the way documents sign off ("2024年6月1日").
    pub sign_off_date: bool,
    pub dates: Vec<String>,
    pub source: Option<String>,
    pub author: Option<String>,
}

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?:19|20)\d{2}\s*[-/.年]\s*[01]?\d\s*[-/.月]\s*[0-3]?\d(?:\s*日)?
        | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}
        | [0-3]?\d[./][01]?\d[./](?:19|20)\d{2}
        | [0-3]?\d(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}",
    )
    .expect("date pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*[0-2]?\d:[0-5]\d(:[0-5]\d)?(\s*(?i:[ap]\.?m\.?))?(\s+(?:ET|EST|EDT|PT|PST|PDT|CT|CST|GMT|UTC|BST|CET|CEST|SGT|HKT|AEST|AEDT|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)\b)?").expect("time pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:By|BY|by)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5})(?:\s+(?:in|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*(?:$|[|·,;/]|\s-\s)")
        .expect("by pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:本报|本网|本台|新华社)?(?:特约|实习|首席)?(?:记者|通讯员)\s*([\p{Han}·]{2,4})(?:\s|$|[)）/\]】,，])")
        .expect("reporter pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static SLASH_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:文|图|撰文|摄影|记者|text|words|photo)\s*/\s*([\p{Han}·]{2,4}|\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})(?:\s|$)")
        .expect("slash author pattern")
});

/// A month and day without a year inside a line ("坪山发布 3月19日 记者 …").
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static YEARLESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)([01]?\d月[0-3]?\d日)(?:\s|$)").expect("yearless date pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static SHORT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[01]?\d\s*[-/月]\s*[0-3]?\d(?:\s*日)?(?:\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?")
        .expect("short date pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^《\s*([^》]{2,16})\s*》\s*[(（]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:第?\s*\d{1,3}\s*版)?\s*[)）]$")
        .expect("edition pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[【\[(（]\s*(\S{2,12}?)\s*(?:报道|讯|电|供稿)\s*[】\])）]$")
        .expect("reported pattern")
});

/// A reading-time estimate ("5 min read", "阅读时长约3分钟").
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static READ_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d+\s*(min|mins|minute|minutes)\.?(\s+(read|reading|listen))?|(reading|read|listening) time\s*:?\s*\d+\s*(min|mins|minutes)\.?|阅读(时长|时间)?\s*:?\s*约?\s*\d+\s*分钟|约?\d+\s*分钟(阅读|读完))$")
        .expect("read time pattern")
});

/// A credit for who wrote, reviewed or checked the piece, a degree or title after the
/// name ("Reviewed by Ana Cruz, RDN", "Medically reviewed by Li Wei, MD", "Written by
/// Tom Hart").
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:(?:medically|clinically|fact)[- ]?)?(?:reviewed|checked|written|edited|reported|illustrated|photographed|words|photos?)\s+by|by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s*\p{Lu}[\p{L}.]{1,8}(?:,?\s+\p{Lu}[\p{L}.]{1,8}){0,2})?$")
        .expect("credit pattern")
});

/// A line of short segments between "·" or "|", each a date, a reading time or a
/// credit ("Mar. 3, 2023 · 5 min read · Reviewed by Ana Cruz, RDN"): a byline,
/// though no one segment is a labelled field and the credit carries a comma.
fn segmented(norm: &str) -> Option<Byline> {
    let segments: Vec<&str> = norm
        .split(['·', '|', '•'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if segments.len() < 2 {
        return None;
    }
    let mut byline = Byline::default();
    let mut timed = false;
    for segment in &segments {
        if let Some(m) = DATE.find(segment).filter(|m| m.start() == 0) {
            let after = &segment[m.end()..];
            let after = TIME.find(after).map_or(after, |t| &after[t.end()..]);
            if !after.trim().is_empty() {
                return None;
            }
            byline.dates.push(m.as_str().trim().to_string());
            timed = true;
        } else if READ_TIME.is_match(segment) {
            timed = true;
        } else if let Some(c) = CREDIT.captures(segment) {
            let by = segment.to_lowercase();
            if by.starts_with("by ") || by.starts_with("written") {
                byline.author.get_or_insert_with(|| c[1].to_string());
            }
        } else {
            return None;
        }
    }
    timed.then_some(byline)
}

/// A text-size control closing an info bar ("… 字号：[大 中 小]", "… Font size:
/// [Large Middle Small]", "… 【字体：大 中 小】"): part of the bar, not of its values.
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static SIZE_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\s|·]*[\[【〖(]?\s*(字号|字体|字體|字號|文字|font size|font|text size|text)\s*:?\s*([\[【〖(]?\s*(大|中|小|默认|large|big|middle|medium|small|normal|default|a\+|a-|a)\s*[\]】〗)]?[\s|/·]*){2,}$")
        .expect("size control pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
/// A scraper's or archiver's stamp ("[Scraped at 2023-10-13 04:12 UTC]", "Retrieved
/// on …", "抓取时间：…"): its date is when the page was fetched, never when it was
/// published, which is usually the day before or the same day.
static FETCH_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\[【(（\s]*(scraped|crawled|fetched|retrieved|archived|captured|downloaded|accessed|saved)\b|^[\[【(（\s]*(抓取|采集|爬取|获取|存档|快照)(时间|日期|于)",
    )
    .expect("fetch-stamp pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static TODAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(今天是|今天|今日是|今日|today is)\s*:?\s*(\d|星期|周[一二三四五六日])")
        .expect("today pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+")
        .expect("weekday pattern")
});

/// Whether a short remainder reads as prose rather than a name list.
fn has_sentence_punctuation(text: &str) -> bool {
    text.contains(['，', '。', ',', '!', '?', '；', ';', '！', '？'])
        || text.contains(". ")
        || text.trim_end().ends_with('.')
}

/// The commas and points inside an English organisation's name: a comma before a
/// capitalised word, and abbreviations ("Co.", "Ltd.", "Inc."). Group 1 is what
/// follows a comma.
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static NAME_MARKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:,?\s*\b(?:Co|Ltd|Inc|Corp|Dept|Div|No)\.|,\s+([A-Z&]))")
        .expect("name marks pattern")
});

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static TIME_ANY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-2]?\d:[0-5]\d(:[0-5]\d)?").expect("time pattern"));

#[allow(clippy::expect_used)] // a constant pattern, covered by the tests below
static ROC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:民国)?\s*(1[0-2]\d|[89]\d)\s*[-/.年]\s*([01]?\d)\s*[-/.月]\s*([0-3]?\d)")
        .expect("roc date pattern")
});

/// A Taiwan (Minguo) date in a date field ("112-06-30", "民国112年6月30日") as ISO.
fn roc_date(value: &str) -> Option<String> {
    let c = ROC.captures(value.trim())?;
    let year: u32 = c[1].parse().ok()?;
    let month: u32 = c[2].parse().ok()?;
    let day: u32 = c[3].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{:04}-{month:02}-{day:02}", year + 1911))
}

/// The dates in a piece of text, in order, as written.
pub(super) fn find_dates(text: &str) -> Vec<String> {
    DATE.find_iter(text)
        .map(|m| m.as_str().trim().to_string())
        .collect()
}

const SEPARATORS: &[char] = &[
    ' ', '|', '/', '·', ',', ';', '[', ']', '【', '】', '(', ')', '（', '）', '丨', '-', '—',
];

/// A short label and its value with a bar for a colon ("文字 | 刘思雨").
#[allow(clippy::expect_used)] // a constant pattern, covered by the tests
static PIPE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Han}{1,4}|[A-Za-z][A-Za-z ]{1,18}[A-Za-z])\s*[|｜丨]\s*([^|｜丨]{1,30})$")
        .expect("pipe label pattern")
});

/// Reads a byline out of a normalised line, or `None` when the line is not one.
pub(super) fn parse_byline(norm: &str, rules: &Rules) -> Option<Byline> {
    let chars = norm.chars().count();
    if chars > 160 {
        return None;
    }
    // "今天是：2023年10月17日 星期二" is the reader's today, not the page's date.
    if TODAY.is_match(norm) || FETCH_STAMP.is_match(norm) {
        return None;
    }
    // Credits a WeChat editor sets with a bar for a colon ("文字 | 刘思雨", "审核 | 赵敏").
    if let Some(caps) = PIPE_LABEL.captures(norm) {
        if rules.is_label(&caps[1]) {
            return parse_byline(&format!("{}: {}", &caps[1], &caps[2]), rules);
        }
    }
    if let Some(b) = special_forms(norm) {
        return Some(b);
    }
    if let Some(b) = segmented(norm) {
        return Some(b);
    }
    let norm = match SIZE_CONTROL.find(norm) {
        Some(m) if m.start() > 0 => &norm[..m.start()],
        _ => norm,
    };
    let mut byline = Byline::default();
    let mut rest = norm.trim_start_matches(['[', '【', '(', '（', ' ']);
    if let Some(w) = WEEKDAY.find(rest) {
        rest = &rest[w.end()..];
    }
    let labelled_at_start = |text: &str| {
        rules
            .label_re
            .as_ref()
            .and_then(|re| re.find(text))
            .is_some_and(|m| m.start() <= 3)
    };
    // A leading date ("2024-05-10 10:00 来源：…") or a bare date line.
    if let Some(m) = DATE.find(rest).filter(|m| m.start() == 0) {
        byline.dates.push(m.as_str().trim().to_string());
        rest = &rest[m.end()..];
        let mut timed = false;
        if let Some(t) = TIME.find(rest) {
            rest = &rest[t.end()..];
            timed = true;
        }
        // "2024年3月19日，市卫健委召开…" opens a sentence.
        if rest.trim_start().starts_with([',', '，', ':']) {
            return None;
        }
        rest = rest.trim_start_matches(SEPARATORS);
        if rest.is_empty() {
            byline.sign_off_date = !timed && m.as_str().contains('年');
            return Some(byline);
        }
        // "2024-03-19 10:20 联合报 记者王小明/台北报导", "2023-07-05 Shenzhen Life Channel".
        if !labelled_at_start(rest) {
            return name_list(rest, byline, rules);
        }
    } else if let Some(m) = SHORT_DATE.find(rest) {
        // "01-21 15:40 来源：…", "10月08日 来源：…": a date without its year.
        let after = rest[m.end()..].trim_start_matches(SEPARATORS);
        if after.is_empty() || labelled_at_start(after) {
            rest = after;
            if rest.is_empty() {
                return Some(byline);
            }
        }
    }
    if let Some(caps) = BY.captures(rest) {
        byline.author = caps.get(1).map(|m| m.as_str().to_string());
        rest = rest
            .get(caps.get(1).map_or(0, |m| m.end())..)
            .unwrap_or("")
            .trim_start_matches(SEPARATORS);
        if rest.is_empty() {
            return (chars <= 60).then_some(byline);
        }
        // "By Jane Doe | March 3, 2023 · 4 min read"
        if let Some(m) = DATE.find(rest).filter(|m| m.start() == 0) {
            byline.dates.push(m.as_str().trim().to_string());
            let after = &rest[m.end()..];
            rest = TIME
                .find(after)
                .map_or(after, |t| &after[t.end()..])
                .trim_start_matches(SEPARATORS);
            if rest.is_empty() {
                return Some(byline);
            }
        }
        if !labelled_at_start(rest) {
            // "By ZHANG SAN | chinadaily.com.cn | Updated: 2024-03-19 10:20": a line
            // opening with "By" and a capitalised name is a byline unless prose follows.
            // The commas and points of a date ("Published Aug. 15, 2024") are no prose.
            let undated = DATE.replace_all(rest, "");
            if rest.chars().count() <= 80 && !has_sentence_punctuation(&undated) {
                byline.dates.extend(find_dates(rest));
                return Some(byline);
            }
            return None;
        }
    }
    if let Some(b) = reporter_line(rest, rules) {
        return Some(b);
    }
    // "<account> 3月19日 记者 某某 文/图": its 文/图 are credits, not labels.
    if !DATE.is_match(rest) && YEARLESS.is_match(rest) {
        if let Some(b) = dated_name_list(norm, rules) {
            return Some(b);
        }
    }
    let Some(found) = labels(rest, rules) else {
        return dated_name_list(norm, rules);
    };
    for (i, (_, value_start, label)) in found.iter().enumerate() {
        let value_end = found.get(i + 1).map_or(rest.len(), |next| next.0);
        let value = rest
            .get(*value_start..value_end)
            .unwrap_or("")
            .trim_matches(SEPARATORS);
        // "Source: Acme Co., Ltd. | 2025-06-18 09:00": a bar ends the value, and
        // what follows it is read for its date only.
        let (value, after_bar) = match rules.label_kind(label) {
            LabelKind::Source | LabelKind::Author => value
                .split_once(" | ")
                .map_or((value, ""), |(v, a)| (v.trim(), a)),
            // "Updated: 2024-03-19 10:00 | Xinhua": a name after the date is the source.
            _ => (value, ""),
        };
        // A label with a sentence after it is prose ("时间：3月1日至31日，全市开展…");
        // English names run longer ("Chengdu Public Security Traffic Management Bureau")
        // and keep their own commas and points ("Science, Technology and Education
        // Division", "Co., Ltd.").
        let latin = !value.chars().any(super::rules::is_han);
        let limit = if latin { 64 } else { 40 };
        let chars = value.chars().count();
        if chars > limit
            || latin
                && chars > 40
                && has_sentence_punctuation(&NAME_MARKS.replace_all(value, " $1"))
        {
            return None;
        }
        byline.dates.extend(find_dates(after_bar));
        match rules.label_kind(label) {
            LabelKind::Date => {
                let mut dates = find_dates(value);
                if dates.is_empty() {
                    dates.extend(roc_date(value));
                }
                // "Updated: 2024-03-19 10:00 | Xinhua": a name after the date is the source.
                if let Some(last) = DATE.find_iter(value).last() {
                    let after = &value[last.end()..];
                    let after = TIME.find(after).map_or(after, |t| &after[t.end()..]);
                    let name = after.trim_matches(SEPARATORS);
                    if !name.is_empty() && name.chars().count() <= 20 && byline.source.is_none() {
                        byline.source = Some(name.to_string());
                    }
                }
                byline.dates.extend(dates);
            }
            LabelKind::Source if !value.is_empty() => {
                byline.source.get_or_insert_with(|| first_field(value));
                byline.dates.extend(find_dates(value));
            }
            LabelKind::Author if !value.is_empty() => {
                // "作者：记者 顾佳怡　2024-03-20 07:15:33": the date belongs to the page.
                byline.dates.extend(find_dates(value));
                let name = DATE.replace_all(value, "");
                let name = TIME_ANY.replace_all(&name, "");
                let name = REPORTER
                    .captures(&name)
                    .map(|c| c[1].to_string())
                    .unwrap_or_else(|| first_field(&name));
                if !name.is_empty() {
                    byline.author.get_or_insert(name);
                }
            }
            _ => byline.dates.extend(find_dates(value)),
        }
    }
    Some(byline)
}

/// The `label:` positions in a line whose first label opens it: (label start,
/// value start, label).
fn labels<'a>(text: &'a str, rules: &Rules) -> Option<Vec<(usize, usize, &'a str)>> {
    let label_re = rules.label_re.as_ref()?;
    let found: Vec<(usize, usize, &str)> = label_re
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let label = c.get(1)?;
            Some((label.start(), whole.end(), label.as_str()))
        })
        .collect();
    (found.first()?.0 <= 3).then_some(found)
}

/// The rest of a byline after its date or author: a few names, not prose
/// ("联合报 记者王小明/台北报导", "4 min read").
fn name_list(rest: &str, mut byline: Byline, rules: &Rules) -> Option<Byline> {
    let words = rest.split_whitespace().count();
    if rest.chars().count() > 40 || words > 6 || has_sentence_punctuation(rest) {
        return None;
    }
    if byline.author.is_none() {
        byline.author = REPORTER.captures(rest).map(|c| c[1].to_string());
    }
    byline.source = rest
        .split_whitespace()
        .next()
        .map(|t| t.trim_matches(SEPARATORS))
        .filter(|t| rules.is_organisation(t) && !REPORTER.is_match(t))
        .map(str::to_string);
    Some(byline)
}

/// A short line holding a full date among a few names, in any order:
/// "钱江晚报·小时新闻记者 沈听雨 2023年11月5日", "Hangzhou Daily | 12 March 2024",
/// "Page last reviewed: 7 February 2024". Sentences never qualify.
fn dated_name_list(norm: &str, rules: &Rules) -> Option<Byline> {
    // A yearless date makes a byline only beside a reporter credit (a news app's
    // "<account> 3月19日 记者 某某 文/图") or a time, and is never the page's date.
    // A yearless date with its time ("苏州日报 3月19日 08:30") is a post's timestamp too.
    let (date, full) = match DATE.find(norm) {
        Some(date) => (date, true),
        None => {
            let date = YEARLESS.captures(norm)?.get(1)?;
            let timed = TIME.is_match(&norm[date.end()..]);
            if !(REPORTER.is_match(norm) || timed) {
                return None;
            }
            (date, false)
        }
    };
    if norm.chars().count() > 80 || super::sentence_shaped(norm) {
        return None;
    }
    let before = &norm[..date.start()];
    let after = &norm[date.end()..];
    let after = TIME.find(after).map_or(after, |t| &after[t.end()..]);
    // The date must stand apart, not run into a headline ("2024年3月19日全市召开…").
    let apart = |s: &str, at_end: bool| {
        let c = if at_end {
            s.chars().last()
        } else {
            s.chars().next()
        };
        c.is_none_or(|c| c.is_whitespace() || SEPARATORS.contains(&c) || c == ':')
    };
    if !apart(before, true) || !apart(after, false) {
        return None;
    }
    // A labelled date is the page's only when the label speaks of the page or its
    // publishing ("Page last reviewed: …"); "Date of conclusion of contract: …" is a
    // field of the notice.
    if let Some(label) = before.trim_end().strip_suffix(':') {
        let label = label.to_lowercase();
        if !label.is_empty()
            && !PAGE_WORDS.iter().any(|w| {
                label.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w)
                    || (!w.is_ascii() && label.contains(w))
            })
        {
            return None;
        }
    }
    let remainder = format!("{before} {after}");
    let words: Vec<&str> = remainder
        .split(|c: char| c.is_whitespace() || SEPARATORS.contains(&c))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.len() > 6
        || words.iter().any(|w| w.chars().count() > 16)
        || remainder.contains(['，', '。', '！', '？', '；', ';'])
    {
        return None;
    }
    let mut byline = Byline {
        dates: if full {
            vec![date.as_str().trim().to_string()]
        } else {
            Vec::new()
        },
        ..Byline::default()
    };
    byline.author = REPORTER.captures(&remainder).map(|c| c[1].to_string());
    let first = words.first().copied().unwrap_or("");
    let name: String = if first.chars().any(super::rules::is_han) {
        first.to_string()
    } else {
        // "Hangzhou Daily | 12 March 2024": the Latin words before the first separator.
        before
            .split(['|', '·', '-', '—', ','])
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    };
    if !name.is_empty() && rules.is_organisation(&name) && !REPORTER.is_match(&name) {
        byline.source = Some(name);
    }
    Some(byline)
}

/// Words by which a date's label speaks of the page and its publishing.
const PAGE_WORDS: &[&str] = &[
    "page",
    "article",
    "content",
    "post",
    "story",
    "site",
    "last",
    "updated",
    "update",
    "reviewed",
    "review",
    "published",
    "posted",
    "modified",
    "revised",
    "release",
    "released",
    "issued",
    "created",
    "edited",
    "发布",
    "更新",
    "修改",
    "发表",
    "发稿",
    "日期",
    "时间",
];

/// "记者 张三 通讯员 李四", "长沙晚报全媒体记者 周琳", "文/林映彤": a short line naming
/// reporters.
fn reporter_line(rest: &str, rules: &Rules) -> Option<Byline> {
    if rest.chars().count() > 40 || has_sentence_punctuation(rest) {
        return None;
    }
    let caps = REPORTER
        .captures(rest)
        .or_else(|| SLASH_AUTHOR.captures(rest))?;
    let whole = caps.get(0)?;
    // Up to a dozen characters of outlet may precede the role ("宝安日报记者 …").
    if rest[..whole.start()].chars().count() > 12 || rest[..whole.start()].contains(' ') {
        return None;
    }
    let mut byline = Byline {
        author: Some(caps[1].to_string()),
        ..Byline::default()
    };
    let outlet = rest[..whole.start()].trim_matches(SEPARATORS);
    if !outlet.is_empty() && rules.is_organisation(outlet) {
        byline.source = Some(outlet.to_string());
    }
    byline.dates = find_dates(rest);
    Some(byline)
}

/// Print-edition lines and agency credits: "《 人民日报 》（ 2024年06月07日 11 版）",
/// "【星岛日报报道】".
fn special_forms(norm: &str) -> Option<Byline> {
    if let Some(c) = EDITION.captures(norm) {
        return Some(Byline {
            source: Some(c[1].trim().to_string()),
            dates: find_dates(norm),
            ..Byline::default()
        });
    }
    if let Some(c) = REPORTED.captures(norm) {
        return Some(Byline {
            source: Some(c[1].trim().to_string()),
            ..Byline::default()
        });
    }
    None
}

/// A value up to the first wide gap: "丽水日报  作者" → "丽水日报".
fn first_field(value: &str) -> String {
    value
        .split("  ")
        .next()
        .unwrap_or(value)
        .trim_matches(SEPARATORS)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::super::rules::normalize;
    use super::*;

    fn parse(line: &str) -> Option<Byline> {
        parse_byline(&normalize(line), &Rules::builtin().unwrap())
    }

    #[test]
    fn chinese_byline_gives_source_and_date() {
        let b = parse("来源：丽水日报　发布时间：2024-05-10 09:30").unwrap();
        assert_eq!(b.source.as_deref(), Some("丽水日报"));
        assert_eq!(b.dates, ["2024-05-10"]);
        let b = parse("所在地区: 浙江-丽水-缙云县 发布日期: 2024年5月10日").unwrap();
        assert_eq!(b.dates, ["2024年5月10日"]);
    }

    #[test]
    fn an_organisation_name_keeps_its_commas_and_points() {
        let b =
            parse("Updated: 12 March 2024 | Source: Science, Technology and Education Division")
                .unwrap();
        assert_eq!(
            b.source.as_deref(),
            Some("Science, Technology and Education Division")
        );
        let b = parse(
            "Source: Shanghai Qiyuan Biopharmaceutical Co., Ltd. | 2025-06-18 09:00 (Beijing time)",
        )
        .unwrap();
        assert_eq!(b.dates, ["2025-06-18"]);
        // A sentence after the label is still prose.
        assert!(parse(
            "Source: the bureau said on Monday, and officials agreed that clinics would open."
        )
        .is_none());
    }

    #[test]
    fn traditional_byline_is_read() {
        let b = parse("【發布時間：2023年12月01日】【來源：衛生福利部】").unwrap();
        assert_eq!(b.dates, ["2023年12月01日"]);
        assert_eq!(b.source.as_deref(), Some("卫生福利部"));
    }

    #[test]
    fn by_line_naming_where_the_reporter_filed_from() {
        let b = parse("By CHEN JING in Lanzhou | example-daily.com | Updated: 2025-01-09 14:05")
            .unwrap();
        assert_eq!(b.author.as_deref(), Some("CHEN JING"));
        assert_eq!(b.dates, ["2025-01-09"]);
        let b = parse("By Amy Hart from Cape Town").unwrap();
        assert_eq!(b.author.as_deref(), Some("Amy Hart"));
        // A sentence that starts with "By" is not a byline.
        assert!(parse("By March the clinic in Lanzhou had treated 400 patients.").is_none());
    }

    #[test]
    fn english_bylines() {
        let b = parse("Author:Guizhou Window Time:2022.09.01").unwrap();
        assert_eq!(b.author.as_deref(), Some("Guizhou Window"));
        assert_eq!(b.dates, ["2022.09.01"]);
        let b = parse("Author:质控  Addtime:2022-05-13").unwrap();
        assert_eq!(b.dates, ["2022-05-13"]);
        let b = parse("By Jennifer Adams · August 29, 2023 · 4 min read").unwrap();
        assert_eq!(b.dates, ["August 29, 2023"]);
        let b = parse("01-21 15:40 来源：深圳新闻网 作者：张蔚").unwrap();
        assert_eq!(b.source.as_deref(), Some("深圳新闻网"));
        assert_eq!(b.author.as_deref(), Some("张蔚"));
        let b = parse("钱江晚报·小时新闻记者 沈听雨 2023年11月5日").unwrap();
        assert_eq!(b.author.as_deref(), Some("沈听雨"));
        let b = parse("Hangzhou Daily | 12 March 2024").unwrap();
        assert_eq!(b.source.as_deref(), Some("Hangzhou Daily"));
        assert_eq!(
            parse("Page last reviewed: 7 February 2024").unwrap().dates,
            ["7 February 2024"]
        );
        let b = parse("《 人民日报 》（ 2024年06月07日 11 版）").unwrap();
        assert_eq!(b.source.as_deref(), Some("人民日报"));
        assert_eq!(
            parse("【星岛日报报道】").unwrap().source.as_deref(),
            Some("星岛日报")
        );
        assert_eq!(
            parse("文/林映彤 2024.02.28").unwrap().author.as_deref(),
            Some("林映彤")
        );
        let b = parse("By ZHANG SAN | chinadaily.com.cn | Updated: 2024-03-19 10:20").unwrap();
        assert_eq!(b.author.as_deref(), Some("ZHANG SAN"));
        assert_eq!(b.dates, ["2024-03-19"]);
        let b = parse("By Wang Fang | Updated: Feb 27, 2024").unwrap();
        assert_eq!(b.author.as_deref(), Some("Wang Fang"));
        assert_eq!(b.dates, ["Feb 27, 2024"]);
        // The date's own points and commas do not make the line prose.
        let b = parse("By Maria Lopez | Published Sept. 3, 2024").unwrap();
        assert_eq!(b.author.as_deref(), Some("Maria Lopez"));
        assert_eq!(b.dates, ["Sept. 3, 2024"]);
        // A size control closing the bar is no part of the source's name.
        let b = parse("Release time: 2024-05-06 08:00:00 Source: Harbour Daily Font size: [Large Middle Small]").unwrap();
        assert_eq!(b.source.as_deref(), Some("Harbour Daily"));
        assert_eq!(b.dates, ["2024-05-06"]);
        let b = parse("发布时间：2024-05-06 来源：某某日报社 【字体：大 中 小】").unwrap();
        assert_eq!(b.source.as_deref(), Some("某某日报社"));
        // Date, reading time and a reviewer's credit with a degree, between dots.
        let b = parse("Apr. 9, 2024 · 6 min read · Medically reviewed by Tom Hart, MD").unwrap();
        assert_eq!(b.dates, ["Apr. 9, 2024"]);
        let b = parse("Written by Ana Cruz | 8 min read").unwrap();
        assert_eq!(b.author.as_deref(), Some("Ana Cruz"));
        assert!(parse("Reviewed by Tom Hart, MD · Clinic opens in May").is_none());
        let b = parse("By Jane Doe and Li Wei").unwrap();
        assert_eq!(b.author.as_deref(), Some("Jane Doe and Li Wei"));
        let b = parse("Updated: 2024-03-19 10:00 | Xinhua").unwrap();
        assert_eq!(b.source.as_deref(), Some("Xinhua"));
        assert!(parse("2024年6月1日").unwrap().sign_off_date);
        assert!(!parse("2024-06-01 10:00").unwrap().sign_off_date);
        let b = parse("Updated: March 19, 2024 | Source: Xinhua").unwrap();
        assert_eq!(b.dates, ["March 19, 2024"]);
        assert_eq!(b.source.as_deref(), Some("Xinhua"));
        assert_eq!(parse("2024-03-19 10:20").unwrap().dates, ["2024-03-19"]);
    }

    #[test]
    fn dates_in_any_field_and_minguo_years() {
        let b =
            parse("来源：苏州日报　作者：记者 顾佳怡　2024-03-20 07:15:33　浏览次数：").unwrap();
        assert_eq!(b.dates, ["2024-03-20"]);
        assert_eq!(b.author.as_deref(), Some("顾佳怡"));
        assert_eq!(b.source.as_deref(), Some("苏州日报"));
        assert_eq!(parse("發布日期：112-06-30").unwrap().dates, ["2023-06-30"]);
    }

    #[test]
    fn dated_reporter_lines() {
        let b = parse("2024-03-19 10:20 健康新聞網 記者王小明／台北報導").unwrap();
        assert_eq!(b.dates, ["2024-03-19"]);
        assert_eq!(b.source.as_deref(), Some("健康新闻网"));
        assert_eq!(b.author.as_deref(), Some("王小明"));
        let b = parse("（记者 张三 通讯员 李四）").unwrap();
        assert_eq!(b.author.as_deref(), Some("张三"));
        let b = parse("Tuesday, March 19, 2024").unwrap();
        assert_eq!(b.dates, ["March 19, 2024"]);
        assert!(parse("2024年3月19日 星期二").is_some());
    }

    #[test]
    fn news_app_bylines_with_a_yearless_date() {
        let b = parse("坪山发布 3月19日 记者 吴嘉琪 文/图").unwrap();
        assert!(b.dates.is_empty(), "{:?}", b.dates);
        assert_eq!(b.author.as_deref(), Some("吴嘉琪"));
        // Without a reporter credit a yearless date opens prose or a headline.
        assert!(parse("3月19日 全市召开卫生健康工作会议").is_none());
    }

    #[test]
    fn fetch_stamps_are_not_bylines() {
        for line in [
            "[Scraped at 2023-10-13 04:12:55 UTC]",
            "Retrieved on 2024-05-11",
            "Crawled 2024-05-11T02:00:00Z",
            "【抓取时间：2024-05-11 08:00】",
        ] {
            assert!(parse(line).is_none(), "{line}");
        }
        assert!(parse("Published 2024-05-10").is_some());
    }

    #[test]
    fn prose_is_not_a_byline() {
        assert!(parse("记者从市卫健委获悉，全市已建成15分钟健康服务圈。").is_none());
        assert!(parse("2024年3月19日，市卫健委召开全市医疗质量安全工作会议").is_none());
        assert!(parse(
            "时间：3月1日至3月31日，全市各级医疗机构将开展为期一个月的义诊活动，请广大市民积极参与"
        )
        .is_none());
        assert!(parse("The source of the outbreak: contaminated water, officials said.").is_none());
        assert!(parse("By the end of 2025, every county will have a hospital.").is_none());
        assert!(parse("By December, Beijing will open 20 clinics.").is_none());
        assert!(parse("今天是：2023年10月17日 星期二").is_none());
        assert!(parse("2024年全市卫生健康工作会议召开").is_none());
        // A notice's own dated field is no byline; the page's review date is.
        assert!(parse("Date of signature of agreement: 03/02/2024").is_none());
        assert!(parse("Content last updated: 03/02/2024").is_some());
    }
}
