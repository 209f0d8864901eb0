# frontdeskin omat sanat suomeksi. Tunnisteet ja $-argumentit ovat samat kuin englanniksi.

## Toiminnot: niiden nimet komentopaletissa ja mitä ohje kertoo niistä.

action-help = Ohje: kaikki näppäimet
action-help-about = näytä kaikki näppäinkomennot
action-quit = Lopeta
action-quit-about = lopeta frontdesk
action-refresh = Päivitä näkymät ja tiketti
action-refresh-about = lataa näkymät ja avoin tiketti uudelleen
action-command-palette = Komentopaletti…
action-command-palette-about = etsi mikä tahansa toiminto nimellä
action-stats = Tilastot
action-stats-about = avaa tilastopaneeli
action-suspend = Keskeytä komentotulkkiin
action-suspend-about = keskeytä ja palaa komentotulkkiin (fg jatkaa)
action-messages = Viestit ja varoitukset
action-messages-about = näytä viimeaikaiset viestit ja varoitukset
action-outbox = Lähtevät…
action-outbox-about = näytä vielä toimittamattomat vastaukset: lähetä heti, muokkaa tai hylkää
action-retry-save = Tallenna uudelleen
action-retry-save-about = tallenna lähtevät ja luonnokset uudelleen epäonnistuneen tallennuksen jälkeen
action-select-next = Alas
action-select-next-about = siirry alas
action-select-prev = Ylös
action-select-prev-about = siirry ylös
action-select-first = Ensimmäiselle riville
action-select-first-about = siirry ensimmäiselle riville
action-select-last = Viimeiselle riville
action-select-last-about = siirry viimeiselle riville
action-page-down = Sivu alas
action-page-down-about = siirry sivu alaspäin
action-page-up = Sivu ylös
action-page-up-about = siirry sivu ylöspäin
action-open-ticket = Avaa tiketti
action-open-ticket-about = avaa valittu tiketti
action-filter = Suodata näkymää…
action-filter-about = suodata näkymää sumealla haulla
action-next-view = Seuraava näkymä
action-next-view-about = vaihda seuraavaan näkymään
action-prev-view = Edellinen näkymä
action-prev-view-about = vaihda edelliseen näkymään
action-reply = Vastaa…
action-reply-about = kirjoita julkinen vastaus
action-note = Sisäinen muistiinpano…
action-note-about = kirjoita sisäinen muistiinpano
action-reply-with-canned = Vastaa valmisvastauksella…
action-reply-with-canned-about = vastaa valmisvastauksella
action-assign-to-me = Ota itselle
action-assign-to-me-about = ota tiketti itsellesi
action-assign = Osoita…
action-assign-about = osoita tiketti agentille
action-set-status = Vaihda tila…
action-set-status-about = vaihda tila
action-set-priority = Vaihda prioriteetti…
action-set-priority-about = vaihda prioriteetti
action-edit-tags = Muokkaa tunnisteita…
action-edit-tags-about = lisää tai poista tunnisteita
action-back = Takaisin
action-back-about = palaa takaisin
action-scroll-down = Vieritä alas
action-scroll-down-about = vieritä alas
action-scroll-up = Vieritä ylös
action-scroll-up-about = vieritä ylös
action-next-ticket = Seuraava tiketti
action-next-ticket-about = avaa näkymän seuraava tiketti
action-prev-ticket = Edellinen tiketti
action-prev-ticket-about = avaa näkymän edellinen tiketti
action-focus-next = Asiakkaan muut tiketit
action-focus-next-about = vaihda keskustelun ja asiakkaan muiden tikettien välillä
action-copy-link = Kopioi tiketin linkki
action-copy-link-about = kopioi tiketin linkki leikepöydälle
action-pick-canned = Lisää valmisvastaus…
action-pick-canned-about = lisää valmisvastaus
action-expand-abbreviation = Laajenna lyhenne
action-expand-abbreviation-about = laajenna kohdistimen edessä oleva lyhenne
action-open-editor = Muokkaa $EDITORissa
action-open-editor-about = muokkaa luonnosta ohjelmassa $VISUAL / $EDITOR
action-send = Lähetä
action-send-about = lähetä vastaus tai muistiinpano
action-leave = Poistu kirjoittimesta
action-leave-about = poistu kirjoittimesta (luonnos säilyy)
action-insert = Lisää
action-insert-about = lisää valittu vastaus
action-complete = Täydennä sana
action-complete-about = täydennä kirjoitettava sana (uudelleen: seuraava vaihtoehto)
action-confirm = Hyväksy
action-confirm-about = hyväksy
action-cancel = Peru
action-cancel-about = peru
action-attachments = Liitteet…
action-attachments-about = näytä tiketin liitteet: avaa tai tallenna ne
action-open-attachment = Avaa liite
action-open-attachment-about = avaa liite: teksti ja kuvat tässä, muut työpöydän ohjelmalla
action-save-attachment = Tallenna liite
action-save-attachment-about = tallenna liite latauskansioon
action-attach-file = Liitä tiedosto…
action-attach-file-about = liitä vastaukseen tiedosto (tai poista liite)
action-edit-recipients = Kopiot ja piilokopiot…
action-edit-recipients-about = muokkaa, kuka saa vastauksesta kopion (CC, BCC)
action-next-message = Seuraava viesti
action-next-message-about = siirry seuraavaan viestiin
action-prev-message = Edellinen viesti
action-prev-message-about = siirry edelliseen viestiin
action-first-message = Ensimmäinen viesti
action-first-message-about = siirry ensimmäiseen viestiin
action-last-message = Uusin viesti
action-last-message-about = siirry uusimpaan viestiin
action-go-to-ticket = Siirry tikettiin #…
action-go-to-ticket-about = avaa tiketti #N numerolla, oli se näkymässä tai ei
action-search = Hae palvelupisteestä…
action-search-about = hae koko palvelupisteestä: sanoja, sähköpostiosoite tai palvelupisteen oma kysely
action-merge-ticket = Yhdistä tikettiin…
action-merge-ticket-about = yhdistä tämä tiketti toiseen (kaksoiskappale alkuperäiseen)
action-new-ticket = Uusi tiketti…
action-new-ticket-about = avaa asiakkaalle uusi tiketti (vaikkapa soittaneelle)
action-set-queue = Uuden tiketin jono…
action-set-queue-about = valitse uuden tiketin jono tai ryhmä
action-prev-field = Edellinen kenttä
action-prev-field-about = palaa lomakkeen edelliseen kenttään
action-toggle-audience = Julkinen tai sisäinen
action-toggle-audience-about = vaihda luonnos julkiseksi (asiakas näkee sen) tai sisäiseksi
action-toggle-mark = Merkitse tiketti
action-toggle-mark-about = merkitse tiketti tai poista merkintä, jotta muutos koskee monta kerralla (s, p, A, a, t koskevat kaikkia)
action-mark-range = Merkitse alue
action-mark-range-about = aloita tikettialueen merkitseminen (liiku venyttääksesi; uudelleen lopettaaksesi)
action-links = Linkitetyt tiketit…
action-links-about = avaa tiketti, johon tämä on linkitetty (viittaa, riippuu, ongelma, ylätiketti…)
action-fields = Muokkaa tiketin lisäkenttiä…
action-fields-about = muokkaa tiketin lisäkenttiä (myös tyhjiä)
action-forward-message = Välitä tämä viesti…
action-forward-message-about = välitä luettava viesti jollekulle muulle lainattuna ja liitteineen
action-translate-message = Käännä tämä viesti
action-translate-message-about = käännä luettava viesti omalle kielellesi komennolla translate_cmd
action-translate-draft = Käännä luonnos asiakkaan kielelle
action-translate-draft-about = käännä luonnos asiakkaan kielelle komennolla translate_cmd ja avaa se editoriin tarkistettavaksi
action-show-changes = Näytä tiketin muutoshistoria
action-show-changes-about = näytä tiketin muutokset viestien välissä (uudelleen: kaikki muutokset; uudelleen: ei mitään)
action-move-ticket = Siirrä toiseen jonoon tai ryhmään…
action-move-ticket-about = siirrä tiketti toiseen jonoon, ryhmään, projektiin tai postilaatikkoon
action-log-time = Kirjaa käytetty aika…
action-log-time-about = kirjaa vastaukseen tai muistiinpanoon käytetty aika (jos palvelupiste pitää aikaa)
action-noop = Ei mitään
action-noop-about = poista tämän näppäimen sidonta
action-view = Näkymä { $n }
action-view-about = vaihda näkymään { $n }

## Vihjerivi: näppäin ja mitä se tekee.

hint-move = liiku
hint-open = avaa
hint-reply = vastaa
hint-note = muistiinpano
hint-status = tila
hint-filter = suodata
hint-view = näkymä
hint-commands = komennot
hint-help = ohje
hint-back = takaisin
hint-scroll = vieritä
hint-canned = valmisvastaus
hint-take = ota
hint-files = liitteet
hint-other-tickets = muut tiketit
hint-send = lähetä
hint-attach = liitä
hint-cc = kopio
hint-expand = laajenna
hint-editor = editori
hint-time = aika
hint-leave = poistu
hint-save = tallenna
hint-close = sulje
hint-insert = lisää
hint-cancel = peru
hint-keep-filter = pidä suodatin
hint-clear = tyhjennä
hint-choose = valitse
hint-complete = täydennä
hint-field = kenttä
hint-open-ticket = avaa tiketti
hint-next-field = seuraava kenttä
hint-back-a-field = edellinen kenttä
hint-queue = jono
hint-priority = prioriteetti
hint-public-internal = julkinen/sisäinen
hint-keep-draft = jätä luonnokseksi
hint-yes = kyllä
hint-no = ei

## Näppäinten alueet ohjeessa.

