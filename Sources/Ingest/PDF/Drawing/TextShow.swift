/// Where one text-showing operator (`Tj`, `TJ`, `'`, `"`) starts, in points from the page's
/// top-left corner (on the baseline), its size there, and whether its render mode shows it.
struct TextShow: Sendable, Equatable {
    var x: Double, y: Double
    var size: Double
    var seen: Bool
}
