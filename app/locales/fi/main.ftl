# Yhteiset
app-name = Tietoni
skip-to-content = Siirry pääsisältöön
site-nav = Päävalikko
language-switch = Kieli
language-switch-label = Vaihda kieli
footer-label = Rekisterinpitäjän yhteystiedot
home-title = Tietoni – ElmoNetin tietosuojapalvelu
# Etusivu
home-heading = Omat tietosi ElmoNetillä
home-lead = Tietoni näyttää kaikki tiedot, joita ElmoNet Oy on sinusta tallentanut: mitä tietoja on, miksi niitä säilytetään, mistä ne on saatu, kenelle niitä luovutetaan ja kuinka kauan niitä säilytetään. Voit myös ladata tietosi, perua suostumuksia ja tehdä pyyntöjä.
home-register = Rekisteri
home-valid-from = Tietosuojaseloste voimassa { $date } alkaen
controller-heading = Rekisterinpitäjä
controller-business-id = Y-tunnus
controller-address = Osoite
controller-phone = Puhelin
controller-email = Sähköposti
categories-heading = Mitä tietoja sinusta voidaan tallentaa
categories-intro = Rekisterissä voi olla sinusta seuraavat { $count } tietoryhmää. Kunkin kohdalla kerrotaan, miksi tietoja käsitellään, millä perusteella, mistä ne saadaan, kenelle niitä luovutetaan ja kuinka kauan niitä säilytetään.
category-purposes = Käyttötarkoitukset
category-legal-basis = Käsittelyperuste
category-sources = Mistä tiedot saadaan
category-recipients = Kenelle tietoja luovutetaan
category-retention = Säilytys
category-erasable = Poistettavuus
erasable-anytime = Voit pyytää poistoa milloin tahansa.
erasable-after-contract = Poistettavissa, kun asiakassuhde on päättynyt.
erasable-law = Laki velvoittaa säilyttämään: { $law }.
transfers-heading = Siirrot EU:n ulkopuolelle
transfers-none = Tietoja ei siirretä EU:n tai Euroopan talousalueen ulkopuolelle.
security-heading = Tietojen suojaus
rights-heading = Oikeutesi
supervisory-heading = Valitus valvontaviranomaiselle
supervisory-text = Jos katsot, ettei tietojasi ole käsitelty lain mukaisesti, voit tehdä valituksen: { $authority }.
requests-heading = Pyynnöt
not-found-title = Sivua ei löytynyt
not-found-text = Osoitteessa ei ole sivua. Tarkista osoite tai palaa etusivulle.
not-found-home = Etusivulle
# Kirjautuminen
nav-sign-in = Kirjaudu sisään
nav-account = Oma sivu
sign-in-title = Kirjaudu sisään – Tietoni
sign-in-heading = Kirjaudu sisään
sign-in-lead = Kirjaudu nähdäksesi tietosi ja hoitaaksesi pyyntösi.
sign-in-login-label = Sähköpostiosoite tai asiakasnumero
sign-in-login-hint = Asiakasnumero on laskussasi, esimerkiksi 100001.
sign-in-password-label = Salasana
sign-in-submit = Kirjaudu sisään
sign-out = Kirjaudu ulos
account-title = Oma sivu – Tietoni
account-heading = Oma sivu
account-signed-in-as = Olet kirjautunut sisään: { $name }.
# Virheet
error-prefix = Virhe
error-summary-title = Tarkista tiedot
error-unauthorized = Kirjaudu ensin sisään.
error-forbidden = Sinulla ei ole oikeutta tähän.
error-invalid-credentials = Sähköpostiosoite, asiakasnumero tai salasana on väärin.
error-login-missing = Kirjoita sähköpostiosoite tai asiakasnumero.
error-password-missing = Kirjoita salasana.
error-bad-request = Pyyntöä ei voitu käsitellä. Lataa sivu uudelleen ja yritä uudestaan.
error-internal = Jokin meni vikaan. Yritä hetken kuluttua uudelleen. Jos otat yhteyttä asiakaspalveluun, kerro tunniste { $reference }.
error-password-too-short = Salasanassa on oltava vähintään 12 merkkiä.
error-password-too-long = Salasanassa voi olla enintään 1024 merkkiä.
error-password-guessable = Salasana on liian helppo arvata. Käytä pidempää lausetta, jossa ei ole nimeäsi, sähköpostiosoitettasi eikä yleisiä salasanoja.
reauth-title = Vahvista salasanalla – Tietoni
reauth-heading = Vahvista salasanalla
reauth-lead = Tämä toiminto vaatii salasanasi uudelleen. Vahvistus on voimassa 10 minuuttia.
reauth-submit = Vahvista
error-reauth-required = Vahvista toiminto kirjoittamalla salasanasi uudelleen.
error-password-wrong = Salasana on väärin.
loading = Ladataan…
nav-sessions = Istunnot
sessions-title = Kirjautumiset – Tietoni
sessions-heading = Kirjautumisesi
sessions-lead = Nämä laitteet tai selaimet ovat nyt kirjautuneena tunnuksellesi. Jos et tunnista jotakin, lopeta se ja vaihda salasanasi.
sessions-caption = Voimassa olevat kirjautumiset
sessions-col-session = Kirjautuminen
sessions-col-started = Alkoi
sessions-col-active = Viimeksi käytössä
sessions-col-action = Toiminto
sessions-this-one = Tämä laite
sessions-other = Muu laite
sessions-end = Lopeta
sessions-end-others = Lopeta kaikki muut kirjautumiset
# Kirjautumisen toinen vaihe, aktivointi, salasanat
account-security-heading = Tunnuksesi suojaus
forbidden-title = Ei käyttöoikeutta
back-to-sign-in = Takaisin kirjautumiseen
sign-in-forgot = Unohditko salasanasi?
sign-in-activate = Ensimmäinen kerta? Ota tunnus käyttöön aktivointikirjeen koodilla
password-reset-done = Salasanasi on vaihdettu, ja kaikki kirjautumisesi on lopetettu. Kirjaudu sisään uudella salasanalla.
code-title = Vahvistuskoodi – Tietoni
code-heading = Kirjoita vahvistuskoodi
code-lead = Tunnuksellasi on kaksivaiheinen tunnistautuminen. Avaa todennussovellus ja kirjoita sen näyttämä koodi.
code-label = Vahvistuskoodi
code-hint = 6 numeroa todennussovelluksesta. Jos puhelimesi on kadonnut, kirjoita yksi varakoodeistasi.
code-submit = Jatka
code-start-again = Aloita kirjautuminen alusta
error-code-missing = Kirjoita vahvistuskoodi.
error-code-wrong = Koodi on väärin tai vanhentunut. Kirjoita sovelluksen nyt näyttämä koodi.
error-sign-in-expired = Kirjautuminen vanhentui. Aloita kirjautuminen alusta.
new-password-label = Uusi salasana
new-password-hint = Vähintään 12 merkkiä. Helposti muistettava lause, jossa on useita sanoja, on hyvä salasana.
password-change-title = Vaihda salasana – Tietoni
password-change-heading = Vaihda salasana
password-change-lead = Kirjoita ensin nykyinen salasanasi. Salasanan vaihto lopettaa kirjautumisesi kaikilla muilla laitteilla.
password-change-submit = Vaihda salasana
password-changed = Salasanasi on vaihdettu. Muut kirjautumisesi on lopetettu.
forgot-title = Unohtunut salasana – Tietoni
forgot-heading = Unohtunut salasana
forgot-lead = Kirjoita sähköpostiosoitteesi tai asiakasnumerosi. Lähetämme tunnuksesi sähköpostiin linkin, jolla voit asettaa uuden salasanan. Linkki on voimassa 30 minuuttia ja toimii kerran.
forgot-submit = Lähetä linkki
forgot-sent = Jos antamasi tieto kuuluu Tietoni-tunnukseen, lähetimme tunnuksen sähköpostiosoitteeseen linkin uuden salasanan asettamiseen. Linkki on voimassa 30 minuuttia.
reset-title = Uusi salasana – Tietoni
reset-heading = Aseta uusi salasana
reset-lead = Kirjoita uusi salasana. Sen jälkeen kaikki kirjautumisesi lopetetaan ja voit kirjautua uudella salasanalla.
reset-submit = Tallenna uusi salasana
reset-ask-again = Pyydä uusi linkki
error-link-expired = Linkki tai koodi on vanhentunut tai jo käytetty.
reset-mail-subject = Tietoni: uuden salasanan asettaminen
reset-mail-body = Hei,

    joku (toivottavasti sinä) pyysi uutta salasanaa Tietoni-tunnukseesi. Aseta uusi salasana tästä linkistä 30 minuutin kuluessa:

    { $link }

    Jos et pyytänyt uutta salasanaa, voit jättää tämän viestin huomiotta. Salasanasi ei muutu.

    ElmoNet Oy
activate-title = Ota tunnus käyttöön – Tietoni
activate-heading = Ota Tietoni-tunnus käyttöön
activate-lead = Tarvitset asiakasnumerosi ja aktivointikoodin, jonka ElmoNet lähetti sinulle kirjeellä. Tunnuksen voi ottaa käyttöön vain ElmoNetin asiakas.
activate-customer-number-label = Asiakasnumero
activate-code-label = Aktivointikoodi
activate-code-hint = Kirjeessä oleva koodi, esimerkiksi ABCDE-FGH23.
activate-email-label = Sähköpostiosoite
activate-email-hint = Kirjaudut tällä osoitteella, ja siihen lähetetään linkki, jos unohdat salasanasi.
activate-submit = Ota tunnus käyttöön
error-customer-number-missing = Kirjoita asiakasnumero.
error-activation-code-wrong = Asiakasnumero tai aktivointikoodi on väärin, tai koodi on vanhentunut. Tarkista kirjeestä. Viiden väärän yrityksen jälkeen koodi lakkaa toimimasta.
error-email-invalid = Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.
error-email-taken = Tällä sähköpostiosoitteella tai asiakasnumerolla on jo tunnus. Kirjaudu sisään tai pyydä uusi salasana.
activation-letter = Hyvä { $name },

    voit nyt katsoa ElmoNetille tallennetut tietosi ja hoitaa tietosuoja-asiasi Tietoni-palvelussa.

    Asiakasnumero: { $customer_number }
    Aktivointikoodi: { $code }

    Ota tunnus käyttöön osoitteessa { $link }. Koodi on voimassa { $days } päivää ja toimii kerran.

    ElmoNet Oy
