//! Store unit tests on in-memory (and, for migrations, temp-file) databases.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::document::{
    Classified, Cleaned, Evidence, Hints, PageMeta, PolicyVerdict, RegionHit, Removal, TagScore,
    Versions,
};

fn record(origin: &str, title: &str, text: &str) -> Record {
    Record {
        origin: origin.into(),
        source_key: "site".into(),
        content_hash: crate::pipeline::content_hash(&format!("{title}\n{text}")),
        raw: format!("{title}\n{text}").into_bytes(),
        encoding: "UTF-8".into(),
        format: Format::Text,
        cleaned: Cleaned {
            title: Some(title.into()),
            text: text.into(),
            removed: vec![Removal {
                text: "关注微信公众号".into(),
                rule: "follow-prompt".into(),
            }],
            meta: PageMeta::default(),
        },
        classified: Classified {
            lang: crate::classify::detect_lang(text),
            published: chrono::NaiveDate::from_ymd_opt(2024, 5, 10),
            health_policy: PolicyVerdict {
                is_policy: true,
                score: 0.9,
                evidence: vec![Evidence {
                    term: "医保".into(),
                    field: "body".into(),
                    weight: 1.0,
                    count: 1,
                }],
            },
            tags: vec![TagScore {
                id: "medical-insurance".into(),
                score: 0.8,
            }],
            regions: Vec::new(),
        },
        versions: Versions {
            cleaner: "c1".into(),
            classifier: "k1".into(),
        },
        hints: Hints::default(),
        site_lines: Vec::new(),
    }
}

fn region(code: &str, name: &str, name_en: &str, level: &str) -> RegionHit {
    RegionHit {
        code: code.into(),
        name: name.into(),
        name_en: name_en.into(),
        level: level.into(),
        score: 1.0,
    }
}

fn count(store: &Store, statement: &str) -> i64 {
    store
        .conn
        .query_row(statement, [], |row| row.get(0))
        .unwrap()
}

fn search(store: &Store, text: &str) -> Vec<i64> {
    store
        .query(&Query {
            text: Some(text.into()),
            all: true,
            limit: 50,
            ..Query::default()
        })
        .unwrap()
        .iter()
        .map(|hit| hit.id)
        .collect()
}

#[test]
fn duplicate_content_records_only_an_origin() {
    let mut store = Store::open_in_memory().unwrap();
    let first = record("a.txt", "标题", "市医保局发布通知。");
    let mut again = first.clone();
    again.origin = "b.txt".into();
    let out = store.insert_batch(&[first, again.clone()]).unwrap();
    assert!(matches!(out[0], Inserted::New(_)));
    assert_eq!(out[1], Inserted::Duplicate(out[0].id()));
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), 1);
    assert_eq!(count(&store, "SELECT count(*) FROM document_origins"), 2);
    // Seeing the same origin again adds nothing.
    store.insert_batch(&[again]).unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM document_origins"), 2);
    assert_eq!(count(&store, "SELECT count(*) FROM removed_segments"), 1);
    let hash = crate::pipeline::content_hash("标题\n市医保局发布通知。");
    assert_eq!(store.find_by_hash(&hash).unwrap(), Some(out[0].id()));
}

#[test]
fn a_failing_record_rolls_back_the_whole_batch() {
    let mut store = Store::open_in_memory().unwrap();
    let good = record("a.txt", "标题", "正文一");
    let bad = record("b.txt", "标题", "正文二");
    // The second row fails inside the transaction; the first must not survive it.
    store.conn.execute_batch("CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.text = '正文二' BEGIN SELECT RAISE(ABORT, 'refused'); END;").unwrap();
    assert!(store.insert_batch(&[good, bad]).is_err());
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), 0);
}

