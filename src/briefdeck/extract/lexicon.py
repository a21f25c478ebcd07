"""Word lists for finding quotes and speakers: speech verbs, titles, roles, descriptions and first names."""
from __future__ import annotations

import re

_IRREGULAR = {
    "say": ("said", "says", "saying"), "tell": ("told", "tells", "telling"), "write": ("wrote", "writes", "writing"),
    "speak": ("spoke", "speaks", "speaking"), "tweet": ("tweeted", "tweets", "tweeting"),
    "admit": ("admitted", "admits", "admitting"), "quip": ("quipped", "quips", "quipping"),
    "begin": ("began", "begins", "beginning"), "swear": ("swore", "swears", "swearing"),
"sing": ("sang", "sings", "singing"), "chat": ("chatted", "chats", "chatting"),
    "plead": ("pleaded", "pleads", "pleading"), "rebut": ("rebutted", "rebuts", "rebutting"),
    "text": ("texted", "texts", "texting"), "blog": ("blogged", "blogs", "blogging"),
    "post": ("posted", "posts", "posting"), "retweet": ("retweeted", "retweets", "retweeting"),
    "refer": ("referred", "refers", "referring"), "snap": ("snapped", "snaps", "snapping"),
    "chide": ("chided", "chides", "chiding"), "forecast": ("forecast", "forecasts", "forecasting"),
    "read": ("read", "reads", "reading"), "think": ("thought", "thinks", "thinking"),
    "hold": ("held", "holds", "holding"), "find": ("found", "finds", "finding"), "feel": ("felt", "feels", "feeling"),
}


def _forms(base: str) -> tuple[str, str, str]:
    """Past, third person and -ing forms of a regular verb."""
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if base.endswith("e"):
        return base + "d", base + "s", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ied", base[:-1] + "ies", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "ed", base + "es", base + "ing"
    return base + "ed", base + "s", base + "ing"


def _inflect(bases: str) -> frozenset[str]:
    out = set()
    for base in bases.split(","):
        base = base.strip()
        if base:
            out.add(base)
            out.update(_forms(base))
    return frozenset(out)


# Verbs that frame a quotation on their own: "…,” said X / X added: “…”.
SPEECH = _inflect(
    "say, tell, add, warn, argue, note, state, explain, insist, write, ask, reply, recall, declare, announce,"
    "acknowledge, caution, concede, urge, remark, continue, predict, admit, observe, counter, emphasize,"
    "emphasise, stress, vow, promise, suggest, claim, maintain, answer, respond, tweet, post, complain, boast,"
    "brag, joke, quip, crack, deadpan, muse, lament, mock, charge, allege, contend, assert, affirm, confirm, deny, shout, yell,"
    "scream, chant, cry, whisper, murmur, mutter, exclaim, proclaim, report, testify, retort, snap, fume, grumble,"
    "protest, object, plead, pledge, recount, reflect, reiterate, repeat, reason, offer, opine, conclude, hint,"
    "agree, disagree, wonder, question, challenge, scoff, sneer, laugh, sigh, thunder, roar, assure, reassure,"
    "advise, recommend, counsel, confess, confide, disclose, reveal, elaborate, clarify, indicate, interject, interrupt, begin,"
    "speak, email, text, blog, retweet, summarize, summarise, describe, criticize, criticise, rebut,"
    "accuse, blast, slam, chide, scold, tease, gush, rave, marvel, cheer, beam, concur, predict, forecast,"
    "estimate, write back, read, instruct, order, command, implore, beg, swear, threaten, caution, estimate,"
    "acknowledge, specify, stipulate, posit, theorize, speculate, surmise, guess, figure, reckon, think,"
    "believe, feel, hope, fear, worry, conclude, explain, contend, remind, inform, notify, preach, lecture,"
    "pronounce, proclaim, decree, rule, find, hold, deplore, decry, denounce, regret, bemoan, rejoice, underline")   # (the
