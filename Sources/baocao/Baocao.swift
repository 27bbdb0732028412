import ArgumentParser

@main
struct Baocao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baocao",
        abstract: "Turn Vietnamese government reports into clean, structured data.",
        version: "baocao \(BuildVersion.commit)",
        subcommands: [ExtractCommand.self, RestoreCommand.self, FiguresCommand.self, MergeCommand.self, LMCommand.self]
    )

    static func main() async {
        // First of all, before other threads have arenas of their own.
        AllocatorSettings.apply()
        await main(nil)
    }
}
