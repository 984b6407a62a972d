//! Feed tasks: one per `[[feed]]`, polling on its interval and dropping each new
//! entry's page into the inbox, where the scanner takes it like any dropped file.
//! Feed trouble (network down, HTTP errors, a page that will not parse) is logged and
//! retried on the next poll; it never stops the daemon.
//!
//! Each poller's memory (validators, entries already fetched) is loaded from the
//! database when its task starts and saved after every poll that changed it, once the
//! new pages are in the inbox, so a restart neither fetches old entries again nor
//! loses one whose page was not yet dropped.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::DaemonError;
use crate::config::FeedConfig;
use crate::source::feed::{FeedPoller, FeedState};
use crate::source::folder::Inbox;
use crate::store::{Store, StoreError};

/// Where the feed tasks keep their pollers' state: a database connection of their
/// own beside the document writer's, used for one small write after a poll that
/// changed something (it waits out the writer's transactions, as `reprocess` does).
pub struct FeedStates {
    store: Mutex<Store>,
}

impl FeedStates {
    /// Opens the daemon's database for feed state.
    pub fn open(database: &Path) -> Result<FeedStates, StoreError> {
        Ok(FeedStates {
            store: Mutex::new(Store::open(database)?),
        })
    }

    fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        // A panic while holding the lock leaves no half-written state in a connection.
        let mut store = self.store.lock().unwrap_or_else(|e| e.into_inner());
        f(&mut store)
    }

    /// The saved state of the feed at `url`; none (start afresh) when it cannot be read.
    async fn load(self: &Arc<Self>, url: &str) -> Option<FeedState> {
        let states = self.clone();
        let key = url.to_string();
        match tokio::task::spawn_blocking(move || states.with_store(|s| s.feed_state(&key))).await {
            Ok(Ok(state)) => state,
            Ok(Err(err)) => {
                tracing::warn!(feed = %url, error = %format!("{err:#}"), "cannot read the feed's saved state; starting afresh");
                None
            }
            Err(err) => {
                tracing::warn!(feed = %url, error = %err, "cannot read the feed's saved state; starting afresh");
                None
            }
        }
    }

    /// Saves `state`; true if it was saved.
    async fn save(self: &Arc<Self>, state: FeedState) -> bool {
        let states = self.clone();
        let url = state.url.clone();
        match tokio::task::spawn_blocking(move || states.with_store(|s| s.save_feed_state(&state)))
            .await
        {
            Ok(Ok(())) => true,
            Ok(Err(err)) => {
                tracing::warn!(feed = %url, error = %format!("{err:#}"), "cannot save the feed's state; trying again after the next poll");
                false
            }
            Err(err) => {
                tracing::warn!(feed = %url, error = %err, "cannot save the feed's state; trying again after the next poll");
                false
            }
        }
    }
}

/// Polls one feed until cancelled. Never fails: feed trouble is logged and retried.
pub async fn poll(
    feed: FeedConfig,
    inbox: Arc<Inbox>,
    max_bytes: u64,
    states: Arc<FeedStates>,
    cancel: CancellationToken,
) -> Result<(), DaemonError> {
    let mut poller = match FeedPoller::new(&feed.url, max_bytes) {
        Ok(poller) => poller,
        Err(err) => {
            tracing::error!(feed = %feed.url, error = %format!("{err:#}"), "cannot set up the feed; it is not polled");
            return Ok(());
        }
    };
    let mut saved = poller.state();
    if let Some(state) = states.load(&feed.url).await {
        if poller.restore(&state) {
            tracing::info!(feed = %feed.url, seen = state.seen.len(), "feed state restored");
            saved = state;
        }
    }
    let mut interval = tokio::time::interval(Duration::from_secs(feed.interval_secs.max(1)));
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let polled = tokio::select! {
            () = cancel.cancelled() => return Ok(()),
            _ = interval.tick() => tokio::select! {
                () = cancel.cancelled() => return Ok(()),
                polled = poller.poll() => polled,
            },
        };
        let pages = match polled {
            Ok(pages) => pages,
            Err(err) => {
                tracing::warn!(feed = %poller.url(), error = %format!("{err:#}"), "feed poll failed; retrying next interval");
                continue;
            }
        };
        for page in pages {
            let inbox = inbox.clone();
            let (id, url) = (page.id.clone(), page.url.clone());
            let dropped = tokio::task::spawn_blocking(move || inbox.drop_page(&page)).await;
            let error = match dropped {
                Ok(Ok(path)) => {
                    tracing::info!(feed = %poller.url(), page = %url, file = %path.display(), "feed entry fetched");
                    continue;
                }
                Ok(Err(err)) => format!("{err:#}"),
                Err(err) => err.to_string(),
            };
            tracing::warn!(feed = %poller.url(), page = %url, error = %error, "cannot drop a feed page into the inbox; fetching it again next poll");
            // Not in the inbox: it must not be remembered as fetched.
            poller.forget(&id);
        }
        let state = poller.state();
        if state != saved && states.save(state.clone()).await {
            saved = state;
        }
    }
}
