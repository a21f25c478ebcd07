"""Forms met on unseen news: a TV script's clips under "(SOT) Name, role:" lines with "(VO)" narration between,
a French story in translation ("said the one who …"), a shareholders' meeting, a central bank's news conference,
a phone-in's caller put through as "Jake, you're calling from …", a change written level first ("revised down to
290,000 from 350,000") and the dollar in US cents. Every fixture is written for these tests."""
from __future__ import annotations

from test_interviews import _read_quotes          # a file's quotations, as a user loads it
from test_speakers_features import speakers       # each quotation's words and who said them

from briefdeck.extract import figures

CLIPS = """RIVERSIDE TV NEWS AT ELEVEN
SLUG: CURLING CLUBS
STATUS: APPROVED

[CAM 1]

ANCHOR: Curling clubs along the river say fewer American teams are coming to their bonspiels. Sam Okafor reports.

(VO)
The ice at the Lakeview club is booked, but mostly by local rinks this winter.

(SOT) Margit Halvorsen, Bonspiel Chair, Lakeview Curling Club:
We used to have thirty teams from Michigan. This year we have eight, and two of them are asking for refunds.

(VO)
Members say the exchange rate and the border wait keep visitors home.

(SOT) Devon Pryce, club member, Sarnia:
My rink went to Port Huron every February for ten years. We stayed home this time, and it felt strange.

(VO)
The club has cut its entry fee by a fifth to win teams back.

(SOT) Margit Halvorsen, Bonspiel Chair, Lakeview Curling Club:
We will take any team that wants to curl. The kettle is always on for them.

(VO)
In Sarnia, Sam Okafor, Riverside News.
"""


def test_a_tv_scripts_clips_under_their_lower_thirds_are_each_speakers_and_the_narration_is_nobodys(tmp_path):
    quotes, _ = _read_quotes(tmp_path, CLIPS)
    assert quotes["We used to have thirty teams from Michigan. This year we have eight, and two of them are asking "
                  "for refunds."] == "Margit Halvorsen"
    assert quotes["My rink went to Port Huron every February for ten years. We stayed home this time, and it felt "
                  "strange."] == "Devon Pryce"
    assert quotes["We will take any team that wants to curl. The kettle is always on for them."] == "Margit Halvorsen"
    assert not any("exchange rate" in words or "entry fee" in words for words in quotes)


def test_a_translated_storys_the_one_who_and_its_minister_after_a_listed_ministry_are_named():
    text = ("SAINT-HYACINTHE – Élodie Gagnon has never sold so few of her strawberries to Vermont. For the grower "
            "from Saint-Hyacinthe, the border has become a wall.\n\n"
            "“The buyers from Burlington simply stopped calling,” said the one who has farmed here for 19 years.\n\n"
            "Her neighbour runs Fermes Gagnon et Fils, a family business.\n\n"
            "In Quebec City, the Minister of Agriculture, Fisheries and Food, Roch Tremblay, said the province would "
            "help growers find new markets.\n\n"
            "“Quebec must eat more of what Quebec grows,” the minister said on Wednesday.\n")
    found = speakers(text)
    assert found["The buyers from Burlington simply stopped calling"] == "Élodie Gagnon"
    assert found["Quebec must eat more of what Quebec grows"] == "Roch Tremblay"


def test_a_lone_first_name_from_a_place_is_the_she_of_the_quotation_after_it():
    text = ("Maribel, a 41-year-old mother of two from Mexico, picks peppers near Leamington.\n\n"
            "Alondra, from Honduras, works in a greenhouse near Kingsville. She has not been called back this year.\n\n"
            "“Every week I ask, and every week they say wait,” she said.\n")
    assert speakers(text)["Every week I ask, and every week they say wait"] == "Alondra"


