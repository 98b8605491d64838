//! Lotse: a case-work assistant for social workers, following the *Fachkonzept
//! Sozialraumorientierung*. Everything runs and stays in the browser.

pub mod app;
pub mod browser;
pub mod client_mode;
pub mod components;
pub mod crypto;
pub mod display;
pub mod domain;
pub mod files;
pub mod first_screen;
pub mod flash;
pub mod focus;
pub mod html;
pub mod i18n;
pub mod kept_start_page;
pub mod lock;
pub mod pages;
pub mod router;
pub mod routes;
pub mod session;
pub mod speech;
pub mod storage;
pub mod sync;
pub mod updates;

pub use app::App;
