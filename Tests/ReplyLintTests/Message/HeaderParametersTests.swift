import Testing
@testable import ReplyLint

struct HeaderParametersTests {
    @Test(arguments: [
        ("text/plain", "text/plain", [String: String]()),
        ("Text/HTML; Charset=\"UTF-8\"", "text/html", ["charset": "UTF-8"]),
        ("text/plain; charset=us-ascii (Plain text)", "text/plain", ["charset": "us-ascii"]),
        ("text/plain (a comment); format=flowed; delsp=yes", "text/plain", ["format": "flowed", "delsp": "yes"]),
        ("text/plain charset=utf-8 format=flowed", "text/plain", ["charset": "utf-8", "format": "flowed"]),
        ("attachment; filename=my report.pdf", "attachment", ["filename": "my report.pdf"]),
        ("attachment; filename=\"a \\\"quoted\\\" name.txt\"", "attachment", ["filename": "a \"quoted\" name.txt"]),
        ("multipart/mixed;\n\tboundary=\"=_abc\"", "multipart/mixed", ["boundary": "=_abc"]),
        ("attachment; filename=\"=?utf-8?Q?r=C3=A9sum=C3=A9.pdf?=\"", "attachment", ["filename": "résumé.pdf"]),
        ("attachment;; ;filename=x.txt;", "attachment", ["filename": "x.txt"]),
        ("attachment; FILENAME=a.txt; filename=b.txt", "attachment", ["filename": "a.txt"]),
        ("", "", [String: String]()),
    ])
    func readsValuesAndParameters(raw: String, value: String, parameters: [String: String]) {
        let parsed = HeaderParameters.parse(raw)
        #expect(parsed.value == value)
        #expect(parsed.parameters == parameters)
    }

    @Test(arguments: [
        ("attachment; filename*=utf-8''%E2%82%AC%20rates.pdf", "€ rates.pdf"),
        ("attachment; filename*=UTF-8'en'%C3%A9t%C3%A9.txt", "été.txt"),
        ("attachment; filename*=iso-8859-1''%E9t%E9.txt", "été.txt"),
        ("attachment; filename*0=\"long \"; filename*1=\"name.txt\"", "long name.txt"),
        ("attachment; filename*1=\"name.txt\"; filename*0=\"long \"", "long name.txt"),
        ("attachment; filename*0*=utf-8''%E2%82; filename*1*=%AC.txt", "€.txt"),
        ("attachment; filename*2=c; filename*0*=utf-8''a; filename*1*=%C3%A9", "aéc"),
        ("attachment; filename=\"fallback.txt\"; filename*=utf-8''%C3%A9.txt", "é.txt"),
        ("attachment; filename*=''plain.txt", "plain.txt"),
    ])
    func joinsRFC2231Sections(raw: String, filename: String) {
        #expect(HeaderParameters.parse(raw)["filename"] == filename)
    }

    @Test func reportsUnterminatedQuote() {
        let parsed = HeaderParameters.parse("text/plain; charset=\"utf-8")
        #expect(parsed["charset"] == "utf-8")
        #expect(parsed.problems == ["unterminated quoted string '\"utf-8'"])
    }
}
