/// Numbers in words in a section's heading: "1. Hai mươi cuộc tiếp xúc cử tri", "III. BẢY NHIỆM
/// VỤ TRỌNG TÂM". A heading written as a noun phrase names its section; a number in words there
/// is part of that name, not a count the report gives (the body gives it, in digits or in words).
/// A heading that is itself a sentence, with a verb of its own before or after the count
/// ("2. Huyện đã giải quyết mười hai vụ việc khiếu nại"), states a figure and keeps it. Digits
/// in a heading stay figures, as the gold of the news sets has them (a headline's "hơn 3.100
/// lượt").
enum TitleNumbers {
    static func mark(_ readings: inout [Reading]) {
        for position in readings.indices where isTitle(readings[position]) {
            readings[position].mention.notACount = .title
        }
    }

    static func isTitle(_ reading: Reading) -> Bool {
        reading.mention.inWords && reading.verbDistance == nil
    }
}