MEETING = """Northfield Polymers Inc. Annual Meeting of Shareholders

CHAIR: Good morning. We will now take questions from shareholders at the microphones.

SHAREHOLDER (Omar Haddad): Omar Haddad, from Calgary. The new plant was meant to open next year. When will it open now?

PETRA LINDQVIST: Not before 2028. We have stored the reactor parts and kept the site ready, and we will decide in the spring.

SHAREHOLDER (Rena Cardinal): Rena Cardinal, from Red Deer. How many of the construction jobs you promised are gone?

PETRA LINDQVIST: About 900 of the 1,200 jobs we planned for the build are on hold until we decide.

SHAREHOLDER (Rena Cardinal): One more, if I may. Have you asked Ottawa for any help with the tariffs?

PETRA LINDQVIST: We have asked for faster remission on parts we must buy from the United States.
"""


def test_a_shareholder_whose_surname_is_a_title_word_and_who_only_asks_is_quoted(tmp_path):
    quotes, _ = _read_quotes(tmp_path, MEETING)
    assert quotes["Rena Cardinal, from Red Deer. How many of the construction jobs you promised are gone?"] \
        == "Rena Cardinal"
    assert quotes["One more, if I may. Have you asked Ottawa for any help with the tariffs?"] == "Rena Cardinal"
    assert quotes["About 900 of the 1,200 jobs we planned for the build are on hold until we decide."] \
        == "Petra Lindqvist"


PRESS = """Financial Stability Report - News Conference

Governor Ines Moreau-Lachance: Good morning. Household debt remains the main vulnerability we watch.

Moderator: Next question, Dan Fox, Prairie Business Daily.

Dan Fox (Prairie Business Daily): Is there a bubble in Canadian stocks?

Governor Moreau-Lachance: I will ask my colleague to take that one.

Senior Deputy Governor Paul Ndiaye: Thanks. Prices in a few sectors look stretched against earnings. We do not see a bubble, but we are watching closely.

Governor Moreau-Lachance: And we will say more in June when we publish the next report.
"""


def test_a_label_with_a_four_word_title_before_the_name_is_a_turn(tmp_path):
    quotes, _ = _read_quotes(tmp_path, PRESS)
    said = next(words for words in quotes if "look stretched against earnings" in words)
    assert quotes[said] == "Paul Ndiaye"


PHONE_IN = """THE LUNCH LINE with Gord Barrie

HOST: Welcome back. My guest is plant engineer Anya Petrov. Jake, you're calling from Wallaceburg.

JAKE: Hi, Gord. I'm in my second year of process operations, and I wonder if I picked the wrong trade. Should I move to Alberta?

ANYA PETROV: Jake, don't switch. I have seen three downturns in this valley, and the people with skills got hired back first.

HOST: Thanks, Jake. Anya, one more on the plants themselves.

ANYA PETROV: The plants are running at about 70 per cent of capacity, and that is not where anyone wants to be for long.
"""


def test_a_caller_put_through_as_youre_calling_from_is_quoted_with_his_one_question(tmp_path):
    quotes, _ = _read_quotes(tmp_path, PHONE_IN)
    said = next(words for words in quotes if words.startswith("Hi, Gord. I'm in my second year"))
    assert quotes[said] == "Jake"


def _figures(text: str) -> list[str]:
    return [text[f.start:f.end] for f in figures.find(text)]


def test_a_level_revised_down_from_another_and_the_dollar_in_us_cents_are_figures():
    found = _figures("Projected visitors for the matches had been revised down to 180,000 from 240,000, the staff "
                     "report said.")
    assert "180,000" in found and "240,000" in found
    assert _figures("The dollar closed at 70.9 cents U.S. on Friday.") == ["70.9 cents U.S."]
    assert _figures("The loonie has traded between 68 and 71 cents US since March.") == ["between 68 and 71 cents US"]


