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
# Mina uppgifter
nav-my-data = Dina uppgifter
data-title = Dina uppgifter – Tietoni
data-heading = Dina uppgifter
data-lead = Det här finns om dig i ElmoNet Oy:s kundregister just nu. På varje uppgiftsgrupps sida ser du själva uppgifterna och varför de behandlas, varifrån de kommer, till vem de lämnas ut och hur länge de sparas.
data-none-held = Inga sparade uppgifter
data-count = { $count } poster
data-contacts-heading = Frågor om dina uppgifter?
data-contacts-text = Ansvarig för registret är { $name } ({ $controller }):
data-rights-link = Dina rättigheter och klagomål till dataombudsmannen
data-processing-heading = Varför och hur uppgifterna behandlas
data-reveal-identity = Visa hela personbeteckningen (kräver lösenord)
data-reveal-confirm = Bekräfta med lösenordet för att se hela personbeteckningen
data-filter-legend = Avgränsa med datum
data-filter-from = Från (dd.mm.åååå)
data-filter-to = Till (dd.mm.åååå)
data-filter-submit = Visa
data-next-page = Nästa 100 (äldre)
data-first-page = Till de nyaste
data-pager-label = Sidor
data-recording-download = Ladda ner inspelningen
error-date-invalid = Skriv datumet i formen dd.mm.åååå.
data-basic-caption = Dina grunduppgifter, deras källa och senaste ändring
data-business-role-caption = Din roll hos företagskunder
data-contracts-caption = Avtal och tjänster
data-orders-caption = Beställningar
data-invoices-caption = Fakturor, nyaste först
data-collection-caption = Indrivningsärenden
data-ip-caption = IP-adresser du har fått, nyaste först
data-other-caption = Andra uppgifter du har lämnat
data-consents-caption = Samtycken och återkallelser
data-prohibitions-caption = Förbud mot direktmarknadsföring
data-blocks-caption = Spärrar av tjänsten
data-traffic-caption = Förmedlingsuppgifter (kommunikation), nyaste först
data-recordings-caption = Samtalsinspelningar
data-changes-caption = Ändringshistorik för dina uppgifter
col-field = Uppgift
col-value = Värde
col-source = Källa
col-changed = Ändrad
col-company = Företag
col-business-id = FO-nummer
col-role = Roll
col-position = Ställning
col-valid-from = Från
col-valid-to = Till
col-contract-number = Avtalsnummer
col-product = Tjänst
col-status = Status
col-started = Började
col-ended = Slutade
col-service-address = Tjänsteadress
col-order-number = Beställningsnummer
col-ordered = Beställd
col-channel = Kanal
col-items = Produkter
col-invoice-number = Fakturanummer
col-issued = Datum
col-due = Förfallodag
col-amount = Belopp
col-paid = Betald
col-agency = Indrivningsbyrå
col-opened = Började
col-closed = Slutade
col-ip-address = IP-adress
col-assigned-from = I bruk från
col-assigned-to = I bruk till
col-topic = Ämne
col-content = Innehåll
col-given = Lämnad
col-purpose = Ändamål
col-event = Händelse
col-when = Tid
col-block = Spärr
col-reason = Orsak
col-set-by = Satt av
col-since = Från
col-until = Till
col-direction = Riktning
col-kind = Typ
col-other-party = Andra parten
col-duration = Längd
col-recording = Inspelning
col-old = Gammalt värde
col-new = Nytt värde
col-by = Ändrad av eller källa
col-request = Begäran
value-active = Gällande
value-ended = Avslutat
value-web = Webbplatsen
value-phone = Telefon
value-store = Butik
value-field_sales = Fältförsäljning
value-email = E-post
value-received = Mottagen
value-delivered = Levererad
value-cancelled = Annullerad
value-open = Öppen
value-paid = Betald
value-overdue = Förfallen
value-in_collection = Under indrivning
value-outgoing = Utgående
value-incoming = Inkommande
value-call = Samtal
value-sms = Textmeddelande
value-mms = Multimediemeddelande
value-data = Dataförbindelse
value-given = Givet
value-withdrawn = Återkallat
value-prohibited = Förbjudet
value-lifted = Förbudet hävt
value-customer = Du själv
value-staff = ElmoNets personal
value-system = ElmoNets system
value-premium_numbers = Betalnummer
value-outgoing_calls = Utgående samtal
value-customer_request = Din egen begäran
value-unpaid_invoice = Obetald faktura
value-source_register = Källregister
value-population_register = Befolkningsdatasystemet
value-customer_service = Kundtjänst
value-order_form = Beställningsblankett
value-digital_advertising = Inriktning av digital reklam
value-direct_marketing = Direktmarknadsföring
value-distance_selling = Distansförsäljning
value-market_research = Opinions- och marknadsundersökningar
value-partner_marketing = Utlämnande till samarbetspartner för marknadsföring
value-digital_ads = Digitala annonser
value-letter = Brev
value-partner = Samarbetspartner
value-all = Alla kanaler
value-lang-fi = finska
value-lang-sv = svenska
value-lang-en = engelska
value-field-customer_number = Kundnummer
value-field-first_name = Förnamn
value-field-last_name = Efternamn
value-field-identity_code = Personbeteckning
value-field-street_address = Gatuadress
value-field-postal_code = Postnummer
value-field-city = Postanstalt
value-field-phone = Telefonnummer
value-field-email = E-postadress
value-field-language = Kontaktspråk
value-field-customer_since = Kund sedan
value-field-business_role = Uppgift i företaget
value-field-business_position = Ställning i företaget
value-field-other_data = Annan uppgift du har lämnat
data-views-heading = Vem har tittat på dina uppgifter
data-views-lead = ElmoNets personal ser dina uppgifter bara när deras uppgifter kräver det, och varje visning loggas. Här är de loggade visningarna, nyaste först.
data-views-none = Ingen i personalen har tittat på dina uppgifter.
data-views-caption = Personalens visningar
col-staff = Vem
col-viewed = Vad som visades
role-staff = Personal
erasure-now-label = Kan uppgifterna raderas nu
erasure-now-possible = Ja, du kan begära att uppgifterna raderas.
erasure-now-contract = Inte ännu: uppgifterna behövs eftersom du har ett gällande avtal. De kan raderas när kundrelationen har upphört.
erasure-now-law = Nej: lagen kräver att de sparas ({ $law }).
export-title = Ladda ner dina uppgifter – Tietoni
export-heading = Ladda ner alla dina uppgifter
export-lead = Du får alla uppgifter om dig i ElmoNets kundregister som en JSON-fil, som du kan öppna eller flytta till en annan tjänst.
export-includes-all = Alla uppgiftsgrupper och varje post, också förmedlingsuppgifter, samtyckenas hela historik och dina begäranden med meddelanden.
export-includes-facts = För varje uppgiftsgrupp ändamålen, den rättsliga grunden, källorna, mottagarna och lagringstiden samt om rätten till dataportabilitet gäller den.
export-includes-recordings = Uppgifter om samtalsinspelningarna och adresserna där ljudfilerna kan laddas ner.
export-password = Nedladdningen kräver ditt lösenord om du inte har gett det under de senaste 10 minuterna. Nedladdningen börjar direkt, och också en stor fil blir klar under nedladdningen.
export-download = Ladda ner uppgifterna (JSON)
export-format = Filens struktur beskrivs i JSON Schema-format:
export-schema-link = beskrivning av filen
export-starting = Nedladdningen börjar. Om den inte börjar, använd nedladdningslänken nedan.
consents-title = Marknadsföringstillstånd – Tietoni
consents-heading = Marknadsföringstillstånd och förbud
consents-lead = Du bestämmer själv om ElmoNet får marknadsföra till dig och i vilka kanaler. Ändringen gäller genast.
consents-section-heading = Dina samtycken
consents-section-lead = Du kan när som helst återkalla ett samtycke eller ge det igen.
consent-given-since = Givet { $when }
consent-withdrawn-since = Återkallat { $when }
consent-never-given = Inte givet
consent-withdraw = Återkalla: { $what }
consent-give = Ge: { $what }
objection-heading = Förbjud direktmarknadsföring
objection-lead = Du kan förbjuda all direktmarknadsföring eller den i en kanal. Förbudet är ovillkorligt: direktmarknadsföringen och profileringen för den upphör genast, även om du har gett samtycke.
objection-caption = Förbud mot direktmarknadsföring per kanal
prohibition-on-since = Förbjudet från { $when }
prohibition-off = Inget förbud
prohibition-set = Förbjud direktmarknadsföring: { $what }
prohibition-lift = Häv förbudet: { $what }
receipt-heading = Kvitto på ändringen
receipt-given = Du gav samtycke: { $what }. Sparat { $when }.
receipt-withdrawn = Du återkallade samtycket: { $what }. Sparat { $when }.
receipt-prohibited = Du förbjöd direktmarknadsföring: { $what }. Sparat { $when }.
receipt-lifted = Du hävde förbudet mot direktmarknadsföring: { $what }. Sparat { $when }.
consents-history-heading = Hela historiken
value-portal = Tjänsten Tietoni
consents-col-state-change = Status och ändring
requests-title = Begäranden och klagomål – Tietoni
requests-lead = Här kan du utöva dina dataskyddsrättigheter. Varje begäran får ett referensnummer och vi svarar inom en månad från att den kommit in. Du kan följa begäran, skicka meddelanden och återkalla en begäran som inte har avgjorts.
requests-mine-heading = Dina begäranden
requests-none = Du har inga begäranden.
requests-new-heading = Gör en ny begäran
requests-marketing-note = Direktmarknadsföring kan du förbjuda genast, utan en begäran:
requests-caption = Dina begäranden, den senaste först
col-reference = Referensnummer
col-received = Mottagen
value-none = ingen uppgift
value-dpo = Dataskyddsombud
optional-suffix = (frivilligt)
text-limit-hint = Högst { $limit } tecken.
request-kind-rectification = Rättelse av uppgifter
request-kind-erasure = Radering av uppgifter
request-kind-restriction = Begränsning av behandlingen
request-kind-objection = Invändning mot behandlingen
request-kind-copy = Kopia av uppgifterna
request-kind-question = Fråga till dataskyddsombudet
request-kind-complaint = Klagomål på behandlingen av dina uppgifter
request-kind-rectification-hint = En uppgift om dig är fel eller ofullständig.
request-kind-erasure-hint = Uppgifter som inte längre behövs för ett avtal eller enligt lag.
request-kind-restriction-hint = Uppgifterna bevaras men används inte till annat, till exempel medan en rättelse pågår.
request-kind-objection-hint = Du invänder mot att dina uppgifter används för ett ändamål av personliga skäl.
request-kind-copy-hint = Uppgifter som den här tjänsten inte visar, till exempel gamla dokument.
request-kind-question-hint = Fråga vad som helst om behandlingen av dina uppgifter.
request-kind-complaint-hint = Berätta om du anser att dina uppgifter har behandlats fel.
request-kind-rectification-lead = Välj den felaktiga uppgiften, skriv rätt värde och berätta varför det nuvarande är fel. Ju noggrannare du berättar, desto snabbare kan vi rätta det.
request-kind-erasure-lead = Välj de uppgifter du vill radera. Formuläret erbjuder bara uppgifter som kan raderas nu; nedan står vad som hindrar att de andra raderas. När dina grunduppgifter raderas tas även ditt namn och din e-postadress bort från ditt Tietoni-konto: därefter loggar du in med ditt kundnummer. Återkallade samtycken och förbud mot direktmarknadsföring sparas som bevis på att marknadsföringen upphörde.
request-kind-restriction-lead = Begränsade uppgifter bevaras men används till exempel inte för marknadsföring förrän begränsningen hävs. Ange grund och skäl.
request-kind-objection-lead = Välj de ändamål du invänder mot och berätta skälen som gäller din situation. Vi upphör med behandlingen om det inte finns tyngre vägande skäl för den.
request-kind-copy-lead = Berätta vilka uppgifter du vill ha en kopia av. Allt som visas i den här tjänsten får du genast på sidan Ladda ner dina uppgifter.
request-kind-question-lead = Dataskyddsombudet svarar på frågor om behandlingen av dina uppgifter.
request-kind-complaint-lead = Berätta vad som hände och när. Vi behandlar klagomålet och svarar inom en månad.
request-status-received = Mottagen
request-status-in_progress = Under behandling
request-status-waiting_for_customer = Väntar på ditt svar
request-status-extended = Behandlingstiden förlängd
request-status-completed = Klar
request-status-rejected = Avslagen
request-status-withdrawn = Återkallad
request-due-today = i dag
request-days-left = { $days } dagar kvar
request-overdue = försenad { $days } dagar
request-current-value = Nu: { $value }
request-clock-note = Vi svarar inom en månad. Om begäran är omfattande eller komplicerad kan vi förlänga tiden med högst två månader; vi meddelar det och skälet under den första månaden.
request-restrict-label = Begränsa behandlingen av mina uppgifter tills begäran är avgjord
request-restrict-hint = Dina uppgifter bevaras men används till exempel inte för marknadsföring medan vi utreder saken.
request-submit = Skicka begäran
request-field-legend = Vilken uppgift är fel?
request-field-label = Uppgift
request-current-label = Värdet när begäran gjordes
request-proposed-label = Rätt värde
request-proposed-hint = Skriv uppgiften så som den borde vara, till exempel telefonnumret 040 123 4567.
request-reason-label = Varför är den nuvarande uppgiften fel?
request-reason-hint = Till exempel: jag bytte nummer i mars.
request-records = { $count } poster
request-categories-legend = Uppgifter som ska raderas
request-categories-hint = Välj en eller flera.
request-erasure-reason-label = Skäl
request-nothing-erasable = Inga av dina uppgifter kan raderas just nu.
request-not-erasable-heading = Dessa kan inte raderas nu
request-ground-legend = Grund för begränsningen
request-ground-accuracy = Riktigheten i mina uppgifter är omtvistad
request-ground-accuracy-hint = Begränsningen gäller tills uppgifternas riktighet har kontrollerats.
request-ground-unlawful = Behandlingen är olaglig men jag vill inte att uppgifterna raderas
request-ground-unlawful-hint = Uppgifterna bevaras men används inte.
request-ground-legal_claim = Jag behöver uppgifterna för ett rättsligt anspråk
request-ground-legal_claim-hint = Uppgifterna bevaras även om ElmoNet annars inte behöver dem.
request-ground-objection_pending = Jag har invänt mot behandlingen och saken pågår
request-ground-objection_pending-hint = Begränsningen gäller tills din invändning har besvarats.
request-restriction-reason-label = Berätta om din situation
request-purposes-legend = Ändamål du invänder mot
request-grounds-label = Skäl som gäller din situation
request-grounds-hint = Berätta varför behandlingen är skadlig eller onödig i din situation.
request-copy-label = Vilka uppgifter vill du ha en kopia av?
request-question-label = Din fråga
request-complaint-label = Vad hände?
request-receipt-heading = Begäran mottagen
request-receipt = Referensnummer { $reference }. Mottagen { $received }. Vi svarar senast { $due }.
request-receipt-mail = Vi skickade en bekräftelse till din e-post. Vi meddelar dit också när begäran går framåt.
request-message-sent = Ditt meddelande har skickats.
request-withdrawn = Du återkallade begäran.
request-restriction-asked = Du bad om begränsning av behandlingen tills begäran är avgjord.
request-extended-label = Behandlingstiden förlängd
request-extended-text = Den ursprungliga tidsfristen var { $original }. Skäl:
request-restriction-label = Begränsning av behandlingen
request-restriction-on = Begärd tills begäran är avgjord
request-decided-label = Avgjord
request-deleted-label = Raderas
request-deleted-on = { $day } (om inte en öppen begäran, ett indrivningsärende, en begränsning av behandlingen eller ett rättsligt kvarhållande kräver att den bevaras längre)
request-answer-heading = Svar
request-rejected-dpa = Om du inte håller med om beslutet kan du lämna in ett klagomål till dataombudsmannen.
request-waiting-note = svara på meddelandet nedan
request-asked-heading = Vad du bad om
request-timeline-heading = Händelser
request-messages-heading = Meddelanden
request-no-messages = Inga meddelanden.
request-message-label = Nytt meddelande
request-message-submit = Skicka meddelandet
request-answer-label = Ditt svar
request-answer-submit = Skicka svaret
request-restrict-heading = Begränsa behandlingen under tiden
request-restrict-submit = Begär begränsning
request-withdraw-heading = Återkalla begäran
request-withdraw-lead = Du kan återkalla begäran så länge den inte har avgjorts. Det kan inte ångras, men du kan göra en ny begäran.
request-withdraw-submit = Återkalla begäran
request-event-received = Begäran mottagen
request-event-assigned = Handläggare utsedd
request-event-in_progress = Behandlingen inledd
request-event-message_customer = Du skickade ett meddelande
request-event-message_staff = ElmoNet skickade ett meddelande
request-event-clarification_requested = Du ombads förtydliga
request-event-identity_check_requested = Kontroll av din identitet begärdes
request-event-clarification_answered = Du svarade
request-event-extended = Behandlingstiden förlängd
request-event-restriction_requested = Du bad om begränsning av behandlingen
request-event-restriction_applied = Behandlingen begränsad
request-event-restriction_lifted = Begränsningen hävd
request-event-completed = Begäran avgjord
request-event-rejected = Begäran avslagen
request-event-withdrawn = Du återkallade begäran

