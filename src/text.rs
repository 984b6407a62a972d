//! Script folding shared by the cleaner, the classifier and the search index, so that
//! a rule, a lexicon entry and a query each match every form a page may use:
//! full-width ASCII (ＣＯＶＩＤ－１９) and traditional characters (醫保) fold to the
//! half-width, simplified forms. Each caller adds its own extra folds on top (quotes
//! for lexicons, trimming for rule lines); this module holds only what they share.

/// Han ideographs: the basic block, extension A and the compatibility ideographs.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Full-width ASCII to ASCII and the ideographic space to a space; one character for
/// one, so positions in the text survive.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Traditional Chinese to simplified with zhconv's maintained tables. Text without
/// Han characters is returned as is: the conversion is the costly part of folding.
pub fn to_simplified(text: &str) -> String {
    if text.chars().any(is_han) {
        zhconv::zhconv(text, zhconv::Variant::ZhHans)
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_and_script() {
        let folded: String = "ＣＯＶＩＤ－１９\u{3000}醫療"
            .chars()
            .map(fold_width)
            .collect();
        assert_eq!(to_simplified(&folded), "COVID-19 医疗");
        assert_eq!(to_simplified("plain text"), "plain text");
        assert!(is_han('醫') && is_han('\u{F900}') && !is_han('あ') && !is_han('A'));
    }
}
