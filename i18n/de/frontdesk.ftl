# frontdesks eigene Worte auf Deutsch. Kennungen und $-Argumente wie in der englischen Datei.

## Aktionen: ihre Titel in der Befehlspalette und was die Hilfe über sie sagt.

action-help = Hilfe: alle Tasten
action-help-about = alle Tastenbelegungen anzeigen
action-quit = Beenden
action-quit-about = frontdesk beenden
action-refresh = Ansichten und Ticket neu laden
action-refresh-about = die Ansichten und das offene Ticket neu laden
action-command-palette = Befehlspalette…
action-command-palette-about = jede Aktion über ihren Namen finden
action-stats = Statistik
action-stats-about = das Statistik-Panel öffnen
action-suspend = In die Shell wechseln
action-suspend-about = anhalten und zur Shell zurückkehren (fg setzt fort)
action-messages = Meldungen und Warnungen
action-messages-about = die letzten Meldungen und Warnungen anzeigen
action-outbox = Postausgang…
action-outbox-about = noch nicht zugestellte Antworten anzeigen: jetzt senden, bearbeiten oder verwerfen
action-retry-save = Erneut speichern
action-retry-save-about = Postausgang und Entwürfe nach einem fehlgeschlagenen Speichern erneut speichern
action-select-next = Nach unten
action-select-next-about = nach unten gehen
action-select-prev = Nach oben
action-select-prev-about = nach oben gehen
action-select-first = Zur ersten Zeile
action-select-first-about = zur ersten Zeile gehen
action-select-last = Zur letzten Zeile
action-select-last-about = zur letzten Zeile gehen
action-page-down = Seite nach unten
action-page-down-about = eine Seite nach unten blättern
action-page-up = Seite nach oben
action-page-up-about = eine Seite nach oben blättern
action-open-ticket = Ticket öffnen
action-open-ticket-about = das ausgewählte Ticket öffnen
action-filter = Ansicht filtern…
action-filter-about = die Ansicht unscharf filtern
action-next-view = Nächste Ansicht
action-next-view-about = zur nächsten Ansicht wechseln
action-prev-view = Vorige Ansicht
action-prev-view-about = zur vorigen Ansicht wechseln
action-reply = Antworten…
action-reply-about = eine öffentliche Antwort schreiben
action-note = Interne Notiz…
action-note-about = eine interne Notiz schreiben
action-reply-with-canned = Mit Textbaustein antworten…
action-reply-with-canned-about = mit einem Textbaustein antworten
action-assign-to-me = Mir zuweisen
action-assign-to-me-about = das Ticket mir zuweisen
action-assign = Zuweisen an…
action-assign-about = das Ticket einem Agenten zuweisen
action-set-status = Status ändern…
action-set-status-about = den Status ändern
action-set-priority = Priorität ändern…
action-set-priority-about = die Priorität ändern
action-edit-tags = Tags bearbeiten…
action-edit-tags-about = Tags hinzufügen oder entfernen
action-back = Zurück
action-back-about = zurückgehen
action-scroll-down = Nach unten scrollen
action-scroll-down-about = nach unten scrollen
action-scroll-up = Nach oben scrollen
action-scroll-up-about = nach oben scrollen
action-next-ticket = Nächstes Ticket
action-next-ticket-about = das nächste Ticket der Ansicht öffnen
action-prev-ticket = Voriges Ticket
action-prev-ticket-about = das vorige Ticket der Ansicht öffnen
action-focus-next = Weitere Tickets des Kunden
action-focus-next-about = zwischen Verlauf und den weiteren Tickets des Kunden wechseln
action-copy-link = Link zum Ticket kopieren
action-copy-link-about = den Link zum Ticket in die Zwischenablage kopieren
action-pick-canned = Textbaustein einfügen…
action-pick-canned-about = einen Textbaustein einfügen
action-expand-abbreviation = Kürzel erweitern
action-expand-abbreviation-about = das Kürzel vor dem Cursor erweitern
action-open-editor = In $EDITOR bearbeiten
action-open-editor-about = den Entwurf in $VISUAL / $EDITOR bearbeiten
action-send = Senden
action-send-about = die Antwort oder Notiz senden
action-leave = Editor verlassen
action-leave-about = den Editor verlassen (der Entwurf bleibt)
action-insert = Einfügen
action-insert-about = die gewählte Antwort einfügen
action-complete = Wort vervollständigen
action-complete-about = das getippte Wort vervollständigen (erneut: der nächste Vorschlag)
action-confirm = Übernehmen
action-confirm-about = übernehmen
action-cancel = Abbrechen
action-cancel-about = abbrechen
action-attachments = Anhänge…
action-attachments-about = die Anhänge des Tickets auflisten: öffnen oder speichern
action-open-attachment = Anhang öffnen
action-open-attachment-about = den Anhang öffnen: Text und Bilder hier, anderes mit dem Desktop
action-save-attachment = Anhang speichern
action-save-attachment-about = den Anhang im Download-Ordner speichern
action-attach-file = Datei anhängen…
action-attach-file-about = eine Datei an die Antwort hängen (oder eine entfernen)
action-edit-recipients = CC und BCC…
action-edit-recipients-about = festlegen, wer eine Kopie der Antwort bekommt (CC, BCC)
action-next-message = Nächste Nachricht
action-next-message-about = zur nächsten Nachricht gehen
action-prev-message = Vorige Nachricht
action-prev-message-about = zur vorigen Nachricht gehen
action-first-message = Erste Nachricht
action-first-message-about = zur ersten Nachricht gehen
action-last-message = Neueste Nachricht
action-last-message-about = zur neuesten Nachricht gehen
action-go-to-ticket = Zu Ticket #…
action-go-to-ticket-about = Ticket #N über seine Nummer öffnen, ob es in einer Ansicht ist oder nicht
action-search = Im Helpdesk suchen…
action-search-about = im ganzen Helpdesk suchen: Wörter, eine E-Mail-Adresse oder die eigene Abfragesprache des Helpdesks
action-merge-ticket = Zusammenführen mit…
action-merge-ticket-about = dieses Ticket mit einem anderen zusammenführen (ein Duplikat mit dem Original)
action-new-ticket = Neues Ticket…
action-new-ticket-about = ein neues Ticket für einen Kunden eröffnen (etwa nach einem Anruf)
action-set-queue = Queue des neuen Tickets…
action-set-queue-about = Queue oder Gruppe eines neuen Tickets wählen
action-prev-field = Voriges Feld
action-prev-field-about = zurück zum vorigen Feld eines Formulars
action-toggle-audience = Öffentlich oder intern
action-toggle-audience-about = den Entwurf zwischen öffentlich (der Kunde sieht ihn) und intern umschalten
action-toggle-mark = Ticket markieren
action-toggle-mark-about = das Ticket für eine Änderung an vielen zugleich markieren oder die Markierung aufheben (s, p, A, a, t gelten für alle)
action-mark-range = Bereich markieren
action-mark-range-about = einen Bereich von Tickets markieren (bewegen zum Erweitern; erneut zum Beenden)
action-links = Verknüpfte Tickets…
action-links-about = ein verknüpftes Ticket öffnen (verweist auf, hängt ab von, Problem, übergeordnet…)
action-fields = Benutzerdefinierte Felder bearbeiten…
action-fields-about = die benutzerdefinierten Felder des Tickets bearbeiten (auch die leeren)
action-forward-message = Diese Nachricht weiterleiten…
action-forward-message-about = die gelesene Nachricht an jemand anderen weiterleiten, zitiert und mit ihren Dateien
action-translate-message = Diese Nachricht übersetzen
action-translate-message-about = die gelesene Nachricht mit translate_cmd in Ihre Sprache übersetzen
action-translate-draft = Entwurf in die Sprache des Kunden übersetzen
action-translate-draft-about = den Entwurf mit translate_cmd in die Sprache des Kunden übersetzen, zur Prüfung im Editor
action-show-changes = Änderungsverlauf des Tickets zeigen
action-show-changes-about = die Änderungen des Tickets zwischen den Nachrichten zeigen (erneut: alle Änderungen; erneut: keine)
action-move-ticket = In andere Queue oder Gruppe verschieben…
action-move-ticket-about = das Ticket in eine andere Queue, Gruppe, ein anderes Projekt oder Postfach verschieben
action-log-time = Aufgewendete Zeit erfassen…
action-log-time-about = die für Antwort oder Notiz aufgewendete Zeit erfassen (wo der Helpdesk Zeit führt)
action-noop = Nichts
action-noop-about = die Belegung dieser Taste aufheben
action-view = Ansicht { $n }
action-view-about = zu Ansicht { $n } wechseln

## Die Hinweiszeile: eine Taste und was sie tut.

hint-move = bewegen
hint-open = öffnen
hint-reply = antworten
hint-note = Notiz
hint-status = Status
hint-filter = filtern
hint-view = Ansicht
hint-commands = Befehle
hint-help = Hilfe
hint-back = zurück
hint-scroll = scrollen
hint-canned = Baustein
hint-take = übernehmen
hint-files = Anhänge
hint-other-tickets = weitere Tickets
hint-send = senden
hint-attach = anhängen
hint-cc = CC
hint-expand = erweitern
hint-editor = Editor
hint-time = Zeit
hint-leave = verlassen
hint-save = speichern
hint-close = schließen
hint-insert = einfügen
hint-cancel = abbrechen
hint-keep-filter = Filter behalten
hint-clear = leeren
hint-choose = wählen
hint-complete = vervollständigen
hint-field = Feld
hint-open-ticket = Ticket eröffnen
hint-next-field = nächstes Feld
hint-back-a-field = voriges Feld
hint-queue = Queue
hint-priority = Priorität
hint-public-internal = öffentlich/intern
hint-keep-draft = als Entwurf behalten
hint-yes = ja
hint-no = nein

