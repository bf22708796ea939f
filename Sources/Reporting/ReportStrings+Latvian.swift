extension ReportStrings {
    /// Latvian (latviešu valoda).
    static let latvian: [String: String] = [
        // MARK: - Title and banners
        "title": "Situācijas analīze: seksuāla vardarbība pret bērniem Latvijā, Lietuvā un Polijā",
        "intro":
            "Sagatavots ar `sitan report` no harmonizētās datubāzes. Visām tabulām un attēliem piemērota statistiskās konfidencialitātes kontrole (k = {k}); no tiem pašiem ievaddatiem vienmēr iegūst baitu pa baitam identisku pārskatu.",
        "synthetic.all":
            "**⚠️ SINTĒTISKI DATI.** Visi šī pārskata avoti ir sintētiski (izveidoti ar `sitan synth`). Skaitļi neattiecas ne uz vienu reālu bērnu, valsti vai gadu: necitējiet tos kā pētījuma rezultātus.",
        "synthetic.some":
            "**⚠️ Daļēji sintētiski dati.** Šie avoti ir sintētiski: {sources}. Skaitļi, kas balstās uz tiem, neattiecas ne uz vienu reālu bērnu, valsti vai gadu.",
        "contents": "Saturs",

        // MARK: - Headings
        "h.findings": "Galvenie secinājumi",
        "h.sources": "Datu avoti un izcelsme",
        "h.methods": "Metodes",
        "h.prevalence": "Izplatība pa valstīm, dzimumiem un vecuma grupām",
        "h.overview": "Kopsavilkums pa valstīm",
        "h.comparisons": "Valstu salīdzinājumi",
        "h.tests": "Izplatības vienādības pārbaude starp valstīm",
        "h.pairs": "Atšķirības starp valstu pāriem",
        "h.changes": "Pārmaiņas starp aptaujas kārtām",
        "col.earlier": "Agrākā kārta",
        "col.later": "Vēlākā kārta",
        "col.change": "Pārmaiņas, pp (95\u{202F}% TI)",
        "finding.changeNone":
            "{country}, no {earlier} līdz {later}: nevienam rādītājam pārmaiņas nav lielākas, nekā varētu izskaidrot nejaušība (katras pārmaiņas p vērtība, koriģēta ar Holma metodi, ņemot vērā visas {m} salīdzinātās pārmaiņas, ir 0,05 vai lielāka; sk. 5.3. apakšnodaļu).",
        "finding.change":
            "{country}, pārmaiņas no {earlier} līdz {later} procentpunktos (95\u{202F}% TI): {list}. Katras no tām p vērtība, koriģēta ar Holma metodi, ņemot vērā visas {m} salīdzinātās pārmaiņas, ir mazāka par 0,05; pārējiem rādītājiem pārmaiņas nav lielākas, nekā varētu izskaidrot nejaušība (sk. 5.3. apakšnodaļu).",
        "finding.changeSingleNone":
            "{country}, no {earlier} līdz {later}: rādītāja „{indicator}” pārmaiņas nav lielākas, nekā varētu izskaidrot nejaušība (p = {p}; sk. 5.3. apakšnodaļu).",
        "finding.changeSingle":
            "{country}, pārmaiņas no {earlier} līdz {later} procentpunktos (95\u{202F}% TI): {list}; p = {p} (sk. 5.3. apakšnodaļu).",
        "note.changes":
            "Pārmaiņas = vēlākā kārta mīnus agrākā, procentpunktos, ar 95\u{202F}% TI un p vērtību. Kārtas ir neatkarīgas izlases, katrai savi slāņi un PSU, tāpēc pārmaiņu dispersija ir abu dispersiju summa; intervāls un tests izmanto t sadalījumu ar abu kārtu kopējām izlases plāna brīvības pakāpēm (R survey: svyby, svycontrast). p vērtības nav koriģētas, lai ņemtu vērā vairāku rādītāju testēšanu.",
        "h.incidents": "Reģistrētie gadījumi un koeficienti uz 100\u{202F}000 bērniem",
        "h.help": "Vardarbības atklāšana un palīdzības meklēšana",
        "h.quality": "Datu kvalitāte",
        "h.missing": "Trūkstošās vērtības",
        "h.rejects": "Noraidītās rindas pēc iemesla",
        "h.limitations": "Ierobežojumi",
        "h.byCountrySex": "Pa valstīm un dzimumiem",
        "h.byAge": "Pa valstīm un vecuma grupām",
        "h.trends": "Tendences pa gadiem",
        "h.distributions": "Reģistrētie gadījumi pēc cietušā un nodarījuma pazīmēm",

        // MARK: - Column labels
        "col.source": "Avots",
        "col.country": "Valsts",
        "col.kind": "Veids",
        "col.year": "Gads",
        "col.file": "Fails",
        "col.sha": "SHA-256 (pirmās 12 rakstzīmes)",
        "col.encoding": "Kodējums",
        "col.read": "Nolasītās rindas",
        "col.loaded": "Ielādētās rindas",
        "col.rejected": "Noraidītās rindas",
        "col.synthetic": "Sintētisks",
        "col.indicator": "Rādītājs",
        "col.n": "n",
        "col.percent": "%",
        "col.ci": "95\u{202F}% TI",
        "col.estimate": "% (95\u{202F}% TI)",
        "col.variable": "Mainīgais",
        "col.reason": "Iemesls",
        "col.total": "Kopā",
        "col.missing": "trūkst",
        "col.pair": "Valstu pāris",
        "col.difference": "Starpība, pp (95\u{202F}% TI)",
        "col.p": "p",
        "col.f": "F",
        "col.df": "bp",
        "col.count": "Gadījumi",
        "col.population": "Bērni",
        "col.rate": "Koeficients uz 100\u{202F}000 (95\u{202F}% TI)",
        "col.years": "Periods",
        "col.apc": "Vidējās gada pārmaiņas, % (95\u{202F}% TI)",
        "col.missingCategory": "Nav norādīts",
        "yes": "jā",
        "no": "nē",
        "kind.survey": "aptauja",
        "kind.incidents": "gadījumi",
        "kind.population": "iedzīvotāji",
        "kind.counts": "apkopotie skaiti",

        // MARK: - Footnotes
        "note.disclosure": "Skaiti no 1 līdz {k1} ir slēpti (:c), tāpat kā visi no tiem atvasinātie skaitļi.",
        "note.complementary": "Papildu (sekundārā) slēpšana (:c) neļauj slēptās šūnas aprēķināt no kopsummām.",
        "note.reliability":
            ":u = nav publicēts, neuzticams novērtējums; u = zema uzticamība (NCHS proporciju publicēšanas standarti, 2017).",
        "note.estimates":
            "Svērti, uz izlases plānu balstīti īpatsvari procentos; n = to respondentu skaits, kuri atbildējuši uz jautājumu; 95\u{202F}% TI: logit intervāls ar izlases plāna brīvības pakāpēm.",
        "note.notCollected": "— = avotā šī mainīgā nav (nav nevienas vērtības).",
        "note.linkedMissingCases":
            "Daži trūkstošo vērtību skaiti ir slēpti (:c), lai gan paši nav mazi: reģistrēto gadījumu sadalījums pēc šī mainīgā parāda tā trūkstošās vērtības, un kopā no tiem varētu aprēķināt mazu skaitu.",
        "note.linkedMissing":
            "Daži trūkstošo vērtību skaiti ir slēpti (:c), lai gan paši nav mazi: kopā ar ielādēto rindu skaitu un n tabulās pa dzimumiem un vecuma grupām no tiem varētu aprēķināt mazu skaitu.",
        "note.pairs":
            "Starpība = pirmā valsts mīnus otrā, procentpunktos, ar 95\u{202F}% TI un p vērtību (kovariācija novērtēta atbilstoši izlases plānam).",
        "note.tests": "Rao–Skota otrās kārtas korekcijas F tests ar neveselām brīvības pakāpēm (bp; R survey svychisq, statistic = \"F\").",
        "note.rates":
            "Reģistrētie gadījumi uz 100\u{202F}000 bērniem vecumā 0–17 (visi nodarījumi, visas procesa stadijas) ar precīziem Puasona 95\u{202F}% ticamības intervāliem pēc Gārvuda (Garwood) metodes (R poisson.test).",
        "note.trends":
            "Gadījumu skaita regresija ar gadu kā skaidrojošo mainīgo un iedzīvotāju skaita logaritmu kā nobīdi; gada pārmaiņas procentos = 100 × (exp(slīpums) − 1). Ja Pīrsona izkliedes parametrs X²/bp (bp – brīvības pakāpes) pārsniedz 1 (pārmērīga izkliede), lietots kvazi-Puasona modelis: tas pats novērtējums, standartkļūda reizināta ar izkliedes parametra kvadrātsakni, t intervāls un t tests ar atlikumu brīvības pakāpēm (R glm, family = quasipoisson); citādi lietots Puasona modelis ar Valda intervālu un z testu (family = poisson).",
        "note.distribution": "Reģistrēto gadījumu skaits un tā īpatsvars (%) rindas kopsummā.",

        // MARK: - Sections' text
        "sources.intro":
            "Visi datubāzē ielādētie faili pa valstīm (faili, kas aptver vairākas valstis, – beigās), katras valsts faili ielādes secībā. Nolasītās rindas = ielādētās rindas + noraidītās rindas.",
        "prevalence.intro":
            "To respondentu īpatsvars, kuri norādīja attiecīgo pieredzi (harmonizēti bināri rādītāji: vērtības 1 īpatsvars).",
        "prevalence.overviewIntro": "Katrs rādītājs pa valstīm; attēlā parādīti novērtējumi ar 95\u{202F}% ticamības intervāliem.",
        "comparisons.intro": "Pārbaude, vai izplatība visās valstīs ir vienāda, un atšķirības katram valstu pārim.",
        "comparisons.introChanges": "Ja valstī veiktas vairākas aptaujas kārtas, sniegtas arī pārmaiņas starp tām (5.3).",
        "prevalence.rounds": "Katras valsts dati ņemti no tās jaunākās aptaujas kārtas: {rounds}.",
        "help.introAsked":
            "Šos jautājumus uzdeva tikai respondentiem, kuri atbilst nosacījumam „{who}” (domēns: {domain}); katram aptaujās pieejamajam rādītājam – īpatsvars šo respondentu vidū: {list}.",
        "help.domains":
            "Aptaujās šos jautājumus uzdeva dažādām respondentu grupām ({list}). Katrai valstu grupai tālāk ir sava tabula; dažādu valstu grupu īpatsvari nav salīdzināmi un netiek salīdzināti.",
        "help.domainItem": "{country}: {domain}",
        "h.helpGroup": "Jautājumi uzdoti respondentiem, kuri atbilst nosacījumam „{who}”: {countries}",
        "perpetrator.introAsked":
            "Respondentu, kuri atbilst nosacījumam „{who}” (domēns: {domain}), atbildes uz jautājumu, kas bija vardarbības veicējs.",
        "finding.helpAsked":
            "{indicator} (respondenti, kuri atbilst nosacījumam „{who}”): {list}; atšķirības starp valstīm nav pārbaudītas.",
        "help.intro":
            "Īpatsvars to respondentu vidū, kuri norādīja, ka jebkad dzīvē pieredzējuši kādu seksuālas vardarbības veidu (domēns: {domain}), katram aptaujās pieejamajam rādītājam: {list}.",
        "incidents.intro":
            "Reģistrētie gadījumi uz 100\u{202F}000 bērniem (vecumā 0–17) pa valstīm un gadiem ar precīziem Puasona 95\u{202F}% ticamības intervāliem (Gārvuda metode).",
        "incidents.unavailable": "Šajā datubāzē nav gadījumu statistikas (nav ne gadījumu ierakstu, ne iedzīvotāju skaita datu saucējam).",
        "quality.missingIntro":
            "Trūkstošās vērtības pa mainīgajiem un avotiem: skaits (pēc konfidencialitātes kontroles) un % no avota rindu skaita.",
        "quality.noRejects": "Ielādes laikā neviena rinda netika noraidīta.",
        "quality.rejectsIntro": "Ielādes laikā karantīnā ievietotās rindas pēc iemesla (sākotnējās vērtības netiek glabātas).",
        "none": "Nav datu.",

        // MARK: - Methods
        "methods.design":
            "**Izlases plāns.** Katra aptaujas kārta (vienas valsts aptauja vienā gadā; tās faili ir vienas izlases daļas) ir neatkarīga izlase un tiek novērtēta atsevišķi: slāņi ir ietverti kārtās (kārta bez slāņiem ir viens slānis), primārās izlases vienības (PSU) – slāņos; respondents, kuram PSU nav norādīta, veido savu PSU, un trūkstošs svars tiek aizstāts ar 1.",
        "methods.variance":
            "**Novērtēšana.** Svērtas proporcijas ar Teilora linearizācijas dispersijām (atlase ar atlikšanu, galējo klasteru novērtētājs) kā R pakotnē survey (svymean, svyby); apakšgrupas un palīdzības meklēšanas domēni tiek novērtēti kā domēni visā izlases plānā. Brīvības pakāpes = PSU skaits − slāņu skaits.",
        "methods.ci":
            "**Ticamības intervāli.** 95\u{202F}% logit intervāli ar t sadalījumu un izlases plāna brīvības pakāpēm (svyciprop, method = \"logit\").",
        "methods.tests":
            "**Salīdzinājumi.** Rao–Skota (Rao–Scott) otrās kārtas korekcijas F neatkarības testi (svychisq); pāru starpības ar t intervāliem un kovariāciju, kas novērtēta atbilstoši izlases plānam (svycontrast).",
        "methods.rates":
            "**Koeficienti.** Gadījumi uz 100\u{202F}000 bērniem vecumā 0–17 (iedzīvotāju skaits 1. janvārī vai 31. decembrī pa valstīm un gadiem); precīzi Puasona intervāli (Gārvuda metode).",
        "methods.disclosure":
            "**Statistiskās konfidencialitātes kontrole.** Katrs publicētais respondentu vai gadījumu skaits no 1 līdz {k1} (k = {k}) tiek aizstāts ar `:c`, tāpat kā visi no tā atvasinātie skaitļi; papildu (sekundārā) slēpšana nodrošina, ka nevienu slēpto šūnu nevar aprēķināt no kopsummām.",
        "methods.reliability":
            "**Uzticamība.** ASV Nacionālā veselības statistikas centra (NCHS) proporciju publicēšanas standarti (Data Presentation Standards for Proportions, 2017): proporciju, kuras izlases lielums vai efektīvais izlases lielums ir mazāks par 30 vai kuras Korna–Graubarda 95\u{202F}% TI platums ir 0,30 vai lielāks, nepublicē (`:u`); proporciju, kuras intervāls ir plats attiecībā pret novērtējumu, atzīmē ar `u`.",
        "methods.marks":
            "**Apzīmējumi** atbilst Eurostat praksei: `:c` – konfidenciāls, `:u` – nav publicēts (neuzticams), `u` – zema uzticamība.",

        // MARK: - Findings
        "finding.range": "{indicator}: augstākā izplatība – {high}, {highValue}; zemākā – {low}, {lowValue}.",
        "finding.value": "{value}\u{202F}% (95\u{202F}% TI {low}–{high})",
        "finding.single": "{indicator}: {country}, {value}.",
        "finding.test": "Rao–Skota tests par vienādu izplatību visās valstīs: {result}.",
        "finding.differ": "izplatība valstīs statistiski nozīmīgi atšķiras (F = {f}, p = {p})",
        "finding.noDiffer": "statistiski nozīmīga atšķirība nav konstatēta (F = {f}, p = {p})",
        "finding.sex": "{indicator}: starpība starp dzimumiem ({male} − {female}) procentpunktos (95\u{202F}% TI): {list}.",
        "finding.sexCount": "Valstu skaits, kurās viss starpības 95\u{202F}% TI atrodas zem nulles: {count} no {total}.",
        "finding.help":
            "{indicator} (respondenti, kuri jebkad dzīvē pieredzējuši kādu seksuālas vardarbības veidu): {list}; atšķirības starp valstīm nav pārbaudītas.",
        "finding.rates": "Reģistrēto gadījumu koeficients uz 100\u{202F}000 bērniem {year}. gadā (95\u{202F}% TI): {list}.",
        "finding.trend": "Reģistrēto gadījumu koeficienta vidējās gada pārmaiņas, % (95\u{202F}% TI): {list}.",
        "finding.trendItem": "{country} {years}: {change}",
        "finding.none": "Konfidencialitātes noteikumu dēļ nevienu novērtējumu nevarēja publicēt.",
        "finding.ratesLatest":
            "Reģistrēto gadījumu koeficients uz 100\u{202F}000 bērniem (95\u{202F}% TI) katrā valstī jaunākajā gadā, par kuru ir dati: {list}.",
        "finding.ratesItem": "{country} ({year}. g.) {rate}",

        // MARK: - Limitations
        "limit.synthetic":
            "**Sintētiski dati.** Avoti, kas atzīmēti kā sintētiski, ir izveidoti ar `sitan synth`; tie atdarina reālu failu struktūru, taču neko neliecina ne par vienu valsti.",
        "limit.selfReport":
            "Izplatība aptaujās balstās uz skolēnu pašu sniegtām atbildēm skolā; bērni, kuri neapmeklē skolu, un tie, kuri izvēlējās par piedzīvoto nestāstīt, netiek aptverti, tāpēc izplatība, visticamāk, ir novērtēta par zemu.",
        "limit.comparability":
            "Jautājumi, vecuma diapazoni un aptauju gadi valstīs atšķiras; harmonizācija tos pielāgo kopīgiem rādītājiem, taču jautājumu formulējums nav identisks.",
        "limit.design":
            "Dispersiju novērtējumos pieņemts, ka PSU slāņos atlasītas ar atlikšanu; galīgās populācijas korekciju izmanto tikai tad, ja avots to sniedz. Domēnu novērtējumiem ar nedaudz PSU ir maz brīvības pakāpju.",
        "limit.rounds":
            "Pārmaiņas starp aptaujas kārtām salīdzina divas neatkarīgas izlases: pārmaiņas, kuru ticamības intervāls ietver nulli, ir saderīgas ar to, ka pārmaiņu nav, un atšķirības starp kārtām anketā, izlases pamatā, lauka darbu gadalaikā vai bērnu gatavībā atklāt piedzīvoto var izskatīties pēc izplatības pārmaiņām. Pārmaiņu tabulas p vērtības nav koriģētas, lai ņemtu vērā vairāku rādītāju testēšanu; galvenajos secinājumos tās ir koriģētas ar Holma metodi.",
        "limit.incidents":
            "Reģistrētie gadījumi atspoguļo ziņošanas un reģistrēšanas praksi tikpat lielā mērā kā vardarbības izplatību; koeficienti nav salīdzināmi ar aptaujās novērtēto izplatību.",
        "limit.suppression":
            "Šūnas ar `:c` vai `:u` apzināti nav publicētas; trūkstošs novērtējums nozīmē „nav publicējams”, nevis „nulle”.",

        // MARK: - Figures
        "fig.axisPercent": "Procenti (95\u{202F}% TI)",
        "fig.suppressed": ":c / :u = nav publicēts",
        "fig.lowReliability": "neaizpildīts simbols = zema uzticamība (u)",
        "fig.overviewTitle": "Izplatība pa valstīm",
        "fig.overviewDesc": "Punktu un intervālu diagramma: katrs rādītājs pa valstīm, procenti ar 95\u{202F}% ticamības intervāliem.",
        "fig.sexTitle": "{indicator}: pa valstīm un dzimumiem",
        "fig.sexDesc":
            "Punktu un intervālu diagramma. {indicator}: pa valstīm un dzimumiem, procenti ar 95\u{202F}% ticamības intervāliem.",
        "fig.helpTitle": "Vardarbības atklāšana un palīdzības meklēšana pa valstīm",
        "fig.helpDescAsked":
            "Punktu un intervālu diagramma: vardarbības atklāšana un palīdzības meklēšana respondentiem, kuri atbilst nosacījumam „{who}”, pa valstīm, procenti ar 95\u{202F}% ticamības intervāliem.",
        "fig.helpDesc":
            "Punktu un intervālu diagramma: vardarbības atklāšana un palīdzības meklēšana to respondentu vidū, kuri jebkad dzīvē pieredzējuši kādu seksuālas vardarbības veidu, pa valstīm, procenti ar 95\u{202F}% ticamības intervāliem.",
        "fig.ratesTitle": "Reģistrēto gadījumu koeficients uz 100\u{202F}000 bērniem",
        "fig.ratesDesc":
            "Līniju diagramma: reģistrēto gadījumu koeficients uz 100\u{202F}000 bērniem vecumā 0–17 pa valstīm un gadiem ar 95\u{202F}% ticamības joslām.",
        "fig.notShown": "nav publicēts",
        "finding.list": "{indicator}: {list}.",
        "finding.ratesCaveat":
            "Reģistrētās noziedzības koeficienti nav salīdzināmi starp valstīm: atšķiras likumu definīcijas, uzskaites noteikumi un gatavība ziņot.",
        "note.comparability":
            "Reģistrēto gadījumu salīdzinājumi starp valstīm neraksturo atšķirības noziedzīgo nodarījumu patiesajā izplatībā: valstīs atšķiras likumu definīcijas, uzskaites vienības, reģistrēšanas un ziņošanas prakse.",
        "col.pHolm": "p (Holma)",
        "note.holm":
            "p (Holma) = p vērtība, kas koriģēta daudzkārtējās testēšanas dēļ ar Holma metodi katra rādītāja valstu pāru ietvaros (R p.adjust, method = \"holm\"); slēptu p vērtību uzskata par lielāko no salīdzināmajām (konservatīvi).",
        "col.model": "Modelis",
        "model.poisson": "Puasona",
        "model.quasipoisson": "kvazi-Puasona",
        "col.deviance": "Deviācija (bp)",
        "col.dispersion": "Izkliedes parametrs (Pīrsona)",
        "h.annex": "Pielikums: policijas reģistrētie seksuālie noziedzīgie nodarījumi (Eurostat, reāli dati)",
        "annex.intro":
            "Policijas reģistrētie noziedzīgie nodarījumi Latvijā, Lietuvā un Polijā uz 100\u{202F}000 iedzīvotājiem (visās vecuma grupās) par katru gadu, ko Eurostat publicē, no reālajiem Eurostat failiem (nav sintētiski). Koeficients ir reģistrēto nodarījumu skaits (vienība NR) attiecībā pret iedzīvotāju skaitu 1. janvārī pašreizējā `demo_pjan` laidienā; Eurostat publicētie koeficienti (vienība P_HTHAB) aprēķināti ar sava laidiena iedzīvotāju datiem, tāpēc, ja iedzīvotāju skaits kopš tā laika pārskatīts (Polijā no 2021. gada, Lietuvā 2018.–2020. gadā), abi koeficienti atšķiras vairāk, nekā to var izskaidrot noapaļošana.",
        "annex.comparability":
            "**Salīdzināmība (Eurostat brīdinājums).** Reģistrētās noziedzības dati ir atkarīgi no katras valsts likumu definīcijām, reģistrēšanas noteikumiem un uzskaites vienībām, kā arī no cietušo gatavības ziņot; Eurostat neiesaka salīdzināt līmeņus starp valstīm. Laikrindas pārrāvums valsts ietvaros ir atzīmēts ar `b`.",
        "annex.citation":
            "Avots: Eurostat, *Offences by offence category – police data* (`crim_off_cat`) un *Population on 1 January by age and sex* (`demo_pjan`), dati par Latviju, Lietuvu un Poliju iegūti 2026-11-29. © Eiropas Savienība, 1995–2026, atkalizmantoti saskaņā ar CC BY 4.0 licenci.",
        "annex.unavailable": "Šajā datubāzē nav Eurostat datu par šiem nodarījumiem (ielādējiet datasets/eurostat/*.tsv).",
        "note.annex":
            "Koeficients uz 100\u{202F}000 iedzīvotājiem; Eurostat skaita vai iedzīvotāju skaita atzīmes: b = laikrindas pārrāvums, e = aplēse, p = provizoriski dati; : = Eurostat nav publicējis, – = par šo gadu nav datu.",
        "iccs.0301": "Seksuāla vardarbība",
        "iccs.03011": "Izvarošana",
        "iccs.03012": "Seksuāls uzbrukums",
        "iccs.0302": "Seksuāla izmantošana",
        "iccs.030221": "Bērnu seksuālas izmantošanas materiāli jeb „bērnu pornogrāfija”",
        "note.notApplicable":
            "Jautājumi {variables} uzdoti tikai respondentiem, kuri atbilst nosacījumam {filter}: to trūkstošo vērtību skaits un % aprēķināti tikai šo respondentu vidū; „neattiecas” (jautājums izlaists) netiek skaitīts kā trūkstoša vērtība.",
        "h.caseFlow": "Gadījumu virzība kriminālprocesā: reģistrēšana, kriminālvajāšana, notiesāšana",
        "caseFlow.intro":
            "Katras valsts reģistrētie gadījumi un cik no tiem tika nodoti kriminālvajāšanai un cik beidzās ar notiesājošu spriedumu (visi gadi; gadījums tiek ieskaitīts katrā stadijā līdz tālākajai, kuru tas sasniedza).",
        "note.caseFlow":
            "Nodoti kriminālvajāšanai = gadījumi, kuru tālākā stadija ir kriminālvajāšana vai notiesājošs spriedums; ar notiesājošu spriedumu = gadījumi, kas beidzās ar notiesājošu spriedumu; % = daļa no reģistrētajiem gadījumiem. Aprēķināts no publicētajiem skaitiem pēc tālākās stadijas; ja kāds no saskaitāmajiem skaitiem ir slēpts, stadija parādīta kā :c.",
        "fig.caseFlowTitle": "Gadījumu virzība: reģistrēto gadījumu daļa katrā stadijā",
        "fig.caseFlowDesc":
            "Joslu diagramma: reģistrētie, kriminālvajāšanai nodotie un ar notiesājošu spriedumu beigušies gadījumi pa valstīm, procentos no reģistrētajiem gadījumiem.",
        "h.recommendations": "Ieteikumi",
        "h.references": "Atsauces",
        "recommendations.placeholder":
            "**[Jāuzraksta autoriem.]** Ieteikumi izriet no secinājumiem un no katras valsts tiesību aktiem, pakalpojumiem un politikas, ko šis rīks nevar izvērtēt: pirms publicēšanas aizstājiet šo rindkopu veidnē (`recommendations.text`) vai izveidotajā pārskatā.",
        "note.estimatesOverview":
            "Svērti, uz izlases plānu balstīti īpatsvari procentos ar 95\u{202F}% TI (logit intervāls ar izlases plāna brīvības pakāpēm).",
        "note.distributionMissing": "Nav norādīts = vērtība nav reģistrēta.",

        // MARK: - Estimated numbers of children (4.1)
        "h.totals": "Novērtētais bērnu skaits",
        "prevalence.totalsIntro":
            "Novērtētais to skolēnu skaits apsekotajā populācijā, kuri norādījuši attiecīgo pieredzi: rādītāja svērtā kopsumma ar 95\u{202F}% ticamības intervālu, noapaļota līdz tuvākajam simtam.",
        "note.totals":
            "Svērtas, uz izlases plānu balstītas kopsummas (kā R pakotnes survey funkcijā svytotal) ar 95\u{202F}% ticamības intervāliem; tās balstās uz pieņēmumu, ka svaru summa ir vienāda ar skolēnu skaitu populācijā. Apakšējās robežas, kas mazākas par nulli, parādītas kā 0.",
        // MARK: - Sample, perpetrator (surveys), rejection reasons, Eurostat reference
        "ref.eurostat":
            "Eurostat. *Offences by offence category – police data* (`crim_off_cat`; policijas reģistrētie noziedzīgie nodarījumi pēc kategorijas) un *Population on 1 January by age and sex* (`demo_pjan`; iedzīvotāji 1. janvārī pēc vecuma un dzimuma). Dati iegūti 2026-11-29. © Eiropas Savienība, CC BY 4.0.",
        "h.sample":
            "Izlase",
        "h.surveyMethods":
            "Kā tika veikta katra aptauja",
        "surveyMethods.intro":
            "Katras aptaujas lauka darbi, izlase, atbildētība un svēršana, kā tos kodu grāmatā aprakstījis partneris, kas aptauju veica.",
        "method.fieldwork":
            "Lauka darbi",
        "method.frame":
            "Izlases pamats",
        "method.design":
            "Izlases plāns",
        "method.schools":
            "Skolu atbildētības līmenis",
        "method.pupils":
            "Skolēnu atbildētības līmenis",
        "method.weighting":
            "Svēršana",
        "method.instrument":
            "Anketa",
        "col.item":
            "Aspekts",
        "col.description":
            "Apraksts",
        "h.definitions":
            "Rādītāju definīcijas",
        "definitions.intro":
            "Jautājums, uz kura balstīts katrs rādītājs katrā aptaujā, kā tas norādīts kodu grāmatā; domuzīme, ja kodu grāmatā jautājums nav norādīts.",
        "sample.intro":
            "Katras valsts jaunākās aptaujas kārtas respondenti pa dzimumiem un vecuma grupām: respondentu skaits (nesvērts) un viņu svērtais īpatsvars.",
        "col.characteristic":
            "Pazīme",
        "col.category":
            "Kategorija",
        "col.weightedPercent":
            "% (svērts)",
        "note.sample":
            "n = respondentu skaits kategorijā (nesvērts); % = svērtais īpatsvars to respondentu vidū, kuriem šī pazīme ir norādīta. Kategorija (dzimums vai vecuma grupa), kuras skaitu varētu aprēķināt no citām publicētajām tabulām, ir slēpta (:c).",
        "sample.leftOut":
            "Respondenti, kuriem nav norādīts dzimums vai vecuma grupa, nav iekļauti nevienā šī pārskata analīzē (izplatība, novērtētais bērnu skaits, salīdzinājumi, pārmaiņas starp aptaujas kārtām, vardarbības atklāšana un palīdzības meklēšana, vardarbības veicēja saistība ar bērnu un šī tabula), lai katras valsts kopējie skaitļi sakristu ar tās skaitļu summu gan pa dzimumiem, gan pa vecuma grupām. Neiekļauto respondentu skaits katrā aptaujas kārtā: {rounds}. Tie ir to respondentu skaiti, kuri neatbildēja uz kādu no demogrāfiskajiem jautājumiem, un tie norādīti precīzi; šo respondentu atbildes uz pārējiem jautājumiem nav iekļautas nevienā tabulā.",
        "sample.leftOutNone":
            "Visiem respondentiem ir norādīts dzimums un vecuma grupa, tāpēc visās šī pārskata analīzēs iekļauti visi respondenti.",
        "sample.leftOutRound":
            "{round}: {leftOut} no {rows}",
        "h.perpetratorSurvey":
            "Vardarbības veicēja saistība ar bērnu (pēc respondentu atbildēm)",
        "perpetrator.intro":
            "Respondentu, kuri norādīja, ka jebkad dzīvē pieredzējuši kādu seksuālas vardarbības veidu (domēns: {domain}), atbildes uz jautājumu, kas bija vardarbības veicējs.",
        "note.perpetratorSurvey":
            "n = to domēna respondentu skaits, kuri atbildēja uz jautājumu; katra attiecību veida svērtie, uz izlases plānu balstītie procenti (kategoriju īpatsvari, kā R pakotnes survey funkcijā svymean faktoram); atbildes „neattiecas”, „nezinu” un atteikšanās atbildēt nav ieskaitītas.",
        "reason.unknownCode":
            "nezināms kods",
        "reason.notWholeNumber":
            "nav vesels skaitlis",
        "reason.decimalPoint":
            "nav skaitlis: lietots decimālpunkts, lai gan kodu grāmatā norādīts decimālkomats",
        "reason.decimalComma":
            "nav skaitlis: lietots decimālkomats, lai gan kodu grāmatā norādīts decimālpunkts",
        "reason.notNumber":
            "nav skaitlis",
        "reason.notBinary":
            "nav 0 vai 1",
        "reason.outOfRange":
            "ārpus pieļaujamā intervāla {1}",
        "reason.badDate":
            "nav derīgs datums formātā {1}",
        "reason.malformedQuote":
            "bojāts pēdiņās ietverts lauks (lieka vai neaizvērta pēdiņa)",
        "reason.fieldCount":
            "lauku skaits: gaidīts {1}, atrasts {2}",
        "reason.emptyRecord": "tukšs ieraksts: visi lauki ir tukši",
        "reason.controlCharacter":
            "vadības rakstzīme (piemēram, NUL) laukā",
        "reason.inexact":
            "vesels skaitlis, kas ir pārāk liels, lai to glabātu precīzi",
        "reason.noLookup":
            "{1}: failā {2} nav ieraksta valstij {3}",
        "reason.eurostatLayout":
            "nepareizs atslēgas daļu vai vērtību skaits Eurostat rindā",
        "reason.eurostatValue":
            "nav Eurostat vērtība (skaitlis vai ':' ar atzīmēm)",
        "reason.eurostatRange":
            "skaits vai iedzīvotāju skaits ārpus intervāla no 0 līdz 10\u{202F}000\u{202F}000\u{202F}000",
        // MARK: - Rates by offence type
        "h.offences":
            "Reģistrētie gadījumi pēc nodarījuma veida",
        "incidents.offencesIntro":
            "Reģistrēto gadījumu koeficients uz 100\u{202F}000 bērniem vecumā 0–17 pa valstīm un gadiem katram nodarījuma veidam (ICCS; katrā kodā ieskaitīti arī tam pakārtotie kodi) ar precīzām Puasona 95\u{202F}% ticamības joslām. Arī šie reģistrēto gadījumu dati nav salīdzināmi starp valstīm.",
        "fig.offenceDesc":
            "Līniju diagramma. {offence}: reģistrēto gadījumu koeficients uz 100\u{202F}000 bērniem vecumā 0–17 pa valstīm un gadiem ar 95\u{202F}% ticamības joslām.",
        // MARK: - Glossary
        "h.glossary": "Terminu skaidrojumi",
        "glossary.intro": "Šajā pārskatā lietotie termini un to nozīme.",
        "glossary.prevalence.term": "Izplatība",
        "glossary.prevalence.text":
            "To bērnu īpatsvars apsekotajā populācijā, kuriem noteiktā laikposmā (jebkad dzīvē vai pēdējos 12 mēnešos) bijusi attiecīgā pieredze; novērtēts pēc aptaujas datiem.",
        "glossary.incidence.term": "Sastopamība",
        "glossary.incidence.text":
            "Jaunu gadījumu skaits laikposmā, bieži izteikts uz 100\u{202F}000 bērniem; šajā pārskatā tikai reģistrētie gadījumi, kas atspoguļo paziņoto un reģistrēto, nevis visu notikušo.",
        "glossary.recordedRate.term": "Reģistrēto gadījumu koeficients",
        "glossary.recordedRate.text":
            "Policijas vai citas iestādes gada laikā reģistrēto gadījumu skaits uz 100\u{202F}000 bērniem vecumā 0–17, kuri attiecīgajā gadā dzīvoja valstī (iedzīvotāju skaits 1. janvārī vai 31. decembrī – kā norādīts iedzīvotāju datu failā).",
        "glossary.weight.term": "Aptaujas svars",
        "glossary.weight.text":
            "Cik populācijas bērnus pārstāv viens respondents; svari koriģē nevienādās atlases varbūtības un neatbildēšanu, lai svērtie procenti raksturotu populāciju, nevis izlasi.",
        "glossary.psu.term": "PSU (primārā izlases vienība)",
        "glossary.psu.text":
            "Vienība, ko izlasē atlasa pirmajā posmā, šeit – skola; vienas skolas skolēni savā starpā ir līdzīgāki nekā dažādu skolu skolēni, un dispersiju novērtējumi to ņem vērā.",
        "glossary.designEffect.term": "Izlases plāna efekts (dizaina efekts)",
        "glossary.designEffect.text":
            "Novērtējuma dispersija faktiskajā izlases plānā, dalīta ar dispersiju tāda paša apjoma vienkāršā gadījumizlasē; lielāks par 1, ja skolēnu grupēšanās skolās padara novērtējumu mazāk precīzu.",
        "glossary.ci.term": "Ticamības intervāls (TI)",
        "glossary.ci.text":
            "No izlases aprēķināts intervāls, kas atkārtotās izlasēs 95\u{202F}% gadījumu ietvertu patieso vērtību; tas atspoguļo tikai izlases kļūdu, nevis neatbildēšanas vai nepilnīgas ziņošanas radīto sistemātisko kļūdu.",
        "glossary.raoScott.term": "Rao–Skota (Rao–Scott) tests",
        "glossary.raoScott.text":
            "Atbilstoši izlases plānam koriģēts hī kvadrāta tests, kas pārbauda, vai īpatsvars (%) dažādās grupās (šeit – valstīs) atšķiras (otrās kārtas korekcija, rezultāts uzrādīts kā F statistika).",
        "glossary.quasiPoisson.term": "Kvazi-Puasona modelis",
        "glossary.quasiPoisson.text":
            "Gadā reģistrēto gadījumu skaita Puasona regresija, kuras standartkļūdas palielinātas atbilstoši novērotajai pārmērīgajai izkliedei (variācijai, kas pārsniedz Puasona modeļa paredzēto); izmanto tendenču novērtēšanai, ja izkliedes parametrs pārsniedz 1.",
        "glossary.iccs.term": "ICCS",
        "glossary.iccs.text":
            "Starptautiskā noziedzīgu nodarījumu klasifikācija statistikas vajadzībām (UNODC, 2015); tās kodi (0301 seksuāla vardarbība, 03011 izvarošana, …) ļauj valstu nodarījumus attiecināt uz kopīgām kategorijām.",
        "glossary.sdc.term": "Statistiskās konfidencialitātes kontrole",
        "glossary.sdc.text":
            "Noteikumi, kas neļauj no publicētām tabulām uzzināt ziņas par atsevišķu respondentu vai gadījumu, piemēram, slēpjot mazus skaitus; nejaukt ar vardarbības atklāšanu, kad bērns kādam pastāsta par piedzīvoto.",
        "glossary.suppression.term": "Slēpšana (:c)",
        "glossary.suppression.text":
            "Šūna netiek publicēta tāpēc, ka tajā ir no 1 līdz k − 1 respondentiem vai gadījumiem, vai tāpēc, ka to varētu izmantot, lai šādu šūnu aprēķinātu no kopsummām (papildu slēpšana).",
        "glossary.reliability.term": "Uzticamības apzīmējumi (:u, u)",
        "glossary.reliability.text":
            "Saskaņā ar NCHS proporciju standartiem `:u` apzīmē nepublicētu novērtējumu, kura izlase ir par mazu vai intervāls par platu, `u` – publicētu novērtējumu ar zemu uzticamību.",
        // MARK: - Legal context
        "h.legal":
            "Tiesiskais konteksts",
        "legal.intro":
            "Seksuālās piekrišanas vecums un katras valsts krimināllikuma panti par seksuāliem noziedzīgiem nodarījumiem pret bērniem, apkopoti datu failā ar avotiem (`datasets/legal-context.yaml`); reģistrētie gadījumi balstās uz šīm definīcijām, kas dažādās valstīs atšķiras.",
        "legal.ageOfConsent":
            "Seksuālās piekrišanas vecums: {age} gadi.",
        "legal.unverified":
            "Datu failā ir citas normas ({count}), kas vēl nav pārbaudītas pēc iegūtā avota teksta; tās nav parādītas.",
        "legal.note":
            "Nosaukumi norādīti oriģinālvalodā, blakus – aprakstošs tulkojums angļu valodā; avoti skatīti {date}. Fails apraksta tiesību normas, nevis datus; pirms citēšanas pārbaudiet spēkā esošo redakciju.",
        "col.article":
            "Pants",
        "col.topic":
            "Nodarījuma veids",
        "col.titleEnglish":
            "Nosaukums angļu valodā",
        "col.titleNational":
            "Nosaukums oriģinālvalodā",
        "col.legalSource":
            "Avots",
        "legal.topic.rape": "Izvarošana",
        "legal.topic.sexual_assault": "Seksuāls uzbrukums",
        "legal.topic.sexual_acts_with_child": "Seksuālas darbības ar bērnu",
        "legal.topic.grooming": "Pavedināšana seksuālos nolūkos",
        "legal.topic.exploitation": "Seksuāla izmantošana",
        "legal.topic.csam": "Bērnu seksuālas izmantošanas materiāli",
        "h.victims": "Reģistrēto gadījumu koeficienti pēc cietušo dzimuma un vecuma grupas, {year}",
        "victims.intro":
            "Reģistrētie gadījumi {year}. gadā uz 100\u{202F}000 zēniem vai meitenēm cietušā vecuma grupā (iedzīvotāju skaits pēc dzimuma un viena gada vecuma grupām) ar precīziem Puasona (Gārvuda) 95\u{202F}% ticamības intervāliem – tas rāda, kurus bērnus skar reģistrētie gadījumi.",
        "note.victims":
            "Koeficients (95\u{202F}% TI) uz 100\u{202F}000 zēniem vai meitenēm attiecīgajā vecuma grupā; ietverti visi nodarījumu veidi un visas procesa stadijas. Gadījumi, kuros cietušā dzimums vai vecums nav reģistrēts, nav iekļauti nevienā tabulas šūnā: {list}.",
        "victims.leftOutItem": "{country}: bez reģistrēta dzimuma – {sex}, bez reģistrēta vecuma – {age}",
        "h.victimsLatest": "Reģistrēto gadījumu koeficienti pēc cietušo dzimuma un vecuma grupas, katras valsts jaunākais gads ar datiem",
        "victims.introLatest":
            "Reģistrētie gadījumi katras valsts jaunākajā gadā, par kuru ir dati ({years}), uz 100\u{202F}000 zēniem vai meitenēm cietušā vecuma grupā (iedzīvotāju skaits pēc dzimuma un viena gada vecuma grupām) ar precīziem Puasona (Gārvuda) 95\u{202F}% ticamības intervāliem – tas rāda, kurus bērnus skar reģistrētie gadījumi. Gadi dažādās valstīs atšķiras.",
        "victims.yearItem": "{country}: {year}. gads",
        "note.methodsFallback":
            "Valodas kods iekavās, piemēram, (en), norāda, ka kodu grāmatā šis teksts nav dots latviešu valodā; tas parādīts norādītajā valodā.",
    ]
}
