# Lotse – Texte in Leichter Sprache.
# Regeln: Netzwerk Leichte Sprache und DIN SPEC 33429.
# Jede Zeile „schlüssel = Text“ ist ein Text der Oberfläche. Den Schlüssel links nicht ändern.
# { $name } ist ein Platzhalter: Er wird beim Anzeigen ersetzt und muss erhalten bleiben.
# Ein Satz pro Zeile: Die Folgezeilen sind eingerückt.
# Höchstens 10 Wörter pro Satz. Lange Wörter mit Medio·punkt trennen:
# nur zwischen 2 Wörtern (Netz·werk), nie nach einer Vorsilbe (nicht: Ein·stellungen).
# tests/easy_language.rs prüft diese Regeln, auch die Wörter unten in Klammern:
# Sie werden durch das Wort davor ersetzt.
#
# Immer dasselbe Wort für dieselbe Sache:
#   Fall (Eintrag), Kurz·name, 1. Treffen, 1. Gespräch, Satz (Aussage zum Willen),
#   Ziel, Schritt, Stärken und Hilfen (Ressourcen), Netz·werk, Netz·werk·karte,
#   Person oder Stelle (Kontakt), Helfer von Beruf (Fachdienste), Viertel (Sozialraum),
#   Umfeld und Änderung im Umfeld (Verhältnisse), Lebens·bereiche, Ziel·prüfung (SMART),
#   Ziel·vereinbarung, Unterschrift, Fach·kraft, Klienten·modus, löschen (entfernen),
#   Rück·blick (Überprüfung), schützen und Schutz mit Passwort (verschlüsseln,
#   Ver·schlüsselung), Datei (Sicherung).
#   Ziel·vereinbarung Nummer 2 (Fassung): die Ziel·vereinbarung nach einem Rück·blick.
#   Der Fall aus dem anderen Fenster (Fassung): Das sagt Lotse, wenn 2 Fenster
#   einen Fall ändern.
#   Version: nur für Lotse selbst, zum Beispiel eine neue Version von Lotse.
#   Kopie: nur die Kopie, die Lotse von jedem Fall aufbewahrt.

## Allgemein
app-name = Lotse
header-home-hint = Zur Start·seite
skip-to-content = Direkt zum Inhalt gehen
back-to-case-list = Zurück zur Liste mit Ihren Fällen
cancel = Abbrechen
remove-confirm = Ja, löschen
next-step =
    Zur nächsten Seite:
    { $step }
title-error-prefix = {"Fehler: "}
error-prefix = {"Fehler: "}
error-summary-title =
    Hier stimmt etwas nicht.
    Bitte prüfen Sie Ihre Angaben.

## Speichern
save-state-saved = Alles gespeichert
save-state-pending = Lotse speichert gerade
save-state-failed = Lotse kann gerade nicht speichern
storage-retry = Noch einmal speichern
client-storage-title = Lotse kann gerade nicht speichern.
client-storage-body =
    Ihre Worte stehen noch hier.
    Bitte geben Sie der Fach·kraft jetzt das Tablet.
    Das Tablet ist dieses Gerät.
    Die Fach·kraft kümmert sich darum.
client-case-notice-title = Auf diesem Tablet hat sich etwas geändert.
client-case-notice-body =
    Bitte schreiben Sie jetzt nicht weiter.
    Bitte geben Sie der Fach·kraft jetzt das Tablet.
    Das Tablet ist dieses Gerät.
    Die Fach·kraft kümmert sich darum.
storage-unavailable-title = Lotse kann in diesem Browser nicht speichern
storage-unavailable-body =
    Lotse darf auf diesem Gerät nichts speichern.
    Das verbietet der Browser.
    Der Browser ist das Programm für das Internet.
    Vielleicht ist der private Modus im Browser an.
    Oder eine Einstellung im Browser verbietet das Speichern.
    Lotse behält Ihre Eingaben nur, solange dieses Fenster offen ist.
    Das können Sie tun:
    Öffnen Sie die Einstellungen vom Browser.
    Erlauben Sie dort das Speichern für diese Seite.
    Laden Sie die Seite dann neu.
storage-full-title =
    Der Speicher ist voll.
    Ihre letzte Eingabe ist noch nicht gespeichert.
storage-full-body =
    Ihre Eingaben bleiben in diesem Fenster, solange es offen ist.
    Mit Ihren Fällen im Speicher ist nichts passiert.
    Machen Sie Platz im Speicher.
    Löschen Sie dazu Fälle, die Sie nicht mehr brauchen.
    Oder machen Sie im Browser Speicher·platz frei.
    Wählen Sie dann „Noch einmal speichern“.
storage-write-failed-title = Ihre letzte Eingabe ist nicht gespeichert
storage-write-failed-body =
    Der Browser hat das Speichern verboten.
    Ihre Eingaben bleiben in diesem Fenster, solange es offen ist.
    Mit Ihren Fällen im Speicher ist nichts passiert.
    Wählen Sie „Noch einmal speichern“.
    Klappt das nicht?
    Dann fragen Sie die Computer·hilfe bei Ihrer Arbeit.
storage-blocked-title = Lotse ist noch in einem anderen Tab offen
storage-blocked-body =
    In dem anderen Tab ist eine alte Version von Lotse.
    Die neue Version kann Ihre Fälle erst dann öffnen,
    wenn die alte Version zu ist.
    Schließen Sie alle anderen Tabs mit Lotse.
    Dann lädt diese Seite neu.
    Mit Ihren Fällen passiert nichts.
storage-superseded-title = Es gibt eine neue Version von Lotse
storage-superseded-body =
    In einem anderen Tab läuft jetzt eine neue Version.
    In diesem Tab kann Lotse nicht mehr speichern.
    Laden Sie die Seite neu.
    Bis dahin bleiben Ihre Eingaben in diesem Fenster.

## Beschädigte oder neuere Einträge
record-damaged-title = Lotse kann einen Fall im Speicher nicht lesen
record-damaged-body =
    Ein Fall auf diesem Gerät ist kaputt.
    Vielleicht ist Lotse beim Speichern abgestürzt.
    Lotse lässt den Fall so, wie er ist.
    So geht nichts verloren.
    Alle anderen Fälle können Sie wie immer benutzen.
    Speichern Sie den kaputten Fall als Datei.
    Geben Sie der Computer·hilfe bei Ihrer Arbeit die Datei.
    Oder geben Sie Ihrer Ansprech·person für Lotse die Datei.
record-newer-title = Ein Fall ist aus einer neueren Version von Lotse
record-newer-body =
    Dieser Fall ist aus einer neueren Version von Lotse.
    Diese Version von Lotse kann den Fall nicht öffnen.
    Lotse lässt den Fall so, wie er ist.
    Laden Sie die Seite neu.
    Dann bekommen Sie die neueste Version.
    Oder speichern Sie den Fall als Datei.
record-key-label = Name im Speicher:
record-save-copy = Fall als Datei speichern
record-save-copy-failed =
    Das Speichern als Datei hat nicht geklappt.
    Der Fall bleibt so, wie er ist, auf dem Gerät.

## Fallliste
case-list-title = Ihre Fälle
case-list-label = Ihre Fälle auf diesem Gerät
case-list-recent =
    Hier sehen Sie { $shown } Fälle von { $total } Fällen.
    Das sind die Fälle mit den neuesten Änderungen.
case-list-all-link = Zur Liste mit allen { $total } Fällen
all-cases-title = Alle Fälle
all-cases-search-label = Fall suchen
all-cases-search-hint =
    Schreiben Sie das Kürzel.
    Oder schreiben Sie das Datum vom 1. Treffen.
    Zum Beispiel 20.11.2026
all-cases-found-one = { $count } Fall
all-cases-found-other = { $count } Fälle
all-cases-none-found =
    Lotse findet keinen Fall.
    Sie suchen { $query }
pagination-label = Seiten
pagination-previous = Seite zurück
pagination-next = Seite weiter
pagination-position = Sie sind auf Seite { $page } von { $pages }
case-list-new = Neuen Fall beginnen
case-list-empty-title = Auf diesem Gerät gibt es noch keine Fälle
case-list-empty-body =
    Beginnen Sie einen neuen Fall.
    Dann können Sie mit dem 1. Gespräch anfangen.
    Ein Fall gehört zu 1 Person.
    Für den Fall reicht ein Kurz·name.
    Der echte Name ist nicht nötig.
case-list-empty-privacy =
    Lotse speichert alles nur in diesem Browser auf diesem Gerät.
    Lotse schickt nichts ins Internet.
case-label = Fall:
case-first-contact = 1. Treffen
case-updated-at = Zuletzt geändert
case-next-review = Nächster Rück·blick
due-reviews-title = Diese Rück·blicke sind dran
due-review-on = Rück·blick am { $date }
due-overdue = Der Tag ist vorbei.
header-due-one = { $count } Rück·blick ist dran
header-due-other = { $count } Rück·blicke sind dran
case-open = Öffnen
case-rename = Name ändern
case-delete = Löschen
case-unavailable-title = Lotse kann diesen Fall nicht öffnen
case-not-found-body =
    Auf diesem Gerät gibt es keinen Fall mit dieser Adresse.
    Vielleicht hat jemand den Fall gelöscht.
    Oder der Fall ist auf einem anderen Gerät.

## Neuer Fall und Umbenennen
new-case-title = Neuen Fall beginnen
new-case-intro =
    Für den Fall brauchen Sie nur 2 Angaben:
    1. Einen Kurz·namen für die Person.
    2. Das Datum vom 1. Treffen.
new-case-submit = Fall beginnen
new-case-part-missing =
    Der Fall ist noch nicht fertig.
    Lotse holt dafür etwas aus dem Internet.
    Das hat gerade nicht geklappt.
    Vielleicht hat das Gerät kein Internet.
    Ihre Angaben stehen noch da.
    Versuchen Sie es später noch einmal.
alias-label = Kurz·name
alias-hint =
    Zum Beispiel:
    Herr K.
    Der echte Name ist nicht nötig.
first-contact-label = Datum vom 1. Treffen
first-contact-hint =
    Zum Beispiel:
    20.11.2026
error-alias-missing = Bitte schreiben Sie einen Kurz·namen
error-date-missing = Bitte schreiben Sie das Datum vom 1. Treffen
error-date-invalid =
    Das Datum vom 1. Treffen muss ein echtes Datum sein.
    Zum Beispiel:
    20.11.2026
