# Gemensamt
app-name = Tietoni
skip-to-content = Gå till huvudinnehållet
site-nav = Huvudmeny
language-switch = Språk
language-switch-label = Byt språk
footer-label = Den personuppgiftsansvariges kontaktuppgifter
home-title = Tietoni – ElmoNets dataskyddstjänst
# Startsida
home-heading = Dina uppgifter hos ElmoNet
home-lead = Tietoni visar alla uppgifter som ElmoNet Oy har lagrat om dig: vilka uppgifter det är, varför de sparas, varifrån de kommer, till vem de lämnas ut och hur länge de sparas. Du kan också ladda ner dina uppgifter, återkalla samtycken och lämna in begäranden.
home-register = Register
home-valid-from = Dataskyddsbeskrivningen gäller från { $date }
controller-heading = Personuppgiftsansvarig
controller-business-id = FO-nummer
controller-address = Adress
controller-phone = Telefon
controller-email = E-post
categories-heading = Vilka uppgifter som kan lagras om dig
categories-intro = Registret kan innehålla följande { $count } kategorier av uppgifter om dig. För varje kategori anges varför uppgifterna behandlas, på vilken grund, varifrån de kommer, till vem de lämnas ut och hur länge de sparas.
category-purposes = Ändamål
category-legal-basis = Rättslig grund
category-sources = Varifrån uppgifterna kommer
category-recipients = Till vem uppgifterna lämnas ut
category-retention = Lagring
category-erasable = Radering
erasable-anytime = Du kan begära radering när som helst.
erasable-after-contract = Kan raderas när kundrelationen har upphört.
erasable-law = Lagen kräver att uppgifterna sparas: { $law }.
transfers-heading = Överföringar utanför EU
transfers-none = Uppgifterna överförs inte utanför EU eller Europeiska ekonomiska samarbetsområdet.
security-heading = Skydd av uppgifterna
rights-heading = Dina rättigheter
supervisory-heading = Klagomål till tillsynsmyndigheten
supervisory-text = Om du anser att dina uppgifter inte har behandlats enligt lag kan du lämna in ett klagomål: { $authority }.
requests-heading = Begäranden
not-found-title = Sidan hittades inte
not-found-text = Det finns ingen sida på adressen. Kontrollera adressen eller gå till startsidan.
not-found-home = Till startsidan
# Inloggning
nav-sign-in = Logga in
nav-account = Min sida
sign-in-title = Logga in – Tietoni
sign-in-heading = Logga in
sign-in-lead = Logga in för att se dina uppgifter och sköta dina begäranden.
sign-in-login-label = E-postadress eller kundnummer
sign-in-login-hint = Kundnumret finns på din faktura, till exempel 100001.
sign-in-password-label = Lösenord
sign-in-submit = Logga in
sign-out = Logga ut
account-title = Min sida – Tietoni
account-heading = Min sida
account-signed-in-as = Du är inloggad: { $name }.
# Fel
error-prefix = Fel
error-summary-title = Kontrollera uppgifterna
error-unauthorized = Logga in först.
error-forbidden = Du har inte rätt till detta.
error-invalid-credentials = E-postadressen, kundnumret eller lösenordet är fel.
error-login-missing = Skriv e-postadress eller kundnummer.
error-password-missing = Skriv lösenordet.
error-bad-request = Begäran kunde inte behandlas. Ladda om sidan och försök igen.
error-internal = Något gick fel. Försök igen om en stund. Om du kontaktar kundtjänst, uppge koden { $reference }.
error-password-too-short = Lösenordet måste ha minst 12 tecken.
error-password-too-long = Lösenordet får ha högst 1024 tecken.
error-password-guessable = Lösenordet är för lätt att gissa. Använd en längre fras utan ditt namn, din e-postadress eller vanliga lösenord.
reauth-title = Bekräfta med lösenord – Tietoni
reauth-heading = Bekräfta med lösenord
reauth-lead = Den här åtgärden kräver ditt lösenord igen. Bekräftelsen gäller i 10 minuter.
reauth-submit = Bekräfta
error-reauth-required = Bekräfta åtgärden genom att skriva ditt lösenord igen.
error-password-wrong = Lösenordet är fel.
loading = Laddar…
nav-sessions = Sessioner
sessions-title = Inloggningar – Tietoni
sessions-heading = Dina inloggningar
sessions-lead = Dessa enheter eller webbläsare är nu inloggade med ditt konto. Om du inte känner igen någon, avsluta den och byt lösenord.
sessions-caption = Giltiga inloggningar
sessions-col-session = Inloggning
sessions-col-started = Började
sessions-col-active = Senast aktiv
sessions-col-action = Åtgärd
sessions-this-one = Den här enheten
sessions-other = Annan enhet
sessions-end = Avsluta
sessions-end-others = Avsluta alla andra inloggningar
# Andra steget vid inloggning, aktivering, lösenord
account-security-heading = Skydda ditt konto
forbidden-title = Ingen behörighet
back-to-sign-in = Tillbaka till inloggningen
sign-in-forgot = Har du glömt ditt lösenord?
sign-in-activate = Första gången? Aktivera ditt konto med koden i aktiveringsbrevet
password-reset-done = Ditt lösenord har bytts och alla dina inloggningar har avslutats. Logga in med det nya lösenordet.
code-title = Verifieringskod – Tietoni
code-heading = Skriv verifieringskoden
code-lead = Ditt konto använder tvåstegsverifiering. Öppna autentiseringsappen och skriv koden den visar.
code-label = Verifieringskod
code-hint = 6 siffror från autentiseringsappen. Om du har tappat bort telefonen, skriv en av dina reservkoder.
code-submit = Fortsätt
code-start-again = Börja logga in från början
error-code-missing = Skriv verifieringskoden.
error-code-wrong = Koden är fel eller har gått ut. Skriv koden som appen visar nu.
error-sign-in-expired = Inloggningen gick ut. Börja logga in från början.
new-password-label = Nytt lösenord
new-password-hint = Minst 12 tecken. En mening med flera ord som är lätt att minnas är ett bra lösenord.
password-change-title = Byt lösenord – Tietoni
password-change-heading = Byt lösenord
password-change-lead = Skriv först ditt nuvarande lösenord. När du byter lösenord avslutas dina inloggningar på alla andra enheter.
password-change-submit = Byt lösenord
password-changed = Ditt lösenord har bytts. Dina andra inloggningar har avslutats.
forgot-title = Glömt lösenord – Tietoni
forgot-heading = Glömt lösenord
forgot-lead = Skriv din e-postadress eller ditt kundnummer. Vi skickar en länk till kontots e-post där du kan välja ett nytt lösenord. Länken gäller i 30 minuter och fungerar en gång.
forgot-submit = Skicka länken
forgot-sent = Om uppgiften hör till ett Tietoni-konto har vi skickat en länk för att välja ett nytt lösenord till kontots e-postadress. Länken gäller i 30 minuter.
reset-title = Nytt lösenord – Tietoni
reset-heading = Välj ett nytt lösenord
reset-lead = Skriv ett nytt lösenord. Därefter avslutas alla dina inloggningar och du kan logga in med det nya lösenordet.
reset-submit = Spara det nya lösenordet
reset-ask-again = Be om en ny länk
error-link-expired = Länken eller koden har gått ut eller har redan använts.
reset-mail-subject = Tietoni: välj ett nytt lösenord
reset-mail-body = Hej,

    någon (förhoppningsvis du) bad om ett nytt lösenord till ditt Tietoni-konto. Välj ett nytt lösenord via den här länken inom 30 minuter:

    { $link }

    Om du inte bad om ett nytt lösenord kan du strunta i det här meddelandet. Ditt lösenord ändras inte.

    ElmoNet Oy
