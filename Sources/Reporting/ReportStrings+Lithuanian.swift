extension ReportStrings {
    /// Lithuanian (lietuvių kalba).
    static let lithuanian: [String: String] = [
        // MARK: - Title and banners
        "title": "Padėties analizė: seksualinė prievarta prieš vaikus Latvijoje, Lietuvoje ir Lenkijoje",
        "intro":
            "Parengta komanda `sitan report` iš suderintų duomenų bazės. Kiekvienai lentelei ir paveikslui pritaikyta statistinių duomenų konfidencialumo apsauga (k = {k}); iš tų pačių duomenų visada gaunama ta pati ataskaita, sutampanti iki baito.",
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
        "col.change": "Pokytis, proc. p. (95\u{202F}% PI)",
        "finding.changeNone":
            "{country}, nuo {earlier} iki {later}: nė vieno rodiklio pokytis nėra didesnis, nei būtų galima paaiškinti atsitiktinumu (kiekvieno pokyčio p reikšmė, Holmo metodu pakoreguota atsižvelgiant į visus {m} palygintus pokyčius, yra 0,05 ar didesnė; žr. 5.3 poskyrį).",
        "finding.change":
            "{country}, pokytis nuo {earlier} iki {later} procentiniais punktais (95\u{202F}% PI): {list}. Kiekvieno iš šių pokyčių p reikšmė, Holmo metodu pakoreguota atsižvelgiant į visus {m} palygintus pokyčius, yra mažesnė nei 0,05; kitų rodiklių pokyčiai nėra didesni, nei būtų galima paaiškinti atsitiktinumu (žr. 5.3 poskyrį).",
        "finding.changeSingleNone":
            "{country}, nuo {earlier} iki {later}: rodiklio „{indicator}“ pokytis nėra didesnis, nei būtų galima paaiškinti atsitiktinumu (p = {p}; žr. 5.3 poskyrį).",
        "finding.changeSingle":
            "{country}, pokytis nuo {earlier} iki {later} procentiniais punktais (95\u{202F}% PI): {list}; p = {p} (žr. 5.3 poskyrį).",
        "note.changes":
            "Pokytis = vėlesnės bangos įvertis minus ankstesnės bangos įvertis, procentiniais punktais, su 95\u{202F}% PI ir p reikšme. Bangos yra nepriklausomos imtys, kiekviena su savo sluoksniais ir PAV, todėl pokyčio dispersija lygi jų dispersijų sumai; intervalas ir testas remiasi t skirstiniu su bendru abiejų bangų imties plano laisvės laipsnių skaičiumi (R paketas survey: svyby ir svycontrast). p reikšmės nekoreguotos atsižvelgiant į tai, kad tikrinami keli rodikliai.",
        "h.incidents": "Užregistruoti atvejai ir jų skaičius 100\u{202F}000 vaikų",
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
        "col.sha": "SHA-256 (pirmieji 12 simbolių)",
        "col.encoding": "Koduotė",
        "col.read": "Perskaityta eilučių",
        "col.loaded": "Įkelta eilučių",
        "col.rejected": "Atmesta eilučių",
        "col.synthetic": "Sintetinis",
        "col.indicator": "Rodiklis",
        "col.n": "n",
        "col.percent": "%",
        "col.ci": "95\u{202F}% PI",
        "col.estimate": "% (95\u{202F}% PI)",
        "col.variable": "Kintamasis",
        "col.reason": "Priežastis",
        "col.total": "Iš viso",
        "col.missing": "trūksta",
        "col.pair": "Šalys",
        "col.difference": "Skirtumas, proc. p. (95\u{202F}% PI)",
        "col.p": "p",
        "col.f": "F",
        "col.df": "l. l.",
        "col.count": "Atvejai",
        "col.population": "Vaikų skaičius",
        "col.rate": "Atvejų skaičius 100\u{202F}000 vaikų (95\u{202F}% PI)",
        "col.years": "Metai",
        "col.apc": "Metinis pokytis, % (95\u{202F}% PI)",
        "col.missingCategory": "Nenurodyta",
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
            "Svertinės procentinės dalys, apskaičiuotos atsižvelgiant į imties planą; n – į klausimą atsakiusių respondentų skaičius; 95\u{202F}% PI – logit intervalas su imties plano laisvės laipsniais.",
        "note.notCollected": "— = šaltinis šio kintamojo nerenka (nėra nė vienos reikšmės).",
        "note.linkedMissingCases":
            "Kai kurie trūkstamų reikšmių skaičiai paslėpti (:c), nors nėra maži: šio kintamojo trūkstamos reikšmės matyti ir užregistruotų atvejų pasiskirstymo lentelėje, todėl kartu jos leistų apskaičiuoti mažą skaičių.",
        "note.linkedMissing":
            "Kai kurie trūkstamų reikšmių skaičiai paslėpti (:c), nors nėra maži: kartu su įkeltų eilučių skaičiumi ir n lentelėse pagal lytį ir amžiaus grupę iš jų būtų galima apskaičiuoti mažą skaičių.",
        "note.pairs":
            "Skirtumas = pirmosios šalies įvertis minus antrosios šalies įvertis, procentiniais punktais, su 95\u{202F}% PI ir p reikšme (atsižvelgiant į imties plano kovariaciją).",
        "note.tests":
            "Rao–Scotto F testas su antrosios eilės pataisa ir trupmeniniais laisvės laipsniais (l. l.); R paketo survey funkcija svychisq, statistic = \"F\".",
        "note.rates":
            "Užregistruotų atvejų skaičius 100\u{202F}000 vaikų (0–17 metų; visos nusikalstamos veikos, visi proceso etapai), su tiksliais Puasono (Garwoodo) 95\u{202F}% pasikliautinaisiais intervalais (R poisson.test).",
        "note.trends":
            "Atvejų skaičiaus regresija pagal metus, gyventojų skaičiaus logaritmą naudojant kaip poslinkį; metinis procentinis pokytis = 100 × (exp(nuolydis) − 1). Jei Pearsono sklaidos rodiklis X²/l. l. didesnis už 1 (perteklinė sklaida), taikomas kvazi-Puasono modelis: tas pats įvertis, standartinė paklaida padauginta iš √sklaidos rodiklio, t intervalas ir t testas su liekamaisiais l. l. (R glm, family = quasipoisson); kitu atveju taikomas Puasono modelis su Waldo intervalu ir z testu (family = poisson).",
        "note.distribution": "Užregistruotų atvejų skaičius ir jų procentinė dalis eilutėje.",

        // MARK: - Sections' text
        "sources.intro":
            "Visi į duomenų bazę įkelti failai pagal šalis (kelias šalis apimantys failai – pabaigoje), kiekvienos šalies failai įkėlimo tvarka. Perskaityta eilučių = įkelta eilučių + atmesta eilučių.",
        "prevalence.intro": "Respondentų, nurodžiusių atitinkamą patirtį, dalis (suderinti dvejetainiai rodikliai; reikšmės 1 dalis).",
        "prevalence.overviewIntro":
            "Kiekvienas rodiklis pagal šalį; paveiksle pateikti įverčiai su 95\u{202F}% pasikliautinaisiais intervalais.",
        "comparisons.intro": "Tikrinama, ar paplitimas visose šalyse vienodas, ir pateikiami kiekvienos šalių poros skirtumai.",
        "comparisons.introChanges": "Jei šalyje atliktos kelios tyrimo bangos, pateikiamas ir pokytis tarp jų (5.3).",
        "prevalence.rounds": "Kiekvienos šalies skaičiai paimti iš naujausios jos tyrimo bangos: {rounds}.",
        "help.introAsked":
            "Šie klausimai užduoti tik respondentams, atitinkantiems sąlygą „{who}“ (sritis: {domain}); jų dalis pagal kiekvieną apklausose esantį rodiklį: {list}.",
        "help.domains":
            "Skirtingose apklausose šie klausimai užduoti skirtingiems respondentams ({list}). Toliau kiekvienai šalių grupei pateikiama atskira lentelė; skirtingų grupių dalys nepalyginamos, todėl jos ir nelyginamos.",
        "help.domainItem": "{country}: {domain}",
        "h.helpGroup": "Klausimai užduoti respondentams, atitinkantiems sąlygą „{who}“: {countries}",
        "perpetrator.introAsked": "Kas buvo skriaudėjas – respondentų, atitinkančių sąlygą „{who}“ (sritis: {domain}), atsakymai.",
        "finding.helpAsked": "{indicator} (tarp respondentų, atitinkančių sąlygą „{who}“): {list}; šalių skirtumai netikrinti.",
        "help.intro":
            "Respondentų, nurodžiusių, kad per gyvenimą patyrė bet kokią seksualinę prievartą (sritis: {domain}), dalis pagal kiekvieną apklausose esantį rodiklį: {list}.",
        "incidents.intro":
            "Užregistruotų atvejų skaičius 100\u{202F}000 vaikų (0–17 metų) pagal šalį ir metus, su tiksliais Puasono (Garwoodo) 95\u{202F}% pasikliautinaisiais intervalais.",
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
            "**Vertinimas.** Svertinės proporcijos; jų dispersijos vertinamos Teiloro linearizacijos metodu (atranka su grąžinimu, galutinių klasterių įvertis), kaip R pakete survey (svymean, svyby); pogrupiai ir kreipimosi pagalbos sritys vertinami kaip viso imties plano sritys. Laisvės laipsniai = PAV skaičius − sluoksnių skaičius.",
        "methods.ci":
            "**Pasikliautinieji intervalai.** 95\u{202F}% logit intervalai pagal t skirstinį su imties plano laisvės laipsniais (svyciprop, method = \"logit\").",
        "methods.tests":
            "**Palyginimai.** Rao–Scotto F nepriklausomumo testai su antrosios eilės pataisa (svychisq); šalių porų skirtumai – su t intervalais ir imties plano kovariacija (svycontrast).",
        "methods.rates":
            "**Užregistruotų atvejų rodikliai.** Atvejų skaičius 100\u{202F}000 vaikų (0–17 metų; gyventojų skaičius sausio 1 d. arba gruodžio 31 d., pagal šalį ir metus); tikslūs Puasono (Garwoodo) pasikliautinieji intervalai.",
        "methods.disclosure":
            "**Konfidencialumo apsauga.** Kiekvienas skelbiamas respondentų ar atvejų skaičius nuo 1 iki {k1} (k = {k}) pakeičiamas žyma `:c`, kaip ir visi iš jo apskaičiuoti skaičiai; antrinis slėpimas užtikrina, kad nė vieno paslėpto langelio nebūtų galima apskaičiuoti iš sumų.",
        "methods.reliability":
            "**Patikimumas.** Pagal NCHS „Data Presentation Standards for Proportions“ (2017) proporcija nerodoma (`:u`), jei imties dydis arba efektyvusis imties dydis mažesnis nei 30 arba Korno–Graubardo 95\u{202F}% PI plotis yra 0,30 ar didesnis; proporcija, kurios intervalas platus, palyginti su įverčiu, žymima `u`.",
        "methods.marks": "**Žymos** pagal Eurostatą: `:c` – konfidencialu, `:u` – nerodoma (nepatikima), `u` – mažas patikimumas.",

        // MARK: - Findings
        "finding.range": "{indicator}: didžiausias paplitimas – {high}, {highValue}; mažiausias – {low}, {lowValue}.",
        "finding.value": "{value}\u{202F}% (95\u{202F}% PI {low}–{high})",
        "finding.single": "{indicator}: {country}, {value}.",
        "finding.test": "Rao–Scotto paplitimo vienodumo šalyse testas: {result}.",
        "finding.differ": "šalys statistiškai reikšmingai skiriasi (F = {f}, p = {p})",
        "finding.noDiffer": "statistiškai reikšmingų skirtumų nenustatyta (F = {f}, p = {p})",
        "finding.sex": "{indicator} – skirtumas tarp lyčių ({male} − {female}) procentiniais punktais (95\u{202F}% PI): {list}.",
        "finding.sexCount": "Šalių, kuriose visas skirtumo 95\u{202F}% PI mažesnis už nulį: {count} iš {total}.",
        "finding.help":
            "{indicator} (tarp respondentų, per gyvenimą patyrusių bet kokią seksualinę prievartą): {list}; šalių skirtumai netikrinti.",
        "finding.rates": "Užregistruotų atvejų skaičius 100\u{202F}000 vaikų (95\u{202F}% PI), {year} m.: {list}.",
        "finding.trend": "Užregistruotų atvejų skaičiaus 100\u{202F}000 vaikų metinis pokytis, % (95\u{202F}% PI): {list}.",
        "finding.trendItem": "{country} ({years} m.) {change}",
        "finding.none": "Pagal konfidencialumo apsaugos taisykles nebuvo galima paskelbti nė vieno įverčio.",
        "finding.ratesLatest":
            "Užregistruotų atvejų skaičius 100\u{202F}000 vaikų (95\u{202F}% PI) naujausiais kiekvienos šalies metais, už kuriuos yra duomenų: {list}.",
        "finding.ratesItem": "{country}, {year} m. – {rate}",

        // MARK: - Limitations
        "limit.synthetic":
            "**Sintetiniai duomenys.** Sintetiniais pažymėti šaltiniai sukurti komanda `sitan synth`; jie atkartoja tikrų failų struktūrą, bet nieko nepasako apie jokią šalį.",
        "limit.selfReport":
            "Apklausos duomenimis įvertintas paplitimas pagrįstas pačių mokinių mokykloje pateiktais atsakymais; vaikai, nelankantys mokyklos, ir tie, kurie nusprendė apie patirtą prievartą nepasakoti, lieka neapskaityti, todėl tikrasis paplitimas greičiausiai didesnis už įvertintą.",
        "limit.comparability":
            "Klausimai, amžiaus grupės ir apklausų metai šalyse skiriasi; suderinant jie priskiriami bendriems rodikliams, tačiau kiekvieno rodiklio klausimų formuluotės nėra tapačios.",
        "limit.design":
            "Dispersijų vertinimas remiasi prielaida, kad PAV sluoksniuose atrenkami su grąžinimu; baigtinės populiacijos pataisos taikomos tik tada, kai šaltinis jas pateikia. Sričių įverčiai, pagrįsti nedaugeliu PAV, turi mažai laisvės laipsnių.",
        "limit.rounds":
            "Pokytis tarp tyrimo bangų lygina dvi nepriklausomas imtis: pokytis, kurio pasikliautinasis intervalas apima nulį, dera su tuo, kad pokyčio nėra, o klausimyno, atrankos pagrindo, lauko darbų metų laiko ar vaikų pasirengimo atskleisti patirtį skirtumai tarp bangų gali atrodyti kaip paplitimo pokytis. Pokyčių lentelės p reikšmės nepakoreguotos dėl kelių rodiklių palyginimo; pagrindinėse išvadose jos pakoreguotos Holmo metodu.",
        "limit.incidents":
            "Užregistruoti atvejai atspindi pranešimo ir registravimo praktiką ne mažiau nei tikrąjį prievartos mastą; užregistruotų atvejų rodiklių negalima lyginti su apklausos duomenimis įvertintu paplitimu.",
        "limit.suppression":
            "Langeliuose `:c`, `:u` informacija paslėpta sąmoningai; trūkstamas įvertis reiškia „negalima skelbti“, o ne „nulis“.",

        // MARK: - Figures
        "fig.axisPercent": "Procentai (95\u{202F}% PI)",
        "fig.suppressed": ":c / :u = nerodoma",
        "fig.lowReliability": "tuščiaviduris taškas = mažas patikimumas (u)",
        "fig.overviewTitle": "Paplitimas pagal šalį",
        "fig.overviewDesc":
            "Taškų ir intervalų diagrama: kiekvienas rodiklis pagal šalį, procentai su 95\u{202F}% pasikliautinaisiais intervalais.",
        "fig.sexTitle": "{indicator}: pagal šalį ir lytį",
        "fig.sexDesc":
            "Taškų ir intervalų diagrama. {indicator}: pagal šalį ir lytį, procentai su 95\u{202F}% pasikliautinaisiais intervalais.",
        "fig.helpTitle": "Prievartos atskleidimas ir kreipimasis pagalbos pagal šalį",
        "fig.helpDescAsked":
            "Taškų ir intervalų diagrama: prievartos atskleidimas ir kreipimasis pagalbos tarp respondentų, atitinkančių sąlygą „{who}“, pagal šalį, procentai su 95\u{202F}% pasikliautinaisiais intervalais.",
        "fig.helpDesc":
            "Taškų ir intervalų diagrama: prievartos atskleidimas ir kreipimasis pagalbos tarp respondentų, per gyvenimą patyrusių bet kokią seksualinę prievartą, pagal šalį, procentai su 95\u{202F}% pasikliautinaisiais intervalais.",
        "fig.ratesTitle": "Užregistruotų atvejų skaičius 100\u{202F}000 vaikų",
        "fig.ratesDesc":
            "Linijinė diagrama: užregistruotų atvejų skaičius 100\u{202F}000 vaikų (0–17 metų) pagal šalį ir metus, su 95\u{202F}% pasikliautinosiomis juostomis.",
        "fig.notShown": "nerodoma",
        "finding.list": "{indicator}: {list}.",
        "finding.ratesCaveat":
            "Užregistruoto nusikalstamumo rodiklių negalima lyginti tarp šalių: skiriasi teisinės apibrėžtys, apskaitos taisyklės ir polinkis pranešti apie nusikalstamas veikas.",
        "note.comparability":
            "Užregistruotų atvejų palyginimai tarp šalių neparodo tikrojo paplitimo skirtumų: šalyse skiriasi teisinės apibrėžtys, apskaitos vienetai ir registravimo bei pranešimo praktika.",
        "col.pHolm": "p (Holmo)",
        "note.holm":
            "p (Holmo) – p reikšmė, Holmo metodu pakoreguota dėl daugkartinių palyginimų tarp kiekvieno rodiklio šalių porų (R p.adjust, method = \"holm\"); paslėpta p reikšmė laikoma didžiausia (konservatyvus sprendimas).",
        "col.model": "Modelis",
        "model.poisson": "Puasono",
        "model.quasipoisson": "kvazi-Puasono",
        "col.deviance": "Deviacija (l. l.)",
        "col.dispersion": "Sklaida (Pearsono)",
        "h.annex": "Priedas: policijos užregistruoti seksualiniai nusikaltimai (Eurostatas, tikri duomenys)",
        "annex.intro":
            "Policijos užregistruotų nusikaltimų skaičius 100\u{202F}000 gyventojų (visų amžiaus grupių) Latvijoje, Lietuvoje ir Lenkijoje visais metais, už kuriuos Eurostatas skelbia duomenis, apskaičiuotas pagal tikrus (ne sintetinius) Eurostato failus. Rodiklis – užregistruotų nusikaltimų skaičius (vienetas NR), padalytas iš gyventojų skaičiaus sausio 1 d. pagal dabartinę `demo_pjan` versiją ir padaugintas iš 100\u{202F}000; paties Eurostato rodikliai (vienetas P_HTHAB) apskaičiuoti pagal jų paskelbimo metu turėtus gyventojų duomenis, todėl ten, kur gyventojų skaičius vėliau patikslintas (Lenkijoje nuo 2021 m., Lietuvoje 2018–2020 m.), abu rodikliai skiriasi daugiau, nei galima paaiškinti apvalinimu.",
        "annex.comparability":
            "**Palyginamumas (Eurostato įspėjimas).** Užregistruoto nusikalstamumo duomenys priklauso nuo kiekvienos šalies teisinių apibrėžčių, registravimo taisyklių ir apskaitos vienetų bei nuo nukentėjusiųjų polinkio pranešti apie nusikaltimus; Eurostatas nerekomenduoja lyginti nusikalstamumo lygio tarp šalių. Laiko eilutės lūžis šalies duomenyse pažymėtas `b`.",
        "annex.citation":
            "Šaltinis: Eurostatas, *Offences by offence category – police data* (`crim_off_cat`) ir *Population on 1 January by age and sex* (`demo_pjan`); Latvijos, Lietuvos ir Lenkijos duomenys gauti 2026-11-29. © Europos Sąjunga, 1995–2026, duomenys pakartotinai naudojami pagal CC BY 4.0 licenciją.",
        "annex.unavailable": "Šioje duomenų bazėje nėra Eurostato duomenų apie šiuos nusikaltimus (įkelkite datasets/eurostat/*.tsv).",
        "note.annex":
            "Nusikaltimų skaičius 100\u{202F}000 gyventojų; žymos prie Eurostato nusikaltimų ar gyventojų skaičiaus: b = laiko eilutės lūžis, e = įvertis, p = preliminarūs duomenys; : = Eurostatas neskelbia, – = tų metų duomenų nėra.",
        "iccs.0301": "Seksualinis smurtas",
        "iccs.03011": "Išžaginimas",
        "iccs.03012": "Seksualinis prievartavimas",
        "iccs.0302": "Seksualinis išnaudojimas",
        "iccs.030221": "Vaikų seksualinės prievartos medžiaga, arba „vaikų pornografija“",
        "note.notApplicable":
            "Kintamųjų {variables} klausimai užduodami tik respondentams, kurių {filter}: jų trūkstamos reikšmės ir % skaičiuojami tik tarp šių respondentų; „netaikoma“ (klausimas praleistas) nelaikoma trūkstama reikšme.",
        "h.caseFlow": "Atvejų eiga: užregistruota, perduota teismui, nuteista",
        "caseFlow.intro":
            "Kiekvienos šalies užregistruoti atvejai ir kiek iš jų buvo perduota teismui bei kiek baigėsi apkaltinamuoju nuosprendžiu (visi metai; atvejis įskaičiuojamas kiekviename etape iki toliausiai pasiekto).",
        "note.caseFlow":
            "Perduota teismui – atvejai, kurių toliausiai pasiektas etapas yra perdavimas teismui arba apkaltinamasis nuosprendis; nuteista – atvejai, pasibaigę apkaltinamuoju nuosprendžiu; % – nuo užregistruotų atvejų. Apskaičiuota iš paskelbtų skaičių pagal toliausiai pasiektą etapą; etapas, kurio bent vienas dėmuo paslėptas, rodomas kaip :c.",
        "fig.caseFlowTitle": "Atvejų eiga: užregistruotų atvejų dalis, pasiekusi kiekvieną etapą",
        "fig.caseFlowDesc":
            "Stulpelinė diagrama: užregistruoti, teismui perduoti ir apkaltinamuoju nuosprendžiu pasibaigę atvejai pagal šalį, procentais nuo užregistruotų atvejų.",
        "h.recommendations": "Rekomendacijos",
        "h.references": "Literatūra",
        "recommendations.placeholder":
            "**[Rašo autoriai.]** Rekomendacijos formuluojamos remiantis išvadomis ir kiekvienos šalies teisės aktais, paslaugomis bei politika, kurių ši programa įvertinti negali: prieš skelbdami pakeiskite šią pastraipą šablone (`recommendations.text`) arba parengtoje ataskaitoje.",
        "note.estimatesOverview":
            "Svertinės procentinės dalys, apskaičiuotos atsižvelgiant į imties planą, su 95\u{202F}% PI (logit intervalas su imties plano laisvės laipsniais).",
        "note.distributionMissing": "Nenurodyta – reikšmė neužregistruota.",

        // MARK: - Estimated numbers of children (4.1)
        "h.totals": "Įvertintas vaikų skaičius",
        "prevalence.totalsIntro":
            "Įvertintas tiriamosios populiacijos mokinių, nurodžiusių atitinkamą patirtį, skaičius: svertinė rodiklio suma su 95\u{202F}% pasikliautinuoju intervalu, suapvalinta iki artimiausio šimto.",
        "note.totals":
            "Svertinės, imties planu pagrįstos sumos (kaip R paketo survey funkcija svytotal) su 95\u{202F}% pasikliautinaisiais intervalais; jos remiasi prielaida, kad svorių suma lygi mokinių populiacijos dydžiui. Apatinės ribos, mažesnės už nulį, rodomos kaip 0.",
        // MARK: - Sample, perpetrator (surveys), rejection reasons, Eurostat reference
        "ref.eurostat":
            "Eurostatas. *Offences by offence category – police data* (`crim_off_cat`; policijos užregistruoti nusikaltimai pagal kategoriją) ir *Population on 1 January by age and sex* (`demo_pjan`; gyventojai sausio 1 d. pagal amžių ir lytį). Duomenys gauti 2026-11-29. © Europos Sąjunga, CC BY 4.0.",
        "h.sample":
            "Imtis",
        "h.surveyMethods":
            "Kaip buvo atlikta kiekviena apklausa",
        "surveyMethods.intro":
            "Kiekvienos apklausos lauko darbai, imtis, atsakymų lygis ir svoriai, kaip juos kodų knygoje aprašė apklausą atlikęs partneris.",
        "method.fieldwork":
            "Lauko darbai",
        "method.frame":
            "Atrankos pagrindas",
        "method.design":
            "Imties planas",
        "method.schools":
            "Mokyklų atsakymų lygis",
        "method.pupils":
            "Mokinių atsakymų lygis",
        "method.weighting":
            "Svėrimas",
        "method.instrument":
            "Klausimynas",
        "col.item":
            "Aspektas",
        "col.description":
            "Aprašymas",
        "h.definitions":
            "Rodiklių apibrėžtys",
        "definitions.intro":
            "Klausimas, kuriuo grindžiamas kiekvienas rodiklis kiekvienoje apklausoje, kaip jis pateiktas kodų knygoje; brūkšnys – kai kodų knygoje jo nėra.",
        "sample.intro":
            "Kiekvienos šalies naujausios tyrimo bangos respondentai pagal lytį ir amžiaus grupę: respondentų skaičius (nesvertinis) ir jų svertinė dalis.",
        "col.characteristic":
            "Požymis",
        "col.category":
            "Kategorija",
        "col.weightedPercent":
            "% (svertinė dalis)",
        "note.sample":
            "n – kategorijos respondentų skaičius (nesvertinis); % – svertinė dalis tarp respondentų, kurių šio požymio reikšmė žinoma. Lyties ar amžiaus grupės kategorija, kurios respondentų skaičių būtų galima apskaičiuoti iš kitų paskelbtų lentelių, paslėpta (:c).",
        "sample.leftOut":
            "Respondentai, kurių lytis ar amžiaus grupė nežinoma, neįtraukti į jokią šios ataskaitos analizę (paplitimas, įvertintas vaikų skaičius, palyginimai, pokytis tarp tyrimo bangų, kreipimasis pagalbos, skriaudėjo ryšys su vaiku ir ši lentelė), kad kiekvienos šalies skaičiai sutaptų su jos skaičių pagal lytį suma ir su jos skaičių pagal amžiaus grupę suma. Neįtrauktų respondentų skaičius kiekvienoje tyrimo bangoje: {rounds}. Tai respondentai, neatsakę į kurį nors demografinį klausimą; jų skaičius nurodomas tiksliai (neslepiamas), o jų atsakymai į kitus klausimus neįtraukti į jokią lentelę.",
        "sample.leftOutNone":
            "Visų respondentų lytis ir amžiaus grupė žinomos, todėl į visas šios ataskaitos analizes įtraukti visi respondentai.",
        "sample.leftOutRound":
            "{round} – {leftOut} iš {rows}",
        "h.perpetratorSurvey":
            "Skriaudėjo ryšys su vaiku pagal respondentų atsakymus",
        "perpetrator.intro":
            "Kas buvo skriaudėjas – respondentų, nurodžiusių, kad per gyvenimą patyrė bet kokią seksualinę prievartą (sritis: {domain}), atsakymai.",
        "note.perpetratorSurvey":
            "n – į klausimą atsakiusių srities respondentų skaičius; kiekvieno ryšio svertinės procentinės dalys, apskaičiuotos atsižvelgiant į imties planą (kategorijų dalys, kaip jas apskaičiuoja R paketo survey funkcija svymean faktoriniam kintamajam); atsakymai „netaikoma“, „nežinau“ ir atsisakymai atsakyti neįskaičiuoti.",
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
            "nepatenka į leistiną intervalą {1}",
        "reason.badDate":
            "netinkama data (laukiamas formatas {1})",
        "reason.malformedQuote":
            "netaisyklingas kabutėmis apskliaustas laukas (pavienė arba neuždaryta kabutė)",
        "reason.fieldCount":
            "tikėtasi laukų: {1}, rasta: {2}",
        "reason.emptyRecord": "tuščias įrašas: visi laukai tušti",
        "reason.controlCharacter":
            "lauke yra valdymo simbolis (pvz., NUL)",
        "reason.inexact":
            "sveikasis skaičius per didelis, kad jį būtų galima tiksliai išsaugoti",
        "reason.noLookup":
            "{1}: faile {2} nėra įrašo šaliai {3}",
        "reason.eurostatLayout":
            "netinkamas rakto dalių ar reikšmių skaičius Eurostato eilutėje",
        "reason.eurostatValue":
            "ne Eurostato formato reikšmė (laukiamas skaičius arba ':' su žymomis)",
        "reason.eurostatRange":
            "atvejų ar gyventojų skaičius nepatenka į intervalą nuo 0 iki 10\u{202F}000\u{202F}000\u{202F}000",
        // MARK: - Rates by offence type
        "h.offences":
            "Užregistruoti atvejai pagal nusikaltimo rūšį",
        "incidents.offencesIntro":
            "Užregistruotų atvejų skaičius 100\u{202F}000 vaikų (0–17 metų) pagal šalį ir metus kiekvienai nusikaltimo rūšiai (ICCS; kodas apima ir žemesnio lygio kodus), su tiksliomis Puasono 95\u{202F}% pasikliautinosiomis juostomis. Ir čia galioja ta pati išlyga: užregistruotų atvejų negalima lyginti tarp šalių.",
        "fig.offenceDesc":
            "Linijinė diagrama. {offence}: užregistruotų atvejų skaičius 100\u{202F}000 vaikų (0–17 metų) pagal šalį ir metus, su 95\u{202F}% pasikliautinosiomis juostomis.",
        // MARK: - Glossary
        "h.glossary": "Terminų žodynėlis",
        "glossary.intro": "Šioje ataskaitoje vartojami terminai ir jų reikšmės.",
        "glossary.prevalence.term": "Paplitimas",
        "glossary.prevalence.text":
            "Tiriamosios populiacijos vaikų, kurie per tam tikrą laikotarpį (per visą gyvenimą ar per pastaruosius 12 mėnesių) turėjo atitinkamos patirties, dalis, įvertinta pagal apklausos duomenis.",
        "glossary.incidence.term": "Naujų atvejų dažnis (incidencija)",
        "glossary.incidence.text":
            "Naujų atvejų skaičius per tam tikrą laikotarpį, dažnai skaičiuojamas 100\u{202F}000 vaikų; šioje ataskaitoje – tik užregistruoti atvejai, t. y. tai, apie ką buvo pranešta ir kas buvo užregistruota, o ne viskas, kas įvyko.",
        "glossary.recordedRate.term": "Užregistruotų atvejų rodiklis",
        "glossary.recordedRate.text":
            "Policijos ar kitos institucijos per metus užregistruotų atvejų skaičius 100\u{202F}000 vaikų (0–17 metų), tais metais gyvenusių šalyje (gyventojų skaičius sausio 1 d. arba gruodžio 31 d., kaip nurodyta gyventojų skaičiaus faile).",
        "glossary.weight.term": "Apklausos svoris",
        "glossary.weight.text":
            "Rodo, kiek populiacijos vaikų atitinka vienas respondentas; svoriais atsižvelgiama į nevienodas atrankos tikimybes ir neatsakymus, kad svertiniai procentai apibūdintų populiaciją, o ne imtį.",
        "glossary.psu.term": "PAV (pirminis atrankos vienetas)",
        "glossary.psu.text":
            "Pirmajame atrankos etape atrenkamas vienetas, čia – mokykla; tos pačios mokyklos mokiniai tarpusavyje panašesni, ir į tai atsižvelgiama skaičiuojant dispersijas.",
        "glossary.designEffect.term": "Imties plano efektas",
        "glossary.designEffect.text":
            "Įverčio dispersijos, gautos taikant faktinį imties planą, ir tokio pat dydžio paprastosios atsitiktinės imties dispersijos santykis; didesnis už 1, kai dėl mokinių grupavimosi mokyklose įvertis tampa mažiau tikslus.",
        "glossary.ci.term": "Pasikliautinasis intervalas (PI)",
        "glossary.ci.text":
            "Pagal imtį apskaičiuotas intervalas, kuris, daug kartų kartojant atranką, 95\u{202F}% atvejų apimtų tikrąją reikšmę; jis atspindi tik atrankos paklaidą, o ne neatsakymų ar nepranešimo lemiamą poslinkį.",
        "glossary.raoScott.term": "Rao–Scotto testas",
        "glossary.raoScott.text":
            "Chi kvadrato testas, kuriuo tikrinama, ar procentinė dalis grupėse (čia – šalyse) skiriasi, pataisytas atsižvelgiant į imties planą (antrosios eilės pataisa, pateikiama kaip F statistika).",
        "glossary.quasiPoisson.term": "Kvazi-Puasono modelis",
        "glossary.quasiPoisson.text":
            "Metinių atvejų skaičių Puasono regresija, kurios standartinės paklaidos padidinamos pagal nustatytą perteklinę sklaidą (variaciją, didesnę, nei numato Puasono modelis); taikoma tendencijoms vertinti, kai sklaidos rodiklis didesnis už 1.",
        "glossary.iccs.term": "ICCS",
        "glossary.iccs.text":
            "Tarptautinė nusikaltimų klasifikacija statistikos tikslais (UNODC, 2015); jos kodai (0301 seksualinis smurtas, 03011 išžaginimas, …) leidžia nacionalines nusikalstamas veikas priskirti bendroms kategorijoms.",
        "glossary.sdc.term": "Statistinių duomenų konfidencialumo apsauga",
        "glossary.sdc.text":
            "Taisyklės (pavyzdžiui, mažų skaičių slėpimas), neleidžiančios iš skelbiamų lentelių sužinoti informacijos apie atskirą respondentą ar atvejį; nepainioti su prievartos atskleidimu, kai vaikas kam nors papasakoja apie patirtą prievartą.",
        "glossary.suppression.term": "Slėpimas (:c)",
        "glossary.suppression.text":
            "Langelis neskelbiamas todėl, kad jame yra nuo 1 iki k − 1 respondentų ar atvejų, arba todėl, kad iš jo ir sumų būtų galima apskaičiuoti tokį langelį (antrinis slėpimas).",
        "glossary.reliability.term": "Patikimumo žymos (:u, u)",
        "glossary.reliability.text":
            "Pagal NCHS proporcijų pateikimo standartus `:u` žymi nerodomą įvertį, kurio imtis per maža arba intervalas per platus, o `u` – rodomą, bet mažo patikimumo įvertį.",
        // MARK: - Legal context
        "h.legal":
            "Teisinis kontekstas",
        "legal.intro":
            "Kiekvienos šalies lytinės pilnametystės amžius ir baudžiamojo kodekso straipsniai, nustatantys atsakomybę už seksualinius nusikaltimus prieš vaikus, pagal duomenų failą su šaltiniais (`datasets/legal-context.yaml`); užregistruoti atvejai grindžiami šiomis apibrėžtimis, kurios šalyse skiriasi.",
        "legal.ageOfConsent":
            "Lytinės pilnametystės amžius: {age} metų.",
        "legal.unverified":
            "Failo nuostatų, kurios dar nepatikrintos pagal gautą šaltinį ir todėl neparodytos: {count}.",
        "legal.note":
            "Pavadinimai cituojami valstybine kalba, pateikiamas ir vertimas į anglų kalbą; šaltiniai peržiūrėti {date}. Failas aprašo teisės normas, o ne duomenis; prieš cituodami patikrinkite galiojančią redakciją.",
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
        "legal.topic.grooming": "Viliojimas seksualiniais tikslais",
        "legal.topic.exploitation": "Seksualinis išnaudojimas",
        "legal.topic.csam": "Vaikų seksualinės prievartos medžiaga",
        "h.victims": "Užregistruotų atvejų rodikliai pagal nukentėjusiojo lytį ir amžiaus grupę, {year} m.",
        "victims.intro":
            "{year} m. užregistruotų atvejų skaičius 100\u{202F}000 tos pačios amžiaus grupės berniukų arba mergaičių (gyventojų skaičius pagal lytį ir vienmetes amžiaus grupes), su tiksliais Puasono (Garwoodo) 95\u{202F}% pasikliautinaisiais intervalais; tai rodo, kokios lyties ir amžiaus vaikai nukentėjo užregistruotais atvejais.",
        "note.victims":
            "Rodiklis (95\u{202F}% PI) – atvejų skaičius 100\u{202F}000 tos amžiaus grupės berniukų arba mergaičių; įtrauktos visos nusikalstamos veikos ir visi proceso etapai. Atvejai, kurių nukentėjusiojo lytis ar amžius neužregistruotas, į lentelę neįtraukti: {list}.",
        "victims.leftOutItem": "{country}: lytis neužregistruota – {sex}, amžius neužregistruotas – {age}",
        "h.victimsLatest": "Užregistruotų atvejų rodikliai pagal nukentėjusiojo lytį ir amžiaus grupę naujausiais kiekvienos šalies metais",
        "victims.introLatest":
            "Užregistruotų atvejų skaičius 100\u{202F}000 tos pačios amžiaus grupės berniukų arba mergaičių (gyventojų skaičius pagal lytį ir vienmetes amžiaus grupes) naujausiais kiekvienos šalies metais, už kuriuos yra duomenų ({years}), su tiksliais Puasono (Garwoodo) 95\u{202F}% pasikliautinaisiais intervalais; tai rodo, kokios lyties ir amžiaus vaikai nukentėjo užregistruotais atvejais. Šalių duomenų metai nesutampa.",
        "victims.yearItem": "{country}: {year} m.",
        "note.methodsFallback":
            "Kalbos kodas skliaustuose, pvz., (en), žymi tekstą, kurio kodų knygoje nėra lietuvių kalba; toks tekstas pateikiamas nurodyta kalba.",
    ]
}
