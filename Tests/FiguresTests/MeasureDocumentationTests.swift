import BaocaoTestSupport
import DocumentModel
import Foundation
import Testing

/// Every measure the extractor can emit is documented in the README's figures table with two
/// example phrases (#14, Deliver 2); a new measure without its row fails here.
@Suite("README documents every measure")
struct MeasureDocumentationTests {
    @Test("each measure has a README row with two quoted examples")
    func everyMeasureDocumented() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for measure in PetitionMeasure.allCases where measure != .unspecified {
            let row = rows.first { $0.hasPrefix("| `\(measure.rawValue)` |") }
            #expect(row != nil, "README has no row for \(measure.rawValue)")
            let examples = row.map { $0.split(separator: "|").last.map { $0.split(separator: "\"").count / 2 } ?? 0 } ?? 0
            #expect(examples >= 2, "README gives \(measure.rawValue) \(examples) example phrases")
        }
    }

    /// The document schema lists the measures a figure may carry; a measure missing there makes
    /// every JSON output that holds it invalid.
    @Test("the document schema lists every measure")
    func schemaListsEveryMeasure() throws {
        let data = try Data(contentsOf: Fixtures.root.appendingPathComponent("schema/baocao.document.v1.json"))
        let listed = try #require(Self.measureEnum(in: JSONSerialization.jsonObject(with: data)))
        #expect(Set(listed) == Set(PetitionMeasure.allCases.map(\.rawValue)))
    }

    /// The `enum` of the first property named "measure", wherever the schema holds it.
    static func measureEnum(in node: Any) -> [String]? {
        if let object = node as? [String: Any] {
            if let measure = object["measure"] as? [String: Any], let values = measure["enum"] as? [String] { return values }
            return object.values.lazy.compactMap { measureEnum(in: $0) }.first
        }
        return (node as? [Any])?.lazy.compactMap { measureEnum(in: $0) }.first
    }
}