context-global = kaikkialla (tavalliset näppäimet eivät kirjoitettaessa)
context-queue = tikettilista
context-detail = avoin tiketti
context-compose = vastauksen tai muistiinpanon kirjoittaminen; muut näppäimet muokkaavat tekstiä
context-picker = valmisvastausten valitsin; kirjoita suodattaaksesi
context-filter = jonon suodatinrivi; kirjoita suodattaaksesi
context-menu = tilan, prioriteetin ja käsittelijän valikot
context-palette = komentopaletti; kirjoita löytääksesi
context-prompt = yhden rivin kysymykset, kuten tunnisteet
context-panel = tämä paneeli, tilastot, viestit ja liitteiden katselin
context-files = tiketin liitteet (o tiketissä)
context-form = lisäkenttien lomake (f tiketissä); kirjoittaminen muokkaa kenttää
help-intro = Kaikki käytössä olevan näppäinkartan sidonnat. Muuta niitä asetuskansion tiedostossa keymap.toml; "noop" poistaa sidonnan. : löytää minkä tahansa toiminnon nimellä.

## Otsikkorivi.

title-updated = päivitetty { $time }
title-cached = välimuistista, { $age } sitten
title-loading = ladataan
title-offline = ei yhteyttä
title-signed-out = kirjautunut ulos
title-marked = { $n } merkitty

## Jono.

queue-subject = Aihe
queue-requester = Asiakas
queue-status = Tila
queue-language = Kieli
queue-waiting = Odottaa
queue-target = Tavoite
queue-paused = tauolla
queue-filtering = suodatetaan…
queue-shown-of-loaded = { $shown } / { $loaded }
queue-shown-of-loaded-search = { $shown } / { $loaded } ladatusta · { $key } hakee palvelupisteestä
queue-could-not-load = Näkymää { $view } ei voitu ladata: { $error }.
queue-loading = Ladataan…
queue-no-match = Näkymässä { $view } ei ole tikettiä, joka vastaa hakua ”{ $filter }”.
queue-empty = Näkymä { $view } on tyhjä. Kaikki hoidettu!

## Avoin tiketti.

detail-could-not-open = Tikettiä #{ $id } ei voitu avata: { $error }.
detail-loading = Ladataan tikettiä #{ $id }…
detail-select = Valitse tiketti nähdäksesi sen tässä.
detail-target = tavoite { $when }
detail-clock-paused = { $clock }: kello tauolla
detail-unassigned = ei käsittelijää
detail-local-time-in = klo { $time } ({ $place })
detail-night = siellä yö
detail-conversation = Keskustelu · { $n ->
    [one] { $n } viesti
   *[other] { $n } viestiä
}
detail-conversation-newest = Keskustelu · { $n } uusinta viestiä; vanhemmat vain verkkosivulla
detail-long-thread = { $n } vastausta: kannattaa katsoa tarkemmin
detail-more-below = ↓ { $n } lisää
detail-more-above = ↑ { $n } yllä
detail-cached = välimuistista, { $age } sitten
detail-linked = Linkitetyt:
detail-key-opens = ({ $key } avaa)
detail-the-requester = Asiakas
detail-other-tickets = Asiakkaan { $who } muut tiketit ({ $n })
language-en = englanti
language-fi = suomi
language-ru = venäjä
language-de = saksa
language-et = viro
language-zh = kiina
detail-writes = { $language }
detail-writes-detected = { $language }?
time-ago = { $age } sitten
message-to-customer = { $author } → asiakkaalle
message-note = muistiinpano · { $author } · vain agenteille
message-you-to-customer = Sinä → asiakkaalle
message-your-note = muistiinpano · sinä · vain agenteille
message-not-sent = ei vielä lähetetty: lähtevissä (O)

## Lyhyet ajat sarakkeisiin ja odotukset sanoin.

time-seconds-short = { $n } s
time-minutes-short = { $n } min
time-hours-short = { $n } h
time-days-short = { $n } pv
time-weeks-short = { $n } vk
time-in = { $duration } jäljellä
time-over = { $duration } myöhässä
time-in-column = { $duration }
time-over-column = −{ $duration }
time-wait-seconds = { $n ->
    [one] { $n } sekunti
   *[other] { $n } sekuntia
}
time-wait-minutes = { $n ->
    [one] { $n } minuutti
   *[other] { $n } minuuttia
}
time-wait-hours = { $n ->
    [one] { $n } tunti
   *[other] { $n } tuntia
}
time-wait-days = { $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
}
time-of-day = { $hour }.{ $minute }
date-day-month = { $day }.{ $month }.
month-1 = 1
month-2 = 2
month-3 = 3
month-4 = 4
month-5 = 5
month-6 = 6
month-7 = 7
month-8 = 8
month-9 = 9
month-10 = 10
month-11 = 11
month-12 = 12

## Määrät.

n-tickets = { $n ->
    [one] { $n } tiketti
   *[other] { $n } tikettiä
}

## Kirjoitin, paneelit, paletti ja valitsin.

compose-the-requester = (tuntematon)
compose-first-public = Ensimmäinen viesti — asiakas näkee sen
compose-first-internal = Ensimmäinen viesti — sisäinen muistiinpano, vain agenteille
compose-forward = Välitys tiketistä #{ $on } osoitteeseen { $to }
compose-reply = Vastaus asiakkaalle { $requester }, tiketti #{ $on } — asiakas näkee tämän
compose-note = Sisäinen muistiinpano, tiketti #{ $on } — vain agenteille
compose-note-no-one = Vain agenteille: muistiinpano ei lähde kenellekään ulkopuoliselle
compose-files-from-message = { $n ->
    [one] { $n } tiedosto
   *[other] { $n } tiedostoa
} viestistä
compose-no-copies = tämä palvelupiste ei ota kopioita
compose-key-adds = { $key } lisää
compose-also-on-ticket = myös tiketissä
compose-copied-before = saaneet kopion aiemmin
compose-no-bcc = ei tarjolla tässä palvelupisteessä
panel-keys = Näppäimet
panel-stats = Tilastot
panel-messages = Viestit
palette-title = Komennot
picker-title = Valmisvastaukset · { $shown } / { $all }
picker-title-marked = Vastauksen toiminnot { $n } merkitylle tiketille · { $shown } / { $all }
picker-loading = Ladataan palvelupisteen vastauksia…
picker-no-match = Mikään vastaus ei osu hakuun.

## Translation.

translation-waiting = { $from } → { $to }, { $command }: käännetään…
translation-failed = { $command } ei voinut kääntää: { $why }
translation-done = { $from } → { $to }, { $command }, konekäännös:
translation-timeout = se ei vastannut { $seconds } sekunnissa ja pysäytettiin
translation-empty = se ei tulostanut mitään
translate-not-set = Käännöskomentoa ei ole: aseta translate_cmd tiedostossa config.toml (mikä tahansa komento, joka lukee tekstin ja tulostaa käännöksen)
translate-ask = Lähetetäänkö tiketin teksti komennolle "{ $command }" käännettäväksi? Teksti lähtee frontdeskistä sille komennolle
translate-allow = Kyllä, tässä profiilissa tästä lähtien
translate-refuse = Ei
translate-same = Viesti on jo omalla kielelläsi ({ $language })
translate-no-target = Asiakkaan kieltä ei tiedetä, joten ei ole kieltä, jolle kääntää
translate-draft-waiting = Luonnosta käännetään, { $from } → { $to }; se avautuu editoriin luettavaksi ennen lähettämistä

## Valikot, lähettäminen ja lähtevät.

priority-urgent = kiireellinen
priority-high = korkea
priority-normal = normaali
priority-low = matala
menu-marked-tickets = { $n } merkittyä tikettiä
menu-who-are-you = Selvitetään vielä, kuka olet; yritä hetken päästä uudelleen
menu-assigned-to-you = #{ $id } osoitettu sinulle
menu-status-of = Tila: { $name }
menu-no-priorities = Tässä palvelupisteessä ei ole prioriteetteja
menu-priority-of = Prioriteetti: { $name }
menu-you = { $name } (sinä)
menu-unassigned = Ei käsittelijää
menu-assign-to = Osoita { $name }
menu-no-tags = Tässä palvelupisteessä ei ole tunnisteita
menu-status-set = #{ $id } tila → { $status }
menu-priority-set = #{ $id } prioriteetti → { $priority }
menu-assigned = #{ $id } osoitettu: { $name }
sent-found = { $what } oli sittenkin jo perillä; sitä ei lähetetty uudelleen
sent-forward = Välitetty osoitteeseen { $to } tiketistä #{ $id }
sent-note = Sisäinen muistiinpano lisätty tikettiin #{ $id }
sent-reply = Vastaus lähetetty, tiketti #{ $id }
sent-reply-to = Vastaus lähetetty: { $to }, tiketti #{ $id }
draft-kept-new-ticket = Uusi tiketti jäi luonnokseksi; N avaa sen uudelleen
draft-kept-reply = Vastausluonnos tallennettu; r avaa sen uudelleen
draft-kept-note = Sisäinen muistiinpano tallennettu luonnokseksi; n avaa sen uudelleen
quit-outbox = Lopeta painamalla uudelleen, muu näppäin jää: { $n ->
    [one] 1 vastaus on
   *[other] { $n } vastausta on
} yhä lähtevissä (O) ja lähtee, kun frontdesk seuraavan kerran käynnistyy.
outbox-new-ticket = uusi tiketti: { $who }
outbox-forward = välitys: { $to }, tiketti #{ $id }
outbox-reply-to = vastaus: { $to }, tiketti #{ $id }
outbox-reply = vastaus, tiketti #{ $id }
outbox-note = sisäinen muistiinpano, tiketti #{ $id }

## First run.

