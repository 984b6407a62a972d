//! HTTP feeds (RSS, Atom, JSON Feed): polled with conditional GET; each new entry's
//! page becomes a document.
//!
//! A [`FeedPoller`] remembers one feed's `ETag`/`Last-Modified` validators and the ids
//! of the entries it has already handed out, so an unchanged feed costs one `304` and
//! a changed one only fetches the new entries' pages. That memory goes in and out as a
//! plain [`FeedState`] ([`FeedPoller::restore`], [`FeedPoller::state`]): the daemon
//! keeps it in the database, so a restart does not fetch old entries again; the
//! poller itself knows nothing of storage. It does not judge anything either; the
//! daemon drops each [`FeedPage`] into the inbox (see `Inbox::drop_page`), so fetched
//! pages get the same commit-then-move and quarantine guarantees as dropped files.

use std::collections::HashSet;
use std::time::Duration;

use reqwest::header::{
    HeaderMap, HeaderValue, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
};
use reqwest::StatusCode;

/// Why a poll failed. All of these are transient: the poller tries again next interval.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error("cannot fetch {url}")]
    Fetch {
        url: String,
        #[source]
        source: reqwest::Error,
    },
    #[error("{url} answered HTTP {status}")]
    Status { url: String, status: StatusCode },
    #[error("{url} is larger than {limit} bytes")]
    TooLarge { url: String, limit: u64 },
    #[error("{url} is not a feed")]
    Parse {
        url: String,
        #[source]
        source: feed_rs::parser::ParseFeedError,
    },
}

/// What a poller remembers about its feed between polls: plain data, for the caller
/// to keep across restarts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedState {
    /// The feed's URL.
    pub url: String,
    /// The `ETag` of the last response whose entries were all handed out.
    pub etag: Option<String>,
    /// The `Last-Modified` of that response.
    pub last_modified: Option<String>,
    /// Ids of the entries already handed out that were still in the feed at the last
    /// poll (so the list follows the feed's length), sorted.
    pub seen: Vec<String>,
}

/// One new entry's page, with what the feed said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedPage {
    /// The entry's id in the feed (its link when it has none): what [`FeedPoller::forget`]
    /// takes.
    pub id: String,
    pub url: String,
    pub title: Option<String>,
    /// The entry's publication date (RFC 3339), when the feed gives one.
    pub published: Option<String>,
    /// The page's bytes as served.
    pub body: Vec<u8>,
}

/// Polls one feed.
pub struct FeedPoller {
    url: String,
    client: reqwest::Client,
    max_bytes: u64,
    etag: Option<HeaderValue>,
    last_modified: Option<HeaderValue>,
    /// Ids of entries already handed out, limited to those still in the feed.
    seen: HashSet<String>,
}

impl FeedPoller {
    /// A poller for `url`; pages and the feed itself larger than `max_bytes` are refused.
    pub fn new(url: &str, max_bytes: u64) -> Result<FeedPoller, FeedError> {
        let client = reqwest::Client::builder()
            .user_agent(concat!("healthfeed/", env!("CARGO_PKG_VERSION")))
            .timeout(Duration::from_secs(60))
            .connect_timeout(Duration::from_secs(15))
            .build()
            .map_err(|source| FeedError::Fetch {
                url: url.to_string(),
                source,
            })?;
        Ok(FeedPoller {
            url: url.to_string(),
            client,
            max_bytes,
            etag: None,
            last_modified: None,
            seen: HashSet::new(),
        })
    }

    /// The feed's URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Takes up what an earlier poller of this feed remembered. A state saved for
    /// another URL is ignored (returns false); so are validators that are not valid
    /// header values.
    pub fn restore(&mut self, state: &FeedState) -> bool {
        if state.url != self.url {
            return false;
        }
        let header = |v: &Option<String>| v.as_deref().and_then(|v| HeaderValue::from_str(v).ok());
        self.etag = header(&state.etag);
        self.last_modified = header(&state.last_modified);
        self.seen = state.seen.iter().cloned().collect();
        true
    }

    /// What this poller remembers now, to restore after a restart.
    pub fn state(&self) -> FeedState {
        let text =
            |v: &Option<HeaderValue>| v.as_ref().and_then(|v| v.to_str().ok()).map(str::to_string);
        let mut seen: Vec<String> = self.seen.iter().cloned().collect();
        seen.sort();
        FeedState {
            url: self.url.clone(),
            etag: text(&self.etag),
            last_modified: text(&self.last_modified),
            seen,
        }
    }

    /// Marks an entry handed out by [`FeedPoller::poll`] as not seen, for when its page
    /// could not be kept: the next poll fetches the feed unconditionally and the page
    /// again.
    pub fn forget(&mut self, id: &str) {
        if self.seen.remove(id) {
            self.etag = None;
            self.last_modified = None;
        }
    }

