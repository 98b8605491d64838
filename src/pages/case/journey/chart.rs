use crate::domain::{JourneyPoint, Rating};
use crate::i18n::{use_i18n, Key};
use leptos::prelude::*;

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 240.0;
/// Room for the scale on the left, the dates below and the value labels above.
const LEFT: f64 = 44.0;
const RIGHT: f64 = 48.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 44.0;

fn x(index: usize, count: usize) -> f64 {
    let inner = WIDTH - LEFT - RIGHT;
    if count < 2 {
        LEFT + inner / 2.0
    } else {
        LEFT + inner * index as f64 / (count - 1) as f64
    }
}

fn y(value: u8) -> f64 {
    TOP + (HEIGHT - TOP - BOTTOM) * f64::from(Rating::MAX - value) / f64::from(Rating::MAX)
}

/// One series: its line through the points that have a rating, and a marker with the value
/// written beside it at each. The client's has round markers and a solid line, the
/// caseworker's square markers and a dashed line, so they differ in more than colour.
fn series(
    points: &[JourneyPoint],
    of: fn(&JourneyPoint) -> Option<Rating>,
    client: bool,
) -> impl IntoView {
    let placed: Vec<(f64, f64, u8)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| of(p).map(|r| (x(i, points.len()), y(r.value()), r.value())))
        .collect();
    let line = placed
        .iter()
        .map(|(x, y, _)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let class = if client {
        "lotse-journey__client"
    } else {
        "lotse-journey__caseworker"
    };
    // The labels sit above the client's markers and below the caseworker's, so equal
    // ratings do not cover each other.
    let label_dy = if client { -10.0 } else { 20.0 };
    view! {
        <g class=class>
            <polyline points=line class="lotse-journey__line"/>
            {placed.into_iter().map(|(x, y, value)| view! {
                {if client {
                    view! { <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="6"/> }.into_any()
                } else {
                    view! { <rect x=format!("{:.1}", x - 5.5) y=format!("{:.1}", y - 5.5) width="11" height="11"/> }.into_any()
                }}
                <text x=format!("{x:.1}") y=format!("{:.1}", y + label_dy) text-anchor="middle" class="lotse-journey__value">{value}</text>
            }).collect_view()}
        </g>
    }
}

/// A goal's journey as a picture: the ratings at the intake and each review on the scale from
/// 0 to 10, the client's and the caseworker's as two series. Hidden from screen readers: the
/// table beside it holds the same numbers.
#[component]
pub fn JourneyChart(points: Vec<JourneyPoint>) -> impl IntoView {
    let i18n = use_i18n();
    let count = points.len();
    let grid = [0u8, 5, 10]
        .into_iter()
        .map(|value| {
            view! {
                <line x1=LEFT x2=WIDTH - RIGHT y1=y(value) y2=y(value) class="lotse-journey__grid"/>
                <text x=LEFT - 10.0 y=y(value) + 5.0 text-anchor="end" class="lotse-journey__axis">{value}</text>
            }
        })
        .collect_view();
    let dates = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <text x=format!("{:.1}", x(i, count)) y=HEIGHT - 14.0 text-anchor="middle" class="lotse-journey__axis">
                    {p.on.german()}
                </text>
            }
        })
        .collect_view();
    view! {
        <div class="lotse-journey__chart" aria-hidden="true">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") class="lotse-journey__svg" focusable="false">
                {grid}
                {dates}
                {series(&points, |p| p.ratings.caseworker, false)}
                {series(&points, |p| p.ratings.client, true)}
            </svg>
            <p class="lotse-journey__legend">
                <span class="lotse-journey__key lotse-journey__key--client">{i18n.t(Key::JourneyClient)}</span>
                <span class="lotse-journey__key lotse-journey__key--caseworker">{i18n.t(Key::JourneyCaseworker)}</span>
            </p>
        </div>
    }
}
