/// Where a document's closing begins: "Nơi nhận:", an authority line ("TM. CHÍNH PHỦ"),
/// "Trên đây là…", or a signer's title in capitals with a name under it ("CHỦ TỊCH QUỐC HỘI").
enum SignatureBlock {
    /// Blocks after a title line in which the name is looked for.
    static let nameReach = 3

    static func starts(_ raw: [RawBlock], at index: Int) -> Bool {
        let text = raw[index].text
        if ClosingBlock.startsClosing(text) { return true }
        guard AuthorityLine.isTitle(text) else { return false }
        return raw[(index + 1)..<min(raw.count, index + 1 + nameReach)].contains { PersonName.name(in: $0.text) != nil }
    }
}
