"""More forms, each in our own words: an interview introduced as "a conversation with" whose note on editing went as
furniture, a columnist's mailbag put to a planner, a phone-in's callers who speak once, a partner's message in bold
inside an interview, a page's notes on itself (a sponsor's line, a record's pause, chart titles, show times, an
e-mail's foot, a land acknowledgement, a charity's legal line, an embedded post); and speakers written as "the
federal Minister of International Trade, Jo Doe,", "the Canadian Embassy in Washington said", "Her overall message
was blunt:", "deplored Mr. Doe", "the minister's press attaché, Jo Doe", "… confirmed it has …. “…,” the developer
said", a double given name ("Wen-Li") and a utility named for its province ("Hydro-Québec")."""
from __future__ import annotations

import pytest
from test_interviews import _read_quotes          # a file's quotations, as a user loads it, and its clean text
from test_speakers_features import speakers       # each quotation's words and who said them

from briefdeck.clean import clean
from briefdeck.extract.first_names import first_name_gender

LEAD = ("Harbourline Ferries said Tuesday it will retire two of its four vessels next spring, cutting 140 jobs in "
        "Saint John as bookings from U.S. travellers fell by a third.")
MORE = ("The company said it would keep its winter schedule to Digby unchanged, and that the two remaining ships "
        "would each sail one more crossing a day.")


def test_bare_questions_under_a_conversation_with_someone_are_her_answers(tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "# Running ferries after the fare war: a conversation with Baymouth's Odile Marchetti-Sow\n\n"
        "Baymouth Marine was founded in Digby in 2011. It now runs four boats and employs 60 people. Its co-owner "
        "and CEO, Odile Marchetti-Sow, calls it \"the small boat in the harbour\".\n\n"
        "With Ottawa reviewing the ferry subsidy, we asked her what comes next.\n\n---\n\n"
        "**What changed for you when the subsidy was frozen?**\n\n"
        "We stopped planning past one season. Every contract we sign now has a clause for a fare change.\n\n"
        "**Are the boats full?**\n\n"
        "In July, yes. In November we carry more freight than people, and our crews know it.\n\n"
        "> **Partner message** \u2014 Running a fleet? Harbourdesk schedules crews and tides in one app. \"It saved us a "
        "week a month,\" says one Halifax skipper. [Book a demo](https://example.com/harbourdesk)\n\n"
        "**What would you ask the minister?**\n\n"
        "A five-year rule. We can live with a low subsidy if we know it will still be there in 2030.\n")
    for answer in ("We stopped planning past one season. Every contract we sign now has a clause for a fare change.",
                   "In July, yes. In November we carry more freight than people, and our crews know it.",
                   "A five-year rule. We can live with a low subsidy if we know it will still be there in 2030."):
        assert found.get(answer) == "Odile Marchetti-Sow", (answer, found)
    assert "Harbourdesk" not in clean_text and "Book a demo" not in clean_text      # the partner's pitch goes whole


def test_a_mailbag_put_to_a_planner_is_hers_and_not_the_broker_quoted_before(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "# Money Mailbag: my ferry job is seasonal. Can I still renew?\n\n"
        "\"Lenders want to see two years of seasonal income now,\" said Ravi Chandran, a mortgage broker in Moncton. "
        "\"Bring every T4,\" Mr. Chandran said.\n\n"
        "This week I put two reader questions to Colette Arsenault, a fee-only planner in Saint John. Her overall "
        "message was blunt: \"Keep six months of payments in cash.\" Her answers have been edited for length.\n\n"
        "## Fixed or variable?\n\n"
        "**Q:** I work the ferry from May to October. My mortgage renews in June. Should I go variable? \u2014 *Tom, "
        "Digby*\n\n"
        "**A:** I would take a three-year fixed rate and put the difference into a savings account every month.\n\n"
        "## And the line of credit?\n\n"
        "**Q:** Should I pay down my line of credit first? \u2014 *Lea, Yarmouth*\n\n"
        "**A:** Only after the cash cushion is there. A line of credit can be cut when you need it most.\n")
    assert found["I would take a three-year fixed rate and put the difference into a savings account every month."] \
        == "Colette Arsenault"
    assert found["Only after the cash cushion is there. A line of credit can be cut when you need it most."] \
        == "Colette Arsenault"
    assert found["Keep six months of payments in cash."] == "Colette Arsenault"
    assert found["Bring every T4"] == "Ravi Chandran"


