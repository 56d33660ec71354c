/// Small word lists that type names: places, organisation words, titles and honorifics, common first names and
/// capitalised words that are never names. Deliberately compact (countries, capitals and large cities, a few
/// hundred first names); a name not listed is typed from its context instead (see ``NameFinder``).
public enum Gazetteer {
    /// Countries, capitals, large cities and well-known regions, by lower-cased name.
    public static let places: Set<String> = Set(
        """
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain \
        bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria \
        burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia \
        denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia \
        georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia \
        iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos \
        latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives \
        mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique \
        myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama \
        paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles \
        singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania \
        thailand togo tonga tunisia turkey turkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu \
        venezuela vietnam yemen zambia zimbabwe britain england scotland wales europe asia africa america antarctica \
        crimea donbas donbass donetsk luhansk kharkiv kherson zaporizhzhia mariupol odesa odessa sumy lviv dnipro \
        chernihiv chernigiv mykolaiv irpin bucha kramatorsk bakhmut avdiivka kyiv kiev moscow petersburg istanbul \
        ankara tehran baghdad damascus beirut jerusalem gaza cairo riyadh doha dubai kabul islamabad delhi mumbai \
        beijing shanghai tokyo seoul pyongyang taipei hanoi bangkok jakarta manila sydney melbourne canberra \
        auckland wellington london paris berlin rome madrid lisbon brussels amsterdam vienna prague warsaw budapest \
        bucharest sofia athens belgrade zagreb helsinki stockholm oslo copenhagen dublin minsk vilnius riga tallinn \
        chisinau tbilisi yerevan baku astana tashkent geneva zurich munich hamburg frankfurt milan barcelona \
        washington york chicago boston philadelphia detroit miami houston dallas atlanta seattle denver phoenix \
        angeles francisco diego queens brooklyn manhattan toronto montreal vancouver ottawa havana caracas bogota \
        lima santiago brasilia janeiro aires nairobi lagos johannesburg kinshasa addis khartoum tripoli tunis \
        algiers rabat dakar accra michigan california texas florida ohio virginia kashmir tibet siberia chechnya \
        sahel balkans caucasus scandinavia
        """.split(separator: " ").map(String.init))

    /// Places of more than one word, lower-cased.
    public static let multiWordPlaces: Set<String> = [
        "united states", "united kingdom", "new york", "new zealand", "new delhi", "south africa", "north korea",
        "south korea", "saudi arabia", "sri lanka", "hong kong", "los angeles", "san francisco", "san diego",
        "st petersburg", "saint petersburg", "rio de janeiro", "buenos aires", "czech republic", "united arab emirates",
        "middle east", "latin america", "north america", "south america", "gulf of aden",
        "black sea", "red sea", "west bank", "gaza strip", "costa rica", "el salvador", "puerto rico", "ivory coast",
        "new jersey", "las vegas", "hong kong", "abu dhabi", "tel aviv", "addis ababa",
    ]

    /// Last words that make a name a place: `Independence Square`, `Oreth River`, `Mount Cook`.
    public static let placeWords: Set<String> = [
        "square", "street", "avenue", "road", "bridge", "river", "sea", "ocean", "gulf", "bay", "island", "islands",
        "mountain", "mountains", "lake", "valley", "park", "province", "region", "county", "city", "peninsula",
        "strait", "coast", "desert", "canal", "harbour", "harbor", "port", "airport", "glacier", "falls", "gorge",
        "oblast", "district", "heights", "hill", "hills", "beach", "plaza",
    ]

    /// First words that make a name a place: `Mount Cook`, `Lake Geneva`.
    public static let placePrefixes: Set<String> = ["mount", "mt", "lake", "cape", "port", "fort", "saint", "st"]