second-factor-title = Kaksivaiheinen tunnistautuminen – Tietoni
second-factor-heading = Kaksivaiheinen tunnistautuminen
second-factor-lead = Kun kaksivaiheinen tunnistautuminen on käytössä, kirjautuminen vaatii salasanan lisäksi koodin puhelimesi todennussovelluksesta. Silloin pelkällä salasanalla ei pääse tietoihisi.
second-factor-on = Käytössä.
second-factor-on-since = Otettu käyttöön { $date }.
second-factor-off = Kaksivaiheinen tunnistautuminen ei ole käytössä.
second-factor-codes-left = Käyttämättömiä varakoodeja: { $count }.
second-factor-start = Ota käyttöön
second-factor-renew = Tee uudet varakoodit
second-factor-disable = Poista käytöstä
second-factor-confirm-to-change = Vahvista salasanalla muuttaaksesi asetusta
second-factor-mandatory = Henkilöstön tunnuksilla kaksivaiheinen tunnistautuminen on aina käytössä.
second-factor-step-1 = 1. Lisää tunnus todennussovellukseen
second-factor-step-1-text = Käytä mitä tahansa todennussovellusta (esimerkiksi Google Authenticator, Microsoft Authenticator tai FreeOTP).
second-factor-open-app = Avaa todennussovelluksessa (puhelimella)
second-factor-qr-label = QR-koodi todennussovellukselle
second-factor-qr-caption = Tietokoneella: lue QR-koodi puhelimen todennussovelluksella.
second-factor-key-text = Voit myös kirjoittaa tämän avaimen sovellukseen käsin:
second-factor-step-2 = 2. Kirjoita sovelluksen näyttämä koodi
second-factor-code-hint = 6 numeroa. Koodi vaihtuu 30 sekunnin välein.
second-factor-confirm = Vahvista ja ota käyttöön
error-setup-expired = Käyttöönotto vanhentui. Aloita alusta.
recovery-codes-heading = Varakoodisi
recovery-codes-text = Tallenna nämä koodit turvalliseen paikkaan, esimerkiksi salasanojen hallintaan tai paperille. Jos puhelimesi katoaa, voit kirjautua yhdellä koodilla; kukin toimii kerran. Koodit näytetään vain nyt.
staff-title = Henkilöstön työtila – Tietoni
staff-heading = Henkilöstön työtila
staff-signed-in-as = Olet kirjautunut: { $name } ({ $role }).
staff-lead = Asiakkaiden pyynnöt käsitellään täällä. Jokainen katselu asiakkaan tietoihin kirjataan.
role-customer = Asiakas
role-customer_service = Asiakaspalvelu
role-dpo = Tietosuojavastaava
# Omat tiedot
nav-my-data = Tietosi
data-title = Tietosi – Tietoni
data-heading = Tietosi
data-lead = Nämä tiedot ElmoNet Oy:n asiakasrekisterissä on sinusta nyt. Jokaisen tietoryhmän sivulla näet itse tiedot sekä sen, miksi niitä käsitellään, mistä ne on saatu, kenelle niitä luovutetaan ja kuinka kauan niitä säilytetään.
data-none-held = Ei tallennettuja tietoja
data-count = { $count } tietuetta
data-contacts-heading = Kysyttävää tiedoistasi?
data-contacts-text = Rekisteristä vastaa { $name } ({ $controller }):
data-rights-link = Oikeutesi ja valittaminen tietosuojavaltuutetulle
data-processing-heading = Miksi ja miten näitä tietoja käsitellään
data-reveal-identity = Näytä koko henkilötunnus (vaatii salasanan)
data-reveal-confirm = Vahvista salasanalla nähdäksesi koko henkilötunnuksen
data-filter-legend = Rajaa päivämäärillä
data-filter-from = Alkaen (pp.kk.vvvv)
data-filter-to = Asti (pp.kk.vvvv)
data-filter-submit = Näytä
data-next-page = Seuraavat 100 (vanhemmat)
data-first-page = Uusimpiin
data-pager-label = Sivut
data-recording-download = Lataa tallenne
error-date-invalid = Kirjoita päivämäärä muodossa pp.kk.vvvv.
data-basic-caption = Perustietosi, niiden lähde ja viimeisin muutos
data-business-role-caption = Tehtäväsi yritysasiakkaiden palveluksessa
data-contracts-caption = Sopimukset ja palvelut
data-orders-caption = Tilaukset
data-invoices-caption = Laskut, uusin ensin
data-collection-caption = Perintäasiat
data-ip-caption = Sinulle annetut IP-osoitteet, uusin ensin
data-other-caption = Muut antamasi tiedot
data-consents-caption = Suostumukset ja niiden peruutukset
data-prohibitions-caption = Suoramarkkinointikiellot
data-blocks-caption = Palvelun estot
data-traffic-caption = Tunnistamistiedot (viestintä), uusin ensin
data-recordings-caption = Puhelutallenteet
data-changes-caption = Tietojesi muutoshistoria
col-field = Tieto
col-value = Arvo
col-source = Lähde
col-changed = Muutettu
col-company = Yritys
col-business-id = Y-tunnus
col-role = Rooli
col-position = Asema
col-valid-from = Alkaen
col-valid-to = Asti
col-contract-number = Sopimusnumero
col-product = Palvelu
col-status = Tila
col-started = Alkoi
col-ended = Päättyi
col-service-address = Palveluosoite
col-order-number = Tilausnumero
col-ordered = Tilattu
col-channel = Kanava
col-items = Tuotteet
col-invoice-number = Laskunumero
col-issued = Päiväys
col-due = Eräpäivä
col-amount = Summa
col-paid = Maksettu
col-agency = Perintätoimisto
col-opened = Alkoi
col-closed = Päättyi
col-ip-address = IP-osoite
col-assigned-from = Käytössä alkaen
col-assigned-to = Käytössä asti
col-topic = Aihe
col-content = Sisältö
col-given = Annettu
col-purpose = Käyttötarkoitus
col-event = Tapahtuma
col-when = Aika
col-block = Esto
col-reason = Syy
col-set-by = Asettaja
col-since = Alkaen
col-until = Asti
col-direction = Suunta
col-kind = Laji
col-other-party = Toinen osapuoli
col-duration = Kesto
col-recording = Tallenne
col-old = Vanha arvo
col-new = Uusi arvo
col-by = Muuttaja tai lähde
col-request = Pyyntö
value-active = Voimassa
value-ended = Päättynyt
value-web = Verkkosivut
value-phone = Puhelin
value-store = Myymälä
value-field_sales = Kenttämyynti
value-email = Sähköposti
value-received = Vastaanotettu
value-delivered = Toimitettu
value-cancelled = Peruttu
value-open = Avoin
value-paid = Maksettu
value-overdue = Erääntynyt
value-in_collection = Perinnässä
value-outgoing = Lähtevä
value-incoming = Saapuva
value-call = Puhelu
value-sms = Tekstiviesti
value-mms = Multimediaviesti
value-data = Datayhteys
value-given = Annettu
value-withdrawn = Peruttu
value-prohibited = Kielletty
value-lifted = Kielto poistettu
value-customer = Sinä itse
value-staff = ElmoNetin henkilökunta
value-system = ElmoNetin järjestelmä
value-premium_numbers = Maksulliset palvelunumerot
value-outgoing_calls = Lähtevät puhelut
value-customer_request = Oma pyyntösi
value-unpaid_invoice = Maksamaton lasku
value-source_register = Lähderekisteri
value-population_register = Väestötietojärjestelmä
value-customer_service = Asiakaspalvelu
value-order_form = Tilauslomake
value-digital_advertising = Digitaalisen mainonnan kohdentaminen
value-direct_marketing = Suoramarkkinointi
value-distance_selling = Etämyynti
value-market_research = Mielipide- ja markkinatutkimukset
value-partner_marketing = Luovutus yhteistyökumppaneille markkinointiin
value-digital_ads = Digitaaliset mainokset
value-letter = Kirje
value-partner = Yhteistyökumppanit
value-all = Kaikki kanavat
value-lang-fi = suomi
value-lang-sv = ruotsi
value-lang-en = englanti
value-field-customer_number = Asiakasnumero
value-field-first_name = Etunimi
value-field-last_name = Sukunimi
value-field-identity_code = Henkilötunnus
value-field-street_address = Katuosoite
value-field-postal_code = Postinumero
value-field-city = Postitoimipaikka
value-field-phone = Puhelinnumero
value-field-email = Sähköpostiosoite
value-field-language = Asiointikieli
value-field-customer_since = Asiakkaana alkaen
value-field-business_role = Tehtävä yrityksessä
value-field-business_position = Asema yrityksessä
value-field-other_data = Muu antamasi tieto
data-views-heading = Kuka on katsonut tietojasi
data-views-lead = ElmoNetin henkilökunta näkee tietojasi vain tehtäviensä vuoksi, ja jokainen katselu kirjataan. Tässä ovat kirjatut katselut, uusin ensin.
data-views-none = Kukaan henkilökunnasta ei ole katsonut tietojasi.
data-views-caption = Henkilökunnan katselut
col-staff = Kuka
col-viewed = Mitä katsottiin
role-staff = Henkilökunta
erasure-now-label = Voiko tiedot poistaa nyt
erasure-now-possible = Kyllä, voit pyytää näiden tietojen poistamista.
erasure-now-contract = Ei vielä: tietoja tarvitaan, koska sinulla on voimassa oleva sopimus. Ne voi poistaa, kun asiakassuhde on päättynyt.
erasure-now-law = Ei: laki velvoittaa säilyttämään ne ({ $law }).
export-title = Lataa tietosi – Tietoni
export-heading = Lataa kaikki tietosi
export-lead = Saat kaikki ElmoNetin asiakasrekisterissä sinusta olevat tiedot yhtenä JSON-tiedostona, jonka voit avata tai siirtää toiseen palveluun.
export-includes-all = Kaikki tietoryhmät ja jokainen tietue, myös tunnistamistiedot, suostumusten koko historia ja pyyntösi viesteineen.
export-includes-facts = Jokaisesta tietoryhmästä käyttötarkoitukset, käsittelyperuste, lähteet, vastaanottajat ja säilytysaika sekä se, koskeeko siirto-oikeus sitä.
export-includes-recordings = Puhelutallenteiden tiedot ja osoitteet, joista äänitiedostot voi ladata.
export-password = Lataus vaatii salasanasi, jos et ole antanut sitä viimeisen 10 minuutin aikana. Lataus alkaa heti, ja suurikin tiedosto valmistuu latauksen aikana.
export-download = Lataa tiedot (JSON)
export-format = Tiedoston rakenne on kuvattu JSON Schema -muodossa:
export-schema-link = tiedoston kuvaus
export-starting = Latauksesi alkaa. Jos se ei ala, käytä alla olevaa latauslinkkiä.
consents-title = Markkinointiluvat – Tietoni
consents-heading = Markkinointiluvat ja -kiellot
consents-lead = Päätät itse, saako ElmoNet markkinoida sinulle ja missä kanavissa. Muutos tulee voimaan heti.
consents-section-heading = Suostumuksesi
consents-section-lead = Voit perua minkä tahansa suostumuksen tai antaa sen uudelleen milloin tahansa.
consent-given-since = Annettu { $when }
consent-withdrawn-since = Peruttu { $when }
consent-never-given = Ei annettu
consent-withdraw = Peru: { $what }
consent-give = Anna: { $what }
objection-heading = Suoramarkkinoinnin kieltäminen
objection-lead = Voit kieltää kaiken suoramarkkinoinnin tai sen yhdessä kanavassa. Kielto on ehdoton: suoramarkkinointi ja siihen liittyvä profilointi loppuvat heti, vaikka olisit antanut suostumuksen.
objection-caption = Suoramarkkinointikiellot kanavittain
prohibition-on-since = Kielletty { $when } alkaen
prohibition-off = Ei kieltoa
prohibition-set = Kiellä suoramarkkinointi: { $what }
prohibition-lift = Poista kielto: { $what }
receipt-heading = Kuitti muutoksesta
receipt-given = Annoit suostumuksen: { $what }. Tallennettu { $when }.
receipt-withdrawn = Peruit suostumuksen: { $what }. Tallennettu { $when }.
receipt-prohibited = Kielsit suoramarkkinoinnin: { $what }. Tallennettu { $when }.
receipt-lifted = Poistit suoramarkkinointikiellon: { $what }. Tallennettu { $when }.
consents-history-heading = Koko historia
value-portal = Tietoni-palvelu
consents-col-state-change = Tila ja muutos
requests-title = Pyynnöt ja valitukset – Tietoni
requests-lead = Voit käyttää tietosuojaoikeuksiasi täällä. Jokainen pyyntö saa viitenumeron, ja vastaamme kuukauden kuluessa sen saapumisesta. Voit seurata pyyntöä, lähettää viestejä ja perua pyynnön, jota ei ole vielä ratkaistu.
requests-mine-heading = Pyyntösi
requests-none = Sinulla ei ole pyyntöjä.
requests-new-heading = Tee uusi pyyntö
requests-marketing-note = Suoramarkkinoinnin voit kieltää heti, ilman pyyntöä:
requests-caption = Pyyntösi, uusin ensin
col-reference = Viitenumero
col-received = Vastaanotettu
value-none = ei tietoa
value-dpo = Tietosuojavastaava
optional-suffix = (vapaaehtoinen)
text-limit-hint = Enintään { $limit } merkkiä.
request-kind-rectification = Tietojen oikaisu
request-kind-erasure = Tietojen poistaminen
request-kind-restriction = Käsittelyn rajoittaminen
request-kind-objection = Käsittelyn vastustaminen
request-kind-copy = Jäljennös tiedoista
request-kind-question = Kysymys tietosuojavastaavalle
request-kind-complaint = Valitus tietojesi käsittelystä
request-kind-rectification-hint = Jokin tietosi on väärin tai puutteellinen.
request-kind-erasure-hint = Tiedot, joita ei enää tarvita sopimuksen tai lain vuoksi.
request-kind-restriction-hint = Tietoja säilytetään, mutta niitä ei käytetä muuhun, esimerkiksi kun oikaisu on kesken.
request-kind-objection-hint = Vastustat tietojesi käyttöä johonkin tarkoitukseen henkilökohtaisesta syystä.
request-kind-copy-hint = Tiedot, joita tämä palvelu ei näytä, esimerkiksi vanhat asiakirjat.
request-kind-question-hint = Kysy mitä tahansa tietojesi käsittelystä.
request-kind-complaint-hint = Kerro, jos tietojasi on mielestäsi käsitelty väärin.
request-kind-rectification-lead = Valitse väärä tieto, kirjoita oikea arvo ja kerro, miksi nykyinen on väärin. Mitä tarkemmin kerrot, sitä nopeammin voimme korjata sen.
request-kind-erasure-lead = Valitse tiedot, jotka haluat poistaa. Lomake tarjoaa vain tiedot, jotka voidaan poistaa nyt; alla kerrotaan, mikä estää muiden poistamisen. Kun perustietosi poistetaan, myös nimesi ja sähköpostiosoitteesi poistuvat Tietoni-tunnuksestasi: kirjaudut sen jälkeen asiakasnumerollasi. Suostumusten peruutukset ja suoramarkkinointikiellot säilytetään näyttönä siitä, että markkinointi loppui.
request-kind-restriction-lead = Rajoitettuja tietoja säilytetään, mutta niitä ei käytetä esimerkiksi markkinointiin ennen kuin rajoitus poistetaan. Kerro peruste ja syy.
request-kind-objection-lead = Valitse käyttötarkoitukset, joita vastustat, ja kerro tilanteeseesi liittyvät syyt. Lopetamme käsittelyn, ellei sille ole painavampaa perustetta.
request-kind-copy-lead = Kerro, mistä tiedoista haluat jäljennöksen. Kaikki tässä palvelussa näkyvät tiedot saat heti Lataa tietosi -sivulta.
request-kind-question-lead = Tietosuojavastaava vastaa kysymyksiin tietojesi käsittelystä.
request-kind-complaint-lead = Kerro, mitä tapahtui ja milloin. Käsittelemme valituksen ja vastaamme kuukauden kuluessa.
request-status-received = Vastaanotettu
request-status-in_progress = Käsittelyssä
request-status-waiting_for_customer = Odottaa vastaustasi
request-status-extended = Käsittelyaikaa jatkettu
request-status-completed = Valmis
request-status-rejected = Hylätty
request-status-withdrawn = Peruttu
request-due-today = tänään
request-days-left = { $days } päivää jäljellä
request-overdue = myöhässä { $days } päivää
request-current-value = Nyt: { $value }
request-clock-note = Vastaamme kuukauden kuluessa. Jos pyyntö on laaja tai monimutkainen, voimme jatkaa aikaa enintään kahdella kuukaudella; kerromme siitä ja syyn ensimmäisen kuukauden aikana.
request-restrict-label = Rajoita tietojeni käsittelyä, kunnes pyyntö on ratkaistu
request-restrict-hint = Tietojasi säilytetään, mutta niitä ei käytetä esimerkiksi markkinointiin sillä aikaa, kun selvitämme asiaa.
request-submit = Lähetä pyyntö
request-field-legend = Mikä tieto on väärin?
request-field-label = Tieto
request-current-label = Arvo pyyntöä tehtäessä
request-proposed-label = Oikea arvo
request-proposed-hint = Kirjoita tieto sellaisena kuin sen pitäisi olla, esimerkiksi puhelinnumero 040 123 4567.
request-reason-label = Miksi nykyinen tieto on väärin?
request-reason-hint = Esimerkiksi: vaihdoin numeroa maaliskuussa.
request-records = { $count } tietuetta
request-categories-legend = Poistettavat tiedot
request-categories-hint = Valitse yksi tai useampi.
request-erasure-reason-label = Syy
request-nothing-erasable = Mitään tietojasi ei voi poistaa juuri nyt.
request-not-erasable-heading = Näitä ei voi poistaa nyt
request-ground-legend = Rajoittamisen peruste
request-ground-accuracy = Tietojeni paikkansapitävyys on kiistanalainen
request-ground-accuracy-hint = Rajoitus kestää, kunnes tietojen oikeellisuus on tarkistettu.
request-ground-unlawful = Käsittely on lainvastaista, mutta en halua tietoja poistettavan
request-ground-unlawful-hint = Tiedot säilytetään, mutta niitä ei käytetä.
request-ground-legal_claim = Tarvitsen tietoja oikeudellisen vaateen vuoksi
request-ground-legal_claim-hint = Tietoja säilytetään, vaikka ElmoNet ei niitä muuten tarvitsisi.
request-ground-objection_pending = Olen vastustanut käsittelyä, ja asia on kesken
request-ground-objection_pending-hint = Rajoitus kestää, kunnes vastustukseesi on vastattu.
request-restriction-reason-label = Kerro tilanteestasi
request-purposes-legend = Käyttötarkoitukset, joita vastustat
request-grounds-label = Syyt, jotka liittyvät tilanteeseesi
request-grounds-hint = Kerro, miksi käsittely on sinun tilanteessasi haitallista tai tarpeetonta.
request-copy-label = Mistä tiedoista haluat jäljennöksen?
request-question-label = Kysymyksesi
request-complaint-label = Mitä tapahtui?
request-receipt-heading = Pyyntö vastaanotettu
request-receipt = Viitenumero { $reference }. Vastaanotettu { $received }. Vastaamme viimeistään { $due }.
request-receipt-mail = Lähetimme vahvistuksen sähköpostiisi. Ilmoitamme sinne myös, kun pyyntö etenee.
request-message-sent = Viestisi on lähetetty.
request-withdrawn = Peruit pyynnön.
request-restriction-asked = Pyysit käsittelyn rajoittamista, kunnes pyyntö on ratkaistu.
request-extended-label = Käsittelyaikaa jatkettu
request-extended-text = Alkuperäinen määräpäivä oli { $original }. Syy:
request-restriction-label = Käsittelyn rajoittaminen
request-restriction-on = Pyydetty, kunnes pyyntö on ratkaistu
request-decided-label = Ratkaistu
request-deleted-label = Poistetaan
request-deleted-on = { $day } (ellei avoin pyyntö, perintäasia, käsittelyn rajoitus tai oikeudellinen pito edellytä säilyttämistä pidempään)
request-answer-heading = Vastaus
request-rejected-dpa = Jos olet eri mieltä ratkaisusta, voit tehdä valituksen tietosuojavaltuutetulle.
request-waiting-note = vastaa viestiin alla
request-asked-heading = Mitä pyysit
request-timeline-heading = Vaiheet
request-messages-heading = Viestit
request-no-messages = Ei viestejä.
request-message-label = Uusi viesti
request-message-submit = Lähetä viesti
request-answer-label = Vastauksesi
request-answer-submit = Lähetä vastaus
request-restrict-heading = Rajoita käsittelyä sillä aikaa
request-restrict-submit = Pyydä rajoittamista
request-withdraw-heading = Peru pyyntö
request-withdraw-lead = Voit perua pyynnön niin kauan kuin sitä ei ole ratkaistu. Perumista ei voi kumota, mutta voit tehdä uuden pyynnön.
request-withdraw-submit = Peru pyyntö
request-event-received = Pyyntö vastaanotettu
request-event-assigned = Käsittelijä nimetty
request-event-in_progress = Käsittely aloitettu
request-event-message_customer = Lähetit viestin
request-event-message_staff = ElmoNet lähetti viestin
request-event-clarification_requested = Sinulta pyydettiin tarkennusta
request-event-identity_check_requested = Henkilöllisyytesi varmistamista pyydettiin
request-event-clarification_answered = Vastasit
request-event-extended = Käsittelyaikaa jatkettu
request-event-restriction_requested = Pyysit käsittelyn rajoittamista
request-event-restriction_applied = Käsittelyä rajoitettu
request-event-restriction_lifted = Käsittelyn rajoitus poistettu
request-event-completed = Pyyntö ratkaistu
request-event-rejected = Pyyntö hylätty
request-event-withdrawn = Peruit pyynnön

