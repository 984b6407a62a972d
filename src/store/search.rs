//! How text is put into, and looked up in, the FTS5 index, and how a result's snippet
//! is chosen.
//!
//! FTS5's `trigram` tokenizer cannot match Chinese words shorter than three characters
//! (医保, 疫苗), and `unicode61` treats a whole run of ideographs as one token. So runs of
//! CJK characters are rewritten as overlapping bigrams plus the run's last character
//! (医疗保险 → `医疗 疗保 保险 险`) before indexing, with traditional characters folded to
//! simplified; a Chinese query term becomes the phrase of its bigrams, which matches
//! exactly where the characters stand next to each other. Latin text passes through to
//! the `porter unicode61` tokenizer, so English words are matched with stemming. The
//! same folding is applied to queries, so 醫保 finds 医保 and 医保 finds 醫保.
//!
//! What users type is parsed here, never handed to FTS5: every term becomes a quoted
//! FTS5 string, so quotes, `*`, `NEAR(`, `-` or `:` can never cause a syntax error.
//! Supported: words (all must match), `"quoted phrases"`, `OR` between terms, and
//! `-term` or `NOT term` to exclude. This module does not run SQL.

/// True for the ideographs and kana that are written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}' | '\u{3040}'..='\u{30FF}')
}

/// Splits `text` into runs of CJK and non-CJK characters.
fn runs(text: &str) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    for c in text.chars() {
        let cjk = is_cjk(c);
        match out.last_mut() {
            Some((kind, run)) if *kind == cjk => run.push(c),
            _ => out.push((cjk, c.to_string())),
        }
    }
    out
}

fn pairs(chars: &[char]) -> impl Iterator<Item = String> + '_ {
    chars.windows(2).map(|w| w.iter().collect())
}

/// Folds traditional Chinese to simplified so that either script finds both, and
/// fullwidth Latin letters and digits (ＣＯＶＩＤ－１９, ２０２４) to ASCII, as Chinese
/// pages often write them. Both keep one character for one, so positions survive.
pub(crate) fn fold(text: &str) -> String {
    let text: String = text.chars().map(crate::text::fold_width).collect();
    crate::text::to_simplified(&text)
}

/// The form of `text` that goes into the index.
pub fn index_text(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len() * 3);
    for (cjk, run) in runs(&folded) {
        if cjk {
            let chars: Vec<char> = run.chars().collect();
            out.push(' ');
            for pair in pairs(&chars) {
                out.push_str(&pair);
                out.push(' ');
            }
            if let Some(last) = chars.last() {
                out.push(*last);
            }
            out.push(' ');
        } else {
            out.push_str(&run);
        }
    }
    out
}

/// An FTS5 string literal: the only way user text reaches a MATCH expression.
fn quote(token: &str) -> String {
    format!("\"{}\"", token.replace('"', "\"\""))
}

/// A parsed search, ready for SQL.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    /// What must match (FTS5 MATCH syntax), if anything.
    pub include: Option<String>,
    /// What must not match (FTS5 MATCH syntax), if anything.
    pub exclude: Option<String>,
    /// The folded, lower-cased words and CJK runs the user asked for, used to place
    /// the snippet.
    pub needles: Vec<String>,
}

/// One term or phrase as the user typed it.
#[derive(Debug, Clone, PartialEq)]
enum Item {
    Term { text: String, negated: bool },
    Or,
}

/// Splits input into terms, quoted phrases, `OR` and negations. Never fails: an
/// unterminated quote runs to the end of the input.
fn lex(input: &str) -> Vec<Item> {
    let mut items = Vec::new();
    let mut chars = input.chars().peekable();
    let mut negate_next = false;
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut negated = std::mem::take(&mut negate_next);
        if c == '-' {
            chars.next();
            if chars.peek().is_some_and(|n| !n.is_whitespace()) {
                negated = true;
            } else {
                continue;
            }
        }
        let text: String = if chars.peek() == Some(&'"') {
            chars.next();
            let mut phrase = String::new();
            for c in chars.by_ref() {
                if c == '"' {
                    break;
                }
                phrase.push(c);
            }
            phrase
        } else {
            let mut word = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                word.push(c);
                chars.next();
            }
            match word.as_str() {
                "OR" | "|" => {
                    items.push(Item::Or);
                    continue;
                }
                "AND" | "&" => continue,
                "NOT" => {
                    negate_next = true;
                    continue;
                }
                _ => word,
            }
        };
        items.push(Item::Term { text, negated });
    }
    items
}

