use super::labels::{
    consent_label, distance_label, goal_title, life_domain_label, owner_name, resource_kind_texts,
    sector_label,
};
use crate::components::{DateField, SignaturePad, TextArea};
use crate::domain::{Agreement, ResourceKind, Signer};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::session::use_session;
use leptos::prelude::*;

/// The *Zielvereinbarung*: the agreement's own details (autosaved), a print view for A4 and
/// print-to-PDF, and signatures drawn on the tablet or left as lines for paper.
#[component]
pub fn AgreementPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::AgreementTitle).to_string());
    let initial = session
        .with_untracked(|c| c.agreement.clone())
        .unwrap_or_default();
    let write = move |f: fn(&mut Agreement) -> &mut String| {
        move |text: String| session.edit_agreement_text(|agreement| *f(agreement) = text)
    };
    let print = move |_| {
        session.flush();
        // Print after the document has re-rendered with the last keystrokes.
        request_animation_frame(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    };

    view! {
        <div class="lotse-page">
            <h1 class="lotse-heading-xl lotse-no-print" tabindex="-1">{tr(Key::AgreementTitle)}</h1>
            <section class="lotse-no-print" aria-labelledby="agreement-details-title">
                <h2 class="lotse-heading-m" id="agreement-details-title">{tr(Key::AgreementDetailsTitle)}</h2>
                <TextArea id="agreement-client-view".to_string() label=Key::AgreementClientView hint=Key::AgreementClientViewHint
                    initial=initial.client_view on_change=write(|a| &mut a.client_view)/>
                <TextArea id="agreement-caseworker-view".to_string() label=Key::AgreementCaseworkerView hint=Key::AgreementCaseworkerViewHint
                    initial=initial.caseworker_view on_change=write(|a| &mut a.caseworker_view)/>
                <TextArea id="agreement-caseworker".to_string() label=Key::AgreementCaseworker
                    initial=initial.caseworker on_change=write(|a| &mut a.caseworker)/>
                <TextArea id="agreement-participants".to_string() label=Key::AgreementParticipants hint=Key::AgreementParticipantsHint
                    initial=initial.participants on_change=write(|a| &mut a.participants)/>
                <DateField id="agreement-review".to_string() label=Key::AgreementReview initial=initial.review_date
                    on_change=move |date| session.edit(|case| case.agreement.review_date = date)/>
                <SignaturePad signer=Signer::Client label=Key::SignatureClient/>
                <SignaturePad signer=Signer::Caseworker label=Key::SignatureCaseworker/>
                <button type="button" class="lotse-button" on:click=print>{tr(Key::AgreementPrint)}</button>
                <p class="lotse-hint">{tr(Key::AgreementPrintHint)}</p>
            </section>
            <AgreementDocument/>
        </div>
    }
}

/// The printable agreement. Everything entered appears here; the client's words verbatim.
#[component]
fn AgreementDocument() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    move || {
        session.with(|case| {
        // Typing does not notify; every save does, so the document follows the fields.
        session.revision();
        let not_given = i18n.t(Key::NotGiven);
        let text_or = |t: &str| if t.trim().is_empty() { not_given.to_string() } else { t.to_string() };
        let signature = |signer: Signer, label: Key| {
            let drawn = case.agreement.signatures.iter().find(|s| s.signer == signer).cloned();
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
        };
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
                {case.goals.iter().map(|goal| {
                    let domains = goal.life_domains.iter().map(|d| format!("{} {}", d.code(), i18n.t(life_domain_label(*d)))).collect::<Vec<_>>().join(", ");
                    view! {
                        <section class="lotse-agreement__goal">
                            <h4 dir="auto">{goal_title(i18n, case, goal)}</h4>
                            {(!goal.professional_wording.trim().is_empty()).then(|| view! { <p>{goal.professional_wording.clone()}</p> })}
                            <dl class="lotse-agreement__facts">
                                <dt>{i18n.t(Key::GoalIndicatorLabel)}</dt><dd>{text_or(&goal.indicator)}</dd>
                                <dt>{i18n.t(Key::GoalDomainsLegend)}</dt><dd>{text_or(&domains)}</dd>
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
                }).collect_view()}

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
                    {signature(Signer::Client, Key::SignatureClient)}
                    {signature(Signer::Caseworker, Key::SignatureCaseworker)}
                </div>
            </article>
        }
    })
    }
}