error-date-in-future =
    Das Datum vom 1. Treffen ist in der Zukunft.
    Das Datum muss heute sein oder früher.
rename-title = Neuer Name für den Fall
rename-submit = Den neuen Namen speichern

## Löschen
delete-title = Wollen Sie den Fall „{ $alias }“ löschen?
delete-intro = Das löscht Lotse für immer auf diesem Gerät:
delete-loses-details = den Kurz·namen und das Datum vom 1. Treffen
delete-loses-will-one = { $count } Satz dazu, was die Person will
delete-loses-will-other = { $count } Sätze dazu, was die Person will
delete-loses-own-one =
    { $count } Antwort auf die Frage:
    Was machen Sie selbst dafür?
delete-loses-own-other =
    { $count } Antworten auf die Frage:
    Was machen Sie selbst dafür?
delete-loses-intake =
    Ziele:
    { $goals }
    Schritte für die Ziele:
    { $steps }
    Stärken und Hilfen:
    { $resources }
    Personen oder Stellen im Netz·werk:
    { $contacts }
    Die Änderungen im Umfeld.
    Die Ziel·vereinbarung und die Unter·schriften.
delete-irreversible = Danach ist der Fall für immer weg.
delete-confirm = Ja, Fall für immer löschen
delete-cancel = Nein, den Fall behalten
delete-done = Lotse hat den Fall „{ $alias }“ gelöscht.
delete-failed =
    Lotse konnte den Fall nicht löschen.
    Der Browser lässt Lotse nicht an den Speicher.
    Alles ist noch so wie vorher.

## Schritte
step-nav-label = Teile vom 1. Gespräch
step-will = Was Sie wollen
step-goals = Ziele
step-steps = Schritte zum Ziel
step-resources = Stärken und Hilfen
step-network = Netz·werk
step-life-domains = Lebens·bereiche
step-check = Alles prüfen
step-agreement = Ziel·vereinbarung

## Wille
will-title = Was Sie wollen
will-intro =
    Was wollen Sie?
    Was soll anders werden?
    Sagen Sie es mit Ihren eigenen Worten.
    Fangen Sie Ihren Satz so an:
    „Ich will“
    Auch große Träume sind erlaubt.
will-verbatim-note =
    Lotse speichert alles sofort.
    Lotse speichert jedes Wort von Ihnen.
    Lotse kürzt nichts.
    Lotse ändert nichts.
will-statement-legend = Satz { $number }
will-wording-label =
    Was wollen Sie?
    Was soll anders werden?
will-wording-hint =
    Schreiben Sie Ihre eigenen Worte auf.
    Zum Beispiel:
    „Ich will wieder arbeiten.“
will-own-action-label = Was machen Sie selbst dafür?
will-own-action-hint =
    Schreiben Sie Ihre eigenen Worte auf.
    Zum Beispiel:
    „Ich rufe die Vermieterin an.“
will-add = Noch einen Satz aufschreiben
will-remove = Satz löschen
will-remove-question = { $name } mit allen Ihren Worten löschen?
coach-wish =
    In diesem Satz sollen andere etwas tun.
    Was machen Sie selbst dafür?
coach-add-own-action = Ihren eigenen Teil aufschreiben

## Nicht gefunden
not-found-title = Lotse findet diese Seite nicht
not-found-body =
    Diese Adresse gibt es in Lotse nicht.
    Mit Ihren Fällen ist alles in Ordnung.

## Ziele
goals-title = Ziele
goals-intro =
    Ihre Ziele kommen aus Ihren Sätzen.
    Zum Beispiel:
    Sie wollen wieder arbeiten.
    Dann ist ein Ziel:
    „Eine Arbeit im Lager finden“
    Schreiben Sie jedes Ziel mit Ihren eigenen Worten.
    Die Fach·kraft hilft Ihnen dabei.
goals-no-will =
    Auf der Seite „Was Sie wollen“ steht noch kein Satz.
    Sie können trotzdem Ziele aufschreiben.
    Besser ist:
    Gehen Sie zuerst auf die Seite „Was Sie wollen“.
goal-add = Ein Ziel aufschreiben
goal-legend = Ziel { $number }
goal-will-label = Zu welchem Satz gehört dieses Ziel?
goal-will-none = Zu keinem Satz
will-statement-short = Satz
goal-client-label = Ihr Ziel mit Ihren Worten
goal-client-hint =
    Schreiben Sie das Ziel kurz auf.
    Nehmen Sie Ihre eigenen Worte.
    Zum Beispiel:
    „Wieder Arbeit mit Maschinen“
goal-professional-label = Das Ziel in Fach·sprache – freiwillig
goal-professional-hint =
    Das ist für den Hilfe·plan.
    Zum Beispiel:
    „Arbeit im technischen Bereich aufnehmen“
goal-domains-legend = Zu welchen Lebens·bereichen gehört das Ziel?
goal-indicator-label =
    Woran merken Sie:
    Ich habe mein Ziel geschafft?
goal-indicator-hint =
    Was können andere dann sehen?
    Schreiben Sie das auf.
    Zum Beispiel:
    „Ich habe einen Arbeits·vertrag.“
    Oder:
    „Ich bin zu 2 Vorstellungs·gesprächen gegangen.“
goal-review-label =
    Wann sprechen Sie mit der Fach·kraft wieder über das Ziel?
    Das ist der Tag vom Rück·blick.
    Das ist freiwillig.
goal-smart-legend = Ziel·prüfung
goal-smart-hint =
    Kreuzen Sie an, was für das Ziel stimmt.
    Ein offener Punkt ist kein Fehler.
    Sprechen Sie über die offenen Punkte.
goal-smart-open =
    Das fehlt noch:
    { $criteria }
goal-smart-all-met = Alle 5 Punkte stimmen.
goal-remove = Ziel löschen
goal-remove-question = { $name } mit allen Angaben und Schritten löschen?
smart-specific = genau
smart-specific-hint = Das Ziel sagt genau, was Sie schaffen wollen.
smart-measurable = prüfbar
smart-measurable-hint =
    Sie können prüfen, ob Sie das Ziel geschafft haben.
    Dafür gibt es ein Zeichen, das alle sehen können.
smart-attractive = gewollt
smart-attractive-hint =
    Sie wollen das Ziel selbst.
    Das Ziel ist in Ihren eigenen Worten.
smart-realistic = machbar
smart-realistic-hint =
    Sie können das Ziel in der Zeit schaffen.
    Ihre Kräfte und Hilfen reichen dafür.
smart-timed = mit Termin
smart-timed-hint =
    Es gibt einen Termin für das Ziel.
    Bis dahin wollen Sie das Ziel schaffen.

## Lebensbereiche (ICF)
domain-d1 = Lernen und Wissen benutzen
domain-d2 = Aufgaben im Alltag schaffen
domain-d3 = Sprechen und Verstehen
domain-d4 = Sich bewegen und unterwegs sein
domain-d5 = Für sich selbst sorgen
domain-d6 = Leben im Haushalt
domain-d7 = Mit anderen Menschen umgehen
domain-d8 = Schule, Arbeit und Geld
domain-d9 = Leben in der Gemeinschaft

## Allgemeine Angaben
not-given = keine Angabe
change = Ändern

## Eigene Schritte
steps-title = Schritte zum Ziel
steps-intro =
    Ein Ziel schaffen Sie Schritt für Schritt.
    Zuerst kommen Ihre eigenen Schritte.
    Dann kommen Schritte von Menschen aus Ihrem Netz·werk.
    Ihr Netz·werk sind Familie, Freunde, Nachbarn und Kollegen.
    Dann kommen Hilfen aus Ihrem Viertel.
    Das Viertel ist die Gegend um Ihre Wohnung.
    Zuletzt kommen Helfer von Beruf.
    Zum Beispiel das Jobcenter.
    Lotse ordnet die Schritte in dieser Reihen·folge.
steps-no-goal =
    Es gibt noch kein Ziel.
    Schreiben Sie zuerst ein Ziel auf.
    Dann können Sie hier Schritte zu dem Ziel aufschreiben.
steps-no-client-step =
    Was machen Sie selbst für dieses Ziel?
    Das fehlt noch.
step-add = Neuer Schritt für das Ziel „{ $goal }“
step-unnamed = Neuer Schritt
step-what-label = Was genau soll passieren?
step-who-label = Wer macht den Schritt?
step-when-label =
    Bis wann soll der Schritt fertig sein?
    Das ist freiwillig.
step-remove = Schritt löschen
step-remove-question = Schritt „{ $name }“ löschen?
owner-client = Sie selbst
owner-group-network = Familie, Freunde, Nachbarn und Kollegen
owner-group-neighbourhood = Hilfen in Ihrem Viertel
owner-group-services = Helfer von Beruf

## Ressourcen
resources-title = Stärken und Hilfen
resources-intro =
    Was können Sie gut?
    Wer hilft Ihnen schon?
    Was hilft Ihnen schon?
    Schreiben Sie das alles auf.
resources-view-label = So zeigt Lotse die Stärken und Hilfen
resources-list-label = Alle Stärken und Hilfen
view-map = Als Karte
view-list = Als Liste
resource-personal = Ihre Stärken
resource-personal-prompt =
    Was können Sie gut?
    Was wissen Sie?
    Was machen Sie gern?
    Was hält Sie gesund?
resource-social = Hilfe von Menschen
resource-social-prompt =
    Wer hilft Ihnen schon?
    Zum Beispiel:
    Familie, Freunde, Nachbarn, Kollegen.
resource-material = Ihre Dinge
resource-material-prompt =
    Was haben Sie?
    Zum Beispiel:
    Geld, Wohnung, Auto, Geräte.
resource-neighbourhood = Hilfen in Ihrem Viertel
resource-neighbourhood-prompt =
    Was gibt es in Ihrem Viertel?
    Das Viertel ist die Gegend um Ihre Wohnung.
    Zum Beispiel:
    Treff·punkte, Vereine, Bücherei, Beratungs·stellen.
resource-add =
    Neu aufschreiben:
    { $kind }
resource-kind-label = Welche Art von Stärke oder Hilfe ist das?
resource-text-label = Was ist die Stärke oder Hilfe?
resource-goals-legend = Bei welchen Zielen hilft das?
resource-unnamed = Neue Stärke oder Hilfe
resource-remove = Stärke oder Hilfe löschen
resource-remove-question = „{ $name }“ löschen?

