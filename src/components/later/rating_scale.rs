use crate::components::ReadAloud;
use crate::domain::Rating;
use crate::focus::focus_after_render;
use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// The scaling question: a rating from 0 to 10 as eleven native radios in a row, each a
/// 44 px target with its number, and a bar that grows with it (SVG attributes: the CSP allows no inline style), so the scale reads without
/// colour. The ends are named below ("0 = …", "10 = …"); a given rating can be taken back.
#[component]
pub fn RatingScale(
    /// The group's id and the radios' name; each radio is `{id}-{n}`.
    id: String,
    /// The question.
    #[prop(into)]
    legend: TextProp,
    /// The rating given, if any.
    value: Signal<Option<Rating>>,
    /// Called with the rating chosen, or `None` when it is taken back.
    #[prop(into)]
    on_change: Callback<Option<Rating>>,
    /// The id of what the question is about (a goal's heading), named before the legend
    /// where several goals ask the same question on one page.
    #[prop(optional)]
    about: Option<String>,
    /// Whether the client answers it: then "Vorlesen" reads what it is about, the question
    /// and the ends of the scale.
    #[prop(optional)]
    read_aloud: bool,
    /// The id of a note read between what it is about and the question (where the client
    /// stood last time).
    #[prop(optional)]
    also_read: Option<String>,
) -> impl IntoView {
    let legend_id = format!("{id}-legend");
    let ends_id = format!("{id}-ends");
    let read = read_aloud.then(|| {
        let ids = about
            .iter()
            .chain(&also_read)
            .chain([&legend_id, &ends_id])
            .cloned()
            .collect();
        view! { <ReadAloud ids=ids/> }
    });
    let labelled_by = about.map(|about| format!("{about} {legend_id}"));
    let first_radio = format!("{id}-0");
    let radios = (0..=Rating::MAX)
        .filter_map(Rating::new)
        .map(|rating| {
            let radio_id = format!("{id}-{}", rating.value());
            view! {
                <div class="lotse-scale__point">
                    <input type="radio" class="lotse-scale__input" id=radio_id.clone() name=id.clone()
                        value=rating.value()
                        prop:checked=move || value.get() == Some(rating)
                        on:change=move |_| on_change.run(Some(rating))/>
                    <label class="lotse-scale__label" for=radio_id>
                        <svg class="lotse-scale__bar" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                            <rect x="1" y=10 - rating.value() width="8" height=rating.value() fill="currentColor"/>
                        </svg>
                        {rating.value()}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        {read}
        <fieldset class="lotse-fieldset lotse-fieldset--plain lotse-scale" id=id.clone()
            aria-describedby=ends_id.clone() aria-labelledby=labelled_by>
            <legend class="lotse-label" id=legend_id>{move || legend.get()}</legend>
            <div class="lotse-scale__points">{radios}</div>
            <p class="lotse-hint lotse-scale__ends" id=ends_id.clone()>
                <span>{tr(Key::ScaleLowEnd)}</span>
                <span>{tr(Key::ScaleHighEnd)}</span>
            </p>
            <Show when=move || value.get().is_some()>
                <button type="button" class="lotse-button lotse-button--secondary lotse-scale__clear"
                    on:click={
                        let first_radio = first_radio.clone();
                        move |_| {
                            on_change.run(None);
                            // The button is gone: on to the scale's start.
                            focus_after_render(&first_radio);
                        }
                    }>
                    {tr(Key::ScaleClear)}
                </button>
            </Show>
        </fieldset>
    }
}
