import Foundation

/// A JSON value whose object keys keep the order they were given in, so the document
/// file reads in schema order ("schema", "source", "title", "blocks", …); Foundation's
/// encoder on Linux does not keep it.
enum OrderedJSON {
    case object([(String, OrderedJSON)])
    case array([OrderedJSON])
    case string(String)
    case int(Int)
    case double(Double)
    /// A number with more digits than a Double holds, written digit for digit.
    case decimal(Decimal)
    case bool(Bool)
    case null

    /// Pretty-printed with two-space indentation.
    func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return out += "{}" }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1) + OrderedJSON.quoted(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        case .array(let items):
            guard !items.isEmpty else { return out += "[]" }
            if items.allSatisfy(\.isScalar), items.count <= 4 {
                out += "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(into: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .string(let text): out += OrderedJSON.quoted(text)
        case .int(let value): out += String(value)
        case .double(let value): out += OrderedJSON.number(value)
        case .decimal(let value): out += "\(value)"
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }

    /// Whole numbers without a fraction ("3547"), others as Swift prints them shortest.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func quoted(_ text: String) -> String {
        // Nearly every string needs no escape: one pass over its bytes says so (UTF-8 bytes of
        // scalars above ASCII are all ≥ 0x80, so only ASCII bytes can need one).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