/// The FTS5 phrase for one term or quoted phrase, and its needles; `None` when
/// nothing searchable is left (punctuation only).
fn phrase(text: &str) -> Option<(String, Vec<String>)> {
    let folded = fold(text);
    let mut segments: Vec<(bool, String)> = Vec::new();
    for word in folded.split_whitespace() {
        for (cjk, run) in runs(word) {
            if cjk {
                segments.push((true, run));
            } else {
                segments.extend(
                    run.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(|w| (false, w.to_lowercase())),
                );
            }
        }
    }
    let last = segments.len().checked_sub(1)?;
    let mut tokens: Vec<String> = Vec::new();
    let mut prefix = false;
    for (index, (cjk, run)) in segments.iter().enumerate() {
        if !cjk {
            tokens.push(run.clone());
            continue;
        }
        let chars: Vec<char> = run.chars().collect();
        tokens.extend(pairs(&chars));
        if index == last {
            // The document's run may go on (医保 inside 医保局): bigrams alone match it.
            // A lone character matches as the prefix of its bigram.
            if chars.len() == 1 {
                tokens.push(run.clone());
                prefix = true;
            }
        } else if let Some(c) = chars.last() {
            // Something else follows in the query, so the run ends here in the document
            // too, where the index holds the run's last character on its own.
            tokens.push(c.to_string());
        }
    }
    let needles = segments.into_iter().map(|(_, run)| run).collect();
    let mut expression = quote(&tokens.join(" "));
    if prefix {
        expression.push('*');
    }
    Some((expression, needles))
}

