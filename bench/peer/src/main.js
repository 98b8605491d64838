// The peer: the same intake as Lotse (will, goals with steps, resources, network) built the way
// an agency would build it without Lotse: a SurveyJS form (survey-core + survey-js-ui), saved to
// localStorage on every change and restored on load, plus a plain list of stored drafts.
//   /                         the drafts on this device
//   /neu                      a new draft
//   /entwurf/<id>/<page>      a draft, on one page of the form (fall, wille, ziele, ressourcen, netzwerk)
import { Model } from "survey-core";
import "survey-core/i18n/german";
import { renderSurvey } from "survey-js-ui";

const PREFIX = "peer:draft:";
const app = document.getElementById("app");

const text = (name, title, extra = {}) => ({ type: "text", name, title, ...extra });
const comment = (name, title, extra = {}) => ({ type: "comment", name, title, rows: 3, autoGrow: true, ...extra });
const dropdown = (name, title, choices, extra = {}) => ({ type: "dropdown", name, title, choices, ...extra });

const SURVEY = {
  locale: "de",
  title: "Erstgespräch",
  showProgressBar: "top",
  progressBarType: "pages",
  showQuestionNumbers: "off",
  textUpdateMode: "onTyping",
  checkErrorsMode: "onValueChanged",
  completeText: "Fertig",
  completedHtml: "<h3>Das Erstgespräch ist gespeichert.</h3>",
  pages: [
    {
      name: "fall",
      title: "Fall",
      elements: [
        text("alias", "Kürzel oder Pseudonym", { isRequired: true, description: "Kein echter Name nötig." }),
        text("first_contact", "Datum des Erstkontakts", { inputType: "date", isRequired: true }),
      ],
    },
    {
      name: "wille",
      title: "Wille",
      description: "Die Worte der Klientin oder des Klienten, wörtlich.",
      elements: [
        {
          type: "paneldynamic",
          name: "will",
          title: "Was wollen Sie ändern? Was wollen Sie erreichen?",
          templateTitle: "Aussage {panelIndex}",
          panelAddText: "Weitere Aussage",
          panelRemoveText: "Aussage entfernen",
          minPanelCount: 1,
          templateElements: [
            comment("wording", "In Ihren Worten"),
            comment("own_action", "Was machen Sie selbst dafür?"),
          ],
        },
      ],
    },
    {
      name: "ziele",
      title: "Ziele und Schritte",
      elements: [
        {
          type: "paneldynamic",
          name: "goals",
          title: "Ziele",
          templateTitle: "Ziel {panelIndex}",
          panelAddText: "Ziel hinzufügen",
          panelRemoveText: "Ziel entfernen",
          templateElements: [
            dropdown("will", "Zu welcher Aussage des Willens?", [], { choicesMin: 1, choicesMax: 10, placeholder: "Aussage Nr." }),
            text("client_wording", "Ziel in den Worten der Klientin / des Klienten"),
            text("professional_wording", "Ziel in Fachsprache"),
            {
              type: "checkbox",
              name: "life_domains",
              title: "Lebensbereiche (ICF)",
              colCount: 3,
              choices: [
                { value: "d1", text: "d1 Lernen und Wissensanwendung" },
                { value: "d2", text: "d2 Allgemeine Aufgaben" },
                { value: "d3", text: "d3 Kommunikation" },
                { value: "d4", text: "d4 Mobilität" },
                { value: "d5", text: "d5 Selbstversorgung" },
                { value: "d6", text: "d6 Häusliches Leben" },
                { value: "d7", text: "d7 Beziehungen" },
                { value: "d8", text: "d8 Bedeutende Lebensbereiche" },
                { value: "d9", text: "d9 Gemeinschaftsleben" },
              ],
            },
            text("indicator", "Woran merken wir, dass das Ziel erreicht ist?"),
            text("review_date", "Überprüfen am", { inputType: "date" }),
            {
              type: "checkbox",
              name: "smart_met",
              title: "SMART",
              colCount: 5,
              choices: [
                { value: "specific", text: "spezifisch" },
                { value: "measurable", text: "messbar" },
                { value: "attractive", text: "attraktiv" },
                { value: "realistic", text: "realistisch" },
                { value: "timed", text: "terminiert" },
              ],
            },
            {
              type: "paneldynamic",
              name: "steps",
              title: "Schritte",
              templateTitle: "Schritt {panelIndex}",
              panelAddText: "Schritt hinzufügen",
              panelRemoveText: "Schritt entfernen",
              templateElements: [
                text("what", "Was?"),
                dropdown("who", "Wer?", [
                  { value: "klient", text: "Klient:in selbst" },
                  { value: "netzwerk", text: "jemand aus dem Netzwerk" },
                  { value: "sozialraum", text: "der Sozialraum" },
                  { value: "fachdienst", text: "ein Fachdienst" },
                ]),
                text("who_name", "Name", { visibleIf: "{panel.who} notempty and {panel.who} <> 'klient'" }),
                text("by_when", "Bis wann?", { inputType: "date" }),
              ],
            },
          ],
        },
      ],
    },
    {
      name: "ressourcen",
      title: "Ressourcen",
      elements: [
        {
          type: "paneldynamic",
          name: "resources",
          title: "Ressourcen",
          templateTitle: "Ressource {panelIndex}",
          panelAddText: "Ressource hinzufügen",
          panelRemoveText: "Ressource entfernen",
          templateElements: [
            dropdown("kind", "Art", [
              { value: "persoenlich", text: "persönlich" },
              { value: "sozial", text: "sozial" },
              { value: "materiell", text: "materiell" },
              { value: "sozialraeumlich", text: "sozialräumlich" },
            ]),
            text("description", "Beschreibung"),
          ],
        },
      ],
    },
    {
      name: "netzwerk",
      title: "Netzwerk",
      elements: [
        {
          type: "paneldynamic",
          name: "network",
          title: "Personen und Dienste",
          templateTitle: "{panel.name}",
          panelAddText: "Person hinzufügen",
          panelRemoveText: "Person entfernen",
          templateElements: [
            text("name", "Name"),
            text("relation", "Beziehung"),
            dropdown("sector", "Sektor", [
              { value: "family", text: "Familie" },
              { value: "friends_neighbours", text: "Freund:innen und Nachbarschaft" },
              { value: "colleagues", text: "Kolleg:innen" },
              { value: "professional", text: "professionelle Helfer:innen" },
            ]),
            dropdown("distance", "Nähe", [
              { value: "close", text: "nah" },
              { value: "middle", text: "mittel" },
              { value: "loose", text: "entfernt" },
            ]),
            text("role", "Was tut die Person?"),
            text("contact_details", "Kontakt"),
            {
              type: "radiogroup",
              name: "consent",
              title: "Einverständnis zur Kontaktaufnahme",
              colCount: 3,
              choices: [
                { value: "yes", text: "ja" },
                { value: "no", text: "nein" },
                { value: "not_asked", text: "nicht gefragt" },
              ],
            },
            text("consent_date", "Einverständnis vom", { inputType: "date", visibleIf: "{panel.consent} = 'yes'" }),
          ],
        },
      ],
    },
  ],
};

