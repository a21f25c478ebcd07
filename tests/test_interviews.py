"""A question-and-answer interview: each answer is the interviewee's words, with or without quotation marks."""
from __future__ import annotations

import pytest

from briefdeck.core import Source
from briefdeck.extract import extract, extract_files

INTERVIEW = """# Q&A: Why the ferry keeps breaking down

*Interview by Sam Roe, Harbour Lantern*

Marta Lindqvist has run the island ferry service for six years. We asked her why sailings keep being cancelled.

**How many sailings were cancelled last winter?**

Lindqvist: About one in eight. Most of those were the old boat, which is forty-one years old and spends more time in the yard than on the water.

The crews do heroic work with it. But you cannot keep a forty-year-old engine running on goodwill.

**The province says a new boat is coming. When?**

**Lindqvist:** Not before 2028. The order was placed in March, and the yard needs three years at best.

A provincial spokesperson told us: "The replacement vessel remains on schedule."

**What should islanders do until then?**

Lindqvist: Check the app before you drive to the terminal, and please be patient with the deckhands.
"""

NEWS = """Ferry service cut again

Lindqvist: ‘We Cannot Keep Patching This Boat’

The island ferry cancelled 14 sailings this week, the operator said, and Marta Lindqvist, who runs the service, said the old boat needs a new engine.

Lindqvist said the crews had done all they could. The province says a new boat is on order.

Results by route:

Northside: 112 sailings, 9 cancelled.

Southside: 98 sailings, 5 cancelled.
"""


def _quotes(text: str) -> list[tuple[str, str | None]]:
    source = Source(id="s", path="s.md", text=text)
    return [(sn.anchor.exact, sn.speaker) for sn in extract(source) if sn.kind == "quote"]


def _read_quotes(tmp_path, text: str) -> tuple[dict[str, str | None], str]:
    """The quotations of ``text`` read from a file as a user loads one (cleaning included), by their words, and the
    clean text."""
    path = tmp_path / "source.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract_files([path])
    return {sn.anchor.exact: sn.speaker for sn in extraction.snippets if sn.kind == "quote"}, extraction.sources[0].text


def test_every_answer_of_a_question_and_answer_interview_is_the_interviewees_words():
    quotes = dict(_quotes(INTERVIEW))
    assert quotes["About one in eight. Most of those were the old boat, which is forty-one years old and spends more "
                  "time in the yard than on the water."] == "Marta Lindqvist"
    assert quotes["The crews do heroic work with it. But you cannot keep a forty-year-old engine running on "
                  "goodwill."] == "Marta Lindqvist"                      # the answer's second paragraph
    assert quotes["Not before 2028. The order was placed in March, and the yard needs three years at best."] \
        == "Marta Lindqvist"                                            # a label in bold
    assert not any(text.startswith("How many") for text in quotes)       # the questions are not hers
    assert not any("provincial spokesperson" in text for text in quotes)  # the reporter quoting someone else


def test_a_headline_with_a_name_and_a_colon_or_a_tally_by_name_is_not_an_interview():
    quotes = _quotes(NEWS)
    assert not any(text.startswith(("The island ferry", "112 sailings", "Lindqvist said")) for text, _ in quotes)


def test_the_outlet_that_only_asks_is_the_interviewer_and_its_questions_are_not_quotes():
    text = ("# The ferry's new skipper\n\nMarta Lindqvist took over the island ferry in May.\n\n"
            "**Harbour Lantern:** How many sailings were cancelled last winter?\n\n"
            "**Lindqvist:** About one in eight, most of them on the old boat, which is forty-one years old.\n\n"
            "**Harbour Lantern:** When does the new boat arrive?\n\n"
            "**Lindqvist:** Not before 2028, because the yard needs three years at best.\n")
    quotes = _quotes(text)
    assert [s for _, s in quotes] == ["Marta Lindqvist", "Marta Lindqvist"]


def test_a_headline_quoting_the_interview_under_it_gives_the_interviewee_as_its_speaker():
    text = INTERVIEW.replace("# Q&A: Why the ferry keeps breaking down",
                             "# \u201cYou cannot keep a forty-year-old engine running on goodwill\u201d: the ferry "
                             "chief on a hard winter")
    quotes = dict(_quotes(text))
    assert quotes["You cannot keep a forty-year-old engine running on goodwill"] == "Marta Lindqvist"


@pytest.mark.parametrize("intro", [
    "Marta Lindqvist has run the island ferry for six years. Lindqvist sat down with the Lantern's Sam Roe this week.",
    # the interviewer's "Interview by …" line names a second person once: the interviewee is still the one the
    # introduction names (the line is a byline, not someone in the story)
    "Interview by Sam Roe\n\nMarta Lindqvist runs the island ferry and has done so for six years. We reached her at "
    "the terminal.",
], ids=["named-twice", "interview-by-line"])
def test_answers_labelled_a_after_questions_labelled_q_are_the_interviewees(intro):
    text = ("Q&A: the ferry chief on a hard winter\n\n" + intro + "\n\n"
            "Q: How many sailings were cancelled last winter?\n\n"
            "A: About one in eight, most of them on the old boat, which is forty-one years old.\n\n"
            "Q: When does the new boat arrive?\n\n"
            "A: Not before 2028. The order was placed in March, and the yard needs three years at best.\n")
    quotes = dict(_quotes(text))
    assert quotes["Not before 2028. The order was placed in March, and the yard needs three years at best."] \
        == "Marta Lindqvist"
    assert quotes["About one in eight, most of them on the old boat, which is forty-one years old."] \
        == "Marta Lindqvist"
    assert not any(t.startswith("How many") for t in quotes)


def test_an_interviewee_named_once_beside_a_festival_named_often_answers_and_the_last_note_is_the_reporters():
    # "the Prairie Sky festival" three times is no one; the director, named once, is the one who answers
    text = ("'We ran out of road': Prairie Sky festival director on the cancellation\n\n"
            "The Prairie Sky Music Festival said it would not go ahead this year. Festival director Danielle "
            "Mireault called it the hardest decision of her career. She spoke to us about what comes next.\n\n"
            "Q: Why cancel now?\n\nA: Because we ran out of road. Insurance alone went up by a third.\n\n"
            "Q: Will it come back?\n\nA: I'm confident people want it. Whether the numbers let us, I'll know by fall.\n\n"
            "The festival's board will present a revised business plan to members in September.\n")
    quotes = dict(_quotes(text))
    assert quotes["Because we ran out of road. Insurance alone went up by a third."] == "Danielle Mireault"
    assert not any(t.startswith("The festival's board") for t in quotes)


def test_a_quotation_inside_an_answer_is_the_interviewees_only_when_they_say_it():
    from briefdeck.core import Source
    from briefdeck.extract import extract
    text = ("Forty years on the line\n\nJoe Marek has worked at the plant since 1985.\n\n"
            "**Courier:** What do you remember?\n\n"
            "**Marek:** The noise. My father worked at the engine plant, and when I got hired, he told me, "
            "\u201cYou don't own the plant, but you own the work.\u201d I never forgot it.\n\n"
            "**Courier:** And the union?\n\n"
            "**Marek:** I said at the meeting that night, \u201cWe vote for the contract that keeps the third shift.\u201d "
            "Most of them did.\n")
    quotes = {s.anchor.exact: s.speaker for s in extract(Source(id="s", path="s.md", text=text)) if s.kind == "quote"}
    assert quotes["You don't own the plant, but you own the work."] == ""
    assert quotes["We vote for the contract that keeps the third shift."] == "Joe Marek"


CALL = """Lakeview Grain Co. first-quarter results call (excerpt)

PRESENTATION

Operator: Welcome to the call. All lines are muted until the question period.

Ines Calder: Thank you. Before we begin, a reminder that today's remarks include forward-looking statements.

Hana Ostrowski: Thanks, Ines. Volumes were up nine per cent on the quarter, and the new elevator at Kindersley ran full.

We expect the second elevator to open in the spring, on budget.

Piotr Alvarado: Thanks, Hana. Revenue was $412 million and margins held at eleven per cent despite the rail delays.

QUESTIONS AND ANSWERS

Operator: Our first question is from Lena Marsh at Prairie Ledger Securities.

Lena Marsh: Will you raise the dividend this year?

Hana Ostrowski: We will keep the dividend where it is until the second elevator is paid for, and then we will look again.

Lena Marsh: And the rail delays, are they behind you?

Piotr Alvarado: Mostly. We lost about four days of shipping in February and we have made up three of them.
"""


def test_a_call_transcript_gives_each_turn_to_its_speaker_up_to_a_heading_in_capitals():
    quotes = dict(_quotes(CALL))
    assert quotes["We expect the second elevator to open in the spring, on budget."] == "Hana Ostrowski"
    assert "QUESTIONS AND ANSWERS" not in quotes
    assert quotes["Before we begin, a reminder that today's remarks include forward-looking "
                  "statements."] == "Ines Calder"                       # one turn, once it is a transcript
    assert not any(text.startswith("Welcome to the call") for text in quotes)    # "Operator" is no one
    assert quotes["Revenue was $412 million and margins held at eleven per cent despite the rail delays."] \
        == "Piotr Alvarado"


LETTERED = """Harjit Okonkwo-Hale has run Tamsin Seating, a maker of seat frames with 900 workers, since 2019.

Mr. Okonkwo-Hale spoke with us at the company's plant in Concord. The interview has been edited.

Q: Why build the new plant in Ohio?

A: Because the customer asked us to, and because I could not tell my board what the tariff would be in 2027.

Q: How much of that was uncertainty?

A: Most of it. Our parts qualify today, but a battery tray is a ten-year program and the rules may change.
"""

PRESSER = """Environment Minister Rua Tamihana announced the changes on Monday. She was joined by Dr Eli Kerr.

Tamihana: Thanks for coming along. Today I am announcing three changes to the emissions scheme.

QUESTION (Leon Fa'avae, Capital Radio): Why would raising the floor help?

Tamihana: Because the floor tells the market where the price should be, and we are taking supply out.

QUESTION (Priya Mahal, The Ledger): What does this do to petrol prices?

Tamihana: Officials say it adds about two cents a litre at the pump if the price settles at the floor.

QUESTION (Tom Ellery, TV North): The farmers' federation called the cap a handbrake on property rights this morning.

Tamihana: I have read it. It is a cap on conversions, not a ban, and ten thousand hectares is a lot of trees.

CALLER (GORD, WARMAN): I just want to say the whole town is behind the farmers on this one.

Tamihana: Thank you. The regulations will be made before Christmas and apply from March.
"""


def test_a_lettered_interview_finds_its_interviewee_by_the_mr_when_the_first_name_is_unknown():
    quotes = dict(_quotes(LETTERED))
    assert quotes["Because the customer asked us to, and because I could not tell my board what the tariff would be "
                  "in 2027."] == "Harjit Okonkwo-Hale"


def test_a_labelled_question_or_someone_elses_turn_in_capitals_is_not_the_answer_going_on():
    quotes = dict(_quotes(PRESSER))
    assert quotes["Because the floor tells the market where the price should be, and we are taking supply out."] \
        == "Rua Tamihana"
    assert quotes.get("The farmers' federation called the cap a handbrake on property rights this morning.") \
        != "Rua Tamihana"
    assert not any(text.startswith("CALLER") for text in quotes)


RADIO = """Drought hits the wheat belt

Harvest is under way, and yields are the worst in a decade. Annabel Reeve spoke with Graham Pitts, who farms near
Temora, and with the grain analyst Priya Lal.

ANNABEL REEVE: Graham, you started stripping wheat on Friday. What are you seeing in the bin?

GRAHAM PITTS: Not much, Annabel. We are averaging about 0.8 of a tonne a hectare, and our long-run average is 2.6.

REEVE: When did you know it was going to be this bad?

PITTS: August. We had a good start, sowed into moisture in April, but then it just shut off completely.

REEVE: The bureau cut its wheat forecast by 18 per cent last week. It says, "Yields in the south are the lowest since 2006." Is that what you see?

PITTS: That's about right for our district. North of the river they got the storms and they have done better.

PRIYA LAL, GRAIN ANALYST: Prices have not risen to make up for it, because the northern hemisphere crop was big.

REEVE: Graham Pitts and Priya Lal, thanks for your time, and good luck with the rest of harvest.
"""


def test_a_broadcast_transcript_in_capitals_gives_each_turn_to_its_speaker_and_leaves_the_host_out():
    quotes = dict(_quotes(RADIO))
    assert quotes["August. We had a good start, sowed into moisture in April, but then it just shut off completely."] \
        == "Graham Pitts"                                      # "PITTS:" is the Graham Pitts named above
    assert quotes["Prices have not risen to make up for it, because the northern hemisphere crop was big."] \
        == "Priya Lal"                                         # a label with a role after the name
    assert not any(speaker == "Annabel Reeve" for speaker in quotes.values())      # the host asks
    assert quotes["Yields in the south are the lowest since 2006."] != "Graham Pitts"


def test_a_guests_five_word_thanks_is_an_answer_but_a_five_word_tally_by_name_is_not():
    text = RADIO.replace("PRIYA LAL, GRAIN ANALYST:", "PITTS: Thanks for having me, Annabel.\n\nPRIYA LAL, GRAIN ANALYST:")
    assert dict(_quotes(text))["Thanks for having me, Annabel."] == "Graham Pitts"
    tally = RADIO.replace("PRIYA LAL, GRAIN ANALYST:", "PITTS: 2,316 tonnes, 41 per cent.\n\nPRIYA LAL, GRAIN ANALYST:")
    assert not any(t.startswith("2,316") for t, _ in _quotes(tally))


def test_a_podcast_host_saying_who_she_is_is_not_named_im():
    text = ("NAOMI FARRER: Welcome back to The Staffroom. I'm Naomi Farrer. Teachers have voted on a deal.\n\n"
            "BEN TARRANT: Thanks, Naomi. The deal is a 12 per cent rise over three years, backdated to March.\n\n"
            "NAOMI FARRER: And the shortage? Does this deal actually fix it for the schools out in the regions?\n\n"
            "BEN TARRANT: No. The department says 297 posts are still unfilled, most of them in the regions.\n")
    assert "I'm Naomi Farrer" not in {speaker for _, speaker in _quotes(text)}
    assert dict(_quotes(text))["No. The department says 297 posts are still unfilled, most of them in the "
                               "regions."] == "Ben Tarrant"


