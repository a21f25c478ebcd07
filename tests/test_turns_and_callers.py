"""Forms met after the sets LK to LR, each in our own words: a magazine Q&A whose questions are in bold under an
italic standfirst, and one labelled by the interviewee's initials; a phone-in whose host puts callers through by
first name and town; a chamber's members labelled by initial and riding, whose questions run on into a second
paragraph; a chair's procedure, proposed but ranked last; "we got talking with Jo Doe, who …" before a "he told
us"; "what Doe herself calls “…”"; and, met in the sets LW to LZ, a phone's chat export ("18/11/2025, 05:41 - Jo
Doe: …"), a TV script's "SOT: JO DOE: …" under its lower third, a Q&A whose interviewee's first name the tables do
not know, and a caller put through as "Let's get Raj in Brampton on the line. Raj, hi." (The page notes met with
them are tested in test_described_forms.)"""
from __future__ import annotations

from test_interviews import _read_quotes          # a file's quotations, as a user loads it
from test_speakers_features import speakers       # each quotation's words and who said them

from briefdeck.extract.pipeline import extract_files

BOLD_QA = """# "Every load is a decision now": an orchard cooperative's manager on the new duties

*Valley Fruit Review talks with the manager of a growers' cooperative about tariffs, cold storage and what comes after.*

By Imre Castellanos | Valley Fruit Review | Spring issue

Orchards in the valley shipped most of their apples south for as long as anyone can remember.

Oksana Petrenko-Hale manages the Sunhaven Growers Cooperative, which packs fruit for 140 family farms. We spoke with her in March, after the co-op filled its last controlled-atmosphere room.

**What changed first when the duty came in?**

The phone calls. Buyers who had taken our Galas for twenty years asked us to hold shipments until they could work out the landed price.

**Did any of them come back?**

About half did, once we agreed to split the duty with them for the winter. The rest went to growers in Washington state.

**Where is the fruit going now?**

More of it goes to stores in Ontario and Quebec than ever before, and we sent our first container to Vietnam in February.
"""


def test_a_bold_qa_under_an_italic_standfirst_is_the_interviewees(tmp_path):
    quotes, _ = _read_quotes(tmp_path, BOLD_QA)
    answer = ("The phone calls. Buyers who had taken our Galas for twenty years asked us to hold shipments until they "
              "could work out the landed price.")
    assert quotes[answer] == "Oksana Petrenko-Hale"
    assert quotes["About half did, once we agreed to split the duty with them for the winter. The rest went to "
                  "growers in Washington state."] == "Oksana Petrenko-Hale"
    assert not any(words.startswith(("What changed", "Did any")) for words in quotes)


INITIALLED_QA = """[Home](/) | [Cellars](/cellars) | [Subscribe](/subscribe)

# A Finger Lakes riesling maker on a closed border

*Tomasz Ward-Ellison has made wine on Seneca Lake since 2011. He spoke with us about the shelves he lost in Ontario.*

**Q:** How much of your wine went north?

**TWE:** About a fifth of our cases, nearly all of it to Ontario. That market took our dry riesling before New York City did.

**Q:** And now?

**TWE:** None of it. We moved two pallets to a distributor in Ohio at a loss, and the rest is still in the warehouse.

**Q:** Will you go back?

**TWE:** The day the boards put us back on the list, I will be on a plane to Toronto with samples.
"""


def test_a_qa_labelled_by_the_initials_of_a_double_barrelled_name(tmp_path):
    quotes, _ = _read_quotes(tmp_path, INITIALLED_QA)
    assert quotes["About a fifth of our cases, nearly all of it to Ontario. That market took our dry riesling before "
                  "New York City did."] == "Tomasz Ward-Ellison"
    assert quotes["None of it. We moved two pallets to a distributor in Ohio at a loss, and the rest is still in the "
                  "warehouse."] == "Tomasz Ward-Ellison"


PHONE_IN = """THE NOON HOUR WITH DELPHINE ROUX

DELPHINE: Good afternoon, this is The Noon Hour. Today we want to know whether you still shop across the border. Let's go to Bruno in Kingsville. Bruno, you're on the air.

BRUNO: Hi Delphine. I used to drive to Toledo twice a month for hardware and tires, and I have not been since last spring.

DELPHINE: What changed your mind?

BRUNO: The talk about my country, mostly. The prices over there are still better, but I would rather pay the difference here.

DELPHINE: Thanks, Bruno. I want to get to Farida in Belle River. Farida, go ahead.

FARIDA: I work at a clinic in Detroit, so I cross every day, and honestly the line has been shorter all year.

DELPHINE: Does anyone give you a hard time about it?

FARIDA: A little, at the rink. But it is my job, and the people I treat are our neighbours too.
"""


