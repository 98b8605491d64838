use crate::browser::{self, StorageFacts};
use crate::components::ExportForm;
use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, Key};
use crate::lock::{use_device_lock, IDLE_CHOICES};
use crate::pages::use_page_title;
use crate::routes::{DataPage, HOME};
use crate::session::use_session;
use crate::storage;
use leptos::prelude::*;

/// localStorage holds about 5 MB per site in current browsers, whatever the estimate says.
const LOCAL_STORAGE_LIMIT: f64 = 5_000_000.0;

/// Everything about the data on this device: space, persistence, last export, the eviction
/// warning, export and import, encryption, texts set aside, and deleting everything.
#[component]
pub fn DataOverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let lock = use_device_lock();
    use_page_title(move || i18n.t(Key::DataTitle).to_string());
    session.flush();
    let flash = use_flash().take();

    let facts = RwSignal::new(None::<StorageFacts>);
    let persist_answer = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { facts.set(Some(browser::storage_facts().await)) });
    let (case_count, bytes) = storage::usage();
    let language = move || i18n.locale().language();
    let lotse_usage = move || {
        i18n.tf(
            Key::DataLotseUsage,
            &[
                ("count", &case_count.to_string()),
                ("used", &browser::format_bytes(bytes as f64, language())),
                (
                    "limit",
                    &browser::format_bytes(LOCAL_STORAGE_LIMIT, language()),
                ),
            ],
        )
    };
    let browser_usage = move || {
        facts
            .get()
            .and_then(|f| Some((f.usage?, f.quota?)))
            .map(|(used, quota)| {
                i18n.tf(
                    Key::DataBrowserUsage,
                    &[
                        ("used", &browser::format_bytes(used, language())),
                        (
                            "available",
                            &browser::format_bytes((quota - used).max(0.0), language()),
                        ),
                    ],
                )
            })
    };
    let persisted = move || {
        persist_answer
            .get()
            .or_else(|| facts.get().and_then(|f| f.persisted))
    };
    let ask_persist = move |_| {
        leptos::task::spawn_local(async move {
            persist_answer.set(Some(browser::request_persistence().await));
        })
    };
    let exported_at = RwSignal::new(storage::last_export());
    let on_exported = Callback::new(move |at| exported_at.set(Some(at)));
    let last_export = move || match exported_at.get() {
        Some(at) => browser::format_timestamp(at, language()),
        None => i18n.t(Key::DataNeverExported).to_string(),
    };
    let all_cases = Callback::new(move |_| {
        storage::load_all_cases()
            .map(|s| s.cases)
            .unwrap_or_default()
    });
    let set_aside = storage::set_aside_records();

    view! {
        <div class="lotse-page">
            <a href=HOME class="lotse-back-link">{tr(Key::BackToCaseList)}</a>
            {flash.map(|message| view! {
                <div class="lotse-alert lotse-alert--success" role="status">
                    <p class="lotse-alert__body">{message}</p>
                </div>
            })}
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::DataTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::DataIntro)}</p>

            <section class="lotse-section" aria-labelledby="data-storage">
                <h2 id="data-storage" class="lotse-heading-l">{tr(Key::DataStorageTitle)}</h2>
                <dl class="lotse-summary-list" data-testid="storage-panel">
                    <div class="lotse-summary-list__row">
                        <dt>{tr(Key::DataLotseUsageLabel)}</dt>
                        <dd>{lotse_usage}</dd>
                    </div>
                    <div class="lotse-summary-list__row">
                        <dt>{tr(Key::DataBrowserUsageLabel)}</dt>
                        <dd>{move || browser_usage().unwrap_or_else(|| i18n.t(Key::DataUnknown).to_string())}</dd>
                    </div>
                    <div class="lotse-summary-list__row">
                        <dt>{tr(Key::DataPersistentLabel)}</dt>
                        <dd data-testid="persistent">{move || match persisted() {
                            Some(true) => i18n.t(Key::DataPersistentYes),
                            Some(false) => i18n.t(Key::DataPersistentNo),
                            None => i18n.t(Key::DataUnknown),
                        }}</dd>
                    </div>
                    <div class="lotse-summary-list__row">
                        <dt>{tr(Key::DataLastExportLabel)}</dt>
                        <dd data-testid="last-export">{last_export}</dd>
                    </div>
                </dl>
                <Show when=move || persisted() != Some(true)>
                    <button type="button" class="lotse-button lotse-button--secondary" on:click=ask_persist>
                        {tr(Key::DataPersistAsk)}
                    </button>
                </Show>
                <div role="status">
                    {move || (persist_answer.get() == Some(false)).then(|| view! {
                        <p class="lotse-inset-text">{tr(Key::DataPersistDenied)}</p>
                    })}
                </div>
                <div class="lotse-warning-text">
                    <span class="lotse-warning-text__icon" aria-hidden="true">"!"</span>
                    <strong>{tr(Key::DataEvictionWarning)}</strong>
                </div>
            </section>

            <section class="lotse-section" aria-labelledby="data-export">
                <h2 id="data-export" class="lotse-heading-l">{tr(Key::DataExportTitle)}</h2>
                <p>{tr(Key::DataExportIntro)}</p>
                <ExportForm cases=all_cases on_exported=on_exported/>
                <h3 class="lotse-heading-m">{tr(Key::DataImportTitle)}</h3>
                <p>{tr(Key::DataImportIntro)}</p>
                <p><a href=DataPage::Import.path() class="lotse-button lotse-button--secondary">{tr(Key::DataImportLink)}</a></p>
            </section>

            <section class="lotse-section" aria-labelledby="data-encryption">
                <h2 id="data-encryption" class="lotse-heading-l">{tr(Key::DataEncryptionTitle)}</h2>
                {move || if lock.is_encrypted() {
                    view! {
                        <p data-testid="encryption-state">{tr(Key::DataEncryptionOn)}</p>
                        <IdleChoice/>
                        <div class="lotse-button-group">
                            <button type="button" class="lotse-button" on:click=move |_| lock.lock_now()>
                                {tr(Key::LockNow)}
                            </button>
                            <a href=DataPage::Passphrase.path() class="lotse-button lotse-button--secondary">
                                {tr(Key::PassphraseChangeLink)}
                            </a>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <p data-testid="encryption-state">{tr(Key::DataEncryptionOff)}</p>
                        <p><a href=DataPage::Encrypt.path() class="lotse-button">{tr(Key::EncryptionOfferAccept)}</a></p>
                    }.into_any()
                }}
            </section>

            {(!set_aside.is_empty()).then(|| view! { <SetAsideRecords keys=set_aside/> })}

            <section class="lotse-section" aria-labelledby="data-delete">
                <h2 id="data-delete" class="lotse-heading-l">{tr(Key::DeleteAllTitle)}</h2>
                <p>{tr(Key::DataDeleteIntro)}</p>
                <p><a href=DataPage::DeleteAll.path() class="lotse-button lotse-button--warning">{tr(Key::DeleteAllTitle)}</a></p>
            </section>
        </div>
    }
}

