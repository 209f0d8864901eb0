# frontdesk's own words, in English: the source every other language follows.
# An id here is used by the code (`fl!` checks it when building); a translation has the same
# ids and uses only the arguments English is given.

## Actions: their titles in the command palette, and what help says they do.
## Their names in keymap files (set_status) stay English: they are the configuration's words.

action-help = Help: every key
action-help-about = show every key binding
action-quit = Quit
action-quit-about = quit frontdesk
action-refresh = Refresh the views and the ticket
action-refresh-about = reload the views and the open ticket
action-command-palette = Command palette…
action-command-palette-about = find any action by name
action-stats = Stats
action-stats-about = open the stats panel
action-suspend = Suspend to the shell
action-suspend-about = suspend to the shell (fg resumes)
action-messages = Messages and warnings
action-messages-about = show recent messages and warnings
action-outbox = Outbox…
action-outbox-about = show replies not yet delivered: send now, edit or discard
action-retry-save = Save again
action-retry-save-about = save the outbox and drafts again after a failed save
action-select-next = Move down
action-select-next-about = move down
action-select-prev = Move up
action-select-prev-about = move up
action-select-first = Go to the first row
action-select-first-about = go to the first row
action-select-last = Go to the last row
action-select-last-about = go to the last row
action-page-down = Page down
action-page-down-about = move down a page
action-page-up = Page up
action-page-up-about = move up a page
action-open-ticket = Open the ticket
action-open-ticket-about = open the selected ticket
action-filter = Filter the view…
action-filter-about = filter the view fuzzily
action-next-view = Next view
action-next-view-about = switch to the next view
action-prev-view = Previous view
action-prev-view-about = switch to the previous view
action-reply = Reply…
action-reply-about = write a public reply
action-note = Internal note…
action-note-about = write an internal note
action-reply-with-canned = Reply with a canned response…
action-reply-with-canned-about = reply with a canned response
action-assign-to-me = Assign to me
action-assign-to-me-about = assign the ticket to me
action-assign = Assign to…
action-assign-about = assign the ticket to an agent
action-set-status = Set status…
action-set-status-about = change the status
action-set-priority = Set priority…
action-set-priority-about = change the priority
action-edit-tags = Edit tags…
action-edit-tags-about = add or remove tags
action-back = Back
action-back-about = go back
action-scroll-down = Scroll down
action-scroll-down-about = scroll down
action-scroll-up = Scroll up
action-scroll-up-about = scroll up
action-next-ticket = Next ticket
action-next-ticket-about = open the next ticket in the view
action-prev-ticket = Previous ticket
action-prev-ticket-about = open the previous ticket in the view
action-focus-next = The requester's other tickets
action-focus-next-about = switch between conversation and other tickets
action-copy-link = Copy the ticket's link
action-copy-link-about = copy the ticket's link to the clipboard
action-pick-canned = Insert a canned response…
action-pick-canned-about = insert a canned response
action-expand-abbreviation = Expand the abbreviation
action-expand-abbreviation-about = expand the abbreviation before the cursor
action-open-editor = Edit in $EDITOR
action-open-editor-about = edit the draft in $VISUAL / $EDITOR
action-send = Send
action-send-about = send the reply or note
action-leave = Leave the composer
action-leave-about = leave the composer (the draft stays)
action-insert = Insert
action-insert-about = insert the selected response
action-complete = Complete the word
action-complete-about = complete the word being typed (again: the next candidate)
action-confirm = Accept
action-confirm-about = accept
action-cancel = Cancel
action-cancel-about = cancel
action-attachments = Attachments…
action-attachments-about = list the ticket's attachments: open or save them
action-open-attachment = Open the attachment
action-open-attachment-about = open the attachment: text and pictures here, others with the desktop
action-save-attachment = Save the attachment
action-save-attachment-about = save the attachment to the download folder
action-attach-file = Attach a file…
action-attach-file-about = attach a file to the reply (or remove one)
action-edit-recipients = CC and BCC…
action-edit-recipients-about = edit who gets a copy of the reply (CC, BCC)
action-next-message = Next message
action-next-message-about = go to the next message
action-prev-message = Previous message
action-prev-message-about = go to the previous message
action-first-message = First message
action-first-message-about = go to the first message
action-last-message = Latest message
action-last-message-about = go to the latest message
action-go-to-ticket = Go to ticket #…
action-go-to-ticket-about = open ticket #N by its number, in a view or not
action-search = Search the desk…
action-search-about = search the whole desk: words, an e-mail address, or the desk's own query
action-merge-ticket = Merge into…
action-merge-ticket-about = merge this ticket into another (a duplicate into the original)
action-new-ticket = New ticket…
action-new-ticket-about = open a new ticket for a customer (one who phoned, say)
action-set-queue = Queue of the new ticket…
action-set-queue-about = choose the queue or group of a new ticket
action-prev-field = Previous field
action-prev-field-about = back to the previous field of a form
action-toggle-audience = Public or internal
action-toggle-audience-about = switch the draft between public (the customer sees it) and internal
action-toggle-mark = Mark the ticket
action-toggle-mark-about = mark or unmark the ticket for a change to many at once (s, p, A, a, t apply to all)
action-mark-range = Mark a range
action-mark-range-about = start marking a range of tickets (move to stretch it; again to stop)
action-links = Linked tickets…
action-links-about = open a ticket this one is linked to (refers to, depends on, problem, parent…)
action-fields = Edit the ticket's custom fields…
action-fields-about = edit the ticket's custom fields (the empty ones too)
action-forward-message = Forward this message to someone…
action-forward-message-about = forward the message being read to someone else, quoted, with its files
action-translate-message = Translate this message
action-translate-message-about = translate the message being read into your language with translate_cmd
action-translate-draft = Translate the draft into the customer's language
action-translate-draft-about = translate the draft into the customer's language with translate_cmd, into the editor to review
action-show-changes = Show the ticket's history of changes
action-show-changes-about = show the ticket's changes between its messages (again: every change; again: none)
action-move-ticket = Move to another queue or group…
action-move-ticket-about = move the ticket to another queue, group, project or mailbox
action-log-time = Log time spent…
action-log-time-about = log the time spent with the reply or note (where the desk keeps time)
action-noop = Nothing
action-noop-about = unbind this key
action-view = View { $n }
action-view-about = switch to view { $n }

## The hint line: a key, then what it does, in a word or two.

hint-move = move
hint-open = open
hint-reply = reply
hint-note = note
hint-status = status
hint-filter = filter
hint-view = view
hint-commands = commands
hint-help = help
hint-back = back
hint-scroll = scroll
hint-canned = canned
hint-take = take
hint-files = files
hint-other-tickets = other tickets
hint-send = send
hint-attach = attach
hint-cc = cc
hint-expand = expand
hint-editor = editor
hint-time = time
hint-leave = leave
hint-save = save
hint-close = close
hint-insert = insert
hint-cancel = cancel
hint-keep-filter = keep filter
hint-clear = clear
hint-choose = choose
hint-complete = complete
hint-field = field
hint-open-ticket = open ticket
hint-next-field = next field
hint-back-a-field = back a field
hint-queue = queue
hint-priority = priority
hint-public-internal = public/internal
hint-keep-draft = keep as draft
hint-yes = yes
hint-no = no

## Where keys go, as help names each part.