activate-title = Aktivera kontot – Tietoni
activate-heading = Aktivera ditt Tietoni-konto
activate-lead = Du behöver ditt kundnummer och aktiveringskoden som ElmoNet skickade dig per brev. Bara ElmoNets kunder kan aktivera ett konto.
activate-customer-number-label = Kundnummer
activate-code-label = Aktiveringskod
activate-code-hint = Koden i brevet, till exempel ABCDE-FGH23.
activate-email-label = E-postadress
activate-email-hint = Du loggar in med den här adressen, och dit skickas en länk om du glömmer ditt lösenord.
activate-submit = Aktivera kontot
error-customer-number-missing = Skriv kundnumret.
error-activation-code-wrong = Kundnumret eller aktiveringskoden är fel, eller koden har gått ut. Kontrollera brevet. Efter fem felaktiga försök slutar koden att fungera.
error-email-invalid = Skriv e-postadressen i formen namn@exempel.fi.
error-email-taken = Det finns redan ett konto med den här e-postadressen eller det här kundnumret. Logga in eller be om ett nytt lösenord.
activation-letter = Bästa { $name },

    nu kan du se de uppgifter som ElmoNet har sparat om dig och sköta dina dataskyddsärenden i tjänsten Tietoni.

    Kundnummer: { $customer_number }
    Aktiveringskod: { $code }

    Aktivera kontot på { $link }. Koden gäller i { $days } dagar och fungerar en gång.

    ElmoNet Oy
second-factor-title = Tvåstegsverifiering – Tietoni
second-factor-heading = Tvåstegsverifiering
second-factor-lead = När tvåstegsverifiering är på krävs vid inloggning förutom lösenordet en kod från autentiseringsappen i din telefon. Då räcker inte lösenordet ensamt för att komma åt dina uppgifter.
second-factor-on = På.
second-factor-on-since = Aktiverad { $date }.
second-factor-off = Tvåstegsverifiering är inte på.
second-factor-codes-left = Oanvända reservkoder: { $count }.
second-factor-start = Slå på
second-factor-renew = Skapa nya reservkoder
second-factor-disable = Stäng av
second-factor-confirm-to-change = Bekräfta med lösenordet för att ändra inställningen
second-factor-mandatory = För personalens konton är tvåstegsverifiering alltid på.
second-factor-step-1 = 1. Lägg till kontot i autentiseringsappen
second-factor-step-1-text = Använd vilken autentiseringsapp som helst (till exempel Google Authenticator, Microsoft Authenticator eller FreeOTP).
second-factor-open-app = Öppna i autentiseringsappen (på telefonen)
second-factor-qr-label = QR-kod för autentiseringsappen
second-factor-qr-caption = På en dator: läs QR-koden med autentiseringsappen i telefonen.
second-factor-key-text = Du kan också skriva in den här nyckeln i appen för hand:
second-factor-step-2 = 2. Skriv koden som appen visar
second-factor-code-hint = 6 siffror. Koden byts var 30:e sekund.
second-factor-confirm = Bekräfta och slå på
error-setup-expired = Aktiveringen gick ut. Börja från början.
recovery-codes-heading = Dina reservkoder
recovery-codes-text = Spara de här koderna på ett säkert ställe, till exempel i en lösenordshanterare eller på papper. Om du tappar bort telefonen kan du logga in med en kod; var och en fungerar en gång. Koderna visas bara nu.
staff-title = Personalens arbetsyta – Tietoni
staff-heading = Personalens arbetsyta
staff-signed-in-as = Du är inloggad: { $name } ({ $role }).
staff-lead = Här behandlas kundernas begäranden. Varje visning av en kunds uppgifter loggas.
role-customer = Kund
role-customer_service = Kundtjänst
role-dpo = Dataskyddsombud
