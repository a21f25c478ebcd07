"""The lines of page furniture, as patterns: a whole line that is only a share bar, a newsletter's pitch, a
caption, a sign-off (``LINE_RE``), and the lines that only a scan of the whole line can tell, each tried only
when a word it needs is there (``SCANNED_RE``). :mod:`briefdeck.clean.boilerplate` applies them."""
from __future__ import annotations

import re

from briefdeck.clean import captions, comments, contacts, promos
from briefdeck.core.patterns import trie_pattern

PICTURE_MD = r"!\[[^\]]{0,300}\]\([^)\s]{1,300}\)"       # a Markdown picture: its words are a caption
_SIGN_OFF = (r"(?:(?:stay|stick) with [\w .&’'-]{1,40} for (?:updates|more|the latest)\b[^.!?\n]{0,80}"
             r"|[\w .&’'-]{1,40} will (?:continue to )?(?:follow|update|monitor|bring you updates on) this (?:developing )?"
             r"(?:story|article)(?: as (?:it (?:develops|unfolds)|(?:more )?(?:information|details) (?:becomes?|are) "
             r"available))?)[.!]?")
_LINE_END = r"[ \t*_]*"      # how a whole line may end, as in _WHOLE_LINE, for the scanned lines that end one
_WHEN_SENT = r"(?: (?:arrives|free|out|sent|published|delivered)\b[^.!?\n]{0,60}[.!]?)?"   # "… Arrives every Thursday."
_DEGREES = r"[-\u2212]?\d{1,3}\s?\u00b0\s?[FC]?"      # "−21°C", "39°"
_WHOLE_LINE = [
    *comments.FORM_LINES,                         # comment forms
    # navigation and page furniture; a link back to the listing the page came from: "‹ Back to News Releases"
    r"[\u2039\u2190\u00ab<]\s*back(?: to .{1,50})?", r"back to (?:all )?(?:[\w\u2019'&-]+ ){0,3}(?:news|releases|articles|stories|posts|blog|home(?:page)?|results|index)",
    r"-\s?30\s?-", r"#{3}",                       # a press release's end mark: what follows is the site's
    r"[\[(](?:commercial |station |news |musical )?break[\])]",      # a broadcast transcript's "[BREAK]"
    r"comments?\s*\(\d[\d,]*\)",                  # "Comments (86)": a counter over the comments, or over none
    # a site's links under the text: "More Acme analysis", "All earnings call transcripts"
    r"(?:more|all|latest) (?:[\w&’'.-]+ ){0,3}(?:analysis|transcripts|stories|articles|coverage|podcasts|videos|chats)",
    r"please (?:refer to|see|read) the (?:important )?(?:disclosures|disclaimers?)\b.{0,60}",   # a research note's
    # a report's front matter: "Research Report No. 2025-07", "ISBN 978-1-7781-4420-6 (PDF)" (its suggested
    # citation: briefdeck.clean.pages)
    r"(?:research |working |discussion |policy |technical |occasional )?(?:report|paper|brief) no\.? ?\d[\d-]*",
    r"(?:ISBN|ISSN)(?:-1[03])?:? ?[\dX -]{8,20}(?: \([\w ]{1,20}\))?",
    # a paywall's offer: "Try eight weeks of unlimited access for $1"
    r"(?:try|get|start|enjoy) (?:[\w-]+ ){0,2}(?:weeks?|months?|days?|years?) (?:of )?(?:unlimited |full |digital |premium )?"
    r"access (?:for|from) (?:just |only )?[$£€]?\d.{0,40}",
    # under a newsletter's sign-up form: "You can opt out whenever you like. We never sell your address."
    r"you (?:can|may) (?:opt out|unsubscribe)\b(?!.*\b(?:said|says)\b).{0,120}",
    # a report's back page: "Alternate formats of this report are available on request. Call 311."
    r"(?:alternate|alternative|accessible) formats?\b.{0,40}\b(?:available|on request)\b.{0,80}",
    r"printed on (?:\d{1,3} ?(?:%|per ?cent) )?(?:post-consumer )?recycled paper\.?",
    # a newsletter's masthead line: "Newsletter of the … Association · Spring 2025 · Issue 47", "Community Report, Fall 2025"
    r"[*_]{0,2}(?:[^\n]{0,120}[·|•,]\s*)?(?:spring|summer|fall|autumn|winter)\s(?:19|20)\d\d(?:\s*[·|•,]\s*(?:issue|no\.|"
    r"vol\.?|volume)\s?\d{1,4})?[*_]{0,2}",
    # a government site's banner: "A U.S. government website — how to tell it's real", "Federal agency websites
    # end in .gov. Secure pages show a padlock …"; its equal-opportunity line
    r"(?:an? )?(?:official )?(?:u\.s\. |united states |federal )?government (?:web ?site|site)(?: of the [\w .]{1,40})?\.?"
    r"(?:\s*[\u2014\u2013:-]\s*(?:here[’']s how you know|how to tell(?: it[’']s real)?)\.?)?",
    r"(?:federal |official )?(?:agency|government) web ?sites? (?:often )?end in \.gov\b.{0,160}",
    r"the (?:department|agency|ministry|university|company) does not discriminate\b(?!.*\b(?:said|says|ruled|found)\b).{0,200}",
    r"follow (?:related )?(?:authors?|topics?)(?: and (?:authors?|topics?))?",
    r"issued (?:by|on behalf of) (?!.*\b(?:said|says)\b)(?:the )?(?-i:[A-Z])[\w ,&’'.-]{2,120}",   # a release's issuer line
    # a bank's or a shop's box: "**Visit us:** … Branch, 57 Victoria Street …" (and "… Conditions apply.", below)
    r"[*_]{0,2}visit us(?: at| in)?[*_]{0,2}\s*:[*_]{0,2}\s.{0,300}",
    # a forum's furniture: a member's details, signatures, its menus, who is browsing, its tagline and disclaimer
    r"(?:[\w ]{0,30}[·|•]\s*)?joined:?\s[^\n]{0,40}[·|•]\s*posts:?\s[\d,]+.{0,80}", r"signature:\s.{1,150}",
    r"jump to:\s.{0,200}", r"users browsing this (?:forum|thread|topic|board):.{0,200}",
    r"(?:post|write|add) (?:your|a) reply",            # a social post's reply box
    # a newsletter's motto under its name: "North American auto trade, every Friday"
    r"[^.!?\n]{3,80},\s(?:every|each)\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekday|"
    r"morning|day)",
    # a social post's furniture: its age ("2d • Edited • 🌐"), the follow button, hashtags, reactions ("👍❤️👏 1,284")
    r"\d{1,2}\s?(?:s|m|h|d|w|mo|y|min|hr|hrs)\s*[•·](?:\s*edited\s*[•·]?)?\s*\S?",
    r"\+?\s?follow(?:ing)?", r"#[^\W\d_][\w]*(?:[ \t]+#[^\W\d_][\w]*)+",
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2764][\U0001F300-\U0001FAFF\u2600-\u27BF\u2764\uFE0F\u200d]*\s?\d[\d,.]*[km]?",
    r"[\w.&’' -]{1,60} is (?:an? independent [\w ]{1,40} and is )?not affiliated with\b(?!.*\b(?:said|says)\b).{0,120}",
    r"(?:skip|jump) (?:ahead )?to (?:the )?(?:main |site |page )?(?:content|index|navigation|story|article)(?: body| text)?",
    r"(?:jump to (?:the )?)?[\"“]?about this (?:government |web ?)?site[\"”]?(?: section)?",   # a government page's foot
    r"listen to (?:this|the) (?:story|article|release|post|report)(?: \((?:\d+ min|\d{1,2}:\d\d)\))?",
    r"[-\u2014\u2013 ]*sponsor(?:ed)? (?:message|content)[-\u2014\u2013 ]*",
    # the marks around a paid block: "— PARTNER CONTENT —", "— END SPONSORED —"
    r"[-\u2014\u2013 ]*(?:end(?: of)? )?(?:sponsored|partner|paid|promoted)(?: (?:content|message|post|story))?[-\u2014\u2013 ]*",
    r"[-_=~*\u2014\u2013\u2022\u00b7. ]{4,}",           # a divider drawn with dashes or dots
    r"\d+ (?:replies|comments|responses)(?: from (?:readers|neighbou?rs))?", r"filed (?:in|under)\s*:.{0,160}",
    r"about the (?:writer|author|reporter)",
    r"menu", r"home", r"search", r"skip advertisement", r"scroll to top", r"back to top",
    r"(?:language|langue)\s*:\s*(?:fran[cç]ais|english|espa[nñ]ol|en|fr)",                # a bilingual site's switch
    r"search (?:the |[a-z]/)?(?-i:[A-Z])[\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}",  # "Search the Courier", "Search r/Toronto"
    r"search (?:the|this|our) (?:[\w’'&-]+ )?(?:site|website)",                  # "Search the agency site"
    r"search(?: (?:[\w’'&,-]+)){1,5}(?:\.\.\.|\u2026)|search (?:news )?(?:releases|stories|articles)",   # "Search 2 m…"
    r"(?:distributed|issued|released) (?:for|on behalf of)\s*:\s.{2,80}",        # a newswire's "Distributed for: Acme plc"
    r"(?:license|licence|reprint|republish) (?:this|the) (?:article|story)",
    r"home\s*[>\u203a\u00bb/]\s.{0,200}",                          # a breadcrumb: "Home > News > Health > …"
    r"(?:previous|prev|next)(?: (?:post|article|story|page|release))?", r"(?:read|see) more",
    r"(?:load|view) more(?: (?:comments|replies))?(?: \(\d[\d,]*\))?|pinned by (?:the )?mod(?:erator)?s",   # a forum's
    r"(?:read more|see also|also read|read|related(?: (?:in|on|from|at) [\w .’'&-]{1,40})?|more|watch|listen|opinion|"
    r"explainer|go deeper)\s*[:|]\s.{0,200}", r"continue reading.{0,40}",     # "*Related in Supply Chain:* …"
    r"(?:more|latest|related) (?:[\w’'&.-]+ ){0,4}(?:coverage|stories|news|headlines|articles)"
    r"(?: (?:in|on|from|at) (?:this|today[’']s|the) [\w’'-]{1,20})?\s*:\s.{0,300}",   # "Related coverage in this issue: …"
    r"loading\W*", r"click here.{0,120}", r"posted (?:in|on) .{0,80}", r"posted by (?:(?-i:[A-Z])[^.!?]{0,200}|u/[\w\-]+.{0,60})",
    r"(?:this|the) (?:article|story|post) (?:(?:was|is) )?(?:first |originally )?(?:published|appeared).{0,160}",
    # "Published Nov. 12, 2026 | Updated 3 hours ago": when, not what
    r"(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?\s+(?![^\n]*\bby (?-i:[A-Z]))(?=[^.!?]{0,40}(?:\b(?:19|20)\d\d\b|"
    r"\bago\b|\d{1,2}:\d\d|\d{1,2}\.\d\d ?[ap]\.?m\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b))"
    r"[\w ,.:|/\u2022\u00b7-]{1,90}?)(?:(?<!\.)|(?<=[ap]\.m\.))",
    r"[\u2014\u2013-]?\s*with (?:files|reporting|assistance) from .{1,120}",   # end notes: who helped, who paid
    r"\(update[sd]? (?:with|to (?:add|include|reflect))\b[^()]{1,160}\)\.?",   # a wire's "(Updates with … paragraph.)"
    r"disclaimer\s*:.{0,560}", r"(?:©|\(c\)|copyright) .*",
    # a newsletter's legal footer: "This publication is for information purposes only …", "Forecasts are not a
    # reliable indicator …", "Lakeside Bank plc is regulated by …", "Registered in Ireland, No. 4122. Registered office: …"
    r"(?:this|the) (?:publication|newsletter|e-?mail|briefing|report|note|material|document|communication|commentary)"
    r" is (?:provided )?(?:for (?:general )?information(?:al)? purposes only|not (?:investment|financial) advice)\b.{0,300}",
    r"(?:forecasts|past performance|projections)(?: and [\w ]{1,30})? (?:are|is) not (?:a )?(?:reliable |guarantee|"
    r"indicat|guide).{0,120}",
    r"[\w .,’'&-]{1,80} (?-i:plc|PLC|Ltd|Limited|Inc|LLC|DAC|AG|SA|N\.A)\.? is (?:authori[sz]ed (?:and|&) )?regulated by .{3,160}",
    r"registered (?:in [\w ]{2,40},? (?:no\.?|number|company)|office\s*:|(?:company )?number\s*:?)\b.{0,200}",
    r"forward (?:this|the) (?:e-?mail|newsletter|briefing|note|message)(?: to (?:a )?(?:friend|colleague)s?)?\.?",
    r"want to change how you receive (?:these|our) e-?mails\??",
    # a broadcaster's sign-off: "Stay with WTLO for updates", "9 News will continue to follow this story."
    rf"{_SIGN_OFF}(?:\s+{_SIGN_OFF})?",
    # a newsletter's blurb: "Our weekly briefing on the courts, written by …", "Our editors' picks from …"
    rf"our (?:(?:daily|weekly|monthly|morning|evening|free|flagship) )+(?:briefing|newsletter|digest|round-?up|"
    rf"bulletin|e-?mail)(?: (?:on|about|of|for|from|with)\b| ?[,:\u2014\u2013])[^.!?\n]{{0,160}}\.?{_WHEN_SENT}",
    rf"our editors[’']? picks\b[^.!?\n]{{0,160}}\.?{_WHEN_SENT}",
    # a site's tagline under its name: "Harbour Freight Weekly — News for the shipping trade"
    r"[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,4} [—–|-] (?:news|insight|intelligence|analysis|coverage)(?: and \w+)? "
    r"(?:for|on|about|from) [^.!?\n]{1,80}",
    r"if you or someone you know (?:is|are|has|needs)\b.{0,240}",       # a helpline note
    # a market strip: "TSX 25,012.3 +0.4%  S&P 500 6,101.2 -0.2%"
    r"(?:[A-Z][\w&/.]*(?: [A-Z0-9][\w&/.]*){0,2} [\d,]+\.\d+ ?[+\-\u2212\u25b2\u25bc] ?\d+(?:\.\d+)?% ?)+",
    r"(?-i:(?:[A-Z]{3,} )?ALERT|BREAKING(?: NEWS)?)\s*:.{0,200}",     # a banner: "WEATHER ALERT: Heat advisory …"
    r"(?:this|the) (?:article|story|report|coverage|series) (?:was|is) (?:reported|produced|written|made possible|"
    r"supported|funded)\b.{0,160}",
    r"[\w .,’'&-]{1,80} contributed (?:reporting|to this (?:report|story|article))(?: from [\w .,’'-]{1,40})?\.?",
    # notes to the reader about the article, not part of it: "Editor's note: An earlier version misstated …"
    r"(?:editor[’']s note|correction|clarification)s?(?:,[^:]{1,30})?\s*:.{0,400}",
    r"(?:this|the) (?:story|article|post|page) (?:has been|was) updated\b.{0,200}",
    # a wire story's credits: "(Reporting by …; additional reporting by …; editing by …)"
    r"\(\s*(?:additional )?(?:reporting|writing|editing|compiled) by [^()]{1,240}\)\.?",
    r"(?:additional )?(?:reporting|writing) by [^.;()]{1,80}(?:;\s*(?:additional reporting|editing|writing|"
    r"compiled)(?: by)? [^.;()]{1,80})+\.?",
    r"(?:our|editorial|journalistic) (?:standards|principles|ethics)(?: (?:and|&) [\w ]{1,30})?(?:\s*:.{0,100})?",
    r"tags?:.*", r"(?:suggested |related |more )?topics?:.{0,300}", r"(?:filed under:?|posted in:).*", r"register (?:now|today)\s*[:\u2014\u2013-]\s.{0,100}",
    r"(?:a version of )?this (?:article|story) (?:appears|appeared|ran) in print\b.{0,200}",
    r"image (?:source|caption)[,:]\s.{1,300}",                         # "Image caption, Crews on the quay"
    r"categor(?:y|ies):.*",                                             # "Categories: Business, Autos"
    r"(?:share|email|e-mail|print|save|send|bookmark|post)(?: this)?(?: (?:article|story|post|page|update|entry))?"   # share bars
    r"(?: (?:on|via|to|with|in|by) (?:a friend|your social (?:networks?|media)|social media|\w+))?:?", r"(?:tweet|email|print|facebook|"
    r"twitter|linkedin|whatsapp|reddit|pinterest|x)", r"click to (?:share|print|email).*",
    r"copy (?:the )?(?:link|url)(?: (?:to|of|for) (?:this|the) (?:page|story|article|post|update))?", r"follow us(?: on \w+)?:?",
    r"(?:follow|find|join) us on (?:facebook|instagram|x|twitter|linkedin|tiktok|youtube|bluesky|threads|mastodon|"
    r"social media)\b.{0,80}",                                       # "Find us on Facebook and Instagram @…"
    # a charity's foot: "Registered charity no. 88417 2093 RR0001 · Tax receipts are issued for gifts of $20 or more"
    r"(?:registered charity|charitable registration)(?: (?:no\.?|number|#))?\b.{0,160}",
    r"(?:official )?(?:tax|donation|charitable) receipts? (?:are|will be|is) (?:issued|provided|sent|available)\b.{0,120}",
    # a live page's own buttons and plugs: "Load earlier updates", "Watch the Channel 8 livestream on our free app"
    r"(?:load|show|see|view|follow|read) (?:more|earlier|older|previous|all|new|newer|latest) (?:updates|posts|entries)",
    r"watch (?:the |our )?[\w .&’'-]{0,40}\b(?:livestream|live stream|live coverage|newscast)\b[^.!?\n]{0,60}\bapp\b\.?", r"(?!\[(?:end )?(?:audio )?(?:clip|soundbite|tape|voice ?mail|caller)\])(?:\[[\w ’'&!?,.-]{1,40}\]\s*)+",   # buttons:
    # "[Share] [Print]", "[OK, I'm happy]" (not a transcript's "[CLIP]", "[VOICEMAIL]": who is heard next)
    r"(?:kindly |please )?share (?:this|the) (?:story|article|post|release|page)\s*(?::.{0,200})?",
    r"(?:send|pass|share) (?:this|it)(?: story| article)?(?: along| on)?\s*:.{0,120}",    # "Send this story: Facebook  X"
    r"share on (?:facebook|x|twitter|linkedin|whatsapp|reddit|bluesky|threads|email)\b.{0,120}",
    PICTURE_MD, r"(?:gift|give) (?:this )?(?:article|story)", r"share full article",
    r"upcoming\s*:.{0,200}",                               # "Upcoming: Outlook Breakfast, Nov. 19 … tickets $45."
    # newsletters, subscriptions, cookies
    r"(?:subscribe|sign up)(?: (?:to|for) (?:our|the) [\w ]*newsletters?| now| today)?[.!:]?.*newsletter.*",
    r"subscribe(?: now| today)?[.!]?", r"sign up for (?:our|the) [\w ]*(?:newsletter|briefing|digest|bulletin|updates|alerts).*",
    r"subscribe to (?:our |the )?[\w’'&+ -]{1,60}?\b(?:newsletter|briefing|digest|bulletin|alerts|podcast)s?\b.{0,60}",
    r"subscribe to (?:our |the )?(?-i:[A-Z][\w’'&+-]*(?: [A-Z][\w’'&+-]*){0,4})"
    r"(?: for (?:daily |weekly |the latest |more )?(?:updates|news|alerts|coverage|analysis)"
    r"|\s[\u2014\u2013-]\s[\w ’'-]{0,30}\b(?:news|stories|headlines|updates)\b[\w ,’'-]{0,40})?",   # "… — local news every Thursday"
    # channels and apps: "Follow our business coverage on WhatsApp", "Catch all the latest news on our app."
    r"follow (?:us|our [\w ]{1,40}) on (?:our (?:official )?)?(?:whatsapp|telegram|instagram|facebook|x|twitter|linkedin|"
    r"tiktok|threads|youtube|google news)\b.{0,80}",
    r"(?:catch|get|read|follow|download)\b.{0,100}\bon our (?:\w+ )?app[.!]?",
    # a paywall's label, a sponsor's headline, an event's plug: "Subscriber Content", "Sponsored Content: How …"
    r"(?:subscriber|subscribers|premium|members)(?:[- ]only)? (?:content|exclusive|article)", r"sponsored content\s*:.{0,160}",
    r"upcoming events?", r"register (?:now|today|here)[.!]?",
    # a newsletter's own foot: who paid for it (and, below, "Know someone who should get this? Forward it to a friend.")
    r"this (?:newsletter|bulletin|e-?mail|update) (?:is|was) (?:produced|paid for|published|sent|prepared|written) by\b.{0,240}",
    # a reporter's address at the foot of the story: "Write to Jo Doe at jo.doe@example.com and …", "Contact Jo
    # Doe: jo@example.com. Follow him on X @jodoe."
    r"(?:write to|e-?mail|contact) (?-i:[A-Z])[\w.’' -]{1,40}(?: at|:) [\w.+-]+@[\w-]+\.[\w.]+"
    r"(?:(?:,|,? and) (?-i:[A-Z])[\w.’' -]{1,40} at [\w.+-]+@[\w-]+\.[\w.]+)*\.?"
    r"(?:\s+follow (?:him|her|them|me|us) on [\w ]{1,20}:? @\w+\.?)?",
    r"(?:now|currently|you[’']re|you are) (?:reading|playing|watching|viewing)\s*:.{0,200}",   # a sticky bar
    r"get (?:our|the) [\w ]*(?:newsletter|briefing|digest|bulletin).*", r"(?:[^.:\n]{0,40}:\s*)?we use cookies.*",   # ("Your privacy, your choice: we use cookies …")
    # an e-mailed newsletter's own furniture: "View this email in your browser | Add us to …", "You're receiving this …"
    r"view (?:(?:this|it|the) (?:e-?mail|newsletter|message|issue)? ?)?(?:in|on) (?:(?:your|a|the) )?(?:web )?browser\.?(?:\s*[|\u00b7]\s*[^.!?\n]{2,80})?",
    r"you(?:[’']re| are) (?:receiving|getting) (?:this (?:e-?mail |newsletter |message |bulletin )?|(?-i:[A-Z])[\w’'&+ -]{1,60}?)"
    r"because\b.{0,200}",
    r"(?:(?:having )?trouble (?:reading|viewing|seeing) (?:this|it)(?: (?:e-?mail|message|newsletter))?|can[’']t see "
    r"(?:this|the images))\??.{0,80}\b(?:browser|web version|online version)\b.{0,40}",
    r"open (?:(?:this|it|the) (?:e-?mail|newsletter|message|issue) )?in (?:(?:your|a|the) )?(?:web )?browser\b.{0,80}",
    # "You signed up for this newsletter at … · Manage your subscription", "… is written and published independently …"
    r"you (?:signed up|subscribed|opted in) (?:for|to) (?:this|our) (?:newsletter|e-?mail|list|mailing list|updates)\b.{0,200}",
    r"(?-i:[A-Z])[\w .’'&-]{1,40} is (?:written|produced|published|edited|reported)(?:,? and (?:written|produced|"
    r"published|edited|reported))* independently\b.{0,160}",
    # a newsletter's colophon under its unsubscribe line: "The Seed Round is published by Acme Media Inc., Toronto.",
    # "The Campus Ledger is an independent newsletter. We do not accept advertising …"; a reporter's bare address
    r"(?-i:(?:The )?[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4}) is (?:published by (?-i:[A-Z])[^!?\n]{2,80}|published (?:every|"
    r"each|weekly|daily|monthly)\b(?=[^\n]*\bsubscri)[^!?\n]{0,200}|an? "   # ("… is published every Monday. Subscriptions: …")
    r"(?:independent|free|reader-(?:funded|supported)|weekly|daily|monthly)[\w ,-]{0,30} (?:newsletter|publication)\b.{0,200})",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r"take me off (?:this|the|your) (?:mailing )?list", r"change what you (?:receive|get)",
    r"you are here\s*:.{0,200}", r"from our (?:partners?|sponsors?)\s*:?", r"search (?:the |our )?archives?\s*:.{0,60}",
    r"autoplay (?:is )?(?:on|off)\b[^.!?]{0,200}", r"up next\s*:[^.!?]{0,200}",
    r"(?:hear|listen to) (?:the|this) (?:story|segment|interview|report)(?: as (?:it )?aired)?(?: \(\d{1,2}:\d\d\))?",
    # a paywall's prompt: "Log in, register or subscribe to save articles for later."
    r"(?:log ?in|sign ?in|register|subscribe)(?:(?:,| or| and) (?:log ?in|sign ?in|register|subscribe|sign up|create "
    r"an account)){1,3} to (?:save|read|keep reading|continue|comment|access|unlock|follow)\b.{0,80}",
    r"unsubscribe\b.{0,120}", r"forward (?:this |it )?(?:e-?mail |newsletter )?to a (?:friend|colleague)\b.{0,160}", r"accept(?: all)?(?: cookies)?",
    r"reject (?:all|non-essential)(?: cookies)?", r"manage (?:preferences|cookies|cookie settings)", r"customi[sz]e",
    r"got it", r"do not sell(?: or share)? my (?:personal )?information", r"my (?:account|profile)", r"read (?:all )?\d[\d,]* comments?",
    # a call for tips: "Got a story? Email our news desk in confidence.", "Have a question? Email …"
    r"(?:got|have|have you got|do you have|know) (?:a |an |any |something )?(?:story|story idea|tip|news tip|tips|"
    r"information|question|questions|correction|concern)\b[^?]{0,80}\?\s*"
    r"(?:email|e-mail|contact|call|send|get in touch|reach|write to|message|tell)\b"
    r"(?=.{0,140}(?:@|\bour\b|\bus\b|newsroom|news ?desk)).{0,140}",
    # paywalls, accounts, apps, audio players, text size, donations
    r"(?:you have|you[’']re reading|you[’']ve (?:read|opened|used)|you have (?:read|opened|used))\b.{0,40}\b"
    r"(?:free |no-cost )?(?:articles?|stories)\b.{0,160}",
    r"subscribe\s*(?:[\u2014\u2013:-]\s*|(?:for|from) )(?:just |only )?[$£€]?\d.{0,160}",
    r"(?:sign|log) in to (?:save|read|continue|comment|follow|listen|bookmark|personali[sz]e|customi[sz]e)\b.{0,60}", r"(?:(?:candidate|member|customer|client|employer|subscriber|partner|staff|patient) )?(?:sign|log) ?in"
    r"(?: to (?:my|your) (?:[\w-]+ )?account)?",
    r"(?:sign|log) ?in\s*[|/\u00b7]\s*(?:subscribe|register|sign up|join)(?:\s*[:\u2014\u2013-]\s*[$£€]?\d.{0,60})?",
    r"estimated \d{1,2} min(?:ute)?s?(?: read)?", r"(?:the )?audio version of this (?:article|story) .{0,160}",
    # a station's live stream and a weather strip: "LIVE  Watch Prairie 11 News at 6 now", "Winnipeg -14°C Light snow",
    # "Sept-Îles  −21°C  Feels like −31°C  Wind NW 35 km/h", "Wausau, WI  34°F  Cloudy  Hi 39° / Lo 22°"
    r"(?:live\s+)?watch [\w .’'-]{1,40}\b(?:live|now)", r"get (?:breaking )?news alerts\b.{0,120}",
    rf"(?-i:[A-Z][\w.’'-]*(?:,?[ ]+[A-Z][\w.’'-]*){{0,3}})\s+{_DEGREES}(?:\s+[a-z ]{{0,25}})?(?:\s+feels like\s+{_DEGREES}"
    rf"(?:\s+wind\b[\w /.%:-]{{0,30}})?|\s+hi\s+{_DEGREES}\s*/\s*lo\s+{_DEGREES})?",
    r"audio (?:is|was) (?:ai|machine|computer|automatically)[- ]generated\b.{0,80}", r"text size\b[\s:a+\-]{0,30}",
    r"(?:donate|give|support us) (?:today|now)\b.{0,200}",   # (below: cookie banners)
    r"\W*join (?:the|our) [\w ’'&-]{1,40}(?:club|membership|community|insiders)\s*[:\u2014\u2013-]\s.{0,120}",
    r"we (?:value|care about|respect) your privacy\.?", r"(?:cookies?\b.{0,40}:\s*)?(?:we|this (?:site|website|blog|page)|our (?:site|website|blog|partners))\b.{0,60}\b(?:use|uses) "
    r"(?:(?:[\w-]+,? ){0,4}cookies?|them)\b.{0,400}",
    r"(?:we|this (?:site|website)) and our (?:\d+ )?(?:partners|vendors)\b.{0,60}\bcookies\b.{0,400}",
    # a newsletter's sign-up box: "Sign up to Morning Briefing", "Our morning email breaks down …", its privacy notice
    r"sign up (?:to|for) [\w ’'&-]{1,50}(?:\s*[:\u2014\u2013]\s.{0,160})?", r"privacy notice:.{0,300}", r"sign up(?: now| today| here| free)?[.!]?",
    r"(?:our|the) (?:\w+ )?(?:email|newsletter)s? (?:breaks|brings|gives|delivers|sends|rounds)\b.{0,200}",
    r"we (?:will )?use your (?:sign-?up|e-?mail(?: address)?|details|data) to (?:provide|send|improve)\b.{0,300}",
    # mastheads and site footers: "Serving Loup County since 1887", an acknowledgement of Country
    r"serving [\w .,’'&-]{2,80} since (?:1[6-9]|20)\d\d\.?",
    r"advertisement", r"sponsored(?: content)?", r"a (?:quick )?word from (?:our|a) (?:partner|sponsor)s?\.?.*",   # ads
    r"advertise (?:with|on|in|to) [\w ,’'&-]{1,50}",                 # "Advertise to 40,000 fleet managers"
    # a one-line pitch: "PARTNER CONTENT — …", "SPONSORED FIELD REPORT — …", "Sponsored by Acme, Town - …"
    r"[*_]{0,2}(?:partner content|advertisement|sponsored(?: [\w ]{1,30}?| by [^\u2014\u2013:|\u00b7]{2,60}?)?|paid (?:post|content))[*_]{0,2}"
    r"(?:\s*[\u00b7\u2014\u2013:|]|\s-)\s.{0,400}",      # ("> **ADVERTISEMENT** · Acme Credit Union: …")
    r"(?:was|is|did) this (?:page|article|story|information) (?:useful|helpful)\??.{0,40}",
    r"corrections (?:and|&) clarifications", r"(?:pass|send|give) us a (?:news )?tip\b.{0,80}",
    r"(?:news|press|media) release(?:\s*[-\u2013\u2014:|]\s*[\w .’'&-]{1,40})?",  # "NEWS RELEASE - MANITOBA"
    r"story continues below(?: advertisement)?", r"continue reading below",
    r"(?:this|the) advertisement has not loaded yet.{0,80}", r"article content", r"social sharing",
    r"listen to this article.{0,80}", r"(?:about |around |roughly )?(?:an? )?\d{1,2}[- ]min(?:ute)?s?[- ]read", r"(?:ad|advertisement)\s*\d{1,2}", r"sponsored links?",
    r"(?:this|the) (?:report|story) by .{1,60} was (?:first )?published .{0,80}",
    r"(?:skip|jump|go)(?: straight| right)? (?:to|past) (?:the )?(?:main )?(?:content|story|article|menu|navigation)",
    r"for immediate (?:release|distribution)", r"learn more (?:about .{1,80} )?at \S+\.\S+.{0,40}",
    # "Posted July 23, 2025 by Jo Doe, Organizer" is a byline (:mod:`briefdeck.clean.credits`, which learns her name)
    r"(?:posted|published|filed)\s+(?:on\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\s+\d{4})\s+by\s+"
    r"(?!(?-i:[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2})(?:,|$)).{2,160}",
    r"(?:have this (?:story|article) read to you|listen to this (?:story|article|call|episode|podcast|interview)).{0,40}", r"up next in \d+ seconds?:.{0,150}",
    r"video\s*\(\d+:\d\d\)\s*[|:\u00b7\u2014-]\s*.{0,150}", r"republish this (?:story|article|piece)\b.{0,120}",
    r"(?:tap|click|select) (?:the|this|any) (?:chart|graph|graphic|image|photo|map|table)s? to (?:enlarge|expand|zoom)\b.{0,80}",
    r"play video,? \d+ (?:minutes?|seconds?)(?: \d+ seconds?)?", r"powered by google translate", r"accept (?:and close|all)",
    r"closed captions? (?:are |is )?available\b.{0,80}",
    # a news aggregator's frame around the story it shows: "Read original article at …", "Sponsored · Ads by …"
    r"read (?:the )?(?:original|full) (?:article|story) (?:at|on) \S+", r"ads by [\w .&’'-]{1,40}",
    r"follow (?-i:[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3})(?: on (?:facebook|x|twitter|instagram|tiktok|youtube|linkedin|bluesky|threads))?", r"listen\s*[\u00b7|]\s*\d{1,2} min",   # "Listen · 4 min"
    r"(?:this|the) (?:newsletter|article|report|post|content|information) is (?:provided )?for (?:general )?"
    r"information(?:al)? (?:purposes )?only\b.{0,200}",
    r"(?:this|the) (?:article|information|content|story|guide|newsletter|page) (?:is|contains|provides|gives) general "
    r"(?:information|advice) only\b.{0,200}",               # "This article is general information only and …"
    # an editor's note on the text: "This transcript has been edited for length and clarity."
    r"(?:this|the) (?:transcript|interview|conversation|q&a) (?:has been|was|is) (?:lightly )?(?:edited|condensed)"
    r"(?: and (?:condensed|edited))?(?: for (?:length|clarity|brevity)(?: and (?:length|clarity|brevity))?)?\.?"
    r"(?:\s+(?:the )?(?:full )?(?:audio|video|recording|podcast|episode)\b[^.!?]{0,120}\.?)?",    # "Audio of the … is on …"
    # a pasted e-mail's header: "Sent: 03 March 2026 00:01", "Attachments: survey.pdf; photo.jpg" (its subject line,
    # which may be the only headline there is: briefdeck.clean.duplicates)
    r"sent\s*:\s.{0,60}\b\d{1,2}:\d\d\b.{0,20}",
    r"attachments?\s*:\s.{0,200}\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|zip|csv)\b.{0,200}",
    # a share bar's counters: "Share 2.1k", "Comments 612", "1.4k shares"
    r"(?:shares?|comments?|likes?|views?|reactions?|replies)\s+\d[\d.,]*\s?k?",
    r"\d[\d.,]*\s?k?\s+(?:shares|likes|views|reactions|comments|reposts)"            # "212 comments • 87 reposts"
    r"(?:\s*[\u2022\u00b7|]\s*\d[\d.,]*\s?k?\s+(?:shares|likes|views|reactions|comments|reposts))*",
    # a breadcrumb: "Opinion > Letters to the Editor", "News › Local"
    r"(?-i:[A-Z])[\w’'&.-]*(?: [\w’'&.-]+){0,4}(?:\s+[>\u203a\u00bb]\s+(?-i:[A-Z])[\w’'&.-]*(?: [\w’'&.-]+){0,5}){1,5}",
    # a link to the story in another language, to more of the same: "Read this story in Spanish | Lea …"
    r"read (?:this|the) (?:story|article|post|page|report) in (?-i:[A-Z])\w+\b.{0,80}",
    r"read more (?:[\w’'-]+ ){0,3}(?:letters|columns|opinions?|stories|articles|news|coverage|reviews|obituaries)\b"
    r"(?::.{0,300}|.{0,60})",                     # "Read more letters: “…” · “…”": the headlines it links to
    *captions.WHOLE_LINE,                         # captions and credits
    *contacts.WHOLE_LINE,                         # phone lines, addresses, opening hours
    *promos.WHOLE_LINE,                           # podcasts, sponsors' credits, disclosures, a site's counters
]
_PREFIX = r"^[ \t\u2022*_\-|#>\u25a0-\u25ff\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]*"   # bullets, "▶", "🔊", "###"
LINE_RE = re.compile(_PREFIX + r"(?:" + "|".join(_WHOLE_LINE) + r")[ \t*_]*$", re.I)   # "*View … browser*" too
# Lines that only a scan of the whole line can tell, each tried only when a word it needs is there (cheap):
_POSING = ("arriving", "leaving", "speaking", "walking", "standing", "holding", "sitting", "waiting", "watching",
           "addressing", "pictured", "photographed")
