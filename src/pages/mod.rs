//! One page per screen: the case list, the case forms, and one page per intake step.

pub mod agreement;
pub mod case_layout;
pub mod case_list;
pub mod data;
pub mod delete_all;
pub mod delete_case;
pub mod encrypt;
pub mod export_case;
pub mod goals;
pub mod import;
pub mod lazy;
pub mod life_domains;
pub mod network;
pub mod new_case;
pub mod not_found;
pub mod passphrase;
pub mod rename_case;
pub mod resources;
pub mod review;
pub mod steps;
pub mod unlock;
pub mod will;

pub use agreement::AgreementPage;
pub use case_layout::CaseLayout;
pub use case_list::CaseListPage;
pub use data::DataOverviewPage;
pub use delete_all::DeleteAllPage;
pub use delete_case::DeleteCasePage;
pub use encrypt::EncryptPage;
pub use export_case::ExportCasePage;
pub use goals::GoalsPage;
pub use import::ImportPage;
pub use lazy::{
    apply_external_change, lazy_case_page, lazy_client_mode_exit, lazy_data_page, lazy_unlock_page,
};
pub use life_domains::LifeDomainsPage;
pub use network::NetworkPage;
pub use new_case::NewCasePage;
pub use not_found::NotFoundPage;
pub use passphrase::ChangePassphrasePage;
pub use rename_case::RenameCasePage;
pub use resources::ResourcesPage;
pub use review::ReviewPage;
pub use steps::StepsPage;
pub use unlock::UnlockPage;
pub use will::WillPage;

use crate::browser;
use crate::components::FieldError;
use crate::domain::CaseId;
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
