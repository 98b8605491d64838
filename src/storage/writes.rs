//! Saving the open case without making typing wait: a save is queued and written in the
//! background, one transaction after the other (a later text never overtaken by an earlier
//! one), and whoever listens hears when it is committed or why it failed.
//!
//! A page that is hidden or closed cannot wait for a transaction to commit. Then the texts
//! not yet committed are written at once, in a transaction that is committed explicitly, and,
//! unencrypted, also into a journal in localStorage (`lotse:journal:<id>`, written
//! synchronously), from which the next start finishes the write. Encrypted, a text cannot be
//! sealed synchronously, so it never goes into the journal.

use super::documents::{known_revision, put_case, remember_revision, stored_texts, CASE_WRITE};
use super::idb;
use super::local::{keys_with_prefix, read_plain_raw, remove_raw, write_plain_raw, JOURNAL_PREFIX};
use super::{list, other_tabs, vault, StorageError};
use crate::domain::document::Revision;
use crate::domain::schema::encode_summary;
use crate::domain::{CaseId, CaseSummary};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A case to be written.
#[derive(Clone)]
struct Write {
    summary: CaseSummary,
    text: String,
    /// What the Sozialraum report counts of it (`None`: counted again when the report runs).
    facts: Option<String>,
}

type Listener = Rc<dyn Fn(&CaseId, Result<(), StorageError>)>;

thread_local! {
    /// Saves waiting to be written: the newest per case, in order. A failed one stays here
    /// (unless a newer text of its case came), to be written with the next save or retry.
    static QUEUE: RefCell<Vec<Write>> = const { RefCell::new(Vec::new()) };
    /// The save being written now by the queue's loop.
    static WRITING: RefCell<Option<Write>> = const { RefCell::new(None) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// Transactions written at page hide, not committed yet.
    static WRITTEN_NOW: Cell<usize> = const { Cell::new(0) };
    static LISTENER: RefCell<Option<Listener>> = const { RefCell::new(None) };
}

/// Registers who hears, for the case written, whether its text was committed (told only
/// once no newer text of it waits) or why it failed.
pub fn set_write_listener(listener: impl Fn(&CaseId, Result<(), StorageError>) + 'static) {
    LISTENER.with(|l| *l.borrow_mut() = Some(Rc::new(listener)));
}

fn report(id: &CaseId, result: Result<(), StorageError>) {
    if let Some(listener) = LISTENER.with(|l| l.borrow().clone()) {
        listener(id, result);
    }
}

/// Whether a text of this case waits to be committed.
pub fn is_pending(id: &CaseId) -> bool {
    QUEUE.with(|q| q.borrow().iter().any(|w| w.summary.id == *id))
        || WRITING.with(|w| w.borrow().as_ref().is_some_and(|w| w.summary.id == *id))
}

/// Waits until no write is under way (a failed one waits in the queue for the next save).
pub async fn settled() {
    while RUNNING.with(Cell::get) || WRITTEN_NOW.with(Cell::get) > 0 {
        crate::browser::sleep(10).await;
    }
}

/// Stores a case as its text ([`crate::domain::encode_case`]): the list shows it at once, and
/// the write follows in the background, which tells the write listener once it is committed.
/// The open case's session encodes it with the encoder the case pages bring (see
/// [`crate::session`]), with its report facts.
pub fn save_case_text(
    summary: CaseSummary,
    text: String,
    facts: Option<String>,
) -> Result<(), StorageError> {
    if vault::is_locked() {
        return Err(StorageError::Locked);
    }
    list::show(&summary, known_revision(&summary.id).is_none());
    queue(Write {
        summary,
        text,
        facts,
    });
    Ok(())
}

/// Queues a case's text, replacing an older one still waiting, and starts writing.
fn queue(write: Write) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        q.retain(|w| w.summary.id != write.summary.id);
        q.push(write);
    });
    if !RUNNING.with(|r| r.replace(true)) {
        wasm_bindgen_futures::spawn_local(run());
    }
}

async fn run() {
    loop {
        let next = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            (!q.is_empty()).then(|| q.remove(0))
        });
        let Some(write) = next else {
            break;
        };
        WRITING.with(|w| *w.borrow_mut() = Some(write.clone()));
        let result = write_one(&write).await;
        WRITING.with(|w| w.borrow_mut().take());
        let id = write.summary.id.clone();
        match result {
            Ok(()) => {
                forget_journal(&id, &write.text);
                // "Gespeichert" only once the last text of the case is committed.
                if !is_pending(&id) {
                    report(&id, Ok(()));
                }
            }
            Err(error) => {
                // Kept for the next save or retry.
                queue_again(write);
                report(&id, Err(error));
                break;
            }
        }
    }
    RUNNING.with(|r| r.set(false));
}

async fn write_one(write: &Write) -> Result<(), StorageError> {
    let timing = crate::browser::SaveTiming::start("lotse:save-commit");
    let body = vault::seal(&write.text).await?;
    let summary = vault::seal(&encode_summary(&write.summary)).await?;
    let facts = match &write.facts {
        Some(facts) => Some(vault::seal(facts).await?),
        None => None,
    };
    // Sealed as another tab no longer stores (encryption switched on or the passphrase
    // changed there, which reloads this tab): not written.
    if !vault::matches_storage() {
        return Err(StorageError::Locked);
    }
    let transaction = idb::transaction(&CASE_WRITE, true).await?;
    let revision = put_case(
        &transaction,
        &write.summary,
        &body,
        &summary,
        facts.as_deref(),
    )?;
    idb::commit_now(&transaction);
    idb::committed(&transaction).await?;
    remember_revision(&write.summary.id, revision);
    timing.finish();
    super::changed(super::Change::Written);
    other_tabs::announce_case(&write.summary.id);
    Ok(())
}

