"""Write src/briefdeck/extract/first_names.tsv: first names that are given almost only to women or to men.

The source is the name-gender table of the nomquamgender package (MIT licence, reference data compiled
from 36 sources of given names with gender counts). A name is kept when at least 3 of those sources
and 200 people carry it, at least 90% of them are of one gender (the package's own default
threshold), and it is not mostly an English word: the table lists words that some people are named
("Art", "King", "Muslim"), so a name goes unless the number of people carrying it, as a power of ten,
is at least the word's Zipf frequency in English text (wordfreq). The extractor uses the list only
to tell "he" from "she" when it resolves a pronoun, after its own shorter hand-made lists.

    pip install nomquamgender==0.1.4 wordfreq==3.1.1 && python tools/make_first_names.py
"""
from __future__ import annotations

import json
import math
import re
from importlib.util import find_spec
from pathlib import Path

MIN_SOURCES, MIN_PEOPLE, SURE = 3, 200, 0.9
_PLAIN = re.compile(r"^[a-z][a-z'\-]*[a-z]$")
OUT = Path(__file__).resolve().parents[1] / "src" / "briefdeck" / "extract" / "first_names.tsv"


def main() -> None:
    from wordfreq import zipf_frequency

    package = Path(find_spec("nomquamgender").origin).parent          # its data, without importing pandas
    data = json.loads((package / "name_data.json").read_text(encoding="utf-8"))
    rows = []
    for name, (sources, people, share_female, *_rest) in data.items():
        if sources < MIN_SOURCES or people < MIN_PEOPLE or not _PLAIN.match(name) \
                or math.log10(people) < zipf_frequency(name, "en"):
            continue
        if share_female >= SURE:
            rows.append(f"{name}\tf")
        elif share_female <= 1 - SURE:
            rows.append(f"{name}\tm")
    head = ("# first name<TAB>f or m; made by tools/make_first_names.py from the nomquamgender 0.1.4 name data\n"
            "# (MIT licence, reproduced in first_names.LICENSE)\n")
    OUT.write_text(head + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")


if __name__ == "__main__":
    main()