context-global = everywhere (plain keys not while typing)
context-queue = the ticket list
context-detail = an open ticket
context-compose = writing a reply or note; other keys edit the text
context-picker = the canned-response picker; type to filter
context-filter = the queue filter line; type to filter
context-menu = status, priority and assignee menus
context-palette = the command palette; type to find
context-prompt = one-line questions such as tags
context-panel = this panel, stats, messages and the attachment viewer
context-files = a ticket's attachments (o in a ticket)
context-form = the custom-fields form (f in a ticket); typing edits the field
help-intro = Every binding of the active keymap. Change any of them in keymap.toml in your config directory; "noop" unbinds a key. : finds any action by name.

## The title bar.

title-updated = updated { $time }
title-cached = cached { $age } ago
title-loading = loading
title-offline = offline
title-signed-out = signed out
title-marked = { $n } marked

## The queue.

queue-subject = Subject
queue-requester = Requester
queue-status = Status
queue-language = Lang
queue-waiting = Waiting
queue-target = Target
queue-paused = paused
queue-filtering = filtering…
queue-shown-of-loaded = { $shown } of { $loaded }
queue-shown-of-loaded-search = { $shown } of { $loaded } loaded · { $key } searches the desk
queue-could-not-load = Could not load { $view }: { $error }.
queue-loading = Loading…
queue-no-match = No ticket in { $view } matches "{ $filter }".
queue-empty = Nothing in { $view }. Inbox zero!

## The open ticket.

detail-could-not-open = Could not open #{ $id }: { $error }.
detail-loading = Loading #{ $id }…
detail-select = Select a ticket to see it here.
detail-target = target { $when }
detail-clock-paused = { $clock } clock paused
detail-unassigned = unassigned
detail-local-time-in = { $time } in { $place }
detail-night = night there
detail-conversation = Conversation · { $n ->
    [one] { $n } message
   *[other] { $n } messages
}
detail-conversation-newest = Conversation · the newest { $n } messages; older ones only on the web page
detail-long-thread = { $n } replies: worth a second look
detail-more-below = ↓ { $n } more
detail-more-above = ↑ { $n } above
detail-cached = cached { $age } ago
detail-linked = Linked:
detail-key-opens = ({ $key } opens)
detail-the-requester = The requester
detail-other-tickets = { $who }'s other tickets ({ $n })
language-en = English
language-fi = Finnish
language-ru = Russian
language-de = German
language-et = Estonian
language-zh = Chinese
detail-writes = { $language }
detail-writes-detected = { $language }?
time-ago = { $age } ago
message-to-customer = { $author } → customer
message-note = note · { $author } · agents only
message-you-to-customer = You → customer
message-your-note = note · you · agents only
message-not-sent = not sent yet: in the outbox (O)

## Short times for columns, and waits in words.

time-seconds-short = { $n }s
time-minutes-short = { $n }m
time-hours-short = { $n }h
time-days-short = { $n }d
time-weeks-short = { $n }w
time-in = in { $duration }
time-over = { $duration } over
# In the queue's target column, which has eight cells: a sign may stand for the words.
time-in-column = in { $duration }
time-over-column = { $duration } over
time-wait-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
time-wait-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
time-wait-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
time-wait-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
time-of-day = { $hour }:{ $minute }
date-day-month = { $month } { $day }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Counting things.

n-tickets = { $n ->
    [one] { $n } ticket
   *[other] { $n } tickets
}

## The composer, panels, the palette and the picker.

compose-the-requester = the requester
compose-first-public = First message — the customer sees it
compose-first-internal = First message — internal note, agents only
compose-forward = Forward from #{ $on } to { $to }
compose-reply = Reply to { $requester } on #{ $on } — the customer sees this
compose-note = Internal note on #{ $on } — agents only
compose-note-no-one = Agents only: a note goes to no one outside
compose-files-from-message = { $n ->
    [one] { $n } file
   *[other] { $n } files
} from the message
compose-no-copies = this help desk takes no copies
compose-key-adds = { $key } adds
compose-also-on-ticket = also on the ticket
compose-copied-before = copied before
compose-no-bcc = not offered by this help desk
panel-keys = Keys
panel-stats = Stats
panel-messages = Messages
palette-title = Commands
picker-title = Canned responses · { $shown } of { $all }
picker-title-marked = A response's actions for { $n } marked tickets · { $shown } of { $all }
picker-loading = Loading the help desk's responses…
picker-no-match = No response matches.

## Translation.

translation-waiting = { $from } → { $to } by { $command }: translating…
translation-failed = { $command } could not translate: { $why }
translation-done = { $from } → { $to } by { $command }, a machine translation:
translation-timeout = it gave no answer in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} and was stopped
translation-empty = it printed nothing
translate-not-set = No translate command: set translate_cmd in config.toml (any command that reads text and prints its translation)
translate-ask = Send ticket text to "{ $command }" to translate it? It leaves frontdesk for that command
translate-allow = Yes, for this profile from now on
translate-refuse = No
translate-same = This message is already in your language ({ $language })
translate-no-target = The customer's language is not known, so there is nothing to translate into
translate-draft-waiting = Translating the draft, { $from } → { $to }; it opens in the editor for you to read before sending

## Menus, sending and the outbox.

priority-urgent = urgent
priority-high = high
priority-normal = normal
priority-low = low
menu-marked-tickets = { $n } marked tickets
menu-who-are-you = Still finding out who you are; try again in a moment
menu-assigned-to-you = #{ $id } assigned to you
menu-status-of = Status of { $name }
menu-no-priorities = This help desk has no priorities
menu-priority-of = Priority of { $name }
menu-you = { $name } (you)
menu-unassigned = Unassigned
menu-assign-to = Assign { $name } to
menu-no-tags = This help desk has no tags
menu-status-set = #{ $id } status → { $status }
menu-priority-set = #{ $id } priority → { $priority }
menu-assigned = #{ $id } assigned to { $name }
sent-found = Your { $what } had reached the help desk after all; it was not sent again
sent-forward = Forwarded to { $to } from #{ $id }
sent-note = Internal note added to #{ $id }
sent-reply = Reply sent on #{ $id }
sent-reply-to = Reply sent to { $to } on #{ $id }
draft-kept-new-ticket = New ticket kept as a draft; N opens it again
draft-kept-reply = Draft reply saved; r opens it again
draft-kept-note = Internal note saved as a draft; n opens it again
quit-outbox = Quit again to quit, any other key to stay: { $n ->
    [one] 1 reply is
   *[other] { $n } replies are
} still in the outbox (O) and go out when frontdesk next starts.
outbox-new-ticket = new ticket for { $who }
outbox-forward = forward to { $to } from #{ $id }
outbox-reply-to = reply to { $to } on #{ $id }
outbox-reply = reply on #{ $id }
outbox-note = internal note on #{ $id }

## First run.

first-run-welcome = Welcome to frontdesk.
first-run-none = No help desk is configured yet. To try it right away on a built-in demo desk:
first-run-connect = To connect to your help desk, create { $config } with a profile, for example:
first-run-then = then store your token with `frontdesk login` (or set token_cmd = "pass show rt" in the profile) and check the setup with `frontdesk doctor`. Without any config file:
first-run-readme = docs/desks/ in frontdesk's source has an example for every help desk.

## doctor.

