//! The one place that builds the tracing subscriber.
//!
//! Logs go to stderr: JSON lines when stderr is not a terminal (journald, files,
//! pipes), human-readable text on a terminal; `--log-format` forces either. The filter
//! comes from `HEALTHFEED_LOG` (same syntax as `RUST_LOG`), defaulting to `info`, or
//! healthfeed's own events at `debug` with `-v` (`trace` with `-vv`, everything with `-vvv`).
//! Document bodies are only ever logged at `trace`.

use std::io::IsTerminal;

use tracing_subscriber::{fmt, EnvFilter};

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// JSON when stderr is not a terminal, text when it is.
    #[default]
    Auto,
    Json,
    Text,
}

/// Keeps logging alive; dropped at the end of `main`.
#[must_use]
pub struct Guard(());

/// Installs the global subscriber. Fails only if the filter in `HEALTHFEED_LOG` is invalid.
pub fn init(format: LogFormat, verbose: u8) -> anyhow::Result<Guard> {
    let default = match verbose {
        0 => "info",
        // Only healthfeed's own events: dependencies (html5ever, hyper) are noisy at
        // debug and say nothing a user tuning rules needs.
        1 => "info,healthfeed=debug",
        2 => "info,healthfeed=trace",
        _ => "trace",
    };
    let filter = match std::env::var("HEALTHFEED_LOG") {
        Ok(spec) if !spec.trim().is_empty() => EnvFilter::try_new(spec)?,
        _ => EnvFilter::new(default),
    };
    let json = match format {
        LogFormat::Auto => !std::io::stderr().is_terminal(),
        LogFormat::Json => true,
        LogFormat::Text => false,
    };
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // `try_init` fails when a subscriber is already set (tests calling into the CLI
    // twice); the first one keeps working, which is what we want.
    let _ = if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .try_init()
    } else {
        builder.compact().try_init()
    };
    Ok(Guard(()))
}
