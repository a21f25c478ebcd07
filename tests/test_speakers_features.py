"""Who says what in a feature: a "she" several paragraphs on, past bodies and places that no one is, or after the
story goes back to the scene it opened on; a title that is not part of a name; a role named before; a guest
labelled in full once and by a first name after. Each scene is a few paragraphs of our own, with who said each
quotation."""
from __future__ import annotations

import pytest

from briefdeck.core import Source
from briefdeck.extract import extract, quotes


def speakers(text: str) -> dict[str, str]:
    """Each quotation's words (without the comma that ends them) and who said them."""
    return {text[q.start:q.end].rstrip(","): q.speaker for q in quotes.find(text)}


SCENES = [
    pytest.param(
        ("PLATTSBURGH, N.Y. — By the time Ines Morales-Kuyper got to car 61, someone had chalked its number on the "
         "door.\n\nMorales-Kuyper, 44, is a lead assembler at the plant of Larchfield Rail Vehicles, which builds car "
         "bodies in Thunder Bay. Over the next three weeks she and her crew will wire the car before it is shipped "
         "to Valley Metro in Phoenix.\n\n“People forget this town was almost nothing after the base closed,” she said. "
         "“These plants are why my kids stayed.”\n\nEach car body carries a duty of 50 per cent on its steel, which "
         "Larchfield says adds about US$160,000 per car.\n\n“I’ve met some of the Thunder Bay crews, and they’re "
         "good,” she said.\n"),
        {"People forget this town was almost nothing after the base closed": "Ines Morales-Kuyper",
         "I’ve met some of the Thunder Bay crews, and they’re good": "Ines Morales-Kuyper"},
        id="a_she_goes_past_a_body_shipped_to_and_a_firms_first_word_to_the_woman_the_story_is_about"),
    pytest.param(
        ("Gurdeep Kaur-Lindqvist, 38, a makeup artist in Chelmsford, said she now trains younger artists.\n\n"
         "A spokesperson for the Ministry of Tourism, Culture and Gaming said the province was reviewing its "
         "options.\n\nAt her kitchen table, the makeup artist keeps every call sheet she has worked on.\n\n“I used "
         "to say this was the best-kept secret in the business,” she said.\n"),
        {"I used to say this was the best-kept secret in the business": "Gurdeep Kaur-Lindqvist"},
        id="the_last_words_of_a_ministrys_name_are_no_one_who_speaks"),
    pytest.param(
        ("CHAMPLAIN — Renata Kowalski-Diop stands at the dock with a clipboard.\n\n“Two months ago I had three "
         "clients,” Kowalski-Diop said.\n\nTown Supervisor Dale Ashby-Nwosu said residents have complained about "
         "trucks.\n\n“We're a small town with small roads,” Ashby-Nwosu said.\n\nThe warehouse owner scans each "
         "box. She has heard the same story dozens of times.\n\n“I tell every one of them the same thing: this is a "
         "bridge,” she said.\n"),
        {"We're a small town with small roads": "Dale Ashby-Nwosu",
         "I tell every one of them the same thing: this is a bridge": "Renata Kowalski-Diop"},
        id="a_town_supervisor_is_a_title_and_the_warehouse_owner_she_is_the_woman_named_first"),
    pytest.param(
        ("I think about customs now.\n\nWhen I described this to Priyanka Haddad-Lind, who runs seller policy at "
         "Makerlane, she was not surprised. “The sellers who prepaid duties have lost far fewer customers,” she "
         "said.\n"),
        {"The sellers who prepaid duties have lost far fewer customers": "Priyanka Haddad-Lind"},
        id="a_she_in_the_sentence_that_names_her_after_a_preposition_is_her_when_no_one_came_before"),
    pytest.param(
        ("Ana Ruiz-Bell runs the bakery on the corner. “Some weeks I don't get paid,” she says.\n\n"
         "Further north, the window of Kostas Bridal still holds the ivory gowns. Maria Kostas's parents opened "
         "the shop in 1971; she has run it since 2006.\n\n“Half my customers bring a dress from overseas and ask "
         "me to make it fit,” she says.\n"),
        {"Half my customers bring a dress from overseas and ask me to make it fit": "Maria Kostas"},
        id="a_she_after_a_possessive_name_and_a_shop_named_for_the_family_is_the_woman"),
    pytest.param(
        ("INGERSOLL, Ont. — On the left of the legal pad, in Jovana Petrov-Ezeudu's printing, is what comes in: her "
         "husband Curtis's employment insurance, $2,870 a month.\n\nCurtis Ezeudu, 41, has built vans at the plant "
         "for 14 years.\n\nCurtis, for his part, spends his mornings at the union hall. “Everybody says the line "
         "will come back. I hope so,” he said.\n"),
        {"Everybody says the line will come back. I hope so": "Curtis Ezeudu"},
        id="a_husband_named_by_his_first_name_before_his_full_name_is_the_man_named_in_full"),
    pytest.param(
        ("ALBURGH, Vt. — Theodora Quagraine-Lind taps about 4,200 trees. Last month the commission approved the "
         "Richelieu–Champlain Connector, a 1,000-megawatt line that will cross the border at Alburgh.\n\n"
         "“When they first came, I said no,” she said.\n"),
        {"When they first came, I said no": "Theodora Quagraine-Lind"},
        id="a_thing_set_off_after_a_name_with_its_size_is_no_ones_role"),
    pytest.param(
        ("YARMOUTH — The ovens in the narrow bakery on Quay Street are lit by four, and Odile Prasad-Kerr has the "
         "first trays of rolls out before the ferry crew comes in.\n\n“I sell to the boat, and the boat sells "
         "to Maine,” Prasad-Kerr said.\n\nFlour bought across the border now costs the shop about 18 per cent more.\n\n"
         "Wenonah Castellanos-Reid, who chairs the county's small-business council, said members had seen "
         "similar increases since spring.\n\nBack on Quay Street, the morning rush is over. The last tray cools "
         "by the window.\n\n“If the ferry stops, so do I,” she said.\n"),
        {"If the ferry stops, so do I": "Odile Prasad-Kerr"},
        id="a_she_after_the_story_goes_back_to_its_opening_scene_is_the_woman_of_that_scene"),
    pytest.param(
        ("HALIFAX — On the wharf at Sambro, Tarek Oyelaran-Bligh is hosing down his boat.\n\n“Nobody is buying "
         "lobster at this price,” he said.\n\nMarguerite Esposito-Lund, who runs a seafood exporter in Dartmouth, "
         "said orders from Boston were down a third.\n\nBack on the wharf at Sambro, the traps are stacked.\n\n"
         "“We are holding stock we cannot move,” she said.\n"),
        {"We are holding stock we cannot move": "Marguerite Esposito-Lund"},
        id="going_back_to_a_place_where_no_one_of_that_gender_was_named_leaves_the_she_to_the_woman_named_last"),
    pytest.param(
        ("Manager Ingrid Basu-Okafor said the mill had cut its night shift in May.\n\n“We kept everyone, but "
         "on four days,” Basu-Okafor said.\n\nTamsin, 27, a sawyer, said her pay had fallen by a fifth.\n\n"
         "The mill has run since 1961, when the manager's grandfather bought it, and she has never closed it "
         "for a season.\n\n“I am not going to be the one who does,” she said.\n"),
        {"I am not going to be the one who does": "Ingrid Basu-Okafor"},
        id="a_she_after_the_role_a_woman_was_named_with_is_that_woman_not_the_woman_named_last"),
    pytest.param(
        ("Pharmacist Ravindra Osei-Lindgren said the shelves had been bare since Monday.\n\n"
         "At a second store, the pharmacist on duty, Ciaran Mbeki-Holm, said the limit went up this week.\n\n"
         "“People are buying for their neighbours too,” he said.\n"),
        {"People are buying for their neighbours too": "Ciaran Mbeki-Holm"},
        id="a_role_set_off_before_a_name_is_that_name_not_the_one_named_with_the_role_before"),
    pytest.param(
        ("LEVIS — Solange keeps the ledger on the counter of the repair garage her father opened in 1974.\n\n"
         "“Parts that took two days now take two weeks,” said Solange, 58, who has run it since 2009.\n\n"
         "Delphine Abara-Nystrom, who manages a parts depot in Quebec City, said orders from the United States "
         "now wait at the border for customs checks.\n\n"
         "Back at the repair garage, across from the Harbourview Diner, the last car of the day is on the "
         "hoist.\n\n"
         "“I will not close. But I will not hire either,” she said.\n"),
        {"I will not close. But I will not hire either": "Solange"},
        id="going_back_to_a_place_named_in_the_opening_scene_past_a_diners_name_finds_the_woman_of_that_scene"),
    pytest.param(
        ("Marisol Dubois-Anand has owned the Lakeview Grill for 14 years. She said the trucks are fewer.\n\n"
         "On Queen Street East, the lunch crowd has thinned too.\n\n"
         "“I used to need three cooks on a Friday,” she said.\n\n"
         "Speaking in Ottawa, the Minister for Rural Affairs and the Islands Aoife Kilbride-Mensah said help "
         "would come.\n\n"
         "“We are hearing every one of these owners,” she said.\n\n"
         "For Gurcharan, 44, a long-haul driver from Brampton, most of the wait is unpaid.\n\n"
         "“I sat four hours yesterday and got paid for two,” he said.\n"),
        {"I used to need three cooks on a Friday": "Marisol Dubois-Anand",
         "We are hearing every one of these owners": "Aoife Kilbride-Mensah",
         "I sat four hours yesterday and got paid for two": "Gurcharan"},
        id="a_business_after_the_and_a_street_with_its_direction_are_no_one"),
    pytest.param(
        ("Tavish Okonjo-Lindqvist, 43, works nights at the cell plant.\n\nHis wife, Nomvuyo, is a teacher at a "
         "school in Forest Glade. At their kitchen table, she had the budget open on a laptop.\n\n"
         "“We are fine for now, but the mortgage renews next year,” she said.\n"),
        {"We are fine for now, but the mortgage renews next year": "Nomvuyo"},
        id="a_wife_named_by_a_first_name_no_table_knows_is_the_she_who_speaks_after"),
    pytest.param(
        ("KINGSTON — Wilhelmina Ostrowski-Adjei keeps a list of missing drugs on a board beside the dispensary at "
         "Princess Street Pharmacy.\n\n“The board used to be empty by Friday,” said Ostrowski-Adjei, who has owned "
         "the shop since 2012.\n\nA ministry spokesperson, Ifeoma Laurent-Baptiste, said the limits were temporary."
         "\n\nBack behind the dispensary counter on Princess Street, the board had a new name by noon.\n\n"
         "“Every name on it is a phone call I have to make,” she said.\n"),
        {"Every name on it is a phone call I have to make": "Wilhelmina Ostrowski-Adjei"},
        id="going_back_behind_a_counter_or_to_a_place_on_a_day_finds_the_woman_the_story_opened_on"),
    pytest.param(
        ("The liquor board has stopped selling American bourbon.\n\nCaoimhe Duchesne-Rao, who runs a bar in "
         "Wolfville, said sales held up.\n\nTaavi, a line cook at a pub in Kentville, said the bar ran out in "
         "August.\n\n“Nobody asks for the bourbon any more,” he said.\n"),
        {"Nobody asks for the bourbon any more": "Taavi"},
        id="a_first_name_no_table_knows_set_off_by_a_job_at_the_start_of_a_sentence_is_someone"),
    pytest.param(
        ("The smelter added a night shift in June.\n\nCouncillor Bartholomew Okafor-Lindqvist said the town had asked "
         "for a meeting.\n\nOn the night crew, Vasanthakumar, a millwright who moved from Timmins for the job, said "
         "nobody had promised anything past March.\n\n\u201cThey were honest that it could end any week,\u201d he "
         "said.\n"),
        {"They were honest that it could end any week": "Vasanthakumar"},
        id="a_first_name_no_table_knows_set_off_by_a_trade_after_the_scene_is_the_he_not_the_man_named_before"),
    pytest.param(
        ("My hay is still in the yard, and I wanted to know if I was alone.\n\nI phoned Ottoline Braithwaite-Osei, "
         "who runs the forage co-op near Rosetown, to ask.\n\n\u201cYou are not alone, you are just the first to "
         "say it out loud,\u201d she said.\n\nThe general manager of a feed store on Tarquin Road, who asked not to "
         "be named, said orders were down by half.\n\n\u201cPeople are waiting to see what March brings,\u201d he "
         "said.\n"),
        {"You are not alone, you are just the first to say it out loud": "Ottoline Braithwaite-Osei",
         "People are waiting to see what March brings": ""},
        id="a_name_no_table_knows_set_off_by_who_is_the_she_after_it_and_a_street_with_who_after_it_is_no_one"),
    pytest.param(
        ("Keep the ferries, sell the jets\n\nMargaret Ellery-Asante\nPublished March 3, 2026\n\nI have argued this "
         "before, and Margaret Ellery-Asante has been wrong before, my editor likes to remind me.\n\nWhen I called "
         "Beatrix Nwosu-Hallgren, who builds hull sections in Pictou, she did not hesitate. \u201cGive us ten years "
         "of steady orders and we will hire 300 people,\u201d she told me.\n"),
        {"Give us ten years of steady orders and we will hire 300 people": "Beatrix Nwosu-Hallgren"},
        id="the_one_a_columnist_called_is_the_she_of_the_sentence_that_names_her_not_the_columnist"),
    pytest.param(
        ("OSHAWA — Marisol, 44, who sews seat covers on the night line, said the letter came on Friday.\n\n"
         + ("The plant employs 900 people on two shifts, and the company has not said when the second will return. The plant employs 900 people on two shifts, and the company has not said when the second will return. The plant employs 900 people on two shifts, and the company has not said when the second will return.\n\nForeman Desmond Achterberg said he had never seen a quieter week. \u201cNobody knows anything,\u201d "
            "he said.\n\n") * 8 +
         "\u201cI made a list of every bill on the fridge,\u201d she said.\n"),
        {"I made a list of every bill on the fridge": "Marisol"},
        id="a_she_far_past_any_reach_is_the_one_woman_the_story_named"),
    pytest.param(
        ("The plant gate empties at three.\n\nAt the Lionel Road Grill, across from the gate, owner Baptiste "
         "Okafor-Lindahl said the lunch trade was half of his weekday business.\n\n\u201cIf they cut a shift, I cut "
         "a cook,\u201d he said.\n"),
        {"If they cut a shift, I cut a cook": "Baptiste Okafor-Lindahl"},
        id="a_diner_named_for_a_street_with_a_first_name_is_a_place_and_not_the_he"),
    pytest.param(
        ("SHEDIAC — Lucienne keeps her hours in a notebook in the pocket of her apron.\n\n“Last spring I had 400 by "
         "now,” said Lucienne, 61, who has packed crab at the Pointe plant for 22 years.\n\nThe province\u2019s "
         "fisheries minister, Colette Arbour-Nakamura, said she had written to Ottawa.\n\nAt the end of the shift, "
         "Lucienne closed the notebook and put it back.\n\n“I will come back next year if they call me,” she said.\n"),
        {"I will come back next year if they call me": "Lucienne"},
        id="a_woman_named_by_her_first_name_alone_is_the_she_after_the_sentence_that_names_her_again"),
    pytest.param(
        ("SELKIRK — Rosalind has stitched seat covers at Red River Trim for nine years.\n\n“They told us on Friday,” "
         "said Rosalind, 39. “No one said for how long.”\n\nThe plant manager, Dolores Fenwick-Abe, said orders from "
         "Minnesota had fallen by half.\n\nBack on the cutting floor before the end of her shift on Friday, she "
         "finished one last cover.\n\n“Maybe it goes to a store, maybe it sits in a box,” she said.\n"),
        {"Maybe it goes to a store, maybe it sits in a box": "Rosalind"},
        id="going_back_to_a_place_never_written_before_is_going_back_to_the_opening_scene"),
    pytest.param(
        ("The layoff was the talk of the Mill Street Diner on Monday. Henriette Obi-Lachance, who has owned the diner "
         "since 2009, said half her regulars work at the plant.\n\nCorwin Vasquez-Hale, owner of Lakeside Boats, "
         "said he would keep his staff.\n\nThe union\u2019s Sandrine Dube-Moss said the local would meet.\n\n"
         "Back at the diner, as the rush thinned, the owner stood at the window.\n\n“They always come back in the "
         "spring,” she said.\n"),
        {"They always come back in the spring": "Henriette Obi-Lachance"},
        id="going_back_to_the_diner_where_the_owner_stood_is_the_woman_who_owns_it_not_the_other_owner"),
    pytest.param(
        ("Ngozi Hurley-Baptiste, 58, waits each night for the plant to call.\n\nHer husband, Tunde Baptiste, came "
         "from Lagos in 1990 and met her at a dance in Carbonear. Their budget, he said, was built around her "
         "season.\n\n\u201cWe plan the whole winter on that number,\u201d he said.\n"),
        {"We plan the whole winter on that number": "Tunde Baptiste"},
        id="her_husband_named_after_a_comma_is_a_man_whatever_the_table_knows_of_his_first_name"),
    pytest.param(
        ("MIRABEL — Solange Tremblay-Achebe packs her lunch at 9:40 p.m. out of habit.\n\n“I still wake at three,” "
         "Ms. Tremblay-Achebe said.\n\nCamions Ravelle has said no permanent job cuts are planned. The company will "
         "review its schedule in January.\n\nNear midnight, she turned off the kitchen light.\n\n“When they call us "
         "back, I'll go straight back to nights,” she said.\n"),
        {"When they call us back, I'll go straight back to nights": "Solange Tremblay-Achebe"},
        id="a_quebec_firm_named_for_its_trade_is_no_she"),
    pytest.param(
        ("STRATFORD — Wilma Achterberg-Nkosi has run the knitting floor at Avon Mills since 1998.\n\nUp the road, "
         "Perth Hosiery, which makes wool socks, has also cut a shift.\n\n“We have been here since 1947 and we "
         "intend to see 2047,” she said.\n"),
        {"We have been here since 1947 and we intend to see 2047": "Wilma Achterberg-Nkosi"},
        id="a_firm_followed_by_which_is_no_she"),
    pytest.param(
        ("JAY, Vt. — Two winters ago, Roxane could not find a free stool in her diner by 7:30 a.m.\n\nThis winter, "
         "diners and motels are quiet.\n\n“I've never had a January like this,” said Roxane, 52, who has run "
         "the diner for 19 years.\n\nThe resort's "
         "marketing director, Marisela Okwuosa-Grady, said bookings fell 30 per cent.\n\nBack at the diner, the owner "
         "has trimmed her hours.\n\n“They send me messages saying they miss the pancakes,” she said.\n"),
        {"They send me messages saying they miss the pancakes": "Roxane"},
        id="going_back_to_the_diner_is_where_the_first_name_opened_not_the_word_diners"),
    pytest.param(
        ("“This year, not one of them booked,” said Ngaio Paquette-Lind, 44, an instructor at Mont Orford.\n\nShe "
         "paused, pulling off a glove to check the afternoon schedule.\n\n“I understand it. I'm not angry. I just "
         "miss them.”\n"),
        {"I understand it. I'm not angry. I just miss them.": "Ngaio Paquette-Lind"},
        id="a_quotation_alone_after_a_paragraph_that_only_says_she_paused_is_hers"),
    pytest.param(
        ("The SAQ removed 1,200 American products in March.\n\nThe SAQ did not say whether they would return. In a "
         "statement, a spokesperson said the corporation was “acting on the government's instructions” and would "
         "“keep reviewing the list every quarter.”\n"),
        {"keep reviewing the list every quarter.": "a spokesperson for the SAQ"},
        id="a_spokesperson_after_a_sentence_that_opens_on_a_bodys_acronym_speaks_for_it"),
    pytest.param(
        ("Extraction lines are running short shifts across the region.\n\nIn Swan River, Gulnora, 31, who came on a "
         "seasonal permit and stayed, said her week had gone from five days to three.\n\n“In August there are not "
         "enough hands. Now there is not enough honey to move,” she said.\n\nThe co-operative's manager, Ottilie "
         "Brandt-Nwosu, said it would add shifts when buyers return.\n"),
        {"In August there are not enough hands. Now there is not enough honey to move": "Gulnora"},
        id="a_first_name_unknown_to_the_tables_with_an_age_after_a_scene_setting_phrase_is_someone"),
    pytest.param(
        ("Quotes\n\n“Prairie honey is among the best in the world, and our producers deserve buyers who pay for it.”"
         "\n- The Honourable Philippa Van Houten-Mbeki, Minister of Agriculture, Government of Saskatchewan\n"),
        {"Prairie honey is among the best in the world, and our producers deserve buyers who pay for it.":
         "Philippa Van Houten-Mbeki"},
        id="a_release_quote_signed_by_the_honourable_keeps_a_surname_that_opens_on_van"),
]


@pytest.mark.parametrize("text,expected", SCENES)
def test_each_quotation_of_a_scene_is_given_to_the_one_the_story_means(text, expected):
    found = speakers(text)
    assert {words: found.get(words) for words in expected} == expected


def test_a_guest_labelled_in_full_over_a_first_turn_and_by_a_first_name_after_answers_under_both():
    text = ("THE SMALL BATCH — episode 12\n\nRosalind Adeyemi-Thorne -- Host\nWelcome to The Small Batch. Today, "
            "parcels.\n\nRavinder Tessier-Obi -- Licensed customs broker, Obi Trade Services\nMost Canadian handmade "
            "goods are still duty-free, because they qualify under the trade agreement.\n\nRosalind: So what should a "
            "maker actually do?\n\nRavinder: Three options, really. Prepay the duties, consolidate your parcels, or "
            "open a warehouse across the border.\n\nRosalind: Thanks, Ravinder.\n")
    found = {sn.anchor.exact: sn.speaker for sn in extract(Source(id="s", path="s.txt", text=text))
             if sn.kind == "quote"}
    assert found["Three options, really. Prepay the duties, consolidate your parcels, or open a warehouse across "
                 "the border."] == "Ravinder Tessier-Obi"
