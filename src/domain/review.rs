//! Reviews (*Überprüfung*, *Fortschreibung* of the plan): the caseworker and the client sit
//! together again, rate each goal on the scaling question, look back at the steps, add what
//! helped, say what they want now, and sign a renewed agreement.
//!
//! A review is a draft until it is completed: its answers are kept in the review, and only
//! completing it changes the goals and renews the agreement ([`super::Case::complete_review`]).

use super::{
    Case, ContactId, EarlierWording, Goal, GoalId, GoalOutcome, IsoDate, NetworkContact, Resource,
    ResourceId, Signature, SignedAgreement, StepId, StoredText, WillId, WillStatement,
};
use serde::{Deserialize, Serialize};

/// Identifies a review within its case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReviewId(pub String);

/// An answer to the scaling question "Wo stehen Sie heute?", from 0 to 10.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

impl Rating {
    /// The highest point of the scale.
    pub const MAX: u8 = 10;

    /// A rating, if `value` is on the scale.
    pub fn new(value: u8) -> Option<Self> {
        (value <= Self::MAX).then_some(Self(value))
    }

    /// The point on the scale.
    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| format!("not on the scale from 0 to 10: {value}"))
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> Self {
        rating.0
    }
}

/// Where the client stands on a goal: their own rating and, apart from it and never merged,
/// the caseworker's, if they give one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ratings {
    /// The client's own rating.
    pub client: Option<Rating>,
    /// The caseworker's rating.
    pub caseworker: Option<Rating>,
}

/// What became of a step since the agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepProgress {
    /// *erledigt*
    Done,
    /// *teilweise*
    Partly,
    /// *nicht erledigt*
    NotDone,
    /// *nicht mehr nötig*
    NoLongerNeeded,
}

impl StepProgress {
    /// All, in the order they are offered.
    pub const ALL: [StepProgress; 4] = [
        StepProgress::Done,
        StepProgress::Partly,
        StepProgress::NotDone,
        StepProgress::NoLongerNeeded,
    ];
}

/// A step looked back at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepReview {
    /// The step.
    pub step: StepId,
    /// What became of it, once said.
    pub progress: Option<StepProgress>,
    /// A note, in the client's words where they give them.
    pub note: String,
}

/// What the client wants of a goal now ("Was wollen Sie jetzt?").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalDecision {
    /// Worked on further as it is.
    Kept,
    /// Reached: it stays in the case, marked reached.
    Reached,
    /// Worded anew; the earlier wording is kept in the goal's history.
    Reworded,
    /// Given up, with a reason.
    Dropped,
}

impl GoalDecision {
    /// All, in the order they are offered.
    pub const ALL: [GoalDecision; 4] = [
        GoalDecision::Kept,
        GoalDecision::Reached,
        GoalDecision::Reworded,
        GoalDecision::Dropped,
    ];
}

/// One goal in a review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalReview {
    /// The goal.
    pub goal: GoalId,
    /// Where the client stands today.
    pub ratings: Ratings,
    /// What has changed, in the client's words.
    pub changes: String,
    /// Its steps.
    pub steps: Vec<StepReview>,
    /// What the client wants of it now, once decided.
    pub decision: Option<GoalDecision>,
    /// The new wording, when reworded.
    pub new_wording: String,
    /// Why it is given up, when dropped.
    pub drop_reason: String,
}

impl GoalReview {
    /// A goal not looked at yet.
    pub fn new(goal: GoalId) -> Self {
        Self {
            goal,
            ratings: Ratings::default(),
            changes: String::new(),
            steps: Vec::new(),
            decision: None,
            new_wording: String::new(),
            drop_reason: String::new(),
        }
    }

    /// The look back at a step, added when first needed.
    pub fn step_mut(&mut self, step: &StepId) -> &mut StepReview {
        let at = match self.steps.iter().position(|s| &s.step == step) {
            Some(at) => at,
            None => {
                self.steps.push(StepReview {
                    step: step.clone(),
                    progress: None,
                    note: String::new(),
                });
                self.steps.len() - 1
            }
        };
        &mut self.steps[at]
    }

    /// The look back at a step, if there is one.
    pub fn step(&self, step: &StepId) -> Option<&StepReview> {
        self.steps.iter().find(|s| &s.step == step)
    }
}

