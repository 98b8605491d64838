# Lotse – Texte auf Deutsch (Fachsprache für Fachkräfte).
# Jede Zeile „schlüssel = Text“ ist ein Text der Oberfläche. Den Schlüssel links nicht ändern.
# { $name } ist ein Platzhalter: Er wird beim Anzeigen ersetzt und muss erhalten bleiben.
# Ein Text über mehrere Zeilen: die Folgezeilen einrücken.

## Allgemein
app-name = Lotse
app-tagline = Erstgespräch nach dem Fachkonzept Sozialraumorientierung
header-home-hint = (zur Liste aller Fälle)
skip-to-content = Zum Inhalt springen
back-to-case-list = Zurück zu allen Fällen
cancel = Abbrechen
remove-confirm = Ja, entfernen
next-step = Weiter: { $step }
optional = (optional)
title-error-prefix = {"Fehler: "}
error-prefix = {"Fehler: "}
error-summary-title = Bitte prüfen Sie Ihre Angaben

## Speichern
save-state-saved = Gespeichert
save-state-pending = Wird gespeichert …
save-state-failed = Nicht gespeichert
storage-retry = Erneut speichern
storage-unavailable-title = Speichern ist in diesem Browser nicht möglich
storage-unavailable-body = Der Browser erlaubt Lotse nicht, Daten auf diesem Gerät zu speichern (zum Beispiel im privaten Modus oder wegen der Website-Einstellungen). Was Sie jetzt eingeben, bleibt nur erhalten, solange dieses Fenster offen ist. Erlauben Sie in den Browser-Einstellungen das Speichern von Websitedaten für diese Seite und laden Sie die Seite dann neu.
storage-full-title = Der Speicher ist voll – Ihre letzte Änderung ist noch nicht gespeichert
storage-full-body = Ihre Eingaben bleiben in diesem Fenster erhalten, solange Sie es offen lassen. Gespeicherte Fälle wurden nicht verändert. Löschen Sie nicht mehr benötigte Fälle oder geben Sie im Browser Speicherplatz frei und wählen Sie dann „Erneut speichern“.
storage-write-failed-title = Die letzte Änderung konnte nicht gespeichert werden
storage-write-failed-body = Der Browser hat das Speichern abgelehnt. Ihre Eingaben bleiben in diesem Fenster erhalten, solange Sie es offen lassen. Gespeicherte Fälle wurden nicht verändert. Wählen Sie „Erneut speichern“. Hilft das nicht, wenden Sie sich an Ihre IT.

## Beschädigte oder neuere Einträge
record-damaged-title = Ein gespeicherter Fall kann nicht gelesen werden
record-damaged-body = Dieser Eintrag auf dem Gerät ist beschädigt, zum Beispiel durch einen Absturz beim Speichern. Lotse lässt ihn unverändert, damit nichts verloren geht. Alle anderen Fälle können Sie wie gewohnt nutzen. Sichern Sie den Eintrag als Datei und geben Sie ihn Ihrer IT oder Ihrer Ansprechperson für Lotse.
record-newer-title = Ein Fall stammt aus einer neueren Version von Lotse
record-newer-body = Dieser Fall wurde mit einer neueren Version von Lotse gespeichert. Diese Version kann ihn nicht öffnen und lässt ihn unverändert. Laden Sie die Seite neu, um die neueste Version zu erhalten, oder sichern Sie den Eintrag als Datei.
record-key-label = Speicherschlüssel:
record-save-copy = Eintrag als Datei sichern
record-save-copy-failed = Die Datei konnte nicht erstellt werden. Der Eintrag bleibt unverändert auf dem Gerät.

## Fallliste
case-list-title = Ihre Fälle
case-list-label = Fälle auf diesem Gerät
case-list-new = Neuen Fall anlegen
case-list-empty-title = Noch keine Fälle auf diesem Gerät
case-list-empty-body = Legen Sie einen neuen Fall an, um mit dem Erstgespräch zu beginnen. Ein Kürzel oder Pseudonym genügt, ein echter Name ist nicht nötig.
case-list-empty-privacy = Alles, was Sie eingeben, wird nur in diesem Browser auf diesem Gerät gespeichert. Nichts wird ins Internet übertragen.
case-label = Fall:
case-first-contact = Erstkontakt
case-updated-at = Zuletzt geändert
case-open = Öffnen
case-rename = Umbenennen
case-delete = Löschen
case-unavailable-title = Dieser Fall kann nicht geöffnet werden
case-not-found-body = Auf diesem Gerät gibt es keinen Fall unter dieser Adresse. Vielleicht wurde er gelöscht oder auf einem anderen Gerät angelegt.