#[test]
fn site_profile_counts_new_documents_per_source() {
    let mut store = Store::open_in_memory().unwrap();
    let mut records = Vec::new();
    for i in 0..3 {
        let mut r = record(
            &format!("{i}.txt"),
            &format!("标题{i}"),
            &format!("正文{i}"),
        );
        r.site_lines = vec![
            "返回首页".into(),
            format!("独有的一行{i}"),
            "返回首页".into(),
        ];
        records.push(r);
    }
    let mut other = record("x.txt", "别站", "别站正文");
    other.source_key = "other".into();
    other.site_lines = vec!["返回首页".into()];
    records.push(other);
    store.insert_batch(&records).unwrap();
    // A duplicate is not a new document of its site.
    let mut dup = records[0].clone();
    dup.origin = "copy.txt".into();
    store.insert_batch(&[dup]).unwrap();

    let profile = store.site_profile("site").unwrap();
    assert_eq!(profile.documents, 3);
    assert_eq!(profile.line_counts.get("返回首页"), Some(&3));
    // Seen once: left out of the profile.
    assert!(!profile.line_counts.contains_key("独有的一行0"));
    let other = store.site_profile("other").unwrap();
    assert_eq!(other.documents, 1);
    assert!(other.line_counts.is_empty());
    let unknown = store.site_profile("never-seen").unwrap();
    assert_eq!(unknown.documents, 0);
}

#[test]
fn site_lines_seen_once_are_pruned_after_a_window() {
    let mut store = Store::open_in_memory().unwrap();
    let total = sites::PRUNE_AFTER + 6;
    for i in 0..total {
        let mut r = record(
            &format!("{i}.txt"),
            &format!("标题{i}"),
            &format!("正文{i}"),
        );
        r.site_lines = vec!["版权所有".into(), format!("独有{i}")];
        store.insert_batch(&[r]).unwrap();
    }
    // Singletons from the first documents are gone; recent ones and the template stay.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM site_line_counts WHERE line = '独有0' OR line = '独有5'"
        ),
        0
    );
    assert_eq!(
        count(
            &store,
            &format!(
                "SELECT count(*) FROM site_line_counts WHERE line = '独有{}'",
                total - 1
            )
        ),
        1
    );
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM site_line_counts WHERE documents = 1"
        ),
        sites::PRUNE_AFTER
    );
    let profile = store.site_profile("site").unwrap();
    assert_eq!(profile.line_counts.get("版权所有"), Some(&(total as u32)));
}

#[test]
fn rare_repeated_lines_are_pruned_and_frequent_ones_kept() {
    let mut store = Store::open_in_memory().unwrap();
    for i in 0..(sites::PRUNE_AFTER + 10) {
        let mut r = record(
            &format!("{i}.txt"),
            &format!("标题{i}"),
            &format!("正文{i}"),
        );
        r.site_lines = vec![format!("独有{i}")];
        if i < 2 {
            r.site_lines.push("转载的一句引语".into());
        }
        if i % 4 == 0 {
            r.site_lines.push("栏目导航".into());
        }
        store.insert_batch(&[r]).unwrap();
    }
    let profile = store.site_profile("site").unwrap();
    assert!(!profile.line_counts.contains_key("转载的一句引语"));
    assert_eq!(profile.line_counts.get("栏目导航"), Some(&19));
}

#[test]
fn site_lines_are_capped_per_source() {
    let mut store = Store::open_in_memory().unwrap();
    let mut r = record("a.txt", "t", "b");
    r.site_lines = (0..50).map(|i| format!("line {i}")).collect();
    store.insert_batch(&[r]).unwrap();
    let tx = store.conn.transaction().unwrap();
    sites::prune_with(&tx, "site", sites::PRUNE_AFTER, 10).unwrap();
    tx.commit().unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM site_line_counts"), 10);
}

