//! The journey of a case: where the client stood on each goal at the intake and at each
//! completed review, and how the network changed since the intake's agreement.

use super::{Case, GoalId, IsoDate, NetworkContact, Ratings};

/// How the network changed between the intake's agreement and now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NetworkChanges {
    /// On the map now, not at the intake.
    pub joined: Vec<NetworkContact>,
    /// On the intake's map, not any more.
    pub left: Vec<NetworkContact>,
}

/// One point of a goal's journey: where the client stood on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JourneyPoint {
    /// The day: the first contact for the intake, else the review's.
    pub on: IsoDate,
    /// The review, or `None` for the intake.
    pub review: Option<usize>,
    /// The ratings given then.
    pub ratings: Ratings,
}

impl Case {
    /// Where the client stood on `goal` at the intake and at each completed review that rated
    /// it, in order.
    pub fn journey(&self, goal: &GoalId) -> Vec<JourneyPoint> {
        let Some(start) = self.goal(goal).map(|g| g.start) else {
            return Vec::new();
        };
        let intake = JourneyPoint {
            on: self.first_contact,
            review: None,
            ratings: start,
        };
        std::iter::once(intake)
            .chain(
                self.reviews
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.completed)
                    .filter_map(|(at, review)| {
                        review.goal(goal).map(|g| JourneyPoint {
                            on: review.held_on,
                            review: Some(at),
                            ratings: g.ratings,
                        })
                    }),
            )
            .filter(|p| p.ratings != Ratings::default())
            .collect()
    }

    /// Who joined the network and who left it since the intake's agreement; `None` before the
    /// first review.
    pub fn network_changes(&self) -> Option<NetworkChanges> {
        let intake = &self.earlier_agreements.version(1).ok()?.network;
        Some(NetworkChanges {
            joined: self
                .network
                .iter()
                .filter(|c| !intake.iter().any(|i| i.id == c.id))
                .cloned()
                .collect(),
            left: intake
                .iter()
                .filter(|i| !self.network.iter().any(|c| c.id == i.id))
                .cloned()
                .collect(),
        })
    }

    /// Where the client stood on `goal` before the review at `position` among all reviews:
    /// the last point of the journey before it.
    pub fn ratings_before(&self, goal: &GoalId, position: usize) -> Option<JourneyPoint> {
        self.journey(goal)
            .into_iter()
            .take_while(|p| p.review.is_none_or(|at| at < position))
            .last()
    }
}