request-mail-received-subject = Din begäran { $reference } har tagits emot
request-mail-received-body =
    Hej,

    vi har tagit emot din begäran { $reference }. Vi svarar inom en månad.

    Du kan följa begäran här:
    { $link }

    ElmoNet Oy
dpa-title = Klagomål till dataombudsmannen – Tietoni
dpa-heading = Klagomål till dataombudsmannen
dpa-short = Om du anser att dina uppgifter behandlas i strid med lagen kan du lämna in ett klagomål till tillsynsmyndigheten.
dpa-link = Så lämnar du in ett klagomål, och en sammanfattning av ditt ärende
dpa-what = { $name } är Finlands dataskyddsmyndighet. Den övervakar att personuppgifter behandlas enligt lagen och behandlar registrerades klagomål avgiftsfritt.
dpa-when = Du kan lämna in ett klagomål om du anser att behandlingen av dina uppgifter bryter mot dataskyddsförordningen, eller om vi inte har svarat på din begäran i tid eller du inte håller med om vårt svar.
dpa-first-us = Du kan också först berätta om saken för oss:
dpa-where = Klagomålet lämnas in på myndighetens webbplats:
dpa-summary-heading = Sammanfattning av ditt ärende
dpa-summary-lead = Kopiera sammanfattningen till ditt klagomål eller ladda ner den som en fil och bifoga den. Den innehåller dina begäranden, deras datum och våra svar.
dpa-summary-label = Sammanfattning
dpa-summary-download = Ladda ner sammanfattningen (text)
dpa-summary-title = Sammanfattning av mitt dataskyddsärende
dpa-summary-controller = Personuppgiftsansvarig
dpa-summary-customer-number = Mitt kundnummer
dpa-summary-made = Upprättad
dpa-summary-requests = Mina begäranden och klagomål
error-text-missing = Skriv en text.
error-text-too-long = Texten är för lång. Förkorta den till högst 4 000 tecken.
error-field-missing = Välj den uppgift som är fel.
error-proposed-unchanged = Rätt värde är samma som det nuvarande. Skriv värdet så som det borde vara.
error-categories-missing = Välj minst en uppgift som ska raderas.
error-erasure-not-possible = Uppgiften du valde kan inte raderas nu. Välj bara uppgifter som formuläret erbjuder.
error-ground-missing = Välj grund för begränsningen.
error-purposes-missing = Välj minst ett ändamål.
error-value-missing = Skriv rätt värde.
error-value-too-long-100 = Värdet är för långt: högst 100 tecken.
error-value-too-long-200 = Värdet är för långt: högst 200 tecken.
error-value-too-long-254 = Värdet är för långt: högst 254 tecken.
error-value-not-text = Värdet måste innehålla bokstäver och får inte innehålla styrtecken.
error-language-unknown = Språket är fi (finska), sv (svenska) eller en (engelska).
error-identity-code-length = En personbeteckning har 11 tecken, till exempel 131052-308T.
error-identity-code-date-digits = De sex första tecknen i personbeteckningen är födelsedatumet i siffror (ddmmåå).
error-identity-code-century = Det sjunde tecknet är ett skiljetecken: +, -, Y, X, W, V, U, A, B, C, D, E eller F.
error-identity-code-individual-digits = Tecknen 8–10 är individnumret i siffror.
error-identity-code-individual-range = Individnumret är mellan 002 och 999.
error-identity-code-no-such-date = Födelsedatumet i personbeteckningen finns inte.
error-identity-code-check = Kontrolltecknet i personbeteckningen stämmer inte. Kontrollera beteckningen.
error-phone-empty = Skriv ett telefonnummer.
error-phone-character = Ett telefonnummer får bara innehålla siffror, mellanslag, bindestreck, parenteser och ett inledande +.
error-phone-prefix = Börja numret med 0 (t.ex. 040 123 4567) eller med landsnumret (t.ex. +358 40 123 4567).
error-phone-too-short = Telefonnumret är för kort.
error-phone-too-long = Telefonnumret är för långt (högst 15 siffror med landsnumret).
error-email-empty = Skriv en e-postadress.
error-email-one-at = En e-postadress har exakt ett @-tecken.
error-email-local-part = Delen före @ saknas eller är för lång.
error-email-domain = Delen efter @ är inte en giltig domän, till exempel example.fi.
error-email-too-long = En e-postadress har högst 254 tecken.
error-postal-code-format = Ett postnummer är fem siffror, till exempel 34600.
col-answer-due = Svar senast
request-event-recipient_notified = En mottagare av uppgifterna underrättades om ändringen
col-recipient = Mottagare
col-notified = Underrättad
staff-actions-heading = Åtgärder
staff-answer-label = Svar till kunden
staff-answer-hint = Ange beslutet och motiveringen. Kunden ser texten som den är.
staff-answer-language = Skriv på kundens språk: { $language }.
staff-any = Alla
staff-open = Öppna
staff-ask-legend = Meddelandets syfte
staff-ask-none = För kännedom till kunden
staff-ask-clarification = Ber om förtydligande (begäran väntar på kunden)
staff-ask-identity = Ber om identitetskontroll (begäran väntar på kunden)
staff-asked-heading = Vad kunden begär
staff-assign-heading = Handläggare
staff-assign-legend = Tilldela begäran
staff-assign-me = Mig
staff-assign-none = Ingen
staff-assign-submit = Spara handläggare
staff-assignee-me = Mina
staff-assignee-none = Ingen handläggare
staff-audit-title = Loggen – Tietoni
staff-audit-heading = Kundens logg
staff-audit-caption = Loggade händelser, den senaste först
staff-audit-submit = Visa loggen
staff-customer-number = Kundnummer
staff-no-such-customer = Ingen kund med det kundnumret.
staff-col-action = Händelse
staff-col-detail = Detalj
staff-by-status-caption = Begäranden efter status
staff-col-count = Antal
staff-col-assignee = Handläggare
staff-col-customer = Kund
staff-customer = Kunden
staff-customer-language = Kundens språk
staff-data-heading = Kundens uppgifter för beslutet
staff-data-audited = Att sidan öppnades har loggats, och kunden ser det.
staff-decide-heading = Beslut
staff-decide-submit = Spara beslutet
staff-outcome-legend = Beslut
staff-approve-rectification = Godkänn: rätta uppgiften i registret
staff-approve-erasure = Godkänn: radera uppgifterna
staff-approve-restriction = Godkänn: begränsa behandlingen
staff-approve-objection = Godkänn: upphör med behandlingen
staff-approve-copy = Klar: lämna den förberedda kopian till kunden
staff-approve-question = Klar: frågan har besvarats
staff-approve-complaint = Klar: klagomålet har besvarats
staff-reject = Avslå
staff-reject-hint = Motivera avslaget. Kunden informeras om rätten att klaga hos dataombudsmannen.
staff-dpo-decides = Dataskyddsombudet avgör den här begäran.
staff-due-soon = förfaller om { $days } dagar
staff-due-today = förfaller i dag
staff-overdue = försenad { $days } dagar
staff-extend-heading = Förläng svarstiden
staff-extend-lead = Endast en gång och endast under den första månaden, om begäran är omfattande eller begärandena många. Kunden ser skälet.
staff-extend-legend = Förlängning
staff-extend-1 = En månad
staff-extend-2 = Två månader
staff-extend-reason = Skäl till kunden
staff-extend-submit = Förläng tiden
staff-field-history = Historik för { $field }
staff-filters-heading = Filtrera kön
staff-filter-submit = Visa
staff-search-label = Referens- eller kundnummer
staff-overdue-only = Endast försenade
staff-lift-heading = Häv begränsningen
staff-lift-reason = Skäl att häva begränsningen
staff-lift-submit = Häv begränsningen
staff-mark-notified = Markera som underrättad
staff-notified-at = Underrättad { $when }
staff-median-label = Median från ankomst till beslut
staff-median-days = { $days } dagar
staff-decided-count = ({ $count } avgjorda)
staff-message-heading = Meddelande till kunden
staff-message-label = Meddelande
staff-message-submit = Skicka meddelandet
staff-nav-label = Personalens sidor
staff-next-page = Följande begäranden
staff-not-restricted = Inte begränsad
staff-restricted-now = Behandlingen begränsad: uppgifterna används inte för marknadsföring
staff-restriction-asked = Kunden begär begränsning tills begäran är avgjord
staff-restricted-mark = (begränsad)
staff-overdue-count = Försenade
staff-overview-title = Översikt – Tietoni
staff-overview-heading = Översikt
staff-queue-heading = Kön av begäranden
staff-queue-caption = Begäranden efter tidsfrist, den tidigaste först
staff-queue-empty = Inga begäranden med dessa filter.
staff-queue-total = { $count } begäranden
staff-recipients-heading = Underrättelse till mottagare
staff-notice-pending = Meddelandet skickas per e-post till adressen som registrerades med utlämnandet.
staff-notice-failed = E-postmeddelandet gick inte fram (se Utgående e-post): meddela på annat sätt.
staff-recipients-lead = Ändringen ska meddelas varje mottagare som uppgifterna har lämnats ut till (artikel 19 i dataskyddsförordningen). Kunden ser läget.
staff-recipients-caption = Mottagare och underrättelser
staff-restrict-heading = Begränsa behandlingen
staff-restrict-lead = Kundens uppgifter används inte för marknadsföring och markeras som begränsade överallt tills begränsningen hävs med motivering.
staff-restrict-submit = Begränsa behandlingen
staff-done-assigned = Handläggaren sparad.
staff-done-message = Meddelandet skickat till kunden.
staff-done-extended = Svarstiden förlängd; kunden har informerats.
staff-done-approved = Beslutet sparat och genomfört i registret.
staff-done-rejected = Avslaget sparat; kunden har informerats.
staff-done-restricted = Behandlingen begränsad.
staff-done-lifted = Begränsningen hävd.
staff-done-notified = Markerad som underrättad.
error-conflict = Det här går inte nu: begäran har ändrats eller redan avgjorts. Ladda om sidan.
error-months-invalid = Välj en eller två månaders förlängning.
error-outcome-missing = Välj beslut.
request-mail-message-subject = Nytt meddelande om din begäran { $reference }
request-mail-message-body =
    Hej,

    det finns ett nytt meddelande om din begäran { $reference }. Läs det här:
    { $link }

    ElmoNet Oy
