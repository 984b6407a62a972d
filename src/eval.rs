//! Scoring against a labeled corpus: body recall, chrome leak, title match, and the
//! classifier's precision/recall, tag F1, date accuracy and region recall.
