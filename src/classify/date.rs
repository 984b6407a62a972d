//! The page's own publication date.
//!
//! Sources in order of trust: the date strings the cleaner read from meta tags and
//! bylines ([`PageMeta::published`]), then labelled dates in the text ("发布时间：",
//! "Addtime:", "Time:", "Published:"), then a full date standing alone on a short
//! byline-like line near the top or bottom of the page, then a date in the URL
//! (`/t20240510_…`, `/2024/05/10/`). Dates labelled as written or effective (成文日期,
//! 实施日期, effective date) yield to a publication-labelled one; a news dateline
//! opening the lead ("WASHINGTON, August 15, 2024 – …") is read before the URL.
//!
//! It never invents: a date needs a year, a month and a day that exist; "Yesterday
//! (March 19)" or "11月21日" yield nothing, and neither do dates inside the story's
//! sentences ("On May 12, 2022, the director visited…"), which are event dates.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::document::PageMeta;

const MONTHS: &str = r"(?i:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))";

/// Year-month-day with `-`, `.`, `/` or 年月日 separators (spaces allowed around 年月日).
static YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9])((?:19|20)[0-9]{2})\s*(?:[-./]|\s*年\s*)([0-9]{1,2})\s*(?:[-./]|\s*月\s*)([0-9]{1,2})(?:\s*日|[^0-9]|$)",
    )
    .unwrap_or_else(|_| unreachable!())
});

/// Day Month Year: "12 March 2024", "12th Mar. 2024".
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^0-9A-Za-z])([0-9]{{1,2}})(?:st|nd|rd|th)?\s+{MONTHS}\.?,?\s+((?:19|20)[0-9]{{2}})(?:[^0-9]|$)"
    ))
    .unwrap_or_else(|_| unreachable!())
});

/// Month Day, Year: "March 3, 2023", "Nov. 21, 2023", "Mar 3 2023".
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^A-Za-z]){MONTHS}\.?\s+([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)[0-9]{{2}})(?:[^0-9]|$)"
    ))
    .unwrap_or_else(|_| unreachable!())
});

/// Compact 8-digit dates as gov sites put them in URLs: `t20240510_123.html`, `/20240510/`.
static URL_COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?:[^0-9]|$)")
        .unwrap_or_else(|_| unreachable!())
});

/// Labels that introduce a publication date in bylines, Chinese and English.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(发布时间|发布日期|发表时间|发表日期|发文日期|成文日期|印发日期|实施日期|施行日期|生效日期|更新时间|时间|日期|addtime|add time|post(?:ed)?(?:\s+on)?|publish(?:ed)?(?:\s+on)?|release(?:d)?(?:\s+on)?|effective(?:\s+date)?|in\s+force\s+from|date|time|updated?)\s*[:：]?\s*",
    )
    .unwrap_or_else(|_| unreachable!())
});

/// Day.Month.Year with dots, as European pages write it: "26.09.2023".
static DMY_DOTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9.])([0-9]{1,2})\.([0-9]{1,2})\.((?:19|20)[0-9]{2})(?:[^0-9.]|$)")
        .unwrap_or_else(|_| unreachable!())
});

/// Day/Month/Year or Month/Day/Year with slashes ("14/06/2024", "6/14/2024"): read
/// only when one of the two numbers cannot be a month, since both orders are in use.
static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9/])([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9]{2})(?:[^0-9/]|$)")
        .unwrap_or_else(|_| unreachable!())
});

/// Labels of the date a document was written or takes effect, not when the page
/// published it: a page that carries both (成文日期 and 发布日期) is dated by the
/// publication label, and these count only when no other labelled date exists.
static NOT_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(发文日期|成文日期|印发日期|实施日期|施行日期|生效日期|effective|in\s+force)")
        .unwrap_or_else(|_| unreachable!())
});

