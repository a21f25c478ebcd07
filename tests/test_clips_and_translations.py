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