## Wo Tasten wirken, wie die Hilfe sie nennt.

context-global = überall (einfache Tasten nicht beim Tippen)
context-queue = die Ticketliste
context-detail = ein offenes Ticket
context-compose = eine Antwort oder Notiz schreiben; andere Tasten bearbeiten den Text
context-picker = die Textbaustein-Auswahl; tippen zum Filtern
context-filter = die Filterzeile der Queue; tippen zum Filtern
context-menu = Menüs für Status, Priorität und Bearbeiter
context-palette = die Befehlspalette; tippen zum Finden
context-prompt = einzeilige Fragen wie Tags
context-panel = dieses Panel, Statistik, Meldungen und die Anhangsansicht
context-files = die Anhänge eines Tickets (o im Ticket)
context-form = das Formular der benutzerdefinierten Felder (f im Ticket); Tippen ändert das Feld
help-intro = Alle Belegungen der aktiven Tastenbelegung. Jede lässt sich in keymap.toml im Konfigurationsordner ändern; "noop" hebt eine Belegung auf. : findet jede Aktion über ihren Namen.

## Die Titelzeile.

title-updated = aktualisiert { $time }
title-cached = zwischengespeichert vor { $age }
title-loading = lädt
title-offline = offline
title-signed-out = abgemeldet
title-marked = { $n } markiert

## Die Queue.

queue-subject = Betreff
queue-requester = Kunde
queue-status = Status
queue-language = Spr.
queue-waiting = Wartet
queue-target = Frist
queue-paused = pausiert
queue-filtering = filtert…
queue-shown-of-loaded = { $shown } von { $loaded }
queue-shown-of-loaded-search = { $shown } von { $loaded } geladenen · { $key } sucht im Helpdesk
queue-could-not-load = { $view } konnte nicht geladen werden: { $error }.
queue-loading = Lädt…
queue-no-match = Kein Ticket in { $view } passt zu „{ $filter }“.
queue-empty = { $view } ist leer. Alles erledigt!

## Das offene Ticket.

detail-could-not-open = #{ $id } konnte nicht geöffnet werden: { $error }.
detail-loading = #{ $id } wird geladen…
detail-select = Wählen Sie ein Ticket, um es hier zu sehen.
detail-target = Frist { $when }
detail-clock-paused = { $clock }: Uhr pausiert
detail-unassigned = nicht zugewiesen
detail-local-time-in = { $time } in { $place }
detail-night = dort Nacht
detail-conversation = Verlauf · { $n ->
    [one] { $n } Nachricht
   *[other] { $n } Nachrichten
}
detail-conversation-newest = Verlauf · die neuesten { $n } Nachrichten; ältere nur auf der Webseite
detail-long-thread = { $n } Antworten: genauer hinsehen
detail-more-below = ↓ { $n } weitere
detail-more-above = ↑ { $n } darüber
detail-cached = zwischengespeichert vor { $age }
detail-linked = Verknüpft:
detail-key-opens = ({ $key } öffnet)
detail-the-requester = Der Kunde
detail-other-tickets = Weitere Tickets von { $who } ({ $n })
language-en = Englisch
language-fi = Finnisch
language-ru = Russisch
language-de = Deutsch
language-et = Estnisch
language-zh = Chinesisch
detail-writes = { $language }
detail-writes-detected = { $language }?
time-ago = vor { $age }
message-to-customer = { $author } → Kunde
message-note = Notiz · { $author } · nur für Agenten
message-you-to-customer = Sie → Kunde
message-your-note = Notiz · Sie · nur für Agenten
message-not-sent = noch nicht gesendet: im Postausgang (O)

## Kurze Zeiten für Spalten, und Wartezeiten in Worten.

time-seconds-short = { $n } s
time-minutes-short = { $n } Min.
time-hours-short = { $n } Std.
time-days-short = { $n } T.
time-weeks-short = { $n } Wo.
time-in = in { $duration }
time-over = { $duration } über
time-in-column = { $duration }
time-over-column = −{ $duration }
time-wait-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
time-wait-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
time-wait-hours = { $n ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
}
time-wait-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
time-of-day = { $hour }:{ $minute }
date-day-month = { $day }. { $month }
month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.

## Mengen.

n-tickets = { $n ->
    [one] { $n } Ticket
   *[other] { $n } Tickets
}

## Editor, Panels, Palette und Bausteinauswahl.

compose-the-requester = den Kunden
compose-first-public = Erste Nachricht — der Kunde sieht sie
compose-first-internal = Erste Nachricht — interne Notiz, nur für Agenten
compose-forward = Weiterleitung aus #{ $on } an { $to }
compose-reply = Antwort an { $requester } zu #{ $on } — der Kunde sieht sie
compose-note = Interne Notiz zu #{ $on } — nur für Agenten
compose-note-no-one = Nur für Agenten: eine Notiz geht an niemanden außerhalb
compose-files-from-message = { $n ->
    [one] { $n } Datei
   *[other] { $n } Dateien
} aus der Nachricht
compose-no-copies = dieser Helpdesk nimmt keine Kopien
compose-key-adds = { $key } fügt hinzu
compose-also-on-ticket = auch am Ticket
compose-copied-before = früher in Kopie
compose-no-bcc = von diesem Helpdesk nicht angeboten
panel-keys = Tasten
panel-stats = Statistik
panel-messages = Meldungen
palette-title = Befehle
picker-title = Textbausteine · { $shown } von { $all }
picker-title-marked = Aktionen eines Bausteins für { $n } markierte Tickets · { $shown } von { $all }
picker-loading = Die Textbausteine des Helpdesks werden geladen…
picker-no-match = Kein Baustein passt.

## Translation.

translation-waiting = { $from } → { $to } mit { $command }: wird übersetzt…
translation-failed = { $command } konnte nicht übersetzen: { $why }
translation-done = { $from } → { $to } mit { $command }, maschinell übersetzt:
translation-timeout = keine Antwort in { $seconds } Sekunden, angehalten
translation-empty = hat nichts ausgegeben
translate-not-set = Kein Übersetzungsbefehl: translate_cmd in config.toml setzen (jeder Befehl, der Text liest und die Übersetzung ausgibt)
translate-ask = Tickettext zum Übersetzen an „{ $command }“ senden? Er verlässt frontdesk an diesen Befehl
translate-allow = Ja, für dieses Profil ab jetzt
translate-refuse = Nein
translate-same = Die Nachricht ist schon in Ihrer Sprache ({ $language })
translate-no-target = Die Sprache des Kunden ist unbekannt, es gibt keine Zielsprache
translate-draft-waiting = Der Entwurf wird übersetzt, { $from } → { $to }; er öffnet sich im Editor, damit Sie ihn vor dem Senden lesen

## Menüs, Senden und Postausgang.

priority-urgent = dringend
priority-high = hoch
priority-normal = normal
priority-low = niedrig
menu-marked-tickets = { $n } markierte Tickets
menu-who-are-you = Wir ermitteln noch, wer Sie sind; versuchen Sie es gleich noch einmal
menu-assigned-to-you = #{ $id } Ihnen zugewiesen
menu-status-of = Status von { $name }
menu-no-priorities = Dieser Helpdesk kennt keine Prioritäten
menu-priority-of = Priorität von { $name }
menu-you = { $name } (Sie)
menu-unassigned = Nicht zugewiesen
menu-assign-to = { $name } zuweisen an
menu-no-tags = Dieser Helpdesk kennt keine Tags
menu-status-set = #{ $id } Status → { $status }
menu-priority-set = #{ $id } Priorität → { $priority }
menu-assigned = #{ $id } zugewiesen an { $name }
sent-found = { $what }: war doch schon beim Helpdesk angekommen und wurde nicht erneut gesendet
sent-forward = Aus #{ $id } an { $to } weitergeleitet
sent-note = Interne Notiz zu #{ $id } hinzugefügt
sent-reply = Antwort zu #{ $id } gesendet
sent-reply-to = Antwort an { $to } zu #{ $id } gesendet
draft-kept-new-ticket = Neues Ticket als Entwurf behalten; N öffnet es wieder
draft-kept-reply = Antwortentwurf gespeichert; r öffnet ihn wieder
draft-kept-note = Interne Notiz als Entwurf gespeichert; n öffnet sie wieder
quit-outbox = Erneut beenden zum Beenden, jede andere Taste zum Bleiben: { $n ->
    [one] 1 Antwort ist
   *[other] { $n } Antworten sind
} noch im Postausgang (O) und gehen beim nächsten Start hinaus.
outbox-new-ticket = neues Ticket für { $who }
outbox-forward = Weiterleitung an { $to } aus #{ $id }
outbox-reply-to = Antwort an { $to } zu #{ $id }
outbox-reply = Antwort zu #{ $id }
outbox-note = interne Notiz zu #{ $id }

## First run.

first-run-welcome = Willkommen bei frontdesk.
first-run-none = Noch ist kein Helpdesk eingerichtet. Sofort ausprobieren mit dem eingebauten Demo-Helpdesk:
first-run-connect = Um Ihren Helpdesk anzubinden, legen Sie { $config } mit einem Profil an, zum Beispiel:
first-run-then = speichern Sie dann Ihr Token mit `frontdesk login` (oder setzen Sie token_cmd = "pass show rt" im Profil) und prüfen Sie die Einrichtung mit `frontdesk doctor`. Ganz ohne Konfigurationsdatei:
first-run-readme = docs/desks/ in den Quellen von frontdesk hat ein Beispiel für jeden Helpdesk.

