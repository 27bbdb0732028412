import Foundation

/// The objects of a PDF file found through its cross-reference table or stream, object
/// streams included, and its page tree: as far as the drawing of its pages needs (the text and
/// the pictures stay poppler's). The signature stamp's `PDFObjectTable` finds the few objects
/// a signing tool appends by scanning instead; both read objects with `PDFLexer`. A file whose
/// structure is beyond this reader (encrypted, a damaged cross-reference table that poppler
/// rebuilds) gives nil, and the caller renders the page instead.
final class PDFObjects {
    private let bytes: [UInt8]
    private var offsets: [Int: Int] = [:]
    private var compressed: [Int: (stream: Int, index: Int)] = [:]
    private var cache: [Int: PDFObject] = [:]
    private var root: PDFValue?
    /// Page dictionaries in order, inherited attributes (resources, boxes, rotation) merged in.
    private(set) lazy var pages: [[String: PDFValue]] = collectPages()

    /// What a decompressed stream may grow to: a page's content is text of operators.
    static let maximumStreamBytes = 64 << 20
    /// Larger files are rendered instead: the reader holds the whole file in memory.
    static let maximumFileBytes = 32 << 20
    /// Cross-reference sections followed through `/Prev`.
    static let maximumSections = 64

    init?(path: String) {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size <= PDFObjects.maximumFileBytes, let data = FileManager.default.contents(atPath: path)
        else { return nil }
        bytes = [UInt8](data)
        if let start = PDFObjects.startXref(in: bytes), readCrossReferences(from: start), root?.referenceNumber != nil { return }
        // A cross-reference table that does not lead to the objects (offsets gone stale after
        // an edit, a hostile file): they are found by scanning, as poppler rebuilds the table,
        // so that what poppler will draw is still what is counted.
        offsets = [:]
        compressed = [:]
        guard let catalog = scanned.objects(containing: Array("/Catalog".utf8)).last else { return nil }
        root = .reference(catalog)
    }

    /// The objects found by scanning the file for "N G obj", for numbers the cross-reference
    /// table does not lead to.
    private lazy var scanned = PDFObjectTable(bytes: bytes)

    /// The value, followed if it is a reference.
    func resolve(_ value: PDFValue?, depth: Int = 0) -> PDFValue? {
        guard let value else { return nil }
        if let number = value.referenceNumber, depth < 8 { return resolve(object(number)?.value, depth: depth + 1) }
        return value
    }

    func object(_ number: Int) -> PDFObject? {
        if let cached = cache[number] { return cached }
        var object: PDFObject?
        if let offset = offsets[number] {
            object = objectAt(offset, number: number)
        } else if let (stream, index) = compressed[number] {
            object = objectInStream(stream, index: index).map { PDFObject(value: $0, raw: nil) }
        }
        if object == nil, compressed[number] == nil { object = scanned.object(number) }
        if let object { cache[number] = object }
        return object
    }

    /// The object `value` stands for, when it is a reference (to a stream, say).
    func object(for value: PDFValue?) -> PDFObject? {
        value?.referenceNumber.flatMap(object)
    }

    // MARK: Cross-references

    private static func startXref(in bytes: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        let from = max(0, bytes.count - 2048)
        var index = bytes.count - keyword.count
        while index >= from {
            if bytes[index..<(index + keyword.count)].elementsEqual(keyword) {
                var lexer = PDFLexer(bytes[(index + keyword.count)...])
                guard case .number(let offset)? = lexer.value(), offset >= 0, offset < Double(bytes.count) else { return nil }
                return Int(offset)
            }
            index -= 1
        }
        return nil
    }

    /// Reads the sections from the newest back; an object keeps its newest entry.
    private func readCrossReferences(from start: Int) -> Bool {
        var next: Int? = start
        var seen = Set<Int>()
        while let offset = next, !seen.contains(offset), seen.count < PDFObjects.maximumSections {
            seen.insert(offset)
            guard let trailer = readSection(at: offset), trailer["Encrypt"] == nil else { return false }
            if root == nil { root = trailer["Root"] }
            if let hybrid = trailer["XRefStm"]?.numberValue, readSection(at: Int(hybrid)) == nil { return false }
            next = trailer["Prev"]?.numberValue.map(Int.init)
        }
        return !offsets.isEmpty || !compressed.isEmpty
    }