request-mail-received-subject = Pyyntösi { $reference } on vastaanotettu
request-mail-received-body =
    Hei,

    olemme vastaanottaneet pyyntösi { $reference }. Vastaamme kuukauden kuluessa.

    Voit seurata pyyntöä täällä:
    { $link }

    ElmoNet Oy
dpa-title = Valitus tietosuojavaltuutetulle – Tietoni
dpa-heading = Valitus tietosuojavaltuutetulle
dpa-short = Jos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen valvontaviranomaiselle.
dpa-link = Miten valitus tehdään, ja yhteenveto asiastasi
dpa-what = { $name } on Suomen tietosuojaviranomainen. Se valvoo, että henkilötietoja käsitellään lain mukaan, ja käsittelee rekisteröityjen valitukset maksutta.
dpa-when = Voit tehdä valituksen, jos katsot, että tietojesi käsittely rikkoo tietosuoja-asetusta, tai jos emme ole vastanneet pyyntöösi ajallaan tai olet eri mieltä vastauksestamme.
dpa-first-us = Voit myös ensin kertoa asiasta meille:
dpa-where = Valitus tehdään viranomaisen verkkosivuilla:
dpa-summary-heading = Yhteenveto asiastasi
dpa-summary-lead = Kopioi yhteenveto valitukseesi tai lataa se tiedostona ja liitä valitukseen. Siinä ovat pyyntösi, niiden päivämäärät ja vastauksemme.
dpa-summary-label = Yhteenveto
dpa-summary-download = Lataa yhteenveto (teksti)
dpa-summary-title = Yhteenveto tietosuoja-asiastani
dpa-summary-controller = Rekisterinpitäjä
dpa-summary-customer-number = Asiakasnumeroni
dpa-summary-made = Laadittu
dpa-summary-requests = Pyyntöni ja valitukseni
error-text-missing = Kirjoita teksti.
error-text-too-long = Teksti on liian pitkä. Lyhennä se enintään 4 000 merkkiin.
error-field-missing = Valitse tieto, joka on väärin.
error-proposed-unchanged = Oikea arvo on sama kuin nykyinen. Kirjoita arvo sellaisena kuin sen pitäisi olla.
error-categories-missing = Valitse ainakin yksi poistettava tieto.
error-erasure-not-possible = Valitsemaasi tietoa ei voi poistaa nyt. Valitse vain tietoja, jotka lomake tarjoaa.
error-ground-missing = Valitse rajoittamisen peruste.
error-purposes-missing = Valitse ainakin yksi käyttötarkoitus.
error-value-missing = Kirjoita oikea arvo.
error-value-too-long-100 = Arvo on liian pitkä: enintään 100 merkkiä.
error-value-too-long-200 = Arvo on liian pitkä: enintään 200 merkkiä.
error-value-too-long-254 = Arvo on liian pitkä: enintään 254 merkkiä.
error-value-not-text = Arvossa pitää olla kirjaimia, eikä siinä saa olla ohjausmerkkejä.
error-language-unknown = Kieli on fi (suomi), sv (ruotsi) tai en (englanti).
error-identity-code-length = Henkilötunnuksessa on 11 merkkiä, esimerkiksi 131052-308T.
error-identity-code-date-digits = Henkilötunnuksen kuusi ensimmäistä merkkiä ovat syntymäaika numeroina (ppkkvv).
error-identity-code-century = Seitsemäs merkki on välimerkki: +, -, Y, X, W, V, U, A, B, C, D, E tai F.
error-identity-code-individual-digits = Merkit 8–10 ovat yksilönumero numeroina.
error-identity-code-individual-range = Yksilönumero on väliltä 002–999.
error-identity-code-no-such-date = Henkilötunnuksen syntymäaikaa ei ole olemassa.
error-identity-code-check = Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista tunnus.
error-phone-empty = Kirjoita puhelinnumero.
error-phone-character = Puhelinnumerossa voi olla vain numeroita, välilyöntejä, väliviivoja, sulkeita ja alussa +.
error-phone-prefix = Aloita numero nollalla (esim. 040 123 4567) tai maatunnuksella (esim. +358 40 123 4567).
error-phone-too-short = Puhelinnumero on liian lyhyt.
error-phone-too-long = Puhelinnumero on liian pitkä (enintään 15 numeroa maatunnuksen kanssa).
error-email-empty = Kirjoita sähköpostiosoite.
error-email-one-at = Sähköpostiosoitteessa on täsmälleen yksi @-merkki.
error-email-local-part = Osa ennen @-merkkiä puuttuu tai on liian pitkä.
error-email-domain = Osa @-merkin jälkeen ei ole kelvollinen verkkotunnus, esimerkiksi example.fi.
error-email-too-long = Sähköpostiosoitteessa on enintään 254 merkkiä.
error-postal-code-format = Postinumero on viisi numeroa, esimerkiksi 34600.
col-answer-due = Vastaus viimeistään
request-event-recipient_notified = Tietojen vastaanottajalle ilmoitettu muutoksesta
col-recipient = Vastaanottaja
col-notified = Ilmoitettu
staff-actions-heading = Toimenpiteet
staff-answer-label = Vastaus asiakkaalle
staff-answer-hint = Kerro ratkaisu ja sen perustelut. Asiakas näkee tekstin sellaisenaan.
staff-answer-language = Kirjoita asiakkaan kielellä: { $language }.
staff-any = Kaikki
staff-open = Avoimet
staff-ask-legend = Viestin tarkoitus
staff-ask-none = Tiedoksi asiakkaalle
staff-ask-clarification = Pyytää tarkennusta (pyyntö odottaa asiakasta)
staff-ask-identity = Pyytää varmistamaan henkilöllisyyden (pyyntö odottaa asiakasta)
staff-asked-heading = Mitä asiakas pyytää
staff-assign-heading = Käsittelijä
staff-assign-legend = Anna pyyntö käsiteltäväksi
staff-assign-me = Minulle
staff-assign-none = Ei kenellekään
staff-assign-submit = Tallenna käsittelijä
staff-assignee-me = Minulla
staff-assignee-none = Ei käsittelijää
staff-audit-title = Lokitiedot – Tietoni
staff-audit-heading = Asiakkaan lokitiedot
staff-audit-caption = Kirjatut tapahtumat, uusin ensin
staff-audit-submit = Näytä loki
staff-customer-number = Asiakasnumero
staff-no-such-customer = Asiakasnumerolla ei löydy asiakasta.
staff-col-action = Tapahtuma
staff-col-detail = Tarkenne
staff-by-status-caption = Pyynnöt tilan mukaan
staff-col-count = Määrä
staff-col-assignee = Käsittelijä
staff-col-customer = Asiakas
staff-customer = Asiakas
staff-customer-language = Asiakkaan kieli
staff-data-heading = Asiakkaan tiedot ratkaisua varten
staff-data-audited = Tämän sivun avaaminen on kirjattu lokiin, ja asiakas näkee sen.
staff-decide-heading = Ratkaisu
staff-decide-submit = Tallenna ratkaisu
staff-outcome-legend = Ratkaisu
staff-approve-rectification = Hyväksy: oikaise tieto rekisteriin
staff-approve-erasure = Hyväksy: poista tiedot
staff-approve-restriction = Hyväksy: rajoita käsittelyä
staff-approve-objection = Hyväksy: lopeta vastustettu käsittely
staff-approve-copy = Valmis: anna valmisteltu jäljennös asiakkaalle
staff-approve-question = Valmis: kysymykseen vastattu
staff-approve-complaint = Valmis: valitukseen vastattu
staff-reject = Hylkää
staff-reject-hint = Perustele hylkäys. Asiakkaalle kerrotaan oikeudesta valittaa tietosuojavaltuutetulle.
staff-dpo-decides = Tämän pyynnön ratkaisee tietosuojavastaava.
staff-due-soon = erääntyy { $days } päivän kuluttua
staff-due-today = erääntyy tänään
staff-overdue = myöhässä { $days } päivää
staff-extend-heading = Jatka vastausaikaa
staff-extend-lead = Vain kerran ja vain ensimmäisen kuukauden aikana, jos pyyntö on laaja tai pyyntöjä on paljon. Asiakas näkee syyn.
staff-extend-legend = Jatko
staff-extend-1 = Yksi kuukausi
staff-extend-2 = Kaksi kuukautta
staff-extend-reason = Syy asiakkaalle
staff-extend-submit = Jatka aikaa
staff-field-history = Tiedon { $field } historia
staff-filters-heading = Rajaa jonoa
staff-filter-submit = Näytä
staff-search-label = Viitenumero tai asiakasnumero
staff-overdue-only = Vain myöhässä olevat
staff-lift-heading = Poista käsittelyn rajoitus
staff-lift-reason = Syy rajoituksen poistamiseen
staff-lift-submit = Poista rajoitus
staff-mark-notified = Merkitse ilmoitetuksi
staff-notified-at = Ilmoitettu { $when }
staff-median-label = Mediaani saapumisesta ratkaisuun
staff-median-days = { $days } päivää
staff-decided-count = ({ $count } ratkaistua)
staff-message-heading = Viesti asiakkaalle
staff-message-label = Viesti
staff-message-submit = Lähetä viesti
staff-nav-label = Henkilökunnan sivut
staff-next-page = Seuraavat pyynnöt
staff-not-restricted = Ei rajoitettu
staff-restricted-now = Käsittely rajoitettu: tietoja ei käytetä markkinointiin
staff-restriction-asked = Asiakas pyytää rajoittamista, kunnes pyyntö on ratkaistu
staff-restricted-mark = (rajoitettu)
staff-overdue-count = Myöhässä olevia
staff-overview-title = Yleiskuva – Tietoni
staff-overview-heading = Yleiskuva
staff-queue-heading = Pyyntöjono
staff-queue-caption = Pyynnöt määräpäivän mukaan, aikaisin ensin
staff-queue-empty = Ei pyyntöjä näillä rajauksilla.
staff-queue-total = { $count } pyyntöä
staff-recipients-heading = Vastaanottajille ilmoittaminen
staff-notice-pending = Ilmoitus lähtee sähköpostilla luovutuksen yhteydessä kirjattuun osoitteeseen.
staff-notice-failed = Sähköposti-ilmoitus ei mennyt perille (katso Lähtevä posti): ilmoita muulla tavalla.
staff-recipients-lead = Muutoksesta on ilmoitettava jokaiselle, jolle tietoja on luovutettu (tietosuoja-asetuksen 19 artikla). Asiakas näkee tilanteen.
staff-recipients-caption = Vastaanottajat ja ilmoitukset
staff-restrict-heading = Rajoita käsittelyä
staff-restrict-lead = Asiakkaan tietoja ei käytetä markkinointiin, ja ne merkitään rajoitetuiksi kaikkialla, kunnes rajoitus poistetaan perustellusti.
staff-restrict-submit = Rajoita käsittelyä
staff-done-assigned = Käsittelijä tallennettu.
staff-done-message = Viesti lähetetty asiakkaalle.
staff-done-extended = Vastausaikaa jatkettu; asiakkaalle on kerrottu.
staff-done-approved = Ratkaisu tallennettu ja tehty rekisteriin.
staff-done-rejected = Hylkäys tallennettu; asiakkaalle on kerrottu.
staff-done-restricted = Käsittely rajoitettu.
staff-done-lifted = Rajoitus poistettu.
staff-done-notified = Merkitty ilmoitetuksi.
error-conflict = Tätä ei voi tehdä nyt: pyyntö on muuttunut tai jo ratkaistu. Lataa sivu uudelleen.
error-months-invalid = Valitse jatkoksi yksi tai kaksi kuukautta.
error-outcome-missing = Valitse ratkaisu.
request-mail-message-subject = Uusi viesti pyyntöösi { $reference }
request-mail-message-body =
    Hei,

    pyyntöösi { $reference } on uusi viesti. Lue se täällä:
    { $link }

    ElmoNet Oy
