# Common
app-name = Tietoni
skip-to-content = Skip to main content
site-nav = Main menu
language-switch = Language
language-switch-label = Change language
footer-label = The controller's contact details
home-title = Tietoni – ElmoNet's privacy service
# Landing page
home-heading = Your data at ElmoNet
home-lead = Tietoni shows everything ElmoNet Oy has stored about you: what the data is, why it is kept, where it came from, who it is disclosed to and how long it is kept. You can also download your data, withdraw consents and make requests.
home-register = Register
home-valid-from = Privacy notice valid from { $date }
controller-heading = Controller
controller-business-id = Business ID
controller-address = Address
controller-phone = Phone
controller-email = Email
categories-heading = What data may be stored about you
categories-intro = The register may hold the following { $count } categories of data about you. Each one says why the data is processed, on what basis, where it comes from, who it is disclosed to and how long it is kept.
category-purposes = Purposes
category-legal-basis = Legal basis
category-sources = Where the data comes from
category-recipients = Who the data is disclosed to
category-retention = Retention
category-erasable = Erasure
erasable-anytime = You can ask for erasure at any time.
erasable-after-contract = Can be erased once the customer relationship has ended.
erasable-law = The law requires keeping it: { $law }.
transfers-heading = Transfers outside the EU
transfers-none = The data is not transferred outside the EU or the European Economic Area.
security-heading = How the data is protected
rights-heading = Your rights
supervisory-heading = Complaint to the supervisory authority
supervisory-text = If you think your data has not been processed lawfully, you can complain to the { $authority }.
requests-heading = Requests
not-found-title = Page not found
not-found-text = There is no page at this address. Check the address or go to the front page.
not-found-home = To the front page
# Sign-in
nav-sign-in = Sign in
nav-account = My page
sign-in-title = Sign in – Tietoni
sign-in-heading = Sign in
sign-in-lead = Sign in to see your data and handle your requests.
sign-in-login-label = Email address or customer number
sign-in-login-hint = Your customer number is on your invoice, for example 100001.
sign-in-password-label = Password
sign-in-submit = Sign in
sign-out = Sign out
account-title = My page – Tietoni
account-heading = My page
account-signed-in-as = You are signed in as { $name }.
# Errors
error-prefix = Error
error-summary-title = Check the details
error-unauthorized = Sign in first.
error-forbidden = You are not allowed to do this.
error-invalid-credentials = The email address, customer number or password is wrong.
error-login-missing = Enter your email address or customer number.
error-password-missing = Enter your password.
error-bad-request = The request could not be handled. Reload the page and try again.
error-internal = Something went wrong. Try again in a moment. If you contact customer service, give the reference { $reference }.
error-password-too-short = The password must have at least 12 characters.
error-password-too-long = The password may have at most 1024 characters.
error-password-guessable = The password is too easy to guess. Use a longer phrase without your name, your email address or common passwords.
reauth-title = Confirm with your password – Tietoni
reauth-heading = Confirm with your password
reauth-lead = This action needs your password again. The confirmation is valid for 10 minutes.
reauth-submit = Confirm
error-reauth-required = Confirm the action by entering your password again.
error-password-wrong = The password is wrong.
loading = Loading…
nav-sessions = Sessions
sessions-title = Sign-ins – Tietoni
sessions-heading = Your sign-ins
sessions-lead = These devices or browsers are signed in to your account now. If you do not recognise one, end it and change your password.
sessions-caption = Current sign-ins
sessions-col-session = Sign-in
sessions-col-started = Started
sessions-col-active = Last active
sessions-col-action = Action
sessions-this-one = This device
sessions-other = Other device
sessions-end = End
sessions-end-others = End all other sign-ins
# Second sign-in step, activation, passwords
account-security-heading = Keeping your account safe
forbidden-title = No access
back-to-sign-in = Back to sign-in
sign-in-forgot = Forgotten your password?
sign-in-activate = First time? Activate your account with the code in your activation letter
password-reset-done = Your password has been changed and all your sign-ins have been ended. Sign in with the new password.
code-title = Verification code – Tietoni
code-heading = Enter the verification code
code-lead = Your account uses two-step verification. Open your authenticator app and enter the code it shows.
code-label = Verification code
code-hint = 6 digits from the authenticator app. If you have lost your phone, enter one of your recovery codes.
code-submit = Continue
code-start-again = Start signing in again
error-code-missing = Enter the verification code.
error-code-wrong = The code is wrong or has expired. Enter the code the app shows now.
error-sign-in-expired = Signing in took too long. Start again.
new-password-label = New password
new-password-hint = At least 12 characters. A sentence of several words that you can remember makes a good password.
password-change-title = Change password – Tietoni
password-change-heading = Change password
password-change-lead = Enter your current password first. Changing the password ends your sign-ins on all other devices.
password-change-submit = Change password
password-changed = Your password has been changed. Your other sign-ins have been ended.
forgot-title = Forgotten password – Tietoni
forgot-heading = Forgotten password
forgot-lead = Enter your email address or customer number. We will email the account a link for setting a new password. The link is valid for 30 minutes and works once.
forgot-submit = Send the link
forgot-sent = If what you entered belongs to a Tietoni account, we have sent a link for setting a new password to the account's email address. The link is valid for 30 minutes.
reset-title = New password – Tietoni
reset-heading = Set a new password
reset-lead = Enter a new password. All your sign-ins will then end and you can sign in with the new password.
reset-submit = Save the new password
reset-ask-again = Ask for a new link
error-link-expired = The link or code has expired or has already been used.
reset-mail-subject = Tietoni: set a new password
reset-mail-body = Hello,

    someone (hopefully you) asked for a new password for your Tietoni account. Set a new password with this link within 30 minutes:

    { $link }

    If you did not ask for a new password, you can ignore this message. Your password will not change.

    ElmoNet Oy
activate-title = Activate your account – Tietoni
activate-heading = Activate your Tietoni account
activate-lead = You need your customer number and the activation code ElmoNet sent you by letter. Only ElmoNet customers can activate an account.
activate-customer-number-label = Customer number
activate-code-label = Activation code
activate-code-hint = The code in the letter, for example ABCDE-FGH23.
activate-email-label = Email address
activate-email-hint = You sign in with this address, and a link is sent to it if you forget your password.
activate-submit = Activate the account
error-customer-number-missing = Enter the customer number.
error-activation-code-wrong = The customer number or activation code is wrong, or the code has expired. Check the letter. After five wrong attempts the code stops working.
error-email-invalid = Enter the email address in the form name@example.fi.
error-email-taken = There is already an account with this email address or customer number. Sign in or ask for a new password.
activation-letter = Dear { $name },

    you can now see the data ElmoNet holds about you and handle your data protection matters in the Tietoni service.

    Customer number: { $customer_number }
    Activation code: { $code }

    Activate your account at { $link }. The code is valid for { $days } days and works once.

    ElmoNet Oy
