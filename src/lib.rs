//! healthfeed turns scraped web pages into a clean, tagged, searchable SQLite database
//! of health-policy news.
//!
//! The pipeline, in the order of the modules below: a [`source`] (a watched folder, an
//! HTTP feed, or files named on the command line) yields [`document::RawDoc`]s;
//! [`decode`] turns bytes into Unicode; [`clean`] strips site chrome and keeps the
//! article, recording every removal; [`classify`] decides whether the article is health
//! policy and tags its topics, date and regions; [`store`] writes it to SQLite with a
//! full-text index that works for Chinese and English. [`pipeline`] chains the pure
//! stages for one document; [`daemon`] wires sources, workers and the single store
//! writer with bounded channels. Every stage is a plain function over owned types, so
//! `ingest`, `inspect`, `reprocess` and the daemon share one code path.

pub mod config;
pub mod document;
pub mod telemetry;
pub mod text;

pub mod source;

pub mod decode;

pub mod clean;

pub mod classify;

pub mod store;

pub mod pipeline;

pub mod daemon;
pub mod eval;

pub mod cli;
