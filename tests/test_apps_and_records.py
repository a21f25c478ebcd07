"""Forms met in the sets MA to MD, each in our own words: a webinar transcribed by an app, whose unnamed "Speaker 3"
the host calls on by first name; a video page's transcript, each caption under its time and all in lower case; a
speech text whose introduction another person gives; a TV script's reporter reading over pictures ("BEN (TRACK):");
a legislature's members labelled in full once and then as "Mr. Doe:", their questions in their own turns; a witness
labelled with a French body's name; a phone-in's "Next up, Lise in Saint-Pierre-Jolys."; and three speakers named
once in full and later in short ("L&W", "the embassy", "a statement from Deputy Minister Jo Doe")."""
from __future__ import annotations

from test_interviews import _read_quotes          # a file's quotations, as a user loads it
from test_speakers_features import speakers       # each quotation's words and who said them

WEBINAR = """Harbour Shippers Forum - Moving Boxes Around the Tariffs
Tue, Mar 3, 2026 1:02PM • 41:10

SUMMARY KEYWORDS
halifax, rail, europe, shippers, tariffs, capacity

SPEAKERS
Speaker 2, Nadia Ferreira, Tomas Lindqvist

Nadia Ferreira  0:04
Welcome, everyone. I'm Nadia Ferreira with the Harbour Shippers Forum. With me are Tomas Lindqvist of Gannet Lines and Ingrid Solberg, who runs logistics at Fundy Fibre. Tomas, what are the carriers seeing?

Tomas Lindqvist  0:38
Eastbound demand into Halifax is soft, but the export side is the busiest it has been since 2019.

Nadia Ferreira  1:02
Ingrid, you moved your pulp to Europe last spring. How did it go?

Speaker 2  1:10
Slower than I hoped. The certificates of origin took us four months before the first box sailed.

Nadia Ferreira  1:44
And Ingrid, what would you tell a shipper who has not moved yet?

Speaker 2  1:50
Start the paperwork now. The ships are the easy part.

Transcribed by TalkScribe - https://talkscribe.example
"""


def test_an_apps_unnamed_speaker_is_the_one_the_host_calls_on_and_its_lists_go(tmp_path):
    quotes, text = _read_quotes(tmp_path, WEBINAR)
    assert quotes["Start the paperwork now. The ships are the easy part."] == "Ingrid Solberg"
    assert quotes["Slower than I hoped. The certificates of origin took us four months before the first box "
                  "sailed."] == "Ingrid Solberg"
    assert "SUMMARY KEYWORDS" not in text and "halifax, rail, europe" not in text
    assert "Speaker 2, Nadia Ferreira" not in text and "talkscribe.example" not in text


CAPTIONS = """Why Our Dairy Barn Is Cutting Back | Farm Notes

Farm Notes with Maren Oduya
Maren Oduya milks 140 cows near Sussex, New Brunswick. Her brother Kofi Oduya runs the feed side and their vet Dr. Lena Haugen explains the herd changes.

Transcript
0:00
hey folks welcome back it's maren and today we are talking about
0:04
what the new duties did to our milk cheque this winter
0:09
the short version is we lost about nine cents a litre since january
0:15
and that adds up to roughly four thousand dollars a month for us
0:21
>> and the feed is not helping either
0:24
>> no it is not kofi come explain the feed
0:28
>> okay so i'm kofi and the barley we buy is up about fifteen percent
0:33
since the fall so we are stretching it with more hay
0:39
>> thanks so we are selling twelve cows and i asked dr haugen to explain why
0:45
>> hi everyone so when you sell cows you keep the youngest ones for the herd
0:51
because they carry the immunity the barn needs next year
"""


def test_a_video_pages_captions_are_joined_and_their_speakers_found_in_lower_case(tmp_path):
    quotes, text = _read_quotes(tmp_path, CAPTIONS)
    assert "0:09" not in text
    assert any("we lost about nine cents a litre since january" in words and who == "Maren Oduya"
               for words, who in quotes.items())
    assert any("the barley we buy is up about fifteen percent since the fall" in words and who == "Kofi Oduya"
               for words, who in quotes.items())
    assert any(words.startswith("hi everyone so when you sell cows") and who == "Lena Haugen"
               for words, who in quotes.items())


