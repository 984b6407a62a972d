//! Helpers shared by the integration tests: a temp workspace, the real binary, the
//! result database.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary folder that holds a test's inbox, database and config.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            dir: tempfile::tempdir().expect("create temp dir"),
        }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Writes a file (creating parent folders) and returns its path.
    pub fn write(&self, relative: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent");
        }
        std::fs::write(&path, bytes).expect("write file");
        path
    }

    /// Runs the real binary in this workspace with no config of the user's in the way.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_healthfeed"))
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("HEALTHFEED_CONFIG")
            .env("HEALTHFEED_LOG", "warn")
            .output()
            .expect("run healthfeed")
    }

    /// Opens the database the binary wrote.
    pub fn db(&self, relative: &str) -> rusqlite::Connection {
        rusqlite::Connection::open(self.path(relative)).expect("open result database")
    }
}

/// The project's seed pages.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
