import DocumentModel

/// Where a block stands: the dotted path of its section and the title of that section.
struct SectionPlace: Sendable, Hashable {
    var path: String
    var title: String
    /// The section or one that holds it sets tasks for the next period ("IV. NHIỆM VỤ NĂM 2025").
    var plan = false
}

/// Follows the headings of a document. Uses the path Structure gave each block when there is
/// one, and works it out from heading levels and labels otherwise (documents loaded from
/// elsewhere carry no paths).
struct SectionTracker {
    private var open: [(level: HeadingLevel, label: String, title: String)] = []
    private var titles: [String: String] = [:]

    private var inPlan: Bool { open.contains { ListGrammar.isPlanTitle($0.title) } }

    mutating func place(of block: Block) -> SectionPlace {
        if block.kind == .heading, let level = block.level {
            open.removeAll { $0.level >= level }
            open.append((level, block.label ?? "", block.text))
            let path = block.section.isEmpty ? computedPath : block.section
            titles[path] = block.text
            return SectionPlace(path: path, title: block.text, plan: inPlan)
        }
        let path = block.section.isEmpty ? computedPath : block.section
        return SectionPlace(path: path, title: titles[path] ?? open.last?.title ?? "", plan: inPlan)
    }

    /// "III.4.2" from the open headings; parts ("Phần thứ nhất") stay out of the path, and a label
    /// that already repeats its parent ("4.2" under "4") replaces it.
    private var computedPath: String {
        var components: [String] = []
        for heading in open where heading.level > .part && !heading.label.isEmpty {
            let parts = heading.label.split(separator: ".").map(String.init)
            if parts.count > 1, let last = components.last, parts.first == last {
                components.removeLast()
            }
            components.append(heading.label)
        }
        return components.joined(separator: ".")
    }
}
