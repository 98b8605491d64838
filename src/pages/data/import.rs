use crate::browser;
use crate::components::TextInput;
use crate::domain::transfer::{
    as_copy, parse_import, CaseProblem, EncryptedExport, ImportChoice, ImportError, ImportFile,
};
use crate::domain::{Case, CaseId, DataProblem, TextPosition};
use crate::flash::use_flash;
use crate::focus::focus_element;
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::pages::use_page_title;
use crate::router::use_navigator;
use crate::routes::{DataPage, HOME};
use crate::session::use_session;
use crate::storage;
use crate::transfer::{self, FileError};
use leptos::prelude::*;
use std::collections::HashMap;

const FILE_FIELD: &str = "import-file";
const PASSPHRASE_FIELD: &str = "import-passphrase";

/// The problem in words.
fn problem_text(i18n: I18n, problem: &DataProblem) -> String {
    match problem {
        DataProblem::MissingField(name) => i18n.tf(Key::ProblemMissingField, &[("field", name)]),
        DataProblem::DuplicateField(name) => {
            i18n.tf(Key::ProblemDuplicateField, &[("field", name)])
        }
        DataProblem::UnknownValue(value) => i18n.tf(Key::ProblemUnknownValue, &[("value", value)]),
        DataProblem::WrongType => i18n.t(Key::ProblemWrongType).to_string(),
        DataProblem::InvalidValue => i18n.t(Key::ProblemInvalidValue).to_string(),
        DataProblem::Other => i18n.t(Key::ProblemOther).to_string(),
    }
}

fn at(i18n: I18n, key: Key, position: TextPosition, extra: &[(&str, &str)]) -> String {
    let line = position.line.to_string();
    let column = position.column.to_string();
    let mut args = vec![("line", line.as_str()), ("column", column.as_str())];
    args.extend_from_slice(extra);
    i18n.tf(key, &args)
}

/// Says exactly what is wrong with an import file, and where.
pub fn import_error_message(i18n: I18n, error: &ImportError) -> String {
    match error {
        ImportError::Empty => i18n.t(Key::ImportErrorEmpty).to_string(),
        ImportError::NotJson(position) => at(i18n, Key::ImportErrorNotJson, *position, &[]),
        ImportError::NotAnExport => i18n.t(Key::ImportErrorNotExport).to_string(),
        ImportError::NewerVersion(v) => {
            i18n.tf(Key::ImportErrorNewer, &[("version", &v.to_string())])
        }
        ImportError::Frame(position, problem) => {
            let problem = problem_text(i18n, problem);
            at(
                i18n,
                Key::ImportErrorFrame,
                *position,
                &[("problem", &problem)],
            )
        }
        ImportError::NoCases => i18n.t(Key::ImportErrorNoCases).to_string(),
        ImportError::UnsupportedEncryption => i18n.t(Key::ImportErrorEncryption).to_string(),
        ImportError::Case {
            number,
            alias,
            problem,
        } => {
            let detail = match problem {
                CaseProblem::Shape(position, problem) => {
                    let problem = problem_text(i18n, problem);
                    at(
                        i18n,
                        Key::ImportProblemShape,
                        *position,
                        &[("problem", &problem)],
                    )
                }
                CaseProblem::NewerSchema(v) => {
                    i18n.tf(Key::ImportProblemNewer, &[("version", &v.to_string())])
                }
                CaseProblem::BadId => i18n.t(Key::ImportProblemBadId).to_string(),
                CaseProblem::Duplicate(first) => i18n.tf(
                    Key::ImportProblemDuplicate,
                    &[("first", &first.to_string())],
                ),
            };
            let number = number.to_string();
            match alias {
                Some(alias) => i18n.tf(
                    Key::ImportErrorCaseNamed,
                    &[("number", &number), ("alias", alias), ("problem", &detail)],
                ),
                None => i18n.tf(
                    Key::ImportErrorCase,
                    &[("number", &number), ("problem", &detail)],
                ),
            }
        }
    }
}

/// Where the import stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Choose,
    Locked(EncryptedExport),
    Review(Vec<Case>),
}

