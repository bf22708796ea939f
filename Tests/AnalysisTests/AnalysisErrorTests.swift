import Analysis
import Testing

/// Messages about what was typed on the command line quote it only when it is plain.
@Suite struct AnalysisErrorTests {
    @Test(arguments: ["Anna Kowalska", "jan.kowalski@wp.pl", "601 234 567", "dorota", "ola_k", "country,Anna", "sex=Kowalska"])
    func typedTextThatIsNotPlainIsNotQuoted(text: String) {
        let messages = [
            AnalysisError.unknownVariable(text).description,
            AnalysisError.malformedArgument(option: "--by", argument: text, expected: "variable names").description,
            RateError.malformedArgument(option: "--by", argument: text, expected: "country, year").description,
        ]
        for message in messages {
            #expect(message.contains("(as typed; not shown)") && !message.contains(text), "\(message)")
        }
        #expect(messages[0].hasSuffix("`sitan variables` lists the harmonised variables"))
    }

    @Test(arguments: ["agee", "country,year", "sex=nosuch", "2.0"])
    func plainTextIsQuoted(text: String) {
        #expect(
            AnalysisError.malformedArgument(option: "--by", argument: text, expected: "x").description == "--by \"\(text)\": expected x")
        #expect(RateError.malformedArgument(option: "--by", argument: text, expected: "x").description == "--by \"\(text)\": expected x")
    }
}
