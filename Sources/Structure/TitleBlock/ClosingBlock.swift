/// The closing block of a report: "Trên đây là báo cáo…", "Nơi nhận:", the list of
/// recipients and the signature ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", the name).
enum ClosingBlock {
    static let openers = ["Nơi nhận", "TM.", "TM ", "T/M", "KT.", "KT ", "Trên đây là", "Trên đây là"]

    static func startsClosing(_ text: String) -> Bool {
        openers.contains { text.hasPrefix($0) }
    }
}
