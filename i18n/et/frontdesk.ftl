# frontdeski enda sõnad eesti keeles. Tunnused ja $-argumendid on samad mis ingliskeelses failis.

## Toimingud: nende nimed käsupaletis ja mida abi neist ütleb.

action-help = Abi: kõik klahvid
action-help-about = näita kõiki klahvikombinatsioone
action-quit = Välju
action-quit-about = välju frontdeskist
action-refresh = Värskenda vaateid ja piletit
action-refresh-about = laadi vaated ja avatud pilet uuesti
action-command-palette = Käsupalett…
action-command-palette-about = leia mis tahes toiming nime järgi
action-stats = Statistika
action-stats-about = ava statistikapaneel
action-suspend = Peata ja mine käsureale
action-suspend-about = peata ja naase käsureale (fg jätkab)
action-messages = Teated ja hoiatused
action-messages-about = näita viimaseid teateid ja hoiatusi
action-outbox = Väljuvad…
action-outbox-about = näita veel kohale toimetamata vastuseid: saada kohe, muuda või loobu
action-retry-save = Salvesta uuesti
action-retry-save-about = salvesta väljuvad ja mustandid pärast ebaõnnestunud salvestust uuesti
action-select-next = Alla
action-select-next-about = liigu alla
action-select-prev = Üles
action-select-prev-about = liigu üles
action-select-first = Esimesele reale
action-select-first-about = mine esimesele reale
action-select-last = Viimasele reale
action-select-last-about = mine viimasele reale
action-page-down = Lehekülg alla
action-page-down-about = liigu lehekülg allapoole
action-page-up = Lehekülg üles
action-page-up-about = liigu lehekülg ülespoole
action-open-ticket = Ava pilet
action-open-ticket-about = ava valitud pilet
action-filter = Filtreeri vaadet…
action-filter-about = filtreeri vaadet hägusotsinguga
action-next-view = Järgmine vaade
action-next-view-about = lülitu järgmisele vaatele
action-prev-view = Eelmine vaade
action-prev-view-about = lülitu eelmisele vaatele
action-reply = Vasta…
action-reply-about = kirjuta avalik vastus
action-note = Sisemine märkus…
action-note-about = kirjuta sisemine märkus
action-reply-with-canned = Vasta valmisvastusega…
action-reply-with-canned-about = vasta valmisvastusega
action-assign-to-me = Võta endale
action-assign-to-me-about = määra pilet endale
action-assign = Määra…
action-assign-about = määra pilet agendile
action-set-status = Muuda olekut…
action-set-status-about = muuda olekut
action-set-priority = Muuda prioriteeti…
action-set-priority-about = muuda prioriteeti
action-edit-tags = Muuda silte…
action-edit-tags-about = lisa või eemalda silte
action-back = Tagasi
action-back-about = mine tagasi
action-scroll-down = Keri alla
action-scroll-down-about = keri alla
action-scroll-up = Keri üles
action-scroll-up-about = keri üles
action-next-ticket = Järgmine pilet
action-next-ticket-about = ava vaate järgmine pilet
action-prev-ticket = Eelmine pilet
action-prev-ticket-about = ava vaate eelmine pilet
action-focus-next = Kliendi teised piletid
action-focus-next-about = lülitu vestluse ja kliendi teiste piletite vahel
action-copy-link = Kopeeri pileti link
action-copy-link-about = kopeeri pileti link lõikelauale
action-pick-canned = Lisa valmisvastus…
action-pick-canned-about = lisa valmisvastus
action-expand-abbreviation = Laienda lühend
action-expand-abbreviation-about = laienda kursori ees olev lühend
action-open-editor = Muuda $EDITOR-is
action-open-editor-about = muuda mustandit programmis $VISUAL / $EDITOR
action-send = Saada
action-send-about = saada vastus või märkus
action-leave = Lahku kirjutajast
action-leave-about = lahku kirjutajast (mustand jääb alles)
action-insert = Lisa
action-insert-about = lisa valitud vastus
action-complete = Lõpeta sõna
action-complete-about = lõpeta trükitav sõna (uuesti: järgmine valik)
action-confirm = Nõustu
action-confirm-about = nõustu
action-cancel = Tühista
action-cancel-about = tühista
action-attachments = Manused…
action-attachments-about = näita pileti manuseid: ava või salvesta need
action-open-attachment = Ava manus
action-open-attachment-about = ava manus: tekst ja pildid siin, muud töölaua programmiga
action-save-attachment = Salvesta manus
action-save-attachment-about = salvesta manus allalaadimiste kausta
action-attach-file = Lisa fail…
action-attach-file-about = lisa vastusele fail (või eemalda see)
action-edit-recipients = Koopia ja pimekoopia…
action-edit-recipients-about = muuda, kes saab vastusest koopia (CC, BCC)
action-next-message = Järgmine sõnum
action-next-message-about = mine järgmisele sõnumile
action-prev-message = Eelmine sõnum
action-prev-message-about = mine eelmisele sõnumile
action-first-message = Esimene sõnum
action-first-message-about = mine esimesele sõnumile
action-last-message = Uusim sõnum
action-last-message-about = mine uusimale sõnumile
action-go-to-ticket = Mine piletile #…
action-go-to-ticket-about = ava pilet #N numbri järgi, olgu see vaates või mitte
action-search = Otsi kasutajatoest…
action-search-about = otsi kogu kasutajatoest: sõnad, e-posti aadress või süsteemi enda päring
action-merge-ticket = Ühenda piletiga…
action-merge-ticket-about = ühenda see pilet teisega (duplikaat originaaliga)
action-new-ticket = Uus pilet…
action-new-ticket-about = ava kliendile uus pilet (näiteks helistajale)
action-set-queue = Uue pileti järjekord…
action-set-queue-about = vali uue pileti järjekord või grupp
action-prev-field = Eelmine väli
action-prev-field-about = tagasi vormi eelmisele väljale
action-toggle-audience = Avalik või sisemine
action-toggle-audience-about = muuda mustand avalikuks (klient näeb seda) või sisemiseks
action-toggle-mark = Märgista pilet
action-toggle-mark-about = märgista pilet või eemalda märge, et muuta korraga mitut (s, p, A, a, t kehtivad kõigile)
action-mark-range = Märgista vahemik
action-mark-range-about = alusta piletite vahemiku märgistamist (liigu laiendamiseks; uuesti lõpetamiseks)
action-links = Seotud piletid…
action-links-about = ava pilet, millega see on seotud (viitab, sõltub, probleem, ülem…)
action-fields = Muuda pileti lisavälju…
action-fields-about = muuda pileti lisavälju (ka tühje)
action-forward-message = Edasta see sõnum…
action-forward-message-about = edasta loetav sõnum kellelegi teisele, tsiteeritult ja koos failidega
action-translate-message = Tõlgi see sõnum
action-translate-message-about = tõlgi loetav sõnum oma keelde käsuga translate_cmd
action-translate-draft = Tõlgi mustand kliendi keelde
action-translate-draft-about = tõlgi mustand käsuga translate_cmd kliendi keelde ja ava see redaktoris ülevaatamiseks
action-show-changes = Näita pileti muudatuste ajalugu
action-show-changes-about = näita pileti muudatusi sõnumite vahel (uuesti: kõik muudatused; uuesti: mitte ühtegi)
action-move-ticket = Teisalda teise järjekorda või gruppi…
action-move-ticket-about = teisalda pilet teise järjekorda, gruppi, projekti või postkasti
action-log-time = Registreeri kulunud aeg…
action-log-time-about = registreeri vastusele või märkusele kulunud aeg (kui süsteem peab aega arvet)
action-noop = Mitte midagi
action-noop-about = eemalda selle klahvi seos
action-view = Vaade { $n }
action-view-about = lülitu vaatele { $n }

## Vihjerida: klahv ja mida see teeb.

hint-move = liigu
hint-open = ava
hint-reply = vasta
hint-note = märkus
hint-status = olek
hint-filter = filtreeri
hint-view = vaade
hint-commands = käsud
hint-help = abi
hint-back = tagasi
hint-scroll = keri
hint-canned = valmisvastus
hint-take = võta
hint-files = manused
hint-other-tickets = teised piletid
hint-send = saada
hint-attach = lisa fail
hint-cc = koopia
hint-expand = laienda
hint-editor = redaktor
hint-time = aeg
hint-leave = lahku
hint-save = salvesta
hint-close = sulge
hint-insert = lisa
hint-cancel = tühista
hint-keep-filter = jäta filter
hint-clear = tühjenda
hint-choose = vali
hint-complete = lõpeta
hint-field = väli
hint-open-ticket = ava pilet
hint-next-field = järgmine väli
hint-back-a-field = eelmine väli
hint-queue = järjekord
hint-priority = prioriteet
hint-public-internal = avalik/sisemine
hint-keep-draft = jäta mustandiks
hint-yes = jah
hint-no = ei

## Klahvide alad abis.

