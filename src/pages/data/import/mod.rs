//! The import page, in the stages the user goes through: choose a file; open it with its
//! passphrase if it is encrypted; see the cases it holds and say, for each one already on
//! this device, whether to keep both or replace.

mod messages;
mod passphrase;
mod review;

use crate::domain::export_file::{parse_import, EncryptedExport, ImportError, ImportFile};
use crate::domain::sozialraum::SozialraumExport;
use crate::domain::{Case, CaseId};
use crate::files::{self, FileError};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::DataPage;
use crate::session::use_session;
use crate::storage;
use leptos::prelude::*;
use messages::import_error_message;
use passphrase::ImportPassphraseForm;
use review::ImportReview;
use std::collections::HashSet;

const FILE_FIELD: &str = "import-file";

/// Where the import stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Choose,
    Locked(EncryptedExport),
    /// The cases in the file, the ids of the cases already on this device, and the file's
    /// Sozialraum lists and entries.
    Review(Vec<Case>, HashSet<CaseId>, Option<SozialraumExport>),
}

/// Reads cases from an export file: checks everything first, says what is wrong and where,
/// asks for cases already on this device whether to keep both or replace, and stores all or
/// nothing.
#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::ImportTitle).to_string());
    session.flush();
    let stage = RwSignal::new(Stage::Choose);
    let problem = RwSignal::new(None::<String>);

    // What a file (or an encrypted file's content) holds: the next stage, or what is wrong.
    let accept = Callback::new(
        move |result: Result<ImportFile, ImportError>| match result {
            Ok(ImportFile::Cases(cases, sozialraum)) => {
                problem.set(None);
                leptos::task::spawn_local(async move {
                    let stored = storage::case_ids().await.unwrap_or_default();
                    stage.set(Stage::Review(
                        cases,
                        stored.into_iter().collect(),
                        sozialraum,
                    ));
                });
            }
            Ok(ImportFile::Encrypted(file)) => {
                problem.set(None);
                stage.set(Stage::Locked(file));
            }
            Err(error) => {
                problem.set(Some(import_error_message(i18n, &error)));
                stage.set(Stage::Choose);
            }
        },
    );

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            match files::read_chosen_file(&input).await {
                Ok((_, text)) => accept.run(parse_import(&text)),
                Err(error) => {
                    let key = match error {
                        FileError::NoFile => Key::ImportNoFile,
                        FileError::Unreadable => Key::ImportUnreadable,
                        FileError::TooLarge => Key::ImportTooLarge,
                    };
                    problem.set(Some(i18n.t_untracked(key).to_string()));
                    stage.set(Stage::Choose);
                }
            }
        });
    };

    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=DataPage::Overview.path() class="lotse-back-link">{tr(Key::DataTitle)}</a>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::ImportTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::ImportIntro)}</p>
            <div class="lotse-form-group" class:lotse-form-group--error=move || problem.with(Option::is_some)>
                <label class="lotse-label" for=FILE_FIELD>{tr(Key::ImportFileLabel)}</label>
                <p class="lotse-hint" id="import-file-hint">{tr(Key::ImportFileHint)}</p>
                {move || problem.get().map(|message| view! {
                    <p class="lotse-error-message" id="import-file-error" role="alert" data-testid="import-error">
                        <span class="lotse-visually-hidden">{i18n.t(Key::ErrorPrefix)}</span>
                        {message}
                    </p>
                })}
                <input type="file" class="lotse-file-upload" id=FILE_FIELD name=FILE_FIELD
                    accept=".json,.lotse,application/json"
                    aria-describedby=move || if problem.with(Option::is_some) { "import-file-hint import-file-error" } else { "import-file-hint" }
                    on:change=on_file/>
            </div>
            {move || match stage.get() {
                Stage::Choose => ().into_any(),
                Stage::Locked(file) => view! { <ImportPassphraseForm file=file on_open=accept/> }.into_any(),
                Stage::Review(cases, stored, sozialraum) => view! {
                    <ImportReview cases=cases stored=stored sozialraum=sozialraum problem=problem/>
                }.into_any(),
            }}
        </div>
    }
}
