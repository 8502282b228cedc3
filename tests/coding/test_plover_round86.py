"""PLOVER round 86 (issue 13): bans, raids and curfews inside one state — raids by the police and curfews imposed.

In the development news rows of acts inside one state, a raid by the police ("By midday local time, police had raided
around 150 addresses in 41 cities", "The Delhi Police are Tuesday conducting raids in at least 35 locations") was typed
ASSAULT (the lexicon's "raid" and raids conducted are force, CAMEO 190), and a curfew declared, enacted, clamped,
announced or imposed ("Baltimore has declared an overnight curfew", "A curfew was announced in Churachandpur") was
typed by the comment verb, by the classifier or by clashes told before it, where the news sets label both COERCE.
A police raid told with no deaths, wounds or militants is now CAMEO 170 (`coder._police_raid`) and a curfew imposed
CAMEO 1723 (`coder._curfew_imposed`), both PLOVER COERCE. Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv); expected categories, sources and targets their hand labels.
"""

from latitude.coding.coder import classify, code_sentence


def test_a_raid_by_the_police_is_coercion():
    assert classify("Police raided dozens of addresses across the country on Wednesday.").plover == "COERCE"
    assert classify("The police conducted raids at several locations in the capital on Friday.").plover == "COERCE"
    # BA, labelled COERCE RUS > RUS (was ASSAULT, CAMEO 190)
    text = "By midday local time, police had raided around 150 addresses in 41 cities, according to Navalny’s group, the Anti-Corruption Fund (FBK)."
    assert classify(text).plover == "COERCE"
    # BW, labelled COERCE IND > IND (was ASSAULT with an ASSAULT record)
    text = (
        "On Tuesday morning, the Special Cell of the Delhi Police conducted raids, resulting in the confiscation of "
        "laptops and mobile phones belonging to journalists associated with the news portal NewsClick."
    )
    assert classify(text).plover == "COERCE"
    record = code_sentence(text)[0]
    assert record["plover"] == "COERCE" and record["source"] == "IND" and record["target"] == "IND"
    # BV, labelled COERCE BGD > BGD (was ASSAULT; `_raid_on_offices` needs the office within five words)
    text = (
        "Police then conducted a raid on the BNP offices and arrested several leaders and activists, including Senior "
        "Joint Secretary General Ruhul Kabir Rizvi, Dhaka Metropolitan North Convener Aman Ullah Aman, and the party "
        "chief's special aide Shamsur Rahman Shimul Biswas."
    )
    assert classify(text).plover == "COERCE"


def test_a_curfew_imposed_is_coercion():
    assert classify("The governor declared a curfew in the city after two nights of rioting.").plover == "COERCE"
    # AX, labelled COERCE USA > USA (was REQUEST and no record)
    text = (
        "Baltimore has declared an overnight curfew from 10:00 pm Tuesday (0200 GMT Wednesday) and local and national "
        "leaders have appealed for calm after the latest in a series of incidents to stir U.S. racial tension."
    )
    assert classify(text).plover == "COERCE"
    record = code_sentence(text)[0]
    assert record["plover"] == "COERCE" and record["source"] == "USA" and record["target"] == "USA"
    # BW, labelled COERCE IND > IND (was REJECT)
    text = "A curfew was announced in Churachandpur, Manipur, on Monday as a preventive step against further disputes between the Hmar and Zomi communities."
    assert classify(text).plover == "COERCE"
    # BV, labelled COERCE IND > IND (was COOPERATE: the clashes told in the clause of "following" are what provoked it)
    text = (
        "Following clashes between police and protesters over the arrest of five armed village volunteers in the "
        "Kongba area, the Manipur government on Friday reimposed a total curfew in Imphal."
    )
    assert classify(text).plover == "COERCE"
    record = code_sentence(text)[0]
    assert record["plover"] == "COERCE" and record["source"] == "IND" and record["target"] == "IND"


def test_raids_with_deaths_provoking_raids_and_curfews_not_imposed_keep_their_readings():
    assert classify("Security forces raided a militant hideout on Saturday, killing two militants.").plover == "ASSAULT"
    # J, labelled SANCTION MEX > ECU: the raid after "following" provoked the act
    text = "Mexico has announced the severance of diplomatic relations with Ecuador following a controversial police raid on the Mexican embassy in Quito."
    assert classify(text).plover == "SANCTION"
    # BD, labelled ASSAULT IND > IND: a curfew the police were trying to impose (an infinitive) is not the act
    text = "Gunmen shot and wounded 10 police paramilitiaries on Monday who were trying to impose a curfew in Srinagar during Independence Day."
    assert classify(text).plover == "ASSAULT"
    assert classify("Authorities lifted the curfew in the capital on Monday.").plover == "RETREAT"
    assert classify("Protesters clashed with police after a curfew was imposed in the city.").plover == "ASSAULT"
