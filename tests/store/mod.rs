//! The database through the real binary on real files: `query` filters and formats,
//! bilingual search, `stats`, `reprocess` after a rule change, and schema versions.
//!
//! The classifier's date and region detection is not what is under test here, so
//! where a test needs known dates, regions or policy flags it sets them in the
//! database after ingesting, exactly as a user's SQL could.

use serde_json::Value;

use crate::util::{stderr, stdout, Workspace};

/// A small mixed corpus: simplified and traditional Chinese, English.
const PAGES: &[(&str, &str)] = &[
    (
        "news/suzhou.txt",
        "苏州市推进医保支付方式改革\n苏州市医保局近日印发通知，全面推进按病种付费。\n各区县要做好基层医疗服务。",
    ),
    (
        "news/nanjing.txt",
        "南京市启动疫苗接种工作\n南京市卫生健康委安排老年人疫苗接种，社区医院延长服务时间。",
    ),
    (
        "news/hongkong.txt",
        "香港醫保計劃諮詢\n特區政府就自願醫保計劃展開諮詢，涉及長者醫療開支。",
    ),
    (
        "news/lishui.txt",
        "Lishui hospitals expand vaccination\nThe Lishui health commission said community hospitals will offer flu vaccines to elderly residents.",
    ),
    (
        "news/earnings.txt",
        "Pharma group reports quarterly results\nRevenue grew eight percent on strong sales of its cough syrup.",
    ),
];

/// Ingests [`PAGES`] into `t.db` and returns the workspace.
fn corpus() -> Workspace {
    let ws = Workspace::new();
    for (path, text) in PAGES {
        ws.write(&format!("in/{path}"), text);
    }
    let out = ws.run(&["ingest", "--db", "t.db", ws.path("in").to_str().unwrap()]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).starts_with("ingested 5,"), "{}", stdout(&out));
    ws
}

/// The id of the document ingested from the file whose name ends with `name`.
fn id_of(ws: &Workspace, name: &str) -> i64 {
    ws.db("t.db")
        .query_row(
            "SELECT id FROM documents WHERE source_path LIKE '%' || ?",
            [name],
            |r| r.get(0),
        )
        .unwrap()
}

/// Sets what the classifier would have found, so filter tests do not depend on it.
fn set_facts(ws: &Workspace) {
    let db = ws.db("t.db");
    let facts = [
        (
            "suzhou.txt",
            "2024-03-19",
            1,
            "320500",
            "苏州市",
            "Suzhou",
            "city",
        ),
        (
            "nanjing.txt",
            "2024-05-02",
            1,
            "320100",
            "南京市",
            "Nanjing",
            "city",
        ),
        (
            "hongkong.txt",
            "2023-11-30",
            1,
            "810000",
            "香港特别行政区",
            "Hong Kong",
            "province",
        ),
        (
            "lishui.txt",
            "2024-06-01",
            1,
            "331100",
            "丽水市",
            "Lishui",
            "city",
        ),
        (
            "earnings.txt",
            "2024-06-02",
            0,
            "US",
            "United States",
            "United States",
            "country",
        ),
    ];
    for (name, date, policy, code, zh, en, level) in facts {
        let id = id_of(ws, name);
        db.execute(
            "UPDATE documents SET published = ?, health_policy = ? WHERE id = ?",
            rusqlite::params![date, policy, id],
        )
        .unwrap();
        db.execute("DELETE FROM document_regions WHERE document_id = ?", [id])
            .unwrap();
        db.execute(
            "INSERT INTO document_regions (document_id, code, name, name_en, level, score) \
             VALUES (?, ?, ?, ?, ?, 1.0)",
            rusqlite::params![id, code, zh, en, level],
        )
        .unwrap();
    }
    db.execute("DELETE FROM document_tags", []).unwrap();
    for (name, tag) in [
        ("suzhou.txt", "medical-insurance"),
        ("suzhou.txt", "primary-care"),
        ("hongkong.txt", "medical-insurance"),
        ("nanjing.txt", "public-health"),
        ("lishui.txt", "public-health"),
    ] {
        db.execute(
            "INSERT INTO document_tags (document_id, tag, score) VALUES (?, ?, 0.9)",
            rusqlite::params![id_of(ws, name), tag],
        )
        .unwrap();
    }
}

/// Runs `query --format json` and returns the ids, in output order.
fn json_ids(ws: &Workspace, args: &[&str]) -> Vec<i64> {
    let mut all = vec!["query", "--db", "t.db", "--format", "json"];
    all.extend_from_slice(args);
    let out = ws.run(&all);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        stderr(&out)
    );
    let hits: Value = serde_json::from_str(&stdout(&out)).unwrap();
    hits.as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_i64().unwrap())
        .collect()
}

