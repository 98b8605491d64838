use crate::components::save_stored_text;
use crate::i18n::{tr, use_i18n, Key};
use crate::storage;
use leptos::prelude::*;

/// Damaged texts kept when a case was recovered from its copy: keep a file, or remove them.
#[component]
pub fn SetAsideRecords() -> impl IntoView {
    let i18n = use_i18n();
    let keys = RwSignal::new(Vec::new());
    leptos::task::spawn_local(async move { keys.set(storage::set_aside_records().await) });
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
                                        save_stored_text(for_download.clone(), "lotse-beschaedigt.json", failed)
                                    }>{tr(Key::RecordSaveCopy)}</button>
                                    <button type="button" class="lotse-button lotse-button--warning-secondary" on:click=move |_| {
                                        let key = for_remove.clone();
                                        leptos::task::spawn_local(async move {
                                            if storage::remove_set_aside(&key).await.is_ok() {
                                                keys.update(|k| k.retain(|x| *x != key));
                                            }
                                        });
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