/// A news dateline opening the lead: "WASHINGTON, August 15, 2024 – The…",
/// "Basel, 12 June 2024 - Novantis…": a capitalised place, a comma, the date, then
/// a dash (an agency credit in brackets may sit before it).
static LEAD_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Za-z.' ]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?,\s*([^,()–—-]{6,30}?,?\s*[0-9]{4})\s*(?:\([A-Za-z ]{2,30}\)\s*)?(?:-{1,2}|–|—)\s")
        .unwrap_or_else(|_| unreachable!())
});

/// A Republic of China (Minguo) date as Taiwan pages write it after a label:
/// "112-06-30", "112/6/30", "民国112年6月30日" (year + 1911). Read only after a date
/// label or the 民国 prefix: a bare "112-06-30" could be anything.
static ROC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:民国\s*)?(1[0-4][0-9]|[89][0-9])\s*(?:[-./]|\s*年\s*)([0-9]{1,2})\s*(?:[-./]|\s*月\s*)([0-9]{1,2})(?:\s*日|[^0-9]|$)")
        .unwrap_or_else(|_| unreachable!())
});

/// Words that mark a line as a byline (author, outlet, views) rather than prose.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(^by\s|记者|来源|作者|发表于|发布于|编辑|责编|浏览|阅读|点击|source|author|editor|views|reporter|\||·|updated|min read)",
    )
    .unwrap_or_else(|_| unreachable!())
});

/// Byline words proper (no separators), for lines the cleaner removed.
static BYLINE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(^by\s|记者|来源|作者|发表于|发布于|编辑|责编|浏览|source:|author:|editor:|reporter)",
    )
    .unwrap_or_else(|_| unreachable!())
});

/// Time of day, removed before judging how much of a line the date is.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:am|pm)?")
        .unwrap_or_else(|_| unreachable!())
});