## doctor.

doctor-built-in = eingebaut
doctor-no-desk = kein Helpdesk eingerichtet
doctor-no-desk-fix = ein [profiles.NAME] in config.toml anlegen (siehe docs/desks/) oder FRONTDESK_BACKEND und FRONTDESK_URL setzen; `frontdesk --demo` geht auch ohne
doctor-config-missing = { $file } fehlt; es gelten die Voreinstellungen
doctor-config-profiles = { $file } ({ $n ->
    [one] { $n } Profil
   *[other] { $n } Profile
})
doctor-config-problems = { $file } hat Probleme:
doctor-credential-from = aus { $source }
doctor-url-invalid = die url ist keine gültige Adresse
doctor-url-invalid-fix = so schreiben: url = "https://rt.example.com"
doctor-url-allowed = { $risk } (erlaubt durch insecure_http = true)
doctor-dns-unknown = { $host } wurde nicht gefunden ({ $error })
doctor-dns-unknown-fix = den Hostnamen in der url sowie Netz oder VPN prüfen
doctor-dns-slow = die Namensauflösung von { $host } dauerte über 5 s
doctor-dns-slow-fix = Netz- und DNS-Einstellungen prüfen
doctor-connect-ok = { $host }:{ $port } antwortet
doctor-connect-refused-fix = läuft der Helpdesk und lauscht er auf Port { $port }? Eine Firewall, ein Proxy oder VPN kann im Weg sein
doctor-connect-slow = { $host }:{ $port } hat nicht innerhalb von 5 s geantwortet
doctor-connect-slow-fix = eine Firewall verwirft vielleicht die Verbindung, oder ein VPN ist nötig
doctor-auth-tls = TLS geprüft; Sie sind { $name } ({ $id })
doctor-auth = Sie sind { $name } ({ $id })
doctor-view-lists = Ansicht „{ $view }“ zeigt { $n ->
    [one] { $n } Ticket
   *[other] { $n } Tickets
}
doctor-view-rejected = Ansicht „{ $view }“ wurde abgelehnt: { $why }
doctor-view-rejected-fix = die Abfrage der Ansicht in config.toml korrigieren: { $query }
doctor-view-forbidden = Ansicht „{ $view }“: nicht erlaubt ({ $why })
doctor-view-forbidden-fix = einen Admin um das Recht bitten, Tickets dieser Queue zu sehen
doctor-not-a-terminal = stdout ist kein Terminal (für diese Prüfung in Ordnung; die Oberfläche braucht eins)
doctor-terminal-wide = { $w }x{ $h }, breit genug für Queue und Ticket nebeneinander
doctor-terminal-small = { $w }x{ $h } ist kleiner als 80x24; manches wird abgeschnitten
doctor-terminal-small-fix = das Fenster vergrößern
doctor-terminal-unknown = Größe unbekannt ({ $error })
doctor-no-color = NO_COLOR ist gesetzt: das Theme mono (fett, invers, unterstrichen) wird verwendet
doctor-colours-24 = 24-Bit-Farben
doctor-colours-256 = 256 Farben
doctor-colours-16 = 16 Farben (das Standard-Theme braucht nicht mehr)
doctor-language-fix = language = "de" (oder en, fi, ru, et, zh) in config.toml setzen

## Errors, in the agent's words.

error-try-again = { $what }; ctrl-r versucht es erneut
error-conflict = das Ticket wurde von jemand anderem geändert, seit Sie es geöffnet haben
error-auth = der Helpdesk hat die Zugangsdaten abgelehnt ({ $why }); `frontdesk doctor` prüft sie, `frontdesk login` ersetzt sie
error-network = der Helpdesk ist nicht erreichbar: { $why }
error-interrupted = die Verbindung brach ab, bevor der Helpdesk antwortete ({ $why })
error-timeout = der Helpdesk hat nicht rechtzeitig geantwortet
error-rate-limited-for = der Helpdesk drosselt Anfragen; erneut versuchen in { $wait }
error-rate-limited = der Helpdesk drosselt Anfragen; gleich erneut versuchen
error-forbidden = nicht erlaubt: { $why }
error-not-found = nicht gefunden: { $what }
error-invalid = der Helpdesk hat es abgelehnt: { $why }
error-server = Fehler im Helpdesk ({ $status }): { $message }
error-too-large = der Helpdesk sandte eine zu große Antwort (über { $limit } MB)
outbox-held = Nicht gesendet: { $what }. { $why }. Es bleibt im Postausgang (O) und geht beim nächsten Versuch oder Start von frontdesk hinaus.
outbox-waits = Noch nicht gesendet: { $what }: { $why }. Es wartet im Postausgang (O); neuer Versuch in { $wait }.
outbox-change-waits = Noch nicht ausgeführt: { $what }: { $why }. Es wartet im Postausgang (O); neuer Versuch in { $wait }.
outbox-not-changed = Nicht geändert: { $why } ({ $what })
outbox-not-opened = Nicht eröffnet: { $why }. Das neue Ticket ist wieder ein Entwurf; N öffnet es.
outbox-conflict = Nicht gesendet: Das Ticket hat sich geändert, während Sie schrieben. Die Änderungen stehen über Ihrem Text; ctrl-s sendet trotzdem.
outbox-handed-back = Nicht gesendet: { $why }. Ihr Text ist wieder im Editor.

## login and logout.

login-where-rt = In Request Tracker: Ihr Name (oben rechts) → Settings → Auth Tokens → Create.
login-where-zendesk = In Zendesk: Admin Center → Apps and integrations → Zendesk API → Add API token.
login-where-freshdesk = In Freshdesk: Ihr Profilbild → Profile settings → Your API Key.
login-where-zammad = In Zammad: Profil → Token-Zugang → Erstellen (mit ticket.agent).
login-where-jira = In Atlassian: id.atlassian.com → Security → Create and manage API tokens; user ist Ihre E-Mail.
login-where-helpscout = In Help Scout: Your Profile → My Apps → Create My App; user ist die App ID, das Geheimnis das App Secret.
login-where-redmine = In Redmine: Mein Konto → API-Zugriffsschlüssel → Anzeigen (ein Admin aktiviert zuerst den REST-Dienst).
login-demo = Der Demo-Helpdesk braucht keine Anmeldung.
login-env-note = Hinweis: FRONTDESK_TOKEN ist gesetzt und geht allem im Schlüsselbund vor.
login-profile = Anmeldung für Profil „{ $name }“ ({ $account }).
login-prompt = Token für { $account } (die Eingabe wird nicht angezeigt):
login-read-failed = das Token konnte nicht vom Terminal gelesen werden: { $error }
login-empty = kein Token eingegeben; nichts gespeichert
login-accepted = Der Helpdesk akzeptiert es: Sie sind { $name } ({ $id }).
login-refused = der Helpdesk hat das Token abgelehnt ({ $why }); nichts gespeichert
login-unchecked = Das Token konnte nicht geprüft werden ({ $why }); es wird trotzdem gespeichert.
login-stored = Im Schlüsselbund des Systems gespeichert. `frontdesk doctor` prüft die ganze Einrichtung.
login-no-keyring = das Token funktioniert, aber es gibt keinen Schlüsselbund, um es aufzubewahren ({ $why }); nichts gespeichert.
login-keep-instead = Bewahren Sie es stattdessen so auf:
login-keep-pass = in einem Passwortmanager: speichern (etwa `pass insert frontdesk/{ $name }`), dann in [profiles.{ $name }] in config.toml ergänzen:
login-keep-env = nur für diese Shell: export { $var }=… vor dem Start von frontdesk
logout-removed = Das Token für { $account } wurde aus dem Schlüsselbund entfernt.
logout-none = Im Schlüsselbund war kein Token für { $account }.
logout-unreachable = der Schlüsselbund ist nicht erreichbar: { $why }
outbox-empty = Der Postausgang ist leer: alles wurde zugestellt
outbox-send-all = Alles jetzt senden
outbox-sending = wird gesendet…
outbox-checking = prüft, ob es angekommen ist…
outbox-next-try = nächster Versuch { $time }
outbox-held-state = angehalten bis zum nächsten Versuch
outbox-idle = wartet
outbox-title = Postausgang — { $n } nicht zugestellt
outbox-go-on = Jetzt fortsetzen
outbox-cancel-rest = Rest abbrechen (nicht erreichte Tickets bleiben, wie sie sind)
outbox-make-now = Änderung jetzt ausführen
outbox-discard-change = Verwerfen (das Ticket bleibt, wie es ist)
outbox-send-now = Jetzt senden
outbox-edit = Zurück in den Editor
outbox-discard = Verwerfen (nicht rückgängig zu machen)
outbox-draft-again = Ihre Antwort zu #{ $id } ist wieder ein Entwurf; Ticket öffnen und r drücken
outbox-discarded = Verworfen: { $what }
outbox-being-sent = Diese Antwort wird gerade gesendet; warten Sie das Ergebnis ab
away-signed-out-shown = Abgemeldet: { $why }. Angezeigt wird der Stand von { $time }
away-signed-out = Abgemeldet: { $why }. Es konnte nichts geladen werden
away-shown = Der Helpdesk hat nicht geantwortet ({ $why }); angezeigt wird der Stand von { $time }. ctrl-r versucht es erneut
away-nothing = Der Helpdesk hat nicht geantwortet ({ $why }); es konnte nichts geladen werden. ctrl-r versucht es erneut
back-signed-in = Wieder angemeldet; die Ansichten sind aktuell
back-answers = Der Helpdesk antwortet wieder; die Ansichten sind aktuell
picker-open-first = Zuerst eine Antwort oder Notiz öffnen (r oder n)
picker-still-loading = werden noch geladen
picker-unavailable = Textbausteine sind nicht verfügbar: { $why }
picker-nothing-inserted = Kein Baustein passt; nichts eingefügt
picker-rendering = Der Helpdesk bereitet „{ $title }“ für #{ $id } auf…
picker-rendered-here = Der Helpdesk konnte „{ $title }“ nicht aufbereiten ({ $why }); frontdesk hat es selbst getan
picker-ticket-loading = Das Ticket lädt noch; gleich noch einmal versuchen
picker-no-agent = Kein Agent „{ $who }“ zum Zuweisen; diese Aktion wurde ausgelassen
detail-closed-selected = #{ $id } geschlossen, das keine Ansicht zeigt; die Auswahl steht auf #{ $on }
detail-closed = #{ $id } geschlossen, das keine Ansicht zeigt
detail-no-other-tickets = Der Kunde hat keine weiteren Tickets
detail-not-in-view = Dieses Ticket ist nicht in der angezeigten Ansicht
detail-last-of-view = Letztes Ticket der Ansicht
detail-first-of-view = Erstes Ticket der Ansicht
detail-copied = Kopiert: { $url }
detail-no-link = Ticket { $id } hat noch keinen Link zum Kopieren
detail-linked-to = Mit #{ $id } verknüpfte Tickets
time-prompt = Aufgewendete Zeit für #{ $id } (15m, 1h30, 1.5h; leer: keine)
time-prompt-alone = Aufgewendete Zeit für #{ $id }, jetzt ohne Nachricht erfasst (15m, 1h30, 1.5h)
time-only-log = Nur { $spent } erfassen
time-logged = { $spent } für #{ $id } erfasst
time-log-and-set = { $spent } erfassen und Status { $status } setzen
time-logged-status = { $spent } für #{ $id } erfasst, Status → { $status }
time-and-status = { $spent } für #{ $id } erfassen: und der Status?
time-with-reply = { $spent } werden mit dieser Antwort erfasst
time-with-note = { $spent } werden mit dieser Notiz erfasst
time-none = Es wird keine Zeit damit erfasst
time-not-a-time = „{ $typed }“ ist keine Zeit: etwa 15m, 1h30 oder 1.5h schreiben
move-queues-unread = Die Queues konnten nicht gelesen werden: { $why }
move-reading-queues = Die Queues des Helpdesks werden gelesen…
move-no-other-queue = Der Helpdesk bietet keine andere Queue zum Verschieben
move-from-to = { $whose } aus { $from } verschieben nach
move-to = { $whose } verschieben nach
files-too-large = { $name } ist { $size } groß; der Helpdesk nimmt Dateien bis { $limit } an
files-too-much = die Dateien sind zusammen { $sum } groß; der Helpdesk nimmt bis { $limit } pro Nachricht an
attach-another = Weitere Datei anhängen…
attach-remove = { $name } entfernen ({ $size })
attach-files-title = Dateien dieser Antwort
attach-path-title = Datei anhängen (ein Pfad; Tab ergänzt)
attach-removed = { $name } ist nicht mehr angehängt
attach-refused = Nicht angehängt: { $why }
attach-done = { $name } angehängt ({ $size })
recipients-note-has-none = Eine Notiz ist nur für Agenten: Sie hat keine Empfänger (r schreibt eine Antwort)
recipients-no-copies = Dieser Helpdesk nimmt keine Kopien zu einer Antwort an
recipients-bcc-title = BCC: Blindkopien dieser Antwort
recipients-cc-stays-title = CC: Kopien dieser Antwort (sie bleiben am Ticket)
recipients-cc-title = CC: Kopien dieser Antwort
recipients-not-address = Keine E-Mail-Adresse: { $wrong }. Korrigieren Sie sie, oder esc lässt die Kopien, wie sie waren
audience-words = { $audience ->
        [public] eine öffentliche Antwort: der Kunde sieht sie
        [internal] eine interne Notiz: nur für Agenten
       *[any] eine Antwort oder eine Notiz
    }
