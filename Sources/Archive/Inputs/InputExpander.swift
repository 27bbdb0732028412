import Foundation

/// Turns command-line arguments into documents: files as they are, directories walked
/// recursively (their layout mirrored under the output directory), globs expanded. Each
/// input is named after its file; `OutputNaming.assign` settles the names that clash.
public enum InputExpander {
    /// Extensions taken from directories; files named explicitly may be anything.
    public static let documentExtensions: Set<String> = ["pdf", "png", "jpg", "jpeg", "tif", "tiff", "txt", "md"]

    public struct Expansion: Sendable {
        public var inputs: [BatchInput] = []
        /// Arguments that named nothing, with the reason.
        public var problems: [(argument: String, reason: String)] = []
    }

    public static func expand(_ arguments: [String]) -> Expansion {
        var expansion = Expansion()
        var seen = Set<String>()
        func add(_ path: String, name: String) {
            guard seen.insert(BatchInput.key(path)).inserted else { return }
            expansion.inputs.append(BatchInput(path: path, outputName: name))
        }
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    let files = documents(under: argument)
                    if files.isEmpty { expansion.problems.append((argument, "no documents in this directory")) }
                    for relative in files {
                        add((argument as NSString).appendingPathComponent(relative), name: OutputNaming.relativeName(for: relative))
                    }
                } else {
                    add(argument, name: OutputNaming.baseName(for: argument))
                }
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = Glob.match(argument)
                if matches.isEmpty { expansion.problems.append((argument, "no file matches this pattern")) }
                for match in matches { add(match, name: OutputNaming.baseName(for: match)) }
            } else {
                // Left for the reader to report as missing, in the same words as any bad input.
                add(argument, name: OutputNaming.baseName(for: argument))
            }
        }
        return expansion
    }

    /// The input folder among `arguments` that `out` is or lies in, if one is.
    public static func folder(holding out: String, among arguments: [String]) -> String? {
        let output = resolved(out)
        return arguments.first { argument in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                return false
            }
            let folder = resolved(argument)
            return output == folder || output.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
    }

    /// Inputs lying in the output directory, relative to it: files no output may replace.
    public static func inputs(_ inputs: [BatchInput], under out: String) -> Set<String> {
        let output = resolved(out)
        let prefix = output.hasSuffix("/") ? output : output + "/"
        return Set(inputs.map { resolved($0.path) }.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
    }

    /// Absolute, with links followed as far as the path exists (an output folder may not yet).
    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Document files below `directory`, relative to it, in a stable order.
    static func documents(under directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            guard documentExtensions.contains((relative as NSString).pathExtension.lowercased()) else { continue }
            var isDirectory: ObjCBool = false
            let full = (directory as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(relative)
            }
        }
        return found.sorted()
    }
}
