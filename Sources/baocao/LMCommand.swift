import ArgumentParser

/// `baocao lm …`: language-model maintenance.
struct LMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lm",
        abstract: "Build the syllable language model used to restore diacritics.",
        subcommands: [LMBuildCommand.self]
    )
}
