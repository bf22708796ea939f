extension ReportStrings {
    /// Latvian (latviešu valoda).
    static let latvian: [String: String] = [
        // MARK: - Title and banners
        "title": "Situācijas analīze: seksuāla vardarbība pret bērniem Latvijā, Lietuvā un Polijā",
        "intro":
            "Sagatavots ar `sitan report` no harmonizētās datubāzes. Katra tabula un attēls ir izgājis atklāšanas kontroli (k = {k}); no tiem pašiem ievaddatiem iegūst baitu pa baitam identisku pārskatu.",
        "synthetic.all":
            "**⚠️ SINTĒTISKI DATI.** Visi šī pārskata avoti ir sintētiski (izveidoti ar `sitan synth`). Skaitļi neapraksta nevienu reālu bērnu, valsti vai gadu: necitējiet tos kā rezultātus.",
        "synthetic.some":
            "**⚠️ Daļēji sintētiski dati.** Šie avoti ir sintētiski: {sources}. Skaitļi, kas balstās uz tiem, neapraksta nevienu reālu bērnu, valsti vai gadu.",
        "contents": "Saturs",

        // MARK: - Headings
        "h.findings": "Galvenie secinājumi",
        "h.sources": "Datu avoti un izcelsme",
        "h.methods": "Metodes",
        "h.prevalence": "Izplatība pa valstīm, dzimumiem un vecuma grupām",
        "h.overview": "Pārskats pa valstīm",
        "h.comparisons": "Valstu salīdzinājumi",
        "h.tests": "Vienādas izplatības pārbaude starp valstīm",
        "h.pairs": "Atšķirības starp valstu pāriem",
        "h.changes": "Pārmaiņas starp apsekojuma kārtām",
        "col.earlier": "Agrākā kārta",
        "col.later": "Vēlākā kārta",
        "col.change": "Pārmaiņa, pp (95% TI)",
        "note.changes":
            "Pārmaiņa = vēlākā kārta mīnus agrākā, procentpunktos, ar 95% TI un p vērtību; kārtas ir neatkarīgas izlases, tāpēc pārmaiņas dispersija ir to dispersiju summa.",
        "h.incidents": "Reģistrētie gadījumi un rādītāji uz 100 000 bērniem",
        "h.help": "Atklāšana un palīdzības meklēšana",
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
        "col.sha": "SHA-256 (pirmās 12)",
        "col.encoding": "Kodējums",
        "col.read": "Nolasītās rindas",
        "col.loaded": "Ielādētās rindas",
        "col.rejected": "Noraidītās rindas",
        "col.synthetic": "Sintētisks",
        "col.indicator": "Rādītājs",
        "col.n": "n",
        "col.percent": "%",
        "col.ci": "95% TI",
        "col.estimate": "% (95% TI)",
        "col.variable": "Mainīgais",
        "col.reason": "Iemesls",
        "col.total": "Kopā",
        "col.missing": "trūkst",
        "col.pair": "Valstis",
        "col.difference": "Starpība, pp (95% TI)",
        "col.p": "p",
        "col.f": "F",
        "col.df": "bp",
        "col.count": "Gadījumi",
        "col.population": "Bērni",
        "col.rate": "Rādītājs uz 100 000 (95% TI)",
        "col.years": "Gadi",
        "col.apc": "Gada izmaiņas, % (95% TI)",
        "col.missingCategory": "nav norādīts",
        "yes": "jā",
        "no": "nē",
        "kind.survey": "aptauja",
        "kind.incidents": "gadījumi",
        "kind.population": "iedzīvotāji",
        "kind.counts": "apkopoti skaiti",

        // MARK: - Footnotes
        "note.disclosure": "Skaiti no 1 līdz {k1} ir slēpti (:c), tāpat kā visi no tiem atvasinātie skaitļi.",
        "note.complementary": "Papildu slēpšana (:c) neļauj slēptās šūnas atjaunot no kopsummām.",
        "note.reliability": ":u = nav parādīts, neuzticams; u = zema uzticamība (NCHS Data Presentation Standards for Proportions, 2017).",
        "note.estimates":
            "Svērtas, uz izlases plānu balstītas procentu daļas; n = respondenti ar atbildi; 95% TI: logit intervāls ar plāna brīvības pakāpēm.",
        "note.notCollected": "— = avots šo mainīgo nevāc (nav nevienas vērtības).",
        "note.linkedMissingCases":
            "Daži trūkstošo vērtību skaiti ir slēpti (:c), kaut arī nav mazi: reģistrēto gadījumu sadalījums pēc šī mainīgā parāda tā trūkstošās vērtības, un kopā tie atklātu mazu skaitu.",
        "note.linkedMissing":
            "Daži trūkstošo vērtību skaiti ir slēpti (:c), kaut arī nav mazi: kopā ar ielādēto rindu skaitu un n tabulās pēc dzimuma un vecuma grupas tie atklātu mazu skaitu.",
        "note.pairs": "Starpība = pirmā valsts mīnus otrā, procentpunktos, ar 95% TI un p vērtību (uz plānu balstīta kovariācija).",
        "note.tests": "Raoa–Skota otrās kārtas F tests ar daļējām brīvības pakāpēm (R survey svychisq, statistic = \"F\").",
        "note.rates":
            "Reģistrētie gadījumi uz 100 000 bērniem vecumā 0–17 (visi nodarījumi, visas stadijas), ar precīziem Puasona (Garwood) 95% intervāliem (R poisson.test).",
        "note.trends":
            "Gadījumu skaita regresija pēc gada ar iedzīvotāju skaita logaritma nobīdi; gada izmaiņas procentos 100 × (exp(slīpums) − 1). Ja Pīrsona izkliede X²/bp pārsniedz 1 (pārmērīga izkliede), lietots kvazi-Puasona modelis: tas pats novērtējums, standartkļūda reizināta ar √izkliede, t intervāls un t tests ar atlikuma bp (R glm, family = quasipoisson); citādi Puasona modelis ar Valda intervālu un z testu (family = poisson).",
        "note.distribution": "Reģistrēto gadījumu skaits un rindas procentu daļa.",

        // MARK: - Sections' text
        "sources.intro": "Visi datubāzē ielādētie faili ielādes secībā. Nolasītās rindas = ielādētās rindas + noraidītās rindas.",
        "prevalence.intro": "Respondentu daļa, kas ziņoja par katru pieredzi (binārie harmonizētie rādītāji, vērtības 1 daļa).",
        "prevalence.overviewIntro": "Katrs rādītājs pa valstīm; attēlā parādīti novērtējumi ar 95% ticamības intervāliem.",
        "comparisons.intro": "Pārbaudes, vai izplatība visās valstīs ir vienāda, un atšķirības starp katru valstu pāri.",
        "help.intro":
            "Starp respondentiem, kas ziņoja par jebkādu seksuālu vardarbību dzīves laikā (domēns: {domain} = 1), to daļa, kas kādam pastāstīja, pastāstīja vecākiem, ziņoja policijai un saņēma palīdzību.",
        "incidents.intro":
            "Reģistrētie gadījumi uz 100 000 bērniem (vecumā 0–17) pa valstīm un gadiem ar precīziem Puasona (Garwood) 95% ticamības intervāliem.",
        "incidents.unavailable": "Šajā datubāzē nav gadījumu statistikas (nav gadījumu ierakstu un iedzīvotāju skaita saucēju).",
        "quality.missingIntro":
            "Trūkstošās vērtības pa mainīgajiem un avotiem: skaits (pēc atklāšanas kontroles) un procentu daļa no avota rindām.",
        "quality.noRejects": "Ielādē neviena rinda netika noraidīta.",
        "quality.rejectsIntro": "Ielādē karantīnā ievietotās rindas pēc iemesla (neapstrādātas vērtības nekad netiek glabātas).",
        "none": "Nav datu.",

        // MARK: - Methods
        "methods.design":
            "**Izlases plāns.** Katra apsekojuma kārta (vienas valsts apsekojums vienā gadā; tās faili ir vienas izlases daļas) ir neatkarīga izlase un tiek novērtēta atsevišķi: slāņi ir ligzdoti kārtās (kārta bez slāņiem ir viens slānis), primārās izlases vienības (PSU) slāņos, respondents bez PSU ir pats sava PSU, un trūkstošs svars ir 1.",
        "methods.variance":
            "**Novērtēšana.** Svērtas proporcijas ar Teilora linearizācijas dispersijām (ar atlikšanu, galējo klasteru novērtētājs) kā R paketē survey (svymean, svyby); apakšgrupas un palīdzības meklēšanas domēns ir visa plāna domēni. Brīvības pakāpes = PSU − slāņi.",
        "methods.ci":
            "**Ticamības intervāli.** 95% logit intervāli ar t sadalījumu un plāna brīvības pakāpēm (svyciprop, method = \"logit\").",
        "methods.tests":
            "**Salīdzinājumi.** Raoa–Skota otrās kārtas koriģētie F neatkarības testi (svychisq); pāru starpības ar t intervāliem un uz plānu balstītu kovariāciju (svycontrast).",
        "methods.rates":
            "**Rādītāji.** Gadījumi uz 100 000 bērniem vecumā 0–17 (iedzīvotāji 1. janvārī vai 31. decembrī, pa valstīm un gadiem); precīzi Puasona (Garwood) intervāli.",
        "methods.disclosure":
            "**Atklāšanas kontrole.** Katrs publicētais respondentu vai gadījumu skaits no 1 līdz {k1} (k = {k}) tiek aizstāts ar `:c`, tāpat kā visi no tā atvasinātie skaitļi; papildu slēpšana nodrošina, ka nevienu slēpto šūnu nevar aprēķināt no kopsummām.",
        "methods.reliability":
            "**Uzticamība.** NCHS Data Presentation Standards for Proportions (2017): proporcija ar izlases lielumu vai efektīvo izlases lielumu zem 30 vai ar Korna–Graubarda 95% TI, kura platums ir 0,30 vai vairāk, netiek rādīta (`:u`); tā, kuras intervāls ir plats attiecībā pret novērtējumu, tiek atzīmēta ar `u`.",
        "methods.marks": "**Apzīmējumi** atbilst Eurostat: `:c` konfidenciāls, `:u` nav parādīts (neuzticams), `u` zema uzticamība.",

        // MARK: - Findings
        "finding.range": "{indicator}: augstākais rādītājs — {high}, {highValue}; zemākais — {low}, {lowValue}.",
        "finding.value": "{value}% (95% TI {low}–{high})",
        "finding.single": "{indicator}: {country}, {value}.",
        "finding.test": "Raoa–Skota tests par vienādu izplatību visās valstīs: {result}.",
        "finding.differ": "valstis atšķiras (F = {f}, p = {p})",
        "finding.noDiffer": "nav pierādījumu par atšķirību (F = {f}, p = {p})",
        "finding.sex": "{indicator}, starpība {female} − {male} procentpunktos (95% TI): {list}.",
        "finding.sexCount": "Starpība ir lielāka par nulli {count} no {total} valstīm.",
        "finding.help":
            "{indicator} (respondentiem ar jebkādu seksuālu vardarbību dzīves laikā): {list}; atšķirības starp valstīm nav pārbaudītas.",
        "finding.rates": "Reģistrētie gadījumi uz 100 000 bērniem (95% TI), {year}: {list}.",
        "finding.trend": "Reģistrēto gadījumu rādītāja gada izmaiņas, % (95% TI): {list}.",
        "finding.none": "Saskaņā ar atklāšanas noteikumiem nevienu novērtējumu nevarēja publicēt.",

        // MARK: - Limitations
        "limit.synthetic":
            "**Sintētiski dati.** Avotus, kas atzīmēti kā sintētiski, izveidoja `sitan synth`; tie atdarina reālu failu struktūru, bet neko nesaka par nevienu valsti.",
        "limit.selfReport":
            "Aptaujas izplatību skolēni norāda paši skolā; bērni ārpus skolas un tie, kas izvēlējās neatklāt, netiek aptverti, tāpēc izplatība, visticamāk, ir novērtēta par zemu.",
        "limit.comparability":
            "Jautājumi, vecuma diapazoni un aptauju gadi valstīs atšķiras; harmonizācija tos attiecina uz kopīgiem rādītājiem, taču jautājumu formulējums nav identisks.",
        "limit.design":
            "Dispersijas pieņem PSU atlasi ar atlikšanu slāņos; galīgās populācijas korekcijas izmanto tikai tad, ja avots tās sniedz. Domēnu novērtējumiem ar maz PSU ir maz brīvības pakāpju.",
        "limit.incidents":
            "Reģistrētie gadījumi atspoguļo ziņošanas un reģistrēšanas praksi tikpat lielā mērā kā vardarbības izplatību; rādītāji nav salīdzināmi ar aptaujas izplatību.",
        "limit.suppression":
            "Slēptās šūnas (`:c`, `:u`) apzināti slēpj informāciju; trūkstošs novērtējums nozīmē \"nav publicējams\", nevis \"nulle\".",

        // MARK: - Figures
        "fig.axisPercent": "Procenti (95% TI)",
        "fig.suppressed": ":c / :u = nav parādīts",
        "fig.lowReliability": "tukšs = zema uzticamība (u)",
        "fig.overviewTitle": "Izplatība pa valstīm",
        "fig.overviewDesc": "Punktu un intervālu diagramma: katrs rādītājs pa valstīm, procenti ar 95% ticamības intervāliem.",
        "fig.sexTitle": "{indicator}: pa valstīm un dzimumiem",
        "fig.sexDesc": "Punktu un intervālu diagramma: {indicator} pa valstīm un dzimumiem, procenti ar 95% ticamības intervāliem.",
        "fig.helpTitle": "Atklāšana un palīdzības meklēšana pa valstīm",
        "fig.helpDesc":
            "Punktu un intervālu diagramma: atklāšana un palīdzības meklēšana respondentiem ar jebkādu seksuālu vardarbību dzīves laikā, pa valstīm, procenti ar 95% ticamības intervāliem.",
        "fig.ratesTitle": "Reģistrētie gadījumi uz 100 000 bērniem",
        "fig.ratesDesc":
            "Līniju diagramma: reģistrētie gadījumi uz 100 000 bērniem vecumā 0–17 pa valstīm un gadiem ar 95% ticamības joslām.",
        "fig.notShown": "nav parādīts",
        "finding.list": "{indicator}: {list}.",
        "finding.ratesCaveat":
            "Reģistrētās noziedzības rādītāji starp valstīm nav salīdzināmi: atšķiras likumu definīcijas, uzskaites noteikumi un gatavība ziņot.",
        "note.comparability":
            "Reģistrēto gadījumu salīdzinājumi starp valstīm neraksturo atšķirības noziegumu patiesajā izplatībā: valstīs atšķiras likumu definīcijas, uzskaites vienības un reģistrēšanas un ziņošanas prakse.",
        "col.pHolm": "p (Holm)",
        "note.holm":
            "p (Holm) = p vērtība, koriģēta daudzkārtējai testēšanai ar Holma metodi katra rādītāja valstu pāriem (R p.adjust, method = \"holm\"); slēpta p vērtība tiek uzskatīta par lielāko (konservatīvi).",
        "col.model": "Modelis",
        "model.poisson": "Puasona",
        "model.quasipoisson": "kvazi-Puasona",
        "col.deviance": "Deviācija (bp)",
        "col.dispersion": "Izkliede (Pīrsona)",
        "h.annex": "Pielikums: policijas reģistrētie seksuālie noziedzīgie nodarījumi (Eurostat, reāli dati)",
        "annex.intro":
            "Policijas reģistrētie noziedzīgie nodarījumi Latvijā, Lietuvā un Polijā uz 100 000 iedzīvotājiem (visi vecumi) par katru gadu, ko Eurostat publicē, no reālajiem Eurostat failiem (nav sintētiski). Rādītājs ir reģistrēto nodarījumu skaits (vienība NR) attiecībā pret iedzīvotāju skaitu 1. janvārī pašreizējā `demo_pjan`; paša Eurostat rādītāji (vienība P_HTHAB) izmantoja sava laidiena iedzīvotāju datus, tāpēc, ja iedzīvotāju skaits kopš tā laika pārskatīts (Polijā no 2021. gada, Lietuvā 2018.–2020. gadā), abi rādītāji atšķiras vairāk nekā noapaļošanas dēļ.",
        "annex.comparability":
            "**Salīdzināmība (Eurostat brīdinājums).** Reģistrētās noziedzības dati ir atkarīgi no katras valsts likumu definīcijām, reģistrēšanas noteikumiem un uzskaites vienībām, kā arī no cietušo gatavības ziņot; Eurostat neiesaka salīdzināt līmeņus starp valstīm. Laikrindas pārrāvums valsts ietvaros ir atzīmēts ar `b`.",
        "annex.citation":
            "Avots: Eurostat, *Offences by offence category – police data* (`crim_off_cat`) un *Population on 1 January by age and sex* (`demo_pjan`), izgūts Latvijai, Lietuvai un Polijai 2026-11-29. © Eiropas Savienība, 1995–2026, atkalizmantots saskaņā ar CC BY 4.0.",
        "annex.unavailable": "Šajā datubāzē nav Eurostat datu par šiem nodarījumiem (ielādējiet datasets/eurostat/*.tsv).",
        "note.annex":
            "Rādītājs uz 100 000 iedzīvotājiem; Eurostat skaita vai iedzīvotāju skaita atzīmes: b = laikrindas pārrāvums, e = aplēse, p = provizoriski dati; : = Eurostat nav publicējis, – = par gadu nav datu.",
        "iccs.0301": "Seksuāla vardarbība",
        "iccs.03011": "Izvarošana",
        "iccs.03012": "Seksuāla uzbrukšana",
        "iccs.0302": "Seksuāla izmantošana",
        "iccs.030221": "Bērnu seksuālas izmantošanas materiāli (bērnu pornogrāfija)",
        "note.notApplicable":
            "{variables} tiek jautāti tikai respondentiem ar {filter} = 1: to trūkstošās vērtības un % ir starp šiem respondentiem; \"neattiecas\" (jautājums izlaists) netiek skaitīts kā trūkstoša vērtība.",
        "h.caseFlow": "Lietu virzība: reģistrētas, nodotas kriminālvajāšanai, notiesātas",
        "caseFlow.intro":
            "Katras valsts reģistrētās lietas un cik no tām nonāca līdz kriminālvajāšanai un notiesāšanai (visi gadi; lieta tiek skaitīta katrā stadijā līdz tālākajai, ko tā sasniedza).",
        "note.caseFlow":
            "Kriminālvajāšana = lietas, kuru tālākā stadija ir kriminālvajāšana vai notiesāšana; notiesātas = lietas, kas sasniedza notiesāšanu; % = no reģistrētajām lietām. Aprēķināts no publicētajiem skaitiem pēc tālākās stadijas; stadija ar slēptu saskaitāmo ir parādīta kā :c.",
        "fig.caseFlowTitle": "Lietu virzība: reģistrēto lietu daļa katrā stadijā",
        "fig.caseFlowDesc":
            "Joslu diagramma: reģistrētās, kriminālvajāšanai nodotās un notiesātās lietas pa valstīm, procentos no reģistrētajām lietām.",
        "h.recommendations": "Ieteikumi",
        "h.references": "Atsauces",
        "recommendations.placeholder":
            "**[Jāraksta autoriem.]** Ieteikumi izriet no secinājumiem un no katras valsts tiesību aktiem, pakalpojumiem un politikas, ko šis rīks nevar izvērtēt: pirms publicēšanas aizstājiet šo rindkopu veidnē (`recommendations.text`) vai izveidotajā ziņojumā.",
        "note.estimatesOverview":
            "Svērtas, uz izlases plānu balstītas procentu daļas ar 95% TI (logit intervāls ar plāna brīvības pakāpēm).",
        "note.distributionMissing": "nav norādīts = vērtība nav reģistrēta.",
    ]
}