first-run-welcome = Tervetuloa frontdeskiin.
first-run-none = Palvelupistettä ei ole vielä määritetty. Kokeile heti sisäänrakennetulla demolla:
first-run-connect = Yhdistä omaan palvelupisteeseesi luomalla { $config } ja siihen profiili, esimerkiksi:
first-run-then = tallenna sitten tunnuksesi komennolla `frontdesk login` (tai aseta profiiliin token_cmd = "pass show rt") ja tarkista asetukset komennolla `frontdesk doctor`. Ilman asetustiedostoa:
first-run-readme = frontdeskin lähdekoodin kansiossa docs/desks/ on esimerkki jokaiselle palvelupisteelle.

## doctor.

doctor-built-in = sisäänrakennettu
doctor-no-desk = palvelupistettä ei ole määritetty
doctor-no-desk-fix = lisää [profiles.NIMI] tiedostoon config.toml (katso docs/desks/) tai aseta FRONTDESK_BACKEND ja FRONTDESK_URL; `frontdesk --demo` toimii ilmankin
doctor-config-missing = { $file } puuttuu; käytetään oletuksia
doctor-config-profiles = { $file } ({ $n ->
    [one] { $n } profiili
   *[other] { $n } profiilia
})
doctor-config-problems = { $file } sisältää ongelmia:
doctor-credential-from = lähde: { $source }
doctor-url-invalid = url ei ole kelvollinen osoite
doctor-url-invalid-fix = kirjoita se muodossa url = "https://rt.example.com"
doctor-url-allowed = { $risk } (sallittu asetuksella insecure_http = true)
doctor-dns-unknown = palvelinta { $host } ei löydy ({ $error })
doctor-dns-unknown-fix = tarkista url:n palvelinnimi sekä verkko tai VPN
doctor-dns-slow = palvelimen { $host } haku kesti yli 5 s
doctor-dns-slow-fix = tarkista verkko- ja DNS-asetukset
doctor-connect-ok = { $host }:{ $port } vastaa
doctor-connect-refused-fix = onko palvelupiste käynnissä ja kuunteleeko se porttia { $port }? Palomuuri, välityspalvelin tai VPN voi olla tiellä
doctor-connect-slow = { $host }:{ $port } ei vastannut 5 sekunnissa
doctor-connect-slow-fix = palomuuri voi pudottaa yhteyden, tai tarvitaan VPN
doctor-auth-tls = TLS tarkistettu; olet { $name } ({ $id })
doctor-auth = olet { $name } ({ $id })
doctor-view-lists = näkymässä "{ $view }" on { $n ->
    [one] { $n } tiketti
   *[other] { $n } tikettiä
}
doctor-view-rejected = näkymä "{ $view }" hylättiin: { $why }
doctor-view-rejected-fix = korjaa näkymän kysely tiedostossa config.toml: { $query }
doctor-view-forbidden = näkymä "{ $view }": ei sallittu ({ $why })
doctor-view-forbidden-fix = pyydä ylläpitäjältä oikeus nähdä jonon tiketit
doctor-not-a-terminal = stdout ei ole pääte (tälle tarkistukselle riittää; käyttöliittymä tarvitsee päätteen)
doctor-terminal-wide = { $w }x{ $h }, tarpeeksi leveä jonolle ja tiketille rinnakkain
doctor-terminal-small = { $w }x{ $h } on pienempi kuin 80x24; osa tekstistä katkeaa
doctor-terminal-small-fix = suurenna ikkunaa
doctor-terminal-unknown = koko tuntematon ({ $error })
doctor-no-color = NO_COLOR on asetettu: käytetään mono-teemaa (lihavointi, käänteinen, alleviivaus)
doctor-colours-24 = 24-bittiset värit
doctor-colours-256 = 256 väriä
doctor-colours-16 = 16 väriä (oletusteema ei tarvitse enempää)
doctor-language-fix = aseta config.toml-tiedostoon language = "fi" (tai en, ru, de, et, zh)

## Errors, in the agent's words.

error-try-again = { $what }; ctrl-r yrittää uudelleen
error-conflict = joku muu muutti tikettiä sen jälkeen, kun avasit sen
error-auth = palvelupiste hylkäsi tunnuksen ({ $why }); `frontdesk doctor` tarkistaa sen, `frontdesk login` vaihtaa sen
error-network = palvelupisteeseen ei saada yhteyttä: { $why }
error-interrupted = yhteys katkesi ennen kuin palvelupiste vastasi ({ $why })
error-timeout = palvelupiste ei vastannut ajoissa
error-rate-limited-for = palvelupiste rajoittaa pyyntöjä; yritä uudelleen { $wait } kuluttua
error-rate-limited = palvelupiste rajoittaa pyyntöjä; yritä pian uudelleen
error-forbidden = ei sallittu: { $why }
error-not-found = ei löydy: { $what }
error-invalid = palvelupiste hylkäsi sen: { $why }
error-server = palvelupisteessä tapahtui virhe ({ $status }): { $message }
error-too-large = palvelupisteen vastaus on liian suuri luettavaksi (yli { $limit } Mt)
outbox-held = Ei lähetetty: { $what }. { $why }. Se säilyy lähtevissä (O) ja lähtee, kun yrität uudelleen tai käynnistät frontdeskin seuraavan kerran.
outbox-waits = Ei vielä lähetetty: { $what }: { $why }. Se odottaa lähtevissä (O), uusi yritys { $wait } kuluttua.
outbox-change-waits = Ei vielä tehty: { $what }: { $why }. Se odottaa lähtevissä (O), uusi yritys { $wait } kuluttua.
outbox-not-changed = Ei muutettu: { $why } ({ $what })
outbox-not-opened = Ei avattu: { $why }. Uusi tiketti palasi luonnokseksi; N avaa sen.
outbox-conflict = Ei lähetetty: tiketti muuttui kirjoittaessasi. Muutokset näkyvät tekstisi yläpuolella; ctrl-s lähettää silti.
outbox-handed-back = Ei lähetetty: { $why }. Tekstisi on taas kirjoittimessa.

## login and logout.