doctor-built-in = built in
doctor-no-desk = no help desk is configured
doctor-no-desk-fix = add a [profiles.NAME] to config.toml (see docs/desks/), or set FRONTDESK_BACKEND and FRONTDESK_URL; `frontdesk --demo` works without any
doctor-config-missing = { $file } does not exist; defaults are used
doctor-config-profiles = { $file } ({ $n ->
    [one] { $n } profile
   *[other] { $n } profiles
})
doctor-config-problems = { $file } has problems:
doctor-credential-from = from { $source }
doctor-url-invalid = the url is not a valid URL
doctor-url-invalid-fix = write it like url = "https://rt.example.com"
doctor-url-allowed = { $risk } (allowed by insecure_http = true)
doctor-dns-unknown = { $host } cannot be found ({ $error })
doctor-dns-unknown-fix = check the host name in the url, and your network or VPN
doctor-dns-slow = looking up { $host } took over 5 s
doctor-dns-slow-fix = check your network and DNS settings
doctor-connect-ok = { $host }:{ $port } answers
doctor-connect-refused-fix = is the help desk running and listening on port { $port }? A firewall, proxy or VPN may be in the way
doctor-connect-slow = { $host }:{ $port } did not answer within 5 s
doctor-connect-slow-fix = a firewall may be dropping the connection, or a VPN is needed
doctor-auth-tls = TLS verified; you are { $name } ({ $id })
doctor-auth = you are { $name } ({ $id })
doctor-view-lists = view "{ $view }" lists { $n ->
    [one] { $n } ticket
   *[other] { $n } tickets
}
doctor-view-rejected = view "{ $view }" was rejected: { $why }
doctor-view-rejected-fix = fix the view's query in config.toml: { $query }
doctor-view-forbidden = view "{ $view }": not allowed ({ $why })
doctor-view-forbidden-fix = ask an admin for the right to see tickets in that queue
doctor-not-a-terminal = stdout is not a terminal (fine for this check; the interface needs one)
doctor-terminal-wide = { $w }x{ $h }, wide enough for queue and ticket side by side
doctor-terminal-small = { $w }x{ $h } is smaller than 80x24; some text will be cut
doctor-terminal-small-fix = enlarge the window
doctor-terminal-unknown = size unknown ({ $error })
doctor-no-color = NO_COLOR is set: the mono theme (bold, reverse, underline) is used
doctor-colours-24 = 24-bit colour
doctor-colours-256 = 256 colours
doctor-colours-16 = 16 colours (the default theme needs no more)
doctor-language-fix = set language = "fi" (or en, ru, de, et, zh) in config.toml

## Errors, in the agent's words.

error-try-again = { $what }; ctrl-r tries again
error-conflict = the ticket was changed by someone else since you opened it
error-auth = the help desk refused the credential ({ $why }); `frontdesk doctor` checks it, `frontdesk login` replaces it
error-network = cannot reach the help desk: { $why }
error-interrupted = the connection broke before the help desk answered ({ $why })
error-timeout = the help desk did not answer in time
error-rate-limited-for = the help desk is rate limiting; try again in { $wait }
error-rate-limited = the help desk is rate limiting; try again shortly
error-forbidden = not allowed: { $why }
error-not-found = not found: { $what }
error-invalid = the help desk refused it: { $why }
error-server = the help desk failed ({ $status }): { $message }
error-too-large = the help desk sent an answer too large to read (over { $limit } MB)
outbox-held = Not sent: { $what }. { $why }. It is kept in the outbox (O) and sent when you retry or next start frontdesk.
outbox-waits = Not sent yet: { $what }: { $why }. It waits in the outbox (O) and is tried again in { $wait }.
outbox-change-waits = Not made yet: { $what }: { $why }. It waits in the outbox (O) and is tried again in { $wait }.
outbox-not-changed = Not changed: { $why } ({ $what })
outbox-not-opened = Not opened: { $why }. The new ticket is back as a draft; N opens it.
outbox-conflict = Not sent: the ticket changed since you started. What changed is shown above your text; ctrl-s sends it anyway.
outbox-handed-back = Not sent: { $why }. Your text is back in the composer.

## login and logout.

login-where-rt = In Request Tracker: your name (top right) → Settings → Auth Tokens → Create.
login-where-zendesk = In Zendesk: Admin Center → Apps and integrations → Zendesk API → Add API token.
login-where-freshdesk = In Freshdesk: your profile picture → Profile settings → Your API Key.
login-where-zammad = In Zammad: Profile → Token Access → Create (with ticket.agent).
login-where-jira = In Atlassian: id.atlassian.com → Security → Create and manage API tokens; user is your e-mail.
login-where-helpscout = In Help Scout: Your Profile → My Apps → Create My App; user is its App ID, the secret is its App Secret.
login-where-redmine = In Redmine: My account → API access key → Show (an administrator enables the REST web service first).
login-demo = The demo desk needs no login.
login-env-note = Note: FRONTDESK_TOKEN is set, and it is used before anything in the keyring.
login-profile = Logging in profile "{ $name }" ({ $account }).
login-prompt = Token for { $account } (typing is not shown):
login-read-failed = could not read the token from the terminal: { $error }
login-empty = no token entered; nothing was stored
login-accepted = The help desk accepts it: you are { $name } ({ $id }).
login-refused = the help desk refused that token ({ $why }); nothing was stored
login-unchecked = Could not check the token ({ $why }); storing it anyway.
login-stored = Stored in the OS keyring. `frontdesk doctor` checks the whole setup.
login-no-keyring = the token works, but there is no OS keyring to keep it in ({ $why }); nothing was stored.
login-keep-instead = Keep it one of these ways instead:
login-keep-pass = in a password manager: store it (for example `pass insert frontdesk/{ $name }`), then add to [profiles.{ $name }] in config.toml:
login-keep-env = for this shell only: export { $var }=… before starting frontdesk
logout-removed = Removed the token for { $account } from the OS keyring.
logout-none = There was no token for { $account } in the OS keyring.
logout-unreachable = could not reach the OS keyring: { $why }
outbox-empty = The outbox is empty: everything has been delivered
outbox-send-all = Send everything now
outbox-sending = sending…
outbox-checking = checking whether it arrived…
outbox-next-try = next try { $time }
outbox-held-state = held until you retry
outbox-idle = waiting
outbox-title = Outbox — { $n } not delivered
outbox-go-on = Go on now
outbox-cancel-rest = Cancel the rest (the tickets not reached stay as they are)
outbox-make-now = Make the change now
outbox-discard-change = Discard (the ticket stays as it is)
outbox-send-now = Send now
outbox-edit = Back to the composer to edit
outbox-discard = Discard (cannot be undone)
outbox-draft-again = Your reply on #{ $id } is a draft again; open the ticket and press r
outbox-discarded = Discarded your { $what }
outbox-being-sent = That reply is being sent right now; wait for the result
away-signed-out-shown = Signed out: { $why }. What is shown is from { $time }
away-signed-out = Signed out: { $why }. Nothing could be loaded
away-shown = The help desk did not answer ({ $why }); what is shown is from { $time }. ctrl-r tries again
away-nothing = The help desk did not answer ({ $why }); nothing could be loaded. ctrl-r tries again
back-signed-in = Signed in again; the views are up to date
back-answers = The help desk answers again; the views are up to date
picker-open-first = Open a reply or note first (r or n)
picker-still-loading = still loading
picker-unavailable = Canned responses are not available: { $why }
picker-nothing-inserted = No response matches; nothing inserted
picker-rendering = The help desk is rendering “{ $title }” for #{ $id }…
picker-rendered-here = The help desk could not render “{ $title }” ({ $why }); frontdesk rendered it instead
picker-ticket-loading = The ticket is still loading; try again in a moment
picker-no-agent = No agent "{ $who }" to assign to; that action was left out
detail-closed-selected = Closed #{ $id }, which no view shows; the selection is on #{ $on }
detail-closed = Closed #{ $id }, which no view shows
detail-no-other-tickets = The requester has no other tickets
detail-not-in-view = This ticket is not in the view on screen
detail-last-of-view = Last ticket of the view
detail-first-of-view = First ticket of the view
detail-copied = Copied { $url }
detail-no-link = Ticket { $id } has no link to copy yet
detail-linked-to = Tickets linked to #{ $id }
time-prompt = Time spent on #{ $id } (15m, 1h30, 1.5h; empty: none)
time-prompt-alone = Time spent on #{ $id }, logged now without a message (15m, 1h30, 1.5h)
time-only-log = Only log { $spent }
time-logged = { $spent } logged on #{ $id }
time-log-and-set = Log { $spent } and set it { $status }
time-logged-status = { $spent } logged on #{ $id }, status → { $status }
time-and-status = Log { $spent } on #{ $id }: and its status?
time-with-reply = { $spent } will be logged with this reply
time-with-note = { $spent } will be logged with this note
time-none = No time will be logged with it
time-not-a-time = "{ $typed }" is not a time: write it like 15m, 1h30 or 1.5h
move-queues-unread = The queues could not be read: { $why }
move-reading-queues = Reading the help desk's queues…
move-no-other-queue = The help desk offers no other queue to move to
move-from-to = Move { $whose } from { $from } to
move-to = Move { $whose } to
files-too-large = { $name } is { $size }; the help desk takes files up to { $limit } each
files-too-much = the files add up to { $sum }; the help desk takes up to { $limit } per message
attach-another = Attach another file…
attach-remove = Remove { $name } ({ $size })
attach-files-title = Files of this reply
attach-path-title = Attach a file (a path; tab completes)
attach-removed = { $name } is no longer attached
attach-refused = Not attached: { $why }
attach-done = Attached { $name } ({ $size })
recipients-note-has-none = A note is for agents only: it has no recipients (r writes a reply)
recipients-no-copies = This help desk takes no copies with a reply
recipients-bcc-title = BCC: hidden copies of this reply
recipients-cc-stays-title = CC: copies of this reply (they stay on the ticket)
recipients-cc-title = CC: copies of this reply
recipients-not-address = Not an e-mail address: { $wrong }. Fix it, or esc to keep the copies as they were
audience-words = { $audience ->
        [public] a public reply: the customer sees it
        [internal] an internal note: agents only
       *[any] either a reply or a note
    }