/// What a review added to the case while it was held, so that discarding the draft takes it
/// back and the case can tell what each review brought.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Added {
    /// Will statements ("Was wollen Sie jetzt?").
    pub will: Vec<WillId>,
    /// New goals.
    pub goals: Vec<GoalId>,
    /// Resources found since.
    pub resources: Vec<ResourceId>,
    /// Contacts found since.
    pub contacts: Vec<ContactId>,
}

impl Added {
    /// Whether nothing was added.
    pub fn is_empty(&self) -> bool {
        self.will.is_empty()
            && self.goals.is_empty()
            && self.resources.is_empty()
            && self.contacts.is_empty()
    }
}

/// One review of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Stable identity.
    pub id: ReviewId,
    /// The day the review is held.
    pub held_on: IsoDate,
    /// Completed: its decisions are part of the case and its agreement is the current one.
    /// Until then, a draft.
    pub completed: bool,
    /// Each goal looked at.
    pub goals: Vec<GoalReview>,
    /// What the review added to the case.
    pub added: Added,
    /// When the renewed agreement is reviewed next.
    pub next_review: Option<IsoDate>,
    /// The signatures on the renewed agreement.
    pub signatures: Vec<Signature>,
    /// The version of the agreement this review renewed it to, once completed.
    pub agreement_version: Option<u32>,
    /// The agreement as it stood signed when the review started, kept until the review
    /// completes and keeps it as the earlier version: edits made while the review is held
    /// belong to the renewed agreement, not to the signed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<StoredText>,
}

impl Review {
    /// A new draft, held on `held_on`.
    pub fn new(id: ReviewId, held_on: IsoDate) -> Self {
        Self {
            id,
            held_on,
            completed: false,
            goals: Vec::new(),
            added: Added::default(),
            next_review: None,
            signatures: Vec::new(),
            agreement_version: None,
            signed: None,
        }
    }

    /// The review of a goal, added when first needed.
    pub fn goal_mut(&mut self, goal: &GoalId) -> &mut GoalReview {
        let at = match self.goals.iter().position(|g| &g.goal == goal) {
            Some(at) => at,
            None => {
                self.goals.push(GoalReview::new(goal.clone()));
                self.goals.len() - 1
            }
        };
        &mut self.goals[at]
    }

    /// The review of a goal, if it was looked at.
    pub fn goal(&self, goal: &GoalId) -> Option<&GoalReview> {
        self.goals.iter().find(|g| &g.goal == goal)
    }

    /// What a deletion or a discard of this review would lose, counted.
    pub fn content(&self) -> ReviewContent {
        ReviewContent {
            ratings: self
                .goals
                .iter()
                .map(|g| {
                    usize::from(g.ratings.client.is_some())
                        + usize::from(g.ratings.caseworker.is_some())
                })
                .sum(),
            notes: self
                .goals
                .iter()
                .map(|g| {
                    [&g.changes, &g.new_wording, &g.drop_reason]
                        .iter()
                        .filter(|text| !text.trim().is_empty())
                        .count()
                        + g.steps.iter().filter(|s| !s.note.trim().is_empty()).count()
                })
                .sum(),
            added: self.added.will.len()
                + self.added.goals.len()
                + self.added.resources.len()
                + self.added.contacts.len(),
            signatures: self.signatures.len(),
        }
    }
}

/// What a review holds, counted, so that deleting or discarding it can say what will be lost.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReviewContent {
    /// Ratings given (the client's and the caseworker's).
    pub ratings: usize,
    /// Texts written (what has changed, new wordings, reasons, notes on steps).
    pub notes: usize,
    /// Will statements, goals, resources and contacts the review added.
    pub added: usize,
    /// Signatures on the renewed agreement.
    pub signatures: usize,
}

/// Why a review date cannot be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewDateError {
    /// Before the first contact.
    BeforeFirstContact,
    /// After today.
    InTheFuture,
    /// Before the last completed review.
    BeforeLastReview,
}

/// When a review is due: within this many days, or overdue.
pub const DUE_WITHIN_DAYS: i64 = 14;

/// Whether a review on `next` is due on `today`: overdue, or within [`DUE_WITHIN_DAYS`].
pub fn is_due(next: IsoDate, today: IsoDate) -> bool {
    next.days_since_epoch() - today.days_since_epoch() <= DUE_WITHIN_DAYS
}

