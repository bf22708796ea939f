extension ReportStrings {
    /// Lithuanian (lietuvių kalba).
    static let lithuanian: [String: String] = [
        // MARK: - Title and banners
        "title": "Padėties analizė: seksualinė prievarta prieš vaikus Latvijoje, Lietuvoje ir Lenkijoje",
        "intro":
            "Parengta komanda `sitan report` pagal suderintą duomenų bazę. Kiekvienai lentelei ir paveikslui pritaikyta konfidencialumo apsauga (k = {k}); iš tų pačių duomenų visada gaunama baitas į baitą ta pati ataskaita.",
        "synthetic.all":
            "**⚠️ SINTETINIAI DUOMENYS.** Visi šios ataskaitos šaltiniai yra sintetiniai (sukurti komanda `sitan synth`). Skaičiai neatspindi nė vieno tikro vaiko, šalies ar metų, todėl jų negalima cituoti kaip tyrimo rezultatų.",
        "synthetic.some":
            "**⚠️ Iš dalies sintetiniai duomenys.** Šie šaltiniai yra sintetiniai: {sources}. Jais pagrįsti skaičiai neatspindi nė vieno tikro vaiko, šalies ar metų.",
        "contents": "Turinys",

        // MARK: - Headings
        "h.findings": "Pagrindinės išvados",
        "h.sources": "Duomenų šaltiniai ir kilmė",
        "h.methods": "Metodai",
        "h.prevalence": "Paplitimas pagal šalį, lytį ir amžiaus grupę",
        "h.overview": "Apžvalga pagal šalį",
        "h.comparisons": "Šalių palyginimas",
        "h.tests": "Paplitimo vienodumo šalyse testai",
        "h.pairs": "Šalių porų skirtumai",
        "h.changes": "Pokytis tarp tyrimo bangų",
        "col.earlier": "Ankstesnė banga",
        "col.later": "Vėlesnė banga",
        "col.change": "Pokytis, proc. p. (95 % PI)",
        "note.changes":
            "Pokytis = vėlesnės bangos įvertis minus ankstesnės bangos įvertis, procentiniais punktais, su 95 % PI ir p reikšme; bangos yra nepriklausomos imtys, todėl pokyčio dispersija lygi jų dispersijų sumai (R paketas survey: svyby, bangas laikant sluoksniais, ir svycontrast).",
        "h.incidents": "Užregistruoti atvejai ir jų skaičius 100 000 vaikų",
        "h.help": "Prievartos atskleidimas ir kreipimasis pagalbos",
        "h.quality": "Duomenų kokybė",
        "h.missing": "Trūkstamos reikšmės",
        "h.rejects": "Atmestos eilutės pagal priežastį",
        "h.limitations": "Ribotumai",
        "h.byCountrySex": "Pagal šalį ir lytį",
        "h.byAge": "Pagal šalį ir amžiaus grupę",
        "h.trends": "Kitimo tendencijos",
        "h.distributions": "Užregistruoti atvejai pagal nukentėjusiojo ir nusikalstamos veikos požymius",

        // MARK: - Column labels
        "col.source": "Šaltinis",
        "col.country": "Šalis",
        "col.kind": "Rūšis",
        "col.year": "Metai",
        "col.file": "Failas",
        "col.sha": "SHA-256 (pirmieji 12)",
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
        "col.df": "l. l.",
        "col.count": "Atvejai",
        "col.population": "Vaikų skaičius",
        "col.rate": "Atvejų 100 000 vaikų (95 % PI)",
        "col.years": "Metai",
        "col.apc": "Metinis pokytis, % (95 % PI)",
        "col.missingCategory": "nenurodyta",
        "yes": "taip",
        "no": "ne",
        "kind.survey": "apklausa",
        "kind.incidents": "atvejų įrašai",
        "kind.population": "gyventojų skaičius",
        "kind.counts": "suvestiniai duomenys",

        // MARK: - Footnotes
        "note.disclosure": "Skaičiai nuo 1 iki {k1} paslėpti (:c), kaip ir visi iš jų apskaičiuoti skaičiai.",
        "note.complementary": "Antrinis slėpimas (:c) neleidžia paslėptų langelių apskaičiuoti iš sumų.",
        "note.reliability": ":u = nerodoma, nepatikima; u = mažas patikimumas (NCHS „Data Presentation Standards for Proportions“, 2017).",
        "note.estimates":
            "Svertinės procentinės dalys, apskaičiuotos atsižvelgiant į imties planą; n = atsakiusių respondentų skaičius; 95 % PI – logit intervalas su imties plano laisvės laipsniais.",
        "note.notCollected": "— = šaltinis šio kintamojo nerenka (nėra nė vienos reikšmės).",
        "note.linkedMissingCases":
            "Kai kurie trūkstamų reikšmių skaičiai paslėpti (:c), nors nėra maži: užregistruotų atvejų pasiskirstymas pagal šį kintamąjį rodo jo trūkstamas reikšmes, ir kartu jie atskleistų mažą skaičių.",
        "note.linkedMissing":
            "Kai kurie trūkstamų reikšmių skaičiai paslėpti (:c), nors nėra maži: kartu su įkeltų eilučių skaičiumi ir n lentelėse pagal lytį ir amžiaus grupę iš jų būtų galima apskaičiuoti mažą skaičių.",
        "note.pairs":
            "Skirtumas = pirmosios šalies įvertis minus antrosios šalies įvertis, procentiniais punktais, su 95 % PI ir p reikšme (atsižvelgiant į imties plano kovariaciją).",
        "note.tests":
            "Antrosios eilės Rao–Scotto F testas su trupmeniniais laisvės laipsniais (l. l.); R paketo survey funkcija svychisq, statistic = \"F\".",
        "note.rates":
            "Užregistruotų atvejų skaičius 100 000 vaikų (0–17 metų; visos nusikalstamos veikos, visi proceso etapai), su tiksliais Puasono (Garwoodo) 95 % pasikliautinaisiais intervalais (R poisson.test).",
        "note.trends":
            "Atvejų skaičiaus regresija pagal metus, gyventojų skaičiaus logaritmą naudojant kaip poslinkį; metinis procentinis pokytis = 100 × (exp(nuolydis) − 1). Jei Pearsono sklaidos rodiklis X²/l. l. didesnis už 1 (per didelė sklaida), taikomas kvazi-Puasono modelis: tas pats įvertis, standartinė paklaida padauginta iš √sklaidos rodiklio, t intervalas ir t testas su liekamaisiais l. l. (R glm, family = quasipoisson); kitu atveju taikomas Puasono modelis su Waldo intervalu ir z testu (family = poisson).",
        "note.distribution": "Užregistruotų atvejų skaičius ir jų procentinė dalis eilutėje.",

        // MARK: - Sections' text
        "sources.intro":
            "Visi į duomenų bazę įkelti failai pagal šalis (kelias šalis apimantys failai – pabaigoje), kiekvienos šalies failai įkėlimo tvarka. Perskaityta eilučių = įkelta eilučių + atmesta eilučių.",
        "prevalence.intro": "Respondentų, nurodžiusių atitinkamą patirtį, dalis (suderinti dvejetainiai rodikliai; reikšmės 1 dalis).",
        "prevalence.overviewIntro": "Kiekvienas rodiklis pagal šalį; paveiksle pateikti įverčiai su 95 % pasikliautinaisiais intervalais.",
        "comparisons.intro": "Tikrinama, ar paplitimas visose šalyse vienodas, ir pateikiami kiekvienos šalių poros skirtumai.",
        "help.intro":
            "Iš respondentų, nurodžiusių, kad per gyvenimą patyrė bet kokią seksualinę prievartą (sritis: {domain} = 1), pateikiama dalis tų, kurie apie tai kam nors papasakojo, papasakojo tėvams, pranešė policijai ir gavo pagalbą.",
        "incidents.intro":
            "Užregistruotų atvejų skaičius 100 000 vaikų (0–17 metų) pagal šalį ir metus, su tiksliais Puasono (Garwoodo) 95 % pasikliautinaisiais intervalais.",
        "incidents.unavailable":
            "Šioje duomenų bazėje nėra atvejų statistikos (nėra atvejų įrašų ir gyventojų skaičiaus duomenų vardikliams).",
        "quality.missingIntro":
            "Trūkstamos reikšmės pagal kintamąjį ir šaltinį: skaičius (pritaikius konfidencialumo apsaugą) ir procentinė šaltinio eilučių dalis.",
        "quality.noRejects": "Įkeliant nebuvo atmesta nė viena eilutė.",
        "quality.rejectsIntro":
            "Įkeliant atmestos ir į karantiną perkeltos eilutės pagal priežastį (pradinės reikšmės niekada nesaugomos).",
        "none": "Duomenų nėra.",

        // MARK: - Methods
        "methods.design":
            "**Imties planas.** Kiekviena tyrimo banga (vienos šalies tyrimas vienais metais; jos failai yra vienos imties dalys) yra nepriklausoma imtis ir vertinama atskirai: sluoksniai sudaromi kiekvienos bangos viduje (banga be sluoksnių laikoma vienu sluoksniu), pirminiai atrankos vienetai (PAV) – sluoksnių viduje, respondentas be PAV laikomas atskiru PAV, o trūkstamas svoris prilyginamas 1.",
        "methods.variance":
            "**Vertinimas.** Svertinės proporcijos; jų dispersijos vertinamos Teiloro linearizacijos metodu (atranka su grąžinimu, galutinių klasterių įvertis), kaip R pakete survey (svymean, svyby); pogrupiai ir kreipimosi pagalbos sritis vertinami kaip viso imties plano sritys. Laisvės laipsniai = PAV skaičius − sluoksnių skaičius.",
        "methods.ci":
            "**Pasikliautinieji intervalai.** 95 % logit intervalai pagal t skirstinį su imties plano laisvės laipsniais (svyciprop, method = \"logit\").",
        "methods.tests":
            "**Palyginimai.** Antrosios eilės pataisyti Rao–Scotto F nepriklausomumo testai (svychisq); šalių porų skirtumai – su t intervalais ir imties plano kovariacija (svycontrast).",
        "methods.rates":
            "**Atvejų skaičius 100 000 vaikų.** Atvejai 100 000 vaikų (0–17 metų; gyventojų skaičius sausio 1 d. arba gruodžio 31 d., pagal šalį ir metus); tikslūs Puasono (Garwoodo) intervalai.",
        "methods.disclosure":
            "**Konfidencialumo apsauga.** Kiekvienas skelbiamas respondentų ar atvejų skaičius nuo 1 iki {k1} (k = {k}) pakeičiamas žyma `:c`, kaip ir visi iš jo apskaičiuoti skaičiai; antrinis slėpimas užtikrina, kad nė vieno paslėpto langelio nebūtų galima apskaičiuoti iš sumų.",
        "methods.reliability":
            "**Patikimumas.** Pagal NCHS „Data Presentation Standards for Proportions“ (2017) proporcija nerodoma (`:u`), jei imties dydis arba efektyvusis imties dydis mažesnis nei 30 arba Korno–Graubardo 95 % PI plotis yra 0,30 ar didesnis; proporcija, kurios intervalas platus, palyginti su įverčiu, žymima `u`.",
        "methods.marks": "**Žymos** pagal Eurostatą: `:c` – konfidencialu, `:u` – nerodoma (nepatikima), `u` – mažas patikimumas.",

        // MARK: - Findings
        "finding.range": "{indicator}: didžiausias paplitimas – {high}, {highValue}; mažiausias – {low}, {lowValue}.",
        "finding.value": "{value} % (95 % PI {low}–{high})",
        "finding.single": "{indicator}: {country}, {value}.",
        "finding.test": "Rao–Scotto paplitimo vienodumo šalyse testas: {result}.",
        "finding.differ": "šalys skiriasi (F = {f}, p = {p})",
        "finding.noDiffer": "skirtumų nenustatyta (F = {f}, p = {p})",
        "finding.sex": "{indicator}, skirtumas {female} − {male} procentiniais punktais (95 % PI): {list}.",
        "finding.sexCount": "Skirtumas didesnis už nulį (visas 95 % PI teigiamas) {count} iš {total} šalių.",
        "finding.help":
            "{indicator} (tarp respondentų, per gyvenimą patyrusių bet kokią seksualinę prievartą): {list}; šalių skirtumai netikrinti.",
        "finding.rates": "Užregistruotų atvejų skaičius 100 000 vaikų (95 % PI), {year} m.: {list}.",
        "finding.trend": "Užregistruotų atvejų skaičiaus 100 000 vaikų metinis pokytis, % (95 % PI): {list}.",
        "finding.none": "Pagal konfidencialumo apsaugos taisykles nebuvo galima paskelbti nė vieno įverčio.",

        // MARK: - Limitations
        "limit.synthetic":
            "**Sintetiniai duomenys.** Sintetiniais pažymėti šaltiniai sukurti komanda `sitan synth`; jie atkartoja tikrų failų struktūrą, bet nieko nepasako apie jokią šalį.",
        "limit.selfReport":
            "Apklausos paplitimas pagrįstas pačių mokinių mokykloje pateiktais atsakymais; vaikai, nelankantys mokyklos, ir tie, kurie nusprendė apie patirtą prievartą nepasakoti, į tyrimą nepatenka, todėl tikrasis paplitimas greičiausiai didesnis už įvertintą.",
        "limit.comparability":
            "Klausimai, amžiaus grupės ir apklausų metai šalyse skiriasi; suderinant jie priskiriami bendriems rodikliams, tačiau kiekvieno rodiklio klausimų formuluotės nėra tapačios.",
        "limit.design":
            "Dispersijų vertinimas remiasi prielaida, kad PAV sluoksniuose atrenkami su grąžinimu; baigtinės populiacijos pataisos taikomos tik tada, kai šaltinis jas pateikia. Sričių įverčiai, pagrįsti nedaugeliu PAV, turi mažai laisvės laipsnių.",
        "limit.incidents":
            "Užregistruoti atvejai atspindi pranešimo ir registravimo praktiką ne mažiau nei prievartos paplitimą; jų skaičiaus 100 000 vaikų negalima lyginti su apklausose nustatytu paplitimu.",
        "limit.suppression":
            "Paslėpti langeliai (`:c`, `:u`) sąmoningai slepia informaciją; trūkstamas įvertis reiškia „negalima skelbti“, o ne „nulis“.",

        // MARK: - Figures
        "fig.axisPercent": "Procentai (95 % PI)",
        "fig.suppressed": ":c / :u = nerodoma",
        "fig.lowReliability": "tuščiaviduris taškas = mažas patikimumas (u)",
        "fig.overviewTitle": "Paplitimas pagal šalį",
        "fig.overviewDesc":
            "Taškų ir intervalų diagrama: kiekvienas rodiklis pagal šalį, procentai su 95 % pasikliautinaisiais intervalais.",
        "fig.sexTitle": "{indicator}: pagal šalį ir lytį",
        "fig.sexDesc": "Taškų ir intervalų diagrama: {indicator} pagal šalį ir lytį, procentai su 95 % pasikliautinaisiais intervalais.",
        "fig.helpTitle": "Prievartos atskleidimas ir kreipimasis pagalbos pagal šalį",
        "fig.helpDesc":
            "Taškų ir intervalų diagrama: prievartos atskleidimas ir kreipimasis pagalbos tarp respondentų, per gyvenimą patyrusių bet kokią seksualinę prievartą, pagal šalį, procentai su 95 % pasikliautinaisiais intervalais.",
        "fig.ratesTitle": "Užregistruotų atvejų skaičius 100 000 vaikų",
        "fig.ratesDesc":
            "Linijinė diagrama: užregistruotų atvejų skaičius 100 000 vaikų (0–17 metų) pagal šalį ir metus, su 95 % pasikliautinosiomis juostomis.",
        "fig.notShown": "nerodoma",
        "finding.list": "{indicator}: {list}.",
        "finding.ratesCaveat":
            "Užregistruoto nusikalstamumo rodiklių negalima lyginti tarp šalių: skiriasi teisinės apibrėžtys, apskaitos taisyklės ir polinkis pranešti apie nusikalstamas veikas.",
        "note.comparability":
            "Užregistruotų atvejų palyginimai tarp šalių neparodo tikrojo paplitimo skirtumų: šalyse skiriasi teisinės apibrėžtys, apskaitos vienetai ir registravimo bei pranešimo praktika.",
        "col.pHolm": "p (Holmo)",
        "note.holm":
            "p (Holmo) = p reikšmė, pakoreguota dėl daugkartinio testavimo Holmo metodu kiekvieno rodiklio šalių poroms (R p.adjust, method = \"holm\"); paslėpta p reikšmė laikoma didžiausia (konservatyviai).",
        "col.model": "Modelis",
        "model.poisson": "Puasono",
        "model.quasipoisson": "kvazi-Puasono",
        "col.deviance": "Deviacija (l. l.)",
        "col.dispersion": "Sklaida (Pearsono)",
        "h.annex": "Priedas: policijos užregistruoti seksualiniai nusikaltimai (Eurostatas, tikri duomenys)",
        "annex.intro":
            "Policijos užregistruoti nusikaltimai Latvijoje, Lietuvoje ir Lenkijoje 100 000 gyventojų (visų amžiaus grupių) už visus metus, už kuriuos Eurostatas skelbia duomenis, pagal tikrus Eurostato failus (ne sintetinius). Rodiklis – užregistruotų nusikaltimų skaičius (vienetas NR), padalytas iš gyventojų skaičiaus sausio 1 d. pagal dabartinę `demo_pjan` versiją; paties Eurostato rodikliai (vienetas P_HTHAB) apskaičiuoti pagal jų paskelbimo metu turėtus gyventojų duomenis, todėl ten, kur gyventojų skaičius vėliau patikslintas (Lenkijoje nuo 2021 m., Lietuvoje 2018–2020 m.), abu rodikliai skiriasi daugiau, nei galima paaiškinti apvalinimu.",
        "annex.comparability":
            "**Palyginamumas (Eurostato įspėjimas).** Užregistruoto nusikalstamumo duomenys priklauso nuo kiekvienos šalies teisinių apibrėžčių, registravimo taisyklių ir apskaitos vienetų bei nuo aukų polinkio pranešti; Eurostatas nerekomenduoja lyginti šalių lygių. Šalies laiko eilutės lūžis pažymėtas `b`.",
        "annex.citation":
            "Šaltinis: Eurostatas, *Offences by offence category – police data* (`crim_off_cat`) ir *Population on 1 January by age and sex* (`demo_pjan`); Latvijos, Lietuvos ir Lenkijos duomenys gauti 2026-11-29. © Europos Sąjunga, 1995–2026, pakartotinai naudojama pagal CC BY 4.0 licenciją.",
        "annex.unavailable": "Šioje duomenų bazėje nėra Eurostato duomenų apie šiuos nusikaltimus (įkelkite datasets/eurostat/*.tsv).",
        "note.annex":
            "Rodiklis 100 000 gyventojų; Eurostato skaičiaus arba gyventojų skaičiaus žymos: b = laiko eilutės lūžis, e = įvertis, p = preliminarūs duomenys; : = Eurostatas neskelbia, – = tų metų duomenų nėra.",
        "iccs.0301": "Seksualinis smurtas",
        "iccs.03011": "Išžaginimas",
        "iccs.03012": "Seksualinis užpuolimas",
        "iccs.0302": "Seksualinis išnaudojimas",
        "iccs.030221": "Vaikų seksualinės prievartos medžiaga (vaikų pornografija)",
        "note.notApplicable":
            "Kintamųjų {variables} klausimai užduodami tik respondentams, kurių {filter} = 1: jų trūkstamos reikšmės ir % skaičiuojami tik tarp šių respondentų; „netaikoma“ (klausimas praleistas) nelaikoma trūkstama reikšme.",
        "h.caseFlow": "Atvejų eiga: užregistruota, perduota teismui, nuteista",
        "caseFlow.intro":
            "Kiekvienos šalies užregistruoti atvejai ir kiek jų buvo perduota teismui ir baigėsi nuteisimu (visi metai; atvejis skaičiuojamas kiekviename etape iki toliausiai pasiekto).",
        "note.caseFlow":
            "Perduota teismui = atvejai, kurių toliausias pasiektas etapas yra perdavimas teismui arba nuteisimas; nuteista = atvejai, pasibaigę nuteisimu; % – nuo užregistruotų atvejų. Apskaičiuota iš paskelbtų skaičių pagal toliausią pasiektą etapą; etapas, kurio bent vienas dėmuo paslėptas, rodomas kaip :c.",
        "fig.caseFlowTitle": "Atvejų eiga: užregistruotų atvejų dalis kiekviename etape",
        "fig.caseFlowDesc":
            "Stulpelinė diagrama: užregistruoti, teismui perduoti ir nuteisimu pasibaigę atvejai pagal šalį, procentais nuo užregistruotų atvejų.",
        "h.recommendations": "Rekomendacijos",
        "h.references": "Literatūra",
        "recommendations.placeholder":
            "**[Rašo autoriai.]** Rekomendacijos formuluojamos remiantis išvadomis ir kiekvienos šalies teisės aktais, paslaugomis bei politika, kurių ši programa įvertinti negali: prieš skelbdami pakeiskite šią pastraipą šablone (`recommendations.text`) arba parengtoje ataskaitoje.",
        "note.estimatesOverview":
            "Svertinės procentinės dalys, apskaičiuotos atsižvelgiant į imties planą, su 95 % PI (logit intervalas su imties plano laisvės laipsniais).",
        "note.distributionMissing": "nenurodyta = reikšmė neužregistruota.",

        // MARK: - Estimated numbers of children (4.1)
        "h.totals": "Apskaičiuotas vaikų skaičius",
        "prevalence.totalsIntro":
            "Apskaičiuotas tiriamosios populiacijos mokinių, nurodžiusių kiekvieną patirtį, skaičius: svertinė rodiklio suma su 95 % pasikliautinuoju intervalu, suapvalinta iki artimiausio šimto.",
        "note.totals":
            "Svertinės, imties planu pagrįstos sumos (kaip R paketo survey svytotal) su 95 % pasikliautinaisiais intervalais; jos remiasi tuo, kad svorių suma atitinka mokinių populiaciją. Apatinės ribos, mažesnės už nulį, rodomos kaip 0.",
        // MARK: - Sample, perpetrator (surveys), rejection reasons, Eurostat reference
        "ref.eurostat":
            "Eurostatas. *Offences by offence category – police data* (`crim_off_cat`; policijos užregistruoti nusikaltimai pagal kategoriją) ir *Population on 1 January by age and sex* (`demo_pjan`; gyventojai sausio 1 d. pagal amžių ir lytį). Duomenys gauti 2026-11-29. © Europos Sąjunga, CC BY 4.0.",
        "h.sample":
            "Imtis",
        "h.surveyMethods":
            "Kaip buvo atlikta kiekviena apklausa",
        "surveyMethods.intro":
            "Kiekvienos apklausos lauko darbai, imtis, atsako dažnis ir svoriai, kaip juos kodų knygoje nurodo apklausą atlikęs partneris.",
        "method.fieldwork":
            "Lauko darbai",
        "method.frame":
            "Atrankos pagrindas",
        "method.design":
            "Imties planas",
        "method.schools":
            "Mokyklų atsako dažnis",
        "method.pupils":
            "Mokinių atsako dažnis",
        "method.weighting":
            "Svėrimas",
        "method.instrument":
            "Klausimynas",
        "col.item":
            "Punktas",
        "col.description":
            "Aprašymas",
        "h.definitions":
            "Rodiklių apibrėžtys",
        "definitions.intro":
            "Klausimas, kuriuo grindžiamas kiekvienas rodiklis kiekvienoje apklausoje, kaip jį pateikia kodų knyga; brūkšnys, kai kodų knygoje jo nėra.",
        "sample.intro":
            "Kiekvienos šalies naujausio apklausos etapo respondentai pagal lytį ir amžiaus grupę: respondentų skaičius (nesvertinis) ir jų svertinė dalis.",
        "col.characteristic":
            "Požymis",
        "col.category":
            "Kategorija",
        "col.weightedPercent":
            "% (svertinis)",
        "note.sample":
            "n – respondentai kategorijoje (nesvertinis skaičius); % – svertinė dalis tarp respondentų, turinčių reikšmę. Lytis ar amžiaus grupė, kurios skaičių būtų galima atkurti iš kitų paskelbtų lentelių, paslėpta (:c).",
        "h.perpetratorSurvey":
            "Smurtautojo ryšys su vaiku pagal respondentų atsakymus",
        "perpetrator.intro":
            "Tarp respondentų, nurodžiusių bet kokią seksualinę prievartą per visą gyvenimą (sritis: {domain} = 1), – kas buvo smurtautojas.",
        "note.perpetratorSurvey":
            "n – srities respondentai, kurie atsakė; kiekvieno ryšio svertiniai, imties plano pagrindu apskaičiuoti procentai (kategorijų dalys, R paketo survey svymean veiksniui); atsakymai „netaikoma“, „nežinau“ ir atsisakymai neįskaičiuoti.",
        "reason.unknownCode":
            "nežinomas kodas",
        "reason.notWholeNumber":
            "ne sveikasis skaičius",
        "reason.decimalPoint":
            "ne skaičius: dešimtainis taškas, nors kodų knygoje nurodytas dešimtainis kablelis",
        "reason.decimalComma":
            "ne skaičius: dešimtainis kablelis, nors kodų knygoje nurodytas dešimtainis taškas",
        "reason.notNumber":
            "ne skaičius",
        "reason.notBinary":
            "ne 0 ir ne 1",
        "reason.outOfRange":
            "už leistino intervalo {1}",
        "reason.badDate":
            "netinkama data (laukiama forma {1})",
        "reason.malformedQuote":
            "netaisyklingas kabutėse esantis laukas (perteklinė arba neuždaryta kabutė)",
        "reason.fieldCount":
            "tikėtasi laukų: {1}, rasta: {2}",
        "reason.controlCharacter":
            "valdymo simbolis (pvz., NUL) lauke",
        "reason.inexact":
            "sveikasis skaičius per didelis, kad būtų saugomas tiksliai",
        "reason.noLookup":
            "{1}: faile {2} nėra įrašo šaliai {3}",
        "reason.eurostatLayout":
            "netinkamas rakto dalių ar reikšmių skaičius Eurostato eilutėje",
        "reason.eurostatValue":
            "ne Eurostato reikšmė (skaičius arba ':' su žymomis)",
        "reason.eurostatRange":
            "skaičius ar gyventojų skaičius už intervalo nuo 0 iki 10 000 000 000",
        // MARK: - Rates by offence type
        "h.offences":
            "Užregistruoti atvejai pagal nusikaltimo rūšį",
        "incidents.offencesIntro":
            "Užregistruotų atvejų skaičius 100 000 vaikų (0–17 metų) pagal šalį ir metus kiekvienai nusikaltimo rūšiai (ICCS; kodas apima žemesnio lygio kodus), su tiksliosiomis Puasono 95 % pasikliautinosiomis juostomis. Ir čia užregistruoti atvejai nėra palyginami tarp šalių.",
        "fig.offenceDesc":
            "Linijinė diagrama: užregistruotų atvejų ({offence}) skaičius 100 000 vaikų (0–17 metų) pagal šalį ir metus, su 95 % pasikliautinosiomis juostomis.",
        // MARK: - Glossary
        "h.glossary": "Terminų žodynėlis",
        "glossary.intro": "Šioje ataskaitoje vartojami terminai ir jų reikšmė.",
        "glossary.prevalence.term": "Paplitimas",
        "glossary.prevalence.text":
            "Tiriamosios populiacijos vaikų, kurie per tam tikrą laikotarpį (per visą gyvenimą ar per pastaruosius 12 mėnesių) patyrė atitinkamą patirtį, dalis, įvertinta pagal apklausą.",
        "glossary.incidence.term": "Dažnis (naujų atvejų)",
        "glossary.incidence.text":
            "Naujų atvejų skaičius per laikotarpį, dažnai 100 000 vaikų; šioje ataskaitoje – tik užregistruoti atvejai, atspindintys tai, kas buvo pranešta ir užregistruota, o ne viską, kas įvyko.",
        "glossary.recordedRate.term": "Užregistruotų atvejų rodiklis",
        "glossary.recordedRate.text":
            "Policijos ar kitos institucijos per metus užregistruotų atvejų skaičius 100 000 vaikų (0–17 metų), tų metų sausio 1 d. gyvenusių šalyje.",
        "glossary.weight.term": "Apklausos svoris",
        "glossary.weight.text":
            "Kiek populiacijos vaikų atstovauja vienas respondentas; svoriai koreguoja nevienodas atrankos tikimybes ir neatsakymą, kad svertiniai procentai apibūdintų populiaciją, o ne imtį.",
        "glossary.psu.term": "PAV (pirminis atrankos vienetas)",
        "glossary.psu.text":
            "Pirmajame imties etape atrenkamas vienetas, čia – mokykla; vienos mokyklos mokiniai panašesni vieni į kitus, į tai atsižvelgiama skaičiuojant dispersijas.",
        "glossary.designEffect.term": "Imties plano efektas",
        "glossary.designEffect.text":
            "Įverčio dispersija pagal faktinį imties planą, padalyta iš dispersijos tokio pat dydžio paprastojoje atsitiktinėje imtyje; didesnis už 1, kai mokinių grupavimasis mokyklose mažina įverčio tikslumą.",
        "glossary.ci.term": "Pasikliautinasis intervalas (PI)",
        "glossary.ci.text":
            "Pagal imtį apskaičiuotas intervalas, kuris kartotinėse imtyse 95 % atvejų apimtų tikrąją reikšmę; jis atspindi tik imties paklaidą, ne neatsakymo ar nepranešimo sukeltą poslinkį.",
        "glossary.raoScott.term": "Rao–Scotto testas",
        "glossary.raoScott.text":
            "Chi kvadrato testas, ar procentas skiriasi tarp grupių (čia – šalių), pataisytas pagal imties planą (antrosios eilės pataisa, pateikiama kaip F statistika).",
        "glossary.quasiPoisson.term": "Kvazi-Puasono modelis",
        "glossary.quasiPoisson.text":
            "Metinių skaičių Puasono regresija, kurios standartinės paklaidos padidintos pagal nustatytą per didelę sklaidą (variaciją, viršijančią Puasono modelio numatomą); taikoma tendencijoms, kai sklaidos rodiklis didesnis už 1.",
        "glossary.iccs.term": "ICCS",
        "glossary.iccs.text":
            "Tarptautinė nusikaltimų klasifikacija statistikos tikslais (UNODC, 2015); jos kodai (0301 seksualinis smurtas, 03011 išžaginimas, …) leidžia nacionalines nusikalstamas veikas priskirti bendroms kategorijoms.",
        "glossary.sdc.term": "Statistinių duomenų konfidencialumo apsauga",
        "glossary.sdc.text":
            "Taisyklės, neleidžiančios iš skelbiamų lentelių sužinoti apie atskirą respondentą ar atvejį, pavyzdžiui, slepiant mažus skaičius; nepainioti su vaiko atsiskleidimu apie patirtą prievartą.",
        "glossary.suppression.term": "Slėpimas (:c)",
        "glossary.suppression.text":
            "Langelis neskelbiamas, nes jame yra nuo 1 iki k − 1 respondentų ar atvejų arba nes juo būtų galima tokį langelį apskaičiuoti iš sumų (antrinis slėpimas).",
        "glossary.reliability.term": "Patikimumo žymos (:u, u)",
        "glossary.reliability.text":
            "Pagal NCHS dalių pateikimo standartus `:u` žymi nerodomą įvertį, kurio imtis per maža arba intervalas per platus, `u` – rodomą mažo patikimumo įvertį.",
        // MARK: - Legal context
        "h.legal":
            "Teisinis kontekstas",
        "legal.intro":
            "Lytinio apsisprendimo amžius ir kiekvienos šalies baudžiamojo kodekso straipsniai dėl seksualinių nusikaltimų vaikams – duomenų failas su šaltiniais (`datasets/legal-context.yaml`); užregistruoti atvejai remiasi šiomis apibrėžtimis, kurios šalyse skiriasi.",
        "legal.ageOfConsent":
            "Lytinio apsisprendimo amžius: {age}.",
        "legal.unverified":
            "Dar {count} failo nuostatos nepatikrintos pagal gautą šaltinį, todėl neparodytos.",
        "legal.note":
            "Pavadinimai cituojami valstybine kalba, su vertimu į anglų kalbą; šaltiniai peržiūrėti {date}. Failas aprašo teisės normas, ne duomenis; prieš cituodami patikrinkite galiojančią redakciją.",
        "col.article":
            "Straipsnis",
        "col.topic":
            "Tema",
        "col.titleEnglish":
            "Pavadinimas (anglų k.)",
        "col.titleNational":
            "Pavadinimas (valstybine kalba)",
        "col.legalSource":
            "Šaltinis",
        "legal.topic.rape": "Išžaginimas",
        "legal.topic.sexual_assault": "Seksualinis prievartavimas",
        "legal.topic.sexual_acts_with_child": "Seksualiniai veiksmai su vaiku",
        "legal.topic.grooming": "Viliojimas (grooming)",
        "legal.topic.exploitation": "Seksualinis išnaudojimas",
        "legal.topic.csam": "Vaikų seksualinės prievartos medžiaga",
        "h.victims": "Užregistruotų atvejų rodikliai pagal nukentėjusiojo lytį ir amžiaus grupę, {year} m.",
        "victims.intro":
            "Užregistruoti atvejai {year} m. 100 000 nukentėjusiojo amžiaus grupės mergaičių arba berniukų (gyventojai pagal lytį ir kiekvienus amžiaus metus), su tiksliais Puasono (Garwoodo) 95 % pasikliautinaisiais intervalais: kuriuos vaikus užregistruoti atvejai palietė.",
        "note.victims":
            "Rodiklis (95 % PI) 100 000 tos amžiaus grupės mergaičių arba berniukų; visos nusikalstamos veikos ir proceso etapai. Atvejai, kuriuose nukentėjusiojo lytis ar amžius neužregistruoti, nepatenka į jokį langelį: {list}.",
        "victims.leftOutItem": "{country} {sex} be lyties, {age} be amžiaus",
        "note.methodsFallback":
            "Kalbos kodas skliausteliuose, pvz., (en), žymi tekstą, kurio kodų knyga nepateikia lietuvių kalba; jis rodomas nurodyta kalba.",
    ]
}