    /// Words that make a name an organisation: `Foreign Ministry`, `Security Council`, `White House`.
    public static let organizationWords: Set<String> = [
        "ministry", "council", "union", "committee", "party", "agency", "service", "services", "house", "office",
        "department", "commission", "parliament", "congress", "senate", "assembly", "court", "bank", "company",
        "corporation", "corp", "inc", "ltd", "llc", "llp", "group", "association", "organization", "organisation",
        "foundation", "institute", "university", "college", "school", "academy", "club", "federation", "league",
        "army", "navy", "forces", "guard", "police", "network", "news", "times", "post", "journal", "press",
        "bureau", "directorate", "staff", "cross", "crescent", "nations", "alliance", "movement", "authority",
        "board", "fund", "reserve", "administration", "government", "cabinet", "duma", "rada", "command", "corps",
        "brigade", "battalion", "unit", "hospital", "church", "airlines", "airways", "motors", "industries",
        "holdings", "partners", "media", "broadcasting", "television", "radio", "tribune", "herald", "gazette",
        "courier", "ledger", "wire", "chargers", "76ers", "sixers", "awards", "oscars", "team", "center", "centre",
        "division", "society", "coalition", "chamber", "trust", "technologies", "technology", "systems", "solutions",
        "labs", "laboratories", "electronics", "communications", "telecom", "software", "studios", "pictures",
        "records", "entertainment", "pharmaceuticals", "enterprises", "advisors", "advisers", "associates",
        "consultants", "consulting",
    ]

    /// Organisations known by one word or an acronym, lower-cased.
    public static let organizations: Set<String> = [
        "kremlin", "pentagon", "nato", "un", "eu", "icrc", "tass", "reuters", "afp", "ap", "bbc", "cnn", "sbu", "fsb",
        "kgb", "cia", "fbi", "nsa", "who", "imf", "opec", "hamas", "hezbollah", "taliban", "interpol", "unesco",
        "unicef", "wto", "osce", "iaea", "cgtn", "ria", "interfax", "ukrinform", "bellingcat", "telegram", "twitter",
        "facebook", "google", "apple", "microsoft", "amazon", "nypd", "ncaa", "nba", "nfl", "fifa", "uefa", "ioc",
        "asean", "brics", "ecb", "fed", "congress", "parliament", "vatican", "politburo", "nasa", "spacex", "tesla",
    ]