audience-short = { $audience ->
        [public] eine öffentliche Antwort (der Kunde sieht sie)
       *[internal] eine interne Notiz (nur für Agenten)
    }
audience-public-to = eine öffentliche Antwort an { $name }: der Kunde sieht sie
audience-switched = „{ $title }“ ist geschrieben als { $audience }; der Entwurf ist jetzt auch eine
audience-differs = „{ $title }“ ist geschrieben als { $audience }, dieser Entwurf ist { $now }
audience-insert-make = Einfügen; der Entwurf wird { $short }
audience-insert-keep = Einfügen; der Entwurf bleibt { $short }
audience-do-not-insert = Nicht einfügen
audience-this-draft-is = Dieser Entwurf ist { $now }
audience-keep-it = So lassen: { $short }
audience-make-it = Daraus machen: { $then }
audience-now = Der Entwurf ist jetzt { $audience }
bulk-range = Bereich markieren: bewegen vergrößert ihn, v noch einmal beendet
bulk-marks-cleared = Markierungen entfernt
bulk-marked = { $count ->
        [0] Keine Tickets markiert
        [one] 1 Ticket markiert: s, p, A, a und t ändern es
       *[other] { $count } Tickets markiert: s, p, A, a und t ändern alle (esc hebt auf)
    }
bulk-confirm-title = { $count } markierte Tickets ändern: { $what }?
bulk-confirm-yes = Ja, diese { $count } Tickets ändern (y)
bulk-confirm-no = Nein, so lassen (n)
bulk-canned-no-fields = „{ $title }“ ändert keine Felder; sein Text kommt in Antworten, ein Ticket nach dem anderen
bulk-ticket-gone = das Ticket ist nicht mehr im Helpdesk
bulk-not-changed = #{ $id } nicht geändert: { $why }
bulk-report = { $what }: { $done } von { $all } Tickets geändert
bulk-report-failed = ; { $failed } fehlgeschlagen, bleiben markiert (:messages nennt den Grund)
bulk-report-untouched = ; { $untouched } unverändert (abgebrochen)
bulk-cancelling = Abbruch: Tickets, die schon unterwegs sind, werden zuerst fertig
changes-hidden = Änderungen ausgeblendet
changes-folded = Änderungen zwischen den Nachrichten; lange Folgen zusammengefaltet
changes-all = Alle Änderungen sichtbar
changes-unread = Die Änderungen des Tickets konnten nicht gelesen werden: { $why }
compose-still-rendering = Der Helpdesk rendert die Textvorlage noch; senden Sie, sobald sie da ist
compose-empty = Noch nichts zu senden: der Entwurf ist leer.
compose-files-refused = Nicht gesendet: { $why }. Entfernen Sie eine Datei ({ $key } listet sie) und senden Sie erneut.
compose-placeholders-left = Nicht gesendet: { $names } { $count ->
        [one] hat
       *[other] haben
    } für dieses Ticket keinen Wert. Ersetzen Sie den markierten Text und senden Sie erneut.
compose-changed-armed = Das Ticket hat sich geändert (siehe oben); ctrl-s noch einmal sendet trotzdem
compose-changed-since = Das Ticket hat sich geändert, seit Sie angefangen haben: { $what }. Lesen Sie es; ctrl-s noch einmal sendet trotzdem.
compose-editor-failed = Der Editor ist fehlgeschlagen: { $why }. Der Entwurf ist unverändert.
detail-no-links = #{ $id } ist mit keinem anderen Ticket verknüpft
draft-back = Ihr { $public ->
        [yes] Antwortentwurf
       *[no] Entwurf einer internen Notiz
    } von { $when } ist wieder da; { $key } öffnet ihn
draft-ticket-changed = #{ $id } hat sich geändert, seit Sie den Entwurf begonnen haben: { $first }{ $more ->
        [0] {""}
       *[other] {" "}(+{ $more } weitere)
    }
fields-unread = Das Ticket konnte nicht gelesen werden ({ $why }); seine Felder kommen mit ihm
fields-none = Dieses Ticket hat keine benutzerdefinierten Felder
fields-desk-none = Dieser Helpdesk nennt keine benutzerdefinierten Felder, die sich hier setzen lassen
fields-marked-title = Felder für { $count } markierte Tickets setzen
fields-needed-elsewhere = #{ $id } braucht zuerst { $names }: öffnen Sie es und drücken Sie f
fields-needed-for = #{ $id } braucht diese Felder, um { $status } zu werden
fields-required-to-solve = ist zum Lösen erforderlich
fields-read-only = { $name } lässt sich hier nicht ändern
fields-takes-number = { $name } erwartet eine Zahl
fields-editor-failed = Der Editor ist fehlgeschlagen: { $why }
fields-unchanged = Kein Feld wurde geändert
files-fetch-after-load = { $name } lässt sich laden, sobald das Ticket vom Helpdesk geladen ist (dies ist die Kopie auf der Festplatte)
files-over-max = { $name } ist { $size } groß, über max_download ({ $max })
files-larger-than-max = { $name } ist größer als max_download ({ $max })
files-already-downloading = { $name } wird schon geladen
files-download-anyway = Trotzdem laden
files-cancel = Abbrechen
files-saved-not-shown = { $name } { $opener ->
        [yes] ist kein Dokument, das frontdesk an den Desktop gibt
       *[no] lässt sich hier nicht zeigen, und es gibt keinen Desktop, der es öffnet
    }: gespeichert als { $path }