## Netzwerk
network-title = Netz·werk·karte
network-intro =
    Die Netz·werk·karte zeigt:
    Diese Menschen und Stellen sind für Sie da.
    Sie sind in der Mitte von der Karte.
    Ist Ihnen jemand nah?
    Dann kommt die Person nah an die Mitte.
    Nah oder weit weg heißt nicht gut oder schlecht.
    So kommt eine Person oder Stelle auf die Karte:
    Schreiben Sie den Namen.
    Tippen Sie auf der Karte auf den passenden Platz.
    Oder wählen Sie unten einen Bereich und einen Abstand.
    Tippen Sie dann auf „Auf die Netz·werk·karte setzen“.
network-map-label =
    Netz·werk·karte.
    Sie sind in der Mitte.
    Es gibt 4 Bereiche und 3 Abstände.
network-map-caption = Die Karte zeigt die gleichen Personen wie die Tabelle unten.
network-zone-label =
    Hierhin setzen:
    { $sector }, { $distance }
network-client = Sie
network-add-title = Eine Person oder Stelle aufschreiben
network-add-submit = Auf die Netz·werk·karte setzen
network-empty = Auf der Netz·werk·karte ist noch niemand.
network-table-caption =
    Das Netz·werk als Tabelle.
    Die Nummern stehen auch auf der Karte.
network-number = Nummer
contact-name-label = Name
contact-name-hint =
    Zum Beispiel:
    „Anja, meine Schwester“
    Oder:
    „Jobcenter, Frau Yilmaz“
contact-sector-legend = Bereich
contact-distance-legend = Abstand
contact-role-label = Was macht die Person oder Stelle für Sie?
contact-role-hint =
    Zum Beispiel:
    „geht mit zu Terminen“
    Oder:
    „hilft bei Briefen vom Amt“
contact-details-label =
    Telefon oder Adresse.
    Das ist freiwillig.
contact-details-hint =
    Schreiben Sie nur wenig auf.
    Zum Beispiel nur die Telefon·nummer.
contact-consent-legend = Darf die Fach·kraft die Person anrufen oder treffen?
contact-consent-date-label = Wann haben Sie Ja oder Nein gesagt?
contact-remove = Aus dem Netz·werk löschen
contact-remove-question =
    „{ $name }“ aus dem Netz·werk löschen?
    Die Schritte von dieser Person gehen dann an Sie zurück.
consent-yes = Ja
consent-no = Nein
consent-not-asked = Noch nicht gefragt
sector-family = Familie
sector-friends = Freunde und Nachbarn
sector-colleagues = Kollegen bei der Arbeit oder in der Schule
sector-professional = Helfer von Beruf
distance-close = nah
distance-middle = mittel
distance-loose = weit weg
error-contact-name = Bitte schreiben Sie einen Namen
error-contact-place =
    Bitte wählen Sie einen Bereich und einen Abstand.
    Das geht auf der Karte oder im Formular.

## Lebensbereiche und Verhältnisse
life-domains-title = Lebens·bereiche und Umfeld
life-domains-intro =
    Lebens·bereiche sind Teile von Ihrem Leben.
    Zu welchen Lebens·bereichen gehören Ihre Ziele?
    Zu welchen Lebens·bereichen gehören Ihre Stärken und Hilfen?
    Und was muss sich in Ihrem Umfeld ändern?
    Das Umfeld ist alles um Sie herum.
    Zum Beispiel:
    Ihr Viertel, Ämter und Angebote.
    Auch das Umfeld muss sich manchmal ändern.
life-domains-caption = Ziele, Stärken und Hilfen nach Lebens·bereich
life-domains-column-domain = Lebens·bereich
life-domains-none = –
circumstances-title = Was muss sich im Umfeld ändern?
circumstances-hint =
    Das hier ist getrennt von Ihren Zielen.
    Zum Beispiel:
    „Keine Kinder·betreuung am Abend im Viertel“
circumstance-label = Was muss sich im Umfeld ändern?
circumstance-add = Noch eine Änderung im Umfeld aufschreiben
circumstance-remove = Änderung im Umfeld löschen
circumstance-remove-question = „{ $name }“ löschen?

## Überprüfen
check-title = Alles prüfen
check-intro =
    Hier sehen Sie alles auf einen Blick.
    Wollen Sie etwas ändern?
    Dann tippen Sie auf „Ändern“.
    So kommen Sie direkt zum Feld.
check-case-details = Angaben zum Fall
check-nothing-yet = Hier steht noch nichts.
coverage-title = Die 5 Grund·regeln
coverage-covered = erledigt
coverage-gaps = es fehlt noch etwas
principle-will = 1. Was Sie wollen
principle-own-initiative = 2. Was Sie selbst tun
principle-resources = 3. Stärken und Hilfen
principle-life-domains = 4. Lebens·bereiche und Umfeld
principle-cooperation = 5. Alle arbeiten gut zusammen
cov-will-one = { $count } Satz in Ihren eigenen Worten.
cov-will-other = { $count } Sätze in Ihren eigenen Worten.
cov-no-will = Noch kein Satz in Ihren eigenen Worten.
cov-wishes-one =
    In { $count } Satz sollen andere etwas tun.
    Ihr eigener Teil fehlt noch.
cov-wishes-other =
    In { $count } Sätzen sollen andere etwas tun.
    Ihr eigener Teil fehlt noch.
cov-client-steps-one = { $count } Schritt, den Sie selbst machen.
cov-client-steps-other = { $count } Schritte, die Sie selbst machen.
cov-no-goal = Es gibt noch kein Ziel.
cov-no-client-step = Sie haben noch keinen eigenen Schritt.
cov-resources =
    Stärken und Hilfen:
    { $count }
    Die Stärken und Hilfen sind aus { $kinds } von 4 Bereichen.
cov-no-resource = Noch keine Stärke oder Hilfe.
cov-no-neighbourhood = Noch keine Hilfe aus Ihrem Viertel.
cov-domains-one = Die Ziele gehören zu { $count } Lebens·bereich.
cov-domains-other = Die Ziele gehören zu { $count } Lebens·bereichen.
cov-goals-no-domain-one = { $count } Ziel gehört noch zu keinem Lebens·bereich.
cov-goals-no-domain-other = { $count } Ziele gehören noch zu keinem Lebens·bereich.
cov-circumstances-one = { $count } Änderung im Umfeld steht hier.
cov-circumstances-other = { $count } Änderungen im Umfeld stehen hier.
cov-no-circumstance = Noch nichts dazu, was sich im Umfeld ändern muss.
cov-contacts =
    Personen oder Stellen im Netz·werk:
    { $count }
    So viele davon haben Schritte:
    { $owners }
cov-no-contact = Auf der Netz·werk·karte ist noch niemand.
cov-no-consent-one =
    { $count } Person hat Schritte.
    Die Person hat noch nicht Ja gesagt.
    Ja heißt:
    Die Fach·kraft darf die Person anrufen.
cov-no-consent-other =
    { $count } Personen haben Schritte.
    Die Personen haben noch nicht Ja gesagt.
    Ja heißt:
    Die Fach·kraft darf die Personen anrufen.

## Zielvereinbarung
agreement-title = Ziel·vereinbarung
agreement-details-title = Angaben für die Ziel·vereinbarung
agreement-client-view = So sehen Sie die Lage
agreement-client-view-hint = Schreiben Sie mit Ihren eigenen Worten.
agreement-caseworker-view = So sieht die Fach·kraft die Lage
agreement-caseworker-view-hint =
    Sie und die Fach·kraft sehen die Lage vielleicht verschieden.
    Beide Meinungen bleiben hier stehen.
agreement-caseworker = Ihre Fach·kraft und die Stelle
agreement-participants = Weitere Personen beim Gespräch – freiwillig
agreement-participants-hint =
    Zum Beispiel:
    Menschen aus der Familie oder Helfer von Beruf.
agreement-review = Tag vom nächsten Rück·blick
agreement-print = Die Ziel·vereinbarung drucken oder als PDF speichern
agreement-print-hint =
    Gleich öffnet sich das Fenster zum Drucken.
    Dort können Sie auch „Als PDF speichern“ wählen.
    PDF ist eine Art von Datei.
    So bekommen Sie die Ziel·vereinbarung auch für sich.
agreement-document-title = Ziel·vereinbarung für { $alias }
agreement-client = Name
agreement-situation = Die Lage
agreement-signatures = Unter·schriften
signature-client = Ihre Unterschrift
signature-caseworker = Unterschrift von der Fach·kraft
signature-hint =
    Unterschreiben Sie mit dem Finger oder einem Stift im Feld.
    Sie können auch später auf Papier unterschreiben.
    Dafür bleibt im Ausdruck eine Linie frei.
signature-save = Unterschrift speichern
signature-redo = Noch einmal unterschreiben
signature-clear = Unterschrift löschen
signature-stored-alt = Gespeicherte Unterschrift
signature-image-alt = { $who }
signature-date-place = Ort, Datum
doc-participants = Weitere Personen
doc-review = Prüfen am
doc-by-when = Bis wann

## Sprache und Anzeige
language-label = Sprache
language-de = Deutsch
language-de-leicht = Leichte Sprache
language-en = English
display-label = Aussehen
setting-large-text = Große Schrift
setting-high-contrast = Deutliche Farben

## Vorlesen
read-aloud = Vorlesen
read-aloud-stop = Vorlesen stoppen
read-aloud-unavailable =
    Auf diesem Gerät gibt es keine deutsche Vorlese·stimme.
    Darum kann Lotse nicht vorlesen.
read-aloud-install-voice =
    So bekommt das Gerät eine Stimme:
    Öffnen Sie auf dem Gerät die Einstellungen.
    Suchen Sie dort das Wort Sprach·ausgabe.
    Laden Sie dort die deutsche Stimme.
    Oder fragen Sie die Fach·kraft.
    Dann laden Sie Lotse neu.

## Klienten-Modus
client-mode-start = Tablet an die Person geben
client-mode-start-hint =
    Das startet den Klienten·modus.
    Die Person sieht dann nur ihre eigenen Fragen.
    Alles ist in Leichter Sprache und in großer Schrift.
    Andere Fälle sind dann versteckt.
    Angaben für Fach·leute sind dann auch versteckt.
    Löschen geht dann nicht.
