use crate::components::Choice;
use crate::components::PrintButton;
use crate::domain::{Case, GoalDecision, GoalReview, JourneyPoint, Rating, Review};
use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::pages::case::labels::{goal_title, owner_name};
use crate::pages::use_page_title;
use crate::routes::{agreement_version_path, reviews_path};
use crate::session::use_session;
use leptos::prelude::*;

/// A rating as the protocol says it: the number, or "nicht angegeben".
fn said(i18n: I18n, rating: Option<Rating>) -> String {
    rating.map_or_else(
        || i18n.t(Key::NotGiven).to_string(),
        |r| r.value().to_string(),
    )
}

/// The protocol's part for each goal the review looked at, as the goal stood in the agreement
/// the review renewed (`then`): both ratings beside the previous ones, what changed, each
/// step and what became of it, and the decision.
fn goal_parts(
    i18n: I18n,
    case: &Case,
    then: &Case,
    review: &Review,
    position: usize,
) -> impl IntoView {
    then.goals
        .iter()
        .filter(|g| g.is_open())
        .map(|goal| {
            // A goal nobody said anything about is in the protocol too, as not rated.
            let answer = review.goal(&goal.id).cloned().unwrap_or_else(|| GoalReview::new(goal.id.clone()));
            // The intake's point as signed; a later change of it is not this review's.
            let before = case.ratings_before(&goal.id, position).map(|point| match point.review {
                None => JourneyPoint { ratings: goal.start, ..point },
                Some(_) => point,
            });
            let previous = before.map(|p| p.on.german());
            // Reworded without new words is kept, as completing the review took it.
            let decision = match answer.decision {
                Some(GoalDecision::Reworded) if answer.new_wording.trim().is_empty() => GoalDecision::Kept,
                decision => decision.unwrap_or(GoalDecision::Kept),
            };
            let title = goal_title(i18n, then, goal);
            let steps = then
                .ordered_steps(goal)
                .into_iter()
                .map(|step| {
                    let looked_at = answer.step(&step.id);
                    (
                        owner_name(i18n, then, &step.owner),
                        step.what.clone(),
                        looked_at
                            .and_then(|s| s.progress)
                            .map_or_else(|| i18n.t(Key::NotGiven).to_string(), |p| i18n.t(p.label()).to_string()),
                        looked_at.map(|s| s.note.clone()).unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>();
            view! {
                <section class="lotse-agreement__goal">
                    <h4 dir="auto">{title}</h4>
                    <div class="lotse-table-wrap">
                        <table class="lotse-table">
                            <caption class="lotse-visually-hidden">{i18n.t(Key::ProtocolRatings)}</caption>
                            <thead><tr>
                                <td></td>
                                <th scope="col">{previous.map_or_else(|| i18n.t(Key::ProtocolBefore).to_string(), |d| i18n.tf(Key::ProtocolBeforeOn, &[("date", &d)]))}</th>
                                <th scope="col">{i18n.tf(Key::ProtocolNowOn, &[("date", &review.held_on.german())])}</th>
                            </tr></thead>
                            <tbody>
                                <tr>
                                    <th scope="row">{i18n.t(Key::JourneyClient)}</th>
                                    <td>{said(i18n, before.and_then(|p| p.ratings.client))}</td>
                                    <td>{said(i18n, answer.ratings.client)}</td>
                                </tr>
                                <tr>
                                    <th scope="row">{i18n.t(Key::JourneyCaseworker)}</th>
                                    <td>{said(i18n, before.and_then(|p| p.ratings.caseworker))}</td>
                                    <td>{said(i18n, answer.ratings.caseworker)}</td>
                                </tr>
                            </tbody>
                        </table>
                    </div>
                    <dl class="lotse-agreement__facts">
                        <dt>{i18n.t(Key::ReviewChangesLabel)}</dt>
                        <dd dir="auto">{if answer.changes.trim().is_empty() { i18n.t(Key::NotGiven).to_string() } else { answer.changes.clone() }}</dd>
                        <dt>{i18n.t(Key::ProtocolDecision)}</dt>
                        <dd dir="auto">
                            {i18n.t(decision.label())}
                            {(decision == GoalDecision::Reworded).then(|| format!(": {}", answer.new_wording))}
                            {(decision == GoalDecision::Dropped && !answer.drop_reason.trim().is_empty()).then(|| format!(": {}", answer.drop_reason))}
                        </dd>
                    </dl>
                    {(!steps.is_empty()).then(|| view! {
                        <div class="lotse-table-wrap">
                            <table class="lotse-table">
                                <caption class="lotse-visually-hidden">{i18n.t(Key::StepSteps)}</caption>
                                <thead><tr>
                                    <th scope="col">{i18n.t(Key::StepWhoLabel)}</th>
                                    <th scope="col">{i18n.t(Key::StepWhatLabel)}</th>
                                    <th scope="col">{i18n.t(Key::ProtocolStepStatus)}</th>
                                    <th scope="col">{i18n.t(Key::ProtocolStepNote)}</th>
                                </tr></thead>
                                <tbody>
                                    {steps.into_iter().map(|(who, what, status, note)| view! {
                                        <tr><td>{who}</td><td dir="auto">{what}</td><td>{status}</td><td dir="auto">{note}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    })}
                </section>
            }
        })
        .collect_view()
}

/// The protocol of a completed review, to print on A4 or save as a PDF: per goal both
/// ratings beside the previous ones, the steps and what became of them, what was added, and
/// the goals of the renewed agreement.
#[component]
pub fn ReviewProtocolPage(number: u32) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let flash = use_flash().take();
    use_page_title(move || i18n.t(Key::ProtocolTitle).to_string());
    let Some(case_id) = session.with_untracked(|case| case.id.clone()) else {
        return ().into_any();
    };
    let document = move || {
        session.with(|case| {
            let Some((position, review)) = case.completed_review(number) else {
                return view! { <p class="lotse-body-l">{tr(Key::ProtocolMissing)}</p> }.into_any();
            };
            let version = review.agreement_version.unwrap_or(1);
            let Some(then) = case.as_agreed(version.saturating_sub(1)) else {
                return view! { <p class="lotse-body-l">{tr(Key::ProtocolMissing)}</p> }.into_any();
            };
            let will = review
                .added
                .will
                .iter()
                .filter_map(|id| case.will.iter().find(|w| &w.id == id))
                .filter(|w| !w.wording.trim().is_empty())
                .map(|w| w.wording.clone())
                .collect::<Vec<_>>();
            let renewed = case.as_agreed(version).map(|agreed| {
                agreed.goals.iter().filter(|g| g.is_open()).map(|g| goal_title(i18n, &agreed, g)).collect::<Vec<_>>()
            }).unwrap_or_default();
            let added = review
                .added
                .resources
                .iter()
                .filter_map(|id| case.resources.iter().find(|r| &r.id == id).map(|r| r.description.clone()))
                .chain(review.added.contacts.iter().filter_map(|id| case.contact(id).map(|c| c.name.clone())))
                .collect::<Vec<_>>();
            view! {
                <article class="lotse-agreement" aria-labelledby="protocol-title" data-testid="protocol">
                    <h2 class="lotse-agreement__title" id="protocol-title">
                        {i18n.tf(Key::ProtocolDocumentTitle, &[("alias", &case.alias), ("date", &review.held_on.german())])}
                    </h2>
                    <dl class="lotse-agreement__facts">
                        <dt>{i18n.t(Key::AgreementClient)}</dt><dd>{case.alias.clone()}</dd>
                        <dt>{i18n.t(Key::ReviewDateLabel)}</dt><dd>{review.held_on.german()}</dd>
                        <dt>{i18n.t(Key::ProtocolVersion)}</dt>
                        <dd><a href=agreement_version_path(&case.id, version)>{i18n.tf(Key::AgreementVersionTitle, &[("version", &version.to_string())])}</a></dd>
                        <dt>{i18n.t(Key::ReviewNextLabel)}</dt>
                        <dd>{review.next_review.map_or_else(|| i18n.t(Key::NotGiven).to_string(), |d| d.german())}</dd>
                    </dl>
                    <h3>{i18n.t(Key::ProtocolGoals)}</h3>
                    {goal_parts(i18n, case, &then, review, position)}
                    {(!will.is_empty()).then(|| view! {
                        <h3>{i18n.t(Key::ReviewWillTitle)}</h3>
                        {will.into_iter().map(|w| view! { <blockquote class="lotse-agreement__quote" dir="auto">{w}</blockquote> }).collect_view()}
                    })}
                    <h3>{i18n.t(Key::ReviewFoundTitle)}</h3>
                    <ul class="lotse-agreement__list">
                        {if added.is_empty() {
                            view! { <li>{i18n.t(Key::ReviewFoundNone)}</li> }.into_any()
                        } else {
                            added.into_iter().map(|a| view! { <li dir="auto">{a}</li> }).collect_view().into_any()
                        }}
                    </ul>
                    <h3>{i18n.t(Key::ReviewRenewedGoalsTitle)}</h3>
                    <ul class="lotse-agreement__list" data-testid="protocol-renewed-goals">
                        {renewed.into_iter().map(|g| view! { <li dir="auto">{g}</li> }).collect_view()}
                    </ul>
                </article>
            }
            .into_any()
        })
    };
    view! {
        <div class="lotse-page">
            {flash.map(|message| view! {
                <div class="lotse-alert lotse-alert--success lotse-no-print" role="status">
                    <p class="lotse-alert__body">{message}</p>
                </div>
            })}
            <a class="lotse-back-link lotse-no-print" href=reviews_path(&case_id)>{tr(Key::ReviewBackToOverview)}</a>
            <h1 class="lotse-heading-xl lotse-no-print" tabindex="-1">{tr(Key::ProtocolTitle)}</h1>
            <PrintButton label=Key::ProtocolPrint/>
            {document}
        </div>
    }
    .into_any()
}