def test_a_host_named_only_in_the_label_is_still_the_host_when_the_label_shortens():
    text = ("The governor joined the Sunday programme to talk about the race.\n\n"
            "JAKE MORROW: The candidate released a video on Friday about racial healing. Take a listen.\n\n"
            "MORROW: Do you think he has campaigned as a healer, Governor, in the months since the primaries?\n\n"
            "MARY FALLOW: I think he is trying to, and that has been part of his message all through the summer.\n\n"
            "MORROW: And will you campaign with him in Oklahoma City before the convention in Cleveland?\n\n"
            "FALLOW: I will be there in August, and I expect the whole delegation to be there with him as well.\n\n"
            "MORROW: Governor, thank you for joining us this morning.\n\n"
            "FALLOW: Thank you, Jake. It is always a pleasure to be on the programme with you and your viewers.\n")
    quotes = dict(_quotes(text))
    assert quotes["I think he is trying to, and that has been part of his message all through the summer."] \
        == "Mary Fallow"
    assert "Jake Morrow" not in quotes.values()


def test_a_podcast_labelled_by_first_names_gives_each_turn_to_the_guest_named_in_full():
    text = ("HARBOUR TALK, Episode 9\n\nTranscript\n\nHost Nadia Brooks talks with Tomas Ekberg, who runs the "
            "island's credit union, and Hana Sato, a councillor on the island since 2019.\n\n"
            "Nadia: Welcome back. Tomas, Hana, thanks for coming in this morning.\n\n"
            "Tomas: Glad to be here, and thanks for asking us both.\n\n"
            "Nadia: Tomas, what has changed at the credit union this year?\n\n"
            "Tomas: Loans for repairs have doubled since the spring, and most of them are under two thousand dollars.\n\n"
            "Nadia: Hana, what is the council doing about it?\n\n"
            "Hana: We set aside a small fund in June, and it ran out in eleven weeks, which tells you the need.\n\n"
            "Nadia: Will it be topped up?\n\n"
            "Hana: I will ask for that at the budget meeting in January, and I expect a hard fight over it.\n")
    quotes = dict(_quotes(text))
    assert quotes["Loans for repairs have doubled since the spring, and most of them are under two thousand "
                  "dollars."] == "Tomas Ekberg"
    assert quotes["We set aside a small fund in June, and it ran out in eleven weeks, which tells you the need."] \
        == "Hana Sato"
    assert quotes["I will ask for that at the budget meeting in January, and I expect a hard fight over it."] \
        == "Hana Sato"


def test_answers_labelled_a_with_a_full_stop_after_questions_labelled_q_are_the_interviewees():
    text = ("Q&A: Where the ferry money goes\n\nMarta Lindqvist has run the island ferry for six years. Lindqvist "
            "spoke with us about the new boat.\n\nQ. WHEN WILL THE NEW BOAT ARRIVE?\n\nA. Not before 2028. The "
            "order was placed in March, and the yard needs three years at best.\n\nQ. WHAT SHOULD ISLANDERS DO "
            "UNTIL THEN?\n\nA. Check the app before you drive to the terminal, and be patient with the crews.\n")
    quotes = dict(_quotes(text))
    assert quotes["Not before 2028. The order was placed in March, and the yard needs three years at best."] \
        == "Marta Lindqvist"
    assert quotes["Check the app before you drive to the terminal, and be patient with the crews."] \
        == "Marta Lindqvist"


def test_an_earnings_call_labelled_name_dash_title_gives_each_remark_to_its_speaker():
    text = ("Harbourline Ferries Q3 Earnings Call\n\nOperator:\nGood morning, and welcome to the call. All lines are "
            "in listen-only mode.\n\nÉlise Moreau -- President and Chief Executive Officer\nThank you. We carried "
            "1.2 million passengers in the quarter, up 9% from a year ago, and both new boats are in service.\n\n"
            "Fuel was the one cost that moved against us, and we have hedged most of next year.\n\n"
            "Dan Price -- Chief Financial Officer\nThanks, Élise. Revenue was $84 million, and we expect capital "
            "spending of about $40 million next year.\n\nOperator:\nOur first question comes from Jo Roe with "
            "Tidewater Securities.\n\nJo Roe -- Tidewater Securities -- Analyst\nCan you say more about the fuel "
            "hedges?\n\nÉlise Moreau -- President and Chief Executive Officer\nWe have hedged about 70% of next "
            "year's fuel at prices close to this year's average, so the exposure is small.\n\nOperator:\nOur next "
            "question comes from Al Diaz with Pier Capital.\n\nAl Diaz -- Pier Capital -- Analyst\nWill you order a "
            "third boat?\n\nÉlise Moreau -- President and Chief Executive Officer\nNot this year. We want two full "
            "seasons with the new boats before we decide on a third one.\n")
    quotes = dict(_quotes(text))
    assert quotes["We carried 1.2 million passengers in the quarter, up 9% from a year ago, and both new "
                  "boats are in service."] == "Élise Moreau"
    assert quotes["Fuel was the one cost that moved against us, and we have hedged most of next year."] \
        == "Élise Moreau"                                               # her remarks' second paragraph
    assert quotes["Revenue was $84 million, and we expect capital spending of about $40 million "
                  "next year."] == "Dan Price"
    assert not any(t.startswith(("Good morning", "Our first question")) for t in quotes)   # the operator's


def test_a_programme_name_over_a_dash_is_no_speaker_of_the_lines_under_it():
    text = ("Grower counts the cost\n\nCountry Breakfast \u2014 Southern Shore\nBroadcast: Tuesday, 6.40am\n"
            "Presenter: Ann Reeve\n\nHarvest is under way, and Graham Pitts told the programme it was his worst.\n\n"
            "ANN REEVE: Graham, what are you seeing in the bin?\n\nGRAHAM PITTS: Not much, Ann. We are averaging "
            "about 0.8 of a tonne a hectare so far.\n\nANN REEVE: Will you plant again?\n\nGRAHAM PITTS: We will, "
            "because there is nothing else this ground is good for.\n")
    quotes = _quotes(text)
    assert not any(t.startswith("Broadcast") or speaker == "Country Breakfast" for t, speaker in quotes)
    assert ("Not much, Ann. We are averaging about 0.8 of a tonne a hectare so far.", "Graham Pitts") in quotes


MEDIA_CONFERENCE = """TRANSCRIPT
DOORSTOP, HARBOUR TERMINAL, FREMANTLE
THE HON CORMAC ELLSWORTH MP, MINISTER FOR PORTS AND SHIPPING

MINISTER ELLSWORTH: Thanks for coming out this morning. The new berth opens in March and doubles what this terminal can handle in a week.

REPORTER: Minister, the union says the roster change will cost jobs. Is that right?

MINISTER ELLSWORTH: No. Every permanent worker on this terminal keeps a job, and the operator has agreed to hire forty more crane drivers by June.

REPORTER: When will the dredging finish?

MINISTER ELLSWORTH: The dredging finishes in the first week of February, on budget, and the first ship is booked for the week after.

THE CHAIR: Thanks, everyone, that is all the time we have this morning.
"""


def test_a_transcript_labelled_by_title_and_surname_gives_the_turns_to_the_full_name_in_its_heading():
    quotes = dict(_quotes(MEDIA_CONFERENCE))
    assert quotes["No. Every permanent worker on this terminal keeps a job, and the operator has agreed to hire forty "
                  "more crane drivers by June."] == "Cormac Ellsworth"
    assert quotes["The dredging finishes in the first week of February, on budget, and the first ship is booked for "
                  "the week after."] == "Cormac Ellsworth"
    assert not any(speaker == "The Chair" for speaker in quotes.values())     # a title alone names no one


PODCAST_STAMPED = """THE FREIGHT DESK - Episode 12: "Empty trailers"

Released March 3, 2026 · 28 min

[00:00:04] NOOR HALVARSSON: This is The Freight Desk. I'm Noor Halvarsson, and with me is Casimir Obuya, who runs a trucking firm in Windsor.

[00:00:20] CASIMIR OBUYA: Glad to be here, Noor.

[00:00:23] NOOR HALVARSSON: Casimir, what has happened to your volumes since the tariffs?

[00:00:28] CASIMIR OBUYA: We run about ninety trucks. In a normal week we made around a thousand crossings at the bridge, and now it is closer to six hundred.

[00:01:02] NOOR HALVARSSON: Have you laid people off?

[00:01:05] CASIMIR OBUYA: We have parked fourteen trucks and let eleven drivers go since the summer, mostly the newer ones, and I hate every one of those calls.

Music: "Overpass" by The Lantern Yard, used under licence.
The Freight Desk is an independent production. Rate and review us wherever you listen.
"""


def test_a_podcast_transcript_with_timestamps_before_its_labels_gives_each_turn_to_its_speaker():
    quotes = dict(_quotes(PODCAST_STAMPED))
    assert quotes["We run about ninety trucks. In a normal week we made around a thousand crossings at the bridge, and "
                  "now it is closer to six hundred."] == "Casimir Obuya"
    assert quotes["We have parked fourteen trucks and let eleven drivers go since the summer, mostly the newer ones, "
                  "and I hate every one of those calls."] == "Casimir Obuya"


HANSARD_BRACKETS = """LEGISLATIVE ASSEMBLY
Official Report of Debates

FERRY FARES

Mr. Ewan Talbot-Okoye: My question is for the Minister of Transportation. Island families now pay forty dollars more a crossing than they did in May. When will the minister freeze the fares?

The Speaker (Hon. Lucinda Farrowby): Minister.

Hon. Benedikt Saarinen-Cole (Minister of Transportation): Thank you, Speaker. The fares follow a formula set by the ferry authority, and this year it added a fuel charge of eleven per cent.

Interjections.

The Speaker (Hon. Lucinda Farrowby): Order. Supplementary question.

Mr. Ewan Talbot-Okoye: Speaker, a formula did not choose to raise the fares by forty dollars. Will the minister change it?

Hon. Benedikt Saarinen-Cole: We have asked the authority to review the fuel charge before the spring schedule, and I expect its answer within sixty days.

The Speaker (Hon. Lucinda Farrowby): That concludes the time for oral questions today.
"""


def test_a_chambers_record_gives_a_turn_labelled_with_a_role_or_a_name_in_brackets_to_the_person_named():
    quotes = dict(_quotes(HANSARD_BRACKETS))
    assert quotes["The fares follow a formula set by the ferry authority, and this year it added a "
                  "fuel charge of eleven per cent."] == "Benedikt Saarinen-Cole"
    assert quotes["That concludes the time for oral questions today."] == "Lucinda Farrowby"
    assert quotes["We have asked the authority to review the fuel charge before the spring schedule, and I expect its "
                  "answer within sixty days."] == "Benedikt Saarinen-Cole"
    assert not any(text.startswith("Interjections") for text in quotes)
    roles = {sn.anchor.exact[:20]: sn.role for sn in extract(Source(id="s", path="s.md", text=HANSARD_BRACKETS))
             if sn.kind == "quote"}
    assert roles["The fares follow a f"] == "Minister of Transportation"
    assert roles["We have asked the au"] == "Minister of Transportation"


VOICE_OVER = """EVENING BUSINESS REPORT

MARISOL TEBBUTT, ANCHOR: Good evening. We start in Oshawa, where a plant cut a shift today. Our reporter Idris Vaughan-Pike is there.

IDRIS VAUGHAN-PIKE, CORRESPONDENT: Marisol, the company told workers this morning that about 900 jobs will go in March.

VAUGHAN-PIKE (voice-over): In a statement, the company said the cuts were "the result of trade measures we do not control," and that it would keep talking to both governments.

ORLA FENWICK-DUBE, ASSEMBLER: I have twenty years in that plant, and nobody can tell me what brings the shift back.

VAUGHAN-PIKE: Marisol, people here are watching Washington very closely tonight.

HOST (Marisol Tebbutt): That was our reporter in Oshawa, and we will be back after the break with the markets.
"""


def test_a_reporters_voice_over_is_narration_and_the_quotation_in_it_is_not_the_reporters():
    quotes = dict(_quotes(VOICE_OVER))
    assert quotes.get("the result of trade measures we do not control,") != "Idris Vaughan-Pike"
    assert not any(text.startswith("In a statement") for text in quotes)
    assert not any(text.startswith("That was our reporter") for text in quotes)      # a host's words are the show's


RADIO_REPORT = """Parts makers turn to work-sharing

Aired Wednesday, November 12

HOST (Odile Brassard): Good morning. Dozens of small manufacturers in the valley build parts sold across North America, and the tariffs have hit them hard this year.

REPORTER (Yannick Desrochers-Bell): At seven in the morning, the parking lot at the wheel plant is only half full. Six months ago you could not find a spot.

The owner, Laurent Pichette-Ndiaye, walks me through a plant where two of the four casting cells are stopped.

"We lost 40 per cent of our American orders between May and August," Pichette-Ndiaye told me.

REPORTER (Yannick Desrochers-Bell): To avoid layoffs, the plant signed up for the federal work-sharing program in September.

HOST (Odile Brassard): Thank you for that report from the valley this morning, and now to the weather.
"""


def test_a_programmes_host_and_reporter_named_in_brackets_narrate_and_are_not_quoted():
    quotes = dict(_quotes(RADIO_REPORT))
    assert quotes["We lost 40 per cent of our American orders between May and August"] == "Laurent Pichette-Ndiaye"
    assert not any(speaker in ("Odile Brassard", "Yannick Desrochers-Bell") for speaker in quotes.values())


QA_WITH_BYLINE = """# "Every part now has a passport": a trade lawyer on supplier contracts

*Interview by Barnaby Quist-Adewale | The Trade Desk | November 3*

Ottilie Marchmont-Eze is a partner in the trade group at a law firm in Ottawa, where she advises parts makers on customs and rules of origin. We spoke to her about what suppliers are asking.

**Q:** What has changed for a typical parts maker since April?

**A:** Before April, most of my clients thought about rules of origin once a year, when they filled in a certificate.

**Q:** How many suppliers are affected?

**A:** More than people think. Across the 40 or so suppliers we have audited, most had at least one part that failed.
"""


def test_a_qa_answers_are_the_interviewee_described_in_the_intro_not_the_interviewer_in_the_byline():
    quotes = dict(_quotes(QA_WITH_BYLINE))
    assert quotes["Before April, most of my clients thought about rules of origin once a year, when they filled in a "
                  "certificate."] == "Ottilie Marchmont-Eze"
    assert "Barnaby Quist-Adewale" not in quotes.values()


