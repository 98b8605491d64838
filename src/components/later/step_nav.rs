use crate::client_mode::{use_client_mode, CLIENT_STEPS};
use crate::components::Pictogram;
use crate::domain::CaseId;
use crate::i18n::{tr, Key};
use crate::routes::{step_path, IntakeStep};
use leptos::prelude::*;

/// The steps of the intake, with the current one marked for sighted and screen-reader users
/// (`aria-current="step"`).
#[component]
pub fn StepNav(id: CaseId, current: IntakeStep) -> impl IntoView {
    // In client mode only the client's steps are offered.
    let client_mode = use_client_mode().is_on();
    let steps = IntakeStep::ALL
        .iter()
        .filter(|s| !client_mode || CLIENT_STEPS.contains(s))
        .enumerate()
        .map(|(index, &step)| {
            let is_current = step == current;
            view! {
                <li class="lotse-step-nav__item" class:lotse-step-nav__item--current=is_current>
                    <a href=step_path(&id, step) class="lotse-step-nav__link"
                        aria-current=is_current.then_some("step")>
                        <span class="lotse-step-nav__number" aria-hidden="true">{index + 1}</span>
                        <Pictogram step=step/>
                        <span>{tr(step.label())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="lotse-step-nav" aria-label=tr(Key::StepNavLabel)>
            <ol class="lotse-step-nav__list">{steps}</ol>
        </nav>
    }
}
