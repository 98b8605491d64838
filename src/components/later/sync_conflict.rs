use super::ConflictTable;
use crate::domain::differences::text_differences;
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
        let id = id.clone();
        let read = read.clone();
        move |changed: &CaseId| {
            if *changed == id {
                read();
            }
        }
    });
    let decide = move |known: DocState, take: Option<crate::domain::Case>| {
        leptos::task::spawn_local(async move {
            if let Some(theirs) = take {
                session.take_version(theirs);
            }
            match stored::decided(&known).await {
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
                let (keep, take) = (known.clone(), known.clone());
                view! {
                    <p class="lotse-alert__body">{tr(Key::SyncConflictBody)}</p>
                    <ConflictTable differences=differences theirs=Key::SyncConflictTheirs mine=Key::SyncConflictMine/>
                    <div class="lotse-button-group">
                        <button type="button" class="lotse-button" on:click=move |_| decide(take.clone(), Some(theirs.clone()))>
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
