import Foundation

/// The objects of a PDF file, read as far as the drawing of its pages needs: the
/// cross-reference table or stream, the page tree, content streams. The text and the pictures
/// stay poppler's. A file whose structure is beyond this reader (encrypted, a damaged
/// cross-reference table that poppler rebuilds, a filter other than Flate) gives nil, and the
/// caller renders the page instead.
final class PDFObjects {
    private let bytes: [UInt8]
    private var offsets: [Int: Int] = [:]
    private var compressed: [Int: (stream: Int, index: Int)] = [:]
    private var cache: [Int: PDFValue] = [:]
    private var root: PDFValue = .null
    /// Page dictionaries in order, inherited attributes (resources, boxes, rotation) merged in.
    private(set) lazy var pages: [[String: PDFValue]] = collectPages()

    /// What a decompressed stream may grow to: a content stream is text of operators.
    static let maximumStreamBytes = 64 << 20
    /// Cross-reference sections followed through `/Prev`.
    static let maximumSections = 64

    /// Larger files are rendered instead: the reader holds the whole file in memory.
    static let maximumFileBytes = 32 << 20

    init?(path: String) {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size <= PDFObjects.maximumFileBytes, let data = FileManager.default.contents(atPath: path)
        else { return nil }
        bytes = [UInt8](data)
        guard let start = PDFObjects.startXref(in: bytes), readCrossReferences(from: start), case .reference = root else {
            return nil
        }
    }

    /// The value, followed if it is a reference.
    func resolve(_ value: PDFValue?, depth: Int = 0) -> PDFValue {
        guard let value else { return .null }
        if case .reference(let number) = value, depth < 8 { return resolve(object(number), depth: depth + 1) }
        return value
    }

    func object(_ number: Int) -> PDFValue? {
        if let cached = cache[number] { return cached }
        var value: PDFValue?
        if let offset = offsets[number] {
            value = objectAt(offset)
        } else if let (stream, index) = compressed[number] {
            value = objectInStream(stream, index: index)
        }
        cache[number] = value ?? .null
        return value
    }

    /// The decoded data of a stream: unfiltered or Flate, with a PNG predictor if any.
    func data(of value: PDFValue) -> [UInt8]? {
        guard case .stream(let dictionary, let start) = value,
            let length = resolve(dictionary["Length"]).number.map(Int.init), length >= 0, start + length <= bytes.count
        else { return nil }
        let raw = Array(bytes[start..<(start + length)])
        let filters = resolve(dictionary["Filter"])
        let filter = filters.name ?? filters.array?.first.flatMap { resolve($0).name }
        if filters.array?.count ?? 0 > 1 { return nil }
        guard let filter else { return raw }
        guard filter == "FlateDecode" || filter == "Fl", var decoded = Inflater.inflate(raw, limit: PDFObjects.maximumStreamBytes)
        else { return nil }
        let parameters = resolve(dictionary["DecodeParms"]).dictionary ?? resolve(dictionary["DecodeParms"]).array?.first.flatMap {
            resolve($0).dictionary
        }
        if let predictor = parameters.flatMap({ resolve($0["Predictor"]).number }), predictor >= 10 {
            let columns = parameters.flatMap { resolve($0["Columns"]).number }.map(Int.init) ?? 1
            guard let unpredicted = PDFObjects.undoPNGPredictor(decoded, columns: columns) else { return nil }
            decoded = unpredicted
        }
        return decoded
    }

    // MARK: Cross-references

