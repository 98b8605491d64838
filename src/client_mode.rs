//! Client mode: the tablet handed to the client. Only the client-facing steps of one case,
//! in Leichte Sprache and large type; no other cases, no professional wording, no deleting.
//! It survives a reload (a client cannot leave it by reloading) and ends only through the
//! caseworker's deliberate press-and-hold.

use crate::display::Display;
use crate::domain::CaseId;
use crate::i18n::{I18n, Locale};
use crate::router::Navigator;
use crate::routes::{CasePage, IntakeStep, ReviewPart, Route};
use crate::storage;
use leptos::prelude::*;

const SETTING: &str = "client-mode";
const LOCALE_BEFORE: &str = "client-mode-locale-before";

/// The steps a client works on.
pub const CLIENT_STEPS: [IntakeStep; 5] = [
    IntakeStep::Will,
    IntakeStep::Goals,
    IntakeStep::Steps,
    IntakeStep::Resources,
    IntakeStep::Network,
];

/// The parts of a review a client works on: where they stand, and what they want now.
pub const CLIENT_REVIEW_PARTS: [ReviewPart; 2] = [ReviewPart::Ratings, ReviewPart::Now];

/// The client mode, shared through context.
#[derive(Clone, Copy)]
pub struct ClientMode {
    case: RwSignal<Option<CaseId>>,
    i18n: I18n,
    display: Display,
}

impl ClientMode {
    /// The case handed over, if the tablet is in client mode (tracked).
    pub fn case(&self) -> Option<CaseId> {
        self.case.get()
    }

    /// Whether the tablet is in client mode (tracked).
    pub fn is_on(&self) -> bool {
        self.case.with(Option::is_some)
    }

    /// Whether the tablet is in client mode, read once (pages re-render when it changes).
    pub fn is_on_untracked(&self) -> bool {
        self.case.with_untracked(Option::is_some)
    }

    /// Hands the tablet over for this case: Leichte Sprache, large type.
    pub fn start(&self, id: CaseId) {
        storage::save_setting(SETTING, Some(&id.0));
        storage::save_setting(LOCALE_BEFORE, Some(self.i18n.locale_untracked().tag()));
        if let Some(easy) = Locale::easy() {
            self.i18n.set_locale(easy);
        }
        self.display.force_large_text(true);
        self.case.set(Some(id));
    }

    /// Gives the tablet back to the caseworker, in the language they had.
    pub fn exit(&self) {
        let before = storage::load_setting(LOCALE_BEFORE).and_then(|t| Locale::from_tag(&t));
        storage::save_setting(SETTING, None);
        storage::save_setting(LOCALE_BEFORE, None);
        if let Some(locale) = before {
            self.i18n.set_locale(locale);
        }
        self.display.force_large_text(false);
        self.case.set(None);
    }

    /// Where a route leads in client mode: the route itself if the client may see it, else
    /// the handed-over case's first step. `None` when not in client mode or allowed.
    pub fn redirect(&self, route: &Route) -> Option<Route> {
        let case = self.case.get()?;
        let allowed = match route {
            Route::Case(id, CasePage::Step(step)) => *id == case && CLIENT_STEPS.contains(step),
            Route::Case(id, CasePage::Review(part)) => {
                *id == case && CLIENT_REVIEW_PARTS.contains(part)
            }
            // Holds nothing of any case, and is for the client too.
            Route::Accessibility => true,
            _ => false,
        };
        // Within a review the client stays in it; elsewhere, on the first step.
        let back = match route {
            Route::Case(id, CasePage::Review(_) | CasePage::Reviews) if *id == case => {
                CasePage::Review(CLIENT_REVIEW_PARTS[0])
            }
            _ => CasePage::Step(IntakeStep::Will),
        };
        (!allowed).then_some(Route::Case(case, back))
    }

    /// The route to show: in client mode only what [`ClientMode::redirect`] allows can be
    /// shown, and anything else (a typed address, the back button, a stale link) leads back to
    /// the client's pages, with the address following.
    pub fn shown_route(&self, navigator: Navigator) -> Memo<Route> {
        let mode = *self;
        let route = Memo::new(move |_| {
            let route = navigator.route();
            mode.redirect(&route).unwrap_or(route)
        });
        Effect::new(move |_| {
            let shown = route.get();
            if let Some(path) = shown
                .path()
                .filter(|p| navigator.route() != shown && *p != navigator.path())
            {
                navigator.replace(&path);
            }
        });
        route
    }
}

/// Whether a client mode is remembered on this device, as stored now (another tab may have
/// started or ended it).
pub fn is_remembered() -> bool {
    storage::load_setting(SETTING).is_some()
}

/// Restores the client mode remembered on this device and puts it into context.
pub fn provide_client_mode(i18n: I18n, display: Display) -> ClientMode {
    let stored = storage::load_setting(SETTING)
        .map(CaseId)
        .filter(CaseId::is_well_formed);
    if stored.is_some() {
        display.force_large_text(true);
    }
    let mode = ClientMode {
        case: RwSignal::new(stored),
        i18n,
        display,
    };
    provide_context(mode);
    mode
}

/// The client mode from context.
pub fn use_client_mode() -> ClientMode {
    expect_context::<ClientMode>()
}
