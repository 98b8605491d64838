//! The app's addresses: every screen is a [`Route`], parsed from and written to a path in
//! one place, so links and screens cannot drift apart. Pure code, tested on the host.

use crate::domain::sozialraum::CatalogueId;
use crate::domain::CaseId;
use crate::i18n::Key;

/// A step of the intake, each on its own page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntakeStep {
    /// The client's will (*Wille*).
    Will,
    /// Goals grown from the will.
    Goals,
    /// Steps per goal (*Eigeninitiative* first).
    Steps,
    /// The resource map.
    Resources,
    /// The network map.
    Network,
    /// Life domains and circumstances (*Verhältnisse*).
    LifeDomains,
    /// Check answers, with the coverage of the five principles.
    Check,
    /// The agreement (*Zielvereinbarung*), for print and signatures.
    Agreement,
}

impl IntakeStep {
    /// Every step, in the order the method asks them.
    pub const ALL: &'static [IntakeStep] = &[
        IntakeStep::Will,
        IntakeStep::Goals,
        IntakeStep::Steps,
        IntakeStep::Resources,
        IntakeStep::Network,
        IntakeStep::LifeDomains,
        IntakeStep::Check,
        IntakeStep::Agreement,
    ];

    /// The step's path segment under a case.
    pub fn slug(self) -> &'static str {
        match self {
            IntakeStep::Will => "wille",
            IntakeStep::Goals => "ziele",
            IntakeStep::Steps => "schritte",
            IntakeStep::Resources => "ressourcen",
            IntakeStep::Network => "netzwerk",
            IntakeStep::LifeDomains => "lebensbereiche",
            IntakeStep::Check => "ueberpruefen",
            IntakeStep::Agreement => "vereinbarung",
        }
    }

    /// The step's name in the step navigation.
    pub fn label(self) -> Key {
        match self {
            IntakeStep::Will => Key::StepWill,
            IntakeStep::Goals => Key::StepGoals,
            IntakeStep::Steps => Key::StepSteps,
            IntakeStep::Resources => Key::StepResources,
            IntakeStep::Network => Key::StepNetwork,
            IntakeStep::LifeDomains => Key::StepLifeDomains,
            IntakeStep::Check => Key::StepCheck,
            IntakeStep::Agreement => Key::StepAgreement,
        }
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<IntakeStep> {
        let index = Self::ALL.iter().position(|s| *s == self)?;
        Self::ALL.get(index + 1).copied()
    }
}

/// A page of the review under way (one at a time per case, so its address needs no id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewPart {
    /// Per goal: "Wo stehen Sie heute?" and what has changed.
    Ratings,
    /// Per step: done, partly, not done, no longer needed.
    Steps,
    /// What helped: resources and contacts found since.
    Helped,
    /// "Was wollen Sie jetzt?": the will again, each goal's decision, new goals.
    Now,
    /// The renewed agreement: the next review and the signatures.
    Agreement,
}

impl ReviewPart {
    /// Every part, in the order they are asked.
    pub const ALL: &'static [ReviewPart] = &[
        ReviewPart::Ratings,
        ReviewPart::Steps,
        ReviewPart::Helped,
        ReviewPart::Now,
        ReviewPart::Agreement,
    ];

    /// The part's path segment.
    pub fn slug(self) -> &'static str {
        match self {
            ReviewPart::Ratings => "stand",
            ReviewPart::Steps => "schritte",
            ReviewPart::Helped => "geholfen",
            ReviewPart::Now => "jetzt",
            ReviewPart::Agreement => "vereinbarung",
        }
    }

    /// The part after this one, if any.
    pub fn next(self) -> Option<ReviewPart> {
        let index = Self::ALL.iter().position(|p| *p == self)?;
        Self::ALL.get(index + 1).copied()
    }
}

/// A screen of a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CasePage {
    /// A step of the intake.
    Step(IntakeStep),
    /// The rename form.
    Rename,
    /// The delete confirmation.
    Delete,
    /// Export of this case as a file.
    Export,
    /// The case's reviews: the one under way or a new one, and the earlier ones.
    Reviews,
    /// A page of the review under way.
    Review(ReviewPart),
    /// Each goal's ratings over time, and the network then and now.
    Journey,
    /// An agreement version, as signed (from 1, the intake's).
    AgreementVersion(u32),
    /// The protocol of a completed review (from 1, in the order they were held).
    ReviewProtocol(u32),
}

