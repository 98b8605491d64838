use crate::domain::export_file::{CaseProblem, ImportError};
use crate::domain::{DataProblem, TextPosition};
use crate::i18n::{I18n, Key};

/// The problem in words.
fn problem_text(i18n: I18n, problem: &DataProblem) -> String {
    match problem {
        DataProblem::MissingField(name) => i18n.tf(Key::ProblemMissingField, &[("field", name)]),
        DataProblem::DuplicateField(name) => {
            i18n.tf(Key::ProblemDuplicateField, &[("field", name)])
        }
        DataProblem::UnknownValue(value) => i18n.tf(Key::ProblemUnknownValue, &[("value", value)]),
        DataProblem::WrongType => i18n.t(Key::ProblemWrongType).to_string(),
        DataProblem::InvalidValue => i18n.t(Key::ProblemInvalidValue).to_string(),
        DataProblem::Other => i18n.t(Key::ProblemOther).to_string(),
    }
}

fn at(i18n: I18n, key: Key, position: TextPosition, extra: &[(&str, &str)]) -> String {
    let line = position.line.to_string();
    let column = position.column.to_string();
    let mut args = vec![("line", line.as_str()), ("column", column.as_str())];
    args.extend_from_slice(extra);
    i18n.tf(key, &args)
}

/// Says exactly what is wrong with an import file, and where.
pub fn import_error_message(i18n: I18n, error: &ImportError) -> String {
    match error {
        ImportError::Empty => i18n.t(Key::ImportErrorEmpty).to_string(),
        ImportError::NotJson(position) => at(i18n, Key::ImportErrorNotJson, *position, &[]),
        ImportError::NotAnExport => i18n.t(Key::ImportErrorNotExport).to_string(),
        ImportError::NewerVersion(v) => {
            i18n.tf(Key::ImportErrorNewer, &[("version", &v.to_string())])
        }
        ImportError::Frame(position, problem) => {
            let problem = problem_text(i18n, problem);
            at(
                i18n,
                Key::ImportErrorFrame,
                *position,
                &[("problem", &problem)],
            )
        }
        ImportError::NoCases => i18n.t(Key::ImportErrorNoCases).to_string(),
        ImportError::UnsupportedEncryption => i18n.t(Key::ImportErrorEncryption).to_string(),
        ImportError::Case {
            number,
            alias,
            problem,
        } => {
            let detail = match problem {
                CaseProblem::Shape(position, problem) => {
                    let problem = problem_text(i18n, problem);
                    at(
                        i18n,
                        Key::ImportProblemShape,
                        *position,
                        &[("problem", &problem)],
                    )
                }
                CaseProblem::NewerSchema(v) => {
                    i18n.tf(Key::ImportProblemNewer, &[("version", &v.to_string())])
                }
                CaseProblem::BadId => i18n.t(Key::ImportProblemBadId).to_string(),
                CaseProblem::Duplicate(first) => i18n.tf(
                    Key::ImportProblemDuplicate,
                    &[("first", &first.to_string())],
                ),
            };
            let number = number.to_string();
            match alias {
                Some(alias) => i18n.tf(
                    Key::ImportErrorCaseNamed,
                    &[("number", &number), ("alias", alias), ("problem", &detail)],
                ),
                None => i18n.tf(
                    Key::ImportErrorCase,
                    &[("number", &number), ("problem", &detail)],
                ),
            }
        }
    }
}
