# Lotse – English texts (professional language for caseworkers).
# Each line "key = text" is a text of the user interface. Do not change the key on the left.
# { $name } is a placeholder: it is replaced when the text is shown and must be kept.
# A text over several lines: indent the continuation lines.

## General
app-name = Lotse
app-tagline = Initial meeting following the social space approach (Fachkonzept Sozialraumorientierung)
header-home-hint = (to the list of all cases)
skip-to-content = Skip to content
back-to-case-list = Back to all cases
cancel = Cancel
remove-confirm = Yes, remove
next-step = Next: { $step }
optional = (optional)
title-error-prefix = {"Error: "}
error-prefix = {"Error: "}
error-summary-title = Please check your entries

## Saving
save-state-saved = Saved
save-state-pending = Saving …
save-state-failed = Not saved
storage-retry = Save again
storage-unavailable-title = Saving is not possible in this browser
storage-unavailable-body = The browser does not allow Lotse to store data on this device (for example in private mode or because of the website settings). What you enter now is only kept while this window stays open. In the browser settings, allow this page to store website data, then reload the page.
storage-full-title = Storage is full – your last change has not been saved yet
storage-full-body = Your entries are kept in this window as long as you leave it open. Saved cases have not been changed. Delete cases you no longer need or free up storage space in the browser, then choose “Save again”.
storage-write-failed-title = The last change could not be saved
storage-write-failed-body = The browser refused to save. Your entries are kept in this window as long as you leave it open. Saved cases have not been changed. Choose “Save again”. If that does not help, contact your IT support.

## Damaged or newer entries
record-damaged-title = A saved case cannot be read
record-damaged-body = This entry on the device is damaged, for example by a crash while saving. Lotse leaves it unchanged so that nothing is lost. You can use all other cases as usual. Save the entry as a file and give it to your IT support or your contact person for Lotse.
record-newer-title = A case comes from a newer version of Lotse
record-newer-body = This case was saved with a newer version of Lotse. This version cannot open it and leaves it unchanged. Reload the page to get the latest version, or save the entry as a file.
record-key-label = Storage key:
record-save-copy = Save entry as a file
record-save-copy-failed = The file could not be created. The entry stays unchanged on the device.

## Case list
case-list-title = Your cases
case-list-label = Cases on this device
case-list-new = Create a new case
case-list-empty-title = No cases on this device yet
case-list-empty-body = Create a new case to start the initial meeting. A short name or pseudonym is enough; a real name is not needed.
case-list-empty-privacy = Everything you enter is stored only in this browser on this device. Nothing is sent over the internet.
case-label = Case:
case-first-contact = First contact
case-updated-at = Last changed
case-open = Open
case-rename = Rename
case-delete = Delete
case-unavailable-title = This case cannot be opened
case-not-found-body = There is no case at this address on this device. It may have been deleted or created on another device.

## New case and renaming
new-case-title = Create a new case
new-case-intro = For the case you only need a short name for the client and the date of first contact.
new-case-submit = Create case
alias-label = Short name or pseudonym
alias-hint = For example “Mr K.”. A real name is not needed.
first-contact-label = Date of first contact
first-contact-hint = For example 20/11/2026
error-alias-missing = Enter a short name or pseudonym
error-date-missing = Enter the date of first contact
error-date-invalid = The date of first contact must be a real date, for example 20/11/2026
error-date-in-future = The date of first contact cannot be in the future
rename-title = Rename case
rename-submit = Save new name

## Deleting
delete-title = Delete case “{ $alias }”?
delete-intro = This permanently deletes from this device:
delete-loses-details = the short name and the date of first contact
delete-loses-will-one = { $count } statement of will in the client's own words
delete-loses-will-other = { $count } statements of will in the client's own words
delete-loses-own-one = { $count } answer to “What are you doing about it yourself?”
delete-loses-own-other = { $count } answers to “What are you doing about it yourself?”
delete-loses-intake = { $goals } goals with { $steps } steps, { $resources } resources and { $contacts } people or services in the network, plus circumstances, agreement and signatures
delete-irreversible = This cannot be undone.
delete-confirm = Yes, delete case permanently
delete-cancel = No, keep case
delete-done = The case “{ $alias }” has been deleted.
delete-failed = The case could not be deleted because the browser does not allow access to storage. Nothing has been changed.