client-mode-banner = Ihre Seiten
client-done =
    Das ist die letzte Seite für Sie.
    Sind Sie fertig?
    Dann geben Sie der Fach·kraft das Tablet.
client-mode-unavailable =
    Lotse kann die Leichte Sprache gerade nicht laden.
    Vielleicht hat das Gerät kein Internet.
    Versuchen Sie es später noch einmal.
client-mode-exit = Tablet zurück an die Fach·kraft
client-mode-exit-hint =
    Diese Taste ist für die Fach·kraft.
    Die Fach·kraft hält die Taste lange gedrückt.
    Dann wird der Balken voll.
client-mode-exit-title = Soll Lotse wieder alles zeigen?
client-mode-exit-body =
    Dann zeigt Lotse wieder alles für die Fach·kraft.
    Alles ist gespeichert.
client-mode-exit-confirm = Ja, alles zeigen
client-mode-exit-cancel = Nein, hier weitermachen

## Updates
update-available = Es gibt eine neue Version von Lotse.
update-body =
    Alles ist gespeichert.
    Es geht nichts verloren.
update-apply = Jetzt neue Version laden

## Daten·sicherheit
storage-locked-title = Lotse ist jetzt gesperrt
storage-locked-body =
    Die Fälle auf diesem Gerät sind mit Passwort geschützt.
    Geben Sie Ihr Passwort ein.
    Dann können Sie wieder mit Lotse arbeiten.
notice-understood = Verstanden
recovered-title = Ein kaputter Fall ist wieder da
recovered-body =
    Der Fall war im Speicher kaputt.
    Lotse hat die letzte gute Kopie geöffnet.
    Vielleicht fehlt die letzte Eingabe.
    Lotse hat den kaputten Fall aufbewahrt.
    Sie finden ihn bei Ihren Daten auf diesem Gerät.
not-moved-title = Manche Fälle sind noch im alten Speicher
not-moved-body =
    Lotse hat jetzt einen größeren Speicher für Ihre Fälle.
    Lotse bringt die Fälle in den neuen Speicher.
    Bei diesen Fällen hat das noch nicht geklappt.
    Die Fälle sind noch im alten Speicher.
    Mit den Fällen passiert nichts.
    Lotse versucht es beim nächsten Start noch einmal.
    Bis dahin fehlen die Fälle in der Liste.
reloaded-elsewhere-body =
    Jemand hat diesen Fall in einem anderen Fenster geändert.
    Sie sehen jetzt die Änderungen.
deleted-elsewhere-title = Jemand hat diesen Fall in einem anderen Fenster gelöscht
deleted-elsewhere-body =
    Was Sie hier sehen, ist nicht mehr gespeichert.
    Soll der Fall bleiben?
    Dann speichern Sie ihn wieder.
deleted-elsewhere-save-again = Wieder speichern
conflict-title = Jemand hat diesen Fall gleich·zeitig in einem anderen Fenster geändert
conflict-body =
    Ihre letzten Eingaben hier sind noch nicht gespeichert.
    Sie müssen wählen:
    Welche Änderungen sollen bleiben?
    Lotse wartet auf Ihre Wahl.
conflict-only-structure =
    Die Texte sind gleich.
    Nur eine Auswahl, ein Datum oder die Reihen·folge ist anders.
conflict-table-caption = Diese Felder sind anders
conflict-empty = Hier steht nichts.
conflict-field = Feld
conflict-theirs = Im anderen Fenster
conflict-mine = In diesem Fenster
conflict-take-theirs = Den Fall aus dem anderen Fenster nehmen
conflict-keep-mine = Den Fall aus diesem Fenster speichern
field-will = Satz { $n }
field-own-action = Ihr eigener Teil zu Satz { $n }
field-goal-client = Ziel { $n } in Ihren Worten
field-goal-professional = Ziel { $n } in Fach·sprache für den Hilfe·plan
field-goal-indicator =
    Daran merken Sie:
    Ziel { $n } ist geschafft
field-step = Schritt { $n } für Ziel { $goal }
field-resource = Stärke oder Hilfe { $n }
field-contact-name = Name von Person { $n }
field-contact-role = Das macht Person { $n }
field-circumstance = Änderung im Umfeld { $n }
field-client-view = So sehen Sie die Lage
field-caseworker-view = So sieht die Fach·kraft die Lage
data-link = Ihre Daten auf diesem Gerät
data-title = Ihre Daten auf diesem Gerät
data-intro =
    Lotse speichert alles nur auf diesem Gerät.
    Nichts geht ins Internet.
    Sie können Ihre Fälle aber als Datei speichern.
    Die Datei können Sie dann weitergeben.
data-storage-title = Speicher
data-lotse-usage-label = Daten von Lotse
data-lotse-cases-one = { $count } Fall
data-lotse-cases-other = { $count } Fälle
data-browser-usage-label = Speicher im Browser
data-browser-usage =
    { $used } belegt.
    { $available } frei.
data-persistent-label = Fest gespeichert
data-persistent-yes =
    Ja.
    Der Browser löscht die Daten nicht von allein.
data-persistent-no =
    Nein.
    Der Browser darf die Daten löschen.
    Das passiert, wenn der Platz knapp ist.
data-unknown = Das sagt der Browser nicht.
data-persist-ask = Browser um festes Speichern bitten
data-persist-denied =
    Der Browser sagt nein.
    Speichern Sie Ihre Fälle oft als Datei.
data-last-export-label = Zuletzt als Datei gespeichert
data-never-exported = Noch nie
data-eviction-warning =
    Manche Browser löschen Daten von selbst.
    Das passiert, wenn Sie Lotse einige Tage nicht öffnen.
    Zum Beispiel Safari auf dem iPad.
    Speichern Sie Ihre Fälle darum oft als Datei.
data-export-title = Als Datei speichern
data-export-intro =
    Alle Fälle kommen in eine Datei.
    So sind Ihre Fälle auch in der Datei sicher.
    Sie können die Fälle auch auf einem anderen Gerät öffnen.
data-import-title = Fälle aus einer Datei holen
data-import-intro =
    Lotse öffnet eine Datei.
    Dann holt Lotse die Fälle auf dieses Gerät.
data-import-link = Datei wählen und prüfen
data-encryption-title = Schutz mit Passwort
data-encryption-on = Die Fälle auf diesem Gerät sind mit Ihrem Passwort geschützt.
data-encryption-off =
    Die Fälle auf diesem Gerät sind nicht geschützt.
    Jeder mit diesem Gerät kann sie lesen.
data-delete-intro =
    Hier löschen Sie alles von Lotse auf diesem Gerät.
    Zum Beispiel, bevor Sie das Gerät weitergeben.
set-aside-title = Aufbewahrte kaputte Fälle
set-aside-intro =
    Diese Fälle waren kaputt.
    Lotse hat die Fälle aus einer guten Kopie geholt.
    Sie können die kaputten Fälle als Datei speichern.
    Danach können Sie die kaputten Fälle löschen.
set-aside-remove = Löschen
lock-now = Sperren
lock-after-label = Von selbst sperren nach
lock-after-minutes = { $minutes } Minuten Pause
encryption-offer-title = Fälle mit Passwort schützen?
encryption-offer-body =
    Lotse kann die Fälle auf diesem Gerät schützen.
    Dann kann sie nur lesen, wer das Passwort kennt.
    Auch wenn das Gerät verloren geht.
encryption-offer-accept = Mit Passwort schützen
encryption-offer-decline = Jetzt nicht
encrypt-title = Mit Passwort schützen
encrypt-intro =
    Wählen Sie ein Passwort.
    Damit schützt Lotse alle Fälle auf diesem Gerät.
encrypt-point-algorithm =
    Der Schutz von Lotse ist sehr sicher.
    Lotse speichert das Passwort selbst nicht.
encrypt-point-lock =
    Lotse sperrt sich nach einigen Minuten ohne Eingabe.
    Sie können Lotse auch selbst sperren.
    Zum Öffnen geben Sie das Passwort ein.
encrypt-point-forgotten =
    Merken Sie sich das Passwort gut.
    Nur mit dem Passwort können Sie die Fälle wieder lesen.
    Speichern Sie die Fälle oft als Datei.
encrypt-submit = Schützen
encrypt-busy = Lotse schützt die Fälle …
encrypt-done =
    Der Schutz ist an.
    Alle Fälle auf diesem Gerät sind jetzt geschützt.
encryption-storage-failed =
    Der Schutz hat nicht ganz geklappt.
    Der Speicher ist voll oder der Browser sagt nein.
    Ihre Fälle sind noch da.
    Machen Sie Platz und versuchen Sie es noch einmal.
crypto-unavailable =
    Dieser Browser kann den Schutz mit Passwort nicht benutzen.
    Der Browser ist das Programm für das Internet.
    Öffnen Sie Lotse in einem neueren Browser.
vault-damaged =
    Die Daten zum Schutz auf diesem Gerät sind kaputt.
    Lotse hat nichts verändert.
passphrase-label = Passwort
passphrase-hint =
    Mindestens 10 Zeichen.
    Ein Satz ist sicherer als ein kurzes Wort.
passphrase-repeat-label = Passwort noch einmal
passphrase-missing = Bitte geben Sie ein Passwort ein
passphrase-too-short = Das Passwort braucht mindestens 10 Zeichen
passphrase-mismatch = Die beiden Passwörter sind nicht gleich
passphrase-change-link = Passwort ändern
passphrase-change-title = Passwort ändern
passphrase-change-intro =
    Das neue Passwort gilt sofort für alle Fälle.
    Klappt es nicht, gilt das alte Passwort weiter.
passphrase-current-label = Altes Passwort
passphrase-new-label = Neues Passwort
passphrase-current-wrong =
    Das alte Passwort stimmt nicht.
    Lotse hat nichts verändert.
passphrase-change-submit = Passwort ändern
passphrase-changed =
    Das Passwort ist geändert.
    Alle Fälle sind jetzt mit dem neuen Passwort geschützt.
unlock-title = Lotse öffnen
unlock-intro =
    Die Fälle auf diesem Gerät sind geschützt.
    Geben Sie das Passwort ein.
unlock-intro-client =
    Lotse ist gesperrt.
    Bitte geben Sie der Fach·kraft das Tablet.
    Das Tablet ist dieses Gerät.
    Die Fach·kraft gibt das Passwort ein.