# last seven: a translation's "a déploré", "a dénoncé", "s'est réjoui", "souligne")
# ... and a translation's verbs that say who spoke only when they come first, right after the quotation ("…,”
# launches Jo Doe", "relates his son"): elsewhere they say something else ("launched a campaign")
INVERTED_ONLY = frozenset("launches launched relates related".split())
# Verbs that only in this form, right beside the quote, name who said it: "“…,” X added." etc. are in SPEECH;
# these can attribute a quote that is the object or complement of the sentence ("X called it “…”").
FRAMING = _inflect(
    "call, dub, label, term, brand, describe, characterize, characterise, deride, dismiss, decry, denounce,"
    "condemn, hail, praise, applaud, welcome, endorse, criticize, criticise, attack, blame, accuse, defend,"
    "promise, pledge, vow, demand, urge, push, press, insist, tout, pitch, frame, paint, portray, cast,"
    "refer, invoke, quote, cite, use, say, tell, add, write, declare, announce, acknowledge, vow, thank,"
    "ask, call on, call for, express, voice, sound, concede, admit, predict, argue, claim, maintain, promise,"
    "suggest, recall, remind, assure, warn, lament, note, explain, boast, brag, joke, muse, complain,"
    "confirm, deny, reject, express, vote, sign, issue, release, publish, post, tweet, respond, reply,"
    "criticize, mock, ridicule, lambaste, blast, slam, chide, scold, joke, echo, repeat, reiterate, offer,"
    "encourage, implore, beg, plead, pray, sing, chant, shout, yell, scream, whisper, hope, fear, worry,"
    "believe, think, feel, consider, see, view, find, know, agree, disagree, accept, recognize, recognise,"
    "acknowledge, concede, emphasize, emphasise, stress, highlight, underscore, point, conclude, decide,"
    "determine, rule, order, seek, want, wish, like, love, hate, prefer, need, plan, intend, expect,"
    "mean, make, put, give, send, leave, write, read, speak, talk, discuss, address, recount, describe,"
    "tell, report, testify, reveal, disclose, detail, outline, explain, summarize, summarise, label")
NAMES_IT = frozenset("calls describes terms dubs labels brands".split())   # FRAMING in the present: "what Doe calls “…”"
# "Doe smiled. “…”": what a speaker does right before the quotation, in place of saying
# Base forms that are read as verbs ("experts say", "they argue"); other base forms are too often nouns.
BASE_VERBS = frozenset("say tell add argue warn explain insist agree disagree contend believe think predict "
                       "acknowledge admit concede suggest recall write ask wonder caution maintain".split())
# Base forms of speech verbs that are far more often nouns ("a tweet", "the report").
SPEECH_NOUNS = frozenset("tweet post report claim note answer question reply promise charge offer challenge comment "
                         "remark request order command estimate forecast guess figure hope fear worry feel laugh sigh "
                         "cry shout yell scream chant whisper murmur protest object text email blog counter rule "
                         "decree lecture caution demand pledge vow plea read hold find speak state address".split())
REACTIONS = frozenset("smiled laughed shrugged paused nodded sighed grinned winced chuckled frowned hesitated beamed "
                      "smiles laughs shrugs pauses nods sighs grins "
                      "agreed disagreed surprised unsurprised unimpressed unmoved unconvinced sceptical skeptical".split())
# ("She was not surprised. “…”": a reaction too)
# ", according to X" and the like: the speaker follows.
ACCORDING = ("according to", "said by", "says", "quoting")
# Adverbs and auxiliaries that stand between a speaker and the verb: "X later told", "X has said".
BETWEEN = frozenset(
    "also later then once again has had have would will could might may did does do had has recently "
    "previously repeatedly earlier subsequently further further, finally first initially simply flatly "
    "quickly immediately bluntly frankly candidly privately publicly openly angrily proudly jokingly "
    "separately afterward afterwards still even just only never always often sometimes yesterday today "
    "tonight not has, had, monday tuesday wednesday thursday friday "
    "saturday sunday last week night morning afternoon evening this himself herself themselves". split())
# Adverbs that open a sentence before its subject ("Additionally, Lee said: …"): never a name
SENTENCE_ADVERBS = frozenset(
    "additionally notably importantly crucially critically interestingly ironically surprisingly unsurprisingly "
    "predictably specifically particularly especially personally politically historically traditionally "
    "fortunately unfortunately hopefully frankly honestly clearly obviously initially originally eventually "
    "subsequently consequently accordingly alternatively conversely increasingly privately publicly separately "
    "similarly ultimately previously recently finally earlier".split())
