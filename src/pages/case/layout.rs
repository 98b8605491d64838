use super::{
    AgreementPage, AgreementVersionPage, CheckPage, DeleteCasePage, ExportCasePage, GoalsPage,
    JourneyPage, LifeDomainsPage, NetworkPage, RenameCasePage, ResourcesPage, ReviewPartPage,
    ReviewProtocolPage, ReviewsPage, StepsPage, WillPage,
};
use crate::client_mode::use_client_mode;
use crate::components::{
    CaseNoticeBanner, ClientCaseNotice, ClientStorageAlert, DamagedRecordNotice, SaveIndicator,
    StepNav, StorageAlert, StorageErrorNotice, SyncConflictNotice,
};
use crate::domain::CaseId;
use crate::i18n::{tr, use_i18n, Key, Locale};
use crate::pages::use_page_title;
use crate::routes::{CasePage, IntakeStep, HOME};
use crate::session::{use_session, CaseCodec};
use crate::storage::LoadError;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The frame around every page of one case: which case it is, whether it is saved, the
/// intake steps, and the page itself. Opens the case named in the address (read from
/// storage, so shown once it is there).
#[component]
pub fn CaseLayout(id: CaseId, page: CasePage) -> impl IntoView {
    let session = use_session();
    view! {
        <Suspense fallback=|| ()>
            {
                let id = id.clone();
                Suspend::new(SendWrapper::new(async move {
                    let opened = session.open(&id, CaseCodec::WHOLE).await;
                    view! { <OpenCase id=id page=page opened=opened/> }
                }))
            }
        </Suspense>
    }
}

/// The frame and the page of a case that was opened, or why it could not be.
#[component]
fn OpenCase(id: CaseId, page: CasePage, opened: Result<(), LoadError>) -> impl IntoView {
    let session = use_session();
    let client_mode = use_client_mode();
    let hand_over_id = id.clone();
    // Client mode starts only in Leichte Sprache: its texts are made ready first, and if they
    // cannot be, the caseworker is told before handing the tablet over.
    let easy_unavailable = RwSignal::new(false);
    let hand_over = move |id: CaseId| {
        leptos::task::spawn_local(async move {
            let ready = match Locale::easy() {
                Some(easy) => easy.load().await,
                None => false,
            };
            easy_unavailable.set(!ready);
            if ready {
                client_mode.start(id);
            }
        });
    };
    match opened {
        Ok(()) => {
            let content = match page {
                CasePage::Step(IntakeStep::Will) => view! { <WillPage/> }.into_any(),
                CasePage::Step(IntakeStep::Goals) => view! { <GoalsPage/> }.into_any(),
                CasePage::Step(IntakeStep::Steps) => view! { <StepsPage/> }.into_any(),
                CasePage::Step(IntakeStep::Resources) => view! { <ResourcesPage/> }.into_any(),
                CasePage::Step(IntakeStep::Network) => view! { <NetworkPage/> }.into_any(),
                CasePage::Step(IntakeStep::LifeDomains) => view! { <LifeDomainsPage/> }.into_any(),
                CasePage::Step(IntakeStep::Check) => view! { <CheckPage/> }.into_any(),
                CasePage::Step(IntakeStep::Agreement) => view! { <AgreementPage/> }.into_any(),
                CasePage::Rename => view! { <RenameCasePage/> }.into_any(),
                CasePage::Delete => view! { <DeleteCasePage/> }.into_any(),
                CasePage::Export => view! { <ExportCasePage/> }.into_any(),
                CasePage::Reviews => view! { <ReviewsPage/> }.into_any(),
                CasePage::Review(part) => view! { <ReviewPartPage part=part/> }.into_any(),
                CasePage::Journey => view! { <JourneyPage/> }.into_any(),
                CasePage::AgreementVersion(version) => {
                    view! { <AgreementVersionPage version=version/> }.into_any()
                }
                CasePage::ReviewProtocol(number) => {
                    view! { <ReviewProtocolPage number=number/> }.into_any()
                }
            };
            let step = match page {
                CasePage::Step(step) => Some(step),
                _ => None,
            };
            view! {
                <div class="lotse-case">
                    <div class="lotse-case__bar">
                        <p class="lotse-case__alias">
                            // The client sees their name, not the caseworker's word for them.
                            <Show when=move || !client_mode.is_on()>
                                <span class="lotse-case__label">{tr(Key::CaseLabel)}</span>
                                " "
                            </Show>
                            <strong data-testid="case-alias">{move || session.with(|c| c.alias.clone())}</strong>
                        </p>
                        <SaveIndicator/>
                        <Show when=move || !client_mode.is_on()>
                            <button type="button" class="lotse-button lotse-button--secondary lotse-case__hand-over"
                                aria-describedby="client-mode-start-hint"
                                on:click={
                                    let id = hand_over_id.clone();
                                    move |_| hand_over(id.clone())
                                }>
                                {tr(Key::ClientModeStart)}
                            </button>
                            <p class="lotse-visually-hidden" id="client-mode-start-hint">{tr(Key::ClientModeStartHint)}</p>
                        </Show>
                    </div>
                    <Show when=move || easy_unavailable.get()>
                        <div class="lotse-alert lotse-alert--error" role="alert" data-testid="client-mode-unavailable">
                            <p class="lotse-alert__body">{tr(Key::ClientModeUnavailable)}</p>
                        </div>
                    </Show>
                    {
                        let id = id.clone();
                        move || if client_mode.is_on() {
                            view! { <ClientCaseNotice/><ClientStorageAlert/> }.into_any()
                        } else {
                            view! { <CaseNoticeBanner/><SyncConflictNotice id=id.clone()/><StorageAlert/> }.into_any()
                        }
                    }
                    {step.map(|current| view! { <StepNav id=id current=current/> })}
                    {content}
                </div>
            }
            .into_any()
        }
        Err(error) => view! { <CaseUnavailable error=error/> }.into_any(),
    }
}

/// Explains why a case cannot be opened; never changes what is stored.
#[component]
fn CaseUnavailable(error: LoadError) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t(Key::CaseUnavailableTitle).to_string());
    let detail = match error {
        LoadError::NotFound => view! {
            <p class="lotse-body-l">{tr(Key::CaseNotFoundBody)}</p>
        }
        .into_any(),
        LoadError::Storage(error) => view! { <StorageErrorNotice error=error/> }.into_any(),
        LoadError::Damaged(record) => view! { <DamagedRecordNotice record=record/> }.into_any(),
    };
    view! {
        <div class="lotse-page lotse-page--narrow">
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::CaseUnavailableTitle)}</h1>
            {detail}
            <p><a href=HOME class="lotse-button">{tr(Key::BackToCaseList)}</a></p>
        </div>
    }
}