second-factor-title = Two-step verification – Tietoni
second-factor-heading = Two-step verification
second-factor-lead = With two-step verification on, signing in needs a code from the authenticator app on your phone as well as your password. A password alone then does not open your data.
second-factor-on = On.
second-factor-on-since = Turned on { $date }.
second-factor-off = Two-step verification is off.
second-factor-codes-left = Unused recovery codes: { $count }.
second-factor-start = Turn on
second-factor-renew = Make new recovery codes
second-factor-disable = Turn off
second-factor-confirm-to-change = Confirm with your password to change this setting
second-factor-mandatory = Staff accounts always use two-step verification.
second-factor-step-1 = 1. Add the account to your authenticator app
second-factor-step-1-text = Use any authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP).
second-factor-open-app = Open in the authenticator app (on a phone)
second-factor-qr-label = QR code for the authenticator app
second-factor-qr-caption = On a computer: scan the QR code with the authenticator app on your phone.
second-factor-key-text = You can also type this key into the app:
second-factor-step-2 = 2. Enter the code the app shows
second-factor-code-hint = 6 digits. The code changes every 30 seconds.
second-factor-confirm = Confirm and turn on
error-setup-expired = Setting up took too long. Start again.
recovery-codes-heading = Your recovery codes
recovery-codes-text = Keep these codes somewhere safe, such as a password manager or on paper. If you lose your phone you can sign in with one code; each works once. The codes are shown only now.
staff-title = Staff workspace – Tietoni
staff-heading = Staff workspace
staff-signed-in-as = Signed in: { $name } ({ $role }).
staff-lead = Customers' requests are handled here. Every look at a customer's data is logged.
role-customer = Customer
role-customer_service = Customer service
role-dpo = Data protection officer
# My data
nav-my-data = Your data
data-title = Your data – Tietoni
data-heading = Your data
data-lead = This is what ElmoNet Oy's customer register holds about you now. Each category's page shows the data itself and why it is processed, where it came from, who receives it and how long it is kept.
data-none-held = None held
data-count = { $count } records
data-contacts-heading = Questions about your data?
data-contacts-text = The person responsible for the register is { $name } ({ $controller }):
data-rights-link = Your rights, and complaining to the Data Protection Ombudsman
data-processing-heading = Why and how this data is processed
data-reveal-identity = Show the full personal identity code (needs your password)
data-reveal-confirm = Confirm with your password to see the full personal identity code
data-filter-legend = Limit by date
data-filter-from = From (dd.mm.yyyy)
data-filter-to = To (dd.mm.yyyy)
data-filter-submit = Show
data-next-page = Next 100 (older)
data-first-page = Back to the newest
data-pager-label = Pages
data-recording-download = Download the recording
error-date-invalid = Enter the date as dd.mm.yyyy.
data-basic-caption = Your basic data, where it came from and when it last changed
data-business-role-caption = Your roles at business customers
data-contracts-caption = Contracts and services
data-orders-caption = Orders
data-invoices-caption = Invoices, newest first
data-collection-caption = Debt collection cases
data-ip-caption = IP addresses given to you, newest first
data-other-caption = Other data you gave
data-consents-caption = Consents and withdrawals
data-prohibitions-caption = Direct marketing prohibitions
data-blocks-caption = Service blocks
data-traffic-caption = Traffic data (communications), newest first
data-recordings-caption = Call recordings
data-changes-caption = History of changes to your data
col-field = Field
col-value = Value
col-source = Source
col-changed = Changed
col-company = Company
col-business-id = Business ID
col-role = Role
col-position = Position
col-valid-from = From
col-valid-to = To
col-contract-number = Contract number
col-product = Service
col-status = Status
col-started = Started
col-ended = Ended
col-service-address = Service address
col-order-number = Order number
col-ordered = Ordered
col-channel = Channel
col-items = Products
col-invoice-number = Invoice number
col-issued = Date
col-due = Due date
col-amount = Amount
col-paid = Paid
col-agency = Collection agency
col-opened = Opened
col-closed = Closed
col-ip-address = IP address
col-assigned-from = In use from
col-assigned-to = In use until
col-topic = Topic
col-content = Content
col-given = Given
col-purpose = Purpose
col-event = Event
col-when = Time
col-block = Block
col-reason = Reason
col-set-by = Set by
col-since = From
col-until = Until
col-direction = Direction
col-kind = Kind
col-other-party = Other party
col-duration = Length
col-recording = Recording
col-old = Old value
col-new = New value
col-by = Changed by or source
col-request = Request
value-active = Active
value-ended = Ended
value-web = Website
value-phone = Phone
value-store = Shop
value-field_sales = Field sales
value-email = Email
value-received = Received
value-delivered = Delivered
value-cancelled = Cancelled
value-open = Open
value-paid = Paid
value-overdue = Overdue
value-in_collection = In collection
value-outgoing = Outgoing
value-incoming = Incoming
value-call = Call
value-sms = Text message
value-mms = Multimedia message
value-data = Data connection
value-given = Given
value-withdrawn = Withdrawn
value-prohibited = Prohibited
value-lifted = Prohibition lifted
value-customer = You
value-staff = ElmoNet staff
value-system = ElmoNet's system
value-premium_numbers = Premium-rate numbers
value-outgoing_calls = Outgoing calls
value-customer_request = Your own request
value-unpaid_invoice = Unpaid invoice
value-source_register = Source register
value-population_register = Population Information System
value-customer_service = Customer service
value-order_form = Order form
value-digital_advertising = Targeting of digital advertising
value-direct_marketing = Direct marketing
value-distance_selling = Distance selling
value-market_research = Opinion and market research
value-partner_marketing = Disclosure to partners for marketing
value-digital_ads = Digital ads
value-letter = Letter
value-partner = Partners
value-all = All channels
value-lang-fi = Finnish
value-lang-sv = Swedish
value-lang-en = English
value-field-customer_number = Customer number
value-field-first_name = First name
value-field-last_name = Last name
value-field-identity_code = Personal identity code
value-field-street_address = Street address
value-field-postal_code = Postal code
value-field-city = Post office
value-field-phone = Phone number
value-field-email = Email address
value-field-language = Language
value-field-customer_since = Customer since
value-field-business_role = Role at the company
value-field-business_position = Position at the company
value-field-other_data = Other data you gave
data-views-heading = Who has looked at your data
data-views-lead = ElmoNet staff see your data only when their work needs it, and every look is logged. These are the logged looks, newest first.
data-views-none = No one on the staff has looked at your data.
data-views-caption = Staff looks at your data
col-staff = Who
col-viewed = What was viewed
role-staff = Staff
erasure-now-label = Can this data be erased now
erasure-now-possible = Yes, you can ask for this data to be erased.
erasure-now-contract = Not yet: the data is needed because you have an active contract. It can be erased once the customer relationship has ended.
erasure-now-law = No: the law requires keeping it ({ $law }).
export-title = Download your data – Tietoni
export-heading = Download all your data
export-lead = You get everything ElmoNet's customer register holds about you as one JSON file, which you can open or move to another service.
export-includes-all = Every category and every record, including traffic data, the full history of your consents, and your requests with their messages.
export-includes-facts = For each category its purposes, legal basis, sources, recipients and retention, and whether the right to data portability covers it.
export-includes-recordings = The details of your call recordings and the addresses to download their audio from.
export-password = The download asks for your password if you have not given it in the last 10 minutes. It starts at once; even a large file is prepared while it downloads.
export-download = Download the data (JSON)
export-format = The file's structure is described as a JSON Schema:
export-schema-link = the file's description
export-starting = Your download is starting. If it does not, use the download link below.
consents-title = Marketing permissions – Tietoni
consents-heading = Marketing permissions and prohibitions
consents-lead = You decide whether ElmoNet may market to you, and in which channels. A change takes effect at once.
consents-section-heading = Your consents
consents-section-lead = You can withdraw any consent, or give it again, at any time.
consent-given-since = Given { $when }
consent-withdrawn-since = Withdrawn { $when }
consent-never-given = Not given
consent-withdraw = Withdraw: { $what }
consent-give = Give: { $what }
objection-heading = Object to direct marketing
objection-lead = You can prohibit all direct marketing, or direct marketing in one channel. The prohibition is absolute: direct marketing and the profiling for it stop at once, even where you gave consent.
objection-caption = Direct marketing prohibitions by channel
prohibition-on-since = Prohibited since { $when }
prohibition-off = No prohibition
prohibition-set = Prohibit direct marketing: { $what }
prohibition-lift = Lift the prohibition: { $what }
receipt-heading = Receipt of your change
receipt-given = You gave consent: { $what }. Recorded { $when }.
receipt-withdrawn = You withdrew consent: { $what }. Recorded { $when }.
receipt-prohibited = You prohibited direct marketing: { $what }. Recorded { $when }.
receipt-lifted = You lifted the direct marketing prohibition: { $what }. Recorded { $when }.
consents-history-heading = Full history
value-portal = The Tietoni service
consents-col-state-change = State and change
requests-title = Requests and complaints – Tietoni
requests-lead = Use your data protection rights here. Each request gets a reference number, and we answer within one month of receiving it. You can follow a request, send messages and withdraw a request that has not been decided yet.
requests-mine-heading = Your requests
requests-none = You have no requests.
requests-new-heading = Make a new request
requests-marketing-note = You can prohibit direct marketing at once, without a request:
requests-caption = Your requests, newest first
col-reference = Reference
col-received = Received
value-none = none
value-dpo = Data protection officer
optional-suffix = (optional)
text-limit-hint = At most { $limit } characters.
request-kind-rectification = Rectification of data
request-kind-erasure = Erasure of data
request-kind-restriction = Restriction of processing
request-kind-objection = Objection to processing
request-kind-copy = A copy of data
request-kind-question = A question to the data protection officer
request-kind-complaint = A complaint about how your data was handled
request-kind-rectification-hint = Some of your data is wrong or incomplete.
request-kind-erasure-hint = Data no longer needed for a contract or by law.
request-kind-restriction-hint = The data is kept but not used otherwise, for example while a rectification is pending.
request-kind-objection-hint = You object to your data being used for a purpose, for reasons of your own situation.
request-kind-copy-hint = Data this service does not show, such as old documents.
request-kind-question-hint = Ask anything about how your data is processed.
request-kind-complaint-hint = Tell us if you think your data was handled wrongly.
request-kind-rectification-lead = Choose the wrong detail, write the correct value and say why the current one is wrong. The more exact you are, the sooner we can correct it.
request-kind-erasure-lead = Choose the data you want erased. The form offers only data that can be erased now; below it says what keeps the rest. When your basic data is erased, your name and email address are removed from your Tietoni account too: you then sign in with your customer number. Withdrawn consents and direct marketing prohibitions are kept as evidence that the marketing stopped.
request-kind-restriction-lead = Restricted data is kept but not used, for example for marketing, until the restriction is lifted. Give the ground and your reason.
request-kind-objection-lead = Choose the purposes you object to and give the reasons that concern your situation. We stop the processing unless there are overriding grounds for it.
request-kind-copy-lead = Tell us which data you want a copy of. Everything this service shows you can download at once from the Download your data page.
request-kind-question-lead = The data protection officer answers questions about how your data is processed.
request-kind-complaint-lead = Tell us what happened and when. We handle the complaint and answer within one month.
request-status-received = Received
request-status-in_progress = In progress
request-status-waiting_for_customer = Waiting for your answer
request-status-extended = Extended
request-status-completed = Completed
request-status-rejected = Rejected
request-status-withdrawn = Withdrawn
request-due-today = today
request-days-left = { $days } days left
request-overdue = overdue by { $days } days
request-current-value = Now: { $value }
request-clock-note = We answer within one month. If the request is large or complex we may extend this by at most two months; we tell you so, with the reason, within the first month.
request-restrict-label = Restrict the processing of my data until the request is decided
request-restrict-hint = Your data is kept but not used, for example for marketing, while we look into it.
request-submit = Send the request
request-field-legend = Which detail is wrong?
request-field-label = Detail
request-current-label = Value when asked
request-proposed-label = Correct value
request-proposed-hint = Write the detail as it should be, for example the phone number 040 123 4567.
request-reason-label = Why is the current detail wrong?
request-reason-hint = For example: I changed my number in March.
request-records = { $count } records
request-categories-legend = Data to erase
request-categories-hint = Choose one or more.
request-erasure-reason-label = Reason
request-nothing-erasable = None of your data can be erased right now.
request-not-erasable-heading = These cannot be erased now
request-ground-legend = Ground for restriction
request-ground-accuracy = The accuracy of my data is contested
request-ground-accuracy-hint = The restriction lasts until the accuracy has been checked.
request-ground-unlawful = The processing is unlawful but I do not want the data erased
request-ground-unlawful-hint = The data is kept but not used.
request-ground-legal_claim = I need the data for a legal claim
request-ground-legal_claim-hint = The data is kept even if ElmoNet no longer needs it otherwise.
request-ground-objection_pending = I have objected to the processing and it is pending
request-ground-objection_pending-hint = The restriction lasts until your objection has been answered.
request-restriction-reason-label = Tell us about your situation
request-purposes-legend = Purposes you object to
request-grounds-label = Reasons concerning your situation
request-grounds-hint = Say why the processing harms you or is unnecessary in your situation.
request-copy-label = Which data do you want a copy of?
request-question-label = Your question
request-complaint-label = What happened?
request-receipt-heading = Request received
request-receipt = Reference { $reference }. Received { $received }. We will answer by { $due }.
request-receipt-mail = We sent a confirmation to your email, and will tell you there when the request moves on.
request-message-sent = Your message has been sent.
request-withdrawn = You withdrew the request.
request-restriction-asked = You asked for processing to be restricted until the request is decided.
request-extended-label = Extended
request-extended-text = The original due date was { $original }. Reason:
request-restriction-label = Restriction of processing
request-restriction-on = Asked for until the request is decided
request-decided-label = Decided
request-deleted-label = Deleted on
request-deleted-on = { $day } (unless an open request, a debt-collection case, a restriction of processing or a legal hold requires keeping it longer)
request-answer-heading = Answer
request-rejected-dpa = If you disagree with the decision, you may complain to the Data Protection Ombudsman.
request-waiting-note = answer the message below
request-asked-heading = What you asked
request-timeline-heading = Timeline
request-messages-heading = Messages
request-no-messages = No messages.
request-message-label = New message
request-message-submit = Send the message
request-answer-label = Your answer
request-answer-submit = Send the answer
request-restrict-heading = Restrict processing meanwhile
request-restrict-submit = Ask for restriction
request-withdraw-heading = Withdraw the request
request-withdraw-lead = You can withdraw the request as long as it has not been decided. This cannot be undone, but you can make a new request.
request-withdraw-submit = Withdraw the request
request-event-received = Request received
request-event-assigned = Handler assigned
request-event-in_progress = Handling started
request-event-message_customer = You sent a message
request-event-message_staff = ElmoNet sent a message
request-event-clarification_requested = You were asked to clarify
request-event-identity_check_requested = You were asked to verify your identity
request-event-clarification_answered = You answered
request-event-extended = Time extended
request-event-restriction_requested = You asked for restriction of processing
request-event-restriction_applied = Processing restricted
request-event-restriction_lifted = Restriction lifted
request-event-completed = Request decided
request-event-rejected = Request rejected
request-event-withdrawn = You withdrew the request