request-mail-waiting-subject = Pyyntösi { $reference } odottaa vastaustasi
request-mail-waiting-body =
    Hei,

    tarvitsemme sinulta lisätietoja pyyntöösi { $reference }. Vastaa täällä:
    { $link }

    ElmoNet Oy
request-mail-extended-subject = Pyyntösi { $reference } käsittelyaikaa on jatkettu
request-mail-extended-body =
    Hei,

    pyyntösi { $reference } käsittelyaikaa on jatkettu. Syy ja uusi määräpäivä:
    { $link }

    ElmoNet Oy
request-mail-decided-subject = Pyyntösi { $reference } on ratkaistu
request-mail-decided-body =
    Hei,

    pyyntösi { $reference } on ratkaistu. Lue vastaus täällä:
    { $link }

    ElmoNet Oy
recipient-notice-subject = ElmoNet Oy: teille luovutettuja henkilötietoja on { $change ->
        [erasure] poistettu
        [restriction] rajoitettu
       *[other] oikaistu
    }
recipient-notice-body =
    Hyvä vastaanottaja,

    olemme luovuttaneet teille asiakkaamme henkilötietoja ({ $date }; viitteenne: { $reference }). Asiakkaan pyynnöstä olemme nyt { $change ->
        [erasure] poistaneet
        [restriction] rajoittaneet käsittelystä
       *[other] oikaisseet
    } seuraavat tiedot: { $categories }.

    EU:n yleisen tietosuoja-asetuksen 19 artikla velvoittaa meidät ilmoittamaan muutoksesta jokaiselle, jolle tietoja on luovutettu. Pyydämme teitä { $change ->
        [erasure] poistamaan tiedot myös omista rekistereistänne, ellei laki velvoita teitä säilyttämään niitä.
        [restriction] olemaan käsittelemättä tietoja muuten kuin säilyttämällä niitä, kunnes rajoitus päättyy.
       *[other] korjaamaan tiedot myös omiin rekistereihinne.
    }

    Tämä viesti ei sisällä henkilötietoja. Muutetut tiedot toimitamme pyynnöstä suojatusti: { $contact }

    ElmoNet Oy
outbox-template-recipient-notice = Ilmoitus luovutuksen saajalle (19 artikla)
request-recipients-heading = Kenelle muutoksesta ilmoitetaan
request-recipients-lead = Kerromme muutoksesta jokaiselle, jolle tietojasi on luovutettu.
request-recipient-pending = Ilmoitus tekemättä
data-restricted-banner = Tietojesi käsittely on rajoitettu: niitä säilytetään, mutta niitä ei käytetä markkinointiin.
value-request = Pyyntösi perusteella
staff-source-request = Asiakkaan pyynnöstä
staff-event-received = Pyyntö vastaanotettu
staff-event-assigned = Käsittelijä nimetty
staff-event-in_progress = Käsittely aloitettu
staff-event-message_customer = Asiakas lähetti viestin
staff-event-message_staff = Viesti asiakkaalle
staff-event-clarification_requested = Asiakkaalta pyydettiin tarkennusta
staff-event-identity_check_requested = Asiakasta pyydettiin varmistamaan henkilöllisyys
staff-event-clarification_answered = Asiakas vastasi
staff-event-extended = Vastausaikaa jatkettu
staff-event-restriction_requested = Asiakas pyysi käsittelyn rajoittamista
staff-event-restriction_applied = Käsittelyä rajoitettu
staff-event-restriction_lifted = Rajoitus poistettu
staff-event-completed = Ratkaistu
staff-event-rejected = Hylätty
staff-event-withdrawn = Asiakas perui pyynnön
staff-event-recipient_notified = Vastaanottajalle ilmoitettu
a11y-title = Saavutettavuusseloste – Tietoni
a11y-heading = Saavutettavuusseloste
a11y-scope = Tämä seloste koskee Tietoni-palvelua, ElmoNet Oy:n asiakasrekisterin tietosuojaportaalia. Seloste on laadittu 25.11.2026 ja päivitetty 1.12.2026, kun palveluun tulivat Tietoni-palvelun omat tiedot asiakkaasta (Omat tiedot) ja uuden kirjautumisosoitteen vahvistaminen. Se perustuu itsearvioon ja automaattiseen testaukseen: jokainen sivu tarkistetaan axe-työkalulla suomeksi, ruotsiksi ja englanniksi puhelimen ja tietokoneen näytön kokoisena, ja asioinnit testataan pelkällä näppäimistöllä sekä ilman JavaScriptiä. Virtuaalinen ruudunlukija tarkistaa, mitä kolmessa asioinnissa luetaan ääneen: kirjautuminen virheen kanssa, markkinointiluvan muutos ja pyynnön lähettäminen.
a11y-status-heading = Saavutettavuuden tila
a11y-status = Palvelu täyttää WCAG 2.2 -ohjeiston A- ja AA-tason vaatimukset osittain. Alla kerrotut puutteet estävät täyden vaatimustenmukaisuuden.
a11y-gaps-heading = Tunnetut puutteet
a11y-gap-recordings = Asiakaspalvelupuheluiden tallenteista ei ole tekstivastinetta (WCAG 1.2.1). Saat tallenteen sisällön kirjallisena pyytämällä jäljennöstä tiedoistasi.
a11y-gap-manual = Palvelua ei ole vielä testattu oikeilla ruudunlukijoilla (NVDA, JAWS, VoiceOver, TalkBack) eikä sen käyttäjien kanssa. Virtuaalinen ruudunlukija ja automaattinen testaus eivät löydä kaikkia ongelmia.
a11y-gap-qr = Kaksivaiheisen tunnistautumisen käyttöönotto edellyttää todennussovellusta; QR-koodin rinnalla avain näytetään tekstinä, mutta vaihtoehtoista tunnistautumistapaa (esim. tekstiviesti) ei ole.
a11y-gap-session = Istunto päättyy, kun palvelua ei ole käytetty 30 minuuttiin. JavaScriptin kanssa sivu varoittaa kaksi minuuttia ennen ja istuntoa voi jatkaa; ilman JavaScriptiä varoitusta ei tule (WCAG 2.2.1), ja lomakkeen lähettäminen päättyneessä istunnossa vie kirjautumaan uudelleen; kirjautumisen jälkeen kirjoittamasi on taas lomakkeessa.
a11y-how-heading = Miten palvelua voi käyttää
a11y-how = Kaikki toiminnot toimivat ilman JavaScriptiä ja pelkällä näppäimistöllä. Sivut mukautuvat 320 pikselin leveyteen asti ja tekstiä voi suurentaa 200 prosenttiin. Kieli vaihdetaan sivun ylälaidasta, ja valinta säilyy.
a11y-feedback-heading = Anna palautetta saavutettavuudesta
a11y-feedback-lead = Huomasitko puutteen, jota ei ole kerrottu yllä, tai etkö pysty käyttämään jotakin osaa palvelusta? Kerro meille. Vastaamme 14 päivän kuluessa.
a11y-message-label = Palautteesi
a11y-page-label = Sivu, jolla ongelma oli
a11y-page-hint = Vapaaehtoinen. Esimerkiksi sivun nimi tai osoite.
a11y-contact-label = Sähköpostiosoite vastausta varten
a11y-contact-hint = Vapaaehtoinen. Ilman osoitetta emme voi vastata sinulle.
a11y-submit = Lähetä palaute
a11y-thanks = Kiitos palautteestasi. Viitenumero { $reference }. Vastaamme 14 päivän kuluessa.
a11y-authority-heading = Valvontaviranomainen
a11y-authority = Jos et ole tyytyväinen vastaukseemme tai et saa vastausta 14 päivässä, voit tehdä ilmoituksen valvontaviranomaiselle. Ohjeet ja yhteystiedot:
a11y-staff-title = Saavutettavuuspalaute – Tietoni
a11y-staff-heading = Saavutettavuuspalaute
a11y-staff-lead = Palautteeseen on vastattava 14 päivän kuluessa. Avoimet ensin, määräpäivän mukaan.
a11y-staff-none = Ei palautetta.
a11y-staff-due = vastattava viimeistään { $date }
a11y-staff-answered-at = vastattu { $when }
a11y-staff-answer-label = Vastaus
a11y-staff-answer-mailed = Vastaus lähetetään palautteen antajalle sähköpostilla.
a11y-staff-answer-no-mail = Palautteen antaja ei antanut osoitetta; vastaus kirjataan vain tähän.
a11y-staff-answer-submit = Tallenna vastaus
a11y-staff-answered = Vastaus tallennettu.
feedback-mail-subject = Vastaus saavutettavuuspalautteeseesi { $reference }
feedback-mail-body =
    Hei,

    kiitos palautteestasi { $reference }. Vastauksemme:

    { $answer }

    ElmoNet Oy

# Opening a staff page that records a look at personal data from a link on another site.
confirm-open-title = Avaa sivu, jolla näet asiakkaan tietoja
confirm-open-lead = Tulit toiselta sivustolta linkkiä pitkin. Tämän sivun avaaminen kirjataan asiakkaan tietojen katseluksi, joten avaa se vain, jos tarkoitit sitä.
confirm-open-link = Avaa sivu
col-legal-basis = Käsittelyperuste
objections-heading = Käsittelyn vastustaminen
objections-lead = Nämä käyttötarkoitukset perustuvat ElmoNetin oikeutettuun etuun. Voit vastustaa niitä erityiseen tilanteeseesi liittyvällä perusteella; kun vastustus hyväksytään, tietojasi ei enää käytetä tähän tarkoitukseen.
objections-caption = Käyttötarkoitukset, joita voit vastustaa
objections-upheld = Vastustettu { $date } alkaen (pyyntö { $reference })
objections-none = Ei vastustettu
objections-file = Vastusta käsittelyä
data-objections-caption = Käsittelyn vastustamiset
value-upheld = Vastustus hyväksytty
col-wording = Teksti, jonka näit
data-restricted-since = Rajoitus on ollut voimassa { $date } alkaen.
data-restricted-since-request = Rajoitus on ollut voimassa { $date } alkaen pyyntösi { $reference } perusteella.
data-restricted-ground = Peruste: { $ground }.
restriction-while-pending = rajoitus kestää, kunnes pyyntösi { $reference } on käsitelty
staff-accounts-title = Henkilökunnan tunnukset – Tietoni
staff-accounts-heading = Henkilökunnan tunnukset
staff-accounts-lead = Tunnusten myöntäminen ja poistaminen (tietosuojaseloste §8). Poistettu tunnus ei voi kirjautua, sen istunnot päättyvät heti, ja sen aiemmat toimet säilyvät sen nimissä. Jokainen muutos kirjataan lokiin.
staff-accounts-caption = Henkilökunnan tunnukset
staff-accounts-col-last = Viimeksi kirjautunut
staff-accounts-col-actions = Muutokset
staff-accounts-active = Käytössä
staff-accounts-active-no-factor = Käytössä, ei kaksivaiheista tunnistusta
staff-accounts-deactivated = Poistettu käytöstä
staff-accounts-make = { $name }: tee roolista { $role }
staff-accounts-deactivate = Poista käytöstä: { $name }
staff-accounts-activate = Ota käyttöön: { $name }
staff-accounts-you = Oma tunnuksesi
staff-accounts-done-role = Rooli vaihdettu.
staff-accounts-done-activated = Tunnus otettu käyttöön.
staff-accounts-done-deactivated = Tunnus poistettu käytöstä, ja sen istunnot päätettiin.
col-name = Nimi
error-role-invalid = Valitse rooli.
request-records-legend = Tai vain osa muista antamistasi tiedoista
request-records-hint = Valitse yksittäiset tiedot, jos et halua poistaa kaikkia. Jos valitset yllä koko ryhmän, kaikki sen tiedot poistetaan.
request-records-chosen = { $count } yksittäistä tietoa ryhmästä { $category }