## Neuer Fall und Umbenennen
new-case-title = Neuen Fall anlegen
new-case-intro = Für den Fall brauchen Sie nur ein Kürzel für die Klientin oder den Klienten und das Datum des Erstkontakts.
new-case-submit = Fall anlegen
alias-label = Kürzel oder Pseudonym
alias-hint = Zum Beispiel „Herr K.“. Ein echter Name ist nicht nötig.
first-contact-label = Datum des Erstkontakts
first-contact-hint = Zum Beispiel 20.11.2026
error-alias-missing = Geben Sie ein Kürzel oder Pseudonym ein
error-date-missing = Geben Sie das Datum des Erstkontakts ein
error-date-invalid = Das Datum des Erstkontakts muss ein echtes Datum sein, zum Beispiel 20.11.2026
error-date-in-future = Das Datum des Erstkontakts darf nicht in der Zukunft liegen
rename-title = Fall umbenennen
rename-submit = Neuen Namen speichern

## Löschen
delete-title = Fall „{ $alias }“ löschen?
delete-intro = Dabei wird auf diesem Gerät endgültig gelöscht:
delete-loses-details = das Kürzel und das Datum des Erstkontakts
delete-loses-will-one = { $count } Aussage zum Willen in den Worten der Klientin oder des Klienten
delete-loses-will-other = { $count } Aussagen zum Willen in den Worten der Klientin oder des Klienten
delete-loses-own-one = { $count } Antwort auf „Was machen Sie selbst dafür?“
delete-loses-own-other = { $count } Antworten auf „Was machen Sie selbst dafür?“
delete-loses-intake = { $goals } Ziele mit { $steps } Schritten, { $resources } Ressourcen und { $contacts } Personen oder Dienste im Netzwerk, dazu Verhältnisse, Vereinbarung und Unterschriften
delete-irreversible = Das lässt sich nicht rückgängig machen.
delete-confirm = Ja, Fall endgültig löschen
delete-cancel = Nein, Fall behalten
delete-done = Der Fall „{ $alias }“ wurde gelöscht.
delete-failed = Der Fall konnte nicht gelöscht werden, weil der Browser keinen Zugriff auf den Speicher erlaubt. Es wurde nichts verändert.

## Schritte
step-nav-label = Schritte des Erstgesprächs
step-will = Wille
step-goals = Ziele
step-steps = Eigene Schritte
step-resources = Ressourcen
step-network = Netzwerk
step-life-domains = Lebensbereiche
step-review = Überprüfen
step-agreement = Zielvereinbarung

## Wille
will-title = Wille
will-intro = Was will die Klientin oder der Klient? Halten Sie die Antworten in ihren oder seinen eigenen Worten fest, in der Ich-Form, auch wenn sie unrealistisch wirken.
will-verbatim-note = Lotse speichert jede Eingabe sofort und genau so, wie sie geschrieben wurde: nichts wird gekürzt oder verändert.
will-statement-legend = Aussage { $number }
will-wording-label = Was wollen Sie ändern? Was wollen Sie erreichen?
will-wording-hint = Wörtlich, zum Beispiel „Ich will wieder arbeiten.“
will-own-action-label = Was machen Sie selbst dafür?
will-own-action-hint = Wörtlich, zum Beispiel „Ich rufe die Vermieterin an.“
will-add = Weitere Aussage hinzufügen
will-remove = Aussage entfernen
will-remove-question = { $name } mit allen Worten der Klientin oder des Klienten entfernen?
coach-wish = Das klingt so, als sollten andere etwas tun. Was machen Sie selbst dafür?
coach-add-own-action = Eigenen Beitrag ergänzen

## Nicht gefunden
not-found-title = Seite nicht gefunden
not-found-body = Diese Adresse gibt es in Lotse nicht. Ihre Fälle sind davon nicht betroffen.

