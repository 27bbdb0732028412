/// What drawing a page asks of poppler, counted from its content streams before poppler
/// runs them: poppler's rendering and text extraction cannot be interrupted, and a few
/// kilobytes of form XObjects that each draw the next ten times (nine deep: 10⁹ fills) keep
/// it busy for minutes. A form's operators are counted once (memoised by object) and
/// multiplied by its uses, so counting is linear in the file, not in the drawing. Inline
/// images (`BI /W … /H … ID`) are seen here too, inside compressed streams and forms, where
/// `DeclaredImageSize`'s look at the raw bytes cannot find them.
final class DrawingCost {
    /// Operators a page may run, forms expanded: a page of dense tables runs a few hundred
    /// thousand; poppler runs some ten million a second, so this bounds a page to seconds.
    static let maximumOperators = 50_000_000

    struct Tally {
        /// Operators run, forms expanded; past `maximumOperators` counting stops (a bound, not the count).
        var operators = 0
        /// The inline image with the most pixels.
        var largestInlineImage: (width: Int, height: Int)?

        var tooMany: Bool { operators > DrawingCost.maximumOperators }

        /// A form drawn once more; the sum stops just past the bound, so it cannot overflow.
        mutating func add(_ other: Tally) {
            operators = min(operators + other.operators, DrawingCost.maximumOperators + 1)
            if let image = other.largestInlineImage { consider(image) }
        }

        mutating func consider(_ image: (width: Int, height: Int)) {
            if largestInlineImage.map({ $0.width * $0.height < image.width * image.height }) ?? true { largestInlineImage = image }
        }
    }

    private let objects: PDFObjects
    /// Each form's own tally, by object number.
    private var forms: [Int: Tally] = [:]
    /// Forms being counted: a form that draws itself is drawn once (poppler stops the loop too).
    private var counting = Set<Int>()

    init(objects: PDFObjects) {
        self.objects = objects
    }

    /// The tally of page `index`, nil when the page is beyond this reader. A page without
    /// form XObjects and without inline images is not lexed: its streams alone are bounded
    /// by `PDFObjects.maximumStreamBytes`.
    func tally(ofPage index: Int) -> Tally? {
        let pages = objects.pages
        guard pages.indices.contains(index), let contents = objects.contents(ofPageAt: index) else { return nil }
        let resources = objects.resolve(pages[index]["Resources"])?.dictionaryEntries ?? [:]
        var probe = PDFLexer(contents[...])
        guard hasForms(resources) || probe.skip(past: DrawingCost.inlineImage) else { return Tally() }
        return tally(of: contents, resources: resources)
    }

    private static let inlineImage = Array("BI".utf8)

    private func hasForms(_ resources: [String: PDFValue]) -> Bool {
        let xObjects = objects.resolve(resources["XObject"])?.dictionaryEntries ?? [:]
        return xObjects.values.contains { objects.object(for: $0)?.value["Subtype"] == .name("Form") }
    }

    private func tally(of contents: [UInt8], resources: [String: PDFValue]) -> Tally {
        var tally = Tally()
        var lexer = PDFLexer(contents[...])
        var last: PDFValue?
        while !tally.tooMany, let value = lexer.value() {
            guard case .keyword(let op) = value else {
                last = value
                continue
            }
            tally.operators += 1
            switch op {
            case "Do":
                if case .name(let name)? = last, let form = form(name, resources) { tally.add(form) }
            case "BI":
                if let image = inlineImage(&lexer) { tally.consider(image) }
                guard lexer.skip(past: Array("EI".utf8)) else { return tally }
            default: break
            }
            last = nil
        }
        return tally
    }

    /// The tally of the form XObject `name` names, counted the first time it is drawn.
    private func form(_ name: String, _ resources: [String: PDFValue]) -> Tally? {
        let xObjects = objects.resolve(resources["XObject"])?.dictionaryEntries ?? [:]
        guard let number = xObjects[name]?.referenceNumber else { return nil }
        if let known = forms[number] { return known }
        guard !counting.contains(number), let form = objects.object(number), form.value["Subtype"] == .name("Form"),
            let contents = form.decoded(limit: PDFObjects.maximumStreamBytes)
        else { return nil }
        counting.insert(number)
        defer { counting.remove(number) }
        let own = objects.resolve(form.value["Resources"])?.dictionaryEntries ?? resources
        let tally = tally(of: contents, resources: own)
        forms[number] = tally
        return tally
    }

    /// The size an inline image's dictionary declares, read up to its "ID".
    private func inlineImage(_ lexer: inout PDFLexer) -> (width: Int, height: Int)? {
        var entries: [String: Double] = [:]
        var key: String?
        for _ in 0..<64 {
            guard let value = lexer.value(), value != .keyword("ID") else { break }
            if let name = key {
                entries[name] = value.numberValue
                key = nil
            } else {
                key = value.nameValue
            }
        }
        guard let width = entries["W"] ?? entries["Width"], let height = entries["H"] ?? entries["Height"],
            width.isFinite, height.isFinite
        else { return nil }
        // Clamped: a hostile size may be negative or past what an Int holds.
        let largest = Double(1 << 31)
        return (Int(min(max(width, 0), largest)), Int(min(max(height, 0), largest)))
    }
}
