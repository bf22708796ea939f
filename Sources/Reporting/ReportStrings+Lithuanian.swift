extension ReportStrings {
    /// Lithuanian (lietuvių kalba).
    static let lithuanian: [String: String] = [
        // MARK: - Title and banners
        "title": "Situacijos analizė: seksualinė prievarta prieš vaikus Latvijoje, Lietuvoje ir Lenkijoje",
        "intro":
            "Parengta su `sitan report` iš suderintos duomenų bazės. Kiekviena lentelė ir paveikslas praėjo atskleidimo kontrolę (k = {k}); iš tų pačių duomenų gaunama baitas į baitą tokia pati ataskaita.",
        "synthetic.all":
            "**⚠️ SINTETINIAI DUOMENYS.** Visi šios ataskaitos šaltiniai yra sintetiniai (sukurti su `sitan synth`). Skaičiai neaprašo jokio tikro vaiko, šalies ar metų: necituokite jų kaip rezultatų.",
        "synthetic.some":
            "**⚠️ Iš dalies sintetiniai duomenys.** Šie šaltiniai yra sintetiniai: {sources}. Jais paremti skaičiai neaprašo jokio tikro vaiko, šalies ar metų.",
        "contents": "Turinys",

        // MARK: - Headings
        "h.findings": "Pagrindinės išvados",
        "h.sources": "Duomenų šaltiniai ir kilmė",
        "h.methods": "Metodai",
        "h.prevalence": "Paplitimas pagal šalį, lytį ir amžiaus grupę",
        "h.overview": "Apžvalga pagal šalį",
        "h.comparisons": "Šalių palyginimai",
        "h.tests": "Vienodo paplitimo šalyse tikrinimas",
        "h.pairs": "Skirtumai tarp šalių porų",
        "h.changes": "Pokytis tarp tyrimo bangų",
        "col.earlier": "Ankstesnė banga",
        "col.later": "Vėlesnė banga",
        "col.change": "Pokytis, proc. p. (95 % PI)",
        "note.changes":
            "Pokytis = vėlesnė banga minus ankstesnė, procentiniais punktais, su 95 % PI ir p reikšme; bangos yra nepriklausomos imtys, todėl pokyčio dispersija yra jų dispersijų suma.",
        "h.incidents": "Užregistruoti atvejai ir rodikliai 100 000 vaikų",
        "h.help": "Atskleidimas ir pagalbos paieška",
        "h.quality": "Duomenų kokybė",
        "h.missing": "Trūkstamos reikšmės",
        "h.rejects": "Atmestos eilutės pagal priežastį",
        "h.limitations": "Apribojimai",
        "h.byCountrySex": "Pagal šalį ir lytį",
        "h.byAge": "Pagal šalį ir amžiaus grupę",
        "h.trends": "Tendencijos per metus",
        "h.distributions": "Užregistruoti atvejai pagal nukentėjusiojo ir nusikaltimo požymius",

        // MARK: - Column labels
        "col.source": "Šaltinis",
        "col.country": "Šalis",
        "col.kind": "Rūšis",
        "col.year": "Metai",
        "col.file": "Failas",
        "col.sha": "SHA-256 (pirmi 12)",
        "col.encoding": "Koduotė",
        "col.read": "Perskaityta eilučių",
        "col.loaded": "Įkelta eilučių",
        "col.rejected": "Atmesta eilučių",
        "col.synthetic": "Sintetinis",
        "col.indicator": "Rodiklis",
        "col.n": "n",
        "col.percent": "%",
        "col.ci": "95 % PI",
        "col.estimate": "% (95 % PI)",
        "col.variable": "Kintamasis",
        "col.reason": "Priežastis",
        "col.total": "Iš viso",
        "col.missing": "trūksta",
        "col.pair": "Šalys",
        "col.difference": "Skirtumas, proc. p. (95 % PI)",
        "col.p": "p",
        "col.f": "F",
        "col.df": "ll",
        "col.count": "Atvejai",
        "col.population": "Vaikai",
        "col.rate": "Rodiklis 100 000 (95 % PI)",
        "col.years": "Metai",
        "col.apc": "Metinis pokytis, % (95 % PI)",
        "col.missingCategory": "nenurodyta",
        "yes": "taip",
        "no": "ne",
        "kind.survey": "apklausa",
        "kind.incidents": "atvejai",
        "kind.population": "gyventojai",
        "kind.counts": "suvestiniai skaičiai",

        // MARK: - Footnotes
        "note.disclosure": "Skaičiai nuo 1 iki {k1} paslėpti (:c), kaip ir visi iš jų išvesti skaičiai.",
        "note.complementary": "Papildomas slėpimas (:c) neleidžia paslėptų langelių atkurti iš sumų.",
        "note.reliability": ":u = nerodoma, nepatikima; u = mažas patikimumas (NCHS Data Presentation Standards for Proportions, 2017).",
        "note.estimates":
            "Svertinės, imties planu pagrįstos procentinės dalys; n = atsakiusieji respondentai; 95 % PI: logit intervalas su plano laisvės laipsniais.",
        "note.notCollected": "— = šaltinis šio kintamojo nerenka (nėra nė vienos reikšmės).",
        "note.linkedMissingCases":
            "Kai kurie trūkstamų reikšmių skaičiai paslėpti (:c), nors nėra maži: užregistruotų atvejų pasiskirstymas pagal šį kintamąjį rodo jo trūkstamas reikšmes, ir kartu jie atskleistų mažą skaičių.",
        "note.linkedMissing":
            "Kai kurie trūkstamų reikšmių skaičiai paslėpti (:c), nors nėra maži: kartu su įkeltų eilučių skaičiumi ir n lentelėse pagal lytį ir amžiaus grupę jie atskleistų mažą skaičių.",
        "note.pairs": "Skirtumas = pirmoji šalis minus antroji, procentiniais punktais, su 95 % PI ir p reikšme (plano kovariacija).",
        "note.tests": "Rao–Scotto antrosios eilės F testas su trupmeniniais laisvės laipsniais (R survey svychisq, statistic = \"F\").",
        "note.rates":
            "Užregistruoti atvejai 100 000 vaikų nuo 0 iki 17 metų (visi nusikaltimai, visos stadijos), su tiksliais Puasono (Garwood) 95 % intervalais (R poisson.test).",
        "note.trends":
            "Atvejų skaičiaus regresija pagal metus su gyventojų skaičiaus logaritmo poslinkiu; metinis procentinis pokytis 100 × (exp(nuolydis) − 1). Jei Pearsono sklaida X²/ll didesnė už 1 (per didelė sklaida), taikomas kvazi-Puasono modelis: tas pats įvertis, standartinė paklaida padauginta iš √sklaida, t intervalas ir t testas su liekamaisiais ll (R glm, family = quasipoisson); kitu atveju Puasono modelis su Waldo intervalu ir z testu (family = poisson).",
        "note.distribution": "Užregistruotų atvejų skaičius ir eilutės procentinė dalis.",

        // MARK: - Sections' text
        "sources.intro": "Visi į duomenų bazę įkelti failai įkėlimo tvarka. Perskaityta eilučių = įkelta eilučių + atmesta eilučių.",
        "prevalence.intro": "Respondentų, nurodžiusių kiekvieną patirtį, dalis (dvireikšmiai suderinti rodikliai, reikšmės 1 dalis).",
        "prevalence.overviewIntro": "Kiekvienas rodiklis pagal šalį; paveiksle parodyti įverčiai su 95 % pasikliautinaisiais intervalais.",
        "comparisons.intro": "Tikrinama, ar paplitimas visose šalyse vienodas, ir skirtumai tarp kiekvienos šalių poros.",
        "help.intro":
            "Tarp respondentų, nurodžiusių bet kokią seksualinę prievartą per gyvenimą (sritis: {domain} = 1), dalis tų, kurie kam nors papasakojo, papasakojo tėvams, pranešė policijai ir gavo pagalbą.",
        "incidents.intro":
            "Užregistruoti atvejai 100 000 vaikų (nuo 0 iki 17 metų) pagal šalį ir metus, su tiksliais Puasono (Garwood) 95 % pasikliautinaisiais intervalais.",
        "incidents.unavailable": "Šioje duomenų bazėje nėra atvejų statistikos (nėra atvejų įrašų ir gyventojų skaičiaus vardiklių).",
        "quality.missingIntro":
            "Trūkstamos reikšmės pagal kintamąjį ir šaltinį: skaičius (po atskleidimo kontrolės) ir procentinė šaltinio eilučių dalis.",
        "quality.noRejects": "Įkeliant nebuvo atmesta nė viena eilutė.",
        "quality.rejectsIntro": "Įkeliant į karantiną perkeltos eilutės pagal priežastį (pradinės reikšmės niekada nesaugomos).",
        "none": "Duomenų nėra.",

        // MARK: - Methods
        "methods.design":
            "**Imties planas.** Kiekviena tyrimo banga (vienos šalies tyrimas vienais metais; jos failai yra vienos imties dalys) yra nepriklausoma imtis, vertinama atskirai: sluoksniai įdėti į bangas (banga be sluoksnių yra vienas sluoksnis), pirminiai imties vienetai (PSU) į sluoksnius, respondentas be PSU yra atskiras PSU, o trūkstamas svoris lygus 1.",
        "methods.variance":
            "**Vertinimas.** Svertinės proporcijos su Teiloro linearizacijos dispersijomis (su grąžinimu, galutinių klasterių įvertis) kaip R pakete survey (svymean, svyby); pogrupiai ir pagalbos paieškos sritis yra viso plano sritys. Laisvės laipsniai = PSU − sluoksniai.",
        "methods.ci":
            "**Pasikliautinieji intervalai.** 95 % logit intervalai su t skirstiniu ir plano laisvės laipsniais (svyciprop, method = \"logit\").",
        "methods.tests":
            "**Palyginimai.** Rao–Scotto antrosios eilės pataisyti F nepriklausomumo testai (svychisq); porų skirtumai su t intervalais ir plano kovariacija (svycontrast).",
        "methods.rates":
            "**Rodikliai.** Atvejai 100 000 vaikų nuo 0 iki 17 metų (gyventojai sausio 1 d. arba gruodžio 31 d., pagal šalį ir metus); tikslūs Puasono (Garwood) intervalai.",
        "methods.disclosure":
            "**Atskleidimo kontrolė.** Kiekvienas skelbiamas respondentų ar atvejų skaičius nuo 1 iki {k1} (k = {k}) pakeičiamas `:c`, kaip ir visi iš jo išvesti skaičiai; papildomas slėpimas užtikrina, kad nė vieno paslėpto langelio negalima apskaičiuoti iš sumų.",
        "methods.reliability":
            "**Patikimumas.** NCHS Data Presentation Standards for Proportions (2017): proporcija, kurios imties dydis ar efektyvusis imties dydis mažesnis nei 30 arba kurios Korno–Graubardo 95 % PI plotis 0,30 ar daugiau, nerodoma (`:u`); ta, kurios intervalas platus įverčio atžvilgiu, žymima `u`.",
        "methods.marks": "**Žymenys** pagal Eurostatą: `:c` konfidencialu, `:u` nerodoma (nepatikima), `u` mažas patikimumas.",

        // MARK: - Findings
        "finding.range": "{indicator}: didžiausias — {high}, {highValue}; mažiausias — {low}, {lowValue}.",
        "finding.value": "{value} % (95 % PI {low}–{high})",
        "finding.single": "{indicator}: {country}, {value}.",
        "finding.test": "Rao–Scotto vienodo paplitimo šalyse testas: {result}.",
        "finding.differ": "šalys skiriasi (F = {f}, p = {p})",
        "finding.noDiffer": "skirtumo įrodymų nėra (F = {f}, p = {p})",
        "finding.sex": "{indicator}, skirtumas {female} − {male} procentiniais punktais (95 % PI): {list}.",
        "finding.sexCount": "Skirtumas didesnis už nulį {count} iš {total} šalių.",
        "finding.help":
            "{indicator} (respondentai, patyrę bet kokią seksualinę prievartą per gyvenimą): {list}; skirtumai tarp šalių netikrinti.",
        "finding.rates": "Užregistruoti atvejai 100 000 vaikų (95 % PI), {year}: {list}.",
        "finding.trend": "Užregistruotų atvejų rodiklio metinis pokytis, % (95 % PI): {list}.",
        "finding.none": "Pagal atskleidimo taisykles nebuvo galima paskelbti nė vieno įverčio.",

        // MARK: - Limitations
        "limit.synthetic":
            "**Sintetiniai duomenys.** Sintetiniais pažymėti šaltiniai sukurti su `sitan synth`; jie atkartoja tikrų failų struktūrą, bet nieko nepasako apie jokią šalį.",
        "limit.selfReport":
            "Apklausos paplitimą nurodo patys mokiniai mokykloje; vaikai, nelankantys mokyklos, ir tie, kurie nusprendė neatskleisti, neapimami, todėl paplitimas greičiausiai įvertintas per mažai.",
        "limit.comparability":
            "Klausimai, amžiaus intervalai ir apklausų metai šalyse skiriasi; suderinimas juos susieja su bendrais rodikliais, tačiau klausimų formuluotės nėra tapačios.",
        "limit.design":
            "Dispersijos daro prielaidą, kad PSU sluoksniuose atrenkami su grąžinimu; baigtinės populiacijos pataisos taikomos tik tada, kai šaltinis jas pateikia. Sričių įverčiai su mažai PSU turi mažai laisvės laipsnių.",
        "limit.incidents":
            "Užregistruoti atvejai atspindi pranešimo ir registravimo praktiką ne mažiau nei prievartos paplitimą; rodikliai nepalyginami su apklausos paplitimu.",
        "limit.suppression":
            "Paslėpti langeliai (`:c`, `:u`) sąmoningai slepia informaciją; trūkstamas įvertis reiškia \"negalima skelbti\", o ne \"nulis\".",

        // MARK: - Figures
        "fig.axisPercent": "Procentai (95 % PI)",
        "fig.suppressed": ":c / :u = nerodoma",
        "fig.lowReliability": "tuščiaviduris = mažas patikimumas (u)",
        "fig.overviewTitle": "Paplitimas pagal šalį",
        "fig.overviewDesc":
            "Taškų ir intervalų diagrama: kiekvienas rodiklis pagal šalį, procentai su 95 % pasikliautinaisiais intervalais.",
        "fig.sexTitle": "{indicator}: pagal šalį ir lytį",
        "fig.sexDesc": "Taškų ir intervalų diagrama: {indicator} pagal šalį ir lytį, procentai su 95 % pasikliautinaisiais intervalais.",
        "fig.helpTitle": "Atskleidimas ir pagalbos paieška pagal šalį",
        "fig.helpDesc":
            "Taškų ir intervalų diagrama: atskleidimas ir pagalbos paieška tarp respondentų, patyrusių bet kokią seksualinę prievartą per gyvenimą, pagal šalį, procentai su 95 % pasikliautinaisiais intervalais.",
        "fig.ratesTitle": "Užregistruoti atvejai 100 000 vaikų",
        "fig.ratesDesc":
            "Linijinė diagrama: užregistruoti atvejai 100 000 vaikų nuo 0 iki 17 metų pagal šalį ir metus, su 95 % pasikliautinosiomis juostomis.",
        "fig.notShown": "nerodoma",
        "finding.list": "{indicator}: {list}.",
        "finding.ratesCaveat":
            "Užregistruoto nusikalstamumo rodiklių negalima lyginti tarp šalių: skiriasi teisinės apibrėžtys, apskaitos taisyklės ir polinkis pranešti.",
        "note.comparability":
            "Užregistruotų atvejų palyginimai tarp šalių neparodo tikrojo paplitimo skirtumų: šalyse skiriasi teisinės apibrėžtys, apskaitos vienetai ir registravimo bei pranešimo praktika.",
        "col.pHolm": "p (Holm)",
        "note.holm":
            "p (Holm) = p reikšmė, pakoreguota daugkartiniam testavimui Holmo metodu kiekvieno rodiklio šalių poroms (R p.adjust, method = \"holm\"); paslėpta p reikšmė laikoma didžiausia (konservatyviai).",
        "col.model": "Modelis",
        "model.poisson": "Puasono",
        "model.quasipoisson": "kvazi-Puasono",
        "col.deviance": "Deviacija (ll)",
        "col.dispersion": "Sklaida (Pearsono)",
        "h.annex": "Priedas: policijos užregistruoti seksualiniai nusikaltimai (Eurostatas, tikri duomenys)",
        "annex.intro":
            "Policijos užregistruoti nusikaltimai Latvijoje, Lietuvoje ir Lenkijoje 100 000 gyventojų (visų amžių) kiekvienais Eurostato skelbiamais metais, pagal tikrus Eurostato failus (ne sintetinius). Rodiklis – užregistruotų nusikaltimų skaičius (vienetas NR), padalytas iš gyventojų skaičiaus sausio 1 d. pagal dabartinį `demo_pjan`; paties Eurostato rodikliai (vienetas P_HTHAB) apskaičiuoti pagal jų paskelbimo metu turėtus gyventojų duomenis, todėl ten, kur gyventojų skaičius vėliau patikslintas (Lenkijoje nuo 2021 m., Lietuvoje 2018–2020 m.), jie skiriasi daugiau nei dėl apvalinimo.",
        "annex.comparability":
            "**Palyginamumas (Eurostato įspėjimas).** Užregistruoto nusikalstamumo duomenys priklauso nuo kiekvienos šalies teisinių apibrėžčių, registravimo taisyklių ir apskaitos vienetų bei nuo aukų polinkio pranešti; Eurostatas nerekomenduoja lyginti lygių tarp šalių. Laiko eilutės lūžis šalies viduje pažymėtas `b`.",
        "annex.citation":
            "Šaltinis: Eurostatas, *Offences by offence category – police data* (`crim_off_cat`) ir *Population on 1 January by age and sex* (`demo_pjan`), išgauta Latvijai, Lietuvai ir Lenkijai 2026-11-29. © Europos Sąjunga, 1995–2026, pakartotinai naudojama pagal CC BY 4.0.",
        "annex.unavailable": "Šioje duomenų bazėje nėra Eurostato duomenų apie šiuos nusikaltimus (įkelkite datasets/eurostat/*.tsv).",
        "note.annex":
            "Rodiklis 100 000 gyventojų; Eurostato skaičiaus arba gyventojų skaičiaus žymos: b = laiko eilutės lūžis, e = įvertis, p = preliminarūs duomenys; : = Eurostatas neskelbia, – = tų metų duomenų nėra.",
        "iccs.0301": "Seksualinis smurtas",
        "iccs.03011": "Išžaginimas",
        "iccs.03012": "Seksualinis užpuolimas",
        "iccs.0302": "Seksualinis išnaudojimas",
        "iccs.030221": "Vaikų seksualinės prievartos medžiaga (vaikų pornografija)",
        "note.notApplicable":
            "{variables} klausiama tik respondentų, kurių {filter} = 1: jų trūkstamos reikšmės ir % skaičiuojami tarp šių respondentų; „netaikoma“ (klausimas praleistas) nelaikoma trūkstama reikšme.",
        "h.caseFlow": "Bylų eiga: užregistruota, patraukta baudžiamojon atsakomybėn, nuteista",
        "caseFlow.intro":
            "Kiekvienos šalies užregistruotos bylos ir kiek jų pasiekė baudžiamąjį persekiojimą ir nuteisimą (visi metai; byla skaičiuojama kiekviename etape iki toliausiai pasiekto).",
        "note.caseFlow":
            "Persekiojimas = bylos, kurių toliausias etapas yra baudžiamasis persekiojimas arba nuteisimas; nuteista = bylos, pasiekusios nuteisimą; % = nuo užregistruotų bylų. Apskaičiuota iš paskelbtų skaičių pagal toliausią etapą; etapas su paslėptu dėmeniu rodomas kaip :c.",
        "fig.caseFlowTitle": "Bylų eiga: užregistruotų bylų dalis kiekviename etape",
        "fig.caseFlowDesc":
            "Stulpelinė diagrama: užregistruotos, baudžiamojo persekiojimo ir nuteisimo etapą pasiekusios bylos pagal šalį, procentais nuo užregistruotų bylų.",
        "h.recommendations": "Rekomendacijos",
        "h.references": "Literatūra",
        "recommendations.placeholder":
            "**[Rašo autoriai.]** Rekomendacijos išplaukia iš išvadų ir kiekvienos šalies teisės, paslaugų bei politikos, kurių ši priemonė negali įvertinti: prieš skelbdami pakeiskite šią pastraipą šablone (`recommendations.text`) arba sugeneruotoje ataskaitoje.",
        "note.estimatesOverview":
            "Svertinės, imties planu pagrįstos procentinės dalys su 95 % PI (logit intervalas su plano laisvės laipsniais).",
        "note.distributionMissing": "nenurodyta = reikšmė neužregistruota.",
    ]
}
