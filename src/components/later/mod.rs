//! The components that only the parts loaded on first use show (the case and data pages, and
//! the start page's notices of damaged records, see `crate::pages::lazy`). Their texts come with those pages: `build.rs` ships a text
//! later when only files in this folder, `src/pages/case/` and `src/pages/data/` name it.

pub mod case_notice;
pub mod checkbox;
pub mod choice;
pub mod client_case_notice;
pub mod client_done;
pub mod client_mode_exit;
pub mod client_storage_alert;
pub mod confirm_buttons;
pub mod conflict_table;
pub mod coverage_panel;
pub mod damaged_record_notice;
pub mod date_field;
pub mod export_form;
pub mod next_step_link;
pub mod option_select;
pub mod pictogram;
pub mod places_labels;
pub mod print_button;
pub mod radios;
pub mod rating_scale;
pub mod read_aloud;
pub mod remove_button;
pub mod save_indicator;
pub mod select;
pub mod signature_pad;
pub mod step_header;
pub mod step_nav;
pub mod sync_badge;
pub mod sync_conflict;
pub mod text_area;

pub use case_notice::CaseNoticeBanner;
pub use checkbox::Checkbox;
pub use choice::Choice;
pub use client_case_notice::ClientCaseNotice;
pub use client_done::ClientDone;
pub use client_mode_exit::ClientModeExit;
pub use client_storage_alert::ClientStorageAlert;
pub use confirm_buttons::ConfirmButtons;
pub use conflict_table::{case_rows, ConflictRow, ConflictTable};
pub use coverage_panel::CoveragePanel;
pub use damaged_record_notice::{save_stored_text, DamagedRecordNotice};
pub use date_field::DateField;
pub use export_form::{passphrase_error_key, ExportForm};
pub use next_step_link::NextStepLink;
pub use option_select::OptionSelect;
pub use pictogram::Pictogram;
pub use places_labels::{
    built_in_category_label, category_name, category_options, district_of, district_options,
};
pub use print_button::PrintButton;
pub use radios::Radios;
pub use rating_scale::RatingScale;
pub use read_aloud::{ReadAloud, Reading};
pub use remove_button::RemoveButton;
pub use save_indicator::SaveIndicator;
pub use select::Select;
pub use signature_pad::SignaturePad;
pub use step_header::StepHeader;
pub use step_nav::StepNav;
pub use sync_badge::SyncBadge;
pub use sync_conflict::SyncConflictNotice;
pub use text_area::TextArea;