unlock-submit = Öffnen
unlock-busy = Lotse prüft das Passwort
unlock-missing = Bitte geben Sie das Passwort ein
unlock-wrong =
    Das Passwort stimmt nicht.
    Lotse hat nichts verändert.
unlock-forgotten = Passwort vergessen?
unlock-forgotten-body =
    Nur mit dem Passwort können Sie die Fälle lesen.
    Auch Lotse braucht das Passwort dafür.
    Haben Sie die Fälle als Datei gespeichert?
    Dann können Sie hier alles löschen.
    Danach holen Sie die Fälle aus der Datei zurück.
delete-all-title = Alles auf diesem Gerät löschen
delete-all-intro =
    Danach ist nichts mehr von Lotse auf diesem Gerät.
    Das löscht Lotse:
delete-all-cases-one = { $count } Fall mit allem, was dazu gehört
delete-all-cases-other = { $count } Fälle mit allem, was dazu gehört
delete-all-copies = die Kopien und aufbewahrte kaputte Fälle
delete-all-encryption = der Schutz mit Passwort
delete-all-settings = Ihre Wahl bei Sprache und Aussehen
delete-all-export-hint = Ihre Dateien bleiben.
delete-all-confirm = Ja, alles für immer löschen
delete-all-done = Alle Daten von Lotse auf diesem Gerät sind gelöscht.
case-export = Als Datei speichern
export-case-title = { $alias } als Datei speichern
export-case-intro =
    Dieser Fall kommt in eine Datei.
    Die Datei können Sie auf einem anderen Gerät öffnen.
    Zum Drucken nehmen Sie die Ziel·vereinbarung.
export-protect-label = Datei mit Passwort schützen
export-protect-hint =
    Das ist gut.
    Dann kann nur öffnen, wer das Passwort kennt.
export-plain-warning = Ohne Passwort kann jeder mit der Datei alles lesen.
export-passphrase-label = Wählen Sie ein Passwort für die Datei
export-submit = Datei speichern
export-busy = Lotse macht die Datei …
export-done =
    Die Datei { $file } ist fertig.
    Sie ist bei Ihren Downloads.
export-download-failed = Der Browser hat die Datei nicht gespeichert.
export-encrypt-failed =
    Lotse konnte die Datei nicht schützen.
    Es gibt keine Datei.
export-read-failed =
    Lotse kann die Fälle gerade nicht lesen.
    Lotse hat keine Datei gemacht.
import-title = Fälle aus einer Datei holen
import-intro =
    Wählen Sie eine Datei von Lotse.
    Lotse prüft zuerst alles.
    Erst wenn Sie ja sagen, holt Lotse die Fälle.
import-file-label = Datei von Lotse
import-file-hint = Die Datei endet auf .json oder .lotse
import-no-file = Wählen Sie eine Datei
import-unreadable =
    Lotse kann die Datei nicht lesen.
    Wählen Sie die Datei noch einmal.
import-too-large =
    Die Datei ist zu groß.
    So große Dateien kann Lotse nicht lesen.
import-encrypted-intro =
    Die Datei hat ein Passwort.
    Geben Sie das Passwort ein.
import-passphrase-label = Passwort für die Datei
import-open = Datei öffnen
import-wrong-passphrase =
    Das Passwort für die Datei stimmt nicht.
    Lotse hat nichts geholt.
import-found-one = In der Datei ist { $count } Fall:
import-found-other = In der Datei sind { $count } Fälle:
import-exists-legend =
    { $alias } ist schon auf diesem Gerät.
    Was soll passieren?
import-keep-both =
    Beide behalten.
    Der Fall aus der Datei kommt dazu.
import-replace =
    Ersetzen.
    Lotse löscht den Fall auf diesem Gerät.
    Dafür kommt der Fall aus der Datei.
import-submit = Fälle holen
import-copy-suffix = – aus Datei
import-done-one = { $count } Fall ist jetzt da.
import-done-other = { $count } Fälle sind jetzt da.
import-storage-failed =
    Lotse konnte die Fälle nicht speichern.
    Der Speicher ist voll oder der Browser sagt nein.
    Lotse hat nichts verändert.
import-error-empty = In der Datei steht nichts.
import-error-not-json =
    Die Datei ist kaputt oder nicht von Lotse.
    Der Fehler ist in Zeile { $line }, Spalte { $column }.
import-error-not-export = Die Datei ist nicht von Lotse.
import-error-newer =
    Die Datei ist von einer neueren Version von Lotse.
    Sie hat Format { $version }.
    Holen Sie zuerst die neue Version von Lotse.
import-error-frame =
    Die Datei ist falsch aufgebaut.
    Der Fehler ist in Zeile { $line }, Spalte { $column }.
    { $problem }
import-error-no-cases = In der Datei ist kein Fall.
import-error-encryption =
    Die Datei hat einen anderen Schutz.
    Lotse kennt diesen Schutz nicht.
import-error-case =
    Fehler bei Fall { $number } in der Datei.
    { $problem }
    Lotse hat nichts geholt.
import-error-case-named =
    Fehler bei Fall { $number } in der Datei.
    Der Fall heißt { $alias }.
    { $problem }
    Lotse hat nichts geholt.
import-problem-shape =
    Der Fehler ist in Zeile { $line }, Spalte { $column }.
    { $problem }
import-problem-newer =
    Der Fall ist von einer neueren Version von Lotse.
    Er hat Schema { $version }.
import-problem-bad-id = Der Fall hat eine falsche Nummer.
import-problem-duplicate =
    Der Fall ist doppelt.
    Er ist schon Fall { $first }.
problem-missing-field = Das Feld { $field } fehlt.
problem-duplicate-field = Das Feld { $field } ist doppelt da.
problem-unknown-value = Der Wert { $value } ist hier falsch.
problem-wrong-type = Ein Wert hat die falsche Art.
problem-invalid-value = Ein Wert ist falsch.
problem-other = Der Inhalt passt hier nicht.

## A part of the app that is loaded on first use could not be fetched
part-missing-title = Lotse kann diese Seite gerade nicht zeigen
part-missing-body =
    Lotse holt diese Seite aus dem Internet.
    Das hat gerade nicht geklappt.
    Vielleicht hat das Gerät kein Internet.
    Ihre Daten sind sicher gespeichert.
    Versuchen Sie es später noch einmal.
part-missing-body-client =
    Vielleicht hat das Tablet gerade kein Internet.
    Ihre Worte sind gespeichert.
    Bitte geben Sie der Fach·kraft das Tablet.
    Das Tablet ist dieses Gerät.
    Die Fach·kraft hilft Ihnen weiter.
part-missing-retry = Noch einmal versuchen
language-unavailable =
    Lotse kann die Sprache { $language } gerade nicht laden.
    Vielleicht hat das Gerät kein Internet.
    Versuchen Sie es später noch einmal.

## Rück·blick
scale-low-end = Bei 0 sind Sie ganz am Anfang.
scale-high-end = Bei 10 haben Sie das Ziel geschafft.
scale-clear = Zahl löschen
goal-start-client-legend =
    Wo stehen Sie heute bei diesem Ziel?
    Wählen Sie eine Zahl von 0 bis 10.
goal-start-caseworker-legend =
    Die Fach·kraft wählt auch eine Zahl.
    Das ist freiwillig.
reviews-title = Rück·blicke
reviews-intro =
    Beim Rück·blick schauen Sie und die Fach·kraft zusammen zurück.
    Was ist jetzt anders?
    Welche Schritte haben geklappt?
    Was wollen Sie jetzt?
    Am Ende gibt es eine neue Ziel·vereinbarung.
reviews-next = Der nächste Rück·blick ist am { $date }.
reviews-next-none = Für den nächsten Rück·blick gibt es noch keinen Tag.
review-start-title = Einen Rück·blick beginnen
review-date-label = Tag vom Rück·blick
review-date-hint =
    An diesem Tag treffen Sie sich.
    Zum Beispiel:
    20.02.2027
review-start-submit = Rück·blick beginnen
error-review-date-missing = Bitte schreiben Sie den Tag vom Rück·blick.
error-review-date-invalid =
    Diesen Tag gibt es nicht.
    Schreiben Sie den Tag so:
    20.02.2027
error-review-date-before-first-contact =
    Der Tag ist zu früh.
    Der Rück·blick kommt nach dem 1. Treffen.
error-review-date-in-future =
    Der Tag ist noch nicht da.
    Der Tag muss heute sein oder früher.
error-review-date-before-last-review =
    Der Tag ist zu früh.
    Der Rück·blick kommt nach dem letzten Rück·blick.
review-draft-title = Sie haben am { $date } einen Rück·blick begonnen.
review-draft-body =
    Lotse hat alles gespeichert.
    Sie können weitermachen.
    Oder Sie löschen den Rück·blick.
review-continue = Mit dem Rück·blick weitermachen
review-discard = Rück·blick löschen
review-discard-title = Wollen Sie den Rück·blick löschen?
review-loses-intro = Das ist dann weg:
review-loses-ratings = Zahlen von 0 bis 10
review-loses-notes = Notizen
review-loses-added = Neue Stärken und Hilfen, Personen oder Stellen, Ziele und Sätze
review-loses-signatures = Unter·schriften
review-discard-confirm = Ja, löschen
reviews-done-title = Fertige Rück·blicke
reviews-none = Es gibt noch keinen fertigen Rück·blick.
review-done-line = Rück·blick am { $date } mit Ziel·vereinbarung Nummer { $version }
review-delete = Löschen
review-delete-title = Wollen Sie den Rück·blick vom { $date } löschen?
review-delete-keeps =
    Die Zahlen und Notizen sind dann weg.
    Die Ziel·vereinbarung Nummer { $version } bleibt.
    Die Unter·schriften bleiben auch.
    Die Ziele bleiben so wie jetzt.
review-delete-confirm = Ja, löschen
review-ratings-title = Wo stehen Sie heute?
review-steps-title = Was ist mit den Schritten passiert?
review-none-under-way = Sie haben gerade keinen Rück·blick begonnen.
review-part-caption =
    Rück·blick am { $date }
    Teil { $part } von { $parts }
review-next-part = Weiter
review-back-to-overview = Zu allen Rück·blicken
review-no-open-goals = Sie arbeiten gerade an keinem Ziel.
review-last-ratings =
    So war es am { $date }:
    Ihre Zahl war { $client }.
    Die Fach·kraft hatte die Zahl { $caseworker }.