files-saved = { $name } gespeichert als { $path }
files-opened = { $name } geöffnet (gespeichert als { $path })
files-download-failed = { $name } konnte nicht geladen werden: { $why }
files-ready = { $name } ist bereit; o und Enter zeigen es
files-none = #{ $id } hat keine Anhänge
forward-busy = #{ $id } hat einen Entwurf; senden oder verlassen Sie ihn zuerst (pro Ticket entsteht eine Nachricht nach der anderen)
forward-title = Nachricht von { $author } vom { $when } weiterleiten an
forward-not-address = „{ $typed }“ ist keine E-Mail-Adresse
menu-nothing-matches = Nichts passt zu Ihrer Eingabe; Rücktaste erweitert die Suche
bulk-what-status = Status → { $status }
bulk-what-priority = Priorität → { $priority }
bulk-what-assign = zuweisen an { $who }
bulk-what-assign-me = Ihnen zuweisen
menu-hiding-title = #{ $id } auf { $status } setzen? Es verschwindet aus allen Ansichten und kommt vielleicht nicht zurück
menu-hiding-yes = Ja, auf { $status } setzen
menu-hiding-no = Nein, so lassen
menu-change-failed = #{ $id } konnte nicht geändert werden: { $why }
merge-unsupported = Dieser Helpdesk kann keine Tickets zusammenführen
merge-by-number = Ein anderes Ticket, über seine Nummer…
merge-into-title = #{ $id } zusammenführen mit
merge-into-number = #{ $id } zusammenführen mit Ticket #
merge-itself = Ein Ticket lässt sich nicht mit sich selbst zusammenführen
merge-confirm-title = #{ $source }{ $source_subject } mit #{ $target }{ $target_subject } zusammenführen?
merge-confirm-yes = Ja, zusammenführen: #{ $id } { $effect ->
        [closed-with-note] wird geschlossen, mit einer Notiz, die auf das Ziel verweist
        [closed-comments-copied] wird mit einer Notiz zum Ziel geschlossen; das Ziel erhält seine Kommentare als Notiz
        [closed-conversations-added] wird geschlossen, seine Unterhaltungen kommen zum Ziel
        [shown-with-target] erscheint mit den Nachrichten des Ziels und verschwindet aus allen Ansichten
       *[set-merged] wird auf „zusammengeführt“ gesetzt, seine Artikel wandern zum Ziel
    }
merge-confirm-no = Nein, beide behalten
merge-merging = #{ $source } wird mit #{ $target } zusammengeführt…
merge-merged = #{ $source } mit #{ $target } zusammengeführt
merge-failed = #{ $source } konnte nicht mit #{ $target } zusammengeführt werden: { $why }
action-not-here = „{ $action }“ ist hier nicht verfügbar
new-unsupported = Dieser Helpdesk eröffnet keine Tickets aus frontdesk; nutzen Sie seine Webseite
new-priority-title = Priorität des neuen Tickets
new-queue-title = Queue des neuen Tickets
new-queue-default = Standard
new-needs-address = Für wen ist es? Geben Sie die E-Mail-Adresse des Kunden ein (oder wählen Sie eine bekannte Person).
new-bad-address = { $address } ist keine E-Mail-Adresse; geben Sie die Adresse des Kunden ein, etwa ann@example.com.
new-needs-subject = Das Ticket braucht einen Betreff (Tab springt hin).
new-opened-found = #{ $id } für { $who } war doch schon eröffnet; es wurde nicht noch einmal eröffnet
new-opened = #{ $id } für { $who } eröffnet
outbox-sending-your = Wird gesendet: { $what }…
outbox-empty-now = Der Postausgang ist leer
outbox-all-sending = Alles im Postausgang wird gerade gesendet
outbox-reached-after-all = { $what } (es war doch schon beim Helpdesk angekommen)
picker-unresolved = { $names } hat für dieses Ticket keinen Wert: bearbeiten Sie den markierten Text vor dem Senden
prompt-go-to = Gehe zu Ticket #
prompt-not-number = „{ $typed }“ ist keine Ticketnummer
prompt-not-number-example = „{ $typed }“ ist keine Ticketnummer; geben Sie eine ein, z. B. 4208
question-nothing-changed = Nichts wurde geändert
queue-no-view = Es gibt keine Ansicht { $n }
queue-fields-hint = Öffnen Sie das Ticket, um seine Felder zu bearbeiten; mit markierten Tickets setzt f Felder für alle
canned-load-failed = Die Textvorlagen des Helpdesks konnten nicht geladen werden: { $why }
canned-unavailable = Textvorlagen sind nicht verfügbar: { $why }
saves-what = { $kind ->
        [outbox] Postausgang
        [drafts] Entwürfe
        [cache] Zwischenspeicher der Ansichten
        [tally] Zählung des heute Gesendeten
       *[usage] Nutzungszähler der Textvorlagen
    }
saves-failed-kept = Konnte nicht speichern ({ $what }): { $why }. Es bleibt im Speicher; :retry_save versucht es erneut
saves-failed = Konnte nicht speichern ({ $what }): { $why }
saves-saved-again = Wieder gespeichert ({ $what })
saves-unsaved = { $replies ->
        [0] {""}
        [one] 1 Antwort
       *[other] { $replies } Antworten
    }{ $replies ->
        [0] {""}
       *[other] { $drafts ->
            [0] {""}
           *[other] {" "}und{" "}
        }
    }{ $drafts ->
        [0] {""}
        [one] 1 Entwurf
       *[other] { $drafts } Entwürfe
    }
saves-quit-title = { $what } konnten nicht gespeichert werden: Beenden verliert sie jetzt
saves-try-again = Erneut speichern
saves-quit-copy = Beenden und eine Kopie im temporären Ordner behalten
saves-quit-print = Beenden und im Terminal ausgeben
saves-quit-lose = Beenden und sie verlieren
saves-stay = Bleiben
saves-copying = Ungespeicherte Antworten und Entwürfe werden kopiert…
saves-copy-where = frontdesk konnte einige Antworten oder Entwürfe nicht in seinem Datenordner speichern; eine Kopie liegt in { $path }
saves-copy-failed = Auch eine Kopie ließ sich nicht speichern: { $why }
saves-saving-again = Postausgang und Entwürfe werden erneut gespeichert…
search-title = Im Helpdesk suchen
search-searching-note = Suche im Helpdesk ({ $note }); esc schließt den Tab
search-searching = Suche im Helpdesk über alle Status; esc schließt den Tab
session-who-failed = Konnte nicht herausfinden, wer Sie sind: { $why }
session-agents-failed = Agenten konnten nicht aufgelistet werden: { $why }
tags-title = Tags von #{ $id }
tags-unchanged = Tags unverändert
takeover-answers-again = Der Helpdesk antwortet wieder; { $count ->
        [one] 1 wartender Eintrag wird
       *[other] { $count } wartende Einträge werden
    } jetzt gesendet
takeover-took-over = { $count ->
        [one] 1 Eintrag eines beendeten frontdesk übernommen; wird jetzt gesendet
       *[other] { $count } Einträge eines beendeten frontdesk übernommen; werden jetzt gesendet
    }
watch-news = { $urgent ->
        [yes] dringend ·{" "}
       *[no] {""}
    }{ $kind ->
        [ticket] Neues Ticket
       *[reply] Neue Antwort auf
    } #{ $id }: { $subject }{ $more ->
        [0] {""}
       *[other] {" "}(und { $more } weitere, markiert •)
    }
saves-printout-head = frontdesk konnte Folgendes nicht speichern; hier steht es vollständig.
saves-printout-undelivered = { $what } (nicht zugestellt)
saves-printout-draft = { $public ->
        [yes] Antwortentwurf
       *[no] Entwurf einer internen Notiz
    } zu #{ $id }
prompt-reading-folder = Ordner wird gelesen…
prompt-files-here = listet die Dateien; ~ ist Ihr Home-Ordner, ein eingefügter Pfad geht auch
prompt-no-addresses = an diesem Ticket noch keine Adressen gesehen
prompt-no-other-address = keine andere gesehene Adresse passt
prompt-counting-tags = Tags der geladenen Tickets werden gezählt…
prompt-no-tags = an geladenen Tickets noch keine Tags gesehen
prompt-no-other-tag = kein anderer gesehener Tag passt
prompt-go-to-about = eine Ticketnummer öffnet es, ob eine Ansicht es zeigt oder nicht
prompt-merge-about = die Nummer des Tickets, in das dieses eingeht
prompt-time-about = wird mit der Antwort oder Notiz beim Senden erfasst
prompt-time-alone-about = wird jetzt am Ticket erfasst, ohne Nachricht
prompt-forward-about = jemand außerhalb des Tickets; der Editor öffnet mit der zitierten Nachricht
prompt-search-about = Wörter, eine E-Mail-Adresse oder die eigene Abfrage des Helpdesks · hoch/runter: letzte Suchen
prompt-enter = {" "}Enter:{" "}
prompt-enter-merge = {" "}Enter: #{ $id } zusammenführen mit{" "}
prompt-asks-first = {" "}(fragt vorher)
prompt-enter-choose = {" "}Enter: dieses Ticket wählen (fragt vorher)
prompt-enter-log = {" "}Enter: erfassen{" "}
prompt-enter-no-time = {" "}Enter: keine Zeit erfassen
prompt-enter-forward = {" "}Enter: über der zitierten Nachricht schreiben, dann ctrl-s
prompt-enter-open = {" "}Enter: öffnen{" "}
prompt-enter-open-number = {" "}Enter: das Ticket mit dieser Nummer öffnen
prompt-enter-attach-named = {" "}Enter: die oben genannte Datei anhängen
prompt-enter-attach = {" "}Enter: anhängen{" "}
prompt-enter-no-copies = {" "}Enter: keine Kopien
prompt-enter-no-change = {" "}Enter: keine Änderung
files-note-by = Notiz von { $who }
files-list-keys = {" "}Enter öffnet · s speichert in { $folder } · esc schließt
files-list-title = {" "}Anhänge von #{ $id } ({ $count }){" "}
files-viewer-title = {" "}{ $file } · s speichert · esc schließt{" "}
files-only-start = {" "}… nur der Anfang der Datei wird gezeigt; s speichert alles
files-picture-failed = {" "}Dieses Bild lässt sich hier nicht zeichnen ({ $why }); s speichert es.
new-title = { $public ->
        [yes] {" "}Neues Ticket — der Kunde bekommt eine E-Mail{" "}
       *[no] {" "}Neues Ticket — beginnt mit einer internen Notiz{" "}
    }
