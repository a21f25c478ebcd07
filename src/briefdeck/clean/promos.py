"""A site's plugs for its own things and the notes that go with them, each on a line of its own: its podcast and
the episode's strip, a sponsor's underwriting credit and the outlet's disclaimer, affiliate-link disclosures,
a newsletter issue's header, counters of saved items, alerts to sign up for, letters to the editor.

Each is a whole line of page furniture (:mod:`briefdeck.clean.boilerplate` matches them, case-insensitive);
a line where someone is said to have said something is the story's.
"""
from __future__ import annotations

from briefdeck.clean import page_notes

_NOT_SAID = r"(?!.*\b(?:said|says|told|according to)\b)"
_LINE_END = r"[ \t*_]*"      # how a whole line may end, as in WHOLE_LINE, for the scanned lines below that end one
# (In a whole-line pattern this look at the whole line comes after the words the line must open on, or behind a
# look for the words it must hold: tried first on every line of every text, it was the scan's slowest part. So does
# a long stretch of anything before the words a line must hold: a look for those words first is quicker.)

_LETTER_NAMED = r"(?-i:[A-Z])[\w .&’'-]{0,40}(?:newsletter|notebook|briefing|digest|bulletin|dispatch|roundup|edition) "

WHOLE_LINE = [
    # a podcast's strip and plug: "Episode 214 · Aired March 14, 2025 · 28 minutes", "Download MP3",
    # "Listen to the full episode above for more from …"
    r"episode \d+\s*[\u00b7|:\u2014\u2013-].{0,100}", r"download (?:the )?(?:mp3|audio|episode|transcript|pdf)\b.{0,40}",
    # "New episodes every weekday from 5am"
    r"new episodes? (?:every|each|out|drop|available|weekly|daily)\b.{0,60}",
    # an episode's strip and foot: "Released February 12, 2026 · 31 min", "Music: “…” by …, used under licence.",
    # "The … is an independent production. Rate and review us wherever you listen.", "Rate and review the show: …"
    r"(?:released|published|aired|posted|recorded)(?: on)? (?-i:[A-Z])[a-z]+\.? \d{1,2},? \d{4}\s*[\u00b7|\u2022-]\s*"
    r"(?:(?:running time|run time|runtime|length|duration):?\s*)?(?:\d{1,3}\s*(?:min|mins|minutes)\b|\d{1,3}:\d\d(?::\d\d)?\b)"
    r".{0,20}",                                   # ("Released March 3, 2026 · Running time 38:12")
    # a transcript's note on how it was made: "Transcript generated automatically and corrected by the producers."
    r"(?:this |the )?transcripts? (?:was |were |is |are |has been |have been )?(?:(?:automatically|machine|ai)[- ]?"
    r"(?:generated|produced|created|transcribed)|(?:generated|produced|created|transcribed) (?:automatically|by (?:machine|"
    r"software|ai|an? automated)\b))\b.{0,200}",
    r"(?:theme |intro |outro )?music\s*:.{0,160}",
    r"(?=.*?us wherever you )"
    r".{0,120}\b(?:rate|review|subscribe|follow)(?: (?:and|&) (?:rate|review|subscribe|follow))?(?: to)? us wherever you "
    r"(?:listen|get (?:your )?podcasts)\b.{0,40}",
    r"(?:please )?(?:rate|review)(?: (?:and|&) (?:rate|review|subscribe to))? (?:the|this|our) (?:show|podcast)\b.{0,120}",
    r"(?:please )?rate (?:and|&) review\W*", r"support the show\W*",          # ("Rate & review", "Support the show")
    # a newsletter's sign-off: "Thanks for reading. Forward this to a colleague who should be on the list."
    r"thanks for reading[.!]?(?:\s.{0,160})?", r"(?:that[’']s|that is) (?:the week|it|all)(?: for (?:this|the) (?:week|issue|"
    r"edition)| for (?:today|now))?[.!] .{0,40}\breply to (?:this|the|our) (?:e-?mail|newsletter|note)\b.{0,160}",
    r"(?=.*?reply to this )(?![^\n]*[\u201c\u201d\"])(?:.{0,160}\breply to this (?:e-?mail|newsletter|note|message)\b.{0,160})",   # "Tips …: reply to this email."
    # when a newsletter comes, and whom it is for: "The Notebook goes out every Friday during session.", "This
    # update is for members of Local 100 only. Please do not forward it."
    f"(?={_LETTER_NAMED})" + _NOT_SAID + _LETTER_NAMED +
    r"(?:goes out|is sent|arrives|lands|is published) (?:every|each) (?:day|week|weekday|"
    r"morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.{0,80}",
    r"(?-i:[A-Z])[\w .&’'-]{0,50} is published (?:weekly|daily|monthly|fortnightly|every (?:week|day|month|\w+day))\."
    r"(?:\s+(?:subscri(?:bers|ptions?)|members|readers)\b.{0,160})?",   # "Screen Trade is published weekly. Subscribers
    # can …", "… Subscriptions: subs@…"
    r"(?:this|the) (?:update|bulletin|newsletter|e-?mail|message|notice) is (?:intended )?(?:only )?for (?:the )?"
    r"(?:members|subscribers|staff|employees)\b.{0,300}",
    # a speech's and a translation's notes: "AS PREPARED FOR DELIVERY — CHECK AGAINST DELIVERY", "These remarks
    # contain forward-looking statements …", "This article is a translation of a text first published in French."
    r"(?:as )?prepared for delivery(?:\W+check against delivery)?\W*", r"check against delivery\W*(?:(?:this|the) transcript (?:has been|was|is) edited\b.{0,200})?",
    r"(?:forward-looking (?:information|statements)\s*:\s*)?(?:this|these|the) (?:remarks|presentation|speech|release|"
    r"news release|press release|document|call|webcast) "
    r"(?:contains?|includes?|may contain|may include) (?:certain )?forward-looking (?:statements|information)\b.{0,400}",
    r"this (?:article|story|text|piece|interview) (?:is|was|has been) (?:a translation of|translated from)\b.{0,160}",
    # a live chat's notes: "This chat has ended. The transcript below has been lightly edited.", and a series' links
    # to its other parts: "Read Part 1: The seat plant that went to four days"
    r"this (?:live )?(?:chat|q ?& ?a|live blog|discussion|ama) (?:has )?(?:ended|closed|is (?:now )?(?:closed|over))\b.{0,160}",
    r"read part (?:\d{1,2}|one|two|three|four|five|six)\s*:.{1,160}",
    # a video player's countdown: "Video will autoplay in 5 seconds. Cancel", "Up next in 8 seconds"
    r"(?:(?:the |next )?video |up next )?(?:will )?(?:auto-?play|play|starts?)?s? ?in \d{1,2} seconds?\.?(?:\s+cancel)?",
    # a series' note: "This story is part of Sugar Season, our series on maple country in a year of tariffs."
    r"this (?:article|story|piece|report|feature|interview|column) is (?:part|the (?:first|second|third|fourth|fifth|"
    r"last|final) (?:part|instal?lment)) of\b.{0,200}",
    # a transcript service's notes: "Quarterline Transcripts logo.", "This article is a transcript of this conference
    # call produced for …. While we strive for accuracy, …"
    r"(?-i:[A-Z])[\w .&’'-]{0,40} logo\.?", r"this (?:article|document|page) is a transcript of\b.{0,400}",
    r"forward (?:this|it)(?: (?:email|newsletter|note|issue))? to a (?:friend|colleague|co-?worker|workmate|member)\b.{0,120}",
    # a show's sponsor read and its notes: "This episode of Shift Change is supported by …", "SHOW NOTES: Produced by …"
    r"(?=this (?:episode|show|podcast|program))" + _NOT_SAID + r"this (?:episode|show|podcast|program|programme)(?: of (?-i:[A-Z])[\w .’'&-]{1,40})? is (?:supported|"
    r"sponsored|brought to you|presented|made possible|underwritten) by\b.{0,300}",
    r"show notes\s*:.{0,400}",
    # a roundup's foot: "Send your news to the Business Weekly desk. Tips can be confidential.", "Coming up next
    # week: …"
    r"send (?:us )?(?:your )?(?:news|tips|stories|story ideas) to (?:the|our) [\w .’'&-]{1,40}(?:desk|team|newsroom)\b.{0,80}",
    r"coming up (?:next (?:week|issue|edition|time)|in (?:the |our )?next (?:issue|edition))\s*:.{0,200}",
    # a newsletter's links over its first story: "[Read online](…) · [Past issues](…)"
    r"\[[^\]\n]{1,40}\]\([^)\s]{1,200}\)(?:\s*[\u00b7|\u2022]\s*\[[^\]\n]{1,40}\]\([^)\s]{1,200}\)){1,6}",
    # public media's credit to a sponsor, and its disclaimer: "Support for The Checkout comes from …"
    r"support for (?-i:[A-Z])[\w .’'&-]{1,60} (?:comes|is provided|was provided) (?:from|by)\b.{0,240}",
    # affiliate links: "Disclosure: Some product links … are affiliate links", "The Courier may earn a commission …"
    r"(?:affiliate )?disclosures?\s*:.{0,400}",
    # a research note's disclaimer: "This report is prepared by … for information purposes only. It is not …"
    r"(?:this|the) (?:report|note|publication|commentary|document|material|research|newsletter)\b.{0,120}?"
    r"\bfor (?:general )?information(?:al)? purposes only\b.{0,400}",
    # a newsletter issue's header, a site's counters and alerts: "Issue #163 | …", "My Saved Deals (0)"
    r"issue (?:#|no\.? ?)\d+\b.{0,120}",
    r"create (?:a|an|your) (?:[\w-]+ ){0,2}alert\b.{0,160}", r"search (?:over |more than )?[\d,]+\+? [\w ,&]{1,60}",
    r"sponsored (?:deal|post|story|product|listing|pick|links?)s?", r"presented by (?-i:[A-Z])[\w .&’'-]{1,40}",
    r"(?:submit|send|write) (?:us )?a letter(?: to the editor)?\.?|letters? to the editor",
    # a video's prompt: "Tap to watch Jo Doe's full report from …", an election night's strip: "Kettering North
    # (by-election): LAB HOLD, majority 418"
    r"(?:tap|click) (?:here )?to (?:watch|play|listen to|hear)\b.{0,120}",
    r"watch (?:the |our )?(?:video|clip|report|story|interview) (?:above|below)\b.{0,200}",   # "Watch the video above: …"
    # a section's label set out in capitals with bars: "LOCAL | COURTS"
    r"(?-i:[A-Z]{2,}(?: [A-Z&]{2,}){0,2})(?:[ \t]*\|[ \t]*(?-i:[A-Z]{2,}(?: [A-Z&]{2,}){0,2})){1,4}",
    # a committee's or a council's page: "Watch the meeting", "Watch the full hearing on Parliament TV"
    r"watch (?:the )?(?:full |whole )?(?:meeting|session|hearing|debate|sitting|proceedings)(?: (?:live|again|online|here|in full|"
    r"on [\w .]{2,30}))?[.!]?",
    r"[^:\n]{3,80}:\s*(?-i:[A-Z]{2,5}) (?-i:HOLD|GAIN)\b.{0,60}", r"(?-i:(?:[A-Z]+ ){0,3}TICKER)\b.{0,600}", r"full (?:[\w-]+ ){0,2}results(?: hub| page| here| centre| center)?",
    # a live blog's teaser: "LIVE | Follow our live blog for the latest on …"
    r"live\s*[|:\u00b7\u2022\u2014\u2013-]\s*(?:follow|read|watch|get|see) (?:our|the) live\b.{0,200}",
    # a live page's prompt: "Refresh for the latest updates"
    r"(?:refresh|reload)(?: (?:the|this) page)? (?:for|to see|to get) (?:the )?(?:latest|newest|new)"
    r"(?: updates| posts| entries)?[.!]?",
    r"support (?:[\w-]+ ){0,2}journalism[.!]?", r"support us[.!]?", r"pay (?:my|your) bill", r"(?:ok,? )?got it[.!]?", r"(?:see|view) all(?: [\w’'-]+){0,3}",
    # "Download the media kit (ZIP, 48 MB)", "Watch Channel 4 News at 5, 6 and 11"
    r"(?:download (?:the |our )?[\w ’'&.-]{1,60}\((?:pdf|zip|docx?|xlsx?|pptx?|mp3|csv)\b[^)]{0,30}\)\.?(?:\s*\|\s*)?)+",   # (two in a row)
    r"watch (?-i:[A-Z])[\w .&’'-]{1,30} at \d{1,2}(?::\d\d)?(?:,? (?:and )?\d{1,2}(?::\d\d)?)*(?:,? or [^.\n]{1,80})?\.?",
    r"send (?:us )?(?:your )?(?:story ideas|news tips|tips|ideas|stories)\b[^.\n]{0,40}\b(?:to|at)\s+\S+@\S+",
    # a site's own foot: "Stay connected", "Date modified: 2025-10-02", "Search for related information by keyword: …"
    r"stay (?:connected|in touch|informed|up to date)[.!:]?", r"date (?:modified|published|posted|updated|created)\s*:.{0,40}",
    r"search for related (?:information|content|news)\b.{0,300}", r"find more (?:services|information|stories|news)\b.{0,160}",
    r"subscribe to (?-i:[A-Z])[\w .&’'-]{1,40}?(?: for\b.{0,160})?",
    # a press office's page: "Press Release N° 19-2025", "Follow ESA on social media", its legal links and buttons
    r"(?:press|news|media) release (?:n[°o]\.?|no\.|#|number)\s*\d[\w/-]*",
    r"follow (?:the )?(?-i:[A-Z])[\w&.’'-]{1,30}(?: [\w&.’'-]+){0,4} on (?:social media|facebook|x|twitter|instagram|linkedin|"
    r"youtube|bluesky|mastodon|threads)\b.{0,60}",
    r"terms (?:and|&) conditions(?: of (?:use|sale|service))?", r"(?:privacy|cookies?) (?:notice|policy|statement|settings)",
    r"(?:only|use|allow|accept|reject|refuse|decline) (?:all |only )?(?:necessary|essential|required|strictly necessary)?"
    r" ?cookies(?: only)?",
    r"share this(?: [\w’'-]+)?\s*:",                                        # "Share this victory:"
    # a review site's boxes: "How we test", "Prices checked Nov. 4, 10:15 a.m. ET.", "Get the HomeBench Weekly"
    r"how we (?:test|tested|review|reviewed|rate|rated|chose|picked)(?: [\w’'-]+){0,3}",
    r"prices? (?:checked|updated|last checked|accurate|correct)(?: as of| on| at)?\b.{0,100}",
    r"get (?:the|our) (?-i:[A-Z])[\w’'&.-]*(?: (?-i:[A-Z])[\w’'&.-]*){0,3} (?:weekly|daily|digest|roundup|briefing|report"
    r"|newsletter|bulletin)",
    # a Government of Canada page's frame: its language switch, its wordmark, a chart's text description and the
    # feedback box ("Is something not working? Is there information outdated? …")
    r"language selection", r"fran[çc]ais|english", r"government of canada\s*/\s*gouvernement du canada",
    r"symbol of the government of canada", r"description\s*[-\u2013\u2014:]\s*(?:chart|figure|table|graph|map)\s*\d{1,3}",
    r"(?:is something not working\?|is there information outdated\?|can[\u2019']t find what you[\u2019']re looking for\?)"
    r"(?:\s*(?:is there information outdated\?|can[\u2019']t find what you[\u2019']re looking for\?))*",
    r"please contact us and let us know how we can help(?: you)?[.!]?",
    # a news site's frame: its standards link, a subscriber badge, an opinion piece's disclaimer, the e-paper, a
    # blog's like button, a site search naming its domain, a local ad's pitch, the owner named at the foot
    r"editorial (?:code of conduct|standards|guidelines|policies|policy)", r"for subscribers(?: only)?", r"e-?edition",
    r"this (?:article|story|column|piece) is (?:an )?opinion(?: piece)?\b.{0,200}", r"like\s+loading\s*(?:\.{3}|\u2026)?",
    r"search (?-i:[a-z][\w-]*)(?:\.[a-z]{2,6})+", r"[^\n]{2,60}?(?:\s[\u2014\u2013-]|:)\s*new (?:patients|clients|customers|members) "
    r"welcome\b.{0,120}", r"[\w .&\u2019'-]{2,60} is an? (?:division|subsidiary|unit|publication) of [\w .&\u2019'-]{2,80}"
    r"\b(?:ltd|inc|corp|llc|limited|group|media)\.?",
    # a paywall's meter: "You are reading 1 of 3 free articles this month. Register for unlimited access."
    r"you(?: are|[\u2019']re) reading \d{1,2} of \d{1,2} free (?:articles|stories)\b.{0,120}",
    r"register (?:now )?for (?:unlimited|free|full) access[.!]?", r"view (?:full|all|more) [\w ]{1,40}(?:>|\u203a|\u2192)",
    # "Market data delayed by at least 15 minutes.", "Forwarded this email? Subscribe to …", "Subscribe for unlimited
    # access to our … coverage.", a newsletter's greeting: "Hey, Dispatch readers. …"
    r"(?:market )?(?:data|quotes?|prices?) (?:is |are )?delayed (?:by )?(?:at least )?\d+ min(?:ute)?s\b.{0,80}",
    r"[\w &/-]{0,40}\((?:data |prices |quotes )?delayed (?:by )?\d+ ?min(?:ute)?s?\.?\)",    # "MARKET SNAPSHOT (delayed 15 min)"
    r"(?:was this |got this )?forwarded (?:this|to you)[^?\n]{0,30}\?.{0,100}",
    # a newsletter's tagline: "Your Thursday read on budgets, bonds and the business of government"
    r"your (?:daily|weekly|morning|evening|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:read|guide|briefing|"
    r"digest|dose|look|rundown|roundup|catch-up)\b.{0,100}",
    r"subscribe (?:now |today )?(?:for|to get) (?:unlimited|full|complete|all-access) (?:digital )?access\b.{0,120}",
    r"(?:hey|hi|hello|good (?:morning|evening|afternoon)|morning|welcome back),? (?:[\w’'-]+ ){0,2}(?:readers|subscribers)"
    r"\b[.!,:].{0,400}",
    # a pasted e-mail's header: "From: Statehouse Money <news@example.com>", "Sent: Thursday, August 14, 2025 6:02 AM"
    r"(?:from|to|cc|bcc|reply-to|sender)\s*:[^\n]{0,80}?<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?[^\n]{0,80}",
    # a newswire's release page: "News provided by", "SOURCE Acme Workers Union", "For further information: …",
    # "Explore more news releases in Automotive, …"
    r"news provided by\b[^\n]{0,80}", r"(?-i:SOURCE) (?-i:[A-Z])[^\n.!?]{1,80}", r"for further information\s*:[^\n]{0,400}",
    r"explore more (?:news )?releases\b[^\n]{0,120}",
    # a betting advert's small print: "Must be 21+. Gambling problem? Call 1-800-GAMBLER. Terms apply."
    r"(?:must be )?(?:18|19|21)\+[.,]?[^\n]{0,40}gambling problem\?[^\n]{0,100}", r"gambling problem\?[^\n]{0,100}",
    r"new customers only\b[^\n]{0,200}", r"bet \$\d+,? get \$\d+\b[^\n]{0,40}",
    # a release's embargo line: "For immediate release - Tuesday 14 May", "Embargoed until 00:01 BST, 3 June"
    r"(?:for )?immediate release\b[^\n]{0,60}", r"embargoed (?:until|till|to)\b[^\n]{0,60}",
    # a government release's "From: Department of Finance Canada" under its headline
    r"from\s*:\s*(?-i:[A-Z])[\w’'&.-]*(?: (?:of|and|for|the|(?-i:[A-Z])[\w’'&.-]*)){0,8}",
    r"(?:date|sent)\s*:\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? [^\n]{4,60}",
    # a section's name and the day under the masthead: "Documents | Monday, November 24, 2025"
    r"[a-z][\w &'-]{1,30}\s*\|\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2},?\s\d{4}",
    # a newsletter's sign-off and its credits: "That's it for this week. Hit reply …", "Money Notes is edited by
    # Jo Doe and produced by Al Roe. Reach the team at …"
    r"that[’']s (?:it|all|a wrap) for (?:this|today|the|now)\b(?: (?:week|issue|edition|morning|evening|time))?[.!,].{0,300}",
    # a page's links and prompts in its own words: "License this image for publication", "Opens in new window",
    # "Topics in this story", "Contact the author", "Save to read later", "Jump to comments (12)", "Saved from https://…"
    r"licen[cs]e this (?:image|photo|picture|photograph|video|graphic|content)(?: for (?:publication|use|reuse))?"
    r"(?:,? opens (?:in )?(?:a )?new (?:tab|window))?\.?",   # ("License this content, opens new tab": a wire page's link)
    r"\(?opens? in (?:a )?new (?:window|tab)\)?\.?", r"(?:contact|e-?mail|message|write to) (?:the )?(?:author|reporter|writer)s?\.?",
    r"(?:topics|tags|subjects|themes) (?:in|for|from|on|of) this (?:story|article|piece|post|report)\s*:?",
    r"save (?:this )?(?:(?:article|story) )?(?:to|for) read(?:ing)? later|save for later|read later|"
    r"save to (?:my |your )?(?:reading list|saved (?:articles|stories)|favou?rites)",
    r"yes,? (?:send|sign|count|keep) me (?:up|in|posted|the \w+)(?: (?:for|to) .{1,30})?[.!]?",    # a sign-up's button
    r"(?:jump|skip|go) to (?:the )?(?:comments|discussion|replies|conversation)(?: \(\d+\))?",
    r"skip to [\"“][^\"”\n]{1,40}[\"”]",             # a government site's own link: "Skip to "About government""
    r"saved from https?://\S+(?: on .{1,40})?",
    # "How the Courier checks what it publishes": the standards page's link
    r"how (?:we|(?:the )?(?-i:[A-Z])[\w&’'.-]*(?: (?-i:[A-Z])[\w&’'.-]*){0,3}) (?:checks?|verif(?:y|ies)|fact-checks?|corrects?) "
    r"(?:what (?:we|it|they) (?:publish|publishes|report|reports)|(?:its|our) (?:stories|reporting|journalism|facts))\.?",
    # an advert's slot: "Advertisement · Scroll to keep reading", "Ad loading — the article resumes below"
    r"(?:advertisement|advert|ad)(?: space| slot| break)?\s*[\u00b7|\u2022\u2013\u2014-]\s*(?:the |your )?(?:scroll|continue|story|article|"
    r"content|keep)[^.\n]{0,50}\.?",     # "Ad space - the story continues after this message" too
    r"ad(?:vertisement)? loading\b.{0,80}",
    r"(?:your |the |this )?(?:article|story)(?: text)? (?:resumes|continues|keeps going|carries on) (?:below|after)\b.{0,80}",
    # a page's own links and notes: "Report an editorial error", "Purchase licensing rights", "Print edition
    # subscribers: log in to …", "This audio is read by a synthetic voice …"
    r"report an? (?:editorial |technical )?(?:error|typo|mistake|issue|problem)(?: or (?:error|typo|mistake))?"
    r"(?: (?:in|with) this (?:text|article|story|page))?(?: or send (?:us )?(?:a |your )?(?:news )?tips? to \S{3,80})?", r"(?:purchase|buy|request) (?:licensing|reprint) rights",
    r"read our (?:editorial )?(?:code of (?:conduct|ethics|practice)|ethics policy|corrections policy)",
    r"print(?: edition)? subscribers?\s*:.{0,120}",
    # a live page's switch, a magazine's issue note: "Auto-refresh is ON. New posts will appear automatically.",
    # "This article appears in the July/August 2026 issue of Tidewater."
    r"auto-?refresh(?: is)? (?:on|off)\b.{0,80}",
    # an advert tagged in brackets on its own line, a premium tier's pitch: "[ADVERTISEMENT] **Acme PMS – Book a demo
    # …**", "Want more data like this? … members get full access to … Upgrade now."
    r"[*_]*\[(?:advertisement|advert|ad|sponsor(?:ed)?(?: content| message| read| break| segment)?|paid (?:post|content|message)|"
    r"promoted)\]"
    r"[ \t]*[^\n]{0,300}",
    r"[*_]*want more [^?\n]{1,40}\?[^\n]{0,240}\b(?:upgrade|subscribe|sign up|join)(?: now| today)?[.!]?[*_]*",
    r"this (?:article|story|piece) (?:appears|appeared|ran) in the .{1,40} issue of .{1,60}",
    # a page's notes on itself: "More episodes: …", "Publicité", "Reuse this content", "Continued on page 16: …",
    # "In this issue: … • …", "Share this item via Email", "Suscríbete", "Use code SAVE15 at checkout.", "Please
    # share this bulletin with …", "Transcripts are provided for reference. Acme makes no guarantee as to …"
    r"more episodes\b\s*[:\u00b7|\u2013\u2014-]?.{0,100}", r"publicit[e\u00e9]", r"reuse this content",
    r"(?:more|related) transcripts\b\s*:?.{0,300}", r"table of contents\W*", r"top of page",   # ("Table of Contents ▾")
    r"(?:#[^\W_][\w\u2019'-]*[ \t]*){3,}", r"\u266c[ \t]*.{1,80}",   # a post's line of hashtags, a video's "♬ original sound - …"
    # an embedded post's frame: "Skip X post by Jo Doe", "Allow X content? This article contains content provided by
    # X. …", "End of X post by Jo Doe"
    r"(?:skip|end of) (?:x|twitter|facebook|instagram|youtube|tiktok|bluesky|threads|linkedin) (?:post|content|video)s?"
    r"(?: (?:by|from) .{1,60})?", r"allow (?:x|twitter|facebook|instagram|youtube|tiktok|bluesky|threads) content\?.{0,400}",
    # a poll box, a weather box, a donation box: "( ) Yes   ( ) No", "[Vote]   View results", "Results so far: …",
    # "Weather: -4°C, light snow.", "Donate now", "Tax receipts issued for gifts of $20 or more."
    r"(?:\(\s?\)[ \t]*[\w .’'-]{1,30}?[ \t]*){2,6}", r"\[vote\][ \t]*(?:view results)?", r"results so far\s*:.{0,200}",
    r"weather\s*:[ \t]*[-\u2212+]?\d.{0,160}", r"donate(?: now| today)?", r"tax receipts? (?:are |will be )?issued for .{1,80}",
    # a bilingual page's note and a release's contact line: "Ce document est également disponible en français.",
    # "For more information, contact the Bureau's Information Centre."
    r"ce document est (?:également |aussi )?disponible en (?:français|anglais)\.?",
    r"for more information,? (?:please )?(?:contact|call|visit|see|email|e-mail) .{1,120}",
    r"continued on (?:page|p\.) \d+\b.{0,120}", r"in this issue\s*:.{0,300}", r"suscr[i\u00ed]bete",
    r"share this (?:item|story|article|page|post)(?: (?:on|via|by|to) [\w ]{1,20})?",
    r"use (?:the |promo |discount |coupon )?code [A-Z\d\-]{3,20} (?:at|during) checkout\.?",
    r"please (?:share|forward|pass on) this (?:bulletin|newsletter|e-?mail|update|issue)\b.{0,200}",
    r"(?:the )?transcripts? (?:is|are) provided for reference\b.{0,200}",
    # a station's break and its ad copy in a newsroom transcript: "[SPOT BREAK — 60 SECONDS]", "[00:23:04] [AD BREAK]",
    # "SPONSOR TAG: …", "SPOT: …"
    r"(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s*)?\[(?:end (?:of )?)?(?:spot|commercial|ad|station|sponsor) break\b[^\]\n]{0,40}\]", r"(?-i:SPONSOR TAG|SPOT|PROMO|PSA)\s*:.{0,300}",
    # a desk's credits and a wire's note: "Compiled by the research desk. Editing by Jo Doe.", "With a report from Jo
    # Doe in Quebec City", "Acme Market Report is for information only and is not trading advice."
    r"compiled by (?:the )?[\w .&’'-]{1,60}\.(?:\s+editing by [\w .’'-]{1,60}\.?)?", r"editing by (?-i:[A-Z])[\w .’'-]{1,60}\.?",
    r"with (?:a )?reports? from (?-i:[A-Z])[\w .’'-]{1,80}",
    r"(?-i:[A-Z])[\w&’'-]*(?: [\w&’'-]+){0,5} (?:is|are) (?:provided )?for (?:general )?information(?:al)? (?:purposes )?only\b"
    r".{0,200}",
    # a record's note on itself: "Published under the authority of the Speaker of the House of Commons"
    r"(?:issued|published) under the authority of the speaker\b.{0,120}",
    r"(?:the )?(?:proceedings|transcripts?|debates|minutes) of this (?:committee|meeting|hearing|session) (?:are|is) "
    r"(?:also )?available in (?:french|english)\.?",
    r"this (?:audio|article|story|recording) (?:is|was) (?:read|narrated|voiced) by (?:a |an )?(?:synthetic|automated|computer-generated|ai|artificial)\b.{0,160}",
    # who wrote it, the comments' count, a subscription's offer: "Author of the article: Jo Doe", "Join the
    # discussion: 14 comments", "Subscribe – your first month for €1", "Subscribe and save 60%"
    r"(?:author|writer|reporter)(?: of (?:the|this) (?:article|story|piece))?\s*:\s*(?-i:[A-Z])[\w .’'-]{1,60}",
    r"join the (?:discussion|conversation|debate)\s*(?:[:\u2014\u2013-]\s*\d+ (?:comments?|replies))?",
    r"subscribe\s*[\u2014\u2013:-]\s*.{0,60}[$£€]\d.{0,60}", r"subscribe (?:and|&) save\b.{0,60}",
    r"(?:event|webinar|conference)\s*[\u00b7|:\u2014\u2013]\s.{0,200}",
    # a site's strips: "Trending: I-35 lane closures this weekend", "Weather Alert: Frost advisory until 9 a.m."
    r"trending(?: now| today| stories)?\s*:.{0,200}", r"(?:weather|traffic|travel|school|storm|flood|road) alert\s*:.{0,200}",
    # a sign-up box's small print and a paywall's offer: "By signing up you agree to receive …", "Unlock unlimited
    # Courier journalism: your first four weeks for £1 …", "Cancel whenever you like."
    r"by (?:signing up|subscribing|registering|clicking[^,\n]{0,30}),? you (?:agree|consent|accept)\b.{0,300}",
    r"unlock (?:unlimited|full|all|complete|every)\b" + _NOT_SAID + r".{0,250}",
    r"cancel (?:anytime|any time|whenever you (?:like|want|wish)|at any time)[.!]?",
    # a magazine's note on its print edition: "From the May 2025 issue", "A version of this article appears in …"
    r"from the (?:[A-Z][a-z]+ )?(?:\d{4} )?(?:print )?issue\.?",
    r"a version of this (?:article|story|piece|report) (?:appears|appeared|was published|ran)\b.{0,300}",
    r"(?-i:[A-Z])[\w .&’'-]{1,40} is (?:edited|written|curated|compiled|put together) by (?-i:[A-Z])[^.\n]{1,80}?"
    r"(?:,? and (?:produced|designed|edited|copy-edited) by [^.\n]{1,60})?\.(?: (?:reach|contact|e-?mail|write to) .{0,120})?",
    # a sign-up box in its own words: "Sign up to get daily headline news from …", "Thanks for signing up!",
    # "We use your data only to send this newsletter.", "Sign in / Create a free account"
    r"sign up to (?:get|receive) .{0,160}", r"thanks? (?:you )?for (?:signing up|subscribing|registering)[.!]?",
    r"we (?:use|will use|only use) your (?:data|details|e-?mail(?: address)?) only to .{0,160}",
    r"(?:sign|log) ?in\s*/\s*(?:create|register|open)(?: an?| your)?(?: free)? account",
    # a cookie prompt: "We'd like to set optional cookies …", "Essential cookies stay on regardless."
    r"we[’']d like to (?:set|use) (?:[\w-]+ )?cookies\b.{0,200}",
    r"(?:essential|necessary|strictly necessary) cookies (?:stay|remain|are always) (?:on|active|enabled)\b.{0,80}",
    r"accept (?:optional|all optional|non-essential|analytics) cookies",
    # a player's and a page's buttons: "Copy link to clipboard", "Listen to article (5 min)", "Video runtime 2:47"
    r"copy (?:the )?link(?: to (?:the )?clipboard)?|link copied(?: to (?:the )?clipboard)?[.!]?",
    r"listen to (?:this |the )?(?:article|story)(?:\s*\(\d+\s*min(?:ute)?s?\))?", r"(?:video )?(?:runtime|duration)\s*:?\s*\d{1,2}:\d\d",
    # an Australian site's acknowledgement of Country, and a site's link to its standards
    r"we (?:pay (?:our )?respects? to|acknowledge) the\b.{0,80}\b(?:owners|custodians)\b.{0,300}",
    r"our (?:reporting |editorial |journalistic )?(?:standards|principles)\s*:.{0,80}",
]
# Lines that only a scan of the whole line can tell, each tried only when a word it needs is there (cheap)
SCANNED = [
    # a newsletter platform's foot: "Upgrade to paid — US$8/month", "… is a reader-supported publication. …",
    # "Discussion about this post", "Comments | Restacks"
    (("upgrade to paid",), r"upgrade to paid\b.{0,60}"),
    (("reader-supported",), r".{0,80}\bis a reader-supported publication\b.{0,400}"),
    (("paid subscribers",), r"(?:[^\u00b7|\n]{0,40}[\u00b7|]\s*)?paid subscribers (?:get|receive|can)\b.{0,200}"),
    (("discussion about this",), r"discussion about this (?:post|episode|thread)"),
    (("restack",), r"(?:\d+\s*)?(?:comments?|likes?|restacks?|shares?)(?:\s*[|\u00b7]\s*(?:\d+\s*)?(?:comments?|likes?|restacks?|"
                   r"shares?))+"),
    (("join",), r"(?=.*?\bjoins? )" + _NOT_SAID + r".{0,300}\bjoins? (?:the show|us on the show|the podcast|"
                r"the program(?:me)?)[.!]?" + _LINE_END),     # "… Our education correspondent joins the show."
    (("every ",), r".{0,200}\bevery (?:week(?:day)?|morning|evening|day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?,? "
                  r"(?:free|for free|in your inbox)[.!]?" + _LINE_END),       # "… Every Friday, free."
    (("family of",), r".{0,60}\bis (?:a member|part) of the (?-i:[A-Z])[\w .&’'-]{1,60} family of (?:stations|brands|"
                     r"newspapers|publications|sites|companies)\b.{0,60}" + _LINE_END),    # "KXLR 6 is a member of …"
    # a cookie banner in one paragraph: "A note on cookies: … Essential cookies stay on. Accept optional cookies"
    (("cookies",), r"(?=.*\bcookies\b.*\bcookies\b).{0,300}\b(?:accept|allow|reject) (?:all |optional |non-essential |"
                   r"analytics )?cookies\b.{0,200}"),
    (("listen to",), _NOT_SAID + r"listen to (?:the|this) (?:full |whole |entire )?(?:episode|interview|conversation|"
                                 r"segment)\b.{0,200}"),
    (("endorse",), r".{0,80}\bdoes not endorse (?:any )?(?:the )?(?:products|businesses|services|companies)\b.{0,200}"),
    # a transcript's or an alert's note on itself: "Newsroom transcript. … For broadcast reference only.", "This alert is
    # provided for general information only and does not constitute legal advice. …"
    (("reference only",), r".{0,160}\bfor (?:broadcast |internal |archival )?reference (?:use |purposes )?only\b.{0,160}"),
    (("information only",), r".{0,80}\b(?:is|are) (?:provided )?for (?:general )?information(?:al)? (?:purposes )?only\b"
                            r".{0,600}"),
    # a newsletter's sponsor and its footer: "This week's issue is sponsored by Acme — … Book a demo at …", "Enjoying The
    # Northbound? Forward it to a colleague, or subscribe at …"
    (("sponsored by", "supported by", "brought to you by", "presented by"),
     r"(?:this|today[’']s|this week[’']s) (?:issue|newsletter|edition|episode|email|briefing|dispatch) (?:is |was )?"
     r"(?:supported|sponsored|brought to you|presented|made possible|powered|underwritten) by .{1,300}"),
    (("enjoy",), r"enjoy(?:ing|ed) (?:this|the|our)\b[^?\n]{0,40}\?[^\n]{0,200}\b(?:forward|subscribe|share|sign up)\b.{0,200}"),
    (("coverage",), r"follow (?:our |the )?(?-i:[A-Z])[\w .&’'-]{0,60} coverage\b.{0,160}"),   # "Follow Acme coverage of … at …"
    (("commission", "fee", "share of"),
     _NOT_SAID + r"(?=.*\b(?:links?|purchases?|buy|retailers?|shop)\b).{0,120}\b(?:may|might|can) (?:earn|receive|get|make) "
                 r"(?:a )?(?:small )?(?:commission|fee|share of (?:sales|revenue))\b.{0,200}"),
    (("saved", "cart", "basket", "bag", "wishlist", "favo"),
     r"(?:my )?[\w ]{0,20}\b(?:saved|cart|basket|bag|wishlist|favou?rites)[\w ]{0,10}\s*\(\d+\)"),   # "My Saved Deals (0)"
    # who pays has no say: "Supporters have no say over our content."
    ((" no say", " no influence", " no input", " no role", " no control"),
     r"(?:[\w.’'-]+ ){0,3}(?:supporters|sponsors|funders|donors|advertisers|underwriters) (?:have|has|had) no "
     r"(?:say|influence|input|role|control)\b.{0,120}"),
    # an appeal in the site's own voice: "A gift of $25 covers one hour of survey.", "chip in $5 a month to keep
    # reporters here", "Supporters get ad-free reading …", "[Make a gift today](…)", a heading "Your gift keeps …"
    (("gift", "chip in", "supporters get", "donation", "you give", "you donate"),
     _NOT_SAID + r"(?=[^\u201c\u201d\"]*$).{0,300}\b(?:every [$£€]\d[\d,.]* you (?:give|donate)|(?:a|your) (?:gift|donation) of [$£€]\d[\d,.]* "
                 r"(?:covers|buys|pays|provides|helps|keeps|can|will)|(?:your|a) (?:gift|donation)s? "
                 r"(?:keeps|helps|makes|pays|funds|powers)|chip in|supporters get|make a (?:gift|donation))\b.{0,300}"),
    # the letters page's rules: "Letters may be edited for length and clarity. Send yours to letters@…"
    (("letter",), r".{0,100}\bletters? (?:may|will|must|should) be (?:edited|shortened|condensed|trimmed|under|"
                  r"no (?:more|longer)|signed)\b.{0,300}"),
    # an event's listing in a site's own words: "… Dec. 4, 5:30 p.m., Collins Hall. Free and open to the public."
    (("open to the public",),
     r".{0,300}\b(?:\d{1,2}(?::\d\d)? ?[ap]\.?m\.?|noon)\b.{0,200}\bfree and open to the public[.!]?"),
    # "Listen to Beacon Weekly, our news podcast, every Friday on Spotify and Apple Podcasts."
    (("spotify", "podcasts"), _NOT_SAID + r".{0,160}\b(?:on|via|from) (?:spotify|apple podcasts|google podcasts)\b.{0,120}"),
    # an event's plug: "June 10-11, Denver. Two days with … Early-bird registration ends May 23.", "Thursday, Aug. 7,
    # 6 p.m. Mountain Time, on Zoom. Free, captioned …"
    (("early",), _NOT_SAID + r".{0,240}\bearly[- ]bird\b.{0,120}"),
    (("zoom", "webex", "webinar"),
     _NOT_SAID + r".{0,120}\b\d{1,2}(?::\d\d)? ?[ap]\.?m\.?\b.{0,60}\b(?:on|via|over) (?:zoom|webex|the webinar)\b.{0,160}"),
    # an appeal: "That only works because members like you pay for it. [Become a member today.](/join)"
    (("like you",), _NOT_SAID + r"(?=[^\u201c\u201d\"]*$).{0,300}\b(?:members|readers|listeners|viewers|supporters|donors|"
                    r"subscribers) like you\b.{0,200}"),
    # a pitch ending on its button, a link to the site's join, subscribe or donate page: "… [Join from $4.99](/join)"
    (("](",), _NOT_SAID + r".{0,400}\]\((?:https?://[^)\s]*)?/(?:join|subscribe|donate|membership|members|signup|"
              r"sign-up|newsletters?|give|support)\b[^)\s]*\)[.!]?"),
    # a deal: "Cirrus Pro — $159 at Hearthstone Home (was $199)"; a methodology's link: "Read our full testing
    # methodology."; a newsletter's promise: "Our newest reviews and the week's best deals. Every Friday."
    (("$", "£", "€"),
     r"[^.!?\n]{2,60}\s[\u2014\u2013-]\s(?:[$£€]|us\$|c\$)\d[\d.,]*\s+at\s+(?-i:[A-Z])[\w’'&. -]{1,40}?"
     r"(?:\s*\(was (?:[$£€]|us\$|c\$)\d[\d.,]*\))?"),
    (("read our",), _NOT_SAID + r".{0,300}\bread our (?:full )?(?:[\w-]+ ){0,2}(?:methodology|policy|policies|guidelines|"
                    r"standards|process|ethics)\b.{0,40}"),
    (("every ",), _NOT_SAID + r"(?=.{0,120}$)[^\u201c\u201d\"]{0,100}[.!]\s+every (?:day|week|weekday|morning|month|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?"),
    # a sign-up box's promise and a nonprofit's legal line: "No spam, ever.", "Contributions are tax-deductible …"
    (("spam",), _NOT_SAID + r".{0,200}\bno spam\b.{0,80}"),
    # "**Get Harbour Daily** — the news that matters to skippers, every weekday. [Subscribe free]": a one-line pitch
    # that ends on its button
    (("[subscri", "[sign up", "[join", "[register", "[donate"),
     _NOT_SAID + r".{0,240}\[\s*(?:subscribe|sign up|sign me up|join|register|donate)\b[^\]\n]{0,25}\](?:\([^)\s]*\))?[.!]?"),
    # "We’ll never share your details. See our privacy policy.": the same box's promise
    (("never share", "never sell"), _NOT_SAID + r".{0,60}\b(?:we[’']ll|we will|we) never (?:share|sell|pass on) your "
                                    r"(?:details|e-?mail(?: address)?|address|data|information|info)\b.{0,120}"),
    (("deductible", "501(c)"), _NOT_SAID + r".{0,200}\b(?:tax[- ]deductible|501\(c\)\(3\))(?!\w).{0,200}"),
    # "**Add Acme to myCourier** to be alerted when we publish on this company.", "Prices are indicative …"
    (("alerted", "notified"), r".{0,100}\bto be (?:alerted|notified|e-?mailed|told) when (?:we|this site|the \w+) "
                              r"(?:publish|publishes|write|writes)\b.{0,100}"),
    (("indicative", "delayed"), r"(?:market )?(?:prices?|quotes?|data) (?:are|is) (?:indicative|delayed)\b.{0,100}"),
    # a markets strip: "FTSE 100 8,214.6 ▲0.4% | FTSE 250 20,387.1 ▲0.2%"
    (("\u25b2", "\u25bc"), r"(?=(?:[^\n]*[\u25b2\u25bc]){2})(?:[^.!?\n]|(?<=\d)\.(?=\d)){1,300}"),
    # "Download the free white paper", "Download our guide"
    (("download",), r"download (?:the |our |a )?(?:free )?(?:[\w’'-]+ ){0,2}?(?:white ?paper|e-?book|guide|brochure|case study|toolkit|"
                    r"checklist)\b.{0,60}"),
    # "Twelve issues of the Monthly delivered to your door, plus unlimited access online.", "… is not responsible
    # for the content of external internet sites."
    (("delivered to your door",), _NOT_SAID + r".{0,160}\bdelivered to your door\b.{0,200}"),
    (("not responsible",), r".{0,80}\bnot responsible for the content of (?:external|other|third[- ]party|linked)\b.{0,80}"),
    # a newsletter's hello that ends on its plug: "Good morning. … Forwarded this by a colleague? Join 48,000 …"
    (("forwarded",), r".{0,400}[.!?]\s+(?:was this |got this )?forwarded (?:this|to you)[^?\n]{0,30}\?.{0,100}"),
    # a newsletter issue's header: "News from the Commons · Issue #142 · Aug. 19"
    (("issue",), r".{0,80}[\u00b7|\u2022]\s*issue (?:#|no\.? ?)\d+\b.{0,80}"),
] + page_notes.SCANNED
