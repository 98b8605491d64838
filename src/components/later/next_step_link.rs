use crate::client_mode::{use_client_mode, CLIENT_STEPS};
use crate::components::ClientDone;
use crate::domain::CaseId;
use crate::i18n::{use_i18n, Key};
use crate::routes::{step_path, IntakeStep};
use leptos::prelude::*;

/// The way on to the next step of the intake, at the end of a step page; on the client's last
/// step in client mode, that they are done.
#[component]
pub fn NextStepLink(id: CaseId, current: IntakeStep) -> impl IntoView {
    let i18n = use_i18n();
    let client_mode = use_client_mode().is_on();
    let next = current
        .next()
        .filter(|n| !client_mode || CLIENT_STEPS.contains(n));
    match next {
        Some(next) => view! {
            <p class="lotse-next-step">
                <a href=step_path(&id, next) class="lotse-button">
                    {move || i18n.tf(Key::NextStep, &[("step", i18n.t(next.label()))])}
                </a>
            </p>
        }
        .into_any(),
        None if client_mode => view! { <ClientDone/> }.into_any(),
        None => ().into_any(),
    }
}
