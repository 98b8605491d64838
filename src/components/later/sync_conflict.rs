use super::{case_rows, ConflictTable};
use crate::domain::differences::{text_differences, with_texts_from, TextField};
use crate::domain::sync::envelope::case_key;
use crate::domain::sync::DocState;
use crate::domain::{decode_case, CaseId};
use crate::i18n::{tr, use_i18n, Key};
use crate::routes::delete_path;
use crate::session::use_session;
use crate::storage::sync as stored;
use leptos::prelude::*;

/// Shows that another device changed this case too while they were apart (a sync conflict):
/// the other version field by field beside this one, and the choice. Nothing is decided
/// until the user chooses; then the other version is ended on the server.
#[component]
pub fn SyncConflictNotice(id: CaseId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let state = RwSignal::new(None::<DocState>);
    let failed = RwSignal::new(false);
    // Per differing field, whether the other device's text is taken.
    let picks = RwSignal::new(Vec::<bool>::new());
    let read = {
        let id = id.clone();
        move || {
            let id = id.clone();
            leptos::task::spawn_local(async move {
                let known = stored::case_state(&id).await.ok().flatten();
                let _ = state.try_set(known.filter(DocState::in_conflict));
            });
        }
    };
    read();
    stored::on_versions({
        let key = case_key(&id);
        let read = read.clone();
        move |changed: &str| {
            if changed == key {
                read();
            }
        }
    });
    let decide = move |known: DocState, take: Option<crate::domain::Case>| {
        leptos::task::spawn_local(async move {
            if let Some(theirs) = take {
                session.take_version(theirs);
            }
            // The version shown is the first; a further one is shown next.
            let shown = known
                .others
                .first()
                .map(|o| o.rev.clone())
                .unwrap_or_default();
            match stored::decided(&known, &shown).await {
                Ok(()) => {
                    let _ = failed.try_set(false);
                    let _ = state.try_set(None);
                }
                Err(_) => {
                    let _ = failed.try_set(true);
                }
            }
        });
    };
    let delete_path = delete_path(&id);

    move || {
        let known = state.get()?;
        let other = known.others.first()?.clone();
        let body = match other.body.as_deref().map(decode_case) {
            None => {
                let keep = known.clone();
                view! {
                    <p class="lotse-alert__body">{tr(Key::SyncConflictDeletedThere)}</p>
                    <div class="lotse-button-group">
                        <button type="button" class="lotse-button" on:click=move |_| decide(keep.clone(), None)>
                            {tr(Key::SyncConflictKeepCase)}
                        </button>
                        <a href=delete_path.clone() class="lotse-button lotse-button--secondary">{tr(Key::SyncConflictDeleteCase)}</a>
                    </div>
                }
                .into_any()
            }
            Some(Ok(theirs)) => {
                let differences = session
                    .with_untracked(|mine| text_differences(mine, &theirs))
                    .unwrap_or_default();
                let fields: Vec<TextField> = differences.iter().map(|d| d.field).collect();
                picks.set(vec![false; fields.len()]);
                let (keep, take, pick) = (known.clone(), known.clone(), known.clone());
                let picked = {
                    let theirs = theirs.clone();
                    move |_| {
                        let taken: Vec<TextField> = picks.with_untracked(|p| {
                            fields
                                .iter()
                                .zip(p)
                                .filter(|(_, t)| **t)
                                .map(|(f, _)| *f)
                                .collect()
                        });
                        let joined =
                            session.with_untracked(|mine| with_texts_from(mine, &theirs, &taken));
                        decide(pick.clone(), joined);
                    }
                };
                view! {
                    <p class="lotse-alert__body">{tr(Key::SyncConflictBody)}</p>
                    <ConflictTable rows=case_rows(i18n, differences) theirs=Key::SyncConflictTheirs
                        mine=Key::SyncConflictMine picks=picks/>
                    <div class="lotse-button-group">
                        <button type="button" class="lotse-button" on:click=picked>
                            {tr(Key::ConflictSavePicks)}
                        </button>
                        <button type="button" class="lotse-button lotse-button--secondary" on:click=move |_| decide(take.clone(), Some(theirs.clone()))>
                            {tr(Key::SyncConflictTakeTheirs)}
                        </button>
                        <button type="button" class="lotse-button lotse-button--secondary" on:click=move |_| decide(keep.clone(), None)>
                            {tr(Key::SyncConflictKeepMine)}
                        </button>
                    </div>
                }
                .into_any()
            }
            // From a newer Lotse: it stays on the server until this device can read it.
            Some(Err(_)) => {
                view! { <p class="lotse-alert__body">{tr(Key::SyncConflictUnreadable)}</p> }
                    .into_any()
            }
        };
        Some(view! {
            <div class="lotse-alert lotse-alert--error" role="alert" data-testid="sync-conflict">
                <h2 class="lotse-alert__title">{tr(Key::SyncConflictTitle)}</h2>
                {body}
                {move || failed.get().then(|| view! {
                    <p class="lotse-error-message">{i18n.t(Key::TeamProblemDevice)}</p>
                })}
            </div>
        })
    }
}