request-mail-received-subject = Your request { $reference } has been received
request-mail-received-body =
    Hello,

    we have received your request { $reference }. We will answer within one month.

    You can follow the request here:
    { $link }

    ElmoNet Oy
dpa-title = Complaint to the Data Protection Ombudsman – Tietoni
dpa-heading = Complaint to the Data Protection Ombudsman
dpa-short = If you think your data is processed unlawfully, you may complain to the supervisory authority.
dpa-link = How to complain, with a summary of your case
dpa-what = The { $name } is the Finnish data protection authority. It supervises that personal data is processed lawfully and handles complaints from individuals free of charge.
dpa-when = You may complain if you think the processing of your data breaks the General Data Protection Regulation, or if we have not answered your request in time or you disagree with our answer.
dpa-first-us = You may also tell us first:
dpa-where = The complaint is made on the authority's website:
dpa-summary-heading = A summary of your case
dpa-summary-lead = Copy the summary into your complaint, or download it as a file and attach it. It lists your requests, their dates and our answers.
dpa-summary-label = Summary
dpa-summary-download = Download the summary (text)
dpa-summary-title = Summary of my data protection case
dpa-summary-controller = Controller
dpa-summary-customer-number = My customer number
dpa-summary-made = Made on
dpa-summary-requests = My requests and complaints
error-text-missing = Write the text.
error-text-too-long = The text is too long. Shorten it to at most 4,000 characters.
error-field-missing = Choose the detail that is wrong.
error-proposed-unchanged = The correct value is the same as the current one. Write the value as it should be.
error-categories-missing = Choose at least one kind of data to erase.
error-erasure-not-possible = Data you chose cannot be erased now. Choose only what the form offers.
error-ground-missing = Choose the ground for restriction.
error-purposes-missing = Choose at least one purpose.
error-value-missing = Write the correct value.
error-value-too-long-100 = The value is too long: at most 100 characters.
error-value-too-long-200 = The value is too long: at most 200 characters.
error-value-too-long-254 = The value is too long: at most 254 characters.
error-value-not-text = The value must contain letters and no control characters.
error-language-unknown = The language is fi (Finnish), sv (Swedish) or en (English).
error-identity-code-length = A personal identity code has 11 characters, for example 131052-308T.
error-identity-code-date-digits = The first six characters of the identity code are the date of birth in digits (DDMMYY).
error-identity-code-century = The seventh character is the century sign: +, -, Y, X, W, V, U, A, B, C, D, E or F.
error-identity-code-individual-digits = Characters 8–10 are the individual number in digits.
error-identity-code-individual-range = The individual number is between 002 and 999.
error-identity-code-no-such-date = The date of birth in the identity code does not exist.
error-identity-code-check = The check character of the identity code does not match. Check the code.
error-phone-empty = Enter a phone number.
error-phone-character = A phone number may contain only digits, spaces, hyphens, parentheses and a leading +.
error-phone-prefix = Start with 0 (e.g. 040 123 4567) or with the country code (e.g. +358 40 123 4567).
error-phone-too-short = The phone number is too short.
error-phone-too-long = The phone number is too long (at most 15 digits with the country code).
error-email-empty = Enter an email address.
error-email-one-at = An email address has exactly one @ sign.
error-email-local-part = The part before the @ is missing or too long.
error-email-domain = The part after the @ is not a valid domain, e.g. example.fi.
error-email-too-long = An email address has at most 254 characters.
error-postal-code-format = A postal code is five digits, for example 34600.
col-answer-due = Answer due by
request-event-recipient_notified = A recipient of the data was told of the change
col-recipient = Recipient
col-notified = Told
staff-actions-heading = Actions
staff-answer-label = Answer to the customer
staff-answer-hint = Give the decision and its reasons. The customer reads the text as written.
staff-answer-language = Write in the customer's language: { $language }.
staff-any = Any
staff-open = Open
staff-ask-legend = What the message does
staff-ask-none = Tells the customer
staff-ask-clarification = Asks for clarification (the request waits for the customer)
staff-ask-identity = Asks the customer to verify their identity (the request waits for them)
staff-asked-heading = What the customer asks
staff-assign-heading = Handler
staff-assign-legend = Assign the request to
staff-assign-me = Me
staff-assign-none = Nobody
staff-assign-submit = Save the handler
staff-assignee-me = Mine
staff-assignee-none = Not assigned
staff-audit-title = Audit log – Tietoni
staff-audit-heading = A customer's audit log
staff-audit-caption = Logged events, newest first
staff-audit-submit = Show the log
staff-customer-number = Customer number
staff-no-such-customer = No customer has this number.
staff-col-action = Action
staff-col-detail = Detail
staff-by-status-caption = Requests by status
staff-col-count = Count
staff-col-assignee = Handler
staff-col-customer = Customer
staff-customer = The customer
staff-customer-language = Customer's language
staff-data-heading = The customer's data for the decision
staff-data-audited = Opening this page was logged, and the customer can see it.
staff-decide-heading = Decision
staff-decide-submit = Save the decision
staff-outcome-legend = Decision
staff-approve-rectification = Approve: correct the data in the register
staff-approve-erasure = Approve: erase the data
staff-approve-restriction = Approve: restrict processing
staff-approve-objection = Approve: stop the processing objected to
staff-approve-copy = Done: give the prepared copy to the customer
staff-approve-question = Done: the question was answered
staff-approve-complaint = Done: the complaint was answered
staff-reject = Reject
staff-reject-hint = Give the reasons. The customer is told of the right to complain to the Data Protection Ombudsman.
staff-dpo-decides = The data protection officer decides this request.
staff-due-soon = due in { $days } days
staff-due-today = due today
staff-overdue = overdue by { $days } days
staff-extend-heading = Extend the time to answer
staff-extend-lead = Once only, and only within the first month, when the request is complex or there are many. The customer reads the reason.
staff-extend-legend = Extension
staff-extend-1 = One month
staff-extend-2 = Two months
staff-extend-reason = Reason for the customer
staff-extend-submit = Extend
staff-field-history = History of { $field }
staff-filters-heading = Filter the queue
staff-filter-submit = Show
staff-search-label = Reference or customer number
staff-overdue-only = Overdue only
staff-lift-heading = Lift the restriction
staff-lift-reason = Why the restriction is lifted
staff-lift-submit = Lift the restriction
staff-mark-notified = Mark as told
staff-notified-at = Told { $when }
staff-median-label = Median from receipt to decision
staff-median-days = { $days } days
staff-decided-count = ({ $count } decided)
staff-message-heading = Message to the customer
staff-message-label = Message
staff-message-submit = Send the message
staff-nav-label = Staff pages
staff-next-page = Next requests
staff-not-restricted = Not restricted
staff-restricted-now = Processing restricted: the data is not used for marketing
staff-restriction-asked = The customer asks for restriction until the request is decided
staff-restricted-mark = (restricted)
staff-overdue-count = Overdue
staff-overview-title = Overview – Tietoni
staff-overview-heading = Overview
staff-queue-heading = Request queue
staff-queue-caption = Requests by due date, earliest first
staff-queue-empty = No requests match these filters.
staff-queue-total = { $count } requests
staff-recipients-heading = Telling the recipients
staff-notice-pending = The notice is going by email to the address recorded with the disclosure.
staff-notice-failed = The email notice did not get through (see Outgoing mail): tell them another way.
staff-recipients-lead = Each recipient the data was disclosed to must be told of the change (GDPR Art. 19). The customer sees where this stands.
staff-recipients-caption = Recipients and notices
staff-restrict-heading = Restrict processing
staff-restrict-lead = The customer's data is not used for marketing and is marked restricted everywhere until the restriction is lifted with a reason.
staff-restrict-submit = Restrict processing
staff-done-assigned = Handler saved.
staff-done-message = Message sent to the customer.
staff-done-extended = Time extended; the customer has been told.
staff-done-approved = Decision saved and applied to the register.
staff-done-rejected = Rejection saved; the customer has been told.
staff-done-restricted = Processing restricted.
staff-done-lifted = Restriction lifted.
staff-done-notified = Marked as told.
error-conflict = This cannot be done now: the request has changed or is already decided. Reload the page.
error-months-invalid = Choose an extension of one or two months.
error-outcome-missing = Choose the decision.
request-mail-message-subject = A new message about your request { $reference }
request-mail-message-body =
    Hello,

    there is a new message about your request { $reference }. Read it here:
    { $link }

    ElmoNet Oy
