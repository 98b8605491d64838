use crate::domain::{Case, Goal, ResourceKind, Signer};
use crate::i18n::{use_i18n, I18n, Key};
use crate::pages::case::labels::{
    consent_label, distance_label, goal_title, life_domain_label, owner_name, resource_kind_texts,
    sector_label,
};
use crate::session::use_session;
use leptos::prelude::*;

/// The text, or "nicht angegeben" where nothing was written.
fn or_not_given(i18n: I18n, text: &str) -> String {
    if text.trim().is_empty() {
        i18n.t(Key::NotGiven).to_string()
    } else {
        text.to_string()
    }
}

/// The printable agreement. Everything entered appears here; the client's words verbatim.
/// With `version`, the agreement as that version was signed.
#[component]
pub fn AgreementDocument(
    /// An agreement version (from 1); the current agreement without it.
    #[prop(optional)]
    version: Option<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    move || {
        session.with(|current| {
        // Typing does not notify; every save does, so the document follows the fields.
        session.revision();
        let earlier = version.and_then(|v| current.as_agreed(v));
        let case = earlier.as_ref().unwrap_or(current);
        let not_given = i18n.t(Key::NotGiven);
        let text_or = |t: &str| or_not_given(i18n, t);
        view! {
            <article class="lotse-agreement" aria-labelledby="agreement-document-title" data-testid="agreement">
                <h2 class="lotse-agreement__title" id="agreement-document-title">
                    {i18n.tf(Key::AgreementDocumentTitle, &[("alias", &case.alias)])}
                </h2>
                <dl class="lotse-agreement__facts">
                    <dt>{i18n.t(Key::AgreementClient)}</dt><dd>{case.alias.clone()}</dd>
                    <dt>{i18n.t(Key::FirstContactLabel)}</dt><dd>{case.first_contact.german()}</dd>
                    <dt>{i18n.t(Key::AgreementCaseworker)}</dt><dd>{text_or(&case.agreement.caseworker)}</dd>
                    <dt>{i18n.t(Key::DocParticipants)}</dt><dd>{text_or(&case.agreement.participants)}</dd>
                    <dt>{i18n.t(Key::AgreementReview)}</dt>
                    <dd>{case.agreement.review_date.map(|d| d.german()).unwrap_or_else(|| not_given.to_string())}</dd>
                </dl>

                <h3>{i18n.t(Key::AgreementSituation)}</h3>
                <div class="lotse-agreement__views">
                    <section><h4>{i18n.t(Key::AgreementClientView)}</h4><p dir="auto">{text_or(&case.agreement.client_view)}</p></section>
                    <section><h4>{i18n.t(Key::AgreementCaseworkerView)}</h4><p dir="auto">{text_or(&case.agreement.caseworker_view)}</p></section>
                </div>

                <h3>{i18n.t(Key::StepWill)}</h3>
                {case.will.iter().filter(|w| !w.wording.trim().is_empty() || !w.own_action.trim().is_empty()).map(|w| view! {
                    <blockquote class="lotse-agreement__quote" dir="auto">{w.wording.clone()}</blockquote>
                    {(!w.own_action.trim().is_empty()).then(|| view! {
                        <p class="lotse-agreement__own"><strong>{i18n.t(Key::WillOwnActionLabel)}</strong>" "<span dir="auto">{w.own_action.clone()}</span></p>
                    })}
                }).collect_view()}

                <h3>{i18n.t(Key::StepGoals)}</h3>
                {case.goals.iter().map(|goal| goal_section(i18n, case, goal)).collect_view()}

                <h3>{i18n.t(Key::StepResources)}</h3>
                <dl class="lotse-agreement__facts">
                    {ResourceKind::ALL.into_iter().map(|kind| {
                        let items = case.resources.iter().filter(|r| r.kind == kind).map(|r| r.description.clone()).collect::<Vec<_>>().join(" · ");
                        view! { <dt>{i18n.t(resource_kind_texts(kind).0)}</dt><dd>{text_or(&items)}</dd> }
                    }).collect_view()}
                </dl>

                <h3>{i18n.t(Key::StepNetwork)}</h3>
                <ul class="lotse-agreement__list">
                    {case.network.iter().map(|c| view! {
                        <li>
                            <strong>{c.name.clone()}</strong>
                            {format!(" ({}, {}): {} — {}", i18n.t(sector_label(c.sector)), i18n.t(distance_label(c.distance)), text_or(&c.role), i18n.t(consent_label(c.consent)))}
                            {c.consent_date.map(|d| format!(", {}", d.german()))}
                        </li>
                    }).collect_view()}
                </ul>

                <h3>{i18n.t(Key::CircumstancesTitle)}</h3>
                <ul class="lotse-agreement__list">
                    {case.circumstances.iter().filter(|c| !c.text.trim().is_empty()).map(|c| view! { <li dir="auto">{c.text.clone()}</li> }).collect_view()}
                </ul>

                <h3>{i18n.t(Key::AgreementSignatures)}</h3>
                <div class="lotse-agreement__signatures">
                    {signature(i18n, case, Signer::Client, Key::SignatureClient)}
                    {signature(i18n, case, Signer::Caseworker, Key::SignatureCaseworker)}
                </div>
            </article>
        }
    })
    }
}

