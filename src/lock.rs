//! Locking an encrypted device: after a time without input, or on demand.
//!
//! While locked, no case is in memory and every screen but "delete everything" shows the
//! passphrase prompt; the address stays, so unlocking returns to where the user was.

use crate::session::CaseSession;
use crate::storage;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

/// The idle times a user can choose, in minutes.
pub const IDLE_CHOICES: &[u32] = &[2, 5, 15, 30, 60];
/// The idle time until someone chooses another.
pub const DEFAULT_IDLE_MINUTES: u32 = 5;
const IDLE_SETTING: &str = "lock-after-minutes";
const CHECK_EVERY: Duration = Duration::from_secs(10);

/// Whether the device is encrypted and locked, shared through context.
#[derive(Clone, Copy)]
pub struct DeviceLock {
    encrypted: RwSignal<bool>,
    locked: RwSignal<bool>,
    idle_minutes: RwSignal<u32>,
    last_activity: StoredValue<f64>,
    session: CaseSession,
}

impl DeviceLock {
    /// Whether the cases are encrypted (tracked).
    pub fn is_encrypted(&self) -> bool {
        self.encrypted.get()
    }

    /// Whether the passphrase is needed before anything is shown (tracked).
    pub fn is_locked(&self) -> bool {
        self.locked.get()
    }

    /// Minutes without input before the device locks itself (tracked).
    pub fn idle_minutes(&self) -> u32 {
        self.idle_minutes.get()
    }

    /// Chooses the idle time.
    pub fn set_idle_minutes(&self, minutes: u32) {
        if IDLE_CHOICES.contains(&minutes) {
            storage::save_setting(IDLE_SETTING, Some(&minutes.to_string()));
            self.idle_minutes.set(minutes);
        }
    }

    /// Locks now: the open case is written, then keys and texts leave memory.
    pub fn lock_now(&self) {
        if !storage::is_encrypted() || self.locked.get_untracked() {
            return;
        }
        self.session.close();
        self.locked.set(true);
        leptos::task::spawn_local(async {
            storage::settled().await;
            storage::lock();
        });
    }

    /// Called after the passphrase opened the device (or encryption was switched on).
    pub fn unlocked(&self) {
        self.touch();
        self.refresh();
    }

    /// Reads the state again from storage; a signal changes only if its value does, so the
    /// page on screen (and what is typed in it) stays.
    pub fn refresh(&self) {
        let (encrypted, locked) = (storage::is_encrypted(), storage::is_locked());
        if self.encrypted.get_untracked() != encrypted {
            self.encrypted.set(encrypted);
        }
        if self.locked.get_untracked() != locked {
            self.locked.set(locked);
        }
    }

    fn touch(&self) {
        self.last_activity.set_value(js_sys::Date::now());
    }
}

/// Provides the lock, and starts watching for idle time.
pub fn provide_device_lock(session: CaseSession) -> DeviceLock {
    let idle = storage::load_setting(IDLE_SETTING)
        .and_then(|m| m.parse().ok())
        .filter(|m| IDLE_CHOICES.contains(m))
        .unwrap_or(DEFAULT_IDLE_MINUTES);
    let lock = DeviceLock {
        encrypted: RwSignal::new(storage::is_encrypted()),
        locked: RwSignal::new(storage::is_locked()),
        idle_minutes: RwSignal::new(idle),
        last_activity: StoredValue::new(js_sys::Date::now()),
        session,
    };
    provide_context(lock);
    storage::set_write_listener(move |id, result| session.on_background_write(id, result));

    let on_key = window_event_listener(ev::keydown, move |_| lock.touch());
    let on_pointer = window_event_listener(ev::pointerdown, move |_| lock.touch());
    let check = set_interval_with_handle(
        move || {
            let idle_ms = f64::from(lock.idle_minutes.get_untracked()) * 60_000.0;
            let idle_for = js_sys::Date::now() - lock.last_activity.get_value();
            if lock.encrypted.get_untracked() && idle_for >= idle_ms {
                lock.lock_now();
            }
        },
        CHECK_EVERY,
    )
    .ok();
    on_cleanup(move || {
        on_key.remove();
        on_pointer.remove();
        if let Some(check) = check {
            check.clear();
        }
    });
    lock
}

/// The lock from context.
pub fn use_device_lock() -> DeviceLock {
    expect_context::<DeviceLock>()
}
