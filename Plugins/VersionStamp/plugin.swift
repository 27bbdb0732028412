import Foundation
import PackagePlugin

/// Writes `BuildVersion.swift` for the `baocao` executable before every build: the package
/// version and `git describe` of the checkout the build is made from, so `baocao --version`
/// names the exact commit (with "-dirty" when the tree had changes). A build outside a git
/// checkout says "unknown". The file is rewritten only when its text changes, so an
/// unchanged checkout costs no recompilation.
@main
struct VersionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildVersion.swift")
        let script = """
            described=$(git -C "$1" describe --always --dirty --tags 2>/dev/null || echo unknown)
            text="/// Written by the VersionStamp plugin.
            enum BuildVersion { static let commit = \\"$described\\" }"
            [ "$(cat "$2" 2>/dev/null)" = "$text" ] || printf '%s\\n' "$text" > "$2"
            """
        return [
            .prebuildCommand(
                displayName: "Stamping the build with its git version",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "stamp", context.package.directoryURL.path, output.path],
                outputFilesDirectory: context.pluginWorkDirectoryURL
            )
        ]
    }
}
