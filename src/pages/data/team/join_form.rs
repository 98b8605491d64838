use super::messages::{database_error_key, join_error_key, server_error_key};
use crate::browser::new_id;
use crate::components::{error_for, ErrorSummary, FieldError, TextInput};
use crate::domain::sync::{database_name, server_address, TeamSettings};
use crate::i18n::{tr, use_i18n, Key};
use crate::storage::{self, sync as stored};
use crate::sync::setup::{join, JoinError, Joining};
use leptos::prelude::*;

const SERVER: &str = "team-server";
const DATABASE: &str = "team-database";
const NAME: &str = "team-name";
const PASSWORD: &str = "team-password";
const PASSPHRASE: &str = "team-passphrase";

/// The form that joins a team: every field checked here, then the server, the member and
/// the team passphrase checked against the server, each with its own message.
#[component]
pub fn JoinForm(joined: Callback<TeamSettings>) -> impl IntoView {
    let i18n = use_i18n();
    let server = RwSignal::new(String::new());
    let database = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<Key>);
    let busy = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        failure.set(None);
        let mut found = Vec::new();
        let checked_server = server_address(&server.get_untracked());
        if let Err(error) = checked_server {
            found.push(FieldError {
                field_id: SERVER,
                message: server_error_key(error),
            });
        }
        let checked_database = database_name(&database.get_untracked());
        if let Err(error) = checked_database.clone() {
            found.push(FieldError {
                field_id: DATABASE,
                message: database_error_key(error),
            });
        }
        let required = [
            (NAME, name, Key::TeamNameEmpty),
            (PASSWORD, password, Key::TeamPasswordEmpty),
            (PASSPHRASE, passphrase, Key::TeamPassphraseEmpty),
        ];
        for (field_id, value, message) in required {
            if value.get_untracked().trim().is_empty() {
                found.push(FieldError { field_id, message });
            }
        }
        errors.set(found);
        let (Ok(server_checked), Ok(database_checked)) = (checked_server, checked_database) else {
            return;
        };
        if !errors.with_untracked(Vec::is_empty) {
            return;
        }
        busy.set(true);
        let joining = Joining {
            server: server_checked,
            database: database_checked,
            name: name.get_untracked().trim().to_string(),
            password: password.get_untracked(),
            passphrase: passphrase.get_untracked(),
        };
        leptos::task::spawn_local(async move {
            let result = match join(joining, new_id()).await {
                Ok(settings) => stored::set_up(&settings)
                    .await
                    .map(|()| settings)
                    .map_err(|_| JoinError::Device),
                Err(error) => Err(error),
            };
            let _ = busy.try_set(false);
            match result {
                Ok(settings) => {
                    let _ = password.try_set(String::new());
                    let _ = passphrase.try_set(String::new());
                    leptos::task::spawn_local(crate::sync::run());
                    joined.run(settings);
                }
                Err(error) => {
                    let _ = failure.try_set(Some(join_error_key(error)));
                }
            }
        });
    };

    view! {
        <ErrorSummary errors=errors.into()/>
        <form novalidate on:submit=submit>
            <TextInput id=SERVER label=Key::TeamServerLabel hint=Key::TeamServerHint
                input_type="url" autocomplete="url" value=server error=error_for(errors, SERVER)/>
            <TextInput id=DATABASE label=Key::TeamDatabaseLabel hint=Key::TeamDatabaseHint
                value=database error=error_for(errors, DATABASE)/>
            <TextInput id=NAME label=Key::TeamNameLabel autocomplete="username"
                value=name error=error_for(errors, NAME)/>
            <TextInput id=PASSWORD label=Key::TeamPasswordLabel input_type="password"
                autocomplete="current-password" value=password error=error_for(errors, PASSWORD)/>
            <TextInput id=PASSPHRASE label=Key::TeamPassphraseLabel hint=Key::TeamPassphraseHint
                input_type="password" autocomplete="off" value=passphrase
                error=error_for(errors, PASSPHRASE)/>
            {(!storage::is_encrypted()).then(|| view! {
                <p class="lotse-inset">{tr(Key::TeamKeptUnencrypted)}</p>
            })}
            {move || failure.get().map(|key| view! {
                <p class="lotse-error-message" role="alert" data-testid="team-failure">{i18n.t(key)}</p>
            })}
            <div class="lotse-button-group">
                <button type="submit" class="lotse-button" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { i18n.t(Key::TeamBusy) } else { i18n.t(Key::TeamSubmit) }}
                </button>
            </div>
            <p role="status" class="lotse-visually-hidden">{move || busy.get().then(|| i18n.t(Key::TeamBusy))}</p>
        </form>
    }
}
