//! The ids of the case pages' fields: each page gives its fields these ids, and the check
//! page's "Ändern" links land on them.

use crate::domain::{CircumstanceId, ContactId, GoalId, ResourceId, StepId, WillId};

/// The id of a statement's wording field (for focus and links).
pub fn wording_field_id(id: &WillId) -> String {
    format!("will-{}-wording", id.0)
}

/// The id of a statement's own-action field.
pub fn own_action_field_id(id: &WillId) -> String {
    format!("will-{}-own", id.0)
}

/// The id of a goal's field, e.g. `goal-<id>-indicator` (the check page links here).
pub fn goal_field_id(goal: &GoalId, field: &str) -> String {
    format!("goal-{}-{field}", goal.0)
}

/// The id of a step's field, e.g. `step-<id>-what`.
pub fn step_field_id(step: &StepId, field: &str) -> String {
    format!("step-{}-{field}", step.0)
}

/// The id of a resource's description field.
pub fn resource_field_id(id: &ResourceId) -> String {
    format!("resource-{}-text", id.0)
}

/// The id of a contact's field.
pub fn contact_field_id(id: &ContactId, field: &str) -> String {
    format!("contact-{}-{field}", id.0)
}

/// The id of a circumstance's text field.
pub fn circumstance_field_id(id: &CircumstanceId) -> String {
    format!("circumstance-{}-text", id.0)
}
