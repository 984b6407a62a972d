//! The one-shot commands (`ingest`, `inspect`, `query`, `stats`) on the real seeds.

use crate::util::{seeds_dir, stderr, stdout, Workspace};

#[test]
fn ingest_seeds_then_query_chinese_and_english() {
    let ws = Workspace::new();
    let seeds = seeds_dir();
    let out = ws.run(&["ingest", "--db", "t.db", seeds.to_str().unwrap()]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).starts_with("ingested 5, duplicates 0, failed 0"),
        "{}",
        stdout(&out)
    );

    let count: i64 = ws
        .db("t.db")
        .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 5);

    // A two-character Chinese word: beyond what a trigram index can match.
    let out = ws.run(&["query", "--db", "t.db", "--all", "--format", "csv", "医保"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("001_57729d44d6e8ba6d"), "{text}");

    let out = ws.run(&[
        "query",
        "--db",
        "t.db",
        "--all",
        "--format",
        "json",
        "Changzhou",
    ]);
    let hits: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(hits.as_array().map(Vec::len), Some(1), "{hits}");

    // Nothing matches: exit code 1, not an error.
    let out = ws.run(&["query", "--db", "t.db", "--all", "疫苗"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn reingesting_identical_content_is_a_no_op() {
    let ws = Workspace::new();
    let seeds = seeds_dir();
    let seeds = seeds.to_str().unwrap();
    assert!(ws.run(&["ingest", "--db", "t.db", seeds]).status.success());
    let out = ws.run(&["ingest", "--db", "t.db", seeds]);
    assert!(
        stdout(&out).starts_with("ingested 0, duplicates 5, failed 0"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn ingest_reports_bad_files_and_exits_non_zero() {
    let ws = Workspace::new();
    ws.write(
        "in/good.txt",
        "市卫生健康委召开会议，部署医保支付方式改革工作。\n会议强调要做好基层医疗卫生服务。",
    );
    ws.write("in/empty.txt", "");
    ws.write("in/binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0");
    // Not a page extension: a folder walk leaves it alone.
    ws.write("in/good.gold.toml", "title = \"x\"");
    let out = ws.run(&["ingest", "--db", "t.db", ws.path("in").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with("ingested 1, duplicates 0, failed 2"),
        "{text}"
    );
    assert!(
        text.contains("empty.txt: decode: the file is empty"),
        "{text}"
    );
    assert!(
        text.contains("binary.txt: decode: the file is binary (PNG image)"),
        "{text}"
    );
}

#[test]
fn inspect_json_has_the_contract_fields() {
    let ws = Workspace::new();
    let seed = seeds_dir().join("004_69df79372daf6b46.txt");
    let out = ws.run(&["inspect", "--format", "json", seed.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for field in [
        "title",
        "text",
        "lang",
        "published",
        "health_policy",
        "tags",
        "regions",
        "removed",
    ] {
        assert!(report.get(field).is_some(), "missing {field} in {report}");
    }
    assert_eq!(report["lang"], "en");
    assert!(report["health_policy"]["score"].is_f64());
    assert!(report["removed"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["rule"] == "icp-filing"
            && r["text"].as_str().unwrap().contains("苏ICP备05003616号")));
}

/// Each seed's classification, checked in as `tests/golden/<seed>.labels.toml` and
/// asserted exactly (issue 2): the policy flag, the tags in order, the date (absent when
/// the page states no full date) and the set of region codes. The cleaned text and title
/// are asserted by `golden`.
#[test]
fn seeds_classify_exactly_as_checked_in() {
    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Labels {
        health_policy: bool,
        tags: Vec<String>,
        published: Option<String>,
        regions: Vec<String>,
    }
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let ws = Workspace::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let seed = entry.unwrap().path();
        let stem = seed.file_stem().unwrap().to_str().unwrap().to_string();
        let labels_path = golden.join(format!("{stem}.labels.toml"));
        let expected: Labels = toml::from_str(
            &std::fs::read_to_string(&labels_path)
                .unwrap_or_else(|e| panic!("{}: {e}", labels_path.display())),
        )
        .unwrap();
        let out = ws.run(&["inspect", "--format", "json", seed.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let tags: Vec<String> = serde_json::from_value(report["tags"].clone()).unwrap();
        let mut regions: Vec<String> = report["regions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["code"].as_str().unwrap().to_string())
            .collect();
        regions.sort();
        let mut expected_regions = expected.regions.clone();
        expected_regions.sort();
        assert_eq!(
            report["health_policy"]["is"], expected.health_policy,
            "{stem}"
        );
        assert_eq!(tags, expected.tags, "{stem} tags");
        assert_eq!(
            report["published"].as_str().map(String::from),
            expected.published,
            "{stem} date"
        );
        assert_eq!(regions, expected_regions, "{stem} regions");
        checked += 1;
    }
    assert_eq!(checked, 5, "every seed has labels");
}