#[test]
fn old_databases_migrate_and_newer_ones_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        // A database as the first release left it: migration 1 only, with a document.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(schema::MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO documents (content_hash, source_path, source_key, raw, encoding, format, \
             text, lang, health_policy, health_score, cleaner_version, classifier_version, \
             ingested_at, processed_at) VALUES ('h', 'a.txt', 'k', x'00', 'UTF-8', 'text', \
             '正文', 'zh', 1, 0.9, 'c', 'k', 'now', 'now')",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), 1);
    assert_eq!(
        count(&store, "SELECT count(*) FROM health_policy_documents"),
        1
    );
    assert_eq!(count(&store, "SELECT count(*) FROM tags"), 14);
    let recorded: String = store
        .conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'schema_version'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(recorded, SCHEMA_VERSION.to_string());
    drop(store);
    // Opening again applies nothing and keeps the data.
    let store = Store::open(&path).unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM documents"), 1);
    drop(store);

    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    match Store::open(&path) {
        Err(StoreError::TooNew { found, known, .. }) => {
            assert_eq!((found, known), (SCHEMA_VERSION + 1, SCHEMA_VERSION));
        }
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("a newer schema was accepted"),
    }
}

#[test]
fn file_databases_use_wal() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("w.db")).unwrap();
    let mode: String = store
        .conn
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

fn search_fixture() -> (Store, [i64; 4]) {
    let mut store = Store::open_in_memory().unwrap();
    let out = store
        .insert_batch(&[
            record("1.txt", "医保支付方式改革", "本市推进按病种付费。"),
            record(
                "2.txt",
                "疫苗接种通知",
                "市民可预约接种。医保可报销部分费用。",
            ),
            record(
                "3.txt",
                "Vaccine rollout",
                "The city expands COVID疫苗 access for elders.",
            ),
            record("4.txt", "醫療保險新規", "本港醫保制度調整，涉及長者。"),
        ])
        .unwrap();
    let ids = [out[0].id(), out[1].id(), out[2].id(), out[3].id()];
    (store, ids)
}

#[test]
fn two_character_chinese_and_both_scripts() {
    let (store, [a, b, c, d]) = search_fixture();
    let mut found = search(&store, "医保");
    found.sort();
    assert_eq!(found, vec![a, b, d]);
    // Traditional query finds simplified text and the other way round.
    let mut found = search(&store, "醫保");
    found.sort();
    assert_eq!(found, vec![a, b, d]);
    assert_eq!(search(&store, "医疗保险"), vec![d]);
    let mut found = search(&store, "疫苗");
    found.sort();
    assert_eq!(found, vec![b, c]);
    assert_eq!(search(&store, "长者"), vec![d]);
    // Adjacent characters only: 保付 is not a word in any document.
    assert!(search(&store, "保付").is_empty());
}

#[test]
fn english_mixed_and_operators() {
    let (store, [a, b, c, _]) = search_fixture();
    assert_eq!(search(&store, "vaccines"), vec![c]);
    assert_eq!(search(&store, "COVID疫苗"), vec![c]);
    assert_eq!(search(&store, "\"expands covid\""), vec![c]);
    let mut either = search(&store, "病种 OR 预约");
    either.sort();
    assert_eq!(either, vec![a, b]);
    assert_eq!(search(&store, "医保 -报销 -醫療"), vec![a]);
    assert_eq!(search(&store, "医保 NOT 报销 NOT 保险"), vec![a]);
}

#[test]
fn hostile_input_never_errors() {
    let (store, _) = search_fixture();
    for input in [
        "\"",
        "\"\"",
        "AND",
        "OR",
        "NOT",
        "*",
        "NEAR(",
        "NEAR(医保 疫苗, 2)",
        "-",
        "- -",
        "(",
        ")",
        "医保\"",
        "title:医保",
        "body:",
        "^医保",
        "'; DROP TABLE documents; --",
        "%",
        "_",
        "医保 AND",
        "OR 医保",
        "a*b",
        "{title}: x",
        "\u{0}",
        "🙂",
    ] {
        let result = store.query(&Query {
            text: Some(input.into()),
            all: true,
            limit: 5,
            ..Query::default()
        });
        assert!(result.is_ok(), "{input:?}: {:?}", result.err());
    }
    // Nothing searchable matches nothing rather than everything.
    assert!(search(&store, "\"").is_empty());
    assert!(search(&store, "* - ( )").is_empty());
    // Punctuation typed around a real word still finds it.
    assert_eq!(search(&store, "(医保)").len(), 3);
    assert_eq!(search(&store, "\"医保").len(), 3);
    assert_eq!(search(&store, "医保*").len(), 3);
}

