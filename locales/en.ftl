## Main menu and general
start-greeting =
    Hello { $name }! Welcome to Karyar 🌱
    Karyar helps you register and follow up a home business and rural job-creation support.
    Choose one of the buttons below.
menu-register = 📝 Register a home business
menu-my-applications = 📂 My applications
menu-track = 🔎 Track by code
menu-programs = 💼 Loans and support
menu-fit = 🎯 Which loans fit me?
menu-queue = 📥 County cases
menu-help = ❓ Help
menu-settings = ⚙️ Settings
menu-language = 🌐 زبان / Language
menu-shown = Main menu 👇
help-text =
    Karyar help:
    • "Register a home business": a few simple questions, then your home-business permit application is filed and you get a tracking code.
    • "My applications": the status and history of your applications.
    • "Track by code": send the 8-digit code to see its status.
    • Send /cancel at any time to leave the registration.
    • You may type digits in Persian or English.
    • "Settings": switch reminders and announcements off or on.
    • /mydata sends you everything we keep about you; /deleteme erases it.
language-choose = زبان را انتخاب کنید / Choose your language:
language-changed = English selected.
unhandled-text = Sorry, I did not understand 🙏 Please use the menu buttons, or send /help.
unhandled-callback = This button is no longer active.
flood-slow-down = Your messages arrived 🙏 I answer them one by one, a little apart; there is no need to send them again.
error-generic = Sorry, something went wrong. Please try again in a moment.
cancel-nothing = There is nothing to cancel.
cancel-done = Cancelled. Start again whenever you like.

## Registration questions
reg-intro = Let's register your home business. Please answer { $count } short questions. Send /cancel at any step to stop.
reg-ask-fullName = Your first and last name:
reg-ask-nationalId = Your 10-digit national ID:
reg-ask-phone = Your mobile number: tap "Send my number" or type it (like 09123456789):
reg-share-phone = 📱 Send my number
reg-ask-regionId = Choose the county of your business (page { $page } of { $pages }):
reg-ask-village = The name of your village or town:
reg-ask-village-list = Choose your village or town from the list (page { $page } of { $pages }), or write its name if it is not on it:
reg-ask-category = What field is the business in?
reg-ask-businessName = The name of the business (for example "Mountain Natural Honey"):
reg-ask-description = Describe the business in a sentence or two (what you make or what service you offer):
reg-ask-workplaceKind = Where is the work done?
reg-ask-plannedJobs = How many people (yourself included) will this business employ?
reg-ask-capitalRials = How much capital is needed, in tomans (for example 500,000,000 or 500 million)?
btn-prev = ◀️ Previous
btn-next = Next ▶️

## Registration errors (each followed by the same question again)
err-too-long = This answer is too long: { $max } characters at most.
err-needs-letters = Please write it in letters.
err-full-name = Please write your full name, first and last (for example "Zahra Ahmadi").
err-full-name-letters = A name may only contain letters, no digits or symbols.
err-national-id = This national ID is not valid. It has 10 digits; please copy it again from your national card.
err-contact-not-own = Please share your own number, not someone else's.
err-village = Please write the name of the village or town (at least two letters).
err-business-name = Please write the business name (at least two letters).
err-description = A little more, please (at least 10 characters, at most 500).
err-number = Please send just a number.
err-jobs-range = The number of jobs must be between 1 and 200.
err-capital-range = The capital must be between one million and one trillion tomans.
err-text-expected = Please answer with text.
err-use-buttons = Please choose one of the buttons.
err-registration-invalid = Some answers are not valid. Please start the registration again.
err-application-not-found = None of your applications has this tracking code.
err-unknown-region = Unknown county: { $codes }

## Amounts, mobile numbers and tracking codes: why an answer was refused, with a good answer
err-amount-not-understood = I could not read this amount. Please write it in digits, for example "500 million tomans" or "500,000,000".
err-amount-currency = Please write the amount in tomans (or rials), not in a foreign currency; for example "500 million tomans".
err-amount-negative = An amount cannot be negative. Write it like "500 million".
err-amount-range-or-bound = Please write one amount, not a range or a limit. If you are not sure, write your best estimate, for example "250 million".
err-amount-several-units = Please write the unit once, tomans or rials; for example "500 million tomans".
err-amount-several-numbers = There is more than one number in this answer. Write one amount, for example "2 million 500 thousand" or "2,500,000".
err-amount-ambiguous-separator = I cannot tell whether this comma or dot separates thousands or decimals. Separate thousands with commas and decimals with a point, for example "1,500,000" or "1.5 million".
err-amount-too-precise = No need for so many decimals: at most two after the point, like "1.25 million", or the amount itself, like "1,255,000".
err-amount-toman-fraction = An amount is a whole number of tomans. For one and a half million, write "1.5 million" or "1,500,000".
err-amount-rial-fraction = This amount in rials is not a whole number of tomans (a toman is ten rials). Please write it in tomans, for example "50 million tomans".
err-mobile-landline = This is a landline number, not a mobile. Please write your mobile number, for example 0912 345 6789.
err-mobile-invalid = This mobile number is not valid. A mobile number starts with 09 and has 11 digits, for example 0912 345 6789.
err-tracking-code-length = A tracking code has 8 digits, written like 1234-5678. Please type it from the message you got when you applied.
err-tracking-code-check = This tracking code is not right: a digit may be mistyped or two digits swapped. Please compare it with the message you got when you applied (1234-5678 only shows the shape of a code).

## Summary
field-fullName = Full name
field-nationalId = National ID
field-phone = Mobile
field-regionId = County
field-village = Village or town
field-category = Field
field-businessName = Business name
field-description = Description
field-workplaceKind = Workplace
field-plannedJobs = Jobs
field-capitalRials = Capital needed
reg-summary-title = Please check your answers. Tap a button to change one; if all is right, tap "Submit".
reg-summary-line = { $label }: { $value }
btn-edit = ✏️ { $label }
btn-submit = ✅ Submit
btn-cancel = ❌ Cancel
reg-submitted =
    Your application has been filed ✅
    Tracking code: { $code }
    Keep this code. Your application is now waiting for review; we will tell you the result here.
jobs-count = { $count ->
        [one] { $count } person
       *[other] { $count } people
    }

## Categories and workplaces
category-handicrafts = Handicrafts
category-food = Food and conversion industries
category-livestock = Livestock and poultry
category-agriculture = Agriculture and greenhouse
category-beekeeping = Beekeeping
category-carpet = Carpet and textiles
category-services = Services
category-fisheries = Fisheries and aquaculture
category-arts = Cultural and artistic work
category-other = Other
workplace-home = Home
workplace-workshop = Workshop
workplace-farm = Farm or orchard
workplace-shop = Shop
workplace-online = Online sales
workplace-other = Other

## Applications
kind-home_permit = Home-business permit
kind-loan = Loan
status-submitted = Submitted, waiting for review
status-under_review = Under review
status-documents_requested = Documents requested
status-approved = Approved
status-rejected = Rejected
status-issued = Permit issued
status-referred_to_bank = Referred to the bank
status-paid = Paid
status-bank_approved = Approved by the bank
status-bank_returned = Returned by the bank
status-withdrawn = Withdrawn
status-awaiting_second_body = Waiting for the second body's approval
status-second_body_refused = Refused by the second body
apps-empty = You have no applications yet. Start with "Register a home business".
apps-title = Your applications (tap a code for details):
apps-item = { $code } — { $kind } — { $business }
    Status: { $status } · { $date }
app-details =
    { $kind } "{ $business }"
    Tracking code: { $code }
    County: { $county }, { $village }
    Status: { $status }
    Filed: { $date }
app-history-title = History:
app-history-item = • { $date }: { $status }
app-history-note = — { $note }
track-ask = Type the 8-digit tracking code (like 1234-5678):

## Notifications
notify-new-case =
    📥 New case in { $county }
    Tracking code: { $trackingCode }
    Applicant: { $fullName } (national ID { $nationalId }, mobile { $phone })
    Business: { $businessName } — { $category }
    Place: { $village } · { $workplace }
    Jobs: { $plannedJobs } · Capital: { $capital }
notify-new-case-identity =
    { notify-new-case }
    { $identity }
money = { $rials } rials ({ $tomans } tomans)

## Programs
programs-title = Loans and support (page { $page } of { $pages }). Tap one for details:
programs-empty = There are no programs to show yet.
program-kind-bank_loan = Bank loan
program-kind-fund_loan = Local fund loan
program-kind-grant = Grant
program-kind-support = Support and guidance
program-page =
    💼 { $name }
    Kind: { $kind }
    Run by: { $provider }
    { $amount }
    { $terms }
    Conditions: { $conditions }
    Documents needed:
    { $documents }
    How to apply: { $how }
    Open: { $period }
