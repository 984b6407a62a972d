//! Bytes to Unicode: detects the encoding of a scraped page and normalises line endings.
//!
//! Order of evidence: a byte-order mark; then "is it valid UTF-8" (a strong signal for
//! any non-ASCII text, and sites often declare `gb2312` in a meta tag while serving
//! UTF-8); then the HTML `<meta charset>` declaration if it decodes cleanly; then
//! chardetng's statistical guess. Binary files and text that decodes to mostly
//! replacement characters are errors with a reason, never junk rows.
//!
//! This module does not guess the language or strip markup; that is the cleaner's job.

use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use regex::bytes::Regex;

use crate::document::{Decoded, Format, RawDoc};

/// Why a page could not be turned into text.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is binary ({kind}), not a text or HTML page")]
    Binary { kind: String },
    #[error("the bytes do not decode as {encoding}: {share:.1}% of characters are invalid")]
    Undecodable { encoding: String, share: f64 },
    #[error("the page has no text once decoded (only whitespace or control characters)")]
    NoText,
}

/// The share of replacement characters above which a decode is rejected.
const MAX_INVALID_SHARE: f64 = 0.02;

/// Decodes `raw` into [`Decoded`]: detected encoding, `\n` line endings, no BOM, no
/// stray control characters, format sniffed when the source gave no hint.
pub fn decode(raw: &RawDoc) -> Result<Decoded, DecodeError> {
    let bytes = raw.bytes.as_slice();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    let (bom_encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (Some(encoding), &bytes[bom_len..]),
        None => (None, bytes),
    };
    if bom_encoding.is_none() {
        if let Some(kind) = binary_kind(bytes) {
            return Err(DecodeError::Binary { kind });
        }
    }

    let encoding = bom_encoding.unwrap_or_else(|| detect(body));
    let (text, invalid) = decode_with(encoding, body);
    let chars = text.chars().count().max(1);
    let share = invalid as f64 / chars as f64;
    if share > MAX_INVALID_SHARE {
        return Err(DecodeError::Undecodable {
            encoding: encoding.name().to_string(),
            share: share * 100.0,
        });
    }
    let text = normalise(&text);
    if text.trim().is_empty() {
        return Err(DecodeError::NoText);
    }
    let format = raw.format_hint.unwrap_or_else(|| sniff_format(&text));
    Ok(Decoded {
        text,
        encoding: encoding.name().to_string(),
        format,
        hints: raw.hints.clone(),
    })
}

/// Picks an encoding for BOM-less bytes.
fn detect(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    if let Some(declared) = declared_charset(bytes) {
        let (_, invalid) = decode_with(declared, bytes);
        if invalid == 0 {
            return declared;
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    if guess != encoding_rs::WINDOWS_1252 && western_english(bytes) {
        encoding_rs::WINDOWS_1252
    } else {
        guess
    }
}

/// Whether BOM-less bytes read as English text from a Western code page: almost all
/// ASCII, and what is not reads in windows-1252 as the typography and currency of
/// English prose ("£35.99", curly quotes, dashes, "café"). With so few other bytes the
/// statistical guess may pick a Central European page ("Ł35.99").
fn western_english(bytes: &[u8]) -> bool {
    const WESTERN: &str = "£€“”‘’‹›«»–—…·•©®™°±×½¼¾¢¥§éèêëàâäáíìîïóòôöúùûüçñÉÈÀÇ\u{a0}";
    let high = bytes.iter().filter(|b| !b.is_ascii()).count();
    if high == 0 || high * 100 > bytes.len() * 3 {
        return false;
    }
    let (text, _, invalid) = encoding_rs::WINDOWS_1252.decode(bytes);
    !invalid
        && text
            .chars()
            .filter(|c| !c.is_ascii())
            .all(|c| WESTERN.contains(c))
}

/// Decodes and counts replacement characters the decoder had to insert.
fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> (String, usize) {
    // GB2312 and GBK pages routinely contain GB18030-only characters; decoding them
    // with the superset loses nothing.
    let encoding = if encoding == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        encoding
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let invalid = text.chars().filter(|&c| c == '\u{FFFD}').count();
    let mut text = text.into_owned();
    // Big5 0xA241 and 0xA242 are the full-width slash and backslash of Big5 and
    // HKSCS text ("二○二四／二五年度"); the WHATWG table, following Microsoft's, gives
    // them as the math symbols ∕ and ﹨, which Chinese prose never means.
    if encoding == encoding_rs::BIG5 {
        text = text
            .replace('\u{2215}', "\u{FF0F}")
            .replace('\u{FE68}', "\u{FF3C}");
    }
    (text, invalid)
}

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // a constant pattern, checked by the unit tests
    Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)"#).expect("valid regex")
});

