import Foundation
import VietnameseText

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
        return replaced.isEmpty ? nil : shortened(String(replaced))
    }

    /// The most bytes of a name's part before its extensions: what a clash adds
    /// (".pdf-0a1b2c3d") and the longest format's extension (".pages.json") still fit in
    /// the 255 bytes a file name may have.
    static let longestStem = 200

    /// A longer part is cut on a character boundary, with a hash of the whole so two long
    /// names alike at the start stay apart.
    private static func shortened(_ name: String) -> String {
        guard name.utf8.count > longestStem else { return name }
        var kept = ""
        for character in name {
            guard kept.utf8.count + character.utf8.count <= longestStem - 9 else { break }
            kept.append(character)
        }
        return kept + "-" + String(String(FNV1a.hash(name), radix: 16).suffix(8))
    }

    /// A path found under an input directory, kept relative so the archive's layout is
    /// mirrored; every component is cleaned as a base name, so ".." cannot climb out.
    public static func relativeName(for relative: String) -> String {
        var components = (relative as NSString).pathComponents.filter { $0 != "/" && $0 != "." }
        guard let last = components.popLast() else { return "document" }
        let folders = components.map { cleaned($0) ?? "_" }
        return (folders + [baseName(for: last)]).joined(separator: "/")
    }

    /// The run's output names, whatever the order of the arguments and the same in every
    /// run. An input is named after its file without the extension ("r.pdf" → "r.json")
    /// unless that would write a file another input also wants, or one an earlier run wrote
    /// for another input, or an input itself; then the extension is kept ("r.pdf.json",
    /// "r.txt.json"), and should that clash too, a hash of the input's full path is added
    /// ("r.txt-0a1b2c3d.json"). An input the manifest already names keeps its name.
    /// - Parameters:
    ///   - extensions: the file extensions of the formats written ("json", "body.txt").
    ///   - earlier: files in the output directory, relative to it, by the input (its `key`) they belong to.
    ///   - named: output names the manifest records, by input key.
    ///   - occupied: files in the output directory no output may replace (inputs lying there).
    public static func assign(
        _ inputs: [BatchInput], extensions: [String], earlier: [String: [String]] = [:], named: [String: String] = [:],
        occupied: Set<String> = []
    ) -> [BatchInput] {
        var ownerOf: [String: Set<String>] = [:]
        for (key, files) in earlier {
            for file in files { ownerOf[file, default: []].insert(key) }
        }
        for file in occupied { ownerOf[file, default: []].insert("") }
        let keys = inputs.map(\.key)
        var levels = keys.map { named[$0] == nil ? 0 : -1 }
        func name(_ index: Int) -> String {
            candidate(inputs[index], level: levels[index], named: named[keys[index]])
        }
        func files(_ index: Int) -> [String] { extensions.map { "\(name(index)).\($0)" } }
        // Each round moves every input in a contest one step along; three steps at most.
        while true {
            var claims = ownerOf
            for index in inputs.indices {
                for file in files(index) { claims[file, default: []].insert(keys[index]) }
            }
            let contested = inputs.indices.filter { index in
                levels[index] < 2 && files(index).contains { claims[$0, default: []].count > 1 }
            }
            if contested.isEmpty { break }
            for index in contested { levels[index] += 1 }
        }
        // Two full-path hashes alike, or a hashed name taken: numbered in the order of the paths.
        var result = inputs
        var assigned = Set<String>()
        for index in inputs.indices.sorted(by: { keys[$0] < keys[$1] }) {
            func blocked(_ file: String) -> Bool {
                assigned.contains(file) || !(ownerOf[file, default: []].subtracting([keys[index]]).isEmpty)
            }
            var chosen = name(index)
            var number = 1
            while extensions.contains(where: { blocked("\(chosen).\($0)") }) {
                number += 1
                chosen = "\(name(index))-\(number)"
            }
            for ext in extensions { assigned.insert("\(chosen).\(ext)") }
            result[index].outputName = chosen
        }
        return result
    }

    /// Level -1: the manifest's name; 0: without the extension; 1: with it; 2: with a hash of the path.
    private static func candidate(_ input: BatchInput, level: Int, named: String?) -> String {
        if level < 0, let named { return named }
        let plain = input.outputName
        guard level > 0 else { return plain }
        let withExtension = cleaned((input.path as NSString).pathExtension).map { "\(plain).\($0)" } ?? plain
        guard level > 1 else { return withExtension }
        return withExtension + "-" + String(String(FNV1a.hash(input.key), radix: 16).suffix(8))
    }
}