request-mail-waiting-subject = Din begäran { $reference } väntar på ditt svar
request-mail-waiting-body =
    Hej,

    vi behöver mer information om din begäran { $reference }. Svara här:
    { $link }

    ElmoNet Oy
request-mail-extended-subject = Behandlingstiden för din begäran { $reference } har förlängts
request-mail-extended-body =
    Hej,

    behandlingstiden för din begäran { $reference } har förlängts. Skälet och den nya tidsfristen:
    { $link }

    ElmoNet Oy
request-mail-decided-subject = Din begäran { $reference } har avgjorts
request-mail-decided-body =
    Hej,

    din begäran { $reference } har avgjorts. Läs svaret här:
    { $link }

    ElmoNet Oy
recipient-notice-subject = ElmoNet Oy: personuppgifter som lämnats ut till er har { $change ->
        [erasure] raderats
        [restriction] begränsats
       *[other] rättats
    }
recipient-notice-body =
    Bästa mottagare,

    vi har lämnat ut personuppgifter om vår kund till er ({ $date }; er referens: { $reference }). På kundens begäran har vi nu { $change ->
        [erasure] raderat
        [restriction] begränsat behandlingen av
       *[other] rättat
    } följande uppgifter: { $categories }.

    Enligt artikel 19 i EU:s allmänna dataskyddsförordning ska vi meddela ändringen till alla som uppgifterna har lämnats ut till. Vi ber er { $change ->
        [erasure] att radera uppgifterna också ur era egna register, om inte lagen kräver att ni bevarar dem.
        [restriction] att inte behandla uppgifterna på annat sätt än genom att lagra dem, tills begränsningen upphör.
       *[other] att rätta uppgifterna också i era egna register.
    }

    Detta meddelande innehåller inga personuppgifter. De ändrade uppgifterna skickar vi skyddat på begäran: { $contact }

    ElmoNet Oy
outbox-template-recipient-notice = Meddelande till mottagare (artikel 19)
request-recipients-heading = Vilka som underrättas om ändringen
request-recipients-lead = Vi meddelar ändringen till alla som dina uppgifter har lämnats ut till.
request-recipient-pending = Inte ännu underrättad
data-restricted-banner = Behandlingen av dina uppgifter är begränsad: de bevaras men används inte för marknadsföring.
value-request = På din begäran
staff-source-request = På kundens begäran
staff-event-received = Begäran mottagen
staff-event-assigned = Handläggare utsedd
staff-event-in_progress = Behandlingen inledd
staff-event-message_customer = Kunden skickade ett meddelande
staff-event-message_staff = Meddelande till kunden
staff-event-clarification_requested = Kunden ombads förtydliga
staff-event-identity_check_requested = Kunden ombads styrka sin identitet
staff-event-clarification_answered = Kunden svarade
staff-event-extended = Svarstiden förlängd
staff-event-restriction_requested = Kunden bad om begränsning av behandlingen
staff-event-restriction_applied = Behandlingen begränsad
staff-event-restriction_lifted = Begränsningen hävd
staff-event-completed = Avgjord
staff-event-rejected = Avslagen
staff-event-withdrawn = Kunden återkallade begäran
staff-event-recipient_notified = Mottagare underrättad
a11y-title = Tillgänglighetsutlåtande – Tietoni
a11y-heading = Tillgänglighetsutlåtande
a11y-scope = Detta utlåtande gäller tjänsten Tietoni, dataskyddsportalen för ElmoNet Oy:s kundregister. Utlåtandet har upprättats 25.11.2026 och uppdaterats 1.12.2026, när tjänsten fick sidan om tjänsten Tietonis egna uppgifter om kunden (Mina uppgifter) och bekräftelsen av en ny inloggningsadress. Det grundar sig på en egen bedömning och automatisk testning: varje sida kontrolleras med verktyget axe på finska, svenska och engelska i telefon- och datorstorlek, och ärendena testas med enbart tangentbord och utan JavaScript. En virtuell skärmläsare kontrollerar vad som läses upp i tre ärenden: inloggning med ett fel, ändring av ett marknadsföringstillstånd och att skicka en begäran.
a11y-status-heading = Tillgänglighetsstatus
a11y-status = Tjänsten uppfyller delvis kraven på nivå A och AA i WCAG 2.2. Bristerna nedan hindrar full överensstämmelse.
a11y-gaps-heading = Kända brister
a11y-gap-recordings = Det finns inga textalternativ till inspelningarna av kundtjänstsamtal (WCAG 1.2.1). Du kan få innehållet skriftligt genom att begära en kopia av dina uppgifter.
a11y-gap-manual = Tjänsten har ännu inte testats med riktiga skärmläsare (NVDA, JAWS, VoiceOver, TalkBack) eller tillsammans med användare. En virtuell skärmläsare och automatisk testning hittar inte alla problem.
a11y-gap-qr = Tvåstegsverifiering kräver en autentiseringsapp; bredvid QR-koden visas nyckeln som text, men det finns inget alternativt sätt (t.ex. textmeddelande).
a11y-gap-session = Sessionen avslutas när tjänsten inte har använts på 30 minuter. Med JavaScript varnar sidan två minuter innan och sessionen kan fortsätta; utan JavaScript kommer ingen varning (WCAG 2.2.1), och den som skickar ett formulär i en avslutad session får logga in på nytt; därefter finns det man skrev kvar i formuläret.
a11y-how-heading = Hur tjänsten kan användas
a11y-how = Alla funktioner fungerar utan JavaScript och med enbart tangentbord. Sidorna anpassar sig ned till 320 pixlars bredd och texten kan förstoras till 200 procent. Språket byts överst på sidan och valet sparas.
a11y-feedback-heading = Ge respons om tillgängligheten
a11y-feedback-lead = Har du hittat en brist som inte nämns ovan, eller kan du inte använda någon del av tjänsten? Berätta för oss. Vi svarar inom 14 dagar.
a11y-message-label = Din respons
a11y-page-label = Sidan där problemet fanns
a11y-page-hint = Frivilligt. Till exempel sidans namn eller adress.
a11y-contact-label = E-postadress för svaret
a11y-contact-hint = Frivilligt. Utan adress kan vi inte svara dig.
a11y-submit = Skicka responsen
a11y-thanks = Tack för din respons. Referensnummer { $reference }. Vi svarar inom 14 dagar.
a11y-authority-heading = Tillsynsmyndighet
a11y-authority = Om du inte är nöjd med vårt svar eller inte får svar inom 14 dagar kan du anmäla det till tillsynsmyndigheten. Anvisningar och kontaktuppgifter:
a11y-staff-title = Respons om tillgänglighet – Tietoni
a11y-staff-heading = Respons om tillgänglighet
a11y-staff-lead = Responsen ska besvaras inom 14 dagar. Öppna först, efter tidsfrist.
a11y-staff-none = Ingen respons.
a11y-staff-due = ska besvaras senast { $date }
a11y-staff-answered-at = besvarad { $when }
a11y-staff-answer-label = Svar
a11y-staff-answer-mailed = Svaret skickas per e-post till den som gav responsen.
a11y-staff-answer-no-mail = Avsändaren gav ingen adress; svaret sparas bara här.
a11y-staff-answer-submit = Spara svaret
a11y-staff-answered = Svaret sparat.
feedback-mail-subject = Svar på din respons om tillgänglighet { $reference }
feedback-mail-body =
    Hej,

    tack för din respons { $reference }. Vårt svar:

    { $answer }

    ElmoNet Oy

