//! The one integration-test binary: drives the real `healthfeed` binary and the real
//! daemon on temporary folders and SQLite files.

// Tests panic on failure by design; the no-unwrap rule is for input handling in the library.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

mod cli;
mod daemon;
mod eval;
mod golden;
mod store;