PLAIN_QA = """Q&A: What a town's sewage says about the next outbreak

**Interview by Corin Malvaney-Oduya, Health Reporter**

Every weekday a courier collects 12 bottles of raw sewage from four towns and drives them to a university lab.

Dr. Isaura Penhallow-Ketu, a virologist who leads the lab, spoke with us about what the samples can reveal. This interview has been edited for length and clarity.

Start with the basics. What are you measuring?

We measure fragments of genetic material that people shed when they are infected, whether or not they feel sick.

Why does that matter now?

Because clinical testing has collapsed. If you only look at hospital data, you find out about a wave ten days late.

Our signal leads hospital admissions by five to eight days.

What happens if the funding stops?

We would drop to two sites at most, and the north would be the first to go.

A spokesperson for the ministry said the province "values the program as an early warning tool" and would consider funding in the budget.
"""


def test_a_qa_whose_questions_lost_their_bold_gives_each_answer_to_the_interviewee_named_in_the_intro():
    quotes = dict(_quotes(PLAIN_QA))
    assert quotes["We measure fragments of genetic material that people shed when they are infected, whether or not "
                  "they feel sick."] == "Isaura Penhallow-Ketu"
    assert quotes["Our signal leads hospital admissions by five to eight days."] == "Isaura Penhallow-Ketu"
    assert quotes["We would drop to two sites at most, and the north would be the first to go."] == "Isaura Penhallow-Ketu"
    assert not any(text.startswith(("Every weekday", "Dr. Isaura", "A spokesperson")) for text in quotes)
    assert quotes["values the program as an early warning tool"] == "A spokesperson for the ministry"


def test_questions_and_answers_are_not_an_interview_unless_the_page_says_it_is_one():
    article = PLAIN_QA.replace("Q&A: ", "").replace(" This interview has been edited for length and clarity.", "") \
        .replace("spoke with us about", "studies")
    assert "Isaura Penhallow-Ketu" not in dict(_quotes(article)).values()


GLUED_QA = """Jo-Ellen Vantassel-Ruiz sees hope for the river towns

Former governor Jo-Ellen Vantassel-Ruiz wrote the foreword to a new book on flood recovery. Vantassel-Ruiz sat down this week to talk about it. Questions and answers have been edited for length and clarity.

QThe towns along the river flooded three times in ten years. Why keep rebuilding there?

A: Because people's whole lives are there, and the levees can be made to hold if the money comes on time.

QSome say it is time to buy people out and let the river have the land.

A: Some of that is right. We bought out 400 homes in the lowest ground, and I would do it again.

QWhat comes next?

A: A vote on the levee bond in March, and if it fails, I think the smaller towns will empty.
"""


def test_an_interview_whose_bold_q_was_glued_to_each_question_still_reads_the_lettered_answers():
    quotes = dict(_quotes(GLUED_QA))
    assert quotes["Because people's whole lives are there, and the levees can be made to hold if the money comes on "
                  "time."] == "Jo-Ellen Vantassel-Ruiz"
    assert quotes["Some of that is right. We bought out 400 homes in the lowest ground, and I would do it "
                  "again."] == "Jo-Ellen Vantassel-Ruiz"
    assert not any(text.startswith(("The towns along", "Some say")) for text in quotes)


NAME_LINE_CALL = """Tellwright Axle Inc. second quarter 2025 results call

CORPORATE PARTICIPANTS
Odalys Brennick-Tamm - President and Chief Executive Officer
Ravi Okonkwo-Lahde - Chief Financial Officer

Operator
Good morning, and welcome to the Tellwright Axle second quarter call. All lines are on mute.

Odalys Brennick-Tamm
Thanks, and good morning. Tariffs applied to every part we shipped to the United States this quarter.

We recovered about 40% of that cost from customers, and we expect more in the back half.

Ravi Okonkwo-Lahde
Thank you, Odalys. Sales were $212.4 million, down 8% from a year ago, mostly on volume.

Operator
Our first question comes from Wen Adeyemi-Holt of Kingsway Capital. Please go ahead.

Wen Adeyemi-Holt
Thanks. What share of the tariff cost are you getting back on the programs you have settled?

Odalys Brennick-Tamm
A little over 60% on average, and the larger programs take longer because the dollars are bigger.

Wen Adeyemi-Holt
And if customers hold out longer?

Ravi Okonkwo-Lahde
Then we absorb more for a period, and we would rather do that than lose a program for seven years.
"""


def test_a_call_transcript_with_each_speakers_name_on_a_line_over_their_words_gives_them_their_turns():
    quotes = dict(_quotes(NAME_LINE_CALL))
    assert quotes["Tariffs applied to every part we shipped to the United States this "
                  "quarter."] == "Odalys Brennick-Tamm"
    assert quotes["We recovered about 40% of that cost from customers, and we expect more in the back half."] \
        == "Odalys Brennick-Tamm"
    assert quotes["Sales were $212.4 million, down 8% from a year ago, mostly on volume."] \
        == "Ravi Okonkwo-Lahde"
    assert not any(text.startswith(("Good morning, and welcome", "Our first question")) for text in quotes)


THREAD = """Harbour Street Bridge to close for 14 months

Tessa Lindgren-Obi
@tlindgren_news
1/ The city will close the Harbour Street Bridge to all traffic Monday and keep it closed for about 14 months.
10:02 AM · Nov 13, 2025

Tessa Lindgren-Obi
@tlindgren_news
2/ Why now: an inspection in September found "significant section loss" in the floor beams, the commissioner said.
10:04 AM · Nov 13, 2025
"""


def test_a_threads_author_over_each_post_is_no_speakers_turn():
    assert not any(text.startswith(("1/", "2/", "@")) for text in dict(_quotes(THREAD)))


QA_WITH_MINISTER = """'There is no secret pot of money': the finance minister on the budget

Three weeks out from Budget Day, Finance Minister Rangi Tamahori-Pell sat down with political editor Hinemoa Vasquez-Reid to talk about the deficit.

Tamahori-Pell describes what is coming as a lean budget. The interview has been edited for length and clarity.

Why $1.3 billion, when you told us a year ago it would be $2.4 billion?

Because the revenue isn't there. Tax take in the nine months to March was $2.2 billion below forecast.

Will there be any tax relief in this budget?

No. I want to be straight with people about that, and I will show you how we pay for anything later.

Why should anyone believe the surplus date?

Because we have cut spending for two years running, and the numbers on that side are ours to control.
"""


def test_the_interviewee_is_the_one_the_intro_names_twice_with_an_office_though_their_first_name_is_unknown():
    quotes = dict(_quotes(QA_WITH_MINISTER))
    assert quotes["Because the revenue isn't there. Tax take in the nine months to March was $2.2 billion below "
                  "forecast."] == "Rangi Tamahori-Pell"


EXPLAINER = """Q&A: What the new tariffs mean for car buyers

President Jo Vandermeer-Oakes announced the tariffs on Tuesday. Vandermeer-Oakes said they would protect jobs.

What is changing?

A 25 per cent duty applies to vehicles imported from Canada and Mexico from April 3, and to parts a month later.

Will prices go up?

Most analysts expect sticker prices to rise by $2,000 to $4,000 on an average vehicle within a year.

When does it start?

The duty on vehicles starts on April 3; the duty on parts follows on May 3, after a review of exemptions.
"""


def test_an_explainer_titled_q_and_a_whose_answers_are_the_reporters_gives_them_to_no_one():
    assert "Jo Vandermeer-Oakes" not in dict(_quotes(EXPLAINER)).values()


IN_AN_ARTICLE = """Rent arrears, explained

"Most tenants who fall behind do so after one bad month," said Dr. Ilse Varga-Nkemelu, a housing economist at the University of Regina. "The second month is where it turns."

Dr. Varga-Nkemelu said the tribunal heard 4,100 arrears cases last year. "Almost none of them were about people who would not pay," she said.

## What does a landlord's lawyer see?

Tobiah Rensford-Aquino has acted for landlords in Saskatoon for 11 years. His answers have been edited for length.

**Q: What goes wrong first?**

A: The conversation stops. A tenant who calls in the first week almost always keeps the unit. One who stops answering almost never does.

**Q: What would you change?**

A: I would make the repayment plan the default. Most of my clients would take a plan over a hearing every time.
"""

EXCHANGE = """Inquest hears supervisor knew guard was bypassed

A shift supervisor at the mill, Wendell Ashgrove-Mbeki, testified on the third day. Part of his exchange with coroner's counsel Priscilla Dunmore-Hale went as follows:

Q: When did you learn the guard had been bypassed?
A: Some time in the spring. It kept tripping, and the line was behind, so we wired around it until the part came.

Q: Did the part come?
A: It came in the summer. Nobody undid the wiring, and that one is on me.
"""


def test_an_interview_inside_an_article_is_answered_by_the_one_its_own_introduction_names():
    quotes = dict(_quotes(IN_AN_ARTICLE))
    assert quotes["The conversation stops. A tenant who calls in the first week almost always keeps the unit. One who "
                  "stops answering almost never does."] == "Tobiah Rensford-Aquino"
    assert quotes["Almost none of them were about people who would not pay"] == "Ilse Varga-Nkemelu"


def test_answers_on_the_line_under_their_question_are_the_witness_not_the_counsel_asking():
    quotes = dict(_quotes(EXCHANGE))
    assert quotes["It came in the summer. Nobody undid the wiring, and that one is on me."] == "Wendell Ashgrove-Mbeki"
    assert quotes["Some time in the spring. It kept tripping, and the line was behind, so we wired around it until "
                  "the part came."] == "Wendell Ashgrove-Mbeki"


COMMITTEE = """Standing Committee on Natural Resources

The Chair (Mr. Ansel Ruiz-Makepeace (Sudbury, Lib.)): I call this meeting to order. We have two officials with us today.

Ms. Océane Varga-Whitlock (Assistant Deputy Minister, Emergency Management and Programs Branch, Department of Public Safety and Emergency Preparedness): Thank you, Mr. Chair. Last year the operations centre tracked 47 events that needed a federal response.

Mr. Émile Okonkwo-Brisset (Beauport—Limoilou, BQ): Thank you, Mr. Chair. When will the insurance program open to homeowners?

Ms. Océane Varga-Whitlock: That is a decision for ministers, and the design work is largely done.

Mr. Émile Okonkwo-Brisset: That does not tell the people of my riding when it will open.
"""


def test_a_committee_record_reads_a_long_office_in_brackets_and_an_accented_first_name():
    quotes = dict(_quotes(COMMITTEE))
    assert quotes["Last year the operations centre tracked 47 events that needed a federal "
                  "response."] == "Océane Varga-Whitlock"
    assert quotes["That does not tell the people of my riding when it will open."] == "Émile Okonkwo-Brisset"



PHONE_IN = """HARBOUR AFTERNOON \u2014 TRANSCRIPT

HOST: Good afternoon. The ferry queue at the terminal ran past the gas station again today, and we have someone who sat in it.

HOST: Desmond, welcome to the show. How long did you wait this morning?

SKIPPER: Three sailings. I run a water-taxi, so I know the schedule by heart, and I still missed two of them because the car lanes backed into the bus lane.

HOST: What did that cost you?

SKIPPER: Most of a morning's fares, and I had to send two booked groups to another operator. That money does not come back.

HOST: Desmond, is this new, or has it always been like this in summer?

SKIPPER: It used to be the long weekends. Now it is every Tuesday, and nobody at the terminal will tell us why the booth is short-staffed.

HOST: Desmond Achterberg-Kalu, who runs a water-taxi out of the inner harbour. Thank you.
"""


def test_a_role_label_is_the_guest_the_host_calls_on_by_first_name_and_names_in_full():
    quotes = dict(_quotes(PHONE_IN))
    assert quotes["Most of a morning's fares, and I had to send two booked groups to another operator. That money "
                  "does not come back."] == "Desmond Achterberg-Kalu"
    assert len([q for q, who in quotes.items() if who == "Desmond Achterberg-Kalu"]) == 3


FREIGHT_CALL = """Quarry Lane Freight Q2 Earnings Call

Operator

Welcome to the call. I will now hand over to the chief executive.

Winifred Osei-Marchand -- President and Chief Executive Officer

Thank you. Volumes were down 6% in the quarter, and the cross-border lanes carried most of that fall.

We parked 40 tractors in May and moved their drivers onto regional routes inside Ontario.

For the year we now expect revenue of $610 million to $640 million.

Results by segment

Bartholomew Ng -- Chief Financial Officer

Thanks, Winifred. Operating costs rose 3%, mostly from insurance and fuel surcharges we could not pass on.

Operator

Our first question comes from Leopold Hashemi-Grant with Northgate Securities.

Leopold Hashemi-Grant -- Analyst, Northgate Securities

Do you expect the cross-border lanes to come back this year?

Winifred Osei-Marchand -- President and Chief Executive Officer

Not this year. We are planning as if they stay where they are until the tariff review.
"""


def test_each_paragraph_of_a_call_turn_is_the_speakers_until_the_next_label_and_a_heading_ends_it():
    quotes = dict(_quotes(FREIGHT_CALL))
    assert quotes["We parked 40 tractors in May and moved their drivers onto regional routes inside Ontario."] == \
        "Winifred Osei-Marchand"
    assert quotes["For the year we now expect revenue of $610 million to $640 million."] == "Winifred Osei-Marchand"
    assert "Results by segment" not in quotes


HEARING = """Army chief questioned by MPs

The exchange, as the committee's transcript records it, went as follows:

Dame Wilhelmina Tressider: General, you said last year that recruiting had turned a corner. Who is accountable?

Gen Sir Ambrose Quillfeather: I am. Applications are up by a fifth, but we still lose too many people while they wait.

Dame Wilhelmina Tressider: How long do they wait?

Gen Sir Ambrose Quillfeather: The average is 171 days from application to the first day of training.
"""


def test_a_hearings_label_of_four_words_with_rank_and_knighthood_is_the_witness():
    quotes = dict(_quotes(HEARING))
    assert quotes["The average is 171 days from application to the first day of training."] == "Ambrose Quillfeather"