context-global = kõikjal (lihtklahvid mitte trükkimise ajal)
context-queue = piletite nimekiri
context-detail = avatud pilet
context-compose = vastuse või märkuse kirjutamine; muud klahvid muudavad teksti
context-picker = valmisvastuste valija; trüki filtreerimiseks
context-filter = järjekorra filtririda; trüki filtreerimiseks
context-menu = oleku, prioriteedi ja täitja menüüd
context-palette = käsupalett; trüki leidmiseks
context-prompt = üherealised küsimused, näiteks sildid
context-panel = see paneel, statistika, teated ja manuste vaatur
context-files = pileti manused (o piletis)
context-form = lisaväljade vorm (f piletis); trükkimine muudab välja
help-intro = Aktiivse klahvikaardi kõik sidumised. Muuda neid seadete kausta failis keymap.toml; "noop" eemaldab sidumise. : leiab mis tahes toimingu nime järgi.

## Tiitliriba.

title-updated = uuendatud { $time }
title-cached = vahemälust, { $age } tagasi
title-loading = laadin
title-offline = ühenduseta
title-signed-out = välja logitud
title-marked = { $n } märgistatud

## Järjekord.

queue-subject = Teema
queue-requester = Klient
queue-status = Olek
queue-language = Keel
queue-waiting = Ootab
queue-target = Tähtaeg
queue-paused = peatatud
queue-filtering = filtreerin…
queue-shown-of-loaded = { $shown } / { $loaded }
queue-shown-of-loaded-search = { $shown } / { $loaded } laaditud · { $key } otsib kasutajatoest
queue-could-not-load = Vaadet { $view } ei õnnestunud laadida: { $error }.
queue-loading = Laadin…
queue-no-match = Vaates { $view } pole piletit, mis vastaks päringule „{ $filter }“.
queue-empty = Vaade { $view } on tühi. Kõik tehtud!

## Avatud pilet.

detail-could-not-open = Piletit #{ $id } ei õnnestunud avada: { $error }.
detail-loading = Laadin piletit #{ $id }…
detail-select = Vali pilet, et seda siin näha.
detail-target = tähtaeg { $when }
detail-clock-paused = { $clock }: kell peatatud
detail-unassigned = määramata
detail-local-time-in = kell { $time } ({ $place })
detail-night = seal on öö
detail-conversation = Vestlus · { $n ->
    [one] { $n } sõnum
   *[other] { $n } sõnumit
}
detail-conversation-newest = Vestlus · { $n } uusimat sõnumit; vanemad ainult veebilehel
detail-long-thread = { $n } vastust: tasub lähemalt vaadata
detail-more-below = ↓ veel { $n }
detail-more-above = ↑ ülal { $n }
detail-cached = vahemälust, { $age } tagasi
detail-linked = Seotud:
detail-key-opens = ({ $key } avab)
detail-the-requester = Klient
detail-other-tickets = Kliendi { $who } teised piletid ({ $n })
language-en = inglise
language-fi = soome
language-ru = vene
language-de = saksa
language-et = eesti
language-zh = hiina
detail-writes = { $language }
detail-writes-detected = { $language }?
time-ago = { $age } tagasi
message-to-customer = { $author } → kliendile
message-note = märkus · { $author } · ainult agentidele
message-you-to-customer = Sina → kliendile
message-your-note = märkus · sina · ainult agentidele
message-not-sent = pole veel saadetud: väljuvates (O)

## Lühikesed ajad veergudes ja ootamine sõnadega.

time-seconds-short = { $n } s
time-minutes-short = { $n } min
time-hours-short = { $n } h
time-days-short = { $n } p
time-weeks-short = { $n } näd
time-in = { $duration } pärast
time-over = { $duration } üle
time-in-column = { $duration }
time-over-column = −{ $duration }
time-wait-seconds = { $n ->
    [one] { $n } sekund
   *[other] { $n } sekundit
}
time-wait-minutes = { $n ->
    [one] { $n } minut
   *[other] { $n } minutit
}
time-wait-hours = { $n ->
    [one] { $n } tund
   *[other] { $n } tundi
}
time-wait-days = { $n ->
    [one] { $n } päev
   *[other] { $n } päeva
}
time-of-day = { $hour }:{ $minute }
date-day-month = { $day }. { $month }
month-1 = jaan
month-2 = veebr
month-3 = märts
month-4 = apr
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = aug
month-9 = sept
month-10 = okt
month-11 = nov
month-12 = dets

## Kogused.

n-tickets = { $n ->
    [one] { $n } pilet
   *[other] { $n } piletit
}

## Kirjutaja, paneelid, palett ja valija.

compose-the-requester = (tundmatu)
compose-first-public = Esimene sõnum — klient näeb seda
compose-first-internal = Esimene sõnum — sisemine märkus, ainult agentidele
compose-forward = Edastus piletist #{ $on } aadressile { $to }
compose-reply = Vastus kliendile { $requester }, pilet #{ $on } — klient näeb seda
compose-note = Sisemine märkus, pilet #{ $on } — ainult agentidele
compose-note-no-one = Ainult agentidele: märkus ei lähe kellelegi väljapoole
compose-files-from-message = { $n ->
    [one] { $n } fail
   *[other] { $n } faili
} sõnumist
compose-no-copies = see kasutajatugi ei võta koopiaid
compose-key-adds = { $key } lisab
compose-also-on-ticket = ka piletil
compose-copied-before = said varem koopia
compose-no-bcc = see kasutajatugi ei paku
panel-keys = Klahvid
panel-stats = Statistika
panel-messages = Teated
palette-title = Käsud
picker-title = Valmisvastused · { $shown } / { $all }
picker-title-marked = Vastuse toimingud { $n } märgistatud piletile · { $shown } / { $all }
picker-loading = Laadin kasutajatoe vastuseid…
picker-no-match = Ükski vastus ei sobi.

## Translation.

translation-waiting = { $from } → { $to }, { $command }: tõlgin…
translation-failed = { $command } ei saanud tõlkida: { $why }
translation-done = { $from } → { $to }, { $command }, masintõlge:
translation-timeout = ei vastanud { $seconds } sekundi jooksul ja peatati
translation-empty = ei väljastanud midagi
translate-not-set = Tõlkekäsku pole: määra translate_cmd failis config.toml (mis tahes käsk, mis loeb teksti ja väljastab tõlke)
translate-ask = Kas saata pileti tekst tõlkimiseks käsule „{ $command }“? Tekst lahkub frontdeskist sellele käsule
translate-allow = Jah, selles profiilis edaspidi
translate-refuse = Ei
translate-same = Sõnum on juba sinu keeles ({ $language })
translate-no-target = Kliendi keel pole teada, seega pole keelt, kuhu tõlkida
translate-draft-waiting = Tõlgin mustandit, { $from } → { $to }; see avaneb redaktoris, et saaksid selle enne saatmist läbi lugeda

## Menüüd, saatmine ja väljuvad.

priority-urgent = kiireloomuline
priority-high = kõrge
priority-normal = tavaline
priority-low = madal
menu-marked-tickets = { $n } märgistatud piletit
menu-who-are-you = Selgitame veel, kes sa oled; proovi hetke pärast uuesti
menu-assigned-to-you = #{ $id } määrati sulle
menu-status-of = Olek: { $name }
menu-no-priorities = Sellel kasutajatoel pole prioriteete
menu-priority-of = Prioriteet: { $name }
menu-you = { $name } (sina)
menu-unassigned = Määramata
menu-assign-to = Määra { $name }
menu-no-tags = Sellel kasutajatoel pole silte
menu-status-set = #{ $id } olek → { $status }
menu-priority-set = #{ $id } prioriteet → { $priority }
menu-assigned = #{ $id } määrati: { $name }
sent-found = { $what } oli siiski juba kohal; uuesti ei saadetud
sent-forward = Edastatud aadressile { $to } piletist #{ $id }
sent-note = Sisemine märkus lisatud piletile #{ $id }
sent-reply = Vastus saadetud, pilet #{ $id }
sent-reply-to = Vastus saadetud: { $to }, pilet #{ $id }
draft-kept-new-ticket = Uus pilet jäi mustandiks; N avab selle uuesti
draft-kept-reply = Vastuse mustand salvestatud; r avab selle uuesti
draft-kept-note = Sisemine märkus salvestatud mustandina; n avab selle uuesti
quit-outbox = Vajuta uuesti väljumiseks, muu klahv jääb: { $n ->
    [one] 1 vastus on
   *[other] { $n } vastust on
} veel väljuvates (O) ja läheb teele järgmisel käivitusel.
outbox-new-ticket = uus pilet: { $who }
outbox-forward = edastus: { $to }, pilet #{ $id }
outbox-reply-to = vastus: { $to }, pilet #{ $id }
outbox-reply = vastus, pilet #{ $id }
outbox-note = sisemine märkus, pilet #{ $id }

## First run.

