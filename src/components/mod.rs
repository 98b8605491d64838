//! Reusable components, one per file.

pub mod app_header;
pub mod coverage_panel;
pub mod damaged_record_notice;
pub mod date_field;
pub mod error_summary;
pub mod location_memory;
pub mod network_map;
pub mod next_step_link;
pub mod remove_button;
pub mod save_indicator;
pub mod signature_pad;
pub mod step_nav;
pub mod storage_alert;
pub mod text_area;
pub mod text_input;

pub use app_header::AppHeader;
pub use coverage_panel::CoveragePanel;
pub use damaged_record_notice::DamagedRecordNotice;
pub use date_field::DateField;
pub use error_summary::{ErrorSummary, FieldError};
pub use location_memory::LocationMemory;
pub use network_map::NetworkMap;
pub use next_step_link::NextStepLink;
pub use remove_button::RemoveButton;
pub use save_indicator::SaveIndicator;
pub use signature_pad::SignaturePad;
pub use step_nav::StepNav;
pub use storage_alert::StorageAlert;
pub use text_area::TextArea;
pub use text_input::TextInput;