# Words that begin a sentence before its subject: "But X said", "Still, X said".
OPENERS = SENTENCE_ADVERBS | frozenset(
    "but and so yet still however meanwhile moreover indeed instead also then later now today yesterday "
    "tonight afterward afterwards separately similarly likewise nevertheless nonetheless instead earlier "
    "again finally first second third last ultimately previously recently asked speaking writing "
    "responding reacting pressed".split())
PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "", "we": "p"}
# Words written with a full stop that does not end the sentence: "Coun. Doe", "Acme Inc. said", "Jan. 5", "Ma. Luisa Doe"
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen sens rep reps gov gen gens lt col maj capt sgt st jr sr rev hon pres messrs mme mmes mlle "
    "coun ald supt insp det const cpl pte cmdr adm brig fr msgr atty del mt ft ma wm chas jas thos "
    "inc corp co ltd no nos vs approx dept univ est fig jan feb mar apr jun jul aug sep sept oct nov dec".split())
# ... of which these end a name, and so can end a sentence before a quotation ("… of Acme Co. “We …”")
NAME_ENDS = frozenset("inc corp co ltd jr".split())
# ... and the states and provinces, which also end sentences ("… in Auburn Hills, Mich.")
PLACE_ABBREVIATIONS = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex va vt wash wis wyo que ont alta sask man nfld".split())
# Honorifics and titles written before a name: "Ms. Joly", "Sen. Doe", "Secretary Doe".
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "mlle": "f", "m": "m",
              "sir": "m", "dame": "f", "lord": "m", "lady": "f", "dr": "", "prof": "", "rev": "", "fr": "m",
              "sr": "", "msgr": "m", "rabbi": "", "imam": "", "father": "m", "sister": "f", "brother": "m",
              "hon": "", "honourable": "", "honorable": "", "madame": "f", "monsieur": "m"}   # "the Honourable Jo Doe,
# Minister of …"; a chair's "Madame Doe, you have six minutes"
TITLES = frozenset(
    "president vice-president vp prime premier minister secretary senator sen rep representative congressman comptroller "
    "congresswoman congressmember assemblyman assemblywoman governor gov lt lieut gen general col colonel maj "
    "major capt captain cmdr commander adm admiral sgt sergeant cpl corporal pvt pte chief justice judge "
    "mayor coun ald ald. cllr cr councillor councilor councilman councilwoman councilmember alderman alderwoman ambassador chancellor "
    "king queen prince princess pope cardinal "
    "archbishop bishop rabbi imam pastor reverend rev deacon dean provost speaker leader commissioner "
    "superintendent supervisor inspector detective officer constable coach mp mpp mla mna mha td senators attorney "
    "attorney-general solicitor-general minister, chairman chairwoman chair sheriff warden director "
    "dr prof professor mr mrs ms miss mme sir dame lord lady hon honourable honorable the gov. sen. rep. "
    "lt. gen. col. maj. capt. sgt. dr. prof. mr. mrs. ms. rev. st. gov.-elect president-elect "
    "ex-president ex-governor former acting interim deputy associate assistant senior junior del. delegate "
    "const const. cpl cpl. pte supt supt. insp insp. det det. adm adm. cmdr cmdr. brig fr. msgr msgr. mme mlle "
    "sens reps atty constable superintendent corporal brigadier state "
    "datuk dato dato' datin puan encik tunku tengku undersecretary under-secretary".split())   # and Malaysia's
# Nouns that make a role or a description of a speaker: "the party's chief strategist", "a spokesman for".
# firms named by what they make: "the Ontario steelmaker said" is the firm named before
MAKERS = frozenset("steelmaker drugmaker planemaker truckmaker tiremaker papermaker".split())
# bodies that speak as a role does ("the broadcaster said", "a spokesperson for the utility"), never a he or a she
ROLE_BODIES = frozenset(
    "federation utility district force trust railway airline insurer league society chamber broadcaster publisher "
    "carmaker automaker startup city county municipality township embassy consulate navy "
    "university college hospital nonprofit watchdog co-op co-operative consultancy distributor provider reinsurer "
    "chipmaker shipyard smelter brokerage museum branch".split())