# Opening a staff page that records a look at personal data from a link on another site.
confirm-open-title = Öppna sidan med kundens uppgifter
confirm-open-lead = Du kom hit via en länk på en annan webbplats. Att öppna sidan registreras som att du har tittat på kundens uppgifter, så öppna den bara om du avsåg det.
confirm-open-link = Öppna sidan
col-legal-basis = Rättslig grund
objections-heading = Invändningar mot behandling
objections-lead = Dessa ändamål grundar sig på ElmoNets berättigade intresse. Du kan invända mot dem av skäl som gäller din särskilda situation; när invändningen godkänns används dina uppgifter inte längre för ändamålet.
objections-caption = Ändamål som du kan invända mot
objections-upheld = Invändning sedan { $date } (begäran { $reference })
objections-none = Ingen invändning
objections-file = Invänd mot behandling
data-objections-caption = Invändningar mot behandling
value-upheld = Invändningen godkänd
col-wording = Texten du såg
data-restricted-since = Begränsningen har gällt sedan { $date }.
data-restricted-since-request = Begränsningen har gällt sedan { $date } på grund av din begäran { $reference }.
data-restricted-ground = Grund: { $ground }.
restriction-while-pending = begränsningen gäller tills din begäran { $reference } har behandlats
staff-accounts-title = Personalens konton – Tietoni
staff-accounts-heading = Personalens konton
staff-accounts-lead = Beviljande och borttagning av åtkomst (dataskyddsbeskrivningen §8). Ett avaktiverat konto kan inte logga in, dess sessioner avslutas genast och dess tidigare åtgärder står kvar i dess namn. Varje ändring loggas.
staff-accounts-caption = Personalens konton
staff-accounts-col-last = Senast inloggad
staff-accounts-col-actions = Ändringar
staff-accounts-active = Aktivt
staff-accounts-active-no-factor = Aktivt, utan tvåstegsverifiering
staff-accounts-deactivated = Avaktiverat
staff-accounts-make = { $name }: ändra rollen till { $role }
staff-accounts-deactivate = Avaktivera: { $name }
staff-accounts-activate = Aktivera: { $name }
staff-accounts-you = Ditt eget konto
staff-accounts-done-role = Rollen ändrades.
staff-accounts-done-activated = Kontot aktiverades.
staff-accounts-done-deactivated = Kontot avaktiverades och dess sessioner avslutades.
col-name = Namn
error-role-invalid = Välj en roll.
request-records-legend = Eller bara en del av de övriga uppgifter du har lämnat
request-records-hint = Välj enskilda uppgifter om du inte vill radera alla. Om du väljer hela gruppen ovan raderas alla dess uppgifter.
request-records-chosen = { $count } enskilda uppgifter i gruppen { $category }

## Retention (issue #17)
col-deleted-on = Raderas
value-retention-not-started = när användningen upphör
retention-label = Lagringstid
retention-dated-record = Varje uppgift raderas när { $period } har gått från dess tidpunkt; dagen syns i kolumnen ”Raderas”.
retention-dated-end-of-year = Varje uppgift raderas när { $period } har gått från slutet av dess år; dagen syns i kolumnen ”Raderas”.
retention-dated-contract-end = Uppgifterna raderas när { $period } har gått från avtalets slut.
retention-dated-relationship-end = Uppgifterna anonymiseras när { $period } har gått från att ditt sista avtal upphörde och inga fakturor är obetalda.
period-year-one = { $n } år
period-year-other = { $n } år
period-month-one = { $n } månad
period-month-other = { $n } månader
period-week-one = { $n } vecka
period-week-other = { $n } veckor
period-day-one = { $n } dag
period-day-other = { $n } dagar
retention-held-lead = Dina uppgifter bevaras längre än lagringstiden, eftersom:
retention-held-open-request = din begäran { $reference } behandlas fortfarande och får inte förlora de uppgifter den gäller
retention-held-open-requests = dina begäranden { $references } behandlas fortfarande och får inte förlora de uppgifter de gäller
retention-held-restricted = du har begärt begränsning av behandlingen, så uppgifterna raderas inte förrän begränsningen hävs
retention-held-debt-collection = du har ett öppet indrivningsärende
retention-held-legal = dataskyddsombudet har beslutat att uppgifterna ska bevaras till och med { $until }: { $reason }
retention-staff-title = Lagringstider – Tietoni
retention-staff-heading = Lagringstider
retention-staff-lead = Lagringskörningen raderar uppgifter vars lagringstid enligt registerbeskrivningen har gått ut, om inte ett kvarhållande hindrar det. Här ser du schemat, resultaten av de senaste körningarna och de rättsliga kvarhållanden som gäller.
retention-done-dry-run = Provkörningen är gjord. Resultatet finns nedan; ingenting raderades.
retention-done-placed = Rättsligt kvarhållande infört.
retention-done-lifted = Rättsligt kvarhållande hävt. Kundens utgångna uppgifter raderas vid nästa körning.
retention-schedule-heading = Schema
retention-schedule-label = Körningen startar
retention-schedule-every = var { $hours }:e timme
retention-schedule-off = inte schemalagd i den här tjänsten (startas med kommandot tietoni retention run)
retention-last-run = Föregående körning
retention-next-run = Nästa körning tidigast
retention-dry-run = Gör en provkörning nu
retention-dry-run-hint = Provkörningen räknar vad som skulle raderas och bevaras, men raderar ingenting.
retention-runs-heading = Senaste körningar
retention-no-runs = Lagringskörningen har inte gjorts ännu.
retention-run-caption = Körning { $at }
retention-run-caption-dry = Provkörning { $at }
retention-col-category = Uppgiftsgrupp
retention-col-cutoff = Raderas före
retention-col-due = Utgångna
retention-col-deleted = Raderade
retention-col-held = Bevarade
retention-col-why = Orsak
retention-hold-open_request = öppen begäran
retention-hold-open_requests = öppna begäranden
references-more = och { $count } till
retention-hold-restricted = behandlingen begränsad
retention-hold-debt_collection = öppet indrivningsärende
retention-hold-legal_hold = rättsligt kvarhållande
retention-hold-unpaid = obetald faktura
retention-hold-collection_case = fakturan har ett indrivningsärende
retention-note-no_period = regeln har ingen fast lagringstid
retention-note-event_not_followed = lagringstiden räknas från en händelse som körningen inte följer ännu
retention-note-cut_short = körningen avbröts; nästa körning fortsätter
retention-note-no_signing_key = ingen signeringsnyckel är inställd, så inget tas bort ur loggen
retention-holds-heading = Rättsliga kvarhållanden
retention-holds-lead = Ett kvarhållande bevarar alla kundens uppgifter längre än lagringstiden till ett angivet datum (till exempel på grund av ett rättsligt anspråk eller en myndighets föreläggande). Kunden ser orsaken och slutdatumet på sina sidor.
retention-no-holds = Inga kvarhållanden gäller.
retention-holds-caption = Gällande kvarhållanden
retention-col-reason = Orsak
retention-col-until = Gäller till och med
retention-col-placed = Infört
retention-placed-by = { $at }, { $name }
retention-lift = Häv kvarhållandet för kund { $customer }
retention-place-heading = Inför kvarhållande
retention-reason-label = Orsak
retention-reason-hint = Kunden ser orsaken. Skriv den så att kunden förstår den.
retention-until-label = Gäller till och med
retention-until-hint = Datum i formen åååå-mm-dd, högst 10 år framåt.
retention-place = Inför kvarhållande
error-hold-end-out-of-range = Välj en dag från i dag till högst 10 år framåt.
error-customer-unknown = Det finns ingen kund med det numret.
retention-target-portal_one_time_codes = Portalen: aktiveringskoder och länkar för byte av lösenord
retention-target-portal_login_email_changes = Portalen: länkar för att bekräfta nya inloggningsadresser
retention-target-portal_unconfirmed_requests = Portalen: obekräftade begäranden utan konto
retention-target-portal_recovery_codes = Portalen: använda reservkoder
retention-target-portal_feedback = Portalen: respons om tillgänglighet
retention-hold-unanswered = obesvarad respons
retention-target-portal_requests = Portalen: avgjorda och återkallade begäranden
retention-hold-open = begäran är öppen
retention-target-portal_audit_log = Portalen: händelseloggen
retention-hold-after_held = en äldre rad hålls kvar
retention-target-basic = Avslutade kundrelationer (grunduppgifterna anonymiseras)