review-last-client-rating =
    So war es am { $date }:
    Ihre Zahl war { $client }.
review-last-caseworker-rating =
    So war es am { $date }:
    Die Fach·kraft hatte die Zahl { $caseworker }.
review-client-rating-legend =
    Wo stehen Sie heute bei diesem Ziel?
    Wählen Sie eine Zahl von 0 bis 10.
review-caseworker-rating-legend =
    Die Fach·kraft wählt auch eine Zahl.
    Das ist freiwillig.
review-changes-label = Was ist seit dem letzten Mal anders?
review-changes-hint =
    Sagen Sie es mit Ihren Worten.
    Zum Beispiel:
    „Ich habe 2 Raten bezahlt.“
review-no-steps = Ihre Ziele haben noch keine Schritte.
review-step-legend =
    { $step }
    Wer macht den Schritt?
    { $owner }
review-step-note-label =
    Eine Notiz zum Schritt.
    Das ist freiwillig.
step-progress-done = Fertig
step-progress-partly = Zum Teil fertig
step-progress-not-done = Nicht fertig
step-progress-not-needed = Der Schritt ist nicht mehr nötig
review-helped-title = Was hat Ihnen geholfen?
review-helped-intro =
    Was ist seit dem letzten Mal neu?
    Haben Sie neue Stärken und Hilfen gefunden?
    Kennen Sie neue Personen oder Stellen?
    Schreiben Sie das hier auf.
    Lotse schreibt das auf die Seite Stärken und Hilfen.
    Personen oder Stellen kommen auf die Netz·werk·karte.
review-found-title = Das ist jetzt neu
review-found-none = Hier steht noch niemand.
review-found-contacts-title = Neue Personen oder Stellen
review-found-remove = Löschen
review-found-remove-question =
    Wollen Sie das löschen?
    { $name }
review-found-resource-title = Neue Stärken und Hilfen
review-found-resource-hint =
    Zum Beispiel:
    Der Mieter·verein im Viertel
review-found-contact-title = Eine neue Person oder Stelle aufschreiben
review-found-contact-add = Person oder Stelle aufschreiben
error-found-contact-sector = Bitte wählen Sie einen Bereich.
error-found-contact-distance = Bitte wählen Sie einen Abstand.
review-now-title = Was wollen Sie jetzt?
review-will-title = Das wollen Sie heute
review-will-earlier = Das haben Sie beim letzten Mal gesagt:
review-will-label = Was wollen Sie jetzt?
review-will-hint =
    Sagen Sie es mit Ihren Worten.
    Lotse schreibt es genau so auf.
review-will-add = Einen Satz aufschreiben
review-will-add-another = Noch einen Satz aufschreiben
review-now-goals-title = Ihre Ziele bis jetzt
review-decision-legend =
    Ihr Ziel ist:
    { $goal }
    Was machen Sie mit dem Ziel?
goal-decision-kept = Ich arbeite weiter an dem Ziel
goal-decision-reached = Ich habe das Ziel geschafft
goal-decision-reworded = Ich sage das Ziel mit neuen Worten
goal-decision-dropped = Ich will das Ziel nicht mehr
review-new-wording-label = Sagen Sie das Ziel mit neuen Worten.
review-new-wording-hint =
    Lotse behält die alten Worte auch.
    Die Fach·kraft kann Ihnen die alten Worte zeigen.
review-drop-reason-label = Warum wollen Sie das Ziel nicht mehr?
review-new-goals-title = Neue Ziele
review-new-goals-hint =
    Haben Sie ein neues Ziel?
    Schreiben Sie das Ziel hier auf.
    Schreiben Sie auch Ihren 1. Schritt auf.
    Alles andere machen Sie später mit der Fach·kraft.
review-new-goals-link = Zu der Seite Ziele
review-new-goal-add = Ein Ziel aufschreiben
review-new-goal-add-another = Noch ein Ziel aufschreiben
review-new-goal-label = Ihr neues Ziel mit Ihren Worten
review-new-goal-own-step = Was machen Sie selbst für das Ziel?
review-new-goal-own-step-hint =
    Das ist Ihr 1. Schritt.
    Zum Beispiel:
    „Ich gehe zur Schuldner·beratung.“
review-renewal-title = Die neue Ziel·vereinbarung
review-renewed-goals-title = Das passiert mit Ihren Zielen
review-renewed-new = Neues Ziel
review-renewed-reworded = Mit neuen Worten
review-next-label = Tag vom nächsten Rück·blick
error-review-next-too-early = Der nächste Rück·blick muss nach diesem Rück·blick sein.
review-complete-hint =
    Wählen Sie unten „Rück·blick fertig machen“.
    Dann gilt die neue Ziel·vereinbarung mit der Nummer { $next }.
    Lotse behält die alte Ziel·vereinbarung Nummer { $version }.
    Sie können die alte Ziel·vereinbarung weiter lesen und drucken.
    Die Unter·schriften bleiben auch.
review-complete = Rück·blick fertig machen
review-completed =
    Der Rück·blick ist fertig.
    Jetzt gilt die Ziel·vereinbarung Nummer { $version }.
journey-title = Verlauf
journey-intro =
    Hier sehen Sie die Zahlen für jedes Ziel.
    Die Zahlen sind von Ihnen und von der Fach·kraft.
    Die Zahlen sind vom 1. Treffen und von jedem Rück·blick.
    Bei 0 sind Sie ganz am Anfang.
    Bei 10 haben Sie das Ziel geschafft.
journey-link = Den Verlauf ansehen
journey-client = Ihre Zahl
journey-caseworker = Zahl von der Fach·kraft
journey-when = Wann?
journey-at-intake = 1. Treffen am { $date }
journey-at-review = Rück·blick am { $date }
journey-table-caption =
    Ihre Zahlen für das Ziel:
    { $goal }
journey-no-ratings = Für dieses Ziel gibt es noch keine Zahl.
journey-earlier-wording =
    Bis zum { $date } hatte das Ziel diese Worte:
    { $wording }
journey-reached = Geschafft am { $date }
journey-dropped =
    Am { $date } haben Sie gesagt:
    Ich will das Ziel nicht mehr.
    Das war der Grund:
    { $reason }
journey-dropped-no-reason =
    Am { $date } haben Sie gesagt:
    Ich will das Ziel nicht mehr.
journey-network-title = Ihr Netz·werk früher und heute
journey-network-none =
    Nach dem 1. Rück·blick sehen Sie hier:
    Wer ist neu dabei?
    Wer ist nicht mehr dabei?
journey-network-then = Beim 1. Treffen
journey-network-then-caption = Die Netz·werk·karte bis zum { $date }
journey-network-now = Heute
journey-network-now-caption = Die Netz·werk·karte heute
journey-joined = Diese Personen oder Stellen sind neu
journey-left = Diese Personen oder Stellen sind nicht mehr dabei
journey-nobody = Niemand
agreement-version-title = Ziel·vereinbarung Nummer { $version }
agreement-version-replaced =
    Diese Ziel·vereinbarung war bis zum Rück·blick am { $date } gültig.
    Lotse ändert nichts daran.
    Die Unter·schriften bleiben auch.
agreement-version-current = Diese Ziel·vereinbarung gilt jetzt.
agreement-version-missing = Diese Ziel·vereinbarung gibt es nicht.
agreement-version-unreadable =
    Lotse kann diese Ziel·vereinbarung nicht lesen.
    Lotse behält die Ziel·vereinbarung trotzdem.
    Die Ziel·vereinbarung ist auch in der Datei vom Fall.
agreement-first-version-link = Die 1. Ziel·vereinbarung ansehen
protocol-title = Bericht vom Rück·blick
protocol-link = Bericht
protocol-print = Bericht drucken oder als PDF speichern
protocol-missing =
    Diesen Rück·blick gibt es nicht.
    Oder der Rück·blick ist noch nicht fertig.
protocol-document-title = Rück·blick für { $alias } am { $date }
protocol-version = Neue Ziel·vereinbarung
protocol-goals = Ziele
protocol-ratings = Zahlen vorher und heute
protocol-before = Vorher
protocol-before-on = Vorher am { $date }
protocol-now-on = Heute am { $date }
protocol-decision = Was passiert mit dem Ziel?
protocol-step-status = Ist der Schritt fertig?
protocol-step-note = Notiz

## Barriere·freiheit
footer-accessibility = Lotse ohne Barrieren
accessibility-back = Zurück
accessibility-title = Lotse ohne Barrieren
accessibility-intro =
    Alle Menschen sollen Lotse gut benutzen können.
    Auch Menschen mit Behinderung.
    Barriere heißt:
    Etwas in Lotse geht für Sie nicht gut.
accessibility-easy-link = Lotse in Leichter Sprache zeigen
accessibility-about-title = Was ist Lotse?
accessibility-about =
    Lotse ist ein Programm für Tablet und Computer.
    Sie benutzen Lotse zusammen mit Ihrer Fach·kraft.
    Die Fach·kraft berät Sie und hilft Ihnen.
    In Lotse schreiben Sie zusammen auf:
    Was wollen Sie?
    Welche Ziele haben Sie?
    Welche Schritte machen Sie selbst?
    Was können Sie gut?
    Welche Menschen helfen Ihnen?
    Lotse zeigt diese Menschen auf einer Netz·werk·karte.
    Am Ende gibt es eine Ziel·vereinbarung.
    Das ist ein Papier mit Ihren Zielen und Schritten.
    Später schauen Sie zusammen zurück.
    Das ist der Rück·blick.
    Lotse speichert alles nur auf diesem Gerät.
accessibility-state-title = Wie gut geht Lotse ohne Barrieren?
accessibility-state =
    Vieles geht schon gut.
    Manches geht noch nicht gut.
accessibility-works-title = Das geht schon gut
accessibility-works-keyboard =
    Sie können Lotse mit der Tastatur benutzen.
    Nur die Unterschrift geht nicht mit der Tastatur.
accessibility-works-screen-reader =
    Ein Programm kann Ihnen die Seiten vorlesen.
    Bilder wie die Netz·werk·karte gibt es auch als Tabelle.
accessibility-works-display =
    Sie können die Schrift groß machen.
    Wählen Sie dafür oben „Große Schrift“.
    Sie können deutliche Farben einschalten.
    Wählen Sie dafür oben „Deutliche Farben“.