ROLE_NOUNS = frozenset(
    "president minister premier secretary senator governor mayor chancellor ambassador ceo cfo coo cto chief "
    "chair chairman chairwoman chairperson director commissioner spokesperson spokesman spokeswoman spokespeople "
    "representative leader economist analyst professor judge justice treasurer officer deputy founder co-founder steward "
    "owner manager head executive counsel lawyer attorney general councillor councilor councilman councilwoman "
    "councilmember alderman alderwoman mp mpp king queen pope "
    "superintendent captain coach adviser advisor strategist master skipper pilot engineer researcher scientist "
    "historian farmer teacher organizer organiser activist planner inspector partner trustee dean rector editor "
    "author consultant pollster operative aide staffer official officials sources source expert critic critics "
    "supporter supporters opponent opponents voter voters resident residents member members worker workers "
    "employee employees student students parent parents mother father wife husband son daughter sister brother "
    "friend friends neighbour neighbor neighbours neighbors colleague colleagues candidate nominee chairman "
    "congressman congresswoman lawmaker lawmakers legislator legislators politician delegate delegates "
    "columnist commentator host anchor reporter journalist correspondent blogger writer contributor producer "
    "actor actress singer artist musician comedian director filmmaker screenwriter novelist poet player athlete "
    "physician doctor nurse surgeon psychologist psychiatrist scholar fellow lecturer instructor principal "
    "president-elect administrator regulator prosecutor defender investigator detective agent sheriff officer "
    "person people insider insiders soldier veteran general colonel commander admiral diplomat envoy negotiator "
    "attache attaché consul emissary "
    "mediator banker investor magistrate coroner arbitrator auditor ombudsman ombudsperson "
    "trader broker underwriter adjuster actuary dealer seller buyer entrepreneur businessman businesswoman developer contractor landlord tenant shopper customer "
    "clerk cashier driver fisherman miner steelworker nurse chef owner operator proprietor vice-president "
    "vp chairwoman treasurer organizer coordinator campaigner lobbyist negotiator whistleblower witness victim "
    "survivor mom dad grandmother grandfather teenager man woman men women person people group family "
    "campaign committee company firm union association council ministry department agency office government "
    "administration party board bank authority commission court tribunal police army military spokesman statement "
    "report study survey poll release memo letter document filing lawsuit complaint suit claim petition ruling "
    "decision minutes "
    "email e-mail transcript indictment affidavit documents records register audit assessment "
    "website site paper newspaper magazine journal network channel station outlet organization organisation "
    "institute foundation center centre charity coalition alliance partnership consortium cooperative movement team "
    "staff cabinet caucus "
    "panel jury spokesperson administration insider insiders observer observers participant participants "
    "attendee attendees protester protesters demonstrator demonstrators fan fans backer backers donor donors "
    "ally allies adviser advisers advisors aides sources officials executives analysts economists experts "
    "researchers scientists lawyers doctors teachers farmers workers residents leaders members "
    "surrogate surrogates operative operatives strategists consultants pollsters historians moderator moderators "
    "panelist panelists guest host hosts interviewer presenter narrator speaker speakers organizers chairs "
    "owners managers directors presidents ministers secretaries senators governors mayors judges justices "
    "professors scholars fellows analyst partisans vendor vendors merchant merchants shopkeeper fisher fishers "
    "fishermen nurse nurses pastor priest imam rabbi chief elder elders organizer organizers commuter commuters "
    "passenger passengers rider riders patient patients retiree retirees homeowner homeowners winner laureate "
    "champion forecaster firefighter rancher bartender baker butcher grocer plumber welder electrician mechanic "
    "dispatcher ranger trucker paramedic vet veterinarian pharmacist dentist therapist counselor counsellor "
    "auditor accountant tutor surveyor assessor lender landowner retailer wholesaler manufacturer supplier "
    "exporter importer grower breeder logger hunter guide coroner curator archivist librarian janitor caretaker "
    "carer caregiver midwife volunteer engineer technician pilot crew captain goalkeeper goalie forward "
    "defenceman defenseman rookie teammate referee umpire trainer scout".split()) | ROLE_BODIES | MAKERS