/// One goal of the document: its words, indicator, domains, review date and steps.
fn goal_section(i18n: I18n, case: &Case, goal: &Goal) -> impl IntoView {
    let not_given = i18n.t(Key::NotGiven);
    let domains = goal
        .life_domains
        .iter()
        .map(|d| format!("{} {}", d.code(), i18n.t(life_domain_label(*d))))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <section class="lotse-agreement__goal">
            <h4 dir="auto">{goal_title(i18n, case, goal)}</h4>
            {(!goal.professional_wording.trim().is_empty()).then(|| view! { <p>{goal.professional_wording.clone()}</p> })}
            <dl class="lotse-agreement__facts">
                <dt>{i18n.t(Key::GoalIndicatorLabel)}</dt><dd>{or_not_given(i18n, &goal.indicator)}</dd>
                <dt>{i18n.t(Key::GoalDomainsLegend)}</dt><dd>{or_not_given(i18n, &domains)}</dd>
                <dt>{i18n.t(Key::DocReview)}</dt><dd>{goal.review_date.map(|d| d.german()).unwrap_or_else(|| not_given.to_string())}</dd>
            </dl>
            <div class="lotse-table-wrap">
            <table class="lotse-table">
                <caption class="lotse-visually-hidden">{i18n.t(Key::StepSteps)}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t(Key::StepWhoLabel)}</th>
                    <th scope="col">{i18n.t(Key::StepWhatLabel)}</th>
                    <th scope="col">{i18n.t(Key::DocByWhen)}</th>
                </tr></thead>
                <tbody>
                    {case.ordered_steps(goal).into_iter().map(|step| view! {
                        <tr>
                            <td>{owner_name(i18n, case, &step.owner)}</td>
                            <td dir="auto">{step.what.clone()}</td>
                            <td>{step.by_when.map(|d| d.german()).unwrap_or_else(|| not_given.to_string())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// A signature as drawn, with the date it was signed, or a line to sign on paper.
fn signature(i18n: I18n, case: &Case, signer: Signer, label: Key) -> impl IntoView {
    let drawn = case
        .agreement
        .signatures
        .iter()
        .find(|s| s.signer == signer)
        .cloned();
    view! {
        <div class="lotse-agreement__signature">
            {match drawn {
                Some(s) => view! {
                    <img class="lotse-agreement__signature-image" src=s.image
                        alt=i18n.tf(Key::SignatureImageAlt, &[("who", i18n.t(label))])/>
                    <p>{i18n.t(label)}", "{s.signed_on.german()}</p>
                }.into_any(),
                None => view! {
                    <div class="lotse-agreement__signature-line"></div>
                    <p>{i18n.t(label)}", "{i18n.t(Key::SignatureDatePlace)}</p>
                }.into_any(),
            }}
        </div>
    }
}
