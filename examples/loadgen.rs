//! Store throughput: inserts N synthetic ~4 KB documents (half Chinese, half English,
//! some traditional) in batches of 100 into a temporary database through
//! `Store::insert_batch`, then prints rows per second, the database size and a few
//! query timings. Figures are printed, never asserted: the machine is noisy.
//!
//!     cargo run --release --example loadgen -- [N] [--keep PATH]

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use healthfeed::document::{
    Classified, Cleaned, Format, Hints, PageMeta, PolicyVerdict, Record, RegionHit, Removal,
    TagScore, Versions,
};
use healthfeed::store::{Query, Store};

const ZH: &[&str] = &[
    "医保",
    "支付方式",
    "改革",
    "基层医疗",
    "卫生健康",
    "疫苗接种",
    "公共卫生",
    "中医药",
    "养老服务",
    "健康城市",
    "数字健康",
    "人才队伍",
    "药品集采",
    "妇幼保健",
    "慢性病",
    "医院",
    "高质量发展",
    "推进",
    "加强",
    "会议",
    "部署",
    "工作",
    "群众",
    "服务",
    "體系",
    "醫療保障",
    "長者",
    "社區",
    "监管",
    "基金",
];
const EN: &[&str] = &[
    "health",
    "insurance",
    "reform",
    "primary",
    "care",
    "vaccine",
    "hospital",
    "city",
    "commission",
    "elderly",
    "policy",
    "digital",
    "workforce",
    "drug",
    "procurement",
    "maternal",
    "chronic",
    "disease",
    "the",
    "of",
    "and",
    "to",
    "residents",
    "services",
    "medical",
    "provincial",
    "officials",
    "said",
    "plan",
    "pilot",
];
const CHROME_ZH: &[&str] = &[
    "首页 > 新闻中心",
    "关注我们的微信公众号",
    "版权所有 © 某市卫生健康委员会",
];
const CHROME_EN: &[&str] = &[
    "Home | News | About",
    "Follow us on WeChat",
    "Copyright © City Daily",
];

/// A small deterministic generator, so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next() % from.len()]
    }
}

fn paragraph(rng: &mut Rng, zh: bool, bytes: usize) -> String {
    let mut out = String::new();
    while out.len() < bytes {
        if zh {
            out.push_str(rng.pick(ZH));
            if rng.next() % 6 == 0 {
                out.push('，');
            }
        } else {
            out.push_str(rng.pick(EN));
            out.push(' ');
        }
    }
    out.push(if zh { '。' } else { '.' });
    out
}

fn document(rng: &mut Rng, i: usize) -> Record {
    let zh = i % 2 == 0;
    let title = format!("{} {i}", paragraph(rng, zh, 40));
    let paragraphs: Vec<String> = (0..8).map(|_| paragraph(rng, zh, 480)).collect();
    let text = paragraphs.join("\n");
    let chrome = if zh { CHROME_ZH } else { CHROME_EN };
    let raw = format!("{}\n{title}\n{text}\n{}", chrome[0], chrome[2]);
    let cleaned = Cleaned {
        title: Some(title),
        text,
        removed: chrome
            .iter()
            .map(|c| Removal {
                text: c.to_string(),
                rule: "chrome".into(),
            })
            .collect(),
        meta: PageMeta::default(),
    };
    // The lines the real pipeline would hand the store for template counting.
    let site_lines = healthfeed::clean::site_lines(&cleaned);
    Record {
        origin: format!("inbox/site{}/page{i}.txt", i % 20),
        source_key: format!("site{}", i % 20),
        content_hash: healthfeed::pipeline::content_hash(&raw),
        raw: raw.into_bytes(),
        encoding: "UTF-8".into(),
        format: Format::Text,
        cleaned,
        classified: Classified {
            lang: if zh { "zh" } else { "en" }.into(),
            published: chrono::NaiveDate::from_ymd_opt(
                2024,
                1 + (i % 12) as u32,
                1 + (i % 28) as u32,
            ),
            health_policy: PolicyVerdict {
                is_policy: i % 3 != 0,
                score: 0.8,
                evidence: Vec::new(),
            },
            tags: vec![TagScore {
                id: "medical-insurance".into(),
                score: 0.7,
            }],
            regions: vec![RegionHit {
                code: "320500".into(),
                name: "苏州市".into(),
                name_en: "Suzhou".into(),
                level: "city".into(),
                score: 1.0,
            }],
        },
        versions: Versions {
            cleaner: "loadgen".into(),
            classifier: "loadgen".into(),
        },
        hints: Hints::default(),
        site_lines,
    }
}

fn size(path: &std::path::Path) -> u64 {
    ["", "-wal"]
        .iter()
        .filter_map(|suffix| {
            std::fs::metadata(format!("{}{suffix}", path.display()))
                .ok()
                .map(|m| m.len())
        })
        .sum()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = args
        .iter()
        .position(|a| a == "--keep")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("loadgen.db"));
    let mut store = Store::open(&path).expect("open store");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let docs: Vec<Record> = (0..n).map(|i| document(&mut rng, i)).collect();
    let bytes: usize = docs.iter().map(|d| d.raw.len()).sum();

    // The CJK bigram rewrite (with traditional → simplified folding) on its own, to
    // show how much of the insert cost it is.
    let started = Instant::now();
    let indexed: usize = docs
        .iter()
        .map(|d| healthfeed::store::search::index_text(&d.cleaned.text).len())
        .sum();
    println!(
        "index_text alone: {:.0} documents/s ({:.1} KB indexed form per document)",
        n as f64 / started.elapsed().as_secs_f64(),
        indexed as f64 / n.max(1) as f64 / 1024.0
    );

    let started = Instant::now();
    for batch in docs.chunks(100) {
        store.insert_batch(batch).expect("insert batch");
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "inserted {n} documents ({:.1} KB average raw) in {elapsed:.2} s: {:.0} rows/s",
        bytes as f64 / n.max(1) as f64 / 1024.0,
        n as f64 / elapsed
    );
    println!(
        "database size {:.1} MB ({:.1} KB per document, raw kept)",
        size(&path) as f64 / 1_048_576.0,
        size(&path) as f64 / 1024.0 / n.max(1) as f64
    );
    for text in [
        "医保",
        "醫療保障 改革",
        "vaccine",
        "health insurance reform",
    ] {
        let started = Instant::now();
        let hits = store
            .query(&Query {
                text: Some(text.into()),
                all: true,
                limit: 20,
                ..Query::default()
            })
            .expect("query");
        println!(
            "query {text:?}: {} hits (top 20) in {:.1} ms",
            hits.len(),
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    let started = Instant::now();
    let profile = store.site_profile("site3").expect("site profile");
    let lines: usize = docs.iter().map(|d| d.site_lines.len()).sum();
    println!(
        "site lines counted: {:.1} per document",
        lines as f64 / n.max(1) as f64
    );
    println!(
        "site_profile(\"site3\"): {} documents, {} lines in {:.1} ms",
        profile.documents,
        profile.line_counts.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
}
