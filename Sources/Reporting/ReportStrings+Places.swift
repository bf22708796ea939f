/// The strings of the breakdowns by region and urban/rural setting, the estimated numbers of
/// children beside the percentages, and the comparison of self-reported experience with
/// recorded cases, in every language (merged into each language's table).
extension ReportStrings {
    static let placesEnglish: [String: String] = [
        "h.byRegion": "By country and region",
        "h.bySetting": "By country and place of residence (urban or rural)",
        "prevalence.testRegion": "Rao–Scott test of equal prevalence across the regions of each country: {list}.",
        "prevalence.testSetting": "Rao–Scott test of equal prevalence in urban and rural areas of each country: {list}.",
        "prevalence.testItem": "{country} F = {f}, p = {p}",
        "col.number": "Estimated number (95% CI)",
        "note.noWeights":
            "Survey rounds without weights ({rounds}): a total would count respondents, not estimate the number of children in the population, so none is shown (–).",
        "note.numbers":
            "Estimated number of children: the weighted total (as R survey's svytotal) with its 95% CI, rounded to the nearest 100; lower limits below zero are shown as 0.",
        "finding.region":
            "{indicator}, {country}: the regions differ (Rao–Scott F = {f}, p = {p}; Holm-adjusted over the report's {m} tests by place, p = {pHolm}); highest in {high}, {highValue}; lowest in {low}, {lowValue}.",
        "finding.setting":
            "{indicator}, {country}: urban and rural areas differ (Rao–Scott F = {f}, p = {p}; Holm-adjusted over the report's {m} tests by place, p = {pHolm}); {high} {highValue}; {low} {lowValue}.",
        "h.gap": "Self-reported experience and recorded cases",
        "gap.intro":
            "Per country, the survey's estimated number of pupils who reported contact sexual abuse in the past 12 months, beside the cases with a child victim recorded in the survey's year, and the number of children the survey estimates per recorded case.",
        "col.gapSurvey": "Estimated children, contact abuse in the past 12 months (95% CI)",
        "col.gapRecorded": "Recorded cases",
        "col.gapRatio": "Estimated children per recorded case (95% CI)",
        "note.gap":
            "A rough ratio, not a measure of under-reporting. The survey counts pupils aged 11–17 who reported contact sexual abuse in the 12 months before the survey, by the questionnaire's definition; recorded cases count the child victims aged 0–17 of every offence and stage recorded in the calendar year under each country's criminal law, and a case may concern an earlier year. Recorded crime is a floor: most abuse is never reported. The interval is the survey's alone (the recorded count is taken as exact). Shown only where a country has both the survey estimate and the recorded cases of the survey's year.",
    ]

    static let placesLatvian: [String: String] = [
        "h.byRegion": "Pa valstīm un reģioniem",
        "h.bySetting": "Pa valstīm un apdzīvotās vietas tipiem (pilsēta vai lauki)",
        "prevalence.testRegion": "Rao–Skota tests par vienādu izplatību visos katras valsts reģionos: {list}.",
        "prevalence.testSetting": "Rao–Skota tests par vienādu izplatību katras valsts pilsētās un laukos: {list}.",
        "prevalence.testItem": "{country} (F = {f}, p = {p})",
        "col.number": "Novērtētais skaits (95\u{202F}% TI)",
        "note.noWeights":
            "Aptaujas kārtas bez svariem ({rounds}): kopsumma skaitītu respondentus, nevis novērtētu bērnu skaitu populācijā, tāpēc tā nav parādīta (–).",
        "note.numbers":
            "Novērtētais bērnu skaits: svērtā kopsumma (kā R pakotnes survey funkcijā svytotal) ar 95\u{202F}% ticamības intervālu, noapaļota līdz tuvākajam simtam; apakšējās robežas, kas mazākas par nulli, parādītas kā 0.",
        "finding.region":
            "{indicator}, {country}: izplatība reģionos statistiski nozīmīgi atšķiras (Rao–Skota F = {f}, p = {p}; ar Holma metodi koriģētā p = {pHolm}, ņemot vērā visus pārskata testus pa reģioniem un apdzīvotās vietas tipiem, kuru kopā ir {m}); augstākā izplatība – {high}, {highValue}; zemākā – {low}, {lowValue}.",
        "finding.setting":
            "{indicator}, {country}: izplatība pilsētās un laukos statistiski nozīmīgi atšķiras (Rao–Skota F = {f}, p = {p}; ar Holma metodi koriģētā p = {pHolm}, ņemot vērā visus pārskata testus pa reģioniem un apdzīvotās vietas tipiem, kuru kopā ir {m}); augstākā izplatība – {high}, {highValue}; zemākā – {low}, {lowValue}.",
        "h.gap": "Bērnu pašu norādītā pieredze un reģistrētie gadījumi",
        "gap.intro":
            "Katrā valstī – pēc aptaujas datiem novērtētais to skolēnu skaits, kuri norādījuši, ka pēdējos 12 mēnešos pieredzējuši kontakta seksuālu vardarbību, blakus aptaujas gadā reģistrētajiem gadījumiem, kuros cietušais ir bērns, un pēc aptaujas datiem novērtētais bērnu skaits uz vienu reģistrētu gadījumu.",
        "col.gapSurvey": "Novērtētais bērnu skaits, kontakta vardarbība pēdējos 12 mēnešos (95\u{202F}% TI)",
        "col.gapRecorded": "Reģistrētie gadījumi",
        "col.gapRatio": "Novērtētais bērnu skaits uz vienu reģistrētu gadījumu (95\u{202F}% TI)",
        "note.gap":
            "Aptuvena attiecība, nevis neziņoto gadījumu mērs. Aptauja aptver 11–17 gadus vecus skolēnus, kuri norādījuši, ka 12 mēnešos pirms aptaujas pieredzējuši kontakta seksuālu vardarbību anketas izpratnē; reģistrētie gadījumi aptver 0–17 gadus vecus cietušos bērnus noziedzīgajos nodarījumos, kas kalendārajā gadā reģistrēti saskaņā ar attiecīgās valsts krimināllikumu (visi nodarījumu veidi un visas procesa stadijas), un gadījums var attiekties uz agrāku gadu. Reģistrētā noziedzība ir apakšējā robeža: par lielāko daļu vardarbības gadījumu nekad netiek ziņots. Intervāls atspoguļo tikai aptaujas nenoteiktību (reģistrēto gadījumu skaits pieņemts par precīzu). Dati parādīti tikai par valstīm, kurām ir gan aptaujas novērtējums, gan aptaujas gada reģistrētie gadījumi.",
    ]

