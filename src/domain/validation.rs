//! Validation of what the caseworker types into forms. Only what truly must exist is required.

use super::date::DateError;
use super::IsoDate;

/// A field of the case details form (new case, rename).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseField {
    /// The client's alias.
    Alias,
    /// The date of first contact.
    FirstContact,
}

/// What is wrong with one field of the case details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseDetailsError {
    /// No alias (or only white space).
    AliasMissing,
    /// No date entered.
    DateMissing,
    /// Not a real calendar date.
    DateInvalid,
    /// A first contact cannot lie in the future.
    DateInFuture,
}

impl CaseDetailsError {
    /// The field the error belongs to.
    pub fn field(self) -> CaseField {
        match self {
            Self::AliasMissing => CaseField::Alias,
            Self::DateMissing | Self::DateInvalid | Self::DateInFuture => CaseField::FirstContact,
        }
    }
}

/// Case details that passed validation. The alias is kept exactly as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseDetails {
    /// The alias, verbatim.
    pub alias: String,
    /// The date of first contact.
    pub first_contact: IsoDate,
}

impl CaseDetails {
    /// Checks the form's raw values against `today`; returns every error, in form order.
    pub fn validate(
        alias: &str,
        first_contact: &str,
        today: IsoDate,
    ) -> Result<Self, Vec<CaseDetailsError>> {
        let mut errors = Vec::new();
        if alias.trim().is_empty() {
            errors.push(CaseDetailsError::AliasMissing);
        }
        let date = match IsoDate::parse(first_contact) {
            Ok(date) if date > today => {
                errors.push(CaseDetailsError::DateInFuture);
                None
            }
            Ok(date) => Some(date),
            Err(DateError::Empty) => {
                errors.push(CaseDetailsError::DateMissing);
                None
            }
            Err(DateError::Invalid) => {
                errors.push(CaseDetailsError::DateInvalid);
                None
            }
        };
        match date {
            Some(first_contact) if errors.is_empty() => Ok(Self {
                alias: alias.to_string(),
                first_contact,
            }),
            _ => Err(errors),
        }
    }
}
