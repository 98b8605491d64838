//! The case that is open, and its autosave.
//!
//! The session lives as long as the app, so a pending save is never lost when a page
//! unmounts. Every change goes through [`CaseSession::type_text`] (text typed into a field,
//! which already shows it, so the view is not notified) or [`CaseSession::edit`] (anything
//! else; the view follows). A short debounce turns a burst of keystrokes into one write, which
//! encodes again only the parts of the case that changed ([`crate::domain::reuse`]). A pending
//! write is flushed at once when the page is hidden or closed, so the last keystroke survives.
//!
//! When another tab or window writes the open case, this one never overwrites it silently:
//! without own changes it shows the newer version; with own unsaved changes it stops saving
//! and asks which version to keep (see [`CaseNotice::Conflict`]).

use crate::browser;
use crate::domain::sozialraum::CaseFacts;
use crate::domain::{decode_case, Case, CaseId, CaseSummary, EncodedParts};
use crate::storage::{self, ExternalChange, LoadError, StorageError};
use leptos::ev;
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use std::time::Duration;

/// How long typing may pause before the case is written.
const SAVE_DEBOUNCE: Duration = Duration::from_millis(300);

/// Where the open case stands with storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since the case was opened or last saved.
    Saved,
    /// A change waits for the debounce, or for its write to be committed.
    Pending,
    /// The last write failed; the change is still in memory and is retried on the next edit.
    Failed(StorageError),
}

/// Something the user must know about the open case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseNotice {
    /// The stored record was damaged; the last good copy was opened instead.
    Recovered,
    /// Another tab or window saved this case; its newer version is shown now.
    ReloadedFromElsewhere,
    /// Another tab or window saved this case while this one had unsaved changes: saving is
    /// paused until the user chooses. Holds the other version.
    Conflict(Box<Case>),
    /// Another tab or window deleted this case; what is shown here is not stored any more.
    DeletedElsewhere,
}

/// How the open case is written, and how another tab's version of it is read and applied.
/// The case pages' module brings all of it, so the first load goes without the whole-case
/// encoder, decoder and comparison, and without the writing of cases: the session gets them
/// when a case is opened or started (see [`crate::pages::lazy::case_codec`]).
#[derive(Clone, Copy)]
pub struct CaseCodec {
    /// Turns a case into its stored text ([`crate::domain::encode_case_reusing`]).
    pub encode: fn(&Case, &mut EncodedParts) -> String,
    /// Stores a case's text in the background, with its summary ([`storage::save_case_text`]).
    pub save: fn(&Case, String) -> Result<(), StorageError>,
    /// Writes at once what is not stored yet: the page is being hidden
    /// ([`storage::write_now`]).
    pub write_now: fn(),
    /// Reads and applies another tab's change to the open case ([`CaseSession::on_external`]).
    pub apply_external: fn(CaseSession, CaseId),
}

impl CaseCodec {
    /// The whole case's (used only where the case pages' module is loaded).
    pub const WHOLE: CaseCodec = CaseCodec {
        encode: crate::domain::encode_case_reusing,
        save: |case, text| {
            let facts = crate::domain::sozialraum::encode_facts(&CaseFacts::of(case));
            storage::save_case_text(CaseSummary::of(case), text, Some(facts))
        },
        write_now: storage::write_now,
        apply_external: CaseSession::read_external,
    };
}

/// The open case, shared through context.
#[derive(Clone, Copy)]
pub struct CaseSession {
    case: RwSignal<Option<Case>>,
    /// How the open case is written and read; there whenever a case is open.
    codec: StoredValue<Option<CaseCodec>>,
    /// The text of the open case's parts as last written (a copy of its words, forgotten with
    /// the case).
    parts: StoredValue<EncodedParts>,
    state: RwSignal<SaveState>,
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// Counts successful writes, so views of typed text (the printable agreement) can follow.
    revision: RwSignal<u64>,
    /// Counts replacements of the whole case from outside, so pages are built anew.
    generation: RwSignal<u64>,
    notice: RwSignal<Option<CaseNotice>>,
}