#[test]
fn title_matches_rank_first_and_snippets_show_the_match() {
    let mut store = Store::open_in_memory().unwrap();
    let filler = "本段介绍其他工作安排。".repeat(30);
    let out = store
        .insert_batch(&[
            record(
                "body.txt",
                "工作动态",
                &format!("{filler}\n会议还提到疫苗储备。"),
            ),
            record(
                "title.txt",
                "疫苗储备工作通知",
                &format!("{filler}\n另见疫苗事项。"),
            ),
        ])
        .unwrap();
    let hits = store
        .query(&Query {
            text: Some("疫苗".into()),
            all: true,
            limit: 10,
            ..Query::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].id, out[1].id(), "title match should rank first");
    assert!(hits[0].rank.unwrap() <= hits[1].rank.unwrap());
    assert!(hits[1].snippet.contains("疫苗储备"), "{}", hits[1].snippet);
    assert!(hits[1].snippet.starts_with('…'), "{}", hits[1].snippet);
}

#[test]
fn filters_by_tag_region_dates_and_policy() {
    let mut store = Store::open_in_memory().unwrap();
    let mut suzhou = record("1.txt", "苏州", "苏州推进健康城市建设。");
    suzhou.classified.regions = vec![region("320500", "苏州市", "Suzhou", "city")];
    suzhou.classified.tags = vec![TagScore {
        id: "healthy-city".into(),
        score: 0.9,
    }];
    let mut jiangsu = record("2.txt", "江苏", "江苏省医保工作。");
    jiangsu.classified.regions = vec![region("320000", "江苏省", "Jiangsu", "province")];
    jiangsu.classified.published = chrono::NaiveDate::from_ymd_opt(2023, 1, 2);
    let mut zhejiang = record("3.txt", "丽水", "丽水卫生健康。");
    zhejiang.classified.regions = vec![region("331100", "丽水市", "Lishui", "city")];
    zhejiang.classified.health_policy.is_policy = false;
    let ids: Vec<i64> = store
        .insert_batch(&[suzhou, jiangsu, zhejiang])
        .unwrap()
        .iter()
        .map(|i| i.id())
        .collect();
    let run = |q: Query| -> Vec<i64> {
        let mut found: Vec<i64> = store
            .query(&Query { limit: 50, ..q })
            .unwrap()
            .iter()
            .map(|h| h.id)
            .collect();
        found.sort();
        found
    };
    let region_query = |r: &str| Query {
        region: Some(r.into()),
        all: true,
        ..Query::default()
    };
    assert_eq!(run(region_query("320000")), vec![ids[0], ids[1]]);
    assert_eq!(run(region_query("320500")), vec![ids[0]]);
    assert_eq!(run(region_query("320583")), Vec::<i64>::new());
    assert_eq!(run(region_query("江苏")), vec![ids[0], ids[1]]);
    assert_eq!(run(region_query("蘇州")), vec![ids[0]]);
    assert_eq!(run(region_query("SUZHOU")), vec![ids[0]]);
    assert_eq!(run(region_query("lishui")), vec![ids[2]]);
    // Provinces are known even when only their cities are stored.
    assert_eq!(run(region_query("浙江")), vec![ids[2]]);
    assert_eq!(run(region_query("zhejiang")), vec![ids[2]]);
    assert_eq!(run(region_query("浙江省")), vec![ids[2]]);
    assert_eq!(run(region_query("火星")), Vec::<i64>::new());
    // Without --all only health policy.
    assert_eq!(
        run(Query {
            region: Some("lishui".into()),
            ..Query::default()
        }),
        Vec::<i64>::new()
    );
    assert_eq!(
        run(Query {
            tags: vec!["healthy-city".into()],
            ..Query::default()
        }),
        vec![ids[0]]
    );
    assert_eq!(
        run(Query {
            until: Some("2023-12-31".into()),
            all: true,
            ..Query::default()
        }),
        vec![ids[1]]
    );
    assert_eq!(
        run(Query {
            since: Some("2024-01-01".into()),
            all: true,
            ..Query::default()
        }),
        vec![ids[0], ids[2]]
    );
    // Newest first without text.
    let listed = store
        .query(&Query {
            all: true,
            limit: 50,
            ..Query::default()
        })
        .unwrap();
    assert_eq!(listed.last().map(|h| h.id), Some(ids[1]));
    assert_eq!(listed[0].region_codes.len(), 1);
    assert!(store.known_tags().unwrap().contains(&"tcm".to_string()));
}