PODCAST = """THE SIGNAL DESK
Episode 12: Who pays for local radio?

Hosts: Maeve Tierney-Oduya and Cormac Ashdown-Reyes
Guest: Dr Sabine Okafor-Vance, media economist

[00:00] Maeve: Hello and welcome to The Signal Desk. I'm Maeve.

[00:05] Cormac: And I'm Cormac. This week, the licence fee and who really pays it in the end.

[00:20] Sabine: Thanks for having me. It is a duller subject than people think, right up until it is not.

[00:31] Cormac: Let's start with the number. How many households simply do not pay at all?

[00:35] Sabine: About one in seven, and that share has not moved in a decade of campaigns.

[00:50] Cormac: That is a remarkable number, and it tells you the system has a leak nobody has fixed.

[00:58] Sabine: It is the collection cost that should worry you, not the dodging of it.
"""


def test_a_podcasts_two_hosts_named_in_its_credits_ask_and_only_the_guest_answers():
    quotes = dict(_quotes(PODCAST))
    assert quotes["About one in seven, and that share has not moved in a decade of campaigns."] == "Sabine Okafor-Vance"
    assert "That is a remarkable number, and it tells you the system has a leak nobody has fixed." not in quotes


SITTING = """Minister questioned on tourism campaign

The Chair (Mr. Lysander Okonkwo-Hale): Mr. Pettigrew, you have six minutes.

Mr. Barnaby Pettigrew (Conservative): Thank you, Chair. Minister, how much of the $50 million went to advertising agencies?

Hon. Wilhelmina Strand-Achebe (Minister of Tourism): About $31 million went to media buys, and the rest to partners in the provinces.

Some hon. members: Hear, hear!

The Chair: Order, please. Let the minister answer the question.

Mr. Barnaby Pettigrew: So more than 60 per cent of the money went to ads, Minister.
"""


def test_the_chair_named_once_in_brackets_is_the_chair_of_each_later_turn_and_members_cheering_are_no_one():
    quotes = dict(_quotes(SITTING))
    assert quotes["Order, please. Let the minister answer the question."] == "Lysander Okonkwo-Hale"
    assert "Hear, hear!" not in " ".join(quotes)


def test_a_calls_questions_and_answers_heading_is_no_ones_words():
    text = ("Harbourline Ferries Q3 Earnings Call\n\nOperator\nGood morning, and welcome to the call.\n\n"
            "Élise Moreau -- President and Chief Executive Officer\nThank you. We carried 1.2 million passengers in "
            "the quarter, up 9% from a year ago.\n\n"
            "Dan Price -- Chief Financial Officer\nThanks, Élise. Revenue was $84 million, and we expect capital "
            "spending of about $40 million next year.\n\nQuestions and Answers:\n\nOperator\nOur first question "
            "comes from Jo Roe with Tidewater Securities.\n\nJo Roe -- Tidewater Securities -- Analyst\nCan you say "
            "more about the fuel hedges?\n\nÉlise Moreau -- President and Chief Executive Officer\nWe have hedged "
            "about 70% of next year's fuel, so the exposure is small.\n\nAl Diaz -- Pier Capital -- Analyst\nWill "
            "you order a third boat?\n\nÉlise Moreau -- President and Chief Executive Officer\nNot this year. We want "
            "two full seasons with the new boats first.\n")
    quotes = dict(_quotes(text))
    assert not any(t.startswith("Questions and Answers") for t in quotes)
    assert quotes["Revenue was $84 million, and we expect capital spending of about $40 million "
                  "next year."] == "Dan Price"


DASHED_PHONE_IN = """Ferry fares on the line

Marisol Okafor-Banks -- Presenter

The fares go up again in April. Tomas, is the rise fair?

Tomas Lindgren-Oyelaran -- Chair, Island Ferry Users

No. We pay more every year, and the boats are older every year. That is the whole of it.

Marisol Okafor-Banks -- Presenter

We have a caller. Priit is on the island. Priit, go ahead.

Priit -- Caller, Ness Island

Morning. I cross twice a day for work, and the fare is now more than my lunch and my fuel put together.

Marisol Okafor-Banks -- Presenter

Tomas?

Tomas Lindgren-Oyelaran -- Chair, Island Ferry Users

Priit is right, and he is not alone. A season ticket has gone up a third in four years.
"""


def test_a_phone_in_caller_labelled_by_first_name_and_caller_speaks_their_turn():
    quotes = dict(_quotes(DASHED_PHONE_IN))
    assert quotes["Morning. I cross twice a day for work, and the fare is now more than my lunch and my fuel put "
                  "together."] == "Priit"
    assert quotes["Priit is right, and he is not alone. A season ticket has gone up a third in four years."] \
        == "Tomas Lindgren-Oyelaran"


HEARING_REPORTED = """THE CHAIR: Good evening. Appearing before us are Idris Lachance-Moore, manager of the Pointe Verte harbour authority, and Wilma Stroud-Okafor, who speaks for the snow crab harvesters. The Minister of Ports, the Honourable Beatrix Delacroix-Hume, will appear next week. Mr. Lachance-Moore, go ahead.

MR. LACHANCE-MOORE: Thank you, Madam Chair. Our wharf berths 140 boats and the fees they pay are our whole budget.

SENATOR KOWALCZYK-ROSS: Mr. Lachance-Moore, what does that mean for repairs?

MR. LACHANCE-MOORE: Senator, our main wharf was built in 1981 and needs about $9 million of work this decade.

When Minister Delacroix-Hume came to Pointe Verte in May, she told the crews on our wharf, "No trade fight will close this harbour." I took her at her word, and I would like to see it in the budget.

SENATOR KOWALCZYK-ROSS: Ms. Stroud-Okafor, is the season any better for crab?

MS. STROUD-OKAFOR: Thank you. Our members had a good year on paper and a hard one at the bank.
"""


def test_an_answer_that_reports_someone_elses_words_is_the_answerers_around_them_and_theirs_within():
    quotes = _quotes(HEARING_REPORTED)
    assert ("No trade fight will close this harbour.", "Beatrix Delacroix-Hume") in quotes
    assert ("I took her at her word, and I would like to see it in the budget.", "Idris Lachance-Moore") in quotes
    assert not any("No trade fight" in text and speaker != "Beatrix Delacroix-Hume" for text, speaker in quotes)


def test_a_phone_in_caller_named_in_the_brackets_after_caller_speaks_their_turn():
    text = ("HOST (Mira Castellanos): Welcome back. With me is Tomas Ferreira-Quist of the Snowbird Owners Club.\n\n"
            "FERREIRA-QUIST: Thanks, Mira. About a third of our members are staying home this winter.\n\n"
            "HOST: We have a caller. Lorne in Sudbury, go ahead.\n\n"
            "CALLER (Lorne, Sudbury): Hi Mira. My wife and I have wintered in Yuma since 2011. This year we sold the "
            "trailer at a loss and we are staying put.\n\n"
            "FERREIRA-QUIST: We hear that every day. People sell, and they do not come back for years.\n")
    got = dict(_quotes(text))
    assert got["Hi Mira. My wife and I have wintered in Yuma since 2011. This year we sold the trailer at a loss and "
               "we are staying put."] == "Lorne"


def test_each_caller_labelled_caller_with_a_first_name_and_a_place_in_brackets_speaks_their_own_turn():
    text = ("OLUWASEUN BRANDT-IKEDA: This is Midday Lines. The smelter cut a shift this week. Let's go to the phones.\n\n"
            "CLIP (Mayor Henrike Zapata-Lowe, council meeting, Tuesday): We cannot build a town budget on a plant that "
            "does not know its own schedule next month.\n\n"
            "BRANDT-IKEDA: The mayor on Tuesday. First caller is Zdzislaw in Jonquière.\n\n"
            "CALLER (Zdzislaw, Jonquière): Hi. I drive a forklift in the casthouse, and my hours went from forty to "
            "thirty-two a week.\n\n"
            "BRANDT-IKEDA: Thanks. Next is Yesenia, calling from the north end.\n\n"
            "CALLER (Yesenia, north end of Chicoutimi): My brother was laid off in the spring and he still has no "
            "date to go back.\n\n"
            "CALLER (Zdzislaw, Jonquière): Can I add one thing? The overtime is gone too, and that was our summer.\n")
    got = dict(_quotes(text))
    assert got["We cannot build a town budget on a plant that does not know its own schedule next month."] == \
        "Henrike Zapata-Lowe"
    assert got["My brother was laid off in the spring and he still has no date to go back."] == "Yesenia"
    assert got["Can I add one thing? The overtime is gone too, and that was our summer."] == "Zdzislaw"


def test_a_turn_labelled_with_a_mc_name_in_capitals_is_that_persons():
    text = ("HOST (Ines Laporte): Good morning. With me is the marina owner Callum McTavish-Oduya and the economist "
            "Rhea Santos-Lind.\n\n"
            "CALLUM McTAVISH-ODUYA \u2014 Owner, Lakeside Marine: Morning, Ines.\n\n"
            "HOST: Callum, how was the season?\n\n"
            "McTAVISH-ODUYA: The worst for new boats since 2009. We sold 38 this year against 71 last year.\n\n"
            "HOST: And next spring?\n\n"
            "McTAVISH-ODUYA: I have ordered about 40 per cent fewer boats, and I am keeping all my staff.\n\n"
            "SANTOS-LIND: That is what we hear from most of the dealers we surveyed in August.\n")
    got = dict(_quotes(text))
    assert got["The worst for new boats since 2009. We sold 38 this year against 71 last year."] == \
        "Callum McTavish-Oduya"


def test_a_turn_labelled_by_an_office_is_the_one_the_record_lists_in_it():
    text = ("TRANSIT APPEALS TRIBUNAL\nHearing 14, Volume 2\n\nBefore:\nMr. Anselm Koury-Vance, Presiding Member\n"
            "Ms. Idun Serrano-Pike, Member\n\n"
            "THE PRESIDING MEMBER: We are resuming with the operator's panel. Counsel, the floor is yours.\n\n"
            "MS. OKORO-LUND: Thank you, Mr. Presiding Member. Mr. Tavish, how many routes did you cut in June?\n\n"
            "MR. TAVISH: We cut nine routes in June and three more in August. Ridership on the rest fell by 12 per cent.\n\n"
            "MS. OKORO-LUND: And the depot in Brandon?\n\n"
            "MR. TAVISH: It closes in March. The 41 drivers there have been offered jobs in Winnipeg.\n\n"
            "THE PRESIDING MEMBER: Thank you. We will break for fifteen minutes and then hear the union's panel.\n")
    got = dict(_quotes(text))
    assert got["We are resuming with the operator's panel. Counsel, the floor is yours."] == "Anselm Koury-Vance"
    assert got["We will break for fifteen minutes and then hear the union's panel."] == "Anselm Koury-Vance"


def test_a_guests_first_turn_labelled_with_their_title_and_a_guest_who_quotes_a_question_still_answer():
    text = ("HOST: This is Dockside, the show about the business of boats. I'm Mira Castellanos-Lee. With me are "
            "Ronan Veldhuis-Achebe, who builds aluminum skiffs in Shediac, and Delphine Okonkwo-Marr, who sells them "
            "in Portland, Maine. Welcome.\n\n"
            "RONAN VELDHUIS-ACHEBE -- Owner, Baie Verte Marine Works: Glad to be here, even on a week like this one.\n\n"
            "DELPHINE OKONKWO-MARR -- President, Casco Boat Sales: Thanks for having me.\n\n"
            "HOST: Ronan, when did the orders stop?\n\n"
            "VELDHUIS-ACHEBE: In April. We had 40 skiffs on order for Maine dealers, and by May we had eleven.\n\n"
            "HOST: Delphine, what did your customers say?\n\n"
            "OKONKWO-MARR: Every one of them asked me the same thing, “Is the price going to come down if I wait?” "
            "And I could not tell them.\n\n"
            "HOST: Ronan, what comes next?\n\n"
            "VELDHUIS-ACHEBE: We are selling into Quebec now. It is a smaller market, but it pays on time.\n\n"
            "OKONKWO-MARR: I will buy from Ronan again the day the tariff goes. That is a promise.\n")
    got = dict(_quotes(text))
    assert got["Glad to be here, even on a week like this one."] == "Ronan Veldhuis-Achebe"
    assert got["Every one of them asked me the same thing, “Is the price going to come down if I wait?” "
               "And I could not tell them."] == "Delphine Okonkwo-Marr"
    assert got["I will buy from Ronan again the day the tariff goes. That is a promise."] == "Delphine Okonkwo-Marr"
    assert not any(q.startswith("Thanks for having me.\n") for q in got)      # her short greeting is no turn of two


def test_a_guest_whose_surname_opens_on_an_elided_particle_answers_under_it_in_capitals():
    text = ("HOST: Good morning. With me are the fisheries minister, Marguerite Doucette-Hale, and from the wharf at "
            "Lower West Pubnico, Kyle d'Entremont-Walsh, who fishes out of LFA 34.\n\n"
            "DOUCETTE-HALE: Good morning, Ruth.\n\n"
            "HOST: Kyle, what are the buyers telling you about this winter?\n\n"
            "D'ENTREMONT-WALSH: They are telling us nothing, which is worse. Usually by now you hear numbers on the "
            "wharf.\n\n"
            "HOST: Minister?\n\n"
            "DOUCETTE-HALE: We have officials in Beijing this week, and seafood is not being traded off against "
            "anything else.\n\n"
            "D'ENTREMONT-WALSH: Can I jump in? The dealer I sell to lost a truckload at the border last spring.\n")
    got = dict(_quotes(text))
    assert got["They are telling us nothing, which is worse. Usually by now you hear numbers on the wharf."] == \
        "Kyle d'Entremont-Walsh"
    assert got["Can I jump in? The dealer I sell to lost a truckload at the border last spring."] == \
        "Kyle d'Entremont-Walsh"


def test_a_witnesss_opening_thanks_is_left_off_the_answer_but_a_thanks_alone_is_kept():
    hearing = ("Standing Committee on International Trade, evidence\n\n"
               "THE CHAIR (Mr. Jo Abara-Lind): Welcome. Ms. Okafor-Lind, you have five minutes.\n\n"
               "MS. ADA OKAFOR-LIND: Thank you, Mr. Chair. Northshore Coil is a service centre in Trois-Rivieres, and "
               "we employ 240 people. Our US orders fell by a third after the quota filled in October.\n\n"
               "THE CHAIR (Mr. Jo Abara-Lind): How many of those jobs are at risk?\n\n"
               "MS. ADA OKAFOR-LIND: Thanks to the quota, about sixty of them, unless the surtax comes off by March.\n\n"
               "THE CHAIR (Mr. Jo Abara-Lind): Thank you. That is our time.\n\n"
               "MS. ADA OKAFOR-LIND: Thank you.\n")
    quotes = dict(_quotes(hearing))
    assert quotes["Northshore Coil is a service centre in Trois-Rivieres, and we employ 240 people. Our US orders "
                  "fell by a third after the quota filled in October."] == "Ada Okafor-Lind"
    assert quotes["Thanks to the quota, about sixty of them, unless the surtax comes off by March."] \
        == "Ada Okafor-Lind"                                            # "Thanks to …" is no thanks
    assert not any(text.startswith("Thank you, Mr. Chair") for text in quotes)