def test_a_phone_ins_callers_put_through_by_first_name_and_town(tmp_path):
    quotes, _ = _read_quotes(tmp_path, PHONE_IN)
    assert quotes["Hi Delphine. I used to drive to Toledo twice a month for hardware and tires, and I have not been "
                  "since last spring."] == "Bruno"
    assert quotes["I work at a clinic in Detroit, so I cross every day, and honestly the line has been shorter all "
                  "year."] == "Farida"


CHAMBER = """Official Report of Debates

HARBOUR DREDGING

P. Lindgren (Leader of the Third Party): Mr. Speaker, the channel at the ferry dock has silted in twice since the fall, and the ferry has missed eleven sailings this winter.

The ministry told the harbour commission in January that a dredging permit takes fourteen months to issue. Will the minister sign that permit before the spring sailings begin, or will the island wait another season?

Hon. M. Abernethy (Minister of Transportation): Thank you, Mr. Speaker. The permit is being reviewed with the federal fisheries department, and we expect its decision in April.

The Speaker: Thank you. The member for Bayfield on a new question.

P. Lindgren (Leader of the Third Party): April is after the first sailings. The harbour commission has a dredge tied up at the dock today.

Hon. M. Abernethy: The dredge can start the day the permit is signed, and I have asked my officials to report to me every week until it is.

R. Osei (Bayfield): Mr. Speaker, the fishers at the Bayfield wharf have lost their winter landings to the same silt.
"""


def test_a_chamber_members_question_runs_on_into_her_next_paragraph(tmp_path):
    quotes, _ = _read_quotes(tmp_path, CHAMBER)
    assert quotes["The ministry told the harbour commission in January that a dredging permit takes fourteen months "
                  "to issue. Will the minister sign that permit before the spring sailings begin, or will the island "
                  "wait another season?"] == "P. Lindgren"
    assert quotes["The permit is being reviewed with the federal fisheries department, and we expect its decision in "
                  "April."] == "M. Abernethy"


COMMITTEE = """Standing Committee on Agriculture

The Chair (Ms. Renata Okonedo): Good morning. We are resuming our study of the supply management bill, and our first witness today is from the Dairy Farmers of the Upper Valley. Please state your name for the record.

Mr. Callum Fairweather: Thank you, Chair. My name is Callum Fairweather, and I milk 90 cows near Renfrew. The bill would protect the quota system that lets a farm our size plan ten years ahead.

The Chair (Ms. Renata Okonedo): Thank you. We'll go first to the government side. MPP Sandoval, you have five minutes.

Ms. Luz Sandoval: Thank you, Chair. Mr. Fairweather, how many farms in your county have left dairy since 2015?

Mr. Callum Fairweather: Eleven of the forty that were milking then, most of them when the parents retired and nobody took over.

The Chair (Ms. Renata Okonedo): One minute.
"""


def test_a_chairs_procedure_is_proposed_but_ranked_under_what_witnesses_say(tmp_path):
    path = tmp_path / "committee.txt"
    path.write_text(COMMITTEE, encoding="utf-8")
    scores = {sn.anchor.exact: sn.score for sn in extract_files([path]).snippets if sn.kind == "quote"}
    procedure = next(score for words, score in scores.items() if words.startswith("We'll go first to the government"))
    witness = scores["Eleven of the forty that were milking then, most of them when the parents retired and nobody "
                     "took over."]
    assert procedure < 0.5 < witness      # (it is there for an analyst who wants it, under every witness's words)


SCENES = {
    "met": ("Tasting rooms\n\nAt a cidery outside Keremeos we got talking with Harjinder Bains, who runs the shop his "
            "parents opened in 1994.\n\n\u201cWe used to get half our weekend visitors from Seattle,\u201d he told us "
            "while pouring a flight.\n"),
    "herself": ("Ski hills\n\nThe bill faces a tighter budget in the House, where some lawmakers doubt a campaign can undo "
                "what Castonguay-Roy herself calls \u201ca border problem, not a marketing problem.\u201d\n"),
}


