/// A page's text as poppler gives it: the text in reading order, one box per Unicode scalar
/// and font runs over scalar offsets.
struct PageTextLayer {
    var text: String
    var boxes: [PDFRect]
    var runs: [PDFFontRun]

    /// The layer without the characters of the unseen shows among `shows` (all the page's text
    /// shows, from its content stream). poppler does not say which show a character came from,
    /// so each character is given to the show that starts last before it on its baseline.
    /// Line ends stay, so the lines around keep their places.
    func removingUnseen(_ shows: [TextShow]) -> PageTextLayer {
        let scalars = Array(text.unicodeScalars)
        guard shows.contains(where: { !$0.seen }), boxes.count == scalars.count else { return self }
        var kept = [Int](repeating: -1, count: scalars.count)
        var view = String.UnicodeScalarView()
        var keptBoxes: [PDFRect] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar != "\n", let show = Self.show(of: boxes[index], among: shows), !show.seen { continue }
            kept[index] = keptBoxes.count
            view.append(scalar)
            keptBoxes.append(boxes[index])
        }
        let keptRuns = runs.compactMap { run -> PDFFontRun? in
            let lower = max(0, run.start), upper = min(kept.count - 1, run.end)
            guard lower <= upper else { return nil }
            let inside = kept[lower...upper].filter { $0 >= 0 }
            guard let first = inside.first, let last = inside.last else { return nil }
            var run = run
            run.start = first
            run.end = last
            return run
        }
        return PageTextLayer(text: String(view), boxes: keptBoxes, runs: keptRuns)
    }

    /// The show that starts last at or before the character's left edge on a baseline inside
    /// the character's box (a little slack either way for rounding).
    private static func show(of box: PDFRect, among shows: [TextShow]) -> TextShow? {
        let slack = 0.5
        return shows.filter { show in
            show.x <= box.x1 + slack && show.y >= box.y1 - slack && show.y <= box.y2 + slack
        }.max { $0.x < $1.x }
    }
}

extension PageTextLayer {
    /// The layer with its TCVN3 text converted to Unicode, or nil when it holds none. A PDF
    /// typed in the ABC fonts (.VnTime) without a Unicode map gives its TCVN3 bytes as
    /// Windows-1252 characters ("Hµ Néi" for Hà Nội). The text in those fonts is converted,
    /// or, where no font name says TCVN3, the whole page; either only when it reads as TCVN3
    /// and not as the Unicode it is given in. Each byte is one letter, so boxes and font runs keep their places.
    /// Told once for a document with such pages.
    static let tcvn3Notice = "text layer converted from \(TextEncoding.tcvn3.rawValue) (ABC fonts such as .VnTime)"

    func convertingTCVN3() -> PageTextLayer? {
        let scalars = Array(text.unicodeScalars)
        var inLegacyFont = [Bool](repeating: false, count: scalars.count)
        for run in runs where TCVN3Table.isFontName(run.fontName) {
            let lower = max(0, run.start), upper = min(scalars.count - 1, run.end)
            guard lower <= upper else { continue }
            for index in lower...upper { inLegacyFont[index] = true }
        }
        var candidates = inLegacyFont
        if !candidates.contains(true) {
            candidates = [Bool](repeating: true, count: scalars.count)
        }
        // The bytes behind the candidates; the other characters stand in as ASCII of their case,
        // which is all the capitals rule looks at.
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            guard candidates[index] else {
                bytes.append(scalar.isASCII ? UInt8(scalar.value) : scalar.properties.isUppercase ? 0x41 : 0x61)
                continue
            }
            guard let byte = Self.tcvn3Byte(scalars, at: index) else { return nil }
            bytes.append(byte)
        }
        // The text must read as TCVN3, and not as the Unicode it is given in (a font of that
        // name may map its codes to Unicode after all).
        let sample = bytes.indices.filter { candidates[$0] }
        let reading = String(String.UnicodeScalarView(sample.map { scalars[$0] }))
        guard LegacyEncodingDetector.detect(sample.map { bytes[$0] }, unicodeReading: reading, unicodeIsValid: true) == .tcvn3
        else { return nil }
        let decoded = Array(TCVN3Table.decode(bytes[...]).unicodeScalars)
        guard decoded.count == scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        for index in scalars.indices { view.append(candidates[index] ? decoded[index] : scalars[index]) }
        return PageTextLayer(text: String(view), boxes: boxes, runs: runs)
    }

    /// The TCVN3 byte behind a character of a legacy font's text. Windows' font code page
    /// gives the byte back, but for 0xAD (ư), which poppler reads as the hyphen it is in
    /// Windows-1252: a hyphen between two lowercase letters ("n-íc") is that ư.
    private static func tcvn3Byte(_ scalars: [Unicode.Scalar], at index: Int) -> UInt8? {
        let scalar = scalars[index]
        if scalar == "-", index > 0, index + 1 < scalars.count,
            scalars[index - 1].properties.isLowercase, scalars[index + 1].properties.isLowercase {
            return 0xAD
        }
        return Windows1252.byte(scalar)
    }
}
