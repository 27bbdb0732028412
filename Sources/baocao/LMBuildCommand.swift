import ArgumentParser
import Foundation
import LanguageModelBuilding

struct LMBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Count syllable n-grams in corpus files (.txt or .txt.gz) and write a binary model."
    )

    @Argument(help: "Corpus files, one paragraph per line; gzip is read directly.")
    var corpus: [String]

    @Option(help: "Model file to write.")
    var out: String

    @Option(help: "Highest n-gram order (2-4).")
    var order = 4

    @Option(help: "Comma-separated name prefixes of in-domain files, whose text counts --boost times.")
    var inDomain = "gazette,laws,news-civic"

    @Option(help: "Weight of in-domain text.")
    var boost: UInt32 = 3

    @Option(help: "Read at most this many lines of each out-of-domain file (0: all).")
    var maxLines = 0

    @Option(help: "Drop words seen fewer times than this (after weighting).")
    var minWordCount: UInt64 = 5

    @Option(help: "Most words kept, most frequent first.")
    var maxVocabulary = 200_000

    @Option(help: "Most n-grams kept per order 2,3,4 (comma-separated), rarest dropped first.")
    var budgets = "4000000,5000000,3000000"

    func validate() throws {
        guard (2...4).contains(order) else { throw ValidationError("--order must be 2, 3 or 4") }
        guard parsedBudgets.count == 3 else { throw ValidationError("--budgets needs three counts") }
    }

    private var parsedBudgets: [Int] { budgets.split(separator: ",").compactMap { Int($0) } }

    func run() throws {
        let prefixes = inDomain.split(separator: ",").map(String.init)
        let sources = corpus.map { path in
            let name = URL(fileURLWithPath: path).lastPathComponent
            let boosted = prefixes.contains { name.hasPrefix($0) }
            return ModelBuilder.Source(
                url: URL(fileURLWithPath: path), weight: boosted ? boost : 1,
                lineLimit: boosted || maxLines == 0 ? nil : maxLines)
        }
        for source in sources where !FileManager.default.isReadableFile(atPath: source.url.path) {
            Diagnostics.report(source.url.path, "cannot be read")
            throw ExitCode.failure
        }
        var builder = ModelBuilder()
        builder.order = order
        builder.minimumWordCount = minWordCount
        builder.maximumVocabulary = maxVocabulary
        builder.budgets = parsedBudgets
        do {
            try builder.build(sources: sources, output: URL(fileURLWithPath: out)) { Diagnostics.write("\($0)\n") }
        } catch {
            Diagnostics.report(out, error)
            throw ExitCode.failure
        }
    }
}
