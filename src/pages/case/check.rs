use super::field_ids::{
    circumstance_field_id, contact_field_id, goal_field_id, own_action_field_id, resource_field_id,
    step_field_id, wording_field_id,
};
use super::labels::{
    consent_label, distance_label, goal_title, life_domain_label, owner_name, resource_kind_texts,
    sector_label, smart_texts,
};
use crate::components::{CoveragePanel, NextStepLink, StepHeader};
use crate::domain::{Case, ResourceKind};
use crate::i18n::{tr, I18n, Key};
use crate::pages::use_step_page;
use crate::routes::{field_path, rename_path, IntakeStep};
use leptos::prelude::*;

/// One row of a summary list: what, the answer, and where to change it.
#[derive(Clone)]
struct Row {
    label: String,
    value: String,
    change: String,
}

fn or_dash(i18n: I18n, text: &str) -> String {
    if text.trim().is_empty() {
        i18n.t(Key::NotGiven).to_string()
    } else {
        text.to_string()
    }
}

/// The check page's sections: each intake step with its rows.
fn sections(i18n: I18n, case: &Case) -> Vec<(IntakeStep, Vec<Row>)> {
    vec![
        (IntakeStep::Will, will_rows(i18n, case)),
        (IntakeStep::Goals, goal_rows(i18n, case)),
        (IntakeStep::Steps, step_rows(i18n, case)),
        (IntakeStep::Resources, resource_rows(i18n, case)),
        (IntakeStep::Network, contact_rows(i18n, case)),
        (IntakeStep::LifeDomains, circumstance_rows(i18n, case)),
    ]
}

/// Where an "Ändern" link of this case leads: the field on its step's page.
fn at(case: &Case, step: IntakeStep, field: String) -> String {
    field_path(&case.id, step, &field)
}

/// Each will statement and what the client does for it.
fn will_rows(i18n: I18n, case: &Case) -> Vec<Row> {
    let mut rows = Vec::new();
    for (i, w) in case.will.iter().enumerate() {
        let number = (i + 1).to_string();
        rows.push(Row {
            label: i18n.tf(Key::WillStatementLegend, &[("number", &number)]),
            value: or_dash(i18n, &w.wording),
            change: at(case, IntakeStep::Will, wording_field_id(&w.id)),
        });
        rows.push(Row {
            label: i18n.t(Key::WillOwnActionLabel).to_string(),
            value: or_dash(i18n, &w.own_action),
            change: at(case, IntakeStep::Will, own_action_field_id(&w.id)),
        });
    }
    rows
}

/// Each goal's fields.
fn goal_rows(i18n: I18n, case: &Case) -> Vec<Row> {
    let mut rows = Vec::new();
    for goal in &case.goals {
        let title = goal_title(i18n, case, goal);
        let domains = goal
            .life_domains
            .iter()
            .map(|d| i18n.t(life_domain_label(*d)))
            .collect::<Vec<_>>()
            .join(", ");
        let open = goal
            .smart_unmet()
            .into_iter()
            .map(|c| i18n.t(smart_texts(c).0))
            .collect::<Vec<_>>()
            .join(", ");
        for (label, value, field) in [
            (Key::GoalClientLabel, goal.client_wording.clone(), "client"),
            (
                Key::GoalProfessionalLabel,
                goal.professional_wording.clone(),
                "professional",
            ),
            (Key::GoalDomainsLegend, domains, "d1"),
            (Key::GoalIndicatorLabel, goal.indicator.clone(), "indicator"),
            (
                Key::GoalReviewLabel,
                goal.review_date.map(|d| d.german()).unwrap_or_default(),
                "review",
            ),
            (
                Key::GoalSmartLegend,
                if open.is_empty() {
                    i18n.t(Key::GoalSmartAllMet).to_string()
                } else {
                    i18n.tf(Key::GoalSmartOpen, &[("criteria", &open)])
                },
                "smart",
            ),
        ] {
            rows.push(Row {
                label: format!("{title}: {}", i18n.t(label)),
                value: or_dash(i18n, &value),
                change: at(case, IntakeStep::Goals, goal_field_id(&goal.id, field)),
            });
        }
    }
    rows
}

/// Each step, goal by goal, in the order the lists show them.
fn step_rows(i18n: I18n, case: &Case) -> Vec<Row> {
    let mut rows = Vec::new();
    for goal in &case.goals {
        for step in case.ordered_steps(goal) {
            let when = step
                .by_when
                .map(|d| d.german())
                .unwrap_or_else(|| i18n.t(Key::NotGiven).to_string());
            rows.push(Row {
                label: goal_title(i18n, case, goal),
                value: format!(
                    "{} — {} — {when}",
                    or_dash(i18n, &step.what),
                    owner_name(i18n, case, &step.owner)
                ),
                change: at(case, IntakeStep::Steps, step_field_id(&step.id, "what")),
            });
        }
    }
    rows
}