# "Industry groups", "Farm unions": a role noun's plural (not "claims" or "suits": "The ad claims …" is a verb)
GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")   # "Soo-jin", "Hsin-yi": a given name after the family's
ROLE_PLURALS = frozenset(noun + "s" for noun in ROLE_NOUNS if noun not in ("claim", "suit"))
# Organisation words: a capitalised run containing one names a body, not a person.
# People who name a campaign after themselves: "Families for Safer Highways", "Citizens for Clean Water"
ADVOCATES = frozenset("americans canadians britons citizens doctors families farmers fathers friends moms mothers "
                      "neighbors neighbours nurses parents physicians residents scientists students taxpayers "
                      "teachers veterans voters women workers".split())
ORG_WORDS = frozenset(
    "party committee university college school house senate congress parliament department ministry agency "
    "news times post journal press inc corp co ltd llc company association council union center centre "
    "courier herald gazette tribune chronicle clarion observer examiner telegraph inquirer sentinel "
    "institute foundation forum commission court bank group street avenue city county state states province "
    "republic kingdom network channel radio tv television magazine review office service services board "
    "authority fund trust project program programme initiative campaign coalition alliance movement forces army navy guard police airlines airways metro transit vehicles "
    "media watch action federation conference club church hospital administration government cabinet "
    "democrat democrats republican republicans gop liberal liberals conservative conservatives ndp bloc "
    "federal national international american canadian british america canada white caucus pac "
    "secretariat institution organization organisation corporation industries systems motors energy "
    "capital partners holdings reuters ap afp cnn msnbc fox abc cbs nbc cbc ctv bbc npr pbs "
    "chamber society bureau tribunal assembly legislature museum league guild academy exchange centers centres "
    "cooperative co-operative co-op beverages foods brands ventures labs technologies pharmaceuticals "
    "entertainment studios insurance securities investments consulting solutions logistics resources "
    "partnership consortium embassy consulate district railway railways airline utility automotive division "
    "regiment battalion brigade squadron fleet corps motor town township village municipality borough shire "
    "distillers distillery distilleries brewers brewery breweries winery wineries vineyards vintners seafoods farms".split())
# The first word of a body's name in Spanish, Portuguese or French ("Cámara Regional de la Industria …"): a body's
# word like those above, but one that heads the name rather than ending it
FOREIGN_BODY_HEADS = frozenset(
    "asociación cámara confederación federación consejo secretaría instituto universidad banco ministerio comisión "
    "sindicato unión partido grupo associação confederação fédération confédération conseil chambre syndicat "
    "société banque ministère agence autorité institut "
    # a Quebec maker named for its trade: "Métallurgie Doe", "Polymères Roe-Noire", "Équipements Doe-Vive"
    "métallurgie polymères équipements sièges vitrages accès investissement plastiques aciers fonderie usinage "
    "composantes pièces remorques carrosseries autobus systèmes moulage moules outillage emballages matériaux "
    "câbles ressorts éditions imprimerie serres fermes meubles jouets vêtements".split())
ORG_WORDS |= FOREIGN_BODY_HEADS
# The last word of a body's name that is nobody's surname: "Lancashire County Council" is never a "he"
INSTITUTIONS = frozenset("council ministry department agency commission authority association committee university "
                         "college company corporation government board union institute federation products "
                         # a Quebec firm named for its trade: "Camions Doe", "Meubles Roe", "Scierie Doe"
                         "camions meubles armoires pêcheries fromagerie boulangerie scierie entreprises industries "
                         "transports produits aliments usine groupe".split())
# Provinces, territories, states and countries: one of them "has said" things, but is never a "she" or "he"
JURISDICTIONS = frozenset(
    "Canada|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|British Columbia|Nova Scotia|New Brunswick|Newfoundland|"
    "Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories|Alabama|Alaska|Arizona|"
    "Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|"
    "Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|"
    "Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|"
    "Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|Mexico|China|Japan|Germany|France|Britain|Ireland|Australia|India|"
    "Ottawa|Beijing|Brussels|Tokyo|Mexico City".split("|"))
PREPOSITIONS = frozenset("in on at to from of for by with since until after before during".split())
# "the American demand is « … »": a people's adjective alone is no one's name (its plural may be: "as Mexicans say")
DEMONYMS = frozenset("american canadian mexican british chinese japanese korean european "
                     "french german italian spanish indian australian irish scottish quebecer quebecois".split())
