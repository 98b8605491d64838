use super::messages::problem_key;
use crate::browser::format_timestamp;
use crate::domain::sync::TeamSettings;
use crate::i18n::{tr, use_i18n, Key};
use crate::storage::sync as stored;
use crate::sync;
use leptos::prelude::*;

/// The team this device syncs with: how many changes wait, when it last synced, what went
/// wrong; syncing now, and turning sync off (every case stays).
#[component]
pub fn TeamStatus(team: TeamSettings, left: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let status: RwSignal<_> = sync::status().into();
    leptos::task::spawn_local(async {
        let _ = sync::refresh_pending().await;
    });
    let turning_off = RwSignal::new(false);
    let off_failed = RwSignal::new(false);
    let turn_off = move |_| {
        turning_off.set(true);
        leptos::task::spawn_local(async move {
            let result = stored::turn_off().await;
            sync::wake();
            let _ = turning_off.try_set(false);
            match result {
                Ok(()) => left.run(()),
                Err(_) => {
                    let _ = off_failed.try_set(true);
                }
            }
        });
    };
    let connected = i18n.tf(
        Key::TeamConnected,
        &[("database", &team.database), ("server", &team.server)],
    );

    view! {
        <section class="lotse-section" aria-labelledby="team-state">
            <h2 id="team-state" class="lotse-heading-l">{tr(Key::TeamStateTitle)}</h2>
            <p>{connected}</p>
            <dl class="lotse-summary-list" data-testid="team-status">
                <div class="lotse-summary-list__row">
                    <dt class="lotse-summary-list__key">{tr(Key::TeamPendingLabel)}</dt>
                    <dd class="lotse-summary-list__value" data-testid="team-pending">{move || status.get().pending.to_string()}</dd>
                </div>
                <div class="lotse-summary-list__row">
                    <dt class="lotse-summary-list__key">{tr(Key::TeamLastSyncLabel)}</dt>
                    <dd class="lotse-summary-list__value" data-testid="team-last-sync">{move || match status.get().last_sync {
                        Some(at) => format_timestamp(at, i18n.locale().language()),
                        None => i18n.t(Key::TeamNeverSynced).to_string(),
                    }}</dd>
                </div>
            </dl>
            <div role="status">
                {move || status.get().problem.map(|problem| view! {
                    <p class="lotse-inset lotse-inset--warning" data-testid="team-problem">{i18n.t(problem_key(problem))}</p>
                })}
                {move || (status.get().unreadable > 0).then(|| view! {
                    <p class="lotse-inset" data-testid="team-unreadable">
                        {i18n.tf(Key::TeamUnreadable, &[("count", &status.get().unreadable.to_string())])}
                    </p>
                })}
            </div>
            <div class="lotse-button-group">
                <button type="button" class="lotse-button" on:click=move |_| sync::wake()>
                    {tr(Key::TeamSyncNow)}
                </button>
            </div>
        </section>
        <section class="lotse-section" aria-labelledby="team-off">
            <h2 id="team-off" class="lotse-heading-l">{tr(Key::TeamTurnOff)}</h2>
            <p>{tr(Key::TeamTurnOffNote)}</p>
            {move || off_failed.get().then(|| view! {
                <p class="lotse-error-message" role="alert">{tr(Key::TeamProblemDevice)}</p>
            })}
            <button type="button" class="lotse-button lotse-button--secondary" on:click=turn_off
                aria-disabled=move || turning_off.get().then_some("true")>
                {tr(Key::TeamTurnOff)}
            </button>
        </section>
    }
}
