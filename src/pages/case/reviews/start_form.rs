use crate::browser;
use crate::components::{error_for, ErrorSummary, FieldError, TextInput};
use crate::domain::date::DateError;
use crate::domain::{IsoDate, ReviewDateError, ReviewId};
use crate::i18n::{tr, Key};
use crate::router::use_navigator;
use crate::routes::{review_part_path, ReviewPart};
use crate::session::use_session;
use leptos::prelude::*;

/// The id of the date field (the error summary links to it).
const DATE_FIELD: &str = "review-date";

/// Starts a review on the day it is held (today unless changed): not before the first
/// contact or the last review, not in the future.
#[component]
pub fn StartReviewForm() -> impl IntoView {
    let session = use_session();
    let navigator = use_navigator();
    let date = RwSignal::new(browser::today().to_string());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let checked = IsoDate::parse(&date.get_untracked())
            .map_err(|e| match e {
                DateError::Empty => Key::ErrorReviewDateMissing,
                DateError::Invalid => Key::ErrorReviewDateInvalid,
            })
            .and_then(|day| {
                let allowed = session
                    .with_untracked(|case| case.check_review_date(day, browser::today()))
                    .unwrap_or(Ok(()));
                allowed.map(|()| day).map_err(|e| match e {
                    ReviewDateError::BeforeFirstContact => Key::ErrorReviewDateBeforeFirstContact,
                    ReviewDateError::InTheFuture => Key::ErrorReviewDateInFuture,
                    ReviewDateError::BeforeLastReview => Key::ErrorReviewDateBeforeLastReview,
                })
            });
        match checked {
            Ok(day) => {
                errors.set(Vec::new());
                let Some(id) = session.with_untracked(|case| case.id.clone()) else {
                    return;
                };
                session.edit(|case| {
                    case.start_review(ReviewId(browser::new_id()), day);
                });
                session.flush();
                navigator.go(&review_part_path(&id, ReviewPart::ALL[0]));
            }
            Err(message) => errors.set(vec![FieldError {
                field_id: DATE_FIELD,
                message,
            }]),
        }
    };
    view! {
        <section aria-labelledby="review-start-title">
            <ErrorSummary errors=errors.into()/>
            <h2 class="lotse-heading-l" id="review-start-title" tabindex="-1">{tr(Key::ReviewStartTitle)}</h2>
            <form novalidate on:submit=submit>
                <TextInput id=DATE_FIELD label=Key::ReviewDateLabel hint=Key::ReviewDateHint
                    input_type="date" value=date error=error_for(errors, DATE_FIELD)/>
                <button type="submit" class="lotse-button">{tr(Key::ReviewStartSubmit)}</button>
            </form>
        </section>
    }
}