#[test]
fn stats_count_by_every_dimension() {
    let (mut store, _) = search_fixture();
    let mut other = record("5.txt", "Quarterly results", "Revenue grew.");
    other.classified.health_policy.is_policy = false;
    other.classified.published = chrono::NaiveDate::from_ymd_opt(2024, 6, 1);
    other.classified.regions = vec![region("320500", "苏州市", "Suzhou", "city")];
    store.insert_batch(&[other]).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, 5);
    assert_eq!(stats.health_policy, 4);
    assert_eq!(stats.not_health_policy, 1);
    assert_eq!(stats.by_tag[0].key, "medical-insurance");
    assert_eq!(stats.by_tag[0].documents, 5);
    assert_eq!(stats.by_tag[0].health_policy, 4);
    let months: Vec<(&str, i64)> = stats
        .by_month
        .iter()
        .map(|c| (c.key.as_str(), c.documents))
        .collect();
    assert_eq!(months, vec![("2024-06", 1), ("2024-05", 4)]);
    assert_eq!(stats.by_day[0].key, "2024-06-01");
    assert_eq!(stats.by_region[0].code, "320500");
    assert_eq!(stats.by_region[0].health_policy, 0);
    assert!(stats
        .by_lang
        .iter()
        .any(|c| c.key == "en" && c.documents == 2));
    assert_eq!(stats.schema_version, SCHEMA_VERSION);
    assert_eq!(
        stats.by_rule,
        vec![Count {
            key: "follow-prompt".into(),
            documents: 5,
            health_policy: 4
        }]
    );
    assert_eq!(stats.by_version.len(), 1);
    assert_eq!(stats.by_version[0].key, "c1 / k1");
}

#[test]
fn reprocessing_rewrites_derived_rows_and_keeps_raw() {
    let mut store = Store::open_in_memory().unwrap();
    let mut original = record("1.txt", "旧标题", "第一段讲疫苗。\n订阅我们的新闻");
    original.site_lines = vec!["订阅我们的新闻".into()];
    original.hints.url = Some("https://example.org/a".into());
    let id = store.insert_batch(&[original.clone()]).unwrap()[0].id();

    let stored = store.documents_for_reprocess(0, 10, None).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].raw.bytes, original.raw);
    assert_eq!(
        stored[0].raw.hints.url.as_deref(),
        Some("https://example.org/a")
    );
    assert!(stored[0].site_lines.contains(&"订阅我们的新闻".to_string()));

    // Same results, new versions: only stamped.
    let mut same = original.clone();
    same.versions.cleaner = "c2".into();
    let out = store
        .update_batch(&[Update {
            id,
            previous_site_lines: stored[0].site_lines.clone(),
            record: same.clone(),
        }])
        .unwrap();
    assert_eq!(out, vec![Reprocessed::Unchanged]);
    let current = Versions {
        cleaner: "c2".into(),
        classifier: "k1".into(),
    };
    assert_eq!(store.count_for_reprocess(Some(&current)).unwrap(), 0);

    // A new rule removes a line: everything derived is rewritten.
    let mut changed = same;
    changed.cleaned.text = "第一段讲疫苗。".into();
    changed.cleaned.removed.push(Removal {
        text: "订阅我们的新闻".into(),
        rule: "newsletter".into(),
    });
    changed.classified.tags = vec![TagScore {
        id: "public-health".into(),
        score: 0.7,
    }];
    changed.versions.cleaner = "c3".into();
    assert_eq!(
        store.count_for_reprocess(Some(&changed.versions)).unwrap(),
        1
    );
    let out = store
        .update_batch(&[
            Update {
                id,
                previous_site_lines: stored[0].site_lines.clone(),
                record: changed,
            },
            Update {
                id: 999,
                previous_site_lines: Vec::new(),
                record: original.clone(),
            },
        ])
        .unwrap();
    assert_eq!(out, vec![Reprocessed::Updated, Reprocessed::Missing]);
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM removed_segments WHERE rule = 'newsletter'"
        ),
        1
    );
    let (text, version, raw): (String, String, Vec<u8>) = store
        .conn
        .query_row(
            "SELECT text, cleaner_version, raw FROM documents WHERE id = ?",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap();
    assert_eq!(text, "第一段讲疫苗。");
    assert_eq!(version, "c3");
    assert_eq!(raw, original.raw);
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM document_tags WHERE tag = 'public-health'"
        ),
        1
    );
    assert_eq!(count(&store, "SELECT count(*) FROM document_tags"), 1);
    // The index follows: the removed line is no longer found, the body still is.
    assert!(search(&store, "订阅").is_empty());
    assert_eq!(search(&store, "疫苗"), vec![id]);
}

