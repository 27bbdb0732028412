import Foundation

/// Output file names: the input's name without its extension, reduced to characters that
/// cannot climb out of the output directory or hide the file.
public enum OutputNaming {
    public static func baseName(for input: String) -> String {
        let name = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        return cleaned(name) ?? "document"
    }

    /// One path component with separators and NULs replaced and leading dots dropped (no
    /// "..", no hidden files); nil when nothing is left.
    static func cleaned(_ component: String) -> String? {
        let replaced = String(component.map { "/\\\0".contains($0) ? "_" : $0 }).drop { $0 == "." }
        return replaced.isEmpty ? nil : String(replaced)
    }

    /// A path found under an input directory, kept relative so the archive's layout is
    /// mirrored; every component is cleaned as a base name, so ".." cannot climb out.
    public static func relativeName(for relative: String) -> String {
        var components = (relative as NSString).pathComponents.filter { $0 != "/" && $0 != "." }
        guard let last = components.popLast() else { return "document" }
        let folders = components.map { cleaned($0) ?? "_" }
        return (folders + [baseName(for: last)]).joined(separator: "/")
    }

    /// Two inputs whose outputs would share a name ("a/r.pdf" and "b/r.pdf" named on the
    /// command line) get "-2", "-3"… in input order.
    public static func disambiguated(_ inputs: [BatchInput]) -> [BatchInput] {
        var used: [String: Int] = [:]
        return inputs.map { input in
            var input = input
            let count = used[input.outputName, default: 0] + 1
            used[input.outputName] = count
            if count > 1 { input.outputName += "-\(count)" }
            return input
        }
    }
}