/// The encoding an HTML page declares in its first 4 KiB, if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label(label)?;
    // A page that says UTF-16 in ASCII cannot actually be UTF-16.
    if encoding == UTF_16LE || encoding == UTF_16BE {
        return None;
    }
    Some(encoding)
}

/// Recognises binary content by magic numbers and NUL bytes.
fn binary_kind(bytes: &[u8]) -> Option<String> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "ZIP archive or Office document"),
        (b"\x1F\x8B", "gzip archive"),
        (b"\xD0\xCF\x11\xE0", "legacy Office document"),
        (b"\x7FELF", "executable"),
        (b"SQLite format 3\0", "SQLite database"),
        (b"RIFF", "RIFF media"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some((*kind).to_string());
    }
    let head = &bytes[..bytes.len().min(8192)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    if nuls > 0 {
        return Some(format!(
            "{nuls} NUL bytes in the first {} bytes",
            head.len()
        ));
    }
    None
}

/// `\r\n` and lone `\r` to `\n`; drops control characters other than tab and newline,
/// and zero-width characters that scrapers leave between words.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' => {}
            '\u{FFFD}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Guesses whether decoded text is HTML: a doctype, an `<html>`/`<body>` tag, or
/// several common block tags near the start.
pub fn sniff_format(text: &str) -> Format {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    let trimmed = head.trim_start();
    if trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || head.contains("<body")
        || head.contains("<head>")
    {
        return Format::Html;
    }
    let block_tags = ["<p>", "<p ", "<div", "<br", "</p>", "<table", "<span"]
        .iter()
        .map(|tag| head.matches(tag).count())
        .sum::<usize>();
    if block_tags >= 3 {
        Format::Html
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn english_from_a_western_code_page_keeps_its_pound_sign() {
        let mut page = b"Get 20% off home blood pressure monitors, now ".to_vec();
        page.extend_from_slice(&[0xA3]);
        page.extend_from_slice(b"35.99 (was ");
        page.extend_from_slice(&[0xA3]);
        page.extend_from_slice(b"44.99). Offer ends Sunday at midnight; while stocks last. ");
        page.extend_from_slice(&[0x93]);
        page.extend_from_slice(b"No appointment needed");
        page.extend_from_slice(&[0x94]);
        page.extend_from_slice(b", said the pharmacist.\n".repeat(3).as_slice());
        assert_eq!(super::detect(&page), encoding_rs::WINDOWS_1252);
        // Polish text in windows-1250 stays Central European.
        let (polish, _, _) = encoding_rs::WINDOWS_1250
            .encode("Zażółć gęślą jaźń. Szpital w Łodzi otwiera nową przychodnię dla pacjentów.");
        assert!(!super::western_english(&polish));
    }

    use super::*;
    use crate::document::Hints;

    fn raw(bytes: &[u8]) -> RawDoc {
        RawDoc {
            origin: "test".into(),
            source_key: "test".into(),
            bytes: bytes.to_vec(),
            format_hint: None,
            hints: Hints::default(),
        }
    }

    #[test]
    fn utf8_with_bom_and_crlf() {
        let decoded = decode(&raw(b"\xEF\xBB\xBFline one\r\nline two\rline three")).unwrap();
        assert_eq!(decoded.text, "line one\nline two\nline three");
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.format, Format::Text);
    }

    #[test]
    fn gbk_without_declaration() {
        let source = "全市卫生健康现代化建设动员部署会暨健康丽水建设推进会召开。市委书记出席会议并讲话，强调要深化医疗、医保、医药协同发展和治理。";
        let (bytes, _, _) = encoding_rs::GBK.encode(source);
        let decoded = decode(&raw(&bytes)).unwrap();
        assert_eq!(decoded.text, source);
        assert!(
            decoded.encoding == "GBK" || decoded.encoding == "gb18030",
            "{}",
            decoded.encoding
        );
    }

    #[test]
    fn big5_traditional() {
        let source = "衛生福利部今日公布全民健康保險新制，醫療院所將配合調整門診部分負擔，以減輕民眾就醫負擔。";
        let (bytes, _, _) = encoding_rs::BIG5.encode(source);
        let decoded = decode(&raw(&bytes)).unwrap();
        assert_eq!(decoded.text, source);
        assert_eq!(decoded.encoding, "Big5");
    }

    #[test]
    fn big5_slashes_are_full_width() {
        // 二○二四／二五年度 as Big5 writes it: the slash is 0xA241.
        let bytes = b"\xa4\x47\xa1\xb3\xa4\x47\xa5\x7c\xa2\x41\xa4\x47\xa4\xad\xa6\x7e\xab\xd7";
        let (text, invalid) = decode_with(encoding_rs::BIG5, bytes);
        assert_eq!(invalid, 0);
        assert_eq!(text, "二○二四／二五年度");
    }

    #[test]
    fn html_meta_charset_is_honoured() {
        let body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>医保</p></body></html>";
        let (bytes, _, _) = encoding_rs::GBK.encode(body);
        let decoded = decode(&raw(&bytes)).unwrap();
        assert!(decoded.text.contains("<p>医保</p>"));
        assert_eq!(decoded.format, Format::Html);
    }

    #[test]
    fn lying_meta_charset_loses_to_valid_utf8() {
        let body =
            "<html><head><meta charset=\"gb2312\"></head><body><p>健康中国行动</p></body></html>";
        let decoded = decode(&raw(body.as_bytes())).unwrap();
        assert!(decoded.text.contains("健康中国行动"));
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn windows_1252_english() {
        let bytes = b"The minister\x92s plan \x96 announced today \x96 covers caf\xE9 workers\x85";
        let decoded = decode(&raw(bytes)).unwrap();
        assert!(
            decoded.text.contains("minister\u{2019}s"),
            "{}",
            decoded.text
        );
        assert!(decoded.text.contains("caf\u{e9}"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "卫生 health".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&raw(&bytes)).unwrap().text, "卫生 health");
    }

    #[test]
    fn rejects_empty_binary_and_blank() {
        assert_eq!(decode(&raw(b"")), Err(DecodeError::Empty));
        assert_eq!(decode(&raw(b" \n\r\n\t")), Err(DecodeError::Empty));
        assert!(matches!(
            decode(&raw(b"%PDF-1.7\n...")),
            Err(DecodeError::Binary { .. })
        ));
        assert!(matches!(
            decode(&raw(b"abc\0\0\0def")),
            Err(DecodeError::Binary { .. })
        ));
        assert_eq!(decode(&raw(b"\x01\x02\x03 \x04")), Err(DecodeError::NoText));
    }

    #[test]
    fn format_hint_wins_over_sniffing() {
        let mut doc = raw(b"<p>a</p><p>b</p><p>c</p>");
        assert_eq!(decode(&doc).unwrap().format, Format::Html);
        doc.format_hint = Some(Format::Text);
        assert_eq!(decode(&doc).unwrap().format, Format::Text);
    }
}