first-run-welcome = Tere tulemast frontdeski.
first-run-none = Kasutajatuge pole veel seadistatud. Proovi kohe sisseehitatud demoga:
first-run-connect = Oma kasutajatoega ühendamiseks loo { $config } koos profiiliga, näiteks:
first-run-then = seejärel salvesta oma token käsuga `frontdesk login` (või määra profiilis token_cmd = "pass show rt") ja kontrolli seadistust käsuga `frontdesk doctor`. Ilma seadete failita:
first-run-readme = frontdeski lähtekoodi kaustas docs/desks/ on näide iga kasutajatoe jaoks.

## doctor.

doctor-built-in = sisseehitatud
doctor-no-desk = kasutajatuge pole seadistatud
doctor-no-desk-fix = lisa [profiles.NIMI] faili config.toml (vaata docs/desks/) või määra FRONTDESK_BACKEND ja FRONTDESK_URL; `frontdesk --demo` töötab ka ilma
doctor-config-missing = { $file } puudub; kasutatakse vaikeväärtusi
doctor-config-profiles = { $file } ({ $n ->
    [one] { $n } profiil
   *[other] { $n } profiili
})
doctor-config-problems = failis { $file } on probleeme:
doctor-credential-from = allikas: { $source }
doctor-url-invalid = url pole korrektne aadress
doctor-url-invalid-fix = kirjuta see nii: url = "https://rt.example.com"
doctor-url-allowed = { $risk } (lubatud seadega insecure_http = true)
doctor-dns-unknown = hosti { $host } ei leitud ({ $error })
doctor-dns-unknown-fix = kontrolli url-i hostinime ning võrku või VPN-i
doctor-dns-slow = hosti { $host } otsing võttis üle 5 s
doctor-dns-slow-fix = kontrolli võrgu- ja DNS-seadeid
doctor-connect-ok = { $host }:{ $port } vastab
doctor-connect-refused-fix = kas kasutajatugi töötab ja kuulab porti { $port }? Ees võib olla tulemüür, puhverserver või VPN
doctor-connect-slow = { $host }:{ $port } ei vastanud 5 sekundi jooksul
doctor-connect-slow-fix = tulemüür võib ühendust maha visata või on vaja VPN-i
doctor-auth-tls = TLS kontrollitud; sina oled { $name } ({ $id })
doctor-auth = sina oled { $name } ({ $id })
doctor-view-lists = vaates „{ $view }“ on { $n ->
    [one] { $n } pilet
   *[other] { $n } piletit
}
doctor-view-rejected = vaade „{ $view }“ lükati tagasi: { $why }
doctor-view-rejected-fix = paranda vaate päring failis config.toml: { $query }
doctor-view-forbidden = vaade „{ $view }“: pole lubatud ({ $why })
doctor-view-forbidden-fix = palu administraatorilt õigust näha selle järjekorra pileteid
doctor-not-a-terminal = stdout pole terminal (selle kontrolli jaoks sobib; kasutajaliides vajab terminali)
doctor-terminal-wide = { $w }x{ $h }, piisavalt lai järjekorra ja pileti kõrvuti kuvamiseks
doctor-terminal-small = { $w }x{ $h } on väiksem kui 80x24; osa tekstist lõigatakse
doctor-terminal-small-fix = suurenda akent
doctor-terminal-unknown = suurus teadmata ({ $error })
doctor-no-color = NO_COLOR on määratud: kasutatakse teemat mono (paks, pööratud, allajoonitud)
doctor-colours-24 = 24-bitine värv
doctor-colours-256 = 256 värvi
doctor-colours-16 = 16 värvi (vaiketeema rohkem ei vaja)
doctor-language-fix = määra config.toml-is language = "et" (või en, fi, ru, de, zh)

## Errors, in the agent's words.

error-try-again = { $what }; ctrl-r proovib uuesti
error-conflict = keegi teine muutis piletit pärast seda, kui sa selle avasid
error-auth = kasutajatugi lükkas volituse tagasi ({ $why }); `frontdesk doctor` kontrollib seda, `frontdesk login` asendab selle
error-network = kasutajatoega ei saa ühendust: { $why }
error-interrupted = ühendus katkes enne, kui kasutajatugi vastas ({ $why })
error-timeout = kasutajatugi ei vastanud õigel ajal
error-rate-limited-for = kasutajatugi piirab päringuid; proovi uuesti { $wait } pärast
error-rate-limited = kasutajatugi piirab päringuid; proovi varsti uuesti
error-forbidden = pole lubatud: { $why }
error-not-found = ei leitud: { $what }
error-invalid = kasutajatugi keeldus: { $why }
error-server = kasutajatoe viga ({ $status }): { $message }
error-too-large = kasutajatugi saatis liiga suure vastuse (üle { $limit } MB)
outbox-held = Saatmata: { $what }. { $why }. See jääb väljuvatesse (O) ja läheb teele, kui proovid uuesti või käivitad frontdeski järgmisel korral.
outbox-waits = Veel saatmata: { $what }: { $why }. Ootab väljuvates (O), uus katse { $wait } pärast.
outbox-change-waits = Veel tegemata: { $what }: { $why }. Ootab väljuvates (O), uus katse { $wait } pärast.
outbox-not-changed = Muutmata: { $why } ({ $what })
outbox-not-opened = Avamata: { $why }. Uus pilet on jälle mustand; N avab selle.
outbox-conflict = Saatmata: pilet muutus kirjutamise ajal. Muudatused on näha su teksti kohal; ctrl-s saadab siiski.
outbox-handed-back = Saatmata: { $why }. Su tekst on jälle kirjutajas.

## login and logout.

