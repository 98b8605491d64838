use crate::client_mode::CLIENT_STEPS;
use crate::components::{Pictogram, ReadAloud};
use crate::i18n::{tr, Key};
use crate::routes::IntakeStep;
use leptos::prelude::*;

/// The top of an intake step page: its title as the page's only `h1`, with the step's
/// pictogram where the client works on the step, the introduction under it, and a note
/// under that. On the client's steps, "Vorlesen" reads all three. The heading takes focus
/// after a navigation (`tabindex="-1"`), so a screen reader starts reading here.
#[component]
pub fn StepHeader(
    /// The step the page is.
    step: IntakeStep,
    /// The page's title.
    title: Key,
    /// The introduction under the title.
    intro: Key,
    /// A note under the introduction.
    #[prop(optional)]
    note: Option<Key>,
) -> impl IntoView {
    let read = CLIENT_STEPS.contains(&step).then(|| {
        let ids = ["step-title", "step-intro"]
            .into_iter()
            .chain(note.map(|_| "step-note"))
            .map(String::from)
            .collect();
        view! { <ReadAloud ids=ids/> }
    });
    view! {
        <h1 class="lotse-heading-xl lotse-heading-with-pictogram" id="step-title" tabindex="-1"><Pictogram step=step/>{tr(title)}</h1>
        <p class="lotse-body-l" id="step-intro">{tr(intro)}</p>
        {note.map(|note| view! { <p class="lotse-hint" id="step-note">{tr(note)}</p> })}
        {read}
    }
}