## Ziele
goals-title = Ziele
goals-intro = Ziele wachsen aus dem Willen. Formulieren Sie jedes Ziel gemeinsam mit der Klientin oder dem Klienten, in ihren oder seinen Worten. Die SMART-Prüfung zeigt, was noch offen ist; sie ist keine Pflicht.
goals-no-will = Es gibt noch keine Aussage zum Willen. Ziele lassen sich trotzdem anlegen; besser ist es, beim Willen zu beginnen.
goal-add = Ziel hinzufügen
goal-legend = Ziel { $number }
goal-will-label = Zu welcher Aussage gehört dieses Ziel?
goal-will-none = Zu keiner bestimmten Aussage
will-statement-short = Aussage
goal-client-label = Das Ziel in Ihren Worten
goal-client-hint = So, wie die Klientin oder der Klient es sagt, zum Beispiel „Wieder Arbeit mit Maschinen“.
goal-professional-label = Fachliche Formulierung (optional)
goal-professional-hint = Für den Hilfeplan, zum Beispiel „Aufnahme einer Beschäftigung im technischen Bereich“.
goal-domains-legend = Welche Lebensbereiche berührt das Ziel?
goal-indicator-label = Woran merken Sie, dass Sie es geschafft haben?
goal-indicator-hint = Ein Zeichen, das alle sehen können, zum Beispiel „ein Arbeitsvertrag oder zwei Vorstellungsgespräche“.
goal-review-label = Überprüfung am (optional)
goal-smart-legend = SMART-Prüfung
goal-smart-hint = Kreuzen Sie an, was auf das Ziel zutrifft. Offene Punkte sind ein Anlass zum Gespräch, kein Fehler.
goal-smart-open = Noch offen: { $criteria }
goal-smart-all-met = Alle fünf Punkte sind erfüllt.
goal-remove = Ziel entfernen
goal-remove-question = { $name } mit allen Angaben und Schritten entfernen?
smart-specific = spezifisch
smart-specific-hint = Das Ziel sagt genau, was erreicht werden soll.
smart-measurable = messbar
smart-measurable-hint = Man kann feststellen, ob es erreicht ist (siehe Indikator).
smart-attractive = attraktiv
smart-attractive-hint = Die Klientin oder der Klient will es selbst und hat es mitformuliert.
smart-realistic = realistisch
smart-realistic-hint = Es ist mit den vorhandenen Kräften und Ressourcen im Zeitraum erreichbar.
smart-timed = terminiert
smart-timed-hint = Es gibt einen Zeitpunkt, bis wann es erreicht sein soll.

## Lebensbereiche (ICF)
domain-d1 = Lernen und Wissensanwendung
domain-d2 = Allgemeine Aufgaben und Anforderungen
domain-d3 = Kommunikation
domain-d4 = Mobilität
domain-d5 = Selbstversorgung
domain-d6 = Häusliches Leben
domain-d7 = Interpersonelle Interaktionen und Beziehungen
domain-d8 = Bedeutende Lebensbereiche (Bildung, Arbeit, Wirtschaft)
domain-d9 = Gemeinschafts-, soziales und staatsbürgerliches Leben

## Allgemeine Angaben
not-given = nicht angegeben
change = Ändern

## Eigene Schritte
steps-title = Eigene Schritte
steps-intro = Zuerst das, was die Klientin oder der Klient selbst tut. Danach das eigene Netzwerk, dann der Sozialraum, zuletzt Fachdienste. Lotse ordnet die Schritte in dieser Reihenfolge.
steps-no-goal = Es gibt noch kein Ziel. Legen Sie zuerst ein Ziel an; dann lassen sich hier Schritte dazu festhalten.
steps-no-client-step = Noch kein Schritt, den die Klientin oder der Klient selbst macht.
step-add = Schritt hinzufügen zu: { $goal }
step-unnamed = Neuer Schritt
step-what-label = Was wird getan?
step-who-label = Wer macht es?
step-when-label = Bis wann? (optional)
step-remove = Schritt entfernen
step-remove-question = Schritt „{ $name }“ entfernen?
owner-client = Klient:in selbst
owner-group-network = Netzwerk (Familie, Freunde, Nachbarn, Kollegen)
owner-group-neighbourhood = Sozialraum
owner-group-services = Fachdienste

## Ressourcen
resources-title = Ressourcen
resources-intro = Alles, was sich zeigen lässt, ist eine Ressource. Fragen Sie: „Was gelingt Ihnen?“ und „Wer oder was hilft Ihnen schon jetzt, so zu leben, wie Sie wollen?“
resources-view-label = Darstellung der Ressourcen
resources-list-label = Alle Ressourcen
view-map = Als Karte
view-list = Als Liste
resource-personal = Persönliche Ressourcen
resource-personal-prompt = Was mir gelingt: Fähigkeiten, Erfahrungen, Interessen, Gesundheit.
resource-social = Soziale Ressourcen
resource-social-prompt = Wer mir schon hilft: Familie, Freunde, Nachbarn, Kollegen.
resource-material = Materielle Ressourcen
resource-material-prompt = Was ich habe: Geld, Wohnung, Auto, Geräte.
resource-neighbourhood = Sozialräumliche Ressourcen
resource-neighbourhood-prompt = Was es im Viertel gibt: Treffpunkte, Vereine, Angebote, Orte.
resource-add = Hinzufügen: { $kind }
resource-kind-label = Art der Ressource
resource-text-label = Was ist die Ressource?
resource-goals-legend = Bei welchen Zielen hilft sie?
resource-unnamed = Neue Ressource
resource-remove = Ressource entfernen
resource-remove-question = Ressource „{ $name }“ entfernen?