login-where-rt = Request Trackeris: sinu nimi (üleval paremal) → Settings → Auth Tokens → Create.
login-where-zendesk = Zendeskis: Admin Center → Apps and integrations → Zendesk API → Add API token.
login-where-freshdesk = Freshdeskis: profiilipilt → Profile settings → Your API Key.
login-where-zammad = Zammadis: Profile → Token Access → Create (õigusega ticket.agent).
login-where-jira = Atlassianis: id.atlassian.com → Security → Create and manage API tokens; user on sinu e-post.
login-where-helpscout = Help Scoutis: Your Profile → My Apps → Create My App; user on selle App ID, saladus selle App Secret.
login-where-redmine = Redmine’is: My account → API access key → Show (administraator lülitab enne REST-teenuse sisse).
login-demo = Demo ei vaja sisselogimist.
login-env-note = NB: FRONTDESK_TOKEN on määratud ja seda kasutatakse enne võtmehoidjat.
login-profile = Logime sisse profiili „{ $name }“ ({ $account }).
login-prompt = Token kontole { $account } (sisestus ei ole nähtav):
login-read-failed = tokenit ei õnnestunud terminalist lugeda: { $error }
login-empty = tokenit ei sisestatud; midagi ei salvestatud
login-accepted = Kasutajatugi võtab selle vastu: sina oled { $name } ({ $id }).
login-refused = kasutajatugi lükkas tokeni tagasi ({ $why }); midagi ei salvestatud
login-unchecked = Tokenit ei õnnestunud kontrollida ({ $why }); see salvestatakse siiski.
login-stored = Salvestatud operatsioonisüsteemi võtmehoidjasse. `frontdesk doctor` kontrollib kogu seadistust.
login-no-keyring = token töötab, aga selle hoidmiseks pole võtmehoidjat ({ $why }); midagi ei salvestatud.
login-keep-instead = Hoia seda hoopis ühel neist viisidest:
login-keep-pass = paroolihalduris: salvesta see (näiteks `pass insert frontdesk/{ $name }`) ja lisa config.toml-i jaotisse [profiles.{ $name }]:
login-keep-env = ainult selles kestas: export { $var }=… enne frontdeski käivitamist
logout-removed = Konto { $account } token eemaldati võtmehoidjast.
logout-none = Võtmehoidjas polnud kontole { $account } tokenit.
logout-unreachable = võtmehoidjaga ei saa ühendust: { $why }
outbox-empty = Väljuvad on tühi: kõik on kohale toimetatud
outbox-send-all = Saada kõik kohe
outbox-sending = saadan…
outbox-checking = kontrollin, kas jõudis kohale…
outbox-next-try = järgmine katse kell { $time }
outbox-held-state = ootel, kuni proovid uuesti
outbox-idle = ootab
outbox-title = Väljuvad — { $n } kohale toimetamata
outbox-go-on = Jätka kohe
outbox-cancel-rest = Tühista ülejäänu (puutumata piletid jäävad, nagu on)
outbox-make-now = Tee muudatus kohe
outbox-discard-change = Loobu (pilet jääb, nagu on)
outbox-send-now = Saada kohe
outbox-edit = Tagasi kirjutajasse muutmiseks
outbox-discard = Loobu (ei saa tagasi võtta)
outbox-draft-again = Sinu vastus piletile #{ $id } on jälle mustand; ava pilet ja vajuta r
outbox-discarded = Loobutud: { $what }
outbox-being-sent = Seda vastust saadetakse praegu; oota tulemust
away-signed-out-shown = Välja logitud: { $why }. Näidatav seis on kella { $time } oma
away-signed-out = Välja logitud: { $why }. Midagi ei õnnestunud laadida
away-shown = Kasutajatugi ei vastanud ({ $why }); näidatav seis on kella { $time } oma. ctrl-r proovib uuesti
away-nothing = Kasutajatugi ei vastanud ({ $why }); midagi ei õnnestunud laadida. ctrl-r proovib uuesti
back-signed-in = Jälle sisse logitud; vaated on ajakohased
back-answers = Kasutajatugi vastab jälle; vaated on ajakohased
picker-open-first = Ava enne vastus või märkus (r või n)
picker-still-loading = alles laaditakse
picker-unavailable = Valmisvastused pole saadaval: { $why }
picker-nothing-inserted = Ükski vastus ei sobi; midagi ei lisatud
picker-rendering = Kasutajatugi vormistab vastust „{ $title }“ piletile #{ $id }…
picker-rendered-here = Kasutajatugi ei saanud vastust „{ $title }“ vormistada ({ $why }); frontdesk vormistas selle ise
picker-ticket-loading = Piletit alles laaditakse; proovi hetke pärast uuesti
picker-no-agent = Agenti „{ $who }“ määramiseks pole; see toiming jäeti välja
detail-closed-selected = Suleti #{ $id }, mida ükski vaade ei näita; valik on piletil #{ $on }
detail-closed = Suleti #{ $id }, mida ükski vaade ei näita
detail-no-other-tickets = Kliendil pole teisi pileteid
detail-not-in-view = Seda piletit pole ekraanil olevas vaates
detail-last-of-view = Vaate viimane pilet
detail-first-of-view = Vaate esimene pilet
detail-copied = Kopeeritud: { $url }
detail-no-link = Piletil { $id } pole veel kopeeritavat linki
detail-linked-to = Piletiga #{ $id } seotud piletid
time-prompt = Kulunud aeg, pilet #{ $id } (15m, 1h30, 1.5h; tühi: pole)
time-prompt-alone = Kulunud aeg, pilet #{ $id }, registreeritakse kohe ilma sõnumita (15m, 1h30, 1.5h)
time-only-log = Registreeri ainult { $spent }
time-logged = { $spent } registreeritud piletile #{ $id }
time-log-and-set = Registreeri { $spent } ja määra olek { $status }
time-logged-status = { $spent } registreeritud piletile #{ $id }, olek → { $status }
time-and-status = Registreeri { $spent } piletile #{ $id }: ja olek?
time-with-reply = { $spent } registreeritakse koos selle vastusega
time-with-note = { $spent } registreeritakse koos selle märkusega
time-none = Aega koos sellega ei registreerita
time-not-a-time = „{ $typed }“ pole aeg: kirjuta näiteks 15m, 1h30 või 1.5h
move-queues-unread = Järjekordi ei õnnestunud lugeda: { $why }
move-reading-queues = Loen kasutajatoe järjekordi…
move-no-other-queue = Kasutajatugi ei paku teist järjekorda, kuhu teisaldada
move-from-to = Teisalda { $whose } järjekorrast { $from } järjekorda
move-to = Teisalda { $whose } järjekorda
files-too-large = { $name } on { $size }; kasutajatugi võtab faile kuni { $limit } faili kohta
files-too-much = failid on kokku { $sum }; kasutajatugi võtab kuni { $limit } sõnumi kohta
attach-another = Lisa veel üks fail…
attach-remove = Eemalda { $name } ({ $size })
attach-files-title = Selle vastuse failid
attach-path-title = Lisa fail (tee; tab lõpetab)
attach-removed = { $name } ei ole enam lisatud
attach-refused = Ei lisatud: { $why }
attach-done = Lisatud { $name } ({ $size })
recipients-note-has-none = Märge on ainult agentidele: sel pole saajaid (r kirjutab vastuse)
recipients-no-copies = See kasutajatugi ei võta vastusega koopiaid
recipients-bcc-title = BCC: selle vastuse pimekoopiad
recipients-cc-stays-title = CC: selle vastuse koopiad (jäävad piletile)
recipients-cc-title = CC: selle vastuse koopiad
recipients-not-address = Pole e-posti aadress: { $wrong }. Paranda see või esc jätab koopiad, nagu need olid
audience-words = { $audience ->
        [public] avalik vastus: klient näeb seda
        [internal] sisemärge: ainult agentidele
       *[any] kas vastus või märge
    }
audience-short = { $audience ->
        [public] avalikuks vastuseks (klient näeb seda)
       *[internal] sisemärkeks (ainult agentidele)
    }
audience-public-to = avalik vastus kasutajale { $name }: klient näeb seda
audience-switched = „{ $title }“ on kirjutatud nii: { $audience }; mustand on nüüd sama liiki
audience-differs = „{ $title }“ on kirjutatud nii: { $audience }; see mustand on { $now }
audience-insert-make = Lisa see ja tee mustand { $short }
audience-insert-keep = Lisa see ja jäta mustand { $short }
audience-do-not-insert = Ära lisa
audience-this-draft-is = See mustand on { $now }
audience-keep-it = Jäta see { $short }
audience-make-it = Tee sellest { $then }
audience-now = Mustand on nüüd { $audience }
bulk-range = Vahemiku märkimine: liigu selle laiendamiseks, v uuesti lõpetab
bulk-marks-cleared = Märgid eemaldatud
bulk-marked = { $count ->
        [0] Ühtegi piletit pole märgitud
        [one] 1 pilet märgitud: s, p, A, a ja t muudavad seda
       *[other] { $count } piletit märgitud: s, p, A, a ja t muudavad neid kõiki (esc eemaldab märgid)
    }
bulk-confirm-title = Kas muuta { $count } märgitud piletit: { $what }?
bulk-confirm-yes = Jah, muuda need { $count } piletit (y)
bulk-confirm-no = Ei, jäta need nii (n)
bulk-canned-no-fields = „{ $title }“ ei muuda välju; selle tekst läheb vastustesse, üks pilet korraga
bulk-ticket-gone = piletit pole enam kasutajatoes
bulk-not-changed = #{ $id } jäi muutmata: { $why }
bulk-report = { $what }: muudetud { $done } piletit { $all }-st
bulk-report-failed = ; { $failed } ebaõnnestus ja jääb märgituks (:messages ütleb põhjuse)
bulk-report-untouched = ; { $untouched } jäi nagu oli (tühistatud)
bulk-cancelling = Tühistamine: teel olevad piletid lõpetatakse enne
changes-hidden = Muudatused peidetud
changes-folded = Muudatused on sõnumite vahel; pikad jadad kokku volditud
changes-all = Kõik muudatused on näha
changes-unread = Pileti muudatusi ei saanud lugeda: { $why }
compose-still-rendering = Kasutajatugi alles koostab valmisvastust; saada, kui see on kohal
compose-empty = Pole veel midagi saata: mustand on tühi.
compose-files-refused = Saatmata: { $why }. Eemalda fail ({ $key } näitab neid) ja saada uuesti.
compose-placeholders-left = Saatmata: { $names } { $count ->
        [one] ei saa
       *[other] ei saa
    } sellele piletile väärtust. Asenda esiletõstetud tekst ja saada uuesti.
compose-changed-armed = Pilet muutus (näha üleval); ctrl-s uuesti saadab siiski
compose-changed-since = Pilet on pärast alustamist muutunud: { $what }. Loe see läbi; ctrl-s uuesti saadab siiski.
compose-editor-failed = Redaktor ebaõnnestus: { $why }. Mustand on muutmata.
detail-no-links = #{ $id } pole seotud ühegi teise piletiga
draft-back = Sinu { $public ->
        [yes] vastuse mustand
       *[no] sisemärke mustand
    } ajast { $when } on tagasi; { $key } avab selle
draft-ticket-changed = #{ $id } on pärast mustandi alustamist muutunud: { $first }{ $more ->
        [0] {""}
       *[other] {" "}(+{ $more } veel)
    }
fields-unread = Piletit ei saanud lugeda ({ $why }); selle väljad tulevad koos sellega
fields-none = Sellel piletil pole kohandatud välju
fields-desk-none = See kasutajatugi ei loetle kohandatud välju, mida siit määrata
fields-marked-title = Määra väljad { $count } märgitud piletile
fields-needed-elsewhere = #{ $id } vajab enne välju { $names }: ava see ja vajuta f
fields-needed-for = #{ $id } vajab neid, et saada olekuks { $status }
fields-required-to-solve = on lahendamiseks nõutav
fields-read-only = Välja { $name } ei saa siit muuta
fields-takes-number = { $name } on arv
fields-editor-failed = Redaktor ebaõnnestus: { $why }
fields-unchanged = Ühtegi välja ei muudetud
files-fetch-after-load = { $name } saab alla laadida, kui pilet on kasutajatoest laaditud (see on kettale salvestatud koopia)
files-over-max = { $name } on { $size }, üle piiri max_download ({ $max })
files-larger-than-max = { $name } on suurem kui max_download ({ $max })
files-already-downloading = { $name } juba laaditakse alla
files-download-anyway = Laadi ikkagi alla
files-cancel = Tühista
files-saved-not-shown = { $name } { $opener ->
        [yes] pole dokument, mille frontdesk töölauale annab
       *[no] ei saa siin näidata ja töölauda selle avamiseks pole
    }: salvestatud kui { $path }
