"""More of a page's notes on itself, each on a line of its own: a newsletter's sponsor line, a record's pauses and page
marks, a radio script's sound cues, chart titles, show times, credits, an e-mail's foot, a land acknowledgement, a
charity's legal line, an embedded post, a group's frame on a network, a translation's note, a blog's post links, a
video player's words, a show's ad reads and disclaimers, a forum's frame, fine print. Scanned as
:mod:`briefdeck.clean.promos`' lines are: each pattern tried only on a line holding one of its words."""
from __future__ import annotations

# who acknowledges the land a page is written on: "Acme University acknowledges …", "The Acme Foundation is situated on …"
_INSTITUTION = (r"(?:university|college|school|board|council|foundation|association|institute|library|museum|campus|centre|"
                r"center|society|union)")
_NOT_SAID = r"(?!.*\b(?:said|says|told|according to)\b)"   # a line where someone is said to have said something stays
# one side of a blog's post links, as text or as a Markdown link: "Previous post: Title", "[Next: Title](/2025/09/…)"
_SIDE = (r"\[?(?:previous|prev|older|newer|next)(?: (?:post|article|story|entry|episode|issue|chapter))?\s*:\s*[^|\n\]]{2,120}?"
         r"(?:\]\([^)\n]*\))?")

SCANNED = [
    # a newsletter's sponsor line: "Today's sponsor: Acme Storage. Batteries that pay for themselves. Book a visit."
    (("sponsor",), r"(?:today[’']s|this (?:week|issue|episode|edition)[’']s) sponsor\s*:.{0,240}"
                   # ... and a show's chapter for it: "02:15 Sponsor: LaneLogic TMS", "(31:40) Sponsor break"
                   r"|\(?\d{1,2}:\d\d(?::\d\d)?\)?\s*[\u2014\u2013-]?\s*sponsor(?: break| read| message)?\b(?:\s*[:\u2014\u2013-]\s*[^.!?\n]{1,60})?"),
    # a record's stage note and a scrum's end: "(The committee suspended.)", "[Scrum ends, 1:58 p.m.]"
    (("suspended", "adjourned", "recessed", "ends", "ended"),
     r"[(\[](?:the )?(?:committee|house|council|senate|meeting|hearing|sitting|session|scrum|availability|news conference|"
     r"press conference|briefing) (?:suspended|adjourned|recessed|ends|ended)\b[^)\]\n]{0,60}[)\]]"),
    # a newsletter's pitch: "Subscribe to receive … by email"
    (("subscribe to receive",), r"subscribe to receive\b.{0,100}"),
    # a weather box with the degrees first: "-2°C Partly cloudy, Hardisty"
    (("°",), r"[-\u2212+]?\d{1,3}\s?°\s?[cf]?(?:\s+[a-z ]{2,25})?(?:,\s*(?-i:[A-Z])[\w .’'-]{1,30})?"),
    # a dealer's advert, a festival's: "… Year-end clearance on all 2025 models. See dealer for details.", "… — Passes
    # on sale now"
    (("see dealer", "on sale now"), _NOT_SAID + r".{0,200}\b(?:see (?:dealer|store) for details|(?:tickets|passes|seats) "
                                    r"(?:are )?on sale now)\b.{0,40}"),
    # a transcript's note and its credit: "Please note: This transcript has been edited for readability. …",
    # "Transcribed by Acme Services. Not verified against the audio recording."
    (("transcript", "transcribed"), r"(?:please note\s*:\s*)?(?:this |the )?transcript (?:has been|was|is) (?:edited|translated)\b.{0,300}"
                                    r"|(?:media availability|news conference|press conference|scrum)\b[^.\n]{0,20}"
                                    r"[\u2014\u2013:-]\s*(?:unofficial |edited |full )?transcript"
                                    r"|transcribed by [^.!?\n]{3,80}\.(?:\s*[^.!?\n]{0,120}[.!?]){0,3}"
                                    r"|transcribed by [\w .&-]{3,40}?[ \t]+[-\u2013\u2014|][ \t]+(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*"),
    # a record's status and its notes on itself: "PRELIMINARY TRANSCRIPT - SUBJECT TO REVISION", "Prepared statements of
    # the witnesses are available on the committee website.", "Content in this transcript may not be accessible to …"
    (("transcript", "prepared statement", "against delivery"),
     r"(?:preliminary|unofficial|unrevised|uncorrected|draft) transcript\b[^.!?\n]{0,60}"
     r"|prepared statements?(?: of [\w ]{1,40})? (?:are|is) (?:available|posted)\b.{0,120}"
     r"|(?:content in )?this transcript may not be accessible\b.{0,200}|check against delivery\.?"),
    # a statistics release's contact line: "For more information, or to enquire about the concepts, methods or …"
    (("to enquire", "to inquire"), r"for more information,? or to (?:enquire|inquire) about\b.{0,400}"),
    # a chart's or a table's title set in a list of them: "Chart 2: Employment change since October 2025, thousands"
    # (or "Chart 1 — Crude exports by destination, million b/d")
    (("chart", "figure", "exhibit", "graph"), r"(?:chart|figure|exhibit|graph) \d{1,2}[a-z]?\s*(?::|[\u2014\u2013]|--)\s*"
                                              r"[^!?\n]{3,150}(?<![a-z]{3}\.)"),   # (not a sentence)
    # a station's show times: "Weekdays 9 a.m. to noon"
    (("weekday", "weeknight", "weekend"), r"(?:weekdays|weeknights|weekends)\s+(?:from\s+)?\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)?"
                                          r"\s*(?:to|-|\u2013)\s*(?:\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)\.?"),
    # a mailing address: "Audience Relations, DBS P.O. Box 500 Station A Toronto, ON"
    (("box",), r"(?=[^\n]{0,120}$)[^.!?\n]{0,80}\bp\.?\s?o\.?\s?box \d+\b[^.!?\n]{0,80}"   # (or a signature's "Box 411,
               r"|(?:[^!?\n]{0,80},\s*)?box \d+,[^.!?\n]{2,80}\b[a-z]\d[a-z]\s{0,2}\d[a-z]\d\b[^.!?\n]{0,40}"),   # Humboldt, SK  S0K 2A0")
    # a show's credits: "Border Bytes is hosted by Jo Doe and Al Roe. Produced by Sam Lee. Theme music by …"
    (("hosted by",), _NOT_SAID + r"[^.!?\n]{0,80}\bis hosted by\b[^.!?\n]{0,120}\.\s+(?:produced|edited|mixed) by\b.{0,300}"),
    # a network's page: "People also viewed", "Acme | 4,918 followers"
    (("people also viewed", "followers"), r"people also viewed|[^.!?\n]{1,80}\|\s*[\d.,]+\s?k?\s+followers"),
    # an e-mail's foot: "Please consider the environment before printing this email.", "CONFIDENTIALITY NOTICE: …",
    # "If you have received this email in error, please notify the sender …"
    (("environment before printing", "confidentiality notice", "in error", "confidential"),
     r"(?:please )?(?:consider|think of) the environment before printing\b.{0,60}|confidentiality notice\s*:.{0,600}"
     r"|if you (?:have )?received this (?:e-?mail|message|communication|transmission) in error\b.{0,300}"
     r"|this (?:e-?mail|message)(?: and any attachments)? (?:is|are) confidential\b.{0,300}"),
    # a land acknowledgement: "We gratefully acknowledge that we live, work … on the traditional and unceded territory of …"
    (("unceded", "treaty", "traditional territor", "traditional land"),
     r"(?:[\w .’'-]{0,40}\b" + _INSTITUTION + r" )?(?:we )?(?:gratefully |respectfully )?acknowledges? (?:that )?.{0,200}"
     r"\b(?:unceded|treaty \d+|traditional)\b.{0,120}\b(?:territor(?:y|ies)|lands?)\b.{0,200}"
     r"|" + _NOT_SAID + r"(?:[\w .’'-]{0,40}\b" + _INSTITUTION + r"|our (?:offices?|campus)) (?:is|are) (?:situated|located) on the "
     r"(?:traditional|unceded|ancestral)\b.{0,120}\b(?:territor(?:y|ies)|lands?)\b.{0,200}"),   # ("Acme University is
                                                                            # situated on the traditional territory of …")
    # a charity's legal line: "Acme Canada is a registered charity (No. …). …"
    (("registered charity",), _NOT_SAID + r".{0,120}\bis a registered charity\b.{0,500}"),
    # a post embedded with its link: "Big day in Denver. … pic.twitter.com/k3Xr9Lq2Zd"
    (("pic.twitter.com",), r".{0,400}\bpic\.twitter\.com/\w+.{0,120}"),
    # an embedded post's link to its network: "View on X", "View this post on Instagram"
    (("view",), r"view (?:this post )?on (?:x|twitter|instagram|facebook|threads|bluesky|linkedin|tiktok|youtube)"),
    # a call to act that ends on its arrow: "[Send a letter to your MP →](…)"
    (("\u2192",), r"\[?(?:send|write|e-?mail|sign|donate|join|take action|tell|call|add your name)\b[^.!?\n\]]{0,60}\s*\u2192\s*\]?"
                  r"(?:\([^)\s]*\))?"),
    # a record's page marks: "--- Page 1 of 5 ---", "--- End of transcript ---" (its note on how the transcript was made
    # is furniture_lines' "Transcript prepared … by …")
    (("page", "end of"), r"-{2,}\s*(?:page \d+ of \d+|end of (?:the )?(?:transcript|document|record|minutes))\s*-{2,}"),
    # a radio script's cues: "[SOUND: gulls, wind, a dock creaking]"
    (("sound", "sfx", "music:", "ambi"), r"\[(?:sound|sfx|music|ambi(?:ence|ent)|nat sound)\s*:[^\]\n]{1,200}\]"),
    # a show's and a story's credits: "CREDITS: The Line was produced by …"
    (("credits",), r"credits\s*:.{0,500}"),
    # a page's prompts and notes: "Was this fact check helpful?  Yes   No", "Also available in: Français", "Corrections and
    # clarifications: Contact the newsroom at …", "Jo Doe can be reached at jo@… or 555-0187.", "Our newsletter: …",
    # "Abonnez-vous à notre infolettre …", "FOR MEMBERS ONLY - PLEASE DO NOT POST ON SOCIAL MEDIA"
    (("helpful",), r"was this (?:fact[- ]?check|article|story|page|answer|information) helpful\?.{0,30}"),
    (("also available in",), r"also available in\s*:?\s*(?:fran[cç]ais|english|french|espa[nñ]ol|spanish)\.?"),
    (("corrections and clarifications",), r"corrections and clarifications\s*:.{0,160}"),
    (("can be reached at",), r"[^.!?\n]{2,60} can be reached at \S+@\S+.{0,60}"),
    (("our newsletter",), r"our newsletter\s*:.{0,160}"), (("abonnez-vous",), r"abonnez-vous\b.{0,160}"),
    (("for members only",), r"for members only\b[^.!?\n]{0,80}"),
    # a group's frame on a network: "Private group · 4.8K members", "Admin · Top contributor", "Write a public comment…",
    # "See less"; a player's "Listen · 41:08"
    (("group", "contributor", "write a", "see less", "listen"),
     r"(?:private|public) group\s*[·•]\s*[\d.,]+\s?k?\s+members|admin\s*[·•]\s*top contributor|write a (?:public )?comment\W{0,3}"
     r"|see less|listen\s*[·•|]\s*\d{1,2}:\d\d(?::\d\d)?"),
    # a translation's note: "[English translation. This article was originally published in French and translated by …]"
    (("originally published", "first published"), r"\[?(?:english translation\.\s*)?this (?:article|story|text) was (?:originally|"
                                                  r"first) published in (?:french|english|spanish)\b[^\]\n]{0,200}\]?"),
    # an opinion page's disclaimer: "The views expressed in this column are those of the author and do not necessarily
    # reflect the views of …"
    (("views expressed", "opinions expressed"), r"(?:the )?(?:views|opinions) expressed (?:in this (?:column|article|piece|"
                                                r"op-ed|commentary|letter|post|blog)|here(?:in)?|above)?\s*are (?:those of the "
                                                r"(?:authors?|writers?)|the (?:author|writer)[’']s own|solely\b)[^\n]{0,200}"),
    # an e-mail's warning banner: "[EXTERNAL] This message originated outside your organization. Do not click links …",
    # its hidden list of recipients: "To: Undisclosed recipients"
    (("outside",), r"(?:\[external\]\s*)?(?:caution\s*:\s*)?this (?:e-?mail|message) (?:originated|came|was sent)(?: from)? outside "
                   r"(?:of )?(?:your|the|our) organi[sz]ation\b.{0,300}"),
    (("undisclosed",), r"(?:to|cc|bcc)\s*:\s*undisclosed[- ]recipients\W{0,2}"),
    # a video player's fallback: "Your browser does not support this video. Video length 3:42."
    (("does not support",), r"your browser does not support (?:this |the )?(?:video|audio)(?: tag| element| player)?\.?"
                            r"(?:\s*(?:video )?length:? \d{1,2}:\d\d\.?)?"),
    # a TV script's on-screen text: "[ON SCREEN: BUY CANADIAN — WHAT'S IN YOUR CART?]", "[GRAPHIC: …]", "[LOWER THIRD: …]"
    (("screen", "graphic", "lower third", "chyron"), r"\[(?:on[- ]?screen|graphic|lower third|chyron)\s*:[^\]\n]{1,200}\]"),
    # a translation's and a byline's credits: "Translated by the Acme editorial team.", "With the collaboration of Jo Doe",
    # "Parliamentary Bureau, Quebec City", "North America correspondent"
    (("translated by", "translation by", "translated from"), r"(?:translated (?:from (?:the )?(?:french|english|spanish) )?|translation )by (?:the |our )?"
                                          r"[^.!?\n]{2,60}\.?(?:\s+read the original\b.{0,80})?"),
    (("collaboration",), r"(?:with the collaboration of|avec la collaboration de)\s+[^.!?\n]{2,60}"),
    (("bureau",), r"(?:[\w’'-]+ ){0,3}bureau,\s*[\w .’'-]{2,30}"),
    (("special to",), r"special to (?:the )?[\w .’'&-]{2,40}"),   # (a role line under a name is credits' byline)
    # a letters page's rules: "Letters must include your full name …", "Maximum 200 words.", "Letters to the editor: Email …"
    (("letters", "maximum"), r"letters (?:to the editor )?(?:must|should) (?:include|be)\b.{0,200}|letters to the editor\s*:\s*"
                             r"(?:e-?mail|send|write)\b.{0,400}|(?:maximum|max\.?) (?:of )?\d{2,4} words\.?"),
    # a government site's header: "Government of Alberta | Newsroom", "B.C. Government Newsroom | Office of the Premier"
    (("newsroom",), r"[^!?\n|]{2,60}\|\s*newsroom|[^!?\n|]{0,60}\bnewsroom\s*\|\s*[^.!?\n|]{2,60}"),
    # a show's sponsor and credits: "This episode of The Shift is brought to you by Acme Bank.", "The Shift is produced
    # by Acme Audio. Producer: Jo Doe. …", "ON AIR NOW: The Noon Report with Jo Doe"
    (("brought to you by",), _NOT_SAID + r"[^.!?\n]{0,80}\b(?:is|are) brought to you by\b.{0,400}"),
    (("produced by",), _NOT_SAID + r"[^.!?\n]{2,60} (?:is|was) produced by [^.!?\n]{2,60}\.(?:\s+(?:producer|sound design|"
                                   r"editor|music|engineer|executive producer)s?\s*:[^.!?\n]{2,60}\.?)+"),
    (("on air now",), r"on air now\s*:.{0,100}"),
    # an author's note at the foot of a column or a post: "Jo Doe is a dairy farmer in …. The views expressed are her own.",
    # "Jo Doe is licensed to practise law in Ontario and Michigan.", "Nothing in this post is legal advice; …"
    (("views expressed", "opinions expressed"), r"[A-Z][^.\n]{2,60} is (?:a|an|the) [^\n]{3,300}\bthe (?:views|opinions) "
                                                r"expressed (?:here )?are (?:his|her|their|the author[’']s) own\.?"),
    (("licensed to practi",), r"[^.!?\n]{2,60} is licensed to practi[cs]e (?:law|medicine) in [^.!?\n]{2,80}\.?"
                                r"(?:\s+nothing in this [^\n]{0,40}\badvice\b.{0,120})?"),
    (("nothing in this",), r"nothing in this (?:post|article|blog|column|newsletter|note|episode) (?:is|constitutes|should be "
                           r"(?:taken|read) as) (?:legal|financial|tax|investment|medical) advice\b.{0,160}"),
    # a fact-checker's own box: "ClaimCheck is an independent, nonpartisan fact-checking project. We are a signatory …"
    (("fact-checking",), r"[^.!?\n]{2,60} is an? (?:independent,? )?(?:non-?partisan )?fact-checking (?:project|organi[sz]ation|"
                         r"initiative|site|team)\b.{0,240}"),
    # a forum's frame: "Reply Quote Like (4)", "Reply · Like (31) · Report", "You must log in or register to reply here.",
    # "Forums > Investing > Currencies", "RN, Med-Surg · Joined Aug 2021 · Posts: 412", "~ Opinions are my own. ~"
    (("reply", "like"), r"reply(?:\s*[·|•]?\s*(?:quote|like|report)(?:\s*\(\d+\))?){1,3}"),
    (("log in", "sign in"), r"you must (?:log in|sign in|be logged in)(?: or (?:register|sign up))? to (?:reply|post|comment)"
                            r"(?: here)?\.?"),
    (("forum",), r"forums?\s*[>›»]\s*.{2,120}"),
    (("joined",), r"[^\n]{0,60}[·•]\s*joined [a-z]{3,9}\.? \d{4}(?:\s*[·•]\s*posts?:?\s*[\d,]+)?"),
    (("~",), r"~\s[^~\n]{3,120}\s~"),
    # an e-mail's frame: "---------- Forwarded message ---------", "Importance: High", "[This message was sent to a
    # distribution list. Please do not reply-all.]"
    (("forwarded message",), r"-{3,}\s*forwarded message\s*-{3,}"),
    (("importance",), r"importance\s*:\s*(?:high|normal|low)"),
    (("distribution list",), r"\[?this (?:message|e-?mail) (?:was|is|has been) sent to a distribution list\b[^\]\n]{0,120}\]?"),
    # a player's length and a transcript's bare time mark: "Segment length 14:32", "[00:02:14]"
    (("length",), r"(?:segment|video|episode|clip|audio|running) length:? \d{1,2}:\d\d(?::\d\d)?\.?"),
    ((":",), r"\[\d{1,2}:\d\d(?::\d\d)?\]"),
    # a reporter's contact line: "Contact Jo Doe at jdoe@… or 555-0118.", "Follow him on social media @JoDoe."; a desk's
    # "Manage your alerts"
    (("contact",), r"contact [A-Z][^@\n]{2,60} at \S+@\S+.{0,120}"),
    (("follow",), r"follow (?:him|her|them|us|me) on (?:social media|x|twitter|instagram|facebook|bluesky|threads|linkedin)\b.{0,60}"),
    (("manage",), r"manage (?:your )?(?:alerts|notifications|subscriptions?|newsletters)\.?"),
    # a report's pointer to itself: "The full report, including methodology and appendices, is available at acme.example/r."
    (("available at",), r"the full (?:report|study|paper|decision|text|brief)\b[^.\n]{0,80} is available (?:online )?at \S+"),
    # a trial's or an account's pitch: "Try Acme Pro free for 14 days: …", "… Open an account in minutes."
    (("free for",), r"try [^.\n]{2,40} free for \d+ days\b.{0,160}"),
    (("open an account",), _NOT_SAID + r".{0,120}\bopen an account (?:in minutes|today|now|online)\b.{0,60}"),
    # a report's table of contents, pasted from a PDF: "3. The Limits of Export Controls ........ 5"; its blank pages
    (("....",), r"[^\n]{2,90}?[ \t]?\.{5,}[ \t]?\d{1,3}"),
    (("intentionally",), r"(?:this )?page (?:(?:is|has been|was) )?(?:left )?intentionally(?: left)? blank\.?"),
    # a player's running time and its links: "Duration: 27 minutes", "Read the video transcript", "Transcript
    # (auto-generated, edited by creator)"
    (("duration",), r"duration\s*:\s*\d{1,3}(?::\d\d)?(?:\s*(?:minutes?|mins?\.?|hours?|hrs?\.?|h|m))?"),
    (("transcript",), r"(?:read|view|show|see|open) (?:the )?(?:full )?(?:video |audio |episode )?transcript"   # ... and a
                      r"|transcript\s*\((?:auto-?generated|automatic|machine-generated)[^)\n]{0,60}\)"),   # video's own note
    # a show's pitches: "Back the show on Patreon and get bonus episodes.", "Visit acme.example to learn more about …"
    (("patreon",), _NOT_SAID + r".{0,120}\bpatreon\b.{0,160}"),
    (("visit",), r"visit (?:us at )?[\w\-]+(?:\.[\w\-]+)+\S* to (?:learn|find out|read) more\b.{0,160}"),
    (("subscribe to",), _NOT_SAID + r"subscribe to [^.\n]{2,60} to (?:unlock|get|read|access|enjoy)\b.{0,200}"),
    # a research note's credit and legal lines: "Prepared by the North America desk of Acme Insight, London", "Acme Ltd
    # is registered in England and Wales. Registered office: … This newsletter is provided for information only …"
    (("prepared by",), r"prepared by (?:the )?[^.!?\n]{3,100}"),
    (("registered in",), _NOT_SAID + r"[^.!?\n]{2,80} (?:is|are) registered in (?:england(?: (?:and|&) wales)?|scotland|northern ireland)\b.{0,200}"),
    # an e-mail's signature: "Sent with Mailcraft", "Sent from my phone"
    (("sent with", "sent from", "sent via"), r"sent (?:with|from|via) (?:my )?[\w .&-]{1,40}"),
    # a live blog's note: "Refresh this page for the latest updates. Times are Eastern."
    (("refresh",), r"refresh (?:this|the) page for (?:the )?(?:latest|new|more)\b.{0,120}"),
    # a page's other videos and its own player: "Related video: Steelworkers rally at the mill gate (1:58)", a video's
    # title over its running time, "Inside a stamping plant paying the tariff (2:41)"
    (("related video", "video:"), r"(?:related |more |watch )?videos?\s*:\s*[^\n]{3,150}"),
    (tuple(f"({m}:" for m in range(60)), r"(?!.*\b(?:said|says)\b)[A-Z][^.!?\n]{3,120}\s\(\d{1,2}:\d\d\)"),
    # a network's frame: "View 6 more replies"
    (("more repl", "more comment"), r"view (?:all )?\d+ more (?:replies|comments)"),
    # a filing's notes: "Forward-looking information: This annual report contains forward-looking statements …"
    (("forward-looking",), r"forward-looking (?:information|statements?)\s*:.{0,600}"),
    # a transcript's end: "(END OF TRANSCRIPT)"
    (("end of transcript", "end of the transcript"), r"[(\[]?\s*end of (?:the )?transcript\s*[)\]]?\.?"),
    # a show's pitches: "Become a supporting listener for $5 a month and get ad-free episodes.", "Newsletter: Get new
    # episodes … by email every other Tuesday."
    (("listener", "member", "subscriber", "patron"),
     _NOT_SAID + r"(?:become|join as) an? (?:supporting |paying )?(?:listener|member|subscriber|patron)\b.{0,160}"
                 r"\b(?:ad-free|bonus|a month|per month)\b.{0,120}"),
    (("newsletter",), r"newsletter\s*:\s*(?:get|sign up|subscribe)\b.{0,140}"),
    # a site's pitches: "Not a member yet? Join … today", "… Start your 14-day free trial", "… Enter now"
    (("not a member",), r"not a member(?: yet)?\?\s*(?:join|sign up|become)\b.{0,200}"),
    (("free trial",), _NOT_SAID + r".{0,160}\bstart (?:your|a) (?:\d+-day )?free trial\b.{0,60}"),
    (("enter now",), _NOT_SAID + r".{0,140}\benter now\b[.!]?"),
    # a travel blog's affiliate links and pins: "Check current rates at the … Inn on StayNorth", "(affiliate link)"
    (("affiliate",), r"\(?affiliate links?\)?\.?"),
    (("check current", "compare"), r"(?:check current (?:rates|prices)|compare [\w ]{0,30}prices) (?:at|on|with) [^.!?\n]{2,80}"),
    (("pin it", "pin this"), r"pin (?:it|this)(?: post| for later)?!?(?:\s+\W{0,3}\s*pin (?:it|this)(?: post)?)?"),   # (and its button)
    # a series' frame: "This explainer is part of our series “…”.", "See all stories in the series"
    (("series",), r"see all (?:stories|articles|episodes|parts) in (?:the|this) series"
                  r"|this (?:explainer|article|story|piece|report) is (?:part|one) of (?:our|a|the) (?:series|package)\b.{0,120}"),
    # a wire story's note on what changed: "(Adds analyst comment in paragraphs 14-16)"
    (("(adds", "(updates", "(recasts", "(rewrites", "(corrects"),
     r"\((?:adds|updates|recasts|rewrites|corrects)\b[^)\n]{3,200}\)"),
    # a group's frame: "48.2k members · 312 online"; a page's trail: "Debates > 2026 > February 24 (Afternoon)"
    (("members",), r"[\d.,]+\s?k?\s+members\s*[\u00b7|\u2022]\s*[\d.,]+\s?k?\s+(?:online|active)\b.{0,20}"),
    ((" > ",), r"(?!.*\b(?:said|says)\b|.*[.!?]$)[^>\n]{2,60}(?:\s>\s[^>\n]{1,80}){2,}"),   # (no sentence)
    # a show's airtime: "The Drive Home airs weekdays from 3 to 7 p.m. on …", "Listen live or subscribe at …"
    (("airs",), _NOT_SAID + r"[^.!?\n]{2,60}\bairs (?:weekdays|weeknights|weekends|daily|nightly|every \w+|"
                            r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b[^!?\n]{0,200}"),   # (and "Listen live …")
    (("listen live",), r"listen live (?:or|and) subscribe\b.{0,160}"),
    # a chat export's head: "Exported on 18/11/2025 at 10:04", "Group members: Jo Doe, …"
    (("exported on", "group members"), r"exported on \d{1,2}/\d{1,2}/\d{2,4}\b.{0,30}|group members\s*:.{0,400}"),
    # a forum's frame: "Member since 2019 · 412 posts", "Like (6) · Reply · Report"; a live blog's "New posts appear
    # automatically."
    (("member since",), r"member since \d{4}\b.{0,60}"),
    (("like (",), r"like \(\d+\)\s*[\u00b7|]\s*reply\b.{0,40}"),
    (("new posts appear",), r"new posts appear automatically\b.{0,160}"),
    # a publisher's legal and mailing lines: a licence, a mailing list, alternate formats, a realtor's disclaimer
    (("creative commons",), _NOT_SAID + r".{0,120}\bcreative commons\b.{0,300}"),
    (("mailing preferences", "email preferences", "removed from"),
     r"to (?:update your (?:mailing|email|e-mail) preferences|be removed from (?:our|the) (?:mailing |e-?mail )?list)\b.{0,200}"),
    (("alternate format", "alternative format", "accessible format"),
     r"(?:accessibility\s*:\s*)?this (?:document|page|publication|report|transcript) is available in "
     r"(?:alternate|alternative|accessible) formats?\b.{0,80}"),
    (("not intended to solicit",), r".{0,80}\bnot intended to solicit\b.{0,300}"),
    (("questions about this",), r"questions about this (?:transcript|document|report|record) (?:may|can|should) be "
                                r"(?:directed|sent|addressed) to\b.{0,200}"),
    # a broadcast script's production cues: "[END PKG — BACK TO CAM 2]", "[NEXT: WEATHER — CAM 1]", "### END B4 ###"
    (("[end", "[take", "[next", "[fullscreen", "[full screen", "[gfx", "[cam", "[tag", "[roll", "[nat", "[vo", "[v/o",
      "[anchor", "[ots"),
     r"(?-i:\[(?:END|TAKE|NEXT|FULL ?SCREEN|GFX|CAM|TAG|ROLL|NATS?|VO|V/O|ANCHOR|OTS)\b[^\]\na-z]{0,160}\])"),
    (("*** end",), r"\*{3}[ \t]*end of (?:page|story|script|segment)\b[^*\n]{0,30}\*{3}"),   # "*** END OF PAGE A3 ***"
    (("* (",), r"\*[ \t]*\(\d{1,2}:\d{2}\)"),              # a record's clock: "* (13:40)"
    (("##",), r"#{2,}\s*end\b[^#\n]{0,40}#{2,}"),
    # a blog's shopping lines: "Shop this post:", "Like this post? Pin it for later …"
    (("shop this", "shop the"), r"shop (?:this|the) (?:post|look|story)\s*:?(?:\s.{0,300})?"),   # (and its links)
    (("like this post",), r"like this post\?.{0,200}"),
    # a release's note on its other language: "Ce discours est également disponible en français."
    (("available in", "disponible en"), r"(?:this (?:speech|document|release|page|text|transcript|report|statement) is (?:also )?"
                                        r"available in (?:french|english)|(?:ce|cette) (?:discours|document|communiqué|texte|"
                                        r"page|déclaration) est (?:également |aussi )?disponible en (?:anglais|français))\.?"),
    # a page's prompts under its comments and its feedback box: "Log in or create a free account to comment.", "Show more
    # replies", "Letters have been edited for length and clarity.", "Did you find what you were looking for?"
    (("log in", "sign in"), r"(?:log|sign) in(?: or (?:create|register|sign up)[^.\n]{0,40})? to (?:comment|reply|"
                            r"join the (?:conversation|discussion))\.?"),
    (("show more", "show all"), r"show (?:more|all|\d+(?: more)?) (?:replies|comments)"),
    (("edited for",), r"(?:letters|comments|submissions|posts) (?:have been|are|were|may be) edited for (?:length|clarity|"
                      r"style)(?:,? (?:and )?(?:length|clarity|style)){0,2}\.?(?:\s+[^.!?\n]{0,120}[.!?]){0,2}"),
    # "Hansard is the official record of the debates … Unrevised transcripts are subject to correction."
    (("official record",), r"(?:hansard|this (?:transcript|record)|the (?:transcript|record)) is the (?:official|authoritative) "
                           r"record\b.{0,200}"),
    (("find what you",), r"did you find what you (?:were|are) looking for\??"),
    (("questions about this page", "questions about this site"), r"questions about this (?:page|site)\?.{0,80}"),
    # a market letter's fine print: "Prices are indicative and drawn from sources believed to be reliable, but …"
    (("believed to be reliable", "deemed reliable", "considered reliable"),
     _NOT_SAID + r".{0,120}\bsources? (?:believed|deemed|considered) (?:to be )?reliable\b.{0,200}"),
    # a forum post's head: "« Reply #1 on: March 2, 2026, 10:02:47 PM »", "« on: March 2, 2026, 09:14:22 PM »"
    (("« reply", "« on:", "«reply", "«on:"), r"\u00ab[ \t]*(?:reply[ \t]+#\d{1,5}[ \t]+)?on:[ \t]+[^\u00bb\n]{4,60}\u00bb"),
    # a bilingual body's masthead, its name in English and in French: "Senate of Canada | Sénat du Canada"
    ((" du ", " des ", " de la ", " de l’", " de l'"), r"(?=.*\b(?:(?:du|des|de la)\s|de l[’']))[^|\n.!?\d]{2,60}?\s\|\s[^|\n.!?\d]{2,60}"),
    # a broadcast transcript's tape marks and its captioner's credit: "(BEGIN VIDEOTAPE)", "Closed captioning … by Acme."
    (("videotape",), r"\((?:begin|end) videotape\)"),
    (("closed captioning",), r"closed captioning(?: and transcription)?(?: services)? (?:(?:is|are|was) )?(?:provided|produced) by\b.{0,100}"),
    (("generated automatically", "automatically generated", "generated with", "generated by", "generated using"),
     r"(?:this |the )?transcripts? (?:was |were |is |has been )?(?:generated automatically|automatically generated|generated "
     r"(?:with|by|using) (?:automatic|automated|ai)\b)\b.{0,160}"),
    # a record's notes on itself: "Report continues on next page >", "Hansard transcripts are published as soon as …"
    (("report continues",), r"report continues on (?:the )?next page\b.{0,10}"),
    (("hansard transcript",), r"hansard transcripts? (?:are|is) published\b.{0,200}"),
    # an encyclopedia page's own lines: "From Openwiki, the free encyclopedia", "For the broader dispute, see …"
    (("free encyclopedia",), r"from [\w ]{2,30}, the free encyclopedia"),
    (("for the broader",), r"for the broader [\w ]{2,40},? see\b.{0,160}"),
    # a briefing note's markings and sign-off: "PROTECTED A", "_____ I approve the recommendation", "Prepared by: …"
    (("protected", "classified", "secret"), r"(?:protected|(?:un)?classified|secret)(?:[ \t]+[abc])?"),
    (("approve", "discuss"), r"_{3,}[ \t]*(?:i (?:do not )?approve(?: the recommendation)?|let[’']s discuss)\.?"),
    (("prepared by", "approved by", "reviewed by", "drafted by"), r"(?:prepared|approved|reviewed|drafted) by\s*:.{0,200}"),
    (("docket",), r"docket(?: no\.?)?\s*:\s*[\w-]{3,40}"),
    (("a-20",), r"a-20\d\d-\d{3,6}"),                    # an access-to-information request's number alone
    # a forum's frame: "Pages: [1]   Go Down", "Author  Topic: … (Read 4,812 times)", "Posts: 2,106", "Location: Truro,
    # NS", "Report to moderator   Logged", "« previous next »"
    (("pages:",), r"pages:\s*\[\d+\].{0,60}"),
    (("author",), r"author\s+topic:.{0,200}"),
    (("posts:",), r"posts:\s*[\d,]+"),
    (("location:",), r"location:\s*[^.!?\n]{2,40}"),
    (("report to moderator",), r"report to moderator\b.{0,20}"),
    (("« previous", "previous next"), r"\u00ab?\s*previous\s+next\s*\u00bb?"),
    (("message has been deleted", "message was deleted"), r"this message (?:has been|was) deleted\.?"),
    # a stock site's and a fact-checker's notes: "Acme has no position in any of the stocks mentioned. …"
    (("no position in",), r".{0,60}\bhas no position in any of the (?:stocks|securities|companies) mentioned\b.{0,200}"),
    (("is part of",), _NOT_SAID + r"this (?:(?:article|story|fact[- ]check|piece|report) )?is part of [^.\n]{0,80}\b(?:effort|"
                                  r"project|series|initiative|partnership)\b.{0,200}"),
    # a wire story's slug line: "BIZ-Parcels-Border | Business | 720 words | Eds: Adds …"
    (("words",), r"[a-z]{2,}(?:-[\w]+)+\s*\|.{0,60}\|\s*\d{2,4} words\b.{0,100}"),
    # a blog's links to the posts on either side: "← Previous: Field notes, week 6 | Next: First week in Regina →",
    # "[Next post: Work-sharing, explained](/…) →" (an arrow or the pair: a lone "Next: The vote is Monday." stays)
    (("previous", "prev", "older", "newer", "next"), rf"[\u2190\u00ab\u2039]\s*{_SIDE}(?:\s*\|\s*{_SIDE})?\s*[\u2192\u00bb\u203a]?"
                                                    rf"|{_SIDE}\s*\|\s*{_SIDE}\s*[\u2192\u00bb\u203a]?|{_SIDE}\s*[\u2192\u00bb\u203a]"),
    # a council's or a chamber's links to the sittings on either side: "Previous meeting  |  Next meeting"
    (("previous",), r"(?:previous|prev\.?)\s+(?:meeting|sitting|page|issue|episode|post|article)\s*(?:\||\s{2,})\s*next\s+"
                    r"(?:meeting|sitting|page|issue|episode|post|article)"),
    # a web video player's own words: "Current Time 0:00", "This is a modal window.", "Video Player is loading."
    (("current time", "duration", "remaining time", "modal window", "dialog window", "video player", "playback rate",
      "stream type", "loaded:"),
     r"(?:current time|duration|remaining time)\s*-?\d{1,2}:\d\d(?::\d\d)?|this is a modal window\.?.{0,200}"
     r"|(?:beginning|end) of dialog window\..{0,200}|video player is loading\.?|(?:\d(?:\.\d+)?x\s+)?playback rate"
     r"|stream type\s+live|loaded\s*:\s*\d{1,3}(?:\.\d+)?\s?%"),
    # ... and its frame around a story's video: "Now Playing", "0:00 / 2:41", "Ad · 0:15 · Your video will play after this ad"
    (("now playing", "/ ", "your video will", "copy video link"), r"now playing|copy video link|\d{1,2}:\d\d(?::\d\d)? / \d{1,2}:\d\d(?::\d\d)?"
                                               r"|(?:ad\s*·\s*\d{1,2}:\d\d\s*·\s*)?your video will (?:play|begin|start|resume)\b.{0,60}"),
    # how long a story takes: "About a 6-minute read.", "Estimated listen time: 7 minutes"; a congressional record's
    # printer's lines: "[From the U.S. Government Publishing Office]", "Printed for the use of the Committee on …"
    (("minute read", "listen time", "reading time", "read time"), r"(?:about |approximately )?an? \d{1,2}[- ]minute read\.?"
     r"|(?:estimated )?(?:listen(?:ing)?|reading|read) time\s*:?\s*(?:about )?\d{1,3} ?(?:minutes?|mins?)\.?"),
    (("publishing office", "printed for the use"), r"\[?from the u\.s\. government (?:publishing|printing) office\]?"
                                                   r"|printed for the use of the [^\n]{3,120}"),
    # a French page's newsletter box: "Infolettre", "Inscrivez-vous"
    (("infolettre", "inscrivez"), r"infolettres?|inscrivez-vous(?: [^.!?\n]{0,60})?"),
    # a live blog's controls: "Auto-update on", "Newest first", "Pinned"
    (("auto-update", "auto update", "auto-refresh", "first", "pinned"),
     r"auto[- ]?(?:update|refresh)(?: is)? (?:on|off)(?:\s*(?:newest|oldest|latest) first)?|(?:newest|oldest|latest) first"
     r"|pinned(?: post| entry)?"),            # (the controls run together, as a page's reader may give them)
    # a wire page's links and foot: "Purchase Licensing Rights, opens new tab", "To contact the reporter on this story:",
    # "Jo Doe at jdoe@acme.example", "Reporting from Plattsburgh, N.Y."
    (("licensing rights", "new tab", "new window"), r"purchase licensing rights(?:, opens new tab)?|[^.!?\n]{1,60}, opens (?:in )?(?:a )?new (?:tab|window)"),
    (("to contact the",), r"to contact the (?:reporters?|editors?|authors?)(?: responsible)? (?:on|for) this story\s*:.{0,200}"),
    (("@",), r"(?-i:[A-Z])[\w.’'-]+(?: (?-i:[A-Z])[\w.’'-]+){1,3}(?: in (?-i:[A-Z])[\w ]{1,30})? at [\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    (("reporting from",), r"reporting from (?-i:[A-Z])[\w .,’'-]{1,60}"),
    # a show's ad read, from its cue: "[AD BREAK] This episode of … is supported by …"
    (("break",), r"\[?(?:ad|sponsor|midroll|mid-roll|commercial) break\]?(?:\s.{0,400})?"),
    # a market page's tags and a replay's pitch: "Companies in this story: (TSX:ABC)", "… Try it free for 14 days."
    (("in this story", "in this article"), r"(?:companies|stocks|tickers|securities)(?: mentioned)? in this (?:story|article)\s*:.{0,200}"),
    (("try it free", "free trial"), _NOT_SAID + r".{0,160}\b(?:try (?:it )?free for \d{1,3} days|start (?:your|a) free \d{0,3}-?(?:day )?"
                                    r"trial)\b.{0,60}"),
    # a bank's and a columnist's fine print: "Deposits are insured by …", "She does not hold any of the securities
    # mentioned.", a report's "This report may be reproduced for non-commercial purposes …"
    (("deposits are", "deposits may"), r"deposits (?:are|may be) (?:insured|guaranteed|protected) by\b.{0,200}"),
    (("securities mentioned", "stocks mentioned", "companies mentioned"),
     r"[\w .’'-]{0,60}\b(?:does|do|did) not (?:hold|own) (?:any |a position in any )?(?:of )?the (?:securities|stocks|shares|"
     r"companies) mentioned\b.{0,100}"),
    (("reproduced",), r"(?:this|the) (?:report|publication|document|brief|material|work) (?:may|can) be (?:freely )?reproduced\b.{0,200}"),
    # a newsletter's call for questions: "Got a question for next week's Q&A? Hit reply. We read everything."
    (("hit reply", "press reply", "just reply"), r"(?:[^.!?\n]{0,80}\?\s+)?(?:just |simply )?(?:hit|press) reply\b.{0,80}"
                                                  r"|just reply to this (?:e-?mail|newsletter|message)\b.{0,80}"),
    # a forum's frame: "Welcome, Guest. Please login or register.", "Karma: +112/-4", "« Last Edit: … by jo_doe »",
    # "Logged"
    (("please login", "please log in", "please sign in"), r"(?:welcome,? guest\.?\s*)?please (?:login|log in|sign in) or "
                                                           r"(?:register|sign up)\.?.{0,80}"),
    (("karma",), r"karma\s*:\s*[+-]?\d+(?:\s*/\s*[+-]?\d+)?"),
    (("last edit",), r"\u00ab?\s*last edit\s*:[^\n]{0,80}\u00bb?"),
    (("logged",), r"logged"),
    # a podcast's asks and ads: "Subscribe wherever you get your podcasts.", "Today's episode is also supported by
    # Acme Sportsbook.", "… 19 and over. Please gamble responsibly."
    (("wherever you", "leave us a"), r".{0,80}\bwherever you (?:get|listen to) your podcasts\b.{0,160}"
                                     r"|.{0,40}\bleave us a (?:five-star |5-star )?(?:review|rating)\b.{0,120}"),
    (("supported by", "brought to you by", "presented by"),
     r"(?:today[’']s|this) (?:episode|show|week[’']s episode|newsletter|issue)(?: is| was)? (?:also )?(?:supported|brought to "
     r"you|presented) by\b.{0,160}"),
    (("responsibly",), _NOT_SAID + r".{0,200}\bplease (?:gamble|play|bet|drink|enjoy) responsibly\b.{0,100}"),
    (("brought to you by", "sponsored by", "supported by"),
     r"this (?:episode|show|podcast|portion|part|segment|webinar|session)\b[^.!?\n]{0,80}?\b(?:is |was )?(?:also )?(?:brought to "
     r"you|sponsored|supported|presented) by\b.{0,200}"),   # "This episode of Shop Talk is brought to you by …"
    (("next episode",), r"(?:coming up )?(?:on the )?next episode\s*:.{0,120}"),
    (("days free",), r".{0,160}\btry (?:it )?\d{1,3} days free\b.{0,40}"),
    # "Log in to comment", "Comments are moderated and may take up to 24 hours to appear.", "Reading time: 7 minutes"
    (("to comment",), r"(?:log|sign) ?in to (?:comment|reply|join the (?:conversation|discussion))\.?"),
    (("comments are moderated",), r"comments are moderated\b.{0,160}"),
    (("reading time",), r"(?:estimated )?reading time\s*:?\s*(?:about )?\d{1,3}\s*(?:min(?:ute)?s?)\.?"),
    # a show's and a webinar's disclaimers: "Nothing in this episode is legal or financial advice. Guests' views are
    # their own.", "The information in this webinar is general in nature and is not a substitute for …"
    (("advice", "their own", "general in nature"),
     _NOT_SAID + r".{0,120}\b(?:(?:(?:is|are|constitutes?) not|nothing in this \w+ (?:is|constitutes)) (?:legal|financial|"
     r"investment|tax)(?:,? (?:or )?(?:legal|financial|investment|tax))* advice|general in nature and (?:is )?not (?:a "
     r"substitute for|intended as)\b)"
     r"(?:[^\n]{0,200}\bviews (?:expressed )?are (?:their|his|her) own\b)?.{0,120}"),
    # a forum's and a thread's frame: "Page 1 of 1 [ 7 posts ]", "Return to "Customs"", "Board index » …",
    # "Report this post | Like (3) | Quote", a thread's "level 2", "1.4k points · 96% Upvoted", "Search in r/Acme"
    (("posts ]", "posts]", "post ]", "post]"), r"page \d+ of \d+\s*\[\s*\d+ posts?\s*\]"),
    (("return to",), r"return to [\"\u201c][^\"\u201d\n]{2,80}[\"\u201d]"),
    (("board index",), r"board index\b.{0,200}"),
    (("report this post",), r"report this post\b.{0,80}"),
    (("level ",), r"level \d{1,2}"),
    (("upvoted",), r"[\d.,]+k?\s+points?\s*[\u00b7\u2022]\s*\d{1,3}%\s+upvoted"),
    (("search in r/",), r"search in r/[\w\-]+"),
    # a town hall's slide notes, a record's clock in brackets, a live blog's and a bot's notes on themselves
    (("[slide",), r"\[slide \d{1,3}[a-z]?(?:\s*[:\-\u2013\u2014][^\]\n]{0,120})?\]"),
    (("(0", "(1", "(2"), r"\((?:[01]\d|2[0-3])[0-5]\d\)"),
    (("refresh for updates", "newest posts"), r"refresh (?:the page )?for (?:the latest )?updates\.?|newest (?:posts|updates|entries) "
                                              r"(?:appear|are|shown) (?:at the )?top\.?"),
    (("i am a bot",), r".{0,200}\bi am a bot\b.{0,120}"),
    # credits and fine print: "Music by The Rebar Tiers.", "… printed by union labour.", "For institutional investors
    # only.", "Video and transcript © City of …", "Translated from the French by … the French version prevails."
    (("music by",), r"(?:theme )?music by [^.!?\n]{2,60}\.?"),
    (("union labour", "union labor"), r".{0,80}\b(?:printed|produced|made)\b.{0,40}\bby union lab(?:ou|o)r\b.{0,40}"),
    (("institutional investors only",), r".{0,40}\bfor institutional investors only\b.{0,200}"),
    (("\u00a9",), r"[^.!?\n\u00a9]{0,40}\u00a9[^\n]{0,120}"),
    (("version prevails", "translated from the french", "english translation", "english version", "english edition"),
     r"(?:english translation|translated from (?:the )?french)\b.{0,200}|.{0,160}\bthe french version prevails\b.{0,40}"
     r"|english (?:version|translation|edition) by\b.{0,120}|(?:leer|lire|lea) en (?:español|espanol|français|francais)\b.{0,60}"),
    # a Spanish-language site's frame around a story in English: "TE PUEDE INTERESAR: …", "Síguenos en Google News …",
    # "Suscríbete a nuestro boletín …"
    (("interesar", "síguenos", "siguenos", "suscríbete", "suscribete", "lee también", "lee tambien"),
     r"(?:te puede interesar|también te puede interesar|lee también|lee tambien)\s*:?.{0,200}|s[íi]guenos en\b.{0,160}"
     r"|suscr[íi]bete\b.{0,120}"),
    (("auto-generated", "autogenerated"), r"(?:this |the )?transcripts? (?:was |is )?auto-?generated\b.{0,200}"),
    (("hansard is produced",), r"hansard is produced by\b.{0,200}"),
    # a translated page's advert mark, and a PDF's heading carried on: "PUBLICITY", "MESSAGE FROM THE CEO (CONTINUED)"
    (("publicit",), r"publicit[ée]|publicity"),
    (("continued", "cont’d", "cont'd"), r"[^.!?\n]{2,120}\((?:continued|cont[’']?d\.?)\)"),
    # a show's ad and a bulletin's pitch: "Sponsor message: Acme Co-op. Boots 20% off …", "Stay informed: subscribe to …"
    (("sponsor",), r"(?:a )?(?:word|message) from (?:our|today[\u2019']s|this (?:week|episode|show)[\u2019']s) sponsors?\b.{0,300}"
                   r"|sponsor(?:ed)? message\s*[:\u2014\u2013-].{0,300}"),
    (("subscribe",), r"(?:stay (?:informed|in the loop|up to date|current|connected)|never miss (?:an? )?[\w ]{0,20}|don[\u2019']t "
                     r"miss (?:out|a thing|an? [\w ]{0,20}))\s*[:!.\u2014\u2013-]\s*subscribe\b[^!?\n]{0,200}"),
]