SPEECH = """HARBOUR AUTHORITY OF SAINT JOHN
Speaking notes for Adaeze Mbeki
Chair of the Board

CHECK AGAINST DELIVERY

INTRODUCTION BY GRAHAM OKAFOR-LEE, PRESIDENT, SAINT JOHN BOARD OF TRADE

Good afternoon, and welcome to our spring luncheon. Our guest has chaired the harbour's board since 2024.

ADDRESS BY ADAEZE MBEKI

Thank you, Graham. Our container volumes fell 4 per cent last year, and our exports to Europe rose by a fifth.

That is a harbour finding a second market, and it is why we are building a new berth.
"""


def test_a_speech_introduced_by_someone_else_gives_each_part_to_its_speaker(tmp_path):
    quotes, _ = _read_quotes(tmp_path, SPEECH)
    assert quotes["Our guest has chaired the harbour's board since 2024."] == "Graham Okafor-Lee"   # (after his
                                                                                                  # courtesies)
    assert quotes["That is a harbour finding a second market, and it is why we are building a new berth."] \
        == "Adaeze Mbeki"


SCRIPT = """TRI-COUNTY 5 NEWS AT SIX

MARA: Plant layoffs sent hundreds of workers to the employment office today. Our Ben Kowalczyk was there.

[VO: EXT EMPLOYMENT OFFICE, LINE OUT THE DOOR]

BEN (TRACK): By nine this morning the line reached the corner. Most of the people in it worked at two seat plants.

SUPER: RHONDA PIETERSE / LAID OFF, SEAT PLANT

RHONDA PIETERSE: Nineteen years on the line and now I am filling in forms. I want to know when the first cheque comes.

BEN (TRACK): The office says it has added six staff and will stay open late on Thursdays.

*** END OF PAGE B2 ***
"""


def test_a_reporters_track_in_a_tv_script_is_the_story_not_a_quotation(tmp_path):
    quotes, text = _read_quotes(tmp_path, SCRIPT)
    assert quotes["Nineteen years on the line and now I am filling in forms. I want to know when the first cheque "
                  "comes."] == "Rhonda Pieterse"
    assert not any(words.startswith(("By nine this morning", "The office says")) for words in quotes)
    assert "[VO:" not in text and "END OF PAGE" not in text


HANSARD = """ORAL QUESTIONS

Potato Growers
Export Permits

Mr. Colm Barrow (Carleton North): Honourable Speaker, potato growers have lost their biggest buyer in Maine.

Will the minister tell growers today when the support payment will reach them?

Hon. Yvette Arsenault (Minister of Agriculture): [Translation]

Honourable Speaker, the first payments go out on Friday to 310 farms.

Mr. Barrow: Honourable Speaker, Friday is too late for the farms that have already sold their seed.

When will the minister stop studying and start paying?

Hon. Yvette Arsenault: [Translation]

Honourable Speaker, the payments were approved last week and the cheques are printed.

* (14:10)

Seasonal Workers
Housing Support

Ms. Dana Whitcombe (Fredericton South): Honourable Speaker, the seasonal workers at the packing sheds need housing now.

Ms. Whitcombe: Honourable Speaker, what is the government doing for the workers who are not on a farm's payroll?
"""


def test_a_chambers_members_questions_in_their_own_turns_are_theirs(tmp_path):
    quotes, text = _read_quotes(tmp_path, HANSARD)
    assert quotes["When will the minister stop studying and start paying?"] == "Colm Barrow"
    assert quotes["Honourable Speaker, the payments were approved last week and the cheques are printed."] \
        == "Yvette Arsenault"
    assert quotes["Honourable Speaker, what is the government doing for the workers who are not on a farm's "
                  "payroll?"] == "Dana Whitcombe"
    assert not any("Seasonal Workers" in words for words in quotes)
    assert "* (14:10)" not in text


