import BaocaoKit
import Foundation

/// Prints the petition figures of one report, one per line: page, measure, value and unit.
@main
struct FiguresOfAReport {
    static func main() async {
        guard let path = CommandLine.arguments.dropFirst().first else {
            print("usage: figures-of-a-report REPORT.pdf")
            exit(64)
        }
        do {
            // The model is found next to the baocao checkout; a program shipping it passes
            // `model: URL(fileURLWithPath: ".../vi-syllables.lm")`.
            let extractor = try Extractor.standard()
            let document = try await extractor.document(of: path)
            print("\(document.meta?.type ?? "document") \(document.meta?.number ?? ""): \(document.figures.count) figures")
            for figure in document.figures where figure.measure != .unspecified {
                print("p\(figure.page)  \(figure.measure.rawValue)  \(figure.value) \(figure.unit)")
            }
        } catch {
            print("figures-of-a-report: \(path): \(error)")
            exit(1)
        }
    }
}
