use crate::components::Pictogram;
use crate::i18n::{tr, Key};
use crate::routes::IntakeStep;
use leptos::prelude::*;

/// The top of an intake step page: its title as the page's only `h1`, with the step's
/// pictogram where the client works on the step, and the introduction under it. The heading
/// takes focus after a navigation (`tabindex="-1"`), so a screen reader starts reading here.
#[component]
pub fn StepHeader(
    /// The step the page is.
    step: IntakeStep,
    /// The page's title.
    title: Key,
    /// The introduction under the title.
    intro: Key,
) -> impl IntoView {
    view! {
        <h1 class="lotse-heading-xl lotse-heading-with-pictogram" tabindex="-1"><Pictogram step=step/>{tr(title)}</h1>
        <p class="lotse-body-l">{tr(intro)}</p>
    }
}