def test_a_phone_ins_callers_who_speak_once_are_theirs_even_when_they_ask(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "MARA OKONJO: Good morning, this is The Harbour Line. With me is economist Felix Baptiste.\n\n"
        "FELIX BAPTISTE: Thanks, Mara. The fare cut will help commuters, but the freight numbers are the real story.\n\n"
        "MARA OKONJO: Let's go to the phones. Gord is in Yarmouth. Gord, go ahead.\n\n"
        "GORD: Morning. I have driven the ferry trucks for twenty years and I have never seen the lot this empty.\n\n"
        "FELIX BAPTISTE: Gord is seeing what the customs data show: fewer trailers every month since the spring.\n\n"
        "GORD: So what do we do, wait for the summer?\n\n"
        "MARA OKONJO: Ines in Digby, you're next.\n\n"
        "INES: Hi Mara. My husband works the night crossing and they cut his shift twice since March. Around here the "
        "slowdown is not coming, it is already here.\n\n"
        "MARA OKONJO: One more. Bev in Truro, quickly please.\n\n"
        "BEV: Hi. I live on my savings. Every time the rates fall my income falls too. Why am I paying for this?\n\n"
        "FELIX BAPTISTE: It is a fair point, Bev, and savers do lose when rates come down.\n")
    assert found.get("Hi Mara. My husband works the night crossing and they cut his shift twice since March. Around "
                     "here the slowdown is not coming, it is already here.") == "Ines"
    assert found.get("Hi. I live on my savings. Every time the rates fall my income falls too. Why am I paying for "
                     "this?") == "Bev"


def test_a_committee_members_questions_are_hers_when_the_chair_calls_her_madame(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "The Chair (Ms. Joan Fairweather (Halifax West, Lib.)): Order. Minister, the floor is yours.\n\n"
        "Hon. Rosa Achterberg (Minister of Transport): Thank you. The ferry subsidy will stay in place through 2027, "
        "and we are talking to the province about the years after that.\n\n"
        "The Chair: Thank you. Madame Thériault-Bouchard, you have six minutes.\n\n"
        "Mrs. Annick Thériault-Bouchard (Gaspésie—Les Îles-de-la-Madeleine, BQ): Thank you, Madam Chair. Minister, "
        "the islands lose their crossing for eleven days every March. Can you guarantee a second boat this year?\n\n"
        "Hon. Rosa Achterberg: I can guarantee that the department is looking at every option, including a charter.\n\n"
        "Mrs. Annick Thériault-Bouchard: With respect, you said the same thing last spring. What has changed?\n\n"
        "Hon. Rosa Achterberg: What has changed is the money: it is in this year's estimates, at line 14.\n")
    assert found.get("Minister, the islands lose their crossing for eleven days every March. Can you guarantee a second "
                     "boat this year?") == "Annick Thériault-Bouchard", found
    assert found.get("With respect, you said the same thing last spring. What has changed?") == "Annick Thériault-Bouchard"


