//! What the report's rows and figures are called in the user's language, on screen and in
//! the CSV alike.

use crate::components::category_name;
use crate::domain::sozialraum::{CatalogueId, CsvWords, Figure, Places, RowLabel};
use crate::domain::OwnerKind;
use crate::i18n::{I18n, Key};
use crate::pages::case::labels::life_domain_label;
use crate::storage::sozialraum::Catalogue;
use std::collections::HashMap;

/// The names the report needs: the texts, the device's categories and the catalogue's entries.
pub struct Words<'a> {
    i18n: I18n,
    places: &'a Places,
    catalogue: &'a Catalogue,
    /// The entries' names by id, so a figure of thousands of entries is named quickly.
    names: HashMap<&'a CatalogueId, &'a str>,
}

impl<'a> Words<'a> {
    /// The names of `places` and `catalogue`, in the language of `i18n`.
    pub fn new(i18n: I18n, places: &'a Places, catalogue: &'a Catalogue) -> Self {
        let names = catalogue
            .entries
            .iter()
            .map(|e| (&e.id, e.name.as_str()))
            .collect();
        Self {
            i18n,
            places,
            catalogue,
            names,
        }
    }
}

/// The title of a figure.
pub fn figure_title(figure: Figure) -> Key {
    match figure {
        Figure::Cases => Key::ReportCases,
        Figure::GoalsByDomain => Key::ReportGoalsByDomain,
        Figure::Circumstances => Key::ReportCircumstances,
        Figure::StepsByOwner => Key::ReportStepsByOwner,
        Figure::CatalogueUsed => Key::ReportCatalogueUsed,
        Figure::Gaps => Key::ReportGaps,
        Figure::NetworkSizes => Key::ReportNetworkSizes,
        Figure::SectorsUsed => Key::ReportSectorsUsed,
    }
}

impl CsvWords for Words<'_> {
    fn columns(&self) -> [String; 3] {
        [
            Key::ReportColumnFigure,
            Key::ReportColumnRow,
            Key::ReportColumnCount,
        ]
        .map(|key| self.i18n.t(key).to_string())
    }

    fn figure(&self, figure: Figure) -> String {
        self.i18n.t(figure_title(figure)).to_string()
    }

    fn row(&self, label: &RowLabel) -> String {
        let i18n = self.i18n;
        match label {
            RowLabel::Domain(domain) => i18n.t(life_domain_label(*domain)).to_string(),
            RowLabel::Category(id) => category_name(self.places, id, i18n),
            RowLabel::NoCategory => i18n.t(Key::CategoryNone).to_string(),
            RowLabel::Owner(kind) => i18n
                .t(match kind {
                    OwnerKind::Client => Key::OwnerClient,
                    OwnerKind::Network => Key::OwnerGroupNetwork,
                    OwnerKind::Neighbourhood => Key::OwnerGroupNeighbourhood,
                    OwnerKind::Professional => Key::OwnerGroupServices,
                })
                .to_string(),
            RowLabel::Entry(id) => match self.names.get(id) {
                Some(name) => (*name).to_string(),
                None => match self.catalogue.entry(id) {
                    Some(entry) => entry.name.clone(),
                    None => i18n.t(Key::ReportEntryRemoved).to_string(),
                },
            },
            RowLabel::NetworkSize(from, Some(to)) if from == to => from.to_string(),
            RowLabel::NetworkSize(from, Some(to)) => format!("{from}–{to}"),
            RowLabel::NetworkSize(from, None) => {
                i18n.tf(Key::ReportOrMore, &[("count", &from.to_string())])
            }
            RowLabel::SectorsUsed(n) => i18n.tf(
                if *n == 1 {
                    Key::ReportSectorsOne
                } else {
                    Key::ReportSectorsOther
                },
                &[("count", &n.to_string())],
            ),
        }
    }

    fn total(&self) -> String {
        self.i18n.t(Key::ReportTotal).to_string()
    }

    fn hidden(&self) -> String {
        self.i18n.t(Key::ReportHidden).to_string()
    }

    fn withheld(&self) -> String {
        self.i18n.t(Key::ReportWithheld).to_string()
    }
}
