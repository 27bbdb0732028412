/// The pages asked for (`--pages 1-3,7,10-`), numbered as the document numbers them
/// (1-based), so every output keeps the document's own page numbers.
public struct PageSelection: Sendable, Equatable, CustomStringConvertible {
    /// A run of pages; `last` nil runs to the end of the document.
    public struct Run: Sendable, Equatable {
        public var first: Int
        public var last: Int?
    }

    public let runs: [Run]

    /// "1-3,7,10-": single pages, closed runs and runs open to the end, comma-separated.
    public init(parsing text: String) throws(PageSelectionError) {
        var runs: [Run] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespaces)
            let bounds = item.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let first = Int(bounds[0]), first >= 1 else { throw .malformed(text) }
            if bounds.count == 1 {
                runs.append(Run(first: first, last: first))
            } else if bounds[1].isEmpty {
                runs.append(Run(first: first, last: nil))
            } else {
                guard let last = Int(bounds[1]), last >= first else { throw .malformed(text) }
                runs.append(Run(first: first, last: last))
            }
        }
        self.runs = runs
    }

    /// The 0-based indices selected of a document of `count` pages, in page order, each once.
    public func indices(pageCount count: Int) -> [Int] {
        var selected = Set<Int>()
        for run in runs where run.first <= count {
            selected.formUnion((run.first - 1)..<min(run.last ?? count, count))
        }
        return selected.sorted()
    }

    public var description: String {
        runs.map { run in
            switch run.last {
            case run.first: return "\(run.first)"
            case nil: return "\(run.first)-"
            case let last?: return "\(run.first)-\(last)"
            }
        }.joined(separator: ",")
    }
}

public enum PageSelectionError: Error, Equatable, CustomStringConvertible {
    case malformed(String)

    public var description: String {
        switch self {
        case .malformed(let text):
            return "--pages takes page numbers and runs from 1, like 1-3,7,10- (a run's end not before its start), not '\(text)'"
        }
    }
}