    static let placesLithuanian: [String: String] = [
        "h.byRegion": "Pagal šalį ir regioną",
        "h.bySetting": "Pagal šalį ir vietovės tipą (miestas ar kaimas)",
        "prevalence.testRegion": "Rao–Scotto paplitimo vienodumo kiekvienos šalies regionuose testas: {list}.",
        "prevalence.testSetting": "Rao–Scotto paplitimo vienodumo kiekvienos šalies miesto ir kaimo vietovėse testas: {list}.",
        "prevalence.testItem": "{country} (F = {f}, p = {p})",
        "col.number": "Įvertintas skaičius (95\u{202F}% PI)",
        "note.noWeights":
            "Tyrimo bangos be svorių ({rounds}): suma skaičiuotų respondentus, o ne įvertintų vaikų skaičiaus populiacijoje, todėl ji nerodoma (–).",
        "note.numbers":
            "Įvertintas vaikų skaičius: svertinė suma (kaip R paketo survey funkcija svytotal) su 95\u{202F}% pasikliautinuoju intervalu, suapvalinta iki artimiausio šimto; apatinės ribos, mažesnės už nulį, rodomos kaip 0.",
        "finding.region":
            "{indicator}, {country}: paplitimas regionuose statistiškai reikšmingai skiriasi (Rao–Scotto F = {f}, p = {p}; Holmo metodu pakoreguota p = {pHolm}, atsižvelgiant į visus ataskaitos testus pagal regioną ir vietovės tipą, kurių iš viso yra {m}); didžiausias paplitimas – {high}, {highValue}; mažiausias – {low}, {lowValue}.",
        "finding.setting":
            "{indicator}, {country}: paplitimas miesto ir kaimo vietovėse statistiškai reikšmingai skiriasi (Rao–Scotto F = {f}, p = {p}; Holmo metodu pakoreguota p = {pHolm}, atsižvelgiant į visus ataskaitos testus pagal regioną ir vietovės tipą, kurių iš viso yra {m}); didesnis paplitimas – {high}, {highValue}; mažesnis – {low}, {lowValue}.",
        "h.gap": "Pačių vaikų nurodyta patirtis ir užregistruoti atvejai",
        "gap.intro":
            "Kiekvienoje šalyje – apklausos duomenimis įvertintas mokinių, nurodžiusių per pastaruosius 12 mėnesių patirtą kontaktinę seksualinę prievartą, skaičius, šalia jo – apklausos metais užregistruoti atvejai, kai nukentėjo vaikas, ir apklausos duomenimis įvertintas vaikų skaičius vienam užregistruotam atvejui.",
        "col.gapSurvey": "Įvertintas vaikų skaičius, kontaktinė prievarta per pastaruosius 12 mėnesių (95\u{202F}% PI)",
        "col.gapRecorded": "Užregistruoti atvejai",
        "col.gapRatio": "Įvertintas vaikų skaičius vienam užregistruotam atvejui (95\u{202F}% PI)",
        "note.gap":
            "Apytikslis santykis, o ne nepraneštų atvejų matas. Apklausa apima 11–17 metų mokinius, kurie nurodė per 12 mėnesių iki apklausos patyrę kontaktinę seksualinę prievartą pagal klausimyno apibrėžtį; užregistruoti atvejai – tai 0–17 metų vaikai, nukentėję nuo bet kurios rūšies nusikalstamų veikų, kalendoriniais metais užregistruotų pagal kiekvienos šalies baudžiamąjį įstatymą (visi proceso etapai); atvejis gali būti susijęs su ankstesniais metais. Užregistruotas nusikalstamumas yra apatinė riba: apie daugumą prievartos atvejų niekada nepranešama. Intervalas atspindi tik apklausos neapibrėžtį (užregistruotų atvejų skaičius laikomas tiksliu). Rodoma tik tada, kai šalis turi ir apklausos įvertį, ir apklausos metų užregistruotus atvejus.",
    ]

