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
