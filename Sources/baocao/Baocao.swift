import ArgumentParser

@main
struct Baocao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baocao",
        abstract: "Turn Vietnamese government reports into clean, structured data.",
        subcommands: [ExtractCommand.self, RestoreCommand.self, FiguresCommand.self, MergeCommand.self, LMCommand.self]
    )
}
