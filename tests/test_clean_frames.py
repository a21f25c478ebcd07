"""The frame around a story on the pages news comes in: a video player's and a live blog's controls, a wire
page's foot, a hearing's status lines, a release's contact block, a byline set in Markdown, a testimonial
advert that closes on a linked button, and a Spanish-language site's frame around a story in English. Each
goes; the story around it stays. Every fixture is written for these tests."""
from __future__ import annotations

from briefdeck.clean import clean

LEAD = ("Riverbend Coach said Tuesday it will lay off 140 of the 600 people who build its city buses in Brandon, "
        "as two U.S. transit agencies cancelled orders over the steel tariff.")
MORE = ("The company said the cuts would take effect in March and that it hoped to recall most of the workers if "
        "the orders come back before the end of the year.")


def _kept(page: str) -> str:
    cleaned = clean(page).text
    assert LEAD in cleaned and MORE in cleaned
    return cleaned


def test_a_video_players_frame_and_a_live_blogs_controls_go_even_run_together():
    page = (f"Now Playing\n\n0:00 / 2:41\n\nAd \u00b7 0:15 \u00b7 Your video will play after this ad\n\n{LEAD}\n\n"
            f"Auto-update onNewest first\n\nPinned\n\nOldest first\n\n{MORE}\n\n"
            "The shift change runs from 6:00 / 7:00 depending on the line.\n")
    cleaned = _kept(page)
    for gone in ("Now Playing", "0:00 / 2:41", "Your video will play", "Auto-update", "Pinned", "Oldest first"):
        assert gone not in cleaned, gone
    assert "6:00 / 7:00 depending on the line" in cleaned          # a time range in a sentence stays


def test_a_wire_pages_links_and_foot_go():
    page = (f"Purchase Licensing Rights, opens new tab\n\nReporting from Thunder Bay, Ont.\n\n{LEAD}\n\n{MORE}\n\n"
            "To contact the reporter on this story:\n\nIona Petrakis in Winnipeg at ipetrakis@wirehouse.example\n\n"
            "To contact the editors responsible for this story:\n\n"
            "Terms of Service | Do Not Sell or Share My Personal Information | Trademarks | Privacy Policy\n")
    cleaned = _kept(page)
    for gone in ("Licensing Rights", "Reporting from", "To contact", "ipetrakis", "Terms of Service"):
        assert gone not in cleaned, gone


def test_a_hearings_status_lines_go_and_a_sentence_about_its_transcript_stays():
    page = (f"PRELIMINARY TRANSCRIPT - SUBJECT TO REVISION\n\n{LEAD}\n\nPrepared statements of the witnesses are "
            "available on the committee website.\n\nContent in this transcript may not be accessible to all users. "
            f"Check against delivery.\n\n{MORE}\n\nThe transcript of the March hearing shows the minister agreed.\n")
    cleaned = _kept(page)
    for gone in ("PRELIMINARY", "Prepared statements", "may not be accessible", "Check against delivery"):
        assert gone not in cleaned, gone
    assert "The transcript of the March hearing shows the minister agreed." in cleaned


def test_a_releases_for_more_information_block_goes_to_the_end():
    page = (f"# Province names rail reviewer\n\n{LEAD}\n\n{MORE}\n\nThe review will report by September 30.\n\n"
            "Its findings will be made public, the minister said.\n\n**For more information, contact:**\n\n"
            "Orla Vennesland\nMinistry of Trade\nRegina\nEmail: media.trade@province.example\n")
    cleaned = _kept(page)
    for gone in ("For more information", "Orla Vennesland", "media.trade@"):
        assert gone not in cleaned, gone


def test_a_sites_menu_a_comment_count_and_a_byline_in_markdown_go():
    page = ("Search | My account\n\nNews  Local  B.C.  Business  Sports  Opinion  Obituaries  Classifieds\n\n"
            "Read 214 Comments\n\n**Halvard Okonjo**\n*Parliamentary Bureau*\n\n"
            f"By Teodora Lindqvist, City Hall bureau chief \u00b7 Updated Feb. 25, 2026, 2:41 p.m.\n\n{LEAD}\n\n{MORE}\n")
    cleaned = _kept(page)
    for gone in ("My account", "Classifieds", "214 Comments", "Halvard Okonjo", "Parliamentary Bureau",
                 "Teodora Lindqvist"):
        assert gone not in cleaned, gone