def test_a_hearings_witness_in_capitals_keeps_her_turn_past_a_clock_and_a_quotation(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "THE CHAIR (Mr. GORDON ABERNETHY, Saint John—Rothesay, Lib.): I call this meeting to order. Ms. Leclair, the "
        "floor is yours.\n\n"
        "Ms. RENATA LECLAIR (President, Atlantic Ferry Operators Association): Thank you, Mr. Chair.\n\n"
        "Our association represents 41 operators, most of them family-owned, from Digby to Souris.\n\n"
        "I want to be precise about what that means. One of my members, a third-generation captain in Caraquet, put "
        "it to me this way: \"We are tying up boats we used to run all winter.\"\n\n"
        "(1545)\n\n"
        "THE CHAIR: Thank you. Mrs. Lindqvist, you have six minutes.\n\n"
        "Mrs. KAREN LINDQVIST (Miramichi—Grand Lake, CPC): Thank you, Chair.\n\n"
        "Ms. Leclair, the fund has paid out $12 million of $150 million. Why so little?\n\n"
        "Ms. RENATA LECLAIR: Because the rules were written for the big carriers. A small operator cannot wait "
        "nine months for an answer.\n\n"
        "Mrs. KAREN LINDQVIST: And if the committee could change one rule?\n\n"
        "Ms. RENATA LECLAIR: Let a small operator apply with last year's books. Everything else can wait a month.\n")
    assert found.get("Our association represents 41 operators, most of them family-owned, from Digby to Souris.") \
        == "Renata Leclair", found
    assert found.get("We are tying up boats we used to run all winter.") == "a third-generation captain in Caraquet"
    assert any(words.startswith("I want to be precise") and who == "Renata Leclair" for words, who in found.items())
    assert found.get("Ms. Leclair, the fund has paid out $12 million of $150 million. Why so little?") == "Karen Lindqvist"
    assert "(1545)" not in found and not any("Mrs. Lindqvist, you have" in words for words in found)


def test_a_town_halls_residents_from_the_floor_are_who_they_say_they_are(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "MAYOR JO LAFLEUR: Good evening. We'll open the floor now. Please give your name and where you live.\n\n"
        "COUNCILLOR PETER ABERNETHY: Madam Mayor, our commercial tax base is small and fourteen shops have lost half "
        "their American customers.\n\n"
        "FROM THE FLOOR: Good evening. My name is Harold Pike, I live on Dufferin Street. Who fixes a water main on "
        "our side at two in the morning if the crossing is closed?\n\n"
        "COUNCILLOR PETER ABERNETHY: Mr. Pike, the crews on both sides carry letters under the shared-services "
        "agreement, and they have been told in writing that emergencies will be let through.\n\n"
        "FROM THE FLOOR: Bonsoir. Claudette Breault, I own the bakery on Dufferin. Since March I have lost about a "
        "third of my sales.\n\n"
        "MAYOR LAFLEUR: Thank you, Madame Breault. We will put that in the resolution.\n")
    assert any(words.startswith("My name is Harold Pike") and who == "Harold Pike" for words, who in found.items()), found
    assert any(words.startswith("Bonsoir. Claudette Breault") and who == "Claudette Breault" for words, who in found.items())