/// A screen about the data on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataPage {
    /// Storage, persistence, export, encryption: the overview.
    Overview,
    /// Reading cases from a file.
    Import,
    /// Switching encryption on.
    Encrypt,
    /// Changing the passphrase.
    Passphrase,
    /// Deleting everything Lotse keeps on this device.
    DeleteAll,
    /// Syncing with a team's server.
    Team,
}

impl DataPage {
    /// Every data screen.
    pub const ALL: &'static [DataPage] = &[
        DataPage::Overview,
        DataPage::Import,
        DataPage::Encrypt,
        DataPage::Passphrase,
        DataPage::DeleteAll,
        DataPage::Team,
    ];

    /// The screen's path.
    pub fn path(self) -> &'static str {
        match self {
            DataPage::Overview => "/daten",
            DataPage::Import => "/daten/import",
            DataPage::Encrypt => "/daten/verschluesseln",
            DataPage::Passphrase => "/daten/passwort",
            DataPage::DeleteAll => "/daten/alles-loeschen",
            DataPage::Team => "/daten/team",
        }
    }
}

/// A screen of the Sozialraum level, across cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SozialraumPage {
    /// The neighbourhood catalogue, with the way to the report and the lists.
    Catalogue,
    /// The form for a new catalogue entry.
    NewEntry,
    /// One catalogue entry, to read, change, merge or remove.
    Entry(CatalogueId),
    /// The device's lists of districts and categories.
    Places,
    /// The anonymous Sozialraum report.
    Report,
}

/// Every screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start page: the cases changed last on this device
    /// ([`RECENT_CASES`](crate::domain::case::RECENT_CASES)).
    CaseElement,
    /// Every case on this device.
    AllCases,
    /// The form for a new case.
    NewCase,
    /// A screen of one case.
    Case(CaseId, CasePage),
    /// A screen about the data on this device.
    Data(DataPage),
    /// The accessibility statement.
    Accessibility,
    /// A screen of the Sozialraum level.
    Sozialraum(SozialraumPage),
    /// An address Lotse does not know.
    NotFound,
}

impl Route {
    /// The route of a path (`/fall/<id>` alone means the case's first step).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['#', '?']).next().unwrap_or(path);
        let trimmed = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        let mut segments = trimmed.split('/').skip(1);
        match (
            segments.next(),
            segments.next(),
            segments.next(),
            segments.next(),
        ) {
            (Some("fall"), Some(id), Some(kind), Some(part)) if segments.next().is_none() => {
                let id = CaseId(id.to_string());
                let number = || part.parse::<u32>().ok().filter(|n| *n > 0);
                let page = match kind {
                    "ueberpruefung" => ReviewPart::ALL
                        .iter()
                        .find(|p| p.slug() == part)
                        .map(|&p| CasePage::Review(p)),
                    "fassung" => number().map(CasePage::AgreementVersion),
                    "protokoll" => number().map(CasePage::ReviewProtocol),
                    _ => None,
                };
                match page {
                    Some(page) if id.is_well_formed() => Route::Case(id, page),
                    _ => Route::NotFound,
                }
            }
            (Some(""), None, None, None) => Route::CaseElement,
            (Some("neu"), None, None, None) => Route::NewCase,
            (Some("faelle"), None, None, None) => Route::AllCases,
            (Some("barrierefreiheit"), None, None, None) => Route::Accessibility,
            (Some("stadtteil"), page, entry, None) => match (page, entry) {
                (None, None) => Route::Sozialraum(SozialraumPage::Catalogue),
                (Some("neu"), None) => Route::Sozialraum(SozialraumPage::NewEntry),
                (Some("listen"), None) => Route::Sozialraum(SozialraumPage::Places),
                (Some("bericht"), None) => Route::Sozialraum(SozialraumPage::Report),
                (Some("eintrag"), Some(id)) if CaseId(id.to_string()).is_well_formed() => {
                    Route::Sozialraum(SozialraumPage::Entry(CatalogueId(id.to_string())))
                }
                _ => Route::NotFound,
            },
            (Some("daten"), _, _, None) => DataPage::ALL
                .iter()
                .find(|p| p.path() == trimmed)
                .map_or(Route::NotFound, |&p| Route::Data(p)),
            (Some("fall"), Some(id), page, None) => {
                let id = CaseId(id.to_string());
                let page = match page {
                    None => Some(CasePage::Step(IntakeStep::ALL[0])),
                    Some("umbenennen") => Some(CasePage::Rename),
                    Some("loeschen") => Some(CasePage::Delete),
                    Some("export") => Some(CasePage::Export),
                    Some("ueberpruefungen") => Some(CasePage::Reviews),
                    Some("verlauf") => Some(CasePage::Journey),
                    Some(slug) => IntakeStep::ALL
                        .iter()
                        .find(|s| s.slug() == slug)
                        .map(|&s| CasePage::Step(s)),
                };
                match page {
                    Some(page) if id.is_well_formed() => Route::Case(id, page),
                    _ => Route::NotFound,
                }
            }
            _ => Route::NotFound,
        }
    }

    /// The canonical path of the route; `None` for an unknown address.
    pub fn path(&self) -> Option<String> {
        Some(match self {
            Route::CaseElement => HOME.to_string(),
            Route::AllCases => ALL_CASES.to_string(),
            Route::NewCase => NEW_CASE.to_string(),
            Route::Case(id, CasePage::Step(step)) => step_path(id, *step),
            Route::Case(id, CasePage::Rename) => rename_path(id),
            Route::Case(id, CasePage::Delete) => delete_path(id),
            Route::Case(id, CasePage::Export) => export_path(id),
            Route::Case(id, CasePage::Reviews) => reviews_path(id),
            Route::Case(id, CasePage::Review(part)) => review_part_path(id, *part),
            Route::Case(id, CasePage::Journey) => journey_path(id),
            Route::Case(id, CasePage::AgreementVersion(n)) => agreement_version_path(id, *n),
            Route::Case(id, CasePage::ReviewProtocol(n)) => protocol_path(id, *n),
            Route::Data(page) => page.path().to_string(),
            Route::Accessibility => ACCESSIBILITY.to_string(),
            Route::Sozialraum(page) => sozialraum_path(page),
            Route::NotFound => return None,
        })
    }
}

