import Foundation

extension LanguageModel {
    /// File name of the shipped model inside a Dictionaries folder.
    public static let defaultFileName = "vi-syllables.lm"

    /// Where the shipped model is: $BAOCAO_DICTIONARIES, then ../share/baocao beside the
    /// executable (`make install`, the Docker image), then a Dictionaries/ folder found by
    /// walking up from the executable (it lives in .build/<triple>/release/), then ./Dictionaries.
    public static func locateDefault() throws -> URL {
        var folders: [URL] = []
        if let configured = ProcessInfo.processInfo.environment["BAOCAO_DICTIONARIES"], !configured.isEmpty {
            folders.append(URL(fileURLWithPath: configured))
        }
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
        var directory = executable.resolvingSymlinksInPath()
            .deletingLastPathComponent()
        folders.append(directory.deletingLastPathComponent().appendingPathComponent("share/baocao"))
        for _ in 0..<8 {
            folders.append(directory.appendingPathComponent("Dictionaries"))
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        folders.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Dictionaries"))
        for folder in folders {
            let candidate = folder.appendingPathComponent(defaultFileName)
            if FileManager.default.isReadableFile(atPath: candidate.path) { return candidate }
        }
        throw ModelError.notFound(folders.map(\.path))
    }
}