request-mail-waiting-subject = Your request { $reference } is waiting for your answer
request-mail-waiting-body =
    Hello,

    we need more information about your request { $reference }. Answer here:
    { $link }

    ElmoNet Oy
request-mail-extended-subject = The time to answer your request { $reference } has been extended
request-mail-extended-body =
    Hello,

    the time to answer your request { $reference } has been extended. The reason and the new due date:
    { $link }

    ElmoNet Oy
request-mail-decided-subject = Your request { $reference } has been decided
request-mail-decided-body =
    Hello,

    your request { $reference } has been decided. Read the answer here:
    { $link }

    ElmoNet Oy
recipient-notice-subject = ElmoNet Oy: personal data disclosed to you has been { $change ->
        [erasure] erased
        [restriction] restricted
       *[other] rectified
    }
recipient-notice-body =
    Dear recipient,

    we disclosed personal data of our customer to you ({ $date }; your reference: { $reference }). At the customer's request we have now { $change ->
        [erasure] erased
        [restriction] restricted the processing of
       *[other] rectified
    } the following data: { $categories }.

    Article 19 of the EU General Data Protection Regulation requires us to tell every recipient the data was disclosed to. Please { $change ->
        [erasure] erase the data from your own registers too, unless the law requires you to keep it.
        [restriction] do not process the data other than by storing it until the restriction ends.
       *[other] rectify the data in your own registers too.
    }

    This message contains no personal data. We send the changed data securely on request: { $contact }

    ElmoNet Oy
outbox-template-recipient-notice = Notice to a recipient (Article 19)
request-recipients-heading = Who is told of the change
request-recipients-lead = We tell everyone your data was disclosed to about the change.
request-recipient-pending = Not told yet
data-restricted-banner = The processing of your data is restricted: it is kept but not used for marketing.
value-request = At your request
staff-source-request = At the customer's request
staff-event-received = Request received
staff-event-assigned = Handler assigned
staff-event-in_progress = Handling started
staff-event-message_customer = The customer sent a message
staff-event-message_staff = Message to the customer
staff-event-clarification_requested = The customer was asked to clarify
staff-event-identity_check_requested = The customer was asked to verify their identity
staff-event-clarification_answered = The customer answered
staff-event-extended = Time extended
staff-event-restriction_requested = The customer asked for restriction
staff-event-restriction_applied = Processing restricted
staff-event-restriction_lifted = Restriction lifted
staff-event-completed = Decided
staff-event-rejected = Rejected
staff-event-withdrawn = The customer withdrew the request
staff-event-recipient_notified = A recipient was told
a11y-title = Accessibility statement – Tietoni
a11y-heading = Accessibility statement
a11y-scope = This statement covers Tietoni, the privacy portal of ElmoNet Oy's customer register. It was made on 25 November 2026 and updated on 1 December 2026, when the portal added the page of its own data about the customer (My data) and the confirmation of a new login address. It is based on our own assessment and automated testing: every page is checked with the axe tool in Finnish, Swedish and English at phone and laptop sizes, and each journey is tested with the keyboard alone and without JavaScript. A virtual screen reader checks what is read out in three journeys: signing in with an error, changing a marketing permission and sending a request.
a11y-status-heading = Compliance status
a11y-status = The service partially conforms to WCAG 2.2 levels A and AA. The gaps below prevent full conformance.
a11y-gaps-heading = Known gaps
a11y-gap-recordings = Recordings of customer-service calls have no text alternative (WCAG 1.2.1). You can get their content in writing by asking for a copy of your data.
a11y-gap-manual = The service has not yet been tested with real screen readers (NVDA, JAWS, VoiceOver, TalkBack) or with its users. A virtual screen reader and automated testing do not find every problem.
a11y-gap-qr = Turning on two-step verification needs an authenticator app; the key is shown as text beside the QR code, but there is no alternative method (such as text messages).
a11y-gap-session = A session ends when the service has not been used for 30 minutes. With JavaScript the page warns two minutes before and the session can be continued; without JavaScript there is no warning (WCAG 2.2.1), and sending a form in an ended session leads to signing in again, after which what was typed is back in the form.
a11y-how-heading = How the service can be used
a11y-how = Everything works without JavaScript and with the keyboard alone. Pages adapt down to 320 pixels wide and text can be enlarged to 200 %. The language is chosen at the top of the page, and the choice is kept.
a11y-feedback-heading = Give feedback on accessibility
a11y-feedback-lead = Did you find a gap not listed above, or can you not use part of the service? Tell us. We answer within 14 days.
a11y-message-label = Your feedback
a11y-page-label = The page with the problem
a11y-page-hint = Optional. For example the page's name or address.
a11y-contact-label = Email address for the answer
a11y-contact-hint = Optional. Without an address we cannot answer you.
a11y-submit = Send the feedback
a11y-thanks = Thank you for your feedback. Reference { $reference }. We answer within 14 days.
a11y-authority-heading = Supervisory authority
a11y-authority = If you are not satisfied with our answer, or get none within 14 days, you can notify the supervisory authority. Instructions and contact details:
a11y-staff-title = Accessibility feedback – Tietoni
a11y-staff-heading = Accessibility feedback
a11y-staff-lead = Feedback must be answered within 14 days. Open items first, by due date.
a11y-staff-none = No feedback.
a11y-staff-due = answer by { $date }
a11y-staff-answered-at = answered { $when }
a11y-staff-answer-label = Answer
a11y-staff-answer-mailed = The answer is emailed to the sender.
a11y-staff-answer-no-mail = The sender gave no address; the answer is only recorded here.
a11y-staff-answer-submit = Save the answer
a11y-staff-answered = Answer saved.
feedback-mail-subject = Answer to your accessibility feedback { $reference }
feedback-mail-body =
    Hello,

    thank you for your feedback { $reference }. Our answer:

    { $answer }

    ElmoNet Oy

# Opening a staff page that records a look at personal data from a link on another site.
confirm-open-title = Open the page with the customer's data
confirm-open-lead = You came here through a link on another site. Opening this page is recorded as a look at the customer's data, so open it only if you meant to.
confirm-open-link = Open the page
col-legal-basis = Legal basis
objections-heading = Objecting to processing
objections-lead = These purposes rest on ElmoNet's legitimate interest. You can object to them on grounds relating to your particular situation; once the objection is upheld, your data is no longer used for that purpose.
objections-caption = Purposes you can object to
objections-upheld = Objected to since { $date } (request { $reference })
objections-none = Not objected to
objections-file = Object to processing
data-objections-caption = Objections to processing
value-upheld = Objection upheld
col-wording = Wording you saw
data-restricted-since = The restriction has been in force since { $date }.
data-restricted-since-request = The restriction has been in force since { $date }, on your request { $reference }.
data-restricted-ground = Ground: { $ground }.
restriction-while-pending = it lasts until your request { $reference } has been handled
staff-accounts-title = Staff accounts – Tietoni
staff-accounts-heading = Staff accounts
staff-accounts-lead = Granting and removing access (privacy notice §8). A deactivated account cannot sign in, its sessions end at once, and its past actions stay in its name. Every change is logged.
staff-accounts-caption = Staff accounts
staff-accounts-col-last = Last signed in
staff-accounts-col-actions = Changes
staff-accounts-active = Active
staff-accounts-active-no-factor = Active, without two-step verification
staff-accounts-deactivated = Deactivated
staff-accounts-make = { $name }: change the role to { $role }
staff-accounts-deactivate = Deactivate: { $name }
staff-accounts-activate = Activate: { $name }
staff-accounts-you = Your own account
staff-accounts-done-role = The role was changed.
staff-accounts-done-activated = The account was activated.
staff-accounts-done-deactivated = The account was deactivated and its sessions ended.
col-name = Name
error-role-invalid = Choose a role.
request-records-legend = Or only some of the other data you gave
request-records-hint = Choose single items if you do not want them all erased. If you choose the whole group above, all of it is erased.
request-records-chosen = { $count } single items of { $category }