/// Reads cases from an export file: checks everything first, says what is wrong and where,
/// asks for cases already on this device whether to keep both or replace, and stores all or
/// nothing.
#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let flash = use_flash();
    let navigator = use_navigator();
    use_page_title(move || i18n.t(Key::ImportTitle).to_string());
    session.flush();
    let stage = RwSignal::new(Stage::Choose);
    let problem = RwSignal::new(None::<String>);
    let passphrase = RwSignal::new(String::new());
    let passphrase_error = RwSignal::new(None::<Key>);
    let choices = RwSignal::new(HashMap::<CaseId, ImportChoice>::new());
    let stored: HashMap<CaseId, String> = storage::load_all_cases()
        .map(|s| s.cases.into_iter().map(|c| (c.id, c.alias)).collect())
        .unwrap_or_default();
    let stored = StoredValue::new(stored);

    let accept = move |result: Result<ImportFile, ImportError>| match result {
        Ok(ImportFile::Cases(cases)) => {
            problem.set(None);
            stage.set(Stage::Review(cases));
        }
        Ok(ImportFile::Encrypted(file)) => {
            problem.set(None);
            stage.set(Stage::Locked(file));
        }
        Err(error) => {
            problem.set(Some(import_error_message(i18n, &error)));
            stage.set(Stage::Choose);
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            match transfer::read_chosen_file(&input).await {
                Ok((_, text)) => accept(parse_import(&text)),
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

    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Stage::Locked(file) = stage.get_untracked() else {
            return;
        };
        let secret = passphrase.get_untracked();
        if secret.is_empty() {
            passphrase_error.set(Some(Key::UnlockMissing));
            return;
        }
        leptos::task::spawn_local(async move {
            match transfer::open_export(&file, &secret).await {
                Ok(plain) => {
                    passphrase_error.set(None);
                    passphrase.set(String::new());
                    match parse_import(&plain) {
                        // An encrypted file holds a plain export, never another encrypted one.
                        Ok(ImportFile::Encrypted(_)) => accept(Err(ImportError::NotAnExport)),
                        other => accept(other),
                    }
                }
                Err(_) => {
                    passphrase_error.set(Some(Key::ImportWrongPassphrase));
                    focus_element(PASSPHRASE_FIELD);
                }
            }
        });
    };

    let import = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Stage::Review(cases) = stage.get_untracked() else {
            return;
        };
        let suffix = i18n.t_untracked(Key::ImportCopySuffix);
        let chosen = choices.get_untracked();
        let ready: Vec<Case> = cases
            .into_iter()
            .map(|case| {
                let exists = stored.with_value(|s| s.contains_key(&case.id));
                match chosen.get(&case.id).copied() {
                    Some(ImportChoice::Replace) if exists => case,
                    _ if exists => as_copy(case, CaseId(browser::new_id()), suffix),
                    _ => case,
                }
            })
            .collect();
        for case in &ready {
            session.discard(&case.id);
        }
        match storage::save_cases_atomically(&ready) {
            Ok(()) => {
                flash.set(i18n.count(ready.len(), Key::ImportDoneOne, Key::ImportDoneOther));
                navigator.go(HOME);
            }
            Err(_) => problem.set(Some(i18n.t_untracked(Key::ImportStorageFailed).to_string())),
        }
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
                Stage::Locked(_) => view! {
                    <form novalidate on:submit=open data-testid="import-passphrase-form">
                        <p>{tr(Key::ImportEncryptedIntro)}</p>
                        <TextInput id=PASSPHRASE_FIELD label=Key::ImportPassphraseLabel input_type="password"
                            autocomplete="off" value=passphrase error=passphrase_error/>
                        <button type="submit" class="lotse-button">{tr(Key::ImportOpen)}</button>
                    </form>
                }.into_any(),
                Stage::Review(cases) => {
                    let count = cases.len();
                    view! {
                    <form novalidate on:submit=import data-testid="import-review">
                        <h2 class="lotse-heading-m">{move || i18n.count(count, Key::ImportFoundOne, Key::ImportFoundOther)}</h2>
                        <ul class="lotse-list lotse-list--bullet">
                            {cases.iter().map(|case| view! { <li dir="auto">{case.alias.clone()}</li> }).collect_view()}
                        </ul>
                        {cases.iter().filter(|c| stored.with_value(|s| s.contains_key(&c.id))).map(|case| {
                            let id = case.id.clone();
                            let name = format!("import-choice-{}", id.0);
                            let keep_id = format!("{name}-keep");
                            let replace_id = format!("{name}-replace");
                            let (id_keep, id_replace) = (id.clone(), id.clone());
                            view! {
                                <fieldset class="lotse-fieldset">
                                    <legend class="lotse-fieldset__legend">
                                        {i18n.tf(Key::ImportExistsLegend, &[("alias", &case.alias)])}
                                    </legend>
                                    <div class="lotse-radios">
                                        <div class="lotse-radios__item">
                                            <input class="lotse-radios__input" type="radio" id=keep_id.clone() name=name.clone() checked=true
                                                on:change=move |_| choices.update(|c| { c.insert(id_keep.clone(), ImportChoice::KeepBoth); })/>
                                            <label class="lotse-radios__label" for=keep_id>{tr(Key::ImportKeepBoth)}</label>
                                        </div>
                                        <div class="lotse-radios__item">
                                            <input class="lotse-radios__input" type="radio" id=replace_id.clone() name=name
                                                on:change=move |_| choices.update(|c| { c.insert(id_replace.clone(), ImportChoice::Replace); })/>
                                            <label class="lotse-radios__label" for=replace_id>{tr(Key::ImportReplace)}</label>
                                        </div>
                                    </div>
                                </fieldset>
                            }
                        }).collect_view()}
                        <button type="submit" class="lotse-button">{tr(Key::ImportSubmit)}</button>
                    </form>
                }.into_any()
                }
            }}
        </div>
    }
}
