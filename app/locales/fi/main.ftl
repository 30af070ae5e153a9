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