## Retention (issue #17)
col-deleted-on = Poistetaan
value-retention-not-started = kun käyttö päättyy
retention-label = Säilytysaika
retention-dated-record = Kukin tieto poistetaan, kun sen ajankohdasta on kulunut { $period }; päivä näkyy sarakkeessa ”Poistetaan”.
retention-dated-end-of-year = Kukin tieto poistetaan, kun sen vuoden lopusta on kulunut { $period }; päivä näkyy sarakkeessa ”Poistetaan”.
retention-dated-contract-end = Tiedot poistetaan, kun sopimuksen päättymisestä on kulunut { $period }.
retention-dated-relationship-end = Tiedot anonymisoidaan, kun viimeisen sopimuksesi päättymisestä on kulunut { $period } eikä laskuja ole maksamatta.
period-year-one = { $n } vuosi
period-year-other = { $n } vuotta
period-month-one = { $n } kuukausi
period-month-other = { $n } kuukautta
period-week-one = { $n } viikko
period-week-other = { $n } viikkoa
period-day-one = { $n } päivä
period-day-other = { $n } päivää
retention-held-lead = Tietojasi säilytetään määräajan jälkeenkin, koska:
retention-held-open-request = pyyntösi { $reference } on vielä käsittelyssä, eikä se saa menettää tietoja, joita se koskee
retention-held-open-requests = pyyntösi { $references } ovat vielä käsittelyssä, eivätkä ne saa menettää tietoja, joita ne koskevat
retention-held-restricted = olet pyytänyt käsittelyn rajoittamista, joten tietoja ei poisteta ennen kuin rajoitus puretaan
retention-held-debt-collection = sinulla on avoin perintäasia
retention-held-legal = tietosuojavastaava on asettanut säilytysvelvoitteen { $until } asti: { $reason }
retention-staff-title = Säilytysajat – Tietoni
retention-staff-heading = Säilytysajat
retention-staff-lead = Säilytysajo poistaa tiedot, joiden säilytysaika rekisteriselosteen mukaan on päättynyt, ellei pito estä sitä. Tällä sivulla näet ajon ajastuksen, viimeisimpien ajojen tulokset ja voimassa olevat oikeudelliset pidot.
retention-done-dry-run = Koeajo tehty. Sen tulos on alla; mitään ei poistettu.
retention-done-placed = Oikeudellinen pito asetettu.
retention-done-lifted = Oikeudellinen pito purettu. Asiakkaan vanhentuneet tiedot poistetaan seuraavassa ajossa.
retention-schedule-heading = Ajastus
retention-schedule-label = Ajo käynnistyy
retention-schedule-every = { $hours } tunnin välein
retention-schedule-off = ei ajastettu tässä palvelussa (käynnistetään komennolla tietoni retention run)
retention-last-run = Edellinen ajo
retention-next-run = Seuraava ajo aikaisintaan
retention-dry-run = Tee koeajo nyt
retention-dry-run-hint = Koeajo laskee, mitä poistettaisiin ja mitä pidettäisiin, mutta ei poista mitään.
retention-runs-heading = Viimeisimmät ajot
retention-no-runs = Säilytysajoa ei ole vielä tehty.
retention-run-caption = Ajo { $at }
retention-run-caption-dry = Koeajo { $at }
retention-col-category = Tietoryhmä
retention-col-cutoff = Poistetaan ennen
retention-col-due = Vanhentuneita
retention-col-deleted = Poistettu
retention-col-held = Pidetty
retention-col-why = Syy
retention-hold-open_request = avoin pyyntö
retention-hold-open_requests = avoimet pyynnöt
references-more = ja { $count } muuta
retention-hold-restricted = käsittely rajoitettu
retention-hold-debt_collection = avoin perintäasia
retention-hold-legal_hold = oikeudellinen pito
retention-hold-unpaid = maksamaton lasku
retention-hold-collection_case = laskulla perintäasia
retention-note-no_period = säännöllä ei ole kiinteää säilytysaikaa
retention-note-event_not_followed = säilytysaika alkaa tapahtumasta, jota ajo ei vielä seuraa
retention-note-cut_short = ajo keskeytyi; seuraava ajo jatkaa
retention-note-no_signing_key = allekirjoitusavainta ei ole asetettu, joten lokista ei poisteta mitään
retention-holds-heading = Oikeudelliset pidot
retention-holds-lead = Pito säilyttää asiakkaan kaikki tiedot säilytysajan yli annettuun päivään asti (esimerkiksi oikeusvaateen tai viranomaisen määräyksen vuoksi). Asiakas näkee pidon syyn ja päättymispäivän omilla sivuillaan.
retention-no-holds = Voimassa olevia pitoja ei ole.
retention-holds-caption = Voimassa olevat pidot
retention-col-reason = Syy
retention-col-until = Voimassa asti
retention-col-placed = Asetettu
retention-placed-by = { $at }, { $name }
retention-lift = Pura asiakkaan { $customer } pito
retention-place-heading = Aseta pito
retention-reason-label = Syy
retention-reason-hint = Asiakas näkee syyn. Kirjoita se niin, että asiakas ymmärtää sen.
retention-until-label = Voimassa asti
retention-until-hint = Päivämäärä muodossa vvvv-kk-pp, enintään 10 vuoden päähän.
retention-place = Aseta pito
error-hold-end-out-of-range = Valitse päivä tästä päivästä enintään 10 vuoden päähän.
error-customer-unknown = Tällä numerolla ei ole asiakasta.
retention-target-portal_one_time_codes = Portaali: aktivointikoodit ja salasanan vaihtolinkit
retention-target-portal_login_email_changes = Portaali: uusien kirjautumisosoitteiden vahvistuslinkit
retention-target-portal_unconfirmed_requests = Portaali: vahvistamattomat pyynnöt ilman tunnusta
retention-target-portal_recovery_codes = Portaali: käytetyt varakoodit
retention-target-portal_feedback = Portaali: saavutettavuuspalaute
retention-hold-unanswered = vastaamaton palaute
retention-target-portal_requests = Portaali: ratkaistut ja perutut pyynnöt
retention-hold-open = pyyntö on avoinna
retention-target-portal_audit_log = Portaali: tapahtumaloki
retention-hold-after_held = vanhempi rivi pidetään
retention-target-basic = Päättyneet asiakassuhteet (perustiedot anonymisoidaan)

## Record of processing (Art. 30)
record-title = Seloste käsittelytoimista – Tietoni
record-heading = Seloste käsittelytoimista
record-lead = Seloste käsittelytoimista (EU:n yleinen tietosuoja-asetus 30 artikla) rekisteristä { $register }. Se luodaan rekisteriselosteesta, joka on voimassa { $date } alkaen: kun selostetta muutetaan, tämä sivu muuttuu samalla. Sivu tulostuu asiakirjana.
record-download-json = Lataa JSON-tiedostona ({ $language })
record-controller = Rekisterinpitäjä
record-controller-name = Nimi
record-address = Osoite
record-contact = Yhteystiedot
record-purposes = Käsittelyn tarkoitukset
record-purposes-caption = Tarkoitukset ja niiden oikeusperusteet
record-col-purpose = Tarkoitus
record-col-basis = Oikeusperuste
record-subjects = Rekisteröityjen ryhmät
record-categories = Henkilötietoryhmät
record-sources = Tietolähteet
record-recipients = Vastaanottajat
record-retention = Säilytysajat
record-retention-caption = Säilytyssäännöt
record-col-rule = Sääntö
record-col-period = Säilytysaika
record-col-source = Peruste
record-no-fixed-period = ei kiinteää aikaa
record-runs-from-record = tiedon ajankohdasta
record-runs-from-end_of_year = tiedon vuoden lopusta
record-runs-from-contract_end = sopimuksen päättymisestä
record-runs-from-relationship_end = asiakassuhteen päättymisestä
record-transfers = Siirrot EU:n tai ETA:n ulkopuolelle
record-transfers-no = Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.
record-transfers-yes = Tietoja siirretään EU:n tai ETA:n ulkopuolelle; katso rekisteriseloste.
record-security = Tekniset ja organisatoriset turvatoimet
record-authority = Valvontaviranomainen
retention-target-contracts = Sopimukset
retention-hold-in_use = sopimus on käytössä
retention-target-orders = Tilaukset
retention-hold-active_contract = asiakkaalla on voimassa oleva sopimus
retention-staff-holds-label = Pidetään säilytysajan yli
retention-staff-no-holds = ei mikään
error-unavailable = Palvelu on tilapäisesti poissa käytöstä. Yritä hetken kuluttua uudelleen. (Viite { $reference })
unavailable-title = Palvelu on tilapäisesti poissa käytöstä

## Disclosures (Art. 15(1)(c), 19)
disclosures-title = Luovutukset – Tietoni
disclosures-heading = Luovutukset
disclosures-lead = Kirjaa tähän jokainen kerta, kun asiakkaan tietoja luovutetaan nimetylle vastaanottajalle (esimerkiksi viranomaisen tietopyyntöön vastattaessa tai perintätoimistolle). Asiakas näkee jokaisen luovutuksen omilla sivuillaan, ja luovutukset kertovat, kenelle tietojen korjauksesta tai poistosta on ilmoitettava.
disclosures-record-heading = Kirjaa luovutus
disclosures-class-legend = Vastaanottajaryhmä (rekisteriseloste, kohta 7)
disclosures-name-label = Vastaanottaja
disclosures-name-hint = Vastaanottajan nimi, esimerkiksi Helsingin poliisilaitos.
disclosures-categories-legend = Luovutetut tiedot
disclosures-basis-legend = Luovutuksen peruste
disclosures-reference-label = Vastaanottajan viite (valinnainen)
disclosures-reference-hint = Esimerkiksi viranomaisen diaarinumero.
disclosures-notify-label = Osoite ilmoituksille muutoksista (valinnainen)
disclosures-notify-hint = Vastaanottajan tietosuojayhteyshenkilön sähköposti. Jos asiakkaan tietoja myöhemmin oikaistaan, poistetaan tai rajoitetaan, ilmoitus lähtee tähän osoitteeseen automaattisesti (tietosuoja-asetuksen 19 artikla).
disclosures-notify-to = Ilmoitukset muutoksista: { $address }
disclosures-date-label = Luovutuspäivä
disclosures-date-hint = Päivämäärä muodossa vvvv-kk-pp, enintään tämä päivä.
disclosures-record = Kirjaa luovutus
disclosures-done-recorded = Luovutus kirjattu. Asiakas näkee sen omilla sivuillaan.
disclosures-latest-heading = Viimeisimmät luovutukset
disclosures-caption = Luovutukset, uusin ensin
disclosures-col-date = Päivä
disclosures-col-recipient = Vastaanottaja
disclosures-col-categories = Tiedot
disclosures-col-basis = Peruste
disclosures-col-reference = Viite
disclosures-none-staff = Luovutuksia ei ole kirjattu.
disclosures-none = Tietojasi ei ole luovutettu kenellekään nimetylle vastaanottajalle.
data-disclosures-heading = Kenelle tietojasi on luovutettu
data-disclosures-lead = Jokainen kerta, kun tietojasi on annettu ElmoNetin ulkopuolelle nimetylle vastaanottajalle: kenelle, mitä tietoja, milloin ja millä perusteella. Tietoryhmien sivuilla näet lisäksi vastaanottajaryhmät, joille tietoja voidaan luovuttaa.
error-recipient-missing = Valitse vastaanottajaryhmä.
error-basis-missing = Valitse luovutuksen peruste.
error-disclosure-restricted = Asiakkaan tietojen käsittely oli rajoitettu luovutuspäivänä (EU:n tietosuoja-asetus 18 artikla). Rajoitettuja tietoja saa luovuttaa vain lakisääteisen velvoitteen perusteella tai asiakkaan suostumuksella; rajoituksen peruste näkyy asiakkaan rajoituspyynnöstä.
error-date-in-future = Luovutuspäivä ei voi olla tulevaisuudessa.
error-text-too-long-short = Teksti on liian pitkä. Lyhennä se enintään 200 merkkiin.