accessibility-works-easy =
    Lotse gibt es in Leichter Sprache.
    Wählen Sie dafür oben „Leichte Sprache“.
accessibility-works-read-aloud =
    Lotse kann Ihnen die Fragen vorlesen.
    Wählen Sie dafür „Vorlesen“.
accessibility-works-touch =
    Alle Knöpfe sind groß.
    Sie können die Knöpfe gut mit dem Finger treffen.
accessibility-gaps-title = Das geht noch nicht gut
accessibility-gap-signature =
    Für die Unterschrift brauchen Sie einen Finger oder eine Maus.
    Ein Stift geht auch.
    Mit der Tastatur geht die Unterschrift noch nicht.
    Sie können auch auf Papier unterschreiben.
accessibility-gap-read-aloud =
    Für das Vorlesen braucht das Gerät eine deutsche Stimme.
    Manche Geräte haben keine Stimme.
    Dann sagt Lotse Ihnen:
    So bekommt das Gerät eine Stimme.
accessibility-gap-easy-check =
    Die Leichte Sprache ist nach den Regeln geschrieben.
    Eine Prüf·gruppe hat die Texte aber noch nicht gelesen.
accessibility-gap-pdf =
    Lotse kann Seiten als Datei speichern.
    Diese Dateien kann ein Vorlese·programm oft nicht gut lesen.
    Die gleichen Seiten gibt es auch in Lotse.
accessibility-report-title = Eine Barriere melden
accessibility-report-intro =
    Geht etwas in Lotse für Sie nicht gut?
    Dann sagen Sie es Ihrer Fach·kraft.
    Oder schreiben Sie eine E-Mail.
    Den Text für die E-Mail finden Sie unten.
    Die Adresse bekommen Sie von Ihrer Fach·kraft.
accessibility-report-mail = E-Mail fertig machen
accessibility-report-subject = Eine Barriere in Lotse
accessibility-report-text-label = Text für die E-Mail
accessibility-report-body =
    In Lotse geht etwas für mich nicht gut.
    Das wollte ich machen:
    Das hat nicht geklappt:
    Mein Gerät:
    { $device }
accessibility-checked-title = Wann haben wir Lotse geprüft?
accessibility-checked =
    Wir haben Lotse am { $date } geprüft.
    Bei jeder Änderung prüft ein Programm alle Seiten.
accessibility-enforcement-title = Sie sind nicht zufrieden?
accessibility-enforcement =
    Sind Sie mit der Antwort nicht zufrieden?
    Dann können Sie die Schlichtungs·stelle fragen.
    Die Schlichtungs·stelle hilft bei Streit um Barrieren.
    Das kostet nichts.
accessibility-enforcement-link = Zur Schlichtungs·stelle

## Sozialraum: the neighbourhood catalogue, the lists and the report

back-to-catalogue = Zurück zu den Angeboten im Viertel
catalogue-title = Angebote im Viertel
catalogue-new = Neues Angebot
catalogue-intro =
    Hier stehen Orte, Vereine, Angebote und Menschen aus den Vierteln.
    Die Fach·kräfte sammeln sie bei der Arbeit mit den Fällen.
    So helfen sie auch beim nächsten Fall.
    Hier stehen keine Daten von den Personen aus den Fällen.
catalogue-no-client-data =
    Schreiben Sie hier nur, was für alle gilt.
    Schreiben Sie keine Namen auf.
    Und auch keine Daten von den Personen aus den Fällen.
catalogue-district-filter = Viertel
catalogue-all-districts = Alle Viertel
catalogue-search = Suchen
catalogue-count-one = { $count } Angebot
catalogue-count-other = { $count } Angebote
catalogue-unreadable =
    Lotse kann manche Angebote nicht lesen.
    Anzahl:
    { $count }
    Die Angebote bleiben gespeichert.
    Lotse ändert nichts daran.
places-title = Viertel und Themen
places-unreadable =
    Lotse kann die Listen mit Vierteln und Themen nicht lesen.
    Die Listen bleiben gespeichert.
    Lotse ändert nichts daran.
    Sie können die Listen hier nicht ändern.
places-added = „{ $name }“ steht jetzt in der Liste.
places-offered = „{ $name }“ steht wieder zur Wahl.
places-not-offered =
    „{ $name }“ steht nicht mehr zur Wahl.
    Manche Fälle haben dieses Thema schon.
    Diese Fälle behalten das Thema.
places-add-button = In die Liste schreiben
places-name-missing = Bitte geben Sie einen Namen ein.
places-name-taken = Diesen Namen gibt es schon in der Liste.
districts-title = Viertel
districts-intro =
    Hier stehen die Viertel in Ihrer Stadt.
    Lotse ordnet die Fälle und die Angebote nach diesen Vierteln.
districts-none = Noch kein Viertel.
district-add = Neues Viertel
district-none = Kein Viertel
categories-title = Themen für Änderungen im Umfeld
categories-intro =
    In einem Fall stehen Änderungen im Umfeld.
    Jede Änderung im Umfeld kann ein Thema bekommen.
    Der Bericht über die Viertel zählt die Änderungen nach Themen.
categories-hidden = Nicht mehr zur Wahl
category-add = Neues Thema
category-hide = „{ $name }“ nicht mehr zur Wahl stellen
category-offer = „{ $name }“ wieder zur Wahl stellen
category-none = Ohne Thema
category-unknown = Unbekanntes Thema
category-childcare = Kinder·betreuung
category-housing = Wohnen
category-mobility = Unterwegs sein
category-digital-access = Internet und Computer
category-language = Sprache
category-money = Geld
category-health = Gesundheit
category-leisure = Freizeit
new-entry-title = Neues Angebot im Viertel
entry-name = Name
entry-name-hint =
    Zum Beispiel:
    „Repair-Café Nordstadt“
entry-name-missing = Bitte geben Sie den Namen vom Angebot ein.
entry-offers = Was gibt es dort?
entry-district = Viertel
entry-district-hint = Neue Viertel schreiben Sie bei „Viertel und Themen“ auf.
entry-address = Adresse
entry-how-to-reach = So kommen Sie dorthin
entry-how-to-reach-hint = Zum Beispiel mit Bus, Straßen·bahn oder zu Fuß.
entry-opening-times = Öffnungs·zeiten
entry-contact-person = Ansprech·person
entry-contact-person-hint =
    Eine Person, die dort arbeitet.
    Nie eine Person aus Ihren Fällen.
entry-life-domains = Für welche Lebens·bereiche ist es da?
entry-costs-money = Kostet das Geld?
entry-step-free = Kommt man ohne Stufen hinein?
entry-easy-language = Gibt es dort Infos in Leichter Sprache?
entry-languages = Welche Sprachen sprechen die Menschen dort?
entry-languages-hint = Zum Beispiel Deutsch, Türkisch und Arabisch.
entry-checked-on = Wann haben Sie es zuletzt geprüft?
known-yes = Ja
known-no = Nein
known-unknown = Weiß ich nicht
entry-save = Angebot speichern
entry-save-changes = Änderungen speichern
entry-saved = Lotse hat die Änderungen gespeichert.
entry-merged = Die 2 Angebote sind jetzt 1 Angebot.
entry-looks-like = „{ $name }“ sieht aus wie dieses Angebot
entry-merge-explain =
    Beide haben den gleichen Namen und das gleiche Viertel.
    Sie können beide zu 1 Angebot machen.
    Dann bleibt alles, was hier steht.
    Dazu kommt, was nur dort steht.
    Manche Fälle nutzen das andere Angebot.
    Diese Fälle nutzen dann dieses Angebot.
entry-merge = Zu 1 Angebot machen
entry-not-found-title = Dieses Angebot gibt es nicht
entry-not-found-body =
    Vielleicht hat jemand das Angebot gelöscht.
    Oder die Adresse ist falsch.
entry-delete-title = Angebot löschen
entry-delete-body =
    Manche Fälle nutzen dieses Angebot.
    Diese Fälle behalten ihre eigene Notiz dazu.
entry-delete = Angebot löschen
entry-delete-confirm = Ja, Angebot löschen
report-title = Bericht über die Viertel
report-anonymous-title = Der Bericht nennt keine Personen
report-anonymous =
    Im Bericht stehen nur Zahlen.
    Im Bericht steht kein Text aus einem Fall.
    Im Bericht steht auch kein Name.
    Manche Zahlen sind kleiner als 3.
    Dann steht dort nur „unter 3“.
    Manchmal versteckt Lotse noch 1 Zahl mehr.
    So kann niemand die kleinen Zahlen ausrechnen.
    Dort steht dann das Wort „versteckt“.
    Prüfen Sie trotzdem gut, wem Sie den Bericht geben.
report-scope = Zeit und Viertel
report-start = Von
report-end = Bis
report-district = Viertel
report-all-districts = Alle Viertel
report-scope-missing = Bitte füllen Sie „Von“ und „Bis“ aus.
report-print = Bericht drucken
report-csv = Als CSV-Datei speichern
report-case-count =
    Fälle in dieser Zeit:
    { $count }
report-cases = Fälle
report-hidden = unter 3
report-total = Alle zusammen
report-column-figure = Tabelle
report-column-row = Zeile
report-column-count = Anzahl
report-goals-by-domain = Ziele nach Lebens·bereichen
report-goals-note =
    Ein Ziel kann zu mehreren Lebens·bereichen gehören.
    Darum zählt Lotse hier nicht alle zusammen.
report-circumstances = Änderungen im Umfeld nach Themen
report-steps-by-owner = Wer macht die Schritte?
report-own-initiative =
    So viele Schritte machen die Personen aus den Fällen selbst:
    { $percent } %
report-catalogue-used = Welche Angebote im Viertel nutzen die Fälle?
report-catalogue-note =
    Die Zahl sagt:
    So viele Fälle nutzen das Angebot.
report-entry-removed = Gelöschtes Angebot
report-gaps = Lebens·bereiche mit Zielen, aber ohne Angebot im Viertel
report-gaps-note =
    Die Zahl sagt:
    So viele Ziele gibt es.
    Für diese Ziele fehlt noch ein Angebot in der Liste.
    Das ist ein Hinweis für die Planung im Viertel.
report-network-sizes = Wie groß sind die Netz·werke?
report-or-more = { $count } und mehr
report-sectors-used = In wie vielen Bereichen von der Netz·werk·karte stehen Personen?
report-sectors-one = { $count } Bereich
report-sectors-other = { $count } Bereiche
case-district-label = In welchem Viertel ist der Fall?
case-district-hint =
    Lotse zeigt dann zuerst Angebote aus diesem Viertel.
    Auch der Bericht über die Viertel zählt den Fall dort.