login-where-rt = Request Trackerissa: nimesi (oikealla ylhäällä) → Settings → Auth Tokens → Create.
login-where-zendesk = Zendeskissä: Admin Center → Apps and integrations → Zendesk API → Add API token.
login-where-freshdesk = Freshdeskissä: profiilikuvasi → Profile settings → Your API Key.
login-where-zammad = Zammadissa: Profile → Token Access → Create (oikeudella ticket.agent).
login-where-jira = Atlassianissa: id.atlassian.com → Security → Create and manage API tokens; user on sähköpostiosoitteesi.
login-where-helpscout = Help Scoutissa: Your Profile → My Apps → Create My App; user on sen App ID ja salaisuus sen App Secret.
login-where-redmine = Redminessa: My account → API access key → Show (ylläpitäjä ottaa ensin REST-palvelun käyttöön).
login-demo = Demo ei tarvitse kirjautumista.
login-env-note = Huom: FRONTDESK_TOKEN on asetettu, ja sitä käytetään ennen avainnippua.
login-profile = Kirjaudutaan profiiliin "{ $name }" ({ $account }).
login-prompt = Tunnus tilille { $account } (kirjoitus ei näy):
login-read-failed = tunnusta ei voitu lukea päätteeltä: { $error }
login-empty = tunnusta ei annettu; mitään ei tallennettu
login-accepted = Palvelupiste hyväksyy sen: olet { $name } ({ $id }).
login-refused = palvelupiste hylkäsi tunnuksen ({ $why }); mitään ei tallennettu
login-unchecked = Tunnusta ei voitu tarkistaa ({ $why }); se tallennetaan silti.
login-stored = Tallennettu käyttöjärjestelmän avainnippuun. `frontdesk doctor` tarkistaa koko asetuksen.
login-no-keyring = tunnus toimii, mutta avainnippua sen säilyttämiseen ei ole ({ $why }); mitään ei tallennettu.
login-keep-instead = Säilytä se jommallakummalla tavalla:
login-keep-pass = salasanojen hallinnassa: tallenna se (esimerkiksi `pass insert frontdesk/{ $name }`) ja lisää config.toml-tiedoston kohtaan [profiles.{ $name }]:
login-keep-env = vain tässä komentotulkissa: export { $var }=… ennen frontdeskin käynnistystä
logout-removed = Tilin { $account } tunnus poistettu avainnipusta.
logout-none = Avainnipussa ei ollut tunnusta tilille { $account }.
logout-unreachable = avainnippuun ei saatu yhteyttä: { $why }
outbox-empty = Lähtevät on tyhjä: kaikki on toimitettu
outbox-send-all = Lähetä kaikki nyt
outbox-sending = lähetetään…
outbox-checking = tarkistetaan, menikö perille…
outbox-next-try = seuraava yritys klo { $time }
outbox-held-state = pidossa, kunnes yrität uudelleen
outbox-idle = odottaa
outbox-title = Lähtevät — { $n } toimittamatta
outbox-go-on = Jatka nyt
outbox-cancel-rest = Peru loput (tiketit, joihin ei ehditty, pysyvät ennallaan)
outbox-make-now = Tee muutos nyt
outbox-discard-change = Hylkää (tiketti pysyy ennallaan)
outbox-send-now = Lähetä nyt
outbox-edit = Takaisin kirjoittimeen muokattavaksi
outbox-discard = Hylkää (ei voi perua)
outbox-draft-again = Vastauksesi tikettiin #{ $id } on taas luonnos; avaa tiketti ja paina r
outbox-discarded = Hylätty: { $what }
outbox-being-sent = Vastausta lähetetään juuri nyt; odota tulosta
away-signed-out-shown = Kirjauduttu ulos: { $why }. Näkyvä tieto on klo { $time } ajalta
away-signed-out = Kirjauduttu ulos: { $why }. Mitään ei voitu ladata
away-shown = Palvelupiste ei vastannut ({ $why }); näkyvä tieto on klo { $time } ajalta. ctrl-r yrittää uudelleen
away-nothing = Palvelupiste ei vastannut ({ $why }); mitään ei voitu ladata. ctrl-r yrittää uudelleen
back-signed-in = Kirjauduttu taas sisään; näkymät ovat ajan tasalla
back-answers = Palvelupiste vastaa taas; näkymät ovat ajan tasalla
picker-open-first = Avaa ensin vastaus tai muistiinpano (r tai n)
picker-still-loading = ladataan vielä
picker-unavailable = Valmisvastauksia ei ole saatavilla: { $why }
picker-nothing-inserted = Mikään vastaus ei osu; mitään ei lisätty
picker-rendering = Palvelupiste muotoilee vastausta ”{ $title }” tikettiin #{ $id }…
picker-rendered-here = Palvelupiste ei voinut muotoilla vastausta ”{ $title }” ({ $why }); frontdesk muotoili sen itse
picker-ticket-loading = Tikettiä ladataan vielä; yritä hetken päästä uudelleen
picker-no-agent = Agenttia "{ $who }" ei löydy osoitettavaksi; se toiminto jätettiin pois
detail-closed-selected = Suljettiin #{ $id }, jota mikään näkymä ei näytä; valinta on tiketissä #{ $on }
detail-closed = Suljettiin #{ $id }, jota mikään näkymä ei näytä
detail-no-other-tickets = Asiakkaalla ei ole muita tikettejä
detail-not-in-view = Tämä tiketti ei ole näkyvissä olevassa näkymässä
detail-last-of-view = Näkymän viimeinen tiketti
detail-first-of-view = Näkymän ensimmäinen tiketti
detail-copied = Kopioitu { $url }
detail-no-link = Tiketillä { $id } ei ole vielä kopioitavaa linkkiä
detail-linked-to = Tikettiin #{ $id } linkitetyt tiketit
time-prompt = Käytetty aika, tiketti #{ $id } (15m, 1h30, 1.5h; tyhjä: ei aikaa)
time-prompt-alone = Käytetty aika, tiketti #{ $id }, kirjataan nyt ilman viestiä (15m, 1h30, 1.5h)
time-only-log = Kirjaa vain { $spent }
time-logged = { $spent } kirjattu tikettiin #{ $id }
time-log-and-set = Kirjaa { $spent } ja aseta tilaksi { $status }
time-logged-status = { $spent } kirjattu tikettiin #{ $id }, tila → { $status }
time-and-status = Kirjaa { $spent } tikettiin #{ $id }: entä tila?
time-with-reply = { $spent } kirjataan tämän vastauksen mukana
time-with-note = { $spent } kirjataan tämän muistiinpanon mukana
time-none = Aikaa ei kirjata sen mukana
time-not-a-time = "{ $typed }" ei ole aika: kirjoita esimerkiksi 15m, 1h30 tai 1.5h
move-queues-unread = Jonoja ei voitu lukea: { $why }
move-reading-queues = Luetaan palvelupisteen jonoja…
move-no-other-queue = Palvelupiste ei tarjoa muuta jonoa, johon siirtää
move-from-to = Siirrä { $whose } jonosta { $from } jonoon
move-to = Siirrä { $whose } jonoon
files-too-large = { $name } on { $size }; palvelu ottaa vastaan enintään { $limit } tiedostoa kohden
files-too-much = tiedostot ovat yhteensä { $sum }; palvelu ottaa vastaan enintään { $limit } viestiä kohden
attach-another = Liitä toinen tiedosto…
attach-remove = Poista { $name } ({ $size })
attach-files-title = Tämän vastauksen tiedostot
attach-path-title = Liitä tiedosto (polku; tab täydentää)
attach-removed = { $name } ei ole enää liitteenä
attach-refused = Ei liitetty: { $why }
attach-done = Liitetty { $name } ({ $size })
recipients-note-has-none = Muistiinpano on vain agenteille: sillä ei ole vastaanottajia (r kirjoittaa vastauksen)
recipients-no-copies = Tämä palvelu ei ota kopioita vastauksen mukana
recipients-bcc-title = BCC: tämän vastauksen piilokopiot
recipients-cc-stays-title = CC: tämän vastauksen kopiot (ne jäävät tikettiin)
recipients-cc-title = CC: tämän vastauksen kopiot
recipients-not-address = Ei sähköpostiosoite: { $wrong }. Korjaa se, tai esc pitää kopiot ennallaan
audience-words = { $audience ->
        [public] julkinen vastaus: asiakas näkee sen
        [internal] sisäinen muistiinpano: vain agenteille
       *[any] joko vastaus tai muistiinpano
    }
audience-short = { $audience ->
        [public] julkinen vastaus (asiakas näkee sen)
       *[internal] sisäinen muistiinpano (vain agenteille)
    }
audience-public-to = julkinen vastaus henkilölle { $name }: asiakas näkee sen
audience-switched = ”{ $title }” on kirjoitettu näin: { $audience }; luonnos on nyt samaa lajia
audience-differs = ”{ $title }” on kirjoitettu näin: { $audience }; tämä luonnos on { $now }
audience-insert-make = Lisää se; luonnoksesta tulee { $short }
audience-insert-keep = Lisää se; luonnos on edelleen { $short }
audience-do-not-insert = Älä lisää
audience-this-draft-is = Tämä luonnos on { $now }
audience-keep-it = Pidä ennallaan: { $short }
audience-make-it = Tee siitä { $then }
audience-now = Luonnos on nyt { $audience }
bulk-range = Merkitään väliä: liiku laajentaaksesi sitä, v uudelleen lopettaa
bulk-marks-cleared = Merkinnät poistettu
bulk-marked = { $count ->
        [0] Ei merkittyjä tikettejä
        [one] 1 tiketti merkitty: s, p, A, a ja t muuttavat sitä
       *[other] { $count } tikettiä merkitty: s, p, A, a ja t muuttavat niitä kaikkia (esc poistaa merkinnät)
    }
bulk-confirm-title = Muutetaanko { $count } merkittyä tikettiä: { $what }?
bulk-confirm-yes = Kyllä, muuta nämä { $count } tikettiä (y)
bulk-confirm-no = Ei, jätä ne ennalleen (n)
bulk-canned-no-fields = ”{ $title }” ei muuta kenttiä; sen teksti menee vastauksiin tiketti kerrallaan
bulk-ticket-gone = tiketti on poistunut palvelusta
bulk-not-changed = #{ $id } ei muuttunut: { $why }
bulk-report = { $what }: { $done }/{ $all } tikettiä muutettu
bulk-report-failed = ; { $failed } epäonnistui ja jää merkityksi (:messages kertoo syyn)
bulk-report-untouched = ; { $untouched } jäi ennalleen (peruttu)
bulk-cancelling = Perutaan: matkalla olevat tiketit valmistuvat ensin
changes-hidden = Muutokset piilotettu
changes-folded = Muutokset näytetään viestien välissä; pitkät jaksot tiivistetty
changes-all = Kaikki muutokset näytetään
changes-unread = Tiketin muutoksia ei voitu lukea: { $why }
compose-still-rendering = Palvelu muotoilee vielä vakiovastausta; lähetä, kun se on paikallaan
compose-empty = Ei vielä mitään lähetettävää: luonnos on tyhjä.
compose-files-refused = Ei lähetetty: { $why }. Poista tiedosto ({ $key } luettelee ne) ja lähetä uudelleen.
compose-placeholders-left = Ei lähetetty: { $names } { $count ->
        [one] ei saa arvoa
       *[other] eivät saa arvoa
    } tälle tiketille. Korvaa korostettu teksti ja lähetä uudelleen.
compose-changed-armed = Tiketti muuttui (näkyy yllä); ctrl-s uudelleen lähettää silti
compose-changed-since = Tiketti on muuttunut aloittamisesi jälkeen: { $what }. Lue se; ctrl-s uudelleen lähettää silti.
compose-editor-failed = Editori epäonnistui: { $why }. Luonnos ei muuttunut.
detail-no-links = #{ $id } ei ole linkitetty muihin tiketteihin
draft-back = { $public ->
        [yes] Vastausluonnoksesi
       *[no] Muistiinpanoluonnoksesi
    } ajalta { $when } on tallessa; { $key } avaa sen
draft-ticket-changed = #{ $id } on muuttunut luonnoksen aloittamisen jälkeen: { $first }{ $more ->
        [0] {""}
       *[other] {" "}(+{ $more } muuta)
    }
fields-unread = Tikettiä ei voitu lukea ({ $why }); sen kentät tulevat sen mukana
fields-none = Tällä tiketillä ei ole mukautettuja kenttiä
fields-desk-none = Tämä palvelu ei luettele kenttiä, joita voisi asettaa täältä
fields-marked-title = Aseta kentät { $count } merkittyyn tikettiin
fields-needed-elsewhere = #{ $id } tarvitsee ensin kentät { $names }: avaa se ja paina f
fields-needed-for = #{ $id } tarvitsee nämä, jotta tila voi olla { $status }
fields-required-to-solve = vaaditaan ratkaisemiseen
fields-read-only = Kenttää { $name } ei voi muuttaa täältä
fields-takes-number = { $name } on numero
fields-editor-failed = Editori epäonnistui: { $why }
fields-unchanged = Yhtään kenttää ei muutettu
files-fetch-after-load = { $name } voidaan hakea, kun tiketti on latautunut palvelusta (tämä on levylle tallennettu kopio)
files-over-max = { $name } on { $size }, yli rajan max_download ({ $max })
files-larger-than-max = { $name } on suurempi kuin max_download ({ $max })
files-already-downloading = { $name } latautuu jo
files-download-anyway = Lataa silti
files-cancel = Peruuta
files-saved-not-shown = { $name } { $opener ->
        [yes] ei ole asiakirja, jonka frontdesk antaa työpöydälle
       *[no] ei näy täällä, eikä työpöytää ole sen avaamiseen
    }: tallennettu nimellä { $path }
