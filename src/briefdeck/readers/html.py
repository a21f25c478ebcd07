"""Saved web pages: the article's main text and its citation metadata.

trafilatura finds the main text (dropping navigation, ads, share buttons,
comment forms and cookie banners) and the metadata: title, author, site name,
publication date and canonical URL. Nothing is ever fetched: only the HTML
string is passed on. When trafilatura finds nothing, the visible text of
``<body>`` is used instead. A standfirst (the summary under the headline)
that sits outside the article's body is put back at the top. Output: one
block per paragraph, heading, quote, list or table, blocks separated by a
blank line; list items and table rows are lines of their block.
"""
from __future__ import annotations

import codecs
import logging
import re
from copy import deepcopy
from pathlib import Path

import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from briefdeck.clean import credits
from briefdeck.core import Source, SourceError
from briefdeck.readers.text import detect, iso_date, normalise

for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).setLevel(logging.CRITICAL + 1)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# The HTML standard reads these labels as windows-1252.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Bytes to (text, encoding): a byte-order mark, then <meta charset>, then detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        return detect(data, name)
    match = _META_CHARSET.search(data[:8192])
    if match:
        label = match.group(1).decode("ascii").lower()
        encoding = "cp1252" if label in _AS_CP1252 else "utf-8" if label.startswith(("utf-16", "utf-32")) else label
        try:
            encoding = codecs.lookup(encoding).name
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: detect instead
    return detect(data, name)


def _inline(element: etree._Element, skip: tuple[str, ...] = ()) -> str:
    """The text of an element, <lb/> as a line break, whitespace collapsed per line; ``skip`` tags left out."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str) or child.tag in skip:
            pass
        elif child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _list_lines(element: etree._Element) -> list[str]:
    """One line per item; nested lists follow their item; ordered lists numbered."""
    lines, number = [], 0
    for item in element:
        if item.tag != "item":
            continue
        number += 1
        nested = [child for child in item if child.tag == "list"]
        text = " ".join(_inline(item, skip=("list",)).split())
        if text:
            lines.append((f"{number}. " if element.get("rend") == "ol" else "\u2022 ") + text)
        for child in nested:
            lines.extend(_list_lines(child))
    return lines


def _blocks(container: etree._Element) -> list[str]:
    """trafilatura's XML body as text blocks, in order."""
    blocks: list[str] = []
    for element in container:
        if not isinstance(element.tag, str):
            continue
        if element.tag == "list":
            blocks.append("\n".join(_list_lines(element)))
        elif element.tag == "table":
            rows = (" | ".join(t for cell in row if (t := " ".join(_inline(cell).split())))
                    for row in element.iter("row"))
            blocks.append("\n".join(row for row in rows if row))
        elif element.tag in ("quote", "div") and any(child.tag in ("p", "list", "head", "table")
                                                      for child in element):
            blocks.extend(_blocks(element))
        elif element.tag != "graphic":
            blocks.append(_inline(element))
        if element.tail and element.tail.strip():
            blocks.append(" ".join(element.tail.split()))
    return [block for block in blocks if block]


_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "object", "head", "select", "button")
_BLOCK = {"p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "h1", "h2", "h3",
          "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "form", "figure", "figcaption",
          "address", "hr", "fieldset", "details", "summary", "body"}
_LINE = {"li", "tr", "br", "dt", "dd", "caption"}


def visible_text(tree: etree._Element) -> str:
    """Every visible bit of text in the page body: the fallback when trafilatura finds nothing."""
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, *_DROP, with_tail=False)
    body = tree.find(".//body")
    return _element_text(body if body is not None else tree)


def _element_text(top: etree._Element) -> str:
    """The text of ``top``, a paragraph for each block."""
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        mark = "\x00" if tag in _BLOCK else "\x01" if tag in _LINE else " " if tag in ("td", "th") else ""
        parts.append(mark + (element.text or ""))
        for child in element:
            walk(child)
            parts.append(child.tail or "")
        parts.append(mark)

    walk(top)
    blocks = []
    for block in re.sub(r"\s+", " ", "".join(parts)).split("\x00"):
        lines = (line.strip() for line in block.split("\x01"))
        if block := "\n".join(line for line in lines if line):
            blocks.append(block)
    return "\n\n".join(blocks)


# "Jo Doe, Economics Reporter;": a byline's role run on after the name
_BEAT_WORDS = frozenset("senior chief staff economics business political politics health science sports city hall "
                        "courts crime education environment energy technology tech labour labor transport "
                        "transportation investigative parliamentary local national foreign arts culture climate "
                        "markets finance automotive auto legal justice weather capitol transit municipal provincial "
                        "federal state world breaking news digital video photo data agriculture housing immigration "
                        "defence defense military religion music film books style entertainment media features "
                        "opinion metro regional rural and".split())