program-amount = Amount: from { $min } to { $max }
program-no-amount = Amount: this program lends no money; it is support and guidance.
program-terms = Profit or fee: { $rate }% · Repayment: { $months } months · Grace: { $grace } months
program-no-terms = Nothing to repay.
program-period = from { $from } to { $to }
program-period-open = from { $from }, until further notice
program-period-always = always open
cond-categories = only for { $list }
cond-counties = only in { $list }
cond-deprived = deprived areas only
cond-business = a registered business is needed
cond-permit = a home-business permit is needed
cond-none = no special conditions
doc-line = • { $name } ({ $kinds })
doc-kind-photo = photo
doc-kind-pdf = PDF file
btn-apply = 📝 Apply for this program
btn-back-to-list = ↩️ Back to the list

## Which programs fit me
fit-intro = To find the loans that fit you, two short questions.
fit-fits = ✅ Fits you:
fit-none-fit = No program fits your situation for now.
fit-others = ❌ Does not fit for now:
fit-line = • { $name }
fit-why = • { $name }: { $reasons }
fit-register-hint = To apply for a loan, first register your business with "Register a home business".
why-inactive = it is not open now
why-category = it is not for your field of work
why-county = it does not run in your county
why-deprived = it is for deprived areas only
why-needs-business = it needs a registered business
why-needs-permit = it needs a home-business permit
why-amount-min = its minimum is { $amount }
why-amount-max = its maximum is { $amount }

