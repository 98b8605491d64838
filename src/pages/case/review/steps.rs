use super::edit_goal_review;
use crate::components::{Radios, TextArea};
use crate::domain::{ReviewId, StepProgress};
use crate::i18n::{use_i18n, Key};
use crate::pages::case::field_ids::step_field_id;
use crate::pages::case::labels::{goal_title, owner_name};
use crate::session::use_session;
use leptos::prelude::*;

/// Per step of each open goal: what became of it (done, partly, not done, no longer
/// needed), and a note. The steps come in the order the principles prefer, own steps first.
#[component]
pub fn ReviewSteps(review: ReviewId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let goals = session
        .with_untracked(|case| {
            case.goals
                .iter()
                .filter(|g| g.is_open() && !g.steps.is_empty())
                .map(|g| {
                    let steps = case
                        .ordered_steps(g)
                        .into_iter()
                        .map(|s| {
                            let note = case
                                .review(&review)
                                .and_then(|r| r.goal(&g.id))
                                .and_then(|r| r.step(&s.id))
                                .map(|r| r.note.clone())
                                .unwrap_or_default();
                            (
                                s.id.clone(),
                                s.what.clone(),
                                owner_name(i18n, case, &s.owner),
                                note,
                            )
                        })
                        .collect::<Vec<_>>();
                    (g.id.clone(), goal_title(i18n, case, g), steps)
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    if goals.is_empty() {
        return view! { <p class="lotse-body-l">{i18n.t(Key::ReviewNoSteps)}</p> }.into_any();
    }
    goals
        .into_iter()
        .map(|(goal, title, steps)| {
            view! {
                <section class="lotse-review-goal">
                    <h2 class="lotse-heading-l" dir="auto">{title}</h2>
                    {steps.into_iter().map(|(step, what, owner, note)| {
                        let progress = {
                            let (review, goal, step) = (review.clone(), goal.clone(), step.clone());
                            Signal::derive(move || {
                                session.revision();
                                session.with(|c| {
                                    c.review(&review).and_then(|r| r.goal(&goal)).and_then(|g| g.step(&step)).and_then(|s| s.progress)
                                }).flatten()
                            })
                        };
                        let choose = {
                            let (review, goal, step) = (review.clone(), goal.clone(), step.clone());
                            move |value: StepProgress| edit_goal_review(session, &review, &goal, false, |g| g.step_mut(&step).progress = Some(value))
                        };
                        let write_note = {
                            let (review, goal, step) = (review.clone(), goal.clone(), step.clone());
                            move |text: String| edit_goal_review(session, &review, &goal, true, |g| g.step_mut(&step).note = text)
                        };
                        let legend = i18n.tf(Key::ReviewStepLegend, &[("step", &what), ("owner", &owner)]);
                        view! {
                            <div>
                                <Radios id=step_field_id(&step, "progress") legend=legend value=progress on_change=choose/>
                                <TextArea id=step_field_id(&step, "progress-note") label=Key::ReviewStepNoteLabel
                                    read_aloud=true initial=note on_change=write_note/>
                            </div>
                        }
                    }).collect_view()}
                </section>
            }
        })
        .collect_view()
        .into_any()
}
