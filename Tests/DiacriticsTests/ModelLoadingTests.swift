import Foundation
import Testing
@testable import Diacritics

@Suite("Language model loading")
struct ModelLoadingTests {
    @Test func malformedFileIsRejected() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-not-a-model-\(UUID().uuidString)")
        try Data("hello".utf8).write(to: url)
        #expect(throws: ModelError.self) { try LanguageModel.load(from: url) }
    }
}
