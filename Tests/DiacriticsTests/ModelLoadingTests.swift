import BaocaoTestSupport
import Foundation
import Testing
@testable import Diacritics

@Suite("Language model loading")
struct ModelLoadingTests {
    @Test func malformedFileIsRejected() throws {
        let path = try Fixtures.temporaryFile("not-a-model.lm", Data("hello".utf8))
        #expect(throws: ModelError.self) { try LanguageModel.load(from: URL(fileURLWithPath: path)) }
    }
}