files-saved = { $name } salvestatud kui { $path }
files-opened = { $name } avatud (salvestatud kui { $path })
files-download-failed = Faili { $name } ei saanud alla laadida: { $why }
files-ready = { $name } on valmis; o ja enter näitavad seda
files-none = Piletil #{ $id } pole manuseid
forward-busy = Piletil #{ $id } on mustand; saada või jäta see enne (piletile kirjutatakse korraga üks sõnum)
forward-title = Edasta kasutaja { $author } sõnum ({ $when }) aadressile
forward-not-address = „{ $typed }“ pole e-posti aadress
menu-nothing-matches = Miski ei sobi kirjutatuga; tagasilüke laiendab otsingut
bulk-what-status = olek → { $status }
bulk-what-priority = prioriteet → { $priority }
bulk-what-assign = määra: { $who }
bulk-what-assign-me = määra endale
menu-hiding-title = Kas seada #{ $id } olekusse { $status }? See kaob kõigist vaadetest ega pruugi naasta
menu-hiding-yes = Jah, sea olekusse { $status }
menu-hiding-no = Ei, jäta nii
menu-change-failed = Piletit #{ $id } ei saanud muuta: { $why }
merge-unsupported = See kasutajatugi ei saa pileteid ühendada
merge-by-number = Teine pilet, numbri järgi…
merge-into-title = Ühenda #{ $id } piletiga
merge-into-number = Ühenda #{ $id } piletiga #
merge-itself = Piletit ei saa ühendada iseendaga
merge-confirm-title = Kas ühendada #{ $source }{ $source_subject } piletiga #{ $target }{ $target_subject }?
merge-confirm-yes = Jah, ühenda: #{ $id } { $effect ->
        [closed-with-note] suletakse märkega, mis viitab sihtpiletile
        [closed-comments-copied] suletakse sihtpiletile viitava märkega ja sihtpilet saab selle kommentaarid märkena
        [closed-conversations-added] suletakse ja selle vestlused lisatakse sihtpiletile
        [shown-with-target] näidatakse koos sihtpileti sõnumitega ja see kaob kõigist vaadetest
       *[set-merged] märgitakse ühendatuks ja selle artiklid liiguvad sihtpiletile
    }
merge-confirm-no = Ei, jäta mõlemad
merge-merging = Ühendan #{ $source } piletiga #{ $target }…
merge-merged = #{ $source } ühendatud piletiga #{ $target }
merge-failed = Piletit #{ $source } ei saanud ühendada piletiga #{ $target }: { $why }
action-not-here = „{ $action }“ pole siin saadaval
new-unsupported = See kasutajatugi ei ava pileteid frontdeskist; kasuta selle veebilehte
new-priority-title = Uue pileti prioriteet
new-queue-title = Uue pileti järjekord
new-queue-default = Vaikimisi
new-needs-address = Kellele see on? Sisesta kliendi e-posti aadress (või vali tuttav inimene).
new-bad-address = { $address } pole e-posti aadress; sisesta kliendi aadress, näiteks ann@example.com.
new-needs-subject = Piletil peab olema teema (tab viib selleni).
new-opened-found = #{ $id } kasutajale { $who } oli siiski juba avatud; seda ei avatud uuesti
new-opened = Avatud #{ $id } kasutajale { $who }
outbox-sending-your = Saadan: { $what }…
outbox-empty-now = Väljuvad on tühi
outbox-all-sending = Kõike väljuvates saadetakse praegu
outbox-reached-after-all = { $what } (see oli siiski juba kohale jõudnud)
picker-unresolved = { $names } ei saa sellele piletile väärtust: muuda esiletõstetud teksti enne saatmist
prompt-go-to = Mine piletile #
prompt-not-number = „{ $typed }“ pole pileti number
prompt-not-number-example = „{ $typed }“ pole pileti number; sisesta number, nt 4208
question-nothing-changed = Midagi ei muudetud
queue-no-view = Vaadet { $n } pole
queue-fields-hint = Ava pilet, et selle välju muuta; märgitud piletitega määrab f väljad kõigile
canned-load-failed = Kasutajatoe valmisvastuseid ei saanud laadida: { $why }
canned-unavailable = Valmisvastused pole saadaval: { $why }
saves-what = { $kind ->
        [outbox] väljuvad
        [drafts] mustandid
        [cache] vaadete vahemälu
        [tally] tänase saadetu arvestus
       *[usage] valmisvastuste kasutuskorrad
    }
saves-failed-kept = Ei saanud salvestada ({ $what }): { $why }. See hoitakse mälus; :retry_save proovib uuesti
saves-failed = Ei saanud salvestada ({ $what }): { $why }
saves-saved-again = Jälle salvestatud ({ $what })
saves-unsaved = { $replies ->
        [0] {""}
        [one] 1 vastus
       *[other] { $replies } vastust
    }{ $replies ->
        [0] {""}
       *[other] { $drafts ->
            [0] {""}
           *[other] {" "}ja{" "}
        }
    }{ $drafts ->
        [0] {""}
        [one] 1 mustand
       *[other] { $drafts } mustandit
    }
saves-quit-title = { $what } ei saanud salvestada: kui nüüd väljud, lähevad need kaotsi
saves-try-again = Proovi uuesti salvestada
saves-quit-copy = Välju ja hoia koopiat ajutises kaustas
saves-quit-print = Välju ja trüki need terminali
saves-quit-lose = Välju ja kaota need
saves-stay = Jää
saves-copying = Kopeerin salvestamata vastused ja mustandid…
saves-copy-where = frontdesk ei saanud mõnda vastust või mustandit oma andmekausta salvestada; nende koopia on asukohas { $path }
saves-copy-failed = Ka koopiat ei saanud salvestada: { $why }
saves-saving-again = Salvestan väljuvad ja mustandid uuesti…
search-title = Otsi kasutajatoest
search-searching-note = Otsin kasutajatoest ({ $note }); esc sulgeb vahekaardi
search-searching = Otsin kasutajatoest kõigist olekutest; esc sulgeb vahekaardi
session-who-failed = Ei saanud teada, kes sa oled: { $why }
session-agents-failed = Agente ei saanud loetleda: { $why }
tags-title = Pileti #{ $id } sildid
tags-unchanged = Sildid muutmata
takeover-answers-again = Kasutajatugi vastab jälle; saadan nüüd { $count ->
        [one] 1 ootava kirje
       *[other] { $count } ootavat kirjet
    }
takeover-took-over = Võtsin üle { $count ->
        [one] 1 kirje, mille lõpetanud frontdesk jättis; saadan selle nüüd
       *[other] { $count } kirjet, mille lõpetanud frontdesk jättis; saadan need nüüd
    }
watch-news = { $urgent ->
        [yes] kiire ·{" "}
       *[no] {""}
    }{ $kind ->
        [ticket] Uus pilet
       *[reply] Uus vastus piletile
    } #{ $id }: { $subject }{ $more ->
        [0] {""}
       *[other] {" "}(ja veel { $more }, märgitud •)
    }
saves-printout-head = frontdesk ei saanud neid salvestada; siin on need tervikuna.
saves-printout-undelivered = { $what } (kohale toimetamata)
saves-printout-draft = { $public ->
        [yes] vastuse mustand
       *[no] sisemärke mustand
    } piletile #{ $id }
prompt-reading-folder = loen kausta…
prompt-files-here = loetleb failid; ~ on sinu kodukaust, kleebitud tee sobib ka
prompt-no-addresses = sellel piletil pole veel aadresse nähtud
prompt-no-other-address = ükski teine nähtud aadress ei sobi
prompt-counting-tags = loen laaditud piletite silte…
prompt-no-tags = laaditud piletitel pole veel silte
prompt-no-other-tag = ükski teine nähtud silt ei sobi
prompt-go-to-about = pileti number avab selle, olgu see vaates või mitte
prompt-merge-about = selle pileti number, millega see ühendatakse
prompt-time-about = logitakse koos vastuse või märkega, kui see saadetakse
prompt-time-alone-about = logitakse piletile kohe, ilma sõnumita
prompt-forward-about = keegi väljaspool piletit; koostaja avaneb tsiteeritud sõnumiga
prompt-search-about = sõnad, e-posti aadress või kasutajatoe enda päring · üles/alla: hiljutised otsingud
prompt-enter = {" "}enter:{" "}
prompt-enter-merge = {" "}enter: ühenda #{ $id } piletiga{" "}
prompt-asks-first = {" "}(küsib enne)
prompt-enter-choose = {" "}enter: vali see pilet (küsib enne)
prompt-enter-log = {" "}enter: logi{" "}
prompt-enter-no-time = {" "}enter: ära logi aega
prompt-enter-forward = {" "}enter: kirjuta tsitaadi kohale, siis ctrl-s
prompt-enter-open = {" "}enter: ava{" "}
prompt-enter-open-number = {" "}enter: ava selle numbriga pilet
prompt-enter-attach-named = {" "}enter: lisa ülal nimetatud fail
prompt-enter-attach = {" "}enter: lisa{" "}
prompt-enter-no-copies = {" "}enter: koopiateta
prompt-enter-no-change = {" "}enter: muutuseta
files-note-by = märge: { $who }
files-list-keys = {" "}enter avab · s salvestab kausta { $folder } · esc sulgeb
files-list-title = {" "}Pileti #{ $id } manused ({ $count }){" "}
files-viewer-title = {" "}{ $file } · s salvestab · esc sulgeb{" "}
files-only-start = {" "}… näidatakse ainult faili algust; s salvestab kogu faili
files-picture-failed = {" "}Seda pilti ei saa siin joonistada ({ $why }); s salvestab selle.
new-title = { $public ->
        [yes] {" "}Uus pilet — kliendile saadetakse e-kiri{" "}
       *[no] {" "}Uus pilet — algab sisemärkega{" "}
    }
