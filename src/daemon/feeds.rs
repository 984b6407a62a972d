//! Feed tasks: one per `[[feed]]`, polling on its interval and dropping each new
//! entry's page into the inbox, where the scanner takes it like any dropped file.
//! Feed trouble (network down, HTTP errors, a page that will not parse) is logged and
//! retried on the next poll; it never stops the daemon.

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::DaemonError;
use crate::config::FeedConfig;
use crate::source::feed::FeedPoller;
use crate::source::folder::Inbox;

/// Polls one feed until cancelled. Never fails: feed trouble is logged and retried.
pub async fn poll(
    feed: FeedConfig,
    inbox: Arc<Inbox>,
    max_bytes: u64,
    cancel: CancellationToken,
) -> Result<(), DaemonError> {
    let mut poller = match FeedPoller::new(&feed.url, max_bytes) {
        Ok(poller) => poller,
        Err(err) => {
            tracing::error!(feed = %feed.url, error = %format!("{err:#}"), "cannot set up the feed; it is not polled");
            return Ok(());
        }
    };
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
            let url = page.url.clone();
            let dropped = tokio::task::spawn_blocking(move || inbox.drop_page(&page)).await;
            match dropped {
                Ok(Ok(path)) => {
                    tracing::info!(feed = %poller.url(), page = %url, file = %path.display(), "feed entry fetched")
                }
                Ok(Err(err)) => {
                    tracing::warn!(feed = %poller.url(), page = %url, error = %format!("{err:#}"), "cannot drop a feed page into the inbox")
                }
                Err(err) => {
                    tracing::warn!(feed = %poller.url(), page = %url, error = %err, "cannot drop a feed page into the inbox")
                }
            }
        }
    }
}