    /// One section, a table or a stream; its trailer dictionary.
    private func readSection(at offset: Int) -> [String: PDFValue]? {
        guard offset >= 0, offset < bytes.count else { return nil }
        var lexer = PDFLexer(bytes[offset...])
        if lexer.value() == .keyword("xref") { return readTable(&lexer) }
        guard let stream = objectAt(offset), let dictionary = stream.value.dictionaryEntries,
            dictionary["Type"] == .name("XRef"), let data = stream.decoded(limit: PDFObjects.maximumStreamBytes)
        else { return nil }
        let widths = (dictionary["W"]?.arrayItems ?? []).compactMap { $0.numberValue.map(Int.init) }
        guard widths.count == 3, widths.allSatisfy({ (0...8).contains($0) }), let size = dictionary["Size"]?.numberValue else {
            return nil
        }
        let index = (dictionary["Index"]?.arrayItems ?? [.number(0), .number(size)]).compactMap { $0.numberValue.map(Int.init) }
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

    private func readTable(_ lexer: inout PDFLexer) -> [String: PDFValue]? {
        while true {
            switch lexer.value() {
            case .keyword("trailer")?:
                return lexer.value()?.dictionaryEntries
            case .number(let first)?:
                guard case .number(let count)? = lexer.value(), count >= 0, count < 10_000_000 else { return nil }
                for number in Int(first)..<(Int(first) + Int(count)) {
                    guard case .number(let offset)? = lexer.value(), case .number? = lexer.value(),
                        case .keyword(let kind)? = lexer.value()
                    else { return nil }
                    if kind == "n", offsets[number] == nil, compressed[number] == nil, offset > 0 { offsets[number] = Int(offset) }
                }
            default:
                return nil
            }
        }
    }

    // MARK: Objects

    /// `N G obj` and the object after it; nil when the object there is not `number`.
    private func objectAt(_ offset: Int, number: Int? = nil) -> PDFObject? {
        guard offset >= 0, offset < bytes.count else { return nil }
        var lexer = PDFLexer(bytes[offset...])
        guard case .number(let found)? = lexer.value(), number.map({ Double($0) == found }) ?? true, case .number? = lexer.value(),
            lexer.value() == .keyword("obj")
        else { return nil }
        let start = lexer.index
        let end = PDFSyntax.find(Array("endobj".utf8), in: bytes[start...]) ?? bytes.count
        return PDFObject(body: bytes[start..<end])
    }

    private func objectInStream(_ stream: Int, index: Int) -> PDFValue? {
        guard compressed[stream] == nil, let container = object(stream),
            let data = container.decoded(limit: PDFObjects.maximumStreamBytes),
            let count = container.value["N"]?.numberValue.map(Int.init),
            let first = container.value["First"]?.numberValue.map(Int.init), index >= 0, index < count, first >= 0,
            first < data.count
        else { return nil }
        var header = PDFLexer(data[...])
        var offset = 0
        for _ in 0...index {
            guard case .number? = header.value(), case .number(let at)? = header.value() else { return nil }
            offset = Int(at)
        }
        guard first + offset >= 0, first + offset < data.count else { return nil }
        var reader = PDFLexer(data[(first + offset)...])
        return reader.value()
    }

    // MARK: Pages

    /// Page `index`'s content streams decoded and joined; nil when the page is beyond this
    /// reader or a stream cannot be decoded. The last page's are kept: the drawing count, the
    /// look for hidden text and the table rules each read the page being read, and inflating
    /// its streams once serves all three.
    func contents(ofPageAt index: Int) -> [UInt8]? {
        if let last = lastContents, last.index == index { return last.bytes }
        let bytes = pages.indices.contains(index) ? contents(ofPage: pages[index]) : nil
        lastContents = (index, bytes)
        return bytes
    }

    private var lastContents: (index: Int, bytes: [UInt8]?)?

    private func contents(ofPage page: [String: PDFValue]) -> [UInt8]? {
        var contents: [UInt8] = []
        let value = page["Contents"]
        for part in value?.arrayItems ?? [value].compactMap({ $0 }) {
            guard let data = object(for: part)?.decoded(limit: PDFObjects.maximumStreamBytes) else { return nil }
            contents += data
            contents.append(0x0A)
        }
        return contents
    }

    private func collectPages() -> [[String: PDFValue]] {
        var pages: [[String: PDFValue]] = []
        var visited = Set<Int>()
        func walk(_ node: PDFValue?, inherited: [String: PDFValue], depth: Int) {
            guard depth < 32 else { return }
            if let number = node?.referenceNumber {
                guard !visited.contains(number) else { return }
                visited.insert(number)
            }
            guard let dictionary = resolve(node)?.dictionaryEntries else { return }
            var attributes = inherited
            for key in ["Resources", "MediaBox", "CropBox", "Rotate"] where dictionary[key] != nil {
                attributes[key] = dictionary[key]
            }
            if let kids = resolve(dictionary["Kids"])?.arrayItems {
                for kid in kids { walk(kid, inherited: attributes, depth: depth + 1) }
            } else {
                pages.append(dictionary.merging(attributes) { _, inherited in inherited })
            }
        }
        walk(resolve(root)?["Pages"], inherited: [:], depth: 0)
        return pages
    }
}