fn sorted(mut ids: Vec<i64>) -> Vec<i64> {
    ids.sort();
    ids
}

#[test]
fn two_character_words_in_either_script() {
    let ws = corpus();
    let suzhou = id_of(&ws, "suzhou.txt");
    let hongkong = id_of(&ws, "hongkong.txt");
    let nanjing = id_of(&ws, "nanjing.txt");
    // 醫保 (traditional) finds 医保 (simplified) and the other way round.
    assert_eq!(
        sorted(json_ids(&ws, &["--all", "醫保"])),
        sorted(vec![suzhou, hongkong])
    );
    assert_eq!(
        sorted(json_ids(&ws, &["--all", "医保"])),
        sorted(vec![suzhou, hongkong])
    );
    assert_eq!(json_ids(&ws, &["--all", "疫苗"]), vec![nanjing]);
    assert_eq!(json_ids(&ws, &["--all", "长者"]), vec![hongkong]);
    assert_eq!(
        json_ids(&ws, &["--all", "vaccine"]),
        vec![id_of(&ws, "lishui.txt")]
    );
    // Hostile input is searched for, never a syntax error (exit 1: nothing matched).
    for input in [
        "\"",
        "AND",
        "*",
        "NEAR(",
        "-",
        "NOT",
        "(医保",
        "医保\" OR \"",
    ] {
        let out = ws.run(&["query", "--db", "t.db", "--all", input]);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{input:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn query_filters_by_region_tag_and_date() {
    let ws = corpus();
    set_facts(&ws);
    let suzhou = id_of(&ws, "suzhou.txt");
    let nanjing = id_of(&ws, "nanjing.txt");
    let earnings = id_of(&ws, "earnings.txt");

    // A province code matches its cities; names in either script and any case.
    for region in ["320000", "江苏", "江苏省"] {
        assert_eq!(
            sorted(json_ids(&ws, &["--region", region])),
            sorted(vec![suzhou, nanjing]),
            "{region}"
        );
    }
    assert_eq!(json_ids(&ws, &["--region", "320500"]), vec![suzhou]);
    assert_eq!(json_ids(&ws, &["--region", "蘇州"]), vec![suzhou]);
    assert_eq!(json_ids(&ws, &["--region", "NANJING"]), vec![nanjing]);
    assert_eq!(json_ids(&ws, &["--region", "us", "--all"]), vec![earnings]);
    // Not health policy: only with --all.
    assert!(json_ids(&ws, &["--region", "us"]).is_empty());

    let hongkong = id_of(&ws, "hongkong.txt");
    assert_eq!(
        json_ids(&ws, &["--tag", "medical-insurance"]),
        vec![suzhou, hongkong]
    );
    // Repeated tags must all match; tag names are case-insensitive.
    assert_eq!(
        json_ids(
            &ws,
            &["--tag", "Medical-Insurance", "--tag", "primary_care"]
        ),
        vec![suzhou]
    );
    assert_eq!(
        json_ids(&ws, &["--tag", "medical-insurance", "--region", "香港"]),
        vec![hongkong]
    );
    assert_eq!(
        json_ids(&ws, &["--since", "2024-03-01", "--until", "2024-05-31"]),
        vec![nanjing, suzhou],
        "newest first"
    );
    assert_eq!(json_ids(&ws, &["--until", "2023"]), vec![hongkong]);
    assert_eq!(json_ids(&ws, &["--limit", "2"]).len(), 2);
    assert_eq!(json_ids(&ws, &["--all", "--limit", "0"]).len(), 5);

    // Nothing matched: exit 1, with valid (empty) JSON.
    let out = ws.run(&[
        "query", "--db", "t.db", "--format", "json", "--region", "火星",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).trim(), "[]");
}

/// The `meta` value under `key` in `t.db`, if any.
fn meta(ws: &Workspace, key: &str) -> Option<String> {
    ws.db("t.db")
        .query_row("SELECT value FROM meta WHERE key = ?", [key], |r| r.get(0))
        .ok()
}

#[test]
fn region_names_resolve_from_the_gazetteer_before_any_document_names_the_place() {
    let ws = corpus();
    set_facts(&ws);
    // The Lishui page is about one of Lishui's counties; no document names the city.
    let lishui = id_of(&ws, "lishui.txt");
    let suzhou = id_of(&ws, "suzhou.txt");
    ws.db("t.db")
        .execute(
            "UPDATE document_regions SET code = '331122', name = '缙云县', name_en = 'Jinyun', \
             level = 'county' WHERE document_id = ?",
            [lishui],
        )
        .unwrap();
    // `ingest` loaded the whole gazetteer.
    let regions: i64 = ws
        .db("t.db")
        .query_row("SELECT count(*) FROM regions", [], |r| r.get(0))
        .unwrap();
    assert!(regions > 3000, "{regions}");
    assert!(meta(&ws, "gazetteer_sha256").is_some());

    for region in [
        "缙云",
        "缙云县",
        "JINYUN",
        "丽水",
        "麗水市",
        "Lishui",
        "浙江",
    ] {
        assert_eq!(
            json_ids(&ws, &["--region", region]),
            vec![lishui],
            "{region}"
        );
    }
    // Suzhou is also 宿州 and 肃州区: their codes are searched too, and find nothing more.
    assert_eq!(json_ids(&ws, &["--region", "suzhou"]), vec![suzhou]);

    // Opening a current database does not load the gazetteer again.
    let db = ws.db("t.db");
    db.execute(
        "UPDATE meta SET value = 'sentinel' WHERE key = 'gazetteer_loaded_at'",
        [],
    )
    .unwrap();
    assert_eq!(json_ids(&ws, &["--region", "丽水"]), vec![lishui]);
    assert_eq!(
        meta(&ws, "gazetteer_loaded_at").as_deref(),
        Some("sentinel")
    );

    // A database whose table holds only the provinces (as before the gazetteer was
    // loaded) is filled by `query` itself.
    db.execute_batch(
        "DELETE FROM region_names; DELETE FROM regions WHERE level <> 'province'; \
         INSERT INTO region_names SELECT short_name, code FROM regions; \
         DELETE FROM meta WHERE key = 'gazetteer_sha256';",
    )
    .unwrap();
    drop(db);
    assert_eq!(json_ids(&ws, &["--region", "缙云"]), vec![lishui]);
    assert_eq!(json_ids(&ws, &["--region", "丽水"]), vec![lishui]);
    assert_ne!(
        meta(&ws, "gazetteer_loaded_at").as_deref(),
        Some("sentinel")
    );
}

#[test]
fn a_configured_gazetteer_replaces_the_shipped_one_in_the_regions_table() {
    let ws = corpus();
    set_facts(&ws);
    let lishui = id_of(&ws, "lishui.txt");
    // A user's gazetteer, named among the taxonomy files: only its places and names.
    ws.write(
        "conf/places.tsv",
        "code\tlevel\tname\tshort\ten\tparent\taliases\tformer\n\
         331100\tcity\t丽水市\t丽水\tLishui\t330000\t處州|Chuchow\t\n",
    );
    let config = ws.write("conf/hf.toml", "[classify]\ntaxonomy = [\"places.tsv\"]\n");
    let config = config.to_str().unwrap();
    let ids = |region: &str| -> (Option<i32>, String) {
        let out = ws.run(&[
            "query", "--config", config, "--db", "t.db", "--format", "json", "--region", region,
        ]);
        (out.status.code(), stdout(&out))
    };
    let (code, out) = ids("chuchow");
    assert_eq!(code, Some(0), "{out}");
    let hits: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(hits[0]["id"].as_i64(), Some(lishui));
    assert_eq!(ids("处州").0, Some(0));
    let regions: i64 = ws
        .db("t.db")
        .query_row("SELECT count(*) FROM regions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(regions, 1);
    // Without that config the shipped gazetteer comes back, and the alias is gone.
    assert_eq!(json_ids(&ws, &["--region", "chuchow"]), Vec::<i64>::new());
    assert_eq!(json_ids(&ws, &["--region", "lishui"]), vec![lishui]);
}

#[test]
fn bad_filters_are_clear_errors() {
    let ws = corpus();
    let out = ws.run(&["query", "--db", "t.db", "--tag", "vaccines"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("unknown tag \"vaccines\""), "{err}");
    assert!(
        err.contains("medical-insurance") && err.contains("maternal-child"),
        "{err}"
    );

    for bad in ["2024/03/19", "2024-02-30", "March"] {
        let out = ws.run(&["query", "--db", "t.db", "--since", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
    }
    let out = ws.run(&[
        "query",
        "--db",
        "t.db",
        "--since",
        "2024-05-01",
        "--until",
        "2024-01-01",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("after --until"), "{}", stderr(&out));

    // A reading command never creates a database.
    let out = ws.run(&["query", "--db", "missing.db", "医保"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    assert!(!ws.path("missing.db").exists());
}

#[test]
fn json_csv_and_table_output_shapes() {
    let ws = corpus();
    set_facts(&ws);
    let out = ws.run(&["query", "--db", "t.db", "--format", "json", "医保支付"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let hits: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let hit = &hits[0];
    for key in [
        "id",
        "title",
        "published",
        "lang",
        "health_policy",
        "health_score",
        "tags",
        "regions",
        "region_codes",
        "source_path",
        "url",
        "snippet",
        "rank",
    ] {
        assert!(hit.get(key).is_some(), "missing {key} in {hit}");
    }
    assert_eq!(hit["region_codes"], serde_json::json!(["320500"]));
    assert_eq!(hit["regions"], serde_json::json!(["苏州市"]));
    assert!(hit["rank"].is_f64());
    assert!(hit["snippet"].as_str().unwrap().contains("医保"), "{hit}");

    let out = ws.run(&["query", "--db", "t.db", "--all", "--format", "csv"]);
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(headers[..3], ["id", "published", "lang"]);
    assert!(headers.contains(&"region_codes".to_string()));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|r| r.len() == headers.len()));

    // The table lines up its columns, CJK titles included.
    let out = ws.run(&["query", "--db", "t.db", "--all"]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("TITLE"),
        "{text}"
    );
    let tags_column = |line: &str| {
        let before = &line[..line
            .find("TAGS")
            .or_else(|| line.find("medical-"))
            .unwrap_or(0)];
        before
            .chars()
            .map(|c| if (c as u32) >= 0x2E80 { 2 } else { 1 })
            .sum::<usize>()
    };
    let suzhou_line = lines.iter().find(|l| l.contains("苏州市推进")).unwrap();
    assert_eq!(tags_column(lines[0]), tags_column(suzhou_line), "{text}");
    assert!(text.trim_end().ends_with("5 result(s)"), "{text}");
}

#[test]
fn stats_text_and_json() {
    let ws = corpus();
    set_facts(&ws);
    let out = ws.run(&["stats", "--db", "t.db", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stats: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(stats["documents"], 5);
    assert_eq!(stats["health_policy"], 4);
    assert_eq!(stats["not_health_policy"], 1);
    assert_eq!(stats["first_published"], "2023-11-30");
    let months: Vec<(String, i64)> = stats["by_month"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["key"].as_str().unwrap().to_string(),
                m["documents"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        months,
        [
            ("2024-06", 2),
            ("2024-05", 1),
            ("2024-03", 1),
            ("2023-11", 1)
        ]
        .map(|(k, n)| (k.to_string(), n))
    );
    let langs = stats["by_lang"].as_array().unwrap();
    assert!(
        langs
            .iter()
            .any(|l| l["key"] == "zh" && l["documents"] == 3),
        "{langs:?}"
    );
    assert!(stats["by_region"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["code"] == "320500" && r["name"] == "苏州市"));

    let out = ws.run(&["stats", "--db", "t.db"]);
    let text = stdout(&out);
    assert!(
        text.starts_with("documents: 5 (4 health policy, 1 not)"),
        "{text}"
    );
    assert!(text.contains("2024-06-02"), "{text}");
    assert!(text.contains("320500 苏州市"), "{text}");
    for section in [
        "tag",
        "language",
        "region",
        "source",
        "month",
        "day",
        "cleaning rule",
    ] {
        assert!(
            text.lines()
                .any(|l| l.trim_end().ends_with(&format!("policy  {section}"))
                    || l.contains(&format!("policy  {section} "))),
            "no {section} section in {text}"
        );
    }
}

/// Writes a config whose rule files are the built-in chrome rules plus `extra`.
fn config_with(ws: &Workspace, name: &str, extra: &str) -> String {
    let builtin = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/clean/chrome.toml"),
    )
    .unwrap();
    ws.write("conf/chrome.toml", builtin);
    ws.write(&format!("conf/{name}-extra.toml"), extra);
    let config = format!("[clean]\nrules = [\"chrome.toml\", \"{name}-extra.toml\"]\n");
    ws.write(&format!("conf/{name}.toml"), config)
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn reprocess_applies_a_new_rule_and_records_versions() {
    let ws = Workspace::new();
    let page = "市卫健委部署医保工作\n会议要求做好医保基金监管。\n本站特约观察员：张三（第12期）\n各地要加强基层医疗服务。";
    ws.write("in/a/page.txt", page);
    ws.write("in/a/ads.txt", "推广：健康体检套餐\n推广：限时优惠");
    let before = config_with(&ws, "before", "");
    let out = ws.run(&[
        "--config",
        &before,
        "ingest",
        "--db",
        "t.db",
        ws.path("in").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let read = |ws: &Workspace| -> (String, String, Vec<u8>, String) {
        ws.db("t.db")
            .query_row(
                "SELECT text, cleaner_version, raw, processed_at FROM documents WHERE source_path LIKE '%page.txt'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap()
    };
    let (text0, version0, raw0, _) = read(&ws);
    assert!(text0.contains("本站特约观察员"), "{text0}");
    assert_eq!(
        json_ids(&ws, &["--all", "本站特约"]).len(),
        1,
        "the contact line is searchable before the rule"
    );

    // Same rules: nothing changes.
    let out = ws.run(&["--config", &before, "reprocess", "--db", "t.db"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("reprocessed 2: updated 0, unchanged 2, failed 0"),
        "{}",
        stdout(&out)
    );

    // A rule file gains a rule; one page loses a line, the other loses every line.
    let after = config_with(
        &ws,
        "after",
        "[[rule]]\nname = \"site-columnist\"\npattern = '^本站特约'\naction = \"drop_line\"\n\n\
         [[rule]]\nname = \"promo\"\npattern = '^推广'\naction = \"drop_line\"\n",
    );
    let out = ws.run(&[
        "--config",
        &after,
        "reprocess",
        "--db",
        "t.db",
        "--only-outdated",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let report = stdout(&out);
    assert!(
        report.starts_with("reprocessed 2: updated 1, unchanged 0, failed 1"),
        "{report}"
    );
    assert!(report.contains("ads.txt: clean:"), "{report}");

    let (text1, version1, raw1, _) = read(&ws);
    assert!(!text1.contains("本站特约观察员"), "{text1}");
    assert!(text1.contains("基层医疗服务"), "{text1}");
    assert_ne!(version1, version0);
    assert_eq!(raw1, raw0, "raw input is never rewritten");
    let rule: String = ws
        .db("t.db")
        .query_row(
            "SELECT rule FROM removed_segments WHERE text LIKE '本站特约观察员%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rule, "site-columnist");
    assert!(
        json_ids(&ws, &["--all", "本站特约"]).is_empty(),
        "index updated"
    );
    assert_eq!(json_ids(&ws, &["--all", "基金监管"]).len(), 1);
    // The page that failed keeps its previous results and version.
    let ads: (String, String) = ws
        .db("t.db")
        .query_row(
            "SELECT text, cleaner_version FROM documents WHERE source_path LIKE '%ads.txt'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(ads.0.contains("限时优惠"));
    assert_eq!(ads.1, version0);

    // Only the failed page is still outdated.
    let out = ws.run(&[
        "--config",
        &after,
        "reprocess",
        "--db",
        "t.db",
        "--only-outdated",
    ]);
    assert!(
        stdout(&out).starts_with("reprocessed 1: updated 0, unchanged 0, failed 1"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn newer_schema_is_refused() {
    let ws = corpus();
    ws.db("t.db")
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let out = ws.run(&["query", "--db", "t.db", "--all"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("newer than this healthfeed understands"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_first_release_database_is_upgraded_in_place() {
    let ws = Workspace::new();
    {
        // The schema as the first version created it, with one document in it.
        let db = ws.db("old.db");
        let v1 = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/0001_init.sql"),
        )
        .unwrap();
        db.execute_batch(&v1).unwrap();
        db.pragma_update(None, "user_version", 1).unwrap();
        db.execute(
            "INSERT INTO documents (content_hash, source_path, source_key, raw, encoding, format, \
             title, text, lang, published, health_policy, health_score, cleaner_version, \
             classifier_version, ingested_at, processed_at) VALUES ('h', 'old.txt', 'k', \
             CAST('医保' AS BLOB), 'UTF-8', 'text', '旧文', '医保工作。', 'zh', '2020-01-01', 1, \
             0.9, 'c0', 'k0', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    }
    let out = ws.run(&["stats", "--db", "old.db", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stats: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(stats["documents"], 1);
    assert!(stats["schema_version"].as_i64().unwrap() >= 2);
    let db = ws.db("old.db");
    let version: i64 = db
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, stats["schema_version"].as_i64().unwrap());
    let title: String = db
        .query_row("SELECT title FROM health_policy_documents", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(title, "旧文");
}
