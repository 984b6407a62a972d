//! The schema's history: the embedded migrations under `migrations/` and the code that
//! applies them, tracked by `PRAGMA user_version` (the number applied).
//!
//! Migrations are append-only: once released, a file is never edited, so a database
//! created by any earlier healthfeed reaches the current schema by replaying the
//! missing files in order. A database whose version is newer than this binary knows
//! is refused rather than written to. This module does not touch documents.

use rusqlite::{Connection, TransactionBehavior};

use super::{sql, StoreError};

/// The schema migrations, in order; `PRAGMA user_version` records how many are applied.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_sites_tags_views.sql"),
    include_str!("../../migrations/0003_region_names.sql"),
    include_str!("../../migrations/0004_feed_state.sql"),
];

/// The schema version this build creates and understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The database's schema version (`PRAGMA user_version`).
pub(crate) fn version(conn: &Connection) -> Result<i64, StoreError> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(sql("reading the schema version"))
}

/// Applies the migrations the database has not seen yet, each in its own transaction,
/// and records the result in the `meta` table.
pub(crate) fn migrate(conn: &mut Connection, shown: &str) -> Result<(), StoreError> {
    let current = version(conn)?;
    if current > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: shown.to_string(),
            found: current,
            known: SCHEMA_VERSION,
        });
    }
    if current == SCHEMA_VERSION {
        return Ok(());
    }
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let to = index as i64 + 1;
        let failed = |source| StoreError::Migrate {
            path: shown.to_string(),
            from: current,
            to,
            source,
        };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(failed)?;
        tx.execute_batch(migration).map_err(failed)?;
        tx.pragma_update(None, "user_version", to).map_err(failed)?;
        tx.commit().map_err(failed)?;
    }
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    conn.execute_batch(&format!(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '{SCHEMA_VERSION}');
         INSERT OR IGNORE INTO meta (key, value) VALUES ('created_at', '{now}');
         INSERT OR IGNORE INTO meta (key, value) VALUES ('created_by', 'healthfeed {}');
         INSERT OR REPLACE INTO meta (key, value) VALUES ('migrated_at', '{now}');",
        env!("CARGO_PKG_VERSION")
    ))
    .map_err(sql("recording the schema version"))?;
    Ok(())
}