#[test]
fn gazetteer_rows_resolve_names_of_parents() {
    let mut store = Store::open_in_memory().unwrap();
    let mut county = record("4.txt", "缙云", "缙云县卫生健康工作。");
    county.classified.regions = vec![region("331122", "缙云县", "Jinyun", "county")];
    let id = store.insert_batch(&[county]).unwrap()[0].id();
    let by_region = |store: &Store, r: &str| -> Vec<i64> {
        store
            .query(&Query {
                region: Some(r.into()),
                all: true,
                limit: 10,
                ..Query::default()
            })
            .unwrap()
            .iter()
            .map(|h| h.id)
            .collect()
    };
    assert!(by_region(&store, "丽水").is_empty());
    assert_eq!(by_region(&store, "缙云"), vec![id]);
    store
        .upsert_regions(&[RegionRow {
            code: "331100".into(),
            name: "丽水市".into(),
            short_name: "丽水".into(),
            name_en: "Lishui".into(),
            level: "city".into(),
            aliases: Vec::new(),
        }])
        .unwrap();
    assert_eq!(store.region_patterns("丽水").unwrap(), vec!["3311__"]);
    assert_eq!(by_region(&store, "丽水"), vec![id]);
    assert_eq!(by_region(&store, "LISHUI"), vec![id]);
}

fn by_region(store: &Store, region: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = store
        .query(&Query {
            region: Some(region.into()),
            all: true,
            limit: 50,
            ..Query::default()
        })
        .unwrap()
        .iter()
        .map(|h| h.id)
        .collect();
    ids.sort();
    ids
}

fn shipped_gazetteer() -> (String, String) {
    crate::config::Config::default().gazetteer().unwrap()
}

