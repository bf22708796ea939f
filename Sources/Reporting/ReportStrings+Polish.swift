extension ReportStrings {
    /// Polish (język polski).
    static let polish: [String: String] = [
        // MARK: - Title and banners
        "title": "Analiza sytuacji: wykorzystywanie seksualne dzieci na Łotwie, Litwie i w Polsce",
        "intro":
            "Raport wygenerowano poleceniem `sitan report` ze zharmonizowanej bazy danych. Każdą tabelę i każdy wykres zabezpieczono regułami ochrony tajemnicy statystycznej (k = {k}); te same dane wejściowe dają zawsze raport identyczny co do bajtu.",
        "synthetic.all":
            "**⚠️ DANE SYNTETYCZNE.** Wszystkie źródła tego raportu są syntetyczne (wygenerowane przez `sitan synth`). Liczby nie opisują żadnego rzeczywistego dziecka, kraju ani roku: nie należy ich cytować jako wyników badań.",
        "synthetic.some":
            "**⚠️ Dane częściowo syntetyczne.** Syntetyczne są następujące źródła: {sources}. Liczby oparte na tych źródłach nie opisują żadnego rzeczywistego dziecka, kraju ani roku.",
        "contents": "Spis treści",

        // MARK: - Headings
        "h.findings": "Najważniejsze wyniki",
        "h.sources": "Źródła danych i pochodzenie plików",
        "h.methods": "Metody",
        "h.prevalence": "Rozpowszechnienie według kraju, płci i grupy wieku",
        "h.overview": "Przegląd według kraju",
        "h.comparisons": "Porównania między krajami",
        "h.tests": "Testy równości rozpowszechnienia między krajami",
        "h.pairs": "Różnice między parami krajów",
        "h.changes": "Zmiana między edycjami badania",
        "col.earlier": "Wcześniejsza edycja",
        "col.later": "Późniejsza edycja",
        "col.change": "Zmiana, pkt proc. (95% PU)",
        "finding.changeNone":
            "{country}, od {earlier} do {later}: u żadnego wskaźnika zmiana nie jest większa, niż mogłaby wynikać z przypadku (wartość p każdej zmiany, skorygowana metodą Holma z uwzględnieniem wszystkich {m} porównywanych zmian, wynosi co najmniej 0,05; zob. podrozdział 5.3).",
        "finding.change":
            "{country}, zmiana od {earlier} do {later} w punktach procentowych (95% PU): {list}. Wartość p każdej z tych zmian, skorygowana metodą Holma z uwzględnieniem wszystkich {m} porównywanych zmian, jest mniejsza niż 0,05; u pozostałych wskaźników zmiana nie jest większa, niż mogłaby wynikać z przypadku (zob. podrozdział 5.3).",
        "finding.changeSingleNone":
            "{country}, od {earlier} do {later}: zmiana wskaźnika „{indicator}” nie jest większa, niż mogłaby wynikać z przypadku (p = {p}; zob. podrozdział 5.3).",
        "finding.changeSingle":
            "{country}, zmiana od {earlier} do {later} w punktach procentowych (95% PU): {list}; p = {p} (zob. podrozdział 5.3).",
        "note.changes":
            "Zmiana = późniejsza edycja minus wcześniejsza, w punktach procentowych, z 95% PU i wartością p. Edycje są niezależnymi próbami, każda z własnymi warstwami i PSU, więc wariancja zmiany jest sumą ich wariancji; przedział i test opierają się na rozkładzie t ze stopniami swobody schematu losowania obu edycji łącznie (R survey: svyby, svycontrast). Wartości p nie są skorygowane na wielokrotne testowanie (kilka wskaźników).",
        "h.incidents": "Zarejestrowane przypadki i współczynniki na 100\u{202F}000 dzieci",
        "h.help": "Ujawnienie i szukanie pomocy",
        "h.quality": "Jakość danych",
        "h.missing": "Braki danych",
        "h.rejects": "Odrzucone wiersze według przyczyny",
        "h.limitations": "Ograniczenia",
        "h.byCountrySex": "Według kraju i płci",
        "h.byAge": "Według kraju i grupy wieku",
        "h.trends": "Trendy w kolejnych latach",
        "h.distributions": "Zarejestrowane przypadki według cech pokrzywdzonego i przestępstwa",

        // MARK: - Column labels
        "col.source": "Źródło",
        "col.country": "Kraj",
        "col.kind": "Rodzaj danych",
        "col.year": "Rok",
        "col.file": "Plik",
        "col.sha": "SHA-256 (pierwsze 12 znaków)",
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
        "col.difference": "Różnica, pkt proc. (95% PU)",
        "col.p": "p",
        "col.f": "F",
        "col.df": "st. sw.",
        "col.count": "Liczba przypadków",
        "col.population": "Liczba dzieci",
        "col.rate": "Współczynnik na 100\u{202F}000 (95% PU)",
        "col.years": "Lata",
        "col.apc": "Średnia roczna zmiana, % (95% PU)",
        "col.missingCategory": "Brak danych",
        "yes": "tak",
        "no": "nie",
        "kind.survey": "badanie ankietowe",
        "kind.incidents": "rejestr przypadków",
        "kind.population": "dane o ludności",
        "kind.counts": "dane zagregowane",

        // MARK: - Footnotes
        "note.disclosure": "Liczebności od 1 do {k1} są utajnione (:c), podobnie jak każda liczba z nich wyliczona.",
        "note.complementary": "Utajnienie wtórne (:c) uniemożliwia odtworzenie utajnionych komórek z sum.",
        "note.reliability":
            ":u = nie pokazano (oszacowanie niewiarygodne); u = niska wiarygodność (NCHS Data Presentation Standards for Proportions, 2017).",
        "note.estimates":
            "Odsetki ważone, szacowane z uwzględnieniem schematu losowania; n = liczba respondentów, którzy udzielili odpowiedzi; 95% PU: przedział logitowy ze stopniami swobody wynikającymi ze schematu losowania.",
        "note.notCollected": "— = źródło nie zbiera tej zmiennej (brak jakiejkolwiek wartości).",
        "note.linkedMissingCases":
            "Niektóre liczby braków danych są utajnione (:c), choć nie są małe: rozkład zarejestrowanych przypadków według tej zmiennej pokazuje jej braki danych, a obie liczby razem pozwoliłyby odtworzyć małą liczebność.",
        "note.linkedMissing":
            "Niektóre liczby braków danych są utajnione (:c), choć nie są małe: w połączeniu z liczbą załadowanych wierszy i liczebnościami n w tabelach według płci i grupy wieku pozwoliłyby odtworzyć małą liczebność.",
        "note.pairs":
            "Różnica = pierwszy kraj minus drugi, w punktach procentowych, z 95% PU i wartością p (kowariancja wynikająca ze schematu losowania).",
        "note.tests": "Test F Rao–Scotta z poprawką drugiego rzędu i ułamkowymi stopniami swobody (R survey, svychisq, statistic = \"F\").",
        "note.rates":
            "Zarejestrowane przypadki na 100\u{202F}000 dzieci w wieku 0–17 lat (wszystkie przestępstwa, wszystkie etapy postępowania), z dokładnymi 95% przedziałami ufności Poissona (metoda Garwooda; R poisson.test).",
        "note.trends":
            "Regresja liczby przypadków względem roku z przesunięciem (offsetem) log(liczba ludności); roczna zmiana procentowa = 100 × (exp(nachylenie) − 1). Gdy współczynnik dyspersji Pearsona X²/st. sw. przekracza 1 (nadmierna dyspersja), stosowany jest model quasi-Poissona: to samo oszacowanie, błąd standardowy pomnożony przez pierwiastek kwadratowy z parametru dyspersji, przedział t i test t przy resztowych stopniach swobody (R glm, family = quasipoisson); w przeciwnym razie model Poissona z przedziałem Walda i testem z (family = poisson).",
        "note.distribution": "Liczba zarejestrowanych przypadków; w nawiasie odsetek (każdy wiersz = 100%).",

        // MARK: - Sections' text
        "sources.intro":
            "Wszystkie pliki załadowane do bazy, według kraju (pliki obejmujące kilka krajów — na końcu); pliki danego kraju w kolejności ładowania. Wiersze wczytane = wiersze załadowane + wiersze odrzucone.",
        "prevalence.intro":
            "Odsetek respondentów, którzy zadeklarowali dane doświadczenie (zharmonizowane wskaźniki binarne, udział wartości 1).",
        "prevalence.overviewIntro": "Każdy wskaźnik według kraju; wykres przedstawia oszacowania z 95% przedziałami ufności.",
        "comparisons.intro": "Testy, czy rozpowszechnienie jest jednakowe we wszystkich krajach, oraz różnice między każdą parą krajów.",
        "comparisons.introChanges": "Jeśli w kraju przeprowadzono kilka edycji badania, przedstawiono także zmianę między nimi (5.3).",
        "prevalence.rounds": "Dane każdego kraju pochodzą z jego najnowszej edycji badania: {rounds}.",
        "help.introAsked":
            "Pytania o ujawnienie i szukanie pomocy zadawano tylko respondentom spełniającym warunek „{who}” (domena: {domain}); wśród nich odsetek odpowiedzi twierdzących dla każdego wskaźnika dostępnego w badaniach: {list}.",
        "help.domains":
            "W poszczególnych badaniach pytania te zadawano różnym grupom respondentów ({list}). Każda grupa krajów ma poniżej osobną tabelę; odsetki z różnych grup nie są porównywalne i nie są ze sobą porównywane.",
        "help.domainItem": "{country}: {domain}",
        "h.helpGroup": "Pytania zadawane respondentom spełniającym warunek „{who}”: {countries}",
        "perpetrator.introAsked": "Kim był sprawca: odpowiedzi respondentów spełniających warunek „{who}” (domena: {domain}).",
        "finding.helpAsked": "{indicator} (wśród respondentów spełniających warunek „{who}”): {list}; różnic między krajami nie testowano.",
        "help.intro":
            "Wśród respondentów, którzy zadeklarowali, że kiedykolwiek doświadczyli wykorzystywania seksualnego (domena: {domain}), odsetek odpowiedzi twierdzących dla każdego wskaźnika dostępnego w badaniach: {list}.",
        "incidents.intro":
            "Zarejestrowane przypadki na 100\u{202F}000 dzieci (w wieku 0–17 lat) według kraju i roku, z dokładnymi 95% przedziałami ufności Poissona (metoda Garwooda).",
        "incidents.unavailable":
            "W tej bazie danych nie ma statystyk przypadków (brak rekordów przypadków i danych o liczbie ludności do mianownika).",
        "quality.missingIntro":
            "Braki danych według zmiennej i źródła: liczba (po zastosowaniu ochrony tajemnicy statystycznej) i odsetek wierszy źródła.",
        "quality.noRejects": "Podczas ładowania nie odrzucono żadnego wiersza.",
        "quality.rejectsIntro":
            "Wiersze odrzucone podczas ładowania (przeniesione do kwarantanny) według przyczyny; surowe wartości nigdy nie są przechowywane.",
        "none": "Brak danych.",

        // MARK: - Methods
        "methods.design":
            "**Schemat losowania.** Każda edycja badania (badanie w jednym kraju w jednym roku; jej pliki są częściami jednej próby) jest niezależną próbą i jest szacowana osobno: warstwy są zagnieżdżone w edycjach (edycja bez warstw stanowi jedną warstwę), a jednostki losowania pierwszego stopnia (PSU) — w warstwach; respondent bez PSU stanowi osobną PSU, a brakującej wadze przypisuje się wartość 1.",
        "methods.variance":
            "**Estymacja.** Ważone proporcje z wariancjami oszacowanymi metodą linearyzacji Taylora (losowanie ze zwracaniem, estymator ostatecznych skupień, ang. ultimate cluster), jak w pakiecie survey dla R (svymean, svyby); podgrupy i domeny szukania pomocy są analizowane jako domeny w ramach pełnego schematu losowania. Stopnie swobody = liczba PSU − liczba warstw.",
        "methods.ci":
            "**Przedziały ufności.** Przedziały logitowe na poziomie ufności 95%, oparte na rozkładzie t o liczbie stopni swobody wynikającej ze schematu losowania (svyciprop, method = \"logit\").",
        "methods.tests":
            "**Porównania.** Testy niezależności F Rao–Scotta z poprawką drugiego rzędu (svychisq); różnice między parami krajów z przedziałami t i kowariancją wynikającą ze schematu losowania (svycontrast).",
        "methods.rates":
            "**Współczynniki.** Przypadki na 100\u{202F}000 dzieci w wieku 0–17 lat (stan ludności na 1 stycznia lub 31 grudnia, według kraju i roku); dokładne przedziały Poissona (metoda Garwooda).",
        "methods.disclosure":
            "**Ochrona tajemnicy statystycznej.** Każda publikowana liczebność respondentów lub przypadków od 1 do {k1} (k = {k}) jest zastępowana przez `:c`, podobnie jak każda liczba z niej wyliczona; utajnienie wtórne zapewnia, że żadnej utajnionej komórki nie można odtworzyć z sum.",
        "methods.reliability":
            "**Wiarygodność.** Według NCHS Data Presentation Standards for Proportions (2017) proporcja z liczebnością próby lub efektywną liczebnością próby poniżej 30 albo z 95% PU Korna–Graubarda o szerokości 0,30 lub większej nie jest pokazywana (`:u`); proporcja, której przedział jest szeroki w stosunku do oszacowania, jest oznaczona `u`.",
        "methods.marks":
            "**Oznaczenia** przyjęte za Eurostatem: `:c` dane poufne (utajnione), `:u` nie pokazano (oszacowanie niewiarygodne), `u` niska wiarygodność.",

        // MARK: - Findings
        "finding.range": "{indicator}: najwyższe rozpowszechnienie — {high}, {highValue}; najniższe — {low}, {lowValue}.",
        "finding.value": "{value}% (95% PU {low}–{high})",
        "finding.single": "{indicator}: {country}, {value}.",
        "finding.test": "Test Rao–Scotta równości rozpowszechnienia między krajami: {result}.",
        "finding.differ": "różnice istotne statystycznie (F = {f}; p = {p})",
        "finding.noDiffer": "różnice nieistotne statystycznie (F = {f}; p = {p})",
        "finding.sex": "{indicator} — różnica ({male} − {female}) w punktach procentowych (95% PU): {list}.",
        "finding.sexCount": "W {count} z {total} krajów cały 95% PU różnicy leży poniżej zera.",
        "finding.help":
            "{indicator} (wśród respondentów, którzy kiedykolwiek doświadczyli wykorzystywania seksualnego): {list}; różnic między krajami nie testowano.",
        "finding.rates": "Zarejestrowane przypadki na 100\u{202F}000 dzieci (95% PU), {year} r.: {list}.",
        "finding.trend": "Średnia roczna zmiana współczynnika zarejestrowanych przypadków, % (95% PU): {list}.",
        "finding.trendItem": "{country}, {years}: {change}",
        "finding.none": "Reguły ochrony tajemnicy statystycznej nie pozwoliły opublikować żadnego oszacowania.",
        "finding.ratesLatest":
            "Zarejestrowane przypadki na 100\u{202F}000 dzieci (95% PU) w ostatnim roku objętym danymi, osobno dla każdego kraju: {list}.",
        "finding.ratesItem": "{country}, {year} r.: {rate}",

        // MARK: - Limitations
        "limit.synthetic":
            "**Dane syntetyczne.** Źródła oznaczone jako syntetyczne zostały wygenerowane przez `sitan synth`; naśladują strukturę prawdziwych plików, ale nie mówią nic o żadnym kraju.",
        "limit.selfReport":
            "Rozpowszechnienie w badaniu ankietowym opiera się na deklaracjach uczniów w szkołach; dzieci nieuczęszczające do szkoły oraz te, które zdecydowały się nie ujawnić swoich doświadczeń, nie są uwzględnione, więc rozpowszechnienie jest prawdopodobnie niedoszacowane.",
        "limit.comparability":
            "Pytania, przedziały wieku i lata badań różnią się między krajami; harmonizacja sprowadza je do wspólnych wskaźników, ale brzmienie pytań, na których opiera się każdy wskaźnik, nie jest identyczne.",
        "limit.design":
            "Wariancje zakładają losowanie PSU ze zwracaniem w obrębie warstw; poprawki na skończoność populacji są stosowane tylko wtedy, gdy źródło je podaje. Oszacowania dla domen z nielicznymi PSU mają mało stopni swobody.",
        "limit.rounds":
            "Zmiana między edycjami badania porównuje dwie niezależne próby: zmiana, której przedział ufności obejmuje zero, jest zgodna z brakiem zmiany, a różnice między edycjami w kwestionariuszu, operacie losowania, porze roku realizacji badania czy gotowości dzieci do ujawnienia doświadczeń mogą wyglądać jak zmiana rozpowszechnienia. Wartości p w tabeli zmian nie są skorygowane ze względu na wielokrotne testowanie (kilka wskaźników); w najważniejszych wynikach są one skorygowane metodą Holma.",
        "limit.incidents":
            "Zarejestrowane przypadki odzwierciedlają praktykę zgłaszania i rejestrowania w tym samym stopniu co rzeczywiste występowanie wykorzystywania; współczynniki nie są porównywalne z rozpowszechnieniem z badań ankietowych.",
        "limit.suppression":
            "W komórkach oznaczonych `:c` lub `:u` celowo nie podano wartości; brak oszacowania oznacza „nie do publikacji”, a nie „zero”.",

        // MARK: - Figures
        "fig.axisPercent": "Odsetek, % (95% PU)",
        "fig.suppressed": ":c / :u = nie pokazano",
        "fig.lowReliability": "punkt niewypełniony = niska wiarygodność (u)",
        "fig.overviewTitle": "Rozpowszechnienie według kraju",
        "fig.overviewDesc": "Wykres punktowy z przedziałami: każdy wskaźnik według kraju, odsetek z 95% przedziałami ufności.",
        "fig.sexTitle": "{indicator}: według kraju i płci",
        "fig.sexDesc": "Wykres punktowy z przedziałami według kraju i płci: {indicator}; odsetek z 95% przedziałami ufności.",
        "fig.helpTitle": "Ujawnienie i szukanie pomocy według kraju",
        "fig.helpDescAsked":
            "Wykres punktowy z przedziałami: ujawnienie i szukanie pomocy wśród respondentów spełniających warunek „{who}”, według kraju, odsetek z 95% przedziałami ufności.",
        "fig.helpDesc":
            "Wykres punktowy z przedziałami: ujawnienie i szukanie pomocy wśród respondentów, którzy kiedykolwiek doświadczyli wykorzystywania seksualnego, według kraju, odsetek z 95% przedziałami ufności.",
        "fig.ratesTitle": "Zarejestrowane przypadki na 100\u{202F}000 dzieci",
        "fig.ratesDesc":
            "Wykres liniowy: zarejestrowane przypadki na 100\u{202F}000 dzieci w wieku 0–17 lat według kraju i roku, z 95% pasmami ufności.",
        "fig.notShown": "nie pokazano",
        "finding.list": "{indicator}: {list}.",
        "finding.ratesCaveat":
            "Współczynników przestępczości zarejestrowanej nie można porównywać między krajami: różnią się definicje prawne, zasady liczenia i skłonność do zgłaszania przestępstw.",
        "note.comparability":
            "Porównania zarejestrowanych przypadków między krajami nie mierzą różnic w rzeczywistej skali zjawiska: definicje prawne, jednostki liczenia oraz praktyka rejestrowania i zgłaszania różnią się między krajami.",
        "col.pHolm": "p (Holm)",
        "note.holm":
            "p (Holm) = wartość p skorygowana metodą Holma ze względu na wielokrotne testowanie w obrębie par krajów dla danego wskaźnika (R p.adjust, method = \"holm\"); utajniona wartość p jest traktowana jako największa (podejście zachowawcze).",
        "col.model": "Model",
        "model.poisson": "Poissona",
        "model.quasipoisson": "quasi-Poissona",
        "col.deviance": "Dewiancja (st. sw.)",
        "col.dispersion": "Dyspersja (Pearsona)",
        "h.annex": "Aneks: przestępstwa seksualne zarejestrowane przez policję (Eurostat, dane rzeczywiste)",
        "annex.intro":
            "Przestępstwa zarejestrowane przez policję na Łotwie, Litwie i w Polsce na 100\u{202F}000 mieszkańców (ogółem, bez podziału na wiek) we wszystkich latach, za które Eurostat publikuje dane, obliczone z rzeczywistych plików Eurostatu (nie syntetycznych). Współczynnik to liczba zarejestrowanych przestępstw (jednostka NR) podzielona przez liczbę ludności na 1 stycznia według bieżącej wersji `demo_pjan`; współczynniki publikowane przez Eurostat (jednostka P_HTHAB) opierały się na danych o ludności dostępnych w chwili publikacji, dlatego tam, gdzie dane o ludności później zrewidowano (Polska od 2021 r., Litwa w latach 2018–2020), współczynnik obliczony tutaj i współczynnik Eurostatu różnią się bardziej, niż wynikałoby to z zaokrągleń.",
        "annex.comparability":
            "**Porównywalność (zastrzeżenie Eurostatu).** Dane o przestępczości zarejestrowanej zależą od definicji prawnych, zasad rejestracji i jednostek liczenia w każdym kraju oraz od skłonności ofiar do zgłaszania przestępstw; Eurostat odradza porównywanie poziomów między krajami. Przerwa w szeregu czasowym w obrębie kraju jest oznaczona `b`.",
        "annex.citation":
            "Źródło: Eurostat, *Offences by offence category – police data* (`crim_off_cat`) oraz *Population on 1 January by age and sex* (`demo_pjan`), dane pobrane dla Łotwy, Litwy i Polski 2026-11-29. © Unia Europejska, 1995–2026, wykorzystane na licencji CC BY 4.0.",
        "annex.unavailable":
            "W tej bazie danych nie ma danych Eurostatu o tych przestępstwach (należy wczytać pliki datasets/eurostat/*.tsv).",
        "note.annex":
            "Współczynnik na 100\u{202F}000 mieszkańców; oznaczenia Eurostatu dla liczby przestępstw lub liczby ludności: b = przerwa w szeregu czasowym, e = wartość szacunkowa, p = dane wstępne; : = dane niepublikowane przez Eurostat, – = brak danych za dany rok.",
        "iccs.0301": "Przemoc seksualna",
        "iccs.03011": "Zgwałcenie",
        "iccs.03012": "Napaść seksualna",
        "iccs.0302": "Eksploatacja seksualna",
        "iccs.030221": "Materiały przedstawiające wykorzystywanie seksualne dzieci, czyli „pornografia dziecięca”",
        "note.notApplicable":
            "Pytania {variables} zadawano tylko respondentom, dla których {filter}: liczbę braków danych dla tych pytań i ich odsetek liczono wyłącznie wśród tych respondentów; odpowiedź „nie dotyczy” (pytanie pominięte) nie jest liczona jako brak danych.",
        "h.caseFlow": "Przebieg spraw: zarejestrowane, z aktem oskarżenia, zakończone skazaniem",
        "caseFlow.intro":
            "Sprawy zarejestrowane w każdym kraju oraz liczba tych, w których wniesiono akt oskarżenia, i tych, w których zapadł wyrok skazujący (wszystkie lata; sprawę liczy się na każdym etapie aż do najdalszego, jaki osiągnęła).",
        "note.caseFlow":
            "Z aktem oskarżenia = sprawy, których najdalszym etapem jest akt oskarżenia lub skazanie; zakończone skazaniem = sprawy, w których zapadł wyrok skazujący; % = odsetek spraw zarejestrowanych. Wartości obliczono z opublikowanych liczebności spraw według najdalszego etapu; etap, do którego obliczenia potrzebna jest utajniona liczebność, oznaczono :c.",
        "fig.caseFlowTitle": "Przebieg spraw: odsetek spraw zarejestrowanych, które osiągnęły dany etap",
        "fig.caseFlowDesc":
            "Wykres słupkowy: sprawy zarejestrowane, sprawy z aktem oskarżenia i sprawy zakończone skazaniem według kraju, jako odsetek spraw zarejestrowanych.",
        "h.recommendations": "Rekomendacje",
        "h.references": "Bibliografia",
        "recommendations.placeholder":
            "**[Do napisania przez autorów.]** Rekomendacje wynikają z ustaleń oraz z prawa, systemu usług i polityki każdego kraju, których to narzędzie nie jest w stanie ocenić: przed publikacją należy zastąpić ten akapit w szablonie (`recommendations.text`) lub w wygenerowanym raporcie.",
        "note.estimatesOverview":
            "Odsetki ważone, szacowane z uwzględnieniem schematu losowania, z 95% PU (przedział logitowy ze stopniami swobody wynikającymi ze schematu losowania).",
        "note.distributionMissing": "Brak danych = wartość niezarejestrowana.",

        // MARK: - Estimated numbers of children (4.1)
        "h.totals": "Szacowana liczba dzieci",
        "prevalence.totalsIntro":
            "Szacowana liczba uczniów w badanej populacji, którzy zadeklarowali dane doświadczenie: suma ważona wskaźnika z 95% przedziałem ufności, zaokrąglona do pełnych setek.",
        "note.totals":
            "Sumy ważone, szacowane z uwzględnieniem schematu losowania (jak funkcja svytotal w pakiecie survey dla R) z 95% przedziałami ufności; zakładają, że suma wag odpowiada liczebności populacji uczniów. Dolne granice poniżej zera podano jako 0.",
        // MARK: - Sample, perpetrator (surveys), rejection reasons, Eurostat reference
        "ref.eurostat":
            "Eurostat. *Offences by offence category – police data* (`crim_off_cat`; przestępstwa zarejestrowane przez policję według kategorii) i *Population on 1 January by age and sex* (`demo_pjan`; ludność na 1 stycznia według wieku i płci). Dane pobrane 2026-11-29. © Unia Europejska, CC BY 4.0.",
        "h.sample":
            "Próba",
        "h.surveyMethods":
            "Jak przeprowadzono poszczególne badania",
        "surveyMethods.intro":
            "Okres realizacji, dobór próby, wskaźniki realizacji próby i ważenie w każdym badaniu — tak, jak opisał je w książce kodów partner, który przeprowadził badanie.",
        "method.fieldwork":
            "Okres realizacji badania",
        "method.frame":
            "Operat losowania",
        "method.design":
            "Schemat doboru próby",
        "method.schools":
            "Wskaźnik realizacji próby szkół",
        "method.pupils":
            "Wskaźnik realizacji próby uczniów",
        "method.weighting":
            "Ważenie",
        "method.instrument":
            "Kwestionariusz",
        "col.item":
            "Pozycja",
        "col.description":
            "Opis",
        "h.definitions":
            "Definicje wskaźników",
        "definitions.intro":
            "Pytanie, na którym opiera się każdy wskaźnik w poszczególnych badaniach, w brzmieniu podanym w książce kodów; kreska oznacza, że książka kodów go nie podaje.",
        "sample.intro":
            "Respondenci najnowszej edycji badania w każdym kraju według płci oraz według grupy wieku: liczba respondentów (nieważona) i ich odsetek ważony.",
        "col.characteristic":
            "Cecha",
        "col.category":
            "Kategoria",
        "col.weightedPercent":
            "% (ważony)",
        "note.sample":
            "n = respondenci w kategorii (liczba nieważona); % = ważony odsetek wśród respondentów, dla których znana jest wartość cechy. Kategoria płci lub grupy wieku, której liczebność można by odtworzyć z innych opublikowanych tabel, jest utajniona (:c).",
        "sample.leftOut":
            "Respondentów bez danych o płci lub grupie wieku wyłączono ze wszystkich analiz w raporcie (rozpowszechnienie, szacowana liczba dzieci, porównania, zmiana między edycjami badania, ujawnienie i szukanie pomocy, relacja między sprawcą a dzieckiem oraz poniższa tabela), tak aby wyniki każdego kraju były sumą jego wyników według płci, a zarazem sumą jego wyników według grupy wieku. Liczba wyłączonych respondentów w poszczególnych edycjach badania: {rounds}. Są to respondenci, którzy nie odpowiedzieli na pytanie o płeć lub wiek; ich liczbę podano dokładnie (bez utajniania), a ich odpowiedzi na pozostałe pytania nie występują w żadnej tabeli.",
        "sample.leftOutNone":
            "Dla wszystkich respondentów znane są płeć i grupa wieku, więc wszystkie analizy w raporcie obejmują całą próbę.",
        "sample.leftOutRound":
            "{round}: {leftOut} z {rows}",
        "h.perpetratorSurvey":
            "Relacja między sprawcą a dzieckiem według odpowiedzi respondentów",
        "perpetrator.intro":
            "Kim był sprawca: odpowiedzi respondentów, którzy zadeklarowali, że kiedykolwiek doświadczyli wykorzystywania seksualnego (domena: {domain}).",
        "note.perpetratorSurvey":
            "n = respondenci w domenie, którzy udzielili odpowiedzi; odsetki ważone dla każdej relacji, szacowane z uwzględnieniem schematu losowania (udziały kategorii, svymean zmiennej typu factor w pakiecie survey dla R); odpowiedzi „nie dotyczy”, „nie wiem” i odmowy odpowiedzi nie są uwzględniane.",
        "reason.unknownCode":
            "nieznany kod",
        "reason.notWholeNumber":
            "nie jest liczbą całkowitą",
        "reason.decimalPoint":
            "nie jest liczbą: separatorem dziesiętnym jest kropka, a książka kodów określa przecinek",
        "reason.decimalComma":
            "nie jest liczbą: separatorem dziesiętnym jest przecinek, a książka kodów określa kropkę",
        "reason.notNumber":
            "nie jest liczbą",
        "reason.notBinary":
            "wartość inna niż 0 i 1",
        "reason.outOfRange":
            "wartość spoza zakresu {1}",
        "reason.badDate":
            "nieprawidłowa data (oczekiwany format {1})",
        "reason.malformedQuote":
            "nieprawidłowe pole w cudzysłowie (zbędny lub niezamknięty cudzysłów)",
        "reason.fieldCount":
            "nieprawidłowa liczba pól: oczekiwano {1}, znaleziono {2}",
        "reason.emptyRecord": "pusty rekord: wszystkie pola są puste",
        "reason.controlCharacter":
            "znak sterujący (np. NUL) w polu",
        "reason.inexact":
            "liczba całkowita zbyt duża, by można ją było dokładnie zapisać",
        "reason.noLookup":
            "{1}: brak wpisu w {2} dla kraju {3}",
        "reason.eurostatLayout":
            "nieprawidłowa liczba części klucza lub wartości w wierszu pliku Eurostatu",
        "reason.eurostatValue":
            "nie jest wartością w formacie Eurostatu (liczba lub „:” z oznaczeniami)",
        "reason.eurostatRange":
            "liczba przestępstw lub liczba ludności spoza zakresu od 0 do 10\u{202F}000\u{202F}000\u{202F}000",
        // MARK: - Rates by offence type
        "h.offences":
            "Zarejestrowane przypadki według rodzaju przestępstwa",
        "incidents.offencesIntro":
            "Zarejestrowane przypadki na 100\u{202F}000 dzieci w wieku 0–17 lat według kraju i roku dla każdego rodzaju przestępstwa (ICCS; kod obejmuje kody podrzędne), z dokładnymi 95% pasmami ufności Poissona. Obowiązuje to samo zastrzeżenie: zarejestrowanych przypadków nie można porównywać między krajami.",
        "fig.offenceDesc":
            "Wykres liniowy — {offence}: zarejestrowane przypadki na 100\u{202F}000 dzieci w wieku 0–17 lat według kraju i roku, z 95% pasmami ufności.",
        // MARK: - Glossary
        "h.glossary": "Słownik pojęć",
        "glossary.intro": "Terminy użyte w raporcie i znaczenie, w jakim są w nim używane.",
        "glossary.prevalence.term": "Rozpowszechnienie",
        "glossary.prevalence.text":
            "Odsetek dzieci w badanej populacji, które w danym okresie (kiedykolwiek lub w ciągu ostatnich 12 miesięcy) doświadczyły tego, czego dotyczy wskaźnik, oszacowany na podstawie badania ankietowego.",
        "glossary.incidence.term": "Częstość nowych przypadków (zapadalność)",
        "glossary.incidence.text":
            "Liczba nowych przypadków w danym okresie, często wyrażana na 100\u{202F}000 dzieci; w tym raporcie wyłącznie przypadki zarejestrowane, czyli to, co zgłoszono i zarejestrowano, a nie wszystko, co się wydarzyło.",
        "glossary.recordedRate.term": "Współczynnik zarejestrowanych przypadków",
        "glossary.recordedRate.text":
            "Liczba przypadków zarejestrowanych w danym roku przez policję lub inną instytucję na 100\u{202F}000 dzieci w wieku 0–17 lat mieszkających w kraju w tym roku (stan ludności na 1 stycznia lub na 31 grudnia, zależnie od pliku danych o ludności).",
        "glossary.weight.term": "Waga",
        "glossary.weight.text":
            "Liczba dzieci w populacji, które reprezentuje jeden respondent; wagi korygują nierówne prawdopodobieństwa wylosowania i brak odpowiedzi, tak aby odsetki ważone opisywały populację, a nie próbę.",
        "glossary.psu.term": "PSU (jednostka losowania pierwszego stopnia)",
        "glossary.psu.text":
            "Jednostka losowana na pierwszym stopniu losowania, tu szkoła; uczniowie tej samej szkoły są do siebie bardziej podobni niż uczniowie różnych szkół, co uwzględnia się przy szacowaniu wariancji.",
        "glossary.designEffect.term": "Efekt schematu losowania",
        "glossary.designEffect.text":
            "Iloraz wariancji oszacowania przy rzeczywistym schemacie losowania i jego wariancji w prostej próbie losowej tej samej wielkości; przekracza 1, gdy losowanie uczniów zespołami (całymi szkołami) zmniejsza precyzję oszacowania.",
        "glossary.ci.term": "Przedział ufności (PU)",
        "glossary.ci.text":
            "Przedział wyznaczony z próby, który w 95% powtórzonych prób obejmowałby prawdziwą wartość; odzwierciedla wyłącznie błąd losowania, a nie obciążenie wynikające z braku odpowiedzi czy z nieujawniania doświadczeń przez respondentów.",
        "glossary.raoScott.term": "Test Rao–Scotta",
        "glossary.raoScott.text":
            "Test chi-kwadrat sprawdzający, czy odsetek różni się między grupami (tu krajami), z poprawką na schemat losowania (poprawka drugiego rzędu, podawana jako statystyka F).",
        "glossary.quasiPoisson.term": "Model quasi-Poissona",
        "glossary.quasiPoisson.text":
            "Regresja Poissona rocznych liczebności, w której błędy standardowe powiększono stosownie do zaobserwowanej nadmiernej dyspersji (zmienności większej, niż przewiduje model Poissona); stosowana w analizie trendów, gdy dyspersja przekracza 1.",
        "glossary.iccs.term": "ICCS",
        "glossary.iccs.text":
            "Międzynarodowa Klasyfikacja Przestępstw do Celów Statystycznych (UNODC, 2015); jej kody (0301 przemoc seksualna, 03011 zgwałcenie, …) przyporządkowują przestępstwa określone w prawie krajowym do wspólnych kategorii.",
        "glossary.sdc.term": "Ochrona tajemnicy statystycznej",
        "glossary.sdc.text":
            "Reguły, które nie pozwalają, by z publikowanych tabel można było odczytać informacje o pojedynczym respondencie lub przypadku, np. utajnianie małych liczebności; nie mylić z ujawnieniem przez dziecko, że doświadczyło wykorzystywania (powiedzeniem komuś o tym, co je spotkało).",
        "glossary.suppression.term": "Utajnienie (:c)",
        "glossary.suppression.text":
            "Niepublikowanie komórki tabeli, która obejmuje od 1 do k − 1 respondentów lub przypadków albo mogłaby posłużyć do odtworzenia takiej komórki z sum (utajnienie wtórne).",
        "glossary.reliability.term": "Oznaczenia wiarygodności (:u, u)",
        "glossary.reliability.text":
            "Według standardów NCHS dla proporcji `:u` oznacza oszacowanie niepokazane, ponieważ próba jest za mała lub przedział za szeroki, a `u` — oszacowanie pokazane, ale o niskiej wiarygodności.",
        // MARK: - Legal context
        "h.legal":
            "Kontekst prawny",
        "legal.intro":
            "Wiek przyzwolenia i przepisy kodeksu karnego każdego kraju dotyczące przestępstw seksualnych wobec dzieci, zebrane w pliku danych ze wskazaniem źródeł (`datasets/legal-context.yaml`); zarejestrowane przypadki opierają się na tych definicjach prawnych, a te różnią się między krajami.",
        "legal.ageOfConsent":
            "Wiek przyzwolenia: {age} lat.",
        "legal.unverified":
            "Pozostałe przepisy z pliku (liczba: {count}) nie zostały jeszcze zweryfikowane w pozyskanych źródłach i nie są pokazane.",
        "legal.note":
            "Tytuły przepisów w języku krajowym, z opisowym tłumaczeniem na język angielski (polski Kodeks karny nie nadaje artykułom tytułów: dla Polski podano skrót brzmienia przepisu); źródła sprawdzono {date}. Plik opisuje prawo, a nie dane; przed przytoczeniem przepisu należy sprawdzić jego obowiązujące brzmienie w tekście jednolitym.",
        "col.article":
            "Artykuł",
        "col.topic":
            "Rodzaj przestępstwa",
        "col.titleEnglish":
            "Tytuł (w języku angielskim)",
        "col.titleNational":
            "Tytuł (w języku krajowym)",
        "col.legalSource":
            "Źródło",
        "legal.topic.rape": "Zgwałcenie",
        "legal.topic.sexual_assault": "Napaść seksualna",
        "legal.topic.sexual_acts_with_child": "Czynności seksualne z dzieckiem",
        "legal.topic.grooming": "Uwodzenie (grooming)",
        "legal.topic.exploitation": "Eksploatacja seksualna",
        "legal.topic.csam": "Materiały przedstawiające wykorzystywanie seksualne dzieci",
        "h.victims": "Współczynniki zarejestrowanych przypadków według płci i grupy wieku pokrzywdzonych dzieci, {year}",
        "victims.intro":
            "Zarejestrowane przypadki w {year} r. na 100\u{202F}000 chłopców lub dziewcząt w grupie wieku pokrzywdzonego dziecka (ludność według płci i jednorocznych grup wieku), z dokładnymi 95% przedziałami ufności Poissona (metoda Garwooda); tabela pokazuje, jakich dzieci dotyczą zarejestrowane przypadki.",
        "note.victims":
            "Współczynnik (95% PU) na 100\u{202F}000 chłopców lub dziewcząt w danej grupie wieku; wszystkie przestępstwa i etapy postępowania. Przypadki, w których nie zarejestrowano płci lub wieku pokrzywdzonego dziecka, nie są ujęte w żadnej komórce tabeli: {list}.",
        "victims.leftOutItem": "{country} (bez płci: {sex}, bez wieku: {age})",
        "h.victimsLatest":
            "Współczynniki zarejestrowanych przypadków według płci i grupy wieku pokrzywdzonych dzieci, ostatni rok z danymi w każdym kraju",
        "victims.introLatest":
            "Zarejestrowane przypadki w ostatnim roku objętym danymi, osobno dla każdego kraju ({years}), na 100\u{202F}000 chłopców lub dziewcząt w grupie wieku pokrzywdzonego dziecka (ludność według płci i jednorocznych grup wieku), z dokładnymi 95% przedziałami ufności Poissona (metoda Garwooda); tabela pokazuje, jakich dzieci dotyczą zarejestrowane przypadki. Ostatni rok z danymi nie jest taki sam we wszystkich krajach.",
        "victims.yearItem": "{country}: {year} r.",
        "note.methodsFallback":
            "Kod języka w nawiasie, np. (en), oznacza tekst, którego książka kodów nie zawiera w wersji polskiej; tekst podano w języku wskazanym przez ten kod.",
    ]
}