## Steps
step-nav-label = Steps of the initial meeting
step-will = Will
step-goals = Goals
step-steps = Own steps
step-resources = Resources
step-network = Network
step-life-domains = Life domains
step-review = Review
step-agreement = Goal agreement

## Will
will-title = Will
will-intro = What does the client want? Record the answers in their own words, in the first person (“I …”), even if they seem unrealistic.
will-verbatim-note = Lotse saves every entry immediately and exactly as it was written: nothing is shortened or changed.
will-statement-legend = Statement { $number }
will-wording-label = What do you want to change? What do you want to achieve?
will-wording-hint = Word for word, for example “I want to work again.”
will-own-action-label = What are you doing about it yourself?
will-own-action-hint = Word for word, for example “I'll call my landlord.”
will-add = Add another statement
will-remove = Remove statement
will-remove-question = Remove { $name } with all of the client's words?
coach-wish = That sounds as if other people should do something. What are you doing about it yourself?
coach-add-own-action = Add own contribution

## Not found
not-found-title = Page not found
not-found-body = This address does not exist in Lotse. Your cases are not affected.

## Goals
goals-title = Goals
goals-intro = Goals grow out of the will. Word each goal together with the client, in their own words. The SMART check shows what is still open; it is not compulsory.
goals-no-will = There is no statement of will yet. You can still create goals, but it is better to start with the will.
goal-add = Add goal
goal-legend = Goal { $number }
goal-will-label = Which statement does this goal belong to?
goal-will-none = No particular statement
will-statement-short = Statement
goal-client-label = The goal in your own words
goal-client-hint = As the client says it, for example “Working with machines again”.
goal-professional-label = Professional wording (optional)
goal-professional-hint = For the support plan, for example “Taking up employment in a technical field”.
goal-domains-legend = Which life domains does the goal touch?
goal-indicator-label = How will you know that you have achieved it?
goal-indicator-hint = A sign that everyone can see, for example “an employment contract or two job interviews”.
goal-review-label = Review on (optional)
goal-smart-legend = SMART check
goal-smart-hint = Tick what applies to the goal. Open points are a reason to talk, not a mistake.
goal-smart-open = Still open: { $criteria }
goal-smart-all-met = All five points are met.
goal-remove = Remove goal
goal-remove-question = Remove { $name } with all details and steps?
smart-specific = specific
smart-specific-hint = The goal says exactly what is to be achieved.
smart-measurable = measurable
smart-measurable-hint = You can tell whether it has been achieved (see indicator).
smart-attractive = attractive
smart-attractive-hint = The client wants it and helped to word it.
smart-realistic = realistic
smart-realistic-hint = It can be achieved in the time available with the strength and resources at hand.
smart-timed = time-bound
smart-timed-hint = There is a date by which it should be achieved.

## Life domains (ICF)
domain-d1 = Learning and applying knowledge
domain-d2 = General tasks and demands
domain-d3 = Communication
domain-d4 = Mobility
domain-d5 = Self-care
domain-d6 = Domestic life
domain-d7 = Interpersonal interactions and relationships
domain-d8 = Major life areas (education, work, economic life)
domain-d9 = Community, social and civic life

## General details
not-given = not given
change = Change