audience-short = { $audience ->
        [public] a public reply (the customer sees it)
       *[internal] an internal note (agents only)
    }
audience-public-to = a public reply to { $name }: the customer sees it
audience-switched = “{ $title }” is written as { $audience }; the draft is now one
audience-differs = “{ $title }” is written as { $audience }, and this draft is { $now }
audience-insert-make = Insert it and make the draft { $short }
audience-insert-keep = Insert it and keep the draft { $short }
audience-do-not-insert = Do not insert it
audience-this-draft-is = This draft is { $now }
audience-keep-it = Keep it { $short }
audience-make-it = Make it { $then }
audience-now = The draft is now { $audience }
bulk-range = Marking a range: move to stretch it, v again to stop
bulk-marks-cleared = Marks cleared
bulk-marked = { $count ->
        [0] No tickets marked
        [one] 1 ticket marked: s, p, A, a and t change it
       *[other] { $count } tickets marked: s, p, A, a and t change them all (esc clears)
    }
bulk-confirm-title = Change { $count } marked tickets: { $what }?
bulk-confirm-yes = Yes, change these { $count } tickets (y)
bulk-confirm-no = No, leave them as they are (n)
bulk-canned-no-fields = “{ $title }” changes no fields; its text goes in replies, one ticket at a time
bulk-ticket-gone = the ticket is gone from the help desk
bulk-not-changed = #{ $id } not changed: { $why }
bulk-report = { $what }: { $done } of { $all } tickets changed
bulk-report-failed = ; { $failed } failed and stay marked (:messages says why)
bulk-report-untouched = ; { $untouched } left as they were (cancelled)
bulk-cancelling = Cancelling: the tickets on their way finish first
changes-hidden = Changes hidden
changes-folded = Changes shown between the messages; long runs folded
changes-all = Every change shown
changes-unread = The ticket's changes could not be read: { $why }
compose-still-rendering = The help desk is still rendering the canned response; send once it is in
compose-empty = Nothing to send yet: the draft is empty.
compose-files-refused = Not sent: { $why }. Remove a file ({ $key } lists them), then send again.
compose-placeholders-left = Not sent: { $names } { $count ->
        [one] has
       *[other] have
    } no value for this ticket. Replace the highlighted text, then send again.
compose-changed-armed = The ticket changed (shown above); ctrl-s again sends anyway
compose-changed-since = The ticket changed since you started: { $what }. Read it; ctrl-s again sends anyway.
compose-editor-failed = The editor failed: { $why }. The draft is unchanged.
detail-no-links = #{ $id } is linked to no other ticket
draft-back = Your { $public ->
        [yes] draft reply
       *[no] draft internal note
    } from { $when } is back; { $key } opens it
draft-ticket-changed = #{ $id } changed since you started your draft: { $first }{ $more ->
        [0] {""}
       *[other] {" "}(+{ $more } more)
    }
fields-unread = The ticket could not be read ({ $why }); its fields come with it
fields-none = This ticket has no custom fields
fields-desk-none = This help desk lists no custom fields to set here
fields-marked-title = Set fields on { $count } marked tickets
fields-needed-elsewhere = #{ $id } needs { $names } filled first: open it and press f
fields-needed-for = #{ $id } needs these filled to be { $status }
fields-required-to-solve = is required to solve
fields-read-only = { $name } cannot be changed from here
fields-takes-number = { $name } takes a number
fields-editor-failed = The editor failed: { $why }
fields-unchanged = No field was changed
files-fetch-after-load = { $name } can be fetched once the ticket has loaded from the help desk (this is the copy kept on disk)
files-over-max = { $name } is { $size }, over max_download ({ $max })
files-larger-than-max = { $name } is larger than max_download ({ $max })
files-already-downloading = { $name } is already downloading
files-download-anyway = Download it anyway
files-cancel = Cancel
files-saved-not-shown = { $name } { $opener ->
        [yes] is not a document frontdesk hands to the desktop
       *[no] cannot be shown here and there is no desktop to open it
    }: saved as { $path }