PODCAST_WITH_RECORDINGS = """Dock Talk, episode 31

Mireille: Hi, welcome to Dock Talk, I'm Mireille Obuya-Laine. With me is Taavi Rennick-Oduor, who runs a freight brokerage in Fort Erie.

Taavi: Thanks for having me.

Mireille: Taavi, what changed for your clients this fall?

Taavi: Almost everything. We file about 900 entries a week now, three times what we filed in August, and every one of them needs a certificate of origin.

Mireille: We asked the trade minister about it last week. Here she is.

[CLIP] Odile Ferrante-Mbeki -- Minister of International Trade, at committee, October 22: We have put forty trade officers on the phones for small exporters, and we will add more in January.

Mireille: And a listener left us a message.

[VOICEMAIL]

Bronagh: Hi Mireille, it's Bronagh, I run a two-person candle shop in Welland and I stopped shipping to Buffalo in September because the fees were more than the candles.

[VOICEMAIL] Wendell, a listener in Lockport, New York: Hi, it's Wendell, I used to buy from Canadian makers every month and now I buy from nobody, because I never know what the bill will be.

[CLIP — Odile Ferrante-Mbeki, Minister of International Trade, November 3]
Small shippers can call the export desk for free, and most of them will find that their goods qualify.

Mireille: Taavi, is the minister right?

Taavi: Partly. The desk is good, but the wait for a call back is about two weeks, and a small shipper cannot wait two weeks.
"""


def test_a_recording_played_on_air_is_its_speakers_tagged_before_the_label_or_on_a_line_over_it():
    quotes = dict(_quotes(PODCAST_WITH_RECORDINGS))
    assert quotes["We have put forty trade officers on the phones for small exporters, and we will add more in "
                  "January."] == "Odile Ferrante-Mbeki"                     # "[CLIP] Name -- Office:"
    assert quotes["Hi Mireille, it's Bronagh, I run a two-person candle shop in Welland and I stopped shipping to "
                  "Buffalo in September because the fees were more than the candles."] == "Bronagh"   # a caller
    assert quotes["Hi, it's Wendell, I used to buy from Canadian makers every month and now I buy from nobody, "
                  "because I never know what the bill will be."] == "Wendell"
    assert quotes["Small shippers can call the export desk for free, and most of them will find that their goods "
                  "qualify."] == "Odile Ferrante-Mbeki"                     # "[CLIP — Name, Office, date]" over it
    assert "Taavi, is the minister right?" not in quotes     # the host, who opens the show saying who she is, asks
    assert "Hi Mireille" not in quotes.values()              # a caller's greeting is no one


def test_a_recordings_tag_stays_in_the_clean_text_while_a_row_of_buttons_goes():
    from briefdeck.clean import clean
    cleaned = clean(PODCAST_WITH_RECORDINGS + "\n[Share] [Print]\n").text
    assert "[VOICEMAIL]\n" in cleaned and "[CLIP]" in cleaned and "[Share]" not in cleaned


def test_a_phone_in_caller_labelled_with_a_town_is_that_caller_and_the_town_their_role():
    show = ("Call-in hour: money in a hard winter\n\n"
            "HOST (Jo Abara-Lind): Good afternoon. With me is the economist Ines Vaughan-Obi. Ines, thanks.\n\n"
            "VAUGHAN-OBI: Thanks, Jo. Household debt here is high, and the layoffs came before the renewals did.\n\n"
            "HOST: First caller is Marisol in LaSalle. Go ahead, Marisol.\n\n"
            "MARISOL (LaSalle): Hi. My husband got laid off in September and our mortgage renews in March, and I "
            "don't know whether to call the bank now or wait.\n\n"
            "VAUGHAN-OBI: Call now. A bank has far more options for a customer who is current than for one who is "
            "already behind.\n\n"
            "HOST: Next up, Gurpreet in Tecumseh.\n\n"
            "GURPREET (TECUMSEH): Hi Jo. We got the renewal letter already, and they're offering a five-year rate I "
            "can just about carry.\n")
    quotes = dict(_quotes(show))
    assert quotes["Hi. My husband got laid off in September and our mortgage renews in March, and I don't know "
                  "whether to call the bank now or wait."] == "Marisol"
    assert quotes["Hi Jo. We got the renewal letter already, and they're offering a five-year rate I can just about "
                  "carry."] == "Gurpreet"
    roles = {sn.speaker: sn.role for sn in extract(Source(id="s", path="s.md", text=show)) if sn.kind == "quote"}
    assert roles["Gurpreet"] == "Tecumseh"                              # not "TECUMSEH"


def test_an_officers_answer_labelled_in_capitals_runs_on_into_the_next_paragraph():
    meeting = ("Annual meeting of members, floor session\n\n"
               "THE CHAIR (Ines Roe-Lind, chair of the board): We will take questions from the floor.\n\n"
               "MEMBER (Paul Doe, Ferme Doe, Compton): I want to know what happens to our quota if Ottawa gives ground on cheese.\n\n"
               "GENERAL MANAGER (Anatole Brisset-Oba): I'll give you the honest answer, which is in two parts. The "
               "first part is that Ottawa cannot give in on volume without breaking its own law.\n\n"
               "The second part is where I would ask you to pay attention. The law says nothing about who holds the "
               "import licences.\n\n"
               "MEMBER (Ana Roy, Ferme Roy, Magog): I would like to hear about the quota exchange and its price.\n\n"
               "CHIEF FINANCIAL OFFICER (Vikram Desro-Iyer): It is. The Quebec price is still $24,000 a kilogram, "
               "and there are more buyers than sellers.\n\n"
               "MEMBER (Luc Roy, Ferme Roy, Coaticook): I ask that the co-op stand behind the small farms.\n\n"
               "GENERAL MANAGER (Anatole Brisset-Oba): We will, and the board has voted to keep the transport "
               "premium for every farm under 60 cows.\n")
    quotes = dict(_quotes(meeting))
    assert quotes["The second part is where I would ask you to pay attention. The law says nothing about who holds "
                  "the import licences."] == "Anatole Brisset-Oba"


def test_a_podcast_labelled_by_first_names_in_capitals_gives_the_guest_a_host_calls_on_her_turns():
    text = ("THE HARBOUR HOUR \u2014 a podcast about ports\n\n"
            "LENA: Welcome back. I'm Lena Okafor-Ruiz.\n\n"
            "TOMAS: And I'm Tomas Brandt-Wiley. We have a grower with us today.\n\n"
            "LENA: Ngozi Achterberg-Lim farms 30 acres of peppers outside Leamington. Ngozi, welcome.\n\n"
            "NGOZI: Thanks for having me on the show, it is good to be here.\n\n"
            "TOMAS: What did the duty change for you?\n\n"
            "NGOZI: My peppers now carry a deposit of about a fifth of their price at the border.\n\n"
            "LENA: We asked the minister about it in the House last week.\n\n"
            "[CLIP \u2014 House of Commons, March 19]\n\n"
            "MAHONEY-RUIZ: These duties are unjustified and we will fight them at every stage.\n\n"
            "TOMAS: Ngozi, does that help you at all?\n\n"
            "NGOZI: It helps me feel less alone, but it does not pay for my gas this winter.\n")
    text = text.replace("We asked the minister", "We asked the minister, Dana Mahoney-Ruiz,")
    said = dict((q, s) for q, s in _quotes(text))
    assert said["My peppers now carry a deposit of about a fifth of their price at the border."] == "Ngozi Achterberg-Lim"
    assert said["It helps me feel less alone, but it does not pay for my gas this winter."] == "Ngozi Achterberg-Lim"
    assert said["These duties are unjustified and we will fight them at every stage."] == "Dana Mahoney-Ruiz"
    assert not any(q.startswith(("[CLIP", "Welcome back", "And I'm Tomas")) for q in said)   # the hosts open the show


TOWN_HALL = """TOWN HALL: Herring, prices and the wharf
Hosted by Maelys Doucet-Ferreira, Member of Parliament for South Shore

MP (Maelys Doucet-Ferreira): Good evening, and thank you all for coming out on a weeknight. We have the province's \
Minister of Fisheries and Aquaculture, Torben Haddad-Leclair, on the line from Halifax. Minister, can you hear us?

MINISTER (by phone): I can hear you, Maelys. Good evening, everyone in the hall.

DOUCET-FERREIRA: Good. We'll go straight to the floor, so please give your name and your wharf first.

SPEAKER FROM FLOOR: My name is Ansel Boudreau-Kimani and I fish out of Lower Wedgeport. I landed the same weight as \
last year and got a third less for it.

DOUCET-FERREIRA: Ansel, you are not wrong about who is paying for this, and I will take that to Ottawa next week.

SPEAKER FROM FLOOR: Rosalind Tibbetts-Oyelaran, the holding plant at Pubnico. Our hours are down to twenty a week \
and nobody is talking about the plant workers.

MINISTER (by phone): Thank you, Rosalind. I have asked my department to look at the price reports for the last \
four seasons.

SPEAKER FROM FLOOR: [inaudible] from Tusket. Are we ever getting the old buyers back or should we stop waiting?
"""


def test_a_town_halls_floor_speakers_say_who_they_are_and_the_minister_on_the_phone_is_the_one_introduced():
    quotes = dict(_quotes(TOWN_HALL))
    said = {text.split(".")[0]: who for text, who in quotes.items()}
    assert said["My name is Ansel Boudreau-Kimani and I fish out of Lower Wedgeport"] == "Ansel Boudreau-Kimani"
    assert said["Rosalind Tibbetts-Oyelaran, the holding plant at Pubnico"] == "Rosalind Tibbetts-Oyelaran"
    assert said["I have asked my department to look at the price reports for the last four seasons"] \
        == "Torben Haddad-Leclair"                       # "MINISTER (by phone):", named in the host's opening
    assert said["[inaudible] from Tusket"] == "a speaker from the floor"     # who gave no name
    assert said["Ansel, you are not wrong about who is paying for this, and I will take that to Ottawa next week"] \
        == "Maelys Doucet-Ferreira"                      # the host answers the floor too


VIDEO_INTERVIEW = """Inside the boat plant's long winter: its two owners on tariffs

Interview by Jo Marchetti. This transcript of the video has been edited for length and clarity.

Q: You laid off 90 people this week for ten weeks instead of four. Why now?

[Odile Ferreira-Nakamura, president, answers]

A: Because our dealers told us in October. Their spring orders came in a third below last year, and we build to order.

Q: Ravi, what has the duty cost you so far?

[Ravi Sandoval-Mbeki, chief financial officer, answers]

A: About US$1.2 million a month on the boats we ship south, and we have absorbed a third of that ourselves.

Q: We spoke to one of your dealers in Maine. Here is what he told us.

[CLIP — Brennan Hollis-Adair, dealer, Bangor, Maine]

My customers do not care where the engine comes from. They care that the boat costs four thousand dollars more.

Q: Odile, how do you answer that?

[Odile Ferreira-Nakamura, president, answers]

A: He is right, and he is a good dealer. That is exactly why we are not pushing boats at him this spring.

Q: Ravi, can you pay for the new line with the plant half staffed?

A: Not alone. We are talking to Export Development Canada about most of the money for it.
"""


def test_a_video_interviews_answers_go_to_whoever_the_notes_and_the_questions_name_and_the_clip_to_its_speaker():
    said = {text.split(".")[0]: who for text, who in _quotes(VIDEO_INTERVIEW)}
    assert said["Because our dealers told us in October"] == "Odile Ferreira-Nakamura"
    assert said["About US$1"] == "Ravi Sandoval-Mbeki"
    assert said["My customers do not care where the engine comes from"] == "Brennan Hollis-Adair"
    assert said["He is right, and he is a good dealer"] == "Odile Ferreira-Nakamura"    # the note said again
    assert said["Not alone"] == "Ravi Sandoval-Mbeki"    # "Q: Ravi, …" with no note over the answer


MEMBERS_MEETING = """LOCAL 2214, SPECIAL MEETING
Chair: Odette Marchand-Kaur, president, Local 2214

CHAIR: Order, please. We have one item tonight, the layoff of the night shift, and a motion at the end.

CHAIR: Here is what the company told us on Tuesday. The night shift goes down for at least eight weeks, and that is \
410 of our members.

MEMBER (Ignace Beaulieu-Osei, paint shop): Seventy per cent for twenty-six weeks. And if it goes longer than that?

CHAIR: Then we are back at the table, and I will not pretend otherwise to anybody in this hall.

MEMBER (Wren Takahashi-Roy, frame line): A question for the record. Is the local doing anything for the supplier \
workers who are not our members?
"""


def test_a_members_meeting_gives_each_member_their_turn_and_the_chair_named_in_the_header_hers():
    said = {text.split(".")[0]: who for text, who in _quotes(MEMBERS_MEETING)}
    assert said["Seventy per cent for twenty-six weeks"] == "Ignace Beaulieu-Osei"
    assert said["A question for the record"] == "Wren Takahashi-Roy"      # a member's question is theirs too
    assert said["Then we are back at the table, and I will not pretend otherwise to anybody in this hall"] \
        == "Odette Marchand-Kaur"                         # "CHAIR:", named in the header, answers the floor


QUESTION_PERIOD = """Oral Question Period

The Speaker: The hon. Member for Souris-Elmira.

Ms. Gallant-Oyelaran (Souris-Elmira): Thank you, Speaker. Growers have paid a 10 per cent tariff on every load \
since November, and the storage sheds are full. When will the minister bring in a surplus removal program?

The Speaker: The hon. Minister of Agriculture.

Hon. Corinne Vasquez-Hale (Minister of Agriculture): Thank you, Speaker. We have written to Ottawa twice this month \
and we expect an answer before the end of the session.

Ms. Gallant-Oyelaran: Speaker, growers cannot pay the bank with a letter to Ottawa. Will the minister put money on \
the table this week?
"""