## Lähtevä posti (outbox, issue #19)
outbox-heading = Lähtevä posti
outbox-lead = Asiakkaille lähtevä posti kirjoitetaan samassa tapahtumassa kuin muutos, johon se kuuluu, ja lähetetään heti sen jälkeen. Epäonnistunut lähetys yritetään uudelleen kasvavin välein; kahdeksan yrityksen tai pysyvän hylkäyksen jälkeen viesti jää tänne. Vastaanottajaa ja sisältöä ei näytetä.
outbox-pending = Odottaa lähetystä
outbox-failed = Epäonnistuneet
outbox-sent-day = Lähetetty viimeisen vuorokauden aikana
outbox-oldest = Vanhin odottava
outbox-none-stuck = Ei epäonnistuneita eikä viivästyneitä viestejä.
outbox-stuck-caption = Epäonnistuneet ja viivästyneet viestit
outbox-col-mail = Viesti
outbox-col-created = Kirjoitettu
outbox-col-status = Tila
outbox-col-attempts = Yrityksiä
outbox-col-next = Seuraava yritys
outbox-col-error = Virhe
outbox-col-action = Toiminto
outbox-status-pending = Yritetään uudelleen
outbox-status-failed = Epäonnistui
outbox-retry = Lähetä viesti { $id } uudelleen
outbox-done-mail-retried = Viesti on palautettu lähetettäväksi.
outbox-template-request-mail-received = Vastaanottokuittaus pyynnöstä
outbox-template-request-mail-message = Viesti pyyntöön
outbox-template-request-mail-waiting = Pyyntö odottaa asiakkaan vastausta
outbox-template-request-mail-extended = Käsittelyajan jatko
outbox-template-request-mail-decided = Pyynnön ratkaisu
outbox-template-reset-mail = Salasanan vaihtolinkki
outbox-template-feedback-mail = Vastaus saavutettavuuspalautteeseen
outbox-template-activation-letter = Aktivointikirje (kirjeenä postitse)
# Vahva sähköinen tunnistautuminen
eid-heading = Pankkitunnuksilla tai mobiilivarmenteella
eid-lead = Tunnistaudu vahvasti, niin pääset omiin tietoihisi heti. Aktivointikirjettä tai salasanaa ei tarvita.
eid-start = Tunnistaudu pankkitunnuksilla tai mobiilivarmenteella
eid-or-password = Tai kirjaudu salasanalla
eid-confirm-heading = Tai vahvista tunnistautumalla
eid-confirm-lead = Voit vahvistaa henkilöllisyytesi myös pankkitunnuksilla tai mobiilivarmenteella.
eid-confirm-start = Vahvista pankkitunnuksilla tai mobiilivarmenteella
eid-refused-title = Tunnistautuminen ei onnistunut
eid-refused-peruttu = Tunnistautuminen keskeytettiin. Voit yrittää uudelleen.
eid-refused-vanhentunut = Tunnistautuminen oli vanhentunut tai se aloitettiin toisessa selainikkunassa. Aloita uudelleen tältä sivulta.
eid-refused-ei-tama-tunnistus = Tunnistuspalvelun vastaus ei kuulunut tähän tunnistautumiseen, joten sitä ei hyväksytty. Aloita uudelleen.
eid-refused-vaara-allekirjoitus = Tunnistuspalvelun vastauksen allekirjoitus ei täsmännyt, joten sitä ei hyväksytty. Aloita uudelleen.
eid-refused-vanha-tunniste = Tunnistuspalvelun vastaus oli vanhentunut, joten sitä ei hyväksytty. Aloita uudelleen.
eid-refused-taso = Valitsemasi tunnistustapa ei ole riittävän vahva. Käytä pankkitunnuksia, mobiilivarmennetta tai henkilökorttia.
eid-refused-ei-tunnusta = Tunnistuspalvelu ei kertonut henkilötunnustasi, joten emme voi yhdistää sinua asiakastietoihin.
eid-refused-palvelu = Tunnistuspalveluun ei juuri nyt saada yhteyttä. Yritä hetken päästä uudelleen tai kirjaudu salasanalla.
eid-refused-ei-asiakas = Tunnistauduit onnistuneesti, mutta emme löytäneet sinua ElmoNetin asiakasrekisteristä. Jos olet mielestäsi asiakas tai haluat käyttää tietosuojaoikeuksiasi, ota yhteyttä asiakaspalveluun.
eid-refused-tili-suljettu = Tietoni-tunnuksesi on suljettu. Ota yhteyttä asiakaspalveluun.
eid-refused-eri-henkilo = Tunnistauduit eri henkilönä kuin kirjautunut käyttäjä, joten vahvistus ei käy.
# Henkilöllisyyden tarkistukset ja saapumiskanavat
identity-heading = Henkilöllisyys
identity-channel = Saapui
channel-portal = Tietoni-palvelussa
channel-phone = Puhelimessa
channel-email = Sähköpostilla
channel-letter = Kirjeellä
channel-service_point = Palvelupisteessä
identity-required = Vaadittu varmuus
identity-sufficient = { $level }: riittää, pyynnön voi toteuttaa.
identity-missing = { $level }: puuttuu. Pyyntöä ei voi toteuttaa ennen kuin henkilöllisyys on tarkistettu.
identity-level-low = Perustaso (tietokysymykset)
identity-level-substantial = Korotettu (oma tunnus)
identity-level-high = Vahva (vahva tunnistus tai henkilöllisyystodistus)
identity-method-strong_eid = Vahva sähköinen tunnistus
identity-method-password_totp = Kirjautunut salasanalla ja vahvistuskoodilla
identity-method-password = Kirjautunut salasanalla
identity-method-account = Kirjautunut omalla tunnuksella
identity-method-id_document = Henkilöllisyystodistus palvelupisteessä
identity-method-known_data = Tietokysymykset
identity-document-passport = passi
identity-document-id_card = henkilökortti
identity-document-driving_licence = ajokortti
identity-by-portal = Tietoni (lähetettäessä)
identity-verified = Varmistettu
identity-not-verified = Ei varmistettu
identity-no-checks = Henkilöllisyyttä ei ole vielä tarkistettu.
identity-checks-caption = Henkilöllisyyden tarkistukset
identity-col-method = Tapa
identity-col-level = Varmuus
identity-col-by = Tarkistaja
identity-col-result = Tulos
identity-record-heading = Kirjaa henkilöllisyyden tarkistus
identity-method-legend = Miten henkilöllisyys tarkistettiin?
identity-document-legend = Henkilöllisyystodistus
identity-document-hint = Vain kun henkilöllisyystodistus nähtiin palvelupisteessä.
identity-result-legend = Tulos
identity-record-submit = Kirjaa tarkistus
staff-done-identity = Henkilöllisyyden tarkistus kirjattu.
staff-event-identity_verified = Henkilöllisyys varmistettu
staff-event-identity_not_verified = Henkilöllisyyttä ei voitu varmistaa
request-event-identity_verified = Henkilöllisyytesi varmistettiin
request-event-identity_not_verified = Henkilöllisyyttäsi ei voitu varmistaa
error-identity-insufficient = Henkilöllisyyttä ei ole tarkistettu niin varmasti kuin tämä pyyntö vaatii. Kirjaa tarkistus ensin.
error-identity-method-missing = Valitse, miten henkilöllisyys tarkistettiin.
error-identity-document-missing = Valitse henkilöllisyystodistus, kun henkilöllisyys tarkistettiin todistuksesta.
error-identity-result-missing = Valitse tarkistuksen tulos.
request-channel-label = Saapui
request-identity-label = Henkilöllisyys
request-identity-none = Ei vielä tarkistettu
# Muualta saapuneet pyynnöt
intake-title = Kirjaa saapunut pyyntö – Tietoni
intake-heading = Kirjaa saapunut pyyntö
intake-lead = Kirjaa pyyntö, joka tuli puhelimessa, sähköpostilla, kirjeellä tai palvelupisteessä. Määräaika lasketaan saapumispäivästä. Henkilöllisyyden tarkistus kirjataan pyynnön sivulla.
intake-channel-legend = Miten pyyntö saapui?
intake-received-label = Saapumispäivä
intake-received-hint = Päivä, jolloin pyyntö saapui ElmoNetille, esimerkiksi 30.11.2026.
intake-customer-label = Asiakasnumero tai henkilötunnus
intake-customer-hint = Asiakasrekisterin asiakas, jota pyyntö koskee.
intake-kind-legend = Mitä pyydettiin?
intake-description-label = Pyynnön sisältö
intake-description-hint = Mitä henkilö pyysi, hänen omin sanoin niin tarkasti kuin mahdollista.
intake-categories-legend = Poistettavat tiedot (vain poistopyyntö)
intake-categories-hint = Valitse poistopyynnössä ainakin yksi.
intake-purposes-legend = Vastustetut käyttötarkoitukset (vain vastustaminen)
intake-purposes-hint = Valitse vastustamisessa ainakin yksi.
intake-submit = Kirjaa pyyntö
staff-done-recorded = Pyyntö kirjattu jonoon. Tarkista henkilöllisyys ennen toteuttamista.
error-intake-channel-missing = Valitse, miten pyyntö saapui.
error-intake-date-invalid = Kirjoita saapumispäivä muodossa 30.11.2026.
error-intake-date-future = Saapumispäivä ei voi olla tulevaisuudessa.
error-intake-date-old = Saapumispäivä voi olla enintään vuoden takaa.
error-intake-customer-unknown = Asiakasnumerolla tai henkilötunnuksella ei löytynyt yhtä asiakasta.
error-intake-kind-missing = Valitse, mitä pyydettiin.
error-intake-categories-missing = Valitse poistopyynnössä ainakin yksi poistettava tieto.
error-intake-purposes-missing = Valitse vastustamisessa ainakin yksi käyttötarkoitus.
staff-identity-missing-mark = Henkilöllisyys tarkistamatta
intake-field-legend = Oikaistava tieto (vain oikaisupyyntö)
intake-field-hint = Oikaisupyynnössä valitse tieto ja kirjoita oikea arvo.
intake-proposed-label = Oikea arvo (vain oikaisupyyntö)
intake-ground-legend = Rajoittamisen peruste (vain rajoittaminen)
intake-ground-hint = Rajoittamispyynnössä valitse peruste.

## Pyyntö ilman tunnusta (issue #18)
public-title = Tee pyyntö ilman tunnusta – Tietoni
public-heading = Tee tietosuojapyyntö ilman tunnusta
public-lead = Kuka tahansa voi käyttää tietosuojaoikeuksiaan ElmoNetin asiakasrekisterissä – myös entinen asiakas, yritysasiakkaan yhteyshenkilö tai henkilö, joka ei ole asiakas. Tunnusta ei tarvita.
public-how = Lähetämme antamaasi sähköpostiosoitteeseen vahvistuslinkin. Pyyntö kirjataan ja vastausaika alkaa, kun avaat linkin ja vahvistat pyynnön 24 tunnin kuluessa. Henkilöllisyytesi voit todentaa heti pankkitunnuksilla tai myöhemmin, kun pyydämme sitä.
public-have-account = Onko sinulla Tietoni-tunnus?
public-sign-in = Kirjaudu sisään ja tee pyyntö omilla sivuillasi.
public-who-legend = Kuka olet ja miten sinut tavoittaa
public-name-label = Nimi
public-email-label = Sähköpostiosoite
public-email-hint = Vahvistuslinkki ja vastaukset lähetetään tähän osoitteeseen.
public-phone-label = Puhelinnumero (valinnainen)
public-kind-legend = Mitä pyydät?
public-kind-hint-copy = Saat tiedon siitä, mitä tietoja sinusta on, ja kopion niistä.
public-kind-hint-rectification = Virheellinen tieto korjataan.
public-kind-hint-erasure = Tietoja poistetaan, kun laki sen sallii.
public-kind-hint-restriction = Tietojen käsittelyä rajoitetaan.
public-kind-hint-objection = Vastustat tietojen käyttöä johonkin tarkoitukseen.
public-kind-hint-question = Kysy tietojesi käsittelystä.
public-kind-hint-complaint = Kerro, mikä tietojesi käsittelyssä on mennyt vikaan.
public-description-label = Pyyntösi
public-description-hint = Kerro omin sanoin, mitä pyydät ja mitä tietoja pyyntö koskee. Älä kirjoita henkilötunnustasi.
public-field-legend = Korjattava tieto (vain oikaisupyyntö)
public-ground-legend = Rajoittamisen peruste (vain rajoittamispyyntö)
public-categories-legend = Poistettavat tiedot (vain poistopyyntö)
public-purposes-legend = Vastustetut käyttötarkoitukset (vain vastustaminen)
public-privacy = Käytämme antamiasi tietoja vain tämän pyynnön käsittelyyn. Jos et vahvista pyyntöä, tiedot poistetaan viikon kuluttua.
public-submit = Lähetä pyyntö
public-eid-heading = Todenna henkilöllisyytesi
public-eid-lead = Voit todentaa henkilöllisyytesi nyt pankkitunnuksilla tai mobiilivarmenteella. Silloin pyyntöäsi voidaan käsitellä ilman lisäselvityksiä.
public-eid-start = Tunnistaudu pankkitunnuksilla
public-notice-lahetetty = Pyyntö on lähetetty. Katso sähköpostisi ja vahvista pyyntö linkistä.
public-notice-vahvistettu = Pyyntö on vahvistettu ja kirjattu.
public-notice-tunnistettu = Henkilöllisyytesi on todennettu.
public-status-title = Pyyntösi tilanne – Tietoni
public-status-heading = Pyyntösi tilanne
public-status-unknown = Tässä selaimessa ei ole avointa pyyntöä. Avaa sähköpostissa saamasi linkki nähdäksesi pyyntösi.
public-new = Tee uusi pyyntö
public-status-expired = Vahvistuslinkkiä ei avattu ajoissa, joten pyyntöä ei kirjattu. Voit tehdä uuden pyynnön.
public-status-waiting = Pyyntösi ({ $kind }) odottaa vahvistusta. Avaa sähköpostiisi lähetetty linkki ja vahvista pyyntö viimeistään { $until }. Jos viestiä ei näy, katso myös roskapostikansio.
public-identified = Henkilöllisyytesi on todennettu vahvasti.
public-not-identified = Henkilöllisyyttäsi ei ole vielä todennettu.
public-identity-label = Henkilöllisyys
public-answer-how = Vastaamme sähköpostiisi. Voit kirjoittaa meille tällä sivulla, tai soittaa asiakaspalveluun ja kertoa pyynnön viitenumeron.
public-confirm-title = Vahvista pyyntö – Tietoni
public-confirm-heading = Vahvista pyyntösi
public-confirm-lead = Vahvista pyyntösi ({ $kind }), niin se kirjataan ja vastausaika alkaa.
public-confirm-submit = Vahvista pyyntö
public-confirm-done = Pyyntö on jo vahvistettu ja kirjattu.
public-follow = Katso pyynnön tilanne
public-confirm-invalid = Linkki ei ole voimassa. Se on voinut vanhentua 24 tunnin jälkeen.
public-request-mail-subject = Vahvista tietosuojapyyntösi
public-request-mail-body =
    Hei,

    vahvista ElmoNetille tekemäsi tietosuojapyyntö avaamalla tämä linkki 24 tunnin kuluessa:

    { $link }

    Pyyntö kirjataan vasta, kun vahvistat sen. Jos et tehnyt pyyntöä, voit jättää tämän viestin huomiotta.

    ElmoNet Oy
error-public-name-missing = Kirjoita nimesi.
error-intake-requester-missing = Anna asiakasnumero tai henkilötunnus, tai kirjoita pyytäjän nimi, jos hän ei ole rekisterin asiakas.
error-request-not-linked = Pyyntöä ei ole yhdistetty rekisterin asiakkaaseen. Tarkista henkilöllisyys ja yhdistä pyyntö asiakkaaseen ensin.
staff-customer-not-linked = Ei yhdistetty asiakkaaseen
staff-event-linked = Yhdistetty rekisterin asiakkaaseen
request-event-linked = Pyyntö yhdistettiin asiakastietoihisi
staff-done-linked = Pyyntö on yhdistetty asiakkaaseen.
requester-heading = Pyytäjä
requester-not-linked = Pyyntö on tehty ilman tunnusta, eikä sitä ole yhdistetty rekisterin asiakkaaseen. Tietoja muuttavaa päätöstä ei voi tehdä ennen yhdistämistä.
requester-name = Nimi
requester-email = Sähköposti
requester-phone = Puhelin
requester-none = Ei annettu
requester-eid = Vahva tunnistus
requester-identified-customer = Tunnistautunut; vastaa asiakasta { $number }
requester-identified-nobody = Tunnistautunut; ei vastaa yhtäkään rekisterin asiakasta
requester-not-identified = Ei tunnistautunut
requester-link-heading = Yhdistä asiakkaaseen
requester-link-lead = Kun henkilöllisyys on tarkistettu, yhdistä pyyntö rekisterin asiakkaaseen asiakasnumerolla tai henkilötunnuksella.
requester-link-submit = Yhdistä pyyntö
intake-requester-legend = Jos pyytäjä ei ole rekisterin asiakas
intake-requester-hint = Jätä asiakasnumero tyhjäksi ja kirjoita pyytäjän nimi ja yhteystieto. Pyynnön voi yhdistää asiakkaaseen myöhemmin.
intake-requester-name = Pyytäjän nimi
intake-requester-email = Pyytäjän sähköposti (valinnainen)
intake-requester-phone = Pyytäjän puhelin (valinnainen)
home-public-request = Tee pyyntö ilman tunnusta
home-public-request-hint = – kuka tahansa voi pyytää, asiakkuutta tai tunnusta ei tarvita.
sign-in-public-request = Ei tunnusta? Tee tietosuojapyyntö ilman tunnusta
public-from-elmonet = ElmoNet
public-notice-viesti = Viestisi on lähetetty.

