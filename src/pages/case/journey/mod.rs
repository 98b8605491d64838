//! The journey of a case: per goal, where the client stood at the intake and at each review,
//! as a chart and as a table; and the network as it was at the intake beside the one today.

mod chart;
mod network_then_now;

use crate::domain::{GoalOutcome, JourneyPoint, Rating};
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::pages::case::labels::goal_title;
use crate::pages::use_page_title;
use crate::routes::reviews_path;
use crate::session::use_session;
use chart::JourneyChart;
use leptos::prelude::*;
use network_then_now::NetworkThenNow;

/// A goal's journey as a table, for screen readers and keyboard users.
fn journey_table(i18n: I18n, caption: &str, points: &[JourneyPoint]) -> impl IntoView {
    let said = |r: Option<Rating>| {
        r.map_or_else(
            || i18n.t(Key::NotGiven).to_string(),
            |r| r.value().to_string(),
        )
    };
    view! {
        <div class="lotse-table-wrap">
            <table class="lotse-table">
                <caption class="lotse-table__caption">{caption.to_string()}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t(Key::JourneyWhen)}</th>
                    <th scope="col">{i18n.t(Key::JourneyClient)}</th>
                    <th scope="col">{i18n.t(Key::JourneyCaseworker)}</th>
                </tr></thead>
                <tbody>
                    {points.iter().map(|p| {
                        let when = match p.review {
                            None => i18n.tf(Key::JourneyAtIntake, &[("date", &p.on.german())]),
                            Some(_) => i18n.tf(Key::JourneyAtReview, &[("date", &p.on.german())]),
                        };
                        view! {
                            <tr>
                                <th scope="row">{when}</th>
                                <td>{said(p.ratings.client)}</td>
                                <td>{said(p.ratings.caseworker)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Each goal's ratings over time, with its earlier wordings and how it ended, and the network
/// then and now.
#[component]
pub fn JourneyPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::JourneyTitle).to_string());
    let Some((case_id, goals)) = session.with_untracked(|case| {
        let goals = case
            .goals
            .iter()
            .map(|g| {
                let earlier = g
                    .earlier_wordings
                    .iter()
                    .map(|w| {
                        i18n.tf(
                            Key::JourneyEarlierWording,
                            &[("wording", &w.wording), ("date", &w.until.german())],
                        )
                    })
                    .collect::<Vec<_>>();
                let outcome = g.outcome.as_ref().map(|o| match o {
                    GoalOutcome::Reached { on } => {
                        i18n.tf(Key::JourneyReached, &[("date", &on.german())])
                    }
                    GoalOutcome::Dropped { on, reason } if reason.trim().is_empty() => {
                        i18n.tf(Key::JourneyDroppedNoReason, &[("date", &on.german())])
                    }
                    GoalOutcome::Dropped { on, reason } => i18n.tf(
                        Key::JourneyDropped,
                        &[("date", &on.german()), ("reason", reason)],
                    ),
                });
                (
                    g.id.clone(),
                    goal_title(i18n, case, g),
                    earlier,
                    outcome,
                    case.journey(&g.id),
                )
            })
            .collect::<Vec<_>>();
        (case.id.clone(), goals)
    }) else {
        return ().into_any();
    };
    view! {
        <div class="lotse-page">
            <a class="lotse-back-link" href=reviews_path(&case_id)>{tr(Key::ReviewBackToOverview)}</a>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::JourneyTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::JourneyIntro)}</p>
            {goals.into_iter().map(|(goal, title, earlier, outcome, points)| {
                let heading = goal_field_id(&goal, "journey");
                let caption = i18n.tf(Key::JourneyTableCaption, &[("goal", &title)]);
                view! {
                    <section class="lotse-journey" aria-labelledby=heading.clone()>
                        <h2 class="lotse-heading-l" id=heading.clone() dir="auto">{title}</h2>
                        {earlier.into_iter().map(|line| view! { <p class="lotse-hint" dir="auto">{line}</p> }).collect_view()}
                        {outcome.map(|line| view! { <p class="lotse-body-l" dir="auto">{line}</p> })}
                        {if points.is_empty() {
                            view! { <p>{tr(Key::JourneyNoRatings)}</p> }.into_any()
                        } else {
                            view! {
                                <JourneyChart points=points.clone()/>
                                {journey_table(i18n, &caption, &points)}
                            }.into_any()
                        }}
                    </section>
                }
            }).collect_view()}
            <NetworkThenNow/>
        </div>
    }
    .into_any()
}