CALLERS_PHONE_IN = """HOST: Good afternoon. Let's go to the phones. Ferris is calling from Hawkesbury. Go ahead, Ferris.

FERRIS: That's right, a men's clothing store on Main Street, been in the family since 1962, and my customers want \
Canadian coats.

HOST: Where did the rest of your American orders go?

FERRIS: Honestly? Portugal and Vietnam, mostly. Cheaper than American, cheaper than Canadian.

HOST: One more caller before the break. You're on the air.

CALLER: Thanks. I'd rather not say who I am because I still work in the business, but the quota ran out in September.

CALLER (GORD, WARMAN): Hi, yeah. I just want to say I shop downtown because the people there know their stock.
"""


def test_a_chambers_members_named_by_honorific_and_riding_are_the_speakers_of_their_questions():
    said = {text.split(".")[0]: who for text, who in _quotes(QUESTION_PERIOD)}
    assert said["Growers have paid a 10 per cent tariff on every load since November, and the storage sheds are full"] \
        == "Ms. Gallant-Oyelaran"
    assert said["Speaker, growers cannot pay the bank with a letter to Ottawa"] == "Ms. Gallant-Oyelaran"


def test_a_phone_ins_callers_are_the_first_names_the_host_puts_through_and_one_who_gives_none_is_a_caller():
    said = {text.split(".")[0]: who for text, who in _quotes(CALLERS_PHONE_IN)}
    assert said["Honestly? Portugal and Vietnam, mostly"] == "Ferris"
    assert said["I'd rather not say who I am because I still work in the business, but the quota ran out in September"] \
        == "a caller"
    assert said["Hi, yeah"] == "Gord"                     # "CALLER (GORD, WARMAN):", in capitals


SWORN_HEARING = """Hearing on the surtax on imported aluminum extrusions

THE CHAIR: We resume with the complainant's evidence. Counsel, your first witness.

MS. ABERNATHY-OSEI: Thank you. The complainant calls its plant manager.

(Ilse Varga-Mbeki, sworn)

MS. ABERNATHY-OSEI: Ms. Varga-Mbeki, how many people work at the Laval plant?

THE WITNESS: Two hundred and twelve this morning. We were at three hundred a year ago, before the orders went south.

MS. ABERNATHY-OSEI: And the order book for next year?

THE WITNESS: Half of what it was, and most of that is repair work that we price at cost to keep the line running.

MS. ABERNATHY-OSEI: Thank you. The complainant's next witness is its buyer.

TOMASZ OKAFOR-LIND, having been duly sworn, testified as follows:

MS. ABERNATHY-OSEI: Mr. Okafor-Lind, where do you buy billet now?

THE WITNESS: From a smelter in Quebec, at a premium of about nine per cent over what we paid last spring.
"""


def test_a_hearings_witness_turns_are_whoever_was_last_sworn_in_before_them():
    said = {text.split(".")[0].split(",")[0]: who for text, who in _quotes(SWORN_HEARING)}
    assert said["Two hundred and twelve this morning"] == "Ilse Varga-Mbeki"
    assert said["Half of what it was"] == "Ilse Varga-Mbeki"
    assert said["From a smelter in Quebec"] == "Tomasz Okafor-Lind"     # the second witness, sworn in after her


COUNCIL_DELEGATION = """Regular meeting of council, item 4: the ferry terminal lease

Present: Mayor Ines Okonjo-Reid; Councillors Petra Halvorsen-Diop, Casimir Abernethy-Tan and Rui Castellanos-Webb

MAYOR OKONJO-REID: Item 4. Councillor Abernethy-Tan, you had questions for the delegation.

COUNCILLOR ABERNETHY-TAN: Thank you. Who pays for the new ramp?

CLERK: Our delegation tonight is Mirela Voss-Adeyemi of the Harbour Operators Association.

DELEGATE: Thank you, Madam Mayor. The association pays half the ramp, and our members have agreed to a surcharge \
of two dollars a car to cover it.

COUNCILLOR ABERNETHY-TAN: And the other half?

DELEGATE: The province has offered the other half if the lease runs twenty years, which is why we are asking you \
for twenty.

COUNCILLOR HALVORSEN-DIOP: I will support the lease. The ferry carries our students and our patients every day.

COUNCILLOR ABERNETHY-TAN: I cannot support twenty years on these terms, and I want that in the record tonight.

MAYOR OKONJO-REID: Noted. We will vote on the lease as read.
"""


def test_a_councils_delegate_is_the_one_the_clerk_introduced_and_a_councillor_who_asks_most_is_no_host():
    said = {text.split(".")[0].split(",")[0]: who for text, who in _quotes(COUNCIL_DELEGATION)}
    assert said["The association pays half the ramp"] == "Mirela Voss-Adeyemi"   # "DELEGATE:" after "Our delegation
                                                                                  # tonight is …"
    assert said["The province has offered the other half if the lease runs twenty years"] == "Mirela Voss-Adeyemi"
    assert said["I cannot support twenty years on these terms"] == "Casimir Abernethy-Tan"   # asks most, no host
    assert said["I will support the lease"] == "Petra Halvorsen-Diop"          # "Councillors Petra …": not a name


WEBINAR = """Members' webinar: selling after the shelf pull

HOST (Imogen Baptiste-Kwan): Welcome, everyone. Three panellists today, and plenty of questions in the chat.

PANELLIST — Osvaldo Thibodeau-Anand, Larkspur Cider House: Thanks, Imogen. We press about 400 tonnes of apples a \
year in Annapolis Royal, and half of it used to go to Boston.

PANELLIST — Yevgenia Marchetti-Obi, Tall Pines Distilling: Hello. We make gin and aquavit in Sudbury, and our \
American orders stopped in April.

BAPTISTE-KWAN: Osvaldo, where did the Boston half go?

THIBODEAU-ANAND: Into Ontario listings, mostly, at a lower price than Boston paid us.

BAPTISTE-KWAN: Yevgenia, and yours?

MARCHETTI-OBI: Ours went nowhere yet. We are pouring it into a second aging program and waiting.

BAPTISTE-KWAN: From the chat, Hollis in Truro asks whether the listings will last.

THIBODEAU-ANAND: Nobody knows. Our buyer said the review is on sales, not on where the boycott goes.

MARCHETTI-OBI: And sales are what we can control, so that is where we put the money.
"""


def test_a_webinars_panellist_labelled_with_a_dash_name_and_firm_is_that_person_from_the_first_turn():
    said = {text.split(".")[0].split(",")[0]: who for text, who in _quotes(WEBINAR)}
    assert said["We press about 400 tonnes of apples a year in Annapolis Royal"] == "Osvaldo Thibodeau-Anand"
    assert said["Hello"] == "Yevgenia Marchetti-Obi"           # "Hello. We make gin and aquavit in Sudbury …"
    assert said["Into Ontario listings"] == "Osvaldo Thibodeau-Anand"


DEPOSITION = """DEPOSITION OF MARGIT OYELARAN-STROM
Excerpt, pages 12 to 14

MARGIT OYELARAN-STROM, a witness herein, having been first duly sworn, testified as follows:

EXAMINATION BY MR. PETTIGREW-ANSAH:

Q. What do you do at the Welland foundry?

A. I run purchasing for the foundry, and I have since the spring of 2021.

Q. When did the American customer move its orders?

A. In August. They told us the surtax on their side made our castings about eleven per cent dearer than Ohio's.

MS. CALLOWAY-IBE: Objection, form.

Q. You can answer.

A. The work went to Ohio because of the tariff, not because of our quality. Our reject rate was under one per cent.
"""


def test_a_depositions_answers_are_the_sworn_witnesses_under_q_and_a():
    said = {text.split(".")[0].split(",")[0]: who for text, who in _quotes(DEPOSITION)}
    assert said["I run purchasing for the foundry"] == "Margit Oyelaran-Strom"
    assert said["The work went to Ohio because of the tariff"] == "Margit Oyelaran-Strom"


LIVE_CAPTIONS = """UNION HALL MEETING — LIVE CAPTIONS
Captions are produced in real time and may contain errors.

>> GOOD EVENING, EVERYONE. MY NAME IS TAMSIN OKORO-VALE, I CHAIR THE ORGANIZING COMMITTEE. THANK YOU FOR COMING OUT.

>> We have two guests. Let's hear first from Bartholomew Nyquist-Ade, who runs a grip and electric rental house.

>> Thanks. We had eleven trucks out on shows last summer. This week we have two, and I have laid off six people.

[APPLAUSE]

>> Thank you. Next is Ilse Rautenbach-Moyo from the provincial film office.

>> THANK YOU. Production spending fell by about a third last year, and we expect the spring to be slow as well.

>> Let's take a question. Go ahead at the microphone, sir.

>> Sorry, can we get that mic turned up? Thank you.

>> I'M A BOOM OPERATOR, TWENTY YEARS IN. MY QUESTION IS FOR THE FILM OFFICE. WHEN DOES THE CREDIT CHANGE ARRIVE?

>> Ilse?

>> The province has promised an answer by March, and we are pressing for the change to start in April. [INAUDIBLE] \
We will post the details as soon as we have them.
"""


def test_live_captions_turns_go_to_who_names_themselves_who_is_called_on_and_the_floor():
    said = {text.split(".")[0].split(",")[0]: who for text, who in _quotes(LIVE_CAPTIONS)}
    assert said["We had eleven trucks out on shows last summer"] == "Bartholomew Nyquist-Ade"   # "Let's hear first from …"
    assert said["Production spending fell by about a third last year"] == "Ilse Rautenbach-Moyo"   # "Next is …"
    assert said["I'M A BOOM OPERATOR"] == "a speaker from the floor"                 # "Go ahead …, sir."
    assert said["The province has promised an answer by March"] == "Ilse Rautenbach-Moyo"    # "Ilse?"; the words
    assert said["We will post the details as soon as we have them"] == "Ilse Rautenbach-Moyo"   # cut at [INAUDIBLE]
    assert said["Sorry"] == "Tamsin Okoro-Vale"                                     # the host, between the two


INVESTOR_DAY = """ACME OILSEEDS INC. — INVESTOR DAY
Transcript

Operator: Good morning, and welcome to the Acme Oilseeds investor day. I will now turn the call over to management.

Marisol Quintero-Bakshi, Chief Executive Officer: Thanks, operator, and good morning.

[Slide 3 — Where we stand]

Our two crush plants ran at 94 per cent of capacity this year, even with the Chinese market closed to our meal.

[Slide 5 — Exports]

Before March a third of our meal went to China. Today almost all of it goes to feed mills in the United States.

Anders Holmqvist-Ebo, Chief Financial Officer: Thank you, Marisol.

[Slide 9 — Capital plan]

We are putting off the third line by a year, which keeps about $120 million of capital in reserve.

Lucinda Farrow, Northgate Securities: Anders, is the deferral a cost decision or a demand decision?

Anders Holmqvist-Ebo, Chief Financial Officer: Mostly demand. Until the duty on meal is settled we do not need the line.
"""


def test_an_investor_days_presenters_named_with_their_titles_go_on_past_their_slide_cues():
    said = {text.split(".")[0].split(",")[0]: who for text, who in _quotes(INVESTOR_DAY)}
    assert said["Our two crush plants ran at 94 per cent of capacity this year"] == "Marisol Quintero-Bakshi"
    assert said["Before March a third of our meal went to China"] == "Marisol Quintero-Bakshi"
    assert said["We are putting off the third line by a year"] == "Anders Holmqvist-Ebo"   # after "Thank you, Marisol."
    assert said["Mostly demand"] == "Anders Holmqvist-Ebo"


def test_an_oral_history_labelled_by_initials_gives_each_turn_to_the_one_the_header_names_and_a_note_to_no_one():
    text = ("COUNTY ARCHIVES — Oral history\n\nNarrator: Wendell Okonkwo-Strand\nInterviewer: Pia Lindqvist-Amare\n"
            "Note: The narrator's brother, Ambrose Okonkwo-Strand, joins partway through.\n\n"
            "PL: When did you start at the foundry?\n\nWO: In 1979, on the pouring floor. My uncle got me in, and I "
            "stayed until the day they banked the last furnace.\n\nPL: What was the work like?\n\nWO: Hot, loud and "
            "steady. You knew on Friday you would have work on Monday, and that was worth a lot.\n\n"
            "[Ambrose Okonkwo-Strand, the narrator's younger brother, joins the interview at 00:31:10. He worked in the "
            "foundry's pattern shop for nineteen years before it closed.]\n\nAO: I was in patterns, which was the quiet "
            "end. We made the wooden shapes the moulds were packed around.\n\nPL: And when it closed?\n\n"
            "AO: Half of us never went back into a plant. I drove a school bus for twelve years.\n")
    found = _quotes(text)
    assert [who for _, who in found] == ["Wendell Okonkwo-Strand"] * 2 + ["Ambrose Okonkwo-Strand"] * 2
    assert not any("joins the interview" in words for words, _ in found)


def test_a_live_chat_gives_each_stamped_entry_to_its_writer_and_leaves_readers_questions_out():
    text = ("Guest: Odalys Ferreira-Quist, economist\nHost: Benedikt Osei-Larsen, business editor\n\n"
            "[10:02] Host, Benedikt Osei-Larsen:\nGood morning. Readers have sent us dozens of questions about the quota.\n\n"
            "[10:04] Question from Lobsterpot_Lou:\nWill boats that lose a week get any help?\n\n"
            "[10:06] Odalys Ferreira-Quist:\nThe province has a fund for this, but it pays only crews who fished ten "
            "weeks last year.\n\n[10:09] Question from Marguerite T.:\nThe buyers say prices will hold. I doubt it.\n\n"
            "[10:11] Odalys Ferreira-Quist:\nPrices held last spring because the buyers had no other supply.\n\n"
            "[10:12] Odalys Ferreira-Quist:\nThis year the Maine catch is up, and that changes the bargaining.\n")
    found = _quotes(text)
    assert [who for _, who in found] == ["Odalys Ferreira-Quist"] * 3
    assert [words[:14] for words, _ in found] == ["The province h", "Prices held la", "This year the "]


