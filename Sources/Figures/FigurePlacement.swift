import DocumentModel

/// Puts a block's figures on the page, in the order they were read: each figure's `raw` is
/// looked for in the block's layout after the previous figure's, so "12 đơn" said twice is
/// put where each was said.
struct FigurePlacement {
    let layout: TextLayout?
    private var cursor = 0

    init(layout: TextLayout?) {
        self.layout = layout
    }

    mutating func placed(_ figure: Figure) -> Figure {
        guard let layout else { return figure }
        // A figure the text changed on its way (a call mark taken out) may be found only before
        // the cursor: it is put there without moving the cursor.
        guard let found = layout.find(figure.raw, from: cursor) ?? layout.find(figure.raw) else { return figure }
        if found.end > cursor { cursor = found.end }
        var figure = figure
        figure.box = found.box
        return figure
    }
}