def test_a_shows_ad_break_and_a_testimonial_advert_closing_on_a_linked_button_go():
    page = (f"{LEAD}\n\n[AD BREAK] This episode of The Depot is supported by Fleetwise, the software 200 agencies "
            "use. Visit fleetwise dot com slash depot for a free demo.\n\n---\n\n"
            "\"We cut our clearance times by 38%,\" says one Windsor forwarder. See how Docklane automates "
            "certificates of origin. [Book a demo \u2192](https://docklane.example)\n\n---\n\n"
            f"{MORE}\n\n\"We will be back,\" the plant manager said. [Read the company's statement](/statement)\n")
    cleaned = _kept(page)
    for gone in ("AD BREAK", "Fleetwise", "clearance times", "Docklane"):
        assert gone not in cleaned, gone
    assert "We will be back" in cleaned                 # a quotation with a link of the story's own stays


def test_a_spanish_language_sites_frame_and_a_translation_desks_credit_go():
    page = ("Leer en espa\u00f1ol | English edition\n\nEnglish version by the Frontera Norte translation desk\n\n"
            f"{LEAD}\n\nTE PUEDE INTERESAR: Peso ends lower after remarks on auto rules\n\n{MORE}\n\n"
            "S\u00edguenos en Google News y recibe las noticias del d\u00eda.\n\n"
            "Suscr\u00edbete a nuestro bolet\u00edn de Econom\u00eda\n")
    cleaned = _kept(page)
    for gone in ("Leer en", "English version by", "TE PUEDE", "Google News", "bolet\u00edn"):
        assert gone not in cleaned, gone


def test_a_government_releases_contact_lines_and_a_small_adverts_phone_line_go():
    page = (f"{LEAD}\n\n{MORE}\n\nPublic information, contact Prairie Government Inquiry: 1-866-555-4862 or "
            "204-555-3744.\n\nMedia requests for general information, contact Communications Services: 204-555-3765.\n\n"
            "NORTHERN AUTO & MARINE - Spring tune-up special, $89.95. Call 306-555-0177.\n\n"
            "The clinic is open late on Fridays, she said. Call 306-555-0190.\n")
    cleaned = _kept(page)
    for gone in ("Public information", "Media requests", "tune-up special"):
        assert gone not in cleaned, gone
    assert "The clinic is open late on Fridays, she said." in cleaned      # someone's words with a number stay


def test_reading_times_a_records_printer_lines_a_french_newsletter_box_and_a_video_link_go():
    page = ("About a 6-minute read.\n\nEstimated listen time: 7 minutes\n\n[From the U.S. Government Publishing "
            f"Office]\n\nPrinted for the use of the Committee on Agriculture\n\n{LEAD}\n\nCopy video link\n\n"
            f"Infolettre\n\nInscrivez-vous\n\n{MORE}\n\nIt was a 10-minute read of the statement by the clerk.\n")
    cleaned = _kept(page)
    for gone in ("6-minute read", "listen time", "Publishing Office", "Printed for the use", "Copy video link",
                 "Infolettre", "Inscrivez"):
        assert gone not in cleaned, gone
    assert "10-minute read of the statement" in cleaned


def test_a_related_commentary_list_a_menu_with_an_e_edition_and_a_credit_with_a_saints_town_go():
    page = ("Subscribe | Sign in\n\nNews  Local  Business  Sports  Opinion  Obituaries  Classifieds  e-Edition\n\n"
            f"{LEAD}\n\nA truck crosses the bridge into Port Huron on Friday.\nCaleb Voss/St. Clair County Beacon\n\n"
            f"{MORE}\n\n**Related commentary**\n- [Munitions first: the case for a shell line](https://rsi.example/a)\n"
            "- [Fighter review: the questions still open](https://rsi.example/b)\n")
    cleaned = _kept(page)
    for gone in ("e-Edition", "Caleb Voss", "truck crosses", "Related commentary", "Munitions first"):
        assert gone not in cleaned, gone


def test_a_blogs_byline_with_its_filed_under_topics_is_a_byline():
    from briefdeck.clean import credits
    assert credits.is_byline("*Posted April 14, 2026 by Ian Sokolov \u00b7 Filed under: Machinery, Trade, Farm Finance "
                             "\u00b7 9 min read*")
    assert credits.is_byline("By Teodora Lind, City Hall bureau chief \u00b7 Updated Feb. 25, 2026, 2:41 p.m.")


def test_a_sites_name_and_sections_over_the_headline_go_and_the_headline_titles_the_source(tmp_path):
    from briefdeck.extract import extract_files
    page = ("Diario Frontera Norte | Nacional | Econom\u00c3\u00ada | Internacional | Opini\u00f3n | Deportes\n"
            "Leer en espa\u00f1ol | English edition\n\nECONOMY\n\nMexico will defend its car plants in the trade review, "
            f"affirms the secretary\n\n{LEAD}\n\n{MORE}\n")
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    source = extract_files([path]).sources[0]
    assert "Nacional" not in source.text
    assert source.title == "Mexico will defend its car plants in the trade review, affirms the secretary"