files-saved = Saved { $name } as { $path }
files-opened = Opened { $name } (saved as { $path })
files-download-failed = Could not download { $name }: { $why }
files-ready = { $name } is ready; o and enter show it
files-none = #{ $id } has no attachments
forward-busy = #{ $id } has a draft; send or leave it first (one message per ticket is written at a time)
forward-title = Forward { $author }'s message of { $when } to
forward-not-address = "{ $typed }" is not an e-mail address
menu-nothing-matches = Nothing matches what you typed; backspace widens it
bulk-what-status = status → { $status }
bulk-what-priority = priority → { $priority }
bulk-what-assign = assign to { $who }
bulk-what-assign-me = assign to you
menu-hiding-title = Set #{ $id } to { $status }? It leaves every view and may not come back
menu-hiding-yes = Yes, set it to { $status }
menu-hiding-no = No, leave it as it is
menu-change-failed = Could not change #{ $id }: { $why }
merge-unsupported = This help desk cannot merge tickets
merge-by-number = Another ticket, by its number…
merge-into-title = Merge #{ $id } into
merge-into-number = Merge #{ $id } into ticket #
merge-itself = A ticket cannot be merged into itself
merge-confirm-title = Merge #{ $source }{ $source_subject } into #{ $target }{ $target_subject }?
merge-confirm-yes = Yes, merge: #{ $id } { $effect ->
        [closed-with-note] is closed with a note pointing to the target
        [closed-comments-copied] is closed with a note pointing to the target, which gets its comments as a note
        [closed-conversations-added] is closed and its conversations are added to the target
        [shown-with-target] has its messages shown with the target's and leaves every view
       *[set-merged] is set to merged and its articles move to the target
    }
merge-confirm-no = No, keep both
merge-merging = Merging #{ $source } into #{ $target }…
merge-merged = Merged #{ $source } into #{ $target }
merge-failed = Could not merge #{ $source } into #{ $target }: { $why }
action-not-here = { $action } is not available here
new-unsupported = This help desk does not open tickets from frontdesk; use its web page
new-priority-title = Priority of the new ticket
new-queue-title = Queue of the new ticket
new-queue-default = The desk's default
new-needs-address = Who is it for? Type the customer's e-mail address (or pick a known person).
new-bad-address = { $address } is not an e-mail address; type the customer's address, such as ann@example.com.
new-needs-subject = The ticket needs a subject (tab to it).
new-opened-found = #{ $id } for { $who } had been opened after all; it was not opened again
new-opened = Opened #{ $id } for { $who }
outbox-sending-your = Sending your { $what }…
outbox-empty-now = The outbox is empty
outbox-all-sending = Everything in the outbox is being sent right now
outbox-reached-after-all = { $what } (it had reached the help desk after all)
picker-unresolved = { $names } has no value for this ticket: edit the highlighted text before sending
prompt-go-to = Go to ticket #
prompt-not-number = "{ $typed }" is not a ticket number
prompt-not-number-example = "{ $typed }" is not a ticket number; type one, e.g. 4208
question-nothing-changed = Nothing was changed
queue-no-view = There is no view { $n }
queue-fields-hint = Open the ticket to edit its fields; with tickets marked, f sets fields on all of them
canned-load-failed = Could not load the help desk's canned responses: { $why }
canned-unavailable = Canned responses are not available: { $why }
saves-what = { $kind ->
        [outbox] outbox
        [drafts] drafts
        [cache] cache of the views
        [tally] tally of what was sent today
       *[usage] usage counts of canned responses
    }
saves-failed-kept = Could not save the { $what }: { $why }. It is kept in memory; :retry_save tries again
saves-failed = Could not save the { $what }: { $why }
saves-saved-again = Saved the { $what } again
saves-unsaved = { $replies ->
        [0] {""}
        [one] 1 reply
       *[other] { $replies } replies
    }{ $replies ->
        [0] {""}
       *[other] { $drafts ->
            [0] {""}
           *[other] {" "}and{" "}
        }
    }{ $drafts ->
        [0] {""}
        [one] 1 draft
       *[other] { $drafts } drafts
    }
saves-quit-title = { $what } could not be saved: quitting now loses them
saves-try-again = Try saving again
saves-quit-copy = Quit and keep a copy in the temporary folder
saves-quit-print = Quit and print them in the terminal
saves-quit-lose = Quit and lose them
saves-stay = Stay
saves-copying = Copying the unsaved replies and drafts…
saves-copy-where = frontdesk could not save some replies or drafts in its data folder; a copy of them is in { $path }
saves-copy-failed = Could not keep a copy either: { $why }
saves-saving-again = Saving the outbox and drafts again…
search-title = Search the desk
search-searching-note = Searching the desk ({ $note }); esc closes the tab
search-searching = Searching the desk, every status included; esc closes the tab
session-who-failed = Could not find out who you are: { $why }
session-agents-failed = Could not list agents: { $why }
tags-title = Tags of #{ $id }
tags-unchanged = Tags unchanged
takeover-answers-again = The help desk answers again; sending { $count ->
        [one] 1 waiting entry
       *[other] { $count } waiting entries
    } now
takeover-took-over = Took over { $count ->
        [one] 1 entry left by a frontdesk that quit; sending it now
       *[other] { $count } entries left by a frontdesk that quit; sending them now
    }
watch-news = { $urgent ->
        [yes] urgent ·{" "}
       *[no] {""}
    }{ $kind ->
        [ticket] New ticket
       *[reply] New reply on
    } #{ $id }: { $subject }{ $more ->
        [0] {""}
       *[other] {" "}(and { $more } more, marked •)
    }
saves-printout-head = frontdesk could not save these; here they are in full.
saves-printout-undelivered = { $what } (not delivered)
saves-printout-draft = { $public ->
        [yes] draft reply
       *[no] draft internal note
    } on #{ $id }
prompt-reading-folder = reading the folder…
prompt-files-here = lists the files here; ~ is your home folder, a pasted path works too
prompt-no-addresses = no addresses seen on this ticket yet
prompt-no-other-address = no other address seen fits
prompt-counting-tags = counting the tags on loaded tickets…
prompt-no-tags = no tags seen on loaded tickets yet
prompt-no-other-tag = no other seen tag fits
prompt-go-to-about = a ticket's number opens it, whether or not a view holds it
prompt-merge-about = the number of the ticket this one goes into
prompt-time-about = logged with the reply or note when it is sent
prompt-time-alone-about = logged on the ticket now, without a message
prompt-forward-about = someone outside the ticket; the composer opens on the quoted message
prompt-search-about = words, an e-mail address, or the desk's own query · up/down: recent searches
prompt-enter = {" "}enter:{" "}
prompt-enter-merge = {" "}enter: merge #{ $id } into{" "}
prompt-asks-first = {" "}(asks first)
prompt-enter-choose = {" "}enter: choose that ticket (asks first)
prompt-enter-log = {" "}enter: log{" "}
prompt-enter-no-time = {" "}enter: log no time
prompt-enter-forward = {" "}enter: write above the quoted message, then ctrl-s
prompt-enter-open = {" "}enter: open{" "}
prompt-enter-open-number = {" "}enter: open the ticket of that number
prompt-enter-attach-named = {" "}enter: attach the file named above
prompt-enter-attach = {" "}enter: attach{" "}
prompt-enter-no-copies = {" "}enter: no copies
prompt-enter-no-change = {" "}enter: no change
files-note-by = note by { $who }
files-list-keys = {" "}enter opens · s saves to { $folder } · esc closes
files-list-title = {" "}Attachments of #{ $id } ({ $count }){" "}
files-viewer-title = {" "}{ $file } · s saves · esc closes{" "}
files-only-start = {" "}… only the start of this file is shown; s saves all of it
files-picture-failed = {" "}This picture cannot be drawn here ({ $why }); s saves it.
new-title = { $public ->
        [yes] {" "}New ticket — the customer is e-mailed{" "}
       *[no] {" "}New ticket — it starts with an internal note{" "}
    }
