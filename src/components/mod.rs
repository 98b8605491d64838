//! Reusable components, one per file.

pub mod app_footer;
pub mod app_header;
pub mod case_cards;
pub mod display_settings;
pub mod due_reviews;
pub mod encryption_offer;
pub mod error_summary;
pub mod language_switch;
pub mod later;
pub mod storage_alert;
pub mod text_input;
pub mod update_banner;

pub use app_footer::AppFooter;
pub use app_header::AppHeader;
pub use case_cards::push_case_cards;
pub use display_settings::DisplaySettings;
pub use due_reviews::push_due_reviews;
pub use encryption_offer::EncryptionOffer;
pub use error_summary::{error_for, ErrorSummary, FieldError};
pub use language_switch::LanguageSwitch;
pub use later::*;
pub use storage_alert::{StorageAlert, StorageErrorNotice};
pub use text_input::TextInput;
pub use update_banner::UpdateBanner;
