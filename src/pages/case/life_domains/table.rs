use crate::domain::{Case, LifeDomain};
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::pages::case::labels::{goal_title, life_domain_label};
use crate::session::use_session;
use leptos::prelude::*;

/// Per life domain, the goals that touch it and the resources that help those goals: a
/// resource touches the domains of the goals it helps.
fn rows(i18n: I18n, case: &Case) -> Vec<(LifeDomain, Vec<String>, Vec<String>)> {
    LifeDomain::ALL
        .into_iter()
        .map(|domain| {
            let goals: Vec<String> = case
                .goals
                .iter()
                .filter(|g| g.life_domains.contains(&domain))
                .map(|g| goal_title(i18n, case, g))
                .collect();
            let resources: Vec<String> = case
                .resources
                .iter()
                .filter(|r| {
                    r.goals.iter().any(|id| {
                        case.goals
                            .iter()
                            .any(|g| &g.id == id && g.life_domains.contains(&domain))
                    })
                })
                .map(|r| r.description.clone())
                .collect();
            (domain, goals, resources)
        })
        .collect()
}

/// The nine life domains as a table: the goals and resources that touch each.
#[component]
pub fn LifeDomainsTable() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let none = move || i18n.t(Key::LifeDomainsNone);
    view! {
        <div class="lotse-table-wrap">
            <table class="lotse-table" data-testid="life-domains-table">
                <caption class="lotse-table__caption">{tr(Key::LifeDomainsCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Key::LifeDomainsColumnDomain)}</th>
                        <th scope="col">{tr(Key::StepGoals)}</th>
                        <th scope="col">{tr(Key::StepResources)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || session.with(|c| rows(i18n, c)).unwrap_or_default().into_iter().map(|(domain, goals, resources)| {
                        let touched = !goals.is_empty() || !resources.is_empty();
                        view! {
                            <tr class:lotse-table__row--touched=touched>
                                <th scope="row"><span class="lotse-code">{domain.code()}</span>" "{tr(life_domain_label(domain))}</th>
                                <td>{if goals.is_empty() { none().to_string() } else { goals.join(" · ") }}</td>
                                <td>{if resources.is_empty() { none().to_string() } else { resources.join(" · ") }}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