COMMITTEE = """The Chair: Thank you. Ms. Brassard, you have five minutes.

Hélène Brassard, Director General, Association des producteurs de cinéma du Québec: Thank you, Chair. Our members work in French, for audiences here.

What worries us is that the contributions of the platforms could be traded away for something else.

The Chair: Thank you. Mr. Ngata.

Rangi Ngata, President, Screen Crews Alliance: Our crews have lost a third of their working days since the spring.
"""


def test_a_witness_labelled_with_a_french_bodys_name_is_read(tmp_path):
    quotes, _ = _read_quotes(tmp_path, COMMITTEE)
    assert quotes["What worries us is that the contributions of the platforms could be traded away for something "
                  "else."] == "Hélène Brassard"


PHONE_IN = """OPEN LINE with Wes Harnett

HARNETT: Lines are full this afternoon. Thanks, Darlene. Next up, Aurelie in Sainte-Agathe.

AURELIE: Hi, Wes. We raise 600 hogs and the program gives us almost nothing, because last year was bad too.

KOWALCHUK: That is the problem with a margin program. It compares you with your own bad years.

AURELIE: Then the program should look at the whole sector, not just my farm.

HARNETT: Time for one more. Bram in Morden.

BRAM: I grow feed barley, and for once the price is good. Nobody called a press conference when it was low.
"""


def test_callers_put_through_as_a_name_and_a_town_alone_are_theirs(tmp_path):
    quotes, _ = _read_quotes(tmp_path, PHONE_IN)
    assert quotes["Then the program should look at the whole sector, not just my farm."] == "Aurelie"
    assert quotes["I grow feed barley, and for once the price is good. Nobody called a press conference when it was "
                  "low."] == "Bram"


def test_a_name_written_in_full_once_is_the_speaker_of_its_short_forms():
    said = speakers("Harbour Line\n\nHarrow & Eastern Railway is moving crews west. “We go where the boxes go,” said "
                    "Kai Roux, a spokesperson for Harrow & Eastern.\n\nH&E said it would “publish the numbers every "
                    "week.”\n")
    assert said["publish the numbers every week."] == "Harrow & Eastern Railway"
    said = speakers("Pork talks\n\nIn a written note, the Embassy of Vietnam in Ottawa defended the duties. “The "
                    "measures answer restrictions Canada imposed first,” the embassy wrote.\n")
    assert said["The measures answer restrictions Canada imposed first"] == "Embassy of Vietnam in Ottawa"
    said = speakers("Streaming rules\n\nOn Monday, the Department of Trade issued a statement from Deputy Minister "
                    "Orla Fennimore that called the levy “a tax wearing a costume.”\n")
    assert said["a tax wearing a costume."] == "Orla Fennimore"


VTT = """WEBVTT
Kind: captions

NOTE
Harbour Growers call on cross-border parcels

1
00:00:01.000 --> 00:00:06.500
<v Ines Carvalho>Welcome, everyone. Joao, what happened to your orders this fall?</v>

2
00:00:06.500 --> 00:00:12.000
<v Joao Pereira>They fell by half. Every parcel now needs its own customs entry.</v>

3
00:00:12.000 --> 00:00:18.250
<v Joao Pereira>We moved our stock to a warehouse in Vermont in November.</v>

4
00:00:18.250 --> 00:00:21.000
<v Ines Carvalho>And did it pay off?</v>

5
00:00:21.000 --> 00:00:27.400
<v Joao Pereira>It did. One customs entry a pallet costs less than one a parcel.</v>
"""


def test_a_webvtt_transcripts_voice_tags_give_each_turn_its_speaker(tmp_path):
    quotes, text = _read_quotes(tmp_path, VTT)
    assert quotes["They fell by half. Every parcel now needs its own customs entry. We moved our stock to a warehouse in "
                  "Vermont in November."] == "Joao Pereira"
    assert quotes["It did. One customs entry a pallet costs less than one a parcel."] == "Joao Pereira"
    assert "-->" not in text and "<v " not in text and "WEBVTT" not in text


