/// What the painter keeps of the graphics state.
struct GraphicsState: Sendable {
    var transform = Affine()
    var lineWidth = 1.0
    /// White strokes and fills draw nothing a reader sees.
    var strokeVisible = true
    var fillVisible = true
    /// The text state that outlives `BT`…`ET`: render mode (`Tr`), size (`Tf`), leading (`TL`).
    var textRender = 0
    var fontSize = 0.0
    var leading = 0.0
}
