extension ReportStrings {
    /// The estimated numbers of children beside the percentages (section 4.1), per language.
    static let totals: [ReportLanguage: [String: String]] = [
        .en: [
            "h.totals": "Estimated number of children",
            "prevalence.totalsIntro":
                "The estimated number of pupils in the surveyed population who reported each experience: the weighted total of the indicator with its 95% confidence interval, rounded to the nearest 100.",
            "note.totals":
                "Weighted design-based totals (as R survey's svytotal) with 95% CIs; they rest on the survey weights adding up to the pupil population. Lower limits below zero are shown as 0.",
        ],
        .lv: [
            "h.totals": "Aptuvenais bērnu skaits",
            "prevalence.totalsIntro":
                "Aptuvenais skolēnu skaits apsekotajā populācijā, kuri norādījuši katru pieredzi: rādītāja svērtā kopsumma ar 95% ticamības intervālu, noapaļota līdz tuvākajam simtam.",
            "note.totals":
                "Svērtas, uz izlases plānu balstītas kopsummas (kā R pakotnes survey svytotal) ar 95% ticamības intervāliem; tās balstās uz to, ka svaru summa atbilst skolēnu populācijai. Apakšējās robežas, kas mazākas par nulli, parādītas kā 0.",
        ],
        .lt: [
            "h.totals": "Apskaičiuotas vaikų skaičius",
            "prevalence.totalsIntro":
                "Apskaičiuotas tiriamosios populiacijos mokinių, nurodžiusių kiekvieną patirtį, skaičius: svertinė rodiklio suma su 95 % pasikliautinuoju intervalu, suapvalinta iki artimiausio šimto.",
            "note.totals":
                "Svertinės, imties planu pagrįstos sumos (kaip R paketo survey svytotal) su 95 % pasikliautinaisiais intervalais; jos remiasi tuo, kad svorių suma atitinka mokinių populiaciją. Apatinės ribos, mažesnės už nulį, rodomos kaip 0.",
        ],
        .pl: [
            "h.totals": "Szacowana liczba dzieci",
            "prevalence.totalsIntro":
                "Szacowana liczba uczniów w badanej populacji, którzy wskazali dane doświadczenie: ważona suma wskaźnika z 95% przedziałem ufności, zaokrąglona do pełnych setek.",
            "note.totals":
                "Ważone sumy oparte na schemacie losowania (jak svytotal w pakiecie R survey) z 95% przedziałami ufności; zakładają, że suma wag odpowiada populacji uczniów. Dolne granice poniżej zera podano jako 0.",
        ],
    ]
}