## Retention (issue #17)
col-deleted-on = Deleted on
value-retention-not-started = when use ends
retention-label = Kept for
retention-dated-record = Each record is deleted { $period } after its time; the day is in the column “Deleted on”.
retention-dated-end-of-year = Each record is deleted { $period } after the end of its year; the day is in the column “Deleted on”.
retention-dated-contract-end = The records are deleted { $period } after the contract ends.
retention-dated-relationship-end = The data is anonymised { $period } after your last contract ended, when no invoice is unpaid.
period-year-one = { $n } year
period-year-other = { $n } years
period-month-one = { $n } month
period-month-other = { $n } months
period-week-one = { $n } week
period-week-other = { $n } weeks
period-day-one = { $n } day
period-day-other = { $n } days
retention-held-lead = Your data is kept past its time because:
retention-held-open-request = your request { $reference } is still being handled and must not lose the data it is about
retention-held-open-requests = your requests { $references } are still being handled and must not lose the data they are about
retention-held-restricted = you asked for processing to be restricted, so nothing is deleted until the restriction is lifted
retention-held-debt-collection = you have an open debt-collection case
retention-held-legal = the data protection officer has placed a legal hold until { $until }: { $reason }
retention-staff-title = Retention – Tietoni
retention-staff-heading = Retention
retention-staff-lead = The retention run deletes data whose retention period under the privacy notice has ended, unless a hold stops it. Here you see the schedule, what the latest runs did and the legal holds in force.
retention-done-dry-run = Dry run done. Its result is below; nothing was deleted.
retention-done-placed = Legal hold placed.
retention-done-lifted = Legal hold lifted. The customer's records past their time go at the next run.
retention-schedule-heading = Schedule
retention-schedule-label = The run starts
retention-schedule-every = every { $hours } hours
retention-schedule-off = not scheduled in this service (started with the command tietoni retention run)
retention-last-run = Latest run
retention-next-run = Next run at the earliest
retention-dry-run = Do a dry run now
retention-dry-run-hint = A dry run counts what would be deleted and what held, and deletes nothing.
retention-runs-heading = Latest runs
retention-no-runs = The retention run has not run yet.
retention-run-caption = Run { $at }
retention-run-caption-dry = Dry run { $at }
retention-col-category = Category
retention-col-cutoff = Deletes older than
retention-col-due = Past their time
retention-col-deleted = Deleted
retention-col-held = Held
retention-col-why = Why
retention-hold-open_request = open request
retention-hold-open_requests = open requests
references-more = and { $count } more
retention-hold-restricted = processing restricted
retention-hold-debt_collection = open debt-collection case
retention-hold-legal_hold = legal hold
retention-hold-unpaid = unpaid invoice
retention-hold-collection_case = invoice has a collection case
retention-note-no_period = the rule has no fixed period
retention-note-event_not_followed = the period runs from an event the run does not follow yet
retention-note-cut_short = the run was cut short; the next run goes on
retention-note-no_signing_key = no signing key is set, so nothing is removed from the log
retention-holds-heading = Legal holds
retention-holds-lead = A hold keeps all of a customer's data past its time until a given day (for a legal claim or an authority's order, for example). The customer sees the reason and the end day on their pages.
retention-no-holds = No holds are in force.
retention-holds-caption = Holds in force
retention-col-reason = Reason
retention-col-until = Until
retention-col-placed = Placed
retention-placed-by = { $at }, { $name }
retention-lift = Lift the hold on customer { $customer }
retention-place-heading = Place a hold
retention-reason-label = Reason
retention-reason-hint = The customer sees the reason. Write it so that they understand it.
retention-until-label = Until
retention-until-hint = A date as yyyy-mm-dd, at most 10 years ahead.
retention-place = Place the hold
error-hold-end-out-of-range = Choose a day from today to at most 10 years ahead.
error-customer-unknown = There is no customer with this number.
retention-target-portal_one_time_codes = Portal: activation codes and password-reset links
retention-target-portal_login_email_changes = Portal: links confirming new login addresses
retention-target-portal_unconfirmed_requests = Portal: unconfirmed requests made without an account
retention-target-portal_recovery_codes = Portal: used backup codes
retention-target-portal_feedback = Portal: accessibility feedback
retention-hold-unanswered = unanswered feedback
retention-target-portal_requests = Portal: decided and withdrawn requests
retention-hold-open = the request is open
retention-target-portal_audit_log = Portal: the audit log
retention-hold-after_held = an older row is kept
retention-target-basic = Ended customer relationships (basic data anonymised)

## Record of processing (Art. 30)
record-title = Record of processing activities – Tietoni
record-heading = Record of processing activities
record-lead = The record of processing activities (GDPR Article 30) of { $register }. It is generated from the privacy notice valid from { $date }: when the notice changes, this page changes with it. The page prints as a document.
record-download-json = Download as a JSON file ({ $language })
record-controller = Controller
record-controller-name = Name
record-address = Address
record-contact = Contact details
record-purposes = Purposes of processing
record-purposes-caption = Purposes and their legal bases
record-col-purpose = Purpose
record-col-basis = Legal basis
record-subjects = Categories of data subjects
record-categories = Categories of personal data
record-sources = Sources
record-recipients = Recipients
record-retention = Retention periods
record-retention-caption = Retention rules
record-col-rule = Rule
record-col-period = Kept for
record-col-source = Ground
record-no-fixed-period = no fixed period
record-runs-from-record = from the record's time
record-runs-from-end_of_year = from the end of the record's year
record-runs-from-contract_end = from the end of the contract
record-runs-from-relationship_end = from the end of the customer relationship
record-transfers = Transfers outside the EU or EEA
record-transfers-no = The data is not transferred outside the EU or EEA.
record-transfers-yes = The data is transferred outside the EU or EEA; see the privacy notice.
record-security = Technical and organisational security measures
record-authority = Supervisory authority
retention-target-contracts = Contracts
retention-hold-in_use = the contract is in use
retention-target-orders = Orders
retention-hold-active_contract = the customer has an active contract
retention-staff-holds-label = Kept past its time
retention-staff-no-holds = nothing
error-unavailable = The service is temporarily unavailable. Try again in a moment. (Reference { $reference })
unavailable-title = The service is temporarily unavailable

## Disclosures (Art. 15(1)(c), 19)
disclosures-title = Disclosures – Tietoni
disclosures-heading = Disclosures
disclosures-lead = Record here every time a customer's data is given to a named recipient (answering an authority's request for data, or to a debt collection agency, for example). The customer sees each disclosure on their pages, and the disclosures tell whom to inform of a rectification or erasure.
disclosures-record-heading = Record a disclosure
disclosures-class-legend = Recipient class (privacy notice, section 7)
disclosures-name-label = Recipient
disclosures-name-hint = The recipient's name, for example Helsinki Police Department.
disclosures-categories-legend = Data disclosed
disclosures-basis-legend = Basis of the disclosure
disclosures-reference-label = Recipient's reference (optional)
disclosures-reference-hint = An authority's case number, for example.
disclosures-notify-label = Address for notices of changes (optional)
disclosures-notify-hint = The email of the recipient's data protection contact. If the customer's data is later rectified, erased or restricted, a notice goes to this address by itself (GDPR Article 19).
disclosures-notify-to = Notices of changes: { $address }
disclosures-date-label = Day of disclosure
disclosures-date-hint = A date as yyyy-mm-dd, today at the latest.
disclosures-record = Record the disclosure
disclosures-done-recorded = Disclosure recorded. The customer sees it on their pages.
disclosures-latest-heading = Latest disclosures
disclosures-caption = Disclosures, newest first
disclosures-col-date = Day
disclosures-col-recipient = Recipient
disclosures-col-categories = Data
disclosures-col-basis = Basis
disclosures-col-reference = Reference
disclosures-none-staff = No disclosures have been recorded.
disclosures-none = Your data has not been disclosed to any named recipient.
data-disclosures-heading = Who your data has been disclosed to
data-disclosures-lead = Every time your data was given outside ElmoNet to a named recipient: to whom, which data, when and on what basis. The category pages also show the classes of recipients your data may be disclosed to.
error-recipient-missing = Choose a recipient class.
error-basis-missing = Choose the basis of the disclosure.
error-disclosure-restricted = The customer's processing was restricted on the day of the disclosure (GDPR Article 18). Restricted data may be disclosed only on a legal obligation or with the customer's consent; the ground of the restriction is in the customer's restriction request.
error-date-in-future = The day of disclosure cannot be in the future.
error-text-too-long-short = The text is too long. Shorten it to at most 200 characters.

