"""PDFs built by hand, the way design tools and report generators write them, for the reader's tests.

Nothing here comes from a real document: the companies, people and reports are invented. Each
fixture returns the PDF's bytes and the prose a reader must keep, paragraph by paragraph, in
reading order. Text is Helvetica (a standard font every PDF reader knows), measured with the
font's own advance widths so that words drawn one by one sit where a typesetter would put them.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass, field

# Helvetica and Helvetica-Bold advance widths (1/1000 em), printable ASCII from space (32) to tilde (126).
_HELVETICA = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
              556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
              611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
              667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
              222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
         556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
         722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
         278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
         611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
WIDTHS = {"F1": _HELVETICA, "F2": _BOLD}
PAGE_W, PAGE_H = 595, 842


def width(text: str, size: float, font: str = "F1") -> float:
    table = WIDTHS[font]
    return sum(table[ord(c) - 32] if 32 <= ord(c) < 127 else 556 for c in text) * size / 1000


def pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def wrap(text: str, measure: float, size: float, font: str = "F1") -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and width(trial, size, font) > measure:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + [line] if line else lines


def line_ops(x: float, y: float, text: str, size: float, font: str = "F1", style: str = "line") -> str:
    """One line of text as content-stream operators.

    ``line``: one text object and one string, as word processors write it. ``words``: one text object per
    word at its own absolute position (design tools and report generators). ``kerned``: one TJ array per
    line with a kerning adjustment inside every word, as typesetting engines write it.
    """
    if style == "line":
        return f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td {pdf_string(text)} Tj ET\n"
    if style == "kerned":
        parts = []
        for word in text.split(" "):
            head, tail = word[:2], word[2:]
            parts.append(pdf_string(head) + (f" 12 {pdf_string(tail)}" if tail else ""))
        spaced = f" {pdf_string(' ')} ".join(parts)
        return f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td [{spaced}] TJ ET\n"
    out, at, space = [], x, width(" ", size, font)
    for word in text.split(" "):
        out.append(f"BT /{font} {size} Tf 1 0 0 1 {at:.2f} {y:.2f} Tm {pdf_string(word)} Tj ET\n")
        at += width(word, size, font) + space
    return "".join(out)


@dataclass
class Frame:
    """A column of text: paragraphs wrapped to a width, top to bottom."""

    x: float
    top: float
    measure: float
    ops: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.y = self.top

    def para(self, text: str, size: float = 10, font: str = "F1", style: str = "line", after: float = 8) -> Frame:
        leading = size * 1.3
        for line in wrap(text, self.measure, size, font):
            self.y -= leading
            self.ops.append(line_ops(self.x, self.y, line, size, font, style))
        self.y -= after
        return self

    def content(self) -> str:
        return "".join(self.ops)


class Pdf:
    """A PDF file assembled object by object: pages, form XObjects (nested at will) and images."""

    def __init__(self):
        self.objects: list = ["<< /Type /Catalog /Pages 2 0 R >>", None,
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                              "/Encoding /WinAnsiEncoding >>"]
        self.kids: list[int] = []
        self.fonts = {"F1": 3, "F2": 4}

    def add(self, body: str | bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def _resources(self, xobjects: dict[str, int] | None) -> str:
        xo = " ".join(f"/{name} {num} 0 R" for name, num in (xobjects or {}).items())
        fonts = " ".join(f"/{name} {num} 0 R" for name, num in self.fonts.items())
        return f"<< /Font << {fonts} >>{f' /XObject << {xo} >>' if xo else ''} >>"

    def _stream(self, head: str, data: bytes, compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data)
            head += " /Filter /FlateDecode"
        return self.add(f"<< {head} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream")

    def form(self, content: str, bbox=(0, 0, PAGE_W, PAGE_H), xobjects: dict[str, int] | None = None,
             matrix: tuple | None = None) -> int:
        """A form XObject holding ``content`` (and drawing ``xobjects`` if the content says so)."""
        head = (f"/Type /XObject /Subtype /Form /BBox [{' '.join(map(str, bbox))}] "
                f"/Resources {self._resources(xobjects)}")
        if matrix:
            head += f" /Matrix [{' '.join(map(str, matrix))}]"
        return self._stream(head, content.encode("cp1252"))

    def image(self, w: int = 120, h: int = 170) -> int:
        """A grey picture with darker stripes: what a scanner puts on a page."""
        rows = bytes((60 if (y // 6) % 3 == 0 and 10 < x < w - 10 else 235) for y in range(h) for x in range(w))
        return self._stream(f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                            "/BitsPerComponent 8", rows)

    def page(self, content: str, xobjects: dict[str, int] | None = None) -> None:
        contents = self._stream("", content.encode("cp1252"))
        self.kids.append(self.add(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                                  f"/Resources {self._resources(xobjects)} /Contents {contents} 0 R >>"))

    def bytes(self, info: dict[str, str] | None = None) -> bytes:
        self.objects[1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in self.kids)}] "
                           f"/Count {len(self.kids)} >>")
        trailer = ""
        if info:
            trailer = f" /Info {self.add('<< ' + ' '.join(f'/{k} {pdf_string(v)}' for k, v in info.items()) + ' >>')} 0 R"
        out, offsets = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"), []
        for number, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode()
        out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
        out += (f"trailer\n<< /Size {len(self.objects) + 1} /Root 1 0 R{trailer} >>\n"
                f"startxref\n{xref}\n%%EOF\n").encode()
        return bytes(out)


def furniture(header: str, footer: str) -> str:
    """A running header with a rule under it, and a footer: drawn on the page itself."""
    return (line_ops(50, 800, header, 8) + "0.5 w 50 794 m 545 794 l S\n"
            + line_ops(50, 30, footer, 8))


def bar_chart(x: float, y: float, title: str, categories: list[str], values: list[float], top: float,
              unit: str) -> str:
    """A column chart as a charting library draws it: axes, gridlines, bars, tick numbers, labels, legend."""
    w, h = 220, 150
    ops = [line_ops(x, y + h + 18, title, 9, "F2"), "0.5 w\n", f"{x + 30} {y} m {x + 30} {y + h} l S\n",
           f"{x + 30} {y} m {x + w} {y} l S\n"]
    for i in range(5):
        tick = top * i / 4
        ty = y + h * i / 4
        ops.append(f"0.2 w {x + 30} {ty:.1f} m {x + w} {ty:.1f} l S\n")
        ops.append(line_ops(x + 2, ty - 3, f"{tick:g}", 7))
    step = (w - 40) / len(categories)
    for i, (cat, value) in enumerate(zip(categories, values)):
        bx = x + 40 + i * step
        bh = h * value / top
        ops.append(f"0.2 0.4 0.6 rg {bx:.1f} {y} {step * 0.6:.1f} {bh:.1f} re f 0 0 0 rg\n")
        ops.append(line_ops(bx, y + bh + 3, f"{value:g}", 7))
        ops.append(line_ops(bx, y - 11, cat, 7))
    ops.append(f"0.2 0.4 0.6 rg {x + 40} {y - 28} 8 8 re f 0 0 0 rg\n")
    ops.append(line_ops(x + 52, y - 27, unit, 7))
    return "".join(ops)


# --- the fixtures --------------------------------------------------------------------------------

@dataclass
class Fixture:
    name: str
    data: bytes
    prose: list[str]                    # every paragraph a reader must keep, in reading order
    not_prose: list[str] = field(default_factory=list)    # lines a reader must drop
    title: str = ""


REPORT_TITLE = ["Corvina Freight plc", "Annual Report 2024"]
REPORT_PAGES = [
    ["Chair's statement",
     "Twenty twenty-four was the year Corvina Freight stopped being a trucking firm with a few warehouses and "
     "became a logistics network. We moved more pallets than ever, through more depots, for more customers, "
     "and we did it while bringing our emissions per tonne down for the fourth year running.",
     "Revenue rose to 412 million euros, up 9 per cent on the year before, and operating profit reached 31 "
     "million euros. The board proposes a final dividend of 6.2 cents a share, which would bring the total for "
     "the year to 9.5 cents.",
     "None of this would have happened without the 3,400 people who drive, load, plan and repair for us. In "
     "March we agreed a three-year pay settlement with the drivers' union, the first multi-year agreement in "
     "the company's history, and staff turnover in the depots fell from 24 per cent to 17 per cent.",
     "The board changed too. Annelise Vrolijk joined as senior independent director in June, bringing twenty "
     "years of experience in rail freight, and Tomas Ekberg stepped down after nine years on the audit "
     "committee. I thank him for his patient questions and his even more patient answers.",
     "Looking ahead, our priorities are unchanged: safe operations, reliable service and a balance sheet "
     "strong enough to invest through the cycle. The new depot at Zeebrugge opens in the spring, and the "
     "electric fleet will reach 120 vehicles by the end of next year."],
    ["Chief executive's review",
     "Volumes grew in every region except the Nordics, where a mild winter cut demand for heating oil "
     "deliveries. Contract logistics, our fastest growing business, added eleven new customers, among them a "
     "pharmaceutical distributor that needs temperature-controlled storage across three countries.",
     "Fuel remained our largest single cost after wages. We hedged about 60 per cent of the year's diesel in "
     "advance, which protected margins when prices rose sharply in the third quarter, and the electric trucks "
     "now cover most urban routes in Antwerp and Rotterdam.",
     "We are realistic about what is still to do. On-time delivery slipped to 94.1 per cent during the "
     "November peak, below our own target of 96 per cent, because two sorting lines at the Venlo hub failed "
     "within a week of each other. Both have been rebuilt, and a third line will be added before next peak.",
     "Our customers tell us that reliability matters more to them than price. We heard it in every survey "
     "this year, and it is why we will keep spending on maintenance, training and spare capacity even when "
     "the market is soft.",
     "Customers trust us with their goods because we treat every pallet as if it were our own, said Ruth "
     "Halvorsen, who runs the Venlo hub and has worked for the company since it had six trucks."],
    ["Financial review",
     "Group revenue increased by 34 million euros to 412 million euros. Contract logistics contributed 19 "
     "million euros of the increase and road freight 15 million euros, mostly from higher volumes rather than "
     "higher prices.",
     "Net debt at the year end was 88 million euros, or 1.4 times earnings before interest, tax, depreciation "
     "and amortisation, comfortably within our target range of one to two times.",
     "Capital expenditure was 41 million euros, of which 17 million euros went on electric vehicles and "
     "charging points and 12 million euros on the Zeebrugge depot. We expect a similar level of investment "
     "next year."],
]
CAPTION = ("Electric trucks charging overnight at the Antwerp depot, which now runs all of its city routes "
           "without diesel.")
CHART = ("Revenue by year, million euros", ["2021", "2022", "2023", "2024"], [301, 344, 378, 412], 500,
         "Group revenue")


def annual_report() -> Fixture:
    """Three pages where the prose lives in form XObjects (nested on page 2) and only the running header,
    footer and page number are page text: what a layout program exports."""
    pdf = Pdf()
    for n, (heading, *paras) in enumerate(REPORT_PAGES, 1):
        xobjects, draw = {}, []
        if n == 1:
            cover = Frame(50, 780, 495)
            for line in REPORT_TITLE:
                cover.para(line, 24, "F2", after=0)
            xobjects["Cover"] = pdf.form(cover.content())
            draw.append("/Cover Do")
        head = Frame(50, 700 if n == 1 else 780, 495).para(heading, 16, "F2")
        xobjects["Head"] = pdf.form(head.content())
        draw.append("/Head Do")
        half = (len(paras) + 1) // 2
        left = Frame(50, head.y, 235)
        for p in paras[:half]:
            left.para(p)
        right = Frame(310, head.y, 235)
        for p in paras[half:]:
            right.para(p)
        if n == 2:   # a group form holding both text frames, as a layout program nests its layers
            inner = {"ColL": pdf.form(left.content()), "ColR": pdf.form(right.content())}
            xobjects["Layer"] = pdf.form("q /ColL Do Q q /ColR Do Q\n", xobjects=inner)
            draw.append("/Layer Do")
        else:
            xobjects["ColL"] = pdf.form(left.content())
            xobjects["ColR"] = pdf.form(right.content())
            draw += ["/ColL Do", "/ColR Do"]
        if n == 3:   # the chart is a form too, drawn below the text
            xobjects["Chart"] = pdf.form(bar_chart(50, 120, *CHART))
            draw.append("/Chart Do")
        page = furniture("Corvina Freight plc  |  Annual Report 2024", f"corvina-freight.example    {n}")
        if n == 1:   # the one piece of prose drawn on the page itself: all that was kept when forms were ignored
            page += Frame(50, 140, 495).para(CAPTION, 9).content()
        pdf.page(page + "".join(f"q {d} Q\n" for d in draw), xobjects)
    prose = [" ".join(REPORT_TITLE)] + REPORT_PAGES[0] + [CAPTION] + [p for page in REPORT_PAGES[1:] for p in page]
    return Fixture("annual-report", pdf.bytes({"Title": "AR2024_final_v7.indd", "Creator": "Adobe InDesign"}),
                   prose, ["| Annual Report", "corvina-freight.example", "Group revenue\n", "301", "\n412\n"],
                   title="Corvina Freight plc Annual Report 2024")


NEWSLETTER = [
    "Quay works reach the halfway mark",
    "The rebuilding of the north quay at Marrow Point passed its halfway mark in September, the port company "
    "said, with the new sheet piling in place along 240 metres of the old stone wall.",
    "Divers inspected the foundations of the fish market in August and found them sound, which spared the "
    "project an expensive detour. The market will stay open throughout the works.",
    "Contractors now work two shifts, from six in the morning until ten at night, and residents of Harbour "
    "Row have been offered double glazing at the project's expense.",
    "The port company expects the quay to reopen to cargo ships in May, a month later than first planned, "
    "because the autumn storms kept the piling barge in shelter for eleven days.",
    "Fishing boats will return to their old berths first. The two ferries move back once the new fenders "
    "have been tested, probably in June.",
    "A public meeting on the plans for the empty coal yard is set for the town hall on the first Tuesday of "
    "next month. Plans and drawings can be seen at the library until then.",
]


def three_columns() -> Fixture:
    """A newsletter page in three columns under a heading, all drawn straight on the page."""
    head = Frame(40, 800, 515).para(NEWSLETTER[0], 20, "F2")
    columns = [Frame(40 + i * 175, head.y, 160) for i in range(3)]
    for i, para in enumerate(NEWSLETTER[1:]):
        columns[i // 2].para(para, 9.5)
    pdf = Pdf()
    pdf.page(head.content() + "".join(c.content() for c in columns))
    return Fixture("three-columns", pdf.bytes(), NEWSLETTER, title=NEWSLETTER[0])


FRAGMENTS = [
    "Tidewater Mills to close its Lochend plant",
    "Tidewater Mills will close its paper plant at Lochend by the end of next year, the company told staff on "
    "Monday, ending 130 years of papermaking in the town.",
    "The plant employs 280 people. Managing director Fenella Brodie said the company had looked for a buyer "
    "for two years without success, as demand for coated paper has halved over the past decade.",
    "The council leader, Iain Drummond, called the decision a heavy blow and asked the government to help "
    "find new uses for the site, which has its own rail siding and a hydroelectric scheme on the river.",
    "Staff will be offered jobs at the company's other mills in Perth and Carlisle, and a retraining fund of "
    "two million pounds will be set up with the local college.",
]


def fragments() -> Fixture:
    """Every word drawn as its own positioned glyph run (left column), and kerned TJ arrays (right column)."""
    head = Frame(50, 790, 495).para(FRAGMENTS[0], 18, "F2", style="words")
    left = Frame(50, head.y, 235)
    right = Frame(310, head.y, 235)
    for para in FRAGMENTS[1:3]:
        left.para(para, style="words")
    for para in FRAGMENTS[3:]:
        right.para(para, style="kerned")
    pdf = Pdf()
    pdf.page(head.content() + left.content() + right.content())
    return Fixture("fragments", pdf.bytes(), FRAGMENTS, title=FRAGMENTS[0])


CHART_PROSE = [
    "Passenger traffic at Brennock airport",
    "Brennock airport handled 2.9 million passengers last year, its busiest year so far, as two new routes "
    "to the south of Spain filled most of their seats through the winter.",
    "Growth is expected to slow. The airport's own forecast, shown below, assumes 3.1 million passengers "
    "this year and no new routes until the terminal extension is finished.",
    "Airport figures; the current year is a forecast.",
]


def chart_page() -> Fixture:
    """A page with a column chart drawn among the prose: axis numbers, bar values and labels are not prose."""
    top = Frame(50, 790, 495).para(CHART_PROSE[0], 16, "F2")
    for para in CHART_PROSE[1:3]:
        top.para(para)
    chart = bar_chart(120, top.y - 220, "Passengers, millions", ["2021", "2022", "2023", "2024", "2025"],
                      [1.1, 2.2, 2.6, 2.9, 3.1], 4, "Passengers (millions)")
    caption = Frame(50, top.y - 270, 495).para(CHART_PROSE[3], 8)
    pdf = Pdf()
    pdf.page(top.content() + chart + caption.content())
    return Fixture("chart-page", pdf.bytes(), CHART_PROSE, ["Passengers, millions", "2.9\n", "2021", "0.5"],
                   title=CHART_PROSE[0])


MINUTES = [
    ["The harbour board met on 4 March with all seven members present. The minutes of the February meeting "
     "were approved without change.",
     "The harbour master reported that the new pilot boat had completed its sea trials and would enter "
     "service in April, replacing a vessel built in 1988."],
    ["Members discussed the request from the sailing club to lease the old net loft. The board agreed to a "
     "five-year lease at the rent proposed by the valuer, with a review after two years."],
    ["The treasurer presented the accounts for the year. Income from mooring fees rose by six per cent, and "
     "the reserve fund now stands at 1.8 million pounds."],
    ["The next meeting will be held on 1 April. There being no other business, the chair closed the "
     "meeting at nine in the evening."],
]


def running_heads() -> Fixture:
    """Four pages with a running header, a footer with the date and a 'Page n of 4' number."""
    pdf = Pdf()
    for n, paras in enumerate(MINUTES, 1):
        body = Frame(50, 770, 495)
        for para in paras:
            body.para(para)
        pdf.page(line_ops(50, 810, "Marrow Point Harbour Board - Minutes", 8)
                 + line_ops(480, 810, "March 2025", 8) + body.content()
                 + line_ops(270, 30, f"Page {n} of {len(MINUTES)}", 8))
    return Fixture("running-heads", pdf.bytes(), [p for page in MINUTES for p in page],
                   ["Minutes", "March 2025", "Page 2 of 4"])


SCANNED = ["The survey team walked the whole length of the sea wall in January and found three places where "
           "the mortar has washed out. The attached photographs show each of them."]


def part_scanned() -> Fixture:
    """One page with text, then two pages that are only pictures of paper (no text layer)."""
    pdf = Pdf()
    body = Frame(50, 780, 495)
    for para in SCANNED:
        body.para(para)
    pdf.page(body.content())
    for _ in range(2):
        pdf.page("q 595 0 0 842 0 0 cm /Scan Do Q\n", {"Scan": pdf.image()})
    return Fixture("part-scanned", pdf.bytes(), SCANNED)


def scanned() -> bytes:
    pdf = Pdf()
    for _ in range(2):
        pdf.page("q 595 0 0 842 0 0 cm /Scan Do Q\n", {"Scan": pdf.image()})
    return pdf.bytes()


def undecodable() -> Fixture:
    """A line of ordinary text over ten lines in a subset font with no Unicode map (glyph ids only)."""
    pdf = Pdf()
    pdf.fonts["F9"] = pdf.add("<< /Type /Font /Subtype /Type0 /BaseFont /QXWZRT+Outlined /Encoding /Identity-H "
                              "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /QXWZRT+Outlined "
                              "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                              "/DW 500 >>] >>")
    glyphs = "".join(f"{i % 60 + 3:04x}" for i in range(70))
    readable = "The survey of the breakwater is summarised on the next pages."
    pdf.page(line_ops(50, 780, readable, 10)
             + "".join(f"BT /F9 10 Tf 50 {700 - 14 * k} Td <{glyphs}> Tj ET\n" for k in range(10)))
    return Fixture("undecodable", pdf.bytes(), [readable])


def chart_only() -> Fixture:
    """An infographic page: a headline over four charts, almost nothing but labels and numbers."""
    pdf = Pdf()
    ops = [line_ops(50, 800, "Fleet at a glance", 18, "F2")]
    for i, (x, y) in enumerate([(50, 560), (320, 560), (50, 280), (320, 280)]):
        ops.append(bar_chart(x, y, f"Vehicles, region {i + 1}", ["2021", "2022", "2023", "2024"],
                             [40 + i, 55 + i, 61 + i, 70 + i], 80, "Vehicles in service"))
    pdf.page("".join(ops))
    return Fixture("chart-only", pdf.bytes(), ["Fleet at a glance"])


FIXTURES = [annual_report, three_columns, fragments, chart_page, running_heads, part_scanned]