## Netzwerk
network-title = Netzwerkkarte
network-intro = Wer ist für die Klientin oder den Klienten da? Tippen Sie auf der Karte einen Bereich an oder wählen Sie ihn im Formular, geben Sie den Namen ein und fügen Sie die Person hinzu. Beziehungen werden nur nach Nähe eingeordnet, nicht bewertet.
network-map-label = Netzwerkkarte: Klient:in in der Mitte, vier Bereiche, drei Abstände
network-map-caption = Die Karte zeigt dieselben Personen wie die Tabelle darunter.
network-zone-label = { $sector }, { $distance }: hier einordnen
network-client = Klient:in
network-add-title = Person oder Dienst hinzufügen
network-add-submit = Zur Netzwerkkarte hinzufügen
network-empty = Noch niemand auf der Netzwerkkarte.
network-table-caption = Das Netzwerk als Tabelle (die Nummern stehen auch auf der Karte)
network-number = Nr.
contact-name-label = Name
contact-name-hint = Zum Beispiel „Anja (Schwester)“ oder „Jobcenter, Frau Yilmaz“.
contact-sector-legend = Bereich
contact-distance-legend = Abstand
contact-role-label = Rolle
contact-role-hint = Was die Person oder der Dienst tut, zum Beispiel „geht mit zu Terminen“.
contact-details-label = Kontaktdaten (optional)
contact-details-hint = Nur festhalten, was nötig ist.
contact-consent-legend = Darf Kontakt aufgenommen werden?
contact-consent-date-label = Datum der Zustimmung oder Ablehnung
contact-remove = Aus dem Netzwerk entfernen
contact-remove-question = „{ $name }“ aus dem Netzwerk entfernen? Schritte dieser Person gehen an die Klientin oder den Klienten zurück.
consent-yes = Ja
consent-no = Nein
consent-not-asked = Nicht gefragt
sector-family = Familie
sector-friends = Freunde und Nachbarn
sector-colleagues = Kollegen (Arbeit, Schule)
sector-professional = Professionelle Helfer
distance-close = nah
distance-middle = mittel
distance-loose = lose
error-contact-name = Geben Sie einen Namen ein
error-contact-place = Wählen Sie einen Bereich und einen Abstand, auf der Karte oder im Formular

## Lebensbereiche und Verhältnisse
life-domains-title = Lebensbereiche und Verhältnisse
life-domains-intro = Welche Lebensbereiche berühren die Ziele und Ressourcen? Und was muss sich im Umfeld ändern, nicht nur im Verhalten?
life-domains-caption = Ziele und Ressourcen nach Lebensbereich (ICF)
life-domains-column-domain = Lebensbereich
life-domains-none = –
circumstances-title = Verhältnisse: was sich im Umfeld ändern sollte
circumstances-hint = Getrennt von den Zielen der Klientin oder des Klienten, zum Beispiel „Keine Kinderbetreuung am Abend im Viertel“.
circumstance-label = Was sollte sich ändern?
circumstance-add = Verhältnis hinzufügen
circumstance-remove = Verhältnis entfernen
circumstance-remove-question = „{ $name }“ entfernen?