## Outgoing mail (outbox, issue #19)
outbox-heading = Outgoing mail
outbox-lead = Mail to customers is written in the same transaction as the change it belongs to and sent right after it. A failed send is tried again at growing intervals; after eight tries or a permanent refusal the message stays here. Recipients and content are not shown.
outbox-pending = Waiting to be sent
outbox-failed = Failed
outbox-sent-day = Sent in the last 24 hours
outbox-oldest = Oldest waiting
outbox-none-stuck = No failed or delayed messages.
outbox-stuck-caption = Failed and delayed messages
outbox-col-mail = Message
outbox-col-created = Written
outbox-col-status = Status
outbox-col-attempts = Tries
outbox-col-next = Next try
outbox-col-error = Error
outbox-col-action = Action
outbox-status-pending = Being tried again
outbox-status-failed = Failed
outbox-retry = Send message { $id } again
outbox-done-mail-retried = The message will be sent again.
outbox-template-request-mail-received = Receipt of a request
outbox-template-request-mail-message = Message about a request
outbox-template-request-mail-waiting = Request waiting for the customer
outbox-template-request-mail-extended = Time to answer extended
outbox-template-request-mail-decided = Decision on a request
outbox-template-reset-mail = Password reset link
outbox-template-feedback-mail = Answer to accessibility feedback
outbox-template-activation-letter = Activation letter (by post)
# Strong electronic identification
eid-heading = With online banking codes or mobile certificate
eid-lead = Identify yourself strongly and see your data at once. No activation letter or password needed.
eid-start = Identify with online banking codes or mobile certificate
eid-or-password = Or sign in with a password
eid-confirm-heading = Or confirm by identifying yourself
eid-confirm-lead = You can also confirm who you are with online banking codes or the mobile certificate.
eid-confirm-start = Confirm with online banking codes or mobile certificate
eid-refused-title = Identification did not succeed
eid-refused-peruttu = The identification was cancelled. You can try again.
eid-refused-vanhentunut = The identification had expired or was started in another browser window. Start again from this page.
eid-refused-ei-tama-tunnistus = The identification service's answer did not belong to this identification, so it was not accepted. Start again.
eid-refused-vaara-allekirjoitus = The signature of the identification service's answer did not match, so it was not accepted. Start again.
eid-refused-vanha-tunniste = The identification service's answer had expired, so it was not accepted. Start again.
eid-refused-taso = The identification method you chose is not strong enough. Use online banking codes, the mobile certificate or an ID card.
eid-refused-ei-tunnusta = The identification service did not give your personal identity code, so we cannot connect you to customer data.
eid-refused-palvelu = The identification service cannot be reached right now. Try again in a moment or sign in with a password.
eid-refused-ei-asiakas = You identified yourself, but we did not find you in ElmoNet's customer register. If you think you are a customer or want to use your data protection rights, contact customer service.
eid-refused-tili-suljettu = Your Tietoni account has been closed. Contact customer service.
eid-refused-eri-henkilo = You identified yourself as someone other than the signed-in user, so the confirmation does not count.
# Identity checks and channels
identity-heading = Identity
identity-channel = Came in
channel-portal = In Tietoni
channel-phone = By phone
channel-email = By email
channel-letter = By letter
channel-service_point = At a service point
identity-required = Certainty required
identity-sufficient = { $level }: enough, the request can be carried out.
identity-missing = { $level }: missing. The request cannot be carried out until identity has been checked.
identity-level-low = Basic (questions)
identity-level-substantial = Substantial (own account)
identity-level-high = High (strong identification or identity document)
identity-method-strong_eid = Strong electronic identification
identity-method-password_totp = Signed in with password and verification code
identity-method-password = Signed in with password
identity-method-account = Signed in to own account
identity-method-id_document = Identity document at a service point
identity-method-known_data = Questions about known data
identity-document-passport = passport
identity-document-id_card = identity card
identity-document-driving_licence = driving licence
identity-by-portal = Tietoni (when filed)
identity-verified = Verified
identity-not-verified = Not verified
identity-no-checks = Identity has not been checked yet.
identity-checks-caption = Identity checks
identity-col-method = How
identity-col-level = Certainty
identity-col-by = Checked by
identity-col-result = Result
identity-record-heading = Record an identity check
identity-method-legend = How was identity checked?
identity-document-legend = Identity document
identity-document-hint = Only when an identity document was seen at a service point.
identity-result-legend = Result
identity-record-submit = Record the check
staff-done-identity = The identity check was recorded.
staff-event-identity_verified = Identity verified
staff-event-identity_not_verified = Identity could not be verified
request-event-identity_verified = Your identity was verified
request-event-identity_not_verified = Your identity could not be verified
error-identity-insufficient = Identity has not been checked as surely as this request requires. Record a check first.
error-identity-method-missing = Choose how identity was checked.
error-identity-document-missing = Choose the identity document when identity was checked from a document.
error-identity-result-missing = Choose the result of the check.
request-channel-label = Came in
request-identity-label = Identity
request-identity-none = Not checked yet
# Requests from other channels
intake-title = Record a request received – Tietoni
intake-heading = Record a request received
intake-lead = Record a request that came by phone, email, letter or at a service point. The deadline runs from the day it was received. The identity check is recorded on the request's page.
intake-channel-legend = How did the request come in?
intake-received-label = Day received
intake-received-hint = The day the request reached ElmoNet, for example 30.11.2026.
intake-customer-label = Customer number or personal identity code
intake-customer-hint = The customer in the register the request is about.
intake-kind-legend = What was asked?
intake-description-label = What the request says
intake-description-hint = What the person asked, in their own words as exactly as possible.
intake-categories-legend = Data to erase (erasure only)
intake-categories-hint = Choose at least one for an erasure.
intake-purposes-legend = Purposes objected to (objection only)
intake-purposes-hint = Choose at least one for an objection.
intake-submit = Record the request
staff-done-recorded = The request is in the queue. Check the person's identity before carrying it out.
error-intake-channel-missing = Choose how the request came in.
error-intake-date-invalid = Write the day received as 30.11.2026.
error-intake-date-future = The day received cannot be in the future.
error-intake-date-old = The day received can be at most a year ago.
error-intake-customer-unknown = No single customer was found with that customer number or identity code.
error-intake-kind-missing = Choose what was asked.
error-intake-categories-missing = Choose at least one kind of data to erase.
error-intake-purposes-missing = Choose at least one purpose objected to.
staff-identity-missing-mark = Identity not checked
intake-field-legend = Data to rectify (rectification only)
intake-field-hint = For a rectification, choose the data and write the correct value.
intake-proposed-label = Correct value (rectification only)
intake-ground-legend = Ground for restriction (restriction only)
intake-ground-hint = For a restriction, choose the ground.

## A request without an account (issue #18)
public-title = Make a request without an account – Tietoni
public-heading = Make a data protection request without an account
public-lead = Anyone can use their data protection rights in ElmoNet's customer register – a former customer, a business customer's contact person or someone who is not a customer. No account is needed.
public-how = We send a confirmation link to the email address you give. The request is recorded and the time to answer starts when you open the link and confirm the request within 24 hours. You can prove your identity at once with online banking credentials, or later when we ask.
public-have-account = Do you have a Tietoni account?
public-sign-in = Sign in and make the request on your own pages.
public-who-legend = Who you are and how to reach you
public-name-label = Name
public-email-label = Email address
public-email-hint = The confirmation link and our answers are sent to this address.
public-phone-label = Phone number (optional)
public-kind-legend = What do you ask for?
public-kind-hint-copy = You learn what data is held about you and get a copy of it.
public-kind-hint-rectification = Wrong data is corrected.
public-kind-hint-erasure = Data is erased where the law allows.
public-kind-hint-restriction = The processing of the data is restricted.
public-kind-hint-objection = You object to the data being used for some purpose.
public-kind-hint-question = Ask about how your data is processed.
public-kind-hint-complaint = Tell us what has gone wrong in processing your data.
public-description-label = Your request
public-description-hint = Say in your own words what you ask for and which data it concerns. Do not write your personal identity code.
public-field-legend = Data to correct (rectification only)
public-ground-legend = Ground for restriction (restriction only)
public-categories-legend = Data to erase (erasure only)
public-purposes-legend = Purposes you object to (objection only)
public-privacy = We use what you give only to handle this request. If you do not confirm the request, it is deleted after a week.
public-submit = Send the request
public-eid-heading = Prove your identity
public-eid-lead = You can prove your identity now with online banking credentials or a mobile certificate. Then your request can be handled without further checks.
public-eid-start = Identify with online banking
public-notice-lahetetty = The request has been sent. Check your email and confirm the request with the link.
public-notice-vahvistettu = The request has been confirmed and recorded.
public-notice-tunnistettu = Your identity has been proved.
public-status-title = Your request – Tietoni
public-status-heading = Your request
public-status-unknown = There is no open request in this browser. Open the link in your email to see your request.
public-new = Make a new request
public-status-expired = The confirmation link was not opened in time, so nothing was recorded. You can make a new request.
public-status-waiting = Your request ({ $kind }) is waiting for confirmation. Open the link sent to your email and confirm the request by { $until }. If you cannot see the message, look in your spam folder too.
public-identified = Your identity has been proved with strong identification.
public-not-identified = Your identity has not been proved yet.
public-identity-label = Identity
public-answer-how = We answer to your email. You can write to us on this page, or call customer service and give the request's reference.
public-confirm-title = Confirm your request – Tietoni
public-confirm-heading = Confirm your request
public-confirm-lead = Confirm your request ({ $kind }) to have it recorded and start the time to answer.
public-confirm-submit = Confirm the request
public-confirm-done = The request has already been confirmed and recorded.
public-follow = See the request
public-confirm-invalid = The link is not valid. It may have expired after 24 hours.
public-request-mail-subject = Confirm your data protection request
public-request-mail-body =
    Hello,

    please confirm the data protection request you made to ElmoNet by opening this link within 24 hours:

    { $link }

    The request is recorded only when you confirm it. If you did not make it, you can ignore this message.

    ElmoNet Oy
error-public-name-missing = Write your name.
error-intake-requester-missing = Give a customer number or identity code, or write the requester's name if they are not a register customer.
error-request-not-linked = The request is not linked to a register customer. Check the person's identity and link the request to the customer first.
staff-customer-not-linked = Not linked to a customer
staff-event-linked = Linked to a register customer
request-event-linked = The request was linked to your customer data
staff-done-linked = The request has been linked to the customer.
requester-heading = Requester
requester-not-linked = The request was made without an account and is not linked to a register customer. A decision that changes data cannot be made before it is linked.
requester-name = Name
requester-email = Email
requester-phone = Phone
requester-none = Not given
requester-eid = Strong identification
requester-identified-customer = Identified; matches customer { $number }
requester-identified-nobody = Identified; matches no register customer
requester-not-identified = Not identified
requester-link-heading = Link to a customer
requester-link-lead = Once the person's identity is checked, link the request to the register customer by customer number or identity code.
requester-link-submit = Link the request
intake-requester-legend = If the requester is not a register customer
intake-requester-hint = Leave the customer number empty and write the requester's name and a contact. The request can be linked to a customer later.
intake-requester-name = Requester's name
intake-requester-email = Requester's email (optional)
intake-requester-phone = Requester's phone (optional)
home-public-request = Make a request without an account
home-public-request-hint = – anyone can ask; no customer relationship or account is needed.
sign-in-public-request = No account? Make a data protection request without one
public-from-elmonet = ElmoNet
public-notice-viesti = Your message has been sent.

