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
delete-irreversible = Das lässt sich nicht rückgängig machen.
delete-confirm = Ja, Fall endgültig löschen
delete-cancel = Nein, Fall behalten
delete-done = Der Fall „{ $alias }“ wurde gelöscht.
delete-failed = Der Fall konnte nicht gelöscht werden, weil der Browser keinen Zugriff auf den Speicher erlaubt. Es wurde nichts verändert.

## Schritte
step-nav-label = Schritte des Erstgesprächs
step-will = Wille

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
will-remove-question = Aussage { $number } mit allen Worten der Klientin oder des Klienten entfernen?
will-remove-confirm = Ja, entfernen

## Nicht gefunden
not-found-title = Seite nicht gefunden
not-found-body = Diese Adresse gibt es in Lotse nicht. Ihre Fälle sind davon nicht betroffen.
