use crate::i18n::{use_i18n, Key};
use crate::session::{use_session, SaveState};
use leptos::prelude::*;

/// Shows whether the open case is stored.
///
/// The visible part changes while typing; the live region only changes when a save lands or
/// fails, so a screen reader hears "Gespeichert" politely once rather than after every pause.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let state = Memo::new(move |_| session.save_state());
    let announced = Memo::new(move |previous: Option<&Key>| match state.get() {
        SaveState::Saved => Key::SaveStateSaved,
        SaveState::Failed(_) => Key::SaveStateFailed,
        SaveState::Pending => previous.copied().unwrap_or(Key::SaveStateSaved),
    });
    let (visible, modifier) = (
        move || match state.get() {
            SaveState::Saved => i18n.t(Key::SaveStateSaved),
            SaveState::Pending => i18n.t(Key::SaveStatePending),
            SaveState::Failed(_) => i18n.t(Key::SaveStateFailed),
        },
        move || match state.get() {
            SaveState::Saved => "lotse-save-indicator lotse-save-indicator--saved",
            SaveState::Pending => "lotse-save-indicator lotse-save-indicator--pending",
            SaveState::Failed(_) => "lotse-save-indicator lotse-save-indicator--failed",
        },
    );
    view! {
        <div class=modifier data-testid="save-indicator">
            <span class="lotse-save-indicator__icon" aria-hidden="true"></span>
            <span class="lotse-save-indicator__text" aria-hidden="true">{visible}</span>
            <span class="lotse-visually-hidden" role="status" aria-live="polite">
                {move || i18n.t(announced.get())}
            </span>
        </div>
    }
}