## Own steps
steps-title = Own steps
steps-intro = First, what the client does themselves. Then their own network, then the neighbourhood, and finally specialist services. Lotse puts the steps in this order.
steps-no-goal = There is no goal yet. Create a goal first; then you can record steps for it here.
steps-no-client-step = No step yet that the client takes themselves.
step-add = Add step to: { $goal }
step-unnamed = New step
step-what-label = What will be done?
step-who-label = Who will do it?
step-when-label = By when? (optional)
step-remove = Remove step
step-remove-question = Remove step “{ $name }”?
owner-client = The client themselves
owner-group-network = Network (family, friends, neighbours, colleagues)
owner-group-neighbourhood = Neighbourhood
owner-group-services = Specialist services

## Resources
resources-title = Resources
resources-intro = Anything that can be seen is a resource. Ask: “What do you do well?” and “Who or what already helps you to live the way you want?”
resources-view-label = How resources are shown
resources-list-label = All resources
view-map = As a map
view-list = As a list
resource-personal = Personal resources
resource-personal-prompt = What I do well: skills, experience, interests, health.
resource-social = Social resources
resource-social-prompt = Who already helps me: family, friends, neighbours, colleagues.
resource-material = Material resources
resource-material-prompt = What I have: money, a home, a car, equipment.
resource-neighbourhood = Neighbourhood resources
resource-neighbourhood-prompt = What there is in the neighbourhood: meeting places, clubs, services, places.
resource-add = Add: { $kind }
resource-kind-label = Kind of resource
resource-text-label = What is the resource?
resource-goals-legend = Which goals does it help with?
resource-unnamed = New resource
resource-remove = Remove resource
resource-remove-question = Remove resource “{ $name }”?

## Network
network-title = Network map
network-intro = Who is there for the client? Tap a sector on the map or choose it in the form, enter the name and add the person. Relationships are only placed by closeness, not judged.
network-map-label = Network map: client in the centre, four sectors, three distances
network-map-caption = The map shows the same people as the table below.
network-zone-label = { $sector }, { $distance }: place here
network-client = Client
network-add-title = Add a person or service
network-add-submit = Add to network map
network-empty = No one on the network map yet.
network-table-caption = The network as a table (the numbers are also shown on the map)
network-number = No.
contact-name-label = Name
contact-name-hint = For example “Anja (sister)” or “Jobcentre, Ms Yilmaz”.
contact-sector-legend = Sector
contact-distance-legend = Distance
contact-role-label = Role
contact-role-hint = What the person or service does, for example “comes along to appointments”.
contact-details-label = Contact details (optional)
contact-details-hint = Only record what is necessary.
contact-consent-legend = May they be contacted?
contact-consent-date-label = Date of consent or refusal
contact-remove = Remove from network
contact-remove-question = Remove “{ $name }” from the network? This person's steps go back to the client.
consent-yes = Yes
consent-no = No
consent-not-asked = Not asked
sector-family = Family
sector-friends = Friends and neighbours
sector-colleagues = Colleagues (work, school)
sector-professional = Professional helpers
distance-close = close
distance-middle = medium
distance-loose = distant
error-contact-name = Enter a name
error-contact-place = Choose a sector and a distance, on the map or in the form

## Life domains and circumstances
life-domains-title = Life domains and circumstances
life-domains-intro = Which life domains do the goals and resources touch? And what needs to change in the environment, not just in behaviour?
life-domains-caption = Goals and resources by life domain (ICF)
life-domains-column-domain = Life domain
life-domains-none = –
circumstances-title = Circumstances: what should change in the environment
circumstances-hint = Separate from the client's goals, for example “No evening childcare in the neighbourhood”.
circumstance-label = What should change?
circumstance-add = Add circumstance
circumstance-remove = Remove circumstance
circumstance-remove-question = Remove “{ $name }”?