SUPERED = """CITY NEWS AT SIX
SLUG: LOCAL CHAIRS

ANCHOR: SHOPPERS ARE ASKING WHERE THEIR FURNITURE IS MADE. LENA PARK REPORTS.

(VO)
AT A SHOWROOM IN GUELPH, COUPLES FLIP OVER CUSHIONS TO READ THE LABELS.

(SOT)
SUPER: Ruth Adeyemi
Owner, Maple Row Furniture, Guelph
RUTH ADEYEMI: Half my customers ask where a chair was built before they ask what it costs. That never happened before this year.

(VO)
HER CANADIAN LINES NOW MAKE UP MORE THAN HALF OF SALES.

(SOT)
SUPER: Victor Lam
Shopper, Cambridge
VICTOR LAM: We paid a bit more for a table made in Quebec, and I would do it again.

(STANDUP)
SUPER: Lena Park
City News
"""


def test_a_clip_whose_cue_and_lower_third_share_its_paragraph_is_its_speakers(tmp_path):
    quotes, _ = _read_quotes(tmp_path, SUPERED)
    assert quotes["Half my customers ask where a chair was built before they ask what it costs. That never happened "
                  "before this year."] == "Ruth Adeyemi"
    assert quotes["We paid a bit more for a table made in Quebec, and I would do it again."] == "Victor Lam"
    assert not any("CANADIAN LINES" in words or "Lena Park" in words for words in quotes)


SHOP_TOUR = """Inside a Boat Shop | Shop Tour

I spent a day at Lakehead Boatworks in Thunder Bay with owner Marta Kowal and her foreman Dev Anand.

Transcript

0:00
HOST: Hey everybody, welcome back to the channel.
0:04
Today I'm at a boat shop I have wanted to visit for a long time.
0:09
MARTA: Thanks for having me. Mind the sawdust.
0:13
We build about 60 hulls a year, and last year a third of them went to Minnesota.
0:20
HOST: And Dev runs the floor?
0:23
DEV: I do. We went from two shifts to one in the fall, and I had to send five people home.
0:31
MARTA: The orders from Duluth stopped the week the tariff came in.
"""


def test_a_video_transcripts_labelled_captions_under_their_times_are_turns(tmp_path):
    quotes, _ = _read_quotes(tmp_path, SHOP_TOUR)
    said = {words: who for words, who in quotes.items()}
    assert any("We build about 60 hulls a year" in w and who == "Marta Kowal" for w, who in said.items())
    assert any(w.startswith("I do. We went from two shifts") and who == "Dev Anand" for w, who in said.items())
    assert any(w.startswith("The orders from Duluth stopped") and who == "Marta Kowal" for w, who in said.items())


FLOOR = """Notes from the floor of the Harbour Food Expo

We put the same questions to exhibitors on the floor.

Nadia Farouk, export manager, Bayfield Preserves Co. (Digby, Nova Scotia)

Q: How has the dispute changed your orders?

A: Our orders from Boston are down by a fifth, but Europe has more than made up for it this year.

Karan Bhullar, owner, Bhullar Biscuit Co. (Truro, Nova Scotia)

Q: Have you changed your recipes?

A: We moved from American shortening to a canola blend, and our tasters could not tell the difference.
"""


def test_each_answerer_named_on_a_line_of_their_own_over_their_questions_gives_the_answers_under_it(tmp_path):
    quotes, _ = _read_quotes(tmp_path, FLOOR)
    assert quotes["Our orders from Boston are down by a fifth, but Europe has more than made up for it this year."] \
        == "Nadia Farouk"
    assert quotes["We moved from American shortening to a canola blend, and our tasters could not tell the "
                  "difference."] == "Karan Bhullar"


def test_a_rosters_title_after_a_name_gives_the_president_and_her_she():
    text = ("MINUTES OF THE ANNUAL GENERAL MEETING\nChair: Ruth Okonjo, President\nSecretary: Paul Dion\n\n"
            "MOTION 1: Moved by Anne Leduc, seconded by Paul Dion, that the agenda be approved. CARRIED.\n\n"
            "The President presented her report and spoke to its main points.\n\n"
            "She called 2025 \"the hardest year this co-op has had since it was founded,\" with record output.\n")
    assert speakers(text)["the hardest year this co-op has had since it was founded"] == "Ruth Okonjo"