def _without_role(author: str) -> str:
    """"Story by Jo Doe · Music; Nightlife" or "Jo Doe Economics Reporter" -> "Jo Doe"."""
    author = re.split(r"\s+[\u00b7|\u2022]\s+|;", re.sub(r"^(?:(?:story|written|words|text)\s+)?by\s+", "", author,
                                                       flags=re.I))[0]
    words = author.strip(" ,;|").split()
    if len(words) > 2 and credits.is_role(words[-1]):
        words.pop()
        while len(words) > 2 and (words[-1].strip(",").lower() in _BEAT_WORDS or words[-1].isupper()
                                  or any(c.isdigit() for c in words[-1])):
            words.pop()                                 # (the outlet before the role: "Jo Doe ESN9 Business Reporter")
    while len(words) > 2 and words[-1].isupper() and not words[-2].isupper() and not re.fullmatch(r"[IVX]+", words[-1]):
        words.pop()                                     # "Jo Doe ESN": the outlet's letters after the name ("Jo Doe III" stays)
    return " ".join(words).strip(" ,;")


_STAMP = re.compile(r"\b(?:posted|published|updated|last updated)\b[^\n:]{0,20}?:?\s*(.{6,40})", re.I)


def _stamped(tree: object) -> str:
    """The first date a "Posted:" or "Published" line of the page gives, or a byline ("By Jo Doe | Aug. 7, 2025"),
    as 2026-03-18 ("" when none does)."""
    for line in tree.itertext():                    # (each piece of text the page sets apart)
        if (m := _STAMP.search(line)) and (day := iso_date(m.group(1))):
            return day
        if line.strip().startswith("By ") and (day := iso_date(line[:120])):
            return day
    return ""


def _metadata(document: object | None, page_title: str = "") -> dict[str, str]:
    names = {"title": "title", "author": "author", "publisher": "sitename", "date": "date", "url": "url"}
    found = {key: getattr(document, attr, None) or "" for key, attr in names.items()}
    found = {key: " ".join(str(value).split()) for key, value in found.items()}
    found["author"] = _without_role(found["author"])
    # no site name of its own: trafilatura falls back on a headline; "Headline | The Ledger" names the site
    parts = re.split(r"\s+[|\u2014\u2013-]\s+", " ".join(page_title.split()))
    site = parts[-1] if len(parts) > 1 and len(parts[-1].split()) <= 6 else ""
    publisher, title = found["publisher"], found["title"]
    headline = publisher == parts[0] or bool(title) and publisher.startswith(title)
    if site and site != title and (not publisher or headline):
        found["publisher"] = site
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", found["date"]):
        found["date"] = ""
    if not found["url"].startswith(("http://", "https://")):
        found["url"] = ""
    return found


# A box the page itself marks as not the story, by a word in its class or id ("ec-ad", "sponsored-box", "partner-block",
# "newsletter-signup", "cookie-consent", "pullquote", "kicker"): gone before trafilatura looks, which keeps some of them
_NOT_STORY = re.compile(r"(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|advertising|sponsor|sponsored|promo|"
                        r"promoted|partner|advertorial|branded|newsletter|paywall|cookie|cookies|consent|outbrain|taboola|"
                        r"pullquote|pull-quote|kicker|eyebrow|(?:section|category)[-_]?(?:tag|label)|comments|commentlist|disqus|"
                        r"live[-_]?box|live[-_]?updates)(?:$|[\s_-])", re.I)
# a pull quote repeats the story's words; a kicker or section tag ("Local News") labels the section over the headline; "comments",
# "commentlist", "disqus_thread": readers' comments under the story; "live-box": a live blog's latest items beside it
_KEEP_TAGS = frozenset(("html", "head", "body", "main", "article"))
MOST_OF_THE_PAGE = 0.5      # a box holding more of the page's text than this is the page, whatever it is called


def drop_marked_boxes(tree: etree._Element) -> int:
    """Remove the elements whose class or id says they are ads, promotions, sign-up or consent boxes."""
    body = tree.find(".//body")
    total = len("".join(body.itertext())) if body is not None else 0
    gone: set[etree._Element] = set()
    dropped = 0
    for element in tree.xpath("//*[@class or @id]"):
        parent = element.getparent()
        if parent is None or any(a in gone for a in element.iterancestors()):
            continue                                   # inside a box already gone ("ec-ad__label")
        if not isinstance(element.tag, str) or element.tag in _KEEP_TAGS \
                or not _NOT_STORY.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        if len("".join(element.itertext())) > MOST_OF_THE_PAGE * total:
            continue
        if element.tail and element.tail.strip():      # the text after the box stays
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)
        gone.add(element)
        dropped += 1
    return dropped


# "<p class="standfirst">", "<h2 class="dek">": the summary a page sets under its headline
_STANDFIRST = re.compile(r"(?:^|[\s_-])(?:standfirst|dek|deck|subtitle|subhead|subheadline|sub-headline|strapline|"
                         r"summary|excerpt)(?:$|[\s_-])", re.I)
_STANDFIRST_TAGS = frozenset(("p", "h2", "h3", "div"))
# ... or its key points, listed under the headline: "<ul class="key-points">"
_KEY_POINTS = re.compile(r"(?:^|[\s_-])(?:key[\s_-]?points|key[\s_-]?takeaways|takeaways|highlights|tl-?dr)(?:$|[\s_-])", re.I)