    /// Honorifics before a person's name.
    public static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor", "rev", "lord", "lady", "madam", "mme",
    ]

    /// Titles before a person's name, lower-cased: `President Vladimir Putin`, `Foreign Minister Ilse Varga`.
    public static let titles: Set<String> = [
        "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "king",
        "queen", "prince", "princess", "pope", "senator", "sen", "rep", "representative", "governor", "gov", "mayor",
        "general", "gen", "colonel", "col", "lieutenant", "lt", "sergeant", "sgt", "captain", "capt", "commander",
        "admiral", "adm", "major", "judge", "justice", "inspector", "detective", "officer", "chief", "director",
        "ambassador", "envoy", "coach", "chairman", "chairwoman", "chair", "ceo", "speaker", "leader", "deputy",
        "premier", "ombudswoman", "ombudsman", "negotiator", "sheriff", "bishop", "archbishop", "cardinal", "rabbi",
        "imam", "sheikh", "emir", "sultan", "ayatollah", "state", "attorney", "prosecutor", "councillor",
        "councilman", "councilwoman", "assemblyman", "congressman", "congresswoman", "lawmaker", "mp", "dean",
        "superintendent", "commissioner", "nominee", "trustee", "prexy", "coordinator", "insp", "const",
        "constable", "supt", "det", "cpl", "corporal", "pte", "private", "sr", "jr",
    ]

    /// Lower-case role nouns that, right before a name, make it a person: "Kremlin spokesman Dmitry Peskov".
    public static let roleNouns: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "negotiator", "minister", "president", "billionaire",
        "ombudswoman", "ombudsman", "official", "secretary", "envoy", "leader", "chief", "mayor", "governor", "coach",
        "director", "analyst", "lawyer", "attorney", "professor", "author", "actor", "actress", "singer", "player",
        "host", "prexy", "chairman", "ceo", "founder", "partner", "wife", "husband", "son", "daughter", "mother",
        "father", "brother", "sister", "counterpart", "historian", "commander", "general", "aide", "adviser",
        "advisor", "diplomat", "ambassador", "senator", "lawmaker", "judge", "prosecutor", "inspector", "officer",
        "tackle", "receiver", "quarterback", "striker", "midfielder", "defender", "goalkeeper", "guard", "forward",
        "comedian", "star", "writer", "journalist", "reporter", "editor", "producer", "producers", "economist",
        "expert", "researcher", "scientist", "doctor", "physician", "nurse", "witness", "resident", "victim",
        "suspect", "driver", "climber", "neighbour", "neighbor", "friend", "colleague", "manager", "executive",
        "businessman", "businesswoman", "politician", "candidate", "deputy", "premier", "chancellor", "king", "queen",
        "prince", "princess", "pope", "emir", "dictator", "opposition", "activist", "campaigner", "owner", "agent",
    ]

    /// Nationality adjectives and organisations that may stand before a title: "Russian President", "US Secretary".
    public static let demonyms: Set<String> = [
        "russian", "ukrainian", "american", "us", "u.s", "british", "uk", "french", "german", "chinese", "turkish",
        "iranian", "israeli", "palestinian", "indian", "pakistani", "japanese", "korean", "italian", "spanish",
        "polish", "canadian", "australian", "european", "belarusian", "syrian", "iraqi", "afghan", "saudi", "egyptian",
        "kremlin", "white", "house", "foreign", "defence", "defense", "interior", "finance", "health", "justice",
        "prime", "vice", "deputy", "former", "acting", "first", "general", "state", "surgeon", "press", "secretary",
        "united", "states", "kingdom", "nations", "of", "the", "and",
    ]

    /// Capitalised words that start sentences or headlines but never a name.
    public static let nonNames: Set<String> = Set(
        """
        the a an and or but if in on at to of for from by with without about after before during since until as \
        when while where who whom whose which what why how that this these those there here it its he she they we i \
        you his her their our my your him them us me one two three four five six seven eight nine ten some many \
        most much more all any each every both either neither no not nor yet so however meanwhile despite although \
        though also still even just only already instead moreover furthermore nevertheless then thus therefore \
        asked according earlier later last next first second third new former other another such same several \
        few under over into onto upon across through between among against toward towards within outside inside \
        near beyond behind above below around amid regardless because unless whether once twice monday tuesday \
        wednesday thursday friday saturday sunday january february march april may june july august september \
        october november december today yesterday tomorrow mr mrs ms dr sir president minister secretary prime \
        foreign deputy state general chief police officials official authorities military breaking update updated \
        posted published read watch click share photo video image credit copyright reporting editing additional \
        related more like follow sign subscribe advertisement please let yes oh well now never always perhaps \
        maybe indeed overall finally thanks thank dear hello democrat democrats democratic republican \
        republicans route highway interstate currently recently worryingly unfortunately fortunately additionally \
        similarly consequently interestingly surprisingly importantly ultimately initially previously subsequently \
        originally apparently obviously clearly certainly elsewhere accordingly notably specifically essentially \
        basically traditionally historically typically generally usually increasingly critically crucially frankly \
        honestly hopefully sadly luckily curiously ironically tellingly admittedly arguably undoubtedly inevitably \
        analysing analyzing speaking describing expressing asked
        """.split(separator: " ").map(String.init))

    /// Groups that speak together ("Witnesses said", "Neighbours told the BBC"): alone, never a name, though a
    /// speech verb after them is a person cue. Inside a longer name they stay ("Parents Television Council").
    public static let groupNouns: Set<String> = Set(
        """
        witnesses eyewitnesses neighbours neighbors friends relatives residents locals villagers families parents \
        students teachers workers employees staff colleagues sources analysts experts critics observers \
        investigators prosecutors detectives lawyers doctors nurses medics paramedics firefighters rescuers \
        survivors victims passengers fans supporters opponents activists campaigners protesters demonstrators \
        organisers organizers volunteers scientists researchers economists diplomats lawmakers legislators \
        regulators voters troops soldiers officers guards inmates refugees migrants mourners onlookers bystanders
        """.split(separator: " ").map(String.init))

    /// Common first names (lower-cased), a person cue for names without a title: the ones ``PersonGender`` knows to
    /// be a man's or a woman's (Bill, Kate…), and these, used for both (Jordan, Andrea) or not in its lists.
    public static let firstNames: Set<String> = Set(
        """
        jordan andrea jean mo maurice seth andzey bogdan bohdan denys denis roman maxim maksym artem anton vitali \
        vitaly vitaliy yevgeniy valeriy rustem arseniy petro xi li kim moon tayyip hakan mevlut jake lula nicolas \
        ashraf shehbaz ban
        """.split(separator: " ").map(String.init)
    ).union(PersonGender.firstNames.keys)
}