## Personal-data breaches (issue #20, GDPR Art. 33 and 34)
breaches-title = Tietoturvaloukkaukset – Tietoni
breaches-heading = Tietoturvaloukkaukset
breaches-lead = Kirjaa jokainen henkilötietojen tietoturvaloukkaus, myös ne, joista ei tarvitse ilmoittaa (tietosuoja-asetuksen 33 artiklan 5 kohta). Ilmoitus tietosuojavaltuutetulle on tehtävä 72 tunnin kuluessa siitä, kun loukkaus tuli tietoon, ellei se todennäköisesti aiheuta riskiä ihmisille.
breaches-list-heading = Kirjatut loukkaukset
breaches-list-caption = Tietoturvaloukkaukset, avoimet ensin
breaches-none = Tietoturvaloukkauksia ei ole kirjattu.
breaches-col-reference = Tunnus
breaches-col-aware = Tuli tietoon
breaches-col-summary = Mitä tapahtui
breaches-col-risk = Riski
breaches-col-ombudsman = Tietosuojavaltuutettu
breaches-col-told = Kerrottu asiakkaille
breaches-col-status = Tila
breaches-open = avoin
breaches-closed-at = suljettu { $at }
breaches-notified-at = ilmoitettu { $at }
breaches-not-notifiable = ei ilmoiteta: riski epätodennäköinen
breaches-not-notified = ei ilmoitettu (määräaika { $by })
breaches-clock-left = ilmoitettava viimeistään { $by } (jäljellä { $hours } h)
breaches-clock-past = määräaika { $by } ylitetty { $hours } h – ilmoita heti ja kerro syy viivästykseen
breaches-record-heading = Kirjaa loukkaus
breaches-aware-label = Milloin loukkaus tuli tietoon
breaches-aware-hint = Suomen aikaa. 72 tunnin määräaika alkaa tästä hetkestä.
breaches-occurred-label = Milloin loukkaus tapahtui (valinnainen)
breaches-occurred-hint = Niin tarkasti kuin tiedetään, esimerkiksi ”28.11.2026 yöllä” tai ”ei vielä tiedossa”.
breaches-summary-label = Mitä tapahtui
breaches-summary-hint = Loukkauksen luonne: mitä tietoja, miten ja kenen käsiin.
breaches-categories-legend = Tietoryhmät, joita loukkaus koskee
breaches-people-label = Henkilöiden arvioitu määrä
breaches-records-label = Tietueiden arvioitu määrä
breaches-estimate-hint = Kokonaisluku; arvio riittää.
breaches-consequences-label = Todennäköiset seuraukset
breaches-measures-label = Toteutetut ja suunnitellut toimenpiteet
breaches-measures-hint = Mitä on tehty loukkauksen korjaamiseksi ja haittojen lieventämiseksi.
breaches-risk-legend = Riski ihmisten oikeuksille ja vapauksille
breaches-risk-unlikely = Riski epätodennäköinen
breaches-risk-unlikely-hint = Kirjataan, mutta tietosuojavaltuutetulle ei ilmoiteta.
breaches-risk-risk = Riski
breaches-risk-risk-hint = Tietosuojavaltuutetulle ilmoitetaan 72 tunnin kuluessa.
breaches-risk-high = Korkea riski
breaches-risk-high-hint = Ilmoitetaan tietosuojavaltuutetulle ja kerrotaan viipymättä asianomaisille asiakkaille.
breaches-record = Kirjaa loukkaus
breach-title = Tietoturvaloukkaus – Tietoni
breach-heading = Tietoturvaloukkaus { $reference }
breach-not-found = Tietoturvaloukkausta ei löydy
breach-occurred = Milloin loukkaus tapahtui
breach-not-yet = ei vielä
breach-clock-heading = Ilmoituksen määräaika
breach-record-heading = Kirjaus
breach-recorded = Kirjattu
breach-ombudsman-notified = Ilmoitettu tietosuojavaltuutetulle
breach-traficom-notified = Ilmoitettu Traficomille
breach-late-reason-label = Syy viivästykseen
breach-late-reason-hint = 72 tunnin määräaika on ylitetty: ilmoitukseen on liitettävä viivästyksen syyt (33 artiklan 1 kohta).
breach-text-label = Ilmoituksen teksti (kopioi ilmoituslomakkeelle)
breach-text-ombudsman = Ilmoitus henkilötietojen tietoturvaloukkauksesta (EU:n yleisen tietosuoja-asetuksen 33 artikla)
breach-text-traficom = Teleyrityksen ilmoitus tietoturvaloukkauksesta (laki sähköisen viestinnän palveluista 917/2014)
breach-text-controller = Rekisterinpitäjä
breach-text-contact = Yhteyshenkilö
breach-text-reference = Tunnus
breach-text-aware = Tuli tietoon
breach-text-occurred = Tapahtui
breach-text-nature = Loukkauksen luonne
breach-text-categories = Tietoryhmät
breach-text-people = Henkilöiden arvioitu määrä
breach-text-records = Tietueiden arvioitu määrä
breach-text-consequences = Todennäköiset seuraukset
breach-text-measures = Toimenpiteet
breach-text-risk = Riskin arvio
breach-text-late = Syy viivästykseen
breach-ombudsman-heading = Ilmoitus tietosuojavaltuutetulle
breach-ombudsman-lead = Tee ilmoitus tietosuojavaltuutetun toimiston sähköisellä lomakkeella alla olevin tiedoin, ja merkitse se sitten tehdyksi.
breach-traficom-heading = Ilmoitus Traficomille
breach-traficom-lead = Teleyrityksenä ElmoNet ilmoittaa viestintäpalveluihinsa kohdistuneesta tietoturvaloukkauksesta myös Liikenne- ja viestintävirasto Traficomille.
breach-mark-ombudsman = Merkitse ilmoitetuksi tietosuojavaltuutetulle
breach-mark-traficom = Merkitse ilmoitetuksi Traficomille
breach-tell-heading = Asiakkaille kertominen
breach-tell-lead = Riski ei ole korkea, joten asiakkaille kertominen ei ole pakollista, mutta voit kertoa heille.
breach-tell-lead-high = Riski on korkea: kerro loukkauksesta viipymättä jokaiselle asiakkaalle, jota se koskee (34 artikla). He näkevät ilmoituksen omilla sivuillaan ja saavat sähköpostin.
breach-notice-label = Ilmoitus asiakkaille
breach-notice-hint = Selkeällä kielellä: mitä tapahtui, mitä siitä voi seurata, mitä olemme tehneet ja keneltä voi kysyä. Kaikille kerrotaan samoin sanoin.
breach-notice-kept = Asiakkaille annettu ilmoitus
breach-notice-draft =
    ElmoNet Oy havaitsi { $date } tietoturvaloukkauksen, joka koskee tietojasi.

    Mitä tapahtui: { $summary }

    Mitä siitä voi seurata: { $consequences }

    Mitä olemme tehneet: { $measures }

    Lisätietoja: { $contact }
breach-customers-label = Asiakasnumerot
breach-customers-hint = Yksi numero riville tai pilkuilla erotettuina, enintään 500 kerralla. Jos yksikin numero on tuntematon, kenellekään ei kerrota.
breach-tell = Kerro asiakkaille
breach-told-none = Kenellekään ei ole vielä kerrottu.
breach-told-caption = Asiakkaat, joille on kerrottu
breach-told-col-at = Kerrottu
breach-told-col-how = Sähköposti
breach-told-mailed = lähetetty
breach-told-no-mail = ei sähköpostiosoitetta: kerro kirjeellä tai puhelimitse
breach-close-heading = Sulje loukkaus
breach-close-lead = Sulje, kun ilmoitukset on tehty ja toimenpiteet toteutettu. Kirjaus säilyy.
breach-close = Sulje loukkaus
breach-done-recorded = Loukkaus kirjattu. Määräaika näkyy alla.
breach-done-notified-ombudsman = Merkitty ilmoitetuksi tietosuojavaltuutetulle.
breach-done-notified-traficom = Merkitty ilmoitetuksi Traficomille.
breach-done-told = Asiakkaille kerrottu. He näkevät ilmoituksen omilla sivuillaan, ja sähköpostit lähtevät.
breach-done-closed = Loukkaus suljettu. Kirjaus säilyy.
breach-customer-section = Ilmoitukset tietoturvaloukkauksista
breach-customer-heading = Tietoturvaloukkaus, joka koskee tietojasi ({ $reference })
breach-customer-told = Kerrottu sinulle { $date }.
breach-customer-dpa = Voit tehdä valituksen tietosuojavaltuutetulle
breach-mail-subject = ElmoNet: tietoturvaloukkaus, joka koskee tietojasi ({ $reference })
breach-mail-body =
    Hei,

    { $answer }

    Ilmoitus on myös omilla sivuillasi:
    { $link }

    ElmoNet Oy
error-time-invalid = Anna päivä ja kellonaika, esimerkiksi 30.11.2026 14.05.
error-time-skipped = Tätä kellonaikaa ei ole: kellot siirtyvät kesäaikaan. Anna tunti myöhemmin.
error-time-in-future = Aika ei voi olla tulevaisuudessa.
error-estimate-invalid = Anna arvio kokonaislukuna, esimerkiksi 1200.
error-risk-missing = Valitse riskin arvio.
error-late-reason-missing = Kerro syy viivästykseen: 72 tunnin määräaika on ylitetty.
error-customers-missing = Anna vähintään yksi asiakasnumero.
error-customers-too-many = Enintään 500 asiakasnumeroa kerralla.
error-customers-unknown = Kaikilla numeroilla ei ole asiakasta. Tarkista numerot; kenellekään ei kerrottu.
error-authority-invalid = Tuntematon viranomainen.
error-breach-categories-missing = Valitse ainakin yksi tietoryhmä.
record-disclosures-heading = Toteutuneet luovutukset
record-disclosures-lead = Luovutusrekisterin mukaan, vastaanottajaryhmittäin (henkilökunta kirjaa jokaisen luovutuksen; asiakas näkee omansa).
record-disclosures-none = Luovutuksia ei ole kirjattu.
record-disclosures-caption = Toteutuneet luovutukset vastaanottajaryhmittäin
record-col-class = Vastaanottajaryhmä
record-col-disclosures = Luovutuksia
record-col-customers = Asiakkaita
record-col-latest = Viimeisin
record-col-named = Vastaanottajat

## Copies of personal data (GDPR Art. 15(3))
copy-title = Jäljennös henkilötiedoistasi
copy-heading = Jäljennös henkilötiedoistasi
copy-back = Takaisin pyyntöön
copy-back-staff = Takaisin pyyntöön
copy-gone = Jäljennöstä ei ole saatavilla: sitä ei ole vielä annettu, tai sen latausaika on päättynyt. Voit pyytää uuden jäljennöksen.
copy-confirm-lead = Jäljennöksessä on henkilötunnuksesi kokonaan. Vahvista ensin salasanallasi, että olet sinä.
copy-confirm = Vahvista ja näytä jäljennös
copy-staff-prepared = Valmisteli { $when } { $who }.
copy-staff-released = Annettu asiakkaalle { $when } ({ $who }).
copy-staff-not-released = Ei vielä annettu asiakkaalle: tietosuojavastaava antaa sen ratkaisulomakkeella.
copy-staff-released-until = Annettu asiakkaalle { $when } ({ $who }); ladattavissa { $until } asti.
copy-until = Ladattavissa asti
copy-package-link = Lataa tiedot koneluettavana (JSON)
copy-package-hint = Sama muoto kuin siirrettävien tietojen paketissa; voit antaa sen toiselle palveluntarjoajalle.
copy-transcripts-heading = Puhelutallenteiden kirjoitetut versiot
copy-transcripts-lead = Nämä tallenteet on kirjoitettu auki pyynnöstäsi.
copy-customer-number = Asiakasnumero
copy-request = Pyyntö
copy-prepared = Tiedot koottu
copy-lead = Tässä ovat kaikki henkilötiedot, joita ElmoNet Oy:n asiakasrekisterissä on sinusta jäljennöksen kokoamishetkellä: jokaisesta tietoryhmästä käyttötarkoitukset, oikeusperuste, mistä tiedot on saatu, kenelle niitä luovutetaan ja kuinka kauan niitä säilytetään, sekä itse tiedot. Voit tulostaa sivun tai tallentaa sen.
copy-rights-heading = Oikeutesi
copy-rights = Voit pyytää tietojesi oikaisua, poistoa tai käsittelyn rajoittamista ja vastustaa käsittelyä omilla sivuillasi kohdassa Pyynnöt. Jos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen tietosuojavaltuutetulle (tietosuoja.fi).
copy-section-heading = Jäljennöksesi
copy-ready = Jäljennös tiedoistasi on valmis. Se on ladattavissa { $until } asti, minkä jälkeen se poistetaan.
copy-read-link = Lue jäljennös (voit tulostaa tai tallentaa sen)
copy-recordings-hint = Puhelutallenteet voit kuunnella ja ladata äänitiedostoina jäljennöksen sivulla.
copy-expired = Jäljennöksen latausaika päättyi { $when }, ja se on poistettu. Voit pyytää uuden jäljennöksen.
copy-staff-heading = Jäljennös
copy-staff-lead = Jäljennös kootaan siitä, mitä rekisterissä on nyt: koneluettava paketti ja luettava versio asiakkaan kielellä. Asiakaspalvelu valmistelee, tietosuojavastaava tarkistaa ja antaa sen. Asiakas voi ladata sen 30 päivän ajan.
copy-staff-none = Jäljennöstä ei ole vielä valmisteltu.
copy-staff-size = Paketin koko { $size } kt.
copy-staff-review = Tarkista jäljennös
copy-staff-purged = Jäljennöksen sisältö on poistettu (latausaika päättyi tai tietoja poistettiin).
copy-staff-recordings = Puhelutallenteet
copy-staff-recordings-lead = Tallenteet annetaan äänitiedostoina. Jos asiakas pyysi tallenteen kirjallisena tai sitä ei voi antaa äänenä, kuuntele se ja kirjoita se auki; kirjoitettu versio tulee jäljennökseen.
copy-staff-no-recordings = Asiakkaasta ei ole puhelutallenteita.
copy-staff-transcript-label = Kirjoitettu versio tallenteesta { $when }
copy-staff-transcript-kept = Kirjoitettu versio on tallennettu.
copy-staff-transcript-save = Tallenna kirjoitettu versio
copy-staff-prepare = Valmistele jäljennös
copy-staff-prepare-again = Valmistele jäljennös uudelleen
copy-staff-release-dpo = Tarkista jäljennös ja anna se asiakkaalle ratkaisulomakkeella (Valmis).
copy-staff-release-cs = Tietosuojavastaava tarkistaa jäljennöksen ja antaa sen asiakkaalle.
staff-done-copy = Jäljennös on valmisteltu.
staff-done-transcript = Kirjoitettu versio on tallennettu. Valmistele jäljennös uudelleen, jotta se tulee mukaan.
staff-event-copy_prepared = Jäljennös valmisteltu
staff-event-transcript_saved = Tallenteen kirjoitettu versio tallennettu
request-event-copy_prepared = Jäljennös tiedoistasi koottiin
request-event-transcript_saved = Puhelutallenne kirjoitettiin auki
error-copy-not-prepared = Jäljennöstä ei ole valmisteltu. Valmistele jäljennös ensin ja tarkista se.
error-erasure-legal-hold = Asiakkaan tiedoilla on voimassa oleva säilytysvelvoite (oikeudellinen vaade, EU:n tietosuoja-asetus 17 artiklan 3 kohdan e alakohta). Poistoa ei voi toteuttaa ennen kuin säilytysvelvoite päättyy tai tietosuojavastaava poistaa sen; voit hylätä pyynnön perustellen.