new-toggle = { $public ->
        [yes] {" "}{ $key } teeb selle sisemiseks
       *[no] {" "}{ $key } teeb selle avalikuks
    }
new-label-for = Kellele
new-label-subject = Teema
new-label-queue = Järjekord
new-label-priority = Prioriteet
new-type-someone = sisesta nimi või aadress; uus aadress sobib ka
new-no-one-known = ükski tuttav ei sobi: luuakse uus klient
new-tab-takes-it = {"  "}tab valib
form-nothing-matches = miski ei sobi
form-more = ↓ veel { $count }
form-enter-does = { $what ->
        [adds] lisab või eemaldab
        [chooses] valib
        [opens-list] avab loendi
        [toggles] lülitab
        [editor] avab redaktori
       *[next] järgmine väli
    }
form-keys = {" "}{ $enter } { $enter_does } · { $save } salvestab · { $cancel } { $list ->
        [yes] sulgeb loendi
       *[no] tühistab
    }
compose-changed-head = Muutunud pärast kirjutamise algust:
compose-signature-note = {"  "}(sinu allkiri, lisatakse saatmisel)
compose-on-send = {" "}saatmisel: { $summary }{" "}
compose-files-key = {"  "}({ $key } lisab või eemaldab)
menu-nothing-matches-short = {" "}miski ei sobi; tagasilüke laiendab otsingut
picker-on-send = Saatmisel: { $summary }
picker-placeholders-block = Esiletõstetud kohatäidetel pole siin väärtust ja need takistavad saatmist, kuni neid muudetakse.
describe-status = olek → { $status }
describe-priority = prioriteet → { $priority }
describe-assign = määra → { $who }
describe-nobody = mitte kellelegi
describe-move = teisalda → { $queue }
describe-worked = { $spent } tööd
draft-placeholder-reply = Kirjuta vastus. ctrl-t lisab valmisvastuse; ctrl-s saadab.
draft-placeholder-note = Kirjuta märge teistele agentidele. ctrl-t lisab valmisvastuse; ctrl-s lisab märke.
draft-placeholder-new = Esimene sõnum. ctrl-t lisab valmisvastuse; ctrl-s avab pileti.
form-needed = { $name } on vajalik
form-fields-of = Pileti #{ $id } väljad
form-needs-these = #{ $id } vajab need täidetuks
queue-no-views = Vaateid pole seadistatud.
start-config-problems = Seadistusfailides on { $count } probleemi (:messages loetleb need); seal kasutatakse vaikeväärtusi
start-others-running = frontdesk töötab selle profiiliga ka mujal ({ $count } teist): igaüks toimetab kohale sealt saadetud vastused; mõlemas avatud mustandi salvestab see, kes salvestab viimasena
start-drafts-kept = Eelmisest seansist on alles { $count ->
        [one] 1 mustand
       *[other] { $count } mustandit
    } (✎ järjekorras); pileti avamine toob selle tagasi
start-outbox-waiting = Eelmisest seansist on kohale toimetamata { $count ->
        [one] 1 vastus
       *[other] { $count } vastust
    }; saadan nüüd (O näitab väljuvaid)
seen-new-message = { $kind ->
        [customer] Uus sõnum saatjalt
        [public] Uus vastus, autor
       *[internal] Uus sisemärge, autor
    } { $author }: „{ $first }“
seen-status = Olek: { $was } → { $now }
seen-priority = Prioriteet: { $was } → { $now }
seen-assigned = Määratud: { $was } → { $now }
seen-someone-else = Keegi teine muutis (kasutajatugi üksikasju ei näita)
timeline-folded = { $count } muudatust · { $who } · kuni { $when } · H uuesti näitab kõiki
outbox-bulk = { $what }, { $all } piletit ({ $done } tehtud)
form-read-only = ainult lugemiseks
list-more-above = ↑ veel { $count } (pgup)
list-more-below = ↓ veel { $count } (pgdn)
picker-local = kohalik
credential-missing = profiilil "{ $profile }" ({ $account }) pole volitust. Anna see ühel neist viisidest:
      {"  "}- sea keskkonnas FRONTDESK_TOKEN
      {"  "}- lisa config.toml-is profiilile token_cmd = "pass show helpdesk" (iga käsk, mis trükib tokeni)
      {"  "}- käivita `frontdesk login`, et salvestada see OS-i võtmehoidjasse (võtmehoidja: { $keyring })
keyring-none-stored = selle jaoks pole midagi salvestatud
keyring-no-answer = see ei vastanud { $seconds } s jooksul (Secret Service ei tööta? SSH kaudu tavaline)
keyring-failed = see ebaõnnestus ({ $why })
keyring-none-here = selles masinas seda pole (Secret Service puudub; SSH kaudu tavaline)
keyring-unavailable = see pole saadaval ({ $why })
credential-from-keyring = OS-i võtmehoidja
token-cmd-no-start = token_cmd ei käivitunud: { $why }
token-cmd-failed-with = token_cmd ({ $cmd }) ebaõnnestus ({ $status }): { $why }
token-cmd-no-message = teadet pole
token-cmd-printed-nothing = token_cmd ({ $cmd }) ei trükkinud midagi
token-cmd-failed = token_cmd ebaõnnestus: { $why }
token-cmd-waiting = Ootan, kuni token_cmd ({ $cmd }) tokeni trükib; see võib küsida paroolifraasi. ctrl-c peatab selle.
token-cmd-stopped = token_cmd ({ $cmd }) peatati ctrl-c-ga
token-cmd-timed-out = token_cmd ({ $cmd }) ei lõpetanud { $seconds } s jooksul
language-from-config = config.toml-i seadest language
language-from-env = muutujast { $name }={ $value }
language-default = vaikimisi
language-chosen = { $language }, { $from }
language-not-translated = { $language }, { $from }: keelt "{ $asked }" pole veel tõlgitud (en, fi, ru, de, et, zh on)
doctor-fix-rt-auth = token on vale, aegunud või tühistatud (RT: Settings → Auth Tokens);
    `frontdesk login` kontrollib ja salvestab uue
doctor-fix-zendesk-auth = Zendesk võtab API-tokeni, kui user = agendi e-post (Admin Center → Apps and
    integrations → Zendesk API), või OAuth-tokeni seadega auth = "oauth"; `frontdesk login` salvestab uue
doctor-fix-zendesk-forbidden = token töötab, kuid see kasutaja ei tohi API-t kasutada: Zendeski API vajab agenti või administraatorit
    ja Admin Centeris sisse lülitatud tokenipääsu
doctor-fix-freshdesk-auth = Freshdesk võtab agendi API-võtme (profiilipilt → Profile settings → Your API Key),
    mitte parooli; url peab olema https://YOURDOMAIN.freshdesk.com; `frontdesk login` salvestab uue
doctor-fix-zammad-auth = Zammad võtab isikliku ligipääsutokeni (Profile → Token Access) õigusega ticket.agent
    või OAuth-tokeni seadega auth = "oauth"; `frontdesk login` salvestab uue
doctor-fix-zammad-forbidden = tokenil puudub õigus: loo uus õigusega ticket.agent kohas Profile → Token Access
doctor-fix-jira-auth = Jira võtab user = sinu Atlassiani e-post ja API-tokeni (id.atlassian.com → Security →
    API tokens), mitte parooli; `frontdesk login` salvestab uue
doctor-fix-jira-forbidden = token töötab, kuid Jira keeldus: agendid vajavad Jira Service Managementi litsentsi ja
    rolli klienditoe projektis
doctor-fix-helpscout-auth = Help Scout võtab OAuth-rakenduse: user = selle App ID, token = selle App Secret (Your Profile →
    My Apps); rakenduse kasutaja peab olema aktiivne; `frontdesk login` salvestab uue saladuse
doctor-fix-redmine-auth = Redmine võtab sinu API-võtme (My account → API access key → Show); REST-veebiteenus
    peab olema sees (Administration → Settings → API); `frontdesk login` salvestab uue võtme