    /// Fetches the feed (conditionally) and the pages of entries not seen before. An
    /// entry whose page cannot be fetched is not marked seen, so the next poll retries it.
    pub async fn poll(&mut self) -> Result<Vec<FeedPage>, FeedError> {
        let mut headers = HeaderMap::new();
        if let Some(etag) = &self.etag {
            headers.insert(IF_NONE_MATCH, etag.clone());
        }
        if let Some(modified) = &self.last_modified {
            headers.insert(IF_MODIFIED_SINCE, modified.clone());
        }
        let response = self
            .client
            .get(&self.url)
            .headers(headers)
            .send()
            .await
            .map_err(|source| self.fetch_error(&self.url, source))?;
        if response.status() == StatusCode::NOT_MODIFIED {
            return Ok(Vec::new());
        }
        if !response.status().is_success() {
            return Err(FeedError::Status {
                url: self.url.clone(),
                status: response.status(),
            });
        }
        let etag = response.headers().get(ETAG).cloned();
        let last_modified = response.headers().get(LAST_MODIFIED).cloned();
        let body = self.read_limited(&self.url, response).await?;
        let feed = feed_rs::parser::parse(body.as_slice()).map_err(|source| FeedError::Parse {
            url: self.url.clone(),
            source,
        })?;

        let mut pages = Vec::new();
        let mut current = HashSet::new();
        for entry in feed.entries {
            let Some(link) = entry.links.first().map(|l| l.href.clone()) else {
                continue;
            };
            let id = if entry.id.is_empty() {
                link.clone()
            } else {
                entry.id.clone()
            };
            current.insert(id.clone());
            if self.seen.contains(&id) {
                continue;
            }
            match self.fetch_page(&link).await {
                Ok(body) => {
                    self.seen.insert(id.clone());
                    pages.push(FeedPage {
                        id,
                        url: link,
                        title: entry.title.map(|t| t.content),
                        published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
                        body,
                    });
                }
                Err(err) => {
                    tracing::warn!(feed = %self.url, page = %link, error = %format!("{err:#}"), "cannot fetch a feed entry's page; retrying next poll");
                }
            }
        }
        // Forget entries that left the feed, so memory follows the feed's length.
        self.seen.retain(|id| current.contains(id));
        // Validators only once every page is in hand: a failed page must be retried
        // even if the feed itself does not change.
        if current.iter().all(|id| self.seen.contains(id)) {
            self.etag = etag;
            self.last_modified = last_modified;
        }
        Ok(pages)
    }

    async fn fetch_page(&self, url: &str) -> Result<Vec<u8>, FeedError> {
        let response = self
            .client
            .get(url)
            .send()
            .await
            .map_err(|source| self.fetch_error(url, source))?;
        if !response.status().is_success() {
            return Err(FeedError::Status {
                url: url.to_string(),
                status: response.status(),
            });
        }
        self.read_limited(url, response).await
    }

    async fn read_limited(
        &self,
        url: &str,
        mut response: reqwest::Response,
    ) -> Result<Vec<u8>, FeedError> {
        let too_large = || FeedError::TooLarge {
            url: url.to_string(),
            limit: self.max_bytes,
        };
        if response
            .content_length()
            .is_some_and(|n| n > self.max_bytes)
        {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|source| self.fetch_error(url, source))?
        {
            if (body.len() + chunk.len()) as u64 > self.max_bytes {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn fetch_error(&self, url: &str, source: reqwest::Error) -> FeedError {
        FeedError::Fetch {
            url: url.to_string(),
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_round_trips_and_forgetting_drops_the_validators() {
        let url = "http://127.0.0.1:9/feed.xml";
        let saved = FeedState {
            url: url.into(),
            etag: Some("\"v1\"".into()),
            last_modified: Some("Tue, 19 Mar 2024 08:00:00 GMT".into()),
            seen: vec!["a".into(), "b".into()],
        };
        let mut poller = FeedPoller::new(url, 1 << 20).unwrap();
        assert_eq!(poller.state().seen, Vec::<String>::new());
        assert!(poller.restore(&saved));
        assert_eq!(poller.state(), saved);

        let mut other = FeedPoller::new("http://127.0.0.1:9/other.xml", 1 << 20).unwrap();
        assert!(!other.restore(&saved));
        assert!(other.state().etag.is_none());

        poller.forget("unknown");
        assert_eq!(poller.state(), saved);
        poller.forget("a");
        let state = poller.state();
        assert_eq!(state.seen, vec!["b".to_string()]);
        assert_eq!((state.etag, state.last_modified), (None, None));
    }

    #[test]
    fn a_validator_that_is_not_a_header_value_is_dropped() {
        let url = "http://127.0.0.1:9/feed.xml";
        let mut poller = FeedPoller::new(url, 1 << 20).unwrap();
        poller.restore(&FeedState {
            url: url.into(),
            etag: Some("bad\nvalue".into()),
            last_modified: None,
            seen: vec!["a".into()],
        });
        assert_eq!(poller.state().etag, None);
        assert_eq!(poller.state().seen, vec!["a".to_string()]);
    }
}