impl CaseSession {
    /// An empty session; call [`CaseSession::open`] to load a case.
    pub fn new() -> Self {
        Self {
            case: RwSignal::new(None),
            codec: StoredValue::new(None),
            parts: StoredValue::new(EncodedParts::default()),
            state: RwSignal::new(SaveState::Saved),
            dirty: StoredValue::new(false),
            timer: StoredValue::new(None),
            revision: RwSignal::new(0),
            generation: RwSignal::new(0),
            notice: RwSignal::new(None),
        }
    }

    /// Opens a stored case (after writing any pending change of the previous one).
    pub async fn open(&self, id: &CaseId, codec: CaseCodec) -> Result<(), LoadError> {
        self.codec.set_value(Some(codec));
        if self
            .case
            .with_untracked(|c| c.as_ref().map(|c| &c.id) == Some(id))
        {
            return Ok(());
        }
        self.flush();
        let loaded = storage::load_case(id).await?;
        // Another case may have been opened while this one was read.
        if self.is_open(id) {
            return Ok(());
        }
        self.notice
            .set(loaded.recovered.then_some(CaseNotice::Recovered));
        self.case.set(Some(loaded.case));
        self.forget_parts();
        self.state.set(SaveState::Saved);
        // The first save after opening reuses text too: the parts are encoded in idle time.
        let session = *self;
        browser::when_idle(move || {
            session
                .case
                .try_with_untracked(|c| c.as_ref().map(|case| session.encode(case)));
        });
        Ok(())
    }

    /// The case's text, encoded with the kept parts (filling them); `None` without a codec.
    fn encode(&self, case: &Case) -> Option<String> {
        let CaseCodec { encode, .. } = self.codec.try_get_value().flatten()?;
        self.parts
            .try_update_value(|parts| encode(case, parts))
            .or_else(|| Some(encode(case, &mut EncodedParts::default())))
    }

    /// Writes what is pending and forgets the open case (before locking the device).
    pub fn close(&self) {
        self.flush();
        self.cancel_timer();
        self.dirty.set_value(false);
        self.notice.set(None);
        self.case.set(None);
        self.forget_parts();
        self.state.set(SaveState::Saved);
    }

    /// What the user must know about the open case (tracked).
    pub fn notice(&self) -> Option<CaseNotice> {
        self.notice.get()
    }

    /// The user has read the notice.
    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// Counts replacements of the open case from outside (tracked): pages are rebuilt on it.
    pub fn generation(&self) -> u64 {
        self.generation.get()
    }

    /// Whether this case is the open one.
    pub fn is_open(&self, id: &CaseId) -> bool {
        self.case
            .try_with_untracked(|c| c.as_ref().map(|c| &c.id) == Some(id))
            .unwrap_or(false)
    }

    /// Reads what another tab or window stored for a case, and reacts to it
    /// ([`CaseSession::on_external`]).
    pub fn read_external(self, id: CaseId) {
        if !self.is_open(&id) {
            return;
        }
        leptos::task::spawn_local(async move {
            if let Ok(theirs) = storage::case_text(&id).await {
                self.on_external(id, theirs);
            }
        });
    }

    /// Reacts to a change another tab or window made to a case: `theirs` is the text of its
    /// new record, `None` when it was deleted there. Only the open case is affected.
    pub fn on_external(&self, id: CaseId, theirs: Option<String>) {
        if !self.is_open(&id) {
            return;
        }
        let theirs = match theirs.as_deref().map(decode_case) {
            None => None,
            Some(Ok(case)) => Some(Box::new(case)),
            // Not readable (yet): what is on screen stays, and so does their record.
            Some(Err(_)) => return,
        };
        // A text of this tab's not committed yet is as unsaved as one still being typed.
        let unsaved = self.dirty.get_value() || storage::is_pending(&id);
        match theirs {
            None => {
                // Keep what is on screen: the user may still export or save it again.
                self.notice.set(Some(CaseNotice::DeletedElsewhere));
                self.cancel_timer();
            }
            Some(theirs) if unsaved => {
                if self.case.with_untracked(|c| c.as_ref() == Some(&*theirs)) {
                    return;
                }
                self.cancel_timer();
                self.notice.set(Some(CaseNotice::Conflict(theirs)));
            }
            Some(theirs) => {
                if self.case.with_untracked(|c| c.as_ref() == Some(&*theirs)) {
                    return;
                }
                self.case.set(Some(*theirs));
                self.state.set(SaveState::Saved);
                self.notice.set(Some(CaseNotice::ReloadedFromElsewhere));
                self.generation.update(|g| *g += 1);
            }
        }
    }