#[test]
fn the_shipped_gazetteer_resolves_names_no_document_carries() {
    let mut store = Store::open_in_memory().unwrap();
    let mut jinyun = record("1.txt", "缙云", "缙云县卫生健康工作。");
    jinyun.classified.regions = vec![region("331122", "缙云县", "Jinyun", "county")];
    let mut kunshan = record("2.txt", "昆山", "昆山市医保工作。");
    kunshan.classified.regions = vec![region("320583", "昆山市", "Kunshan", "county")];
    let mut dangshan = record("3.txt", "砀山", "砀山县乡村医生。");
    dangshan.classified.regions = vec![region("341321", "砀山县", "Dangshan", "county")];
    let mut moscow = record("4.txt", "莫斯科", "俄罗斯卫生部。");
    moscow.classified.regions = vec![region("RU", "俄罗斯", "Russian Federation", "country")];
    let ids: Vec<i64> = store
        .insert_batch(&[jinyun, kunshan, dangshan, moscow])
        .unwrap()
        .iter()
        .map(|i| i.id())
        .collect();
    let [jinyun, kunshan, dangshan, moscow] = ids[..] else {
        panic!("{ids:?}")
    };
    // Before: only the provinces (shipped by migration) and stored names resolve.
    assert!(by_region(&store, "丽水").is_empty());
    assert!(by_region(&store, "Suzhou").is_empty());
    assert_eq!(store.region_patterns("Xizang").unwrap(), vec!["54____"]);

    let (file, tsv) = shipped_gazetteer();
    let loaded = store.sync_gazetteer(&file, &tsv).unwrap().unwrap();
    assert!(loaded > 3000, "{loaded}");
    assert_eq!(count(&store, "SELECT count(*) FROM regions"), loaded as i64);
    // A city name (Chinese full or short, pinyin in any case) reaches its counties.
    for name in ["丽水", "丽水市", "麗水", "Lishui", "LISHUI"] {
        assert_eq!(by_region(&store, name), vec![jinyun], "{name}");
    }
    // A county by every name, including names no stored document uses.
    for name in ["缙云县", "缙云", "Jinyun", "jinyun county"] {
        assert_eq!(by_region(&store, name), vec![jinyun], "{name}");
    }
    assert_eq!(store.region_patterns("青田").unwrap(), vec!["331121"]);
    assert_eq!(store.region_patterns("Qingtian").unwrap(), vec!["331121"]);
    // Ambiguous pinyin matches every place so called (苏州, 宿州 and 肃州区 in
    // Gansu); the Chinese names do not.
    assert_eq!(
        store.region_patterns("suzhou").unwrap(),
        vec!["3205__", "3413__", "620902"]
    );
    assert_eq!(by_region(&store, "Suzhou"), vec![kunshan, dangshan]);
    assert_eq!(by_region(&store, "蘇州"), vec![kunshan]);
    assert_eq!(by_region(&store, "宿州"), vec![dangshan]);
    assert_eq!(by_region(&store, "Anhui"), vec![dangshan]);
    // Aliases: other romanisations and customary English names.
    assert_eq!(store.region_patterns("Xizang").unwrap(), vec!["54____"]);
    assert_eq!(store.region_patterns("Tibet").unwrap(), vec!["54____"]);
    assert_eq!(store.region_patterns("maanshan").unwrap(), vec!["3405__"]);
    assert_eq!(store.region_patterns("Ma’anshan").unwrap(), vec!["3405__"]);
    assert_eq!(by_region(&store, "Russia"), vec![moscow]);
    assert_eq!(by_region(&store, "ru"), vec![moscow]);
    assert!(store
        .region_patterns("uk")
        .unwrap()
        .contains(&"GB".to_string()));
    // A province's short name is the province, not the lower level sharing it.
    assert_eq!(store.region_patterns("吉林").unwrap(), vec!["22____"]);
    assert_eq!(store.region_patterns("吉林市").unwrap(), vec!["2202__"]);
    assert_eq!(store.region_patterns("海南").unwrap(), vec!["46____"]);
    assert!(store.region_patterns("火星").unwrap().is_empty());

    // Loaded once: the same content is not loaded again.
    assert_eq!(store.sync_gazetteer(&file, &tsv).unwrap(), None);
}

