"""An interview written as questions and answers: each answer is the interviewee's words, quotation marks or not.

    **Why is it happening?**

    Qureshi: There isn't one reason. A lot of these drugs are made by a handful of factories …

    Then there's price. …

An answer opens on its speaker's name and a colon ("Qureshi:", "**Gallagher:**", "Nadia Qureshi:"), or on
"A:" under questions labelled "Q:", when the introduction names the interviewee twice at least (or names no
other person: a festival's "Prairie Sky" is no one); the
paragraphs after it, up to the next question, are the same answer, unless the reporter steps in to
quote someone else ("A department spokesperson told us: “…”"). A question is a paragraph in bold or one
labelled "Q:" (or with the interviewer's name). It takes two answers by the same person, named in full
somewhere in the text, before anything is read as an interview, so a transcript line or a "Note:" is not;
once it is one, a turn by anyone else labelled with their full name is theirs too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.extract.dash_turns import DASH, called_on
from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.hosts import host_of
from briefdeck.extract.label_names import CAPTION_HEAD, VOCATIVE, addressed, handed_to, introduces, messages, named, \
    posted_by, self_named
from briefdeck.extract.lexicon import ROLE_NOUNS, TITLES
from briefdeck.extract.names import Person
from briefdeck.extract.people import Directory
from briefdeck.extract.plain_interviews import FIRST_PERSON, MIN_WORDS, TALKED_WITH, asks, hosting, plain_interview
from briefdeck.extract.turn_labels import (CALLER, CLIP_LINE, DASH_LABEL, LABEL, NAME_ALONE, NAME_LINE, NUMBERED_LABEL,
                                           PRESENTERS, RECORD_LABEL, STAMP, UNNAMED, Turns, label_of, placed_caller,
                                           put_through, read_turns, record_speaker, someones)
from briefdeck.extract.turn_paragraphs import turn_paragraphs

_LISTED = re.compile(r"[A-Z][\w’'.\-]+(?:[ \t]+[A-Z][\w’'.\-]+){1,3}[ \t]+(?:--|-|\u2014|\u2013)[ \t]+\S")   # "Jo Doe - CFO"
# "Operator:" on a line of its own: someone's turn, whoever's it is
# "Operator", "Jo Doe -- Acme Capital -- Analyst" alone in its paragraph: a call's label over someone's turn
# (and "Questions and Answers", a heading between turns)
_LONE_LABEL = re.compile(r"[A-Z][\w’'.\-]*(?:[ \t]+(?:[A-Z][\w’'.\-]*|and|of|the|&)){0,3}(?:[ \t]+(?:--|\u2014|\u2013)[ \t]+[^\n]{2,100}"
                         r"|[ \t]*:)?")
_BARE_LABEL = re.compile(r"[A-Z][\w’'.\-]+(?:[ \t]+[A-Z][\w’'.\-]+){0,2}[ \t]*:[ \t]*\n")
# "**Why now?**", "Q: …", "QUESTION (Jo Doe, Radio North): …", a live chat's "[11:33] Question from Jo D.:": a
# question, however it is labelled
_QUESTION = re.compile(r"^[*_]{1,2}[^*_\n].*[*_]{1,2}$|^" + STAMP + r"[*_]{0,2}(?:Q|Question|QUESTION)(?:[ \t]*\([^)\n]{1,80}\)"
                       r"|[ \t]+from[ \t]+[^\s:][^\n:]{0,60})?[*_]{0,2}\s*[:.]"
                       r"|^Q(?=[A-Z][a-z\u2019'])")      # "QWhy now?": a bold "Q" the page lost, glued to the question
# "CALLER (GORD, WARMAN): …", "QUESTION (Jo Doe, Radio North): …": a turn labelled in capitals, whoever's it is
_CAPS_TURN = re.compile(STAMP + r"[A-Z][A-Z’'.\-]+(?:[ \t]+[A-Z][A-Z’'.\-]+)*(?:[ \t]*\([^)\n]{1,80}\))?[ \t]*:")
_SOMEONE_ELSE = re.compile(r":\s*[\u201c\"]|^[\u201c\"]")   # "… spokesperson told us: “…”": the reporter quoting another
_ANSWER = re.compile(r"^[*_]{0,2}A[*_]{0,2}[ \t]*(?::|\.(?=[ \t]))[*_]{0,2}", re.M)   # "A: …", "**A:** …", "A. …"
_ASKED = re.compile(r"^[*_]{0,2}Q[*_]{0,2}(?:[ \t]*(?::|\.(?=[ \t]))|(?=[A-Z][a-z\u2019']))", re.M)
MIN_ANSWERS = 2
# a TV script's reporter reading the story over pictures: "BEN (TRACK):", "DOE (V/O):", "DOE (STANDUP):"
_OVER = r"track|v/?o|v\.o\.|voice[- ]?over|stand-?up"
_NARRATION = re.compile(rf"(?i:{_OVER}|narration)")
_OVER_PICTURES = re.compile(rf"[(\[](?i:{_OVER})[)\]]")   # ... a cue of its own: "(VO)" over the reporter's story
# a show's credits: "Hosts: Jo Doe and Sam Roe", "Hosted by Jo Doe", "Presenter: Jo Doe": who asks, not who answers
_HOSTS_LINE = re.compile(r"^[ \t*_]*(?:(?:(?:co-?)?hosts?|presenters?|moderators?|interviewers?)[*_]*[ \t]*:|hosted by|presented by)"
                         r"[*_]*[ \t]*((?:[^\n.?!|]|(?<=\b[A-Z])\.){3,200})\.?(?:[ \t]*\|[^\n]*)?$", re.M | re.I)   # (names, not a
# host's turn: "HOST: We have a caller. Lorne in Sudbury, go ahead."; not the guests after a "|")
_MEMBERS = re.compile(r"(?:Some|An|Several)[ \t]+hon(?:\.|ourable|orable)?[ \t]+members?[ \t]*:", re.I)   # "Some hon. members: Hear, hear!"
_STAGE = re.compile(r"[\[(]?[A-Z][a-z]+(?:[ \t]+[a-z]+)?[.\])]{1,2}|\[[^\[\]\n]{1,300}\]")   # "Interjections.",
# "(Applause)", "[CLIP — House of Commons, March 19]", "[Jo Doe, his wife, joins the interview at 00:21:05. …]": no
# one's words
_CLOCK = re.compile(r"(?:\*[ \t]*)?\((?:\d{4}|\d{1,2}:\d{2})\)")     # "(1545)", "* (13:40)"
# a chair's label with the chair's riding in brackets in its own: "The Chair (Mr. Jo Doe (Kanata, Lib.)): …"
_NESTED_LABEL = re.compile(r"[A-Z][\w.’'\- ]{0,40}\([^()\n]{0,80}\([^()\n]{1,80}\)\)[ \t]*:")
# a record's subject headings between the turns: "Packing Plant Workers" over "Immigration Status and Income Support"
_HEADINGS = re.compile(r"[A-Z][^\n.!?:]{0,60}[^\n.!?:,;](?:\n[A-Z][^\n.!?:]{0,60}[^\n.!?:,;]){0,2}")
_IS_A = re.compile(r"[ \t]+(?:is|was|has been)[ \t]+(?:a|an|the)[ \t]")
_QUOTATION_MARK = re.compile(r"[\u201c\u201d\"\u00ab\u00bb]")
# a town hall's "SPEAKER FROM FLOOR: My name is Jo Doe and I fish out of …": whoever says who they are, or no one named
_FLOOR = re.compile(r"(?:(?:SPEAKER|VOICE|QUESTIONER|QUESTION)[ \t]+)?FROM[ \t]+(?:THE[ \t]+)?FLOOR|AUDIENCE(?:[ \t]+MEMBER)?"
                    r"|MEMBER[ \t]+OF[ \t]+THE[ \t]+PUBLIC|UNIDENTIFIED[ \t]+(?:SPEAKER|MAN|WOMAN|MALE|FEMALE)")
_SELF_NAMED = re.compile(r"(?:(?:Hi|Hello|Yes|Good (?:morning|afternoon|evening)|Bonsoir|Bonjour)[,.!]?[ \t]+)?"
                         r"(?:(?:[Mm]y name is|[Mm]y name[\u2019']s|I[\u2019']m|I am|[Tt]his is)[ \t]+)?"
                         r"([A-ZÀ-Þ][\w\u2019'\-]+(?:[ \t]+(?:[dl][\u2019'])?[A-ZÀ-Þ][\w\u2019'\-]+){1,3})(?=,|[ \t]+and[ \t]|\.)")
FLOOR_SPEAKER = "a speaker from the floor"
# a video's "[Jo Doe, chief financial officer, answers]" over the "A: …" turns that follow: who answers them
_ANSWERER = re.compile(r"\[([A-ZÀ-Þ][\w\u2019'\-]+(?:[ \t]+[A-ZÀ-Þ][\w\u2019'\-]+){1,3})(?:,[ \t]*([^\]\n]{2,100}?))?,?[ \t]+"
                       r"(?:answers|responds|replies)\]")
# ... or a line of its own naming the one who answers the questions under it: "Jo Doe, export director, Acme (Laval)"
_HEADED = re.compile(r"([A-ZÀ-Þ][\w\u2019'\-]+(?:[ \t]+[A-ZÀ-Þ][\w\u2019'\-]+){1,3}),[ \t]+"
                     r"((?:[^\n.!?:]|(?:(?<=Co)|(?<=Inc)|(?<=Ltd)|(?<=Corp))\.){2,140}?)")   # ("Acme Biscuit Co. (Guelph)")
# a hearing's witness, sworn in on a line of their own: "(Jo Doe, affirmed)", "JO DOE, Sworn.", "Jo Doe, having been
# duly sworn, testified as follows:"; the "THE WITNESS:" turns after it are theirs
FULL_NAME = r"(?:[dl][\u2019'])?[A-ZÀ-Þ][\w\u2019'\-]+(?:[ \t]+(?:[dl][\u2019'])?[A-ZÀ-Þ][\w\u2019'\-]+){1,3}"   # "Jo d'Arcy"
_SWORN = re.compile(r"^[ \t]*\(?(" + FULL_NAME + r"),?"
                    r"(?:[ \t]+(?:a|the)[ \t]+witness\b[^,\n]{0,60},)?"     # "JO DOE, a witness herein, having been …"
                    r"[ \t]+(?i:(?:having[ \t]+been[ \t]+)?(?:previously[ \t]+|first[ \t]+|duly[ \t]+)*(?:sworn|affirmed)\b)", re.M)
# ... and a council's delegation, introduced by the clerk: "Our next delegation is Jo Doe of …", "The delegation: Jo
# Doe, …"; the "DELEGATE:" turns after it are theirs
_DELEGATION = re.compile(r"\b[Dd]elegat(?:ion|e)\b[^\n.?!]{0,40}?(?:[ \t]+(?:is|are|will be)|:|,)[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?"
                         r"(" + FULL_NAME + r")")
# ... and a TV script's clips ("SOT:", sound on tape), each under the lower third that names who speaks in it:
# "SUPER: Jo Doe, Plant manager, Acme", or the name alone the second time
_SUPER = re.compile(CAPTION_HEAD + "(" + FULL_NAME + r")(?:,|[ \t]*$)", re.M)
_CALLED = {re.compile(r"(?:THE[ \t]+)?WITNESS"): _SWORN, re.compile(r"(?:THE[ \t]+)?DELEGAT(?:E|ION)"): _DELEGATION,
           re.compile(r"SOT|SOUNDBITE|SOUND[ \t]+ON[ \t]+TAPE"): _SUPER}
# a meeting's chair ("MAYOR DOE:", "THE CHAIR:", "THE PRESIDING MEMBER:"; not a reporter named Reeve, "REEVE: When
# …?"), among four speakers at least: no host's meeting, whoever asks most ("COUNCILLOR ROE: And if it fails?")
_AMA = re.compile(r"\bAMA\b|(?i:ask me anything)|AskMeAnything")   # a thread whose poster answers all comers
_CHAIR = re.compile(r"THE[ \t]+(?:(?:DEPUTY[ \t]+)?MAYOR|CHAIR(?:MAN|WOMAN|PERSON)?|REEVE|WARDEN|SPEAKER|PRESIDING)\b"
                    r"|(?:(?:DEPUTY[ \t]+)?MAYOR|REEVE|WARDEN|CHAIR(?:MAN|WOMAN|PERSON)?)[ \t]+[A-Z]|(?:MAYOR|CHAIR(?:MAN|WOMAN|PERSON)?)$")
MEETING_LABELS = 4


@dataclass
class Answer:
    start: int
    end: int
    speaker: str
    role: str


def answers(text: str) -> list[Answer]:
    """The answers of a question-and-answer interview in ``text``, each with who gave it; [] when it is none."""
    turns = read_turns(text)
    labels = _answering(turns, text)
    lettered = len(_ANSWER.findall(text)) >= MIN_ANSWERS and bool(_ASKED.search(text))     # "Q:", "A:"
    sworn = _called(None, text, len(text), "WITNESS") if lettered else None
    lettered = lettered and (not labels or sworn is not None)   # (a trial's "Q."/"A." between "THE COURT:" turns)
    if lettered:
        labels = [*labels, "A"]
    paras = turn_paragraphs(text)
    questions = [k for k, (s, e) in enumerate(paras) if _question(text[s:e])]
    plain = not labels and plain_interview(text, paras, questions)
    if plain:                                     # the interview opens on its first question mark (not on a bold
        labels = ["A"]                            # "Interview by …" over the introduction)
        questions = questions[next(i for i, k in enumerate(questions) if asks(text, paras[k])):]
    if not labels:
        return []
    intro = (text[:paras[questions[0]][0]] if plain else text) if lettered or plain else None
    who = _cast(text, turns, labels, intro)
    note = _ANSWERER.search(text) if lettered else None
    if note and "A" not in who:                   # "[Jo Doe, president, answers]" over the first "A:"
        who = {"A": Person(note.group(1), note.group(2) or "")}
    if lettered and sworn is not None:            # a deposition's "Q." and "A." under "JO DOE, … duly sworn" (and
        who = {label: p for label, p in who.items() if label != "A" and any(r.fullmatch(label) for r in _CALLED)} \
            | {"A": sworn}                        # her "THE WITNESS:" when the court asks her)
    return _walk(text, turns, who, paras, questions, plain, lettered) if who else []


def _answering(turns: Turns, text: str) -> list[str]:
    """The labels whose turns are answers: two turns at least, not all of them asking (the one who only asks is
    the interviewer); and once there are such, anyone who speaks once, named in full, in capitals or as a caller
    (a caller's one question too: "Bev in Peterborough, go ahead." "BEV: … Why am I paying for …?")."""
    labels = [label for label, said in turns.said.items() if len(said) >= MIN_ANSWERS
              and label not in ("Q", "Question", "Note", "Editor")
              and (not all(_question(turn) for turn in said)       # the one who only asks is the interviewer,
                   or _in_chamber(label, turns))]   # not a chamber's "Ms. Doe (Riding):"
    if labels:                                            # a transcript: anyone named in full speaks once too
        labels += [label for label, said in turns.said.items()
                   if len(said) == 1 and (not _question(said[0]) or put_through(label, text) or _in_chamber(label, turns))
                   and (" " in label or label.isupper() or CALLER.match(turns.roles.get(label, ""))
                        or label in turns.phoned or put_through(label, text))]   # "Jo Doe: …", "DOE: …", "Bev: …"
        labels += [label for label in turns.members if label not in labels]   # a member's question is theirs too
    return labels


def _cast(text: str, turns: Turns, labels: list[str], intro: str | None) -> dict[str, Person]:
    """Who answers under each label: the person the text names ("DOE:", "Jo Doe:"), the one a host calls on by
    first name, a phone-in's caller; or, for "A:" and bare answers, the person ``intro`` introduces. Without the
    show's host (the one who asks most, or who opens the show saying "I'm Jo Doe"), nor the hosts its credits name
    when someone else answers."""
    directory = Directory(text)
    who = {}
    by_surname, by_first = {}, {}
    for label in sorted(labels, key=lambda lab: -len(lab.split())):     # "JAKE TAPPER" before "TAPPER"
        if _FLOOR.fullmatch(label):
            continue                                      # (each turn from the floor says whose it is: _walk)
        person = _interviewee(directory, intro) if intro is not None \
            else _called(directory, text, len(text), label) if any(r.fullmatch(label) for r in _CALLED) \
            else named(directory, label, len(text)) or by_surname.get(label) or by_first.get(label) \
            or record_speaker(label, text)                # a congressional record's "Mr. LINDQVIST."
        if person is not None and " " not in label and (by_surname.get(label) or by_first.get(label)):
            person = by_surname.get(label) or by_first.get(label)    # "HOLLENBECK:" after "MARK HOLLENBECK, …:"
        if person is None and label.isupper() and " " not in label and label.lower() not in PRESENTERS:
            person = addressed(directory, text, turns.lines, label)   # "TRUCKER:" after "HOST: Amrit, welcome."
        called_in = person is None and label.lower() not in PRESENTERS and put_through(label, text) \
            and not placed_caller(label, turns.roles.get(label, ""), text)     # ("GURPREET (TECUMSEH):": below)
        if called_in or person is None and label == "CALLER":    # "Ferris is calling from Hawkesbury." …
            person = Person(label.title() if called_in else "a caller", "caller")   # "FERRIS: …"; "CALLER: …"
        if person is None and re.fullmatch(UNNAMED, label):   # "+1 519-555-0143", "u/jo_doe": who they say they are
            first = min((at for at, m in turns.over.items() if m.group("label") == label), default=0)
            person = self_named(directory, posted_by(text, label) + messages(text, turns.lines).get(label, [])
                                + turns.said.get(label, [])) \
                or handed_to(directory, text[max(0, first - 400):first]) \
                or addressed(directory, text, sorted([*turns.lines, *turns.over.values()], key=lambda m: m.start()),
                              label)                   # or the one the host calls on: "Odile, you moved to Europe."
        if person is None and len(turns.said.get(label, ())) >= MIN_ANSWERS and re.fullmatch(FULL_NAME, label) \
                and not label.isupper() and not any(w.lower() in TITLES for w in label.split()):
            person = Person(label)                        # a call's "Jo Doe-Roe   0:31" over her words, twice or more
        if person is None and _MEMBER.fullmatch(label) and label in turns.roles:   # a chamber's "Ms. Doe (Riding):",
            words = label.split()[bool(_HONORIFIC.match(label)):]   # named no other way ("Ms. JO DOE (Acme):": Jo Doe;
                                                                      # "Hon. J. Doe (Minister of …):": J. Doe)
            person = Person(" ".join(w.title() if w.isupper() else w for w in words) if len(words) > 1 else label,
                            turns.roles[label])
        if person is not None and " " not in person.name and label.isupper() and " " not in label \
                and (styled := re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+(?i:%s)\b" % re.escape(label), text)):
            person = Person(styled.group(), turns.roles.get(label, ""))    # "DOE (Green):" called on as "Ms. Doe"
        placed = placed_caller(label, turns.roles.get(label, ""), text)
        if placed and turns.roles[label].isupper():
            turns.roles[label] = turns.roles[label].title()     # "ANITA (ALBURY):": Anita, of Albury
        caller = placed or called_in or label == "CALLER" \
            or (CALLER.match(turns.roles.get(label, "")) or label in turns.phoned) \
            and (first_name_gender(label.title()) or not label.isupper()) \
            and " " not in label                                  # ("TRUCKER (CALLER)" is no one's name; "Dev" is)
        person = Person(label.title()) if person is None and caller else person   # "BERNADETTE (CALLER, TECUMSEH):"
        person = Person(label) if person is None and label.startswith("u/") and _AMA.search(text) else person   # an
        if person is not None and (" " in person.name or caller or person.name.startswith("u/")):   # "AMA" thread's handle
            who[label] = person
            by_surname.setdefault(person.name.split()[-1].upper(), person)
            by_first.setdefault(person.name.split()[0].upper(), person)   # "MORGAN:" after "MORGAN LEDUC:"
    floor = any(_FLOOR.fullmatch(label) for label in turns.said) or bool(turns.members)   # a town hall's host, a
                                                          # meeting's chair, answers the floor too
    chaired = len(turns.said) >= MEETING_LABELS and any(_CHAIR.match(label) and len(said) >= MIN_ANSWERS
                                                         for label, said in turns.said.items())   # a council's mayor
    presented = floor or chaired or any(label.lower() in PRESENTERS and len(said) >= MIN_ANSWERS
                                        for label, said in turns.said.items())
    host = None if presented else host_of(who, turns.said)   # ("HOST:" asks: a guest's "My banker asked me, “…?”"
                                                            # is no host's)
    hosts = next((h for h in _HOSTS_LINE.finditer(text)                # (not the host's own turn: "HOST: Next up,
                  if len(turns.said.get(h.group().split(":")[0].strip(" \t*_"), ())) < MIN_ANSWERS), None)   # Gurpreet …")
    opening = {m.group("label"): text[m.end():text.find("\n", m.end())] for m in turns.lines[:2]}
    who = {label: person for label, person in who.items() if person is not host
           and not (label in opening and re.search(rf"\bI[\u2019']m {re.escape(person.name)}\b", opening[label]))}
    guests = {label: person for label, person in who.items() if not (hosts and person.name in hosts.group(1))}
    return (not floor and guests) or who                  # "Hosts: Jo Doe and Sam Roe": theirs are the questions
                                                          # (when someone else answers them)


def _walk(text: str, turns: Turns, who: dict[str, Person], paras: list[tuple[int, int]], questions: list[int],
          plain: bool, lettered: bool) -> list[Answer]:
    """The answers, paragraph by paragraph: a labelled turn of someone in ``who`` opens one, and the paragraphs
    after it go on with it (up to a question, another label, or the reporter quoting someone else); [] when
    fewer than two answers are labelled."""
    asked = len(questions)
    after_question = {k + 1 for k in questions} if plain else set()
    out: list[Answer] = []
    noted: dict[str, Person] = {}                     # the answerers a video's notes named, by first name
    speaker, labelled, role, on_call, pending, titled = None, 0, "", False, None, False
    chamber = False                                   # the turn is a chamber's "Ms. Jo Doe (Riding):": all of it hers
    for k, (start, end) in enumerate(paras):
        para = text[start:end]
        if titled:                                    # the thread's title, right under "Posted by …": not her words
            titled = False
            continue
        if "Posted by u/" in para and (post := next((m for at, m in turns.over.items() if start <= at < end
                                                     and m.group("posted")), None)) is not None and label_of(post) in who:
            speaker, on_call, role = who[label_of(post)], True, ""      # "Posted by u/jo_doe · 5h", its title, then
            titled = para.rstrip().endswith(post.group().strip())
            continue                                  # her post
        if _OVER_PICTURES.match(para):
            speaker = None                                # "(VO)" over the reporter's story: the clip before it ends
            continue
        label = CLIP_LINE.match(para) or LABEL.match(para) or someones(DASH_LABEL.match(para)) \
            or NUMBERED_LABEL.match(para) or RECORD_LABEL.match(para) \
            or start in turns.over and (NAME_LINE.match(para) or NAME_ALONE.match(para)) \
            or lettered and _ANSWER.match(para)
        name = (label_of(label) if "label" in label.re.groupindex else "A") if label else ""
        name = turns.aliases.get(name, name)
        said = para[label.end():].lstrip() if label else ""
        if lettered and (note := _ANSWERER.fullmatch(para.strip()) or _HEADED.fullmatch(para.strip())) \
                and (note.re is _ANSWERER or first_name_gender(note.group(1).split()[0])     # ("Jo Doe, CEO, Acme
                     or k + 1 < len(paras) and text.startswith("Q", paras[k + 1][0])):  # Co." over her "Q:"s)
            who["A"] = noted[note.group(1).split()[0]] = Person(note.group(1), note.group(2) or "")   # the "A:"
            continue                                                                        # turns after it
        if lettered and noted and _question(para):      # "Q: Priyanka, what has it cost you?": hers, the next answer
            called = [v.group(1) or v.group(2) for v in VOCATIVE.finditer(para[2:].strip())]
            who["A"] = next((noted[c] for c in called if c in noted), who["A"])
        if label and _NARRATION.fullmatch(turns.roles.get(name, "")):
            speaker, labelled = None, labelled + 1        # "BEN (TRACK): …": a turn of the script, the reporter's story
            continue
        if label and label.re is CLIP_LINE and "A" in who and len(said.split()) >= MIN_WORDS:
            speaker, labelled, role = Person(name), labelled + 1, ""     # a clip played between the questions
            out.append(Answer(start + len(para) - len(said), end, name, ""))
            continue
        if label and name in who and k and len(said.split()) >= MIN_WORDS + any(c.isdigit() for c in said) \
                and said[:1] not in "\u2018\u201c'\"" \
                and not _LISTED.match(said):              # not a headline quoting them, nor a list of participants
            speaker, labelled = who[name], labelled + 1
            speaker = _called(None, text, start, name) or speaker     # a hearing's witnesses, one after another
            role = speaker.role or turns.roles.get(name, "")
            chamber = _in_chamber(name, turns)
            on_call = label.re is not LABEL or label.group("label").isupper() or "," in label.group() \
                or _HEARING.match(name) is not None or chamber   # "Jo Doe -- CFO" over a turn, "GENERAL MANAGER (Jo
                                                  # Doe):", "Jo Doe, CFO:", a hearing's "Senator Doe:", a member's: it runs on
            out.append(Answer(start + len(para) - len(said), end, speaker.name, role))
        elif label and k and _FLOOR.fullmatch(name) and len(said.split()) >= MIN_WORDS and who:
            own = _SELF_NAMED.match(said)                 # "My name is Jo Doe and …", "Jo Doe, Belliveau Cove wharf."
            named = own.group(1) if own and (own.group() != own.group(1) or first_name_gender(own.group(1).split()[0])) \
                else ""
            speaker, role, on_call = (Person(named) if named else None), "", True
            out.append(Answer(start + len(para) - len(said), end, named or FLOOR_SPEAKER, ""))
        elif k in after_question and not _question(para) and not _SOMEONE_ELSE.search(para):
            speaker, labelled, role = who["A"], labelled + 1, who["A"].role
            lettered_too = _ANSWER.match(para)           # "A: …" under questions the page left unlabelled
            out.append(Answer(start + (lettered_too.end() if lettered_too else 0), end, speaker.name, role))
        elif not label and who and (dash := DASH.match(para)):    # a subtitle's "- …": someone else's words
            if (called := called_on(para[dash.end():], who)) is not None or _question(para):
                speaker, pending = None, called                 # the interviewer's, putting it to someone
            elif pending or out:                          # the one called on, else the last to answer
                speaker, pending = pending or Person(out[-1].speaker, out[-1].role), None
                out.append(Answer(start + dash.end(), end, speaker.name, speaker.role))
        elif not label and (para.startswith("[") and _STAGE.fullmatch(para) or _CLOCK.fullmatch(para)):
            continue                                      # "[Slide 7 — China exposure]" inside a turn: it goes on (and
                                                          # a record's clock, "(1545)")
        elif not label and speaker is not None and chamber and _question(para) and not _QUESTION.match(para) \
                and not _SOMEONE_ELSE.search(para):
            out.append(Answer(start, end, speaker.name, role))   # a member's question in her own turn: hers
        elif label or _question(para) or para.isupper() or _CAPS_TURN.match(para) or _BARE_LABEL.match(para) \
                or _LONE_LABEL.fullmatch(para) or _MEMBERS.match(para) or chamber and (_HEADINGS.fullmatch(para)
                                                                        or _NESTED_LABEL.match(para)):   # a question, someone else's turn, a heading;
            speaker = who.get(name) if label and (label.re is LABEL or label.re is NAME_ALONE) \
                and len(said.split()) < MIN_WORDS else None   # "Jo Doe, CFO: Thanks, Sam." then her slides; a name alone
            role = (speaker.role or turns.roles.get(name, "")) if speaker else role    # over her words
            on_call = bool(speaker) and (label.group("label").isupper() or "," in label.group() or bool(_HEARING.match(name))
                                         or label.re is NAME_ALONE)
            labelled += bool(speaker) and label.re is NAME_ALONE
            chamber = bool(speaker) and _in_chamber(name, turns)
        elif speaker is not None and (asked >= MIN_ANSWERS or on_call and para.rstrip("\u201d\"'")[-1:] in ".?!") \
                and (not _SOMEONE_ELSE.search(para) or chamber) \
                and not para.startswith("#") and (speaker.surname not in para or introduces(para, speaker.name)) \
                and not _STAGE.fullmatch(para) \
                and not (questions and k > questions[-1] and not FIRST_PERSON.search(para) and not chamber):
            out.append(Answer(start, end, speaker.name, role))   # the answer goes on (not "Doe said …", nor the
                                                                 # reporter's last word: a chamber's record has none)
        else:
            speaker = None
    return out if labelled >= MIN_ANSWERS else []


def _called(directory: Directory | None, text: str, at: int, label: str):
    """Who answers under "THE WITNESS:", "DELEGATE:" or "SOT:" at ``at``: the witness last sworn in before it ("(Jo
    Doe, affirmed)"), the delegation last introduced, the one the last lower third names ("SUPER: Jo Doe, …"), as
    the text names them; None if no one is (or another label)."""
    pattern = next((p for r, p in _CALLED.items() if r.fullmatch(label)), None)
    sworn = [m.group(1) for m in pattern.finditer(text, 0, at)] if pattern else []
    if not sworn:
        return None
    name = sworn[-1].title() if sworn[-1].isupper() else sworn[-1]
    known = directory.people.get(name) if directory is not None else None
    return known or Person(name)


# a host putting a caller through by first name: "Ferris is calling from Hawkesbury", "Go ahead, Marie-Thérèse"
_HEARING = re.compile(r"(?:Senator|Sen\.|Mr|Mrs|Ms|Dr|Hon|Councillor|Coun\.)\.?[ \t]+[A-Z]")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Hon)\.?[ \t]")
_STYLED = re.compile(_HONORIFIC.pattern + r"[ \t]*[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2}")   # ("Mrs. Jo Doe-Roe")
# a member in a chamber's record, by honorific or by initial: "Ms. Doe (Riding):", "J. Doe (Riding):"
_MEMBER = re.compile(_STYLED.pattern + r"|(?:Hon\.?[ \t]+)?[A-Z]\.(?:[ \t]*[A-Z]\.)?[ \t]+[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?")


def _in_chamber(label: str, turns: Turns) -> bool:
    """A member's turn in a chamber's record: "Ms. Doe (Riding):", or "Ms. Doe:" where other members' labels give
    their ridings; all of it is theirs, their questions too."""
    return _MEMBER.fullmatch(label) is not None and (label in turns.roles or any(_MEMBER.fullmatch(other)
                                                                                  for other in turns.roles))


# "“…,” Doe said." in the reporter's prose among the answers: the answers are not Doe's own words
_SAID_BETWEEN = r"[\u201d\"],?[ \t]+(?:NAME[ \t]+(?:said|says|added)|(?:said|says|added)[ \t]+NAME)\b"


def _interviewee(directory: Directory, text: str):
    """Who answers "A: …" (or the first bare question, when ``text`` is cut before it): the person the
    introduction, before the first answer, names most often (twice at least), by surname ("President Jo Doe …",
    "Doe sat down with us"), and someone: a first name known as a man's or a woman's, or a "Mr." or "she"
    somewhere ("Harjit Doe …, Mr. Doe spoke with us"); or the one person it names."""
    first = _ANSWER.search(text)
    intro = text[:first.start()] if first else text
    asked = _ASKED.search(intro)
    introduced = _introduced(directory, intro[:asked.start()] if asked else intro)
    if introduced is not None:
        return introduced
    named = [(len(re.findall(rf"\b{re.escape(p.name.split()[-1])}\b", intro)), -p.start, p)
             for p in directory.people.values() if " " in p.name and p.start < len(intro) and _a_person(directory, text, p)
             and not hosting(intro, p.name)]
    count, _, best = max(named, key=lambda row: row[:2], default=(0, 0, None))
    # a union's FAQ quoting its president between its answers ("“…,” Doe said."): the answers are the local's, not his
    if best is not None and first and re.search(_SAID_BETWEEN.replace("NAME", re.escape(best.name.split()[-1])),
                                                text[first.start():]):
        return None
    return best if count >= MIN_ANSWERS or len(named) == 1 else None      # the one person it names at all


# "Part of his exchange with coroner's counsel Jo Doe went as follows:", "sat down with KCNB's Jo Doe": who asks
_ASKER_BEFORE = re.compile(r"(?:\bby|\bwith|counsel|host|reporter|interviewer|moderator|editor|[\u2019']s)[ \t]+$", re.I)


_RULES_AT_END = re.compile(r"(?:\n[ \t]*(?:[-*_][ \t]*){3,})+$")
_HEADING_AT_END = re.compile(r"\n[ \t]*#{1,4}[ \t][^\n]*$")


def _introduced(directory: Directory, before: str):
    """The person the paragraph just before an interview's first question introduces ("Jo Doe has practised law
    for 16 years. Her answers have been edited."): the first person it names, in full or by surname, who is not
    the one asking; an interview set inside a longer article answers there, whoever the article quotes most. A
    paragraph quoting someone ("Jo Doe, of the builders' council, said “…”") is the article's, not the interview's
    introduction."""
    end = len(_RULES_AT_END.sub("", before.rstrip()))     # (over a rule: "---" under the introduction)
    start = before.rfind("\n\n", 0, end) + 1
    heading = _HEADING_AT_END.search(before, 0, end)
    if heading and TALKED_WITH.search(before, before.rfind("\n\n", 0, heading.start()) + 1, heading.start()):
        end = heading.start()                          # "I put three questions to Jo Doe. …" over "## Renew short?"
        start = before.rfind("\n\n", 0, end) + 1
    if _QUOTATION_MARK.search(before, start, end) and not TALKED_WITH.search(before, start, end):
        return None                                   # (but "I put three questions to Jo Doe. Her motto: “…”")
    host = False                                      # ("host Jo Doe spoke with Ann Roe": after the host, "with" her guest)
    for at, p in directory.between(start, end):
        if " " in p.name and _a_person(directory, directory.text, p) and not hosting(before, p.name):
            asker = _ASKER_BEFORE.search(before, max(0, at - 20), at)
            if not asker or host and asker.group().lower().startswith("with"):
                return p
            host = True
    return None


def _a_person(directory: Directory, text: str, p) -> bool:
    """Whether a name is someone's: an honorific, a first name known as a man's or a woman's, an office ("Finance
    Minister Jo Doe"), "Jo Doe is a partner at …", or a he or a she after the name in its paragraph, before anyone
    else is named ("Jo Doe started Doe Haulage in 2009 … rebuilt his desk") (not "the Prairie Sky festival", not
    "Sault Ste. Marie")."""
    return bool(p.honorific or p.gender or first_name_gender(p.name.split()[0])
                or p.role and p.role.split()[-1].lower() in TITLES or _IS_A.match(text, p.start + len(p.name))
                or not p.institution and _pronoun_after(directory, text, p)
                or any(m.group(1).lower() in TITLES or m.group(1).lower() in ROLE_NOUNS     # "Its CEO, Jo Doe,"
                       for m in re.finditer(rf"\b([\w\-]+),[ \t]+{re.escape(p.name)},", text)))


_GENDERED = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b")


def _pronoun_after(directory: Directory, text: str, p) -> bool:
    end = text.find("\n\n", p.start)
    surname = p.name.split()[-1]
    end = min([len(text) if end < 0 else end] + [at for at, q in directory.mentions
                                                 if at > p.start and surname not in q.name.split()])
    return bool(_GENDERED.search(text, p.start, end))


def _question(para: str) -> bool:
    return bool(_QUESTION.match(para)) or para.rstrip("*_ ").endswith("?") and len(para.split()) < 40