# Titles a definite description can refer back by ("the senator" -> "Sen. Jane Doe").
TITLE_WORDS = {w: {w} for w in "minister premier mayor president senator governor councillor councilor chancellor "
                "ambassador commissioner secretary judge justice chief chair chairman chairwoman ceo director "
                "prosecutor sheriff speaker treasurer leader congressman congresswoman representative".split()}
_COUNCIL_WORDS = {"councillor", "councilor", "councilmember", "council", "alderman", "alderwoman", "ald"}
for _w in ("councilman", "councilwoman", "alderman", "alderwoman", "councillor", "councilor", "councilmember"):
    TITLE_WORDS[_w] = _COUNCIL_WORDS | {_w}                   # "Councilwoman Jo Doe" ... "the councilwoman said"
TITLE_WORDS["doctor"] = {"dr"}                          # "Dr. Jo Doe" ... "the doctor said"
TITLE_WORDS["judge"] = {"judge", "justice"}              # "Justice Jo Doe" ... "the judge said"
for _w, _short in (("sergeant", "sgt"), ("constable", "const cst"), ("corporal", "cpl"), ("inspector", "insp"),
                  ("detective", "det"), ("superintendent", "supt"), ("captain", "capt"), ("lieutenant", "lt"),
                  ("colonel", "col"), ("professor", "prof"), ("executive", "ceo"), ("senator", "sen"), ("governor", "gov"),
                  ("representative", "rep"), ("congressman", "rep representative"), ("congresswoman", "rep representative")):
    TITLE_WORDS[_w] = {_w, *_short.split()}             # "Sgt. Jo Doe" ... "the sergeant said"
# Descriptions that start with one of these words: "a spokesman for …", "one former staffer".
DETERMINERS = frozenset("a an the one two three several some many most few other another his her their its "
                        "our your this that these those each both all".split())
# Words that stop a speaker phrase: "said Jane Doe of the union", "said Jane Doe in an interview".
STOPS = frozenset(
    "in on at during after before when while as since until because though although if who whom whose which of for "
    "that where what how why to from by with without into onto about over under than via per near across including "
    "referring adding noting saying speaking arguing writing explaining citing pointing insisting calling "
    "according told said says asked added wrote tweeted".split())
# Capitalised words that begin sentences or name places, times and institutions rather than people.
NOT_NAMES = frozenset(
    "the a an in on at to for but and or if when while after before as by from with this that these those it its "
    "he she they we i you our their his her hers theirs ours yours mine there here what why how where who whom whose which yet so still "
    "not no nor only even just then than thus hence also although though because since until unless whether "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today tomorrow yesterday tonight last next every each "
    "both all any some many most more much few several other another such one two three four five six seven "
    "eight nine ten first second third asked speaking according meanwhile however instead indeed moreover "
    "later earlier now once again after afterward afterwards finally some my me your us them him anyone hi hello hey dear "
    "everyone someone nobody everybody somebody anybody none nothing something everything is are was were does "
    "along amid among around despite except inside outside near through toward towards upon within without beyond "
    "besides behind below above across against between unlike like per via regarding following including "
    "under over into onto beneath beside throughout during quote unquote i'm i’m i'd i’d i've i’ve i'll i’ll "
    "did do has have can could should would neither either ala ariz ark calif colo conn del fla ga ill ind kan "
    "ky la md mass mich minn mo mont neb nev okla ore pa tenn tex va vt wis wyo".split()) | SENTENCE_ADVERBS