## Personal-data breaches (issue #20, GDPR Art. 33 and 34)
breaches-title = Personal data breaches – Tietoni
breaches-heading = Personal data breaches
breaches-lead = Record every personal data breach, including those that need not be notified (GDPR Article 33(5)). The Data Protection Ombudsman must be notified within 72 hours of becoming aware of it, unless it is unlikely to result in a risk to people.
breaches-list-heading = Recorded breaches
breaches-list-caption = Personal data breaches, open ones first
breaches-none = No personal data breaches have been recorded.
breaches-col-reference = Reference
breaches-col-aware = Became aware
breaches-col-summary = What happened
breaches-col-risk = Risk
breaches-col-ombudsman = Data Protection Ombudsman
breaches-col-told = Customers told
breaches-col-status = Status
breaches-open = open
breaches-closed-at = closed { $at }
breaches-notified-at = notified { $at }
breaches-not-notifiable = not notified: risk unlikely
breaches-not-notified = not notified (deadline { $by })
breaches-clock-left = notify by { $by } ({ $hours } h left)
breaches-clock-past = deadline { $by } passed by { $hours } h – notify now and give the reasons for the delay
breaches-record-heading = Record a breach
breaches-aware-label = When ElmoNet became aware of the breach
breaches-aware-hint = Finnish time. The 72-hour deadline runs from this moment.
breaches-occurred-label = When the breach happened (optional)
breaches-occurred-hint = As precisely as known, for example "night of 28 November 2026" or "not known yet".
breaches-summary-label = What happened
breaches-summary-hint = The nature of the breach: which data, how, and into whose hands.
breaches-categories-legend = Categories of data concerned
breaches-people-label = Approximate number of people
breaches-records-label = Approximate number of records
breaches-estimate-hint = A whole number; an estimate is enough.
breaches-consequences-label = Likely consequences
breaches-measures-label = Measures taken and proposed
breaches-measures-hint = What has been done to address the breach and to mitigate its effects.
breaches-risk-legend = Risk to people's rights and freedoms
breaches-risk-unlikely = Risk unlikely
breaches-risk-unlikely-hint = Recorded, but not notified to the Data Protection Ombudsman.
breaches-risk-risk = Risk
breaches-risk-risk-hint = Notified to the Data Protection Ombudsman within 72 hours.
breaches-risk-high = High risk
breaches-risk-high-hint = Notified to the Data Protection Ombudsman, and the customers concerned are told without undue delay.
breaches-record = Record the breach
breach-title = Personal data breach – Tietoni
breach-heading = Personal data breach { $reference }
breach-not-found = Personal data breach not found
breach-occurred = When the breach happened
breach-not-yet = not yet
breach-clock-heading = Deadline to notify
breach-record-heading = Record
breach-recorded = Recorded
breach-ombudsman-notified = Notified to the Data Protection Ombudsman
breach-traficom-notified = Notified to Traficom
breach-late-reason-label = Reasons for the delay
breach-late-reason-hint = The 72-hour deadline has passed: the notification must give the reasons for the delay (Article 33(1)).
breach-text-label = Text of the notification (copy it into the notification form)
breach-text-ombudsman = Notification of a personal data breach (Article 33 of the EU General Data Protection Regulation)
breach-text-traficom = A telecom operator's notification of an information security breach (Act on Electronic Communications Services 917/2014)
breach-text-controller = Controller
breach-text-contact = Contact person
breach-text-reference = Reference
breach-text-aware = Became aware
breach-text-occurred = Happened
breach-text-nature = Nature of the breach
breach-text-categories = Categories of data
breach-text-people = Approximate number of people
breach-text-records = Approximate number of records
breach-text-consequences = Likely consequences
breach-text-measures = Measures
breach-text-risk = Risk assessment
breach-text-late = Reasons for the delay
breach-ombudsman-heading = Notification to the Data Protection Ombudsman
breach-ombudsman-lead = Make the notification with the electronic form of the Office of the Data Protection Ombudsman using the facts below, then mark it done.
breach-traficom-heading = Notification to Traficom
breach-traficom-lead = As a telecom operator, ElmoNet also notifies the Finnish Transport and Communications Agency Traficom of a breach affecting its communications services.
breach-mark-ombudsman = Mark notified to the Data Protection Ombudsman
breach-mark-traficom = Mark notified to Traficom
breach-tell-heading = Telling the customers
breach-tell-lead = The risk is not high, so telling the customers is not required, but you may tell them.
breach-tell-lead-high = The risk is high: tell every customer concerned without undue delay (Article 34). They see the notice on their own pages and get an email.
breach-notice-label = Notice to the customers
breach-notice-hint = In plain language: what happened, what may follow, what we have done and whom to ask. Everyone is told in the same words.
breach-notice-kept = The notice given to the customers
breach-notice-draft =
    On { $date } ElmoNet Oy discovered a personal data breach that concerns your data.

    What happened: { $summary }

    What may follow: { $consequences }

    What we have done: { $measures }

    More information: { $contact }
breach-customers-label = Customer numbers
breach-customers-hint = One number per line or separated by commas, at most 500 at a time. If a single number is unknown, nobody is told.
breach-tell = Tell the customers
breach-told-none = Nobody has been told yet.
breach-told-caption = Customers told
breach-told-col-at = Told
breach-told-col-how = Email
breach-told-mailed = sent
breach-told-no-mail = no email address: tell them by letter or phone
breach-close-heading = Close the breach
breach-close-lead = Close it once the notifications are made and the measures carried out. The record stays.
breach-close = Close the breach
breach-done-recorded = Breach recorded. The deadline is shown below.
breach-done-notified-ombudsman = Marked notified to the Data Protection Ombudsman.
breach-done-notified-traficom = Marked notified to Traficom.
breach-done-told = The customers have been told. They see the notice on their own pages, and the emails are on their way.
breach-done-closed = Breach closed. The record stays.
breach-customer-section = Notices of personal data breaches
breach-customer-heading = A personal data breach that concerns your data ({ $reference })
breach-customer-told = Told to you on { $date }.
breach-customer-dpa = You can complain to the Data Protection Ombudsman
breach-mail-subject = ElmoNet: a personal data breach that concerns your data ({ $reference })
breach-mail-body =
    Hello,

    { $answer }

    The notice is also on your own pages:
    { $link }

    ElmoNet Oy
error-time-invalid = Give a date and a time, for example 30.11.2026 14.05.
error-time-skipped = This time does not exist: the clocks go forward to summer time. Give an hour later.
error-time-in-future = The time cannot be in the future.
error-estimate-invalid = Give the estimate as a whole number, for example 1200.
error-risk-missing = Choose a risk assessment.
error-late-reason-missing = Give the reasons for the delay: the 72-hour deadline has passed.
error-customers-missing = Give at least one customer number.
error-customers-too-many = At most 500 customer numbers at a time.
error-customers-unknown = Not every number belongs to a customer. Check the numbers; nobody was told.
error-authority-invalid = Unknown authority.
error-breach-categories-missing = Choose at least one category of data.
record-disclosures-heading = Disclosures made
record-disclosures-lead = From the log of disclosures, by class of recipients (staff record every disclosure; each customer sees their own).
record-disclosures-none = No disclosures have been recorded.
record-disclosures-caption = Disclosures made, by class of recipients
record-col-class = Class of recipients
record-col-disclosures = Disclosures
record-col-customers = Customers
record-col-latest = Latest
record-col-named = Recipients