catalogue-linked = Bei den Angeboten im Viertel:
catalogue-link-gone =
    Das Angebot im Viertel ist gelöscht.
    Ihre Notiz bleibt.
catalogue-unlink = Verbindung zum Angebot lösen
catalogue-suggestions = Diese Angebote im Viertel passen vielleicht
catalogue-link-to = Mit „{ $name }“ verbinden
catalogue-take = Als Angebot im Viertel speichern
catalogue-take-name = Name vom Angebot
catalogue-take-confirm = Speichern
catalogue-already-there = In diesem Viertel gibt es schon das Angebot „{ $name }“.
catalogue-use-existing = Mit diesem Angebot verbinden
catalogue-take-anyway = Trotzdem als neues Angebot speichern
circumstance-category-label = Thema für den Bericht über die Viertel
catalogue-link = Angebote im Viertel und Bericht über die Viertel
owner-group-catalogue = Angebote im Viertel
report-csv-failed = Die Datei mit den Zahlen ist nicht gespeichert.
    Bitte versuchen Sie es noch einmal.
report-uncounted-one = Lotse kann { $count } Fall nicht lesen.
    Dieser Fall fehlt im Bericht.
    Der Fall bleibt gespeichert.
report-uncounted-other = Lotse kann { $count } Fälle nicht lesen.
    Diese Fälle fehlen im Bericht.
    Die Fälle bleiben gespeichert.
catalogue-suggested-one = { $count } passendes Angebot im Viertel
catalogue-suggested-other = { $count } passende Angebote im Viertel
district-unknown = Ein Viertel, das nicht mehr in der Liste steht
entry-merge-save-first = Speichern Sie zuerst Ihre Änderungen unten.
    Danach können Sie die 2 Angebote zu 1 Angebot machen.
report-most-used = Hier stehen die Angebote, die die Fälle am meisten nutzen.
    So viele Angebote stehen hier:
    { $shown }
    So viele Angebote gibt es:
    { $count }
    Alle Angebote stehen in der Datei mit den Zahlen.
catalogue-first-shown = Hier stehen nicht alle Angebote.
    So viele Angebote stehen hier:
    { $shown }
    So viele Angebote gibt es:
    { $count }
    Suchen Sie ein Angebot.
    Oder wählen Sie ein Viertel.
district-rename = Neuer Name für „{ $name }“
district-new-name = Neuer Name für das Viertel
district-rename-save = Namen speichern
places-renamed = Das Viertel hat jetzt den Namen „{ $name }“.
    Die Fälle und Angebote bleiben in dem Viertel.
report-withheld = versteckt

## Mit dem Team teilen
data-team-title = Mit dem Team teilen
data-team-intro =
    Teilen Sie die Fälle mit den Geräten von Ihrem Team.
    Lotse schützt die Fälle dabei mit dem Team-Passwort.
data-team-link = Team einrichten
team-title = Mit dem Team teilen
team-intro =
    Lotse schickt die Fälle an einen Server von Ihrem Arbeit·geber.
    Ein Server ist ein Computer im Internet.
    Die anderen Geräte im Team holen die Fälle von dort.
    Vorher schützt Lotse jeden Fall mit dem Team-Passwort.
    Auf dem Server kann niemand die Fälle lesen.
team-server-label = Adresse vom Server
team-server-hint =
    Die Adresse beginnt so:
    https://
    Die Computer·hilfe bei Ihrer Arbeit kennt die Adresse.
team-database-label = Name von der Datenbank
team-database-hint =
    Die Datenbank ist der Platz vom Team auf dem Server.
    Die Computer·hilfe bei Ihrer Arbeit kennt den Namen.
    Zum Beispiel:
    team-nord
team-name-label = Ihr Benutzer·name für den Server
team-password-label = Ihr Passwort für den Server
team-passphrase-label = Team-Passwort
team-passphrase-hint =
    Alle im Team haben dasselbe Team-Passwort.
    Nur mit dem Team-Passwort kann man die Fälle lesen.
    Beim 1. Gerät denken Sie sich das Team-Passwort aus.
team-kept-unencrypted =
    Lotse merkt sich Ihr Passwort und das Team-Passwort.
    Der Schutz mit Passwort ist in Lotse aus.
    Darum kann jede Person mit diesem Gerät beide Passwörter lesen.
    Schalten Sie den Schutz mit Passwort an.
team-submit = Mit dem Team verbinden
team-busy = Lotse prüft die Verbindung …
team-server-empty = Schreiben Sie die Adresse vom Server.
team-server-invalid =
    Die Adresse muss mit https:// beginnen.
    Name und Passwort gehören nicht in die Adresse.
team-database-empty = Schreiben Sie den Namen von der Datenbank.
team-database-invalid =
    Der Name beginnt mit einem kleinen Buchstaben.
    Erlaubt sind kleine Buchstaben, Zahlen, - und _.
team-name-empty = Schreiben Sie Ihren Benutzer·namen für den Server.
team-password-empty = Schreiben Sie Ihr Passwort für den Server.
team-passphrase-empty = Schreiben Sie das Team-Passwort.
team-problem-unreachable =
    Der Server antwortet nicht.
    Ist die Adresse richtig?
    Vielleicht hat das Gerät kein Internet.
    Ihre Änderungen bleiben auf dem Gerät.
    Lotse schickt sie später.
team-problem-not-allowed =
    Lotse darf nur mit einem bestimmten Server arbeiten.
    Prüfen Sie die Adresse.
    Die Computer·hilfe bei Ihrer Arbeit kennt die richtige Adresse.
team-problem-not-couchdb =
    Unter der Adresse ist kein passender Server.
    Ist die Adresse richtig?
team-problem-wrong-password = Benutzer·name oder Passwort ist falsch.
team-problem-no-database =
    Die Datenbank gibt es auf dem Server nicht.
    Ist der Name richtig?
team-problem-no-permission =
    Sie dürfen die Datenbank nicht benutzen.
    Die Computer·hilfe bei Ihrer Arbeit kann das ändern.
team-problem-server-error =
    Der Server hat einen Fehler.
    Lotse probiert es bald wieder.
team-problem-garbage =
    Lotse versteht die Antwort vom Server nicht.
    Lotse probiert es bald wieder.
team-problem-wrong-team-passphrase =
    Das Team-Passwort ist falsch.
    Fragen Sie Ihr Team.
team-problem-device = Lotse kann auf diesem Gerät gerade nicht speichern.
team-state-title = Teilen mit dem Team
team-connected =
    Dieses Gerät teilt die Fälle mit dem Team.
    Datenbank:
    { $database }
    Server:
    { $server }
team-pending-label = Änderungen nur auf diesem Gerät
team-last-sync-label = Zuletzt geteilt
team-never-synced = noch nie
team-unreadable =
    Das Team-Passwort passt nicht zu manchen Fällen auf dem Server.
    Lotse ändert diese Fälle nicht.
    Anzahl:
    { $count }
team-sync-now = Jetzt teilen
team-turn-off = Teilen beenden
team-turn-off-note =
    Ihre Fälle bleiben auf diesem Gerät.
    Die Fälle auf dem Server bleiben auch dort.
    Danach teilt dieses Gerät keine Änderungen mehr.
sync-conflict-title = Jemand hat den Fall auch auf einem anderen Gerät geändert
sync-conflict-body =
    Lotse hat den Fall von beiden Geräten aufbewahrt.
    Vergleichen Sie die Texte.
    Wählen Sie in jeder Zeile den richtigen Text.
    Tippen Sie dann auf den Knopf „Ihre Wahl speichern“.
    Oder nehmen Sie den ganzen Fall von einem Gerät.
sync-conflict-theirs = Anderes Gerät
sync-conflict-mine = Dieses Gerät
sync-conflict-take-theirs = Fall vom anderen Gerät nehmen
sync-conflict-keep-mine = Fall von diesem Gerät nehmen
sync-conflict-deleted-there =
    Jemand hat den Fall auf einem anderen Gerät gelöscht.
    Auf diesem Gerät hat jemand den Fall aber geändert.
    Wollen Sie den Fall behalten?
sync-conflict-keep-case = Fall behalten
sync-conflict-delete-case = Fall löschen
sync-conflict-unreadable =
    Das andere Gerät hat eine neuere Version von Lotse.
    Dieses Gerät kann den Fall von dort noch nicht lesen.
    Lotse lässt diesen Fall auf dem Server.
conflict-save-picks = Ihre Wahl speichern
entry-conflict-title = Jemand hat das Angebot auch auf einem anderen Gerät geändert
entry-conflict-body =
    Lotse hat das Angebot von beiden Geräten aufbewahrt.
    Wählen Sie in jeder Zeile den richtigen Text.
    Tippen Sie dann auf den Knopf „Ihre Wahl speichern“.
entry-conflict-take-theirs = Das ganze Angebot vom anderen Gerät nehmen
entry-conflict-deleted-there =
    Jemand hat das Angebot auf einem anderen Gerät gelöscht.
    Auf diesem Gerät hat jemand das Angebot aber geändert.
    Wollen Sie das Angebot behalten?
entry-conflict-keep = Angebot behalten
entry-conflict-delete = Angebot löschen
entry-conflict-save-first =
    Sie haben unten etwas geändert.
    Speichern Sie das zuerst.
    Dann können Sie hier wählen.
entry-changed-there = Jemand hat das Angebot gerade auf einem anderen Gerät geändert.
entry-changed-there-edited =
    Sie haben unten etwas geändert.
    Das haben Sie noch nicht gespeichert.
    Wenn Sie jetzt speichern:
    Dann sind die Änderungen vom anderen Gerät weg.
entry-show-new = Das Angebot vom anderen Gerät zeigen
sync-badge-pending-one = 1 Änderung fehlt noch beim Team
sync-badge-pending-other = { $count } Änderungen fehlen noch beim Team
sync-badge-offline = Verbindung zum Team fehlt
sync-badge-synced = Mit dem Team geteilt am { $time }
sync-badge-starting = Lotse teilt gerade mit dem Team
team-join-unreachable =
    Der Server antwortet nicht.
    Stimmt die Adresse?
    Vielleicht hat das Gerät kein Internet.