doctor-fix-redmine-forbidden = võti töötab, kuid Redmine keeldus: administraator lülitab REST-veebiteenuse sisse
    (Administration → Settings → API) ja sinu roll vajab projektis õigust View issues
doctor-fix-auth = volitus on vale või aegunud; `frontdesk login` kontrollib ja salvestab uue
doctor-fix-tls = serveri TLS-sertifikaati ei usaldata: kontrolli url-is http:// või https://,
    või paigalda oma organisatsiooni sertifitseerimiskeskus
doctor-fix-forbidden = see konto ei tohi API-t kasutada; küsi kasutajatoe administraatorilt
doctor-fix-not-found = url võib osutada valesse kohta: anna kasutajatoe põhiaadress
doctor-fix-url = kontrolli url-i; pärast parandamist käivita uuesti `frontdesk doctor`
doctor-priority-field = Help Scoutis seda pole; frontdesk hoiab seda kohandatud väljal "{ $field }" (priority_field)
doctor-priority-tags = Help Scoutis seda pole; frontdesk hoiab seda siltides urgent, high ja low (priority_field võib nimetada kohandatud välja)
doctor-open-untried = üheski vaates pole piletit, seega avamist ei proovitud
doctor-open-ok = #{ $id } avaneb nagu kasutajaliideses ({ $count ->
        [one] 1 sõnum
       *[other] { $count } sõnumit
    }, { $ms } ms)
doctor-open-failed = #{ $id } on loendis, kuid ei avane: { $why }
doctor-open-failed-fix = vaated töötavad, kuid piletid mitte; andmekausta frontdesk.log (`frontdesk --paths`) näitab, mida kasutajatugi vastas
doctor-cost-failed = päring, nagu frontdesk selle saadab, ebaõnnestus: { $why }
doctor-cost-session = lugemine volitusega võtab selles serveris { $credential } ms (seda räsitakse iga kord); frontdeski kasutatav seanss viib selle { $session } ms-ni
doctor-cost-no-session = iga päring võtab { $credential } ms; server ei anna seanssi, seega kannab iga päring volitust
doctor-trial = { $what ->
        [search] otsing
       *[change] muudatus
    } { $ms } ms
doctor-writes-session = otsingud ja muudatused käivad seansis ({ $timings })
doctor-writes-fix = et need käiksid seansis: pane profiili url-iks aadress, millega kasutajatugi end nimetab
    (RT: $WebDomain ja $WebPort), või lisa "{ $host }" RT @ReferrerWhitelist-i
doctor-writes-cross-site = kasutajatugi keeldub oma seansist aadressilt { $host } kui saidiülesest päringust, seega kannavad otsingud ja muudatused volitust: aeglasem, midagi ei kao ({ $timings })
cache-sessions-dropped = Eemaldati OS-i võtmehoidjast { $count ->
        [one] 1 kasutajatoe seanss
       *[other] { $count } kasutajatoe seanssi
    }.
cache-remove-failed = frontdesk: ei saanud eemaldada { $path }: { $why }
cache-draft-files-removed = Eemaldati { $count ->
        [one] 1 kliendifail
       *[other] { $count } kliendifaili
    }, mis jäid juba saadetud vastustest.
cache-summary = { $path }: { $count ->
        [one] 1 fail
       *[other] { $count } faili
    }, { $size } (cache_max { $max }). `frontdesk cache clear` tühjendab selle.
cache-cleared = Eemaldati { $count ->
        [one] 1 vahemälufail
       *[other] { $count } vahemälufaili
    } ({ $size }) kaustast { $path }. Mustandid ja väljuvad jäävad alles.
cache-clear-failed = frontdesk: kausta { $path } ei saanud tühjendada: { $why }. Eemalda kaust käsitsi; frontdesk loob selle uuesti.
connect-plain-http = { $host } on krüpteerimata http:// teise masinasse: token liiguks võrgus krüpteerimata
connect-plain-http-fix = kasuta https://, või kui vaheline võrk on usaldusväärne, lisa config.toml-is [profiles.{ $profile }] alla insecure_http = true
connect-plain-http-allowed = { $risk } (insecure_http = true lubab seda)
start-needs-terminal = frontdesk on täisekraaniprogramm ja vajab terminali stdin-il ja stdout-il
start-cannot-read = ei saa lugeda: { $why }; kasutan vaikeväärtusi
start-outbox-unopened = väljuvaid { $path } ei saa avada: { $why }; vastuseid ei saa hoida enne, kui see õnnestub
start-draft-unreadable = mustandit { $path } ei saa lugeda ({ $why }); see jäetakse puutumata
start-signature-unreadable = allkirjafaili ei saa lugeda ({ $why }); vastused lähevad allkirjata
search-note-text = otsitakse teemadest ja sõnumite tekstist, kui Request Trackeris on täistekstiotsing sees
search-empty = Sisesta sõnad, e-posti aadress või päring
search-no-words = Freshdeski API ei otsi sõnade järgi: sisesta e-posti aadress või Freshdeski päring, näiteks { $example }
search-no-language = Selle kasutajatoe otsing ei näe kliendi keelt; / lang:fi kitsendab vaatesse laaditud pileteid
config-unknown-backend = tundmatu taustasüsteem "{ $name }" (kasuta ühte neist: { $known })
config-languages = languages peavad olema keelekoodid, mida frontdesk eristab, nt ["fi", "en"] (mitte { $unknown }); kasutan kõiki kuut
config-translate-cmd = translate_cmd peab olema käsurida, nt "trans -b"
config-language-untranslated = keelt "{ $language }" pole veel tõlgitud; kasuta en, fi, ru, de, et või zh (seni inglise)
config-cache-max = cache_max peab olema suurus megabaitides, nt 200 või "1GB"; kasutan 200 MB
config-download-dir = download_dir peab olema kaust, nt "~/Downloads/support"
config-max-download = max_download peab olema suurus megabaitides, nt 100, "250MB" või "2GB"; kasutan 100 MB
config-images = images peab olema "auto", "halfblocks", "kitty", "sixel" või "iterm2"
config-images-unknown = images = "{ $value }" on tundmatu; kasuta auto, halfblocks, kitty, sixel või iterm2
config-bell = bell peab olema true või false
config-profile-unusable = [profiles.{ $name }] { $why }; seda profiili ei saa kasutada
config-must-be-string = { $key } peab olema sõne
config-long-thread = long_thread peab olema vastuste arv täisarvuna, nt 6
config-profiles-tables = profiilid peavad olema tabelid: [profiles.NAME]
config-unknown-setting = tundmatu seade "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(kas mõtlesid { $suggestion }?)
    }; eiratakse
config-profile-unknown-setting = tundmatu seade "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(kas mõtlesid { $suggestion }?)
    }
config-must-be-table = peab olema tabel
config-needs-backend = vajab backend = "rt" (või zendesk, freshdesk, zammad, redmine, helpscout, jira, demo)
config-insecure-http = insecure_http peab olema true või false
config-time-zones = time_zones peab olema tabel: { "{" } fi = "Europe/Helsinki", "Acme Oy" = "Europe/Helsinki" { "}" }
config-not-a-zone = time_zones.{ $who }: "{ $zone }" pole ajavöönd (kirjuta kujul Europe/Helsinki)
config-agents = agents peab olema nimede loend
config-views = views peavad olema [[profiles.NAME.views]] tabelid
config-view-table = iga vaade on tabel, milles on name ja query
config-view-needs = iga vaade vajab välja { $key }
config-view-quick = vaate quick peab olema true või false
config-view-unknown = tundmatu vaate seade "{ $key }" (kasuta name, query, quick)
config-quick-tags = quick_tags peab olema siltide loend
config-quick-replies = quick_replies peab olema vastuste arv täisarvuna, nt 1
config-priorities = priorities peab olema tabel väljadega low, normal, high, urgent
config-priority-number = priorities.{ $level } peab olema arv
config-priority-unknown = tundmatu prioriteeditase "{ $level }" (kasuta low, normal, high, urgent)
config-priorities-rise = prioriteedid peavad kasvama: low < normal < high < urgent
config-poll-interval-or-off = { $why } või "off"; küsin iga 60 s järel
config-poll-interval-short = poll_interval peab olema vähemalt "5s"; küsin iga 60 s järel
config-poll-budget = poll_budget peab olema osa kasutajatoe päringupiirist, nt "5%"; kasutan 5%
config-syntax-ignored = { $why }; faili eirati
config-at = rida { $line }, veerg { $column }:{" "}
canned-file-skipped = { $why }; fail jäeti vahele
canned-unclosed = +++ reaga alanud päist ei suleta +++ reaga; fail jäeti vahele
canned-no-text = vastusel pole teksti; fail jäeti vahele
canned-cannot-read = ei saa lugeda: { $why }
canned-cannot-read-skipped = ei saa lugeda: { $why }; fail jäeti vahele
keymap-unknown-section = tundmatu jaotis [{ $section }]; eiratakse
keymap-section-table = [{ $section }] peab olema tabel
keymap-bad-key = [{ $section }] tundmatu klahv "{ $key }" (kirjuta klahve nagu j, G, ctrl-d, shift-tab, pagedown, f1); eiratakse
keymap-bad-action = [{ $section }] { $key }: tundmatu toiming "{ $action }" (vt `frontdesk --list-actions`); klahv jääb vana sidumise juurde
keymap-action-string = [{ $section }] { $key }: toiming peab olema sõne
theme-palette-bad = [palette] { $name }: { $why }; eiratakse
theme-palette-string = [palette] { $name }: värv on sõne; eiratakse
theme-palette-table = [palette] peab olema tabel
theme-style-bad = { $name }: { $why }; eiratakse
theme-styles-table = [styles] peab olema tabel
theme-modifiers-strings = modifiers on sõned
theme-unexpected-field = ootamatu väli "{ $field }" (kasuta fg, bg, modifiers)
theme-style-shape = stiil on värv või tabel { "{" } fg, bg, modifiers { "}" }
theme-bad-hex = "{ $hex }" pole #rrggbb värv
theme-unknown-colour = tundmatu värv "{ $colour }"
theme-unknown-modifier = tundmatu modifikaator "{ $modifier }"
preset-no-shipped = kaasasolevat { $kind } "{ $name }" pole; kasutan "default"
preset-cannot-inherit = ei saa pärida "{ $parent }"
profile-first-run = kasutajatuge pole veel seadistatud
profile-none-yet = profiili "{ $name }" pole: config.toml-is pole veel profiile
profile-unknown = config.toml-is pole profiili "{ $name }" (seal on: { $known })
profile-broken = config.toml-i profiili "{ $name }" ei saa kasutada: { $why }
profile-ambiguous = config.toml-is on mitu profiili ({ $known }); vali üks valikuga --profile NAME või sea default_profile = "{ $first }"
profile-incomplete = profiil "{ $name }" vajab välja { $missing }: lisa sellele config.toml-is { $example } või sea FRONTDESK_{ $var }
profile-unreadable = faili { $file } ei saa lugeda: { $why }
    Paranda fail (või tõsta see kõrvale, et otsast alustada); `frontdesk doctor` kontrollib seda, `frontdesk --demo` töötab seni