## Staff accounts created and second factors reset by the DPO; enrolment at sign-in
staff-accounts-enrols = Käytössä; ottaa kaksivaiheisen tunnistautumisen käyttöön seuraavalla kirjautumisella
staff-accounts-reset-factor = Nollaa kaksivaiheinen tunnistautuminen: { $name }
staff-accounts-done-factor-reset = Kaksivaiheinen tunnistautuminen nollattu. Tunnuksen istunnot päätettiin; omistaja ottaa uuden käyttöön seuraavalla kirjautumisella.
staff-accounts-done-created = Tunnus luotu. Sen omistaja sai sähköpostiin linkin salasanan asettamiseen (voimassa 3 vuorokautta) ja ottaa kaksivaiheisen tunnistautumisen käyttöön ensimmäisellä kirjautumisella.
staff-accounts-create-heading = Luo henkilökunnan tunnus
staff-accounts-create-lead = Tunnus on henkilökohtainen. Sen omistaja asettaa salasanan sähköpostiin tulevasta linkistä ja ottaa kaksivaiheisen tunnistautumisen käyttöön ensimmäisellä kirjautumisella.
staff-accounts-create-name = Nimi
staff-accounts-create-email = Työsähköpostiosoite
staff-accounts-create-submit = Luo tunnus
error-staff-name-missing = Kirjoita tunnuksen omistajan nimi (enintään 100 merkkiä).
error-staff-email-taken = Tällä sähköpostiosoitteella on jo tunnus.
staff-welcome-mail-subject = Tietoni: henkilökunnan tunnuksesi
staff-welcome-mail-body = Hei,

    sinulle on luotu ElmoNetin Tietoni-palveluun henkilökunnan tunnus. Aseta salasanasi tästä linkistä kolmen vuorokauden kuluessa:

    { $link }

    Ensimmäisellä kirjautumisella otat käyttöön kaksivaiheisen tunnistautumisen todennussovelluksella.

    ElmoNet Oy
enrol-title = Ota kaksivaiheinen tunnistautuminen käyttöön – Tietoni
enrol-heading = Ota kaksivaiheinen tunnistautuminen käyttöön
enrol-lead = Salasanasi oli oikein. Henkilökunnan tunnuksella tarvitaan lisäksi todennussovelluksen koodi: ota se käyttöön nyt, niin pääset jatkamaan.
enrol-submit = Ota käyttöön ja kirjaudu
enrol-none = Käyttöönottoa ei ole kesken, tai sen aika päättyi. Kirjaudu uudelleen.

## The warning before a session ends for inactivity (WCAG 2.2.1)
session-warning = Istuntosi päättyy noin { $minutes } min kuluttua, koska et ole käyttänyt palvelua. Haluatko jatkaa?
session-keep = Jatka istuntoa
session-ended = Istuntosi päättyi, koska et käyttänyt palvelua 30 minuuttiin. Kirjaudu uudelleen uudessa välilehdessä: tämä sivu ja siihen kirjoittamasi säilyvät, ja voit lähettää lomakkeen kirjauduttuasi.
session-sign-in-again = Kirjaudu uudelleen (avautuu uuteen välilehteen)

## Tietoni-palvelun omat tiedot asiakkaasta ("Omat tiedot" → Tietoni-palvelun tiedot, issue #16)
data-portal-account-caption = Käyttäjätilisi
data-portal-sessions-caption = Voimassa olevat istuntosi
data-portal-events-caption = Tapahtumat tiedoistasi ja tunnuksellasi, uusin ensin
data-portal-notifications-caption = Ilmoitukset tietojesi vastaanottajille pyyntöjesi vuoksi
data-portal-mails-caption = Sinulle kirjoitetut viestit, uusin ensin
data-portal-login-changes-caption = Uudet kirjautumisosoitteet (oikaistu sähköpostiosoite)
col-new-login = Uusi kirjautumisosoite
col-confirmed = Vahvistettu
data-portal-feedback-caption = Antamasi saavutettavuuspalaute ja vastaukset
col-feedback = Palaute
col-answered = Vastattu
col-answer = Vastaus
a11y-feedback-yours = Olet kirjautunut: palautteesi ja vastaus näkyvät Omissa tiedoissasi (Tietoni-palvelun tiedot) ja tietopaketissasi. Jos haluat antaa palautteen nimettömänä, kirjaudu ensin ulos.
col-actor = Tekijä
col-detail = Tarkenne
col-expires = Päättyy
col-written = Kirjoitettu
col-mail = Viesti
col-sent = Lähetetty
value-field-login_email = Kirjautumisosoite
value-field-account_created = Tili luotu
value-field-password_changed = Salasana vaihdettu viimeksi
value-field-second_factor = Toinen tunnistautumisvaihe käytössä alkaen
value-field-failed_sign_ins = Epäonnistuneita kirjautumisia peräkkäin
value-field-locked_until = Tili lukittu asti
value-not-in-use = Ei käytössä
value-not-yet = Ei vielä
value-mail-pending = Odottaa lähetystä
value-mail-sent = Lähetetty
value-mail-failed = Lähetys epäonnistui
event-actor-customer = Sinä
event-actor-anonymous = Kirjautumaton käyttäjä tunnuksellasi
event-actor-system = Tietoni (automaattisesti)
event-actor-staff = { $role } { $ref }
event-access_denied = Pääsy evättiin sivulle, johon ei ollut oikeutta
event-accessibility_feedback_answered = Saavutettavuuspalautteeseen vastattiin
event-accessibility_feedback_received = Saavutettavuuspalaute vastaanotettiin
event-account_activated = Tunnus otettiin käyttöön
event-account_created = Tunnus luotiin
event-account_throttled = Kirjautuminen tunnuksella estettiin hetkeksi liian monen virheen vuoksi
event-activation_failed = Tunnuksen käyttöönotto epäonnistui
event-breach_closed = Tietoturvaloukkauksen käsittely päätettiin
event-breach_customer_told = Sinulle ilmoitettiin tietoturvaloukkauksesta
event-breach_notified = Tietoturvaloukkauksesta ilmoitettiin valvontaviranomaiselle
event-breach_recorded = Tietoturvaloukkaus kirjattiin
event-consent_changed = Markkinointilupaa muutettiin
event-copy_downloaded = Jäljennös luettiin tai ladattiin
event-copy_reviewed = Henkilöstö tarkasti valmistellun jäljennöksen
event-data_exported = Tietopaketti ladattiin
event-data_export_abandoned = Tietopaketin lataus keskeytyi
event-data_export_failed = Tietopaketin lataus epäonnistui
event-demo_data_seeded = Esittelytiedot luotiin
event-disclosure_recorded = Tietojesi luovutus kirjattiin
event-eid_refused = Vahva sähköinen tunnistus hylättiin
event-identity_code_revealed = Henkilötunnus näytettiin kokonaan
event-legal_hold_lifted = Säilytysvelvoite poistettiin
event-legal_hold_placed = Tiedoillesi asetettiin säilytysvelvoite
event-mail_retried = Viesti palautettiin lähetettäväksi
event-other_sessions_ended = Muut istunnot lopetettiin
event-password_changed = Salasana vaihdettiin
event-password_reset = Salasana vaihdettiin sähköpostilinkillä
event-password_reset_requested = Salasanan vaihtolinkkiä pyydettiin
event-prohibition_changed = Suoramarkkinointikieltoa muutettiin
event-public_request_refused = Pyyntö ilman tunnusta hylättiin
event-public_request_submitted = Pyyntö lähetettiin ilman tunnusta
event-reauthenticated = Salasana vahvistettiin uudelleen
event-recording_played = Henkilöstö kuunteli puhelutallenteen
event-recovery_codes_renewed = Varakoodit uusittiin
event-request_filed = Pyyntö jätettiin
event-request_filed_public = Pyyntö vahvistettiin ja kirjattiin
event-request_handled = Pyyntöä käsiteltiin
event-request_message_added = Pyyntöön lisättiin viesti
event-request_recorded = Henkilöstö kirjasi pyynnön puolestasi
event-requester_identified = Pyytäjä tunnistettiin vahvalla sähköisellä tunnistuksella
event-retention_dry_run = Säilytysajojen koeajo
event-retention_run = Säilytysajat toteutettiin
event-second_factor_disabled = Toinen tunnistautumisvaihe poistettiin käytöstä
event-second_factor_enabled = Toinen tunnistautumisvaihe otettiin käyttöön
event-selection_made = Tietoja poimittiin käyttötarkoitusta varten
event-session_ended = Istunto päättyi (uloskirjautuminen)
event-sign_in = Kirjautuminen
event-sign_in_failed = Epäonnistunut kirjautuminen
event-sign_out = Uloskirjautuminen
event-staff_account_changed = Henkilöstön tunnusta muutettiin
event-view_audit_log = Henkilöstö katsoi tapahtumalokia
event-view_customer_data = Henkilöstö katsoi tietojasi
event-view_requester = Henkilöstö katsoi pyytäjän yhteystietoja
outbox-template-breach-mail = Ilmoitus tietoturvaloukkauksesta
outbox-template-public-request-mail = Vahvistuslinkki pyyntöön ilman tunnusta
outbox-template-staff-welcome-mail = Uuden henkilöstötunnuksen linkki

## Uuden kirjautumisosoitteen vahvistaminen (oikaistu sähköpostiosoite, issue #16)
email-confirm-title = Vahvista uusi kirjautumisosoite – Tietoni
email-confirm-heading = Vahvista uusi kirjautumisosoite
email-confirm-lead = Sähköpostiosoitteesi on oikaistu pyynnöstäsi. Kun vahvistat, kirjaudut Tietoni-palveluun jatkossa tällä uudella osoitteella, johon tämä linkki lähetettiin; vanhalla osoitteella et enää voi kirjautua. Salasanasi ja toinen tunnistautumisvaihe pysyvät ennallaan.
email-confirm-submit = Vahvista uusi kirjautumisosoite
email-confirm-done = Kirjautumisosoitteesi on vaihdettu. Kirjaudu jatkossa uudella osoitteella.
email-confirm-sign-in = Kirjaudu sisään
email-confirm-expired = Pyydä tarvittaessa uusi linkki tekemällä uusi oikaisupyyntö tai ottamalla yhteyttä asiakaspalveluun. Kirjautumisosoitteesi ei ole muuttunut.
email-confirm-taken = Tällä sähköpostiosoitteella kirjaudutaan jo toiseen Tietoni-tunnukseen, joten kirjautumisosoitettasi ei vaihdettu. Ota yhteyttä asiakaspalveluun.
login-email-confirm-mail-subject = Tietoni: vahvista uusi kirjautumisosoite
login-email-confirm-mail-body = Hei,

    sähköpostiosoitteesi on oikaistu ElmoNetin asiakasrekisterissä pyynnöstäsi. Jotta voit kirjautua Tietoni-palveluun tällä osoitteella, vahvista se tästä linkistä kolmen päivän kuluessa:

    { $link }

    Jos et pyytänyt oikaisua, älä avaa linkkiä vaan ota yhteyttä ElmoNetin asiakaspalveluun.

    ElmoNet Oy
login-email-notice-mail-subject = Tietoni: kirjautumisosoitteesi on vaihtumassa
login-email-notice-mail-body = Hei,

    sähköpostiosoitteesi on oikaistu ElmoNetin asiakasrekisterissä pyynnöstäsi. Uuteen osoitteeseen lähetettiin linkki: kun se vahvistetaan, kirjaudut Tietoni-palveluun sillä, etkä enää tällä osoitteella.

    Jos et pyytänyt oikaisua, ota heti yhteyttä ElmoNetin asiakaspalveluun.

    ElmoNet Oy
outbox-template-login-email-confirm-mail = Uuden kirjautumisosoitteen vahvistuslinkki
outbox-template-login-email-notice-mail = Ilmoitus kirjautumisosoitteen vaihtumisesta
event-login_email_changed = Kirjautumisosoite vaihdettiin uuteen, vahvistettuun osoitteeseen