    /// Resolves a conflict by showing and keeping the other tab's version.
    pub fn take_theirs(&self) {
        if let Some(CaseNotice::Conflict(theirs)) = self.notice.get_untracked() {
            self.cancel_timer();
            self.dirty.set_value(false);
            self.case.set(Some(*theirs));
            self.state.set(SaveState::Saved);
            self.notice.set(None);
            self.generation.update(|g| *g += 1);
        }
    }

    /// Replaces the open case with another device's version of it, and writes it.
    pub fn take_version(&self, case: Case) {
        self.cancel_timer();
        self.notice.set(None);
        self.case.set(Some(case));
        self.generation.update(|g| *g += 1);
        self.dirty.set_value(true);
        self.flush();
    }

    /// Resolves a conflict (or a deletion elsewhere) by saving this tab's version over it.
    pub fn keep_mine(&self) {
        self.notice.set(None);
        self.dirty.set_value(true);
        self.flush();
    }

    fn is_paused(&self) -> bool {
        // Looked at in place: the notice holds the other version, a whole case to copy.
        self.notice
            .try_with_untracked(|notice| {
                matches!(
                    notice,
                    Some(CaseNotice::Conflict(_)) | Some(CaseNotice::DeletedElsewhere)
                )
            })
            .unwrap_or(false)
    }

    /// Starts a new case and writes it at once.
    pub fn start(&self, case: Case, codec: CaseCodec) {
        self.flush();
        self.codec.set_value(Some(codec));
        self.case.set(Some(case));
        self.forget_parts();
        self.dirty.set_value(true);
        self.flush();
    }

    /// Forgets the open case without writing it (after it was deleted).
    pub fn discard(&self, id: &CaseId) {
        if self
            .case
            .with_untracked(|c| c.as_ref().map(|c| &c.id) == Some(id))
        {
            self.cancel_timer();
            self.dirty.set_value(false);
            self.case.set(None);
            self.forget_parts();
            self.state.set(SaveState::Saved);
        }
    }

    /// Drops the kept text of the case's parts (the case is closed or gone).
    fn forget_parts(&self) {
        self.parts.try_set_value(EncodedParts::default());
    }

    /// Reads the open case (tracked): `None` when no case is open.
    pub fn with<R>(&self, f: impl FnOnce(&Case) -> R) -> Option<R> {
        self.case.with(|c| c.as_ref().map(f))
    }

    /// Reads one goal of the open case (tracked); the default when there is no such goal.
    pub fn with_goal<R: Default>(
        &self,
        id: &crate::domain::GoalId,
        f: impl FnOnce(&Case, &crate::domain::Goal) -> R,
    ) -> R {
        self.with(|c| c.goal(id).map(|g| f(c, g)))
            .flatten()
            .unwrap_or_default()
    }