form-takes-date = { $name } on kuupäev kujul 2026-12-24
form-no-option = Väljal { $name } pole valikut { $value }
outbox-badge = ⇪ väljuvates { $count } (O)
rate-limit-holding = Pean kinni kasutajatoe päringupiirist: jätkan { $seconds } s pärast
files-no-temp = ajutist kausta ei saa luua
files-cannot-write-to = kohta { $path } ei saa kirjutada
files-cannot-write-file = faili ei saa kirjutada
files-cannot-save-into = kausta { $path } ei saa salvestada
files-cannot-read-back = seda ei saa tagasi lugeda
files-decoder-failed = pildi dekodeerimine ebaõnnestus
files-not-a-picture = seda ei saa pildina näidata ({ $why })
files-cannot-attach = faili { $path } ei saa lisada: { $why }
files-cannot-list = kausta { $path } ei saa loetleda: { $why }
files-work-failed = failitöö ebaõnnestus: { $why }
translate-no-stdin = standardsisend puudub
editor-no-start = redaktorit { $editor } ei saanud käivitada: { $why }
editor-exited = { $editor } lõpetas olekuga { $status }
action-set-status-words = sulge lahenda lahendatud suletud ava ootel olek rämps
action-note-words = kommentaar privaatne sisemine
action-reply-words = vasta avalik kiri
action-reply-with-canned-words = mall makro valmisvastus
action-assign-words = omanik agent anna
action-set-priority-words = kiireloomulisus tõsidus oluline kiire
action-edit-tags-words = silt märgend
action-merge-ticket-words = duplikaat ühenda
action-move-ticket-words = järjekord grupp projekt teisalda
action-log-time-words = tööaeg tunnid
action-new-ticket-words = loo uus ava
action-search-words = leia otsi
action-fields-words = väli omadused vorm
action-forward-message-words = edasta
action-discard-draft = Loobu sellest mustandist…
action-discard-draft-about = viska mustand ära pärast ühte küsimust
action-discard-draft-words = kustuta loobu tühjenda
discard-title = Kas loobuda { $public ->
        [yes] vastusest
       *[no] märkest
    } piletile #{ $id }? Seda ei saa tagasi
discard-yes = Jah, loobu (y)
discard-no = Ei, kirjuta edasi (n)
discard-done = Mustandist piletile #{ $id } loobutud
compose-files-count = { $count ->
        [one] 1 fail
       *[other] { $count } faili
    }, { $size }
help-nothing-matches = {" "}Ükski klahv ei sobi otsinguga; esc tühjendab selle.
messages-none = Teateid veel pole.
messages-polling-off = Küsitlus on väljas (poll_interval = "off").
messages-polling = Küsitlus iga { $every } järel: { $requests } päringut korraga, { $per_minute } minutis.
messages-polling-limit = Küsitlus iga { $every } järel: { $requests } päringut korraga, { $per_minute } minutis; kasutajatugi lubab { $limit } minutis ja küsitlus jääb { $share }% piiresse.
hint-search = otsi
action-search-next = Järgmine vaste
action-search-next-about = mine järgmisele reale, kus otsitav on
action-search-prev = Eelmine vaste
action-search-prev-about = mine eelmisele reale, kus otsitav on
viewer-no-more = { $forward ->
        [yes] Allpool rohkem vasteid pole
       *[no] Ülalpool rohkem vasteid pole
    }
viewer-search = /{ $query } · { $count ->
        [0] vasteid pole
        [one] 1 vaste
       *[other] { $count } vastet
    }
doctor-colours = { $depth ->
        [none] värve pole (NO_COLOR on määratud)
        [sixteen] 16 ANSI värvi (TERM={ $term }); teema värvid kirjutatakse neist lähimana
        [palette] 256 värvi (TERM={ $term }); teema 24-bitised värvid kirjutatakse neist lähimana
       *[true] 24-bitine värv (COLORTERM={ $colorterm })
    }
script-no-view = vaadet "{ $view }" pole; vaated on: { $views } (nime või numbri järgi)
script-internal = (sisemärge)
script-canned-audience = valmisvastus "{ $title }" on teisele lugejaskonnale: kasuta käsku frontdesk { $command }
script-canned-files = valmisvastus "{ $title }" lisab faile; saada see kasutajaliidesest või lisa need --file abil ja kasuta -m
script-did-you-mean = {" "}(kas mõtlesid "{ $name }"?)
script-file-unreadable = faili { $path } ei saa lisada: { $why }
script-no-canned = valmisvastust "{ $title }" ei ole
script-no-cc = see klienditugi ei võta vastusega koopiaid; jäta { $option } ära
script-no-create = frontdesk ei saa selles klienditoes pileteid avada
script-no-entry = väljuvates pole kirjet { $id }; frontdesk outbox loetleb need
script-no-subject = uus pilet vajab teemat: --subject "…"
script-not-an-address = "{ $address }" ei ole e-posti aadress
script-outbox-others = { $count ->
    [one] selle profiiliga töötab veel üks frontdesk; mida see saadab, saadab ta ise
   *[other] selle profiiliga töötab veel { $count } frontdeski; mida need saadavad, saadavad nad ise
  }
script-queued = { $count ->
    [one] see on väljuvates ega ole veel kohal: selle profiili töötav frontdesk saadab selle, või frontdesk outbox retry (--wait ootab)
   *[other] { $count } kirjet on väljuvates ega ole veel kohal: selle profiili töötav frontdesk saadab need, või frontdesk outbox retry (--wait ootab)
  }
script-queued-interrupted = ootamine katkestatud; { $count ->
    [one] see jääb väljuvatesse, pole veel kohal
   *[other] { $count } kirjet jääb väljuvatesse, pole veel kohal
  }
script-set-no-agent = ühtki agenti ei nimetata üheselt "{ $who }"; anna nimi või aadress nagu klienditoes, me või none
script-set-no-such = { $key } "{ $value }" puudub; olemas: { $offered }
script-set-nothing = pole midagi muuta: anna VÕTI=VÄÄRTUS, näiteks status=solved
script-set-pair = "{ $pair }" ei ole kujul VÕTI=VÄÄRTUS (näiteks status=solved)
script-set-read-only = { $name } on selles klienditoes ainult lugemiseks
script-text-empty = pole midagi saata: tekst on tühi
script-text-where = anna tekst võtmega -m "…", --canned PEALKIRI, --editor või standardsisendis
script-conflict = saatmata: pilet muutus pärast seda, kui frontdesk selle luges; loe see uuesti (frontdesk show) ja saada uuesti, kui tekst veel sobib
script-refused = saatmata: { $why }
script-held = saatmata: { $why }. See jääb väljuvatesse: paranda volitus (frontdesk doctor ütleb, kuidas) ja käivita siis frontdesk outbox retry
script-fields-needed = saatmata: klienditugi tahab enne täidetud välju { $names }; anna need käsuga frontdesk set kujul NIMI=VÄÄRTUS ("{ $names }=…") ja proovi uuesti
