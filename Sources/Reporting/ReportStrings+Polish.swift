extension ReportStrings {
    /// Polish (język polski).
    static let polish: [String: String] = [
        // MARK: - Title and banners
        "title": "Analiza sytuacji: wykorzystywanie seksualne dzieci na Łotwie, Litwie i w Polsce",
        "intro":
            "Wygenerowano poleceniem `sitan report` ze zharmonizowanej bazy danych. Każda tabela i wykres przeszły kontrolę ujawniania (k = {k}); z tych samych danych powstaje raport identyczny co do bajtu.",
        "synthetic.all":
            "**⚠️ DANE SYNTETYCZNE.** Wszystkie źródła tego raportu są syntetyczne (utworzone przez `sitan synth`). Liczby nie opisują żadnego rzeczywistego dziecka, kraju ani roku: nie należy ich cytować jako wyników.",
        "synthetic.some":
            "**⚠️ Dane częściowo syntetyczne.** Te źródła są syntetyczne: {sources}. Liczby oparte na nich nie opisują żadnego rzeczywistego dziecka, kraju ani roku.",
        "contents": "Spis treści",

        // MARK: - Headings
        "h.findings": "Najważniejsze wyniki",
        "h.sources": "Źródła danych i pochodzenie",
        "h.methods": "Metody",
        "h.prevalence": "Rozpowszechnienie według kraju, płci i grupy wieku",
        "h.overview": "Przegląd według kraju",
        "h.comparisons": "Porównania między krajami",
        "h.tests": "Testy równości rozpowszechnienia w krajach",
        "h.pairs": "Różnice między parami krajów",
        "h.changes": "Zmiana między edycjami badania",
        "col.earlier": "Wcześniejsza edycja",
        "col.later": "Późniejsza edycja",
        "col.change": "Zmiana, pp (95% PU)",
        "note.changes":
            "Zmiana = późniejsza edycja minus wcześniejsza, w punktach procentowych, z 95% PU i wartością p; edycje są niezależnymi próbami, więc wariancja zmiany jest sumą ich wariancji.",
        "h.incidents": "Zarejestrowane przypadki i wskaźniki na 100 000 dzieci",
        "h.help": "Ujawnienie i szukanie pomocy",
        "h.quality": "Jakość danych",
        "h.missing": "Braki danych",
        "h.rejects": "Odrzucone wiersze według przyczyny",
        "h.limitations": "Ograniczenia",
        "h.byCountrySex": "Według kraju i płci",
        "h.byAge": "Według kraju i grupy wieku",
        "h.trends": "Trendy w kolejnych latach",
        "h.distributions": "Zarejestrowane przypadki według cech ofiary i przestępstwa",

        // MARK: - Column labels
        "col.source": "Źródło",
        "col.country": "Kraj",
        "col.kind": "Rodzaj",
        "col.year": "Rok",
        "col.file": "Plik",
        "col.sha": "SHA-256 (pierwsze 12)",
        "col.encoding": "Kodowanie",
        "col.read": "Wiersze wczytane",
        "col.loaded": "Wiersze załadowane",
        "col.rejected": "Wiersze odrzucone",
        "col.synthetic": "Syntetyczne",
        "col.indicator": "Wskaźnik",
        "col.n": "n",
        "col.percent": "%",
        "col.ci": "95% PU",
        "col.estimate": "% (95% PU)",
        "col.variable": "Zmienna",
        "col.reason": "Przyczyna",
        "col.total": "Razem",
        "col.missing": "braki",
        "col.pair": "Kraje",
        "col.difference": "Różnica, pp (95% PU)",
        "col.p": "p",
        "col.f": "F",
        "col.df": "st. sw.",
        "col.count": "Przypadki",
        "col.population": "Dzieci",
        "col.rate": "Wskaźnik na 100 000 (95% PU)",
        "col.years": "Lata",
        "col.apc": "Roczna zmiana, % (95% PU)",
        "col.missingCategory": "brak danych",
        "yes": "tak",
        "no": "nie",
        "kind.survey": "badanie ankietowe",
        "kind.incidents": "przypadki",
        "kind.population": "ludność",
        "kind.counts": "liczby zagregowane",

        // MARK: - Footnotes
        "note.disclosure": "Liczebności od 1 do {k1} są utajnione (:c), podobnie jak każda wyliczona z nich liczba.",
        "note.complementary": "Utajnienie uzupełniające (:c) uniemożliwia odtworzenie utajnionych komórek z sum.",
        "note.reliability":
            ":u = nie pokazano, niewiarygodne; u = niska wiarygodność (NCHS Data Presentation Standards for Proportions, 2017).",
        "note.estimates":
            "Ważone odsetki oparte na schemacie losowania; n = respondenci, którzy odpowiedzieli; 95% PU: przedział logitowy na stopniach swobody schematu.",
        "note.notCollected": "— = źródło nie zbiera tej zmiennej (brak jakiejkolwiek wartości).",
        "note.linkedMissingCases":
            "Niektóre liczby braków danych są ukryte (:c), choć nie są małe: rozkład zarejestrowanych przypadków według tej zmiennej pokazuje jej braki danych i razem ujawniłyby małą liczbę.",
        "note.linkedMissing":
            "Niektóre liczby braków danych są ukryte (:c), choć nie są małe: razem z liczbą wczytanych wierszy i n w tabelach według płci i grupy wieku ujawniłyby małą liczbę.",
        "note.pairs":
            "Różnica = pierwszy kraj minus drugi, w punktach procentowych, z 95% PU i wartością p (kowariancja ze schematu losowania).",
        "note.tests": "Test F Rao–Scotta drugiego rzędu z ułamkowymi stopniami swobody (R survey svychisq, statistic = \"F\").",
        "note.rates":
            "Zarejestrowane przypadki na 100 000 dzieci w wieku 0–17 lat (wszystkie przestępstwa, wszystkie etapy), z dokładnymi przedziałami Poissona (Garwood) 95% (R poisson.test).",
        "note.trends":
            "Regresja liczby przypadków względem roku z przesunięciem log(ludność); roczna zmiana procentowa 100 × (exp(nachylenie) − 1). Gdy dyspersja Pearsona X²/st. sw. przekracza 1 (nadmierna dyspersja), stosowany jest model quasi-Poissona: ta sama ocena, błąd standardowy pomnożony przez √dyspersja, przedział t i test t na resztowych stopniach swobody (R glm, family = quasipoisson); w przeciwnym razie model Poissona z przedziałem Walda i testem z (family = poisson).",
        "note.distribution": "Liczba zarejestrowanych przypadków z odsetkiem w wierszu.",

        // MARK: - Sections' text
        "sources.intro":
            "Wszystkie pliki załadowane do bazy, w kolejności ładowania. Wiersze wczytane = wiersze załadowane + wiersze odrzucone.",
        "prevalence.intro":
            "Odsetek respondentów, którzy zgłosili dane doświadczenie (binarne wskaźniki zharmonizowane, udział wartości 1).",
        "prevalence.overviewIntro": "Każdy wskaźnik według kraju; wykres przedstawia oszacowania z 95% przedziałami ufności.",
        "comparisons.intro": "Testy, czy rozpowszechnienie jest jednakowe we wszystkich krajach, oraz różnice między każdą parą krajów.",
        "help.intro":
            "Wśród respondentów, którzy zgłosili jakiekolwiek wykorzystanie seksualne w ciągu życia (domena: {domain} = 1), odsetek tych, którzy komuś powiedzieli, powiedzieli rodzicowi, zgłosili sprawę na policję i otrzymali pomoc.",
        "incidents.intro":
            "Zarejestrowane przypadki na 100 000 dzieci (w wieku 0–17 lat) według kraju i roku, z dokładnymi przedziałami ufności Poissona (Garwood) 95%.",
        "incidents.unavailable": "W tej bazie danych nie ma statystyk przypadków (brak rekordów przypadków i mianowników ludnościowych).",
        "quality.missingIntro": "Braki danych według zmiennej i źródła: liczba (po kontroli ujawniania) i odsetek wierszy źródła.",
        "quality.noRejects": "Podczas ładowania nie odrzucono żadnego wiersza.",
        "quality.rejectsIntro":
            "Wiersze skierowane do kwarantanny podczas ładowania, według przyczyny (surowe wartości nigdy nie są przechowywane).",
        "none": "Brak danych.",

        // MARK: - Methods
        "methods.design":
            "**Schemat losowania.** Każda edycja badania (badanie jednego kraju w jednym roku; jej pliki są częściami jednej próby) jest niezależną próbą, szacowaną osobno: warstwy są zagnieżdżone w edycjach (edycja bez warstw to jedna warstwa), pierwotne jednostki losowania (PSU) w warstwach, respondent bez PSU jest osobną PSU, a brakująca waga wynosi 1.",
        "methods.variance":
            "**Estymacja.** Ważone proporcje z wariancjami linearyzacji Taylora (losowanie ze zwracaniem, estymator ostatecznych skupień) jak w pakiecie R survey (svymean, svyby); podgrupy i domena szukania pomocy są domenami pełnego schematu. Stopnie swobody = PSU − warstwy.",
        "methods.ci":
            "**Przedziały ufności.** 95% przedziały logitowe z rozkładem t na stopniach swobody schematu (svyciprop, method = \"logit\").",
        "methods.tests":
            "**Porównania.** Testy niezależności F Rao–Scotta z poprawką drugiego rzędu (svychisq); różnice między parami z przedziałami t i kowariancją ze schematu losowania (svycontrast).",
        "methods.rates":
            "**Wskaźniki.** Przypadki na 100 000 dzieci w wieku 0–17 lat (ludność na 1 stycznia lub 31 grudnia, według kraju i roku); dokładne przedziały Poissona (Garwood).",
        "methods.disclosure":
            "**Kontrola ujawniania.** Każda publikowana liczebność respondentów lub przypadków od 1 do {k1} (k = {k}) jest zastępowana przez `:c`, podobnie jak każda wyliczona z niej liczba; utajnienie uzupełniające zapewnia, że żadnej utajnionej komórki nie można obliczyć z sum.",
        "methods.reliability":
            "**Wiarygodność.** NCHS Data Presentation Standards for Proportions (2017): proporcja z liczebnością próby lub efektywną liczebnością próby poniżej 30 albo z 95% PU Korna–Graubarda o szerokości 0,30 lub większej nie jest pokazywana (`:u`); ta, której przedział jest szeroki względem oszacowania, jest oznaczona `u`.",
        "methods.marks": "**Oznaczenia** jak w Eurostacie: `:c` poufne, `:u` nie pokazano (niewiarygodne), `u` niska wiarygodność.",

        // MARK: - Findings
        "finding.range": "{indicator}: najwyżej — {high}, {highValue}; najniżej — {low}, {lowValue}.",
        "finding.value": "{value}% (95% PU {low}–{high})",
        "finding.single": "{indicator}: {country}, {value}.",
        "finding.test": "Test Rao–Scotta równości rozpowszechnienia w krajach: {result}.",
        "finding.differ": "kraje się różnią (F = {f}, p = {p})",
        "finding.noDiffer": "brak dowodów na różnicę (F = {f}, p = {p})",
        "finding.sex": "{indicator}, różnica {female} − {male} w punktach procentowych (95% PU): {list}.",
        "finding.sexCount": "Różnica jest większa od zera w {count} z {total} krajów.",
        "finding.help":
            "{indicator} (respondenci z jakimkolwiek wykorzystaniem seksualnym w ciągu życia): {list}; różnic między krajami nie testowano.",
        "finding.rates": "Zarejestrowane przypadki na 100 000 dzieci (95% PU), {year}: {list}.",
        "finding.trend": "Roczna zmiana wskaźnika zarejestrowanych przypadków, % (95% PU): {list}.",
        "finding.none": "Zgodnie z regułami kontroli ujawniania nie można było opublikować żadnego oszacowania.",

        // MARK: - Limitations
        "limit.synthetic":
            "**Dane syntetyczne.** Źródła oznaczone jako syntetyczne zostały wygenerowane przez `sitan synth`; naśladują strukturę prawdziwych plików, ale nie mówią nic o żadnym kraju.",
        "limit.selfReport":
            "Rozpowszechnienie w badaniu ankietowym opiera się na deklaracjach uczniów w szkole; dzieci poza szkołą i te, które zdecydowały się nie ujawniać, nie są uwzględnione, więc rozpowszechnienie jest prawdopodobnie niedoszacowane.",
        "limit.comparability":
            "Pytania, przedziały wieku i lata badań różnią się między krajami; harmonizacja odwzorowuje je na wspólne wskaźniki, ale brzmienie pytań nie jest identyczne.",
        "limit.design":
            "Wariancje zakładają losowanie PSU ze zwracaniem w warstwach; poprawki na skończoną populację stosuje się tylko wtedy, gdy źródło je podaje. Oszacowania dla domen z nielicznymi PSU mają mało stopni swobody.",
        "limit.incidents":
            "Zarejestrowane przypadki odzwierciedlają praktykę zgłaszania i rejestrowania w równym stopniu co występowanie przemocy; wskaźniki nie są porównywalne z rozpowszechnieniem z badań ankietowych.",
        "limit.suppression":
            "Utajnione komórki (`:c`, `:u`) celowo ukrywają informacje; brak oszacowania oznacza \"nie do publikacji\", a nie \"zero\".",

        // MARK: - Figures
        "fig.axisPercent": "Procent (95% PU)",
        "fig.suppressed": ":c / :u = nie pokazano",
        "fig.lowReliability": "pusty = niska wiarygodność (u)",
        "fig.overviewTitle": "Rozpowszechnienie według kraju",
        "fig.overviewDesc": "Wykres punktowy z przedziałami: każdy wskaźnik według kraju, procent z 95% przedziałami ufności.",
        "fig.sexTitle": "{indicator}: według kraju i płci",
        "fig.sexDesc": "Wykres punktowy z przedziałami: {indicator} według kraju i płci, procent z 95% przedziałami ufności.",
        "fig.helpTitle": "Ujawnienie i szukanie pomocy według kraju",
        "fig.helpDesc":
            "Wykres punktowy z przedziałami: ujawnienie i szukanie pomocy wśród respondentów z jakimkolwiek wykorzystaniem seksualnym w ciągu życia, według kraju, procent z 95% przedziałami ufności.",
        "fig.ratesTitle": "Zarejestrowane przypadki na 100 000 dzieci",
        "fig.ratesDesc":
            "Wykres liniowy: zarejestrowane przypadki na 100 000 dzieci w wieku 0–17 lat według kraju i roku, z 95% pasmami ufności.",
        "fig.notShown": "nie pokazano",
        "finding.list": "{indicator}: {list}.",
        "finding.ratesCaveat":
            "Wskaźników przestępczości zarejestrowanej nie można porównywać między krajami: różnią się definicje prawne, zasady liczenia i skłonność do zgłaszania.",
        "note.comparability":
            "Porównania zarejestrowanych przypadków między krajami nie mierzą różnic w rzeczywistej skali zjawiska: definicje prawne, jednostki liczenia oraz praktyka rejestrowania i zgłaszania różnią się między krajami.",
        "col.pHolm": "p (Holm)",
        "note.holm":
            "p (Holm) = wartość p skorygowana na wielokrotne testowanie metodą Holma w obrębie par krajów każdego wskaźnika (R p.adjust, method = \"holm\"); ukryta wartość p jest traktowana jako największa (podejście zachowawcze).",
        "col.model": "Model",
        "model.poisson": "Poissona",
        "model.quasipoisson": "quasi-Poissona",
        "col.deviance": "Dewiancja (st. sw.)",
        "col.dispersion": "Dyspersja (Pearsona)",
        "h.annex": "Aneks: przestępstwa seksualne zarejestrowane przez policję (Eurostat, dane rzeczywiste)",
        "annex.intro":
            "Przestępstwa zarejestrowane przez policję na Łotwie, Litwie i w Polsce na 100 000 mieszkańców (w każdym wieku), za każdy rok publikowany przez Eurostat, z rzeczywistych plików Eurostatu (nie syntetycznych). Wskaźnik to liczba zarejestrowanych przestępstw (jednostka NR) podzielona przez ludność na 1 stycznia według obecnego `demo_pjan`; wskaźniki samego Eurostatu (jednostka P_HTHAB) wykorzystywały dane o ludności z chwili publikacji, więc tam, gdzie ludność później zrewidowano (Polska od 2021 r., Litwa 2018–2020), oba wskaźniki różnią się bardziej niż o zaokrąglenie.",
        "annex.comparability":
            "**Porównywalność (ostrzeżenie Eurostatu).** Dane o przestępczości zarejestrowanej zależą od definicji prawnych, zasad rejestracji i jednostek liczenia w każdym kraju oraz od skłonności ofiar do zgłaszania; Eurostat odradza porównywanie poziomów między krajami. Przerwa w szeregu w obrębie kraju jest oznaczona `b`.",
        "annex.citation":
            "Źródło: Eurostat, *Offences by offence category – police data* (`crim_off_cat`) oraz *Population on 1 January by age and sex* (`demo_pjan`), pobrane dla Łotwy, Litwy i Polski 2026-11-29. © Unia Europejska, 1995–2026, wykorzystane na licencji CC BY 4.0.",
        "annex.unavailable": "W tej bazie nie ma danych Eurostatu o tych przestępstwach (wczytaj datasets/eurostat/*.tsv).",
        "note.annex":
            "Wskaźnik na 100 000 mieszkańców; oznaczenia Eurostatu dla liczby przestępstw lub ludności: b = przerwa w szeregu, e = szacunek, p = dane wstępne; : = Eurostat nie publikuje, – = brak danych za dany rok.",
        "iccs.0301": "Przemoc seksualna",
        "iccs.03011": "Zgwałcenie",
        "iccs.03012": "Napaść seksualna",
        "iccs.0302": "Wykorzystywanie seksualne",
        "iccs.030221": "Materiały przedstawiające seksualne wykorzystywanie dzieci (pornografia dziecięca)",
        "note.notApplicable":
            "{variables} są zadawane tylko respondentom z {filter} = 1: ich braki danych i % dotyczą tych respondentów; „nie dotyczy” (pytanie pominięte) nie jest liczone jako brak danych.",
        "h.caseFlow": "Przebieg spraw: zarejestrowane, ścigane, zakończone skazaniem",
        "caseFlow.intro":
            "Sprawy zarejestrowane w każdym kraju oraz ile z nich doszło do oskarżenia i skazania (wszystkie lata; sprawa jest liczona na każdym etapie aż do najdalszego, jaki osiągnęła).",
        "note.caseFlow":
            "Ścigane = sprawy, których najdalszym etapem jest oskarżenie lub skazanie; skazanie = sprawy, które zakończyły się skazaniem; % = odsetek spraw zarejestrowanych. Obliczone z opublikowanych liczb według najdalszego etapu; etap z ukrytym składnikiem jest oznaczony :c.",
        "fig.caseFlowTitle": "Przebieg spraw: odsetek spraw zarejestrowanych na każdym etapie",
        "fig.caseFlowDesc":
            "Wykres słupkowy: sprawy zarejestrowane, ścigane i zakończone skazaniem według kraju, jako odsetek spraw zarejestrowanych.",
        "h.recommendations": "Rekomendacje",
        "h.references": "Bibliografia",
        "recommendations.placeholder":
            "**[Do napisania przez autorów.]** Rekomendacje wynikają z ustaleń oraz z prawa, usług i polityki każdego kraju, których to narzędzie nie może ocenić: przed publikacją zastąp ten akapit w szablonie (`recommendations.text`) lub w wygenerowanym raporcie.",
        "note.estimatesOverview":
            "Ważone odsetki oparte na schemacie losowania, z 95% PU (przedział logitowy na stopniach swobody schematu).",
        "note.distributionMissing": "brak danych = wartość niezarejestrowana.",
    ]
}
