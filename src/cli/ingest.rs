//! `healthfeed ingest PATH...`: a one-shot ingest of files and folders, with a progress
//! bar on a terminal and a summary of what was ingested, duplicated or refused.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Outcome;
use crate::config::Config;
use crate::pipeline::SiteProfiles;
use crate::store::{Inserted, Store};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Database file (default: the config's paths.database).
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
    /// Files or folders; folders are walked recursively (hidden entries skipped).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

/// Collects the files under `paths`, in a stable order. Files named explicitly are
/// always taken; inside folders only the configured page extensions are, so gold
/// files, sidecars and notes beside the pages are left alone.
fn collect_files(paths: &[PathBuf], extensions: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let wanted = |path: &Path| {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
    };
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = paths.iter().rev().cloned().collect();
    while let Some(path) = stack.pop() {
        let meta =
            std::fs::metadata(&path).with_context(|| format!("cannot read {}", path.display()))?;
        if meta.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&path)
                .with_context(|| format!("cannot list {}", path.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| !is_hidden(p) && (p.is_dir() || wanted(p)))
                .collect();
            entries.sort();
            stack.extend(entries.into_iter().rev());
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

pub fn run(config: Config, args: Args) -> anyhow::Result<Outcome> {
    let compiled = config.compile().context("compiling rules")?;
    let db = super::database_path(&config, args.db);
    let mut store = Store::open(&db)?;
    super::query::load_gazetteer(&mut store, &config)?;
    let files = collect_files(&args.paths, &config.watch.extensions)?;
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files {elapsed} {wide_msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };

    let (mut ingested, mut duplicates) = (0usize, 0usize);
    let mut failures: Vec<(String, String)> = Vec::new();
    let profiles = SiteProfiles::default();
    for file in &files {
        bar.set_message(file.display().to_string());
        let key = file
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        match crate::source::read_file(file, &key, config.watch.max_file_bytes) {
            Err(err) => failures.push((file.display().to_string(), format!("read: {err}"))),
            Ok(docs) => {
                let mut records = Vec::new();
                for doc in docs {
                    let origin = doc.origin.clone();
                    let site =
                        profiles.get(&doc.source_key, || store.site_profile(&doc.source_key))?;
                    match crate::pipeline::process(doc, &compiled, &site) {
                        Ok(record) => records.push(record),
                        Err(rejected) => failures.push((origin, rejected.to_string())),
                    }
                }
                for outcome in store.insert_batch(&records)? {
                    match outcome {
                        Inserted::New(_) => ingested += 1,
                        Inserted::Duplicate(_) => duplicates += 1,
                    }
                }
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();

    println!(
        "ingested {ingested}, duplicates {duplicates}, failed {} ({} files, database {})",
        failures.len(),
        files.len(),
        db.display()
    );
    for (origin, reason) in &failures {
        println!("  failed {origin}: {reason}");
    }
    Ok(if failures.is_empty() {
        Outcome::Success
    } else {
        Outcome::Partial
    })
}