/// Parses what a user typed into a search. Terms are ANDed; `a OR b` matches either;
/// `-a` and `NOT a` exclude. Returns `None` when nothing searchable is left.
pub fn parse(input: &str) -> Option<Search> {
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut excluded: Vec<String> = Vec::new();
    let mut needles = Vec::new();
    let mut join_next = false;
    for item in lex(input) {
        match item {
            Item::Or => join_next = !groups.is_empty(),
            Item::Term { text, negated } => {
                let Some((expression, words)) = phrase(&text) else {
                    continue;
                };
                if negated {
                    excluded.push(expression);
                    continue;
                }
                needles.extend(words);
                match groups.last_mut() {
                    Some(group) if join_next => group.push(expression),
                    _ => groups.push(vec![expression]),
                }
                join_next = false;
            }
        }
    }
    let include = (!groups.is_empty()).then(|| {
        groups
            .iter()
            .map(|group| match group.as_slice() {
                [one] => one.clone(),
                many => format!("({})", many.join(" OR ")),
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    });
    let exclude = (!excluded.is_empty()).then(|| excluded.join(" OR "));
    (include.is_some() || exclude.is_some()).then_some(Search {
        include,
        exclude,
        needles,
    })
}

/// The MATCH expression for `query`, or `None` if nothing searchable is left.
/// Kept for callers that only need the positive part.
pub fn match_expression(query: &str) -> Option<String> {
    parse(query).and_then(|search| search.include)
}

/// About this many characters of text around the first match.
pub const SNIPPET_CHARS: usize = 160;

/// A one-line excerpt of `text` around the first place one of `needles` occurs (in
/// either script, any case), or the start of the text when none does.
pub fn snippet(text: &str, needles: &[String]) -> String {
    let original: Vec<char> = text.chars().collect();
    let folded: Vec<char> = fold(text)
        .chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect();
    // zhconv maps characters one to one almost always; where it did not, show the
    // folded text rather than misplace the window.
    let shown: Vec<char> = if folded.len() == original.len() {
        original
    } else {
        fold(text).chars().collect()
    };
    let at = needles
        .iter()
        .filter_map(|needle| find_needle(&folded, needle))
        .min();
    let start = match at {
        None => 0,
        Some(at) => {
            // Start at the sentence or line the match is in, when that is near.
            let earliest = at.saturating_sub(40);
            (earliest..at)
                .rev()
                .find(|&i| matches!(shown[i], '\n' | '。' | '！' | '？' | '；'))
                .map(|i| i + 1)
                .unwrap_or(earliest)
        }
    };
    let end = (start + SNIPPET_CHARS).min(shown.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let body: String = shown[start..end].iter().collect();
    out.push_str(body.split_whitespace().collect::<Vec<_>>().join(" ").trim());
    if end < shown.len() {
        out.push('…');
    }
    out
}

/// Where `needle` first occurs in `haystack`; English words also match by their stem
/// (the index stems with porter, so `vaccines` finds `vaccine`).
fn find_needle(haystack: &[char], needle: &str) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    if needle.is_empty() {
        return None;
    }
    let find = |n: &[char]| haystack.windows(n.len()).position(|w| w == n);
    find(&needle).or_else(|| {
        let latin = needle.iter().all(|c| c.is_ascii_alphanumeric());
        (latin && needle.len() > 4)
            .then(|| find(&needle[..(needle.len() - 3).max(4)]))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_runs_become_bigrams() {
        assert_eq!(
            index_text("推进医保改革")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["推进", "进医", "医保", "保改", "改革", "革"]
        );
        assert_eq!(
            index_text("COVID疫苗 plan")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["COVID", "疫苗", "苗", "plan"]
        );
    }

    #[test]
    fn traditional_is_folded_both_ways() {
        assert!(index_text("醫保").contains("医保"));
        assert_eq!(
            match_expression("醫療保險").as_deref(),
            Some("\"医疗 疗保 保险\"")
        );
        assert_eq!(match_expression("医保"), match_expression("醫保"));
    }

    #[test]
    fn query_terms_are_anded_phrases() {
        assert_eq!(
            match_expression("医保 public-health").as_deref(),
            Some("\"医保\" AND \"public health\"")
        );
        assert_eq!(match_expression("药").as_deref(), Some("\"药\"*"));
        assert_eq!(match_expression("  \"  "), None);
    }

    #[test]
    fn fullwidth_latin_and_digits_match_ascii() {
        assert!(index_text("ＣＯＶＩＤ－１９疫苗").starts_with("COVID-19 疫苗"));
        assert_eq!(match_expression("ＣＯＶＩＤ"), match_expression("covid"));
        assert_eq!(
            snippet("接种ＣＯＶＩＤ疫苗", &["covid".into()]),
            "接种ＣＯＶＩＤ疫苗"
        );
    }

    #[test]
    fn mixed_terms_follow_the_index_layout() {
        // Index: 疫苗 苗接 接种 种 COVID; the run ends before COVID, so the query keeps 种.
        assert_eq!(
            match_expression("疫苗接种COVID").as_deref(),
            Some("\"疫苗 苗接 接种 种 covid\"")
        );
        assert_eq!(
            match_expression("COVID疫苗").as_deref(),
            Some("\"covid 疫苗\"")
        );
        assert_eq!(match_expression("2024年").as_deref(), Some("\"2024 年\"*"));
    }

    #[test]
    fn operators_phrases_and_negation() {
        let search = parse("医保 OR 疫苗 -广告 \"public health\"").unwrap();
        assert_eq!(
            search.include.as_deref(),
            Some("(\"医保\" OR \"疫苗\") AND \"public health\"")
        );
        assert_eq!(search.exclude.as_deref(), Some("\"广告\""));
        let only_not = parse("NOT vaccine").unwrap();
        assert_eq!(only_not.include, None);
        assert_eq!(only_not.exclude.as_deref(), Some("\"vaccine\""));
    }

    #[test]
    fn hostile_input_is_always_quoted() {
        for input in [
            "\"",
            "AND",
            "OR",
            "NOT",
            "*",
            "NEAR(",
            "NEAR(a b",
            "-",
            "--",
            "a\"b",
            "title:x",
            "^x",
            "(a OR",
            "a + b",
            "'; DROP TABLE documents; --",
            "\u{0}",
        ] {
            if let Some(search) = parse(input) {
                for expr in search.include.iter().chain(search.exclude.iter()) {
                    // Every user character sits inside a "…" literal: strip the literals and
                    // only our own operators may remain.
                    let mut rest = String::new();
                    let mut inside = false;
                    for c in expr.chars() {
                        if c == '"' {
                            inside = !inside;
                        } else if !inside {
                            rest.push(c);
                        }
                    }
                    let rest = rest.replace(" AND ", "").replace(" OR ", "");
                    assert!(
                        rest.chars().all(|c| matches!(c, '(' | ')' | '*')),
                        "{input:?} gave {expr:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn snippet_centres_on_first_match() {
        let text = format!(
            "{}\n第二段提到医保支付方式改革。",
            "开头的内容。".repeat(60)
        );
        let snip = snippet(&text, &["医保".into()]);
        assert!(snip.starts_with('…'), "{snip}");
        assert!(snip.contains("医保支付"), "{snip}");
        // Traditional text found by a simplified needle, and shown as written.
        let snip = snippet("本市醫保改革", &["医保".into()]);
        assert_eq!(snip, "本市醫保改革");
        // English by stem, any case.
        let long = format!("{} Vaccine rollout begins.", "word ".repeat(80));
        assert!(snippet(&long, &["vaccines".into()]).contains("Vaccine rollout"));
        // No match: the start of the text.
        assert!(snippet("abc def", &["zzz".into()]).starts_with("abc"));
    }
}