def test_a_podcast_guest_labelled_by_a_hyphenated_first_name_is_the_one_its_notes_name_in_full(tmp_path):
    page = ("FISH TALES\nEpisode 12\n\nSHOW NOTES\nHost Dana Roy talks with Marie-Claude Fortin, a guide on Lake "
            "Champlain.\n\nTRANSCRIPT\n\n[00:00:05] Dana: Welcome back. Marie-Claude, how was your season?\n\n"
            "[00:00:09] Marie-Claude: Quiet. I lost about forty guide days to cancellations from New York.\n\n"
            "[00:00:15] Dana: Did they say why?\n\n"
            "[00:00:18] Marie-Claude: Some did. Most just said they would wait and see what happens at the border.\n")
    quotes, _ = _read_quotes(tmp_path, page)
    assert quotes["Quiet. I lost about forty guide days to cancellations from New York."] == "Marie-Claude Fortin"


def test_a_translations_launches_and_a_company_set_off_with_its_city_and_state_are_read():
    text = ("“We will not lie to ourselves: the American market is on pause,” launches Luc Girard, president of the "
            "family company.\n\n"
            "Harbor Point Marine, a Duluth, Minn., company that builds pontoons, said in a statement that its Canadian "
            "orders fell by half.\n\n"
            "“Canada has been our largest market for thirty years,” the company said.\n")
    found = speakers(text)
    assert found["We will not lie to ourselves: the American market is on pause"] == "Luc Girard"
    assert found["Canada has been our largest market for thirty years"] == "Harbor Point Marine"


def test_bare_questions_and_answers_after_we_spoke_to_her_are_the_interviewees(tmp_path):
    page = ("Tamsin Holt spent 12 years as a customs officer before opening her own firm in Halifax. We spoke to her "
            "about certificates of origin.\n\nHow much has the work changed?\n\nIt is not comparable. We took on 90 new "
            "clients last year; in a normal year it would be 20.\n\n"
            "What goes wrong most often?\n\nClassification, almost always. A product in the wrong heading gets the "
            "wrong rule, and everything after it is wrong too.\n\nWhat would you tell a small exporter?\n\n"
            "Do a dry run. I tell my clients to pick their biggest product and pretend the audit letter came today.\n")
    quotes, _ = _read_quotes(tmp_path, page)
    said = next(words for words in quotes if words.startswith("Classification, almost always."))
    assert quotes[said] == "Tamsin Holt"


AMA = """t/AskMeAnything
Posted by u/DockHandDenis · 9h

I load ferries at a port that is losing its US freight. 20 years on the docks. AMA

Hi all. I run a loader on the night shift and the port has cut our crew from 40 to 26 since the spring. Ask me anything.

u/harbour_watcher · 412 points · 9h
Honest question, does the duty money end up with the port or with Ottawa?

    u/DockHandDenis [OP] · 388 points · 8h
    Neither, really. The importer pays it at the border, and the port just moves fewer boxes because of it.

        u/harbour_watcher · 120 points · 8h
        Thanks, that clears it up. Our local paper had it backwards last week.

        u/DockHandDenis [OP] · 97 points · 8h
        Happens all the time. Most people think the port sets the price, and it never has.

u/ferry_fan_77 · 301 points · 8h
What will you do if the night shift goes?

    u/DockHandDenis [OP] · 290 points · 7h
    I have my crane ticket, so I will look at the wind farm jobs up the coast before I look at moving.
"""