files-saved = { $name } tallennettu nimellä { $path }
files-opened = { $name } avattu (tallennettu nimellä { $path })
files-download-failed = Tiedostoa { $name } ei voitu ladata: { $why }
files-ready = { $name } on valmis; o ja enter näyttävät sen
files-none = Tiketillä #{ $id } ei ole liitteitä
forward-busy = Tiketillä #{ $id } on luonnos; lähetä tai hylkää se ensin (tikettiin kirjoitetaan yksi viesti kerrallaan)
forward-title = Välitä käyttäjän { $author } viesti ({ $when }) osoitteeseen
forward-not-address = "{ $typed }" ei ole sähköpostiosoite
menu-nothing-matches = Mikään ei vastaa kirjoittamaasi; askelpalautin laajentaa hakua
bulk-what-status = tila → { $status }
bulk-what-priority = prioriteetti → { $priority }
bulk-what-assign = osoita: { $who }
bulk-what-assign-me = osoita itsellesi
menu-hiding-title = Asetetaanko #{ $id } tilaan { $status }? Se poistuu kaikista näkymistä eikä ehkä palaa
menu-hiding-yes = Kyllä, aseta tilaan { $status }
menu-hiding-no = Ei, jätä ennalleen
menu-change-failed = Tikettiä #{ $id } ei voitu muuttaa: { $why }
merge-unsupported = Tämä palvelu ei osaa yhdistää tikettejä
merge-by-number = Toinen tiketti numeron perusteella…
merge-into-title = Yhdistä #{ $id } tikettiin
merge-into-number = Yhdistä #{ $id } tikettiin #
merge-itself = Tikettiä ei voi yhdistää itseensä
merge-confirm-title = Yhdistetäänkö #{ $source }{ $source_subject } tikettiin #{ $target }{ $target_subject }?
merge-confirm-yes = Kyllä, yhdistä: #{ $id } { $effect ->
        [closed-with-note] suljetaan, ja siihen lisätään kohteeseen osoittava muistiinpano
        [closed-comments-copied] suljetaan kohteeseen osoittavalla muistiinpanolla, ja kohde saa sen kommentit muistiinpanona
        [closed-conversations-added] suljetaan, ja sen keskustelut lisätään kohteeseen
        [shown-with-target] näytetään kohteen viestien kanssa, ja se poistuu kaikista näkymistä
       *[set-merged] merkitään yhdistetyksi, ja sen artikkelit siirtyvät kohteeseen
    }
merge-confirm-no = Ei, pidä molemmat
merge-merging = Yhdistetään #{ $source } tikettiin #{ $target }…
merge-merged = #{ $source } yhdistetty tikettiin #{ $target }
merge-failed = Tikettiä #{ $source } ei voitu yhdistää tikettiin #{ $target }: { $why }
action-not-here = { $action } ei ole käytettävissä täällä
new-unsupported = Tämä palvelu ei avaa tikettejä frontdeskistä; käytä sen verkkosivua
new-priority-title = Uuden tiketin prioriteetti
new-queue-title = Uuden tiketin jono
new-queue-default = Oletus
new-needs-address = Kenelle se on? Kirjoita asiakkaan sähköpostiosoite (tai valitse tuttu henkilö).
new-bad-address = { $address } ei ole sähköpostiosoite; kirjoita asiakkaan osoite, esimerkiksi ann@example.com.
new-needs-subject = Tiketti tarvitsee aiheen (tab siirtyy siihen).
new-opened-found = #{ $id } henkilölle { $who } oli sittenkin jo avattu; sitä ei avattu uudelleen
new-opened = Avattu #{ $id } henkilölle { $who }
outbox-sending-your = Lähetetään: { $what }…
outbox-empty-now = Lähtevät on tyhjä
outbox-all-sending = Kaikkea lähtevien sisältöä lähetetään parhaillaan
outbox-reached-after-all = { $what } (se oli sittenkin jo perillä)
picker-unresolved = { $names } ei saa arvoa tälle tiketille: muokkaa korostettua tekstiä ennen lähettämistä
prompt-go-to = Siirry tikettiin #
prompt-not-number = "{ $typed }" ei ole tiketin numero
prompt-not-number-example = "{ $typed }" ei ole tiketin numero; kirjoita numero, esim. 4208
question-nothing-changed = Mitään ei muutettu
queue-no-view = Näkymää { $n } ei ole
queue-fields-hint = Avaa tiketti muokataksesi sen kenttiä; kun tikettejä on merkitty, f asettaa kentät kaikkiin
canned-load-failed = Palvelun vakiovastauksia ei voitu ladata: { $why }
canned-unavailable = Vakiovastaukset eivät ole käytettävissä: { $why }
saves-what = { $kind ->
        [outbox] lähtevät
        [drafts] luonnokset
        [cache] näkymien välimuisti
        [tally] tämän päivän lähetykset
       *[usage] vakiovastausten käyttömäärät
    }
saves-failed-kept = Ei voitu tallentaa ({ $what }): { $why }. Se pidetään muistissa; :retry_save yrittää uudelleen
saves-failed = Ei voitu tallentaa ({ $what }): { $why }
saves-saved-again = Tallennettu taas ({ $what })
saves-unsaved = { $replies ->
        [0] {""}
        [one] 1 vastaus
       *[other] { $replies } vastausta
    }{ $replies ->
        [0] {""}
       *[other] { $drafts ->
            [0] {""}
           *[other] {" "}ja{" "}
        }
    }{ $drafts ->
        [0] {""}
        [one] 1 luonnos
       *[other] { $drafts } luonnosta
    }
saves-quit-title = { $what } ei voitu tallentaa: lopettaminen nyt hävittää ne
saves-try-again = Yritä tallentaa uudelleen
saves-quit-copy = Lopeta ja pidä kopio väliaikaiskansiossa
saves-quit-print = Lopeta ja tulosta ne päätteeseen
saves-quit-lose = Lopeta ja menetä ne
saves-stay = Jää
saves-copying = Kopioidaan tallentamattomat vastaukset ja luonnokset…
saves-copy-where = frontdesk ei voinut tallentaa kaikkia vastauksia tai luonnoksia datakansioonsa; niistä on kopio kohteessa { $path }
saves-copy-failed = Kopiotakaan ei voitu tallentaa: { $why }
saves-saving-again = Tallennetaan lähtevät ja luonnokset uudelleen…
search-title = Hae palvelusta
search-searching-note = Haetaan palvelusta ({ $note }); esc sulkee välilehden
search-searching = Haetaan palvelusta kaikista tiloista; esc sulkee välilehden
session-who-failed = Ei saatu selville, kuka olet: { $why }
session-agents-failed = Agentteja ei voitu luetella: { $why }
tags-title = Tiketin #{ $id } tunnisteet
tags-unchanged = Tunnisteet ennallaan
takeover-answers-again = Palvelu vastaa taas; lähetetään nyt { $count ->
        [one] 1 odottava viesti
       *[other] { $count } odottavaa viestiä
    }
takeover-took-over = Otettiin hoitoon { $count ->
        [one] 1 viesti, jonka lopettanut frontdesk jätti; lähetetään se nyt
       *[other] { $count } viestiä, jotka lopettanut frontdesk jätti; lähetetään ne nyt
    }
watch-news = { $urgent ->
        [yes] kiireellinen ·{" "}
       *[no] {""}
    }{ $kind ->
        [ticket] Uusi tiketti
       *[reply] Uusi vastaus tikettiin
    } #{ $id }: { $subject }{ $more ->
        [0] {""}
       *[other] {" "}(ja { $more } muuta, merkitty •)
    }
saves-printout-head = frontdesk ei voinut tallentaa näitä; tässä ne ovat kokonaan.
saves-printout-undelivered = { $what } (ei toimitettu)
saves-printout-draft = { $public ->
        [yes] vastausluonnos
       *[no] muistiinpanoluonnos
    } tikettiin #{ $id }
prompt-reading-folder = luetaan kansiota…
prompt-files-here = luettelee tiedostot; ~ on kotikansiosi, liitetty polku toimii myös
prompt-no-addresses = tässä tiketissä ei ole vielä näkynyt osoitteita
prompt-no-other-address = mikään muu nähty osoite ei sovi
prompt-counting-tags = lasketaan ladattujen tikettien tunnisteita…
prompt-no-tags = ladatuissa tiketeissä ei ole vielä tunnisteita
prompt-no-other-tag = mikään muu nähty tunniste ei sovi
prompt-go-to-about = tiketin numero avaa sen, oli se näkymässä tai ei
prompt-merge-about = sen tiketin numero, johon tämä yhdistetään
prompt-time-about = kirjataan vastauksen tai muistiinpanon mukana, kun se lähetetään
prompt-time-alone-about = kirjataan tikettiin nyt ilman viestiä
prompt-forward-about = joku tiketin ulkopuolinen; kirjoitusikkuna avautuu lainatun viestin kanssa
prompt-search-about = sanoja, sähköpostiosoite tai palvelun oma haku · ylös/alas: viimeisimmät haut
prompt-enter = {" "}enter:{" "}
prompt-enter-merge = {" "}enter: yhdistä #{ $id } tikettiin{" "}
prompt-asks-first = {" "}(kysyy ensin)
prompt-enter-choose = {" "}enter: valitse se tiketti (kysyy ensin)
prompt-enter-log = {" "}enter: kirjaa{" "}
prompt-enter-no-time = {" "}enter: älä kirjaa aikaa
prompt-enter-forward = {" "}enter: kirjoita lainatun viestin yläpuolelle, sitten ctrl-s
prompt-enter-open = {" "}enter: avaa{" "}
prompt-enter-open-number = {" "}enter: avaa tiketti tällä numerolla
prompt-enter-attach-named = {" "}enter: liitä yllä nimetty tiedosto
prompt-enter-attach = {" "}enter: liitä{" "}
prompt-enter-no-copies = {" "}enter: ei kopioita
prompt-enter-no-change = {" "}enter: ei muutosta
files-note-by = muistiinpano: { $who }
files-list-keys = {" "}enter avaa · s tallentaa kansioon { $folder } · esc sulkee
files-list-title = {" "}Tiketin #{ $id } liitteet ({ $count }){" "}
files-viewer-title = {" "}{ $file } · s tallentaa · esc sulkee{" "}
files-only-start = {" "}… tiedostosta näytetään vain alku; s tallentaa koko tiedoston
files-picture-failed = {" "}Kuvaa ei voi piirtää tähän ({ $why }); s tallentaa sen.
new-title = { $public ->
        [yes] {" "}Uusi tiketti — asiakkaalle lähtee sähköposti{" "}
       *[no] {" "}Uusi tiketti — alkaa sisäisellä muistiinpanolla{" "}
    }
