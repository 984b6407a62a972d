//! `healthfeed query`: full-text search with filters, printed as an aligned table,
//! JSON or CSV. Filters are validated here, with errors that say what would be valid;
//! the search itself is the store's ([`crate::store::Query`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use chrono::{Datelike, NaiveDate};

use super::Outcome;
use crate::config::Config;
use crate::store::{Hit, Query, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words to find, Chinese (simplified or traditional) or English; all must match.
    /// "quoted phrase", a OR b, -word / NOT word to exclude. Omit to list by date.
    #[arg(value_name = "TEXT")]
    text: Option<String>,
    /// Only documents with this tag (repeatable: all must match). Unknown tags are an
    /// error that lists the valid ones.
    #[arg(long = "tag", value_name = "T")]
    tags: Vec<String>,
    /// Only documents about this region: a GB/T 2260 code (a province code such as
    /// 320000 also matches its cities and counties), an ISO country code, or any
    /// gazetteer name of a province, city, county or country, Chinese or English
    /// (江苏, 蘇州, 缙云县, Jinyun; any case). An ambiguous name matches every place
    /// called that (Suzhou: 苏州 and 宿州).
    #[arg(long, value_name = "R")]
    region: Option<String>,
    /// Published on or after this date (YYYY-MM-DD; YYYY-MM or YYYY for the start).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Published on or before this date (YYYY-MM-DD; YYYY-MM or YYYY for the end).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Include documents that are not health policy.
    #[arg(long)]
    all: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// At most this many results (0: no limit).
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Database file (default: the config's paths.database).
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

/// Opens a database that must already exist: reading commands never create one.
pub(super) fn open_existing(path: &Path) -> anyhow::Result<Store> {
    if !path.exists() {
        bail!(
            "database {} does not exist (ingest pages first, or pass --db FILE)",
            path.display()
        );
    }
    Store::open(path).with_context(|| format!("opening {}", path.display()))
}

/// Makes the store's `regions` table hold the configured gazetteer, so `--region`
/// resolves every place name in it. Cheap when it already does: one hash, no write.
pub(super) fn load_gazetteer(store: &mut Store, config: &Config) -> anyhow::Result<()> {
    let (file, text) = config.gazetteer().context("reading the gazetteer")?;
    if let Some(rows) = store
        .sync_gazetteer(&file, &text)
        .with_context(|| format!("loading the gazetteer {file} into the database"))?
    {
        tracing::info!(file, rows, "loaded the gazetteer into the regions table");
    }
    Ok(())
}

/// Reads a date bound. `end` picks the last day of a bare month or year.
fn parse_date(flag: &str, value: &str, end: bool) -> anyhow::Result<String> {
    let value = value.trim();
    let bad = || {
        anyhow::anyhow!(
            "{flag} {value:?} is not a date: use YYYY-MM-DD (for example 2024-03-19), or YYYY-MM / YYYY"
        )
    };
    let parts: Vec<&str> = value.split('-').collect();
    let number = |s: &str, len: usize| -> anyhow::Result<u32> {
        if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let date = match parts.as_slice() {
        [y, m, d] => NaiveDate::from_ymd_opt(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?),
        [y, m] => {
            let (year, month) = (number(y, 4)? as i32, number(m, 2)?);
            let first = NaiveDate::from_ymd_opt(year, month, 1);
            if end {
                first.and_then(|f| {
                    let next = if month == 12 {
                        NaiveDate::from_ymd_opt(year + 1, 1, 1)
                    } else {
                        NaiveDate::from_ymd_opt(year, month + 1, 1)
                    };
                    next.and_then(|n| n.pred_opt())
                        .filter(|d| d.month() == f.month())
                })
            } else {
                first
            }
        }
        [y] => {
            let year = number(y, 4)? as i32;
            if end {
                NaiveDate::from_ymd_opt(year, 12, 31)
            } else {
                NaiveDate::from_ymd_opt(year, 1, 1)
            }
        }
        _ => None,
    };
    date.map(|d| d.format("%Y-%m-%d").to_string())
        .ok_or_else(bad)
}

/// Checks tags against those the database knows, case-insensitively.
fn check_tags(store: &Store, tags: &[String]) -> anyhow::Result<Vec<String>> {
    let known = store.known_tags()?;
    tags.iter()
        .map(|tag| {
            let wanted = tag.trim().to_lowercase().replace('_', "-");
            known
                .iter()
                .find(|k| **k == wanted)
                .cloned()
                .ok_or_else(|| {
                    anyhow::anyhow!("unknown tag {tag:?}; valid tags: {}", known.join(", "))
                })
        })
        .collect()
}

pub fn run(config: Config, args: Args) -> anyhow::Result<Outcome> {
    let since = args
        .since
        .as_deref()
        .map(|d| parse_date("--since", d, false))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|d| parse_date("--until", d, true))
        .transpose()?;
    if let (Some(since), Some(until)) = (&since, &until) {
        if since > until {
            bail!("--since {since} is after --until {until}: nothing could match");
        }
    }
    let mut store = open_existing(&super::database_path(&config, args.db))?;
    if let Err(err) = load_gazetteer(&mut store, &config) {
        // A database the user may only read can still be searched, by stored names.
        eprintln!(
            "healthfeed: warning: {err:#}; region names resolve only against stored documents"
        );
    }
    let tags = check_tags(&store, &args.tags)?;
    if let Some(text) = args.text.as_deref() {
        if !text.trim().is_empty() && crate::store::search::parse(text).is_none() {
            eprintln!("healthfeed: nothing searchable in {text:?} (no letters, digits or Chinese characters)");
        }
    }
    let hits = store.query(&Query {
        text: args.text.filter(|t| !t.trim().is_empty()),
        tags,
        region: args.region.filter(|r| !r.trim().is_empty()),
        since,
        until,
        all: args.all,
        limit: args.limit,
    })?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&hits)?)?,
        Format::Csv => write_csv(&mut out, &hits)?,
        Format::Table => {
            write_table(&mut out, &hits)?;
            if args.limit > 0 && hits.len() == args.limit {
                writeln!(out, "(showing the first {}; --limit 0 for all)", args.limit)?;
            }
        }
    }
    out.flush()?;
    Ok(if hits.is_empty() {
        Outcome::Partial
    } else {
        Outcome::Success
    })
}

