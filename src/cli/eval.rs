//! `healthfeed eval DIR`: runs the real pipeline over a labeled corpus and prints each
//! figure beside its target, overall and per language and page format. With
//! `--extracted` it scores another extractor's texts instead of running the pipeline.
//! It is a measuring tool: it exits 0 whatever the figures, and 2 only when the corpus
//! itself is malformed. The metrics live in `crate::eval`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Serialize;

use super::Outcome;
use crate::clean::SiteProfile;
use crate::config::{Compiled, Config};
use crate::document::Stage;
use crate::eval::{
    load_corpus, score_document, summarise, CorpusDoc, DocScore, Goal, Labelled, Prediction,
    Summary, TARGETS,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Arguments of `healthfeed eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The corpus folder: `<name>.txt|html` pages with `<name>.gold.toml` beside them
    /// (format in tests/corpus/README.md). Use the global --verbose (-v) to list every
    /// document that fell short and what differed.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Score another extractor's output instead of running the pipeline: `<name>.txt`
    /// in this folder is taken as the cleaned text of corpus page `<name>`, and
    /// `<name>.title`, if present, as its title. Pages without a text there are
    /// skipped; only the cleaning figures are reported.
    #[arg(long, value_name = "DIR")]
    extracted: Option<PathBuf>,
}

/// The `eval --format json` object.
#[derive(Debug, Serialize)]
struct Report<'a> {
    corpus: String,
    /// Whether texts came from `--extracted` rather than the pipeline.
    extracted: bool,
    overall: Summary,
    /// Per language (`en`, `zh`) and per page format (`html`, `txt`).
    groups: BTreeMap<String, Summary>,
    targets: Vec<TargetResult>,
    documents: &'a [DocScore],
    /// Group columns in print order: languages, then page formats.
    #[serde(skip)]
    columns: Vec<String>,
}

#[derive(Debug, Serialize)]
struct TargetResult {
    figure: &'static str,
    goal: Goal,
    value: Option<f64>,
    met: Option<bool>,
}

pub fn run(config: Config, args: Args, verbose: bool) -> anyhow::Result<Outcome> {
    let corpus = load_corpus(&args.dir)?;
    if corpus.is_empty() {
        anyhow::bail!(
            "{}: no page with a .gold.toml beside it",
            args.dir.display()
        );
    }
    let scores: Vec<DocScore> = match &args.extracted {
        Some(dir) => corpus
            .iter()
            .filter_map(|doc| extracted(doc, dir).transpose())
            .map(|r| r.map(|(doc, pred)| score_document(doc, &pred)))
            .collect::<anyhow::Result<_>>()?,
        None => {
            let compiled = config.compile().context("compiling rules")?;
            corpus
                .iter()
                .map(|doc| score_document(doc, &predict(doc, &compiled, &config)))
                .collect()
        }
    };
    if let (Some(dir), true) = (&args.extracted, scores.is_empty()) {
        anyhow::bail!(
            "{}: no <name>.txt for any page of the corpus {}",
            dir.display(),
            args.dir.display()
        );
    }
    let overall = summarise(&scores);
    let mut groups = BTreeMap::new();
    for key in scores.iter().flat_map(|s| [&s.lang, &s.format]) {
        if !groups.contains_key(key) {
            let members = scores.iter().filter(|s| &s.lang == key || &s.format == key);
            groups.insert(key.clone(), summarise(members));
        }
    }
    let is_lang = |k: &&String| scores.iter().any(|s| &s.lang == *k);
    let columns = groups
        .keys()
        .filter(is_lang)
        .chain(groups.keys().filter(|k| !is_lang(k)))
        .cloned()
        .collect();
    let report = Report {
        corpus: args.dir.display().to_string(),
        extracted: args.extracted.is_some(),
        targets: TARGETS
            .iter()
            .map(|t| TargetResult {
                figure: t.figure,
                goal: t.goal,
                value: overall.figure(t.figure),
                met: overall.meets(t),
            })
            .collect(),
        overall,
        groups,
        documents: &scores,
        columns,
    };
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        Format::Text => {
            print_table(&report);
            if verbose {
                print_failures(&scores);
            }
        }
    }
    Ok(Outcome::Success)
}

/// Runs the real pipeline on one corpus page. A page the pipeline refuses still
/// counts: it keeps nothing and is labelled "not policy, no date, no region".
fn predict(doc: &CorpusDoc, compiled: &Compiled, config: &Config) -> Prediction {
    let raw = match crate::source::read_file(&doc.page, "", config.watch.max_file_bytes) {
        Ok(mut docs) if docs.len() == 1 => docs.remove(0),
        Ok(docs) => {
            return refused(
                format!("read {} documents from one page", docs.len()),
                false,
            )
        }
        Err(err) => return refused(format!("{err:#}"), false),
    };
    match crate::pipeline::analyse(&raw, compiled, &SiteProfile::default()) {
        Ok(a) => Prediction {
            decode_failed: a.decoded.text.contains('\u{FFFD}'),
            encoding: Some(a.decoded.encoding),
            title: a.cleaned.title,
            text: a.cleaned.text,
            has_title: true,
            rejected: None,
            labels: Some(Labelled {
                health_policy: a.classified.health_policy.is_policy,
                score: a.classified.health_policy.score,
                tags: a.classified.tags.into_iter().map(|t| t.id).collect(),
                published: a.classified.published,
                regions: a.classified.regions.into_iter().map(|r| r.code).collect(),
            }),
        },
        Err(rejected) => refused(rejected.to_string(), rejected.stage == Stage::Decode),
    }
}

fn refused(reason: String, decode_failed: bool) -> Prediction {
    Prediction {
        rejected: Some(reason),
        decode_failed,
        has_title: true,
        labels: Some(Labelled::default()),
        ..Prediction::default()
    }
}

/// Reads another extractor's output for one page, if it has any.
fn extracted<'a>(
    doc: &'a CorpusDoc,
    dir: &Path,
) -> anyhow::Result<Option<(&'a CorpusDoc, Prediction)>> {
    let text_path = dir.join(format!("{}.txt", doc.name));
    if !text_path.is_file() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&text_path)
        .with_context(|| format!("reading {}", text_path.display()))?;
    let title_path = dir.join(format!("{}.title", doc.name));
    let title = if title_path.is_file() {
        let t = std::fs::read_to_string(&title_path)
            .with_context(|| format!("reading {}", title_path.display()))?;
        Some(t.trim().to_string())
    } else {
        None
    };
    Ok(Some((
        doc,
        Prediction {
            has_title: title.is_some(),
            title,
            text,
            ..Prediction::default()
        },
    )))
}

/// Row label, summary field, and whether the figure is a count.
const ROWS: [(&str, &str, bool); 18] = [
    ("body recall", "body_recall", false),
    ("chrome leak", "chrome_leak", false),
    ("title exact match", "title_exact", false),
    ("decode failures", "decode_failures", true),
    ("encoding mismatches", "encoding_mismatches", true),
    ("rejected by pipeline", "rejected", true),
    ("policy precision", "policy_precision", false),
    ("policy recall", "policy_recall", false),
    ("policy F1", "policy_f1", false),
    ("hard negatives", "hard_negatives", true),
    ("hard-negative FPR", "hard_negative_fpr", false),
    ("tag precision", "tag_precision", false),
    ("tag recall", "tag_recall", false),
    ("tag F1", "tag_f1", false),
    ("date accuracy", "date_accuracy", false),
    ("invented dates", "invented_dates", true),
    ("region recall", "region_recall", false),
    ("region precision", "region_precision", false),
];

fn cell(value: Option<f64>, count: bool) -> String {
    match value {
        None => "-".into(),
        Some(v) if count => format!("{v:.0}"),
        Some(v) => format!("{v:.3}"),
    }
}

fn print_table(r: &Report<'_>) {
    let columns: Vec<(&String, &Summary)> = r
        .columns
        .iter()
        .filter_map(|k| r.groups.get(k).map(|s| (k, s)))
        .collect();
    let group_counts: Vec<String> = columns
        .iter()
        .map(|(k, s)| format!("{k} {}", s.documents))
        .collect();
    println!(
        "healthfeed eval: {} documents in {}{} ({})\n",
        r.overall.documents,
        r.corpus,
        if r.extracted { ", extracted texts" } else { "" },
        group_counts.join(", ")
    );
    let mut header = format!("{:<22}{:>8}{:>9}  {:<5}", "figure", "target", "all", "");
    for (key, _) in &columns {
        header.push_str(&format!("{key:>8}"));
    }
    println!("{}", header.trim_end());
    for (label, field, count) in ROWS {
        let target = TARGETS.iter().find(|t| t.figure == field);
        let goal = match target.map(|t| t.goal) {
            Some(Goal::AtLeast(v)) => format!(">= {v}"),
            Some(Goal::AtMost(v)) if count => format!("<= {v:.0}"),
            Some(Goal::AtMost(v)) => format!("<= {v}"),
            None => String::new(),
        };
        let status = match target.and_then(|t| r.overall.meets(t)) {
            Some(true) => "ok",
            Some(false) => "MISS",
            None => "",
        };
        let mut line = format!(
            "{label:<22}{goal:>8}{:>9}  {status:<5}",
            cell(r.overall.figure(field), count)
        );
        for (_, summary) in &columns {
            line.push_str(&format!("{:>8}", cell(summary.figure(field), count)));
        }
        println!("{}", line.trim_end());
    }
}

fn list(items: &[String]) -> String {
    items.join(", ")
}

fn print_failures(scores: &[DocScore]) {
    let failing: Vec<&DocScore> = scores.iter().filter(|s| s.has_failure()).collect();
    println!("\n{} documents fell short:", failing.len());
    for s in failing {
        println!("\n{} ({}, {})", s.name, s.lang, s.format);
        if let Some(reason) = &s.rejected {
            println!("  rejected  {reason}");
        }
        if s.decode_failed {
            println!("  decode    failed (gold encoding {})", s.encoding_expected);
        }
        if let Some(got) = s.encoding_mismatch() {
            println!("  encoding  detected {got}, gold {}", s.encoding_expected);
        }
        if s.body_kept < s.body_chars {
            println!(
                "  body      {} of {} characters kept",
                s.body_kept, s.body_chars
            );
            for para in &s.body_missing {
                println!("            missing: {para}");
            }
        }
        for line in &s.chrome_leaked {
            println!("  chrome    leaked: {line}");
        }
        if s.title_match == Some(false) {
            println!(
                "  title     expected {:?}, got {:?}",
                s.title_expected,
                s.title_got.as_deref().unwrap_or("")
            );
        }
        let Some(c) = &s.classified else { continue };
        if c.policy_expected != c.policy_got {
            println!(
                "  policy    expected {}, got {} (score {:.2}, kind {})",
                c.policy_expected, c.policy_got, c.policy_score, c.kind
            );
        }
        if !c.tags_missing.is_empty() || !c.tags_extra.is_empty() {
            println!(
                "  tags      missing [{}] extra [{}]",
                list(&c.tags_missing),
                list(&c.tags_extra)
            );
        }
        if c.date_expected != c.date_got {
            let show = |d: Option<chrono::NaiveDate>| {
                d.map_or("none".to_string(), |d| d.format("%Y-%m-%d").to_string())
            };
            println!(
                "  date      expected {}, got {}",
                show(c.date_expected),
                show(c.date_got)
            );
        }
        if !c.regions_missing.is_empty() || !c.regions_wrong.is_empty() {
            println!(
                "  regions   missing [{}] wrong [{}]",
                list(&c.regions_missing),
                list(&c.regions_wrong)
            );
        }
    }
}