#[test]
fn a_changed_gazetteer_replaces_the_table_and_a_bad_one_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let (file, tsv) = shipped_gazetteer();
    store.sync_gazetteer(&file, &tsv).unwrap();
    let hash = store.loaded_gazetteer().unwrap().unwrap();
    let small = "code\tlevel\tname\tshort\ten\tparent\taliases\tformer\n\
                 330000\tprovince\t浙江省\t浙江\tZhejiang\t\t\t\n\
                 331100\tcity\t丽水市\t丽水\tLishui\t330000\tLishui City|處州\t\n";
    assert_eq!(store.sync_gazetteer("mine.tsv", small).unwrap(), Some(2));
    assert_eq!(count(&store, "SELECT count(*) FROM regions"), 2);
    assert_ne!(store.loaded_gazetteer().unwrap().unwrap(), hash);
    assert_eq!(store.region_patterns("处州").unwrap(), vec!["3311__"]);
    assert_eq!(
        store.region_patterns("lishui city").unwrap(),
        vec!["3311__"]
    );
    assert!(store.region_patterns("缙云").unwrap().is_empty());
    assert!(store.region_patterns("江苏").unwrap().is_empty());

    let bad = small.replace("\tcity\t", "\ttown\t");
    match store.sync_gazetteer("bad.tsv", &bad) {
        Err(StoreError::Gazetteer { file, line, .. }) => {
            assert_eq!((file.as_str(), line), ("bad.tsv", 3));
        }
        other => panic!("a bad gazetteer was accepted: {other:?}"),
    }
    assert_eq!(count(&store, "SELECT count(*) FROM regions"), 2);
    assert_eq!(store.region_patterns("丽水").unwrap(), vec!["3311__"]);
}

#[test]
fn a_second_writer_waits_for_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two.db");
    let mut first = Store::open(&path).unwrap();
    let mut second = Store::open(&path).unwrap();
    // The first writer holds the write lock for a while; the second must wait, not fail.
    let tx = first
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .unwrap();
    let (started, ready) = std::sync::mpsc::channel();
    let writer = std::thread::spawn(move || {
        started.send(()).unwrap();
        second.insert_batch(&[record("b.txt", "第二", "第二个写入者。")])
    });
    ready.recv().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    tx.commit().unwrap();
    let outcome = writer.join().unwrap().unwrap();
    assert!(matches!(outcome[0], Inserted::New(_)));
    assert_eq!(count(&first, "SELECT count(*) FROM documents"), 1);
}

#[test]
fn read_only_handles_read_and_refuse_to_write_or_migrate() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.db");
    let mut writer = Store::open(&path).unwrap();
    let mut r = record("a.txt", "标题", "正文医保。");
    r.site_lines = vec!["返回首页".into()];
    let mut r2 = record("b.txt", "标题二", "正文二医保。");
    r2.site_lines = vec!["返回首页".into()];
    writer.insert_batch(&[r, r2]).unwrap();

    let mut reader = Store::open_read_only(&path).unwrap();
    assert_eq!(
        reader.site_profile("site").unwrap().line_counts["返回首页"],
        2
    );
    assert_eq!(search(&reader, "医保").len(), 2);
    assert!(reader
        .insert_batch(&[record("c.txt", "t", "写不进去")])
        .is_err());

    let old = dir.path().join("old.db");
    let conn = rusqlite::Connection::open(&old).unwrap();
    conn.execute_batch(schema::MIGRATIONS[0]).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    drop(conn);
    assert!(matches!(
        Store::open_read_only(&old),
        Err(StoreError::NeedsMigration { found: 1, .. })
    ));
    assert!(Store::open_read_only(&dir.path().join("missing.db")).is_err());
}

#[test]
fn feed_state_is_saved_replaced_and_read_back() {
    use crate::source::feed::FeedState;
    let mut store = Store::open_in_memory().unwrap();
    let url = "http://127.0.0.1:1/feed.xml";
    assert_eq!(store.feed_state(url).unwrap(), None);
    let mut state = FeedState {
        url: url.into(),
        etag: Some("\"v1\"".into()),
        last_modified: None,
        seen: vec!["a".into(), "b".into()],
    };
    store.save_feed_state(&state).unwrap();
    assert_eq!(store.feed_state(url).unwrap(), Some(state.clone()));
    state.etag = None;
    state.last_modified = Some("Tue, 19 Mar 2024 08:00:00 GMT".into());
    state.seen = vec!["b".into(), "c".into()];
    store.save_feed_state(&state).unwrap();
    assert_eq!(store.feed_state(url).unwrap(), Some(state));
    assert_eq!(count(&store, "SELECT count(*) FROM feed_state"), 1);
    assert_eq!(
        store.feed_state("http://127.0.0.1:1/other.xml").unwrap(),
        None
    );
}