/// The publication date of a page, or `None` when it states no full date.
///
/// `removed` is the chrome the cleaner took out: its labelled bylines ("发布时间：…")
/// are trusted after the article's own, its other dates (related headlines) never.
pub fn published(
    meta: &PageMeta,
    title: Option<&str>,
    text: &str,
    removed: &[&str],
) -> Option<NaiveDate> {
    let lines: Vec<&str> = title
        .into_iter()
        .chain(text.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let removed_lines: Vec<&str> = removed
        .iter()
        .flat_map(|r| r.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let from_meta: Vec<NaiveDate> = meta
        .published
        .iter()
        .filter_map(|s| first_date(s))
        .collect();
    if let Some(&first) = from_meta.first() {
        // Several candidates (成文日期 and 发布日期 both read from a document's
        // header): the one the page labels as published wins.
        let published_label = lines
            .iter()
            .chain(&removed_lines)
            .flat_map(|l| publication_labelled(l))
            .find(|d| from_meta.contains(d));
        return Some(published_label.unwrap_or(first));
    }
    // A written or effective date (成文日期, 实施日期) is kept aside: it dates the page
    // only when no publication-labelled date follows anywhere.
    let mut fallback: Option<NaiveDate> = None;
    // A labelled date anywhere: bylines may sit at the top or the bottom of a page.
    for line in &lines {
        for label in LABEL.find_iter(line) {
            if !label.as_str().contains([':', '：']) && !starts_field(&line[..label.start()]) {
                // "will be published by September 1, 2024" is prose, not a byline.
                continue;
            }
            if let Some(d) = leading_date(&line[label.end()..]) {
                if !NOT_PUBLISHED.is_match(label.as_str()) {
                    return Some(d);
                }
                fallback = fallback.or(Some(d));
            }
        }
    }
    // The cleaner's removed bylines, labelled ("发布时间：…") or signed ("来源：… 作者：…
    // 2024-03-20"); never the dates of removed related-headline lists.
    for line in &removed_lines {
        for label in LABEL.find_iter(line) {
            if !label.as_str().contains([':', '：']) && !starts_field(&line[..label.start()]) {
                continue;
            }
            if let Some(d) = leading_date(&line[label.end()..]) {
                if !NOT_PUBLISHED.is_match(label.as_str()) {
                    return Some(d);
                }
                fallback = fallback.or(Some(d));
            }
        }
        if BYLINE_WORDS.is_match(line) {
            if let Some(d) = dateline(line) {
                return Some(d);
            }
        }
    }
    if fallback.is_some() {
        return fallback;
    }
    // An unlabelled full date on a dateline: a short line that is mostly the date, or
    // a byline ("By … | March 3, 2023", "记者 … 2024-09-05"), not a sentence of the story.
    // Then a news dateline opening one of the first lines of the story.
    lines
        .iter()
        .find_map(|l| dateline(l))
        .or_else(|| {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .take(3)
                .find_map(lead_dateline)
        })
        .or_else(|| meta.url.as_deref().and_then(url_date))
}

/// The date of a news dateline at the start of a lead sentence, `None` when the
/// line does not open with one or its date has no year ("BEIJING, March 3 (Xinhua) --").
fn lead_dateline(line: &str) -> Option<NaiveDate> {
    let c = LEAD_DATELINE.captures(line)?;
    let date = c.get(1)?.as_str();
    let (d, at) = first_date_with_pos(date)?;
    (at == 0).then_some(d)
}

/// The dates a line gives after a publication label (发布日期：, Published:), not
/// after a written or effective one.
fn publication_labelled(line: &str) -> Vec<NaiveDate> {
    LABEL
        .find_iter(line)
        .filter(|l| l.as_str().contains([':', '：']) || starts_field(&line[..l.start()]))
        .filter(|l| !NOT_PUBLISHED.is_match(l.as_str()))
        .filter_map(|l| leading_date(&line[l.end()..]))
        .collect()
}

/// Whether a label without a colon stands where a byline field starts: at the
/// start of the line or after a separator.
fn starts_field(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty()
        || before.ends_with(['|', '·', '/', '丨', '】', ']', ')', '）'])
        || before.ends_with(super::lexicon::is_cjk)
}

/// The date of a dateline or byline, `None` for prose and long lines.
fn dateline(line: &str) -> Option<NaiveDate> {
    if line.chars().count() > 80 || looks_like_sentence(line) {
        return None;
    }
    let (d, at) = first_date_with_pos(line)?;
    let rest = CLOCK.replace_all(line, "");
    let rest: String = rest.chars().filter(|c| !c.is_ascii_digit()).collect();
    let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    // A bare date leaves only month names and 年月日 behind.
    // A date opening the line ("2023-10-16 08:05 BioPharma Weekly", "Bern, 26.09.2023 -")
    // is a dateline too.
    (at <= 12 || letters <= 12 || BYLINE.is_match(line)).then_some(d)
}

/// Whether a line reads as prose (sentence punctuation) rather than a byline.
fn looks_like_sentence(line: &str) -> bool {
    line.contains('，') || line.contains('。') || line.split_whitespace().count() > 12
}

/// A date at the very start of `s` (after a label), allowing a short gap.
fn leading_date(s: &str) -> Option<NaiveDate> {
    let head: String = s.chars().take(40).collect();
    if let Some(d) = first_date_with_pos(&head).filter(|d| d.1 <= 4) {
        return Some(d.0);
    }
    roc_date(&super::lexicon::normalise_script(&head))
}

/// A Minguo date at the start of `s`, converted to the common era.
fn roc_date(s: &str) -> Option<NaiveDate> {
    let c = ROC.captures(s)?;
    let y: i32 = c[1].parse().ok()?;
    ymd(&(y + 1911).to_string(), &c[2], &c[3])
}

/// The first valid full date in `s`, in any supported format.
pub fn first_date(s: &str) -> Option<NaiveDate> {
    first_date_with_pos(s).map(|(d, _)| d)
}

fn first_date_with_pos(s: &str) -> Option<(NaiveDate, usize)> {
    let s = super::lexicon::normalise_script(s);
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    for c in YMD.captures_iter(&s) {
        if let (Some(all), Some(d)) = (c.get(1), ymd(&c[1], &c[2], &c[3])) {
            found.push((all.start(), d));
        }
    }
    for c in DMY.captures_iter(&s) {
        if let (Some(all), Some(m)) = (c.get(1), month(&c[2])) {
            if let Some(d) = ymd(&c[3], &m.to_string(), &c[1]) {
                found.push((all.start(), d));
            }
        }
    }
    for c in MDY.captures_iter(&s) {
        if let (Some(all), Some(m)) = (c.get(1), month(&c[1])) {
            if let Some(d) = ymd(&c[3], &m.to_string(), &c[2]) {
                found.push((all.start(), d));
            }
        }
    }
    for c in DMY_DOTS.captures_iter(&s) {
        if let (Some(all), Some(d)) = (c.get(1), ymd(&c[3], &c[2], &c[1])) {
            found.push((all.start(), d));
        }
    }
    for c in SLASHED.captures_iter(&s) {
        let (Some(all), Ok(a), Ok(b)) = (c.get(1), c[1].parse::<u32>(), c[2].parse::<u32>()) else {
            continue;
        };
        let date = match (a > 12, b > 12) {
            (true, false) => ymd(&c[3], &c[2], &c[1]),
            (false, true) => ymd(&c[3], &c[1], &c[2]),
            _ if a == b => ymd(&c[3], &c[1], &c[2]),
            _ => None,
        };
        if let Some(d) = date {
            found.push((all.start(), d));
        }
    }
    found.sort_by_key(|&(pos, _)| pos);
    found.first().map(|&(pos, d)| (d, s[..pos].chars().count()))
}

fn url_date(url: &str) -> Option<NaiveDate> {
    if let Some(d) = YMD.captures(url).and_then(|c| ymd(&c[1], &c[2], &c[3])) {
        return Some(d);
    }
    URL_COMPACT
        .captures(url)
        .and_then(|c| ymd(&c[1], &c[2], &c[3]))
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    let d: u32 = d.parse().ok()?;
    if !(1990..=2099).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month(name: &str) -> Option<u32> {
    let n = name.to_ascii_lowercase();
    let idx = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|p| n.starts_with(p))?;
    u32::try_from(idx + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn from_text(text: &str) -> Option<NaiveDate> {
        published(&PageMeta::default(), None, text, &[])
    }

    #[test]
    fn parses_the_formats_pages_use() {
        for (s, want) in [
            ("2024年5月10日", d(2024, 5, 10)),
            ("2024 年 5 月 10 日", d(2024, 5, 10)),
            ("2022.09.01", d(2022, 9, 1)),
            ("2022-05-13", d(2022, 5, 13)),
            ("Addtime:2022-05-13", d(2022, 5, 13)),
            ("发布时间：2023-11-21 10:32", d(2023, 11, 21)),
            ("2024/3/5", d(2024, 3, 5)),
            ("12 March 2024", d(2024, 3, 12)),
            ("12th Mar. 2024", d(2024, 3, 12)),
            ("March 3, 2023", d(2023, 3, 3)),
            ("Nov. 21, 2023", d(2023, 11, 21)),
            ("Updated: Sept 9 2021 08:00", d(2021, 9, 9)),
            ("２０２３－１１－２１", d(2023, 11, 21)),
            (
                "Bern, 26.09.2023 - Federal Office of Public Health",
                d(2023, 9, 26),
            ),
        ] {
            assert_eq!(first_date(s), want, "{s}");
        }
    }

    /// Slashed dates are read when the order is plain from the numbers, and never
    /// guessed when both could be a month.
    #[test]
    fn slashed_dates_only_when_unambiguous() {
        assert_eq!(
            from_text("Posted 14/06/2024 by the hospital"),
            d(2024, 6, 14)
        );
        assert_eq!(from_text("Updated 6/14/2024"), d(2024, 6, 14));
        assert_eq!(from_text("Posted 05/06/2024"), None);
        assert_eq!(from_text("Posted 31/02/2024"), None);
    }

    #[test]
    fn invalid_or_partial_dates_are_not_dates() {
        for s in [
            "2023-02-30",
            "2023-13-01",
            "Yesterday (March 19), the city held a meeting",
            "11月21日，全市召开推进会",
            "On November 21, Changzhou hosted the conference",
            "电话 0519-85685023",
            "3204000002",
            "1850-01-01",
            "v1.2.3",
            "31.02.2023",
        ] {
            assert_eq!(first_date(s), None, "{s}");
        }
    }

    #[test]
    fn meta_candidates_come_first_in_order() {
        let meta = PageMeta {
            published: vec![
                "not a date".into(),
                "2024-05-10".into(),
                "2020-01-01".into(),
            ],
            ..PageMeta::default()
        };
        let text = "发布时间：2023-11-21\n正文";
        assert_eq!(published(&meta, None, text, &[]), d(2024, 5, 10));
    }

    #[test]
    fn labelled_byline_beats_story_dates() {
        let text = "On the afternoon of May 12, 2022, the director visited the association and spoke.\nAuthor:质控  Addtime:2022-05-13";
        assert_eq!(from_text(text), d(2022, 5, 13));
        let text = "Liupanshui leaders visited Shuicheng\nAuthor:Guizhou Window Time:2022.09.01\nOn September 1, the deputy mayor went.";
        assert_eq!(from_text(text), d(2022, 9, 1));
    }

    #[test]
    fn story_sentence_dates_are_not_publication_dates() {
        let text = "会议指出，2024年5月10日前各地要完成部署，确保工作落实到位。\n其余内容。";
        assert_eq!(from_text(text), None);
        let text = "In a long sentence the report noted that on March 3, 2023, the commission had begun a review of the hospitals in the province.";
        assert_eq!(from_text(text), None);
    }

    #[test]
    fn no_year_no_date() {
        let text = "Yesterday (March 19), the city held a health Suzhou Construction Promotion Conference.\nOn November 21, Changzhou hosted the Healthcare Promotion Conference.";
        assert_eq!(from_text(text), None);
    }

    #[test]
    fn dateline_on_its_own_line() {
        assert_eq!(from_text("标题\n2024-03-05\n正文。"), d(2024, 3, 5));
        assert_eq!(from_text("Title\n12 March 2024\nBody."), d(2024, 3, 12));
    }

    #[test]
    fn bylines_anywhere_but_not_prose_or_related_headlines() {
        let text = "Home | News | Health\nShenzhen cuts prices\nMenu\nSearch\nLogin\nMore\nEven more\nBy Liu Xiaoming | March 3, 2023\nThe city said on Friday.";
        assert_eq!(from_text(text), d(2023, 3, 3));
        assert_eq!(
            from_text("x\n2023-10-16 08:05  BioPharma China Weekly\nBody."),
            d(2023, 10, 16)
        );
        assert_eq!(
            from_text("健康苏州 2023-08-29 17:30 发表于江苏\n正文。"),
            d(2023, 8, 29)
        );
        assert_eq!(
            from_text("导航\n\n\n\n\n\n\n四川日报全媒体记者 李寰 2024-09-05 06:55\n正文。"),
            d(2024, 9, 5)
        );
        let text = "Prices fall.\nNegotiated prices will be published by September 1, 2024, the agency said.";
        assert_eq!(from_text(text), None);
        let removed = [
            "相关新闻 2024-01-05 某市召开卫生健康工作会议",
            "发布时间：2023-11-21 10:32",
        ];
        assert_eq!(
            published(&PageMeta::default(), None, "正文没有日期。", &removed),
            d(2023, 11, 21)
        );
        assert_eq!(
            published(&PageMeta::default(), None, "正文没有日期。", &removed[..1]),
            None
        );
        let removed = [
            "· 市卫健委召开2024年全市卫生健康工作会议 2024-01-05",
            "来源：苏州日报　作者：记者 顾佳怡　2024-03-20 07:15:33　浏览次数：",
        ];
        assert_eq!(
            published(&PageMeta::default(), None, "正文没有日期。", &removed),
            d(2024, 3, 20)
        );
    }

    #[test]
    fn publication_label_beats_written_and_effective_dates() {
        let page = "索引号：2024-00214\n成文日期：2024年03月12日\n发布日期：2024年03月15日\n正文";
        assert_eq!(from_text(page), d(2024, 3, 15));
        let page = "实施日期：2024-05-01\n发布时间：2024-04-02 10:00\n正文";
        assert_eq!(from_text(page), d(2024, 4, 2));
        let page = "Effective date: 1 July 2024\nPublished: 3 June 2024\nText";
        assert_eq!(from_text(page), d(2024, 6, 3));
        // Alone, the written date is the best the page offers.
        assert_eq!(from_text("成文日期：2024年03月12日\n正文"), d(2024, 3, 12));
    }

    #[test]
    fn meta_candidates_yield_to_the_publication_labelled_one() {
        let meta = PageMeta {
            published: vec!["2024年03月12日".into(), "2024年03月15日".into()],
            ..PageMeta::default()
        };
        let removed = ["成文日期：\t2024年03月12日", "发布日期：\t2024年03月15日"];
        assert_eq!(published(&meta, None, "正文", &removed), d(2024, 3, 15));
        // Without a label to say which, the first meta candidate stands.
        assert_eq!(published(&meta, None, "正文", &[]), d(2024, 3, 12));
    }

    #[test]
    fn minguo_dates_after_a_label() {
        assert_eq!(from_text("發布日期：112-06-30\n正文"), d(2023, 6, 30));
        assert_eq!(from_text("发布时间：民國113年1月5日\n正文"), d(2024, 1, 5));
        // Unlabelled, "112-06-30" is not a date.
        assert_eq!(from_text("编号 112-06-30"), None);
        assert_eq!(from_text("发布日期：112-13-30\n正文"), None);
    }

    #[test]
    fn lead_datelines_are_read_but_need_a_year() {
        assert_eq!(
            from_text("WASHINGTON, August 15, 2024 - The federal government today announced the prices it negotiated with drugmakers for the first ten drugs."),
            d(2024, 8, 15)
        );
        assert_eq!(
            from_text("Basel, 12 June 2024 – Novantis today announced that its Phase III trial of velutide met its primary endpoint in adults."),
            d(2024, 6, 12)
        );
        assert_eq!(
            from_text("GENEVA, Switzerland, 3 May 2024 (WHO) -- Member states agreed today on a long list of measures for the health workforce."),
            d(2024, 5, 3)
        );
        assert_eq!(
            from_text("BEIJING, March 3 (Xinhua) -- China will further expand the coverage of its basic medical insurance scheme this year, officials said."),
            None
        );
        // A date inside the story is not a dateline.
        assert_eq!(
            from_text("The minister said that on August 15, 2024 - a Thursday - the new prices were announced to the public and to drugmakers."),
            None
        );
    }

    #[test]
    fn url_date_is_the_last_resort() {
        let meta = PageMeta {
            url: Some("http://wsjkw.example.gov.cn/art/t20240510_2345.html".into()),
            ..PageMeta::default()
        };
        assert_eq!(
            published(&meta, None, "正文，无日期。", &[]),
            d(2024, 5, 10)
        );
        let meta = PageMeta {
            url: Some("https://example.org/news/2023/11/21/story".into()),
            ..PageMeta::default()
        };
        assert_eq!(published(&meta, None, "Body.", &[]), d(2023, 11, 21));
    }
}
