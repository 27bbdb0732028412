struct PDFRect: Sendable, Hashable {
    var x1: Double, y1: Double, x2: Double, y2: Double
    var area: Double { max(0, x2 - x1) * max(0, y2 - y1) }
}