/// The resources, kind by kind.
fn resource_rows(i18n: I18n, case: &Case) -> Vec<Row> {
    ResourceKind::ALL
        .into_iter()
        .flat_map(|kind| case.resources.iter().filter(move |r| r.kind == kind))
        .map(|r| Row {
            label: i18n.t(resource_kind_texts(r.kind).0).to_string(),
            value: or_dash(i18n, &r.description),
            change: at(case, IntakeStep::Resources, resource_field_id(&r.id)),
        })
        .collect()
}

/// The network's contacts.
fn contact_rows(i18n: I18n, case: &Case) -> Vec<Row> {
    case.network
        .iter()
        .map(|c| Row {
            label: c.name.clone(),
            value: format!(
                "{} · {} · {} · {}",
                or_dash(i18n, &c.role),
                i18n.t(sector_label(c.sector)),
                i18n.t(distance_label(c.distance)),
                i18n.t(consent_label(c.consent))
            ),
            change: at(case, IntakeStep::Network, contact_field_id(&c.id, "name")),
        })
        .collect()
}

/// The circumstances that should change.
fn circumstance_rows(i18n: I18n, case: &Case) -> Vec<Row> {
    case.circumstances
        .iter()
        .map(|c| Row {
            label: i18n.t(Key::CircumstanceLabel).to_string(),
            value: or_dash(i18n, &c.text),
            change: at(case, IntakeStep::LifeDomains, circumstance_field_id(&c.id)),
        })
        .collect()
}

/// Everything on one page, with "Ändern" links that land on the exact field, and the
/// coverage of the five principles (GOV.UK "check answers" pattern).
#[component]
pub fn CheckPage() -> impl IntoView {
    let (i18n, session, case_id) = use_step_page(Key::CheckTitle);
    let details = session
        .with_untracked(|c| (c.alias.clone(), c.first_contact.german()))
        .unwrap_or_default();
    let rename = rename_path(&case_id);
    let all = move || session.with(|c| sections(i18n, c)).unwrap_or_default();

    view! {
        <div class="lotse-page">
            <StepHeader step=IntakeStep::Check title=Key::CheckTitle intro=Key::CheckIntro/>
            <CoveragePanel/>
            <h2 class="lotse-heading-m">{tr(Key::CheckCaseDetails)}</h2>
            <dl class="lotse-summary-list">
                <div class="lotse-summary-list__row">
                    <dt class="lotse-summary-list__key">{tr(Key::AliasLabel)}</dt>
                    <dd class="lotse-summary-list__value">{details.0}</dd>
                    <dd class="lotse-summary-list__actions">
                        <a href=rename class="lotse-link">{tr(Key::Change)}<span class="lotse-visually-hidden">" "{tr(Key::AliasLabel)}</span></a>
                    </dd>
                </div>
                <div class="lotse-summary-list__row">
                    <dt class="lotse-summary-list__key">{tr(Key::FirstContactLabel)}</dt>
                    <dd class="lotse-summary-list__value">{details.1}</dd>
                    <dd class="lotse-summary-list__actions"></dd>
                </div>
            </dl>
            {move || all().into_iter().map(|(step, rows)| view! {
                <h2 class="lotse-heading-m">{tr(step.label())}</h2>
                {if rows.is_empty() {
                    view! { <p class="lotse-inset">{tr(Key::CheckNothingYet)}</p> }.into_any()
                } else {
                    view! {
                        <dl class="lotse-summary-list">
                            {rows.into_iter().map(|row| {
                                let context = row.label.clone();
                                view! {
                                    <div class="lotse-summary-list__row">
                                        <dt class="lotse-summary-list__key">{row.label}</dt>
                                        <dd class="lotse-summary-list__value" dir="auto">{row.value}</dd>
                                        <dd class="lotse-summary-list__actions">
                                            <a href=row.change class="lotse-link">{tr(Key::Change)}<span class="lotse-visually-hidden">" "{context}</span></a>
                                        </dd>
                                    </div>
                                }
                            }).collect_view()}
                        </dl>
                    }.into_any()
                }}
            }).collect_view()}
            <NextStepLink id=case_id current=IntakeStep::Check/>
        </div>
    }
}