SCENES = [
    pytest.param(
        ("Voices from the terminals\n\nWe asked stewards at three terminals what their crews are talking about.\n\n"
         "Priya, steward at Tidewater Container Terminal: \"The crane drivers on my shift have all seen the videos from "
         "Europe.\"\n\nGurpreet, steward at Fraser Reach Autoport: \"Car imports are way down since the tariff fight "
         "started.\"\n"),
        {"The crane drivers on my shift have all seen the videos from Europe.": "Priya",
         "Car imports are way down since the tariff fight started.": "Gurpreet"}, id="a_bulletins_stewards_by_first_name"),
    pytest.param(
        ("Suppliers brace\n\nTessaro Aerospace, a Laval, Quebec-based maker of machined titanium parts, said it had moved "
         "60 of its 410 employees to a four-day week. The company earns about 62 per cent of its revenue from US customers."
         "\n\n\u2018We are adjusting production schedules to match demand,\u2019 the company said in a statement.\n"),
        {"We are adjusting production schedules to match demand": "Tessaro Aerospace"},
        id="a_firm_set_off_by_an_aside_with_a_place_in_it"),
    pytest.param(
        ("Studios go dark\n\nLast month, the Minister of Canadian Identity and Culture, Daniel Ostrowski-Lam, told a "
         "committee that \u201cevery option is on the table.\u201d\n\nJean-Marc Ayrault, the foreign minister of France, "
         "a permanent member of the Security Council, said the \"provocation cannot be left without consequences.\"\n"),
        {"every option is on the table.": "Daniel Ostrowski-Lam",
         "provocation cannot be left without consequences.": "Jean-Marc Ayrault"},
        id="a_portfolio_of_two_words_and_a_ministers_country"),
    pytest.param(
        ("Who pays for the surcharge\n\nIn other words, it prices our cheapest power out of the market.[^2] Nova Scotia "
         "Energy Minister Stephen Lachance has called it \u201ca tool, not a tantrum,\u201d and that is fair.\n"),
        {"a tool, not a tantrum": "Stephen Lachance"}, id="a_footnote_mark_after_the_sentence_before"),
    pytest.param(
        ("Artists rally in Moncton\n\nThe federal Minister of International Trade, Rosa Achterberg, said in February "
         "that Canada would \"not trade away its ferries for a tariff cut.\"\n\nMinister of International Trade Rosa "
         "Achterberg said later that the talks were \"going nowhere fast.\"\n"),
        {"not trade away its ferries for a tariff cut.": "Rosa Achterberg", "going nowhere fast.": "Rosa Achterberg"},
        id="a_portfolio_is_no_ones_name"),
    pytest.param(
        ("What we know\n\n- Transport Minister Leo Marchand has said the same thing for weeks: \"Our ferries are not a "
         "bargaining chip.\"\n- The Canadian Embassy in Washington said Canada's ferry rules \"are fully consistent with "
         "the agreement.\"\n"),
        {"Our ferries are not a bargaining chip.": "Leo Marchand",
         "are fully consistent with the agreement.": "Canadian Embassy in Washington"}, id="an_embassy_in_a_capital"),
    pytest.param(
        ("Ferry workers rally\n\n\u2018It is a disaster for the coast,\u2019 said Mr. Yves Gauthier-Roy, president of the "
         "Fédération des marins du Golfe.\n\nQuestioned by the paper, the office of the Minister of Transport recalled "
         "that Quebec had already set aside $40 million. \u2018The government is in constant discussions with the "
         "industry,\u2019 said the minister's press attaché, Marie-Ève Lachance.\n\n\u2018They study, they study, and the "
         "boats stay tied up,\u2019 deplored Mr. Gauthier-Roy.\n"),
        {"The government is in constant discussions with the industry": "Marie-Ève Lachance",
         "They study, they study, and the boats stay tied up": "Yves Gauthier-Roy"},
        id="a_press_attache_after_the_ministers_office_and_a_deploring_union"),
    pytest.param(
        ("Ferry orders slow\n\nThe Canada Mortgage and Housing Corporation said starts fell 12 per cent.\n\nKeelhaven "
         "Developments confirmed it has postponed a 300-unit tower near the terminal. \"Sales have not reached the "
         "level our lenders require,\" the developer said in a statement.\n\nThe Atlantic Shippers' Alliance called the "
         "cut \"welcome but small\" and urged Ottawa to act.\n\n\"Our members need certainty far more than a quarter "
         "point,\" the group said.\n"),
        {"Sales have not reached the level our lenders require": "Keelhaven Developments",
         "Our members need certainty far more than a quarter point": "Atlantic Shippers' Alliance"},
        id="the_body_that_spoke_in_the_sentence_before"),
    pytest.param(
        ("Data centres wait for power\n\nWen-Li Abernathy, an economist at the University of New Brunswick, said the "
         "grid is the limit.\n\nHydro-Québec has told developers it can meet only a fraction of their requests. \"You "
         "can have perfect trade relations and still wait four years for a substation,\" she said.\n"),
        {"You can have perfect trade relations and still wait four years for a substation": "Wen-Li Abernathy"},
        id="a_double_given_name_and_a_utility_named_for_its_province"),
]


@pytest.mark.parametrize("text,expected", SCENES)
def test_each_quotation_is_given_to_the_one_the_story_means(text, expected):
    got = speakers(text)
    for words, who in expected.items():
        assert got.get(words) == who, (words, got)


def test_a_double_given_name_with_a_family_names_syllable_says_nothing_of_its_bearer():
    assert first_name_gender("Wen-Li") == "" and first_name_gender("Wen") == "m" and first_name_gender("Mei-Ling") == "f"