new-toggle = { $public ->
        [yes] {" "}{ $key } makes it internal
       *[no] {" "}{ $key } makes it public
    }
new-label-for = For
new-label-subject = Subject
new-label-queue = Queue
new-label-priority = Priority
new-type-someone = type a name or an address; a new address is fine
new-no-one-known = no one known matches: a new customer is created
new-tab-takes-it = {"  "}tab takes it
form-nothing-matches = nothing matches
form-more = ↓ { $count } more
form-enter-does = { $what ->
        [adds] adds or takes away
        [chooses] chooses
        [opens-list] opens the list
        [toggles] toggles
        [editor] opens the editor
       *[next] next field
    }
form-keys = {" "}{ $enter } { $enter_does } · { $save } saves · { $cancel } { $list ->
        [yes] closes the list
       *[no] cancels
    }
compose-changed-head = Changed since you started writing:
compose-signature-note = {"  "}(your signature, added when sent)
compose-on-send = {" "}on send: { $summary }{" "}
compose-files-key = {"  "}({ $key } adds or removes)
menu-nothing-matches-short = {" "}nothing matches; backspace widens it
picker-on-send = On send: { $summary }
picker-placeholders-block = Highlighted placeholders have no value here and block sending until edited.
describe-status = status → { $status }
describe-priority = priority → { $priority }
describe-assign = assign → { $who }
describe-nobody = nobody
describe-move = move → { $queue }
describe-worked = { $spent } worked
draft-placeholder-reply = Write your reply. ctrl-t inserts a canned response; ctrl-s sends.
draft-placeholder-note = Write a note for other agents. ctrl-t inserts a canned response; ctrl-s adds it.
draft-placeholder-new = The first message. ctrl-t inserts a canned response; ctrl-s opens the ticket.
form-needed = { $name } is needed
form-fields-of = Fields of #{ $id }
form-needs-these = #{ $id } needs these filled
queue-no-views = No views are configured.
start-config-problems = { $count } problems in your config files (:messages lists them); using defaults there
start-others-running = frontdesk is also running on this profile elsewhere ({ $count ->
        [one] 1 other
       *[other] { $count } others
    }): each one delivers the replies sent from it; a draft open in both is saved by whichever saves last
start-drafts-kept = { $count ->
        [one] 1 draft
       *[other] { $count } drafts
    } from your last session kept (✎ in the queue); opening the ticket brings it back
start-outbox-waiting = { $count ->
        [one] 1 reply
       *[other] { $count } replies
    } from your last session not yet delivered; sending now (O shows the outbox)
seen-new-message = { $kind ->
        [customer] New message from
        [public] New reply by
       *[internal] New internal note by
    } { $author }: “{ $first }”
seen-status = Status: { $was } → { $now }
seen-priority = Priority: { $was } → { $now }
seen-assigned = Assigned: { $was } → { $now }
seen-someone-else = Changed by someone else (details not shown by the help desk)
timeline-folded = { $count } changes · { $who } · until { $when } · H again shows them all
outbox-bulk = { $what } on { $all } tickets ({ $done } done)
form-read-only = read-only
list-more-above = ↑ { $count } more (pgup)
list-more-below = ↓ { $count } more (pgdn)
picker-local = local
credential-missing = no credential for profile "{ $profile }" ({ $account }). Give one in any of these ways:
      {"  "}- set FRONTDESK_TOKEN in the environment
      {"  "}- add token_cmd = "pass show helpdesk" (any command printing the token) to the profile in config.toml
      {"  "}- run `frontdesk login` to store it in the OS keyring (the keyring: { $keyring })
keyring-none-stored = there is none stored for it
keyring-no-answer = it did not answer within { $seconds } s (no Secret Service running? common over SSH)
keyring-failed = it failed ({ $why })
keyring-none-here = there is none on this machine (no Secret Service; common over SSH)
keyring-unavailable = it is not available ({ $why })
credential-from-keyring = the OS keyring
token-cmd-no-start = token_cmd could not start: { $why }
token-cmd-failed-with = token_cmd ({ $cmd }) failed with { $status }: { $why }
token-cmd-no-message = no message
token-cmd-printed-nothing = token_cmd ({ $cmd }) printed nothing
token-cmd-failed = token_cmd failed: { $why }
token-cmd-waiting = Waiting for token_cmd ({ $cmd }) to print the token; it may be asking for a passphrase. ctrl-c stops it.
token-cmd-stopped = token_cmd ({ $cmd }) was stopped with ctrl-c
token-cmd-timed-out = token_cmd ({ $cmd }) did not finish within { $seconds } s
language-from-config = from language in config.toml
language-from-env = from { $name }={ $value }
language-default = the default
language-chosen = { $language }, { $from }
language-not-translated = { $language }, { $from }: "{ $asked }" is not translated yet (en, fi, ru, de, et, zh are)
doctor-fix-rt-auth = the token is wrong, expired or revoked (RT: Settings → Auth Tokens);
    `frontdesk login` checks and stores a new one
doctor-fix-zendesk-auth = Zendesk takes an API token with user = the agent's e-mail (Admin Center → Apps and
    integrations → Zendesk API), or an OAuth token with auth = "oauth"; `frontdesk login` stores a new one
doctor-fix-zendesk-forbidden = the token works but this user may not use the API: Zendesk's API needs an agent or admin,
    and token access switched on in Admin Center
doctor-fix-freshdesk-auth = Freshdesk takes the agent's API key (profile picture → Profile settings → Your API Key),
    not the password; the url must be https://YOURDOMAIN.freshdesk.com; `frontdesk login` stores a new one
doctor-fix-zammad-auth = Zammad takes a personal access token (Profile → Token Access) with the ticket.agent
    permission, or an OAuth token with auth = "oauth"; `frontdesk login` stores a new one
doctor-fix-zammad-forbidden = the token lacks a permission: create one with ticket.agent under Profile → Token Access
doctor-fix-jira-auth = Jira takes user = your Atlassian e-mail and an API token (id.atlassian.com → Security →
    API tokens), not your password; `frontdesk login` stores a new one
doctor-fix-jira-forbidden = the token works but Jira refused: agents need a Jira Service Management licence and a
    role in the service desk project
doctor-fix-helpscout-auth = Help Scout takes an OAuth app: user = its App ID, the token = its App Secret (Your Profile →
    My Apps); the app's user must be active; `frontdesk login` stores a new secret
doctor-fix-redmine-auth = Redmine takes your API access key (My account → API access key → Show); the REST web
    service must be on (Administration → Settings → API); `frontdesk login` stores a new key
doctor-fix-redmine-forbidden = the key works but Redmine refused: an administrator enables the REST web service
    (Administration → Settings → API), and your role needs View issues in the project
doctor-fix-auth = the credential is wrong or expired; `frontdesk login` checks and stores a new one
doctor-fix-tls = the server's TLS certificate is not trusted: check http:// versus https:// in the url,
    or install the certificate authority your organisation uses
