/// The "Nơi nhận:" list: one item per dash, wrapped items joined, dashes and end
/// punctuation removed ("- Sở Nội vụ;" → "Sở Nội vụ").
enum RecipientList {
    static func isLabel(_ text: String) -> Bool {
        TextKey.hasPrefix(text, DocumentVocabulary.recipientsLabel)
    }

    /// The items of the lines after the label, up to the first line that is none of them.
    static func items(_ lines: [String]) -> [String] {
        var items: [String] = []
        var open = false
        for line in lines {
            if let first = line.first, ItemMarker.markers.contains(first) {
                let item = String(line.dropFirst()).trimmingWhitespace()
                items.append(item)
                open = !Punctuation.endsSentence(item)
            } else if isArchive(line) {
                // The archive copy closes the list, its dash lost to a scan now and then.
                items.append(line)
                open = false
            } else if open, !AuthorityLine.hasPrefix(line), !AuthorityLine.isTitle(line), PersonName.name(in: line) == nil,
                let last = items.popLast()
            {
                items.append(last + " " + line)
                open = !Punctuation.endsSentence(line)
            } else {
                break
            }
        }
        return items.map(cleaned).filter { !$0.isEmpty }
    }

    /// "Lưu: VT, NN", "Lưu VT": the archive copy.
    static func isArchive(_ line: String) -> Bool {
        DocumentVocabulary.archiveLabels.contains { label in
            guard line.hasPrefix(label) else { return false }
            let rest = line.dropFirst(label.count)
            // "Lưu: VT", or "Lưu VT" with the office's capitals; "Lưu trữ …" is a sentence.
            return rest.first.map { ":;,".contains($0) } == true
                || (rest.first == " " && rest.dropFirst().first?.isUppercase == true)
        }
    }

    /// Without end punctuation; the archive copy's "Lưu; VT" (an OCR'd colon) as "Lưu: VT".
    static func cleaned(_ item: String) -> String {
        var text = item.trimming(" ;,.")
        for label in DocumentVocabulary.archiveLabels where text.hasPrefix(label + ";") || text.hasPrefix(label + ",") {
            text = label + ":" + text.dropFirst(label.count + 1)
        }
        return text
    }
}
