/// Figures are read from the structured document, which only a structure stage produces.
struct NoStructureStage: Error, CustomStringConvertible {
    var description: String { "figures need the structured document, and no structure stage is set up" }
}