new-toggle = { $public ->
        [yes] {" "}{ $key } macht es intern
       *[no] {" "}{ $key } macht es öffentlich
    }
new-label-for = Für
new-label-subject = Betreff
new-label-queue = Queue
new-label-priority = Priorität
new-type-someone = einen Namen oder eine Adresse eingeben; eine neue Adresse geht auch
new-no-one-known = niemand Bekanntes passt: ein neuer Kunde wird angelegt
new-tab-takes-it = {"  "}Tab übernimmt
form-nothing-matches = nichts passt
form-more = ↓ { $count } weitere
form-enter-does = { $what ->
        [adds] fügt hinzu oder entfernt
        [chooses] wählt
        [opens-list] öffnet die Liste
        [toggles] schaltet um
        [editor] öffnet den Editor
       *[next] nächstes Feld
    }
form-keys = {" "}{ $enter } { $enter_does } · { $save } speichert · { $cancel } { $list ->
        [yes] schließt die Liste
       *[no] bricht ab
    }
compose-changed-head = Geändert, seit Sie zu schreiben begonnen haben:
compose-signature-note = {"  "}(Ihre Signatur, beim Senden angefügt)
compose-on-send = {" "}beim Senden: { $summary }{" "}
compose-files-key = {"  "}({ $key } fügt hinzu oder entfernt)
menu-nothing-matches-short = {" "}nichts passt; Rücktaste erweitert die Suche
picker-on-send = Beim Senden: { $summary }
picker-placeholders-block = Markierte Platzhalter haben hier keinen Wert und blockieren das Senden, bis sie bearbeitet sind.
describe-status = Status → { $status }
describe-priority = Priorität → { $priority }
describe-assign = zuweisen → { $who }
describe-nobody = niemand
describe-move = verschieben → { $queue }
describe-worked = { $spent } gearbeitet
draft-placeholder-reply = Schreiben Sie Ihre Antwort. ctrl-t fügt eine Textvorlage ein; ctrl-s sendet.
draft-placeholder-note = Schreiben Sie eine Notiz für andere Agenten. ctrl-t fügt eine Textvorlage ein; ctrl-s fügt sie hinzu.
draft-placeholder-new = Die erste Nachricht. ctrl-t fügt eine Textvorlage ein; ctrl-s eröffnet das Ticket.
form-needed = { $name } wird gebraucht
form-fields-of = Felder von #{ $id }
form-needs-these = #{ $id } braucht diese Felder
queue-no-views = Keine Ansichten eingerichtet.
start-config-problems = { $count } Probleme in Ihren Konfigurationsdateien (:messages listet sie); dort gelten die Standardwerte
start-others-running = frontdesk läuft mit diesem Profil auch anderswo ({ $count } weitere): jedes stellt die dort gesendeten Antworten zu; ein in beiden offener Entwurf wird von dem gespeichert, das zuletzt speichert
start-drafts-kept = { $count ->
        [one] 1 Entwurf
       *[other] { $count } Entwürfe
    } aus Ihrer letzten Sitzung behalten (✎ in der Liste); das Ticket zu öffnen bringt ihn zurück
start-outbox-waiting = { $count ->
        [one] 1 Antwort
       *[other] { $count } Antworten
    } aus Ihrer letzten Sitzung noch nicht zugestellt; wird jetzt gesendet (O zeigt den Postausgang)
seen-new-message = { $kind ->
        [customer] Neue Nachricht von
        [public] Neue Antwort von
       *[internal] Neue interne Notiz von
    } { $author }: „{ $first }“
seen-status = Status: { $was } → { $now }
seen-priority = Priorität: { $was } → { $now }
seen-assigned = Zugewiesen: { $was } → { $now }
seen-someone-else = Von jemand anderem geändert (der Helpdesk zeigt keine Einzelheiten)
timeline-folded = { $count } Änderungen · { $who } · bis { $when } · H noch einmal zeigt alle
outbox-bulk = { $what } für { $all } Tickets ({ $done } erledigt)
form-read-only = schreibgeschützt
list-more-above = ↑ { $count } weitere (pgup)
list-more-below = ↓ { $count } weitere (pgdn)
picker-local = lokal
credential-missing = keine Zugangsdaten für das Profil "{ $profile }" ({ $account }). Geben Sie sie auf eine dieser Arten an:
      {"  "}- FRONTDESK_TOKEN in der Umgebung setzen
      {"  "}- token_cmd = "pass show helpdesk" (ein beliebiger Befehl, der das Token ausgibt) im Profil in config.toml ergänzen
      {"  "}- `frontdesk login` ausführen, um es im Schlüsselbund des Systems zu speichern (der Schlüsselbund: { $keyring })
keyring-none-stored = dafür ist nichts gespeichert
keyring-no-answer = er hat nicht innerhalb von { $seconds } s geantwortet (kein Secret Service aktiv? häufig über SSH)
keyring-failed = er ist fehlgeschlagen ({ $why })
keyring-none-here = auf diesem Rechner gibt es keinen (kein Secret Service; häufig über SSH)
keyring-unavailable = er ist nicht verfügbar ({ $why })
credential-from-keyring = der Schlüsselbund des Systems
token-cmd-no-start = token_cmd ließ sich nicht starten: { $why }
token-cmd-failed-with = token_cmd ({ $cmd }) ist fehlgeschlagen ({ $status }): { $why }
token-cmd-no-message = keine Meldung
token-cmd-printed-nothing = token_cmd ({ $cmd }) hat nichts ausgegeben
token-cmd-failed = token_cmd ist fehlgeschlagen: { $why }
token-cmd-waiting = Warte, bis token_cmd ({ $cmd }) das Token ausgibt; vielleicht fragt er nach einer Passphrase. ctrl-c bricht ab.
token-cmd-stopped = token_cmd ({ $cmd }) wurde mit ctrl-c gestoppt
token-cmd-timed-out = token_cmd ({ $cmd }) ist nicht innerhalb von { $seconds } s fertig geworden
language-from-config = aus language in config.toml
language-from-env = aus { $name }={ $value }
language-default = Standard
language-chosen = { $language }, { $from }
language-not-translated = { $language }, { $from }: "{ $asked }" ist noch nicht übersetzt (en, fi, ru, de, et, zh sind es)
doctor-fix-rt-auth = das Token ist falsch, abgelaufen oder widerrufen (RT: Settings → Auth Tokens);
    `frontdesk login` prüft und speichert ein neues
doctor-fix-zendesk-auth = Zendesk nimmt ein API-Token mit user = E-Mail des Agenten (Admin Center → Apps and
    integrations → Zendesk API) oder ein OAuth-Token mit auth = "oauth"; `frontdesk login` speichert ein neues
doctor-fix-zendesk-forbidden = das Token funktioniert, aber dieser Benutzer darf die API nicht nutzen: Zendesks API braucht einen Agenten oder Admin
    und eingeschalteten Token-Zugriff im Admin Center
doctor-fix-freshdesk-auth = Freshdesk nimmt den API-Schlüssel des Agenten (Profilbild → Profile settings → Your API Key),
    nicht das Passwort; die url muss https://YOURDOMAIN.freshdesk.com sein; `frontdesk login` speichert einen neuen
doctor-fix-zammad-auth = Zammad nimmt ein persönliches Zugriffstoken (Profile → Token Access) mit der Berechtigung ticket.agent
    oder ein OAuth-Token mit auth = "oauth"; `frontdesk login` speichert ein neues
doctor-fix-zammad-forbidden = dem Token fehlt eine Berechtigung: erstellen Sie eines mit ticket.agent unter Profile → Token Access
doctor-fix-jira-auth = Jira nimmt user = Ihre Atlassian-E-Mail und ein API-Token (id.atlassian.com → Security →
    API tokens), nicht Ihr Passwort; `frontdesk login` speichert ein neues
doctor-fix-jira-forbidden = das Token funktioniert, aber Jira lehnt ab: Agenten brauchen eine Jira-Service-Management-Lizenz und eine
    Rolle im Service-Desk-Projekt
doctor-fix-helpscout-auth = Help Scout nimmt eine OAuth-App: user = ihre App ID, das Token = ihr App Secret (Your Profile →
    My Apps); der Benutzer der App muss aktiv sein; `frontdesk login` speichert ein neues Secret
doctor-fix-redmine-auth = Redmine nimmt Ihren API-Zugriffsschlüssel (My account → API access key → Show); der REST-Webdienst
    muss an sein (Administration → Settings → API); `frontdesk login` speichert einen neuen Schlüssel
doctor-fix-redmine-forbidden = der Schlüssel funktioniert, aber Redmine lehnt ab: ein Administrator schaltet den REST-Webdienst ein
    (Administration → Settings → API), und Ihre Rolle braucht View issues im Projekt
doctor-fix-auth = die Zugangsdaten sind falsch oder abgelaufen; `frontdesk login` prüft und speichert neue
doctor-fix-tls = dem TLS-Zertifikat des Servers wird nicht vertraut: prüfen Sie http:// gegen https:// in der url,
    oder installieren Sie die Zertifizierungsstelle Ihrer Organisation