## Record of processing (Art. 30)
record-title = Register över behandling – Tietoni
record-heading = Register över behandling
record-lead = Register över behandling (EU:s allmänna dataskyddsförordning artikel 30) för registret { $register }. Det skapas ur registerbeskrivningen som gäller från { $date }: när beskrivningen ändras ändras den här sidan samtidigt. Sidan skrivs ut som ett dokument.
record-download-json = Ladda ner som JSON-fil ({ $language })
record-controller = Personuppgiftsansvarig
record-controller-name = Namn
record-address = Adress
record-contact = Kontaktuppgifter
record-purposes = Ändamål med behandlingen
record-purposes-caption = Ändamål och deras rättsliga grunder
record-col-purpose = Ändamål
record-col-basis = Rättslig grund
record-subjects = Kategorier av registrerade
record-categories = Kategorier av personuppgifter
record-sources = Uppgiftskällor
record-recipients = Mottagare
record-retention = Lagringstider
record-retention-caption = Lagringsregler
record-col-rule = Regel
record-col-period = Lagringstid
record-col-source = Grund
record-no-fixed-period = ingen fast tid
record-runs-from-record = från uppgiftens tidpunkt
record-runs-from-end_of_year = från slutet av uppgiftens år
record-runs-from-contract_end = från avtalets slut
record-runs-from-relationship_end = från kundrelationens slut
record-transfers = Överföringar utanför EU eller EES
record-transfers-no = Uppgifterna överförs inte utanför EU eller EES.
record-transfers-yes = Uppgifterna överförs utanför EU eller EES; se registerbeskrivningen.
record-security = Tekniska och organisatoriska säkerhetsåtgärder
record-authority = Tillsynsmyndighet
retention-target-contracts = Avtal
retention-hold-in_use = avtalet används
retention-target-orders = Beställningar
retention-hold-active_contract = kunden har ett gällande avtal
retention-staff-holds-label = Bevaras längre än lagringstiden
retention-staff-no-holds = inget
error-unavailable = Tjänsten är tillfälligt ur bruk. Försök igen om en stund. (Referens { $reference })
unavailable-title = Tjänsten är tillfälligt ur bruk

## Disclosures (Art. 15(1)(c), 19)
disclosures-title = Utlämnanden – Tietoni
disclosures-heading = Utlämnanden
disclosures-lead = Registrera här varje gång en kunds uppgifter lämnas ut till en namngiven mottagare (till exempel när en myndighets begäran om uppgifter besvaras eller till en indrivningsbyrå). Kunden ser varje utlämnande på sina sidor, och utlämnandena visar vem som ska underrättas om en rättelse eller radering.
disclosures-record-heading = Registrera ett utlämnande
disclosures-class-legend = Mottagarkategori (registerbeskrivningen, punkt 7)
disclosures-name-label = Mottagare
disclosures-name-hint = Mottagarens namn, till exempel Helsingfors polisinrättning.
disclosures-categories-legend = Utlämnade uppgifter
disclosures-basis-legend = Grund för utlämnandet
disclosures-reference-label = Mottagarens referens (valfri)
disclosures-reference-hint = Till exempel myndighetens diarienummer.
disclosures-notify-label = Adress för meddelanden om ändringar (valfri)
disclosures-notify-hint = E-postadressen till mottagarens dataskyddskontakt. Om kundens uppgifter senare rättas, raderas eller begränsas skickas ett meddelande automatiskt till denna adress (artikel 19 i dataskyddsförordningen).
disclosures-notify-to = Meddelanden om ändringar: { $address }
disclosures-date-label = Dag för utlämnandet
disclosures-date-hint = Datum i formen åååå-mm-dd, högst i dag.
disclosures-record = Registrera utlämnandet
disclosures-done-recorded = Utlämnandet är registrerat. Kunden ser det på sina sidor.
disclosures-latest-heading = Senaste utlämnanden
disclosures-caption = Utlämnanden, det senaste först
disclosures-col-date = Dag
disclosures-col-recipient = Mottagare
disclosures-col-categories = Uppgifter
disclosures-col-basis = Grund
disclosures-col-reference = Referens
disclosures-none-staff = Inga utlämnanden har registrerats.
disclosures-none = Dina uppgifter har inte lämnats ut till någon namngiven mottagare.
data-disclosures-heading = Till vem dina uppgifter har lämnats ut
data-disclosures-lead = Varje gång dina uppgifter har lämnats ut utanför ElmoNet till en namngiven mottagare: till vem, vilka uppgifter, när och på vilken grund. På sidorna för uppgiftsgrupperna ser du dessutom de mottagarkategorier som uppgifter kan lämnas ut till.
error-recipient-missing = Välj en mottagarkategori.
error-basis-missing = Välj grunden för utlämnandet.
error-disclosure-restricted = Behandlingen av kundens uppgifter var begränsad dagen för utlämnandet (EU:s dataskyddsförordning artikel 18). Begränsade uppgifter får lämnas ut endast på grund av en rättslig förpliktelse eller med kundens samtycke; grunden för begränsningen framgår av kundens begäran om begränsning.
error-date-in-future = Dagen för utlämnandet kan inte vara i framtiden.
error-text-too-long-short = Texten är för lång. Förkorta den till högst 200 tecken.

## Utgående e-post (outbox, issue #19)
outbox-heading = Utgående e-post
outbox-lead = E-post till kunder skrivs i samma transaktion som ändringen den hör till och skickas genast efter den. Ett misslyckat utskick försöks igen med växande mellanrum; efter åtta försök eller ett permanent avslag stannar meddelandet här. Mottagare och innehåll visas inte.
outbox-pending = Väntar på att skickas
outbox-failed = Misslyckade
outbox-sent-day = Skickade under det senaste dygnet
outbox-oldest = Äldsta väntande
outbox-none-stuck = Inga misslyckade eller försenade meddelanden.
outbox-stuck-caption = Misslyckade och försenade meddelanden
outbox-col-mail = Meddelande
outbox-col-created = Skrivet
outbox-col-status = Status
outbox-col-attempts = Försök
outbox-col-next = Nästa försök
outbox-col-error = Fel
outbox-col-action = Åtgärd
outbox-status-pending = Försöks igen
outbox-status-failed = Misslyckades
outbox-retry = Skicka meddelande { $id } igen
outbox-done-mail-retried = Meddelandet skickas på nytt.
outbox-template-request-mail-received = Mottagningskvitto för en begäran
outbox-template-request-mail-message = Meddelande om en begäran
outbox-template-request-mail-waiting = Begäran väntar på kundens svar
outbox-template-request-mail-extended = Förlängd handläggningstid
outbox-template-request-mail-decided = Beslut om en begäran
outbox-template-reset-mail = Länk för att byta lösenord
outbox-template-feedback-mail = Svar på respons om tillgänglighet
outbox-template-activation-letter = Aktiveringsbrev (per post)
# Stark elektronisk identifiering
eid-heading = Med bankkoder eller mobilcertifikat
eid-lead = Identifiera dig starkt, så kommer du åt dina uppgifter genast. Inget aktiveringsbrev eller lösenord behövs.
eid-start = Identifiera dig med bankkoder eller mobilcertifikat
eid-or-password = Eller logga in med lösenord
eid-confirm-heading = Eller bekräfta genom att identifiera dig
eid-confirm-lead = Du kan också bekräfta din identitet med bankkoder eller mobilcertifikat.
eid-confirm-start = Bekräfta med bankkoder eller mobilcertifikat
eid-refused-title = Identifieringen lyckades inte
eid-refused-peruttu = Identifieringen avbröts. Du kan försöka igen.
eid-refused-vanhentunut = Identifieringen hade gått ut eller påbörjades i ett annat webbläsarfönster. Börja om på den här sidan.
eid-refused-ei-tama-tunnistus = Identifieringstjänstens svar hörde inte till den här identifieringen och godkändes inte. Börja om.
eid-refused-vaara-allekirjoitus = Signaturen i identifieringstjänstens svar stämde inte och svaret godkändes inte. Börja om.
eid-refused-vanha-tunniste = Identifieringstjänstens svar hade gått ut och godkändes inte. Börja om.
eid-refused-taso = Identifieringssättet du valde är inte tillräckligt starkt. Använd bankkoder, mobilcertifikat eller identitetskort.
eid-refused-ei-tunnusta = Identifieringstjänsten uppgav inte din personbeteckning, så vi kan inte koppla dig till kunduppgifterna.
eid-refused-palvelu = Identifieringstjänsten kan inte nås just nu. Försök igen om en stund eller logga in med lösenord.
eid-refused-ei-asiakas = Du identifierade dig, men vi hittade dig inte i ElmoNets kundregister. Om du anser att du är kund eller vill utöva dina dataskyddsrättigheter, kontakta kundtjänsten.
eid-refused-tili-suljettu = Ditt Tietoni-konto har stängts. Kontakta kundtjänsten.
eid-refused-eri-henkilo = Du identifierade dig som en annan person än den inloggade användaren, så bekräftelsen godtas inte.
# Identitetskontroller och kanaler
identity-heading = Identitet
identity-channel = Inkom
channel-portal = I Tietoni
channel-phone = Per telefon
channel-email = Per e-post
channel-letter = Per brev
channel-service_point = På ett serviceställe
identity-required = Krävd säkerhet
identity-sufficient = { $level }: räcker, begäran kan genomföras.
identity-missing = { $level }: saknas. Begäran kan inte genomföras innan identiteten har kontrollerats.
identity-level-low = Grundnivå (kontrollfrågor)
identity-level-substantial = Förhöjd (eget konto)
identity-level-high = Stark (stark identifiering eller identitetshandling)
identity-method-strong_eid = Stark elektronisk identifiering
identity-method-password_totp = Inloggad med lösenord och verifieringskod
identity-method-password = Inloggad med lösenord
identity-method-account = Inloggad med eget konto
identity-method-id_document = Identitetshandling på ett serviceställe
identity-method-known_data = Kontrollfrågor
identity-document-passport = pass
identity-document-id_card = identitetskort
identity-document-driving_licence = körkort
identity-by-portal = Tietoni (när begäran lämnades)
identity-verified = Bekräftad
identity-not-verified = Inte bekräftad
identity-no-checks = Identiteten har inte kontrollerats ännu.
identity-checks-caption = Identitetskontroller
identity-col-method = Sätt
identity-col-level = Säkerhet
identity-col-by = Kontrollerad av
identity-col-result = Resultat
identity-record-heading = Registrera en identitetskontroll
identity-method-legend = Hur kontrollerades identiteten?
identity-document-legend = Identitetshandling
identity-document-hint = Endast när en identitetshandling visades på ett serviceställe.
identity-result-legend = Resultat
identity-record-submit = Registrera kontrollen
staff-done-identity = Identitetskontrollen har registrerats.
staff-event-identity_verified = Identiteten bekräftad
staff-event-identity_not_verified = Identiteten kunde inte bekräftas
request-event-identity_verified = Din identitet bekräftades
request-event-identity_not_verified = Din identitet kunde inte bekräftas
error-identity-insufficient = Identiteten har inte kontrollerats så säkert som den här begäran kräver. Registrera en kontroll först.
error-identity-method-missing = Välj hur identiteten kontrollerades.
error-identity-document-missing = Välj identitetshandlingen när identiteten kontrollerades med en handling.
error-identity-result-missing = Välj kontrollens resultat.
request-channel-label = Inkom
request-identity-label = Identitet
request-identity-none = Inte kontrollerad ännu
# Begäranden från andra kanaler
intake-title = Registrera en inkommen begäran – Tietoni
intake-heading = Registrera en inkommen begäran
intake-lead = Registrera en begäran som kom per telefon, e-post, brev eller på ett serviceställe. Tidsfristen räknas från ankomstdagen. Identitetskontrollen registreras på begärans sida.
intake-channel-legend = Hur kom begäran in?
intake-received-label = Ankomstdag
intake-received-hint = Dagen då begäran kom till ElmoNet, till exempel 30.11.2026.
intake-customer-label = Kundnummer eller personbeteckning
intake-customer-hint = Kunden i kundregistret som begäran gäller.
intake-kind-legend = Vad begärdes?
intake-description-label = Begärans innehåll
intake-description-hint = Vad personen begärde, med deras egna ord så noggrant som möjligt.
intake-categories-legend = Uppgifter som ska raderas (endast radering)
intake-categories-hint = Välj minst en vid en begäran om radering.
intake-purposes-legend = Ändamål som invändningen gäller (endast invändning)
intake-purposes-hint = Välj minst ett vid en invändning.
intake-submit = Registrera begäran
staff-done-recorded = Begäran har registrerats i kön. Kontrollera identiteten innan den genomförs.
error-intake-channel-missing = Välj hur begäran kom in.
error-intake-date-invalid = Skriv ankomstdagen i formen 30.11.2026.
error-intake-date-future = Ankomstdagen kan inte ligga i framtiden.
error-intake-date-old = Ankomstdagen kan vara högst ett år gammal.
error-intake-customer-unknown = Ingen enskild kund hittades med kundnumret eller personbeteckningen.
error-intake-kind-missing = Välj vad som begärdes.
error-intake-categories-missing = Välj minst en uppgift som ska raderas.
error-intake-purposes-missing = Välj minst ett ändamål som invändningen gäller.
staff-identity-missing-mark = Identiteten okontrollerad
intake-field-legend = Uppgift som ska rättas (endast rättelse)
intake-field-hint = Vid en begäran om rättelse, välj uppgiften och skriv rätt värde.
intake-proposed-label = Rätt värde (endast rättelse)
intake-ground-legend = Grund för begränsning (endast begränsning)
intake-ground-hint = Vid en begäran om begränsning, välj grunden.