new-toggle = { $public ->
        [yes] {" "}{ $key } tekee siitä sisäisen
       *[no] {" "}{ $key } tekee siitä julkisen
    }
new-label-for = Kenelle
new-label-subject = Aihe
new-label-queue = Jono
new-label-priority = Prioriteetti
new-type-someone = kirjoita nimi tai osoite; uusi osoite käy myös
new-no-one-known = kukaan tuttu ei vastaa: luodaan uusi asiakas
new-tab-takes-it = {"  "}tab valitsee
form-nothing-matches = mikään ei vastaa
form-more = ↓ { $count } lisää
form-enter-does = { $what ->
        [adds] lisää tai poistaa
        [chooses] valitsee
        [opens-list] avaa luettelon
        [toggles] vaihtaa
        [editor] avaa editorin
       *[next] seuraava kenttä
    }
form-keys = {" "}{ $enter } { $enter_does } · { $save } tallentaa · { $cancel } { $list ->
        [yes] sulkee luettelon
       *[no] peruu
    }
compose-changed-head = Muuttunut kirjoittamisen aloittamisen jälkeen:
compose-signature-note = {"  "}(allekirjoituksesi, lisätään lähetettäessä)
compose-on-send = {" "}lähetettäessä: { $summary }{" "}
compose-files-key = {"  "}({ $key } lisää tai poistaa)
menu-nothing-matches-short = {" "}mikään ei vastaa; askelpalautin laajentaa hakua
picker-on-send = Lähetettäessä: { $summary }
picker-placeholders-block = Korostetuilla paikkamerkeillä ei ole tässä arvoa, ja ne estävät lähettämisen, kunnes niitä muokataan.
describe-status = tila → { $status }
describe-priority = prioriteetti → { $priority }
describe-assign = osoita → { $who }
describe-nobody = ei kenellekään
describe-move = siirrä → { $queue }
describe-worked = { $spent } työtä
draft-placeholder-reply = Kirjoita vastauksesi. ctrl-t lisää vakiovastauksen; ctrl-s lähettää.
draft-placeholder-note = Kirjoita muistiinpano muille agenteille. ctrl-t lisää vakiovastauksen; ctrl-s lisää muistiinpanon.
draft-placeholder-new = Ensimmäinen viesti. ctrl-t lisää vakiovastauksen; ctrl-s avaa tiketin.
form-needed = { $name } tarvitaan
form-fields-of = Tiketin #{ $id } kentät
form-needs-these = #{ $id } tarvitsee nämä täytetyiksi
queue-no-views = Näkymiä ei ole määritetty.
start-config-problems = Asetustiedostoissa on { $count } ongelmaa (:messages luettelee ne); niissä käytetään oletuksia
start-others-running = frontdesk on käynnissä tällä profiililla myös muualla ({ $count } muuta): kukin toimittaa omasta ikkunastaan lähetetyt vastaukset; molemmissa avoinna olevasta luonnoksesta jää viimeksi tallennettu
start-drafts-kept = Edellisestä istunnosta säilyi { $count ->
        [one] 1 luonnos
       *[other] { $count } luonnosta
    } (✎ jonossa); tiketin avaaminen tuo sen takaisin
start-outbox-waiting = Edellisestä istunnosta on toimittamatta { $count ->
        [one] 1 vastaus
       *[other] { $count } vastausta
    }; lähetetään nyt (O näyttää lähtevät)
seen-new-message = { $kind ->
        [customer] Uusi viesti lähettäjältä
        [public] Uusi vastaus, kirjoittaja
       *[internal] Uusi sisäinen muistiinpano, kirjoittaja
    } { $author }: ”{ $first }”
seen-status = Tila: { $was } → { $now }
seen-priority = Prioriteetti: { $was } → { $now }
seen-assigned = Osoitettu: { $was } → { $now }
seen-someone-else = Joku muu muutti (palvelu ei näytä yksityiskohtia)
timeline-folded = { $count } muutosta · { $who } · { $when } asti · H uudelleen näyttää kaikki
outbox-bulk = { $what }, { $all } tikettiä ({ $done } valmiina)
form-read-only = vain luku
list-more-above = ↑ { $count } lisää (pgup)
list-more-below = ↓ { $count } lisää (pgdn)
picker-local = paikallinen
credential-missing = profiilille "{ $profile }" ({ $account }) ei ole tunnusta. Anna se jollakin näistä tavoista:
      {"  "}- aseta FRONTDESK_TOKEN ympäristöön
      {"  "}- lisää profiiliin config.toml-tiedostossa token_cmd = "pass show helpdesk" (mikä tahansa komento, joka tulostaa tunnuksen)
      {"  "}- aja `frontdesk login`, niin se tallennetaan käyttöjärjestelmän avainnippuun (avainnippu: { $keyring })
keyring-none-stored = siihen ei ole tallennettu mitään
keyring-no-answer = se ei vastannut { $seconds } sekunnissa (eikö Secret Service ole käynnissä? tavallista SSH:n yli)
keyring-failed = se epäonnistui ({ $why })
keyring-none-here = tällä koneella ei ole sellaista (ei Secret Serviceä; tavallista SSH:n yli)
keyring-unavailable = se ei ole käytettävissä ({ $why })
credential-from-keyring = käyttöjärjestelmän avainnippu
token-cmd-no-start = token_cmd ei käynnistynyt: { $why }
token-cmd-failed-with = token_cmd ({ $cmd }) epäonnistui ({ $status }): { $why }
token-cmd-no-message = ei viestiä
token-cmd-printed-nothing = token_cmd ({ $cmd }) ei tulostanut mitään
token-cmd-failed = token_cmd epäonnistui: { $why }
token-cmd-waiting = Odotetaan, että token_cmd ({ $cmd }) tulostaa tunnuksen; se voi kysyä salalausetta. ctrl-c pysäyttää sen.
token-cmd-stopped = token_cmd ({ $cmd }) pysäytettiin ctrl-c:llä
token-cmd-timed-out = token_cmd ({ $cmd }) ei valmistunut { $seconds } sekunnissa
language-from-config = config.toml-tiedoston language-asetuksesta
language-from-env = muuttujasta { $name }={ $value }
language-default = oletus
language-chosen = { $language }, { $from }
language-not-translated = { $language }, { $from }: kieltä "{ $asked }" ei ole vielä käännetty (en, fi, ru, de, et ja zh ovat)
doctor-fix-rt-auth = tunnus on väärä, vanhentunut tai peruttu (RT: Settings → Auth Tokens);
    `frontdesk login` tarkistaa ja tallentaa uuden
doctor-fix-zendesk-auth = Zendesk ottaa API-tunnuksen, kun user = agentin sähköposti (Admin Center → Apps and
    integrations → Zendesk API), tai OAuth-tunnuksen asetuksella auth = "oauth"; `frontdesk login` tallentaa uuden
doctor-fix-zendesk-forbidden = tunnus toimii, mutta tämä käyttäjä ei saa käyttää rajapintaa: Zendeskin API vaatii agentin tai ylläpitäjän,
    ja tunnuspääsyn on oltava päällä Admin Centerissä
doctor-fix-freshdesk-auth = Freshdesk ottaa agentin API-avaimen (profiilikuva → Profile settings → Your API Key),
    ei salasanaa; url:n on oltava https://YOURDOMAIN.freshdesk.com; `frontdesk login` tallentaa uuden
doctor-fix-zammad-auth = Zammad ottaa henkilökohtaisen käyttötunnuksen (Profile → Token Access), jolla on ticket.agent-oikeus,
    tai OAuth-tunnuksen asetuksella auth = "oauth"; `frontdesk login` tallentaa uuden
doctor-fix-zammad-forbidden = tunnukselta puuttuu oikeus: luo uusi ticket.agent-oikeudella kohdassa Profile → Token Access
doctor-fix-jira-auth = Jira ottaa user = Atlassian-sähköpostisi ja API-tunnuksen (id.atlassian.com → Security →
    API tokens), ei salasanaa; `frontdesk login` tallentaa uuden
doctor-fix-jira-forbidden = tunnus toimii, mutta Jira kieltäytyi: agentit tarvitsevat Jira Service Management -lisenssin ja
    roolin palvelupisteprojektissa
doctor-fix-helpscout-auth = Help Scout ottaa OAuth-sovelluksen: user = sen App ID, tunnus = sen App Secret (Your Profile →
    My Apps); sovelluksen käyttäjän on oltava aktiivinen; `frontdesk login` tallentaa uuden salaisuuden
doctor-fix-redmine-auth = Redmine ottaa API-avaimesi (My account → API access key → Show); REST-verkkopalvelun
    on oltava päällä (Administration → Settings → API); `frontdesk login` tallentaa uuden avaimen