def standfirst(tree: etree._Element, text: str) -> str:
    """The summary set under the headline, or the list of its key points, when the main text leaves it out (it
    sits outside the article's body): "" otherwise."""
    h1 = tree.find(".//body//h1")
    if h1 is None:
        return ""
    near = list(h1.itersiblings())[:4]
    parent = h1.getparent()
    if parent is not None and parent.tag in ("header", "hgroup", "div"):
        near += list(parent.itersiblings())[:4]
    flat = " ".join(text.split())
    summary, points = "", ""
    for element in near:
        names = f"{element.get('class', '')} {element.get('id', '')}" if isinstance(element.tag, str) else ""
        if not points and element.tag in ("ul", "ol") and _KEY_POINTS.search(names):
            items = [" ".join(normalise("".join(li.itertext())).split()) for li in element.iterfind("li")]
            items = [item for item in items if len(item.split()) >= 5]       # (not its "Key Points" label)
            if items and not any(item[:60] in flat for item in items):
                points = "\n\n".join(items)
        elif not summary and element.tag in _STANDFIRST_TAGS and _STANDFIRST.search(names):
            found = " ".join(normalise("".join(element.itertext())).split())
            if 6 <= len(found.split()) <= 80 and found[:60] not in flat:
                summary = found
    return "\n\n".join(part for part in (summary, points) if part)


# "<section class="transcript">": a video's or a broadcast's transcript set beside the article, its words the story's too
_TRANSCRIPT = re.compile(r"(?:^|[\s_-])transcript(?:$|[\s_-])", re.I)
TRANSCRIPT_WORDS = 40


def transcripts(tree: etree._Element, text: str) -> str:
    """The transcripts a page sets beside its article, when the main text leaves them out: "" otherwise."""
    found: list[str] = []
    kept: list[etree._Element] = []
    flat = " ".join(text.split())
    for element in tree.iterfind(".//body//*"):
        if not isinstance(element.tag, str) or element.tag not in ("section", "div", "aside", "details") \
                or not _TRANSCRIPT.search(f"{element.get('class', '')} {element.get('id', '')}") \
                or any(box in kept for box in element.iterancestors()):
            continue                                    # (one inside a transcript already taken is part of it)
        box = deepcopy(element)
        etree.strip_elements(box, etree.Comment, etree.ProcessingInstruction, *_DROP, with_tail=False)
        words = normalise(_element_text(box))
        lines = [line for line in words.split("\n\n") if len(line.split()) >= 8]
        if len(words.split()) >= TRANSCRIPT_WORDS and lines and not any(" ".join(line.split())[:60] in flat for line in lines):
            found.append(words)
            kept.append(element)
    return "\n\n".join(found)


def read(path: Path, source_id: str) -> Source:
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(f"{path.name}: the file is empty", hint="add a file that has text in it")
    markup, encoding = decode_html(data, path.name)
    markup = _XML_DECL.sub("", markup, count=1)
    try:
        tree = load_html(markup)
        if tree is None:
            tree = load_html(f"<html><body><div>{markup}</div></body></html>")  # a bare fragment
        if tree is None:
            raise ValueError("no HTML found")
        boxes = drop_marked_boxes(tree)
        document = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            include_links=False, include_formatting=False, deduplicate=False, output_format="python")
        body = getattr(document, "body", None)
        text, extraction = ("\n\n".join(_blocks(body)) if body is not None else ""), "main text"
        summary = standfirst(tree, text) if text.strip() else ""
        if summary:                                     # set under the headline, outside the article's body
            text = f"{summary}\n\n{text}"
        beside = transcripts(tree, text) if text.strip() else ""
        if beside:                                      # a video's transcript, beside the article's body
            text = f"{text}\n\n{beside}"
        if not text.strip():
            document = trafilatura.extract_metadata(deepcopy(tree))
            text, extraction = visible_text(tree), "visible text"
    except (SourceError, ImportError):
        raise
    except Exception as exc:  # lxml and trafilatura raise many kinds; the user needs only one
        raise SourceError(f"{path.name}: not a readable HTML page ({type(exc).__name__}: {exc})",
                          hint="open it in a browser and save it again as a complete web page") from None
    text = normalise(text).strip()
    if not text:
        raise SourceError(f"{path.name}: the page has no readable text",
                          hint="save the page after it has loaded, or copy its text into a .txt file")
    title_element = tree.find(".//title")
    meta = _metadata(document, title_element.text or "" if title_element is not None else "")
    if meta["date"].endswith("-01-01"):              # a year alone ("© 2026") read as 1 January: the page's own
        meta["date"] = _stamped(tree) or meta["date"]     # "Posted: Mar. 18, 2026" says the day
    return Source(id=source_id, path=path.name, text=text, title=meta["title"],
                  publisher=meta["publisher"], author=meta["author"], date=meta["date"], url=meta["url"],
                  extra={"encoding": encoding, "extraction": extraction, "dropped_boxes": boxes})