    private static func startXref(in bytes: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        let from = max(0, bytes.count - 2048)
        var index = bytes.count - keyword.count
        while index >= from {
            if bytes[index..<(index + keyword.count)].elementsEqual(keyword) {
                var scanner = PDFScanner(bytes, at: index + keyword.count)
                if case .number(let offset) = scanner.token(), offset >= 0, offset < Double(bytes.count) { return Int(offset) }
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// Reads the sections from the newest back; an object keeps its newest entry.
    private func readCrossReferences(from start: Int) -> Bool {
        var next: Int? = start
        var seen = Set<Int>()
        var sections = 0
        while let offset = next, !seen.contains(offset), sections < PDFObjects.maximumSections {
            seen.insert(offset)
            sections += 1
            guard let trailer = readSection(at: offset) else { return false }
            if trailer["Encrypt"] != nil { return false }
            if case .null = root, let value = trailer["Root"] { root = value }
            if let hybrid = trailer["XRefStm"]?.number, let stream = readSection(at: Int(hybrid)), stream["Encrypt"] != nil {
                return false
            }
            next = trailer["Prev"]?.number.map(Int.init)
        }
        return !offsets.isEmpty || !compressed.isEmpty
    }

    /// One section, a table or a stream; its trailer dictionary.
    private func readSection(at offset: Int) -> [String: PDFValue]? {
        var scanner = PDFScanner(bytes, at: offset)
        let save = scanner.position
        if case .keyword("xref") = scanner.token() { return readTable(&scanner) }
        scanner.position = save
        guard case .stream(let dictionary, _)? = objectAt(offset), dictionary["Type"]?.name == "XRef",
            let data = data(of: objectAt(offset) ?? .null)
        else { return nil }
        let widths = (dictionary["W"]?.array ?? []).compactMap { $0.number.map(Int.init) }
        guard widths.count == 3, widths.allSatisfy({ (0...8).contains($0) }), let size = dictionary["Size"]?.number else {
            return nil
        }
        let index = (dictionary["Index"]?.array ?? [.number(0), .number(size)]).compactMap { $0.number.map(Int.init) }
        let entryWidth = widths.reduce(0, +)
        guard entryWidth > 0 else { return nil }
        var position = 0
        for pair in stride(from: 0, to: index.count - 1, by: 2) {
            for number in index[pair]..<(index[pair] + max(0, index[pair + 1])) {
                guard position + entryWidth <= data.count else { return dictionary }
                var fields: [Int] = []
                var at = position
                for width in widths {
                    fields.append(data[at..<(at + width)].reduce(0) { $0 << 8 | Int($1) })
                    at += width
                }
                position += entryWidth
                let type = widths[0] == 0 ? 1 : fields[0]
                guard offsets[number] == nil, compressed[number] == nil else { continue }
                if type == 1 { offsets[number] = fields[1] } else if type == 2 { compressed[number] = (fields[1], fields[2]) }
            }
        }
        return dictionary
    }

    private func readTable(_ scanner: inout PDFScanner) -> [String: PDFValue]? {
        while true {
            switch scanner.token() {
            case .keyword("trailer"):
                return scanner.value()?.dictionary
            case .number(let first):
                guard case .number(let count) = scanner.token(), count >= 0, count < 10_000_000 else { return nil }
                for number in Int(first)..<(Int(first) + Int(count)) {
                    guard case .number(let offset) = scanner.token(), case .number = scanner.token(),
                        case .keyword(let kind) = scanner.token()
                    else { return nil }
                    if kind == "n", offsets[number] == nil, compressed[number] == nil, offset > 0 { offsets[number] = Int(offset) }
                }
            default:
                return nil
            }
        }
    }

    // MARK: Objects

    /// `N G obj value`, a stream remembering where its data starts.
    private func objectAt(_ offset: Int) -> PDFValue? {
        guard offset >= 0, offset < bytes.count else { return nil }
        var scanner = PDFScanner(bytes, at: offset)
        guard case .number = scanner.token(), case .number = scanner.token(), case .keyword("obj") = scanner.token(),
            let value = scanner.value()
        else { return nil }
        guard case .dictionary(let dictionary) = value else { return value }
        let save = scanner.position
        guard case .keyword("stream") = scanner.token() else {
            scanner.position = save
            return value
        }
        var start = scanner.position
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        if start < bytes.count, bytes[start] == 0x0A { start += 1 }
        return .stream(dictionary, dataOffset: start)
    }

    private func objectInStream(_ stream: Int, index: Int) -> PDFValue? {
        guard compressed[stream] == nil, let container = object(stream), let data = data(of: container),
            let dictionary = container.dictionary, let count = dictionary["N"]?.number.map(Int.init),
            let first = dictionary["First"]?.number.map(Int.init), index >= 0, index < count
        else { return nil }
        var scanner = PDFScanner(data)
        var offset = 0
        for _ in 0...index {
            guard case .number = scanner.token(), case .number(let at) = scanner.token() else { return nil }
            offset = Int(at)
        }
        var reader = PDFScanner(data, at: first + offset)
        return reader.value()
    }

    // MARK: Pages

    private func collectPages() -> [[String: PDFValue]] {
        var pages: [[String: PDFValue]] = []
        var visited = Set<Int>()
        func walk(_ node: PDFValue, inherited: [String: PDFValue], depth: Int) {
            guard depth < 32 else { return }
            if case .reference(let number) = node {
                guard !visited.contains(number) else { return }
                visited.insert(number)
            }
            guard let dictionary = resolve(node).dictionary else { return }
            var attributes = inherited
            for key in ["Resources", "MediaBox", "CropBox", "Rotate"] where dictionary[key] != nil {
                attributes[key] = dictionary[key]
            }
            if let kids = resolve(dictionary["Kids"]).array {
                for kid in kids { walk(kid, inherited: attributes, depth: depth + 1) }
            } else {
                pages.append(dictionary.merging(attributes) { _, inherited in inherited })
            }
        }
        let catalog = resolve(root).dictionary
        walk(catalog?["Pages"] ?? .null, inherited: [:], depth: 0)
        return pages
    }

    // MARK: Filters

    /// PNG predictors (a filter-type byte before each row), as cross-reference streams use them.
    static func undoPNGPredictor(_ data: [UInt8], columns: Int) -> [UInt8]? {
        guard columns > 0 else { return nil }
        let rowLength = columns + 1
        var out: [UInt8] = []
        out.reserveCapacity(data.count / rowLength * columns)
        var previous = [UInt8](repeating: 0, count: columns)
        var start = 0
        while start + rowLength <= data.count {
            let type = data[start]
            var row = Array(data[(start + 1)..<(start + rowLength)])
            for i in 0..<columns {
                let left = i > 0 ? Int(row[i - 1]) : 0, up = Int(previous[i]), upLeft = i > 0 ? Int(previous[i - 1]) : 0
                let add: Int
                switch type {
                case 1: add = left
                case 2: add = up
                case 3: add = (left + up) / 2
                case 4:
                    let p = left + up - upLeft
                    let (pa, pb, pc) = (abs(p - left), abs(p - up), abs(p - upLeft))
                    add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
                default: add = 0
                }
                row[i] = UInt8(truncatingIfNeeded: Int(row[i]) + add)
            }
            out += row
            previous = row
            start += rowLength
        }
        return out
    }
}