    static let placesPolish: [String: String] = [
        "h.byRegion": "Według kraju i regionu",
        "h.bySetting": "Według kraju i klasy miejscowości (miasto lub wieś)",
        "prevalence.testRegion": "Test Rao–Scotta równości rozpowszechnienia między regionami każdego kraju: {list}.",
        "prevalence.testSetting": "Test Rao–Scotta równości rozpowszechnienia w mieście i na wsi w każdym kraju: {list}.",
        "prevalence.testItem": "{country} (F = {f}; p = {p})",
        "col.number": "Szacowana liczba (95% PU)",
        "note.noWeights":
            "Edycje badania bez wag ({rounds}): suma liczyłaby respondentów, a nie szacowałaby liczby dzieci w populacji, dlatego jej nie podano (–).",
        "note.numbers":
            "Szacowana liczba dzieci: suma ważona (jak funkcja svytotal w pakiecie survey dla R) z 95% przedziałem ufności, zaokrąglona do pełnych setek; dolne granice poniżej zera podano jako 0.",
        "finding.region":
            "{indicator}, {country}: rozpowszechnienie w regionach różni się istotnie statystycznie (F Rao–Scotta = {f}; p = {p}; wartość p skorygowana metodą Holma = {pHolm}, z uwzględnieniem wszystkich {m} testów według regionu i klasy miejscowości w raporcie); najwyższe rozpowszechnienie — {high}, {highValue}; najniższe — {low}, {lowValue}.",
        "finding.setting":
            "{indicator}, {country}: rozpowszechnienie w mieście i na wsi różni się istotnie statystycznie (F Rao–Scotta = {f}; p = {p}; wartość p skorygowana metodą Holma = {pHolm}, z uwzględnieniem wszystkich {m} testów według regionu i klasy miejscowości w raporcie); {high} {highValue}; {low} {lowValue}.",
        "h.gap": "Doświadczenia deklarowane przez dzieci a zarejestrowane przypadki",
        "gap.intro":
            "Dla każdego kraju: szacowana na podstawie badania liczba uczniów, którzy wskazali, że w ciągu ostatnich 12 miesięcy doświadczyli wykorzystywania seksualnego z kontaktem fizycznym, obok przypadków z pokrzywdzonym dzieckiem zarejestrowanych w roku badania, oraz szacowana liczba dzieci na jeden zarejestrowany przypadek.",
        "col.gapSurvey": "Szacowana liczba dzieci, wykorzystywanie z kontaktem fizycznym w ciągu ostatnich 12 miesięcy (95% PU)",
        "col.gapRecorded": "Zarejestrowane przypadki",
        "col.gapRatio": "Szacowana liczba dzieci na jeden zarejestrowany przypadek (95% PU)",
        "note.gap":
            "Przybliżony stosunek, a nie miara niezgłaszania. Badanie obejmuje uczniów w wieku 11–17 lat, którzy wskazali, że w ciągu 12 miesięcy przed badaniem doświadczyli wykorzystywania seksualnego z kontaktem fizycznym w rozumieniu kwestionariusza; zarejestrowane przypadki obejmują pokrzywdzone dzieci w wieku 0–17 lat we wszystkich przestępstwach i na wszystkich etapach postępowania, zarejestrowane w roku kalendarzowym zgodnie z prawem karnym danego kraju, a przypadek może dotyczyć wcześniejszego roku. Przestępczość zarejestrowana to dolna granica: większość przypadków wykorzystywania nigdy nie zostaje zgłoszona. Przedział uwzględnia tylko niepewność badania (liczbę zarejestrowanych przypadków przyjęto za dokładną). Podano tylko dla krajów, dla których dostępne są zarówno oszacowanie z badania, jak i zarejestrowane przypadki z roku badania.",
    ]
}