# Role words that say the person's gender.
GENDERED = {
    "spokeswoman": "f", "chairwoman": "f", "councilwoman": "f", "alderwoman": "f", "congresswoman": "f",
    "businesswoman": "f", "assemblywoman": "f",
    "actress": "f", "mother": "f", "wife": "f", "daughter": "f", "sister": "f", "grandmother": "f",
    "queen": "f", "princess": "f", "woman": "f", "girl": "f", "mom": "f", "mum": "f", "widow": "f", "aunt": "f",
    "grandma": "f", "nan": "f", "niece": "f", "granddaughter": "f",
    "spokesman": "m", "chairman": "m", "councilman": "m", "alderman": "m", "congressman": "m", "businessman": "m",
    "assemblyman": "m",
    "actor": "m", "father": "m", "husband": "m", "son": "m", "brother": "m", "grandfather": "m", "king": "m",
    "prince": "m", "man": "m", "boy": "m", "dad": "m", "widower": "m", "uncle": "m", "grandpa": "m",
    "nephew": "m", "grandson": "m",
}
FEMALE_NAMES = frozenset(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra "
    "ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon "
    "cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine emma ruth christine "
    "catherine debra rachel carolyn janet virginia maria heather diane julie joyce victoria kelly christina "
    "joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann alice kathryn gloria "
    "teresa doris sara janice julia marie madison grace judy theresa beverly denise marilyn amber danielle "
    "abigail brittany rose diana natalie sophia alexis lori kayla jane hillary chelsea nikki "
    "hope debbie carly hilary eleanor eleanore margot maxine noreen doreen chrystia melanie mélanie anita ginette jody carla marci elise elisa elena "
    "valerie valérie frédérique frederique sylvie isabelle nathalie geneviève genevieve chantal josée josee marlene marlène "
    "francine lucie louise suzanne monique claire caroline sophie charlotte camille chloé chloe léa lea "
    "manon julie audrey mélissa jessie kristen kirsten kristin krista katie kate katy katrina tina tanya "
    "sonia sonya maya mia ella ava isabella zoe zoë lily lillian leah naomi miriam esther deborah rebekah "
    "tammy tracy tracey wendy yvonne yolanda vanessa veronica vera wanda whitney tiffany stacy stacey shannon "
    "shelby sherry sheila rita rosa rosemary roberta robin regina renee renée priscilla paula patty peggy "
    "penny phyllis nora norma molly monica meghan meredith mandy margo maggie marcia marianne marsha "
    "lynn lynne loretta lorraine lois lena leslie leanne kathy karla kara justine joanne joanna josephine "
    "jill jenny jean jeanne jeannette janine jamie irene iris ingrid holly heidi hazel haley hailey gwen "
    "gail frances faith erin erica erika elaine eileen edith dianne dana daisy cindy claudia colleen "
    "connie courtney crystal dawn darlene becky bethany beth bonnie brooke candace carmen carrie cassandra "
    "cecilia charlene cheryl christy ciara clara april angie annie anne annette arlene audrey barbra "
    "betsy allison alison alicia aileen agnes adrienne adriana jill kamala elizabeth nancy tulsi amy "
    "kirsten michele michelle condoleezza madeleine janet loretta sheryl susana dianne mazie tammy "
    "catherine kathleen jody jyoti priya anjali aisha fatima amina leila layla yasmin zainab mariam "
    "ines inés ana lucia lucía carmen pilar beatriz marta paola giulia francesca chiara ingrid greta "
    "astrid freya helga angela ursula marine ségolène segolene theresa nicola jacinda julia sian siân eluned".split())
# Names the lists here give one gender that many bearers of the other have too ("Dana", "Robin", "Terry"):
# their gender is a guess, which a pronoun written of them may overrule.
UNISEX_NAMES = frozenset("dana jamie robin leslie lesley kelly jody jodie shannon courtney morgan pat terry dale drew "
                         "lee tracy ashley shelby lynn jean andrea hilary".split())