/// The items of `list` but those `added` says.
fn without<T: Clone>(list: &[T], added: impl Fn(&T) -> bool) -> Vec<T> {
    list.iter().filter(|item| !added(item)).cloned().collect()
}

impl Case {
    /// The review with this id.
    pub fn review(&self, id: &ReviewId) -> Option<&Review> {
        self.reviews.iter().find(|r| &r.id == id)
    }

    /// The review with this id, to change it.
    pub fn review_mut(&mut self, id: &ReviewId) -> Option<&mut Review> {
        self.reviews.iter_mut().find(|r| &r.id == id)
    }

    /// The review started and not completed, if there is one.
    pub fn draft_review(&self) -> Option<&Review> {
        self.reviews.iter().find(|r| !r.completed)
    }

    /// The completed reviews, in the order they were held.
    pub fn completed_reviews(&self) -> impl DoubleEndedIterator<Item = &Review> {
        self.reviews.iter().filter(|r| r.completed)
    }

    /// The version of the current agreement (1 until a review renews it).
    pub fn agreement_version(&self) -> u32 {
        self.earlier_agreements.count() as u32 + 1
    }

    /// Whether a review can be held on `date`, given `today`.
    pub fn check_review_date(&self, date: IsoDate, today: IsoDate) -> Result<(), ReviewDateError> {
        if date < self.first_contact {
            Err(ReviewDateError::BeforeFirstContact)
        } else if date > today {
            Err(ReviewDateError::InTheFuture)
        } else if self.completed_reviews().any(|r| date < r.held_on) {
            Err(ReviewDateError::BeforeLastReview)
        } else {
            Ok(())
        }
    }

    /// Starts a review held on `held_on`, or returns the draft already started (one at a time:
    /// two drafts of the same talk would split its answers).
    pub fn start_review(&mut self, id: ReviewId, held_on: IsoDate) -> &ReviewId {
        let at = match self.reviews.iter().position(|r| !r.completed) {
            Some(at) => at,
            None => {
                let mut review = Review::new(id, held_on);
                review.signed = Some(StoredText::of(
                    &self.signed_agreement(held_on, &Added::default()),
                ));
                self.reviews.push(review);
                self.reviews.len() - 1
            }
        };
        &self.reviews[at].id
    }

    /// The current agreement as a version replaced on `replaced_on`, without what `added`
    /// says a review added.
    fn signed_agreement(&self, replaced_on: IsoDate, added: &Added) -> SignedAgreement {
        SignedAgreement {
            version: self.agreement_version(),
            replaced_on,
            will: without(&self.will, |w| added.will.contains(&w.id)),
            goals: without(&self.goals, |g| added.goals.contains(&g.id)),
            resources: without(&self.resources, |r| added.resources.contains(&r.id)),
            network: without(&self.network, |c| added.contacts.contains(&c.id)),
            circumstances: self.circumstances.clone(),
            agreement: self.agreement.clone(),
        }
    }

    /// What the review under way added, to forget an item removed from the case. A completed
    /// review keeps what it brought: that is its record.
    pub(super) fn draft_additions_mut(&mut self) -> impl Iterator<Item = &mut Added> {
        self.reviews
            .iter_mut()
            .filter(|r| !r.completed)
            .map(|r| &mut r.added)
    }

    /// Where the draft `id` is among the reviews.
    fn draft_position(&self, id: &ReviewId) -> Option<usize> {
        self.reviews
            .iter()
            .position(|r| &r.id == id && !r.completed)
    }

    /// Throws a draft away, and what it added to the case with it. A completed review is
    /// not a draft: see [`Case::delete_review`].
    pub fn discard_review(&mut self, id: &ReviewId) -> bool {
        let Some(at) = self.draft_position(id) else {
            return false;
        };
        let review = self.reviews.remove(at);
        for will in &review.added.will {
            self.remove_will_statement(will);
        }
        for goal in &review.added.goals {
            self.remove_goal(goal);
        }
        for resource in &review.added.resources {
            self.remove_resource(resource);
        }
        for contact in &review.added.contacts {
            self.remove_contact(contact);
        }
        true
    }