doctor-fix-redmine-forbidden = avain toimii, mutta Redmine kieltäytyi: ylläpitäjä ottaa REST-verkkopalvelun käyttöön
    (Administration → Settings → API), ja roolisi tarvitsee projektissa View issues -oikeuden
doctor-fix-auth = tunnus on väärä tai vanhentunut; `frontdesk login` tarkistaa ja tallentaa uuden
doctor-fix-tls = palvelimen TLS-varmenteeseen ei luoteta: tarkista http:// vai https:// url:ssa,
    tai asenna organisaatiosi käyttämä varmentaja
doctor-fix-forbidden = tili ei saa käyttää rajapintaa; kysy palvelusi ylläpitäjältä
doctor-fix-not-found = url saattaa osoittaa väärään paikkaan: anna palvelun perusosoite
doctor-fix-url = tarkista url; aja `frontdesk doctor` uudelleen korjauksen jälkeen
doctor-priority-field = Help Scoutissa sitä ei ole; frontdesk pitää sen mukautetussa kentässä "{ $field }" (priority_field)
doctor-priority-tags = Help Scoutissa sitä ei ole; frontdesk pitää sen tunnisteissa urgent, high ja low (priority_field voi nimetä mukautetun kentän)
doctor-open-untried = missään näkymässä ei ole tikettiä, joten avaamista ei kokeiltu
doctor-open-ok = #{ $id } avautuu kuten käyttöliittymä sen avaa ({ $count ->
        [one] 1 viesti
       *[other] { $count } viestiä
    }, { $ms } ms)
doctor-open-failed = #{ $id } näkyy luettelossa, mutta ei aukea: { $why }
doctor-open-failed-fix = näkymät toimivat, mutta tiketit eivät; datakansion frontdesk.log (`frontdesk --paths`) kertoo, mitä palvelu vastasi
doctor-cost-failed = frontdeskin tapaan lähetetty pyyntö epäonnistui: { $why }
doctor-cost-session = luku tunnuksella kestää tällä palvelimella { $credential } ms (se tiivistetään joka kerta); frontdeskin käyttämä istunto laskee sen { $session } ms:iin
doctor-cost-no-session = jokainen pyyntö kestää { $credential } ms; palvelin ei anna istuntoa, joten jokainen pyyntö kantaa tunnusta
doctor-trial = { $what ->
        [search] haku
       *[change] muutos
    } { $ms } ms
doctor-writes-session = haut ja muutokset kulkevat istunnossa ({ $timings })
doctor-writes-fix = jotta ne pysyvät istunnossa: anna profiilin url:ksi osoite, jota palvelu käyttää itsestään
    (RT: $WebDomain ja $WebPort), tai lisää "{ $host }" RT:n @ReferrerWhitelist-listaan
doctor-writes-cross-site = palvelu torjuu istuntonsa osoitteesta { $host } sivustojen välisenä pyyntönä, joten haut ja muutokset kantavat tunnusta: hitaampaa, mitään ei menetetä ({ $timings })
cache-sessions-dropped = Poistettiin { $count ->
        [one] 1 palvelun istunto
       *[other] { $count } palvelun istuntoa
    } käyttöjärjestelmän avainnipusta.
cache-remove-failed = frontdesk: ei voitu poistaa { $path }: { $why }
cache-draft-files-removed = Poistettiin { $count ->
        [one] 1 asiakastiedosto
       *[other] { $count } asiakastiedostoa
    }, jotka jäivät jo lähetetyistä vastauksista.
cache-summary = { $path }: { $count ->
        [one] 1 tiedosto
       *[other] { $count } tiedostoa
    }, { $size } (cache_max { $max }). `frontdesk cache clear` tyhjentää sen.
cache-cleared = Poistettiin { $count ->
        [one] 1 välimuistitiedosto
       *[other] { $count } välimuistitiedostoa
    } ({ $size }) kansiosta { $path }. Luonnokset ja lähtevät säilyvät.
cache-clear-failed = frontdesk: kansiota { $path } ei voitu tyhjentää: { $why }. Poista kansio käsin; frontdesk luo sen uudelleen.
connect-plain-http = { $host } on salaamaton http:// toiseen koneeseen: tunnus kulkisi verkossa salaamattomana
connect-plain-http-fix = käytä https://-osoitetta, tai jos välinen verkko on luotettu, lisää insecure_http = true kohtaan [profiles.{ $profile }] config.toml-tiedostossa
connect-plain-http-allowed = { $risk } (insecure_http = true sallii sen)
start-needs-terminal = frontdesk on koko näytön ohjelma ja tarvitsee päätteen stdin- ja stdout-virtoihin
start-cannot-read = ei voi lukea: { $why }; käytetään oletuksia
start-outbox-unopened = lähtevien kansiota { $path } ei voi avata: { $why }; vastauksia ei voi säilyttää ennen kuin se onnistuu
start-draft-unreadable = luonnosta { $path } ei voi lukea ({ $why }); se jätetään paikalleen koskematta
start-signature-unreadable = allekirjoitustiedostoa ei voi lukea ({ $why }); vastaukset lähtevät ilman allekirjoitusta
search-note-text = haetaan aiheista, ja viestien tekstistä, jos Request Trackerin kokotekstihaku on päällä
search-empty = Kirjoita sanoja, sähköpostiosoite tai haku
search-no-words = Freshdeskin rajapinta ei hae sanoilla: kirjoita sähköpostiosoite tai Freshdesk-haku, kuten { $example }
search-no-language = Tämän palvelun haku ei näe asiakkaan kieltä; / lang:fi rajaa näkymään ladatut tiketit
config-unknown-backend = tuntematon taustajärjestelmä "{ $name }" (käytä jotakin näistä: { $known })
config-languages = languages-asetuksen on oltava kielikoodeja, jotka frontdesk osaa erottaa, esim. ["fi", "en"] (ei { $unknown }); käytetään kuutta
config-translate-cmd = translate_cmd-asetuksen on oltava komentorivi, esim. "trans -b"
config-language-untranslated = kieltä "{ $language }" ei ole vielä käännetty; käytä en, fi, ru, de, et tai zh (sillä välin englanti)
config-cache-max = cache_max on koko megatavuina, esim. 200 tai "1GB"; käytetään 200 Mt
config-download-dir = download_dir on kansio, esim. "~/Downloads/support"
config-max-download = max_download on koko megatavuina, esim. 100, "250MB" tai "2GB"; käytetään 100 Mt
config-images = images on "auto", "halfblocks", "kitty", "sixel" tai "iterm2"
config-images-unknown = images = "{ $value }" on tuntematon; käytä auto, halfblocks, kitty, sixel tai iterm2
config-bell = bell on true tai false
config-profile-unusable = [profiles.{ $name }] { $why }; tätä profiilia ei voi käyttää
config-must-be-string = { $key } on merkkijono
config-long-thread = long_thread on vastausten määrä kokonaislukuna, esim. 6
config-profiles-tables = profiilien on oltava tauluja: [profiles.NAME]
config-unknown-setting = tuntematon asetus "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(tarkoititko { $suggestion }?)
    }; ohitetaan
config-profile-unknown-setting = tuntematon asetus "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(tarkoititko { $suggestion }?)
    }
config-must-be-table = on oltava taulu
config-needs-backend = tarvitsee backend = "rt" (tai zendesk, freshdesk, zammad, redmine, helpscout, jira, demo)
config-insecure-http = insecure_http on true tai false
config-time-zones = time_zones on taulu: { "{" } fi = "Europe/Helsinki", "Acme Oy" = "Europe/Helsinki" { "}" }
config-not-a-zone = time_zones.{ $who }: "{ $zone }" ei ole aikavyöhyke (kirjoita muodossa Europe/Helsinki)
config-agents = agents on luettelo nimiä
config-views = views on [[profiles.NAME.views]]-tauluja
config-view-table = jokainen näkymä on taulu, jossa on name ja query
config-view-needs = jokainen näkymä tarvitsee kentän { $key }
config-view-quick = näkymän quick on true tai false
config-view-unknown = tuntematon näkymän asetus "{ $key }" (käytä name, query, quick)
config-quick-tags = quick_tags on luettelo tunnisteita
config-quick-replies = quick_replies on vastausten määrä kokonaislukuna, esim. 1
config-priorities = priorities on taulu, jossa on low, normal, high, urgent
config-priority-number = priorities.{ $level } on numero
config-priority-unknown = tuntematon prioriteettitaso "{ $level }" (käytä low, normal, high, urgent)
config-priorities-rise = prioriteettien on kasvettava: low < normal < high < urgent
config-poll-interval-or-off = { $why }, tai "off"; tarkistetaan 60 sekunnin välein
config-poll-interval-short = poll_interval on vähintään "5s"; tarkistetaan 60 sekunnin välein
config-poll-budget = poll_budget on osuus palvelun pyyntörajasta, kuten "5%"; käytetään 5 %
config-syntax-ignored = { $why }; tiedosto ohitettiin
config-at = rivi { $line }, sarake { $column }:{" "}
canned-file-skipped = { $why }; tiedosto ohitettiin
canned-unclosed = +++-rivillä alkavaa alkuosaa ei suljeta +++-rivillä; tiedosto ohitettiin
canned-no-text = vastauksessa ei ole tekstiä; tiedosto ohitettiin
canned-cannot-read = ei voi lukea: { $why }
canned-cannot-read-skipped = ei voi lukea: { $why }; tiedosto ohitettiin
keymap-unknown-section = tuntematon osio [{ $section }]; ohitetaan
keymap-section-table = [{ $section }] on oltava taulu
keymap-bad-key = [{ $section }] tuntematon näppäin "{ $key }" (kirjoita näppäimet kuten j, G, ctrl-d, shift-tab, pagedown, f1); ohitetaan
keymap-bad-action = [{ $section }] { $key }: tuntematon toiminto "{ $action }" (katso `frontdesk --list-actions`); näppäin säilyttää vanhan sidontansa
keymap-action-string = [{ $section }] { $key }: toiminnon on oltava merkkijono
theme-palette-bad = [palette] { $name }: { $why }; ohitetaan
theme-palette-string = [palette] { $name }: väri on merkkijono; ohitetaan
theme-palette-table = [palette] on oltava taulu
theme-style-bad = { $name }: { $why }; ohitetaan
theme-styles-table = [styles] on oltava taulu
theme-modifiers-strings = modifiers ovat merkkijonoja
theme-unexpected-field = odottamaton kenttä "{ $field }" (käytä fg, bg, modifiers)
theme-style-shape = tyyli on väri tai taulu { "{" } fg, bg, modifiers { "}" }
theme-bad-hex = "{ $hex }" ei ole #rrggbb-väri
theme-unknown-colour = tuntematon väri "{ $colour }"
theme-unknown-modifier = tuntematon muunnin "{ $modifier }"
preset-no-shipped = toimitettua { $kind }-tiedostoa "{ $name }" ei ole; käytetään "default"
preset-cannot-inherit = ei voi periä kohdetta "{ $parent }"
profile-first-run = palvelua ei ole vielä määritetty
profile-none-yet = profiilia "{ $name }" ei ole: config.toml-tiedostossa ei ole vielä profiileja
profile-unknown = config.toml-tiedostossa ei ole profiilia "{ $name }" (siinä on: { $known })
profile-broken = config.toml-tiedoston profiilia "{ $name }" ei voi käyttää: { $why }
profile-ambiguous = config.toml-tiedostossa on useita profiileja ({ $known }); valitse yksi valitsimella --profile NAME tai aseta default_profile = "{ $first }"
profile-incomplete = profiili "{ $name }" tarvitsee asetuksen { $missing }: lisää siihen config.toml-tiedostossa { $example }, tai aseta FRONTDESK_{ $var }
profile-unreadable = tiedostoa { $file } ei voi lukea: { $why }
    Korjaa tiedosto (tai siirrä se sivuun aloittaaksesi alusta); `frontdesk doctor` tarkistaa sen, `frontdesk --demo` toimii sillä välin
