use crate::components::ReadAloud;
use crate::domain::{GoalId, WillId};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::session::use_session;
use leptos::prelude::*;

/// How much of a will statement the select shows.
const EXCERPT: usize = 60;

/// Which will statement a goal serves: a select of the statements by number and beginning.
#[component]
pub fn GoalWillSelect(
    /// The goal.
    goal_id: GoalId,
    /// The statement it serves when first shown.
    initial: Option<WillId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    // The options and the selection are read at render time: the list re-renders after
    // each change, and must show what is stored, not what was stored when it first appeared.
    let will_options = {
        let id = goal_id.clone();
        move || {
            session
                .with(|c| {
                    let selected = c
                        .goals
                        .iter()
                        .find(|g| g.id == id)
                        .and_then(|g| g.will.clone());
                    c.will
                        .iter()
                        .enumerate()
                        .map(|(i, w)| {
                            let excerpt: String = w.wording.chars().take(EXCERPT).collect();
                            let more = if w.wording.chars().count() > EXCERPT {
                                "…"
                            } else {
                                ""
                            };
                            let label = format!(
                                "{} {}: {excerpt}{more}",
                                i18n.t(Key::WillStatementShort),
                                i + 1
                            );
                            (w.id.clone(), label, selected.as_ref() == Some(&w.id))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        }
    };
    let on_will = {
        let id = goal_id.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            session.edit(|case| {
                if let Some(goal) = case.goal_mut(&id) {
                    goal.will = (!value.is_empty()).then_some(WillId(value));
                }
            })
        }
    };
    let select_id = goal_field_id(&goal_id, "will");
    let label_id = format!("{select_id}-label");
    view! {
        <div class="lotse-form-group">
            <label class="lotse-label" id=label_id.clone() for=select_id.clone()>{tr(Key::GoalWillLabel)}</label>
            <ReadAloud ids=vec![label_id]/>
            <select class="lotse-select" id=select_id on:change=on_will>
                <option value="" selected=initial.is_none()>{tr(Key::GoalWillNone)}</option>
                {move || will_options().into_iter().map(|(will_id, label, selected)| {
                    view! { <option value=will_id.0 selected=selected>{label}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