doctor-fix-forbidden = das Konto darf die API nicht nutzen; fragen Sie den Admin Ihres Helpdesks
doctor-fix-not-found = die url zeigt vielleicht an die falsche Stelle: geben Sie die Basisadresse des Helpdesks an
doctor-fix-url = prüfen Sie die url; danach `frontdesk doctor` noch einmal
doctor-priority-field = Help Scout hat keine; frontdesk führt sie im benutzerdefinierten Feld "{ $field }" (priority_field)
doctor-priority-tags = Help Scout hat keine; frontdesk führt sie in den Tags urgent, high und low (priority_field nennt stattdessen ein benutzerdefiniertes Feld)
doctor-open-untried = keine Ansicht enthält ein Ticket, daher wurde das Öffnen nicht versucht
doctor-open-ok = #{ $id } öffnet sich wie in der Oberfläche ({ $count ->
        [one] 1 Nachricht
       *[other] { $count } Nachrichten
    }, { $ms } ms)
doctor-open-failed = #{ $id } wird gelistet, öffnet sich aber nicht: { $why }
doctor-open-failed-fix = die Ansichten gehen, Tickets aber nicht; frontdesk.log im Datenordner (`frontdesk --paths`) zeigt, was der Helpdesk geantwortet hat
doctor-cost-failed = eine Anfrage, wie frontdesk sie sendet, ist fehlgeschlagen: { $why }
doctor-cost-session = ein Lesezugriff mit den Zugangsdaten dauert auf diesem Server { $credential } ms (sie werden jedes Mal gehasht); die Sitzung, die frontdesk nutzt, bringt ihn auf { $session } ms
doctor-cost-no-session = jede Anfrage dauert { $credential } ms; der Server gibt keine Sitzung, also trägt jede Anfrage die Zugangsdaten
doctor-trial = { $what ->
        [search] eine Suche
       *[change] eine Änderung
    } { $ms } ms
doctor-writes-session = Suchen und Änderungen laufen über die Sitzung ({ $timings })
doctor-writes-fix = damit sie über die Sitzung laufen: setzen Sie die url des Profils auf die Adresse, mit der sich der Helpdesk selbst nennt
    (RT: $WebDomain und $WebPort), oder ergänzen Sie "{ $host }" in RTs @ReferrerWhitelist
doctor-writes-cross-site = der Helpdesk lehnt seine Sitzung von { $host } als seitenübergreifende Anfrage ab, daher tragen Suchen und Änderungen die Zugangsdaten: langsamer, nichts geht verloren ({ $timings })
cache-sessions-dropped = { $count ->
        [one] 1 Helpdesk-Sitzung
       *[other] { $count } Helpdesk-Sitzungen
    } aus dem Schlüsselbund des Systems entfernt.
cache-remove-failed = frontdesk: { $path } konnte nicht entfernt werden: { $why }
cache-draft-files-removed = { $count ->
        [one] 1 Kundendatei
       *[other] { $count } Kundendateien
    } von bereits gesendeten Antworten entfernt.
cache-summary = { $path }: { $count ->
        [one] 1 Datei
       *[other] { $count } Dateien
    }, { $size } (cache_max { $max }). `frontdesk cache clear` leert ihn.
cache-cleared = { $count ->
        [one] 1 zwischengespeicherte Datei
       *[other] { $count } zwischengespeicherte Dateien
    } ({ $size }) aus { $path } entfernt. Entwürfe und Postausgang bleiben.
cache-clear-failed = frontdesk: { $path } konnte nicht geleert werden: { $why }. Entfernen Sie den Ordner von Hand; frontdesk legt ihn neu an.
connect-plain-http = { $host } ist unverschlüsseltes http:// zu einem anderen Rechner: das Token ginge unverschlüsselt übers Netz
connect-plain-http-fix = nutzen Sie https://, oder wenn das Netz dazwischen vertrauenswürdig ist, ergänzen Sie insecure_http = true in [profiles.{ $profile }] in config.toml
connect-plain-http-allowed = { $risk } (insecure_http = true erlaubt es)
start-needs-terminal = frontdesk ist ein Vollbildprogramm und braucht ein Terminal an stdin und stdout
start-cannot-read = nicht lesbar: { $why }; Standardwerte gelten
start-outbox-unopened = der Postausgang { $path } lässt sich nicht öffnen: { $why }; Antworten können erst danach aufbewahrt werden
start-draft-unreadable = der Entwurf { $path } ist nicht lesbar ({ $why }); er bleibt unberührt liegen
start-signature-unreadable = die Signaturdatei ist nicht lesbar ({ $why }); Antworten gehen ohne Signatur
search-note-text = Betreffe durchsucht, Nachrichtentext dort, wo Request Tracker Volltextsuche hat
search-empty = Geben Sie Wörter, eine E-Mail-Adresse oder eine Abfrage ein
search-no-words = Freshdesks API sucht nicht nach Wörtern: geben Sie eine E-Mail-Adresse ein oder eine Freshdesk-Abfrage wie { $example }
search-no-language = Die Suche dieses Helpdesks sieht die Sprache eines Kunden nicht; / lang:fi grenzt die geladenen Tickets einer Ansicht ein
config-unknown-backend = unbekanntes Backend "{ $name }" (eines von: { $known })
config-languages = languages müssen Sprachcodes sein, die frontdesk unterscheiden kann, z. B. ["fi", "en"] (nicht { $unknown }); es gelten die sechs
config-translate-cmd = translate_cmd muss eine Befehlszeile sein, z. B. "trans -b"
config-language-untranslated = Sprache "{ $language }" ist noch nicht übersetzt; nutzen Sie en, fi, ru, de, et oder zh (bis dahin Englisch)
config-cache-max = cache_max muss eine Größe in Megabyte sein, z. B. 200 oder "1GB"; es gelten 200 MB
config-download-dir = download_dir muss ein Ordner sein, z. B. "~/Downloads/support"
config-max-download = max_download muss eine Größe in Megabyte sein, z. B. 100, "250MB" oder "2GB"; es gelten 100 MB
config-images = images muss "auto", "halfblocks", "kitty", "sixel" oder "iterm2" sein
config-images-unknown = images = "{ $value }" ist unbekannt; nutzen Sie auto, halfblocks, kitty, sixel oder iterm2
config-bell = bell muss true oder false sein
config-profile-unusable = [profiles.{ $name }] { $why }; dieses Profil ist nicht nutzbar
config-must-be-string = { $key } muss eine Zeichenkette sein
config-long-thread = long_thread muss eine ganze Zahl von Antworten sein, z. B. 6
config-profiles-tables = Profile müssen Tabellen sein: [profiles.NAME]
config-unknown-setting = unbekannte Einstellung "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(meinten Sie { $suggestion }?)
    }; ignoriert
config-profile-unknown-setting = unbekannte Einstellung "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(meinten Sie { $suggestion }?)
    }
config-must-be-table = muss eine Tabelle sein
config-needs-backend = braucht backend = "rt" (oder zendesk, freshdesk, zammad, redmine, helpscout, jira, demo)
config-insecure-http = insecure_http muss true oder false sein
config-time-zones = time_zones muss eine Tabelle sein: { "{" } fi = "Europe/Helsinki", "Acme Oy" = "Europe/Helsinki" { "}" }
config-not-a-zone = time_zones.{ $who }: "{ $zone }" ist keine Zeitzone (schreiben Sie sie wie Europe/Helsinki)
config-agents = agents muss eine Liste von Namen sein
config-views = views müssen [[profiles.NAME.views]]-Tabellen sein
config-view-table = jede Ansicht ist eine Tabelle mit name und query
config-view-needs = jede Ansicht braucht { $key }
config-view-quick = quick einer Ansicht muss true oder false sein
config-view-unknown = unbekannte Ansichtseinstellung "{ $key }" (name, query, quick)
config-quick-tags = quick_tags muss eine Liste von Tags sein
config-quick-replies = quick_replies muss eine ganze Zahl von Antworten sein, z. B. 1
config-priorities = priorities muss eine Tabelle aus low, normal, high, urgent sein
config-priority-number = priorities.{ $level } muss eine Zahl sein
config-priority-unknown = unbekannte Prioritätsstufe "{ $level }" (low, normal, high, urgent)
config-priorities-rise = Prioritäten müssen steigen: low < normal < high < urgent
config-poll-interval-or-off = { $why }, oder "off"; Abfrage alle 60 s
config-poll-interval-short = poll_interval muss mindestens "5s" sein; Abfrage alle 60 s
config-poll-budget = poll_budget muss ein Anteil am Anfragelimit des Helpdesks sein, etwa "5%"; es gelten 5 %
config-syntax-ignored = { $why }; die Datei wurde ignoriert
config-at = Zeile { $line }, Spalte { $column }:{" "}
canned-file-skipped = { $why }; Datei übersprungen
canned-unclosed = der mit +++ begonnene Vorspann wird nie mit einer +++-Zeile geschlossen; Datei übersprungen
canned-no-text = die Vorlage hat keinen Text; Datei übersprungen
canned-cannot-read = nicht lesbar: { $why }
canned-cannot-read-skipped = nicht lesbar: { $why }; Datei übersprungen
keymap-unknown-section = unbekannter Abschnitt [{ $section }]; ignoriert
keymap-section-table = [{ $section }] muss eine Tabelle sein
keymap-bad-key = [{ $section }] unbekannte Taste "{ $key }" (Tasten schreibt man wie j, G, ctrl-d, shift-tab, pagedown, f1); ignoriert
keymap-bad-action = [{ $section }] { $key }: unbekannte Aktion "{ $action }" (siehe `frontdesk --list-actions`); die Taste behält ihre alte Belegung
keymap-action-string = [{ $section }] { $key }: die Aktion muss eine Zeichenkette sein
theme-palette-bad = [palette] { $name }: { $why }; ignoriert
theme-palette-string = [palette] { $name }: eine Farbe ist eine Zeichenkette; ignoriert
theme-palette-table = [palette] muss eine Tabelle sein
theme-style-bad = { $name }: { $why }; ignoriert
theme-styles-table = [styles] muss eine Tabelle sein
theme-modifiers-strings = modifiers sind Zeichenketten
theme-unexpected-field = unerwartetes Feld "{ $field }" (fg, bg, modifiers)
theme-style-shape = ein Stil ist eine Farbe oder eine Tabelle { "{" } fg, bg, modifiers { "}" }
theme-bad-hex = "{ $hex }" ist keine #rrggbb-Farbe
theme-unknown-colour = unbekannte Farbe "{ $colour }"
theme-unknown-modifier = unbekannter Modifikator "{ $modifier }"
preset-no-shipped = es gibt kein mitgeliefertes { $kind } "{ $name }"; "default" gilt
preset-cannot-inherit = "{ $parent }" lässt sich nicht erben
profile-first-run = es ist noch kein Helpdesk eingerichtet
profile-none-yet = es gibt kein Profil "{ $name }": config.toml hat noch keine Profile
profile-unknown = in config.toml gibt es kein Profil "{ $name }" (vorhanden: { $known })
profile-broken = Profil "{ $name }" in config.toml ist nicht nutzbar: { $why }
profile-ambiguous = config.toml hat mehrere Profile ({ $known }); wählen Sie eines mit --profile NAME oder setzen Sie default_profile = "{ $first }"
profile-incomplete = Profil "{ $name }" braucht { $missing }: ergänzen Sie { $example } in config.toml, oder setzen Sie FRONTDESK_{ $var }
profile-unreadable = { $file } ist nicht lesbar: { $why }
    Korrigieren Sie die Datei (oder legen Sie sie beiseite, um neu zu beginnen); `frontdesk doctor` prüft sie, `frontdesk --demo` geht inzwischen
