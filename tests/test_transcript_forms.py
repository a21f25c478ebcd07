"""Transcripts and question-and-answer pages in forms met on real sites: a scrum whose labels carry accented
capitals, a video's timestamped labels in bold, a voice off camera, bold "**Q:**" questions under a ruled-off
introduction, a speaker labelled in full once and by a first name after, a union's FAQ that quotes its president
between answers it did not give, and a podcast's "HOST 1:" and "HOST 2:". Each page is our own, read from a file as
a user loads it."""
from __future__ import annotations

from briefdeck.extract import extract_files


def _read(tmp_path, text: str, name: str = "page.md") -> dict[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {sn.anchor.exact: sn.speaker for sn in extract_files([path]).snippets if sn.kind == "quote"}


def _by_start(found: dict[str, str], start: str) -> str | None:
    return next((speaker for words, speaker in found.items() if words.startswith(start)), None)


def test_a_scrum_labelled_in_accented_capitals_gives_each_answer_to_the_minister(tmp_path):
    page = ("# Scrum: Minister \u00c9milie Beaulieu-Ngata on the retooling fund\n\n"
            "*Foyer of the House, Ottawa \u2014 March 4, 2026*\n\n---\n\n"
            "\u00c9MILIE BEAULIEU-NGATA: Good afternoon. Cabinet approved the retooling fund this morning, and the "
            "first intake opens on April 1.\n\n"
            "REPORTER: Minister, how many jobs will it bring back?\n\n"
            "\u00c9MILIE BEAULIEU-NGATA: I will not promise a number of jobs, because that is how governments get "
            "into trouble.\n\n"
            "REPORTER: And Quebec's share?\n\n"
            "\u00c9MILIE BEAULIEU-NGATA: There is no envelope for one province. The best projects will win.\n")
    found = _read(tmp_path, page)
    assert _by_start(found, "Cabinet approved") == "\u00c9milie Beaulieu-Ngata"
    assert _by_start(found, "I will not promise a number of jobs") == "\u00c9milie Beaulieu-Ngata"
    assert _by_start(found, "There is no envelope") == "\u00c9milie Beaulieu-Ngata"


def test_a_videos_timestamped_bold_labels_and_a_voice_off_camera(tmp_path):
    page = ("# Video transcript: a month of shopping close to home\n\n---\n\n"
            "**[00:00]** [ON-SCREEN TEXT: DAY 30]\n\n"
            "**[00:02] RAFAELA OKONKWO-LUND:** Thirty days ago I said I would only buy local for a month. Here are "
            "the receipts.\n\n"
            "**[00:16] RAFAELA:** Groceries first. We spent about eight per cent more than in a normal month.\n\n"
            "**[00:41] RAFAELA:** The cereal the kids would eat cost more, and salad in a bag cost a lot more.\n\n"
            "**[01:05] TOMASZ (off camera):** Tell them what happened to the hot sauce.\n\n"
            "**[01:08] RAFAELA:** He is still in mourning over the hot sauce. We never found one he liked.\n")
    found = _read(tmp_path, page)
    assert _by_start(found, "Thirty days ago I said") == "Rafaela Okonkwo-Lund"
    assert _by_start(found, "Groceries first.") == "Rafaela Okonkwo-Lund"
    assert _by_start(found, "He is still in mourning") == "Rafaela Okonkwo-Lund"
    assert not any("Tell them what happened" in words and speaker == "Rafaela Okonkwo-Lund"
                   for words, speaker in found.items())


def test_bold_lettered_questions_end_the_answers_of_an_interview_ruled_off_from_its_introduction(tmp_path):
    page = ("# \u201cWe stopped waiting for the visitors\u201d: the tourism minister on a year at home\n\n"
            "Odile Ferreira-Kask has been the province's tourism minister since 2024. Sam Roe spoke with her in "
            "Victoria. The interview has been edited for length.\n\n---\n\n"
            "**Q:** How big was the change last year?\n\n"
            "**A:** It was the biggest change in travel I have seen. Car trips south fell by about a third.\n\n"
            "**Q:** Some operators say the money came too late.\n\n"
            "**A:** I hear that. We moved money in the spring, but not as fast as they needed.\n\n"
            "**Q:** What about housing for seasonal workers.\n\n"
            "**A:** That is the next thing we fund, starting in the fall.\n")
    found = _read(tmp_path, page)
    assert _by_start(found, "It was the biggest change in travel") == "Odile Ferreira-Kask"
    assert _by_start(found, "I hear that.") == "Odile Ferreira-Kask"
    assert _by_start(found, "That is the next thing we fund") == "Odile Ferreira-Kask"
    assert not any("Q:" in words or "operators say" in words for words in found)


def test_a_union_faq_quoting_its_president_between_answers_does_not_give_him_the_answers(tmp_path):
    page = ("# The new defence line: what members need to know\n\n"
            "*Posted by the Local 1180 Communications Committee*\n\n"
            "Since the company announced its armoured-vehicle work in February, the hall has had hundreds of calls "
            "from members, most of them from people on layoff. The bargaining committee signed a side letter with "
            "the company last week, and this page answers the questions we hear most.\n\n"
            "\u201cThis work came back because members fought for it,\u201d said Local President Gordon Castellanos.\n\n"
            "---\n\n**Q: How will the jobs be filled?**\n\n"
            "**A:** Every job on the new line will be posted, and members on the recall list get first refusal in "
            "order of seniority. Only after the recall list has been offered the work will the company post to "
            "active employees. No outside hiring is allowed for the first year.\n\n"
            "\u201cWe fought hardest on this one,\u201d Castellanos said. \u201cSeniority is how this local works.\u201d\n\n"
            "**Q: When will I hear something?**\n\n"
            "**A:** The first posting, for 48 trainee welders, goes up on March 9. Members on layoff will get a call "
            "and a registered letter at the address the company has on file, and will have a week to answer.\n\n"
            "**Q: Do I need a security clearance?**\n\n"
            "**A:** Yes. Because the parts are controlled goods, everyone who works on the line must pass a "
            "security assessment. The company pays for it, and no member can be disciplined while a file waits.\n\n"
            "**Q: What does the job pay?**\n\n"
            "**A:** Trainees keep their current rate. Once certified, welders move to the new classification at "
            "$2.15 an hour above the top production rate, retroactive to their first day on the line.\n")
    found = _read(tmp_path, page)
    assert _by_start(found, "We fought hardest on this one") == "Gordon Castellanos"
    assert not any(speaker == "Gordon Castellanos" and words.startswith(("Every job", "The first posting", "Yes.", "Trainees"))
                   for words, speaker in found.items())


def test_numbered_host_labels_end_each_of_the_guests_answers(tmp_path):
    page = ("HOST 1: Welcome to Harbour Hours, the show about the working waterfront on the Bay of Fundy. I'm Nora "
            "Quist.\n\nHOST 2: And I'm Ben Osei. Nora, the ferries have had the worst summer anyone on the wharf can "
            "remember, and the duties are only part of it.\n\n"
            "HOST 1: Which is why we called in someone who counts the cars. Ana Ruiz runs the ferry workers' "
            "association in Saint John, and she has spent the fall going through the booking numbers.\n\n"
            "Ana Ruiz: Thanks for having me. The bay has lost a third of its summer traffic since the duties began, "
            "and the loss is not spread evenly. The Digby crossing took the worst of it.\n\n"
            "HOST 2: Let's start with the ferries, then.\n\n"
            "Ana Ruiz: The ferries feel it first, then the motels and the diners along the shore road. Our estimate "
            "is that two in five of the lost trips were American families who used to come every August. They have not "
            "been replaced by anyone.\n\n"
            "HOST 1: So the Digby run is basically done?\n\n"
            "Ana Ruiz: I wouldn't say done. The weekday freight still moves, and the trucks pay the bills in the "
            "winter. But a ferry that sails half empty in July is a ferry the province starts asking questions "
            "about.\n\nHOST 2: And the crews?\n")
    found = _read(tmp_path, page, "podcast.txt")
    assert not any("HOST" in words or "start with the ferries" in words for words in found)
    assert _by_start(found, "The bay has lost") == "Ana Ruiz"
    assert _by_start(found, "The ferries feel it first") == "Ana Ruiz"
    assert _by_start(found, "I wouldn't say done") == "Ana Ruiz"


def test_a_videos_first_name_labels_under_its_creators_name_and_time_marks_over_them(tmp_path):
    page = ("@harbourhaulbri\nBri Okonkwo | ferry math & budget trips\nFollow\n\n--- VIDEO TRANSCRIPT ---\n\n[0:00]\n"
            "BRI: Okay. The ferry fare went up again on Monday, so I am riding both lines to compare the price of one "
            "trip.\n\n[0:14]\nBRI: First stop is the Digby terminal, because that is where I usually start.\n\n"
            "MARCUS: Say hi.\n\n[0:41]\nBRI: The car fare is $58.25 one way, and it was $49 last spring.\n")
    found = _read(tmp_path, page, "video.txt")
    assert _by_start(found, "Okay. The ferry fare") == "Bri Okonkwo"
    assert _by_start(found, "The car fare is $58.25") == "Bri Okonkwo"
    assert not any(words.startswith("[0:") for words in found)
