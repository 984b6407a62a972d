//! HTTP feeds (RSS, Atom, JSON Feed): polled with conditional GET; each new entry's
//! page becomes a document.
//!
//! A [`FeedPoller`] remembers one feed's `ETag`/`Last-Modified` validators and the ids
//! of the entries it has already handed out, so an unchanged feed costs one `304` and
//! a changed one only fetches the new entries' pages. That memory is not persisted:
//! after a restart, pages are fetched again and the store treats them as duplicates
//! by content hash. The poller does not store or judge anything; the daemon drops
//! each [`FeedPage`] into the inbox (see `Inbox::drop_page`), so fetched pages get the
//! same commit-then-move and quarantine guarantees as dropped files.

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

/// One new entry's page, with what the feed said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedPage {
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
                    self.seen.insert(id);
                    pages.push(FeedPage {
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
