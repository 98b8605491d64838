//! Requests to the team's CouchDB server through the browser's `fetch`, as the member: a
//! session cookie from `POST /_session`, renewed once with the kept password when the server
//! no longer knows it (expired, or the server restarted). Every request has a time limit, so a
//! connection cut while a batch is in flight is a failure to retry, not a wait forever.

use crate::domain::sync::wire::problem_of;
use crate::domain::sync::{ServerProblem, TeamSettings};
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, RequestInit, Response};

/// How long an ordinary request may take.
const TIME_LIMIT_MS: i32 = 30_000;

/// Why a request has no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The server's problem, or none reached.
    Server(ServerProblem),
    /// This device stopped waiting (a local change wants to be sent).
    Stopped,
    /// This device's storage failed (locked, full, blocked).
    Device(crate::storage::StorageError),
}

impl From<ServerProblem> for Failure {
    fn from(problem: ServerProblem) -> Self {
        Failure::Server(problem)
    }
}

/// A member's connection to the team's server.
pub struct Connection {
    server: String,
    database: String,
    name: String,
    password: String,
}

/// A successful answer's text.
pub type Body = String;

impl Connection {
    /// A connection as these settings say (no request yet).
    pub fn new(settings: &TeamSettings) -> Self {
        Self {
            server: settings.server.clone(),
            database: settings.database_url(),
            name: settings.name.clone(),
            password: settings.password.clone(),
        }
    }

    /// `GET /`: whether CouchDB answers there.
    pub async fn welcome(&self) -> Result<Body, Failure> {
        let (status, body) = send(
            "GET",
            &format!("{}/", self.server),
            None,
            None,
            TIME_LIMIT_MS,
        )
        .await?;
        if !(200..300).contains(&status) {
            return Err(Failure::Server(ServerProblem::NotCouchDb));
        }
        Ok(body)
    }

    /// Starts a session as the member.
    pub async fn log_in(&self) -> Result<(), Failure> {
        let credentials = serde_json::json!({ "name": self.name, "password": self.password });
        let (status, body) = send(
            "POST",
            &format!("{}/_session", self.server),
            Some(&credentials.to_string()),
            None,
            TIME_LIMIT_MS,
        )
        .await?;
        match status {
            200..=299 => Ok(()),
            401 => Err(Failure::Server(ServerProblem::WrongPassword)),
            _ => Err(Failure::Server(problem_of(status, &body))),
        }
    }

    /// A request to the database (`path` after its address, `""` for the database itself),
    /// logging in again once if the session has ended.
    pub async fn database(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> Result<Body, Failure> {
        self.database_waiting(method, path, body, None, TIME_LIMIT_MS)
            .await
    }

    /// As [`Connection::database`], for a request the server may hold for up to `limit_ms`
    /// (a long poll), and that `stop` ends early.
    pub async fn database_waiting(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
        stop: Option<&AbortSignal>,
        limit_ms: i32,
    ) -> Result<Body, Failure> {
        let url = format!("{}{path}", self.database);
        let (mut status, mut text) = send(method, &url, body, stop, limit_ms).await?;
        if status == 401 {
            self.log_in().await?;
            (status, text) = send(method, &url, body, stop, limit_ms).await?;
        }
        if (200..300).contains(&status) {
            Ok(text)
        } else {
            Err(Failure::Server(problem_of(status, &text)))
        }
    }
}

/// Sends one request; its status and text.
async fn send(
    method: &str,
    url: &str,
    body: Option<&str>,
    stop: Option<&AbortSignal>,
    limit_ms: i32,
) -> Result<(u16, String), Failure> {
    let unreachable = || Failure::Server(ServerProblem::Unreachable);
    let window = web_sys::window().ok_or_else(unreachable)?;
    let controller = AbortController::new().map_err(|_| unreachable())?;
    // The caller's stop ends this request too.
    let forward = stop.map(|stop| {
        let controller = controller.clone();
        let on_stop = Closure::<dyn Fn()>::new(move || controller.abort());
        let _ = stop.add_event_listener_with_callback("abort", on_stop.as_ref().unchecked_ref());
        on_stop
    });
    let timer = {
        let controller = controller.clone();
        Closure::<dyn Fn()>::new(move || controller.abort())
    };
    let timeout = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            timer.as_ref().unchecked_ref(),
            limit_ms,
        )
        .unwrap_or(0);
    // A plain object, not `RequestInit`'s setters: each setter is one more import in the JS
    // glue, which every first load carries.
    let init = Object::new();
    let field = |target: &Object, name: &str, value: &JsValue| {
        let _ = Reflect::set(target, &name.into(), value);
    };
    let headers = Object::new();
    field(&init, "method", &method.into());
    field(&init, "credentials", &"include".into());
    field(&init, "signal", &controller.signal());
    field(&headers, "accept", &"application/json".into());
    if let Some(body) = body {
        field(&headers, "content-type", &"application/json".into());
        field(&init, "body", &body.into());
    }
    field(&init, "headers", &headers);
    let init: RequestInit = init.unchecked_into();
    let answer = async {
        let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|_| ())?
            .dyn_into()
            .map_err(|_| ())?;
        let status = response.status();
        let text = JsFuture::from(response.text().map_err(|_| ())?)
            .await
            .map_err(|_| ())?;
        Ok::<_, ()>((status, text.as_string().unwrap_or_default()))
    }
    .await;
    window.clear_timeout_with_handle(timeout);
    drop(timer);
    if let (Some(stop), Some(on_stop)) = (stop, forward) {
        let _ = stop.remove_event_listener_with_callback("abort", on_stop.as_ref().unchecked_ref());
    }
    answer.map_err(|()| {
        if stop.is_some_and(AbortSignal::aborted) {
            Failure::Stopped
        } else {
            unreachable()
        }
    })
}
