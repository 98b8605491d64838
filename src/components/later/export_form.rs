use crate::browser;
use crate::components::{Checkbox, TextInput};
use crate::domain::export_file::{encode_export, export_file_name};
use crate::domain::sealed::{check_new_passphrase, PassphraseError};
use crate::domain::sozialraum::SozialraumExport;
use crate::domain::Case;
use crate::files;
use crate::focus::focus_element;
use crate::i18n::{fill, tr, use_i18n, Key};
use crate::storage;
use leptos::prelude::*;

const PASSPHRASE_FIELD: &str = "export-passphrase";
const REPEAT_FIELD: &str = "export-passphrase-repeat";

/// The message for a passphrase that cannot be used.
pub fn passphrase_error_key(error: PassphraseError) -> Key {
    match error {
        PassphraseError::Missing => Key::PassphraseMissing,
        PassphraseError::TooShort => Key::PassphraseTooShort,
        PassphraseError::Mismatch => Key::PassphraseMismatch,
    }
}

/// Saves cases as a file on this device: versioned JSON, protected with a passphrase of its
/// own unless the user chooses a readable file. Nothing leaves the device otherwise.
#[component]
pub fn ExportForm(
    /// The cases to export, read when the user asks (so the newest text goes in); without
    /// it, every case on this device.
    #[prop(optional)]
    cases: Option<Callback<(), Vec<Case>>>,
    /// The alias for the file name when one case is exported.
    #[prop(optional)]
    alias: Option<String>,
    /// Told when a file was made (with its time), so a page can show the last export.
    #[prop(optional)]
    on_exported: Option<Callback<u64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let protect = RwSignal::new(true);
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let passphrase_error = RwSignal::new(None::<Key>);
    let repeat_error = RwSignal::new(None::<Key>);
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<Key>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        done.set(None);
        failed.set(None);
        passphrase_error.set(None);
        repeat_error.set(None);
        let protected = protect.get_untracked();
        let secret = passphrase.get_untracked();
        if protected {
            if let Err(error) = check_new_passphrase(&secret, &repeated.get_untracked()) {
                let key = passphrase_error_key(error);
                if error == PassphraseError::Mismatch {
                    repeat_error.set(Some(key));
                    focus_element(REPEAT_FIELD);
                } else {
                    passphrase_error.set(Some(key));
                    focus_element(PASSPHRASE_FIELD);
                }
                return;
            }
        }
        let chosen = cases.map(|cases| cases.run(()));
        let every_case = chosen.is_none();
        let now = browser::now();
        let name = export_file_name(alias.as_deref(), &browser::today().to_string(), protected);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let mut cases = match chosen {
                Some(cases) => cases,
                None => {
                    storage::settled().await;
                    match storage::load_all_cases().await {
                        Ok(stored) => stored.cases,
                        Err(_) => {
                            busy.set(false);
                            failed.set(Some(Key::ExportReadFailed));
                            return;
                        }
                    }
                }
            };
            let Ok(sozialraum) = sozialraum_part(&mut cases, every_case).await else {
                busy.set(false);
                failed.set(Some(Key::ExportReadFailed));
                return;
            };
            let text = encode_export(&cases, sozialraum.as_ref(), now);
            let text = if protected {
                files::seal_export(&text, &secret).await.ok()
            } else {
                Some(text)
            };
            busy.set(false);
            match text.map(|t| browser::download_text(&name, &t)) {
                Some(Ok(())) => {
                    storage::remember_export(now);
                    if let Some(callback) = on_exported {
                        callback.run(now);
                    }
                    passphrase.set(String::new());
                    repeated.set(String::new());
                    done.set(Some(name));
                }
                Some(Err(_)) => failed.set(Some(Key::ExportDownloadFailed)),
                None => failed.set(Some(Key::ExportEncryptFailed)),
            }
        });
    };

    view! {
        <form class="lotse-export-form" novalidate on:submit=submit>
            <Checkbox id="export-protect".to_string() checked=true hint=Key::ExportProtectHint
                on_toggle=move |on| protect.set(on)>
                {tr(Key::ExportProtectLabel)}
            </Checkbox>
            <Show when=move || protect.get()
                fallback=|| view! { <p class="lotse-inset-text">{tr(Key::ExportPlainWarning)}</p> }>
                <TextInput id=PASSPHRASE_FIELD label=Key::ExportPassphraseLabel
                    hint=Key::PassphraseHint input_type="password" autocomplete="new-password"
                    value=passphrase error=passphrase_error/>
                <TextInput id=REPEAT_FIELD label=Key::PassphraseRepeatLabel
                    input_type="password" autocomplete="new-password"
                    value=repeated error=repeat_error/>
            </Show>
            <button type="submit" class="lotse-button" aria-disabled=move || busy.get().then_some("true")>
                {move || if busy.get() { i18n.t(Key::ExportBusy) } else { i18n.t(Key::ExportSubmit) }}
            </button>
            <div role="status" class="lotse-export-form__status">
                {move || done.get().map(|name| view! {
                    <p class="lotse-alert lotse-alert--success lotse-alert__body">
                        {fill(i18n.t(Key::ExportDone), &[("file", &name)])}
                    </p>
                })}
            </div>
            {move || failed.get().map(|key| view! {
                <p class="lotse-error-message" role="alert">{i18n.t(key)}</p>
            })}
        </form>
    }
}

/// The lists and catalogue entries an export carries: every entry when every case goes, else
/// the entries the cases are linked to; `None` on a device that has none of them. A case's
/// link to an entry merged since is written as a link to the entry it went into.
async fn sozialraum_part(
    cases: &mut [Case],
    every_case: bool,
) -> Result<Option<SozialraumExport>, storage::StorageError> {
    use storage::sozialraum::PlacesError;
    let catalogue = storage::sozialraum::load_catalogue().await?;
    let places = match storage::sozialraum::load_places().await {
        Ok(places) => places,
        Err(PlacesError::Storage(error)) => return Err(error),
        // Lists that cannot be read stay on the device as they are; the file goes without.
        Err(PlacesError::Unreadable) => Default::default(),
    };
    for link in cases.iter_mut().flat_map(|case| {
        case.resources
            .iter_mut()
            .filter_map(|r| r.catalogue.as_mut())
    }) {
        *link = catalogue.resolved(link);
    }
    let entries = if every_case {
        catalogue.entries.clone()
    } else {
        let mut linked: Vec<_> = cases
            .iter()
            .flat_map(|case| case.resources.iter().filter_map(|r| r.catalogue.as_ref()))
            .filter_map(|id| catalogue.entry(id).cloned())
            .collect();
        linked.sort_by(|a, b| a.id.cmp(&b.id));
        linked.dedup_by(|a, b| a.id == b.id);
        linked
    };
    let part = SozialraumExport {
        places,
        catalogue: entries,
    };
    Ok((part != SozialraumExport::default()).then_some(part))
}