def test_an_ask_me_anything_threads_poster_marked_op_in_brackets_and_each_replier_keep_their_handles(tmp_path):
    quotes, _ = _read_quotes(tmp_path, AMA)
    assert quotes["Neither, really. The importer pays it at the border, and the port just moves fewer boxes because of "
                  "it."] == "u/DockHandDenis"
    assert quotes["Our local paper had it backwards last week."] == "u/harbour_watcher"
    assert quotes["I have my crane ticket, so I will look at the wind farm jobs up the coast before I look at "
                  "moving."] == "u/DockHandDenis"


def test_a_lettered_podcast_answers_are_the_guests_the_host_introduces_not_the_hosts(tmp_path):
    page = ("Build Money\nEpisode 12\n\n[INTRO]\nWelcome back to Build Money. I'm Len Hale. A lot of you asked how to "
            "price a job when steel moves every month, so I called Rosa Lindqvist, a cost consultant in Calgary. Let's "
            "get into it.\n\nQ: How much have tariffs added to the cost of a building?\n\nA: On the jobs we reviewed "
            "last year, between 2 and 6 per cent of the total, and most of it was rebar.\n\nQ: And rebar alone?\n\n"
            "A: Rebar went up about 22 per cent in a year on our jobs, which nobody had priced in.\n\n"
            "Q: What should a small contractor do first?\n\nA: Put an escalation clause in every bid, and I mean "
            "every bid, because I have seen good firms lose a whole year on one fixed price.\n")
    quotes, _ = _read_quotes(tmp_path, page)
    said = next(words for words in quotes if words.startswith("Rebar went up about 22 per cent"))
    assert quotes[said] == "Rosa Lindqvist"


def test_members_named_by_first_name_with_their_job_before_a_colon_or_a_who_are_quoted_by_that_name():
    text = ("We asked members how they are taking the news.\n\n"
            "Josiane, winder operator, 19 years of seniority: “I have worked on three machines here and never thought "
            "I would see this one stop.”\n\n"
            "Kevin, 27, spare hand, is among the first to go. “I bought a house last summer,” he says.\n\n"
            "Gaston, millwright, 31 years of seniority, will stay on the maintenance crew. According to Gaston, the "
            "risk is time. “A machine that sleeps too long, nobody wants to wake it up,” he warns.\n\n"
            "Thuy, who has sewn coats at the same factory for 19 years, was laid off in August.\n\n"
            "“I sew the collar, always the collar,” she said.\n")
    found = speakers(text)
    assert found["I have worked on three machines here and never thought I would see this one stop."] == "Josiane"
    assert found["A machine that sleeps too long, nobody wants to wake it up"] == "Gaston"
    assert found["I sew the collar, always the collar"] == "Thuy"


def test_callers_labelled_in_title_case_are_put_through_by_name(tmp_path):
    page = ("THE MONEY HOUR with Dana Leclair\n\nDANA LECLAIR: Let's go to the phones. Bev in Moncton, you're on "
            "the air.\n\nBev: Hi Dana. This year I wanted to buy my grandkids Canadian coats, but they cost twice as "
            "much as last year.\n\nDANA LECLAIR: Thanks, Bev. Luc is calling from Sherbrooke. Go ahead, Luc.\n\n"
            "Luc: Bonjour Dana. I work at a small jacket factory, and we are down to three days a week since "
            "the spring.\n\nDANA LECLAIR: Thanks for the call, Luc.\n")
    quotes, _ = _read_quotes(tmp_path, page)
    assert quotes["Hi Dana. This year I wanted to buy my grandkids Canadian coats, but they cost twice as much as "
                  "last year."] == "Bev"
    said = next(words for words in quotes if words.startswith("Bonjour Dana."))
    assert quotes[said] == "Luc"


