//! One figure of the report: a bar chart and a table of the same numbers. The table is what
//! assistive technology reads; the chart repeats it for the eye, so it is hidden from them.

use crate::domain::sozialraum::Cell;
use crate::i18n::{tr, use_i18n, Key};
use leptos::prelude::*;

/// Height of one row in the chart, in its own units: the row's name, and its bar below it
/// (so a long name never runs into the bars).
const ROW: f64 = 52.0;
/// How long the longest bar is; its count stands after it.
const BAR_LENGTH: f64 = 480.0;
/// The chart's width.
const WIDTH: f64 = 600.0;
/// How long the outline standing for a hidden count is.
const HIDDEN_STUB: f64 = 20.0;

/// A figure: its title, the chart and the table; `rows` are the table's rows named.
#[component]
pub fn Figure(
    /// The id of the figure's title.
    id: &'static str,
    /// The title.
    title: Key,
    /// What the figure counts, said under the title.
    note: Option<Key>,
    /// The rows, named, and the total.
    rows: Vec<(String, Cell)>,
    total: Option<Cell>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (hidden, withheld) = (
        i18n.t(Key::ReportHidden).to_string(),
        i18n.t(Key::ReportWithheld).to_string(),
    );
    let text = move |cell: Cell| match cell {
        Cell::Count(n) => n.to_string(),
        Cell::Hidden => hidden.clone(),
        Cell::Withheld => withheld.clone(),
    };
    let largest = rows
        .iter()
        .filter_map(|(_, c)| c.shown())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * rows.len().max(1) as f64;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (name, cell))| {
            let y = ROW * i as f64;
            let length = cell.shown().map_or(0.0, |n| BAR_LENGTH * n as f64 / largest as f64);
            let label = text.clone()(*cell);
            view! {
                <g>
                    <text x="0" y=y + 18.0 font-size="15" fill="currentColor">{name.clone()}</text>
                    // A hidden count is an outlined stub, never a bar of any length.
                    {match cell {
                        Cell::Count(_) => view! {
                            <rect x="0" y=y + 25.0 width=length height="18" fill="currentColor"/>
                        }.into_any(),
                        Cell::Hidden | Cell::Withheld => view! {
                            <rect x="0.5" y=y + 25.5 width=HIDDEN_STUB height="17" fill="none"
                                stroke="currentColor" stroke-dasharray="3 3"/>
                        }.into_any(),
                    }}
                    <text x=length.max(HIDDEN_STUB) + 8.0 y=y + 39.0 font-size="15" fill="currentColor">{label}</text>
                </g>
            }
        })
        .collect_view();
    let table_rows = rows
        .into_iter()
        .map(|(name, cell)| {
            let value = text.clone()(cell);
            view! { <tr><th scope="row">{name}</th><td class="lotse-table__number">{value}</td></tr> }
        })
        .collect_view();
    let total_row = total.map(|cell| {
        let value = text.clone()(cell);
        view! {
            <tr class="lotse-table__total"><th scope="row">{tr(Key::ReportTotal)}</th><td class="lotse-table__number">{value}</td></tr>
        }
    });
    view! {
        <section class="lotse-figure" aria-labelledby=id>
            <h2 id=id class="lotse-heading-m">{tr(title)}</h2>
            {note.map(|note| view! { <p class="lotse-hint">{tr(note)}</p> })}
            <svg class="lotse-chart" width=WIDTH height=height viewBox=format!("0 0 {WIDTH} {height}")
                aria-hidden="true" focusable="false">
                {bars}
            </svg>
            <div class="lotse-table-wrap">
            <table class="lotse-table" aria-labelledby=id>
                <thead><tr>
                    <th scope="col">{tr(Key::ReportColumnRow)}</th>
                    <th scope="col" class="lotse-table__number">{tr(Key::ReportColumnCount)}</th>
                </tr></thead>
                <tbody>{table_rows}{total_row}</tbody>
            </table>
            </div>
        </section>
    }
}
