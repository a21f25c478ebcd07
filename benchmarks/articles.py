"""Generate a deterministic corpus of synthetic, realistically messy news articles.

Every article is composed from the templates and word lists in this file: the towns,
companies, people, ministers, outlets and numbers are invented, and no real article
text is used. The same seed always gives the same bytes, and file *i* does not depend
on how many files are generated (``--count 50`` gives the first 50 files of
``--count 1000``).

    python benchmarks/articles.py --count 1000 --out /tmp/articles --seed 7

Each article has a headline line, usually a byline, 6-14 paragraphs (plus subheadings),
figures of many shapes, direct quotes in several styles, and slogans in scare quotes.
A fraction of the files carry the mess real copied pages carry: a heading repeated,
a paragraph duplicated later on, photo captions, a paragraph broken mid-sentence by a
blank line, "Advertisement" lines, trailing comment-form/newsletter boilerplate,
straight ASCII quotes, non-breaking spaces, Windows line ends, and mojibake of two
kinds: lossy (every ‘ ’ “ ” — – became the letter "ā": "Westmarkās", " ā ",
"āquoteā") and reversible cp1252 (UTF-8 decoded as Windows-1252: "’" -> "â€™").

Note: the "cp1252" mess keeps the five bytes Windows-1252 leaves undefined (0x81, 0x8D,
0x8F, 0x90, 0x9D) as C1 control characters, as "sloppy" decoders do; so a closing
"”" (E2 80 9D) becomes "â€" plus U+009D. ftfy.fix_encoding() undoes it exactly.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

# --------------------------------------------------------------------------------------
# How often each kind of mess appears (fraction of files).
# --------------------------------------------------------------------------------------

RATES = {
    "repeated_heading": 0.15,
    "duplicated_paragraph": 0.10,
    "boilerplate": 0.30,
    "photo_caption": 0.25,
    "broken_paragraph": 0.12,
    "advertisement": 0.08,
    "ascii_quotes": 0.12,      # the whole file uses straight quotes and apostrophes
    "nbsp": 0.10,              # non-breaking spaces inside some figures
    "crlf": 0.04,              # Windows line ends
    "mojibake_lossy": 0.05,    # ‘ ’ “ ” — – all became "ā"
    "mojibake_cp1252": 0.05,   # UTF-8 bytes read as Windows-1252
}

# --------------------------------------------------------------------------------------
# Vocabulary: all invented.
# --------------------------------------------------------------------------------------

TOWNS = [
    "Kestrel Bay", "Marrowick", "Dunmere", "Fenwick Falls", "Port Halloway", "Brackenridge",
    "Lowther Crossing", "Ashgrove", "Tarrant Heights", "Corvel", "Eastwater", "New Ardmore",
    "Millbrook Junction", "Greyhaven", "Quillan Harbour", "Saint-Aurèle", "Lac-Vérendry",
    "Rivière-aux-Cèdres", "Montbrézil", "Oakhurst", "Pellham", "Stonebridge Landing", "Vantry",
    "Westerly Point", "Harrowgate Mills", "Ellisford", "Cobalt Ridge", "Sable Narrows",
    "Thornbury Flats", "Wexcombe", "Halden", "North Carrick", "Brisco Sound", "Ferrymead",
]

REGIONS = ["Westmark", "Northreach", "the Tarn Valley", "Lakeshore", "Eastmoor", "Saint-Rémi County"]

PARTNERS = [  # (name, short name, adjective, capital / metonym, currency prefix)
    ("the United States", "the US", "US", "Washington", "US$"),
    ("the United States", "the US", "American", "the White House", "US$"),
    ("the European Union", "Europe", "European", "Brussels", "€"),
    ("China", "China", "Chinese", "Beijing", "US$"),
    ("Mexico", "Mexico", "Mexican", "Mexico City", "US$"),
    ("Japan", "Japan", "Japanese", "Tokyo", "US$"),
]

FEMALE = ["Teresa", "Amara", "Helen", "Ingrid", "Mei", "Nadia", "Rosalind", "Sofia", "Fatima",
          "Claire", "Marguerite", "Yuki", "Olena", "Beatriz", "Hannah", "Aisha", "Colette", "Grace",
          "Lucía", "Priya", "Siobhan", "Renée", "Tamsin", "Ines", "Wanjiru"]
MALE = ["Owen", "Rafael", "Luc", "Tomasz", "Daniel", "Kwame", "Samuel", "Arjun", "Henrik", "Mateo",
        "Patrick", "Julien", "Desmond", "Emeka", "Viktor", "Gabriel", "Ravi", "Hugo", "Marcus",
        "Andrés", "Björn", "Callum", "Farid", "Nikolai", "Theo"]
NEUTRAL = ["Alex", "Jordan", "Sam", "Robin", "Morgan", "Casey"]
SURNAMES = [
    "Okafor", "Marchetti", "Bergeron", "Lindqvist", "Adeyemi", "Tremblay", "Haskins", "Delacroix",
    "Nakamura", "Petrova", "Sandoval", "Whitlock", "Abernathy", "Fairweather", "Gagné", "Ostrowski",
    "Varga", "Castellanos", "Achterberg", "Rourke", "Brannigan", "Sørensen", "Dubé", "Lefèvre",
    "Novak", "Quist", "Halloran", "Iwu", "Mensah", "Thorne", "Calloway", "Desrosiers", "Kaur",
    "Pham", "Ferreira", "Kowalski-Reid", "MacAulay", "O'Donnell", "Villeneuve", "Szabo", "Ekwueme",
    "Aldana", "Hargreaves", "Lachance", "Brightman", "Yilmaz", "Strand", "Coutinho", "Renwick",
]

OUTLETS = ["Kestrel Bay Courier", "The Westmark Ledger", "Harbour & Rail Weekly", "Tarn Valley Post",
           "Northreach Business Daily", "The Lakeshore Dispatch", "Eastmoor Examiner",
           "Cross-Border Trade Review", "The Ironworks Gazette", "Coastline Morning Star"]

BANKS = ["Brennan & Shaw Securities", "Northway Bank", "Ridley Capital Markets", "Harcourt Mutual",
         "Lakeshore Savings Group", "Tamber Investment Partners"]
THINK_TANKS = ["Harbourline Institute", "Calder Policy Centre", "Institute for Continental Trade",
               "Northreach Economic Forum", "Greyhaven School of Public Policy"]
UNIONS = ["United Metalworkers", "Westmark Dockworkers' Association", "Allied Energy Workers",
          "Timber and Mill Workers Union", "Federation of Transport Workers"]
PHOTO_AGENCIES = ["Getty Images", "Harbourline Photo Agency", "Northlight Pictures", "Pressfoto Westmark"]
SMALL_BUSINESSES = ["a family-owned machine shop", "a diner across from the plant gate",
                    "a trucking firm with 14 rigs", "a hardware store on Main Street",
                    "a tool-and-die shop", "a welding supply business", "a freight brokerage"]

SLOGANS = ["Buy Local", "Made Here, Kept Here", "Keep the Line Running", "Save Our Plant",
           "Fair Trade, Not Free Rides", "Build It Here", "Steel Strong", "Our Port, Our Jobs",
           "Grown in Westmark", "Shop the Valley", "One Border, One Economy", "No Tariffs on Tuesdays"]
SCARE_TERMS = ["managed transition", "temporary adjustment", "strategic pause", "reciprocal fairness",
               "friend-shoring", "supply-chain resilience", "trade realignment", "orderly wind-down",
               "national security", "rebalancing"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SMALL_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORDINALS = ["first", "second", "third", "fourth"]

# --------------------------------------------------------------------------------------
# Sectors: the nouns and units a story about each industry uses.
# --------------------------------------------------------------------------------------

SECTORS = {
    "autos": {
        "companies": ["Northgate Motors", "Ferrand Auto Parts", "Halberd Automotive", "Kessler Drivetrain"],
        "facility": "assembly plant", "facility_short": "plant", "goods": "auto parts", "product": "vehicles",
        "industry": "the auto industry", "sector": "auto", "workers": "autoworkers",
        "items": ["engine blocks", "transmissions", "pickups", "SUVs", "electric delivery vans", "seat frames"],
        "volumes": [("{m} million vehicles", "mil"), ("{n} vehicles", "k"), ("{n} engines", "k")],
        "capacity": [("{n} vehicles a year", "k"), ("{n} parts shipments a week", "h"), ("{n} engines a day", "h")],
        "headings": ["A border that used to be invisible", "Ripple through the supply chain", "The model program",
                  "Who builds what, where"],
    },
    "steel": {
        "companies": ["Calder Steelworks", "Pinecrest Aluminium", "Greyhaven Alloys", "Ironvale Metals"],
        "facility": "smelter", "facility_short": "mill", "goods": "steel and aluminium", "product": "tonnes of steel",
        "industry": "the metals industry", "sector": "steel", "workers": "steelworkers",
        "items": ["hot-rolled coil", "aluminium ingot", "rebar", "steel plate", "wire rod"],
        "volumes": [("{m} million tonnes of steel", "mil"), ("{n} tonnes of aluminium", "k"), ("{n} tonnes of rebar", "k")],
        "capacity": [("{n} tonnes a month", "k"), ("{m} million tonnes a year", "mil")],
        "headings": ["Furnaces and feedstock", "A price war at the mill gate", "The dumping question"],
    },
    "ports": {
        "companies": ["Orca Shipping Lines", "Halvorsen Logistics", "Bluewater Terminals", "Tidemark Stevedoring"],
        "facility": "container terminal", "facility_short": "terminal", "goods": "containerised cargo",
        "product": "containers", "industry": "the shipping industry", "sector": "port", "workers": "dockworkers",
        "items": ["containers", "bulk carriers", "car carriers", "grain ships", "ship-to-shore cranes"],
        "volumes": [("{n} containers", "k"), ("{m} million tonnes of cargo", "mil"), ("{n} TEU", "k")],
        "capacity": [("{n} trucks a day", "h"), ("{n} vessel calls a year", "h"), ("{n} containers a week", "k")],
        "headings": ["Empty berths", "At the gate", "The cranes fall quiet", "Where the boxes go now"],
    },
    "energy": {
        "companies": ["Brightwater Energy", "Northreach Hydro", "Cobalt Ridge LNG", "Sable Pipeline Co."],
        "facility": "refinery", "facility_short": "refinery", "goods": "oil, gas and electricity",
        "product": "barrels of crude", "industry": "the energy sector", "sector": "energy", "workers": "energy workers",
        "items": ["crude", "liquefied natural gas", "hydroelectric power", "transmission lines", "diesel"],
        "volumes": [("{m} million barrels of oil", "mil"), ("{g} terawatt-hours of electricity", "dec"),
                 ("{m} billion cubic metres of gas", "dec")],
        "capacity": [("{n} barrels a day", "k"), ("{g} gigawatts", "dec"), ("{n} megawatts", "h"),
                  ("{m} million cubic metres of gas a day", "mil")],
        "headings": ["Power lines and pipelines", "The price at the pump", "Selling electricity south"],
    },
    "farming": {
        "companies": ["Aster Grain Cooperative", "Tarn Valley Canola Growers", "Bluefin Seafoods", "Hollins Pork"],
        "facility": "processing plant", "facility_short": "plant", "goods": "farm and fish products",
        "product": "tonnes of canola", "industry": "agriculture", "sector": "farm", "workers": "farm workers",
        "items": ["canola", "durum wheat", "pork", "lobster", "lentils", "maple syrup"],
        "volumes": [("{m} million tonnes of canola", "mil"), ("{n} tonnes of lobster", "k"), ("{n} head of hogs", "k")],
        "capacity": [("{n} hogs a week", "h"), ("{n} tonnes of grain a day", "h")],
        "headings": ["In the fields", "Retaliation on the menu", "A harvest with nowhere to go"],
    },
    "lumber": {
        "companies": ["Keystone Lumber", "Westmark Timber", "Redcedar Mills", "Alder & Finch Forest Products"],
        "facility": "sawmill", "facility_short": "mill", "goods": "softwood lumber", "product": "board feet",
        "industry": "the forestry sector", "sector": "forestry", "workers": "mill workers",
        "items": ["softwood lumber", "pulp", "plywood", "wood pellets"],
        "volumes": [("{m} billion board feet", "dec"), ("{n} cubic metres of logs", "k")],
        "capacity": [("{n} truckloads a week", "h"), ("{m} million board feet a month", "mil")],
        "headings": ["The long fight over lumber", "Mill towns", "Duties and deposits"],
    },
    "batteries": {
        "companies": ["Lumen Battery Corp.", "Voltaic Cells", "Anode North", "Corvel Cathode Materials"],
        "facility": "battery plant", "facility_short": "plant", "goods": "battery cells", "product": "battery packs",
        "industry": "the battery supply chain", "sector": "battery", "workers": "battery workers",
        "items": ["cathode material", "lithium hydroxide", "battery modules", "nickel sulphate"],
        "volumes": [("{n} battery packs", "k"), ("{n} tonnes of lithium", "k")],
        "capacity": [("{g} gigawatt-hours of cells a year", "dec"), ("{n} packs a week", "h")],
        "headings": ["The gigafactory bet", "Subsidy race", "Minerals in the ground"],
    },
    "rail": {
        "companies": ["Meridian Rail", "Crossway Freight", "Borderline Trucking", "Northstar Intermodal"],
        "facility": "rail yard", "facility_short": "yard", "goods": "freight", "product": "railcars",
        "industry": "freight transport", "sector": "rail", "workers": "rail workers",
        "items": ["railcars", "truckloads", "intermodal containers", "grain hoppers"],
        "volumes": [("{m} million tonnes of freight", "mil"), ("{n} carloads", "k")],
        "capacity": [("{n} railcars a week", "h"), ("{n} trucks a day", "h")],
        "headings": ["At the crossing", "Backlog on the bridge", "Rail versus road"],
    },
}

GENERIC_HEADINGS = ["What comes next", "The numbers", "Ripple effects", "How we got here", "Counting the cost",
                    "A town holds its breath", "The view from Ottawa Street", "Winners and losers",
                    "Background", "What officials say", "Looking ahead", "Reaction"]

# --------------------------------------------------------------------------------------
# Sentence templates. {slot} names are filled by Article.slot(); see SLOTS below.
# Apostrophes are written straight and curled later for files in curly style.
# --------------------------------------------------------------------------------------

HEADLINES = [
    "{Company} to cut {jobs_n} jobs at {town} {facility_short} as tariffs bite",
    "{Town} braces for {rate_pct} tariff on {goods}",
    "Port of {town} volumes fall {pct_mid} as {partner_adj} trade cools",
    "{Partner_cap} threatens {rate2_pct} rate; {region} {workers} fear the worst",
    "Inside the {town} {facility_short} where every shift now counts",
    "{Region} unveils {money_big} plan to shield {industry_short}",
    "Tariff wall splits a {sector} economy that ran as one for {years_n} years",
    "{Workers_cap} in {town} count the cost of a trade war",
    "Why {frac} of {region}'s {goods} exports are suddenly at risk",
    "{Company} shifts production to {partner_short}, leaving {town} with empty bays",
    "Exports of {goods} {change_down} in {quarter_short}",
    "'{slogan}': {town} shops rally behind local suppliers",
    "Minister promises {money_big} for {sector} towns hit by duties",
    "{Town} {facility_short} gets a reprieve, for now",
    "The {sector} slump in {volume_short}",
    "{Region} and {partner_cap} trade barbs as {goods} pile up",
    "Analysis: what a {rate_pct} tariff really costs {town}",
    "{Company} posts {money_big} loss, blames border duties",
    "From boom to bust in {years_n} months: the story of {town}",
    "Small suppliers feel the squeeze as {Company} trims orders",
]

DEKS = [
    "Officials say relief is coming. Workers say they have heard that before.",
    "The numbers behind a town's most anxious year.",
    "A {rate_pct} duty has changed the arithmetic for plants on both sides of the border.",
    "Plant managers, economists and a minister weigh in on what happens next.",
    "{Frac_cap} of the {sector} output from {town} was shipped south last year.",
]

LEDES = [
    "{Company} will cut {jobs_site} at its {facility} in {town}, the company said on {weekday}, blaming {policy} for a slump in orders.",
    "The {facility} in {town} has run three shifts a day {duration}. From next month it will run one.",
    "{Partner_cap} imposed {tariff} on {goods} from {region} on {date}, and within a week the trucks lining up at the border crossing near {town} had thinned.",
    "Exports of {goods} from {region} fell {pct_mid} in {quarter}, the steepest drop since {year_old}, according to figures released on {weekday}.",
    "For {years_n} years, {town} has built its fortunes on {items}. This year, that bet has started to look like a liability.",
    "Provincial officials announced {money_big} in support for {sector} towns on {weekday}, days after {Company} warned that {jobs_site} were at risk.",
    "On a grey morning at the {town} {facility_short}, the parking lot is half empty, and the people who still work here know exactly why.",
    "The {rate_pct} tariff took effect at midnight. By breakfast, {Company} had told its suppliers to stop shipping.",
    "Few places are as exposed to the trade dispute as {town}, where {frac} of the workforce depends on {industry}.",
    "{Company} said on {weekday} it would move production of {items} from {town} to {partner_short}, ending a run of {years_n} years at the site.",
    "Shipments of {items} from {town} dropped to {volume} in {month} — {change_down} from a year earlier.",
    "The mood at the {town} Chamber of Commerce breakfast was grim, and the numbers on the screen explained why.",
]

FACTS = [
    "{Region} shipped {volume} last year, {frac} of it to {partner}.",
    "The company employs {jobs_plain} people in {town} and pays about {money_wages} a year in wages.",
    "Output at the {facility_short} rose {pct_small} in {year_recent} before falling {pct_mid} in the first half of this year.",
    "{Frac} of {region}'s exports of {goods} go to {partner}, according to the province's trade office.",
    "The tariff adds roughly {money_small} to the cost of each shipment, industry estimates suggest.",
    "{Industry_cap} supports {many} across the province once suppliers and services are counted.",
    "Unemployment in {town} rose to {pct_unemp} in {month}, {change_up_pp} from a year earlier.",
    "The province recorded a trade surplus of {money_big} in {year_recent}, much of it from {goods}.",
    "{Company} reported revenue of {money_big} for {quarter}, {change_down} from the same period a year earlier.",
    "The relief package includes {money_big} in loans and {money_mid} for retraining.",
    "Prices for {items} have climbed {pct_mid} since {month}, squeezing buyers on both sides of the border.",
    "{Jobs} were lost across the {sector} sector in {month} alone, official data show.",
    "The {facility_short} needs about {capacity} to break even, a level it last reached in {year_old}.",
    "The federal government has set aside {money_big} over {years_small} years for affected regions.",
    "Shipments through {town} reached {volume} in {year_recent}, a record, before the dispute began.",
    "{Frac_cap} of the inputs used in {town} cross the border at least once before the finished goods ship.",
    "The {facility_short} can handle {capacity} at full tilt — it is running well below that now.",
    "Before the dispute, the {town} {facility_short} ran at about {capacity}.",
    "In the {year_old}–{year_recent} period, output rose {pct_mid} and employment {pct_small}.",
    "Retaliatory duties of {rate2_pct} now apply to {money_mid} worth of goods from {partner}.",
    "Freight rates on the route between {town} and {town2} are {change_up} on last year.",
    "Provincial revenue from {goods} showed {drop} in {quarter}, and producers expect {rise} in costs.",
    "Exports to {partner} recorded {drop} last month, while imports showed {rise}.",
    "Investment in {industry} fell to {money_big} in {year_recent}, the lowest in {years_small} years.",
    "The {facility_short} in {town2} has been idle since {month}, idling {jobs_site}.",
    "Between {year_old} and {year_recent}, exports of {goods} to {partner} grew by {pct_big}.",
    "Wait times at the border crossing near {town} reached {hours} hours on {weekday}, compared with less than one hour before the tariffs.",
    "The rate rose from {pct_zero} to {rate_pct} in a single step, with no phase-in period.",
    "{Company}'s shares have fallen {pct_mid} since the start of the year.",
    "More than {n_suppliers} suppliers within {km} kilometres of the {facility_short} depend on its orders.",
    "The average wage at the {facility_short} is {money_small_wage} an hour, well above the regional median.",
    "One in {one_in} jobs in {town} is tied directly or indirectly to {industry}.",
    "{Region} produces {volume}, {frac_small} of national output.",
    "Household spending in {town} fell {pct_small} in {quarter}, according to the local credit union.",
    "The province estimates the tariffs will cost it {money_big} in lost output by {year_future}.",
]

BACKGROUND = [
    "For {years_n} years, {industry} on both sides of the border worked like a single machine.",
    "The {facility_short} opened in {year_old_old} and was expanded twice, most recently in {year_old}.",
    "Until {year_tariff}, most {goods} crossed the border duty-free under a continental agreement.",
    "The dispute began in {month} {year_tariff}, when {partner_cap} announced a review of imports of {goods}.",
    "{Town} has been through downturns before, most painfully in {year_old_old}, when two mills closed within a year.",
    "Trade between {region} and {partner} in {goods} was worth about {money_big} a year before the dispute.",
    "{Company} was founded in {town} in {year_old_old} and still keeps its head office on the waterfront.",
    "The last time the plant ran a single shift was in {year_old}, during a parts shortage.",
    "A {facility_short} built in {year_old} was meant to anchor the town's economy {duration_future}.",
    "The town's population has hovered around {pop} {duration_long} as younger residents left for the cities.",
    "{Partner_cap} and the federal government have argued over {goods} {duration}.",
    "The port was dredged in {year_old} so that larger ships could call, at a cost of {money_big}.",
    "Previous rounds of duties, in {year_old_old} and {year_old}, were lifted after long negotiations.",
]

CONTEXT = [
    "{Partner_cap} says the tariffs are needed to protect its own producers, a claim {region} officials reject.",
    "Trade lawyers expect the dispute to reach a panel under the continental agreement, a process that can take {years_small} years.",
    "Economists warn against reading too much into a single month of data.",
    "The federal government has launched a legal challenge, but few in {town} expect a quick result.",
    "Officials in {partner_cap} have threatened to raise the rate to {rate2_pct} if talks fail.",
    "The province has cut some incentives for {partner_adj}-owned companies and tied new support to jobs at home.",
    "The dispute comes as the wider economy slows, with interest rates still above {pct_small}.",
    "Both sides say they want a deal. Neither has said what it would give up to get one.",
    "The next round of talks is scheduled for {month}, officials said.",
    "Industry groups have asked for the relief money to be paid out within {days} days.",
    "Opposition members called the package too little, too late.",
    "Under the plan, companies that keep production in the province can claim a tax credit of up to {pct_small} of their payroll.",
]

IMPACT = [
    "At the diner across from the plant gate, lunch traffic is down by half, the owner says.",
    "Suppliers feel each lost shift within days, because they ship to the line just in time.",
    "Trucking firms along the highway report fewer loads and longer waits at the border.",
    "Some workers have already left for jobs in the west, and the high school expects smaller classes next fall.",
    "Real estate agents say listings in {town} have jumped since the spring.",
    "The food bank in {town} has seen requests rise {pct_mid} since {month}.",
    "Local councillors have postponed a new arena, citing uncertainty over the tax base.",
    "Shifts have been cut from five days to four, and overtime has disappeared.",
    "Several small shops near the {facility_short} have shortened their hours.",
    "Union officials say about {jobs_plain} members are on temporary layoff.",
    "In {town2}, an hour's drive away, a smaller {facility_short} has already closed.",
    "Apprenticeship programs at the community college have been paused.",
]

OUTLOOK = [
    "The company will decide by {month} whether to keep the second line open.",
    "Talks are expected to resume after the summer, but no date has been set.",
    "Analysts expect exports to recover only slowly, even if the tariffs are lifted.",
    "A final decision on the relief package is due before the end of {quarter}.",
    "Whatever happens in {partner_cap}, few here expect the old arrangement to return.",
    "For now, the {facility_short} runs, the trucks roll, and {town} waits.",
    "The province says it will publish updated job figures in {month}.",
    "If the rate rises to {rate2_pct}, the company says, the calculation changes entirely.",
    "Economists say the next {months_small} months will show whether the damage is lasting.",
]

SLOGAN_SENTENCES = [
    "Shops along Main Street have put up signs reading \u201c{slogan}\u201d in their windows.",
    "The province's new \u201c{slogan}\u201d campaign will spend {money_mid} on advertising.",
    "Officials describe the cuts as a \u201c{scare}\u201d rather than a closure.",
    "Lawn signs with the slogan \u201c{slogan}\u201d have appeared across {town}.",
    "{Partner_cap} calls its policy \u201c{scare},\u201d a phrase that draws laughter at the union hall.",
    "What the company calls \u201c{scare}\u201d has meant {jobs_site} gone in {years_small} years.",
    "Stickers reading \u201c{slogan}\u201d are now on the bumpers of half the pickups in the lot.",
    "The so-called \u201c{scare}\u201d has done little to reassure suppliers.",
]

INTRO_INDIRECT = {  # a first mention without a quote, by kind of speaker; "any" suits everyone
    "any": ["{Full}, {app}, has watched {industry} rise and fall {duration}.",
            "{Full}, {app}, has spent the past {months_small} months lobbying for relief.",
            "{Full}, {app}, estimates that {jobs} could be lost if the dispute drags on into next year."],
    "executive": ["{Full}, {app}, said orders had fallen {pct_mid} since the tariff took effect.",
                  "{Full}, {app}, said the company had not yet decided whether to move more work to {partner_short}.",
                  "{Full}, {app}, said volumes were down {pct_mid} in {month} alone."],
    "minister": ["{Pre_full} told reporters on {weekday} that the province would not retaliate {qualifier}.",
                 "{Pre_full} said the government was studying the numbers closely."],
    "economist": ["{Full}, {app}, said exports could fall a further {pct_mid} this year."],
    "union": ["{Full}, {app}, said {pron_pos} members had voted to accept shorter weeks rather than layoffs."],
    "mayor": ["{Pre_full} said the town had asked the province for an emergency meeting."],
    "worker": ["{Full}, {app}, was on the line when the news came through."],
    "business": ["{Full}, {app}, said orders had fallen {pct_mid} since the tariff took effect."],
}

INDIRECT_LATER = {  # by kind of speaker; "any" suits everyone
    "any": ["{Ref} added that nobody in {town} expected a quick fix.",
            "According to {ref}, the next {months_small} months will decide the matter.",
            "{Ref} said {pron} had raised the issue with the province twice this year."],
    "executive": ["{Ref} said the company was talking to customers every day.",
                  "{Ref} declined to say how many jobs were at risk.",
                  "According to {ref}, the {facility_short} could reopen the second line within weeks if the tariff were lifted."],
    "minister": ["{Ref} added that the province would review the package in {month}.",
                 "{Ref} estimated the cost at {money_big} over {years_small} years."],
    "economist": ["{Ref} estimated the cost at {money_big} over {years_small} years.",
                  "{Ref} expects growth of {pct_small} next year, down from an earlier forecast."],
    "union": ["{Ref} said {pron_pos} members were prepared for a long dispute.",
              "{Ref} said about {jobs_plain} members had been laid off since {month}."],
    "mayor": ["{Ref} said the town would lose about {money_mid} in property taxes if the {facility_short} closed."],
    "worker": ["{Ref} has two children and a mortgage, and no plan B.",
               "{Ref} said {pron} had already applied for jobs in {town2}."],
    "business": ["{Ref} said {pron_pos} sales had fallen by about a third since {month}."],
}

PARTIAL_QUOTE = [
    "{Ref} described the package as \u201c{phrase}\u201d and said more would be needed.",
    "{Ref} called the tariff \u201c{phrase}.\u201d",
    "The decision, {ref_lower} said, was \u201c{phrase}.\u201d",
    "{Ref} warned of \u201c{phrase}\u201d if the rate rises again.",
]

PHRASES = ["a lifeline, not a solution", "a slow-motion disaster", "an insult to every worker here",
           "the worst week in the plant's history", "a bandage on a broken leg", "long overdue",
           "a gamble with other people's jobs", "entirely avoidable", "a serious mistake",
           "the beginning of the end", "a fair first step", "economic self-harm"]

QUALIFIERS = ["for now", "this week", "until talks resume", "without consulting industry first"]

# Quotes by the kind of speaker. "|" marks where a quote can be split around "she said".
QUOTES = {
    "worker": [
        "I've been on this line for {years_sm} years|and I've never seen it this quiet.",
        "We do good work here. Nobody is arguing about that.",
        "My kids ask if we're moving|and I don't know what to tell them.",
        "You hear the numbers on the news,|but here it's names and faces.",
        "They cut the overtime first. Then they cut Fridays.",
        "Half the guys on my crew are looking at jobs out west.",
        "I don't need a speech,|I need a schedule I can count on.",
        "If the second line goes, the town goes with it.",
        "We were told this was temporary. That was in {month}.",
        "Who's going to buy a house here now?",
        "I put in {years_sm} years. I'd put in {years_sm} more|if they'd let me.",
        "Nobody on the floor saw this coming.",
        "The night shift was the first to go.|Now everybody's waiting for the letter.",
        "We just want to know where we stand.",
    ],
    "executive": [
        "We cannot absorb a tariff of this size|and stay competitive.",
        "Our customers are asking us to move production, and we have to listen to them.",
        "We have been in {town} for {years_n} years|and we intend to stay, but the math has to work.",
        "Every week of uncertainty costs us orders we will not get back.",
        "We are looking at all options, including moving some lines south.",
        "This is not a decision anyone here wanted to make.",
        "The margins in this business are thin.|A {rate_pct} duty wipes them out.",
        "We need clarity more than we need money.",
        "Our suppliers are small companies. They don't have the cushion we have.",
    ],
    "minister": [
        "We will stand with every worker in this province.",
        "This tariff is unjustified|and we will fight it with every tool we have.",
        "The package we are announcing today is a first step, not the last.",
        "Nobody wins a trade war. We are not going to pretend otherwise.",
        "We are talking to our counterparts every day|and we are making progress.",
        "The money will flow within weeks, not months.",
        "Our message to {partner_cap} is simple: this hurts workers on both sides of the border.",
        "We will not negotiate in public.",
    ],
    "economist": [
        "The direct effect is large,|but the indirect effect through suppliers is larger.",
        "A single month of data doesn't make a trend. Three months might.",
        "Tariffs are a tax, and somebody always pays it.",
        "What worries me is investment.|Companies don't build plants in places where the rules keep changing.",
        "We estimate the hit at about {pct_small} of provincial output this year.",
        "Diversifying exports is a ten-year project, not a ten-month one.",
        "The currency has done some of the adjustment already.",
        "If the rate goes to {rate2_pct}, our forecast goes out the window.",
    ],
    "union": [
        "Our members built this company. They deserve better than a memo.",
        "We'll be at the table|and we'll be on the picket line if we have to.",
        "Relief money is fine, but what we want is work.",
        "Every job that leaves this town is a job that doesn't come back.",
        "They found the money for the plant in {partner_short}.|They can find it here.",
        "We're asking for one thing: keep the line running.",
        "Nobody consulted the people who actually do the work.",
    ],
    "mayor": [
        "This town has been through hard times before|and we've always come back.",
        "The tax base here is the plant. It's that simple.",
        "I've asked the province to meet with us this month.",
        "We're not going to sit and wait for somebody else to save us.",
        "People are scared. I understand why.",
        "We need the federal government to show up, and soon.",
    ],
    "business": [
        "My sales are down a third since {month}.",
        "When the plant sneezes, the whole street catches a cold.",
        "I've got {n_staff} people on payroll|and I'm trying to keep every one of them.",
        "We ship across the river every day. Or we did.",
        "The paperwork alone is killing us.",
        "Buy local sounds nice,|but my customers are in {partner_short}.",
    ],
}

CAPTIONS = [
    "Containers stacked at the Port of {town} on {weekday}.",
    "Workers leave the {town} {facility_short} after the afternoon shift.",
    "Trucks wait at the border crossing near {town} in {month}.",
    "The {Company} {facility_short} in {town}, seen from the highway.",
    "A sign reading \u201c{slogan}\u201d outside a shop in {town}.",
    "{Pre_full_photo} speaks to reporters in {town2} on {weekday}.",
    "File photo: the {facility_short} during its {year_old} expansion.",
]

BOILERPLATE_SETS = [
    ["Share this article", "Share on Facebook", "Share on X", "Email", "Print"],
    ["Subscribe to our newsletter", "Get the morning briefing in your inbox. Sign up now."],
    ["Related Posts", "{headline_related}", "{headline_related}"],
    ["Tags: trade, tariffs, {sector}, {town}"],
    ["Leave a Reply", "Your email address will never be shared. Fields marked * are required",
     "Comment *", "Name *", "Email *", "Website",
     "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"],
    ["\u00a9 {year_now} {outlet}. All rights reserved.", "Privacy Policy | Terms of Use | Contact"],
    ["Scroll to Top"],
]


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

ROLES = {  # kind -> list of (title before the name, appositive after the name)
    "worker": [("", "a welder who has worked at the {facility_short} for {years_sm} years"),
               ("", "a forklift operator at the {town} {facility_short}"),
               ("", "a maintenance technician on the night shift"),
               ("", "who has worked on the line since {year_old_old}")],
    "executive": [("{Company} chief executive", "chief executive of {Company}"),
                  ("{Company} chief financial officer", "chief financial officer at {Company}"),
                  ("Plant manager", "who manages the {Company} {facility_short} in {town}"),
                  ("Port director", "the port's director"),
                  ("{Company} spokesperson", "a spokesperson for {Company}")],
    "minister": [("Trade Minister", "the province's minister of trade"),
                 ("Industry Minister", "{region}'s minister of industry"),
                 ("Energy Minister", "the provincial energy minister"),
                 ("Economic Development Minister", "the minister responsible for economic development")],
    "economist": [("Economist", "chief economist at {bank}"),
                  ("Analyst", "an analyst who covers the {sector} sector at {bank}"),
                  ("", "a senior fellow at the {think_tank}"),
                  ("Trade lawyer", "a trade lawyer in {town2}")],
    "union": [("Union president", "president of Local {local} of the {union}"),
              ("", "a shop steward at the {town} {facility_short}"),
              ("", "who leads the {union} in {region}")],
    "mayor": [("Mayor", "the mayor of {town}"), ("Councillor", "a city councillor in {town}"),
              ("Mayor", "{town}'s mayor")],
    "business": [("Chamber president", "president of the {town} Chamber of Commerce"),
                 ("", "who runs {small_business} in {town}"),
                 ("", "owner of {small_business}")],
}

PRONOUNS = {"she": ("she", "her", "She"), "he": ("he", "his", "He"), "they": ("they", "their", "They")}


@dataclass
class Person:
    first: str
    last: str
    gender: str
    kind: str
    pre: str
    app: str
    introduced: bool = False
    unsaid: list = field(default_factory=list)   # quote templates not used yet

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pron(self) -> str:
        return PRONOUNS[self.gender][0]

    @property
    def pron_pos(self) -> str:
        return PRONOUNS[self.gender][1]


# --------------------------------------------------------------------------------------
# The article builder
# --------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)\}")


@dataclass
class Block:
    kind: str          # headline, dek, byline, heading, para, caption, boiler, ad
    text: str


@dataclass
class Article:
    rng: Random
    ascii_style: bool = False
    pct_style: str = "%"
    nbsp: bool = False
    people: list = field(default_factory=list)
    last_person: Person | None = None

    def __post_init__(self) -> None:
        rng = self.rng
        self.sector_key = rng.choice(list(SECTORS))
        self.s = SECTORS[self.sector_key]
        towns = rng.sample(TOWNS, 2)
        self.town, self.town2 = towns
        self.region = rng.choice(REGIONS)
        self.partner, self.partner_short, self.partner_adj, self.partner_cap, self.partner_cur = rng.choice(PARTNERS)
        self.company = rng.choice(self.s["companies"])
        self.rate = rng.choice([10, 15, 20, 25, 25, 25, 30, 35])
        self.rate2 = self.rate + rng.choice([10, 15, 25])
        self.year_tariff = rng.choice([2024, 2025, 2025, 2026])
        self.outlet = rng.choice(OUTLETS)
        self.bank = rng.choice(BANKS)
        self.think_tank = rng.choice(THINK_TANKS)
        self.union = rng.choice(UNIONS)
        self.local = rng.choice([88, 112, 204, 412, 444, 598, 707, 1005])
        self.small_business = rng.choice(SMALL_BUSINESSES)
        self.money_prefix = rng.choice(["$", "$", "C$", "C$"])
        self.used_surnames: set[str] = set()
        self.used: set[str] = set()

    # ---- numbers -------------------------------------------------------------------

    def _sp(self) -> str:
        """The space between a number and its unit: sometimes non-breaking."""
        return "\u00a0" if self.nbsp and self.rng.random() < 0.5 else " "

    def pct(self, value: float, decimals: int = 0) -> str:
        num = f"{value:.{decimals}f}"
        style = self.pct_style if self.rng.random() < 0.85 else self.rng.choice(["%", " per cent", " percent"])
        if style == "%":
            return num + "%"
        return num + self._sp() + style.strip()

    def money(self, lo: float, hi: float, scale: str, decimals: int = 1) -> str:
        rng = self.rng
        v = rng.uniform(lo, hi)
        prefix = self.money_prefix if rng.random() < 0.75 else rng.choice(["$", "C$", self.partner_cur])
        num = f"{v:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{round(v):,}"
        if scale and rng.random() < 0.12:      # compact newsroom style: $4.2bn, $300m
            return f"{prefix}{num}{'bn' if scale == 'billion' else 'm'}"
        return f"{prefix}{num}{self._sp()}{scale}" if scale else f"{prefix}{num}"

    def count(self, lo: int, hi: int, round_to: int = 100) -> str:
        v = max(round_to, round(self.rng.randint(lo, hi) / round_to) * round_to)
        return f"{v:,}"

    def volume(self, patterns: list) -> str:
        pattern, kind = self.rng.choice(patterns)
        rng = self.rng
        if kind == "mil":
            return pattern.format(m=f"{rng.uniform(1.1, 14.9):.1f}").replace(" million", self._sp() + "million") \
                if rng.random() < 0.3 else pattern.format(m=f"{rng.uniform(1.1, 14.9):.1f}")
        if kind == "dec":
            return pattern.format(g=f"{rng.uniform(1.2, 9.8):.1f}", m=f"{rng.uniform(1.2, 9.8):.1f}")
        if kind == "h":
            return pattern.format(n=self.count(120, 980, 10))
        return pattern.format(n=self.count(12_000, 960_000, 1000))

    # ---- slots ---------------------------------------------------------------------

    def slot(self, name: str) -> str:
        rng, s = self.rng, self.s
        cap = name[0].isupper()
        key = name.lower()
        if key.endswith("_cap") and key != "partner_cap":
            key, cap = key[:-4], True
        value: str
        if key == "town":
            value = self.town
        elif key == "town2":
            value = self.town2
        elif key == "region":
            value = self.region
        elif key == "partner":
            value = self.partner
        elif key == "partner_short":
            value = self.partner_short
        elif key == "partner_adj":
            value = self.partner_adj
        elif key == "partner_cap":
            value = self.partner_cap
        elif key == "company":
            value = self.company
        elif key in ("facility", "facility_short", "goods", "industry", "sector", "workers", "product"):
            value = s[key]
        elif key == "industry_short":
            value = s["industry"].removeprefix("the ")
        elif key == "items":
            value = rng.choice(s["items"])
        elif key in ("volume", "capacity"):
            value = self.volume(s["volumes" if key == "volume" else "capacity"])
        elif key == "volume_short":
            value = rng.choice(["five charts", "numbers", "six numbers", "three charts"])
        elif key == "policy":
            value = rng.choice([f"the {self.pct(self.rate)} tariff", "the new border duties",
                                f"duties imposed by {self.partner_cap}", "the trade dispute"])
        elif key == "tariff":
            value = f"a {self.pct(self.rate)} tariff"
        elif key == "rate_pct":
            value = self.pct(self.rate)
        elif key == "rate2_pct":
            value = self.pct(self.rate2)
        elif key == "pct_small":
            value = self.pct(rng.uniform(0.5, 9.9), 1)
        elif key == "pct_unemp":
            value = self.pct(rng.uniform(4.5, 12.5), 1)
        elif key == "pct_mid":
            value = self.pct(rng.randint(6, 45))
        elif key == "pct_big":
            value = self.pct(rng.randint(40, 180))
        elif key == "pct_zero":
            value = self.pct(0)
        elif key == "change_up":
            value = "up " + self.pct(rng.uniform(2, 30), rng.choice([0, 1]))
        elif key == "change_down":
            value = "down " + self.pct(rng.uniform(2, 40), rng.choice([0, 1]))
        elif key == "rise":
            value = rng.choice(["a rise of ", "an increase of ", "a jump of "]) + self.pct(rng.uniform(2, 30), rng.choice([0, 1]))
        elif key == "drop":
            value = rng.choice(["a drop of ", "a decline of ", "a fall of "]) + self.pct(rng.uniform(2, 40), rng.choice([0, 1]))
        elif key == "change_up_pp":
            value = f"up {rng.uniform(0.3, 3.5):.1f} percentage points"
        elif key == "money_big":
            value = self.money(1.1, 9.9, "billion") if rng.random() < 0.5 else self.money(120, 950, "million", 0)
        elif key == "money_wages":
            value = self.money(40, 420, "million", 0)
        elif key == "money_mid":
            value = self.money(12, 480, "million", 0)
        elif key == "money_small":
            value = rng.choice([self.money(800, 25_000, "", 0), f"{self.money(20, 90, '', 0)} a tonne"])
        elif key == "money_small_wage":
            value = f"{self.money_prefix}{rng.uniform(24, 48):.2f}"
        elif key == "jobs":       # across a sector or region
            value = rng.choice([f"{self.count(4000, 90_000, 1000)} jobs", f"about {self.count(5000, 40_000, 500)} jobs",
                                f"nearly {self.count(10_000, 60_000, 1000)} jobs", "51,000 jobs",
                                f"some {self.count(2000, 20_000, 100)} positions",
                                f"{rng.uniform(1.1, 1.9):.1f} million jobs" if rng.random() < 0.1 else "tens of thousands of jobs"])
        elif key == "jobs_site":  # at one plant or company
            value = rng.choice([f"{self.count(80, 2400, 10)} jobs", f"about {self.count(300, 1500, 100)} jobs",
                                f"nearly {self.count(200, 3000, 100)} jobs", f"{self.count(40, 900, 10)} positions",
                                f"{rng.choice(SMALL_NUMBERS)} hundred jobs"])
        elif key == "jobs_n":
            value = self.count(120, 4000, 10)
        elif key == "jobs_plain":
            value = self.count(300, 6500, 50)
        elif key == "many":
            value = rng.choice(["hundreds of thousands of workers", "tens of thousands of jobs",
                                "thousands of families", "hundreds of thousands of jobs",
                                "tens of thousands of workers"])
        elif key == "frac":
            value = rng.choice(["three-quarters", "two-thirds", "about a third", "nearly half",
                                "roughly a fifth", "more than half", "almost 80%", "a quarter"])
        elif key == "frac_small":
            value = rng.choice(["about a tenth", "nearly a fifth", "roughly a quarter", "just under a third"])
        elif key in ("years_n", "years"):
            value = str(rng.choice([12, 15, 20, 25, 30, 30, 40, 50, 60]))
        elif key == "years_sm":
            value = str(rng.randint(4, 31))
        elif key == "years_small":
            value = rng.choice(SMALL_NUMBERS[:5])
        elif key == "months_small":
            value = rng.choice(["six", "18", "nine", "12", "three"])
        elif key == "duration":
            value = rng.choice(["for 30 years", "for more than a decade", "for nearly 40 years",
                                "over the past 18 months", f"for {rng.randint(11, 45)} years",
                                "since the 1990s", "for a generation"])
        elif key == "duration_long":
            value = rng.choice(["for a decade", "since the 1990s", "for 20 years", "for most of the past 30 years"])
        elif key == "duration_future":
            value = rng.choice(["for decades", "for a generation", "for the next 30 years"])
        elif key == "year_recent":
            value = str(rng.choice([2023, 2024, 2024, 2025]))
        elif key == "year_old":
            value = str(rng.randint(2008, 2021))
        elif key == "year_old_old":
            value = str(rng.randint(1952, 1999))
        elif key == "year_tariff":
            value = str(self.year_tariff)
        elif key == "year_future":
            value = str(rng.choice([2027, 2028, 2030]))
        elif key == "year_now":
            value = "2026"
        elif key == "quarter":
            value = rng.choice([f"the {rng.choice(ORDINALS)} quarter",
                                f"the {rng.choice(ORDINALS)} quarter of {rng.choice([2025, 2026])}",
                                f"Q{rng.randint(1, 4)} {rng.choice([2025, 2026])}"])
        elif key == "quarter_short":
            value = f"Q{rng.randint(1, 4)}" if rng.random() < 0.5 else f"the {rng.choice(ORDINALS)} quarter"
        elif key == "month":
            value = rng.choice(MONTHS)
        elif key == "weekday":
            value = rng.choice(WEEKDAYS)
        elif key == "date":
            value = self.date()
        elif key == "hours":
            value = rng.choice(["three", "four", "six", "2.5", "seven"])
        elif key == "days":
            value = rng.choice(["30", "60", "90", "45"])
        elif key == "km":
            value = str(rng.choice([50, 80, 100, 150, 200]))
        elif key == "n_suppliers":
            value = str(rng.choice([40, 60, 120, 200, 350]))
        elif key == "n_staff":
            value = str(rng.randint(4, 60))
        elif key == "one_in":
            value = rng.choice(["three", "four", "five", "six"])
        elif key == "pop":
            value = self.count(8000, 140_000, 500)
        elif key == "slogan":
            value = rng.choice(SLOGANS).replace("Westmark", self.region.removeprefix("the "))
        elif key == "scare":
            value = rng.choice(SCARE_TERMS)
        elif key == "phrase":
            value = rng.choice(PHRASES)
        elif key == "qualifier":
            value = rng.choice(QUALIFIERS)
        elif key == "bank":
            value = self.bank
        elif key == "think_tank":
            value = self.think_tank
        elif key == "union":
            value = self.union
        elif key == "local":
            value = str(self.local)
        elif key == "small_business":
            value = self.small_business
        elif key == "outlet":
            value = self.outlet
        elif key == "headline_related":
            value = self.fill(rng.choice(HEADLINES))
        elif key == "pre_full_photo":
            p = rng.choice(self.people) if self.people else self.person("minister")
            value = f"{self.fill(p.pre)} {p.full}".strip() if p.pre else p.full
        else:
            raise KeyError(f"unknown slot {{{name}}}")
        return value[0].upper() + value[1:] if cap and value else value

    def fill(self, template: str) -> str:
        return SLOT_RE.sub(lambda m: self.slot(m.group(1)), template)

    def date(self) -> str:
        rng = self.rng
        d, m, y = rng.randint(1, 28), rng.choice(MONTHS), rng.choice([2025, 2026])
        return rng.choice([f"{d} {m} {y}", f"{m} {d}, {y}", f"{m} {d}", f"{d} {m}"])

    # ---- people --------------------------------------------------------------------

    def person(self, kind: str) -> Person:
        rng = self.rng
        gender = rng.choices(["she", "he", "they"], weights=[47, 47, 6])[0]
        first = rng.choice({"she": FEMALE, "he": MALE, "they": NEUTRAL}[gender])
        last = rng.choice([n for n in SURNAMES if n not in self.used_surnames])
        self.used_surnames.add(last)
        pre, app = rng.choice(ROLES[kind])
        if kind == "executive" and pre == "Port director" and self.sector_key != "ports":
            pre, app = ROLES[kind][0]
        p = Person(first, last, gender, kind, self.fill(pre), self.fill(app), unsaid=list(QUOTES[kind]))
        rng.shuffle(p.unsaid)
        self.people.append(p)
        return p

    def intro(self, p: Person, form: str = "app") -> str:
        """First mention: full name and role."""
        p.introduced = True
        self.last_person = p
        if form == "pre" and p.pre:
            return f"{p.pre} {p.full}"
        return f"{p.full}, {p.app},"

    def ref(self, p: Person, allow_pronoun: bool = True) -> str:
        """Later mention: surname, or a pronoun right after the same person."""
        use_pron = allow_pronoun and self.last_person is p and self.rng.random() < 0.6
        self.last_person = p
        return p.pron if use_pron else p.last

    # ---- quotes --------------------------------------------------------------------

    def quote_marks(self) -> tuple[str, str]:
        if self.ascii_style or self.rng.random() < 0.07:
            return '"', '"'
        return "\u201c", "\u201d"

    def quote_text(self, p: Person, sentences: int = 1) -> str:
        """One or more sentences this person has not said yet (each is said once)."""
        if not p.unsaid:
            p.unsaid = list(QUOTES[p.kind])
            self.rng.shuffle(p.unsaid)
        picked = [p.unsaid.pop() for _ in range(min(sentences, len(p.unsaid)))]
        return " ".join(self.fill(q) for q in picked)

    @staticmethod
    def _comma(q: str) -> str:
        """A quote before "she said": its final full stop becomes a comma."""
        return q[:-1] + "," if q.endswith(".") else q

    def _split(self, q: str, attribution: str) -> str:
        """Wrap an attribution inside a quote at its "|": "First half," she said, "second half." """
        o, c = self.quote_marks()
        a, b = q.split("|", 1)
        a, b = a.rstrip(","), b.replace("|", " ")
        if a.endswith((".", "?", "!")):        # two sentences: "One," she said. "Two."
            return f"{o}{self._comma(a)}{c} {attribution}. {o}{b}{c}"
        return f"{o}{a},{c} {attribution}, {o}{b}{c}"

    def quote_paragraph(self, p: Person) -> str:
        rng = self.rng
        o, c = self.quote_marks()
        if not p.introduced:
            q = self.quote_text(p, rng.choice([1, 1, 2]))
            plain = q.replace("|", " ")
            style = rng.randrange(5)
            if style == 0:    # "Quote," said Jane Doe, the port's director.
                v = "asked" if plain.endswith("?") else "said"
                return f"{o}{self._comma(plain)}{c} {v} {self.intro(p)[:-1]}."
            if style == 1:    # Jane Doe, the port's director, said: "..."
                return f"{self.intro(p)} said: {o}{plain}{c}"
            if style == 2 and p.pre:   # Trade Minister Jane Doe said: "..."
                return f"{self.intro(p, 'pre')} said: {o}{plain}{c}"
            if style == 3 and "|" in q:  # "First half," said Jane Doe, role, "second half."
                return self._split(q, "said " + self.intro(p)[:-1])
            # "Quote." That was the view of Jane Doe, role, speaking on Monday.
            intro = self.intro(p)[:-1]
            spoke = "speaking" if p.app.startswith("who ") or rng.random() < 0.5 else "who spoke"
            return f"{o}{plain}{c} That was the view of {intro}, {spoke} on {self.slot('weekday')}."
        q = self.quote_text(p, rng.choice([1, 1, 1, 2, 3]))
        plain = q.replace("|", " ")
        who = self.ref(p)
        they = who == "they"
        said = rng.choice(["said", "said", "said", "say" if they else "says", "added", "told the " + self.outlet])
        style = rng.randrange(6)
        if "|" in q and style < 2:    # "First half," she said, "second half."
            return self._split(q, f"{who} said")
        if style == 2:                # Doe added: "..."
            return f"{who[0].upper() + who[1:]} {rng.choice(['added', 'said', 'went further'])}: {o}{plain}{c}"
        if style == 3 and ". " in plain and o != '"':
            # a quote running over two paragraphs: the first has no closing mark
            first, rest = plain.split(". ", 1)
            return f"{o}{first}.\n\n{o}{self._comma(rest)}{c} {who} said."
        verb = "asked" if plain.endswith("?") and said in ("said", "says", "say") else said
        return f"{o}{self._comma(plain)}{c} {who} {verb}."

    def nested_quote(self, p: Person) -> str:
        o, c = self.quote_marks()
        inner_o, inner_c = ("'", "'") if o == '"' else ("\u2018", "\u2019")
        term = self.rng.choice(["temporary", "transition", "flexibility", "patience", "a pause"])
        who = self.ref(p)
        return f"{o}They keep telling us {inner_o}{term}{inner_c},{c} {who} said. {o}We've heard that word for {self.slot('months_small')} months.{c}"

    # ---- paragraphs ----------------------------------------------------------------

    def pick(self, pool: list[str]) -> str:
        """A template from ``pool`` not yet used in this article (any, once all are used)."""
        fresh = [t for t in pool if t not in self.used]
        t = self.rng.choice(fresh or pool)
        self.used.add(t)
        return t

    def sentences(self, pool: list[str], k: int) -> list[str]:
        return [self.fill(self.pick(pool)) for _ in range(k)]

    def intro_paragraph(self, p: Person) -> str:
        t = self.pick([t for t in INTRO_INDIRECT[p.kind] + INTRO_INDIRECT["any"] if p.pre or "{Pre_full}" not in t])
        p.introduced = True
        self.last_person = p
        text = t.replace("{Full}", p.full).replace("{app}", p.app).replace("{pron_pos}", p.pron_pos)
        text = text.replace("{Pre_full}", f"{p.pre} {p.full}")
        return self.fill(text)

    def later_paragraph(self, p: Person) -> str:
        rng = self.rng
        if rng.random() < 0.4:
            t = self.pick(PARTIAL_QUOTE)
        else:
            t = self.pick(INDIRECT_LATER[p.kind] + INDIRECT_LATER["any"])
        who = self.ref(p, allow_pronoun=p.gender != "they" and (t.startswith("{Ref}") or "{ref_lower}" in t))
        text = t.replace("{Ref}", who[0].upper() + who[1:]).replace("{ref}", who).replace("{ref_lower}", who)
        return self.fill(text.replace("{pron_pos}", p.pron_pos).replace("{pron}", p.pron))


PADDING = FACTS + BACKGROUND + CONTEXT + IMPACT


def build(rng: Random, target_bytes: int) -> tuple[str, dict]:
    """One article as text, and the features it carries."""
    feats = {k: rng.random() < v for k, v in RATES.items() if not k.startswith("mojibake")}
    r = rng.random()
    feats["mojibake_lossy"] = r < RATES["mojibake_lossy"]
    feats["mojibake_cp1252"] = RATES["mojibake_lossy"] <= r < RATES["mojibake_lossy"] + RATES["mojibake_cp1252"]
    if feats["mojibake_lossy"] or feats["mojibake_cp1252"]:
        feats["ascii_quotes"] = False

    a = Article(rng, ascii_style=feats["ascii_quotes"],
                pct_style=rng.choice(["%", "%", " per cent", " percent"]), nbsp=feats["nbsp"])
    blocks: list[Block] = [Block("headline", a.fill(rng.choice(HEADLINES)))]
    if rng.random() < 0.35:
        blocks.append(Block("dek", a.fill(rng.choice(DEKS))))
    byline = rng.choice([
        f"By {rng.choice(FEMALE + MALE)} {rng.choice(SURNAMES)} | {a.outlet} | {a.date()}",
        f"By {rng.choice(FEMALE + MALE)} {rng.choice(SURNAMES)}\n{a.date()}",
        f"{a.outlet} staff \u00b7 Published {a.date()}",
        "",
    ])
    if byline:
        blocks.append(Block("byline", byline))

    # The cast: two to four people, each introduced (full name and role) before being
    # referred to by surname or pronoun.
    kinds = ["executive", "minister", "economist", "union", "mayor", "worker", "business"]
    cast = [a.person(k) for k in rng.sample(kinds, rng.randint(2, 4))]

    # A plan of steps; each paragraph is a group of one or more steps.
    steps: list[tuple[str, Person | None]] = [("lede", None), ("fact", None)]
    for p in cast:
        steps += rng.choice([[("intro", p), ("quote", p)], [("quote", p)], [("intro", p), ("quote", p), ("quote", p)],
                             [("quote", p), ("later", p)], [("intro", p), ("quote", p), ("later", p)]])
        steps.append((rng.choice(["fact", "background", "context", "impact"]), None))
    if rng.random() < 0.6:
        steps.insert(rng.randrange(2, len(steps)), ("slogan", None))
    if rng.random() < 0.5:   # a closing quote from someone already introduced
        steps.append(("quote", rng.choice(cast)))
    steps.append(("outlook", None))

    n_paras = rng.randint(6, 14)
    groups: list[list[tuple[str, Person | None]]] = [[st] for st in steps]
    while len(groups) > n_paras:            # merge neighbours, never into the lede
        i = rng.randrange(1, len(groups) - 1)
        groups[i:i + 2] = [groups[i] + groups[i + 1]]
    while len(groups) < n_paras:
        groups.insert(rng.randrange(2, len(groups)), [(rng.choice(["fact", "background", "context", "impact"]), None)])

    # Write the paragraphs in order (so "she said" always follows her), each padded
    # with sentences from a shuffled pool toward its share of the target size.
    quoted_nested = False
    paras: list[str] = []
    written = 0
    for gi, group in enumerate(groups):
        sentences: list[str] = []
        for kind, p in group:
            if kind == "lede":
                sentences.append(a.fill(a.pick(LEDES)))
            elif kind == "intro" and p is not None:
                sentences.append(a.intro_paragraph(p))
            elif kind == "later" and p is not None and p.introduced:
                sentences.append(a.later_paragraph(p))
            elif kind in ("quote", "later") and p is not None:
                if (p.introduced and not quoted_nested and p.kind in ("worker", "union", "mayor", "business")
                        and rng.random() < 0.25):
                    quoted_nested = True
                    sentences.append(a.nested_quote(p))
                else:
                    sentences.append(a.quote_paragraph(p))
            elif kind == "slogan":
                sentences.append(a.fill(a.pick(SLOGAN_SENTENCES)))
            elif kind == "outlook":
                sentences += a.sentences(OUTLOOK, rng.choice([1, 2]))
            else:
                src = {"fact": FACTS, "background": BACKGROUND, "context": CONTEXT, "impact": IMPACT}[kind]
                sentences.append(a.fill(a.pick(src)))
        budget = (target_bytes - written) / (len(groups) - gi) * rng.uniform(0.6, 1.4)
        size = sum(len(x.encode()) + 1 for x in sentences)
        is_quote = any(k == "quote" for k, _ in group)
        while size < budget and not (gi == 0 and len(sentences) >= 2) and not (is_quote and len(sentences) >= 3):
            introduced = [c for c in cast if c.introduced and len(c.unsaid) > 2]
            if introduced and rng.random() < 0.12:
                extra = a.quote_paragraph(rng.choice(introduced))
            else:
                extra = a.fill(a.pick(PADDING))
            # a fact before the outlook, not after it
            if kind == "outlook":
                sentences.insert(0, extra)
            else:
                sentences.append(extra)
            size += len(extra.encode()) + 1
        para = " ".join(sentences)
        paras.append(para)
        written += len(para.encode()) + 2

    # Subheadings between paragraphs, never two in a row.
    body: list[Block] = [Block("para", x) for x in paras]
    n_head = min(rng.choice([0, 0, 1, 2, 3]), (len(body) - 2) // 2)
    spots = sorted(rng.sample(range(2, len(body), 2), n_head)) if n_head else []
    for h, pos in zip(rng.sample(a.s["headings"] + GENERIC_HEADINGS, n_head), reversed(spots)):
        body.insert(pos, Block("heading", h.upper() if rng.random() < 0.15 else h))
    blocks += body

    # ---- mess --------------------------------------------------------------------
    if feats["photo_caption"]:
        for _ in range(rng.choice([1, 1, 2])):
            cap = a.fill(rng.choice(CAPTIONS))
            agency = rng.choice(PHOTO_AGENCIES + [a.outlet])
            text = rng.choice([f"Photo: {cap} / {agency}", f"{cap} (Photo: {agency})",
                               f"{cap} Photo: {rng.choice(FEMALE + MALE)} {rng.choice(SURNAMES)}/{agency}"])
            blocks.insert(rng.randrange(1, min(len(blocks), 6)), Block("caption", text))
    if feats["advertisement"]:
        for _ in range(rng.choice([1, 2])):
            blocks.insert(rng.randrange(3, len(blocks)), Block("ad", rng.choice(["Advertisement", "ADVERTISEMENT",
                                                                                 "Story continues below advertisement"])))
    if feats["duplicated_paragraph"]:
        idx = [i for i, b in enumerate(blocks) if b.kind == "para"]
        i = rng.choice(idx[:-2] or idx)
        blocks.insert(rng.randrange(i + 2, len(blocks) + 1), Block("para", blocks[i].text))
    if feats["broken_paragraph"]:
        idx = [i for i, b in enumerate(blocks) if b.kind == "para" and len(b.text) > 200 and "\n" not in b.text]
        if idx:
            i = rng.choice(idx)
            t = blocks[i].text
            spaces = [m.start() for m in re.finditer(r"(?<=[a-z,]) (?=[a-z0-9$])", t)]
            spaces = [s for s in spaces if 0.25 * len(t) < s < 0.75 * len(t)] or spaces
            if spaces:
                cut = rng.choice(spaces)
                blocks[i] = Block("para", t[:cut] + "\n\n" + t[cut + 1:])
    if feats["repeated_heading"]:
        idx = [i for i, b in enumerate(blocks) if b.kind in ("heading", "headline")]
        i = rng.choice(idx)
        blocks.insert(i + 1, Block(blocks[i].kind, blocks[i].text))
    if feats["boilerplate"]:
        chosen = [s for s in BOILERPLATE_SETS if rng.random() < 0.45] or [BOILERPLATE_SETS[4]]
        for group in chosen:
            blocks.append(Block("boiler", "\n".join(a.fill(line) for line in group)))

    text = "\n\n".join(b.text for b in blocks) + "\n"
    text = re.sub(r"\b(Corp|Co)\.\.", r"\1.", text)      # "Lumen Battery Corp.." after an appositive
    text = typography(text, ascii_style=feats["ascii_quotes"], rng=rng)
    if feats["mojibake_lossy"]:
        text = re.sub("[\u2018\u2019\u201c\u201d\u2014\u2013]", "\u0101", text)
    elif feats["mojibake_cp1252"]:
        text = cp1252_mojibake(text)
    if feats["crlf"]:
        text = text.replace("\n", "\r\n")
    return text, feats


def typography(text: str, ascii_style: bool, rng: Random) -> str:
    """Curl apostrophes and set dashes, or straighten everything for ASCII-style files."""
    if ascii_style:
        text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
        return text.replace(" \u2014 ", " -- ").replace("\u2013", "-")
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)          # don't, port's
    text = re.sub(r"(?<=s)' ", "\u2019 ", text)                # workers' pay
    # A dash or two: join a short clause with an em dash now and then.
    text = re.sub(r", (which|and then|but not|a figure that)", lambda m: (" \u2014 " if rng.random() < 0.5 else ", ") + m.group(1), text)
    return text


def cp1252_mojibake(text: str) -> str:
    """UTF-8 bytes decoded as Windows-1252 (the five unmapped bytes pass through as C1 controls,
    as the "sloppy" decoders that produce this mess do), so the damage can be undone."""
    raw = text.encode("utf-8")
    out = []
    for b in raw:
        if b < 0x80:
            out.append(chr(b))
        else:
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(b))
    return "".join(out)


def file_seeds(seed: int, count: int) -> list[int]:
    master = Random(seed)
    return [master.getrandbits(64) for _ in range(count)]


def generate(out: Path, count: int = 1000, seed: int = 7, mean_bytes: int = 5000) -> tuple[list[Path], Counter]:
    """Write ``count`` articles into ``out``; return their paths and a count of features."""
    out.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(count)))
    paths: list[Path] = []
    features: Counter = Counter()
    for i, fseed in enumerate(file_seeds(seed, count), start=1):
        rng = Random(fseed)
        target = int(min(max(rng.gauss(mean_bytes, mean_bytes * 0.25), mean_bytes * 0.45), mean_bytes * 1.9))
        # the mess (captions, boilerplate, duplicates) adds ~5% on average
        text, feats = build(rng, int(target * 0.95))
        path = out / f"article-{i:0{width}d}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
        features.update(k for k, v in feats.items() if v)
    return paths, features


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write synthetic, messy news articles as .txt files.")
    ap.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write into (created if missing)")
    ap.add_argument("--mean-bytes", type=int, default=5000, help="average article size in bytes (default 5000)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    paths, features = generate(args.out, args.count, args.seed, args.mean_bytes)
    elapsed = time.perf_counter() - t0
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} files, {total / 1e6:.2f} MB ({total / max(1, len(paths)) / 1e3:.1f} kB each on average) "
          f"to {args.out} in {elapsed:.2f} s")
    for k in RATES:
        print(f"  {k:<22} {features[k]:>6} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