    /// Reads the open case without subscribing to changes.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Case) -> R) -> Option<R> {
        self.case.with_untracked(|c| c.as_ref().map(f))
    }

    /// Records text typed into a field of the open case, and saves it after a pause. The view
    /// is not notified: the field already shows the text.
    pub fn type_text(&self, f: impl FnOnce(&mut Case)) {
        self.case.try_update_untracked(|c| c.as_mut().map(f));
        self.schedule_save();
    }

    /// Changes the open case in any other way (adds, removes, chooses), updates the view, and
    /// saves it after a pause.
    pub fn edit(&self, f: impl FnOnce(&mut Case)) {
        self.case.update(|c| {
            if let Some(case) = c {
                f(case)
            }
        });
        self.schedule_save();
    }

    /// The number of successful writes so far (tracked): a view that shows typed text
    /// subscribes to it, since typing itself does not notify.
    pub fn revision(&self) -> u64 {
        self.revision.get()
    }

    /// Where the open case stands with storage (tracked).
    pub fn save_state(&self) -> SaveState {
        self.state.get()
    }

    /// Where the open case stands with storage, without subscribing to changes.
    pub fn save_state_untracked(&self) -> SaveState {
        self.state.get_untracked()
    }

    /// Writes a pending change now. Safe to call at any time, also from page-hide handlers.
    pub fn flush(&self) {
        self.cancel_timer();
        if !self.dirty.try_get_value().unwrap_or(false) || self.is_paused() {
            return;
        }
        // Always there with an open case (so never reached without one); the change stays
        // pending otherwise.
        if self.codec.try_get_value().flatten().is_none() {
            return;
        }
        let timing = browser::SaveTiming::start("lotse:save");
        let now = browser::now();
        let result = self
            .case
            .try_update_untracked(|c| {
                c.as_mut().and_then(|case| {
                    case.updated_at = now;
                    let text = self.encode(case)?;
                    let save = self.codec.try_get_value().flatten()?.save;
                    Some(save(case, text))
                })
            })
            .flatten();
        timing.finish();
        match result {
            // "Gespeichert" once the write is committed ([`CaseSession::on_background_write`]).
            Some(Ok(())) => self.dirty.set_value(false),
            Some(Err(error)) => self.state.set(SaveState::Failed(error)),
            None => self.dirty.set_value(false),
        }
    }

    /// The write of a case in the background has been committed or has failed; only the open
    /// case's matters here (another case's failed text waits in storage's queue).
    pub fn on_background_write(&self, id: &CaseId, result: Result<(), StorageError>) {
        if !self.is_open(id) {
            return;
        }
        match result {
            Ok(()) => {
                if !self.dirty.try_get_value().unwrap_or(true) {
                    self.state.set(SaveState::Saved);
                    self.revision.update(|r| *r += 1);
                }
            }
            Err(error) => {
                self.dirty.set_value(true);
                self.state.set(SaveState::Failed(error));
            }
        }
    }

    /// Tries a failed write again.
    pub fn retry(&self) {
        self.dirty.set_value(true);
        self.flush();
    }

    fn schedule_save(&self) {
        self.dirty.set_value(true);
        if !matches!(self.state.get_untracked(), SaveState::Failed(_)) {
            self.state.set(SaveState::Pending);
        }
        self.cancel_timer();
        if self.is_paused() {
            return;
        }
        let session = *self;
        let handle = set_timeout_with_handle(move || session.flush(), SAVE_DEBOUNCE).ok();
        self.timer.set_value(handle);
    }

    fn cancel_timer(&self) {
        if let Some(Some(handle)) = self.timer.try_update_value(|t| t.take()) {
            handle.clear();
        }
    }
}

impl Default for CaseSession {
    fn default() -> Self {
        Self::new()
    }
}

/// Creates the session and puts it into context, and asks the browser to keep the cases.
/// From then on a pending save, and every one not committed yet, is written the moment the
/// page is hidden or closed, so a closed tab or a switched app never costs the last
/// keystrokes; and a change another tab or window of Lotse makes is never overwritten
/// silently.
pub fn provide_session() -> CaseSession {
    let session = CaseSession::new();
    provide_context(session);
    // Once there is something to keep, ask the browser not to evict it (Chromium decides
    // silently; Firefox may ask the user).
    if storage::has_cases() {
        leptos::task::spawn_local(async {
            browser::request_persistence().await;
        });
    }
    let write_everything = move || {
        session.flush();
        if let Some(codec) = session.codec.try_get_value().flatten() {
            (codec.write_now)();
        }
    };
    let on_pagehide = window_event_listener(ev::pagehide, move |_| write_everything());
    let on_hidden = window_event_listener(ev::visibilitychange, move |_| {
        if browser::page_is_hidden() {
            write_everything();
        }
    });
    storage::listen_to_other_tabs(move |change| match change {
        ExternalChange::AllRecords => {
            // Start over, without writing back what this tab still holds.
            if let Some(id) = session.with_untracked(|c| c.id.clone()) {
                session.discard(&id);
            }
            storage::forget_unsaved();
            browser::reload();
        }
        ExternalChange::Case(id) => {
            // A case is open only once the case pages' module has brought its codec.
            if let Some(codec) = session.codec.try_get_value().flatten() {
                (codec.apply_external)(session, id);
            }
        }
    });
    on_cleanup(move || {
        on_pagehide.remove();
        on_hidden.remove();
    });
    session
}

/// The session from context.
pub fn use_session() -> CaseSession {
    expect_context::<CaseSession>()
}