/// The CSV columns, in order; lists are joined with `;`.
pub const CSV_COLUMNS: [&str; 13] = [
    "id",
    "published",
    "lang",
    "health_policy",
    "health_score",
    "tags",
    "regions",
    "region_codes",
    "title",
    "source_path",
    "url",
    "snippet",
    "rank",
];

fn write_csv(out: &mut impl Write, hits: &[Hit]) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CSV_COLUMNS)?;
    for hit in hits {
        writer.write_record([
            hit.id.to_string(),
            hit.published.clone().unwrap_or_default(),
            hit.lang.clone(),
            u8::from(hit.health_policy).to_string(),
            format!("{:.3}", hit.health_score),
            hit.tags.join(";"),
            hit.regions.join(";"),
            hit.region_codes.join(";"),
            hit.title.clone().unwrap_or_default(),
            hit.source_path.clone(),
            hit.url.clone().unwrap_or_default(),
            hit.snippet.clone(),
            hit.rank.map(|r| format!("{r:.4}")).unwrap_or_default(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// Terminal columns a character takes: two for East Asian wide and fullwidth forms.
fn char_width(c: char) -> usize {
    match c {
        '\u{0}'..='\u{1F}'
        | '\u{7F}'..='\u{9F}'
        | '\u{300}'..='\u{36F}'
        | '\u{200B}'..='\u{200F}' => 0,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F300}'..='\u{1F64F}'
        | '\u{20000}'..='\u{3FFFD}' => 2,
        _ => 1,
    }
}

/// Display width of `text` in terminal columns.
fn width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// `text` cut to at most `max` columns (with … when cut) and padded to exactly `max`.
fn fit(text: &str, max: usize) -> String {
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    let mut used = 0;
    if width(&text) <= max {
        out.push_str(&text);
        used = width(&text);
    } else {
        for c in text.chars() {
            let w = char_width(c);
            if used + w + 1 > max {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(max.saturating_sub(used)));
    out
}

fn write_table(out: &mut impl Write, hits: &[Hit]) -> anyhow::Result<()> {
    const TITLE: usize = 50;
    const TAGS: usize = 34;
    let id_width = hits
        .iter()
        .map(|h| h.id.to_string().len())
        .max()
        .unwrap_or(2)
        .max(2);
    if !hits.is_empty() {
        writeln!(
            out,
            "{:>id_width$}  {:10}  {:4}  {:5}  {}  {}  REGIONS",
            "ID",
            "PUBLISHED",
            "LANG",
            "SCORE",
            fit("TITLE", TITLE),
            fit("TAGS", TAGS),
        )?;
    }
    for hit in hits {
        let line = format!(
            "{:>id_width$}  {:10}  {:4}  {:5.2}  {}  {}  {}",
            hit.id,
            hit.published.as_deref().unwrap_or("-"),
            hit.lang,
            hit.health_score,
            fit(hit.title.as_deref().unwrap_or("(untitled)"), TITLE),
            fit(&hit.tags.join(","), TAGS),
            hit.regions.join(","),
        );
        writeln!(out, "{}", line.trim_end())?;
        if hit.rank.is_some() {
            writeln!(
                out,
                "{:id_width$}  {}",
                "",
                fit(&hit.snippet, 110).trim_end()
            )?;
        }
    }
    writeln!(out, "{} result(s)", hits.len())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_validated_and_widened() {
        assert_eq!(
            parse_date("--since", "2024-03-19", false).unwrap(),
            "2024-03-19"
        );
        assert_eq!(
            parse_date("--until", "2024-02", true).unwrap(),
            "2024-02-29"
        );
        assert_eq!(
            parse_date("--since", "2024-02", false).unwrap(),
            "2024-02-01"
        );
        assert_eq!(parse_date("--until", "2023", true).unwrap(), "2023-12-31");
        for bad in [
            "2024/03/19",
            "2024-13-01",
            "2024-02-30",
            "24-03-19",
            "yesterday",
            "2024-3-1",
        ] {
            let err = parse_date("--since", bad, false).unwrap_err().to_string();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }

    #[test]
    fn table_cells_align_with_cjk() {
        assert_eq!(width(&fit("医保改革", 10)), 10);
        assert_eq!(width(&fit("abc", 10)), 10);
        let cut = fit("国家医疗保障局关于做好医保工作的通知", 11);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(width(&cut) <= 11 && width(&cut) >= 10, "{cut}");
    }
}
