//! Talking to systemd (`Type=notify`): READY, STATUS, STOPPING and watchdog pings.
//! Outside systemd (`NOTIFY_SOCKET` unset) every call is a no-op, and a failed
//! notification is logged at debug level only: the daemon's work does not depend on it.

use std::time::Duration;

use sd_notify::NotifyState;

fn send(states: &[NotifyState<'_>]) {
    if let Err(err) = sd_notify::notify(states) {
        tracing::debug!(error = %err, "systemd notification failed");
    }
}

/// Start-up is done.
pub fn ready(status: &str) {
    send(&[NotifyState::Ready, NotifyState::Status(status)]);
}

/// A one-line status for `systemctl status`.
pub fn status(status: &str) {
    send(&[NotifyState::Status(status)]);
}

/// Shutdown has begun.
pub fn stopping() {
    send(&[NotifyState::Stopping, NotifyState::Status("stopping")]);
}

/// Tells the watchdog the work loop is alive.
pub fn watchdog() {
    send(&[NotifyState::Watchdog]);
}

/// The watchdog period systemd expects pings within, if it is enabled for us.
pub fn watchdog_period() -> Option<Duration> {
    sd_notify::watchdog_enabled()
}