def test_a_tv_scripts_clips_are_theirs_whom_the_lower_third_over_each_names_and_the_narration_is_no_ones():
    text = ("HARBOUR WEEK\nBroadcast script, as aired March 2, 2026\n\n[B-roll: boats tied up at the wharf]\n\n"
            "NARRATOR (V.O.): The season opens in three weeks, and the buyers have not set a price.\n\n"
            "SUPER: Thaddeus Okonjo-Varga, Captain, Northern Star\nSOT: We have fuel, bait and a crew of four to pay "
            "before the first trap goes in the water, and nobody will tell us what the catch is worth.\n\n"
            "SUPER: Inger Maalouf-Brandt, Economist, Coastal Futures Institute\nSOT: The buyers are waiting on the "
            "tariff ruling, and until it comes every price they quote is a guess.\n\n"
            "SUPER: Thaddeus Okonjo-Varga\nSOT: If the price is under six dollars a pound, some of these boats stay "
            "tied up all spring.\n")
    found = _quotes(text)
    assert [who for _, who in found] == ["Thaddeus Okonjo-Varga", "Inger Maalouf-Brandt", "Thaddeus Okonjo-Varga"]
    assert [words[:12] for words, _ in found] == ["We have fuel", "The buyers a", "If the price"]


def test_a_first_name_given_as_a_whole_answer_is_the_he_or_she_whose_words_the_answer_repeats():
    text = ("Narrator: Wendell Okonkwo-Strand\nInterviewer: Pia Lindqvist-Amare\n\n"
            "PL: You were at Harrowgate for thirty years.\n\nWO: Thirty-one. Harrowgate said it would never close the "
            "foundry.\n\nPL: And your daughter works there now.\n\n"
            "WO: Rosalind. She runs the core room on nights. She phoned me from the lot that morning and she said, "
            "\u201cDad, they are shipping the patterns south.\u201d I did not know what to tell her.\n")
    said = dict(_quotes(text))
    assert said["Dad, they are shipping the patterns south."] == "Rosalind"


def test_a_debates_candidates_labelled_with_title_and_party_then_by_surname_are_who_the_moderator_calls_on():
    text = ("MODERATOR: Good evening. I'm Ines Valcourt-Obi, your moderator. First, Ms. Halloran-Petit: what would "
            "you do for the parts plants?\n\n"
            "CANDIDATE HALLORAN-PETIT (Green): I would tie every dollar of support to jobs kept in this riding, "
            "and I would publish the list.\n\nTIMEKEEPER: Time.\n\nMODERATOR: Mr. Szabo-Nkemelu.\n\n"
            "CANDIDATE SZABO-NKEMELU (Liberal): Support is already flowing, and the plants that stayed open are "
            "the proof that it works.\n\nMODERATOR: Next card. Should the tariff stay? Mr. Szabo-Nkemelu first.\n\n"
            "SZABO-NKEMELU: It stays until the other side drops theirs, and not a day longer than that.\n\n"
            "MODERATOR: Ms. Halloran-Petit.\n\n"
            "HALLORAN-PETIT: It stays, but the money it raises should go back to the workers it hurts.\n")
    said = dict(_quotes(text))
    assert said["I would tie every dollar of support to jobs kept in this riding, and I would publish the list."] \
        == "Ms. Halloran-Petit"
    assert said["It stays, but the money it raises should go back to the workers it hurts."] == "Ms. Halloran-Petit"
    assert said["It stays until the other side drops theirs, and not a day longer than that."] == "Mr. Szabo-Nkemelu"


def test_a_meeting_tools_transcript_gives_each_turn_to_the_name_over_it_and_a_numbers_turns_to_who_it_says_it_is(
        tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Harbour Shippers - Monthly Members' Call\nTranscript\n\n"
        "Yusra Pellegrini-Osei   0:03\nOK, I think most people are here. Tomasz, can you start with the yard?\n\n"
        "Tomasz Okafor-Lindgren   0:20\nSure. So, um, the yard is full, we are at about 2,900 units against a normal "
        "of 1,200, and most of them are waiting on paperwork.\n\n"
        "Tomasz Okafor-Lindgren   0:51\nAnd, and the carriers are charging us for every day a rack sits, so it "
        "adds up fast for everyone.\n\n"
        "+1 902-555-0177   1:15\nSorry, can I, can I jump in on that?\n\n"
        "Yusra Pellegrini-Osei   1:18\nOf course. Who's on the 902 number?\n\n"
        "+1 902-555-0177   1:21\nIt's, uh, it's Marguerite, from the port.\n\n"
        "Yusra Pellegrini-Osei   1:24\nHi Marguerite. Everyone, that's Marguerite Abara-Holm, she runs the berth "
        "schedule at the port. Go ahead.\n\n"
        "+1 902-555-0177   1:31\nThanks. So the ships are fine, it is the release at the border that holds "
        "everything, about four days on average now.\n\n"
        "Yusra Pellegrini-Osei   1:58\nThanks, everyone. I'll send the notes.\n")
    assert found["So the ships are fine, it is the release at the border that holds everything, about four days on "
                 "average now."] == "Marguerite Abara-Holm"          # (her "Thanks." before it is no claim of hers)
    assert found["And, and the carriers are charging us for every day a rack sits, so it adds up fast for "
                 "everyone."] == "Tomasz Okafor-Lindgren"
    assert not any("902-555" in words for words in found)


def test_a_subtitled_interviews_labelled_and_dashed_turns_go_to_the_guest_answering(tmp_path):
    cues = ["Hi, I'm Solenne Abara-Quist. With me are Ruairi Osei-Lindqvist,", "who worked the night crane,",
            "and Marisol Quintal-Obi, who runs the food bank.", "RUAIRI: Thanks for having us on the show.",
            "MARISOL: Glad to be here with you today.", "- Ruairi, what happened that night?",
            "RUAIRI: They called us into the lunchroom", "and read the notice off a sheet of paper.",
            "- How long did the whole thing take?\n- Four minutes, for fourteen years of work.",
            "- Marisol, the food bank has seen it too.", "MARISOL: We served more families in October",
            "than in any month since we opened.", "- Who are the new families?",
            "- Two incomes and a mortgage, and one of them at the port."]
    found, _ = _read_quotes(tmp_path, "\n\n".join(f"{k}\n00:00:{k:02d},000 --> 00:00:{k:02d},900\n{cue}"
                                                    for k, cue in enumerate(cues, 1)) + "\n")
    assert found["They called us into the lunchroom and read the notice off a sheet of paper."] == "Ruairi Osei-Lindqvist"
    assert found["Four minutes, for fourteen years of work."] == "Ruairi Osei-Lindqvist"
    assert found["Two incomes and a mortgage, and one of them at the port."] == "Marisol Quintal-Obi"
    assert not any("the food bank has seen it too" in words or "00:00" in words for words in found)


def test_a_list_under_an_interview_answer_is_not_a_subtitles_dashed_turn():
    text = ("Hosted by Sam Roe-Adeyemi with Jo Pellerin-Oduya.\n\nSAM: What is in the bill this week?\n\n"
            "JO: Mostly the budget, and the vote on the new ferry contract that the council put off in June.\n\n"
            "SAM: And the numbers?\n\nJO: They tell the story better than I can, so here they are for you.\n\n"
            "- **412**: bills filed in the session so far.\n- **14**: days until the final budget vote.\n")
    assert not any("bills filed" in words for words, _ in _quotes(text))


def test_a_forum_threads_poster_who_answers_the_replies_is_the_person_the_post_names(tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "r/FerryTalk\nPosted by u/captain_odile · 4h\n\nAMA: I run the island ferry. Ask me anything about fares.\n\n"
        "Hello! I'm Odile Marchetti-Asante, operations manager at Skerry Island Ferries. Ask away until 9.\n\n"
        "u/deckhand_dave · 210 points · 3h\nWhy did the fare go up again in May?\nReply   Share\n\n"
        "u/captain_odile · 198 points · 3h\nFuel and the new engine loan. Diesel is up a third since last spring, and "
        "the loan payments started in April.\nReply   Share\n\n"
        "u/islandmum · 120 points · 2h\nThanks for doing this, it is good to hear it straight from you.\nReply   Share\n\n"
        "u/captain_odile · 95 points · 2h\nHappy to. The winter schedule comes out next week, with two more sailings "
        "on Fridays.\nReply   Share\n\nView more comments (212)\n")
    assert found["Fuel and the new engine loan. Diesel is up a third since last spring, and the loan payments started "
                 "in April."] == "Odile Marchetti-Asante"
    assert found["Happy to. The winter schedule comes out next week, with two more sailings on Fridays."] \
        == "Odile Marchetti-Asante"
    assert not any("good to hear it straight" in words for words in found)       # a reader's reply is no one's quote
    assert "View more comments" not in clean_text


def test_a_forum_threads_opening_post_and_its_posters_indented_replies_marked_op_are_hers(tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "THE PRAIRIE LANTERN\nCommunity | Roads & Rides\n\n\"Ask me anything\": a tow-truck owner on winter and tariffs\n\n"
        "Compiled by Ilse Okonjo-Baptiste\n\nWe reproduce part of the thread below with the owner's permission.\n\n"
        "r/PrairieRoads\nPosted by u/hookline_meg \u00b7 OP \u00b7 6h\n\nI run a towing company in Saskatoon. AMA.\n\n"
        "Hi all. I'm Megan Thorsdottir-Ade, owner of Hookline Towing. We tow about 300 cars a month in winter, "
        "and the parts for our trucks have never cost more.\n\n"
        "u/snowbank_sam \u00b7 5h\nHow much more does a winch cost you now than last year?\n\n"
        "    u/hookline_meg OP \u00b7 5h\n    About a third more, because the ones we buy come from Ohio and carry the "
        "surtax now.\n\n    412 points \u00b7 Reply \u00b7 Share\n\n"
        "u/river_road \u00b7 4h\nAre you hiring drivers this winter or cutting back?\n\n"
        "    u/hookline_meg OP \u00b7 4h\n    Hiring two, if the city renews our contract before the first big "
        "storm comes through.\n\n    208 points \u00b7 Reply \u00b7 Share\n")
    assert found["About a third more, because the ones we buy come from Ohio and carry the surtax now."] \
        == "Megan Thorsdottir-Ade"
    assert found["Hiring two, if the city renews our contract before the first big storm comes through."] \
        == "Megan Thorsdottir-Ade"
    assert any(words.startswith("Hi all. I'm Megan") and who == "Megan Thorsdottir-Ade" for words, who in found.items())
    assert not any("AMA" in words for words in found)            # the thread's title is not her quotation
    assert "THE PRAIRIE LANTERN" not in clean_text and "Roads & Rides" not in clean_text


def test_a_trial_transcripts_numbered_lines_are_read_as_the_sworn_witness_answers(tmp_path):
    lines = [
        "IDRIS MAKOUNDOU-LARSEN, AFFIRMED.", "", "EXAMINATION IN-CHIEF BY MR. VESTERGAARD:",
        "Q.   Where were you working in the spring of 2024?",
        "A.   I was the receiving clerk at Pellucid Fasteners, in Cambridge, for about three years.",
        "Q.   What did you do with the invoices?",
        "A.   I scanned both of them and filed the cheaper one with the entry papers for the broker.",
        "THE COURT:   Both of them? Which were the two?",
        "THE WITNESS:   The one from the mill and the one the office typed up, Your Honour.",
        "Q.   Did anyone explain that to you?",
        "A.   She told me, \"Just send the short one, it saves us a fortune.\" I didn't ask again after that.",
        "Q.   And after the search?", "A.   I gave the officers every folder I still had in my desk drawer.",
        "--- RECESS AT 11:05 A.M.",
    ]
    page = "\n".join(f"{k:2d}    {line}" if line else f"{k:2d}" for k, line in enumerate(lines, 1))
    found, clean_text = _read_quotes(
        tmp_path, "Transcript excerpt: R. v. Pellucid Fasteners, Day 2\n\n"
        "The purchasing manager, Ms. Okwuosa-Brandt, hired the witness in 2021.\n\n"
        + " " * 60 + "118\n\n" + page + "\n")
    assert found["I was the receiving clerk at Pellucid Fasteners, in Cambridge, for about three years."] \
        == "Idris Makoundou-Larsen"
    assert found["I gave the officers every folder I still had in my desk drawer."] == "Idris Makoundou-Larsen"
    assert "A. She" not in found.values()
    assert "118" not in clean_text and "\n 4    Q." not in clean_text and "\nQ.   Where were you" in clean_text
    claims = [sn.anchor.exact for sn in extract_files([tmp_path / "source.txt"]).snippets if sn.kind == "claim"]
    assert not any(c.startswith(("A. ", "Q. ")) or c.isupper() for c in claims)


def test_a_written_q_and_a_whose_answers_name_who_gave_each_in_brackets(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "All-Hands Q&A \u2014 Follow-up\n\nQ (submitted anonymously): Is the Calgary depot closing?\n\n"
        "A (Noor Abernethy-Sato, President): No. It is moving to a smaller building next spring, with the same "
        "staff.\n\nQ (submitted anonymously): Will the bonus be paid this year?\n\n"
        "A (Tobias Ekwueme-Lund, Chief Financial Officer): Yes, in March, on each person's own objectives rather "
        "than the sales targets.\n\nQ (submitted anonymously): Are we hiring drivers?\n\n"
        "A (Noor Abernethy-Sato, President): Four, for the winter routes, as soon as the contract is signed.\n")
    assert found["No. It is moving to a smaller building next spring, with the same staff."] == "Noor Abernethy-Sato"
    assert found["Yes, in March, on each person's own objectives rather than the sales targets."] \
        == "Tobias Ekwueme-Lund"
    assert found["Four, for the winter routes, as soon as the contract is signed."] == "Noor Abernethy-Sato"


def test_a_chat_exports_messages_are_each_senders_and_a_numbers_are_who_signs_them(tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "Reporter's note: the members are Idris Fennimore-Oyelowo of Dockside Motors and Perpetua Lindgren-Obi, a "
        "broker whose number the phone had not saved.\n\n"
        "[2025-11-19, 10:40:02] Messages and calls are end-to-end encrypted. No one outside of this chat can read or "
        "listen to them.\n"
        "[2025-11-19, 10:42:13] Idris Fennimore-Oyelowo: Anyone bidding on lane 2 this morning? The crew cabs are cheap\n"
        "[2025-11-19, 10:43:30] Idris Fennimore-Oyelowo: <Media omitted>\n"
        "[2025-11-19, 10:44:02] +1 (613) 555-0199: Nobody from Ohio is bidding at all since the duty went on.\n"
        "The Americans will be back the week it comes off.\n– Perpetua\n"
        "[2025-11-19, 10:45:10] Idris Fennimore-Oyelowo: Thanks Perpetua, I will keep two trucks back for them then\n")
    assert found["Anyone bidding on lane 2 this morning? The crew cabs are cheap"] == "Idris Fennimore-Oyelowo"
    assert [who for words, who in found.items() if words.startswith("Nobody from Ohio")] == ["Perpetua Lindgren-Obi"]
    assert "Media omitted" not in clean_text and "end-to-end" not in clean_text


