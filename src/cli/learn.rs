//! `healthfeed learn DIR...`: trains the learned line model on labelled corpora (the
//! gold format `eval` reads) and writes it as a `.tsv` file the config lists among its
//! cleaning rule files. Users label pages from their own sources, retrain, and check
//! the result with `healthfeed eval`.

use std::path::PathBuf;

use anyhow::Context;

use super::Outcome;
use crate::clean::{learn_lines, Trainer, DEFAULT_THRESHOLD};
use crate::config::Config;
use crate::eval::load_corpus;

/// Arguments of `healthfeed learn`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Corpus folders: `<name>.txt|html` pages with `<name>.gold.toml` beside them
    /// (format in tests/corpus/README.md). Only the gold files are read.
    #[arg(value_name = "DIR", required = true)]
    dirs: Vec<PathBuf>,
    /// The model file to write (list it among `[clean] rules` to use it).
    #[arg(long, short, value_name = "FILE")]
    out: PathBuf,
    /// Log-odds above which the cleaner removes a line as `learned-chrome`: higher
    /// removes less. Edit the file's `threshold` line to change it later.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    threshold: f64,
}

/// Trains on every gold file in the folders and writes the model.
pub fn run(config: Config, args: Args) -> anyhow::Result<Outcome> {
    let compiled = config.compile().context("compiling rules")?;
    let mut trainer = Trainer::default();
    let mut documents = 0;
    for dir in &args.dirs {
        let corpus = load_corpus(dir).with_context(|| format!("reading {}", dir.display()))?;
        for doc in &corpus {
            learn_lines(
                &mut trainer,
                &doc.gold.body,
                &doc.gold.chrome,
                &compiled.rules,
            );
        }
        documents += corpus.len();
    }
    let (body, chrome) = trainer.lines();
    let model = trainer.finish(args.threshold).with_context(|| {
        format!("the corpora hold {body} short body and {chrome} chrome lines: both are needed")
    })?;
    let folders: Vec<String> = args.dirs.iter().map(|d| d.display().to_string()).collect();
    let header = format!(
        "healthfeed line model, written by `healthfeed learn`\n\
         from {documents} documents ({body} short body lines, {chrome} chrome lines) in {}\n\
         threshold: log-odds above which an edge line is removed as learned-chrome",
        folders.join(", ")
    );
    let partial = args.out.with_extension("tsv.partial");
    std::fs::write(&partial, model.to_text(&header))
        .with_context(|| format!("writing {}", partial.display()))?;
    std::fs::rename(&partial, &args.out)
        .with_context(|| format!("writing {}", args.out.display()))?;
    println!(
        "learned {} features from {documents} documents ({body} short body lines, {chrome} chrome lines) -> {}",
        model.len(),
        args.out.display()
    );
    Ok(Outcome::Success)
}
