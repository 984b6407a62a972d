//! Feed pollers' memory ([`FeedState`]: validators and the entry ids already fetched),
//! one `feed_state` row per feed URL, so a restarted daemon neither fetches old
//! entries again nor skips the conditional GET. The poller produces and takes the
//! state; this module only keeps it.

use rusqlite::{params, OptionalExtension};

use super::{json, now, sql, Store, StoreError};
use crate::source::feed::FeedState;

impl Store {
    /// The state last saved for the feed at `url`, if any. A `seen` list that is not
    /// a JSON array of strings reads as empty: the worst case is fetching again.
    pub fn feed_state(&self, url: &str) -> Result<Option<FeedState>, StoreError> {
        let row: Option<(Option<String>, Option<String>, String)> = self
            .conn
            .query_row(
                "SELECT etag, last_modified, seen FROM feed_state WHERE url = ?",
                [url],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(sql("reading a feed's state"))?;
        Ok(row.map(|(etag, last_modified, seen)| FeedState {
            url: url.to_string(),
            etag,
            last_modified,
            seen: serde_json::from_str(&seen).unwrap_or_default(),
        }))
    }

    /// Saves (replaces) the state of the feed at `state.url`.
    pub fn save_feed_state(&mut self, state: &FeedState) -> Result<(), StoreError> {
        let seen = json("a feed's seen entries", &state.seen)?;
        self.conn
            .execute(
                "INSERT OR REPLACE INTO feed_state (url, etag, last_modified, seen, polled_at) \
                 VALUES (?, ?, ?, ?, ?)",
                params![state.url, state.etag, state.last_modified, seen, now()],
            )
            .map_err(sql("saving a feed's state"))?;
        Ok(())
    }
}