## Apply
apply-no-business = To apply, first register your business with "Register a home business".
apply-not-eligible = "{ $program }" does not fit your business: { $reasons }
apply-ask-business = Which business is this application for?
apply-ask-amount = How much do you need, in tomans, between { $min } and { $max } tomans?
apply-ask-purpose = What will you spend it on? (for example "a carpet loom and wool")
apply-ask-months = Over how many months will you repay? (1 to { $max })
err-amount-range = The amount must be between { $min } and { $max } tomans.
err-months-range = Please type a number between 1 and { $max }.
err-purpose = Please say a little more (at least 10 characters).
err-not-eligible = This program no longer fits your situation.
err-program-not-found = This program is no longer offered.
err-business-not-found = That business was not found.
field-program = Program
field-business = Business
field-amount = Amount
field-purpose = Purpose
field-months = Repayment
months-count = { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
apply-summary-title = Please check your application. Tap a button to change an answer; if all is right, tap "Submit".
apply-submitted =
    Your application for "{ $program }" has been filed ✅
    Tracking code: { $code }

## Documents
checklist-title = 📋 Documents for this application (tap one to send it):
checklist-received = ✅ { $name } ({ $count } files)
checklist-missing = ⬜ { $name } ({ $kinds })
checklist-complete = All documents are in ✅ Your application is waiting for review.
btn-upload = 📎 { $name }
upload-ask = Send "{ $name }" as { $kinds } (at most { $mb } MB). Send /cancel to stop.
upload-received = "{ $name }" received ✅
err-doc-type-expected = This kind of file is not accepted; please send { $kinds }.
err-doc-type = This kind of file is not accepted for this document.
err-doc-too-large = The file is larger than { $mb } MB. Please send a smaller one.
err-doc-closed = This application no longer takes documents.
err-doc-unknown = This document is not on the application's list.
app-loan-details =
    Program: { $program }
    Amount: { $amount }
    Repayment: { $months }
    Purpose: { $purpose }
notify-new-loan =
    💰 New loan application in { $county }
    Tracking code: { $trackingCode }
    Applicant: { $fullName }
    Program: { $program }
    Amount: { $amount } · Repayment: { $months } months
    Business: { $businessName } — { $category }
notify-new-loan-identity =
    { notify-new-loan }
    { $identity }
notify-docs-complete =
    📋 The documents of case { $trackingCode } are complete
    Program: { $program }

## Coordinators: review
btn-case-open = 📂 Open case
btn-case-approve = ✅ Approve
btn-case-reject = ❌ Reject
btn-case-docs = 📎 Request documents
btn-case-assign = 🙋 Assign to me
btn-case-review = 🔍 Start review
btn-case-issue = 🏷 Issue permit
btn-case-refer = 🏦 Refer to bank
btn-case-paid = 💵 Paid
btn-case-files = 📄 Show documents
btn-continue = ➡️ Continue
btn-no-note = No note
case-page =
    📂 Case { $code } — { $kind }
    Status: { $status }
    Assigned to: { $assignee }
    Filed: { $date }
    Applicant: { $name }
    National ID: { $nationalId } · Mobile: { $phone }
    Business: { $business } — { $category }
    Place: { $county }, { $village } · { $workplace }
    Jobs: { $jobs } · Capital: { $capital }
    Description: { $description }
case-nobody = nobody yet
case-permit = Permit: { $number } · issued { $issued } · valid until { $expires }
case-files = Documents received: { $count } files
history-by = ({ $name })
# One person, one identity: the applicant's national ID or mobile is on another account's case (never shown to the applicant).
identity-national-id = ⚠️ The same national ID is on another account's case: { $codes }
identity-phone = ⚠️ The same mobile number is on another account's case: { $codes }
identity-both = ⚠️ The same national ID or mobile number is on other accounts' cases: { $codes }
queue-title =
    📥 Open cases ({ $total }) — page { $page } of { $pages }
    Filter: { $status } · { $kind }
queue-empty = No cases match this filter.
queue-item =
    { $code } · { $kind } · { $status }
    { $name } — { $business } ({ $county }) · { $date }
filter-all-statuses = all open statuses
filter-all-kinds = all kinds
btn-filter-status = 🔽 Status
btn-filter-kind = 🔽 Kind
case-done = Done ✅ Status: { $status }
case-assigned-to-you = The case is assigned to you ✅
reject-ask = Write the reason for rejecting case { $code } (the applicant will read it):
docs-ask = Which documents are needed? Choose, then tap "Continue".
docs-note-ask = Write a note for the applicant, or tap "No note".
err-stale = This case was changed a moment ago; it is now: { $status }
err-forbidden = This case is outside your counties; you may not do this.
err-own-case = This is your own case; staff may not act on a case they applied for. Another colleague must handle it.
err-not-staff = This command is for coordinators only.
err-not-admin = This command is for admins only.
err-transition-refused = That is not possible in the case's current status.
err-note-required = Please write the reason (at least three characters).
err-documents-required = Choose at least one document.
err-documents-missing = Send the requested documents first: the case goes back to review by itself when the last one arrives.

## Notifications to applicants
notify-status = 📣 Application { $trackingCode }: { $status }
notify-status-note =
    📣 Application { $trackingCode }: { $status }
    Note: { $note }
notify-docs-requested =
    📎 Application { $trackingCode } needs these documents:
    { $documents }
    Coordinator's note: { $note }
    Send them with the buttons below.
notify-permit-issued =
    🎉 Your home-business permit has been issued
    Tracking code: { $trackingCode }
    Permit number: { $permitNumber }
    Issued: { $issuedAt }
    Valid until: { $expiresAt }
notify-docs-back = 📥 The applicant sent the documents requested for case { $trackingCode }; it is waiting for review again.

## Admins: coordinators and invitations
invite-ask-counties = Choose this coordinator's counties, then tap "Continue":
invite-created =
    Invitation created ✅ It works once and is valid until { $expires }.
    Send this link to the coordinator:
    { $link }
invite-accepted =
    Welcome! You are now the coordinator of: { $counties }
    Send /queue to see the cases.
coordinators-title = Coordinators (✏️ to change counties, 🚫 to revoke):
coordinators-empty = No coordinators yet. Invite one with /invite.
coordinator-line = • { $name }: { $counties }
btn-coord-edit = ✏️ { $name }
btn-coord-revoke = 🚫 { $name }
coordinator-counties-ask = Choose { $name }'s counties, then tap "Continue" (none = revoke):
coordinator-updated = { $name }'s counties were updated ✅
coordinator-revoked = { $name } is no longer a coordinator.
err-invitation-invalid = This invitation is not valid.
err-invitation-used = This invitation has already been used.
err-invitation-expired = This invitation has expired; ask an admin for a new one.
err-invite-counties = Choose at least one valid county.
err-not-a-coordinator = This user is not a coordinator.

## Broadcasts
broadcast-ask-message = Send the announcement: text (with formatting) or one photo with a caption. /cancel to stop.
broadcast-ask-audience = Who is it for?
btn-audience-all = 👥 All applicants
btn-audience-filter = 🧭 Applicants, filtered
btn-audience-coordinators = 🧑‍💼 All coordinators
broadcast-ask-counties = Choose counties (none = all), then tap "Continue":
broadcast-ask-categories = Choose fields of work (none = all), then tap "Continue":
broadcast-ask-kind = Only people with an application of this kind?
broadcast-ask-status = With an application in which status?
broadcast-ask-language = In which language?
btn-any = Any
broadcast-count = This announcement reaches { $count } people.
btn-broadcast-test = 🧪 Test send to me
btn-broadcast-now = ✅ Send now
btn-broadcast-schedule = 🕒 Schedule
broadcast-ask-time = When should it go out? Tehran time, Jalali calendar, like 1405/09/15 18:30
err-broadcast-time = I could not read that time; write it like 1405/09/15 18:30.
err-broadcast-past = That time has passed; choose one in the future.
err-broadcast-empty = The message is empty.
err-broadcast-message = Only text, or one photo with a caption, can be broadcast.
err-broadcast-not-cancellable = This announcement can no longer be cancelled.
broadcast-scheduled = Announcement { $id } is scheduled for { $time } ✅
broadcast-progress =
    📣 Announcement { $id } — { $state }
    { $bar } { $percent }%
    Delivered: { $sent } · failed: { $failed } · blocked: { $blocked } · left: { $pending } of { $total }
    Expected to finish: { $eta }
broadcast-state-scheduled = scheduled
broadcast-state-sending = sending
broadcast-state-done = finished
broadcast-state-cancelled = cancelled
broadcast-report =
    📣 Report of announcement { $id }
    Delivered: { $sent } · failed: { $failed } · blocked the bot: { $blocked }
broadcasts-title = Recent announcements:
broadcasts-empty = No announcements yet. Create one with /broadcast.
broadcasts-line = • { $id } — { $state } · { $time } · delivered { $sent } of { $total }
btn-broadcast-cancel = 🛑 Cancel announcement { $id }
broadcast-cancelled = Announcement { $id } was cancelled.

## Statistics and export
stats-title = 📊 Statistics: { $scope }
stats-scope-all = the whole province
stats-scope-mine = your counties
stats-body =
    All applications: { $total } · planned jobs: { $jobs }
    By kind: { $kinds }
    By status: { $statuses }
    By field: { $categories }
    By county: { $counties }
    Approvals in the last eight weeks: { $weeks }
stats-chart-title = Applications by county
btn-export-csv = 📤 Export CSV
export-caption = { $count } applications
csv-code = Tracking code
csv-kind = Kind
csv-status = Status
csv-submitted = Filed
csv-submitted-iso = Filed (ISO)
csv-county = County
csv-village = Village or town
csv-applicant = Applicant
csv-business = Business
csv-category = Field
csv-jobs = Jobs
csv-capital = Capital (rials)
csv-program = Program
csv-amount = Loan amount (rials)
csv-permit = Permit number

## Settings
settings-text =
    ⚙️ Settings
    🔔 Reminders (missing documents, unfinished registration, permit renewal): { $reminders }
    📢 Announcements: { $broadcasts }
    Status changes of your applications always reach you.
settings-on = on ✅
settings-off = off 🔕
settings-turn-off-reminders = 🔕 Turn reminders off
settings-turn-on-reminders = 🔔 Turn reminders on
settings-turn-off-broadcasts = 🔕 Turn announcements off
settings-turn-on-broadcasts = 📢 Turn announcements on
settings-saved = Saved ✅

## Reminders and digests
reminder-continue = ▶️ Continue my registration
reminder-registration =
    👋 Your home-business registration is unfinished.
    Pick up where you stopped; only a few questions are left.
    (To switch reminders off: /settings)
reminder-documents =
    ⏰ Reminder: { $days } days ago these documents were asked for application { $trackingCode } and have not arrived yet:
    { $documents }
    Send them with the buttons below. (To switch reminders off: /settings)
reminder-documents-late = ⏰ The applicant of case { $trackingCode } has still not sent the requested documents after { $days } days. A phone call may help.
reminder-permit-expiry =
    ⏳ Your home-business permit ({ $permitNumber }) expires in { $days } days, on { $expiresAt }.
    To renew it: go to your county's facilitation office or village council with tracking code { $trackingCode }, your national ID card and the current permit. Renewing before it expires keeps your business running without a gap.
    (To switch reminders off: /settings)
reminder-overdue = 🚨 Case { $trackingCode } has waited on a coordinator for more than { $days } days in "{ $status }".
digest-coordinator =
    ☀️ Summary for { $date }, your counties
    🆕 New cases (last 24 hours): { $fresh }
    📥 Waiting on a coordinator: { $waiting }
    🚨 Overdue: { $overdue }
    📎 Waiting on applicants' documents: { $documents }
    🏦 Loans at the bank past the payment deadline: { $bankOverdue }
    ⏳ Permits waiting for a second body's approval: { $secondBody }
digest-overdue =
    🚨 { $total } cases have waited on a coordinator for more than { $days } days. The oldest (code — county — days):
    { $list }
digest-weekly =
    📊 Karyar weekly report ({ $from } to { $to })
    New permit applications: { $permits }
    New loan applications: { $loans }
    Approved: { $approved } · Rejected: { $rejected }
    Permits issued: { $issued } · Loans paid: { $paid }
    Waiting on a coordinator now: { $waiting } (overdue: { $overdue })

## Personal data
mydata-summary-title = 📄 What Karyar keeps about you:
mydata-profile =
    👤 { $name }
    National ID: { $nationalId }
    Mobile: { $phone }
    Reminders: { $reminders } · Announcements: { $announcements }
    First message: { $date }
mydata-on = on
mydata-off = off
mydata-empty = —
mydata-business =
    🏠 Business "{ $name }"
    Field: { $category } · Workplace: { $workplace }
    County: { $county }, { $village }
    Planned jobs: { $jobs } · Capital: { $capital }
    Registered: { $date }
mydata-application =
    📋 { $kind } — tracking code: { $code }
    Status: { $status } · Submitted: { $date }
mydata-application-loan = Program: { $program } · Amount: { $amount }
mydata-application-permit = Permit number: { $number }
mydata-application-documents = Documents sent: { $count }
mydata-business-description = About the business: { $description }
mydata-application-notes = 📝 Coordinators' notes about this case:
mydata-application-note = • { $date }: { $note }
mydata-notifications = 🔔 Messages we sent you: { $count }
mydata-caption = 📄 Everything Karyar keeps about you, in one file. To erase it, send /deleteme.
deleteme-confirm =
    ⚠️ This erases your name, national ID, phone number, your business's name and address and the documents you sent, and withdraws your open applications.
    The record of applications and permits issued stays, without your name, for the agency's reports.
    It cannot be undone. Are you sure?
deleteme-yes = 🗑 Yes, erase it
deleteme-no = ↩️ No, keep it
deleteme-kept = Nothing was erased.
deleteme-done = Your data has been erased. If you write again, you start as a new user. 🌱
err-erase-staff = Coordinator and admin accounts are not erased this way; please ask an admin to revoke your access first.

## Flows: a menu tap, a command or an older button in the middle of one
flow-registration = registering a business
flow-track = tracking by code
flow-apply = a loan application
flow-fit = finding a loan that fits
flow-upload = sending a document
flow-reject = rejecting a case
flow-request-documents = requesting documents
flow-invite = creating an invitation
flow-coordinator-counties = changing a coordinator's counties
flow-broadcast = a broadcast
flow-still-open = (You are still in the middle of { $flow }: answer the question above, or send /cancel to stop.)
err-command-in-flow = I don't know that command. You are in the middle of { $flow }: answer the question above, or send /cancel to stop.
err-choose-at-least-one = Choose at least one, then press "Continue".
reg-left = Your business registration is unfinished; your answers are kept. Press "📝 Register a home business" whenever you like to continue where you left off.
apply-left = Your application for "{ $program }" was not sent.
upload-left = The document was not sent; send it again from its button whenever you like.
reject-left = Case { $code } was not rejected; nothing changed.
docs-left = No documents were requested for case { $code }; nothing changed.
invite-left = No invitation was created.
coordinator-counties-left = { $name }'s counties were not changed.
broadcast-left = The broadcast was not created or sent.

## Confirmations of what cannot be undone
reject-confirm =
    Reject case { $code }? The applicant will read this reason:
    "{ $note }"
btn-reject-yes = ❌ Yes, reject
btn-reject-edit = ✏️ Change the reason
btn-reject-no = ↩️ Don't reject
coordinator-revoke-confirm = Take the coordinator role away from { $name }? They will no longer see any case.
btn-revoke-yes = Yes, take it away
btn-revoke-no = ↩️ No, I'll choose counties again

## Staff help and command menus
help-text-coordinator =
    For coordinators:
    • "📥 County cases" or /queue: the open cases of your counties, filtered by status and kind.
    • On each case: start the review, request documents, approve, reject with a reason, assign to me.
    • /stats your counties' figures and /export the applications (CSV).
    • /invitefacilitator a facilitator for villages of your counties, and /funds the community funds (progress, conversion into a cooperative, unions).
help-text-admin =
    For admins:
    • /queue, /stats and /export for the whole province.
    • /invite a new coordinator and /coordinators to list them (change counties or take the role away).
    • /broadcast an announcement and /broadcasts to follow or cancel them.
cmd-start = Start
cmd-register = Register a home business
cmd-myapps = My applications
cmd-track = Track by code
cmd-programs = Loans and support
cmd-fit = Which loan fits me
cmd-settings = Reminder and announcement settings
cmd-language = Language / زبان
cmd-mydata = The data you keep about me
cmd-deleteme = Delete my data
cmd-queue = County cases
cmd-stats = Statistics
cmd-export = Export the applications (CSV)
cmd-report = Employment report for the working group
cmd-observer = Invite an observer (working group, report only)
cmd-invite = Invite a coordinator
cmd-coordinators = Coordinators
cmd-broadcast = Broadcast an announcement
cmd-broadcasts = Broadcasts and their progress
cmd-help = Help
cmd-cancel = Cancel

## Amounts: confirmed in both units, "did you mean" far outside the usual range
amount-taken = ✅ { $amount }
amount-did-you-mean = "{ $typed }" is far from the usual amounts. Which did you mean?
btn-amount-again = ✏️ I'll type it again
err-county-name = I could not find that county. Please choose one of the buttons, or write the county's name correctly (for example "Neyriz").
btn-case-sure = Yes, for good: { $action }
btn-case-back = ↩️ Back

## A file sent without pressing a document's button
flow-document-choice = choosing the document for a file
doc-choice-ask = Which document is this file?
btn-doc-choice-none = None of these
doc-choice-left = The file was not attached to any application.
doc-choice-none = None of your applications is waiting for a document, so the file was not kept. If you have one, open it from "📂 My applications".
doc-choice-wrong-kind = None of the documents we are waiting for takes this kind of file (photo or PDF). See in "📂 My applications" what kind each document needs.
doc-choice-wrong-file = This kind of file is not accepted; send documents as a photo or a PDF file.

## Long views, one page at a time
pager-position = { $page } of { $pages }
case-continued = 📂 Case { $code } (continued)
app-continued = 🔎 Application { $code } (continued)
list-continued = (the list, continued)

## Facilitators (issue 17)
menu-register-for = 🤝 Register a person
cmd-registerfor = Register a person on their behalf
cmd-invitefacilitator = Invite a facilitator
cmd-takeover = Take over my record with a facilitator's code
help-text-facilitator =
    For facilitators:
    • "🤝 Register a person" or /registerfor: register someone who cannot use the bot themselves, with their consent, in your villages.
    • "📂 My applications" lists the cases you filed for the people you registered: follow them, send their documents, give them a new take-over code.
    • Give each person their take-over code: with it they take the record over with their own account (/takeover).
    • "🏦 Funds" or /funds: create a village's community fund, its join link and trustees, and record contributions, loans and repayments in its book.
flow-register-for = registering a person
flow-invite-facilitator = inviting a facilitator
regfor-left = The registration of this person is unfinished; the answers are kept. Press "🤝 Register a person" to continue where you left off.
regfor-intro = Let's register a person on their behalf. Answer the { $count } questions with their details (where a question says "your", it means theirs). Send /cancel at any step to stop.
regfor-ask-consent = Has this person agreed to be registered by you, and to their details being kept by the agency? How did they agree?
consent-spoken = ✅ They agreed in person
consent-signed = ✅ They signed the consent form
consent-unknown = not recorded
regfor-ask-phone = Their mobile number (like 09123456789):
regfor-submitted =
    The application of { $name } has been filed ✅
    Tracking code: { $code }
    You will be told here of every change, and can follow it under "📂 My applications".
takeover-instructions =
    Take-over code for this person: { $code }
    It works once, for 30 days. Give it to them: when they have their own account, they open { $bot } and send /takeover { $code } — the record is then theirs and no longer yours.
btn-takeover-code = 🔑 New take-over code
apps-on-behalf = 👤 For { $name }
outbox-on-behalf = 👤 About { $name }, whom you registered:
takeover-usage = Send /takeover followed by the code your facilitator gave you, like: /takeover 1234-5678-9012
takeover-done = Done ✅ The record is now yours: { $count } application(s) moved to your account. See them under "📂 My applications".
case-filed-by = 🤝 Filed by facilitator { $name } on the applicant's behalf (consent: { $consent }, { $date }).
case-filed-by-taken = 🤝 Filed by facilitator { $name } on the applicant's behalf (consent: { $consent }, { $date }); the applicant has since taken the record over.
invite-facilitator-ask-county = Which county will the facilitator work in?
invite-facilitator-ask-villages = Choose the facilitator's villages in { $county }, then tap "Continue":
invite-facilitator-created =
    Facilitator invitation created ✅ It works once and is valid until { $expires }.
    Send this link to the facilitator:
    { $link }
invite-facilitator-accepted =
    Welcome! You are now a facilitator for: { $villages }
    Press "🤝 Register a person" to register someone on their behalf.
err-not-facilitator = Only facilitators can do this.
err-outside-villages = You can only register people in your own villages.
err-village-not-yours = Please choose one of your villages from the buttons.
regfor-ask-village-list = Choose one of your villages from the list (page { $page } of { $pages }) or write its name:
err-no-villages = You have no villages yet: ask your coordinator for an invitation.
err-invite-villages = Choose at least one valid village.
err-invite-villages-outside = You can only invite facilitators for villages in your own counties.
err-invite-no-villages = None of your counties has villages in the regions file yet.
err-invitation-staff = Coordinators and admins cannot become facilitators with an invitation.
err-takeover-invalid = This take-over code is not valid. Check it with your facilitator.
err-takeover-used = This take-over code has already been used.
err-takeover-expired = This take-over code has expired: ask your facilitator for a new one.
err-takeover-staff = Staff accounts cannot take over a person's record.
err-takeover-has-record = This account already has a registration of its own, so the record cannot be moved onto it. Ask your facilitator or coordinator for help.

## Community funds (issue 17)
menu-funds = 🏦 Funds
cmd-funds = Community funds: my savings and loans
flow-fund-new = creating a fund
flow-fund-entry = recording in a fund's book
fund-new-left = No fund was created.
fund-entry-left = Nothing was recorded in the fund's book.
fund-new-ask-village = Which village is the fund for?
fund-new-ask-name = The fund's name (for example "Qalat women's fund"):
fund-created =
    The fund "{ $name }" has been created ✅
    Its members join by opening this link (it can be renewed from the fund's page):
    { $link }
    Then choose its trustees (usually three: two local members and one from the sponsor) under "👥 Trustees".
fund-stage-fund = community fund
fund-stage-cooperative = cooperative
fund-statement =
    🏦 { $name } — { $stage }, { $village } ({ $county })
    Balance: { $balance }
    Contributed: { $contributed } · Lent out: { $lentOut } in { $loans } loan(s)
    Installments paid on time: { $onTime }
    Members: { $members } · Trustees: { $trustees }
fund-on-time-none = none due yet
fund-trustees-usual = ⚠️ { $count } trustee(s): the usual rule is three (two local members and one from the sponsor).
fund-member-line = • { $name }: { $contributed }
fund-member-trustee = • { $name } (trustee): { $contributed }
btn-fund-contribution = ➕ Contribution
btn-fund-loan = 💸 Loan
btn-fund-repayment = ↩️ Repayment
btn-fund-correct = ✏️ Correct an entry
btn-fund-trustees = 👥 Trustees
btn-fund-add = 🤝 Add a person I registered
btn-fund-link = 🔗 New join link
btn-fund-new = ➕ New fund
fund-loan-line = 💸 Loan of { $amount }: repaid { $repaid }, remaining { $remaining }. Next installment: { $next } by { $due }.
fund-loan-repaid = 💸 Loan of { $amount }: fully repaid ✅
fund-no-open-loans = This fund has no loan being repaid.
fund-no-members = This fund has nobody this can be recorded for yet (trustees may not borrow).
fund-ask-who-contribution = Whose contribution is it?
fund-ask-who-loan = Who borrows? (Trustees may not borrow.)
fund-ask-who-repayment = Which loan is being repaid?
fund-ask-amount-contribution = How much was contributed? (in tomans, like 500,000)
fund-ask-amount-loan = How much is lent? It is interest-free, repaid in monthly installments. (in tomans)
fund-ask-amount-repayment = How much was repaid? (in tomans)
fund-ask-installments = In how many monthly installments is it repaid? (1 to { $max })
fund-ask-purpose = What is the loan for?
fund-recorded-contribution = The contribution is recorded ✅
fund-recorded-loan = The loan is recorded with its installments ✅
fund-recorded-repayment = The repayment is recorded ✅
fund-mine-title = 🏦 My funds
fund-mine = { $name }: my savings { $contributed }
fund-mine-trustee = { $name } (I am a trustee): my savings { $contributed }
fund-none = You are not in any community fund yet. A fund's members join by the link its facilitator gives them.
fund-kept = 🏦 The funds you keep or oversee; press one to open its book:
fund-none-staff = No fund is registered in your villages yet. Create one with "➕ New fund" and give its join link to the villagers.
fund-kind-contribution = contribution
fund-kind-loan = loan
fund-kind-repayment = repayment
fund-kind-reversal = correction
fund-entry-button = { $kind } · { $name } · { $amount } · { $date }
fund-correct-ask = Which entry was wrong? It is not changed: a correction is recorded beside it that undoes it; then record the right one.
fund-correct-none = The book has no entry to correct.
fund-reversed = The entry is undone by a correction ✅ Record the right one now if needed.
fund-trustees-ask = Tap a member to make them a trustee, or a trustee to make them a member again:
fund-add-ask = Whom do you add to the fund?
fund-add-none = Everyone you registered is already in this fund.
fund-added = Added to the fund ✅
fund-link =
    The fund's new join link (the old one no longer works):
    { $link }
fund-joined = Welcome to the fund "{ $name }" ✅ Send /funds to see your savings and loans.
fund-joined-already = You are already a member of "{ $name }".
reminder-installment = 🏦 Reminder: the installment of { $amount } of your loan from "{ $fund }" is due by { $due }.
err-fund-not-found = This fund was not found.
err-fund-forbidden = This fund is not yours to keep or see.
err-fund-name = The fund's name should be 3 to 60 characters.
err-fund-join-invalid = This join link is not valid (it may have been renewed): ask the fund's facilitator for the current one.
err-fund-member-not-found = This person is not a member of the fund.
err-fund-trustee-borrower = Trustees may not borrow from their fund (and a member with a loan being repaid cannot become a trustee).
err-fund-amount = The amount should be at least 1,000 tomans.
err-fund-installments = Please send a number of months from 1 to 36.
err-fund-purpose = Please write in a few words what the loan is for.
err-fund-short = The fund does not hold that much.
err-fund-open-loan = This member is still repaying a loan.
err-fund-overpaid = That is more than remains of the loan.
err-fund-loan-not-found = This loan was not found.
err-fund-entry-not-found = This entry is not in force (it may have been corrected already).
err-fund-loan-has-repayments = Repayments of this loan are recorded: correct them first.
fund-history-line = 🏛 Became a { $stage } on { $date }.
fund-progress-title = Toward a { $stage }:
fund-progress-ready = ✅ Ready to become a { $stage } (a coordinator reviews it):
fund-progress-members = { $have } of { $need } members
fund-progress-months = { $have } of { $need } months active
fund-progress-capital = capital { $have } of { $need }
fund-progress-onTime = installments on time { $have }% (at least { $need }%)
btn-fund-convert = 🏛 Record the conversion into a { $stage }
btn-fund-convert-sure = Yes, record the conversion
fund-convert-confirm = The fund keeps its members, book and businesses, and its history records this decision with the figures above. Record the conversion?
fund-converted = The conversion is recorded ✅
notify-fund-converted = 🏛 The fund "{ $name }" is now a { $stage }: the coordinator has recorded its conversion. Its members, book and businesses stay as they are.
err-fund-convert-staff = Only a coordinator of the fund's county records its conversion.
err-fund-converted = This fund has already been converted.
err-fund-not-ready = This fund does not meet the thresholds yet (see its progress).
stats-facilitators = 🤝 Cases filed by facilitators: { $list }
stats-funds-title = 🏦 Community funds, cooperatives and unions by county:
stats-funds-county = • { $county }: { $funds } fund(s), { $cooperatives } cooperative(s), { $unions } union(s); jobs in their members' businesses: { $jobs }
fund-union-line = 🏛 Member of the union "{ $name }" since { $date }.
union-progress = 🏛 { $county }: { $have } of { $need } cooperatives not yet in a union ({ $unions } union(s) so far).
btn-union-form = 🏛 Form a union of { $county }'s cooperatives
union-default-name = Union of the cooperatives of { $county }
union-confirm = Record that the county's cooperatives not yet in a union form "{ $name }"? Each keeps its members, book and history.
btn-union-sure = Yes, record the union
union-formed = The union "{ $name }" is recorded ✅
notify-union-formed = 🏛 Your cooperative has joined the union "{ $name }". Its members, book and businesses stay as they are.
err-union-not-ready = There are not enough cooperatives outside a union in this county yet.
err-union-changed = The county's cooperatives changed meanwhile: look again.
export-funds-caption = Community funds: { $count } (their statements; amounts in rials)
csv-fund = Fund
csv-fund-stage = Stage
csv-fund-members = Members
csv-fund-trustees = Trustees
csv-fund-balance = Balance (rials)
csv-fund-contributed = Contributed (rials)
csv-fund-lent-out = Lent out (rials)
csv-fund-open-loans = Open loans
csv-fund-on-time = Installments on time (%)
btn-erase-held = 🗑 Erase this person's data
erase-held-confirm = Erase this person's record at their request? Their name, national ID, mobile, business details and documents go for good; open applications are withdrawn. The agency keeps the records without anything naming them.
btn-erase-held-sure = Yes, erase it
erase-held-done = The person's data has been erased.
## The staff console (src/web) and /web
cmd-web = Open the staff console (a sign-in link)
web-link =
    🖥 Your sign-in link to the staff console (works once, for { $minutes } minutes):
    { $url }
    Do not forward it: whoever opens it signs in as you.
web-not-configured = The staff console is not set up on this server (WEB_URL).
err-web-link-invalid = This sign-in link is not valid. Send /web in the bot for a new one.
err-web-link-used = This sign-in link has already been used. Send /web in the bot for a new one.
err-web-link-expired = This sign-in link has expired. Send /web in the bot for a new one.
web-title = Karyar staff console
web-other-language = فارسی
web-nav-cases = Cases
web-nav-reports = Reports
web-sign-out = Sign out
web-sign-in-title = Sign in
web-sign-in-explain = You opened a sign-in link from the bot. Press the button to start your session on this computer.
web-sign-in-button = Sign in to the console
web-signed-out-title = Signed out
web-signed-out = You are not signed in. Send /web to the bot for a one-time sign-in link.
web-refused-title = Not allowed
web-refused-request = This request was refused. Go back to the console's page and try again.
web-error-title = Something went wrong
web-not-found-title = Not found
web-not-found = There is no such page.
web-cases-title = Cases
web-search = Search
web-search-placeholder = Tracking code, name or permit number
web-search-too-long = The search is too long (more than { $max } characters); shorten it and search again.
web-filter-county = County
web-filter-county-all = All counties
web-filter-kind = Kind
web-filter-kind-all = All kinds
web-filter-status = Status
web-filter-status-open = Open cases
web-filter-status-all = Every status
web-filter-program = Program
web-filter-program-all = All programs
web-filter-category = Field of work
web-filter-category-all = All fields
web-filter-overdue = Overdue only
web-filter-apply = Show
web-filter-clear = Clear
web-cases-count = { $count } cases
web-cases-empty = No case matches.
web-col-code = Tracking code
web-col-applicant = Applicant
web-col-business = Business
web-col-county = County
web-col-kind = Kind
web-col-program = Program
web-col-status = Status
web-col-submitted = Submitted
web-col-changed = Status since
web-overdue = overdue
web-pages = Pages
web-page-previous = ‹ Previous
web-page-next = Next ›
web-page-of = Page { $page } of { $pages }
web-case-title = Case { $code }
web-submitted-on = submitted { $date }
web-assignee = assigned to: { $name }
web-print = 🖨 Printable case file (A4)
web-printed-on = Printed { $date }
web-jobs-title = Jobs after payment (as the applicant reported)
web-jobs-line = { $months } months after payment: the applicant { $self } · new jobs { $new } · jobs kept { $kept }
web-yes = works there
web-no = does not work there
web-jobs-waiting = waiting to be verified
web-jobs-verified = verified
web-jobs-corrected = corrected
web-jobs-verify = ✅ Verify as reported
web-jobs-correct = ✏️ Record with a correction
web-jobs-self = The applicant works in the business
web-jobs-newJobs = New jobs (people)
web-jobs-keptJobs = Jobs kept (people)
web-jobs-recorded = The jobs report is recorded ✅
web-bank = Bank
web-bank-branch = Branch (name or code)
web-bank-day = Day (for example 1405/09/11)
web-bank-amount = Amount paid (in tomans, or write "rials")
web-bank-return-reason = Why the bank returned it
web-case-actions = Actions
web-case-applicant = Applicant
web-case-business = Business
web-case-documents = Documents
web-national-id = National ID
web-phone = Mobile
web-category = Field of work
web-village = Village or town
web-workplace = Workplace
web-jobs = Planned jobs
web-capital = Capital needed
web-description = Description
web-amount = Amount
web-repayment = Repayment
web-purpose = Purpose
web-permit = Home-business permit
web-permit-number = Permit number
web-permit-issued = Issued
web-permit-expires = Valid until
web-doc-received = received ({ $count })
web-doc-requested = requested, not received yet
web-doc-missing = not received
web-no-documents = No documents received yet.
web-note-optional = A note to the applicant (optional)
web-reason = The reason (the applicant will read it)
web-signature-coordinator = Coordinator's signature
web-signature-office = Office's stamp and signature
web-reports-title = Reports
web-report-scope = Figures for { $scope }. Each number opens the cases behind it.
web-report-total = Applications
web-report-overdue = Overdue
web-report-jobs = Planned jobs
web-report-by-status = By status
web-report-by-county = By county
web-report-by-kind = By kind
web-report-by-category = By field of work
web-report-approvals = Approvals per week
web-export = ⬇️ Download the spreadsheet (CSV)
web-nav-staff = Coordinators
web-nav-broadcasts = Announcements
web-staff-title = Coordinators
web-staff-empty = No coordinators yet.
web-staff-save = Save counties
web-staff-saved = { $name }'s counties are saved ✅
web-staff-revoke = Revoke
web-staff-revoke-sure = Yes, { $name } is no longer a coordinator
web-staff-invite = Invite a coordinator
web-staff-invite-button = Create an invitation link
web-staff-invited = Invitation created ✅ It works once, until { $expires }. Send this link to the coordinator:
web-broadcasts-title = Announcements
web-broadcast-time = Sending time
web-broadcast-progress = Progress
web-broadcast-counts = delivered { $sent } of { $total } · failed { $failed } · blocked { $blocked }
web-broadcast-cancel = Cancel
web-broadcast-compose = New announcement
web-broadcast-text = The message
web-broadcast-applicants = Applicants
web-broadcast-coordinators = Every coordinator
web-broadcast-any = any
web-broadcast-at = Send at (Tehran time; empty: now)
web-broadcast-count = Count the audience
web-broadcast-send = Send
web-broadcast-created = Announcement { $id } is created ✅ It goes out at its time.
web-nav-catalog = Programs
web-catalog-title = Loan and support programs
web-catalog-retired = retired
web-catalog-upload = Upload a new catalog file
web-catalog-upload-explain = The file replaces the whole catalog (as npm run programs:import does). A file with any problem is refused as a whole, and every problem is listed; the catalog in force stays.
web-catalog-upload-button = Upload and import
web-catalog-imported = The catalog is imported ✅ { $count } programs.
web-catalog-refused = The file was refused; nothing changed. { $count } problems:
web-filter-facilitator = Facilitator
web-filter-facilitator-all = Every facilitator (and applicants' own)
web-filter-village = Village or town
web-broadcast-language = Language

## The bank pipeline (Note 16 loans): introduced → the bank's decision → paid or returned
btn-case-bank-approved = 🏦✅ Bank approved
btn-case-bank-return = ↩️ Returned by the bank
bank-keshavarzi = Bank Keshavarzi
bank-tosee-taavon = Tose'e Ta'avon Bank
bank-post-bank = Post Bank
bank-mehr-iran = Mehr Iran Bank
bank-resalat = Resalat Bank
bank-refah = Refah Kargaran Bank
bank-melli = Bank Melli
bank-sepah = Bank Sepah
bank-saderat = Bank Saderat
bank-other = Another bank
return-reason-guarantor = Guarantor or collateral not accepted
return-reason-credit-record = Bounced cheques or overdue debt
return-reason-documents = Incomplete documents
return-reason-bank-quota = The bank's quota is used up
return-reason-not-eligible = Not eligible for the program
return-reason-plan-not-viable = The plan is not viable
return-reason-applicant-absent = The applicant did not go to the bank
return-reason-applicant-withdrew = The applicant withdrew
return-reason-other = Another reason
refer-ask-bank = 🏦 Which bank was case { $code } introduced to?
refer-ask-branch = Type the branch's name or code (for example "Shiraz central branch" or "2145").
bank-ask-date = { $question }
    Press today or yesterday, or type the date (for example 1405/09/11).
refer-date-question = 📅 Date of the introduction to the bank?
pay-date-question = 📅 Date the loan was paid?
btn-today = Today
btn-yesterday = Yesterday
refer-confirm =
    Introducing case { $code } to the bank:
    Bank: { $bank }
    Branch: { $branch }
    Date: { $date }
    Is this right?
pay-ask-amount = 💵 How much was paid to the applicant of case { $code }? (Amount applied for: { $requested })
pay-confirm =
    The loan of case { $code } paid:
    Amount: { $amount }
    Date: { $date }
    Is this right? Once recorded it does not change.
return-ask-reason = ↩️ Why did the bank return case { $code }?
return-note-ask = A note for the applicant? (or press "No note")
return-confirm =
    Case { $code } returned by the bank:
    Reason: { $reason }
    Note: { $note }
    Is this right?
btn-bank-yes = ✅ Record it
btn-bank-edit = ✏️ Start again
btn-bank-no = ↩️ Never mind
bank-left = The bank step of case { $code } was left unfinished; nothing was recorded.
flow-bank-refer = introducing to the bank
flow-bank-pay = recording a payment
flow-bank-return = a return by the bank
err-date-format = Type the date like 1405/09/11, or press one of the buttons.
err-date-future = That date has not come yet.
err-date-gregorian = That year is Gregorian: type the date in the Iranian (Jalali) calendar, like 1369/01/01 or 1405/09/11.
err-date-before-application = That date is before the application was filed.
err-date-before-introduction = A payment cannot be dated before the introduction to the bank.
err-branch-short = Type the branch's name or code (at least two characters).
err-bank-required = Choose the bank.
err-payment-required = The amount and date of the payment are needed.
err-payment-amount = That amount cannot be accepted.
err-return-reason-required = Choose the reason for the return from the list.
err-payment-range = The payment must be between { $min } and { $max }.
case-bank-referral = 🏦 { $bank } · branch: { $branch } · introduced { $introduced } ({ $days } days ago)
case-bank-approved = · approved by the bank { $date }
case-bank-paid = 💵 Paid: { $amount } on { $date } ({ $days } days after the introduction)
case-bank-returned = ↩️ Returned: { $reason } ({ $date })
notify-bank-introduced =
    🏦 Loan application { $trackingCode } has been introduced to { $bank }, { $branch } ({ $date }).
    Please go to that branch to complete your file.
notify-bank-approved =
    ✅ The bank approved the loan of application { $trackingCode }; it will be paid soon.
notify-bank-paid =
    💵 The loan of application { $trackingCode } has been paid: { $amount } ({ $date }).
notify-bank-returned =
    ↩️ The bank returned application { $trackingCode }. Reason: { $reason }
reminder-bank-overdue = 🏦 The loan of case { $trackingCode }, introduced to { $bank } ({ $branch }) on { $introducedAt }, is still unpaid after { $days } days.
digest-bank-overdue =
    🏦 { $total } loans introduced to a bank are still unpaid after { $days } days. The oldest (code — county — days since the introduction):
    { $list }
notify-bank-returned-note =
    ↩️ The bank returned application { $trackingCode }. Reason: { $reason }
    Coordinator's note: { $note }

## Jobs actually created: follow-ups months after a loan was paid, verified by a coordinator
followup-jobs =
    👷 { $months } months have passed since the loan of application { $trackingCode } was paid.
    Please tell us how many people work in your business now; your answer counts in the province's employment report.
btn-jobs-answer = 📝 Answer
jobs-ask-self = 👤 Do you yourself work in the business (application { $code }) now?
btn-jobs-self-yes = Yes
btn-jobs-self-no = No
jobs-ask-new = 🆕 Besides you, how many people started working there after the loan (new jobs)?
jobs-ask-kept = 🤝 And how many who worked there before the loan still do (jobs kept)?
jobs-type-more = Press a button or type the number.
jobs-confirm =
    Your answer about application { $code }:
    You: { $self }
    New jobs: { $newJobs }
    Jobs kept: { $keptJobs }
    Send it?
btn-jobs-send = ✅ Send
jobs-self-yes = works there
jobs-self-no = does not work there
jobs-thanks = 🙏 Thank you; your answer is recorded and the county coordinator will check it.
jobs-left = The jobs answer was left unfinished; continue with the same button.
jobs-correct-left = Correcting the jobs report of case { $code } was left unfinished; nothing was recorded.
flow-jobs-report = the jobs report
flow-jobs-correct = correcting a jobs report
jobs-kind-employer = Employer
jobs-kind-self-employed = Self-employed
jobs-kind-none = No jobs
notify-jobs-reported =
    👷 Jobs report of case { $trackingCode } ({ $months } months after payment):
    Applicant: { $self } · new jobs: { $newJobs } · kept: { $keptJobs } · { $kind }
btn-jobs-verify = ✅ Verify
btn-jobs-correct = ✏️ Correct
jobs-verified = Jobs report verified ✅
jobs-corrected = Jobs report corrected and verified ✅
err-people-count = Type the number of people as a number (0 to 999).
err-jobs-invalid = That answer cannot be accepted.
err-jobs-not-due = It is not time for this question yet.
err-jobs-already-reported = This question has already been answered.
err-jobs-already-verified = This report has already been verified.

## Note 16 in the catalog: funding lines, introducing bodies, target groups, closed fields
funding-note-16 = Note 16 of the budget law
funding-note-18 = Note 18 of the budget law
funding-home-business = Home Business Development Fund
funding-community-funds = Rural microcredit funds
funding-agency-own = The agency's own credit
funding-other = Another source
body-relief-committee = Imam Khomeini Relief Committee
body-welfare = Welfare Organization
body-basij-construction = Basij Construction Organization
body-jihad-agriculture = Jihad Agriculture
body-cultural-heritage = Cultural Heritage, Tourism and Handicrafts
body-rural-development = Rural Development Office
body-technical-vocational = Technical and Vocational Training
body-other = Another body
group-women-heads = Women heads of household
group-graduates = University graduates
group-relief-clients = Relief Committee clients
group-welfare-clients = Welfare Organization clients
group-disabled = People with disabilities
group-martyrs-families = Families of martyrs and veterans
group-rural-youth = Rural youth
group-nomads = Nomads
program-funding = 🏛 Funded by: { $line }
program-body = 🏢 Introduced by { $body }: { $rate }% · at most { $cap } per job
program-groups = 👥 Target groups: { $list }
program-field-closed = ⛔ { $field } is closed: { $why }
program-provisional = ⚠️ These figures are estimates the agency has yet to confirm.
why-field-closed = your field of work is closed in it ({ $why })
why-field-full = the quota of your field ({ $quota } applications) is full
apply-ask-body = 🏢 Which body introduces you? (the rate and the cap depend on it)
field-body = Introducing body
err-body-required = Choose the introducing body from the program's list.
app-introducing-body = Introducing body: { $body }
err-over-job-cap = That amount is over this body's cap for the { $jobs } jobs of your plan.

## The working group's report (/report)
report-ask-period = 📊 Loans absorbed and jobs created: for which period?
report-period-month = This month
report-period-season = This season
report-period-year = This year
report-title = 📊 Loans absorbed and jobs created — { $period } ({ $from } to { $to }); payment deadline: { $days } days
report-figures =
    📝 Plans registered: { $registered } (asked: { $requested })
    🏦 Introduced to a bank: { $introduced } · 💵 Paid: { $paid } ({ $paidAmount }) · ↩️ Returned: { $returned }
    ⏱ Median days introduction → payment: { $median } · within the deadline: { $within }%
    👷 Jobs committed: { $committed } · realized: { $realized } ({ $realizedShare }%) · jobs per plan: { $perPlan }
    🆕 New: { $newJobs } · 🤝 Kept: { $keptJobs } · Employers: { $employers } · Self-employed: { $selfEmployed }
    🏷 Permits issued: { $permits }
    🗓 Yearly answers of permit-only businesses (no paid loan): { $permitsReported } · jobs: { $permitJobs } · employers: { $permitEmployers } · self-employed: { $permitSelfEmployed }
report-counties = 🏆 Counties ranked (paid, jobs realized of committed):
report-county-line = { $rank }. { $county } — paid { $paid } · jobs { $realized } of { $committed }
report-bodies = 🏢 By introducing body:
report-body-line = • { $body } — registered { $registered } · paid { $paid } · jobs realized { $realized }
report-no-body = No introducing body
report-chart-paid = Loans paid by county
report-chart-jobs = Committed jobs realized (%) by county
report-chart-bodies = Loans paid by introducing body
observer-invite-created =
    Observer invitation created ✅ It works once and is valid until { $expires }.
    Send this link to the working-group member; they will see the province's report only:
    { $link }
observer-accepted =
    Welcome! You are an observer of the working group and can read the province's report on loans and jobs.
    Send /report.
help-text-observer = 📊 You are a working-group observer: /report sends the province's report on loans and jobs for this month, season or year, and /web a sign-in link to the console, which shows the same report with its tables.
report-monthly =
    📊 The province's monthly report on loans absorbed and jobs created ({ $from } to { $to })
    📝 Plans registered: { $registered } · 🏦 Introduced to a bank: { $introduced } · ↩️ Returned: { $returned }
    💵 Paid: { $paid } ({ $paidAmount })
    ⏱ Median days introduction → payment: { $median } · within the deadline: { $within }%
    👷 Jobs committed: { $committed } · realized: { $realized } ({ $realizedShare }%) · new: { $newJobs } · kept: { $keptJobs }
    🏷 Permits issued: { $permits }
    🏆 Top counties (paid):
    { $counties }
    Charts and details: /report
case-jobs = 👷 { $months } months after payment: applicant { $self } · new { $newJobs } · kept { $keptJobs } ({ $state })
case-jobs-verified = verified
case-jobs-corrected = corrected
case-jobs-unverified = awaiting verification

## The working group's report in the console (observers sign in to read it)
web-wg-title = Loans absorbed and jobs created
web-wg-period = Report period
web-wg-range = From { $from } to { $to }; payment deadline: { $days } days
web-wg-percent = { $n }%
web-wg-counties = Counties ranked (most paid, then most jobs realized)
web-wg-county = County
web-wg-bodies = By introducing body
web-wg-body = Introducing body
web-wg-col-registered = Plans registered
web-wg-col-introduced = Introduced to a bank
web-wg-col-paid = Paid
web-wg-col-paid-amount = Amount paid
web-wg-col-returned = Returned
web-wg-col-median = Median days, introduction to payment
web-wg-col-within = Paid within the deadline
web-wg-col-committed = Jobs committed
web-wg-col-realized = Jobs realized
web-wg-col-permits = Permits issued
web-wg-new-jobs = New jobs
web-wg-kept-jobs = Jobs kept
web-wg-employers = Employers
web-wg-self-employed = Self-employed
## Spreadsheet exports (.xlsx): the working group's report and fund statements
xlsx-sheet-summary = Summary
xlsx-sheet-counties = Counties
xlsx-sheet-bodies = Introducing bodies
xlsx-sheet-county-body = County and body
xlsx-sheet-cases = Cases
xlsx-sheet-funds = Funds and cooperatives
xlsx-sheet-facilitators = Facilitators
xlsx-funds = Village funds (today)
xlsx-cooperatives = Cooperatives (today)
xlsx-unions = Unions (today)
xlsx-member-jobs = Planned jobs of members' businesses (people)
xlsx-facilitator = Facilitator
xlsx-facilitator-cases = Cases filed on people's behalf (to date)
xlsx-figure = Figure
xlsx-value = Value
xlsx-period = Period
xlsx-from = From (Jalali)
xlsx-to = To (Jalali)
xlsx-rule-days = Payment deadline (days)
xlsx-rank = Rank
xlsx-registered = Plans registered
xlsx-requested-rials = Amount requested (rials)
xlsx-introduced = Introduced to a bank
xlsx-paid = Paid
xlsx-paid-rials = Amount paid (rials)
xlsx-paid-within = Paid within the deadline
xlsx-within-percent = Paid within the deadline (%)
xlsx-median-days = Median days, introduction to payment
xlsx-returned = Returned by the bank
xlsx-committed-jobs = Jobs committed (people)
xlsx-reported-loans = Plans that reported jobs
xlsx-realized-jobs = Jobs realized (people)
xlsx-realized-percent = Jobs realized (%)
xlsx-new-jobs = New jobs (people)
xlsx-kept-jobs = Jobs kept (people)
xlsx-employers = Employers
xlsx-self-employed = Self-employed
xlsx-jobs-per-plan = Jobs per plan
xlsx-permits = Permits issued
xlsx-permits-reported = Permits without a loan that answered yearly
xlsx-permit-jobs = Jobs in permits without a loan (people, yearly answers)
xlsx-permit-employers = Permits without a loan: employers
xlsx-permit-self-employed = Permits without a loan: self-employed
xlsx-cases-total = Cases
xlsx-cases-shown = Cases in the Cases sheet (the oldest)
xlsx-village = Village
xlsx-body = Introducing body
xlsx-submitted = Filed (Jalali)
xlsx-bank = Bank
xlsx-branch = Branch
xlsx-introduced-on = Introduced (Jalali)
xlsx-paid-on = Paid (Jalali)
xlsx-days-to-payment = Days, introduction to payment
xlsx-return-reason = Reason returned
xlsx-jobs-months = Months after payment (latest jobs report)
xlsx-self-works = Applicant works in it
xlsx-jobs-verified = Jobs verified
xlsx-permit-issued = Permit issued (Jalali)
xlsx-yes = Yes
xlsx-no = No
xlsx-sheet-fund = Fund statement
xlsx-sheet-members = Members
xlsx-sheet-loans = Loans
xlsx-fund = Fund
xlsx-fund-stage = Stage
xlsx-fund-as-of = Statement date (Jalali)
xlsx-fund-balance-rials = Balance (rials)
xlsx-fund-contributed-rials = Savings (rials)
xlsx-fund-lent-out-rials = Lent out (rials)
xlsx-fund-open-loans = Loans being repaid
xlsx-fund-on-time-percent = Installments paid on time (%)
xlsx-fund-members = Members (people)
xlsx-fund-trustees = Trustees (people)
xlsx-member = Member
xlsx-member-role = Role
xlsx-trustee = Trustee
xlsx-member-plain = Member
xlsx-loan-rials = Loan (rials)
xlsx-repaid-rials = Repaid (rials)
xlsx-remaining-rials = Remaining (rials)
xlsx-next-due = Next installment due (Jalali)
xlsx-next-due-rials = Next installment (rials)
xlsx-installments-due = Installments due
xlsx-installments-on-time = Installments paid on time
report-xlsx-caption = 📥 The same report as a spreadsheet, with one row per case. Amounts in rials, dates in the Jalali calendar.
report-xlsx-too-large = This report's spreadsheet is larger than the messenger accepts; download it from the web console's reports page.
report-monthly-xlsx-caption = 📥 Last month's report as a spreadsheet, with one row per case.
btn-fund-xlsx = 📥 Statement as a spreadsheet
fund-xlsx-caption = 📥 The statement of “{ $name }” as a spreadsheet: balance, members and loans.
web-report-xlsx-title = The working group's report as a spreadsheet
web-report-xlsx = ⬇️ { $period } (xlsx)
## Conversion-industry hubs: the county hub, what it buys, linking a business, the report
chain-dates = dates
chain-citrus = citrus
chain-pomegranate = pomegranate
chain-grape = grapes and raisins
chain-fig = figs
chain-apple = apples
chain-nuts = nuts (almonds, walnuts, pistachios)
chain-rice = rice
chain-grain = grain and flour
chain-tomato = tomatoes
chain-olive = olives
chain-dairy = milk and dairy
chain-meat = meat and livestock
chain-honey = honey and bee products
chain-medicinal-herbs = medicinal herbs and distillates
chain-wool-carpet = wool, gabbeh and handwoven carpets
hub-name = 🏭 Conversion-industry hub of { $county }: { $name } ({ $chain } chain)
hub-products = Products: { $list } · Capacity: { $capacity }
hub-capacity-tonnes-per-year = { $amount } tonnes a year
hub-capacity-litres-per-day = { $amount } litres a day
hub-capacity-pieces-per-month = { $amount } pieces a month
hub-capacity-square-metres-per-year = { $amount } square metres a year
hub-provisional = ⚠️ The agency has yet to confirm this hub's details.
hub-contact = 📞 To sell to the hub: { $office }, phone { $phone } — address: { $address }, { $place }
hub-you-are-linked = 🔗 Your business is linked to this hub.
hub-buys-from-you = ✅ Your field ({ $field }) feeds this hub; it buys from you: { $what }{ $season }
hub-season = , in { $season }
hub-buys-from = This hub buys from these fields: { $list }
program-favours-chains = ⭐ This program favours businesses that feed the hubs of these chains: { $list }
program-favours-your-hub = ⭐ The { $chain } chain of your county's hub ({ $name }) is favoured by this program.
fit-line-favoured = • { $name } ⭐ favours the { $chain } chain ({ $hub })
case-hub-linked = 🔗 Linked to { $name }
case-hub-feeds = 🏭 County hub: { $name } — buys from this field: { $what }
case-hub-not-fed = 🏭 County hub: { $name } — buys nothing from { $field }.
btn-case-hub-link = 🔗 Link to the conversion-industry hub
btn-case-hub-unlink = ✂️ End the link with the hub
hub-linked-done = The business is linked to { $name } ✅
hub-unlinked-done = The business's link with the hub has ended.
hub-already-linked = This business is already linked to its county's hub.
hub-not-linked = This business is not linked to a hub.
err-hub-none = This business's county has no conversion-industry hub yet.
notify-hub-linked =
    🏭 Your business is now linked to { $hub }.
    It buys from you: { $what }.
    To sell your produce, contact { $office }: { $phone }
notify-hub-linked-unfed =
    🏭 Your business is now linked to { $hub }.
    The hub buys no raw material of your field for now, but to work with it you may contact { $office }: { $phone }
web-hub-title = Conversion-industry hub
web-hub-none = This business's county has no conversion-industry hub yet.
web-hub-linked = The business is linked to its county's hub ✅
report-hubs = 🏭 Conversion-industry hubs (linked businesses, to date):
report-hub-line = • { $name } — businesses { $businesses } · jobs committed { $planned } · realized { $realized }
report-hubs-none = No business is linked to a hub yet.
report-hubs-more = … and { $count } more hubs
web-report-hubs = Conversion-industry hubs: linked businesses and their jobs (to date)
web-report-hub-name = Hub
web-report-hub-county = County
web-report-hub-businesses = Linked businesses
web-report-hub-planned = Jobs committed
web-report-hub-realized = Jobs realized
mydata-business-hub = 🏭 Linked to { $name } (since { $date })

## What employment programs check of the applicant (src/domain/applicant/facts.ts)
apply-ask-group = 👥 Which of this program's target groups do you apply as?
apply-facts-intro = This program checks a few things about you. We ask once and keep them for your later applications (see /mydata).
fact-ask-birthDate = 🎂 Type your date of birth (Jalali), like 1370/05/21.
fact-ask-sex = Your sex?
fact-ask-education = 🎓 Your highest level of education?
fact-ask-reliefClient = Are you a client of the Imam Khomeini Relief Committee?
fact-ask-welfareClient = Are you a client of the Welfare Organization?
fact-ask-priorLoan = Have you had an employment loan in the last { $years } years?
sex-female = Female
sex-male = Male
education-none = None, or reading and writing
education-primary = Primary school
education-secondary = Middle school
education-diploma = High-school diploma
education-associate = Associate degree
education-bachelor = Bachelor's degree
education-postgraduate = Master's or doctorate
btn-yes = Yes
btn-no = No
err-birth-date-format = Type your date of birth like 1370/05/21 (year, month, day; Jalali).
err-birth-date-range = That date of birth does not look right; type it again.
err-group-required = Choose the target group from the program's list.
err-facts-missing = This program asks a few things about you that you have not answered yet; start the application again from the program's page.
why-too-young = it is for people aged { $age } and over
why-too-old = it is for people up to { $age } years old
why-prior-loan = it is for people who have had no employment loan in the last { $years } years
why-not-in-group = your answers do not fit the group "{ $group }"
refuse-too-young = This program is for people aged { $age } and over.
refuse-too-old = This program is for people up to { $age } years old.
refuse-prior-loan = This program is for people who have had no employment loan in the last { $years } years.
refuse-not-in-group = Your answers do not fit the group "{ $group }".
field-group = Target group
mydata-facts = 🧾 For employment programs: date of birth { $birthDate } · sex { $sex } · education { $education } · Relief Committee { $relief } · Welfare Organization { $welfare } · employment loan in recent years { $priorLoan }
report-groups = 👥 By target group (cases that applied as it):
report-group-line = • { $group } — registered { $registered } · introduced { $introduced } · paid { $paid }
report-chart-groups = Cases registered by target group
xlsx-sheet-groups = Target groups
xlsx-group = Target group
case-target-group = 👥 Target group: { $group }
case-portal =
    🗂 For the national home-business permits portal:
    Name: { $name }
    National ID: { $nationalId }
    Mobile: { $phone }
    Date of birth: { $birthDate }
    Field of activity: { $field }
    Business name: { $business }
    Workplace: { $workplace }
    County: { $county } · Village: { $village }
case-portal-not-given = not given yet
web-case-portal = For the national home-business permits portal
web-birth-date = Date of birth
web-activity-field = Field of activity

## Starred fields: the permit waits for a second body (health network, veterinary, culture office)
app-second-body-waiting = ⏳ Waiting for the approval of { $body }
app-second-body-refused = ⛔ { $body } refused the permit: { $reason }
app-second-body-needed = ⭐ A starred field: the permit needs the approval of { $body }
notify-second-body-waiting =
    ⏳ Your application { $trackingCode } was approved by the coordinator.
    Because your field is a starred one, the permit is issued once { $body } approves it too; we will tell you its decision.
notify-second-body-refused =
    ⛔ { $body } did not approve the permit of application { $trackingCode }.
    Reason: { $reason }
    Coordinator's note: { $note }
    You may remedy it and apply again, or ask your county's coordinator.
btn-case-send-second-body = ✅ Approve (then the second body)
btn-case-second-body-ok = ✅ The second body approved: issue the permit
btn-case-second-body-refused = ⛔ The second body refused
second-body-ask-reason = Why did { $body } refuse case { $code }? Choose the reason (the applicant will read it):
err-second-body-reason-required = Choose the second body's reason from the list.
web-second-body-reason = The second body's reason

## The yearly jobs question of a business with an issued permit and no paid loan
followup-jobs-yearly =
    👷 { $years ->
        [one] A year has
       *[other] { $years } years have
    } passed since the home-business permit of application { $trackingCode } was issued.
    Please tell us how many people work in your business now; your answer counts in the province's employment report.
notify-jobs-reported-permit =
    👷 Jobs report of case { $trackingCode } ({ $months } months after the permit was issued):
    Applicant: { $self } · new jobs: { $newJobs } · kept: { $keptJobs } · { $kind }
case-jobs-permit = 👷 { $months } months after the permit: applicant { $self } · new { $newJobs } · kept { $keptJobs } ({ $state })
web-jobs-line-permit = { $months } months after the permit was issued: the applicant { $self } · new jobs { $new } · jobs kept { $kept }
web-wg-permit-jobs = Jobs in permit-only businesses (yearly answers)
web-wg-permit-employers = Of them, employers
web-wg-permit-self-employed = Of them, self-employed
reg-ask-birthDate = 🎂 Type your date of birth (Jalali), like 1370/05/21 (the national permits portal asks for it):
field-birthDate = Date of birth
err-birth-date-young = A business can be registered from the age of { $age }. If you mistyped the date, type it again.