function readDraft(id) {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + id));
  } catch {
    return null;
  }
}

function showList() {
  document.title = "Entwürfe – Erstgespräch";
  const drafts = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key.startsWith(PREFIX)) continue;
    try {
      const record = JSON.parse(localStorage.getItem(key));
      drafts.push({ id: record.id, alias: record.data?.alias ?? "(ohne Namen)", first: record.data?.first_contact ?? "", updated: record.updated_at ?? 0 });
    } catch {
      drafts.push({ id: key.slice(PREFIX.length), alias: "(beschädigt)", first: "", updated: 0 });
    }
  }
  drafts.sort((a, b) => b.updated - a.updated || a.alias.localeCompare(b.alias));
  const section = document.createElement("div");
  section.className = "peer-list";
  section.innerHTML = '<h1>Entwürfe</h1><a class="peer-button" href="/neu">Neues Erstgespräch</a>';
  if (drafts.length) {
    const list = document.createElement("ul");
    list.className = "draft-list";
    const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short" });
    for (const draft of drafts) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `/entwurf/${encodeURIComponent(draft.id)}/wille`;
      link.textContent = draft.alias;
      const facts = document.createElement("p");
      facts.textContent = `Erstkontakt ${draft.first} · geändert ${draft.updated ? dateTime.format(draft.updated) : "–"}`;
      item.append(link, facts);
      list.append(item);
    }
    section.append(list);
  } else {
    section.insertAdjacentHTML("beforeend", "<p>Noch keine Entwürfe auf diesem Gerät.</p>");
  }
  app.replaceChildren(section);
}

function showSurvey(id, pageName) {
  const record = readDraft(id);
  const survey = new Model(SURVEY);
  if (record?.data) survey.data = record.data;
  if (pageName) {
    const page = survey.getPageByName(pageName);
    if (page) survey.currentPage = page;
  }
  // The save the benchmark times: the whole draft, on every change.
  const save = () => {
    const start = performance.now();
    localStorage.setItem(PREFIX + id, JSON.stringify({ id, updated_at: Date.now(), data: survey.data }));
    performance.measure("peer:save", { start, end: performance.now() });
  };
  survey.onValueChanged.add(save);
  survey.onDynamicPanelRemoved.add(save);
  survey.onCurrentPageChanged.add(() => {
    history.replaceState(null, "", `/entwurf/${encodeURIComponent(id)}/${survey.currentPage.name}`);
  });
  survey.onComplete.add(save);
  document.title = `${record?.data?.alias ?? "Neues Erstgespräch"} – Erstgespräch`;
  renderSurvey(survey, app);
}

const path = location.pathname.split("/").filter(Boolean);
if (path[0] === "neu") {
  const id = crypto.randomUUID();
  history.replaceState(null, "", `/entwurf/${id}/fall`);
  showSurvey(id, "fall");
} else if (path[0] === "entwurf" && path[1]) {
  showSurvey(decodeURIComponent(path[1]), path[2]);
} else {
  showList();
}