## Begäran utan konto (issue #18)
public-title = Gör en begäran utan konto – Tietoni
public-heading = Gör en dataskyddsbegäran utan konto
public-lead = Vem som helst kan använda sina dataskyddsrättigheter i ElmoNets kundregister – också en tidigare kund, en kontaktperson för en företagskund eller någon som inte är kund. Inget konto behövs.
public-how = Vi skickar en bekräftelselänk till den e-postadress du anger. Begäran registreras och svarstiden börjar när du öppnar länken och bekräftar begäran inom 24 timmar. Din identitet kan du styrka genast med bankkoder eller senare när vi ber om det.
public-have-account = Har du ett Tietoni-konto?
public-sign-in = Logga in och gör begäran på dina egna sidor.
public-who-legend = Vem du är och hur du nås
public-name-label = Namn
public-email-label = E-postadress
public-email-hint = Bekräftelselänken och svaren skickas till den här adressen.
public-phone-label = Telefonnummer (valfritt)
public-kind-legend = Vad begär du?
public-kind-hint-copy = Du får veta vilka uppgifter som finns om dig och en kopia av dem.
public-kind-hint-rectification = En felaktig uppgift rättas.
public-kind-hint-erasure = Uppgifter raderas när lagen tillåter det.
public-kind-hint-restriction = Behandlingen av uppgifterna begränsas.
public-kind-hint-objection = Du invänder mot att uppgifterna används för något ändamål.
public-kind-hint-question = Fråga om behandlingen av dina uppgifter.
public-kind-hint-complaint = Berätta vad som har gått fel i behandlingen av dina uppgifter.
public-description-label = Din begäran
public-description-hint = Berätta med egna ord vad du begär och vilka uppgifter begäran gäller. Skriv inte din personbeteckning.
public-field-legend = Uppgift som ska rättas (endast begäran om rättelse)
public-ground-legend = Grund för begränsning (endast begäran om begränsning)
public-categories-legend = Uppgifter som ska raderas (endast begäran om radering)
public-purposes-legend = Ändamål du invänder mot (endast invändning)
public-privacy = Vi använder uppgifterna du anger endast för att behandla den här begäran. Om du inte bekräftar begäran raderas uppgifterna efter en vecka.
public-submit = Skicka begäran
public-eid-heading = Styrk din identitet
public-eid-lead = Du kan styrka din identitet nu med bankkoder eller mobilcertifikat. Då kan din begäran behandlas utan ytterligare utredning.
public-eid-start = Identifiera dig med bankkoder
public-notice-lahetetty = Begäran har skickats. Titta i din e-post och bekräfta begäran via länken.
public-notice-vahvistettu = Begäran har bekräftats och registrerats.
public-notice-tunnistettu = Din identitet har styrkts.
public-status-title = Läget för din begäran – Tietoni
public-status-heading = Läget för din begäran
public-status-unknown = Det finns ingen öppen begäran i den här webbläsaren. Öppna länken i e-postmeddelandet för att se din begäran.
public-new = Gör en ny begäran
public-status-expired = Bekräftelselänken öppnades inte i tid, så begäran registrerades inte. Du kan göra en ny begäran.
public-status-waiting = Din begäran ({ $kind }) väntar på bekräftelse. Öppna länken i e-postmeddelandet och bekräfta begäran senast { $until }. Om meddelandet inte syns, titta också i skräpposten.
public-identified = Din identitet har styrkts med stark autentisering.
public-not-identified = Din identitet har ännu inte styrkts.
public-identity-label = Identitet
public-answer-how = Vi svarar till din e-post. Du kan skriva till oss på den här sidan, eller ringa kundtjänst och uppge begärans referensnummer.
public-confirm-title = Bekräfta begäran – Tietoni
public-confirm-heading = Bekräfta din begäran
public-confirm-lead = Bekräfta din begäran ({ $kind }), så registreras den och svarstiden börjar.
public-confirm-submit = Bekräfta begäran
public-confirm-done = Begäran har redan bekräftats och registrerats.
public-follow = Se läget för begäran
public-confirm-invalid = Länken är inte giltig. Den kan ha gått ut efter 24 timmar.
public-request-mail-subject = Bekräfta din dataskyddsbegäran
public-request-mail-body =
    Hej,

    bekräfta din dataskyddsbegäran till ElmoNet genom att öppna den här länken inom 24 timmar:

    { $link }

    Begäran registreras först när du bekräftar den. Om du inte gjorde begäran kan du lämna det här meddelandet utan åtgärd.

    ElmoNet Oy
error-public-name-missing = Skriv ditt namn.
error-intake-requester-missing = Ange kundnummer eller personbeteckning, eller skriv namnet på den som begär om hen inte är kund i registret.
error-request-not-linked = Begäran har inte kopplats till en kund i registret. Kontrollera identiteten och koppla begäran till kunden först.
staff-customer-not-linked = Inte kopplad till en kund
staff-event-linked = Kopplad till en kund i registret
request-event-linked = Begäran kopplades till dina kunduppgifter
staff-done-linked = Begäran har kopplats till kunden.
requester-heading = Den som begär
requester-not-linked = Begäran har gjorts utan konto och har inte kopplats till en kund i registret. Ett beslut som ändrar uppgifter kan inte fattas innan den kopplas.
requester-name = Namn
requester-email = E-post
requester-phone = Telefon
requester-none = Inte angiven
requester-eid = Stark autentisering
requester-identified-customer = Identifierad; motsvarar kund { $number }
requester-identified-nobody = Identifierad; motsvarar ingen kund i registret
requester-not-identified = Inte identifierad
requester-link-heading = Koppla till en kund
requester-link-lead = När identiteten har kontrollerats, koppla begäran till kunden i registret med kundnummer eller personbeteckning.
requester-link-submit = Koppla begäran
intake-requester-legend = Om den som begär inte är kund i registret
intake-requester-hint = Lämna kundnumret tomt och skriv namn och kontaktuppgift. Begäran kan kopplas till en kund senare.
intake-requester-name = Namn på den som begär
intake-requester-email = E-post till den som begär (valfritt)
intake-requester-phone = Telefon till den som begär (valfritt)
home-public-request = Gör en begäran utan konto
home-public-request-hint = – vem som helst kan begära, inget kundförhållande eller konto behövs.
sign-in-public-request = Inget konto? Gör en dataskyddsbegäran utan konto
public-from-elmonet = ElmoNet
public-notice-viesti = Ditt meddelande har skickats.

