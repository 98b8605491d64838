use crate::browser;
use crate::domain::{ReviewId, Signature, Signer};
use crate::i18n::{tr, Key};
use crate::session::use_session;
use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The canvas a signature is drawn on: strokes follow the pointer while it is down.
#[derive(Clone, Copy)]
struct Pen {
    canvas: NodeRef<Canvas>,
    drawing: StoredValue<bool>,
    /// Whether anything is drawn (tracked: saving and redrawing need a drawing).
    has_strokes: RwSignal<bool>,
}

impl Pen {
    fn new() -> Self {
        Self {
            canvas: NodeRef::new(),
            drawing: StoredValue::new(false),
            has_strokes: RwSignal::new(false),
        }
    }

    fn context(
        self,
    ) -> Option<(
        web_sys::HtmlCanvasElement,
        web_sys::CanvasRenderingContext2d,
    )> {
        let canvas = self.canvas.get()?;
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some((canvas, context))
    }

    /// Pointer position in canvas pixels, whatever size the canvas is shown at.
    fn position(self, ev: &web_sys::PointerEvent) -> Option<(f64, f64)> {
        let (canvas, _) = self.context()?;
        let rect = canvas.get_bounding_client_rect();
        let sx = f64::from(canvas.width()) / rect.width().max(1.0);
        let sy = f64::from(canvas.height()) / rect.height().max(1.0);
        Some((
            (f64::from(ev.client_x()) - rect.left()) * sx,
            (f64::from(ev.client_y()) - rect.top()) * sy,
        ))
    }

    fn down(self, ev: web_sys::PointerEvent) {
        ev.prevent_default();
        let Some((canvas, ctx)) = self.context() else {
            return;
        };
        let Some((x, y)) = self.position(&ev) else {
            return;
        };
        let _ = canvas.set_pointer_capture(ev.pointer_id());
        ctx.set_line_width(3.0);
        ctx.set_line_cap("round");
        ctx.set_stroke_style_str("#1b1f23");
        ctx.begin_path();
        ctx.move_to(x, y);
        self.drawing.set_value(true);
    }

    fn moved(self, ev: web_sys::PointerEvent) {
        if !self.drawing.get_value() {
            return;
        }
        let (Some((_, ctx)), Some((x, y))) = (self.context(), self.position(&ev)) else {
            return;
        };
        ctx.line_to(x, y);
        ctx.stroke();
        self.has_strokes.set(true);
    }

    fn up(self) {
        self.drawing.set_value(false);
    }

    fn clear(self) {
        if let Some((canvas, ctx)) = self.context() {
            ctx.clear_rect(
                0.0,
                0.0,
                f64::from(canvas.width()),
                f64::from(canvas.height()),
            );
        }
        self.has_strokes.set(false);
    }

    /// The drawing as a PNG data URL.
    fn image(self) -> Option<String> {
        self.context()?.0.to_data_url().ok()
    }
}

/// A signature drawn with a finger, pen or mouse on the tablet (pointer events on a canvas),
/// stored with the case and clearable. Signing on paper stays possible: without a drawing,
/// the printed agreement shows a line to sign on.
#[component]
pub fn SignaturePad(
    /// Who signs.
    signer: Signer,
    /// The pad's heading.
    label: Key,
    /// The review whose renewed agreement is signed; else the current agreement.
    #[prop(optional)]
    review: Option<ReviewId>,
) -> impl IntoView {
    let session = use_session();
    let pen = Pen::new();
    let review = StoredValue::new(review);
    let stored = move || {
        session
            .with(|c| {
                review.with_value(|r| {
                    c.signatures(r.as_ref())
                        .iter()
                        .find(|s| s.signer == signer)
                        .map(|s| s.image.clone())
                })
            })
            .flatten()
    };
    let save = move |_| {
        let Some(image) = pen.image() else {
            return;
        };
        let today = browser::today();
        session.edit(|case| {
            if let Some(signatures) = review.with_value(|r| case.signatures_mut(r.as_ref())) {
                signatures.retain(|s| s.signer != signer);
                signatures.push(Signature {
                    signer,
                    image,
                    signed_on: today,
                });
            }
        });
        pen.clear();
    };
    let remove = move |_| {
        session.edit(|case| {
            if let Some(signatures) = review.with_value(|r| case.signatures_mut(r.as_ref())) {
                signatures.retain(|s| s.signer != signer);
            }
        });
    };
    let canvas_label = tr(label);

    view! {
        <div class="lotse-signature-pad lotse-no-print">
            <h3 class="lotse-heading-s">{tr(label)}</h3>
            {move || match stored() {
                Some(image) => view! {
                    <img class="lotse-signature-pad__image" src=image alt=tr(Key::SignatureStoredAlt)/>
                    <button type="button" class="lotse-button lotse-button--warning-secondary" on:click=remove>
                        {tr(Key::SignatureClear)}
                    </button>
                }.into_any(),
                None => view! {
                    <canvas node_ref=pen.canvas class="lotse-signature-pad__canvas" width="600" height="200"
                        role="img" aria-label=canvas_label
                        on:pointerdown=move |ev| pen.down(ev) on:pointermove=move |ev| pen.moved(ev)
                        on:pointerup=move |_| pen.up() on:pointercancel=move |_| pen.up()></canvas>
                    <p class="lotse-hint">{tr(Key::SignatureHint)}</p>
                    <div class="lotse-button-group">
                        <button type="button" class="lotse-button" disabled=move || !pen.has_strokes.get() on:click=save>
                            {tr(Key::SignatureSave)}
                        </button>
                        <button type="button" class="lotse-button lotse-button--secondary" disabled=move || !pen.has_strokes.get()
                            on:click=move |_| pen.clear()>
                            {tr(Key::SignatureRedo)}
                        </button>
                    </div>
                }.into_any(),
            }}
        </div>
    }
}