def test_a_one_speaker_video_transcript_is_the_words_of_the_creator_who_says_who_she_is(tmp_path):
    page = ("ShortVids\n\nmaya.makes · Maya Lindgren · 3-14\nFollow\n\none year of buying no american clothes. the "
            "receipts. I'm Maya Lindgren, I sew and thrift in Halifax.\n#buycanadian #sewing\n\n12.4K likes   310 "
            "comments\n\nTranscript\n\n0:00\nOkay so it has been one year since I stopped buying clothes made in the "
            "States, and I did the math.\n\n0:09\nI spent $1,240 on clothes in total, about $110 more than the year "
            "before.\n\n0:21\nThe biggest thing was jeans. My old pair was $98 and the Canadian pair I bought was "
            "$170.\n\n0:33\nThe hardest part was not the price, it was finding things in my size.\n\n0:45\nWould I do "
            "it again? Yes, I think I would, even if the tariffs went away tomorrow.\n\n0:58\nPart two is the winter "
            "coat. Follow so you don't miss it.\n")
    quotes, _ = _read_quotes(tmp_path, page)
    assert any("I spent $1,240 on clothes in total" in words and who == "Maya Lindgren" for words, who in quotes.items())


def test_a_trade_agreement_named_before_a_he_said_is_no_one():
    text = ("Gilles Tremblay has cut 38 of his 140 jobs since January.\n\n"
            "Last month he took eight coats to a fair in Copenhagen. Canadian clothing enters the European Union duty-free "
            "under the Comprehensive Economic and Trade Agreement, an advantage many firms here had ignored.\n\n"
            "‘The Danes asked about our carbon footprint before they asked about price,’ he said.\n")
    assert speakers(text)["The Danes asked about our carbon footprint before they asked about price"] \
        == "Gilles Tremblay"


CALL_LINES = """Lakeview Appliances Q3 2025 Earnings Call

CORPORATE PARTICIPANTS
Ruth Tamaki, President and Chief Executive Officer
Omar Fadel, Chief Financial Officer

Operator
Good morning, and welcome to the Lakeview Appliances third quarter call.

Ruth Tamaki, President and Chief Executive Officer
Thanks, operator. Revenue was $212 million, up 11% from a year ago, as dealers moved away from U.S.-built units.

Omar Fadel, Chief Financial Officer
Thank you, Ruth. Gross margin was 28.4%, down from 30.1%, mostly because of steel costs.

Ruth Tamaki, President and Chief Executive Officer
We approved a second line in London in September, which adds 30,000 units a year.

Omar Fadel, Chief Financial Officer
We are raising our revenue outlook to between $840 million and $860 million.
"""


def test_a_call_pages_name_and_title_over_each_turn_without_a_colon_are_labels(tmp_path):
    quotes, _ = _read_quotes(tmp_path, CALL_LINES)
    assert any("Revenue was $212 million" in words and who == "Ruth Tamaki" for words, who in quotes.items())
    assert any("Gross margin was 28.4%" in words and who == "Omar Fadel" for words, who in quotes.items())
    assert not any(words.startswith("Omar Fadel, Chief") for words in quotes)


def test_a_one_speaker_videos_captions_run_together_are_his_a_few_sentences_at_a_time(tmp_path):
    lines = ["Hey everybody, Dale Moreau here from Moreau Heating in Brandon, and welcome back.",
             "Today I want to talk about why a new furnace costs so much more than it did last year.",
             "Short answer, it's mostly the counter-tariffs, and I'll show you the numbers.",
             "In March, Canada put a 25% counter-tariff on a big list of things made in the States.",
             "Most of the furnaces we install are built in Tennessee and Texas, so it hit my whole shelf.",
             "My cost on a mid-efficiency furnace went from $2,600 to about $3,250.",
             "That's before I've even put it in the truck, so I tell my customers to ask where it was made.",
             "If you can wait for the spring, I would, because I think prices will settle a bit by then."]
    page = "Furnace prices explained\n\nDale Does Heating\n12K subscribers\n\nTranscript\n\n" + "".join(
        f"0:{k * 7:02d}\n{line}\n" for k, line in enumerate(lines))
    quotes, _ = _read_quotes(tmp_path, page)
    assert any("My cost on a mid-efficiency furnace went from $2,600 to about $3,250." in words
               and who == "Dale Moreau" for words, who in quotes.items())
    assert all(len(words.split()) < 80 for words in quotes)