## Personal-data breaches (issue #20, GDPR Art. 33 and 34)
breaches-title = Personuppgiftsincidenter – Tietoni
breaches-heading = Personuppgiftsincidenter
breaches-lead = Registrera varje personuppgiftsincident, även de som inte behöver anmälas (artikel 33.5 i dataskyddsförordningen). Anmälan till dataombudsmannen ska göras inom 72 timmar från att incidenten blev känd, om den inte sannolikt medför en risk för människor.
breaches-list-heading = Registrerade incidenter
breaches-list-caption = Personuppgiftsincidenter, öppna först
breaches-none = Inga personuppgiftsincidenter har registrerats.
breaches-col-reference = Beteckning
breaches-col-aware = Blev känd
breaches-col-summary = Vad hände
breaches-col-risk = Risk
breaches-col-ombudsman = Dataombudsmannen
breaches-col-told = Kunder informerade
breaches-col-status = Status
breaches-open = öppen
breaches-closed-at = stängd { $at }
breaches-notified-at = anmäld { $at }
breaches-not-notifiable = anmäls inte: risk osannolik
breaches-not-notified = inte anmäld (tidsfrist { $by })
breaches-clock-left = ska anmälas senast { $by } ({ $hours } h kvar)
breaches-clock-past = tidsfristen { $by } överskriden med { $hours } h – anmäl genast och ange orsaken till förseningen
breaches-record-heading = Registrera en incident
breaches-aware-label = När incidenten blev känd
breaches-aware-hint = Finsk tid. Tidsfristen på 72 timmar börjar från detta ögonblick.
breaches-occurred-label = När incidenten inträffade (valfritt)
breaches-occurred-hint = Så exakt som det är känt, till exempel ”natten till 28.11.2026” eller ”ännu inte känt”.
breaches-summary-label = Vad hände
breaches-summary-hint = Incidentens art: vilka uppgifter, hur och i vems händer.
breaches-categories-legend = Uppgiftskategorier som incidenten gäller
breaches-people-label = Uppskattat antal personer
breaches-records-label = Uppskattat antal poster
breaches-estimate-hint = Ett heltal; en uppskattning räcker.
breaches-consequences-label = Sannolika följder
breaches-measures-label = Vidtagna och planerade åtgärder
breaches-measures-hint = Vad som har gjorts för att åtgärda incidenten och mildra dess följder.
breaches-risk-legend = Risk för människors rättigheter och friheter
breaches-risk-unlikely = Risk osannolik
breaches-risk-unlikely-hint = Registreras, men anmäls inte till dataombudsmannen.
breaches-risk-risk = Risk
breaches-risk-risk-hint = Anmäls till dataombudsmannen inom 72 timmar.
breaches-risk-high = Hög risk
breaches-risk-high-hint = Anmäls till dataombudsmannen och berörda kunder informeras utan dröjsmål.
breaches-record = Registrera incidenten
breach-title = Personuppgiftsincident – Tietoni
breach-heading = Personuppgiftsincident { $reference }
breach-not-found = Personuppgiftsincidenten hittades inte
breach-occurred = När incidenten inträffade
breach-not-yet = ännu inte
breach-clock-heading = Tidsfrist för anmälan
breach-record-heading = Registrering
breach-recorded = Registrerad
breach-ombudsman-notified = Anmäld till dataombudsmannen
breach-traficom-notified = Anmäld till Traficom
breach-late-reason-label = Orsak till förseningen
breach-late-reason-hint = Tidsfristen på 72 timmar har överskridits: anmälan ska åtföljas av skälen till förseningen (artikel 33.1).
breach-text-label = Anmälans text (kopiera till anmälningsblanketten)
breach-text-ombudsman = Anmälan om personuppgiftsincident (artikel 33 i EU:s allmänna dataskyddsförordning)
breach-text-traficom = Teleföretagets anmälan om informationssäkerhetsöverträdelse (lagen om tjänster inom elektronisk kommunikation 917/2014)
breach-text-controller = Personuppgiftsansvarig
breach-text-contact = Kontaktperson
breach-text-reference = Beteckning
breach-text-aware = Blev känd
breach-text-occurred = Inträffade
breach-text-nature = Incidentens art
breach-text-categories = Uppgiftskategorier
breach-text-people = Uppskattat antal personer
breach-text-records = Uppskattat antal poster
breach-text-consequences = Sannolika följder
breach-text-measures = Åtgärder
breach-text-risk = Riskbedömning
breach-text-late = Orsak till förseningen
breach-ombudsman-heading = Anmälan till dataombudsmannen
breach-ombudsman-lead = Gör anmälan med dataombudsmannens byrås elektroniska blankett med uppgifterna nedan och markera den sedan som gjord.
breach-traficom-heading = Anmälan till Traficom
breach-traficom-lead = Som teleföretag anmäler ElmoNet informationssäkerhetsöverträdelser som gäller dess kommunikationstjänster även till Transport- och kommunikationsverket Traficom.
breach-mark-ombudsman = Markera som anmäld till dataombudsmannen
breach-mark-traficom = Markera som anmäld till Traficom
breach-tell-heading = Information till kunderna
breach-tell-lead = Risken är inte hög, så kunderna behöver inte informeras, men du kan informera dem.
breach-tell-lead-high = Risken är hög: informera utan dröjsmål varje kund som incidenten gäller (artikel 34). De ser meddelandet på sina egna sidor och får ett e-postmeddelande.
breach-notice-label = Meddelande till kunderna
breach-notice-hint = På ett tydligt språk: vad som hände, vad det kan leda till, vad vi har gjort och vem man kan fråga. Alla informeras med samma ord.
breach-notice-kept = Meddelandet till kunderna
breach-notice-draft =
    ElmoNet Oy upptäckte { $date } en personuppgiftsincident som gäller dina uppgifter.

    Vad hände: { $summary }

    Vad det kan leda till: { $consequences }

    Vad vi har gjort: { $measures }

    Mer information: { $contact }
breach-customers-label = Kundnummer
breach-customers-hint = Ett nummer per rad eller åtskilda med kommatecken, högst 500 åt gången. Om ett enda nummer är okänt informeras ingen.
breach-tell = Informera kunderna
breach-told-none = Ingen har informerats ännu.
breach-told-caption = Informerade kunder
breach-told-col-at = Informerad
breach-told-col-how = E-post
breach-told-mailed = skickad
breach-told-no-mail = ingen e-postadress: informera per brev eller telefon
breach-close-heading = Stäng incidenten
breach-close-lead = Stäng när anmälningarna är gjorda och åtgärderna genomförda. Registreringen bevaras.
breach-close = Stäng incidenten
breach-done-recorded = Incidenten registrerad. Tidsfristen syns nedan.
breach-done-notified-ombudsman = Markerad som anmäld till dataombudsmannen.
breach-done-notified-traficom = Markerad som anmäld till Traficom.
breach-done-told = Kunderna informerade. De ser meddelandet på sina egna sidor och e-postmeddelandena skickas.
breach-done-closed = Incidenten stängd. Registreringen bevaras.
breach-customer-section = Meddelanden om personuppgiftsincidenter
breach-customer-heading = Personuppgiftsincident som gäller dina uppgifter ({ $reference })
breach-customer-told = Du informerades { $date }.
breach-customer-dpa = Du kan lämna in ett klagomål till dataombudsmannen
breach-mail-subject = ElmoNet: personuppgiftsincident som gäller dina uppgifter ({ $reference })
breach-mail-body =
    Hej,

    { $answer }

    Meddelandet finns också på dina egna sidor:
    { $link }

    ElmoNet Oy
error-time-invalid = Ange datum och klockslag, till exempel 30.11.2026 14.05.
error-time-skipped = Detta klockslag finns inte: klockorna flyttas till sommartid. Ange en timme senare.
error-time-in-future = Tiden kan inte vara i framtiden.
error-estimate-invalid = Ange uppskattningen som ett heltal, till exempel 1200.
error-risk-missing = Välj en riskbedömning.
error-late-reason-missing = Ange orsaken till förseningen: tidsfristen på 72 timmar har överskridits.
error-customers-missing = Ange minst ett kundnummer.
error-customers-too-many = Högst 500 kundnummer åt gången.
error-customers-unknown = Alla nummer hör inte till en kund. Kontrollera numren; ingen informerades.
error-authority-invalid = Okänd myndighet.
error-breach-categories-missing = Välj minst en uppgiftskategori.
record-disclosures-heading = Gjorda utlämnanden
record-disclosures-lead = Enligt loggen över utlämnanden, per mottagargrupp (personalen registrerar varje utlämnande; kunden ser sina egna).
record-disclosures-none = Inga utlämnanden har registrerats.
record-disclosures-caption = Gjorda utlämnanden per mottagargrupp
record-col-class = Mottagargrupp
record-col-disclosures = Utlämnanden
record-col-customers = Kunder
record-col-latest = Senast
record-col-named = Mottagare

## Copies of personal data (GDPR Art. 15(3))
copy-title = Kopia av dina personuppgifter
copy-heading = Kopia av dina personuppgifter
copy-back = Tillbaka till begäran
copy-back-staff = Tillbaka till begäran
copy-gone = Kopian finns inte att få: den har inte lämnats ännu, eller så har tiden för nedladdning gått ut. Du kan begära en ny kopia.
copy-confirm-lead = Kopian innehåller hela din personbeteckning. Bekräfta först med ditt lösenord att det är du.
copy-confirm = Bekräfta och visa kopian
copy-staff-prepared = Förbereddes { $when } av { $who }.
copy-staff-released = Lämnad till kunden { $when } ({ $who }).
copy-staff-not-released = Inte lämnad till kunden ännu: dataskyddsombudet lämnar den med beslutsformuläret.
copy-staff-released-until = Lämnad till kunden { $when } ({ $who }); kan laddas ner till { $until }.
copy-until = Kan laddas ner till
copy-package-link = Ladda ner uppgifterna i maskinläsbar form (JSON)
copy-package-hint = Samma format som paketet med överförbara uppgifter; du kan ge det till en annan tjänsteleverantör.
copy-transcripts-heading = Samtalsinspelningar i skriftlig form
copy-transcripts-lead = Dessa inspelningar har skrivits ut på din begäran.
copy-customer-number = Kundnummer
copy-request = Begäran
copy-prepared = Uppgifterna sammanställda
copy-lead = Här är alla personuppgifter om dig som ElmoNet Oy:s kundregister innehåller när kopian sammanställdes: för varje uppgiftsgrupp ändamålen, den rättsliga grunden, varifrån uppgifterna kommer, till vem de lämnas ut och hur länge de sparas, samt själva uppgifterna. Du kan skriva ut sidan eller spara den.
copy-rights-heading = Dina rättigheter
copy-rights = Du kan begära rättelse, radering eller begränsning av behandlingen och invända mot behandlingen på dina egna sidor under Begäranden. Om du anser att dina uppgifter behandlas i strid med lagen kan du klaga hos dataombudsmannen (tietosuoja.fi).
copy-section-heading = Din kopia
copy-ready = Kopian av dina uppgifter är klar. Den kan laddas ner till { $until }, därefter raderas den.
copy-read-link = Läs kopian (du kan skriva ut eller spara den)
copy-recordings-hint = Samtalsinspelningarna kan du lyssna på och ladda ner som ljudfiler på kopians sida.
copy-expired = Tiden för att ladda ner kopian gick ut { $when } och den har raderats. Du kan begära en ny kopia.
copy-staff-heading = Kopia
copy-staff-lead = Kopian sammanställs av det som registret innehåller nu: ett maskinläsbart paket och en läsbar version på kundens språk. Kundtjänsten förbereder, dataskyddsombudet granskar och lämnar den. Kunden kan ladda ner den i 30 dagar.
copy-staff-none = Kopian har inte förberetts ännu.
copy-staff-size = Paketets storlek { $size } kB.
copy-staff-review = Granska kopian
copy-staff-purged = Kopians innehåll har raderats (tiden gick ut eller uppgifter raderades).
copy-staff-recordings = Samtalsinspelningar
copy-staff-recordings-lead = Inspelningarna lämnas som ljudfiler. Om kunden bad om en inspelning i skriftlig form eller den inte kan lämnas som ljud, lyssna på den och skriv ut den; den skriftliga versionen tas med i kopian.
copy-staff-no-recordings = Det finns inga samtalsinspelningar om kunden.
copy-staff-transcript-label = Skriftlig version av inspelningen { $when }
copy-staff-transcript-kept = Den skriftliga versionen har sparats.
copy-staff-transcript-save = Spara den skriftliga versionen
copy-staff-prepare = Förbered kopian
copy-staff-prepare-again = Förbered kopian på nytt
copy-staff-release-dpo = Granska kopian och lämna den till kunden med beslutsformuläret (Klar).
copy-staff-release-cs = Dataskyddsombudet granskar kopian och lämnar den till kunden.
staff-done-copy = Kopian har förberetts.
staff-done-transcript = Den skriftliga versionen har sparats. Förbered kopian på nytt så att den tas med.
staff-event-copy_prepared = Kopian förbereddes
staff-event-transcript_saved = Skriftlig version av inspelning sparad
request-event-copy_prepared = En kopia av dina uppgifter sammanställdes
request-event-transcript_saved = En samtalsinspelning skrevs ut
error-copy-not-prepared = Kopian har inte förberetts. Förbered kopian först och granska den.
error-erasure-legal-hold = Kundens uppgifter omfattas av en gällande bevarandeskyldighet (rättsligt anspråk, EU:s dataskyddsförordning artikel 17.3 e). Raderingen kan inte verkställas förrän bevarandeskyldigheten upphör eller dataskyddsombudet häver den; du kan avslå begäran med motivering.