    /// Deletes a completed review's ratings and notes. What completing it changed (the goals,
    /// the renewed agreement and its signatures, what it added) stays: those are the case's now.
    pub fn delete_review(&mut self, id: &ReviewId) -> bool {
        let before = self.reviews.len();
        self.reviews.retain(|r| &r.id != id || !r.completed);
        self.reviews.len() != before
    }

    /// Completes the draft `id`: the current agreement is kept as it stands, each goal takes
    /// what the client decided, and the renewed agreement (with the review's signatures and
    /// next review date) becomes the current one. Returns whether there was such a draft.
    pub fn complete_review(&mut self, id: &ReviewId) -> bool {
        let Some(at) = self.draft_position(id) else {
            return false;
        };
        let held_on = self.reviews[at].held_on;
        let version = self.agreement_version();
        // As it was signed when the review started; a draft from before that was kept is
        // taken as it stands now, without what the review itself added.
        let signed = match self.reviews[at].signed.take() {
            Some(signed) => signed,
            None => StoredText::of(&self.signed_agreement(held_on, &self.reviews[at].added)),
        };
        self.earlier_agreements.push(signed);
        let review = &mut self.reviews[at];
        for goal_review in &review.goals {
            let Some(goal) = self.goals.iter_mut().find(|g| g.id == goal_review.goal) else {
                continue;
            };
            match goal_review.decision {
                Some(GoalDecision::Reached) => {
                    goal.outcome = Some(GoalOutcome::Reached { on: held_on })
                }
                Some(GoalDecision::Dropped) => {
                    goal.outcome = Some(GoalOutcome::Dropped {
                        on: held_on,
                        reason: goal_review.drop_reason.clone(),
                    })
                }
                Some(GoalDecision::Reworded) if !goal_review.new_wording.trim().is_empty() => {
                    let earlier = std::mem::replace(
                        &mut goal.client_wording,
                        goal_review.new_wording.clone(),
                    );
                    goal.earlier_wordings.push(EarlierWording {
                        wording: earlier,
                        until: held_on,
                    });
                }
                _ => {}
            }
        }
        self.agreement.signatures = std::mem::take(&mut review.signatures);
        self.agreement.review_date = review.next_review;
        review.completed = true;
        review.agreement_version = Some(version + 1);
        true
    }

    /// The day of the next review: the earliest review date of the agreement and its open
    /// goals after the last completed review.
    pub fn next_review(&self) -> Option<IsoDate> {
        let last = self.completed_reviews().map(|r| r.held_on).max();
        std::iter::once(self.agreement.review_date)
            .chain(
                self.goals
                    .iter()
                    .filter(|g| g.is_open())
                    .map(|g| g.review_date),
            )
            .flatten()
            .filter(|date| last.is_none_or(|last| *date > last))
            .min()
    }
}

/// Something a review adds to the case while it is held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Addition {
    /// What the client wants now.
    Will(WillStatement),
    /// A new goal.
    Goal(Goal),
    /// A resource found since.
    Resource(Resource),
    /// A person or service found since.
    Contact(NetworkContact),
}

impl Case {
    /// Adds to the case during the draft `review`, and notes it in the review, so that
    /// discarding the draft takes it back. Returns whether there was such a draft.
    pub fn add_in_review(&mut self, review: &ReviewId, addition: Addition) -> bool {
        let Some(at) = self.draft_position(review) else {
            return false;
        };
        let added = &mut self.reviews[at].added;
        match addition {
            Addition::Will(will) => {
                added.will.push(will.id.clone());
                self.will.push(will);
            }
            Addition::Goal(goal) => {
                added.goals.push(goal.id.clone());
                self.goals.push(goal);
            }
            Addition::Resource(resource) => {
                added.resources.push(resource.id.clone());
                self.resources.push(resource);
            }
            Addition::Contact(contact) => {
                added.contacts.push(contact.id.clone());
                self.network.push(contact);
            }
        }
        true
    }

    /// The completed review numbered `number` (from 1, in the order they were held), and
    /// where it is among all reviews.
    pub fn completed_review(&self, number: u32) -> Option<(usize, &Review)> {
        self.reviews
            .iter()
            .enumerate()
            .filter(|(_, r)| r.completed)
            .nth(usize::try_from(number).ok()?.checked_sub(1)?)
    }
}
