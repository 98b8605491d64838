//! The pages of one case: its frame, the intake steps, rename, delete and export. They are
//! one module loaded on first use (`crate::pages::lazy`).

pub mod agreement;
pub mod check;
pub mod delete;
pub mod export;
pub mod field_ids;
pub mod goals;
pub mod journey;
pub mod labels;
pub mod layout;
pub mod life_domains;
pub mod neighbourhood;
pub mod network;
pub mod protocol;
pub mod rename;
pub mod resources;
pub mod review;
pub mod reviews;
pub mod steps;
pub mod will;

pub use agreement::{AgreementPage, AgreementVersionPage};
pub use check::CheckPage;
pub use delete::DeleteCasePage;
pub use export::ExportCasePage;
pub use goals::GoalsPage;
pub use journey::JourneyPage;
pub use layout::CaseLayout;
pub use life_domains::LifeDomainsPage;
pub use network::{NetworkMap, NetworkPage};
pub use protocol::ReviewProtocolPage;
pub use rename::RenameCasePage;
pub use resources::ResourcesPage;
pub use review::ReviewPartPage;
pub use reviews::ReviewsPage;
pub use steps::StepsPage;
pub use will::WillPage;