## Copies of personal data (GDPR Art. 15(3))
copy-title = Copy of your personal data
copy-heading = Copy of your personal data
copy-back = Back to the request
copy-back-staff = Back to the request
copy-gone = There is no copy to show: it has not been given yet, or its download time has ended. You can ask for a new copy.
copy-confirm-lead = The copy holds your full personal identity code. Confirm with your password first that it is you.
copy-confirm = Confirm and show the copy
copy-staff-prepared = Prepared { $when } by { $who }.
copy-staff-released = Given to the customer { $when } ({ $who }).
copy-staff-not-released = Not given to the customer yet: the data protection officer gives it with the decision form.
copy-staff-released-until = Given to the customer { $when } ({ $who }); downloadable until { $until }.
copy-until = Downloadable until
copy-package-link = Download the data in machine-readable form (JSON)
copy-package-hint = The same format as the portable data package; you can give it to another service provider.
copy-transcripts-heading = Call recordings in writing
copy-transcripts-lead = These recordings were written out at your request.
copy-customer-number = Customer number
copy-request = Request
copy-prepared = Data gathered
copy-lead = Here is all the personal data about you that ElmoNet Oy's customer register held when this copy was gathered: for each category of data, the purposes, the legal basis, where the data came from, who receives it and how long it is kept, and the data itself. You can print the page or save it.
copy-rights-heading = Your rights
copy-rights = You can ask for your data to be rectified, erased or its processing restricted, and object to processing, on your own pages under Requests. If you think your data is processed unlawfully, you can complain to the Data Protection Ombudsman (tietosuoja.fi).
copy-section-heading = Your copy
copy-ready = The copy of your data is ready. You can download it until { $until }; after that it is deleted.
copy-read-link = Read the copy (you can print or save it)
copy-recordings-hint = You can listen to the call recordings and download them as audio files on the copy's page.
copy-expired = The download time of the copy ended on { $when } and it has been deleted. You can ask for a new copy.
copy-staff-heading = Copy
copy-staff-lead = The copy is gathered from what the register holds now: a machine-readable package and a readable version in the customer's language. Customer service prepares it, the data protection officer reviews and gives it. The customer can download it for 30 days.
copy-staff-none = The copy has not been prepared yet.
copy-staff-size = Package size { $size } kB.
copy-staff-review = Review the copy
copy-staff-purged = The copy's contents have been deleted (its time ended or data was erased).
copy-staff-recordings = Call recordings
copy-staff-recordings-lead = Recordings are given as audio files. If the customer asked for a recording in writing, or it cannot be given as audio, listen to it and write it out; the written version goes into the copy.
copy-staff-no-recordings = There are no call recordings of the customer.
copy-staff-transcript-label = Written version of the recording of { $when }
copy-staff-transcript-kept = The written version has been saved.
copy-staff-transcript-save = Save the written version
copy-staff-prepare = Prepare the copy
copy-staff-prepare-again = Prepare the copy again
copy-staff-release-dpo = Review the copy and give it to the customer with the decision form (Done).
copy-staff-release-cs = The data protection officer reviews the copy and gives it to the customer.
staff-done-copy = The copy has been prepared.
staff-done-transcript = The written version has been saved. Prepare the copy again so that it is included.
staff-event-copy_prepared = Copy prepared
staff-event-transcript_saved = Written version of a recording saved
request-event-copy_prepared = A copy of your data was gathered
request-event-transcript_saved = A call recording was written out
error-copy-not-prepared = The copy has not been prepared. Prepare the copy first and review it.
error-erasure-legal-hold = A legal hold on the customer's data is in force (a legal claim, GDPR Article 17(3)(e)). The erasure cannot be carried out until the hold ends or the DPO lifts it; you can reject the request with reasons.

## Staff accounts created and second factors reset by the DPO; enrolment at sign-in
staff-accounts-enrols = Active; sets up two-step verification at the next sign-in
staff-accounts-reset-factor = Reset two-step verification: { $name }
staff-accounts-done-factor-reset = Two-step verification reset. The account's sessions were ended; its owner sets up a new one at the next sign-in.
staff-accounts-done-created = Account created. Its owner got a link by email to set a password (valid for 3 days) and sets up two-step verification at the first sign-in.
staff-accounts-create-heading = Create a staff account
staff-accounts-create-lead = The account is personal. Its owner sets a password from the link that comes by email and sets up two-step verification at the first sign-in.
staff-accounts-create-name = Name
staff-accounts-create-email = Work email address
staff-accounts-create-submit = Create the account
error-staff-name-missing = Write the name of the account's owner (at most 100 characters).
error-staff-email-taken = There is already an account with this email address.
staff-welcome-mail-subject = Tietoni: your staff account
staff-welcome-mail-body = Hello,

    a staff account has been created for you in ElmoNet's Tietoni service. Set your password with this link within three days:

    { $link }

    At the first sign-in you set up two-step verification with an authenticator app.

    ElmoNet Oy
enrol-title = Set up two-step verification – Tietoni
enrol-heading = Set up two-step verification
enrol-lead = Your password was right. A staff account also needs a code from an authenticator app: set it up now to continue.
enrol-submit = Set up and sign in
enrol-none = No set-up is under way, or its time ran out. Sign in again.

## The warning before a session ends for inactivity (WCAG 2.2.1)
session-warning = Your session ends in about { $minutes } min because you have not used the service. Do you want to continue?
session-keep = Continue the session
session-ended = Your session ended because you did not use the service for 30 minutes. Sign in again in a new tab: this page and what you typed in it stay, and you can send the form once you have signed in.
session-sign-in-again = Sign in again (opens in a new tab)

## The portal's own data about the customer (issue #16)
data-portal-account-caption = Your account
data-portal-sessions-caption = Your sessions in force
data-portal-events-caption = Events about your data and done with your account, newest first
data-portal-notifications-caption = Notices to the recipients of your data because of your requests
data-portal-mails-caption = Messages written to you, newest first
data-portal-login-changes-caption = New login addresses (a rectified email address)
col-new-login = New login address
col-confirmed = Confirmed
data-portal-feedback-caption = Accessibility feedback you gave, and the answers
col-feedback = Feedback
col-answered = Answered
col-answer = Answer
a11y-feedback-yours = You are signed in: your feedback and its answer will show in My data (Data held by this portal) and in your data package. To give feedback anonymously, sign out first.
col-actor = Done by
col-detail = Detail
col-expires = Ends
col-written = Written
col-mail = Message
col-sent = Sent
value-field-login_email = Login address
value-field-account_created = Account created
value-field-password_changed = Password last changed
value-field-second_factor = Second factor in use since
value-field-failed_sign_ins = Failed sign-ins in a row
value-field-locked_until = Account locked until
value-not-in-use = Not in use
value-not-yet = Not yet
value-mail-pending = Waiting to be sent
value-mail-sent = Sent
value-mail-failed = Could not be sent
event-actor-customer = You
event-actor-anonymous = Someone not signed in, with your account
event-actor-system = Tietoni (automatically)
event-actor-staff = { $role } { $ref }
event-access_denied = Access refused to a page without permission
event-accessibility_feedback_answered = Accessibility feedback answered
event-accessibility_feedback_received = Accessibility feedback received
event-account_activated = Account activated
event-account_created = Account created
event-account_throttled = Signing in with the account blocked for a while after too many errors
event-activation_failed = Activating the account failed
event-breach_closed = Handling of the personal-data breach closed
event-breach_customer_told = You were told of a personal-data breach
event-breach_notified = The personal-data breach was notified to the supervisory authority
event-breach_recorded = A personal-data breach was recorded
event-consent_changed = A marketing permission changed
event-copy_downloaded = The copy was read or downloaded
event-copy_reviewed = Staff reviewed the prepared copy
event-data_exported = The data package was downloaded
event-data_export_abandoned = The data package download was cut off
event-data_export_failed = The data package download failed
event-demo_data_seeded = Demo data created
event-disclosure_recorded = A disclosure of your data was recorded
event-eid_refused = Strong electronic identification refused
event-identity_code_revealed = The identity code was shown in full
event-legal_hold_lifted = The legal hold was lifted
event-legal_hold_placed = A legal hold was placed on your data
event-mail_retried = A message was put back to be sent
event-other_sessions_ended = Other sessions ended
event-password_changed = Password changed
event-password_reset = Password changed with an emailed link
event-password_reset_requested = A password-reset link was asked for
event-prohibition_changed = A direct-marketing prohibition changed
event-public_request_refused = A request without an account was refused
event-public_request_submitted = A request was sent without an account
event-reauthenticated = Password confirmed again
event-recording_played = Staff played a call recording
event-recovery_codes_renewed = Backup codes renewed
event-request_filed = A request was made
event-request_filed_public = A request was confirmed and recorded
event-request_handled = A request was handled
event-request_message_added = A message was added to a request
event-request_recorded = Staff recorded a request on your behalf
event-requester_identified = The requester was identified with strong electronic identification
event-retention_dry_run = Dry run of the retention periods
event-retention_run = Retention periods carried out
event-second_factor_disabled = Second factor turned off
event-second_factor_enabled = Second factor turned on
event-selection_made = Data selected for a purpose
event-session_ended = Session ended (signed out)
event-sign_in = Signed in
event-sign_in_failed = Failed sign-in
event-sign_out = Signed out
event-staff_account_changed = A staff account changed
event-view_audit_log = Staff looked at the event log
event-view_customer_data = Staff looked at your data
event-view_requester = Staff looked at the requester's contact details
outbox-template-breach-mail = Notice of a personal-data breach
outbox-template-public-request-mail = Confirmation link for a request without an account
outbox-template-staff-welcome-mail = Link for a new staff account

## Confirming a new login address (a rectified email address, issue #16)
email-confirm-title = Confirm a new login address – Tietoni
email-confirm-heading = Confirm a new login address
email-confirm-lead = Your email address was rectified at your request. When you confirm, you will sign in to Tietoni with the new address this link was sent to; the old address will no longer sign in. Your password and second factor stay as they are.
email-confirm-submit = Confirm the new login address
email-confirm-done = Your login address has changed. Sign in with the new address from now on.
email-confirm-sign-in = Sign in
email-confirm-expired = If you need a new link, make a new rectification request or contact customer service. Your login address has not changed.
email-confirm-taken = Another Tietoni account already signs in with this email address, so your login address was not changed. Please contact customer service.
login-email-confirm-mail-subject = Tietoni: confirm a new login address
login-email-confirm-mail-body = Hello,

    your email address was rectified in ElmoNet's customer register at your request. To sign in to Tietoni with this address, confirm it with this link within three days:

    { $link }

    If you did not ask for the rectification, do not open the link; contact ElmoNet's customer service instead.

    ElmoNet Oy
login-email-notice-mail-subject = Tietoni: your login address is about to change
login-email-notice-mail-body = Hello,

    your email address was rectified in ElmoNet's customer register at your request. A link was sent to the new address: once it is confirmed, you will sign in to Tietoni with it and no longer with this address.

    If you did not ask for the rectification, contact ElmoNet's customer service at once.

    ElmoNet Oy
outbox-template-login-email-confirm-mail = Confirmation link for a new login address
outbox-template-login-email-notice-mail = Notice that the login address is changing
event-login_email_changed = Login address changed to a new, confirmed address
