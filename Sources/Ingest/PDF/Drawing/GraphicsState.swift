/// What the painter keeps of the graphics state.
struct GraphicsState: Sendable {
    var transform = Affine()
    var lineWidth = 1.0
    /// White strokes and fills draw nothing a reader sees.
    var strokeVisible = true
    var fillVisible = true
}
