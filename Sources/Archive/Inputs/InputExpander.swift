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
        /// Files found in a directory that cannot be read as they are named (a name that is
        /// not UTF-8, a link to nothing), with the reason: each is reported and recorded.
        public var refused: [(path: String, reason: String)] = []
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
                    var refused: [(path: String, reason: String)] = []
                    let files = documents(under: argument, refused: &refused)
                    expansion.refused += refused.map { ((argument as NSString).appendingPathComponent($0.path), $0.reason) }
                    if files.isEmpty && refused.isEmpty { expansion.problems.append((argument, "no documents in this directory")) }
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

    /// Document files below `directory`, relative to it, in a stable order. Read with
    /// readdir, name by name as bytes: a name that is not UTF-8 or a link to nothing is not
    /// skipped without a word but put in `refused`.
    static func documents(under directory: String, refused: inout [(path: String, reason: String)]) -> [String] {
        var found: [String] = []
        walk(directory, relative: "", found: &found, refused: &refused, depth: 0)
        return found.sorted()
    }

    static func documents(under directory: String) -> [String] {
        var refused: [(path: String, reason: String)] = []
        return documents(under: directory, refused: &refused)
    }

    /// Deeper than this, a tree is a link loop or a trap, not an archive.
    private static let deepest = 64

    private static func walk(
        _ root: String, relative: String, found: inout [String], refused: inout [(path: String, reason: String)], depth: Int
    ) {
        let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
        guard depth < deepest, let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes.first == UInt8(ascii: ".") { continue }
            names.append(bytes)
        }
        for bytes in names {
            let lossy = String(decoding: bytes, as: UTF8.self)
            let path = relative.isEmpty ? lossy : (relative as NSString).appendingPathComponent(lossy)
            let isDocument = documentExtensions.contains((lossy as NSString).pathExtension.lowercased())
            guard String(validating: bytes, as: UTF8.self) != nil else {
                if isDocument { refused.append((path, "the file name is not UTF-8; rename it to read it")) }
                continue
            }
            let full = (root as NSString).appendingPathComponent(path)
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                walk(root, relative: path, found: &found, refused: &refused, depth: depth + 1)
            case S_IFLNK where isDocument:
                var target = stat()
                if stat(full, &target) != 0 {
                    refused.append((path, "a symbolic link to nothing"))
                } else if target.st_mode & S_IFMT != S_IFDIR {
                    found.append(path)
                }
            default:
                if isDocument { found.append(path) }
            }
        }
    }
}
