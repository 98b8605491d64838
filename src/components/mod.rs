//! Reusable components, one per file.

pub mod app_header;
pub mod damaged_record_notice;
pub mod error_summary;
pub mod location_memory;
pub mod save_indicator;
pub mod step_nav;
pub mod storage_alert;
pub mod text_area;
pub mod text_input;

pub use app_header::AppHeader;
pub use damaged_record_notice::DamagedRecordNotice;
pub use error_summary::{ErrorSummary, FieldError};
pub use location_memory::LocationMemory;
pub use save_indicator::SaveIndicator;
pub use step_nav::StepNav;
pub use storage_alert::StorageAlert;
pub use text_area::TextArea;
pub use text_input::TextInput;
