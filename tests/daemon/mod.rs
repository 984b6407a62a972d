//! `healthfeed run` end to end (issue 3): the real binary on temporary folders and real
//! SQLite files. Every wait polls the database or the folders with a generous timeout;
//! no fixed sleep is an assertion.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::util::{seeds_dir, Workspace};

/// The config most tests use: short stability window and scan interval so tests are quick.
const FAST: &str = r#"
[paths]
inbox = "inbox"
processed = "processed"
quarantine = "quarantine"
database = "hf.db"
[watch]
stable_secs = 0.5
scan_interval_secs = 2
[pipeline]
workers = 2
batch_timeout_ms = 100
"#;

/// A running daemon; killed if the test ends without stopping it.
struct Daemon {
    child: Option<Child>,
    log: PathBuf,
}

impl Daemon {
    fn start(ws: &Workspace, config: &Path) -> Daemon {
        Daemon::start_with(ws, config, &[])
    }

    fn start_with(ws: &Workspace, config: &Path, env: &[(&str, &str)]) -> Daemon {
        let log = ws.path(&format!("daemon-{}.log", unique()));
        let child = Command::new(env!("CARGO_BIN_EXE_healthfeed"))
            .args(["run", "--log-format", "json", "--config"])
            .arg(config)
            .current_dir(ws.dir.path())
            .env_remove("HEALTHFEED_CONFIG")
            .env_remove("NOTIFY_SOCKET")
            .env_remove("WATCHDOG_USEC")
            .env_remove("WATCHDOG_PID")
            .envs(env.iter().copied())
            .env("HEALTHFEED_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&log).unwrap())
            .spawn()
            .expect("start healthfeed run");
        let daemon = Daemon {
            child: Some(child),
            log,
        };
        // Start-up is done once the daemon says so (its watcher is in place).
        wait_for(Duration::from_secs(30), "the daemon to be ready", || {
            !daemon.events("ready: watching the inbox").is_empty()
        });
        daemon
    }

    fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([format!("-{name}"), self.pid().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill -{name} failed");
    }

    /// `kill -9`: no chance to clean up.
    fn kill(mut self) {
        let mut child = self.child.take().unwrap();
        child.kill().unwrap();
        child.wait().unwrap();
    }

    /// Waits for the process to exit by itself.
    fn wait_exit(mut self, timeout: Duration) -> (ExitStatus, Duration) {
        let started = Instant::now();
        let mut child = self.child.take().unwrap();
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return (status, started.elapsed());
            }
            if started.elapsed() > timeout {
                child.kill().unwrap();
                panic!("the daemon did not exit within {timeout:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The JSON log lines whose message is `message`.
    fn events(&self, message: &str) -> Vec<serde_json::Value> {
        self.log()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["message"] == message)
            .collect()
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

fn wait_for(timeout: Duration, what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < timeout,
            "timed out after {timeout:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Documents in the database (0 while it does not exist yet).
fn documents(ws: &Workspace, db: &str) -> i64 {
    let Ok(conn) = rusqlite::Connection::open(ws.path(db)) else {
        return 0;
    };
    conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .unwrap_or(0)
}

/// Files (not folders, not sidecars) under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.to_string_lossy().ends_with(".error.json") {
                out.push(path);
            }
        }
    }
    out
}

/// A small distinct document: a health-policy notice with a number in it.
fn doc(n: usize) -> String {
    format!(
        "关于推进第{n}批医保支付方式改革试点的通知\n国家医疗保障局发布通知，要求各地在第{n}批试点城市推进按病种付费改革，编号{n}。\n"
    )
}

/// Safe drop: write into `inbox/.tmp/`, then rename into the inbox.
fn safe_drop(ws: &Workspace, name: &str, bytes: impl AsRef<[u8]>) {
    let tmp = ws.path(&format!("inbox/.tmp/{}", name.replace('/', "_")));
    std::fs::write(&tmp, bytes).unwrap();
    let target = ws.path(&format!("inbox/{name}"));
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::rename(&tmp, target).unwrap();
}

fn fast_config(ws: &Workspace, extra: &str) -> PathBuf {
    ws.write("hf.toml", format!("{FAST}{extra}"))
}

#[test]
fn default_config_creates_everything_and_ingests_dropped_files() {
    let ws = Workspace::new();
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/healthfeed.toml");
    let daemon = Daemon::start(&ws, &config);
    for dir in ["inbox", "inbox/.tmp", "processed", "quarantine"] {
        assert!(ws.path(dir).is_dir(), "{dir} not created");
    }
    let seeds: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for (i, seed) in seeds.iter().enumerate() {
        let name = seed.file_name().unwrap().to_str().unwrap();
        // Two in a subfolder: its name becomes the source key.
        let name = if i < 2 {
            format!("gov.cn/{name}")
        } else {
            name.to_string()
        };
        safe_drop(&ws, &name, std::fs::read(seed).unwrap());
    }
    wait_for(Duration::from_secs(60), "the seeds to be stored", || {
        documents(&ws, "healthfeed.db") == seeds.len() as i64
            && files_under(&ws.path("processed")).len() == seeds.len()
    });
    assert!(files_under(&ws.path("inbox")).is_empty());
    assert_eq!(files_under(&ws.path("processed/gov.cn")).len(), 2);
    let keyed: i64 = ws
        .db("healthfeed.db")
        .query_row(
            "SELECT count(*) FROM documents WHERE source_key = 'gov.cn'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(keyed, 2);

    // One structured line per document, with the fields operators filter on.
    let lines = daemon.events("document");
    assert_eq!(lines.len(), seeds.len(), "{}", daemon.log());
    for line in &lines {
        assert_eq!(line["outcome"], "ingested");
        assert!(line["doc_id"].as_i64().unwrap() > 0);
        assert!(line["file"].as_str().unwrap().starts_with("inbox/"));
        assert!(line["lang"].is_string() && line["tags"].is_string());
        assert!(line["health_policy"].is_boolean() && line["duration_ms"].is_u64());
    }
}

#[test]
fn files_left_while_down_are_ingested_at_start() {
    let ws = Workspace::new();
    for n in 0..20 {
        ws.write(&format!("inbox/f{n}.txt"), doc(n));
    }
    ws.write("inbox/sub/g.txt", doc(99));
    let _daemon = Daemon::start(&ws, &fast_config(&ws, ""));
    wait_for(Duration::from_secs(60), "the backlog", || {
        documents(&ws, "hf.db") == 21 && files_under(&ws.path("inbox")).is_empty()
    });
    assert_eq!(files_under(&ws.path("processed")).len(), 21);
}

#[test]
fn half_written_file_waits_until_complete() {
    let ws = Workspace::new();
    let config = fast_config(&ws, "").to_string_lossy().into_owned();
    let config = ws.write(
        "slow.toml",
        std::fs::read_to_string(&config)
            .unwrap()
            .replace("stable_secs = 0.5", "stable_secs = 3"),
    );
    let _daemon = Daemon::start(&ws, &config);
    let path = ws.path("inbox/slow.txt");
    let mut file = File::create(&path).unwrap();
    use std::io::Write;
    writeln!(file, "关于加强基层医疗卫生服务能力建设的通知").unwrap();
    for n in 0..10 {
        std::thread::sleep(Duration::from_millis(300));
        writeln!(
            file,
            "第{n}段：各地要加强乡镇卫生院和社区卫生服务中心建设。"
        )
        .unwrap();
        file.flush().unwrap();
        assert_eq!(
            documents(&ws, "hf.db"),
            0,
            "ingested while still being written"
        );
        assert!(
            path.exists(),
            "taken from the inbox while still being written"
        );
    }
    writeln!(file, "最后一段：本通知自发布之日起施行。").unwrap();
    drop(file);
    wait_for(Duration::from_secs(30), "the finished file", || {
        documents(&ws, "hf.db") == 1
    });
    let text: String = ws
        .db("hf.db")
        .query_row("SELECT text FROM documents", [], |r| r.get(0))
        .unwrap();
    assert!(
        text.contains("第9段") && text.contains("最后一段"),
        "{text}"
    );
}

#[test]
fn kill_9_at_several_points_loses_and_duplicates_nothing() {
    const FILES: usize = 1000;
    let ws = Workspace::new();
    // Small batches: many commits, so kills land between a commit and its moves.
    let config = fast_config(&ws, "").to_string_lossy().into_owned();
    let config = ws.write(
        "crash.toml",
        std::fs::read_to_string(&config).unwrap().replace(
            "batch_timeout_ms = 100",
            "batch_timeout_ms = 100\nbatch_size = 7",
        ),
    );
    // Half are waiting at start, half are dropped while running.
    for n in 0..FILES / 2 {
        ws.write(&format!("inbox/a{n:04}.txt"), doc(n));
    }
    let mut kills = Vec::new();
    let daemon = Daemon::start(&ws, &config);
    for n in FILES / 2..FILES {
        safe_drop(&ws, &format!("b{n:04}.txt"), doc(n));
    }
    let mut daemon = Some(daemon);
    // Kill points: right after the drops, then after 1, 40 and 150 more documents.
    for progress in [0, 1, 40, 150] {
        let target = (documents(&ws, "hf.db") + progress).min(FILES as i64);
        wait_for(Duration::from_secs(90), "progress before the kill", || {
            documents(&ws, "hf.db") >= target
        });
        daemon.take().unwrap().kill();
        // Rows stored vs files moved: more rows than moves means a kill landed
        // between a commit and its moves.
        kills.push((
            documents(&ws, "hf.db"),
            files_under(&ws.path("processed")).len(),
        ));
        daemon = Some(Daemon::start(&ws, &config));
    }
    wait_for(Duration::from_secs(120), "every file", || {
        files_under(&ws.path("inbox")).is_empty()
    });
    wait_for(Duration::from_secs(10), "the last commit", || {
        files_under(&ws.path("processed")).len() == FILES
    });
    drop(daemon);
    eprintln!("kill -9 with (rows, files moved) = {kills:?}");
    assert!(
        kills
            .iter()
            .filter(|(rows, _)| *rows < FILES as i64)
            .count()
            >= 3,
        "the kills came after everything was done: {kills:?}"
    );
    assert_eq!(documents(&ws, "hf.db"), FILES as i64, "kills at {kills:?}");
    assert!(files_under(&ws.path("quarantine")).is_empty());
    let distinct: i64 = ws
        .db("hf.db")
        .query_row(
            "SELECT count(DISTINCT content_hash) FROM documents",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(distinct, FILES as i64);
}

#[test]
fn burst_of_20000_files_is_ingested_completely() {
    const FILES: usize = 20_000;
    let ws = Workspace::new();
    let config = fast_config(&ws, "");
    let config = ws.write(
        "burst.toml",
        std::fs::read_to_string(&config)
            .unwrap()
            .replace(
                "batch_timeout_ms = 100",
                "batch_timeout_ms = 100\nbatch_size = 500",
            )
            // No periodic scan during the test: events, and rescans when they are
            // lost, must find every file.
            .replace("scan_interval_secs = 2", "scan_interval_secs = 3600"),
    );
    let daemon = Daemon::start(&ws, &config);
    let started = Instant::now();
    for n in 0..FILES {
        safe_drop(&ws, &format!("d{n:05}.txt"), doc(n));
    }
    wait_for(Duration::from_secs(240), "all 20,000 documents", || {
        documents(&ws, "hf.db") == FILES as i64
    });
    wait_for(Duration::from_secs(30), "the inbox to empty", || {
        files_under(&ws.path("inbox")).is_empty()
    });
    assert_eq!(files_under(&ws.path("processed")).len(), FILES);
    eprintln!(
        "burst: {FILES} files in {:?}; events lost and rescanned: {}",
        started.elapsed(),
        daemon.log().contains("rescanning the inbox")
    );
}

#[test]
fn bad_inputs_are_quarantined_with_reasons_and_good_ones_continue() {
    let ws = Workspace::new();
    let config = fast_config(&ws, "").to_string_lossy().into_owned();
    let config = ws.write(
        "bad.toml",
        std::fs::read_to_string(&config).unwrap().replace(
            "scan_interval_secs = 2",
            "scan_interval_secs = 2\nmax_file_bytes = 4096",
        ),
    );
    let _daemon = Daemon::start(&ws, &config);
    let big = doc(1).repeat(200);
    // One good record and one binary one: the file is the unit, so neither is stored.
    let mixed = format!(
        "{}\n{}\n",
        serde_json::json!({"text": doc(90)}),
        serde_json::json!({"text": "\u{0}\u{0}\u{0}\u{0}\u{1}\u{2}binary"})
    );
    let bad: [(&str, Vec<u8>, &str); 7] = [
        ("mixed.jsonl", mixed.into_bytes(), "decode"),
        (
            "binary.html",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0".to_vec(),
            "decode",
        ),
        ("empty.txt", Vec::new(), "decode"),
        ("huge.txt", big.into_bytes(), "read"),
        (
            "broken.jsonl",
            b"{\"text\": \"ok\"}\n{not json\n".to_vec(),
            "read",
        ),
        (
            "nocontent.jsonl",
            b"{\"url\": \"https://a.gov.cn/x\"}\n".to_vec(),
            "read",
        ),
        (
            "latin.txt",
            b"\xff\xfe\x00\xd8\x00\xd8\x00\xd8".to_vec(),
            "decode",
        ),
    ];
    for (name, bytes, _) in &bad {
        safe_drop(&ws, name, bytes);
    }
    safe_drop(&ws, "good.txt", doc(1));
    let records: String = (2..5)
        .map(|n| {
            serde_json::json!({"url": format!("https://www.nhsa.gov.cn/{n}"), "text": doc(n)})
                .to_string()
                + "\n"
        })
        .collect();
    safe_drop(&ws, "good.jsonl", records);
    wait_for(
        Duration::from_secs(60),
        "good and bad files to be sorted",
        || files_under(&ws.path("inbox")).is_empty(),
    );
    wait_for(Duration::from_secs(10), "the good rows", || {
        documents(&ws, "hf.db") == 4
    });
    assert_eq!(files_under(&ws.path("processed")).len(), 2);
    for (name, _, stage) in &bad {
        let sidecar = ws.path(&format!("quarantine/{name}.error.json"));
        assert!(ws.path(&format!("quarantine/{name}")).is_file(), "{name}");
        let why: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&sidecar).unwrap()).unwrap();
        assert_eq!(why["stage"], *stage, "{name}: {why}");
        assert_eq!(why["file"], format!("inbox/{name}"));
        assert!(!why["reason"].as_str().unwrap().is_empty());
        assert!(why["size"].is_u64() && why["time"].is_string());
        assert_eq!(why["healthfeed_version"], env!("CARGO_PKG_VERSION"));
    }
    assert!(
        std::fs::read_to_string(ws.path("quarantine/huge.txt.error.json"))
            .unwrap()
            .contains("over the limit"),
    );
    assert!(
        std::fs::read_to_string(ws.path("quarantine/mixed.jsonl.error.json"))
            .unwrap()
            .contains("mixed.jsonl#2"),
    );
}

#[test]
fn sigterm_finishes_in_flight_work_and_exits_zero() {
    const FILES: usize = 300;
    let ws = Workspace::new();
    let config = fast_config(&ws, "");
    for n in 0..FILES {
        ws.write(&format!("inbox/t{n:03}.txt"), doc(n));
    }
    let daemon = Daemon::start(&ws, &config);
    wait_for(Duration::from_secs(60), "some progress", || {
        documents(&ws, "hf.db") > 0
    });
    daemon.signal("TERM");
    let (status, took) = daemon.wait_exit(Duration::from_secs(20));
    assert!(status.success(), "exit status {status:?}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
    // Everything moved is committed; everything else is still waiting in the inbox.
    let processed = files_under(&ws.path("processed")).len();
    assert_eq!(documents(&ws, "hf.db"), processed as i64);
    assert_eq!(processed + files_under(&ws.path("inbox")).len(), FILES);

    let _daemon = Daemon::start(&ws, &config);
    wait_for(Duration::from_secs(60), "the rest after a restart", || {
        documents(&ws, "hf.db") == FILES as i64 && files_under(&ws.path("inbox")).is_empty()
    });
}

#[test]
fn sighup_reloads_cleaning_rules_and_keeps_old_ones_on_error() {
    let ws = Workspace::new();
    let rule = |extra: &str| {
        format!(
            "[[rule]]\nname = \"icp-filing\"\npattern = 'ICP备'\naction = \"drop_line\"\n{extra}"
        )
    };
    ws.write("rules.toml", rule(""));
    let config = fast_config(&ws, "[clean]\nrules = [\"rules.toml\"]\n");
    let daemon = Daemon::start(&ws, &config);
    let page = |n: usize| format!("{}推广热线：XYZZY-{n}\n", doc(n));
    let removed_by = |rule: &str| -> i64 {
        ws.db("hf.db")
            .query_row(
                "SELECT count(*) FROM removed_segments WHERE rule = ?",
                [rule],
                |r| r.get(0),
            )
            .unwrap()
    };

    safe_drop(&ws, "before.txt", page(1));
    wait_for(Duration::from_secs(30), "the first page", || {
        documents(&ws, "hf.db") == 1
    });
    assert_eq!(removed_by("hotline"), 0);

    ws.write(
        "rules.toml",
        rule("[[rule]]\nname = \"hotline\"\npattern = 'XYZZY'\naction = \"drop_line\"\n"),
    );
    daemon.signal("HUP");
    wait_for(Duration::from_secs(30), "the reload", || {
        daemon.events("reloaded cleaning rules and lexicons").len() == 1
    });
    safe_drop(&ws, "after.txt", page(2));
    wait_for(Duration::from_secs(30), "the second page", || {
        documents(&ws, "hf.db") == 2
    });
    assert_eq!(removed_by("hotline"), 1);

    // A broken rules file: the reload fails and the working rules stay.
    ws.write("rules.toml", "[[rule]]\nname = \"x\"\npattern = '(('\n");
    daemon.signal("HUP");
    wait_for(Duration::from_secs(30), "the failed reload", || {
        !daemon
            .events("reload failed; keeping the previous rules and lexicons")
            .is_empty()
    });
    safe_drop(&ws, "later.txt", page(3));
    wait_for(Duration::from_secs(30), "the third page", || {
        documents(&ws, "hf.db") == 3
    });
    assert_eq!(removed_by("hotline"), 2);
}

#[test]
fn a_vanished_inbox_stops_the_daemon_with_an_error() {
    let ws = Workspace::new();
    let daemon = Daemon::start(&ws, &fast_config(&ws, ""));
    std::fs::remove_dir_all(ws.path("inbox")).unwrap();
    let (status, _) = daemon.wait_exit(Duration::from_secs(30));
    assert!(!status.success());
    assert_eq!(status.code(), Some(2));
}

#[test]
fn an_unusable_database_stops_the_daemon_at_start() {
    let ws = Workspace::new();
    std::fs::create_dir_all(ws.path("hf.db")).unwrap();
    let out = ws.run(&["run", "--config", fast_config(&ws, "").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(crate::util::stderr(&out).contains("hf.db"));
}

#[test]
fn a_file_committed_but_not_moved_before_a_crash_is_a_no_op_on_restart() {
    // The state a crash between a commit and its move leaves behind: the rows are
    // stored and the file is still in the inbox.
    let ws = Workspace::new();
    let file = ws.write("inbox/again.txt", doc(7));
    let out = ws.run(&["ingest", "--db", "hf.db", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", crate::util::stdout(&out));
    assert_eq!(documents(&ws, "hf.db"), 1);

    let daemon = Daemon::start(&ws, &fast_config(&ws, ""));
    wait_for(Duration::from_secs(30), "the file to be moved", || {
        ws.path("processed/again.txt").is_file()
    });
    assert_eq!(documents(&ws, "hf.db"), 1);
    wait_for(Duration::from_secs(10), "its log line", || {
        !daemon.events("document").is_empty()
    });
    assert_eq!(daemon.events("document")[0]["outcome"], "duplicate");
}

#[test]
fn poll_mode_finds_files_without_events() {
    let ws = Workspace::new();
    let config = ws.write(
        "poll.toml",
        FAST.replace("[watch]\n", "[watch]\nmode = \"poll\"\n"),
    );
    let _daemon = Daemon::start(&ws, &config);
    for n in 0..10 {
        safe_drop(
            &ws,
            &format!("site/p{n}.html"),
            format!(
                "<html><body><h1>通知{n}</h1><p>{}</p></body></html>",
                doc(n)
            ),
        );
    }
    wait_for(
        Duration::from_secs(60),
        "the periodic scan to find the files",
        || documents(&ws, "hf.db") == 10 && files_under(&ws.path("inbox")).is_empty(),
    );
}

#[test]
fn tells_systemd_ready_status_watchdog_and_stopping() {
    use std::os::unix::net::UnixDatagram;
    let ws = Workspace::new();
    let socket_path = ws.path("notify.sock");
    let socket = UnixDatagram::bind(&socket_path).unwrap();
    socket
        .set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let mut seen: Vec<String> = Vec::new();
    let receive_until = |what: &str, pred: &dyn Fn(&str) -> bool, seen: &mut Vec<String>| {
        let started = Instant::now();
        let mut buf = [0u8; 4096];
        while !seen.iter().any(|m| pred(m)) {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "no {what} in {seen:?}"
            );
            if let Ok(n) = socket.recv(&mut buf) {
                let text = String::from_utf8_lossy(&buf[..n]).into_owned();
                seen.extend(text.lines().map(String::from));
            }
        }
    };
    let config = fast_config(&ws, "");
    let daemon = Daemon::start_with(
        &ws,
        &config,
        &[
            ("NOTIFY_SOCKET", socket_path.to_str().unwrap()),
            ("WATCHDOG_USEC", "2000000"),
        ],
    );
    receive_until("READY=1", &|m| m == "READY=1", &mut seen);
    receive_until("WATCHDOG=1", &|m| m == "WATCHDOG=1", &mut seen);
    safe_drop(&ws, "one.txt", doc(1));
    receive_until(
        "a STATUS with the count",
        &|m| m.starts_with("STATUS=ingested 1,"),
        &mut seen,
    );
    daemon.signal("TERM");
    receive_until("STOPPING=1", &|m| m == "STOPPING=1", &mut seen);
    let (status, _) = daemon.wait_exit(Duration::from_secs(20));
    assert!(status.success());
}

/// A tiny HTTP/1.1 server on 127.0.0.1 serving one RSS feed and its pages. The feed
/// lists the first `entries` of a, b, c (two at first) and carries the ETag
/// `"v<entries>"`; a request bearing that ETag is answered `304 Not Modified`. Every
/// request is counted by path.
struct FeedServer {
    base: String,
    not_modified: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// Feed requests answered `200` with the whole feed.
    feed_fetched: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    requests: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, usize>>>,
    entries: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl FeedServer {
    fn start() -> FeedServer {
        use std::io::{BufRead, BufReader, Write};
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::{Arc, Mutex};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let server = FeedServer {
            base: base.clone(),
            not_modified: Arc::new(AtomicUsize::new(0)),
            feed_fetched: Arc::new(AtomicUsize::new(0)),
            requests: Arc::new(Mutex::new(std::collections::HashMap::new())),
            entries: Arc::new(AtomicUsize::new(2)),
        };
        let items = [
            format!("<item><title>医保支付改革通知</title><link>{base}/a.html</link><guid>a</guid><pubDate>Tue, 19 Mar 2024 08:00:00 +0800</pubDate></item>"),
            format!("<item><title>基层卫生服务</title><link>{base}/b.html</link><guid>b</guid></item>"),
            format!("<item><title>家庭医生签约</title><link>{base}/c.html</link><guid>c</guid></item>"),
        ];
        let feed = move |n: usize| {
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>卫健要闻</title><link>{base}/</link>
{}
</channel></rss>"#,
                items[..n].join("\n")
            )
        };
        let page = |title: &str, n: usize| {
            format!(
                "<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{}</p></body></html>",
                doc(n)
            )
        };
        let page_a = page("医保支付改革通知", 501);
        let page_c = page("家庭医生签约", 503);
        let page_b_text = format!(
            "<html><head><meta charset=\"gbk\"><title>基层卫生服务</title></head><body><h1>基层卫生服务</h1><p>{}</p></body></html>",
            doc(502)
        );
        let (page_b, _, _) = encoding_rs::GBK.encode(&page_b_text);
        let page_b = page_b.into_owned();
        let (not_modified, feed_fetched, requests, entries) = (
            server.not_modified.clone(),
            server.feed_fetched.clone(),
            server.requests.clone(),
            server.entries.clone(),
        );
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request = String::new();
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    request.push_str(&line);
                }
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
                *requests.lock().unwrap().entry(path.clone()).or_default() += 1;
                let n = entries.load(Ordering::SeqCst);
                let etag = format!("\"v{n}\"");
                let (status, kind, body): (&str, &str, Vec<u8>) = match path.as_str() {
                    "/feed.xml"
                        if request
                            .to_ascii_lowercase()
                            .contains(&format!("if-none-match: {etag}")) =>
                    {
                        not_modified.fetch_add(1, Ordering::SeqCst);
                        ("304 Not Modified", "application/rss+xml", Vec::new())
                    }
                    "/feed.xml" => {
                        feed_fetched.fetch_add(1, Ordering::SeqCst);
                        ("200 OK", "application/rss+xml", feed(n).into_bytes())
                    }
                    "/a.html" => (
                        "200 OK",
                        "text/html; charset=utf-8",
                        page_a.clone().into_bytes(),
                    ),
                    "/b.html" => ("200 OK", "text/html; charset=gbk", page_b.clone()),
                    "/c.html" => (
                        "200 OK",
                        "text/html; charset=utf-8",
                        page_c.clone().into_bytes(),
                    ),
                    _ => ("404 Not Found", "text/plain", b"no".to_vec()),
                };
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nETag: {etag}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            }
        });
        server
    }

    /// Requests received for `path`.
    fn requests(&self, path: &str) -> usize {
        self.requests
            .lock()
            .unwrap()
            .get(path)
            .copied()
            .unwrap_or(0)
    }

    fn not_modified(&self) -> usize {
        self.not_modified.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn feed_fetched(&self) -> usize {
        self.feed_fetched.load(std::sync::atomic::Ordering::SeqCst)
    }
}

#[test]
fn feed_entries_are_fetched_once_with_conditional_get() {
    let server = FeedServer::start();
    let ws = Workspace::new();
    let config = fast_config(
        &ws,
        &format!(
            "[[feed]]\nurl = \"{}/feed.xml\"\ninterval_secs = 1\n",
            server.base
        ),
    );
    let _daemon = Daemon::start(&ws, &config);
    wait_for(Duration::from_secs(60), "both feed pages", || {
        documents(&ws, "hf.db") == 2 && files_under(&ws.path("inbox")).is_empty()
    });
    // Later polls are answered 304 and add nothing.
    wait_for(Duration::from_secs(30), "a conditional poll", || {
        server.not_modified() >= 2
    });
    assert_eq!(documents(&ws, "hf.db"), 2);
    let conn = ws.db("hf.db");
    let mut rows: Vec<(String, String, String)> = conn
        .prepare("SELECT url, source_key, text FROM documents ORDER BY url")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.sort();
    assert_eq!(rows[0].0, format!("{}/a.html", server.base));
    assert_eq!(rows[1].0, format!("{}/b.html", server.base));
    assert_eq!(rows[0].1, "127.0.0.1");
    // The GBK page was decoded, not mangled.
    assert!(rows[1].2.contains("第502批"), "{}", rows[1].2);
    assert!(files_under(&ws.path("quarantine")).is_empty());
}

#[test]
fn feed_state_survives_a_restart_so_seen_entries_are_not_fetched_again() {
    let server = FeedServer::start();
    let ws = Workspace::new();
    let feed_url = format!("{}/feed.xml", server.base);
    let config = fast_config(
        &ws,
        &format!("[[feed]]\nurl = \"{feed_url}\"\ninterval_secs = 1\n"),
    );
    let daemon = Daemon::start(&ws, &config);
    wait_for(Duration::from_secs(60), "both feed pages", || {
        documents(&ws, "hf.db") == 2 && files_under(&ws.path("inbox")).is_empty()
    });
    // A 304 comes only after the poll that fetched the pages, which saved its state.
    wait_for(Duration::from_secs(30), "a conditional poll", || {
        server.not_modified() >= 1
    });
    daemon.signal("TERM");
    let (status, _) = daemon.wait_exit(Duration::from_secs(20));
    assert!(status.success());
    let (etag, seen): (Option<String>, String) = ws
        .db("hf.db")
        .query_row(
            "SELECT etag, seen FROM feed_state WHERE url = ?",
            [&feed_url],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(etag.as_deref(), Some("\"v2\""));
    assert_eq!(seen, r#"["a","b"]"#);

    // After the restart the first poll is already conditional: no full feed, no pages.
    let (fetched, not_modified) = (server.feed_fetched(), server.not_modified());
    let daemon = Daemon::start(&ws, &config);
    wait_for(
        Duration::from_secs(30),
        "a conditional poll after the restart",
        || server.not_modified() > not_modified,
    );
    assert_eq!(
        server.feed_fetched(),
        fetched,
        "the feed was fetched in full again"
    );
    assert!(!daemon.events("feed state restored").is_empty());

    // A new entry: only its page is fetched, not those seen before the restart.
    server.entries.store(3, std::sync::atomic::Ordering::SeqCst);
    wait_for(Duration::from_secs(60), "the new entry's page", || {
        documents(&ws, "hf.db") == 3 && files_under(&ws.path("inbox")).is_empty()
    });
    assert_eq!(
        ["/a.html", "/b.html", "/c.html"].map(|p| server.requests(p)),
        [1, 1, 1],
        "pages requested"
    );
    wait_for(
        Duration::from_secs(30),
        "the new entry in the saved state",
        || {
            ws.db("hf.db")
                .query_row("SELECT seen FROM feed_state", [], |r| r.get::<_, String>(0))
                .is_ok_and(|seen| seen == r#"["a","b","c"]"#)
        },
    );
    daemon.signal("TERM");
    let (status, _) = daemon.wait_exit(Duration::from_secs(20));
    assert!(status.success());
    assert!(files_under(&ws.path("quarantine")).is_empty());
}

#[test]
fn daemon_run_in_process_stops_when_its_shutdown_future_completes() {
    // The library entry point, as the binary and embedders call it: shutdown is any future.
    let ws = Workspace::new();
    for n in 0..5 {
        ws.write(&format!("inbox/f{n}.txt"), doc(n));
    }
    ws.write("inbox/empty.txt", "");
    let mut config = healthfeed::config::Config::from_toml(FAST).unwrap();
    for path in [
        &mut config.paths.inbox,
        &mut config.paths.processed,
        &mut config.paths.quarantine,
        &mut config.paths.database,
    ] {
        *path = ws.dir.path().join(&*path);
    }
    let inbox = config.paths.inbox.clone();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let summary = runtime
        .block_on(healthfeed::daemon::run(config, async move {
            let started = Instant::now();
            while !files_under(&inbox).is_empty() && started.elapsed() < Duration::from_secs(60) {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }))
        .unwrap();
    assert_eq!(
        (summary.ingested, summary.quarantined, summary.files),
        (5, 1, 6)
    );
    assert_eq!(documents(&ws, "hf.db"), 5);
}

#[test]
fn a_writer_pausing_longer_than_the_window_is_waited_for_while_the_file_is_open() {
    use std::io::Write;
    let ws = Workspace::new();
    // stable_secs = 0.5: the pause below is four times as long.
    let _daemon = Daemon::start(&ws, &fast_config(&ws, ""));
    let path = ws.path("inbox/paused.txt");
    let mut file = File::create(&path).unwrap();
    writeln!(file, "关于做好老年人健康管理服务的通知").unwrap();
    file.flush().unwrap();
    let pause = Instant::now();
    while pause.elapsed() < Duration::from_secs(2) {
        assert_eq!(documents(&ws, "hf.db"), 0, "ingested while still open");
        assert!(path.exists(), "taken while still open");
        std::thread::sleep(Duration::from_millis(100));
    }
    writeln!(file, "各地要为65岁以上老年人提供免费健康体检。").unwrap();
    drop(file);
    wait_for(Duration::from_secs(30), "the closed file", || {
        documents(&ws, "hf.db") == 1
    });
    let text: String = ws
        .db("hf.db")
        .query_row("SELECT text FROM documents", [], |r| r.get(0))
        .unwrap();
    assert!(text.contains("免费健康体检"), "{text}");
}

#[test]
fn after_ingest_delete_removes_files_only_once_stored() {
    let ws = Workspace::new();
    let config = ws.write(
        "delete.toml",
        FAST.replace("[watch]\n", "[watch]\nafter_ingest = \"delete\"\n"),
    );
    let _daemon = Daemon::start(&ws, &config);
    for n in 0..3 {
        safe_drop(&ws, &format!("x{n}.txt"), doc(n));
    }
    safe_drop(&ws, "empty.txt", "");
    wait_for(Duration::from_secs(30), "the files to be handled", || {
        files_under(&ws.path("inbox")).is_empty()
    });
    assert_eq!(documents(&ws, "hf.db"), 3);
    assert!(files_under(&ws.path("processed")).is_empty());
    // Quarantine is never a deletion.
    assert!(ws.path("quarantine/empty.txt").is_file());
}

/// Site templates are learned from the database as documents arrive (issue 4): a footer
/// line that no rule names, repeated by every page of one site (inbox subfolder), is
/// kept on the site's first page and removed as `site-template` once the site has
/// history. A line of the same site that stands between body paragraphs stays.
#[test]
fn site_template_lines_are_learned_from_earlier_pages_of_the_site() {
    let ws = Workspace::new();
    let _daemon = Daemon::start(&ws, &fast_config(&ws, ""));
    let footer = "古城融媒 出品 | 运维保障 古城区信息中心";
    let quote = "区卫生健康局负责人表示：“把群众的小事当作我们的大事来办。”";
    let page = |n: usize| {
        format!(
            "古城区召开第{n}次基层卫生健康工作推进会\n\
             会议部署家庭医生签约服务和医保支付方式改革工作，确保第{n}批任务按期完成。\n\
             {quote}\n\
             会议要求各乡镇卫生院提升基层服务能力，推动优质医疗资源下沉，编号{n}。\n\
             {footer}\n"
        )
    };
    let removed_by_template = |n: usize| -> bool {
        let conn = ws.db("hf.db");
        let origin = format!("%gucheng/p{n}.txt");
        let footer_gone: i64 = conn
            .query_row(
                "SELECT count(*) FROM removed_segments r JOIN documents d ON d.id = r.document_id \
                 WHERE d.source_path LIKE ?1 AND r.rule = 'site-template' AND r.text = ?2",
                rusqlite::params![origin, footer],
                |r| r.get(0),
            )
            .unwrap();
        let quote_kept: i64 = conn
            .query_row(
                "SELECT count(*) FROM documents WHERE source_path LIKE ?1 AND instr(text, ?2) > 0",
                rusqlite::params![origin, quote],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            quote_kept, 1,
            "the repeated quotation between paragraphs stays in p{n}"
        );
        footer_gone == 1
    };
    for n in 0..8 {
        if n == 7 {
            // Profiles of young sites are re-read every second; let the last page see
            // the site's full history.
            std::thread::sleep(Duration::from_millis(1500));
        }
        safe_drop(&ws, &format!("gucheng/p{n}.txt"), page(n));
        wait_for(Duration::from_secs(30), "the page to be stored", || {
            documents(&ws, "hf.db") == n as i64 + 1
        });
    }
    assert!(
        !removed_by_template(0),
        "the first page of a site has no template to learn from"
    );
    assert!(
        removed_by_template(7),
        "the footer is template chrome once the site has history"
    );
}
