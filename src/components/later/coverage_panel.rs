use crate::domain::coverage::{coverage, Finding, Principle};
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::session::use_session;
use leptos::prelude::*;

/// The name of a principle.
pub fn principle_label(principle: Principle) -> Key {
    match principle {
        Principle::Will => Key::PrincipleWill,
        Principle::OwnInitiative => Key::PrincipleOwnInitiative,
        Principle::Resources => Key::PrincipleResources,
        Principle::LifeDomains => Key::PrincipleLifeDomains,
        Principle::Cooperation => Key::PrincipleCooperation,
    }
}

fn principle_slug(principle: Principle) -> &'static str {
    match principle {
        Principle::Will => "will",
        Principle::OwnInitiative => "own-initiative",
        Principle::Resources => "resources",
        Principle::LifeDomains => "life-domains",
        Principle::Cooperation => "cooperation",
    }
}

/// The sentence for a finding.
pub fn finding_text(i18n: I18n, finding: Finding) -> String {
    let n = |key_one, key_other, count| i18n.count(count, key_one, key_other);
    match finding {
        Finding::WillStatements(c) => n(Key::CovWillOne, Key::CovWillOther, c),
        Finding::NoWillStatement => i18n.t(Key::CovNoWill).to_string(),
        Finding::WishesWithoutOwnAction(c) => n(Key::CovWishesOne, Key::CovWishesOther, c),
        Finding::ClientSteps(c) => n(Key::CovClientStepsOne, Key::CovClientStepsOther, c),
        Finding::NoGoal => i18n.t(Key::CovNoGoal).to_string(),
        Finding::GoalsWithoutClientStep(_) => i18n.t(Key::CovNoClientStep).to_string(),
        Finding::Resources(count, kinds) => i18n.tf(
            Key::CovResources,
            &[("count", &count.to_string()), ("kinds", &kinds.to_string())],
        ),
        Finding::NoResource => i18n.t(Key::CovNoResource).to_string(),
        Finding::NoNeighbourhoodResource => i18n.t(Key::CovNoNeighbourhood).to_string(),
        Finding::LifeDomains(c) => n(Key::CovDomainsOne, Key::CovDomainsOther, c),
        Finding::GoalsWithoutLifeDomain(c) => {
            n(Key::CovGoalsNoDomainOne, Key::CovGoalsNoDomainOther, c)
        }
        Finding::Circumstances(c) => n(Key::CovCircumstancesOne, Key::CovCircumstancesOther, c),
        Finding::NoCircumstance => i18n.t(Key::CovNoCircumstance).to_string(),
        Finding::Contacts(count, owners) => i18n.tf(
            Key::CovContacts,
            &[
                ("count", &count.to_string()),
                ("owners", &owners.to_string()),
            ],
        ),
        Finding::NoContact => i18n.t(Key::CovNoContact).to_string(),
        Finding::StepOwnersWithoutConsent(c) => n(Key::CovNoConsentOne, Key::CovNoConsentOther, c),
    }
}

/// One line per principle: what the intake holds and what is still missing.
#[component]
pub fn CoveragePanel() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let lines = move || session.with(coverage).unwrap_or_default();
    view! {
        <section class="lotse-coverage" aria-labelledby="coverage-title">
            <h2 class="lotse-heading-m" id="coverage-title">{tr(Key::CoverageTitle)}</h2>
            <ol class="lotse-coverage__list">
                {move || lines().into_iter().map(|line| {
                    let covered = line.missing.is_empty();
                    let present = line.present.iter().map(|f| finding_text(i18n, *f)).collect::<Vec<_>>().join(" ");
                    let missing = line.missing.iter().map(|f| finding_text(i18n, *f)).collect::<Vec<_>>().join(" ");
                    view! {
                        <li class="lotse-coverage__item" class:lotse-coverage__item--covered=covered
                            data-testid=format!("coverage-{}", principle_slug(line.principle))>
                            <span class="lotse-coverage__status" aria-hidden="true">{if covered { "✓" } else { "!" }}</span>
                            <div>
                                <strong class="lotse-coverage__principle">{tr(principle_label(line.principle))}</strong>
                                <span class="lotse-visually-hidden">{if covered { i18n.t(Key::CoverageCovered) } else { i18n.t(Key::CoverageGaps) }}</span>
                                {(!present.is_empty()).then(|| view! { <p class="lotse-coverage__present">{present}</p> })}
                                {(!missing.is_empty()).then(|| view! { <p class="lotse-coverage__missing">{missing}</p> })}
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