/// The case list.
pub const HOME: &str = "/";
/// Every case.
pub const ALL_CASES: &str = "/faelle";
/// The form for a new case.
pub const NEW_CASE: &str = "/neu";
/// The accessibility statement.
pub const ACCESSIBILITY: &str = "/barrierefreiheit";

/// The neighbourhood catalogue.
pub const CATALOGUE: &str = "/stadtteil";

/// A screen of the Sozialraum level.
pub fn sozialraum_path(page: &SozialraumPage) -> String {
    match page {
        SozialraumPage::Catalogue => CATALOGUE.to_string(),
        SozialraumPage::NewEntry => format!("{CATALOGUE}/neu"),
        SozialraumPage::Entry(id) => format!("{CATALOGUE}/eintrag/{}", id.0),
        SozialraumPage::Places => format!("{CATALOGUE}/listen"),
        SozialraumPage::Report => format!("{CATALOGUE}/bericht"),
    }
}

/// A step of a case.
pub fn step_path(id: &CaseId, step: IntakeStep) -> String {
    format!("/fall/{}/{}", id.0, step.slug())
}

/// A field on a step of a case: the "Ändern" links of the check page land on it.
pub fn field_path(id: &CaseId, step: IntakeStep, field_id: &str) -> String {
    format!("{}#{field_id}", step_path(id, step))
}

/// The rename form of a case.
pub fn rename_path(id: &CaseId) -> String {
    format!("/fall/{}/umbenennen", id.0)
}

/// The delete confirmation of a case.
pub fn delete_path(id: &CaseId) -> String {
    format!("/fall/{}/loeschen", id.0)
}

/// The export form of a case.
pub fn export_path(id: &CaseId) -> String {
    format!("/fall/{}/export", id.0)
}

/// The reviews of a case.
pub fn reviews_path(id: &CaseId) -> String {
    format!("/fall/{}/ueberpruefungen", id.0)
}

/// A page of the review under way.
pub fn review_part_path(id: &CaseId, part: ReviewPart) -> String {
    format!("/fall/{}/ueberpruefung/{}", id.0, part.slug())
}

/// Each goal's ratings over time, and the network then and now.
pub fn journey_path(id: &CaseId) -> String {
    format!("/fall/{}/verlauf", id.0)
}

/// An agreement version, as signed.
pub fn agreement_version_path(id: &CaseId, version: u32) -> String {
    format!("/fall/{}/fassung/{version}", id.0)
}

/// The protocol of the completed review numbered `number`.
pub fn protocol_path(id: &CaseId, number: u32) -> String {
    format!("/fall/{}/protokoll/{number}", id.0)
}