MALE_NAMES = frozenset(
    "james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony "
    "mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey "
    "ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory "
    "alexander frank patrick raymond jack dennis jerry tyler aaron jose josé adam nathan henry douglas "
    "zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl "
    "arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah "
    "randy roy vincent ralph eugene russell bobby mason philip louis barack bernie ted marco jeb mitt mike "
    "chris rick ben bill tim tom jim bob newt rand paul mitch chuck harry jon john joseph rudy rudolph "
    "rahm rex reed ron ronny rod roberto rafael rafael hector héctor carlos luis miguel pedro jorge "
    "alejandro manuel fernando francisco antonio javier sergio andrés andres ricardo eduardo diego "
    "pierre jean-pierre jean-françois françois francois jacques yves michel andré andre alain marc luc "
    "jagmeet justin stephen brian jean doug dougie jason erin maxime gilles yves-françois denis réal real "
    "guy gaétan gaetan mathieu matthieu olivier nicolas emmanuel xavier sébastien sebastien julien "
    "vladimir dmitry dmitri sergei igor boris viktor vladislav alexei alexey ivan nikolai mikhail "
    "xi hu li wen shinzo fumio narendra rahul imran nawaz benjamin bibi ehud ariel yitzhak shimon naftali "
    "yair mahmoud ali mohammed mohammad muhammad ahmed ahmad omar hassan hussein abdul abdullah khalid "
    "tariq recep bashar hosni hamid ashraf karim kareem rashid samir youssef yusuf moshe avi "
    "angelo giuseppe giovanni matteo luca marco mario silvio emmanuel olaf helmut gerhard wolfgang "
    "hans klaus jürgen jurgen dieter frank-walter rishi boris keir tony gordon david nigel jeremy "
    "jared eric donald mike tim lindsey marco rick chris jeb ben carly jim dennis martin "
    "mitch paul harry nancy chuck kevin steve steven stephen sean corey hope jason "
    "marty bart buzz chip clint cody colt curt dale dan dane darrell darren dave dean derek dick don "
    "drew duane dwight earl ed eddie elliott ernie floyd fred freddie gene glenn greg hank herb "
    "howard hugh ian jake jay jeff jerome jimmy joel johnny jonah josh kirk kurt lance lee leo leon "
    "lloyd luke marvin matt max mel mickey milton morgan murray neil ned nick norm norman oscar otis "
    "owen pat perry phil quentin randall ray reggie rex rich ricky rob robbie rocky rodney ross rudy "
    "russ sam seth shane sid stan stu ted terrence theo todd tommy trent trevor troy vance vern vic "
    "wade walt warren wes will zach zack elliot barney bernard bertrand cameron colin conrad cornel "
    "darnell dante demetrius desmond dominic everett felix franklin gareth grant hal harvey isaac "
    "jeffery jerald kent lamar lyndon malcolm marcus maurice melvin micah mitchell nathaniel neal "
    "nelson orrin preston reuben rufus sherrod spencer sterling stuart sylvester thaddeus tobias "
    "ulysses virgil wallace wendell wilbur winston zeke".split()) - frozenset(
    "nancy hope erin lindsey".split())


# "U.S. Customs and Border Protection", "U.S. Fish and Wildlife Service": a nation's body, not two people
NATIONAL_BODY = re.compile(r"\b(?:U\.S\.|U\.K\.|E\.U\.|US|UK|EU)(?: [A-Z][\w\u2019'-]*){1,2} and\s+$")

# Speech verbs whose object is the person spoken to ("emailed supporters", "urged voters"): never inverted
# with their subject the way "said Doe" is
TAKES_PERSON = _inflect("tell, email, text, message, urge, assure, reassure, advise, instruct, order, command, implore,"
                        "beg, accuse, blast, slam, chide, scold, tease, remind, thank, inform, brief, criticize,"
                        "criticise, question, challenge, mock")
# Speech verbs that attribute whatever follows them ("told the website", "wrote on Facebook").
STRONG_SPEECH = frozenset("said says say told tells added adds wrote writes asked asks explained explains recalled "
                          "recalls tweeted tweets continued continues insisted insists".split())
SUBORDINATORS = frozenset("when after as while if although though because since before until once whereas unless "
                          "despite following amid upon".split())

# "a meteorologist", "two hydrologists", "a pediatrician": whoever does a job of that kind
TRADE = re.compile(r"[a-z]{3,}(?:ologist|ist|ician|ographer)s?")
NOT_TRADES = frozenset("assist insist resist persist consist exist checklist playlist shortlist waitlist blacklist "
                       "whitelist wishlist twist wrist amidst amongst".split())


# Past tenses that do not end in -ed: any of them can follow a speaker's name ("Doe shot back", "Doe held")
IRREGULAR_PAST = frozenset(
    "shot took gave made went came got put set sent spent left kept held told wrote spoke said thought brought "
    "bought fought caught taught sought found stood understood began ran won lost saw knew grew threw drew flew "
    "broke chose rose fell felt meant met led read paid laid sold hit let cut quit struck swore tore wore stole "
    "froze forgave forgot hid rode shook sang sank drank rang sprang bit lit fed fled bent lent dealt dug hung spun "
    "stuck swung slid split spread shut became withdrew undertook overtook mistook sat heard".split())
