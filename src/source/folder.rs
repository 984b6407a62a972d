//! The watched inbox: change events as hints, periodic scans as the truth, safe-drop
//! and stability checks so half-written files are never read, and the moves to
//! `processed/` and `quarantine/` once a file's fate is committed.