def test_a_bulletins_clip_line_names_the_one_whose_clip_is_under_it(tmp_path):
    page = ("CITY NEWS 1010 — NOON\n\nANNA PIKE: Good afternoon. I'm Anna Pike. Restaurants on the waterfront say the "
            "long weekend was their quietest in years.\n\nCLIP: Rosa Lind, owner, Harbour Diner [0:14]\nWe used to get "
            "the Sunday crowd from Detroit. Since the spring it's maybe one table in five.\n\nANNA PIKE: Lind says "
            "she has cut one cook. Hotels are feeling it too.\n\nCLIP: Grant Hale, president, County Hotel "
            "Association [0:12]\nWe have lost four American conventions for next year, about 3,200 room nights.\n\n"
            "ANNA PIKE: That's City News. I'm Anna Pike.\n")
    quotes, _ = _read_quotes(tmp_path, page)
    assert quotes["We used to get the Sunday crowd from Detroit. Since the spring it's maybe one table in five."] \
        == "Rosa Lind"
    assert quotes["We have lost four American conventions for next year, about 3,200 room nights."] == "Grant Hale"


def test_a_family_name_between_an_english_and_a_given_name_and_a_sentence_opening_on_higher_us():
    text = ("Teresa Ho Mei-ling, an assistant director at the Hong Kong Trade Development Council, spoke to reporters.\n\n"
            "“Design and financing are still done from Hong Kong,” Ms Ho said in an interview.\n\n"
            "Priya Castell runs a toy store in Guelph.\n\n"
            "Higher U.S. duties on Chinese-made goods changed that math almost overnight, she said.\n\n"
            "“Parents notice a $5 jump on a $30 item,” she said.\n")
    found = speakers(text)
    assert found["Design and financing are still done from Hong Kong"] == "Teresa Ho Mei-ling"
    assert found["Parents notice a $5 jump on a $30 item"] == "Priya Castell"


RECORD = """HEARING ON DAIRY TRADE WITH CANADA

 STATEMENT OF PETER LINDGAARD, COMMISSIONER, STATE DEPARTMENT OF AGRICULTURE

    The CHAIRMAN. The committee will come to order. Good morning, and welcome to the hearing on dairy trade.

    Ms. OKONKWO. Thank you, Mr. Chairman. In my district we do not talk about Canada as a foreign market. We talk about it as the next county over.

    Mr. LINDGAARD. Thank you, Chairman. Our exports to Canada fell from $2.4 billion in 2024 to $1.9 billion in 2025, and the buyers have not come back.

    The CHAIRMAN. Thank you. Dr. Ruiz-Pena.

    Dr. RUIZ-PENA. Thank you. My survey of 1,150 farms found that sixty-two percent reported higher costs from the dispute.

    Mr. LINDGAARD. Realistically, it will take two to three marketing years for the commodities where buyers have switched.
"""


def test_a_congressional_records_capitals_and_full_stop_labels_are_read(tmp_path):
    quotes, _ = _read_quotes(tmp_path, RECORD)
    def said(opening: str) -> str | None:
        return next(who for text, who in quotes.items() if text.startswith(opening))
    assert said("Our exports to Canada fell") == "Peter Lindgaard"     # the witness, as his statement's heading names him
    assert said("Realistically, it will take") == "Peter Lindgaard"
    assert said("My survey of 1,150 farms") == "Dr. Ruiz-Pena"
    assert said("In my district we do not talk") == "Ms. Okonkwo"       # (past her thanks)
    assert not any(who == "The Chairman" for who in quotes.values())     # the chair runs the hearing
