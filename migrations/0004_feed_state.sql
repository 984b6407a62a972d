-- healthfeed schema v4: what each feed poller has already seen, so that a restart does
-- not fetch old entries again.

-- One row per polled feed URL: its conditional-GET validators and the ids of the
-- entries whose pages were already fetched (only those still in the feed at the last
-- poll, so the list follows the feed's length). Written after every poll that changed it.
CREATE TABLE feed_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    seen          TEXT NOT NULL DEFAULT '[]',  -- JSON array of entry ids
    polled_at     TEXT NOT NULL                -- RFC 3339 UTC of the poll that last changed the row
);