## Review
review-title = Review
review-intro = Everything at a glance. “Change” takes you straight to the field.
review-case-details = Case details
review-nothing-yet = Nothing entered yet.
coverage-title = The five principles
coverage-covered = (covered)
coverage-gaps = (something is still missing)
principle-will = 1. Focus on the client's will
principle-own-initiative = 2. Own initiative and self-help
principle-resources = 3. Resources
principle-life-domains = 4. Life domains and circumstances
principle-cooperation = 5. Coordinated cooperation
cov-will-one = { $count } statement in their own words.
cov-will-other = { $count } statements in their own words.
cov-no-will = No statement in their own words yet.
cov-wishes-one = { $count } statement asks others to act; no own contribution yet.
cov-wishes-other = { $count } statements ask others to act; no own contribution yet.
cov-client-steps-one = { $count } step that the client takes themselves.
cov-client-steps-other = { $count } steps that the client takes themselves.
cov-no-goal = No goal yet.
cov-no-client-step = No step yet that you take yourself.
cov-resources = { $count } resources, covering { $kinds } of 4 kinds.
cov-no-resource = No resource yet.
cov-no-neighbourhood = No resource from the neighbourhood yet.
cov-domains-one = The goals touch { $count } life domain.
cov-domains-other = The goals touch { $count } life domains.
cov-goals-no-domain-one = { $count } goal without a life domain.
cov-goals-no-domain-other = { $count } goals without a life domain.
cov-circumstances-one = { $count } circumstance in the environment recorded.
cov-circumstances-other = { $count } circumstances in the environment recorded.
cov-no-circumstance = Nothing yet about what should change in the environment.
cov-contacts = { $count } people or services in the network, { $owners } of them with steps.
cov-no-contact = No one on the network map yet.
cov-no-consent-one = { $count } person with steps has not yet given consent to be contacted.
cov-no-consent-other = { $count } people with steps have not yet given consent to be contacted.

## Goal agreement
agreement-title = Goal agreement
agreement-details-title = Details for the agreement
agreement-client-view = The situation from the client's point of view
agreement-client-view-hint = In their own words.
agreement-caseworker-view = The situation from the caseworker's point of view
agreement-caseworker-view-hint = Different points of view stand side by side.
agreement-caseworker = Responsible caseworker and service
agreement-participants = Other participants (optional)
agreement-participants-hint = For example relatives or specialist services taking part in the meeting.
agreement-review = Review of the agreement on
agreement-print = Print or save as PDF
agreement-print-hint = In the print dialogue you can choose “Save as PDF”. The client receives a copy.
agreement-document-title = Goal agreement for { $alias }
agreement-client = Client
agreement-situation = The situation
agreement-signatures = Signatures
signature-client = Client's signature
signature-caseworker = Caseworker's signature
signature-hint = Sign in the box with your finger or a stylus. Without a signature here, the printout keeps a line for signing on paper.
signature-save = Use signature
signature-redo = Start again
signature-clear = Delete signature
signature-stored-alt = Saved signature
signature-image-alt = { $who }
signature-date-place = Place, date
doc-participants = Other participants
doc-review = Review on
doc-by-when = By when

## Language and display
language-label = Language
language-de = Deutsch
language-de-leicht = Leichte Sprache
language-en = English
display-label = Display
setting-large-text = Large text
setting-high-contrast = High contrast

## Read aloud
read-aloud = Read aloud
read-aloud-stop = Stop reading aloud
read-aloud-unavailable = There is no English reading voice on this device, so reading aloud is not possible.

## Client mode
client-mode-start = Hand the tablet to the client
client-mode-start-hint = Shows only the questions for the client, in Leichte Sprache (German easy-to-read language) and large text. Other cases, professional details and deleting are hidden.
client-mode-banner = Client mode
client-mode-exit = Back to the caseworker
client-mode-exit-hint = To finish, hold the button down until the bar is full.
client-mode-exit-title = End client mode?
client-mode-exit-body = After that, all details and cases are visible again. Everything entered has been saved.
client-mode-exit-confirm = Yes, end
client-mode-exit-cancel = No, stay in client mode

## Updates
update-available = New version available
update-body = Lotse has been updated. Everything you entered is saved and stays.
update-apply = Update now
