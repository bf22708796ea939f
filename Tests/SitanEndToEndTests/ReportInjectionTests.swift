import Foundation
import FoundationXML
import Testing

/// Labels come from codebooks and dictionaries that partners write; in report.html none of them
/// may become markup. A dictionary whose labels carry HTML, Markdown links and images and a
/// link whose target ends a figure's `alt` attribute (`[y](x onload=alert(5)//)` became
/// `<img … alt="… <a href="x onload=alert(5)//">` and so an `onload` handler) is ingested and
/// the report written: the page is well-formed, has no script, event handler, link out of the
/// page or image other than its own figures, and shows the labels as text.
@Suite struct ReportInjectionTests {
    static let hostile = [
        "LV: {en: Latvia,": #"LV: {en: "Lat<script>alert(1)</script>via\" onerror=\"alert(2)","#,
        "female: {en: Female,": #"female: {en: "Fe[y](#a onload=alert(3)//) ![w](https://tracker.example/p.png) ![v](#c) **b** `c`male","#,
        #"labels: {en: "Any sexual abuse, lifetime","#:
            #"labels: {en: "Any [y](x onload=alert(5)//) [x](javascript:alert(4)) <img src=x onerror=alert(6)>","#,
    ]

    /// The codebook's own words for the methods chapter, in a table cell of each kind.
    static let hostileMethods = #"Paper <script>alert(7)</script> [z](javascript:alert(8)) <img src=x onerror=alert(9)>"#

    @Test func labelsStayTextInReportHTML() throws {
        let directory = temporaryDirectory()
        var dictionary = try String(
            contentsOf: SitanProcess.repository.appendingPathComponent("datasets/variables.yaml"), encoding: .utf8)
        for (label, attack) in Self.hostile {
            #expect(dictionary.contains(label), "the shipped dictionary changed: \(label)")
            dictionary = dictionary.replacingOccurrences(of: label, with: attack)
        }
        var csv = "id,dzimums,novads,q\n"
        for (i, record)
            in (Array(repeating: "1,riga,1", count: 30) + Array(repeating: "2,riga,0", count: 40)
            + Array(repeating: "2,riga,1", count: 30) + Array(repeating: "1,riga,0", count: 40)).enumerated()
        {
            csv += "\(i + 1),\(record)\n"
        }
        let db = directory.appendingPathComponent("h.sqlite").path
        let ingest = try SitanProcess.run([
            "ingest", "--db", db, try write(csv, to: "h.csv", in: directory), "--codebook",
            try write(
                """
                source: {name: hostile, country: LV, kind: survey, year: 2024, synthetic: true}
                file: {encoding: utf-8, delimiter: ",", missing: [""]}
                design: {id: id}
                columns:
                  dzimums: {variable: sex, codes: {"1": male, "2": female}}
                  novads: {variable: region}
                  q: {variable: csa_any_lifetime, codes: {"1": 1, "0": 0}}
                methods:
                  instrument: "\(Self.hostileMethods)"
                  questions: {csa_any_lifetime: "\(Self.hostileMethods)"}

                """, to: "h.codebook.yaml", in: directory),
            "--dictionary", try write(dictionary, to: "variables.yaml", in: directory),
        ])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let out = directory.appendingPathComponent("report").path
        let report = try SitanProcess.run(["report", "--db", db, "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        #expect(try document.nodes(forXPath: "//script | //iframe | //object | //embed").isEmpty)
        let handlers = try document.nodes(forXPath: "//@*").filter { $0.name?.lowercased().hasPrefix("on") ?? false }
        #expect(handlers.isEmpty, "\(handlers.map { "\($0.name ?? "")=\($0.stringValue ?? "")" })")
        let links = try document.nodes(forXPath: "//a/@href").compactMap(\.stringValue)
        // The contents links, and the sources the report cites: the legal provisions of the
        // legal-context file and the pages of the Eurostat data sets.
        let legal = try String(
            contentsOf: SitanProcess.repository.appendingPathComponent("datasets/legal-context.yaml"), encoding: .utf8)
        let sources = Set(legal.matches(of: /\n +source: "(https?:[^"]+)"/).map { String($0.output.1) })
        let eurostat = "https://ec.europa.eu/eurostat/databrowser/view/"
        #expect(
            links.allSatisfy { ($0.hasPrefix("#") && !$0.contains(" ")) || $0.hasPrefix(eurostat) || sources.contains($0) },
            "\(links)")
        let cells = try document.nodes(forXPath: "//td").compactMap(\.stringValue)
        #expect(cells.filter { $0 == Self.hostileMethods }.count == 2, "the methods and definitions tables show the text")
        let images = try document.nodes(forXPath: "//img/@src").compactMap(\.stringValue)
        #expect(!images.isEmpty && images.allSatisfy { $0.hasPrefix("data:image/svg+xml;base64,") })
        // Emphasis, code, link and tag marks of a label are escaped in the Markdown: they stay
        // text in report.md, report.html and report.docx.
        #expect(try document.nodes(forXPath: "//strong | //em | //code").allSatisfy { !["b", "c"].contains($0.stringValue) })
        let label = "Fe[y](#a onload=alert(3)//) ![w](https://tracker.example/p.png) ![v](#c) **b** `c`male"
        #expect(cells.contains(label), "\(cells.filter { $0.hasPrefix("Fe") })")
        #expect(cells.contains(#"Lat<script>alert(1)</script>via" onerror="alert(2)"#))
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        let escaped = ##"Fe\[y\](\#a onload=alert(3)//) \!\[w\](https://tracker.example/p.png) \!\[v\](\#c) \*\*b\*\* \`c\`male"##
        #expect(markdown.contains(escaped))
        #expect(markdown.contains(#"Lat\<script\>alert(1)\</script\>via"#) && !markdown.contains("**b**"))
        if ReportDocxTests.pandoc != nil {
            let folder = URL(fileURLWithPath: out)
            #expect(try ReportDocxTests.run(["report.md", "--resource-path=.", "-o", "report.docx"], in: folder) == 0)
            #expect(try ReportDocxTests.run(["report.docx", "-t", "native", "-o", "native.txt"], in: folder) == 0)
            let native = try String(contentsOfFile: out + "/native.txt", encoding: .utf8)
            #expect(native.contains(#"Str "**b**""#) && native.contains(#"Str "`c`male""#) && native.contains(#"Str "Fe[y](#a""#))
            #expect(!native.contains(#"Strong [ Str "b" ]"#) && !native.contains(#"Code ( "" , [] , [] ) "c""#))
        }
        let alts = try document.nodes(forXPath: "//img/@alt").compactMap(\.stringValue)
        #expect(
            alts.contains { $0.contains("Any [y](x onload=alert(5)//) [x](javascript:alert(4)) <img src=x onerror=alert(6)>") }, "\(alts)")
    }
}