doctor-fix-forbidden = the account may not use the API; ask your help desk admin
doctor-fix-not-found = the url may point at the wrong place: give the help desk's base address
doctor-fix-url = check the url; `frontdesk doctor` again after fixing
doctor-priority-field = Help Scout has none; frontdesk keeps it in the custom field "{ $field }" (priority_field)
doctor-priority-tags = Help Scout has none; frontdesk keeps it in the tags urgent, high and low (priority_field names a custom field instead)
doctor-open-untried = no view holds a ticket, so opening one was not tried
doctor-open-ok = #{ $id } opens as the interface opens it ({ $count ->
        [one] 1 message
       *[other] { $count } messages
    }, { $ms } ms)
doctor-open-failed = #{ $id } is listed but does not open: { $why }
doctor-open-failed-fix = the views work but tickets will not; frontdesk.log in the data folder (`frontdesk --paths`) says what the desk answered
doctor-cost-failed = a request as frontdesk sends it failed: { $why }
doctor-cost-session = a read with the credential takes { $credential } ms on this server (it is hashed every time); the session frontdesk takes brings it to { $session } ms
doctor-cost-no-session = each request takes { $credential } ms; the server gives no session, so every request carries the credential
doctor-trial = { $what ->
        [search] a search
       *[change] a change
    } { $ms } ms
doctor-writes-session = searches and changes go on the session ({ $timings })
doctor-writes-fix = to keep them on the session: make the profile's url the address the desk calls itself
    (RT: $WebDomain and $WebPort), or add "{ $host }" to RT's @ReferrerWhitelist
doctor-writes-cross-site = the desk refuses its session from { $host } as a cross-site request, so searches and changes carry the credential: slower, nothing lost ({ $timings })
cache-sessions-dropped = Dropped { $count ->
        [one] 1 help desk session
       *[other] { $count } help desk sessions
    } kept in the OS keyring.
cache-remove-failed = frontdesk: could not remove { $path }: { $why }
cache-draft-files-removed = Removed { $count ->
        [one] 1 customer file
       *[other] { $count } customer files
    } left behind by replies already sent.
cache-summary = { $path }: { $count ->
        [one] 1 file
       *[other] { $count } files
    }, { $size } (cache_max { $max }). `frontdesk cache clear` empties it.
cache-cleared = Removed { $count ->
        [one] 1 cached file
       *[other] { $count } cached files
    } ({ $size }) from { $path }. Drafts and the outbox are kept.
cache-clear-failed = frontdesk: could not empty { $path }: { $why }. Remove the folder by hand; frontdesk builds it again.
connect-plain-http = { $host } is plain http:// to another machine: the token would cross the network unencrypted
connect-plain-http-fix = use https://, or if the network between you is trusted, add insecure_http = true to [profiles.{ $profile }] in config.toml
connect-plain-http-allowed = { $risk } (insecure_http = true allows it)
start-needs-terminal = frontdesk is a full-screen program and needs a terminal on stdin and stdout
start-cannot-read = cannot read: { $why }; using defaults
start-outbox-unopened = cannot open the outbox { $path }: { $why }; replies cannot be kept until it can
start-draft-unreadable = the draft { $path } cannot be read ({ $why }); it is left there untouched
start-signature-unreadable = the signature file cannot be read ({ $why }); replies go unsigned
search-note-text = subjects searched, and message text where Request Tracker has full-text search on
search-empty = Type words, an e-mail address or a query to search for
search-no-words = Freshdesk's API cannot search for words: type an e-mail address, or a Freshdesk query such as { $example }
search-no-language = This help desk's search cannot see a customer's language; / lang:fi narrows the tickets a view has loaded
config-unknown-backend = unknown backend "{ $name }" (use one of: { $known })
config-languages = languages must be language codes frontdesk can tell apart, e.g. ["fi", "en"] (not { $unknown }); using the six
config-translate-cmd = translate_cmd must be a command line, e.g. "trans -b"
config-language-untranslated = language "{ $language }" is not translated yet; use en, fi, ru, de, et or zh (English meanwhile)
config-cache-max = cache_max must be a size in megabytes, e.g. 200 or "1GB"; using 200 MB
config-download-dir = download_dir must be a folder, e.g. "~/Downloads/support"
config-max-download = max_download must be a size in megabytes, e.g. 100 or "250MB" or "2GB"; using 100 MB
config-images = images must be "auto", "halfblocks", "kitty", "sixel" or "iterm2"
config-images-unknown = images = "{ $value }" is not known; use auto, halfblocks, kitty, sixel or iterm2
config-bell = bell must be true or false
config-profile-unusable = [profiles.{ $name }] { $why }; this profile cannot be used
config-must-be-string = { $key } must be a string
config-long-thread = long_thread must be a whole number of replies, e.g. 6
config-profiles-tables = profiles must be tables: [profiles.NAME]
config-unknown-setting = unknown setting "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(did you mean { $suggestion }?)
    }; ignored
config-profile-unknown-setting = unknown setting "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(did you mean { $suggestion }?)
    }
config-must-be-table = must be a table
config-needs-backend = needs backend = "rt" (or zendesk, freshdesk, zammad, redmine, helpscout, jira, demo)
config-insecure-http = insecure_http must be true or false
config-time-zones = time_zones must be a table: { "{" } fi = "Europe/Helsinki", "Acme Oy" = "Europe/Helsinki" { "}" }
config-not-a-zone = time_zones.{ $who }: "{ $zone }" is not a time zone (write it as Europe/Helsinki)
config-agents = agents must be a list of names
config-views = views must be [[profiles.NAME.views]] tables
config-view-table = each view is a table with name and query
config-view-needs = each view needs { $key }
config-view-quick = a view's quick must be true or false
config-view-unknown = unknown view setting "{ $key }" (use name, query, quick)
config-quick-tags = quick_tags must be a list of tags
config-quick-replies = quick_replies must be a whole number of replies, e.g. 1
config-priorities = priorities must be a table of low, normal, high, urgent
config-priority-number = priorities.{ $level } must be a number
config-priority-unknown = unknown priority level "{ $level }" (use low, normal, high, urgent)
config-priorities-rise = priorities must rise: low < normal < high < urgent
config-poll-interval-or-off = { $why }, or "off"; polling every 60s
config-poll-interval-short = poll_interval must be at least "5s"; polling every 60s
config-poll-budget = poll_budget must be a share of the desk's rate limit such as "5%"; using 5%
config-syntax-ignored = { $why }; the file was ignored
config-at = line { $line }, column { $column }:{" "}
canned-file-skipped = { $why }; file skipped
canned-unclosed = the front matter opened with +++ is never closed with a +++ line; file skipped
canned-no-text = the response has no text; file skipped
canned-cannot-read = cannot read: { $why }
canned-cannot-read-skipped = cannot read: { $why }; file skipped
keymap-unknown-section = unknown section [{ $section }]; ignored
keymap-section-table = [{ $section }] must be a table
keymap-bad-key = [{ $section }] unknown key "{ $key }" (write keys like j, G, ctrl-d, shift-tab, pagedown, f1); ignored
keymap-bad-action = [{ $section }] { $key }: unknown action "{ $action }" (see `frontdesk --list-actions`); the key keeps its old binding
keymap-action-string = [{ $section }] { $key }: the action must be a string
theme-palette-bad = [palette] { $name }: { $why }; ignored
theme-palette-string = [palette] { $name }: a colour is a string; ignored
theme-palette-table = [palette] must be a table
theme-style-bad = { $name }: { $why }; ignored
theme-styles-table = [styles] must be a table
theme-modifiers-strings = modifiers are strings
theme-unexpected-field = unexpected field "{ $field }" (use fg, bg, modifiers)
theme-style-shape = a style is a colour or a table { "{" } fg, bg, modifiers { "}" }
theme-bad-hex = "{ $hex }" is not a #rrggbb colour
theme-unknown-colour = unknown colour "{ $colour }"
theme-unknown-modifier = unknown modifier "{ $modifier }"
preset-no-shipped = there is no shipped { $kind } "{ $name }"; using "default"
preset-cannot-inherit = cannot inherit "{ $parent }"
profile-first-run = no help desk is configured yet
profile-none-yet = there is no profile "{ $name }": config.toml has no profiles yet
profile-unknown = there is no profile "{ $name }" in config.toml (it has: { $known })
profile-broken = profile "{ $name }" in config.toml cannot be used: { $why }
profile-ambiguous = config.toml has several profiles ({ $known }); choose one with --profile NAME or set default_profile = "{ $first }"
profile-incomplete = profile "{ $name }" needs { $missing }: add { $example } to it in config.toml, or set FRONTDESK_{ $var }
profile-unreadable = { $file } cannot be read: { $why }
    Fix the file (or move it aside to start again); `frontdesk doctor` checks it, `frontdesk --demo` works meanwhile
