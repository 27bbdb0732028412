import Archive
import ArgumentParser
import Foundation
import Pipeline

/// Flags for runs over many documents: sharing them out between machines, and quiet runs.
struct BatchArguments: ParsableArguments {
    @Option(help: "Take only share I of N (0 ≤ I < N) of the inputs: a stable split for several machines.")
    var shard: String?

    @Option(help: "Number of shards when the index comes from JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm).")
    var shards: Int?

    @Flag(help: "No progress and no summary on stderr; errors are still reported.")
    var quiet = false

    @Flag(help: "Run again the inputs that crashed or hung a previous run (skipped otherwise).")
    var retryFailed = false

    func validate() throws {
        _ = try selectedShard()
    }

    /// The shard this process runs: --shard, else the scheduler's environment, else all.
    func selectedShard() throws -> Shard? {
        if let shard { return try parsed(shard) }
        let shard: Shard?
        do {
            shard = try Shard.fromEnvironment(ProcessInfo.processInfo.environment, count: shards)
        } catch {
            throw ValidationError(error.description)
        }
        // Without an index every "shard" would do all the work and report success.
        if shard == nil, let shards {
            throw ValidationError(
                "--shards \(shards) needs the shard's index: JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm) is not set; give --shard I/\(shards) instead")
        }
        return shard
    }

    private func parsed(_ text: String) throws -> Shard {
        do { return try Shard(parsing: text) } catch { throw ValidationError(error.description) }
    }
}
