/// How finely table rules are looked for.
enum TableSettings {
    /// A text-layer page is rendered at one pixel per point: rules land within a point of where
    /// they are drawn, and finer rendering costs without changing a cell.
    static let renderDPI = 72.0
    /// Rules of a rendered page this close (points) meet, or are one rule.
    static let renderedSlack = 2.0
    /// Rules of a scan this close (points) meet, or are one rule: print spreads, scanning blurs.
    static let scannedSlack = 3.0
}