_ACTS = ("leave", "hand out", "check", "walk", "gather", "wait", "arrive", "march", "inspect", "carrie", "carry",
         "greet", "pose")
_SCANNED = [
    # whole lines that open on a long stretch of anything: tried only on the lines holding the words they need
    (("conditions apply",), r"(?!.*\b(?:said|says)\b).{0,300}[.!]\s+(?:terms and )?conditions apply\.?" + _LINE_END),
    (("online since",), r".{0,80}\bonline since (?:19|20)\d\d\.?" + _LINE_END),          # a forum's tagline
    # a newsletter's blurb: "Markets and deals, delivered every weekday at 5 p.m. ET.", "The week's news in one
    # email, every Friday." ("Our top stories, delivered before your first coffee. Every weekday at 6 a.m.")
    (("every ",), r"[^.!?\n]{0,120}(?:\bdelivered (?:free )?(?:(?:straight )?to your inbox )?(?:[^.!?\n]{1,40}[.,] )?|"
                  r"\bin (?:one|a single) e-?mail,? )every (?:weekday|morning|evening|week|day|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: morning| evening)?"
                  r"(?: (?:at|by) \d{1,2}(?::\d\d)? ?[ap]\.?m\.?(?: [A-Z]{2,3})?)?\.?" + _LINE_END),
    (("may not be ",), r"[^.!?\n]{0,160}\b(?:material|content|articles?|stories|photos?|images?)\b[^.!?\n]{0,80}"
                       r"\bmay not be (?:republished|reproduced|redistributed|rebroadcast)(?: without [^.!?\n]{1,60})?\.?"
                       + _LINE_END),                                                      # a rights note
    (("our ",), r".{0,80}\b(?:subscribe|sign up)(?: to| for)? our [\w ]{0,30}(?:newsletter|briefing|digest)\b.{0,120}"
                + _LINE_END),
    # a weather strip set out with bars or a label, with no sentence in it: "Tuesday | Alder 61°F, drizzle | Sunrise
    # 6:47 a.m.", "Erie right now: 47°F, showers" (a crosshead "Heat to reach 35°C by Friday" stays)
    (("\u00b0",), r"(?=[^\n]*(?:[|\u00b7]|:\s))(?:[^.!?\n]|\b[ap]\.m\.|\b[A-Z][a-z]?\.){0,150}?[-\u2212]?\d{1,3}\s?\u00b0\s?[FC]\b"
                  r"(?:[^.!?\n]|\b[ap]\.m\.){0,120}"),
    # an appeal or a plug that sends the reader to a web page: "A $15 gift covers …: example.org/support"
    ((".com/", ".org/", ".net/", ".ca/", ".co/", ".io/", ".fm/", ".blog/", ".news/", ".uk/", ".au/"),
     r"(?=[^\u201c\u201d\"]{0,300}$)(?=.{0,300}\b(?:gift|donat\w*|chip in|patreon|members?hip|join|subscribe|sign (?:me )?up|"
     r"tickets?|rating|supporter)\b)(?=.{0,300}\b[\w-]+\.(?:com|org|net|ca|co|io|fm|blog|news|uk|au)/\S).{0,300}"),
    # a call for tips that opens on any question and gives a way in: "Spotted a price …? Send a screenshot to x@y.com"
    # ("What happens now? The newsroom of 40 will shrink, the publisher said." is the story)
    (("?",), r"[^?\n]{5,120}\?\s+(?=[^?\n]{0,200}?(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{3,}|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b|"
             r"\b(?:send|e-?mail|text|dm|message) (?:us|it|them|a|an|your|photos?|screenshots?|the|our)\b|\bcall (?:us|our)\b|"
             r"\bleave (?:us )?a (?:message|note|voicemail)\b|\b(?:vote|take part) in (?:our|the|this) (?:[\w-]+ ){0,2}(?:poll|survey)\b|\bdrop (?:us )?a (?:note|line)\b|\b(?:write to|tell|contact|reach) us\b))"
             r"[^?\n]{0,320}"),
    # "Get the Gazette's Morning Update: … in your inbox every weekday. Sign up here.": a prompt in the paper's voice
    (("sign up", "subscribe"), r"(?=.{0,60}\b(?:sign up|subscribe)\b|.{0,250}\bsign up(?: here| now| today| free)?[.!]?$)"
     r"(?=.{0,250}\b(?:newsletters?|inbox|briefing|digest)\b)(?=.{0,250}\b(?:our|here|your inbox|free)\b).{0,250}"),
    (("already a",), r".{0,160}\balready a (?:subscriber|member)\?.{0,60}"),
    (("subscribe", "journalism", "support "), r"(?:.{0,80}\b(?:subscribe (?:today|now)|support (?:local|independent|our) journalism)|"
                                    r"support (?:[\w-]+ ){0,2}(?:news|journalism|reporting)\.)\s?.{0,240}"),
    (("app",), r".{0,80}\b(?:download|get|install|try) (?:the|our) [\w ’'&.+-]{0,40}\bapp\b.{0,160}"),
    # "Examiner+ subscribers get … Try 1 month free.", "Start your subscription for 99 cents."
    (("subscri",), r".{0,160}\bsubscri(?:bers?|ptions?)\b.{0,200}\b(?:start (?:your|a) (?:subscription|free trial)|"
                   r"try (?:it |\d+ \w+ )?(?:free|for)|free trial|\d+ cents|unlimited (?:digital )?access)\b.{0,120}"),
    # "Published in the print edition of the March 17 issue …", "See a typo in this story? Report it."
    (("print edition",), r".{0,80}\b(?:in|of) (?:the|our)\b[^.!?]{0,30}\bprint edition\b.{0,200}"),
    (("error in", "typo", "mistake in", "report an", "report a ", "error?", "mistake?"), r"(?:(?:did you |have you )?(?:see|spot|spotted|notice|noticed|found) (?:a|an) [\w ]{0,30}\b(?:error|typo|mistake)\b"
                                    r"[^?]{0,60}\?.{0,100}|report (?:an? )?(?:error|typo|correction|problem|mistake)(?: or (?:an? )?(?:error|typo|omission|"
                                    r"mistake|problem|correction))?(?: (?:on|in) this (?:page|story|article|report))?)"),
    # a live blog's banner over the story: "LIVE  Wildfire updates: Follow our live blog"
    (("follow our live", "follow the live"), r"(?:live\b.{0,60})?\bfollow (?:our|the) live (?:blog|coverage|updates)\b.{0,100}"),
    # a share-price widget: "NRVX (NASDAQ) 84.12 USD +10.37 (+14.06%) · After hours"
    (("nasdaq", "nyse", "tsx", "asx", "(lse", " lse", "(otc", " otc"),
     r"(?-i:[A-Z][A-Z.]{0,6})\s*\(?(?:nasdaq|nyse|tsx|tsxv|tsx-v|asx|lse|otc|cse)(?::\s?[A-Z.]{1,6})?\)?:?\s*"
     r"(?:[$€£]|us\$|c\$)?\d[\d.,]*\s*(?:usd|cad|gbp|eur|aud)?\s*[+\u2212-]\d.{0,60}"),
    (("supported", "funded"), r".{0,80}\bis (?:member|reader|listener|viewer)[- ](?:supported|funded)\b.{0,200}"
                              r"|(?!.*[.!?][\u201d\"’]?$).{0,80}\b(?:member|reader|listener|viewer)[- ](?:supported|funded)\b.{0,100}"),
    # offers in a site's own words: "Get 6 months of digital access for $1. Cancel anytime.", "… become a member for $5"
    (("cancel any",), r".{0,200}(?:[$£€]\d|\d+\s?\u00a2).{0,100}\bcancel any ?time\b.{0,40}"),
    (("become a",), r".{0,300}\bbecome an? (?:[\w-]+ )?(?:member|subscriber|supporter|patron)\b.{0,60}(?:[$£€]\d|\d+\s?\u00a2).{0,60}"),
    # "Stay informed: get our daily markets briefing delivered every weekday morning."
    (("newsletter", "briefing", "digest", "bulletin"),
     r".{0,60}\b(?:get|receive) (?:our|the) [\w ’'-]{0,40}\b(?:newsletters?|briefings?|digests?|bulletins?)\b.{0,20}"
     r"\b(?:delivered|sent|straight|each|every)\b.{0,80}"),
    # a caption written as a participle, with no verb of its own: "Jo Doe arriving at court on Tuesday."
    (_POSING, rf"(?-i:(?:[A-Z][\w’'.-]*(?<![’']s)\s){{1,4}})(?:{'|'.join(_POSING)})\b(?![^.!?]*\b(?:said|says|told|is|"
              r"are|was|were|has|have|had|will|would)\b)[^.!?\u201c\u201d\"]{0,160}\.?"),
    # ... or in the present, as captions are: "Volunteers hand out lawn signs outside the rally on Saturday."
    (_ACTS, rf"(?-i:(?:[A-Z][\w’'.-]*(?<![’']s)\s){{1,3}})(?:{'|'.join(_ACTS)})s?\b"
            rf"(?![^.!?]*\b(?:said|says|told)\b)[^.!?\d\u201c\u201d\"]{{0,160}}\."),
    # a price pitch ending on a link arrow: "Full access for 99¢ the first eight weeks →"
    (("\u2192", "\u203a", "\u00bb"), r".{0,160}(?:\d+\s?\u00a2|[$£€]\d[\d.,]*).{0,100}[\u2192\u203a\u00bb]"),
    (("join us", "join them", "join today", "join now"), r".{0,160}\bjoin (?:us|them|today|now)\b.{0,40}(?:[$£€]\d|\d+\s?\u00a2).{0,60}"),
    # a podcast's or a video's prompt: "🎙 Shift Whistle, episode 41: … Streaming now", "▶ Play episode"
    (("episode",), r".{0,160}\bepisode\b.{0,200}\b(?:stream(?:ing)?|listen|play|subscribe|wherever you get)\b.{0,120}"),
    (("\u25b6",), r"[\u25b6\u25ba]\s?.{0,80}"),
    (("episode",), r".{0,240}\b(?:play|listen to|stream|watch) (?:the |this |full )?episode\b.{0,40}"),
    # an alert banner: "⚠ Extreme heat warning for 14 counties … Tap for your county's cooling centers."
    (("\u26a0", "tap "), r"(?:[\u26a0\u2757\U0001f6a8].{0,240}|.{0,200}[.!?]\s+(?-i:Tap) (?:for|here|to)\b.{0,100})"),
    # a share bar in a site's own words: "Spread the word → Facebook  X  WhatsApp  Email"
    (("facebook", "whatsapp", "linkedin", "reddit", "bluesky", "copy link"),
     r".{0,40}?(?:\b(?:facebook|f|x|\U0001d54f|twitter|whatsapp|linkedin|reddit|bluesky|threads|email|e-mail|copy link|share|"
     r"post|print|comments?|text|sms|messenger)\b(?: ?\(\d+\))?[\W_]{0,8}){3,}"),
    # a weather strip: "Today 41° and overcast | Tonight 29°", "Weather: -2C Light snow"
    (("\u00b0",), r"(?=.{0,80}$)(?:today|tonight|now|currently)\b.{0,30}\d\s?\u00b0.{0,50}"),
    (("weather",), r"weather\s*:\s*[-\u2212+]?\d{1,3}\s?\u00b0?\s?[CF]?\b.{0,40}"),
    # consent notes in a site's own words: tracking technologies, identifiers on your device, data files
    (("device", "tracking", "data files", "privacy cent"),
     r"(?=.{0,300}\b(?:you|your)\b).{0,200}\b(?:tracking technolog(?:y|ies)|identifiers on your device|small data files|"
     r"privacy cent(?:re|er)|(?:store|access)(?: and/or access)? information on (?:a|your) device|"
     r"(?:store|place|set|use) cookies on (?:a|your) device)\b.{0,300}"),
    # a newsletter in a site's own words: "… Drop your email and we'll send the first one free. [Count me in]"
    (("your email", "your e-mail"), r".{0,200}\b(?:drop|enter|leave|type) your e-?mail\b.{0,160}"),
    # who wrote it and how to reach them: "Jo Doe covers farming for the Register. Contact her at jo@…"
    (("@",), r"(?=.{0,400}$)(?=.*[\w.+-]@[\w-]+\.\w)(?=.*\b(?:covers|covered|reported for|reporter|correspondent|writer|"
             r"reach (?:him|her|them|me)|contact (?:the author|him|her|them)|email (?:him|her|them))\b).*"),
    # a podcast's or a newsletter's sponsor: "This episode is supported by Acme Broadband. Full-fibre speeds …" (a host's
    (("supported by", "sponsored by", "brought to you by", "made possible by"),     # whole turn too: "[00:14:32] JO: …")
     r"(?:\[\d{1,2}:\d\d(?::\d\d)?\][ \t]*)?(?:(?-i:[A-Z][A-Z’'.\-]+)(?: (?-i:[A-Z][A-Z’'.\-]+)){0,2}:[ \t]+)?[*_]{0,2}this "
     r"(?:episode|show|podcast|newsletter|edition|issue|series) is (?:supported|sponsored|brought to you|made possible) by\b.{0,700}"),
    (("traditional", "elders past"),                   # "… acknowledges the First Nations peoples … Elders past and present"
     r".{0,80}\backnowledges? .{0,160}\b(?:traditional (?:owners|custodians)|elders past)\b.{0,200}"),
    (("cookie",), r".{0,100}\b(?:uses? cookies|use of cookies|cookies help us)\b.{0,300}\b(?:agree|accept|consent|policy|"
                  r"preferences|settings|privacy)\b.{0,200}"),
    (("inbox",), r".{0,200}\b(?:straight to|in|into|delivered to|free to) your inbox\b.{0,160}"),
    (("\u00a9", "(c)", "copyright", "rights reserved"),
     r".{0,120}(?:(?:\u00a9|\(c\)|copyright)\s*(?:19|20)\d\d\b|all rights reserved).{0,160}"),
    # an event's plug ending on its button: "Forecast Breakfast – Jan. 15, Athletic Club. Register now."
    # or on its RSVP: "Owners' meetup: Austin, Nov. 15, 10 a.m. Bring your questions. RSVP on our forums."
    (("register", "rsvp"), r".{0,200}(?:[.!?\u00b7|]\s+|\[)(?:register (?:now|today|here)|rsvp\b)[^.!?\n\[\]]{0,60}[.!]?"
                           r"(?:\]\([^)\s]{1,300}\))?"),
    # a newsletter's pitch ending on its button: "The Daily Brief: the news you need each morning. Sign up — it's free."
    (("sign up",), r".{0,200}[.!?:]\s+sign up(?: now| today| here)?\s*(?:[\u2014\u2013-]\s*)?(?:it[’']s free|for free|free)?[.!]?"),
    ((" left", "remaining"), r".{0,120}\b\d+ of \d+ (?:free )?(?:articles|stories) (?:left|remaining)\b.{0,60}"),
    (("unsubscribe",), r"(?!.*\b(?:said|says)\b).{0,80}\bunsubscribe\b.{0,80}"),
    (("listen live",), r"(?:.{0,60}\|\s*)?listen live\s*[:|\u2014\u2013-].{0,100}"),
    (("personal",), r"(?:[^.]{0,40}\.\s+)?do not (?:include|enter|share) (?:any )?personal (?:information|details)\b.{0,80}"),
    (("wherever you",), r".{0,200}\bwherever you (?:get|find) (?:your )?podcasts\b.{0,40}"),
    (("brought to you by",), r"(?=.*\bbrought to you by\b)(?!.*[.!?][\u201d\"’]?$).{0,180}"),  # "Farm news brought to you by Acme"
    # a public broadcaster's credit to its funders: "… climate coverage is made possible in part by the … Foundation"
    (("made possible", "supported", "funded", "underwritten"),
     r".{0,120}\b(?:coverage|reporting|journalism|newsroom|programming|series|podcast|news page|site|newsletter)\b"
     r"[^.!?]{0,60}\b(?:is|are) "
     r"(?:made possible|supported|funded|underwritten)(?: in part)? by\b.{0,200}"
     r"|.{0,120}\bsupported by (?:listeners|readers|viewers|members) like you\b.{0,60}"),
    *captions.SCANNED, *contacts.SCANNED, *promos.SCANNED,
    # a broadcaster's note on its transcripts: "Transcripts are made by machine and checked by staff; they may contain
    # errors.", "This transcript was made on a rush deadline and may not be in its final form."
    (("transcript",), r"(?!.*\b(?:said|says)\b).{0,100}\btranscripts?\b.{0,160}\b(?:may (?:contain|include) (?:errors|"
                      r"mistakes|inaccuracies)|may not be (?:in (?:its|their) final form|(?:fully |entirely )?accurate)|rush deadline|"
                      r"(?:with|by) automated (?:software|tools)|check against the audio before quoting|has not been (?:verified|checked|edited|reviewed)|"
                      r"(?:automated|machine|computer)[- ]generated|(?:the )?(?:authoritative|official) "
                      r"record)\b.{0,200}"
                      r"|(?:this is an? )?rush transcript\b(?!.*\b(?:said|says)\b).{0,200}"),    # "… The audio is the record."
    # "Transcript prepared by Acme Broadcast Services.": who typed up a programme
    (("transcript",), r"\[?(?:this |the |an? )?(?:unofficial |edited )?transcripts? (?:was |were |is |are |has been )?(?:prepared|provided|produced|supplied) (?:(?:from [^.\n]{0,40} )?by\b|from (?:the )?(?:broadcast|audio|recording)\b)"
                      r"[^.!?]{0,80}\.?(?:\s+[^.!?]{0,160}[.!?]){0,2}\]?"),     # (and a note on its prices, dates …)
    # a newsletter's colophon: "The Bean Row is published monthly for members of the … Association. To update …"
    # … and a podcast's: "The Square Footage is produced by Acme Audio. Support the show at our Patreon."
    (("published", "produced"), r"(?!.*\b(?:said|says)\b|(?:the|an?|its|this) (?-i:[a-z])[\w\-]*(?: (?-i:[a-z])[\w\-]*)? is "
                                r"published).{0,80}\bis (?:published (?:daily|weekly|monthly|quarterly|fortnightly|bi-?weekly|"
                                r"bi-?monthly|twice a (?:week|month|year)|every \w+)(?: by| for)|produced by\b.{0,80}\b(?:"
                                r"support the show|patreon|subscribe|ad-free))\b.{0,400}"),   # (not news: "The index is published …")
    (("forward",), r"(?:[^.!?]{0,80}\?\s+)?forward (?:this|it|the)\b[\w ’'-]{0,30}? (?:to (?:a|your|an?other) "
                   r"(?:friends?|neighbou?rs?|colleagues?)\b|their way\b|along\b).{0,60}"),    # "Forward this issue their way."
]

SCANNED_RE = [(words, re.compile(_PREFIX + r"(?:" + pattern + r")[ \t]*$", re.I)) for words, pattern in _SCANNED]
_WORDS = sorted({w for words, _ in _SCANNED for w in words}, key=len, reverse=True)
# at a place in a line, the longest of those words that starts there (a shorter one there is a prefix of it: "subscri"
# of "subscribe"); as a trie, since a flat alternation of 200 words is tried word by word at every character
_ANY_WORD = re.compile(trie_pattern(_WORDS))
_PATTERNS_OF = {found: [k for k, (words, _) in enumerate(_SCANNED) if any(found.startswith(w) for w in words)]
                for found in _WORDS}


def scanned(low: str) -> list[re.Pattern]:
    """The scanned patterns a line (lower-cased) holds a word for, in their order: a line with none of the words
    (most lines) is tried against none of them."""
    found, m = set(), _ANY_WORD.search(low)        # (a search again from the next character: the words may overlap;
    while m:                                        # a little quicker than one scan with a lookahead at every place)
        found.add(m.group())
        m = _ANY_WORD.search(low, m.start() + 1)
    ks = sorted({k for w in found for k in _PATTERNS_OF[w]})
    return [SCANNED_RE[k][1] for k in ks]