form-takes-date = { $name } on päivämäärä muodossa 2026-12-24
form-no-option = Kentällä { $name } ei ole vaihtoehtoa { $value }
outbox-badge = ⇪ { $count } lähtevissä (O)
rate-limit-holding = Noudatetaan palvelun pyyntörajaa: jatketaan { $seconds } s kuluttua
files-no-temp = väliaikaiskansiota ei voi luoda
files-cannot-write-to = kohteeseen { $path } ei voi kirjoittaa
files-cannot-write-file = tiedostoa ei voi kirjoittaa
files-cannot-save-into = kansioon { $path } ei voi tallentaa
files-cannot-read-back = sitä ei voi lukea takaisin
files-decoder-failed = kuvan purku epäonnistui
files-not-a-picture = sitä ei voi näyttää kuvana ({ $why })
files-cannot-attach = tiedostoa { $path } ei voi liittää: { $why }
files-cannot-list = kansiota { $path } ei voi luetella: { $why }
files-work-failed = tiedostotyö epäonnistui: { $why }
translate-no-stdin = ei vakiosyötettä
editor-no-start = editoria { $editor } ei voitu käynnistää: { $why }
editor-exited = { $editor } päättyi tilaan { $status }
action-set-status-words = sulje ratkaise ratkaistu suljettu avaa odottaa pito roskaposti tila
action-note-words = kommentti yksityinen sisäinen muistio
action-reply-words = vastaa julkinen sähköposti
action-reply-with-canned-words = pohja makro valmisvastaus vakiovastaus
action-assign-words = omistaja agentti anna siirrä
action-set-priority-words = kiireellisyys vakavuus tärkeä kiireellinen
action-edit-tags-words = tunniste merkintä
action-merge-ticket-words = kaksoiskappale yhdistä
action-move-ticket-words = jono ryhmä projekti siirrä
action-log-time-words = työaika tunnit kirjaus
action-new-ticket-words = luo uusi avaa
action-search-words = etsi hae
action-fields-words = kenttä ominaisuudet lomake
action-forward-message-words = välitä lähetä eteenpäin
action-discard-draft = Hylkää tämä luonnos…
action-discard-draft-about = heitä luonnos pois yhden kysymyksen jälkeen
action-discard-draft-words = poista hylkää tyhjennä
discard-title = Hylätäänkö { $public ->
        [yes] vastaus
       *[no] muistiinpano
    } tikettiin #{ $id }? Sitä ei saa takaisin
discard-yes = Kyllä, hylkää (y)
discard-no = Ei, jatka kirjoittamista (n)
discard-done = Luonnos tikettiin #{ $id } hylätty
compose-files-count = { $count ->
        [one] 1 tiedosto
       *[other] { $count } tiedostoa
    }, { $size }
help-nothing-matches = {" "}Mikään näppäin ei vastaa hakua; esc tyhjentää sen.
messages-none = Ei vielä viestejä.
messages-polling-off = Tarkistus on pois päältä (poll_interval = "off").
messages-polling = Tarkistetaan { $every } välein: { $requests } pyyntöä kerralla, { $per_minute } minuutissa.
messages-polling-limit = Tarkistetaan { $every } välein: { $requests } pyyntöä kerralla, { $per_minute } minuutissa; palvelu sallii { $limit } minuutissa, ja tarkistus pysyy { $share } %:n sisällä siitä.
hint-search = hae
action-search-next = Seuraava osuma
action-search-next-about = siirry seuraavalle riville, jolla haku esiintyy
action-search-prev = Edellinen osuma
action-search-prev-about = siirry edelliselle riville, jolla haku esiintyy
viewer-no-more = { $forward ->
        [yes] Ei enempää osumia alempana
       *[no] Ei enempää osumia ylempänä
    }
viewer-search = /{ $query } · { $count ->
        [0] ei osumia
        [one] 1 osuma
       *[other] { $count } osumaa
    }
doctor-colours = { $depth ->
        [none] ei värejä (NO_COLOR on asetettu)
        [sixteen] 16 ANSI-väriä (TERM={ $term }); teeman värit kirjoitetaan lähimpinä niistä
        [palette] 256 väriä (TERM={ $term }); teeman 24-bittiset värit kirjoitetaan lähimpinä niistä
       *[true] 24-bittiset värit (COLORTERM={ $colorterm })
    }
script-no-view = näkymää "{ $view }" ei ole; näkymät ovat: { $views } (nimellä tai numerolla)
script-internal = (sisäinen muistiinpano)
script-canned-audience = valmisvastaus "{ $title }" on toiselle yleisölle: käytä komentoa frontdesk { $command }
script-canned-files = valmisvastus "{ $title }" liittää tiedostoja; lähetä se käyttöliittymästä tai liitä ne --file-valitsimella ja käytä -m
script-did-you-mean = {" "}(tarkoititko "{ $name }"?)
script-file-unreadable = tiedostoa { $path } ei voi liittää: { $why }
script-no-canned = valmisvastausta "{ $title }" ei ole
script-no-cc = tämä palvelupiste ei ota kopioita vastauksen mukana; jätä { $option } pois
script-no-create = frontdesk ei voi avata tikettejä tässä palvelupisteessä
script-no-entry = lähtevissä ei ole kohtaa { $id }; frontdesk outbox luettelee ne
script-no-subject = uusi tiketti tarvitsee aiheen: --subject "…"
script-not-an-address = "{ $address }" ei ole sähköpostiosoite
script-outbox-others = { $count ->
    [one] toinen frontdesk on käynnissä tällä profiililla; sen lähetykset ovat sen omia
   *[other] { $count } muuta frontdeskiä on käynnissä tällä profiililla; niiden lähetykset ovat niiden omia
  }
script-queued = { $count ->
    [one] se on lähtevissä eikä vielä perillä: tämän profiilin käynnissä oleva frontdesk lähettää sen, tai frontdesk outbox retry (--wait odottaa)
   *[other] { $count } kohtaa on lähtevissä eikä vielä perillä: tämän profiilin käynnissä oleva frontdesk lähettää ne, tai frontdesk outbox retry (--wait odottaa)
  }
script-queued-interrupted = odotus keskeytetty; { $count ->
    [one] se jää lähteviin, ei vielä perillä
   *[other] { $count } kohtaa jää lähteviin, ei vielä perillä
  }
script-set-no-agent = yksikään agentti ei ole yksiselitteisesti "{ $who }"; anna nimi tai osoite niin kuin palvelupisteessä, me tai none
script-set-no-such = { $key } "{ $value }" ei ole olemassa; vaihtoehdot: { $offered }
script-set-nothing = ei muutettavaa: anna AVAIN=ARVO, esimerkiksi status=solved
script-set-pair = "{ $pair }" ei ole muotoa AVAIN=ARVO (esimerkiksi status=solved)
script-set-read-only = { $name } on tässä palvelupisteessä vain luku
script-text-empty = ei lähetettävää: teksti on tyhjä
script-text-where = anna teksti valitsimella -m "…", --canned OTSIKKO, --editor tai vakiosyötteessä
script-conflict = ei lähetetty: tiketti muuttui sen jälkeen, kun frontdesk luki sen; lue se uudelleen (frontdesk show) ja lähetä uudelleen, jos viesti vielä sopii
script-refused = ei lähetetty: { $why }
script-held = ei lähetetty: { $why }. Se jää lähteviin: korjaa tunnistetieto (frontdesk doctor neuvoo), ja aja sitten frontdesk outbox retry
script-fields-needed = ei lähetetty: palvelupiste haluaa ensin täytetyksi kentät { $names }; anna ne komennolla frontdesk set muodossa NIMI=ARVO ("{ $names }=…") ja yritä uudelleen