## Staff accounts created and second factors reset by the DPO; enrolment at sign-in
staff-accounts-enrols = I bruk; tar i bruk tvåstegsverifiering vid nästa inloggning
staff-accounts-reset-factor = Nollställ tvåstegsverifieringen: { $name }
staff-accounts-done-factor-reset = Tvåstegsverifieringen har nollställts. Kontots sessioner avslutades; ägaren tar i bruk en ny vid nästa inloggning.
staff-accounts-done-created = Kontot har skapats. Ägaren fick en länk per e-post för att ange ett lösenord (giltig i 3 dygn) och tar i bruk tvåstegsverifiering vid den första inloggningen.
staff-accounts-create-heading = Skapa ett personalkonto
staff-accounts-create-lead = Kontot är personligt. Ägaren anger ett lösenord via länken som kommer per e-post och tar i bruk tvåstegsverifiering vid den första inloggningen.
staff-accounts-create-name = Namn
staff-accounts-create-email = E-postadress på jobbet
staff-accounts-create-submit = Skapa kontot
error-staff-name-missing = Skriv namnet på kontots ägare (högst 100 tecken).
error-staff-email-taken = Det finns redan ett konto med den här e-postadressen.
staff-welcome-mail-subject = Tietoni: ditt personalkonto
staff-welcome-mail-body = Hej,

    ett personalkonto har skapats åt dig i ElmoNets tjänst Tietoni. Ange ditt lösenord via den här länken inom tre dygn:

    { $link }

    Vid den första inloggningen tar du i bruk tvåstegsverifiering med en autentiseringsapp.

    ElmoNet Oy
enrol-title = Ta i bruk tvåstegsverifiering – Tietoni
enrol-heading = Ta i bruk tvåstegsverifiering
enrol-lead = Lösenordet var rätt. Ett personalkonto behöver också en kod från en autentiseringsapp: ta den i bruk nu så kan du fortsätta.
enrol-submit = Ta i bruk och logga in
enrol-none = Ingen ibruktagning pågår, eller så har tiden gått ut. Logga in på nytt.

## The warning before a session ends for inactivity (WCAG 2.2.1)
session-warning = Din session avslutas om cirka { $minutes } min eftersom du inte har använt tjänsten. Vill du fortsätta?
session-keep = Fortsätt sessionen
session-ended = Din session avslutades eftersom du inte använde tjänsten på 30 minuter. Logga in på nytt i en ny flik: den här sidan och det du har skrivit finns kvar, och du kan skicka formuläret när du har loggat in.
session-sign-in-again = Logga in på nytt (öppnas i en ny flik)

## Tjänsten Tietonis egna uppgifter om kunden (issue #16)
data-portal-account-caption = Ditt konto
data-portal-sessions-caption = Dina giltiga sessioner
data-portal-events-caption = Händelser kring dina uppgifter och ditt konto, nyaste först
data-portal-notifications-caption = Meddelanden till mottagare av dina uppgifter på grund av dina begäranden
data-portal-mails-caption = Meddelanden som skrivits till dig, nyaste först
data-portal-login-changes-caption = Nya inloggningsadresser (rättad e-postadress)
col-new-login = Ny inloggningsadress
col-confirmed = Bekräftad
data-portal-feedback-caption = Respons om tillgänglighet som du har gett och svaren
col-feedback = Respons
col-answered = Besvarad
col-answer = Svar
a11y-feedback-yours = Du är inloggad: din respons och svaret syns bland dina uppgifter (Uppgifter i tjänsten Tietoni) och i ditt datapaket. Om du vill ge respons anonymt, logga först ut.
col-actor = Utförare
col-detail = Precisering
col-expires = Upphör
col-written = Skrivet
col-mail = Meddelande
col-sent = Skickat
value-field-login_email = Inloggningsadress
value-field-account_created = Kontot skapat
value-field-password_changed = Lösenordet senast bytt
value-field-second_factor = Tvåstegsverifiering i bruk sedan
value-field-failed_sign_ins = Misslyckade inloggningar i följd
value-field-locked_until = Kontot låst till
value-not-in-use = Inte i bruk
value-not-yet = Inte ännu
value-mail-pending = Väntar på att skickas
value-mail-sent = Skickat
value-mail-failed = Kunde inte skickas
event-actor-customer = Du
event-actor-anonymous = Ej inloggad användare med ditt konto
event-actor-system = Tietoni (automatiskt)
event-actor-staff = { $role } { $ref }
event-access_denied = Åtkomst nekades till en sida utan behörighet
event-accessibility_feedback_answered = Respons om tillgänglighet besvarades
event-accessibility_feedback_received = Respons om tillgänglighet togs emot
event-account_activated = Kontot togs i bruk
event-account_created = Kontot skapades
event-account_throttled = Inloggning med kontot spärrades en stund efter för många fel
event-activation_failed = Aktiveringen av kontot misslyckades
event-breach_closed = Behandlingen av personuppgiftsincidenten avslutades
event-breach_customer_told = Du informerades om en personuppgiftsincident
event-breach_notified = Personuppgiftsincidenten anmäldes till tillsynsmyndigheten
event-breach_recorded = En personuppgiftsincident registrerades
event-consent_changed = Marknadsföringstillstånd ändrades
event-copy_downloaded = Kopian lästes eller laddades ned
event-copy_reviewed = Personalen granskade den förberedda kopian
event-data_exported = Datapaketet laddades ned
event-data_export_abandoned = Nedladdningen av datapaketet avbröts
event-data_export_failed = Nedladdningen av datapaketet misslyckades
event-demo_data_seeded = Demouppgifter skapades
event-disclosure_recorded = Ett utlämnande av dina uppgifter registrerades
event-eid_refused = Stark elektronisk identifiering avvisades
event-identity_code_revealed = Personbeteckningen visades i sin helhet
event-legal_hold_lifted = Bevarandeskyldigheten hävdes
event-legal_hold_placed = En bevarandeskyldighet lades på dina uppgifter
event-mail_retried = Meddelandet återlämnades för att skickas
event-other_sessions_ended = Andra sessioner avslutades
event-password_changed = Lösenordet byttes
event-password_reset = Lösenordet byttes med en länk i e-post
event-password_reset_requested = En länk för byte av lösenord begärdes
event-prohibition_changed = Förbud mot direktmarknadsföring ändrades
event-public_request_refused = En begäran utan konto avvisades
event-public_request_submitted = En begäran skickades utan konto
event-reauthenticated = Lösenordet bekräftades på nytt
event-recording_played = Personalen lyssnade på en samtalsinspelning
event-recovery_codes_renewed = Reservkoderna förnyades
event-request_filed = En begäran lämnades
event-request_filed_public = En begäran bekräftades och registrerades
event-request_handled = En begäran behandlades
event-request_message_added = Ett meddelande lades till en begäran
event-request_recorded = Personalen registrerade en begäran för din räkning
event-requester_identified = Den som begärde identifierades med stark elektronisk identifiering
event-retention_dry_run = Provkörning av lagringstiderna
event-retention_run = Lagringstiderna verkställdes
event-second_factor_disabled = Tvåstegsverifieringen togs ur bruk
event-second_factor_enabled = Tvåstegsverifieringen togs i bruk
event-selection_made = Uppgifter valdes ut för ett ändamål
event-session_ended = Sessionen avslutades (utloggning)
event-sign_in = Inloggning
event-sign_in_failed = Misslyckad inloggning
event-sign_out = Utloggning
event-staff_account_changed = Ett personalkonto ändrades
event-view_audit_log = Personalen tittade på händelseloggen
event-view_customer_data = Personalen tittade på dina uppgifter
event-view_requester = Personalen tittade på kontaktuppgifterna för den som begärde
outbox-template-breach-mail = Meddelande om en personuppgiftsincident
outbox-template-public-request-mail = Bekräftelselänk för en begäran utan konto
outbox-template-staff-welcome-mail = Länk för ett nytt personalkonto

## Bekräfta en ny inloggningsadress (rättad e-postadress, issue #16)
email-confirm-title = Bekräfta en ny inloggningsadress – Tietoni
email-confirm-heading = Bekräfta en ny inloggningsadress
email-confirm-lead = Din e-postadress har rättats på din begäran. När du bekräftar loggar du i fortsättningen in i Tietoni med den nya adress som den här länken skickades till; med den gamla adressen kan du inte längre logga in. Ditt lösenord och din tvåstegsverifiering förblir oförändrade.
email-confirm-submit = Bekräfta den nya inloggningsadressen
email-confirm-done = Din inloggningsadress har bytts. Logga i fortsättningen in med den nya adressen.
email-confirm-sign-in = Logga in
email-confirm-expired = Be vid behov om en ny länk genom att göra en ny begäran om rättelse eller genom att kontakta kundtjänsten. Din inloggningsadress har inte ändrats.
email-confirm-taken = Den här e-postadressen används redan för att logga in på ett annat Tietoni-konto, så din inloggningsadress byttes inte. Kontakta kundtjänsten.
login-email-confirm-mail-subject = Tietoni: bekräfta en ny inloggningsadress
login-email-confirm-mail-body = Hej,

    din e-postadress har rättats i ElmoNets kundregister på din begäran. För att kunna logga in i Tietoni med den här adressen, bekräfta den via den här länken inom tre dagar:

    { $link }

    Om du inte begärde rättelsen, öppna inte länken utan kontakta ElmoNets kundtjänst.

    ElmoNet Oy
login-email-notice-mail-subject = Tietoni: din inloggningsadress håller på att bytas
login-email-notice-mail-body = Hej,

    din e-postadress har rättats i ElmoNets kundregister på din begäran. En länk skickades till den nya adressen: när den bekräftas loggar du in i Tietoni med den och inte längre med den här adressen.

    Om du inte begärde rättelsen, kontakta genast ElmoNets kundtjänst.

    ElmoNet Oy
outbox-template-login-email-confirm-mail = Bekräftelselänk för en ny inloggningsadress
outbox-template-login-email-notice-mail = Meddelande om att inloggningsadressen byts
event-login_email_changed = Inloggningsadressen byttes till en ny, bekräftad adress
