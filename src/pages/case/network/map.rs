use crate::components::ReadAloud;
use crate::domain::{Distance, NetworkContact, Sector};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::labels::{distance_label, sector_label};
use leptos::prelude::*;

/// The caption of the map the client fills in, which its "Vorlesen" reads.
const CAPTION_ID: &str = "network-map-caption";
const CENTRE: f64 = 200.0;
/// Ring boundaries from the centre: client, close, middle, loose.
const RADII: [f64; 4] = [30.0, 90.0, 145.0, 196.0];

/// The quadrant's start angle (degrees, clockwise from the positive x axis, y down).
fn start_angle(sector: Sector) -> f64 {
    match sector {
        Sector::Family => 180.0,
        Sector::FriendsNeighbours => 270.0,
        Sector::Colleagues => 0.0,
        Sector::Professional => 90.0,
    }
}

fn ring(distance: Distance) -> usize {
    match distance {
        Distance::Close => 1,
        Distance::Middle => 2,
        Distance::Loose => 3,
    }
}

fn point(radius: f64, degrees: f64) -> (f64, f64) {
    let radians = degrees.to_radians();
    (
        CENTRE + radius * radians.cos(),
        CENTRE + radius * radians.sin(),
    )
}

/// The SVG path of one zone: a quarter ring between two radii.
fn zone_path(sector: Sector, distance: Distance) -> String {
    let (inner, outer) = (RADII[ring(distance) - 1], RADII[ring(distance)]);
    let (a0, a1) = (start_angle(sector), start_angle(sector) + 90.0);
    let (x0, y0) = point(outer, a0);
    let (x1, y1) = point(outer, a1);
    let (x2, y2) = point(inner, a1);
    let (x3, y3) = point(inner, a0);
    format!(
        "M{x0:.1} {y0:.1} A{outer} {outer} 0 0 1 {x1:.1} {y1:.1} L{x2:.1} {y2:.1} A{inner} {inner} 0 0 0 {x3:.1} {y3:.1} Z"
    )
}

/// The network map (after Pantuček): the client in the centre, four fixed sectors, three
/// distances. Tapping (or pressing Enter on) a zone chooses where the next person goes, so
/// nothing needs dragging (WCAG 2.5.7). The same data is in the table beside it.
///
/// Without `chosen`, the map only shows (the network as it stood at an agreement): its
/// zones are no buttons, and `title` names it.
#[component]
pub fn NetworkMap(
    /// The contacts to draw.
    contacts: Signal<Vec<NetworkContact>>,
    /// The zone chosen for the next contact; without it the map cannot be changed.
    #[prop(optional)]
    chosen: Option<RwSignal<Option<(Sector, Distance)>>>,
    /// The caption of a map that only shows.
    #[prop(optional, into)]
    title: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let editable = chosen.is_some();
    let zones = Sector::ALL
        .into_iter()
        .flat_map(|sector| {
            Distance::ALL
                .into_iter()
                .map(move |distance| (sector, distance))
        })
        .map(|(sector, distance)| {
            let label = move || {
                i18n.tf(
                    Key::NetworkZoneLabel,
                    &[
                        ("sector", i18n.t(sector_label(sector))),
                        ("distance", i18n.t(distance_label(distance))),
                    ],
                )
            };
            let Some(chosen) = chosen else {
                return view! { <path d=zone_path(sector, distance) class="lotse-network-map__zone" aria-hidden="true"/> }
                    .into_any();
            };
            let is_chosen = move || chosen.get() == Some((sector, distance));
            view! {
                <path d=zone_path(sector, distance) role="button" tabindex="0"
                    class="lotse-network-map__zone" class:lotse-network-map__zone--chosen=is_chosen
                    aria-label=label aria-pressed=move || is_chosen().to_string()
                    on:click=move |_| chosen.set(Some((sector, distance)))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            chosen.set(Some((sector, distance)));
                        }
                    }/>
            }
            .into_any()
        })
        .collect_view();
    // Sector names sit in the corners, outside the circle, so they never cover a person.
    let sector_titles = Sector::ALL
        .into_iter()
        .map(|sector| {
            let (x, y) = point(RADII[3], start_angle(sector) + 45.0);
            let (x, anchor) = if x < CENTRE { (-60.0, "start") } else { (460.0, "end") };
            let y = if y < CENTRE { -8.0 } else { 422.0 };
            view! { <text x=x y=y text-anchor=anchor class="lotse-network-map__sector">{tr(sector_label(sector))}</text> }
        })
        .collect_view();
    // People are spread evenly over their zone's arc, in the middle of the ring, and shown by
    // their number in the table (names would overlap on a small screen).
    let people = move || {
        let all = contacts.get();
        all.iter()
            .enumerate()
            .map(|(number, contact)| {
                let same: Vec<_> = all
                    .iter()
                    .filter(|c| c.sector == contact.sector && c.distance == contact.distance)
                    .collect();
                let index = same.iter().position(|c| c.id == contact.id).unwrap_or(0);
                let step = 90.0 / (same.len() as f64 + 1.0);
                let angle = start_angle(contact.sector) + step * (index as f64 + 1.0);
                let r = ring(contact.distance);
                let (x, y) = point((RADII[r - 1] + RADII[r]) / 2.0, angle);
                view! {
                    <g class="lotse-network-map__person">
                        <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="11"/>
                        <text x=format!("{x:.1}") y=format!("{:.1}", y + 4.5) text-anchor="middle">{number + 1}</text>
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="lotse-network-map">
            <svg viewBox="-64 -26 528 456" class="lotse-network-map__svg" role="group"
                aria-label={let title = title.clone(); move || title.clone().unwrap_or_else(|| i18n.t(Key::NetworkMapLabel).to_string())}>
                <circle cx="200" cy="200" r=RADII[3] class="lotse-network-map__ground" aria-hidden="true"/>
                {zones}
                <line x1="8" y1="200" x2="392" y2="200" class="lotse-network-map__axis" aria-hidden="true"/>
                <line x1="200" y1="8" x2="200" y2="392" class="lotse-network-map__axis" aria-hidden="true"/>
                <g aria-hidden="true">
                    {sector_titles}
                    <circle cx="200" cy="200" r=RADII[0] class="lotse-network-map__client"/>
                    <text x="200" y="205" text-anchor="middle" class="lotse-network-map__client-label">{tr(Key::NetworkClient)}</text>
                    {people}
                </g>
            </svg>
            <figcaption class="lotse-hint" id=editable.then_some(CAPTION_ID)>{move || title.clone().unwrap_or_else(|| i18n.t(Key::NetworkMapCaption).to_string())}</figcaption>
            // The map the client fills in explains itself aloud; a map that only shows does not.
            {editable.then(|| view! { <ReadAloud ids=vec![CAPTION_ID.to_string()]/> })}
        </figure>
    }
}
