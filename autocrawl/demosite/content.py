# ruff: noqa: SIM905, E501
"""Content of the demo sites: hand-written fixture stories (all fictitious) and a
seeded generator of synthetic articles for benchmarks."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html import escape

from .model import UTC, DemoArticle, DemoComment, NewsSite, now_utc, slugify

GMT = UTC
BST = timezone(timedelta(hours=1))
CET = timezone(timedelta(hours=1))

AGENCY = "Coastline Press Agency"


@dataclass
class Story:
    key: str
    title: str
    section: str
    tags: list[str]
    authors: list[str]
    lead: str
    paras: list[str]  # "## " prefix marks a sub-heading
    published: datetime
    template: str = "jsonld"
    images: list[tuple[str, str]] = field(default_factory=list)
    comments: list[tuple[str, str, str, str | None]] = field(default_factory=list)  # label, author, text, parent
    comment_style: str = "wp"
    comments_paged: bool = False
    comments_per_page: int = 5
    in_sitemap: bool = True
    source: str = ""
    modified: datetime | None = None


def d(y: int, mo: int, day: int, h: int = 9, mi: int = 0, tz=GMT) -> datetime:
    return datetime(y, mo, day, h, mi, tzinfo=tz)


# ---------------------------------------------------------------------------
# The agency story: shared body, two different wrappers (headline, intro, footer)
# ---------------------------------------------------------------------------

AGENCY_BODY = [
    "The Met Office issued an amber warning for wind on Tuesday evening as gusts of up to 70mph were "
    "recorded on exposed headlands between Wrenmouth and the Carrow estuary.",
    "Emergency crews were called to more than forty incidents overnight, most of them involving fallen "
    "trees and flooded roads. Nobody was seriously hurt, according to the county fire service.",
    "## Rail services suspended",
    "Trains on the coastal branch line were halted at Felling Cross after a section of embankment near "
    "Pollard's Bridge was undermined by the swollen river. Replacement buses are expected to run until at "
    "least Friday while engineers inspect the damage.",
    "Around 3,200 homes lost power at the height of the storm. Western Grid Networks said engineers had "
    "reconnected all but 400 of them by mid-morning and hoped to finish the work by nightfall.",
    "Sandbags were handed out from fire stations in Lower Tamsey and Brookhallow, where the river rose "
    "almost two metres in six hours. Residents of Mill Lane in Brookhallow were asked to move cars to "
    "higher ground as a precaution.",
    "Forecasters expect the wind to ease on Wednesday afternoon, but say a second band of heavy rain could "
    "reach the south-west by the weekend, and the Environment Agency has kept eleven flood alerts in place.",
]

AGENCY_INTRO_HERALD = (
    "Storm Imelda swept across the south-west coast overnight, flooding roads, "
    "toppling trees and cutting power to thousands of homes."
)
AGENCY_FOOTER_HERALD = "This story was supplied by the Coastline Press Agency."
AGENCY_INTRO_VALLEY = (
    "Valley residents woke to fallen trees and flooded lanes on Wednesday after Storm "
    "Imelda battered the region through the night, with the worst damage on the coast."
)
AGENCY_FOOTER_VALLEY = "Additional reporting by Valley Wire staff. Copyright Coastline Press Agency."


def _agency_paras(intro: str, footer: str) -> list[str]:
    return [intro] + AGENCY_BODY + [footer]


# ---------------------------------------------------------------------------
# The 3-page comment thread on the parking story
# ---------------------------------------------------------------------------

PARKING_COMMENTS: list[tuple[str, str, str, str | None]] = [
    (
        "a1",
        "Maureen Tilley",
        "Doubling the charge overnight is not a 'review', it is a cash grab. The seafront cafes will be empty by June.",
        None,
    ),
    (
        "a2",
        "Dev Okafor",
        "The council has to pay for the sea wall somehow. Would you rather they raised council tax?",
        "a1",
    ),
    (
        "a3",
        "Maureen Tilley",
        "I would rather they asked the people who actually live here before deciding.",
        "a2",
    ),
    ("a4", "Gerald Finch", "There was a consultation in November. Eleven people responded. Eleven.", "a3"),
    ("a5", "Maureen Tilley", "Because it was hidden on page nine of the planning portal, Gerald.", "a4"),
    (
        "a6",
        "Priya Lomas",
        "Residents' permits are staying the same price, so this mostly hits day visitors.",
        "a1",
    ),
    (
        "b1",
        "Old Salt",
        "Park and ride from Eastgate would solve half of this. We had one in the nineties and it worked fine.",
        None,
    ),
    (
        "b2",
        "Karen Vosper",
        "It worked because the buses ran every ten minutes. Good luck getting that now.",
        "b1",
    ),
    ("b3", "Tom Bradwell", "The bus company lost the route 7 contract, so there are no buses to run.", "b1"),
    (
        "c1",
        "Sunil Haddow",
        "Does anyone know whether blue badge holders still park free on the Esplanade?",
        None,
    ),
    ("c2", "Priya Lomas", "Yes, the cabinet paper says blue badge bays stay free for four hours.", "c1"),
    ("c3", "Sunil Haddow", "Thanks, that is a relief for my dad at least.", "c2"),
    ("c4", "Gerald Finch", "It is on page 14 of the report, for anyone who wants to check.", "c2"),
    ("d1", "Beach Hut Bev", "Three pounds an hour to sit in a traffic jam on the front. Lovely.", None),
    ("d2", "Dev Okafor", "It is still cheaper than Carrow Sands, which charges four.", "d1"),
    ("d3", "Beach Hut Bev", "Carrow Sands has toilets that open before ten, mind.", "d2"),
    (
        "e1",
        "Harriet Quale",
        "As a trader on Quay Street I am genuinely worried. Footfall dropped by a fifth the last time charges went up.",
        None,
    ),
    ("e2", "Tom Bradwell", "Has the traders' association asked for a meeting with the cabinet member?", "e1"),
    ("e3", "Harriet Quale", "We have, twice. No reply yet.", "e2"),
    ("e4", "Karen Vosper", "Write to the Herald letters page, they printed mine within a week.", "e3"),
    ("f1", "Ray Pengelly", "Nobody mentions the cruise coaches, which park for free all summer.", None),
    (
        "f2",
        "Gerald Finch",
        "Coach parking moves to the ferry terminal from April, according to the report.",
        "f1",
    ),
    (
        "g1",
        "Lucy Marrack",
        "My daughter works at the hospital and parks on the front because the staff car "
        "park is full. What is she supposed to do now?",
        None,
    ),
    (
        "g2",
        "Priya Lomas",
        "Hospital staff can apply for the key worker permit, it is 20 pounds a month.",
        "g1",
    ),
    ("g3", "Lucy Marrack", "I did not know that existed, thank you.", "g2"),
    (
        "h1",
        "Dev Okafor",
        "For balance: the money is ring-fenced for the sea wall and the promenade lighting. That is in the report too.",
        None,
    ),
    ("h2", "Maureen Tilley", "Ring-fenced until the next budget gap, you mean.", "h1"),
]


# ---------------------------------------------------------------------------
# Harbour Herald stories, newest first
# ---------------------------------------------------------------------------


def herald_stories() -> list[Story]:
    return [
        Story(
            key="ferry",
            title="Wrenmouth ferry returns to service after six-month refit",
            section="Transport",
            tags=["ferries", "harbour"],
            authors=["Jane Doe", "John Roe"],
            lead="The MV Kittiwake is back on the Wrenmouth to Skerry Point crossing with new engines and a "
            "larger car deck.",
            published=d(2024, 3, 14, 9, 30),
            template="jsonld",
            images=[("/static/img/kittiwake.jpg", "The MV Kittiwake leaves Wrenmouth harbour on Thursday morning")],
            paras=[
                "The MV Kittiwake sailed out of Wrenmouth harbour at 7.15am on Thursday, ending six months "
                "in which islanders on Skerry Point relied on a single small passenger launch.",
                "The 38-year-old vessel was fitted with two hybrid engines at the Pellow Marine yard in "
                "Carrow, at a cost of 2.8 million pounds. The operator, Skerry Sound Ferries, says fuel use "
                "should fall by around a third.",
                "## Bigger deck, same timetable",
                "The car deck has been lengthened by four metres, which means the ferry can now carry "
                "twenty-two cars instead of sixteen. The summer timetable, with crossings every forty "
                "minutes, will start on 1 May as usual.",
                "Skerry Point resident Ailsa Merrow, who runs the island shop, said the refit had gone on "
                'far too long. "We have had bread delivered by fishing boat since October," she said. '
                '"I am glad to see her back, but nobody told us it would take six months."',
                "Skerry Sound Ferries apologised for the delay, which it blamed on a late delivery of "
                "gearbox parts from the manufacturer, and said season tickets would be extended by two "
                "months at no charge.",
            ],
            comments=[
                (
                    "k1",
                    "Ailsa Merrow",
                    "Good to see her back. The launch was fine in summer but a nightmare in the January gales.",
                    None,
                ),
                ("k2", "Colin Treve", "Twenty-two cars is still not enough on a bank holiday weekend.", None),
                (
                    "k3",
                    "Skerry Sound Ferries",
                    "Thanks Colin. We are adding extra sailings on bank holidays "
                    "this year; details on our website next week.",
                    "k2",
                ),
            ],
        ),
        Story(
            key="seawall",
            title="Council approves four million pound sea wall for Saltmarsh Quay",
            section="Politics",
            tags=["council", "flooding", "harbour"],
            authors=["Priya Anand"],
            lead="Councillors voted 31 to 9 for a new flood wall after two winters of overtopping on the quay.",
            published=d(2024, 3, 12, 18, 5),
            template="microdata",
            comment_style="microdata",
            paras=[
                "Wrenmouth Borough Council has approved a four million pound sea wall to protect the "
                "homes and boatyards along Saltmarsh Quay, after two winters in which waves broke over the "
                "existing defences.",
                "The new wall will be built 1.2 metres higher than the current one and will include three "
                "flood gates that can be closed when a surge tide is forecast. Work is due to begin in "
                "September and take eighteen months.",
                "Councillor Ruth Allardyce, cabinet member for the environment, told the meeting the "
                'scheme was "the most important thing this council will build this decade".',
                "Opposition councillors questioned how the scheme would be paid for. About half the money "
                "comes from a government flood defence grant; the rest will be borrowed and repaid from "
                "car parking income over twenty years.",
                "Boatyard owner Frank Elvin said he welcomed the decision but feared the building work "
                "would block access to the slipway in the busiest months.",
            ],
            comments=[
                (
                    "s1",
                    "Frank Elvin",
                    "We need a written promise that the slipway stays open in July and "
                    "August. Otherwise three yards go under.",
                    None,
                ),
                (
                    "s2",
                    "Wrenmouth Resident",
                    "Better a closed slipway for a summer than a flooded quay every winter.",
                    "s1",
                ),
                (
                    "s3",
                    "Nell Hocking",
                    "Will the public footpath along the quay stay open during the works?",
                    None,
                ),
            ],
        ),
        Story(
            key="bakery",
            title="Crumb & Co opens fourth shop in the old Pellow Street post office",
            section="Business",
            tags=["shops", "food"],
            authors=["Tom Haskett"],
            lead="The family bakery will keep the building's Victorian counter and post box.",
            published=d(2024, 3, 11, 7, 45),
            template="ogmeta",
            images=[("/static/img/crumb.jpg", "Owners Maddie and Joe Crumb in the new Pellow Street shop")],
            paras=[
                "Crumb & Co, the bakery that started in a converted garage in Eastgate eight years ago, "
                "opens its fourth shop on Saturday in the former Pellow Street post office.",
                "Owners Maddie and Joe Crumb spent five months restoring the building, which had been empty "
                "since the post office moved into the Quay Street supermarket in 2021.",
                'The original mahogany counter and the cast-iron post box outside have been kept. "People '
                'kept telling us they used to queue here for their pensions," said Maddie Crumb. "It felt '
                'wrong to rip it all out."',
                "The new shop will employ nine people and will bake on site, with an oven visible from the "
                "street. It will also sell coffee roasted by Headland Beans in Lower Tamsey.",
                'The couple say they have no plans for a fifth shop, "at least not this year".',
            ],
        ),
        Story(
            key="diary",
            title="Lighthouse keeper's 1911 diary found in Pellow Street attic",
            section="Community",
            tags=["history", "harbour"],
            authors=["Max McDee"],
            lead="Builders found the diary of Skerry Point keeper Walter Penrose under attic floorboards.",
            published=d(2024, 3, 9, 11, 0),
            template="oldstyle",
            paras=[
                "A leather-bound diary kept by a Skerry Point lighthouse keeper more than a century ago has "
                "been found under the floorboards of a house in Pellow Street.",
                "Builders renovating the terraced house discovered the book wrapped in oilcloth. It records "
                "daily weather, passing ships and the keeper's worries about his son, who had gone to sea.",
                "The diary belonged to Walter Penrose, who kept the Skerry Point light between 1904 and "
                "1919. His great-granddaughter, Ellen Dowrick, still lives in Wrenmouth.",
                '"I knew he had been a keeper, but I had never seen his handwriting," she said. "He writes '
                'about the fog the way other people write about a difficult neighbour."',
                "The Wrenmouth Maritime Museum hopes to put the diary on display this summer, once it has "
                "been cleaned and scanned.",
            ],
            comments=[
                (
                    "p1",
                    "Ellen Dowrick",
                    "Thank you to the builders for handing it in. It means the world to our family.",
                    None,
                ),
            ],
        ),
        Story(
            key="brindle",
            title="Brindle Systems to create 200 jobs at Eastgate business park",
            section="Business",
            tags=["jobs", "technology"],
            authors=["Tom Haskett", "Priya Anand"],
            lead="The software firm will move its engineering centre from Bristol to a new building in Wrenmouth.",
            published=d(2024, 3, 7, 10, 15),
            template="jsonld-graph",
            paras=[
                "Brindle Systems, which makes booking software for ferry and bus operators, is to open an "
                "engineering centre at Eastgate business park that will employ 200 people within three years.",
                "The company's founder, Sophie Brindle, grew up in Lower Tamsey and said she had always "
                'wanted to bring the business home. "Half our engineers already work remotely from the '
                'south-west," she said. "Now they will have somewhere to meet."',
                "## Apprenticeships",
                "The firm will take on twenty apprentices a year from Wrenmouth College, starting in "
                "September, and has promised that at least half of the new roles will be filled locally.",
                "The building, a former carpet warehouse, will be refitted with solar panels and a roof "
                "garden. The business park's owner said it was the largest letting at Eastgate since 2009.",
            ],
            comments=[
                (
                    "j1",
                    "Grace Polglase",
                    "Fantastic news for the college. My son starts the software course in September.",
                    None,
                ),
                ("j2", "Mark Tregear", "Will these jobs pay Bristol salaries or Wrenmouth salaries?", None),
                ("j3", "Sophie B", "Same salary bands wherever you work, Mark.", "j2"),
                ("j4", "Mark Tregear", "Good to hear, thank you.", "j3"),
            ],
        ),
        Story(
            key="parking",
            title="Seafront parking charges to double from April",
            section="Politics",
            tags=["council", "parking", "transport"],
            authors=["Priya Anand"],
            lead="An hour on the Esplanade will cost three pounds, as the council looks for money for the sea wall.",
            published=d(2024, 3, 5, 16, 40),
            template="jsonld",
            comments=PARKING_COMMENTS,
            comments_paged=True,
            comments_per_page=10,
            paras=[
                "Parking on Wrenmouth seafront will cost three pounds an hour from 1 April, double the "
                "current charge, after the council's cabinet approved a new pricing plan on Tuesday.",
                "The increase applies to the Esplanade, Quay Street and the two beach car parks. Residents' "
                "permits will stay at their current price, and blue badge holders will still be able to "
                "park for free for up to four hours.",
                "The council says the extra income, estimated at 600,000 pounds a year, will help repay "
                "the loan for the Saltmarsh Quay sea wall and pay for new lighting on the promenade.",
                "Traders on Quay Street have warned that visitors will simply drive on to Carrow Sands. "
                "Harriet Quale, who runs a gift shop, said footfall fell sharply the last time charges rose.",
                "A public meeting about the changes will be held at the Guildhall on 20 March.",
            ],
        ),
        Story(
            key="storm",
            title="Storm Imelda: floods and power cuts across the south-west",
            section="News",
            tags=["weather", "flooding"],
            authors=[AGENCY],
            lead="Amber wind warning as gusts reach 70mph on exposed headlands.",
            published=d(2024, 3, 4, 8, 20),
            template="ogmeta",
            source=AGENCY,
            paras=_agency_paras(AGENCY_INTRO_HERALD, AGENCY_FOOTER_HERALD),
            comments=[
                ("w1", "Nell Hocking", "Mill Lane again. Every single winter.", None),
                ("w2", "Colin Treve", "The river wardens did a great job with the sandbags this time.", None),
            ],
        ),
        Story(
            key="rowing",
            title="Harbour Rowing Club crowned regional champions",
            section="Sport",
            tags=["rowing", "harbour"],
            authors=["Jess Carne"],
            lead="The club's coxed four beat eleven crews at the Carrow regatta.",
            published=d(2024, 3, 2, 17, 30),
            template="microdata",
            in_sitemap=False,
            paras=[
                "Harbour Rowing Club's coxed four won the south-west championship at the Carrow regatta on "
                "Saturday, beating eleven crews over the two-kilometre course.",
                "It is the club's first regional title since 1987. The crew, three of whom are still at "
                "Wrenmouth College, finished four seconds ahead of the holders from Brookhallow.",
                "Coach Dennis Varcoe said the crew had trained at six every morning through the winter. "
                '"They rowed through hail in January. Today they got their reward."',
                "The club is now raising money to send the crew to the national championships in July.",
            ],
            comments=[
                (
                    "r1",
                    "Dennis Varcoe",
                    "Proud of every one of them. Donations page is on our website.",
                    None,
                ),
                ("r2", "Jo Penhale", "Well done all! The 1987 crew send their congratulations.", None),
            ],
        ),
        Story(
            key="school",
            title="Roof repairs at St Piran's primary delayed until summer",
            section="Education",
            tags=["schools", "council"],
            authors=["Jess Carne"],
            lead="Two classrooms remain closed after a contractor pulled out of the job.",
            published=d(2024, 2, 28, 12, 10),
            template="oldstyle",
            paras=[
                "Repairs to the leaking roof at St Piran's primary school will not start until the summer "
                "holidays, leaving two classrooms out of use for another term.",
                "The original contractor withdrew in January, saying the cost of materials had risen by a "
                "quarter since it submitted its price.",
                "Head teacher Alison Roskilly said pupils in years three and four were being taught in the "
                'school hall and the library. "The children have been brilliant, but it is not ideal."',
                "The council said a new contractor had been appointed and that the work would be finished "
                "before the autumn term.",
            ],
            comments=[
                ("sc1", "Parent of two", "The hall is freezing in the mornings. Please sort this out.", None),
            ],
        ),
        Story(
            key="nightmarket",
            title="Night market returns to Quay Street for the summer",
            section="Community",
            tags=["markets", "food", "events"],
            authors=["Tom Haskett"],
            lead="Forty stalls, live music and late opening every Friday from May to September.",
            published=d(2024, 2, 26, 19, 0),
            template="jsonld-graph",
            images=[("/static/img/market.jpg", "Stalls on Quay Street during last year's night market")],
            paras=[
                "The Quay Street night market will return on the first Friday in May, with forty stalls "
                "and live music until eleven o'clock every Friday until the end of September.",
                "Last year's market drew an estimated 3,000 visitors a week, according to the organisers, "
                "the Wrenmouth Traders' Association.",
                "## New stalls this year",
                "New stalls this year include a Sri Lankan street food van, a cider maker from Lower Tamsey "
                "and a second-hand bookseller who will trade from a converted horsebox.",
                "The association has also agreed to close the market at ten on Sundays before bank "
                "holidays, after complaints from residents about noise last August.",
            ],
            comments=[
                ("n1", "Colin Treve", "Best thing to happen to the quay in years.", None),
                (
                    "n2",
                    "Quay Street Resident",
                    "Ten o'clock would be nice every week, not just before bank holidays.",
                    "n1",
                ),
            ],
        ),
        Story(
            key="library",
            title="Wrenmouth library to open on Sundays from June",
            section="Community",
            tags=["libraries", "council"],
            authors=["Priya Anand"],
            lead="Volunteers will help staff the library on Sunday afternoons in a one-year trial.",
            published=d(2024, 2, 23, 10, 0),
            template="ogmeta",
            paras=[
                "Wrenmouth's central library will open on Sunday afternoons from June, in a one-year trial "
                "run with the help of volunteers from the Friends of Wrenmouth Library.",
                "The library will open from one until five, with two paid staff and up to four volunteers "
                "on each shift.",
                "The trial follows a survey in which more than 1,400 people said they would use the library "
                "at weekends if it were open.",
                "The Friends group is looking for more volunteers and will hold an open evening at the "
                "library on 12 April.",
            ],
        ),
        Story(
            key="quota",
            title="Fishermen warn new quota rules could tie up half the fleet",
            section="Business",
            tags=["fishing", "harbour"],
            authors=["Jane Doe"],
            lead="Skippers say a cut to the pollack allowance makes winter trips uneconomic.",
            published=d(2024, 2, 20, 6, 50),
            template="microdata",
            paras=[
                "Skippers in Wrenmouth say new catch rules for pollack could leave up to half of the "
                "harbour's twenty-six boats tied up for most of the winter.",
                "The allowance for small inshore vessels has been cut by 40 per cent for the coming year. "
                "Fishermen say that makes trips in the short winter days uneconomic.",
                '"You cannot run a boat on what we are allowed now," said skipper Roy Nance, who has '
                "fished out of Wrenmouth for thirty-one years.",
                "The harbour master said the port authority would ask for an urgent meeting with fisheries "
                "officials and the local MP.",
            ],
            comments=[
                ("q1", "Roy Nance", "Thank you for covering this. Nobody else has.", None),
                (
                    "q2",
                    "Kit Bolitho",
                    "The stock surveys were done in the wrong season, that is the real problem.",
                    None,
                ),
                ("q3", "Roy Nance", "Exactly right, Kit.", "q2"),
            ],
        ),
        Story(
            key="theatre",
            title="Restoration of the Regal Theatre reaches its final act",
            section="Culture",
            tags=["arts", "history"],
            authors=["Jane Doe", "John Roe"],
            lead="The 1923 theatre will reopen in October after a seven-year campaign.",
            published=d(2024, 2, 16, 14, 25),
            template="jsonld",
            paras=[
                "The Regal Theatre on Harbour Road will reopen in October, seven years after a campaign to "
                "save the 1923 building from demolition began.",
                "Restorers have uncovered the original painted ceiling, which had been hidden behind a "
                "false ceiling installed when the Regal became a bingo hall in 1968.",
                "## A programme for everyone",
                "The opening season will include a touring production of a new comedy, a week of "
                "children's theatre and a concert by the Wrenmouth Silver Band, which played at the "
                "original opening a century ago.",
                "The Regal Trust still needs to raise 120,000 pounds to pay for new seats and is inviting "
                "people to sponsor one for 150 pounds.",
            ],
            comments=[
                (
                    "t1",
                    "Wrenmouth Silver Band",
                    "We are honoured to be asked back after a hundred years!",
                    None,
                ),
                (
                    "t2",
                    "June Kessell",
                    "I went to bingo there with my nan. Can't wait to see the ceiling.",
                    None,
                ),
            ],
        ),
        Story(
            key="allotments",
            title="Allotment society celebrates its centenary with open gardens",
            section="Community",
            tags=["gardening", "events"],
            authors=["Max McDee"],
            lead="The Wrenmouth and District Allotment Society was founded in 1924.",
            published=d(2024, 2, 12, 9, 15),
            template="oldstyle",
            in_sitemap=False,
            paras=[
                "The Wrenmouth and District Allotment Society will mark its hundredth birthday with an open "
                "weekend on its three sites in June.",
                "The society was founded in 1924 by a group of dock workers who rented a field behind the "
                "gasworks. It now has 212 plots and a waiting list of almost two years.",
                "Secretary Bryony Tamblyn said the weekend would include tours, a plant sale and a display "
                "of photographs from the society's archive.",
                "Visitors will be able to try the society's famous rhubarb wine, made to a recipe that has "
                "not changed since the 1950s.",
            ],
        ),
        Story(
            key="route7",
            title="Route 7 bus to be withdrawn after operator hands back contract",
            section="Transport",
            tags=["buses", "transport", "council"],
            authors=["John Roe"],
            lead="The hourly service links Eastgate, the hospital and the town centre.",
            published=d(2024, 1, 30, 15, 0),
            template="jsonld-graph",
            paras=[
                "The route 7 bus between Eastgate, Wrenmouth General Hospital and the town centre will stop "
                "running at the end of February after its operator handed back the contract.",
                "Tamar Coaches said rising fuel and wage costs meant the hourly service was losing money "
                "even with the council's subsidy.",
                "The council said it was talking to other operators and hoped to restore a service by the "
                "summer, but could not promise the same frequency.",
                "Patient groups said the loss of the route would make it harder for older people without "
                "cars to reach hospital appointments.",
            ],
            comments=[
                (
                    "b71",
                    "Lucy Marrack",
                    "This is the bus my mother uses for her dialysis appointments.",
                    None,
                ),
                (
                    "b72",
                    "Tom Bradwell",
                    "The community transport scheme might help, ask at the hospital.",
                    "b71",
                ),
            ],
        ),
        Story(
            key="alliance",
            title="Kinsa and Hoshiro confirm stake in Velora's electric car business",
            section="Motoring",
            tags=["cars", "electric vehicles"],
            authors=["Max McDee"],
            lead="The two partners will put money into Arvent, Velora's separate EV unit.",
            published=d(2023, 12, 7, 10, 0, tz=CET),
            template="arena",
            images=[
                ("/static/img/arvent-pico.jpg", "The Pico city car is being revived under the Arvent banner"),
                ("/static/img/kinsa-rover.jpg", "The next Kinsa Rover 4 will share its platform with Velora"),
                (
                    "/static/img/velora-sprint.jpg",
                    "Velora Sprint and the new Kinsa hatchback will be closely related",
                ),
            ],
            paras=[
                "Long-time partners Kinsa Motors and Hoshiro Automotive have confirmed they will invest in "
                "Arvent, the electric vehicle business that Velora split off from its main company last year.",
                "Kinsa will put in up to 600 million euros and Hoshiro up to 200 million. Arvent, which "
                "designs Velora's battery cars and the software that runs them, is expected to list on the "
                "stock market next year.",
                "The most visible result of the deal is likely to be an electric version of the small Kinsa "
                "Rover hatchback, to be designed and built by Arvent for Europe. Velora's chief executive, "
                "Marco Lindqvist, said sharing the platform would cut the cost of developing the car roughly "
                "in half.",
                "Hoshiro, which has been slower than its partners to move to battery cars, will get a "
                "mid-sized electric crossover from Arvent that it plans to sell in Europe and South-East Asia.",
                "The three companies say they will also cooperate on projects in South America and India, "
                "even though they ended a joint purchasing agreement in the autumn so each could focus on "
                "its own markets.",
                "Velora intends to keep a majority of Arvent's shares after the listing. A chip supplier is "
                "also reported to be in talks about taking a small stake in the venture.",
            ],
        ),
    ]


def valley_stories() -> list[Story]:
    return [
        Story(
            key="valley-bridge",
            title="Brookhallow footbridge reopens after storm repairs",
            section="News",
            tags=["bridges", "flooding"],
            authors=["Owen Pascoe"],
            lead="The 1890s iron footbridge over the Tamsey was closed for three weeks.",
            published=d(2024, 3, 8, 12, 0),
            template="microdata",
            paras=[
                "The iron footbridge over the River Tamsey in Brookhallow reopened on Friday after three weeks "
                "of repairs to its eastern abutment.",
                "Engineers found that floodwater had scoured away part of the stone foundation. The gap was "
                "filled with concrete and new rock armour was placed along the bank.",
                "Shopkeepers on Bridge Street said trade had fallen during the closure because walkers from "
                "the caravan park could not reach the village without a two-mile detour.",
            ],
            comments=[("vb1", "Rhian Hale", "Great to have it back before the Easter holidays.", None)],
        ),
        Story(
            key="storm-valley",
            title="Clean-up begins in the valley after night of high winds",
            section="News",
            tags=["weather", "flooding"],
            authors=[AGENCY, "Valley Wire staff"],
            lead="Fallen trees and flooded lanes after Storm Imelda.",
            published=d(2024, 3, 4, 10, 5),
            template="jsonld",
            source=AGENCY,
            paras=_agency_paras(AGENCY_INTRO_VALLEY, AGENCY_FOOTER_VALLEY),
        ),
        Story(
            key="valley-cider",
            title="Lower Tamsey cider maker wins national award",
            section="Business",
            tags=["food", "awards"],
            authors=["Owen Pascoe"],
            lead="Orchard Row's dry cider was judged best in its class.",
            published=d(2024, 2, 27, 9, 30),
            template="ogmeta",
            paras=[
                "A cider made from apples grown on a single hillside above Lower Tamsey has been named the "
                "best dry cider in the country at the national craft drinks awards.",
                "Orchard Row is run by former teachers Hannah and Luke Bray, who bought the neglected "
                "orchard in 2017 and replanted forty old varieties.",
                "The couple make about 9,000 litres a year and sell most of it within twenty miles of the "
                "farm. They say they have no plans to grow much bigger.",
            ],
        ),
        Story(
            key="valley-walks",
            title="Volunteers waymark new circular walk above the Tamsey valley",
            section="Outdoors",
            tags=["walking"],
            authors=["Cerys Moyle"],
            lead="The eight-mile route links three villages and two hill forts.",
            published=d(2024, 2, 19, 8, 0),
            template="oldstyle",
            paras=[
                "A new eight-mile circular walk linking Brookhallow, Lower Tamsey and Felling Cross has been "
                "waymarked by volunteers from the valley ramblers' group.",
                "The route passes two Iron Age hill forts and follows an old packhorse track along the ridge. "
                "The group spent most of the winter clearing gorse and repairing stiles.",
                "Maps are available free from the post office in Lower Tamsey and the tea room at Felling Cross.",
            ],
        ),
    ]


ABOUT_HERALD = [
    "The Harbour Herald has reported on Wrenmouth, Skerry Point and the Carrow estuary since 1898. "
    "We are owned by a charitable trust and employ eleven journalists.",
    "We welcome story ideas, corrections and letters. Our newsroom is on Quay Street, above the chandlery.",
]
ABOUT_VALLEY = [
    "Valley Wire is an independent news website for the Tamsey valley, run by three reporters and a "
    "handful of volunteers.",
    "We publish our own reporting alongside stories from the Coastline Press Agency.",
]


# ---------------------------------------------------------------------------
# Building the fixture sites
# ---------------------------------------------------------------------------


def _story_to_article(site: NewsSite, st: Story) -> DemoArticle:
    paras: list[str] = []
    subs: list[int] = []
    for p in st.paras:
        if p.startswith("## "):
            subs.append(len(paras))
            paras.append(p[3:])
        else:
            paras.append(p)
    slug = slugify(st.title)
    art = DemoArticle(
        slug=slug,
        path=f"/news/{st.published:%Y}/{st.published:%m}/{slug}/",
        title=st.title,
        authors=list(st.authors),
        published=st.published,
        modified=st.modified or st.published,
        section=st.section,
        tags=list(st.tags),
        lead=st.lead,
        paragraphs=paras,
        images=list(st.images),
        template=st.template,
        comments=[],
        comments_per_page=st.comments_per_page,
        subheadings=subs,
        comment_style=st.comment_style,
        comments_paged=st.comments_paged,
        in_sitemap=st.in_sitemap,
        source=st.source,
    )
    labels: dict[str, int] = {}
    t = st.published + timedelta(minutes=37)
    rng = random.Random(slug)
    for label, author, text, parent in st.comments:
        cid = site.new_comment_id()
        labels[label] = cid
        t = t + timedelta(minutes=rng.randint(3, 95))
        art.comments.append(
            DemoComment(id=cid, author=author, text=text, published=t, parent_id=labels[parent] if parent else None)
        )
    return art


def _finish_site(site: NewsSite, stories: list[Story]) -> None:
    arts = [_story_to_article(site, st) for st in stories]
    arts.sort(key=lambda a: a.published, reverse=True)
    site.extend(arts, presorted=True)
    site.last_change = max(a.last_changed for a in site.articles) + timedelta(hours=1)
    for a in site.articles:
        for c in a.comments:
            site.last_change = max(site.last_change, c.published + timedelta(minutes=1))
    site.fault_articles = make_fault_articles()


def build_demo_site(name: str = "The Harbour Herald", variant: str = "herald") -> NewsSite:
    """The fixture site.  ``variant="syndication"`` builds the second, smaller
    site that carries the agency story under a different headline/intro/footer."""
    if variant in ("syndication", "valley"):
        site = NewsSite(
            name if name != "The Harbour Herald" else "Valley Wire",
            tagline="News from the Tamsey valley",
            page_size=6,
        )
        site._next_comment_id = 5001
        site.about_text = list(ABOUT_VALLEY)
        _finish_site(site, valley_stories())
        _rank_most_read(site)
        site.nav_tag = "flooding"
        return site
    if variant not in ("herald", "default", "main"):
        raise ValueError(f"unknown variant {variant!r}")
    site = NewsSite(name, tagline="News for Wrenmouth and the Carrow estuary", page_size=6)
    site._next_comment_id = 1001
    site.about_text = list(ABOUT_HERALD)
    _finish_site(site, herald_stories())
    night = site.article(slugify("Night market returns to Quay Street for the summer"))
    p = night.path
    site.variant_urls[night.slug] = [
        p + "?utm_source=homepage&utm_medium=editors-pick",
        p.rstrip("/"),
        p + "#comments",
        p + "amp/",
        p + "?print=1",
    ]
    diary = site.article(slugify("Lighthouse keeper's 1911 diary found in Pellow Street attic"))
    site.old_redirects["/old/walter-penrose-diary"] = diary.path
    for a in site.articles:
        for n in a.authors:
            au = site.authors[slugify(n)]
            au.bio = AUTHOR_BIOS.get(n, au.bio)
    _rank_most_read(site)
    site.nav_tag = "harbour"
    return site


def _rank_most_read(site: NewsSite) -> None:
    ranked = sorted(
        (a for a in site.articles if a.in_sitemap and a.slug not in site.variant_urls),
        key=lambda a: -len(a.comments),
    )
    site.most_read = list(site.variant_urls) + [a.slug for a in ranked[:6]]


AUTHOR_BIOS = {
    "Jane Doe": "Jane Doe covers the harbour, fishing and the ferries. She has worked at the Herald since 2011.",
    "John Roe": "John Roe is the Herald's transport and environment reporter.",
    "Priya Anand": "Priya Anand is our local democracy reporter and follows every council meeting.",
    "Tom Haskett": "Tom Haskett writes about business, shops and the people who run them.",
    "Max McDee": "Max McDee writes about history, motoring and anything with an engine.",
    "Jess Carne": "Jess Carne covers sport and education.",
}


# ---------------------------------------------------------------------------
# Fault articles (served only with faults=True)
# ---------------------------------------------------------------------------

BROKEN_PARAS = [
    "Workmen repairing the harbour steps on Monday found a time capsule buried by pupils of Quay Street "
    "school in 1974.",
    "The tin box held letters, a cassette tape, a football programme and a drawing of what the children "
    "thought Wrenmouth would look like in the year 2000.",
    "Most of them predicted flying boats to Skerry Point. None of them predicted the parking charges.",
]

LATIN1_PARAS = [
    "The Café Rosé on Harbour Road has reopened under new owners, the Zürich-born chef Renée Fäßler and "
    "her partner Joaquín Núñez.",
    "The façade has been repainted and the menu now offers crêpes, a smörgåsbord on Sundays and coffee at "
    "2.50 € a cup, which Fäßler calls \u201cnaïve pricing for a seaside town\u201d.",
    "Regulars say the old jukebox has survived the makeover, along with the café's famous crème brûlée.",
]

NOCHARSET_PARAS = [
    "Señora Inés Ibáñez, who has taught Spanish at Wrenmouth College for thirty years, retires this week.",
    "Former pupils travelled from as far as Málaga and Besançon for her farewell party, where the "
    "college choir sang a song written for her.",
    "She plans to spend her retirement walking the Camino and, in her words, \u201cfinally reading all the "
    "novels I set as homework\u201d.",
]


def make_fault_articles() -> list[DemoArticle]:
    t = datetime(2024, 1, 15, 9, 0, tzinfo=UTC)
    out = []
    for path, title, paras, author in [
        ("/faults/broken", "Time capsule found under harbour steps", BROKEN_PARAS, "Jess Carne"),
        ("/faults/latin1", "Café Rosé reopens with a new menu", LATIN1_PARAS, "Tom Haskett"),
        ("/faults/nocharset", "Farewell to Señora Ibáñez after thirty years", NOCHARSET_PARAS, "Priya Anand"),
    ]:
        out.append(
            DemoArticle(
                slug=path.rsplit("/", 1)[1],
                path=path,
                title=title,
                authors=[author],
                published=t,
                modified=t,
                section="News",
                tags=[],
                lead=paras[0],
                paragraphs=list(paras),
                template="fault",
                comments=[],
                in_sitemap=False,
            )
        )
        t += timedelta(days=1)
    return out


def fault_page_bytes(site: NewsSite, name: str) -> tuple[bytes, str]:
    arts = {a.slug: a for a in (site.fault_articles or make_fault_articles())}
    art = arts[name]
    e = escape
    if name == "broken":
        p = art.paragraphs
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + e(art.title) + "</title>"
            '<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{art.published.isoformat()}">'
            f'<meta name="author" content="{e(art.authors[0])}">'
            "</head><body><div class=header><a href=/>" + e(site.name) + "</a></div>"
            "<div class=main><article><h1>" + e(art.title) + "</h1>"
            f"<p class=byline>By {e(art.authors[0])}<div class=story><p>{e(p[0])}"
            f"<p><b>{e(p[1])}</p></b><table><tr><td><p>{e(p[2])}</td></p>"
            "<div class=share><span>Share</div>"
        )
        return html.encode("utf-8"), "text/html; charset=utf-8"
    body = "".join(f"<p>{e(x, quote=False)}</p>" for x in art.paragraphs)
    head = '<meta charset="utf-8">' if name == "latin1" else ""
    html = (
        f"<!DOCTYPE html><html><head>{head}<title>{e(art.title)}</title>"
        '<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{art.published.isoformat()}">'
        f'<meta name="author" content="{e(art.authors[0])}"></head><body>'
        f'<header><a href="/">{e(site.name)}</a></header><article><h1>{e(art.title)}</h1>'
        f'<p class="byline">By {e(art.authors[0])}</p><div class="article-body">{body}</div></article>'
        "<footer>&copy; The newsroom</footer></body></html>"
    )
    return html.encode("cp1252"), "text/html"


# ---------------------------------------------------------------------------
# Synthetic articles for benchmarks
# ---------------------------------------------------------------------------

FIRST = (
    "Aled Bryn Carys Dafydd Elin Ffion Gareth Hywel Iolo Jac Kezia Lowri Morgan Nia Osian Petra "
    "Rhodri Siân Tegan Uma Vaughan Wyn Yasmin Zac Amara Bilal Chloe Deepa Emeka Farah Gus Hana Ines "
    "Jonah Kofi Leila Mateo Noor Oren Pia Quinn Rosa Sami Tariq Ursula Viktor Wanda Xavi"
).split()
LAST = (
    "Abbott Baxter Carrick Delane Ellery Fenwick Garrow Holloway Ingram Jessop Kemble Lanyon Merrifield "
    "Norcott Ormsby Pendry Quarrie Rowntree Satterly Thewlis Upcott Vosper Whitlow Yardley Zennor "
    "Ashdown Blewett Cardew Dunstan Eddowes Frome Gilbey Hext Isherwood Jago Kestle Luxton Mabyn Nankivell "
    "Oxnam Pascoe Rundle Stribley Trethewey Uglow Varcoe Wherry"
).split()
SYL1 = (
    "Ash Bram Carn Dun Ell Fen Gwel Hal Kil Lan Mor Nan Pen Pol Ros Sal Tre Wen Ast Brid Cor Dar "
    "Hem Lud Mar Ock Rad Sheb Thorn Ulv"
).split()
SYL2 = ("bury combe ford ham hithe ley mouth stow ton wick worth vean gate haven field moor cross brook by den").split()
COMP_A = (
    "Amber Blue Copper Delta Eastern Granite Harbour Iron Juniper Kestrel Lantern Meridian North "
    "Orchard Pioneer Quarry Riverside Silver Tidal Upland Vale Western Yew Zenith"
).split()
COMP_B = (
    "Foods Logistics Energy Homes Marine Print Robotics Software Textiles Timber Water Labs Motors "
    "Dairies Pharma Freight Glass Steel Solar Brewing"
).split()
COMP_C = ["Ltd", "plc", "Group", "& Sons", "Holdings", "Co-operative", "Partners"]
ROLES = (
    "chair of the parish council|head teacher|shop owner|retired engineer|harbour master|nurse|"
    "bus driver|ward councillor|farmer|café owner|chief executive|union representative|"
    "local historian|volunteer coordinator|police inspector|planning officer|student|"
    "fire station manager|vicar|pub landlord"
).split("|")
SECTIONS = ["News", "Business", "Politics", "Community", "Sport", "Transport", "Culture", "Education"]
TOPIC = {
    "News": "flood inquiry road closure house fire water main landslip power cut coastguard rescue missing "
    "dog lifeboat launch burst pipe".split(),
    "Business": "factory expansion shop closure takeover bid warehouse plan profit warning hiring drive "
    "pay deal shipping contract".split(),
    "Politics": "budget vote planning row by-election tax rise housing plan bin strike ward boundary "
    "cabinet reshuffle".split(),
    "Community": "village fete charity swim food bank choir festival memorial bench repair café reopening "
    "scout hut".split(),
    "Sport": "cup final relegation fight rowing regatta cricket derby rugby sevens swimming gala darts league".split(),
    "Transport": "bus timetable rail closure bridge repair cycle lane ferry delay parking scheme speed camera".split(),
    "Culture": "theatre reopening gallery show book festival film premiere folk concert museum loan".split(),
    "Education": "school merger exam results college course teacher shortage roof repair nursery funding".split(),
}
NOUNS = (
    "plan scheme project proposal budget report survey petition grant contract review appeal "
    "inquiry consultation deal partnership bid application study programme"
).split()
ADJ = (
    "bold controversial costly long-awaited modest ambitious overdue surprising unpopular welcome "
    "fragile temporary cautious detailed fresh revised narrow broad"
).split()
VERBS = (
    "approved delayed rejected welcomed criticised funded paused revived extended backed questioned "
    "scrapped announced defended unveiled"
).split()
PLACES = (
    "the harbour|the town hall|the old quarry|the high street|the railway station|the seafront|"
    "the market square|the industrial estate|the village green|the river bank|the leisure centre|"
    "the community hall|the primary school|the retail park|the marina"
).split("|")
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
FEELINGS = (
    "relieved angry hopeful sceptical delighted worried frustrated cautiously optimistic disappointed surprised"
).split()
THINGS = (
    "cars lorries visitors homes jobs trees pupils patients boats stalls beds bikes houses volunteers members"
).split()


class _Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def c(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def person(self) -> str:
        return f"{self.c(FIRST)} {self.c(LAST)}"

    def town(self) -> str:
        return self.c(SYL1) + self.c(SYL2)

    def company(self) -> str:
        return f"{self.c(COMP_A)} {self.c(COMP_B)} {self.c(COMP_C)}"

    def num(self) -> int:
        return self.r.randint(2, 950)

    def sentence(self, topic: str, town: str) -> str:
        c, r = self.c, self.r
        k = r.randint(0, 21)
        if k == 0:
            return f"{self.person()}, a {c(ROLES)} in {town}, said {c(DAYS)}'s decision left residents {c(FEELINGS)}."
        if k == 1:
            return f"The {c(ADJ)} {topic} {c(NOUNS)} was {c(VERBS)} by {self.company()} after {self.num()} objections."
        if k == 2:
            return f"About {self.num()} {c(THINGS)} near {c(PLACES)} in {town} could be affected by {c(MONTHS)}."
        if k == 3:
            return f'"We {c(["never", "always", "simply", "honestly"])} expected {self.num()} {c(THINGS)}," admitted {self.person()}.'
        if k == 4:
            return f"{self.company()} {c(VERBS)} its {c(ADJ)} {c(NOUNS)} for {c(PLACES)} on {c(DAYS)}."
        if k == 5:
            return f"Figures seen by {c(['reporters', 'campaigners', 'councillors', 'auditors'])} put the cost at {self.num()},{r.randint(100, 999)} pounds."
        if k == 6:
            return f"{town} {c(['parish', 'town', 'district', 'borough'])} council {c(VERBS)} the {topic} {c(NOUNS)} {c(['unanimously', 'narrowly', 'quietly', 'again'])}."
        if k == 7:
            return f"Campaigners from {self.town()} {c(['marched', 'gathered', 'rallied', 'queued'])} outside {c(PLACES)} with {self.num()} {c(['placards', 'signatures', 'letters', 'flags'])}."
        if k == 8:
            return f"{self.person()} told the {c(['meeting', 'inquiry', 'hearing', 'committee'])} that {c(THINGS)} {c(['were', 'felt', 'looked', 'seemed'])} {c(FEELINGS)}."
        if k == 9:
            return f"A {c(ROLES)} from {self.town()} described the {topic} as {c(ADJ)} and {c(ADJ)}."
        if k == 10:
            return f"{c(MONTHS)} {r.randint(1, 28)} {c(['remains', 'became', 'looks', 'stays'])} the {c(['deadline', 'target date', 'start date', 'cut-off'])} for {c(ADJ)} {c(NOUNS)} {c(['bids', 'responses', 'payments', 'plans'])}."
        if k == 11:
            return f"{self.company()} {c(['employs', 'supplies', 'houses', 'trains'])} {self.num()} {c(THINGS)} across {town} and {self.town()}."
        if k == 12:
            return f"Nobody from {self.company()} {c(['responded', 'commented', 'called back', 'turned up'])} {c(['on', 'by', 'before', 'after'])} {c(DAYS)}."
        if k == 13:
            return f"{self.person()} ({r.randint(19, 88)}) {c(['recalled', 'described', 'photographed', 'filmed'])} {c(PLACES)} {c(['flooding', 'emptying', 'crowding', 'closing'])} {c(['twice', 'overnight', 'in minutes', 'last winter'])}."
        if k == 14:
            return f"{c(['Roughly', 'Almost', 'Nearly', 'Over'])} {r.randint(3, 97)} per cent of {c(THINGS)} in {town} {c(['backed', 'opposed', 'ignored', 'doubted'])} it."
        if k == 15:
            return f"The {c(NOUNS)} {c(['follows', 'mirrors', 'replaces', 'echoes'])} a {c(ADJ)} {c(NOUNS)} from {r.randint(1961, 2022)}."
        if k == 16:
            return f"{self.person()} {c(['chairs', 'founded', 'runs', 'leads'])} {self.town()} {c(['Residents Group', 'Trust', 'Society', 'Forum', 'Action Network'])}."
        if k == 17:
            return f"{c(['Critics', 'Supporters', 'Neighbours', 'Shopkeepers', 'Parents'])} in {self.town()} {c(['fear', 'hope', 'suspect', 'insist'])} {c(THINGS)} {c(['will', 'might', 'must', 'cannot'])} {c(['return', 'wait', 'pay', 'move'])}."
        if k == 18:
            return f"{town}'s {c(PLACES)[4:]} {c(['reopens', 'closes', 'shuts', 'expands'])} {c(['next', 'this', 'by', 'until'])} {c(MONTHS)}."
        if k == 19:
            return f"{c(['Inspectors', 'Engineers', 'Surveyors', 'Auditors'])} {c(['found', 'logged', 'counted', 'reported'])} {self.num()} {c(['faults', 'complaints', 'breaches', 'cracks', 'delays'])} {c(['since', 'before', 'during'])} {c(MONTHS)}."
        if k == 20:
            return f'"{c(["Frankly", "Honestly", "Look", "Well"])}, {c(["nobody", "everybody", "somebody"])} {c(["asked", "warned", "told"])} {self.person().split()[0]}," {c(["said", "added", "insisted"])} {self.person()}.'
        return f"{c(['Tickets', 'Permits', 'Passes', 'Places', 'Grants'])} cost {r.randint(2, 400)} pounds {c(['each', 'a year', 'a month', 'per family'])} at {c(PLACES)}."

    def paragraph(self, topic: str, town: str) -> str:
        return " ".join(self.sentence(topic, town) for _ in range(self.r.randint(2, 5)))


_COMMENT_BITS = [
    "Spot on",
    "I disagree",
    "Typical",
    "About time",
    "Well said",
    "Not again",
    "Good news",
    "Shameful",
    "Interesting",
    "Who pays",
    "Thanks for reporting",
    "Same as last year",
]


class GeneratedArticle(DemoArticle):
    """A DemoArticle whose body and comments are generated on first access."""

    _gen_seed: str = ""
    _gen_comment_base: int = 0

    @property
    def paragraphs(self) -> list[str]:
        if self.__dict__.get("_paragraphs") is None:
            self._materialize()
        return self.__dict__["_paragraphs"]

    @paragraphs.setter
    def paragraphs(self, value) -> None:
        self.__dict__["_paragraphs"] = value

    @property
    def comments(self) -> list[DemoComment]:
        if self.__dict__.get("_comments") is None:
            self._materialize()
        return self.__dict__["_comments"]

    @comments.setter
    def comments(self, value) -> None:
        self.__dict__["_comments"] = value

    def _materialize(self) -> None:
        rng = random.Random(self._gen_seed)
        g = _Gen(rng)
        topic = self.__dict__.get("_topic", "plan")
        town = self.__dict__.get("_town", "Wrenmouth")
        if self.__dict__.get("_paragraphs") is None:
            n = rng.randint(4, 9)
            paras = [g.paragraph(topic, town) for _ in range(n)]
            subs = []
            if n >= 6:
                subs = [3]
                paras[3] = f"{rng.choice(['What happens next', 'Reaction', 'Background', 'The cost'])} in {town}"
            self.subheadings = subs
            self.__dict__["_paragraphs"] = paras
        else:
            for _ in range(3):
                rng.random()
        if self.__dict__.get("_comments") is None:
            rng2 = random.Random(self._gen_seed + "c")
            g2 = _Gen(rng2)
            comments: list[DemoComment] = []
            t = self.published
            for i in range(rng2.randint(0, 8)):
                t = t + timedelta(minutes=rng2.randint(2, 300))
                parent = None
                if comments and rng2.random() < 0.4:
                    parent = comments[int(rng2.random() * len(comments))].id
                text = f"{g2.c(_COMMENT_BITS)}. {g2.sentence(topic, town)}"
                comments.append(
                    DemoComment(
                        id=self._gen_comment_base + i,
                        author=g2.person(),
                        text=text,
                        published=t,
                        parent_id=parent,
                    )
                )
            self.__dict__["_comments"] = comments


def build_generated_site(
    n_articles: int = 1000,
    seed: int = 1,
    *,
    name: str | None = None,
    now: datetime | None = None,
    spacing_minutes: int = 97,
) -> NewsSite:
    """Synthetic site for benchmarks: same URL scheme and discovery files, listing
    pages of 20, sitemaps split at 1,000 URLs, news sitemap for the last 2 days."""
    now = (now or now_utc()).replace(second=0, microsecond=0)
    site = NewsSite(
        name or f"Generated Gazette {seed}",
        tagline="Synthetic local news for benchmarks",
        page_size=20,
        sitemap_chunk=1000,
        news_sitemap_days=2,
        generated=True,
        created=now - timedelta(minutes=spacing_minutes * (n_articles + 2)),
    )
    site.about_text = ["This site is generated for crawler benchmarks. None of its stories are real."]
    templates = ["jsonld", "microdata", "ogmeta", "oldstyle", "jsonld-graph"]
    rng = random.Random(seed)
    g = _Gen(rng)
    arts = []
    stride = 16
    seen: set[str] = set()
    for i in range(n_articles):
        section = SECTIONS[i % len(SECTIONS)]
        topic = g.c(TOPIC[section])
        town = g.town()
        title = (
            f"{town} {g.c(['council', 'residents', 'traders', 'parents', 'firm'])} "
            f"{g.c(VERBS)} {g.c(ADJ)} {topic} {g.c(NOUNS)}"
        )
        slug = slugify(title)
        if slug in seen:
            slug = f"{slug}-{i}"
        seen.add(slug)
        pub = now - timedelta(minutes=spacing_minutes * (i + 1) + rng.randint(0, 30))
        pub = pub.astimezone(BST if i % 3 == 0 else UTC)
        authors = [g.person()] + ([g.person()] if rng.random() < 0.2 else [])
        a = GeneratedArticle(
            slug=slug,
            path=f"/news/{pub:%Y}/{pub:%m}/{slug}/",
            title=title,
            authors=authors,
            published=pub,
            modified=pub,
            section=section,
            tags=[topic.split()[0], town.lower()][: 1 + (i % 2)],
            lead=g.sentence(topic, town),
            paragraphs=None,  # type: ignore[arg-type]
            images=[],
            template=templates[i % len(templates)],
            comments=None,  # type: ignore[arg-type]
            comments_per_page=5,
        )
        a._gen_seed = f"{seed}:{i}"
        a._gen_comment_base = 1 + i * stride
        a.__dict__["_topic"] = topic
        a.__dict__["_town"] = town
        arts.append(a)
    # pubs are strictly decreasing given spacing > 30
    site.extend(arts, presorted=True)
    site.most_read = [a.slug for a in arts[:6]]
    site.nav_tag = arts[0].tags[0] if arts else None
    site._next_comment_id = 1 + n_articles * stride
    site.last_change = now
    site.fault_articles = make_fault_articles()
    return site
