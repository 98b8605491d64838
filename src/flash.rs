//! A one-time confirmation shown on the next page (e.g. "Der Fall wurde gelöscht.").

use leptos::prelude::*;

/// The message waiting to be shown once, shared through context.
#[derive(Clone, Copy)]
pub struct Flash(RwSignal<Option<String>>);

impl Flash {
    /// No message.
    pub fn new() -> Self {
        Self(RwSignal::new(None))
    }

    /// Queues a message for the next page.
    pub fn set(&self, message: String) {
        self.0.set(Some(message));
    }

    /// Takes the waiting message, if any; it is shown once.
    pub fn take(&self) -> Option<String> {
        self.0.try_update_untracked(Option::take).flatten()
    }
}

impl Default for Flash {
    fn default() -> Self {
        Self::new()
    }
}

/// The flash from context.
pub fn use_flash() -> Flash {
    expect_context::<Flash>()
}
