import ArgumentParser
import Pipeline

extension RestorePolicy: ExpressibleByArgument {}

/// The restore flag every command that runs the pipeline shares (`extract`, `figures`).
struct RestoreArguments: ParsableArguments {
    @Option(help: "Restore Vietnamese diacritics: auto (only where text is stripped or garbled), on, off. Default: auto.")
    var restore: RestorePolicy?

    /// The flag again for a batch's worker process: `off` when this process found no model,
    /// so that each worker does not say so once more.
    func arguments(restoring: Bool) -> [String] {
        restoring ? ["--restore", (restore ?? .auto).rawValue] : ["--restore", "off"]
    }

    /// The page stages: normalisation first and always, then restoration. Asked for
    /// explicitly, a missing model is an error; by default extraction goes on without
    /// restoring and says so once.
    func stages(ocrLanguage: String) throws -> [any PageStage] {
        do {
            return [NormalizeStage()] + (try RestoreStage.make(policy: restore ?? .auto, ocrLanguage: ocrLanguage).map { [$0] } ?? [])
        } catch {
            Diagnostics.report("language model", error)
            if restore != nil { throw ExitCode.failure }
            return [NormalizeStage()]
        }
    }
}
