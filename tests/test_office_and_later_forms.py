"""Forms met after the sets KU to LB, each in our own words: an office written out before the name of the one who
holds it ("Ambassador to the United States Jo Doe said"), which is hers, while "a spokesperson for Premier Jo Doe"
stays the spokesperson's; and "Dr. Jo Doe, our head of surgery, has been clear about …: “…”", hers."""
from __future__ import annotations

import pytest
from test_speakers_features import speakers       # each quotation's words and who said them

SCENES = [
    pytest.param(
        ("Ferry talks resume\n\nAmbassador to the United States Mireille Tanaka-Ross said the ferry talks were \"moving "
         "in the right direction\" after a meeting on Tuesday.\n\n\"We are not there yet,\" said U.S. Special Envoy for "
         "Maritime Trade Gordon Pilcher.\n\n\"The premier has nothing to add,\" said a spokesperson for Premier Alma "
         "Voss.\n\nU.S. Special Envoy for Maritime Trade Gordon Pilcher said: \"The quota is the last open item.\"\n"),
        {"moving in the right direction": "Mireille Tanaka-Ross", "We are not there yet": "Gordon Pilcher",
         "The premier has nothing to add": "a spokesperson for Premier Alma Voss",
         "The quota is the last open item.": "Gordon Pilcher"},
        id="an_office_written_out_before_the_name"),
    pytest.param(
        ("Supply memo\n\nDr. Ines Kovalenko, our head of surgery, has been clear about the rule we will work to: "
         "\u201cNo operating room changes a product without a surgeon's sign-off.\u201d\n"),
        {"No operating room changes a product without a surgeon's sign-off.": "Ines Kovalenko"},
        id="has_been_clear_after_an_aside"),
]


@pytest.mark.parametrize("text,expected", SCENES)
def test_each_quotation_is_given_to_the_one_the_story_means(text, expected):
    got = speakers(text)
    for words, who in expected.items():
        assert got.get(words) == who, (words, got)