def test_a_he_in_a_chat_message_is_someone_else_than_its_sender(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "The supervisors' chat, as filed with the board:\n\n"
        "[2025-10-03, 7:14:22 PM] Dariusz Nowak-Mensah: So it is official, Gunnar told us at the five o'clock that one "
        "crew goes at the end of the month.\n"
        "[2025-10-05, 6:40:19 PM] Mei-Ling Osei-Fraser: Did Gunnar say anything about the stewards at the meeting?\n"
        "[2025-10-05, 6:52:48 PM] Dariusz Nowak-Mensah: He didn't say stewards. What he said was \"pick the crew that "
        "costs us the least trouble\" and then he left the room.\n"
        "[2025-10-05, 6:55:02 PM] Mei-Ling Osei-Fraser: That is going to be read one way on the floor, I promise you.\n"
        "[2025-10-05, 6:58:40 PM] Dariusz Nowak-Mensah: Then let the board read it the other way if it wants to.\n")
    assert found["pick the crew that costs us the least trouble"] == "Gunnar"
    assert found["That is going to be read one way on the floor, I promise you."] == "Mei-Ling Osei-Fraser"


def test_a_radio_scripts_actualities_are_the_speakers_named_over_them_without_their_outcues(tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "NOON NEWS\nSLUG: FERRY CUTS / LEAD\nRUN TIME: 1:40\n\n"
        "ANCHOR: The ferry operator says it will cut two sailings a day from March. Our reporter has more.\n\n"
        "ACT (Hamish Okonkwo-Brandt, operations manager, Skerry Ferries):\n"
        "We cannot run a boat that carries forty people when we are paying for two hundred. The winter numbers "
        "are not there.\nOUTCUE: … are not there. :11\n\n"
        "ANCHOR: The union says the cuts will cost twelve jobs on the island.\n\n"
        "ACT (Ines Quaresma-Lund, president, ferry workers' union):\n"
        "Twelve families on an island of nine hundred people is not a small number. We will fight this at the "
        "table.\nOUTCUE: … at the table. :09\n")
    assert found["We cannot run a boat that carries forty people when we are paying for two hundred. The winter "
                 "numbers are not there."] == "Hamish Okonkwo-Brandt"
    assert found["Twelve families on an island of nine hundred people is not a small number. We will fight this at "
                 "the table."] == "Ines Quaresma-Lund"
    assert "OUTCUE" not in clean_text and "RUN TIME" not in clean_text


def test_an_automatic_transcripts_numbered_speakers_are_who_they_say_they_are_or_whom_the_floor_is_handed_to(
        tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "Phone call - harbour garage\n\nKeywords:\nbrakes, tires, tariff, prices, customers\n\n"
        "Speaker 1  0:00\nOkay, it's recording. This is Wren Castellano-Obi with the Harbour Ledger. Could you say "
        "who you are?\n\n"
        "Speaker 2  0:09\nSure. I'm Magdalena Oduya-Strand, I own Strand Tire and Brake on Quay Street, and we have "
        "four bays.\n\n"
        "Speaker 1  0:20\nWhat has changed since the spring?\n\n"
        "Speaker 2  0:24\nTires went up eighteen dollars each from my distributor, and I pass most of that on. "
        "Tomas, come here a second. This is Tomas Reyes-Halvorsen, he's my lead tech.\n\n"
        "Speaker 3  0:51\nYeah, so people bring in pads they bought online, and half of them are fakes with no "
        "shims at all.\n\n"
        "Speaker 2  1:10\nAnd they are mad at us when we say no, which is the part that wears me out.\n")
    assert found["And they are mad at us when we say no, which is the part that wears me out."] \
        == "Magdalena Oduya-Strand"
    assert found["Yeah, so people bring in pads they bought online, and half of them are fakes with no shims at "
                 "all."] == "Tomas Reyes-Halvorsen"
    assert "Keywords" not in clean_text


def test_an_email_thread_is_read_as_each_senders_words_with_its_headers_kept(tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "Emails show port staff scrambled as the duty took effect\n\n"
        "The Courier obtained these emails from the port authority under the freedom-of-information law. They are "
        "printed as released.\n\n"
        "Page 2 of 9\n"
        "FOI-2026-0081 | 000112 | Released under the Access to Information Act\n\n"
        "From: Bellamy-Torres, Odile (Port Authority)\n"
        "Sent: Tuesday, March 3, 2026 8:14 AM\n"
        "To: Nakashima-Reid, Callum (Port Authority)\n"
        "Subject: Berth 4 backlog\n\n"
        "Callum,\n\n"
        "The berth 4 yard held 1,840 vehicles at midnight, almost twice what it was built for.\n\n"
        "I want to move the overflow to the old rail siding from Thursday. Can you find the crews?\n\n"
        "Odile Bellamy-Torres\n"
        "Manager, Vehicle Terminals\n\n"
        "Page 3 of 9\n"
        "FOI-2026-0081 | 000113 | Released under the Access to Information Act\n\n"
        "From: Nakashima-Reid, Callum (Port Authority)\n"
        "Sent: Tuesday, March 3, 2026 10:02 AM\n"
        "To: Bellamy-Torres, Odile (Port Authority)\n"
        "Subject: RE: Berth 4 backlog\n\n"
        "Crews are fine for Thursday, but the siding needs its lights fixed first. s.21(1)(a)\n\n"
        "C.\n\n"
        "-----Original Message-----\n"
        "From: Bellamy-Torres, Odile (Port Authority)\n"
        "Sent: Tuesday, March 3, 2026 8:14 AM\n"
        "To: Nakashima-Reid, Callum (Port Authority)\n"
        "Subject: Berth 4 backlog\n\n"
        "The berth 4 yard held 1,840 vehicles at midnight, almost twice what it was built for.\n")
    assert found["The berth 4 yard held 1,840 vehicles at midnight, almost twice what it was built for."] \
        == "Odile Bellamy-Torres"
    assert found["I want to move the overflow to the old rail siding from Thursday. Can you find the crews?"] \
        == "Odile Bellamy-Torres"
    assert found["Crews are fine for Thursday, but the siding needs its lights fixed first."] == "Callum Nakashima-Reid"
    assert len(found) == 3                         # not the copy under "Original Message", nor the sign-offs
    assert "Sent: Tuesday, March 3, 2026 10:02 AM" in clean_text          # who wrote when: the document's own
    assert "Released under" not in clean_text and "000113" not in clean_text   # each page's release stamp goes


def test_a_networks_post_is_the_pages_own_text_and_its_comments_go(tmp_path):
    # the post is its author's piece, as an op-ed is (its claims, and the quotations inside it); the comments
    # under it, each under "Jo Doe • 3rd+", a role and "Like · Reply · 12 Reactions · 1d", are not the article
    found, clean_text = _read_quotes(
        tmp_path,
        "Ngozi Farrow-Lindqvist • 2nd\n"
        "Tooling Engineer at Kestrel Axle | P.Eng.\n"
        "2d • Edited\n\n"
        "Nine years at Kestrel Axle ended on Monday with a fifteen-minute meeting.\n\n"
        "Thirty of us were let go after the largest customer moved its axle program to Alabama. My manager told "
        "me “the numbers stopped working in March” and handed me a box.\n\n"
        "Like Comment Repost Send\n\n"
        "Most relevant ▾\n\n"
        "Tobias Achterberg-Nwosu • 3rd+\n"
        "Plant Manager, Driveline Castings | P.Eng.\n"
        "We are hiring two tooling engineers in Woodstock on straight days.\n"
        "Like · Reply · 12 Reactions · 1d\n\n"
        "Ngozi Farrow-Lindqvist • Author\n"
        "Tobias, thank you, I will send my resume tonight.\n"
        "Like · Reply · 3 Reactions · 1d\n\n"
        "Priya Odenkirk • 2nd\n"
        "Recruiter | Advanced manufacturing\n"
        "Sending you a message about a role in Guelph, “no box required” this time.\n"
        "Like · Reply · 7 Reactions · 20h\n")
    assert list(found) == ["the numbers stopped working in March"]     # not the post's own paragraphs
    assert "Nine years at Kestrel Axle" in clean_text
    assert "hiring two tooling engineers" not in clean_text and "send my resume" not in clean_text \
        and "no box required" not in clean_text and "Reactions" not in clean_text


def test_an_answer_given_through_an_interpreter_is_the_guests(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "HALVORSEN: Tonight, Lise Ouellet-Brandt, who runs a bus-parts maker in Lévis. Madame Ouellet-Brandt, "
        "welcome.\n\n"
        "OUELLET-BRANDT (through interpreter): Thank you. We make the doors and ramps for city buses, most of them "
        "for American cities.\n\n"
        "HALVORSEN: And since the tariff?\n\n"
        "OUELLET-BRANDT (through interpreter): Our orders for next spring are down by a quarter, and we have cut a "
        "shift.\n\n"
        "INTERPRETER: Sorry, she said a third, not a quarter.\n")
    assert found["Our orders for next spring are down by a quarter, and we have cut a shift."] == "Lise Ouellet-Brandt"


def test_a_chat_channels_export_is_each_senders_words_without_its_reactions_and_markers(tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "Messages from a startup's channel, published with the company's leave.\n\n"
        "#fleet-customers\nAcme Telematics \u00b7 18 members\n\n--- Tuesday, March 3 ---\n\n"
        "Odalys Brennan-Sato  8:41 AM\n"
        "The Ohio fleet paused its pilot this morning because of the duty on our devices.\n"
        ":cry: 3  :eyes: 2\n2 replies  Last reply 9:02 AM\n\n"
        "Tariq Holmberg-Ade  8:55 AM\n"
        "replied to a thread: The Ohio fleet paused its pilot this morning\u2026\n"
        "Then we offer them the software alone, with no device at the border at all. (edited)\n\n"
        "Odalys Brennan-Sato  9:02 AM\n"
        "Agreed, I will write to their operations director before noon today.\n\n"
        "Tariq Holmberg-Ade  9:30 AM\n"
        "The build without the device can be ready by the fifteenth of April.\n")
    assert found["The Ohio fleet paused its pilot this morning because of the duty on our devices."] \
        == "Odalys Brennan-Sato"
    assert found["Then we offer them the software alone, with no device at the border at all."] == "Tariq Holmberg-Ade"
    for furniture in (":cry: 3", "18 members", "--- Tuesday", "replied to a thread", "(edited)"):
        assert furniture not in clean_text


def test_released_text_messages_under_their_senders_and_times_are_the_senders_words(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "The town released these messages under the records law.\n\n"
        "Rowan Ekstrom-Ali (Acme) \u2013 Sep 29, 2025, 8:47 p.m.:\n"
        "Mayor, are you free tomorrow at ten for a call about the plant?\n\n"
        "Mayor Ines Dalca-Whitby \u2013 Sep 29, 2025, 8:52 p.m.:\n"
        "I can do ten. Should I be worried about the plant?\n\n"
        "Rowan Ekstrom-Ali (Acme) \u2013 Sep 30, 2025, 9:06 a.m.:\n"
        "I would rather talk about it by phone, if that is all right.\n\n"
        "Mayor Ines Dalca-Whitby \u2013 Sep 30, 2025, 9:10 a.m.:\n"
        "Then call me at the office as soon as you can this morning.\n")
    assert found["I would rather talk about it by phone, if that is all right."] == "Rowan Ekstrom-Ali"
    assert found["I can do ten. Should I be worried about the plant?"] in ("Ines Dalca-Whitby", "Mayor Ines Dalca-Whitby")


def test_a_text_message_sent_with_a_photo_is_still_the_senders_words(tmp_path):
    # "[image]" under a message's head marks what was attached; the line under it is the message, not a caption
    found, clean_text = _read_quotes(
        tmp_path,
        "The county released these messages after a records request.\n\n"
        "Warden Elsbeth Nakagawa-Roy \u2013 Mar 3, 2025, 6:05 a.m.:\n"
        "Are the trucks still lined up at the gate this morning?\n\n"
        "Dario Feldt-Osei (Brantmoor) \u2013 Mar 3, 2025, 6:31 a.m.:\n"
        "[image]\n"
        "That is the gate at six. We will move them to the north lot before the day shift.\n\n"
        "Warden Elsbeth Nakagawa-Roy \u2013 Mar 3, 2025, 6:40 a.m.:\n"
        "Thank you. Please tell the drivers to keep the road clear for the school buses.\n")
    assert found["That is the gate at six. We will move them to the north lot before the day shift."] \
        == "Dario Feldt-Osei"
    assert "[image]" not in clean_text


def test_a_released_speech_is_the_speakers_words_paragraph_by_paragraph(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Ministry of Trade\nSPEECH\n\nCHECK AGAINST DELIVERY\n\nA Plan for Parts Makers\n\n"
        "Remarks by the Honourable Priya Castellano-Moss, Minister of Trade\n\nParts Summit 2025\nWindsor, Ontario\n\n"
        "Thank you, Ilse. Good morning, everyone.\n\n"
        "I will not tell you this has been a good year for the parts makers in this room.\n\n"
        "A hard year\n\n"
        "Our exports to the United States are down 12 per cent since the tariffs began.\n\n"
        "[Applause]\n\nThank you.\n\n-30-\n")
    assert found["I will not tell you this has been a good year for the parts makers in this room."] \
        == "Priya Castellano-Moss"
    assert found["Our exports to the United States are down 12 per cent since the tariffs began."] \
        == "Priya Castellano-Moss"
    assert "A hard year" not in found and "Parts Summit 2025" not in " ".join(found)


def test_an_answer_that_quotes_a_short_phrase_of_someone_else_stays_whole(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "An interview with a fleet software founder, edited for length.\n\n"
        "Q: What are customers asking you?\n\n"
        "Okafor-Lind: Brannock Couriers asked me this morning whether its 120 units are \u201cstuck at the border\u201d. "
        "They are not, they have been installed since September.\n\n"
        "Q: And the pilots?\n\n"
        "Okafor-Lind: Two of them are paused, and we are offering the software on its own.\n\n"
        "Amara Okafor-Lind runs the company from Montreal.\n")
    whole = ("Brannock Couriers asked me this morning whether its 120 units are \u201cstuck at the border\u201d. They are "
             "not, they have been installed since September.")
    assert found[whole] == "Amara Okafor-Lind"
