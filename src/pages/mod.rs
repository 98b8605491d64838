//! One page per screen. The start page, the new-case form and the fallback page come with the
//! first load; the page of all cases (`all_cases/`), the pages of a case (`case/`) and the data
//! pages (`data/`) and the accessibility statement (`accessibility/`) are modules loaded on
//! first use (`lazy.rs`), and their texts come with them
//! (`build.rs`). Pages never import
//! from one another: what several of them need is here or in `case/labels.rs` and
//! `case/field_ids.rs`.

pub mod accessibility;
pub mod all_cases;
pub mod case;
pub mod case_list;
pub mod data;
pub mod lazy;
pub mod new_case;
pub mod not_found;
pub mod sozialraum;

pub use accessibility::AccessibilityPage;
pub use all_cases::AllCasesPage;
pub use case::{
    AgreementPage, CaseLayout, CheckPage, DeleteCasePage, ExportCasePage, GoalsPage,
    LifeDomainsPage, NetworkPage, RenameCasePage, ResourcesPage, StepsPage, WillPage,
};
pub use case_list::CaseListPage;
pub use data::{
    ChangePassphrasePage, DataOverviewPage, DeleteAllPage, EncryptPage, ImportPage, TeamPage,
    UnlockPage,
};
pub use lazy::{lazy_client_mode_exit, lazy_page, lazy_sync_badge, lazy_unlock_page};
pub use new_case::NewCasePage;
pub use not_found::NotFoundPage;
pub use sozialraum::{CataloguePage, EntryPage, NewEntryPage, PlacesPage, ReportPage};

use crate::browser;
use crate::components::FieldError;
use crate::domain::{CaseDetailsError, CaseField, CaseId};
use crate::i18n::{use_i18n, I18n, Key};
use crate::session::{use_session, CaseSession};
use leptos::prelude::*;

/// Keeps the document title in step with the page: `<page> – Lotse` (WCAG 2.4.2).
pub fn use_page_title(title: impl Fn() -> String + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| browser::set_title(&format!("{} – {}", title(), i18n.t(Key::AppName))));
}

/// The title of a form page; "Fehler: " goes in front while the form shows errors, so a
/// screen-reader user hears at once that the submission failed (GOV.UK pattern).
pub fn use_form_page_title(title: Key, errors: RwSignal<Vec<FieldError>>) {
    let i18n = use_i18n();
    use_page_title(move || {
        let prefix = if errors.with(Vec::is_empty) {
            ""
        } else {
            i18n.t(Key::TitleErrorPrefix)
        };
        format!("{prefix}{}", i18n.t(title))
    });
}

/// What every intake step page starts with: the texts, the open case, its id, and the title.
pub fn use_step_page(title: Key) -> (I18n, CaseSession, CaseId) {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(title).to_string());
    let id = session
        .with_untracked(|c| c.id.clone())
        .unwrap_or(CaseId(String::new()));
    (i18n, session, id)
}

/// The id of the alias input (error links point here).
pub const ALIAS_FIELD: &str = "alias";
/// The id of the first-contact date input.
pub const FIRST_CONTACT_FIELD: &str = "first-contact";

/// The message and field of a case-details error.
pub fn case_details_error(error: CaseDetailsError) -> FieldError {
    let field_id = match error.field() {
        CaseField::Alias => ALIAS_FIELD,
        CaseField::FirstContact => FIRST_CONTACT_FIELD,
    };
    let message = match error {
        CaseDetailsError::AliasMissing => Key::ErrorAliasMissing,
        CaseDetailsError::DateMissing => Key::ErrorDateMissing,
        CaseDetailsError::DateInvalid => Key::ErrorDateInvalid,
        CaseDetailsError::DateInFuture => Key::ErrorDateInFuture,
    };
    FieldError { field_id, message }
}