## Überprüfen
review-title = Überprüfen
review-intro = Alles auf einen Blick. Mit „Ändern“ kommen Sie direkt zum Feld.
review-case-details = Falldaten
review-nothing-yet = Noch nichts eingetragen.
coverage-title = Die fünf Prinzipien
coverage-covered = (abgedeckt)
coverage-gaps = (es fehlt noch etwas)
principle-will = 1. Orientierung am Willen
principle-own-initiative = 2. Eigeninitiative und Selbsthilfe
principle-resources = 3. Ressourcen
principle-life-domains = 4. Lebensbereiche und Verhältnisse
principle-cooperation = 5. Koordinierte Kooperation
cov-will-one = { $count } Aussage in eigenen Worten.
cov-will-other = { $count } Aussagen in eigenen Worten.
cov-no-will = Noch keine Aussage in eigenen Worten.
cov-wishes-one = { $count } Aussage bittet andere zu handeln; noch ohne eigenen Beitrag.
cov-wishes-other = { $count } Aussagen bitten andere zu handeln; noch ohne eigenen Beitrag.
cov-client-steps-one = { $count } Schritt, den die Klientin oder der Klient selbst macht.
cov-client-steps-other = { $count } Schritte, die die Klientin oder der Klient selbst macht.
cov-no-goal = Noch kein Ziel.
cov-no-client-step = Noch kein Schritt, den Sie selbst machen.
cov-resources = { $count } Ressourcen aus { $kinds } von 4 Bereichen.
cov-no-resource = Noch keine Ressource.
cov-no-neighbourhood = Noch keine Ressource aus dem Sozialraum.
cov-domains-one = Die Ziele berühren { $count } Lebensbereich.
cov-domains-other = Die Ziele berühren { $count } Lebensbereiche.
cov-goals-no-domain-one = { $count } Ziel ohne Lebensbereich.
cov-goals-no-domain-other = { $count } Ziele ohne Lebensbereich.
cov-circumstances-one = { $count } Verhältnis im Umfeld festgehalten.
cov-circumstances-other = { $count } Verhältnisse im Umfeld festgehalten.
cov-no-circumstance = Noch nichts dazu, was sich im Umfeld ändern sollte.
cov-contacts = { $count } Personen oder Dienste im Netzwerk, { $owners } davon mit Schritten.
cov-no-contact = Noch niemand auf der Netzwerkkarte.
cov-no-consent-one = { $count } Person mit Schritten hat der Kontaktaufnahme noch nicht zugestimmt.
cov-no-consent-other = { $count } Personen mit Schritten haben der Kontaktaufnahme noch nicht zugestimmt.

## Zielvereinbarung
agreement-title = Zielvereinbarung
agreement-details-title = Angaben für die Vereinbarung
agreement-client-view = Die Situation aus Sicht der Klientin oder des Klienten
agreement-client-view-hint = In ihren oder seinen Worten.
agreement-caseworker-view = Die Situation aus Sicht der Fachkraft
agreement-caseworker-view-hint = Unterschiedliche Sichtweisen bleiben nebeneinander stehen.
agreement-caseworker = Zuständige Fachkraft und Dienst
agreement-participants = Weitere Beteiligte (optional)
agreement-participants-hint = Zum Beispiel Angehörige oder Fachdienste, die am Gespräch teilnehmen.
agreement-review = Überprüfung der Vereinbarung am
agreement-print = Drucken oder als PDF speichern
agreement-print-hint = Im Druckdialog können Sie „Als PDF speichern“ wählen. Die Klientin oder der Klient bekommt eine Kopie.
agreement-document-title = Zielvereinbarung für { $alias }
agreement-client = Klient:in
agreement-situation = Die Situation
agreement-signatures = Unterschriften
signature-client = Unterschrift Klient:in
signature-caseworker = Unterschrift Fachkraft
signature-hint = Mit dem Finger oder Stift im Feld unterschreiben. Ohne Unterschrift hier bleibt im Ausdruck eine Linie zum Unterschreiben auf Papier.
signature-save = Unterschrift übernehmen
signature-redo = Neu beginnen
signature-clear = Unterschrift löschen
signature-stored-alt = Gespeicherte Unterschrift
signature-image-alt = { $who }
signature-date-place = Ort, Datum
doc-participants = Weitere Beteiligte
doc-review = Überprüfung am
doc-by-when = Bis wann

## Sprache und Anzeige
language-label = Sprache
language-de = Deutsch
language-de-leicht = Leichte Sprache
language-en = English
display-label = Anzeige
setting-large-text = Große Schrift
setting-high-contrast = Hoher Kontrast

## Vorlesen
read-aloud = Vorlesen
read-aloud-stop = Vorlesen beenden
read-aloud-unavailable = Auf diesem Gerät gibt es keine deutsche Vorlese-Stimme. Das Vorlesen geht deshalb nicht.

## Klienten-Modus
client-mode-start = Tablet an Klient:in geben
client-mode-start-hint = Zeigt nur die Fragen an die Klientin oder den Klienten, in Leichter Sprache und großer Schrift. Andere Fälle, fachliche Angaben und Löschen sind ausgeblendet.
client-mode-banner = Klienten-Modus
client-mode-exit = Zurück an die Fachkraft
client-mode-exit-hint = Zum Beenden die Taste gedrückt halten, bis der Balken voll ist.
client-mode-exit-title = Klienten-Modus beenden?
client-mode-exit-body = Danach sind wieder alle Angaben und Fälle zu sehen. Alles Eingegebene ist gespeichert.
client-mode-exit-confirm = Ja, beenden
client-mode-exit-cancel = Nein, weiter im Klienten-Modus

## Updates
update-available = Neue Version verfügbar
update-body = Lotse wurde aktualisiert. Ihre Eingaben sind gespeichert und bleiben erhalten.
update-apply = Jetzt aktualisieren
