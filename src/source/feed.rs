//! HTTP feeds (RSS, Atom, JSON Feed): polled with conditional GET; each new entry's
//! page becomes a document.