form-takes-date = { $name } erwartet ein Datum wie 2026-12-24
form-no-option = { $name } hat keine Option { $value }
outbox-badge = ⇪ { $count } im Postausgang (O)
rate-limit-holding = Halte das Anfragelimit des Helpdesks ein: weiter in { $seconds } s
files-no-temp = kein temporärer Ordner möglich
files-cannot-write-to = { $path } ist nicht beschreibbar
files-cannot-write-file = die Datei ist nicht schreibbar
files-cannot-save-into = in { $path } lässt sich nicht speichern
files-cannot-read-back = es lässt sich nicht zurücklesen
files-decoder-failed = der Bilddecoder ist daran gescheitert
files-not-a-picture = es lässt sich nicht als Bild zeigen ({ $why })
files-cannot-attach = { $path } lässt sich nicht anhängen: { $why }
files-cannot-list = { $path } lässt sich nicht auflisten: { $why }
files-work-failed = die Dateiarbeit ist fehlgeschlagen: { $why }
translate-no-stdin = keine Standardeingabe
editor-no-start = { $editor } ließ sich nicht starten: { $why }
editor-exited = { $editor } endete mit { $status }
action-set-status-words = schließen lösen gelöst erledigt geschlossen wiedereröffnen wartend status spam
action-note-words = kommentar privat intern vermerk
action-reply-words = antworten öffentlich mail
action-reply-with-canned-words = vorlage makro baustein textbaustein
action-assign-words = besitzer agent übergeben
action-set-priority-words = dringlichkeit schwere wichtig dringend
action-edit-tags-words = label etikett schlagwort
action-merge-ticket-words = duplikat zusammenführen vereinen
action-move-ticket-words = queue gruppe projekt verschieben
action-log-time-words = zeiterfassung stunden arbeitszeit
action-new-ticket-words = erstellen neu anlegen
action-search-words = finden suchen
action-fields-words = feld eigenschaften formular
action-forward-message-words = weiterleiten
action-discard-draft = Diesen Entwurf verwerfen…
action-discard-draft-about = den Entwurf nach einer Rückfrage wegwerfen
action-discard-draft-words = löschen verwerfen leeren
discard-title = { $public ->
        [yes] Die Antwort
       *[no] Die Notiz
    } zu #{ $id } verwerfen? Sie lässt sich nicht zurückholen
discard-yes = Ja, verwerfen (y)
discard-no = Nein, weiterschreiben (n)
discard-done = Entwurf zu #{ $id } verworfen
compose-files-count = { $count ->
        [one] 1 Datei
       *[other] { $count } Dateien
    }, { $size }
help-nothing-matches = {" "}Keine Taste passt zur Suche; esc leert sie.
messages-none = Noch keine Meldungen.
messages-polling-off = Abfragen ist aus (poll_interval = "off").
messages-polling = Abfrage alle { $every }: { $requests ->
        [one] 1 Anfrage
       *[other] { $requests } Anfragen
    } pro Abfrage, { $per_minute } pro Minute.
messages-polling-limit = Abfrage alle { $every }: { $requests ->
        [one] 1 Anfrage
       *[other] { $requests } Anfragen
    } pro Abfrage, { $per_minute } pro Minute; der Helpdesk erlaubt { $limit } pro Minute, die Abfrage bleibt unter { $share } % davon.
hint-search = suchen
action-search-next = Nächster Treffer
action-search-next-about = zur nächsten Zeile mit dem Suchtext
action-search-prev = Vorheriger Treffer
action-search-prev-about = zur vorherigen Zeile mit dem Suchtext
viewer-no-more = { $forward ->
        [yes] Keine weiteren Treffer weiter unten
       *[no] Keine weiteren Treffer weiter oben
    }
viewer-search = /{ $query } · { $count ->
        [0] kein Treffer
        [one] 1 Treffer
       *[other] { $count } Treffer
    }
doctor-colours = { $depth ->
        [none] keine (NO_COLOR ist gesetzt)
        [sixteen] die 16 ANSI-Farben (TERM={ $term }); Themenfarben werden als die nächste davon geschrieben
        [palette] 256 Farben (TERM={ $term }); 24-Bit-Themenfarben werden als die nächste davon geschrieben
       *[true] 24-Bit-Farbe (COLORTERM={ $colorterm })
    }
script-no-view = es gibt keine Ansicht "{ $view }"; die Ansichten sind: { $views } (nach Name oder Nummer)
script-internal = (interne Notiz)
script-canned-audience = die Textvorlage „{ $title }“ ist für das andere Publikum: nimm frontdesk { $command }
script-canned-files = die Textvorlage „{ $title }“ hängt Dateien an; sende sie aus der Oberfläche oder hänge sie mit --file an und nimm -m
script-did-you-mean = {" "}(meintest du „{ $name }“?)
script-file-unreadable = { $path } kann nicht angehängt werden: { $why }
script-no-canned = es gibt keine Textvorlage „{ $title }“
script-no-cc = dieser Helpdesk nimmt mit einer Antwort keine Kopien an; lass { $option } weg
script-no-create = frontdesk kann in diesem Helpdesk keine Tickets eröffnen
script-no-entry = im Postausgang gibt es keinen Eintrag { $id }; frontdesk outbox listet sie auf
script-no-subject = ein neues Ticket braucht einen Betreff: --subject "…"
script-not-an-address = „{ $address }“ ist keine E-Mail-Adresse
script-outbox-others = { $count ->
    [one] ein anderes frontdesk läuft auf diesem Profil; was es sendet, sendet es selbst
   *[other] { $count } andere frontdesks laufen auf diesem Profil; was sie senden, senden sie selbst
  }
script-queued = { $count ->
    [one] es liegt im Postausgang und ist noch nicht zugestellt: ein laufendes frontdesk auf diesem Profil sendet es, oder frontdesk outbox retry (--wait wartet)
   *[other] { $count } Einträge liegen im Postausgang und sind noch nicht zugestellt: ein laufendes frontdesk auf diesem Profil sendet sie, oder frontdesk outbox retry (--wait wartet)
  }
script-queued-interrupted = Warten abgebrochen; { $count ->
    [one] es bleibt im Postausgang, noch nicht zugestellt
   *[other] { $count } Einträge bleiben im Postausgang, noch nicht zugestellt
  }
script-set-no-agent = keine einzelne Person im Team heißt „{ $who }“; gib Namen oder Adresse wie im Helpdesk an, me oder none
script-set-no-such = kein { $key } „{ $value }“; vorhanden: { $offered }
script-set-nothing = nichts zu ändern: gib SCHLÜSSEL=WERT an, etwa status=solved
script-set-pair = „{ $pair }“ ist nicht SCHLÜSSEL=WERT (etwa status=solved)
script-set-read-only = { $name } ist in diesem Helpdesk schreibgeschützt
script-text-empty = nichts zu senden: der Text ist leer
script-text-where = gib den Text mit -m "…", --canned TITEL, --editor oder über stdin an
script-conflict = nicht gesendet: das Ticket hat sich geändert, nachdem frontdesk es gelesen hat; lies es erneut (frontdesk show) und sende noch einmal, wenn es noch passt
script-refused = nicht gesendet: { $why }
script-held = nicht gesendet: { $why }. Es bleibt im Postausgang: korrigiere die Zugangsdaten (frontdesk doctor sagt, wie) und führe dann frontdesk outbox retry aus
script-fields-needed = nicht gesendet: der Helpdesk will zuerst { $names } ausgefüllt haben; gib sie mit frontdesk set als NAME=WERT an ("{ $names }=…") und versuche es erneut
