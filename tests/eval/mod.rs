//! `healthfeed eval` on a tiny hand-labelled corpus (tests/eval/fixtures): the figures
//! in `--extracted` mode are computed by hand, the pipeline run is checked for its JSON
//! shape, and malformed corpora must fail with exit 2 naming the file.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{stderr, stdout, Workspace};

fn fixtures(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/eval/fixtures")
        .join(sub)
}

fn json(ws: &Workspace, args: &[&str]) -> Value {
    let out = ws.run(args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

fn close(v: &Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-9)
}

// By hand, whitespace ignored. a-policy's body is "Suzhou opens ten clinics." (22
// characters) and "Each clinic has two doctors. Fees are waived." (24 + 14); the
// extracted text keeps the first paragraph and the sentence "Fees are waived.": 36 of
// 60. b-trial keeps its one paragraph: 19 of 19. Body recall = 55 / 79 = 0.696.
// Chrome: "Scan the QR code to follow us" leaks (contained in a longer line); "Home"
// does not ("Home page" is not exactly "Home"): 1 of a's 3 + b's 1 = 0.250.
// Titles: only a-policy has one, and it differs: 0 of 1. c-weather has no extracted
// text and is skipped.
const BODY_RECALL: f64 = 55.0 / 79.0;

#[test]
fn extracted_texts_score_as_computed_by_hand() {
    let ws = Workspace::new();
    let corpus = fixtures("corpus");
    let extracted = fixtures("extracted");
    let (corpus, extracted) = (corpus.to_str().unwrap(), extracted.to_str().unwrap());

    let report = json(
        &ws,
        &["eval", corpus, "--extracted", extracted, "--format", "json"],
    );
    let overall = &report["overall"];
    assert_eq!(report["extracted"], Value::Bool(true));
    assert_eq!(overall["documents"], 2, "{overall}");
    assert!(close(&overall["body_recall"], BODY_RECALL), "{overall}");
    assert!(close(&overall["chrome_leak"], 0.25), "{overall}");
    assert!(close(&overall["title_exact"], 0.0), "{overall}");
    // Nothing was classified, so the classifier figures are absent, not zero.
    assert!(overall["policy_f1"].is_null(), "{overall}");
    assert!(
        close(&report["groups"]["html"]["body_recall"], 1.0),
        "{report}"
    );
    assert_eq!(report["groups"]["txt"]["documents"], 1);
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["name"], "a-policy");
    assert_eq!(docs[0]["chrome_leaked"][0], "Scan the QR code to follow us");
    let body = report["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["figure"] == "body_recall")
        .unwrap();
    assert_eq!(body["met"], Value::Bool(false), "{body}");

    let out = ws.run(&["eval", corpus, "--extracted", extracted, "--verbose"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("2 documents"), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with("body recall"))
        .unwrap_or_default();
    assert!(
        row.contains(">= 0.99") && row.contains("0.696") && row.contains("MISS"),
        "{text}"
    );
    let row = text
        .lines()
        .find(|l| l.starts_with("chrome leak"))
        .unwrap_or_default();
    assert!(row.contains("0.250"), "{text}");
    assert!(
        text.contains("leaked: Scan the QR code to follow us"),
        "{text}"
    );
    assert!(
        text.contains("missing: Each clinic has two doctors."),
        "{text}"
    );
    assert!(!text.contains("c-weather"), "{text}");
}

#[test]
fn pipeline_run_reports_every_figure_per_language() {
    let ws = Workspace::new();
    let corpus = fixtures("corpus");
    let report = json(&ws, &["eval", corpus.to_str().unwrap(), "--format", "json"]);
    let overall = &report["overall"];
    assert_eq!(report["extracted"], Value::Bool(false));
    assert_eq!(overall["documents"], 3, "{overall}");
    assert_eq!(overall["hard_negatives"], 1, "{overall}");
    assert_eq!(overall["decode_failures"], 0, "{overall}");
    for field in [
        "body_recall",
        "chrome_leak",
        "title_exact",
        "policy_f1",
        "hard_negative_fpr",
        "date_accuracy",
        "region_recall",
    ] {
        let v = overall[field].as_f64();
        assert!(
            v.is_some_and(|v| (0.0..=1.0).contains(&v)),
            "{field}: {overall}"
        );
    }
    assert!(overall["invented_dates"].is_u64(), "{overall}");
    assert_eq!(report["groups"]["zh"]["documents"], 1, "{report}");
    assert_eq!(report["groups"]["en"]["documents"], 2, "{report}");
    assert_eq!(report["targets"].as_array().map(Vec::len), Some(10));
    let names: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a-policy", "b-trial", "c-weather"]);
}

#[test]
fn malformed_gold_exits_2_naming_the_file() {
    let ws = Workspace::new();
    ws.write("c/good.txt", "Title\nBody paragraph.\n");
    ws.write(
        "c/good.gold.toml",
        "lang = \"en\"\nencoding = \"UTF-8\"\ntitle = \"Title\"\nbody = [\"Body paragraph.\"]\n[labels]\nhealth_policy = false\nkind = \"other\"\n",
    );
    ws.write("c/bad.txt", "Title\nBody.\n");
    ws.write(
        "c/bad.gold.toml",
        "lang = \"en\"\nencoding = \"UTF-8\"\ntitle = \"Title\"\nbody = [\"Body.\"]\n[labels]\nhealth_policy = false\nkind = \"advert\"\n",
    );
    let out = ws.run(&["eval", "c"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("bad.gold.toml") && err.contains("advert"),
        "{err}"
    );

    // Broken TOML and a gold file without its page are format errors too.
    std::fs::write(ws.path("c/bad.gold.toml"), "lang = \"en\nbody = [").unwrap();
    let out = ws.run(&["eval", "c"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.gold.toml"), "{}", stderr(&out));

    std::fs::remove_file(ws.path("c/bad.gold.toml")).unwrap();
    std::fs::remove_file(ws.path("c/good.txt")).unwrap();
    let out = ws.run(&["eval", "c"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("good.gold.toml"), "{}", stderr(&out));
}

/// The project's targets, as a regression guard, on the sets the cleaner and classifier
/// were tuned on: `tests/corpus`, and the held-out sets that were written blind, measured
/// once untuned (README "How well it generalises"), then used to fix what they exposed.
/// `tests/holdout2` is not here: one of its pages names its country only in a site
/// name ("CityPulse SG"), so its region recall stays at 0.933.
#[test]
fn tuning_sets_meet_the_targets() {
    let ws = Workspace::new();
    for set in [
        "tests/corpus",
        "tests/holdout",
        "tests/holdout3",
        "tests/holdout4",
        "tests/holdout5",
    ] {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(set);
        let report = json(&ws, &["eval", corpus.to_str().unwrap(), "--format", "json"]);
        let missed: Vec<&Value> = report["targets"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["met"] != Value::Bool(true))
            .collect();
        assert!(missed.is_empty(), "{set}: targets missed: {missed:?}");
    }
}

/// Held-out sets whose classifier figures still miss a target (their first, untuned
/// measurements are in the README) keep the cleaner's targets once tuned on.
#[test]
fn other_held_out_sets_meet_the_cleaning_targets() {
    let ws = Workspace::new();
    for set in [
        "tests/holdout2",
        "tests/holdout6",
        "tests/holdout7",
        "tests/holdout8",
        "tests/holdout9",
        "tests/holdout10",
        "tests/holdout11",
        "tests/holdout12",
        "tests/holdout13",
        "tests/holdout14",
        "tests/holdout15",
        "tests/holdout16",
        "tests/holdout17",
        "tests/holdout18",
        "tests/holdout19",
        "tests/holdout20",
    ] {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(set);
        let report = json(&ws, &["eval", corpus.to_str().unwrap(), "--format", "json"]);
        let cleaning = ["body_recall", "chrome_leak", "title_exact"];
        let missed: Vec<&Value> = report["targets"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| cleaning.iter().any(|f| t["figure"] == *f))
            .filter(|t| t["met"] != Value::Bool(true))
            .collect();
        let checked = report["targets"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| cleaning.iter().any(|f| t["figure"] == *f))
            .count();
        assert_eq!(
            checked, 3,
            "{set}: cleaning figures missing from the report"
        );
        assert!(
            missed.is_empty(),
            "{set}: cleaning targets missed: {missed:?}"
        );
    }
}

/// `healthfeed learn` trains a line model from gold files, a config lists it among its
/// rule files, and a broken model file is an error naming it.
#[test]
fn learn_writes_a_line_model_a_config_can_use() {
    let ws = Workspace::new();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/clean");
    let out = ws.run(&[
        "learn",
        corpus.to_str().unwrap(),
        "--out",
        "lines.tsv",
        "--threshold",
        "5.5",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("lines.tsv"), "{}", stdout(&out));
    let model = std::fs::read_to_string(ws.path("lines.tsv")).unwrap();
    assert!(model.contains("\nthreshold\t5.5\n"), "{model}");
    let han_pairs = model.lines().filter(|l| l.starts_with("b:")).count();
    assert!(han_pairs > 100, "{han_pairs} Han pair weights");

    let config = format!(
        "[clean]\nrules = [{:?}, {:?}, \"lines.tsv\"]\n",
        rules.join("chrome.toml").to_str().unwrap(),
        rules.join("byline.toml").to_str().unwrap(),
    );
    ws.write("hf.toml", config);
    let fixtures = fixtures("corpus");
    let report = json(
        &ws,
        &[
            "eval",
            "-c",
            "hf.toml",
            fixtures.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(report["overall"]["body_recall"].as_f64().is_some());

    ws.write("lines.tsv", "threshold\tfour\n");
    let out = ws.run(&["eval", "-c", "hf.toml", fixtures.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("lines.tsv"), "{}", stderr(&out));

    // Gold with no chrome line teaches nothing: an error, and no file written.
    ws.write("only/a.txt", "Title\nShort line\n");
    ws.write(
        "only/a.gold.toml",
        "lang = \"en\"\nencoding = \"UTF-8\"\ntitle = \"Title\"\nbody = [\"Short line\"]\n[labels]\nhealth_policy = false\nkind = \"other\"\n",
    );
    let out = ws.run(&["learn", "only", "--out", "none.tsv"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("1 short body and 0 chrome"),
        "{}",
        stderr(&out)
    );
    assert!(!ws.path("none.tsv").exists());
}
