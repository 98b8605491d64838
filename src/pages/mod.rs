//! One page per screen: the case list, the case forms, and one page per intake step.

pub mod case_layout;
pub mod case_list;
pub mod delete_case;
pub mod new_case;
pub mod not_found;
pub mod rename_case;
pub mod will;

pub use case_layout::CaseLayout;
pub use case_list::CaseListPage;
pub use delete_case::DeleteCasePage;
pub use new_case::NewCasePage;
pub use not_found::NotFoundPage;
pub use rename_case::RenameCasePage;
pub use will::WillPage;

use crate::browser;
use crate::i18n::{use_i18n, Key};
use leptos::prelude::*;

/// Keeps the document title in step with the page: "<page> – Lotse" (WCAG 2.4.2).
pub fn use_page_title(title: impl Fn() -> String + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| browser::set_title(&format!("{} – {}", title(), i18n.t(Key::AppName))));
}