MEETING_CHAT = """10:00:05 From Asha Menon (Host) to Everyone: Welcome. Our panel today: Bruno Tellier and Kim Osei.
10:01:10 From Bruno Tellier to Everyone: Our U.S. orders fell by about 40 percent after August.
10:01:30 From Kim Osei to Everyone: Reacted to "Our U.S. orders fell..." with 😬
10:02:02 From Kim Osei to Everyone: Same here. We now ship everything duty paid.
10:02:40 From Bruno Tellier to Everyone: Replying to "Same here. We now ship...": Did your refusals drop?
"""


def test_a_meeting_chats_messages_are_their_senders_and_its_reactions_go(tmp_path):
    quotes, text = _read_quotes(tmp_path, MEETING_CHAT)
    assert quotes["Our U.S. orders fell by about 40 percent after August."] == "Bruno Tellier"
    assert quotes["Same here. We now ship everything duty paid."] == "Kim Osei"
    assert "Reacted to" not in text and "to Everyone" not in text and "Replying to" not in text


CALL = """Calloway Motors Q1 2026 Earnings Call

Operator:
Good morning. I will now turn the call over to Mei Tanaka, Chief Executive Officer.

Mei Tanaka, Chief Executive Officer:
Thank you. Our new-vehicle sales fell 6 percent in the quarter, as U.S.-built models lost ground.

Used vehicles did better. Same-store used units rose 11 percent.

Operator:
Our first question comes from Luis Ortega with Bayfield Securities.

Luis Ortega, Bayfield Securities:
How long will it take to clear the U.S.-built inventory?

Mei Tanaka, Chief Executive Officer:
We expect to be at normal levels by the end of the second quarter.

Operator:
Our next question comes from Dana Roy with Keel Capital.

Dana Roy, Keel Capital:
Are your lenders asking for anything new?

Mei Tanaka, Chief Executive Officer:
Not yet. Our covenants have plenty of room.
"""


def test_a_call_pages_labels_over_each_turn_are_read_and_not_taken_for_comments(tmp_path):
    quotes, text = _read_quotes(tmp_path, CALL)
    assert quotes["We expect to be at normal levels by the end of the second quarter."] == "Mei Tanaka"
    assert quotes["Not yet. Our covenants have plenty of room."] == "Mei Tanaka"
    assert text.count("Mei Tanaka, Chief Executive Officer:") == 3      # each turn keeps its label


MEDIA_LINES = """KEY MESSAGES

Canada is working with the United States on parcel rules.

PREVIOUS PUBLIC STATEMENTS

Minister of Public Safety Dana Whitcombe, scrum, August 28, 2025:
"We will not let a change in paperwork become a wall for Canadian sellers."
"""


def test_a_quotation_under_its_speakers_office_and_name_is_theirs():
    assert speakers(MEDIA_LINES)["We will not let a change in paperwork become a wall for Canadian sellers."] \
        == "Dana Whitcombe"


ROSTER = """UNIVERSITY SENATE MINUTES

PRESENT: Dr. Aroha Ngata (President and Vice-Chancellor, Chair); Prof. Lena Brandt (Faculty of Arts).

The President reported on recruitment. On hiring, the President stated: "We have made offers to nine researchers."
"""


def test_an_office_in_a_rosters_brackets_names_who_holds_it():
    assert speakers(ROSTER)["We have made offers to nine researchers."] == "Aroha Ngata"


def test_a_sentence_ends_before_an_encyclopedias_reference_number():
    from briefdeck.extract import sentences
    text = "Transborder seats fell by a fifth in 2025.[1] Airlines moved aircraft to Mexico.[2][3]\n"
    assert [text[s:e] for s, e in sentences.split(text)] == ["Transborder seats fell by a fifth in 2025.",
                                                          "Airlines moved aircraft to Mexico."]


def test_more_short_forms_name_who_was_named_in_full():
    said = speakers("Cheap fares\n\nI asked Corvid Airways about the fares. The airline told me its prices are "
                    "“reviewed every week.”\n")
    assert said["reviewed every week."] == "Corvid Airways"
