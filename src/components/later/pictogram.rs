use crate::routes::IntakeStep;
use leptos::prelude::*;

/// A supporting picture for a client-facing step. Decorative to screen readers (the text
/// beside it says the same); drawn inline, so it needs no request and follows the text colour.
#[component]
pub fn Pictogram(step: IntakeStep) -> impl IntoView {
    let paths: &'static str = match step {
        // A speech bubble: what the client says.
        IntakeStep::Will => "M4 5h16v10H9l-5 4z",
        // A flag on a pole: the goal.
        IntakeStep::Goals => "M6 21V3M6 4h11l-2 4 2 4H6",
        // Stairs: one step after the other.
        IntakeStep::Steps => "M3 20h5v-5h5v-5h5V5h3",
        // A star: what the client is good at and what helps.
        IntakeStep::Resources => "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z",
        // Three people around the client.
        IntakeStep::Network => "M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M4 5m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M20 5m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M12 21m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M6 7l3 3M18 7l-3 3M12 15v4",
        _ => "",
    };
    (!paths.is_empty()).then(|| {
        view! {
            <svg class="lotse-pictogram" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d=paths fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>
            </svg>
        }
    })
}
