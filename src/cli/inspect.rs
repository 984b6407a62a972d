//! `healthfeed inspect FILE`: every stage's result for one file, without a database.
//! The JSON form is a contract other tools rely on: fields are added, never renamed.

use std::path::PathBuf;

use anyhow::Context;
use serde::Serialize;

use super::Outcome;
use crate::clean::SiteProfile;
use crate::config::Config;
use crate::document::{Evidence, PageMeta, RegionHit, Removal, TagScore};
use crate::pipeline::Analysis;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Json,
    Text,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The page to inspect (.txt, .html, or scraper JSON lines).
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// The `inspect --format json` object.
#[derive(Debug, Serialize)]
struct Report<'a> {
    origin: &'a str,
    title: Option<&'a str>,
    text: &'a str,
    lang: &'a str,
    published: Option<String>,
    health_policy: Policy<'a>,
    tags: Vec<&'a str>,
    tag_scores: &'a [TagScore],
    regions: &'a [RegionHit],
    removed: &'a [Removal],
    meta: &'a PageMeta,
    encoding: &'a str,
    format: crate::document::Format,
}

#[derive(Debug, Serialize)]
struct Policy<'a> {
    #[serde(rename = "is")]
    is_policy: bool,
    score: f64,
    evidence: &'a [Evidence],
}

fn report<'a>(origin: &'a str, a: &'a Analysis) -> Report<'a> {
    Report {
        origin,
        title: a.cleaned.title.as_deref(),
        text: &a.cleaned.text,
        lang: &a.classified.lang,
        published: a
            .classified
            .published
            .map(|d| d.format("%Y-%m-%d").to_string()),
        health_policy: Policy {
            is_policy: a.classified.health_policy.is_policy,
            score: a.classified.health_policy.score,
            evidence: &a.classified.health_policy.evidence,
        },
        tags: a.classified.tags.iter().map(|t| t.id.as_str()).collect(),
        tag_scores: &a.classified.tags,
        regions: &a.classified.regions,
        removed: &a.cleaned.removed,
        meta: &a.cleaned.meta,
        encoding: &a.decoded.encoding,
        format: a.decoded.format,
    }
}

fn print_text(r: &Report<'_>) {
    println!("origin:    {}", r.origin);
    println!("title:     {}", r.title.unwrap_or("(none)"));
    println!(
        "lang:      {}   encoding: {}   format: {:?}",
        r.lang, r.encoding, r.format
    );
    println!(
        "published: {}",
        r.published.as_deref().unwrap_or("(not stated)")
    );
    println!(
        "policy:    {} (score {:.2})",
        if r.health_policy.is_policy {
            "yes"
        } else {
            "no"
        },
        r.health_policy.score
    );
    let tags: Vec<String> = r
        .tag_scores
        .iter()
        .map(|t| format!("{} {:.2}", t.id, t.score))
        .collect();
    println!("tags:      {}", tags.join(", "));
    let regions: Vec<String> = r
        .regions
        .iter()
        .map(|g| format!("{} ({})", g.name, g.code))
        .collect();
    println!("regions:   {}", regions.join(", "));
    println!("\n--- text ---\n{}\n", r.text);
    println!("--- removed ({}) ---", r.removed.len());
    for removal in r.removed {
        println!("[{}] {}", removal.rule, removal.text);
    }
}

pub fn run(config: Config, args: Args) -> anyhow::Result<Outcome> {
    let compiled = config.compile().context("compiling rules")?;
    let docs = crate::source::read_file(&args.file, "", config.watch.max_file_bytes)?;
    for doc in &docs {
        let analysis = crate::pipeline::analyse(doc, &compiled, &SiteProfile::default())
            .with_context(|| format!("cannot process {}", doc.origin))?;
        let report = report(&doc.origin, &analysis);
        match args.format {
            Format::Json => println!("{}", serde_json::to_string(&report)?),
            Format::Text => print_text(&report),
        }
    }
    Ok(Outcome::Success)
}
