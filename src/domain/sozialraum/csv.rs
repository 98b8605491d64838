//! The report as CSV, for a spreadsheet: one line per row of each figure, with the hidden
//! counts written as the interface writes them ("weniger als 3"), never as a number.

use super::{Cell, Report, RowLabel, Table};

/// The figures of a report, in the order the report shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// How many cases the report covers.
    Cases,
    /// Goals by life domain.
    GoalsByDomain,
    /// Circumstances by category.
    Circumstances,
    /// Steps by who takes them.
    StepsByOwner,
    /// Catalogue entries by the cases that used them.
    CatalogueUsed,
    /// Life domains with goals but no entry of the district.
    Gaps,
    /// Cases by the size of their network.
    NetworkSizes,
    /// Cases by the sectors of their network map.
    SectorsUsed,
}

/// What the CSV needs said in the user's language.
pub trait CsvWords {
    /// The header line's three column names.
    fn columns(&self) -> [String; 3];
    /// A figure's name.
    fn figure(&self, figure: Figure) -> String;
    /// A row's name.
    fn row(&self, label: &RowLabel) -> String;
    /// The name of a table's total row.
    fn total(&self) -> String;
    /// What stands for a hidden count.
    fn hidden(&self) -> String;
    /// What stands for a count withheld beside a hidden one.
    fn withheld(&self) -> String;
}

/// The report as CSV: `;`-separated (as spreadsheets set to German expect), a header line,
/// then figure, row and count per line; fields with `;`, `"` or a line break are quoted.
pub fn report_csv(report: &Report, words: &impl CsvWords) -> String {
    let count = |cell: Cell| match cell {
        Cell::Count(n) => n.to_string(),
        Cell::Hidden => words.hidden(),
        Cell::Withheld => words.withheld(),
    };
    let mut lines = vec![line(&words.columns())];
    lines.push(line(&[
        words.figure(Figure::Cases),
        String::new(),
        count(report.cases),
    ]));
    let tables: [(Figure, &Table); 7] = [
        (Figure::GoalsByDomain, &report.goals_by_domain),
        (Figure::Circumstances, &report.circumstances),
        (Figure::StepsByOwner, &report.steps_by_owner),
        (Figure::CatalogueUsed, &report.catalogue_used),
        (Figure::Gaps, &report.gaps),
        (Figure::NetworkSizes, &report.network_sizes),
        (Figure::SectorsUsed, &report.sectors_used),
    ];
    for (figure, table) in tables {
        let name = words.figure(figure);
        for (label, cell) in &table.rows {
            lines.push(line(&[name.clone(), words.row(label), count(*cell)]));
        }
        if let Some(total) = table.total {
            lines.push(line(&[name.clone(), words.total(), count(total)]));
        }
    }
    let mut text = lines.join("\r\n");
    text.push_str("\r\n");
    text
}

/// One CSV line of `fields`. A field that a spreadsheet would take for a formula (a name
/// typed as "=…", "+…", "-…" or "@…") gets an apostrophe in front, so it stays text.
fn line(fields: &[String]) -> String {
    fields
        .iter()
        .map(|field| {
            let field = if field.starts_with(['=', '+', '-', '@']) {
                format!("'{field}")
            } else {
                field.clone()
            };
            if field.contains([';', '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}