@pytest.mark.parametrize("note", [
    "*Today's sponsor: Tidewater Storage. Batteries for the dock that pay for themselves. Book a visit.*",
    "(The committee suspended.)", "[Scrum ends, 2:14 p.m.]", "License this content, opens new tab",
    "Subscribe to receive Ferry Authority news by email", "-4°C Light snow, Digby",
    "Bayside Ford - Spring clearance on all 2025 trucks. See dealer for details.",
    "Harbour Lights Festival — June 4 to 9, 2026 — Passes on sale now",
    "Please note: This transcript has been edited for readability. In case of discrepancy, the recording prevails.",
    "MEDIA AVAILABILITY — UNOFFICIAL TRANSCRIPT", "Transcribed by Gallery Services. Not verified against the audio.",
    "For more information, or to enquire about the methods of this release, contact us at 1-800-555-0100.",
    "Chart 2: Ferry crossings by month, U.S. vs. Canadian passengers", "Weekdays 6 a.m. to noon",
    "Ferry Desk, P.O. Box 120 Station A Saint John, NB", "Harbour Talk is hosted by Jo Doe and Sam Roe. Produced by "
    "Al Lee. Theme music by The Tidelines.", "People also viewed", "Harbourline Ferries | 2,410 followers",
    "Please consider the environment before printing this email.",
    "CONFIDENTIALITY NOTICE: This email is intended only for the person to whom it is addressed.",
    "If you have received this email in error, please notify the sender and delete it.",
    "We gratefully acknowledge that we work on the traditional and unceded territory of the Wolastoqiyik.",
    "Fundy Ferry Friends is a registered charity (No. 80000 0000 RR0001). This post is not legal advice.",
    "Big day at the dock. Fares go down on Monday. pic.twitter.com/a1B2c3D4e5",
    "**[Send a letter to your MP →](/campaigns/ferries)**",
    "Transcript prepared from the audio recording by the Office of the Town Clerk. This is not the official minutes.",
    "*Transcripts are produced by an outside service and lightly edited. Please check against the audio.*",
    "--- Page 2 of 5 ---", "--- End of transcript ---", "[SOUND: gulls, wind, a ramp clanking]",
    "CREDITS: The Crossing was produced by Ana Ruiz. Sound design by Al Lee.", "Was this fact check helpful?  Yes   No",
    "Also available in: Français", "Corrections and clarifications: Contact the newsroom at desk@ferrynews.example",
    "Ana Ruiz can be reached at aruiz@ferrynews.example or 506-555-0187.",
    "Our newsletter: the ferry news every morning. I subscribe", "Abonnez-vous à notre infolettre du matin.",
    "FOR MEMBERS ONLY - PLEASE DO NOT SHARE", "Private group · 4.8K members", "Admin · Top contributor",
    "Write a public comment…", "See less", "Listen · 41:08",
    "[English translation. This article was originally published in French and translated by the newsroom.]",
])
def test_a_pages_note_on_itself_goes_and_the_story_stays(note):
    cleaned = clean(f"{LEAD}\n\n{note}\n\n{MORE}\n").text
    assert note.strip("*") not in cleaned
    assert LEAD in cleaned and MORE in cleaned


@pytest.mark.parametrize("heading", ["Links we're reading", "**Links mentioned in this episode**", "### Also in this issue",
                                     "À lire aussi :", "Related fact checks"])
def test_a_list_of_links_under_its_heading_goes(heading):
    links = "\n".join(f"- [{t}](https://ferrynews.example/{k})" for k, t in enumerate(
        ["What a port fee case involves", "Ottawa says the subsidy is safe", "Inside the last wooden ferry"]))
    cleaned = clean(f"{LEAD}\n\n{MORE}\n\n{heading}\n\n{links}\n").text
    assert "last wooden ferry" not in cleaned and heading.strip("#* ") not in cleaned
    assert LEAD in cleaned and MORE in cleaned


@pytest.mark.parametrize("line", [
    "Figure 3 shows that crossings fell by a third.",
    "Chart 1: the number of crossings fell by a third in March, the authority said.",
    "The charity said it helped 400 families, and its director said \"we gave what we could.\"",
])
def test_a_story_line_that_looks_like_a_note_stays(line):
    cleaned = clean(f"{LEAD}\n\n{line}\n\n{MORE}\n").text
    assert line in cleaned