/// Chooses after how many idle minutes the device locks itself.
#[component]
fn IdleChoice() -> impl IntoView {
    let i18n = use_i18n();
    let lock = use_device_lock();
    view! {
        <div class="lotse-form-group">
            <label class="lotse-label" for="lock-after">{tr(Key::LockAfterLabel)}</label>
            <select class="lotse-select" id="lock-after" on:change=move |ev| {
                if let Ok(minutes) = event_target_value(&ev).parse() {
                    lock.set_idle_minutes(minutes);
                }
            }>
                {IDLE_CHOICES.iter().map(|&minutes| view! {
                    <option value=minutes.to_string() selected=move || lock.idle_minutes() == minutes>
                        {move || i18n.tf(Key::LockAfterMinutes, &[("minutes", &minutes.to_string())])}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Damaged texts kept when a case was recovered from its copy: keep a file, or remove them.
#[component]
fn SetAsideRecords(keys: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let keys = RwSignal::new(keys);
    let failed = RwSignal::new(false);
    view! {
        <Show when=move || !keys.with(Vec::is_empty)>
        <section class="lotse-section" aria-labelledby="data-set-aside">
            <h2 id="data-set-aside" class="lotse-heading-l">{tr(Key::SetAsideTitle)}</h2>
            <p>{tr(Key::SetAsideIntro)}</p>
            <ul class="lotse-list">
                <For each=move || keys.get() key=|k| k.clone() let:key>
                    {
                        let for_download = key.clone();
                        let for_remove = key.clone();
                        view! {
                            <li class="lotse-set-aside">
                                <code>{key.clone()}</code>
                                <div class="lotse-button-group">
                                    <button type="button" class="lotse-button lotse-button--secondary" on:click=move |_| {
                                        let saved = storage::damaged_record_text(&for_download)
                                            .map(|t| browser::download_text("lotse-beschaedigt.json", &t).is_ok())
                                            .unwrap_or(false);
                                        failed.set(!saved);
                                    }>{tr(Key::RecordSaveCopy)}</button>
                                    <button type="button" class="lotse-button lotse-button--warning-secondary" on:click=move |_| {
                                        if storage::remove_set_aside(&for_remove).is_ok() {
                                            keys.update(|k| k.retain(|x| *x != for_remove));
                                        }
                                    }>{tr(Key::SetAsideRemove)}</button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || failed.get()>
                <p class="lotse-error-message" role="alert">{move || i18n.t(Key::RecordSaveCopyFailed)}</p>
            </Show>
        </section>
        </Show>
    }
}
