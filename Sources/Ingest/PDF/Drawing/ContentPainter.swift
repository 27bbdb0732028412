/// Runs content-stream operators, keeping what makes straight lines, where text is shown
/// (and whether it is seen) and where pictures are drawn.
struct ContentPainter {
    let objects: PDFObjects
    let originX: Double, top: Double
    var rules: [RuleSegment] = []
    /// Every text-showing operator's starting point, in page space.
    var textShows: [TextShow] = []
    /// The boxes images are drawn in (XObjects and inline images), in page space.
    var pictures: [PDFRect] = []
    private var operations = 0
    /// The text matrix and the start of its line, set anew by every `BT`.
    private var textMatrix = Affine(), lineMatrix = Affine()

    init(objects: PDFObjects, originX: Double, top: Double) {
        self.objects = objects
        self.originX = originX
        self.top = top
    }

    /// Operators read in all, at most: a page of tables has thousands.
    static let maximumOperations = 2_000_000
    static let maximumFormDepth = 8

    mutating func run(_ contents: [UInt8], resources: [String: PDFValue], state initial: GraphicsState, depth: Int) {
        var lexer = PDFLexer(contents[...])
        var state = initial
        var saved: [GraphicsState] = []
        var operands: [PDFValue] = []
        // The path being built: its subpaths' points in page space, and whether each is closed.
        var subpaths: [(points: [(Double, Double)], closed: Bool)] = []
        func number(_ index: Int) -> Double {
            index < operands.count ? operands[index].numberValue ?? 0 : 0
        }
        while operations < ContentPainter.maximumOperations, let value = lexer.value() {
            guard case .keyword(let op) = value else {
                operands.append(value)
                if operands.count > 64 { operands.removeFirst() }
                continue
            }
            operations += 1
            let point = { (x: Double, y: Double) in state.transform.apply(x, y) }
            switch op {
            case "q": if saved.count < 64 { saved.append(state) }
            case "Q": if let last = saved.popLast() { state = last }
            case "cm" where operands.count >= 6:
                let matrix = Affine(a: number(0), b: number(1), c: number(2), d: number(3), e: number(4), f: number(5))
                state.transform = matrix.then(state.transform)
            case "w": state.lineWidth = number(0)
            case "m": subpaths.append(([point(number(0), number(1))], false))
            case "l", "c", "v", "y":
                // A curve is kept as the chord to its end: only straight subpaths make rules.
                let end = op == "l" ? 0 : op == "c" ? 4 : 2
                let to = point(number(end), number(end + 1))
                if subpaths.isEmpty { subpaths.append(([to], false)) } else { subpaths[subpaths.count - 1].points.append(to) }
                if op != "l", !subpaths.isEmpty { subpaths[subpaths.count - 1].closed = true }
            case "h": if !subpaths.isEmpty { subpaths[subpaths.count - 1].closed = true }
            case "re":
                let x = number(0), y = number(1), w = number(2), h = number(3)
                subpaths.append(([point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h)], true))
            case "S", "s", "B", "B*", "b", "b*", "f", "F", "f*":
                let strokes = ["S", "s", "B", "B*", "b", "b*"].contains(op), fills = op != "S" && op != "s"
                if strokes, state.strokeVisible {
                    let thickness = max(0.1, state.lineWidth * state.transform.scale)
                    for subpath in subpaths {
                        let points = subpath.points
                        for index in points.indices.dropLast() { stroke(points[index], points[index + 1], thickness: thickness) }
                        if subpath.closed || op == "s" || op == "b" || op == "b*", let first = points.first, let last = points.last {
                            stroke(last, first, thickness: thickness)
                        }
                    }
                }
                if fills, state.fillVisible { subpaths.forEach { fill($0.points) } }
                subpaths.removeAll(keepingCapacity: true)
            case "n":
                subpaths.removeAll(keepingCapacity: true)
            case "G", "RG", "K": state.strokeVisible = ContentPainter.visible(operands, cmyk: op == "K")
            case "g", "rg", "k": state.fillVisible = ContentPainter.visible(operands, cmyk: op == "k")
            case "SC", "SCN": state.strokeVisible = ContentPainter.visible(operands, cmyk: operands.count == 4)
            case "sc", "scn": state.fillVisible = ContentPainter.visible(operands, cmyk: operands.count == 4)
            case "CS": state.strokeVisible = true
            case "cs": state.fillVisible = true
            case "Do":
                if depth < ContentPainter.maximumFormDepth, case .name(let name)? = operands.last { drawForm(name, resources, state, depth) }
            case "BI":
                // An inline image: its data is binary up to "EI".
                picture(state.transform)
                if !lexer.skip(past: Array("EI".utf8)) { return }
            case "BT":
                textMatrix = Affine()
                lineMatrix = Affine()
            case "Tr": state.textRender = Int(number(0))
            case "Tf": state.fontSize = number(1)
            case "TL": state.leading = number(0)
            case "Td", "TD":
                if op == "TD" { state.leading = -number(1) }
                nextLine(Affine(e: number(0), f: number(1)))
            case "Tm" where operands.count >= 6:
                lineMatrix = Affine(a: number(0), b: number(1), c: number(2), d: number(3), e: number(4), f: number(5))
                textMatrix = lineMatrix
            case "T*": nextLine(Affine(f: -state.leading))
            case "Tj", "TJ", "'", "\"":
                if op == "'" || op == "\"" { nextLine(Affine(f: -state.leading)) }
                show(state)
            default: break
            }
            operands.removeAll(keepingCapacity: true)
        }
    }

    private mutating func nextLine(_ offset: Affine) {
        lineMatrix = offset.then(lineMatrix)
        textMatrix = lineMatrix
    }

    /// Text shown from the text matrix's origin. Where it ends is the font's business (no
    /// font is loaded here); the next positioning operator starts a show of its own.
    private mutating func show(_ state: GraphicsState) {
        let matrix = textMatrix.then(state.transform)
        let (x, y) = matrix.apply(0, 0)
        textShows.append(TextShow(
            x: x - originX, y: top - y, size: abs(state.fontSize) * matrix.scale,
            seen: !ContentPainter.unseenRenderModes.contains(state.textRender)))
    }

    /// `3 Tr` draws text neither filled nor stroked (OCR layers over scans use it), `7 Tr` only
    /// adds it to the clipping path.
    static let unseenRenderModes: Set<Int> = [3, 7]

    /// Whether `contents` sets an unseen render mode: "3 Tr" or "7 Tr" as tokens. A look at the
    /// bytes, without lexing; a form drawn by the page is not looked into.
    static func mayHideText(_ contents: [UInt8]) -> Bool {
        let modes = Set(unseenRenderModes.compactMap { String($0).utf8.first })
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0 }
        return contents.withUnsafeBufferPointer { bytes in
            var index = 1
            while index + 1 < bytes.count {
                defer { index += 1 }
                guard bytes[index] == 0x54, bytes[index + 1] == 0x72 else { continue }  // "Tr"
                var before = index - 1
                while before > 0, isSpace(bytes[before]) { before -= 1 }
                guard before < index - 1, modes.contains(bytes[before]) else { continue }
                if before == 0 || !(0x30...0x39).contains(bytes[before - 1]) && bytes[before - 1] != 0x2E { return true }
            }
            return false
        }
    }

    /// An image fills the unit square of the current transform.
    private mutating func picture(_ transform: Affine) {
        let corners = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)].map { transform.apply($0.0, $0.1) }
        let xs = corners.map { $0.x - originX }, ys = corners.map { top - $0.y }
        guard let left = xs.min(), let right = xs.max(), let upper = ys.min(), let lower = ys.max() else { return }
        pictures.append(PDFRect(x1: left, y1: upper, x2: right, y2: lower))
    }

    private mutating func drawForm(_ name: String, _ resources: [String: PDFValue], _ state: GraphicsState, _ depth: Int) {
        let xObjects = objects.resolve(resources["XObject"])?.dictionaryEntries ?? [:]
        guard let object = objects.object(for: xObjects[name]) else { return }
        if object.value["Subtype"] == .name("Image") {
            picture(state.transform)
            return
        }
        guard object.value["Subtype"] == .name("Form"), let contents = object.decoded(limit: PDFObjects.maximumStreamBytes)
        else { return }
        var inner = state
        let matrix = (objects.resolve(object.value["Matrix"])?.arrayItems ?? []).compactMap { objects.resolve($0)?.numberValue }
        if matrix.count == 6 {
            inner.transform = Affine(a: matrix[0], b: matrix[1], c: matrix[2], d: matrix[3], e: matrix[4], f: matrix[5])
                .then(state.transform)
        }
        let own = objects.resolve(object.value["Resources"])?.dictionaryEntries ?? resources
        run(contents, resources: own, state: inner, depth: depth + 1)
    }

    /// A straight stroke along one axis becomes a rule (page space: y grows downward).
    private mutating func stroke(_ a: (Double, Double), _ b: (Double, Double), thickness: Double) {
        let (x1, y1) = (a.0 - originX, top - a.1), (x2, y2) = (b.0 - originX, top - b.1)
        if abs(y1 - y2) <= 0.5, abs(x1 - x2) >= 1 {
            rules.append(RuleSegment(axis: .horizontal, position: (y1 + y2) / 2, start: min(x1, x2), end: max(x1, x2), thickness: thickness))
        } else if abs(x1 - x2) <= 0.5, abs(y1 - y2) >= 1 {
            rules.append(RuleSegment(axis: .vertical, position: (x1 + x2) / 2, start: min(y1, y2), end: max(y1, y2), thickness: thickness))
        }
    }

    /// A filled rectangle (drawn with `re`, or as four corners and back) thin in one
    /// direction is a rule drawn as a bar.
    private mutating func fill(_ corners: [(Double, Double)]) {
        let xs = corners.map { $0.0 - originX }, ys = corners.map { top - $0.1 }
        guard (4...5).contains(corners.count), let left = xs.min(), let right = xs.max(), let upper = ys.min(),
            let lower = ys.max()
        else { return }
        // Every corner on the outline's corners: a rectangle along the axes.
        let onCorners = zip(xs, ys).allSatisfy { x, y in
            (abs(x - left) < 0.01 || abs(x - right) < 0.01) && (abs(y - upper) < 0.01 || abs(y - lower) < 0.01)
        }
        guard onCorners else { return }
        let width = right - left, height = lower - upper
        if height <= ContentPainter.thickestBar, width >= 2 * max(height, 1) {
            rules.append(RuleSegment(axis: .horizontal, position: (upper + lower) / 2, start: left, end: right, thickness: height))
        } else if width <= ContentPainter.thickestBar, height >= 2 * max(width, 1) {
            rules.append(RuleSegment(axis: .vertical, position: (left + right) / 2, start: upper, end: lower, thickness: width))
        }
    }

    /// Bars thicker than this (points) are shading or a box, not a rule.
    static let thickestBar = 3.0

    /// A colour set by its operands: white in gray or RGB, or no ink at all in CMYK, draws
    /// nothing visible.
    static func visible(_ operands: [PDFValue], cmyk: Bool) -> Bool {
        let values = operands.compactMap(\.numberValue)
        guard !values.isEmpty else { return true }
        return cmyk ? values.contains { $0 > 0.05 } : values.contains { $0 < 0.9 }
    }
}
