/// RFC 4180 records: a line break inside quotes belongs to the field, not the record.
enum CSVRecords {
    static func split(_ text: String) -> [String] {
        var records: [String] = []
        var current = ""
        var quoted = false
        var previousWasCR = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted && (character == "\n" || character == "\r\n" || character == "\r") {
                if !(previousWasCR && character == "\n") { records.append(current) }
                current = ""
                previousWasCR = character == "\r"
                continue
            }
            previousWasCR = false
            current.append(character)
        }
        if !current.isEmpty { records.append(current) }
        return records
    }
}
