//! How text is put into, and looked up in, the FTS5 index.
//!
//! FTS5's `trigram` tokenizer cannot match Chinese words shorter than three characters
//! (医保, 疫苗), and `unicode61` treats a whole run of ideographs as one token. So runs of
//! CJK characters are rewritten as overlapping bigrams plus the run's last character
//! (医疗保险 → `医疗 疗保 保险 险`) before indexing, with traditional characters folded to
//! simplified; a Chinese query term becomes the phrase of its bigrams, which matches
//! exactly where the characters stand next to each other. Latin text passes through to
//! the `porter unicode61` tokenizer, so English words are matched with stemming.

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

fn bigrams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    let mut out: Vec<String> = chars.windows(2).map(|w| w.iter().collect()).collect();
    if let Some(last) = chars.last() {
        out.push(last.to_string());
    }
    out
}

/// Folds traditional Chinese to simplified so that either script finds both.
fn fold(text: &str) -> String {
    zhconv::zhconv(text, zhconv::Variant::ZhHans)
}

/// The form of `text` that goes into the index.
pub fn index_text(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len() * 3);
    for (cjk, run) in runs(&folded) {
        if cjk {
            out.push(' ');
            out.push_str(&bigrams(&run).join(" "));
            out.push(' ');
        } else {
            out.push_str(&run);
        }
    }
    out
}

/// An FTS5 string literal.
fn quote(token: &str) -> String {
    format!("\"{}\"", token.replace('"', "\"\""))
}

/// Turns what a user typed into an FTS5 MATCH expression: every whitespace-separated
/// term must match (AND); a Chinese term matches as a phrase of its bigrams; a single
/// Chinese character matches as a prefix. Returns `None` when nothing searchable is left.
pub fn match_expression(query: &str) -> Option<String> {
    let folded = fold(query);
    let mut clauses = Vec::new();
    for term in folded.split_whitespace() {
        let mut tokens: Vec<String> = Vec::new();
        for (cjk, run) in runs(term) {
            if cjk {
                if run.chars().count() == 1 {
                    clauses.push(format!("{}*", quote(&run)));
                } else {
                    let chars: Vec<char> = run.chars().collect();
                    tokens.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
                }
            } else {
                tokens.extend(
                    run.split(|c: char| !c.is_alphanumeric())
                        .filter(|word| !word.is_empty())
                        .map(str::to_lowercase),
                );
            }
        }
        if !tokens.is_empty() {
            clauses.push(quote(&tokens.join(" ")));
        }
    }
    (!clauses.is_empty()).then(|| clauses.join(" AND "))
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
    fn traditional_is_folded() {
        assert!(index_text("醫保").contains("医保"));
        assert_eq!(
            match_expression("醫療保險").as_deref(),
            Some("\"医疗 疗保 保险\"")
        );
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
}