/// Writes at once what is not committed yet: the page is being hidden or closed. Unencrypted,
/// each text also goes into the journal first. Encrypted, a text cannot be sealed without
/// waiting, so what is queued is written by the queue, if the page lives long enough.
pub fn write_now() {
    if vault::is_encrypted() || !vault::matches_storage() {
        return;
    }
    let writing = WRITING.with(|w| w.borrow().clone());
    let waiting = QUEUE.with(|q| q.borrow().clone());
    for write in writing.iter().chain(&waiting) {
        let id = &write.summary.id;
        let revision = Revision::after(known_revision(id).as_ref(), &write.text);
        let entry = format!("{revision}\n{}", write.text);
        let _ = write_plain_raw(&journal_key(id), &entry);
    }
    if waiting.is_empty() {
        return;
    }
    // Without an open database the texts stay queued (and in the journal).
    let Some(transaction) = idb::transaction_now(&CASE_WRITE) else {
        return;
    };
    let mut revisions = Vec::new();
    for write in &waiting {
        let summary = encode_summary(&write.summary);
        let facts = write.facts.as_deref();
        match put_case(&transaction, &write.summary, &write.text, &summary, facts) {
            Ok(revision) => revisions.push((write.summary.id.clone(), revision)),
            // Refused: queued and in the journal, for the queue or the next start.
            Err(_) => return,
        }
    }
    idb::commit_now(&transaction);
    QUEUE.with(|q| q.borrow_mut().clear());
    for (id, revision) in revisions {
        remember_revision(&id, revision);
        other_tabs::announce_case(&id);
    }
    WRITTEN_NOW.with(|n| n.set(n.get() + 1));
    wasm_bindgen_futures::spawn_local(async move {
        let result = idb::committed(&transaction).await;
        WRITTEN_NOW.with(|n| n.set(n.get().saturating_sub(1)));
        for write in &waiting {
            if result.is_ok() {
                forget_journal(&write.summary.id, &write.text);
            } else {
                queue_again(write.clone());
            }
            report(&write.summary.id, result.clone());
        }
    });
}

/// Puts back a text whose write failed, unless a newer text of its case waits.
fn queue_again(write: Write) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if !q.iter().any(|w| w.summary.id == write.summary.id) {
            q.insert(0, write);
        }
    });
}

fn journal_key(id: &CaseId) -> String {
    format!("{JOURNAL_PREFIX}{}", id.0)
}

/// Removes the journal entry of a case once `text` is committed, if that is what it holds.
fn forget_journal(id: &CaseId, text: &str) {
    let key = journal_key(id);
    if let Ok(Some(entry)) = read_plain_raw(&key) {
        if entry.split_once('\n').map(|(_, t)| t) == Some(text) {
            let _ = remove_raw(&key);
        }
    }
}

/// Finishes the writes a closed page left in the journal: a text is written when what is
/// stored is older than it; then its entry is removed.
pub(super) async fn finish_journal() -> Result<(), StorageError> {
    for key in keys_with_prefix(JOURNAL_PREFIX)? {
        let Some(entry) = read_plain_raw(&key)? else {
            continue;
        };
        let id = CaseId(key[JOURNAL_PREFIX.len()..].to_string());
        let Some((revision, text)) = entry.split_once('\n') else {
            remove_raw(&key)?;
            continue;
        };
        let journal = Revision::parse(revision);
        let texts = stored_texts(&id).await?;
        let stored = match texts.body {
            Some(body) => vault::open(&body).await?,
            None => None,
        };
        let stored_revision = texts.revision;
        let newer = match (&journal, &stored_revision) {
            (Some(j), Some(s)) => j.generation > s.generation,
            _ => true,
        };
        if stored.as_deref() != Some(text) {
            match crate::domain::decode_case(text).map(|case| case.summary()) {
                Ok(summary) if newer => {
                    let text = text.to_string();
                    // Kept in the journal until it is committed.
                    write_one(&Write {
                        summary,
                        text,
                        facts: None,
                    })
                    .await?;
                }
                // Older than what another tab stored since, or not readable: kept aside.
                _ => super::documents::set_aside(&id, &vault::seal(text).await?).await?,
            }
        }
        remove_raw(&key)?;
    }
    Ok(())
}

/// Forgets a save that waits for a case being deleted, and its journal entry.
pub(super) fn forget(id: &CaseId) {
    QUEUE.with(|q| q.borrow_mut().retain(|w| w.summary.id != *id));
    let _ = remove_raw(&journal_key(id));
}

/// Forgets every save that waits: this tab is about to start over (another tab switched
/// encryption on, or deleted everything), and must not write what it still holds.
pub fn forget_unsaved() {
    forget_all();
}

/// Forgets every save that waits (everything is being deleted).
pub(super) fn forget_all() {
    QUEUE.with(|q| q.borrow_mut().clear());
}
