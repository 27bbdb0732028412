import Archive
import Testing

@Suite struct OutputNamingTests {
    @Test func outputNamesStayInTheOutputDirectory() {
        #expect(OutputNaming.baseName(for: "/a/b/bao-cao.pdf") == "bao-cao")
        #expect(OutputNaming.baseName(for: "../../..pdf") == "document")
        #expect(OutputNaming.baseName(for: "/tmp/.an") == "an")
    }
}