form-takes-date = { $name } takes a date as 2026-12-24
form-no-option = { $name } has no option { $value }
outbox-badge = ⇪ { $count } in outbox (O)
rate-limit-holding = Keeping to the help desk's rate limit: going on in { $seconds }s
files-no-temp = cannot make a temporary folder
files-cannot-write-to = cannot write to { $path }
files-cannot-write-file = cannot write the file
files-cannot-save-into = cannot save into { $path }
files-cannot-read-back = cannot read it back
files-decoder-failed = the picture decoder failed on it
files-not-a-picture = it cannot be shown as a picture ({ $why })
files-cannot-attach = cannot attach { $path }: { $why }
files-cannot-list = cannot list { $path }: { $why }
files-work-failed = the file work failed: { $why }
translate-no-stdin = no standard input
editor-no-start = could not start { $editor }: { $why }
editor-exited = { $editor } exited with { $status }
action-set-status-words = close resolve solve solved closed reopen pending hold spam
action-note-words = comment private internal memo
action-reply-words = answer respond public email
action-reply-with-canned-words = template macro snippet saved response
action-assign-words = owner agent give hand
action-set-priority-words = urgency severity important urgent
action-edit-tags-words = label labels tag
action-merge-ticket-words = duplicate combine join
action-move-ticket-words = queue group project mailbox transfer
action-log-time-words = worklog timesheet hours worked
action-new-ticket-words = create open compose
action-search-words = find lookup look
action-fields-words = custom field properties form
action-forward-message-words = fwd send on
action-discard-draft = Discard this draft…
action-discard-draft-about = throw the draft away, after one question
action-discard-draft-words = delete abort throw trash clear
discard-title = Discard { $public ->
        [yes] the reply
       *[no] the note
    } on #{ $id }? It cannot be brought back
discard-yes = Yes, discard it (y)
discard-no = No, keep writing (n)
discard-done = Draft on #{ $id } discarded
compose-files-count = { $count ->
        [one] 1 file
       *[other] { $count } files
    }, { $size }
help-nothing-matches = {" "}No key matches the search; esc clears it.
messages-none = No messages yet.
messages-polling-off = Polling is off (poll_interval = "off").
messages-polling = Polling every { $every }: { $requests ->
        [one] 1 request
       *[other] { $requests } requests
    } a poll, { $per_minute } a minute.
messages-polling-limit = Polling every { $every }: { $requests ->
        [one] 1 request
       *[other] { $requests } requests
    } a poll, { $per_minute } a minute; the desk allows { $limit } a minute and polling keeps within { $share }% of it.
hint-search = search
action-search-next = Next match
action-search-next-about = go to the next line holding the viewer's search
action-search-prev = Previous match
action-search-prev-about = go to the previous line holding the viewer's search
viewer-no-more = { $forward ->
        [yes] No more matches below
       *[no] No more matches above
    }
viewer-search = /{ $query } · { $count ->
        [0] no match
        [one] 1 match
       *[other] { $count } matches
    }
doctor-colours = { $depth ->
        [none] none (NO_COLOR is set)
        [sixteen] the 16 ANSI colours (TERM={ $term }); theme colours are written as the nearest of them
        [palette] 256 colours (TERM={ $term }); 24-bit theme colours are written as the nearest of them
       *[true] 24-bit colour (COLORTERM={ $colorterm })
    }
script-no-view = there is no view "{ $view }"; the views are: { $views } (by name or number)
script-internal = (internal note)
script-canned-audience = the canned response "{ $title }" is for the other audience: use frontdesk { $command }
script-canned-files = the canned response "{ $title }" attaches files; send it from the interface, or attach them with --file and use -m
script-did-you-mean = {" "}(did you mean "{ $name }"?)
script-file-unreadable = cannot attach { $path }: { $why }
script-no-canned = there is no canned response "{ $title }"
script-no-cc = this help desk takes no copies with a reply; leave out { $option }
script-no-create = frontdesk cannot open tickets on this help desk
script-no-entry = there is no entry { $id } in the outbox; frontdesk outbox lists them
script-no-subject = a new ticket needs a subject: --subject "…"
script-not-an-address = "{ $address }" is not an e-mail address
script-outbox-others = { $count ->
    [one] another frontdesk is running on this profile; what it is sending is its own
   *[other] { $count } other frontdesks are running on this profile; what they are sending is their own
  }
script-queued = { $count ->
    [one] it is in the outbox and not delivered yet: a running frontdesk on this profile sends it, or frontdesk outbox retry (--wait waits)
   *[other] { $count } entries are in the outbox and not delivered yet: a running frontdesk on this profile sends them, or frontdesk outbox retry (--wait waits)
  }
script-queued-interrupted = stopped waiting; { $count ->
    [one] it stays in the outbox, not delivered yet
   *[other] { $count } entries stay in the outbox, not delivered yet
  }
script-set-no-agent = no single agent is called "{ $who }"; give a name or address as the desk has it, me, or none
script-set-no-such = no { $key } "{ $value }"; there are: { $offered }
script-set-nothing = nothing to change: give KEY=VALUE, such as status=solved
script-set-pair = "{ $pair }" is not KEY=VALUE (such as status=solved)
script-set-read-only = { $name } is read-only on this help desk
script-text-empty = nothing to send: the text is empty
script-text-where = give the text with -m "…", --canned TITLE, --editor, or on stdin
script-conflict = not sent: the ticket changed after frontdesk read it; read it again (frontdesk show) and send again if it still fits
script-refused = not sent: { $why }
script-held = not sent: { $why }. It stays in the outbox: fix the credential (frontdesk doctor says how), then run frontdesk outbox retry
script-fields-needed = not sent: the help desk wants { $names } filled first; give them with frontdesk set as NAME=VALUE ("{ $names }=…"), then try again
