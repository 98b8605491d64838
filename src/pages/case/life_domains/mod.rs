//! The life-domains page: the table of which goals and resources touch which domain, and the
//! circumstances that should change.

mod circumstances;
mod table;

use crate::components::{NextStepLink, StepHeader};
use crate::i18n::Key;
use crate::pages::use_step_page;
use crate::routes::IntakeStep;
use circumstances::CircumstancesSection;
use leptos::prelude::*;
use table::LifeDomainsTable;

/// Which goals and resources touch which of the nine life domains, and, kept apart from the
/// client's goals, what in the surroundings should change (*Verhältnisse*).
#[component]
pub fn LifeDomainsPage() -> impl IntoView {
    let (_, _, case_id) = use_step_page(Key::LifeDomainsTitle);
    view! {
        <div class="lotse-page">
            <StepHeader step=IntakeStep::LifeDomains title=Key::LifeDomainsTitle intro=Key::LifeDomainsIntro/>
            <LifeDomainsTable/>
            <CircumstancesSection/>
            <NextStepLink id=case_id current=IntakeStep::LifeDomains/>
        </div>
    }
}
