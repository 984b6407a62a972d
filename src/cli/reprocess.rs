//! `healthfeed reprocess`: re-runs decode → clean → classify over stored documents from
//! their raw input with the current config, and records the new results and versions.
//!
//! Each document is re-cleaned with its source's site profile from the database,
//! minus its own contribution, so a page never counts as its own template. Work is
//! written in batches of `pipeline.batch_size`, one transaction each, so an interrupted
//! run keeps what it finished; `--only-outdated` then picks up where it stopped. A
//! document that now fails a stage keeps its previous results and is reported.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context;

use super::Outcome;
use crate::clean::SiteProfile;
use crate::config::Config;
use crate::store::{Reprocessed, Update};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Database file (default: the config's paths.database).
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
    /// Only documents whose cleaner or classifier version differs from the current
    /// rules' (the versions change whenever a rule or lexicon file changes).
    #[arg(long)]
    only_outdated: bool,
}

/// Takes (`sign` = -1) or gives back (+1) one document's lines in a profile.
fn adjust(profile: &mut SiteProfile, lines: &[String], sign: i32) {
    profile.documents = profile.documents.saturating_add_signed(sign);
    for line in lines {
        if let Some(count) = profile.line_counts.get_mut(line) {
            *count = count.saturating_add_signed(sign);
        }
    }
}

pub fn run(config: Config, args: Args) -> anyhow::Result<Outcome> {
    let compiled = config.compile().context("compiling rules")?;
    let db = super::database_path(&config, args.db);
    let mut store = super::query::open_existing(&db)?;
    super::query::load_gazetteer(&mut store, &config)?;
    let outdated = args.only_outdated.then(|| compiled.versions.clone());
    let total = store.count_for_reprocess(outdated.as_ref())?;
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(u64::try_from(total).unwrap_or(0));
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };

    let (mut updated, mut unchanged) = (0usize, 0usize);
    let mut failures: Vec<(i64, String, String)> = Vec::new();
    let mut profiles: HashMap<String, SiteProfile> = HashMap::new();
    let mut after = 0;
    loop {
        let docs =
            store.documents_for_reprocess(after, config.pipeline.batch_size, outdated.as_ref())?;
        let Some(last) = docs.last() else {
            break;
        };
        after = last.id;
        let mut updates = Vec::with_capacity(docs.len());
        for doc in docs {
            let key = doc.raw.source_key.clone();
            let profile = match profiles.entry(key) {
                std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
                std::collections::hash_map::Entry::Vacant(entry) => {
                    let profile = store.site_profile(entry.key())?;
                    entry.insert(profile)
                }
            };
            let origin = doc.raw.origin.clone();
            adjust(profile, &doc.site_lines, -1);
            let result = crate::pipeline::process(doc.raw, &compiled, profile);
            adjust(profile, &doc.site_lines, 1);
            match result {
                Ok(record) => updates.push(Update {
                    id: doc.id,
                    previous_site_lines: doc.site_lines,
                    record,
                }),
                Err(rejected) => failures.push((doc.id, origin, rejected.to_string())),
            }
            bar.inc(1);
        }
        for outcome in store.update_batch(&updates)? {
            match outcome {
                Reprocessed::Updated => updated += 1,
                Reprocessed::Unchanged => unchanged += 1,
                Reprocessed::Missing => {}
            }
        }
        tracing::info!(
            last_id = after,
            updated,
            unchanged,
            failed = failures.len(),
            "reprocess batch committed"
        );
    }
    bar.finish_and_clear();
    store.optimize()?;

    println!(
        "reprocessed {}: updated {updated}, unchanged {unchanged}, failed {} (database {}, cleaner {}, classifier {})",
        updated + unchanged + failures.len(),
        failures.len(),
        db.display(),
        compiled.versions.cleaner,
        compiled.versions.classifier,
    );
    for (id, origin, reason) in &failures {
        println!("  failed #{id} {origin}: {reason} (previous results kept)");
    }
    Ok(if failures.is_empty() {
        Outcome::Success
    } else {
        Outcome::Partial
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_left_out_of_its_own_profile_and_put_back() {
        let mut profile = SiteProfile {
            documents: 3,
            line_counts: [("返回首页".to_string(), 3), ("其他".to_string(), 2)]
                .into_iter()
                .collect(),
        };
        let own = vec!["返回首页".to_string(), "本页独有".to_string()];
        adjust(&mut profile, &own, -1);
        assert_eq!(profile.documents, 2);
        assert_eq!(profile.line_counts["返回首页"], 2);
        assert_eq!(profile.line_counts["其他"], 2);
        assert!(!profile.line_counts.contains_key("本页独有"));
        adjust(&mut profile, &own, 1);
        assert_eq!(profile.documents, 3);
        assert_eq!(profile.line_counts["返回首页"], 3);
    }
}
