// Generated data for the benchmark, the same content for Lotse and for the SurveyJS peer:
// - a large case: 10 will statements, 50 goals with 5 steps each, 200 resources, 60 contacts;
// - 500 small cases (2 will statements, 1 goal with 2 steps, 3 resources, 2 contacts).
// Lotse stores a case as `lotse:case:<id>` = {"schema":2,"case":{…}} (src/domain/*.rs);
// the peer stores a draft as `peer:draft:<id>` = {"id","updated_at","data":{…survey data…}}.
// Everything is deterministic (a seeded generator), so runs are comparable.

/** mulberry32: a small seeded generator, so every run stores the same bytes. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  // The shape of crypto.randomUUID() (what Lotse's browser::new_id gives): hex and dashes,
  // so CaseId::is_well_formed holds (1..=64 ASCII alphanumerics or '-').
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16)).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  return { next, int, pick, uuid };
}

const WILL = [
  "Ich will wieder arbeiten. Am liebsten was mit Maschinen.",
  "Ich will, dass wir in der Wohnung bleiben können. Die Mädchen sollen nicht die Schule wechseln.",
  "Die vom Amt sollen mir endlich das Geld überweisen.",
  "Ich möchte wieder mehr unter Leute kommen, nicht nur zu Hause sitzen.",
  "Ich will meinen Führerschein zurück, damit ich wieder selbst fahren kann.",
  "Ich will, dass meine Mutter im Alltag Hilfe bekommt und ich nicht alles allein mache.",
  "Ich möchte meine Schulden in den Griff kriegen und nachts wieder schlafen.",
  "Ich will Deutsch besser lernen, damit ich Briefe selbst lesen kann.",
  "Ich will, dass mein Sohn einen Ausbildungsplatz findet.",
  "Ich möchte gesünder leben und weniger rauchen.",
];
const OWN = [
  "Ich schreibe Bewerbungen, wenn mir einer zeigt, wie das heute online geht.",
  "Ich rufe die Vermieterin an.",
  "Ich bringe die fehlenden Kontoauszüge hin.",
  "Ich gehe einmal pro Woche ins Stadtteilcafé.",
  "Ich melde mich zur Nachschulung an.",
  "Ich frage meine Schwester, ob sie dienstags einspringt.",
  "Ich sammle alle Rechnungen in einem Ordner.",
  "Ich gehe zum Sprachkurs in der Volkshochschule.",
];
const GOAL_CLIENT = [
  "Wieder Arbeit mit Maschinen",
  "In der Wohnung bleiben",
  "Das Geld vom Amt kommt pünktlich",
  "Jede Woche unter Leute",
  "Wieder selbst Auto fahren",
  "Hilfe für Mama im Alltag",
  "Schulden abbauen",
  "Briefe selbst lesen",
  "Ausbildungsplatz für den Sohn",
  "Weniger rauchen",
];
const GOAL_PRO = [
  "Aufnahme einer sozialversicherungspflichtigen Beschäftigung im technischen Bereich",
  "Sicherung des Wohnraums, Abbau der Mietrückstände",
  "Lückenlose Bewilligung der Leistungen nach SGB II",
  "Aufbau regelmäßiger sozialer Kontakte im Sozialraum",
  "Wiedererlangung der Fahrerlaubnis",
  "Entlastung der pflegenden Angehörigen durch ambulante Hilfen",
  "Regulierung der Verbindlichkeiten über die Schuldnerberatung",
  "Erweiterung der schriftsprachlichen Kompetenz im Deutschen",
  "Einmündung des Sohnes in eine duale Ausbildung",
  "Reduktion des Tabakkonsums",
];
const INDICATOR = [
  "ein Arbeitsvertrag oder zwei Vorstellungsgespräche",
  "keine Kündigung; Ratenplan mit der Vermieterin",
  "Bescheid liegt vor, Zahlung jeweils zum Monatsersten",
  "an vier von fünf Wochen ein Treffen außer Haus",
  "Anmeldung zur Prüfung ist abgeschickt",
  "der Pflegedienst kommt zweimal pro Woche",
];
const STEP_WHAT = [
  "Bewerbungsmappe online anlegen, mit Tom",
  "Repair-Café: mithelfen, Kontakte knüpfen",
  "die Vermieterin anrufen und um einen Ratenplan bitten",
  "Kontoauszüge zum Jobcenter bringen",
  "mit zum Termin bei der Schuldnerberatung kommen",
  "Haushaltsplan, Gespräch mit der Vermieterin",
  "Antrag auf Pflegegrad stellen",
  "im Stadtteilzentrum nach dem Sprachcafé fragen",
  "Termin bei der Berufsberatung ausmachen",
  "Nachbarin fragen, ob sie einmal pro Woche einkauft",
];
const RESOURCE = {
  personal: ["kann fast jede Maschine reparieren", "kocht jeden Tag für seine Töchter", "ist pünktlich und zuverlässig", "spricht drei Sprachen"],
  social: ["Schwester Anja (wohnt 10 Minuten entfernt)", "früherer Kollege Tom (kennt Firmen)", "die Nachbarin von gegenüber", "Freund aus dem Fußballverein"],
  material: ["ein Auto (alt, aber fährt)", "ein Laptop vom Sohn", "Monatskarte für Bus und Bahn", "eine kleine Werkstatt im Keller"],
  neighbourhood: ["Repair-Café im Stadtteilzentrum (samstags)", "kostenloser Computerkurs in der Bibliothek", "Tafel in der Kirchengemeinde", "offener Mittagstisch im Familienzentrum"],
};
const KINDS = Object.keys(RESOURCE);
const SECTORS = ["family", "friends_neighbours", "colleagues", "professional"];
const DISTANCES = ["close", "middle", "loose"];
const CONSENTS = ["yes", "no", "not_asked"];
const NAMES = ["Anja (Schwester)", "die Töchter", "Frau Demir", "Tom", "Jobcenter, Frau Yilmaz", "Schuldnerberatung MitMenschen e.V.", "Herr Becker (Nachbar)", "Onkel Mehmet", "Trainer Jens", "Hausärztin Dr. Wolf"];
const ROLES = ["geht mit zu Terminen", "", "Kinderbetreuung ab und zu", "kennt Firmen, die einstellen", "Leistungen, Vermittlung", "Schuldnerberatung", "hilft beim Einkaufen"];
const SMART = ["specific", "measurable", "attractive", "realistic", "timed"];
const DOMAINS = ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9"];

const BASE_TIME = 1795262872228; // 2026-11-20, as in the Herr K. fixture
const date = (rng, from = 2026) => `${from + rng.int(2)}-${String(1 + rng.int(12)).padStart(2, "0")}-${String(1 + rng.int(28)).padStart(2, "0")}`;
const someOf = (rng, list, max) => list.filter(() => rng.next() < max / list.length);

/** A schema-2 case (the Rust `Case`) with the given counts. */
export function lotseCase({ seed = 1, alias = "Herr K.", wills = 10, goals = 50, steps = 5, resources = 200, contacts = 60, index = 0 } = {}) {
  const rng = generator(seed);
  const will = Array.from({ length: wills }, (_, i) => ({
    id: rng.uuid(),
    wording: `${WILL[(i + index) % WILL.length]}`,
    own_action: OWN[(i + index) % OWN.length],
  }));
  const network = Array.from({ length: contacts }, (_, i) => {
    const consent = rng.pick(CONSENTS);
    return {
      id: rng.uuid(),
      name: `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${Math.floor(i / NAMES.length) + 1}` : ""}`,
      role: rng.pick(ROLES),
      sector: rng.pick(SECTORS),
      distance: rng.pick(DISTANCES),
      contact_details: rng.next() < 0.5 ? `0170 ${1000000 + rng.int(8999999)}` : "",
      consent,
      consent_date: consent === "not_asked" ? null : date(rng),
    };
  });
  const goalIds = Array.from({ length: goals }, () => rng.uuid());
  const resourceList = Array.from({ length: resources }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    return {
      id: rng.uuid(),
      kind,
      description: `${rng.pick(RESOURCE[kind])}${i >= 16 ? ` (${i + 1})` : ""}`,
      goals: goalIds.length ? someOf(rng, goalIds, 2).slice(0, 3) : [],
    };
  });
  const goalList = goalIds.map((id, g) => ({
    id,
    will: will.length ? will[g % will.length].id : null,
    client_wording: GOAL_CLIENT[(g + index) % GOAL_CLIENT.length],
    professional_wording: GOAL_PRO[(g + index) % GOAL_PRO.length],
    life_domains: someOf(rng, DOMAINS, 2),
    indicator: rng.pick(INDICATOR),
    review_date: date(rng, 2027),
    smart_met: someOf(rng, SMART, 3),
    steps: Array.from({ length: steps }, (_, s) => {
      const r = rng.next();
      const owner =
        s === 0 || r < 0.4 || (!network.length && !resourceList.length)
          ? { kind: "client" }
          : r < 0.7 && network.length
            ? { kind: "contact", id: rng.pick(network).id }
            : resourceList.length
              ? { kind: "resource", id: rng.pick(resourceList).id }
              : { kind: "client" };
      return { id: rng.uuid(), what: rng.pick(STEP_WHAT), owner, by_when: rng.next() < 0.8 ? date(rng) : null };
    }),
  }));
  return {
    id: rng.uuid(),
    alias,
    first_contact: "2026-11-20",
    created_at: BASE_TIME - index * 3_600_000,
    updated_at: BASE_TIME + 14_641 - index * 60_000,
    will,
    goals: goalList,
    resources: resourceList,
    network,
    circumstances: [
      { id: rng.uuid(), text: "Keine Kinderbetreuung am Abend im Viertel: Alleinerziehende können keine Schichtarbeit annehmen." },
      { id: rng.uuid(), text: "Die Online-Formulare des Jobcenters sind ohne Hilfe schwer zu bedienen." },
    ],
    agreement: {
      client_view: "Seit die Druckerei zu ist, finde ich keine Arbeit. Mit der Miete bin ich zwei Monate hinten.",
      caseworker_view: "Starke Bindung zu den Kindern, gute technische Fähigkeiten, seit dem Jobverlust isoliert.",
      caseworker: "Frau Sommer (ASD)",
      participants: "",
      review_date: "2027-05-20",
      signatures: [],
    },
  };
}

export const LARGE = { wills: 10, goals: 50, steps: 5, resources: 200, contacts: 60 };
export const SMALL = { wills: 2, goals: 1, steps: 2, resources: 3, contacts: 2 };

export const lotseKey = (id) => `lotse:case:${id}`;
export const lotseRecord = (c) => JSON.stringify({ schema: 2, case: c });

/** The large case. */
export const largeCase = () => lotseCase({ seed: 4242, alias: "Großer Fall (Bench)", ...LARGE });

/** `count` small cases with distinct aliases. */
export const smallCases = (count = 500) =>
  Array.from({ length: count }, (_, i) => lotseCase({ seed: 10_000 + i, alias: `Fall ${String(i + 1).padStart(3, "0")}`, index: i, ...SMALL }));

// ----- the peer's shape: what SurveyJS's `survey.data` holds for the same content -----

const KIND_DE = { personal: "persoenlich", social: "sozial", material: "materiell", neighbourhood: "sozialraeumlich" };
const OWNER_DE = (c, owner) => {
  if (owner.kind === "client") return { who: "klient", who_name: "" };
  if (owner.kind === "contact") {
    const contact = c.network.find((n) => n.id === owner.id);
    return { who: contact?.sector === "professional" ? "fachdienst" : "netzwerk", who_name: contact?.name ?? "" };
  }
  const resource = c.resources.find((r) => r.id === owner.id);
  return { who: resource?.kind === "neighbourhood" ? "sozialraum" : "netzwerk", who_name: resource?.description ?? "" };
};
const RELATION = { family: "Familie", friends_neighbours: "Freund:in / Nachbar:in", colleagues: "Kolleg:in", professional: "Fachdienst" };

/** The same case as the peer's survey data (see bench/peer/src/main.js for the questions). */
export function peerData(c) {
  const drop = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== "" && v !== null && !(Array.isArray(v) && !v.length)));
  return {
    alias: c.alias,
    first_contact: c.first_contact,
    will: c.will.map((w) => drop({ wording: w.wording, own_action: w.own_action })),
    goals: c.goals.map((g) =>
      drop({
        will: c.will.findIndex((w) => w.id === g.will) + 1 || "",
        client_wording: g.client_wording,
        professional_wording: g.professional_wording,
        life_domains: g.life_domains,
        indicator: g.indicator,
        review_date: g.review_date,
        smart_met: g.smart_met,
        steps: g.steps.map((s) => drop({ what: s.what, ...OWNER_DE(c, s.owner), by_when: s.by_when })),
      }),
    ),
    resources: c.resources.map((r) => drop({ kind: KIND_DE[r.kind], description: r.description })),
    network: c.network.map((n) =>
      drop({
        name: n.name,
        relation: RELATION[n.sector],
        sector: n.sector,
        distance: n.distance,
        role: n.role,
        contact_details: n.contact_details,
        consent: n.consent,
        consent_date: n.consent_date,
      }),
    ),
  };
}

export const peerKey = (id) => `peer:draft:${id}`;
export const peerRecord = (c) => JSON.stringify({ id: c.id, updated_at: c.updated_at, data: peerData(c) });

/** Byte sizes of the stored records, for the report. */
export function recordSizes() {
  const large = largeCase();
  const small = smallCases(500);
  return {
    lotseLarge: lotseRecord(large).length,
    peerLarge: peerRecord(large).length,
    lotseSmall500: small.reduce((n, c) => n + lotseRecord(c).length, 0),
    peerSmall500: small.reduce((n, c) => n + peerRecord(c).length, 0),
  };
}
