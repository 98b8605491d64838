use crate::browser::{self, StorageFacts};
use crate::domain::Timestamp;
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::storage;
use leptos::prelude::*;

/// What the browser says this site uses and may still use, if it says.
fn browser_usage_text(i18n: I18n, facts: Option<StorageFacts>) -> Option<String> {
    let (used, quota) = facts.and_then(|f| Some((f.usage?, f.quota?)))?;
    let language = i18n.locale().language();
    Some(i18n.tf(
        Key::DataBrowserUsage,
        &[
            ("used", &browser::format_bytes(used, language)),
            (
                "available",
                &browser::format_bytes((quota - used).max(0.0), language),
            ),
        ],
    ))
}

/// The storage on this device: space used by Lotse and by the browser, whether the browser
/// promised to keep the data (and asking it to), the last export, and the eviction warning.
#[component]
pub fn StorageSection(
    /// When everything was last exported, if ever.
    exported_at: Signal<Option<Timestamp>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let facts = RwSignal::new(None::<StorageFacts>);
    let persist_answer = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { facts.set(Some(browser::storage_facts().await)) });
    let case_count = storage::case_count().unwrap_or(0);
    let language = move || i18n.locale().language();
    let lotse_usage =
        move || i18n.count(case_count, Key::DataLotseCasesOne, Key::DataLotseCasesOther);
    let browser_usage = move || browser_usage_text(i18n, facts.get());
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
    let last_export = move || match exported_at.get() {
        Some(at) => browser::format_timestamp(at, language()),
        None => i18n.t(Key::DataNeverExported).to_string(),
    };

    view! {
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
    }
}