def test_a_he_after_someone_we_got_talking_with():
    assert speakers(SCENES["met"])["We used to get half our weekend visitors from Seattle"] == "Harjinder Bains"


def test_what_someone_herself_calls_is_hers():
    assert speakers(SCENES["herself"])["a border problem, not a marketing problem."] == "Castonguay-Roy"



PHONE_CHAT = """Chat history with "Yard Desk"
Exported on 18/11/2025 at 10:04

18/11/2025, 05:41 - Teodor Vasquez: Morning. Nine trucks out, four coming back north and only one of those loaded.
18/11/2025, 05:44 - Ingrid Solberg: That's the third empty week in a row. I'm calling the juice plant in Port Huron at 8.
18/11/2025, 05:46 - Teodor Vasquez: <image omitted>
18/11/2025, 05:47 - Teodor Vasquez: Bridge app says 50 minutes southbound at Ambassador, 20 at Blue Water.
18/11/2025, 05:49 - Ingrid Solberg: Send 214 to Blue Water then, the receiver in Flint opens at 9 anyway.
"""


def test_a_phones_chat_export_gives_each_message_to_its_sender(tmp_path):
    quotes, clean_text = _read_quotes(tmp_path, PHONE_CHAT)
    assert quotes["Morning. Nine trucks out, four coming back north and only one of those loaded."] == "Teodor Vasquez"
    assert quotes["Send 214 to Blue Water then, the receiver in Flint opens at 9 anyway."] == "Ingrid Solberg"
    assert "<image omitted>" not in clean_text and "Exported on" not in clean_text


TV_CLIPS = """CHANNEL 4 NEWS AT SIX
SLUG: CLINIC LINEUPS

ANCHOR: Family doctors in the border towns say American patients are asking to join their lists.

LOWER THIRD: TEJINDER GHUMAN | Family physician, Sarnia

SOT: TEJINDER GHUMAN: I have had five calls this month from people in Port Huron. I already have eleven hundred patients and a waiting list of my own.

LOWER THIRD: MARISOL BENNETT-CRUZ | Port Huron resident

SOT: MARISOL BENNETT-CRUZ: My co-pay went from ten dollars to forty, so I drive across the bridge every three months.

[NEXT: WEATHER — CAM 1]
"""


def test_a_tv_scripts_clip_tagged_before_its_label_is_the_one_the_lower_third_names(tmp_path):
    quotes, clean_text = _read_quotes(tmp_path, TV_CLIPS)
    assert quotes["I have had five calls this month from people in Port Huron. I already have eleven hundred patients "
                  "and a waiting list of my own."] == "Tejinder Ghuman"
    assert quotes["My co-pay went from ten dollars to forty, so I drive across the bridge every three months."] \
        == "Marisol Bennett-Cruz"
    assert "[NEXT:" not in clean_text


UNKNOWN_NAME_QA = """# A fleet owner on the empty miles

Harvinder Sekhon started Sekhon Haulage in 2011 with three trucks and a gravel yard near Milton. When the duties came in, he moved a third of the fleet into Ontario lanes. *Fleet Notes* spoke with him in February.

**When did the backhauls dry up?**

In April, almost overnight. We had whole days where every truck came home from Michigan with nothing in the trailer.

**What did you do about it?**

We moved twenty trucks onto grocery runs inside Ontario. The rate per mile is lower, but the trucks are loaded both ways.

**Will you go back across the bridge?**

When the northbound freight comes back, yes. Until then the math does not work for a company our size.
"""


def test_a_qa_whose_interviewees_first_name_the_tables_do_not_know(tmp_path):
    quotes, _ = _read_quotes(tmp_path, UNKNOWN_NAME_QA)
    assert quotes["In April, almost overnight. We had whole days where every truck came home from Michigan with "
                  "nothing in the trailer."] == "Harvinder Sekhon"


def test_a_caller_the_host_gets_on_the_line_by_name_and_town(tmp_path):
    show = PHONE_IN.replace("I want to get to Farida in Belle River. Farida, go ahead.",
                            "Let's get Farida in Belle River on the line. Farida, hi.")
    quotes, _ = _read_quotes(tmp_path, show)
    assert quotes["I work at a clinic in Detroit, so I cross every day, and honestly the line has been shorter all "
                  "year."] == "Farida"
