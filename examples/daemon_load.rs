//! Load generator for the daemon: writes N small, distinct documents into a fresh inbox
//! (half before start, half dropped while running) and prints how fast `daemon::run`
//! ingests them. It prints figures and asserts nothing: speed depends on the machine.
//!
//!     cargo run --release --example daemon_load -- 20000

use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let files: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(5000);
    let dir = tempfile::tempdir()?;
    let mut config = healthfeed::config::Config::default();
    config.paths.inbox = dir.path().join("inbox");
    config.paths.processed = dir.path().join("processed");
    config.paths.quarantine = dir.path().join("quarantine");
    config.paths.database = dir.path().join("load.db");
    config.watch.stable_secs = 0.2;
    config.watch.scan_interval_secs = 5;
    let inbox = config.paths.inbox.clone();
    std::fs::create_dir_all(inbox.join(".tmp"))?;
    let doc = |n: usize| {
        format!(
            "关于推进第{n}批医保支付方式改革试点的通知\n国家医疗保障局要求各地推进按病种付费改革，编号{n}。\nThe National Healthcare Security Administration published notice {n}.\n"
        )
    };
    for n in 0..files / 2 {
        std::fs::write(inbox.join(format!("pre{n:06}.txt")), doc(n))?;
    }

    let runtime = tokio::runtime::Runtime::new()?;
    let started = Instant::now();
    let watched = inbox.clone();
    let summary = runtime.block_on(healthfeed::daemon::run(config, async move {
        for n in files / 2..files {
            let tmp = watched.join(".tmp").join(format!("run{n:06}.txt"));
            if std::fs::write(&tmp, doc(n)).is_ok() {
                let _ = std::fs::rename(&tmp, watched.join(format!("run{n:06}.txt")));
            }
        }
        loop {
            let left = std::fs::read_dir(&watched)
                .map(|d| d.flatten().filter(|e| e.path().is_file()).count())
                .unwrap_or(0);
            if left == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }))?;
    let took = started.elapsed();
    println!(
        "{files} files: {} ingested, {} duplicates, {} quarantined in {:.2} s ({:.0} files/s)",
        summary.ingested,
        summary.duplicates,
        summary.quarantined,
        took.as_secs_f64(),
        files as f64 / took.as_secs_f64()
    );
    Ok(())
}
