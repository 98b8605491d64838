use crate::client_mode::use_client_mode;
use crate::components::RatingScale;
use crate::domain::{GoalId, Rating, Ratings};
use crate::i18n::{use_i18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::session::use_session;
use leptos::prelude::*;

/// Where the client stands on a goal at the intake, the starting point of its journey: the
/// client's own rating and, apart, the caseworker's (not in client mode).
#[component]
pub fn GoalStartRatings(goal_id: GoalId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let client_mode = use_client_mode().is_on_untracked();
    let rating = {
        let goal_id = goal_id.clone();
        move |of: fn(&Ratings) -> Option<Rating>| {
            let goal_id = goal_id.clone();
            Signal::derive(move || {
                session.revision();
                session
                    .with(|c| c.goal(&goal_id).and_then(|g| of(&g.start)))
                    .flatten()
            })
        }
    };
    let writer = {
        let goal_id = goal_id.clone();
        move |field: fn(&mut Ratings) -> &mut Option<Rating>| {
            let goal_id = goal_id.clone();
            move |value: Option<Rating>| {
                session.edit(|case| {
                    if let Some(goal) = case.goal_mut(&goal_id) {
                        *field(&mut goal.start) = value;
                    }
                })
            }
        }
    };
    view! {
        <RatingScale id=goal_field_id(&goal_id, "start-client") read_aloud=true
            legend=move || i18n.t(Key::GoalStartClientLegend).to_string()
            value=rating(|r| r.client) on_change=writer(|r| &mut r.client)/>
        {(!client_mode).then(|| view! {
            <RatingScale id=goal_field_id(&goal_id, "start-caseworker")
                legend=move || i18n.t(Key::GoalStartCaseworkerLegend).to_string()
                value=rating(|r| r.caseworker) on_change=writer(|r| &mut r.caseworker)/>
        })}
    }
}
