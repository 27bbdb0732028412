import Foundation
import VietnameseText

/// A stable, balanced share of a batch for one of N machines. An input belongs to the shard
/// its output name hashes to, so every worker, given the same arguments, agrees on the split
/// without talking to the others, and adding files to an archive moves no other file.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 0-based.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1, (0..<count).contains(index) else { throw .outOfRange(index: index, count: count) }
        self.index = index
        self.count = count
    }

    /// "I/N" with I from 0 to N-1.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { throw .malformed(text) }
        try self.init(index: index, count: count)
    }

    /// The shard a cluster scheduler assigns: a Kubernetes Indexed Job sets
    /// JOB_COMPLETION_INDEX (0-based); a Slurm array sets SLURM_ARRAY_TASK_ID, counted from
    /// SLURM_ARRAY_TASK_MIN, with SLURM_ARRAY_TASK_COUNT tasks.
    public static func fromEnvironment(_ environment: [String: String], count: Int?) throws(ShardError) -> Shard? {
        if let index = environment["JOB_COMPLETION_INDEX"].flatMap({ Int($0) }) {
            guard let count else { throw .missingCount("JOB_COMPLETION_INDEX") }
            return try Shard(index: index, count: count)
        }
        if let task = environment["SLURM_ARRAY_TASK_ID"].flatMap({ Int($0) }) {
            let first = environment["SLURM_ARRAY_TASK_MIN"].flatMap { Int($0) } ?? 0
            guard let total = count ?? environment["SLURM_ARRAY_TASK_COUNT"].flatMap({ Int($0) }) else {
                throw .missingCount("SLURM_ARRAY_TASK_ID")
            }
            return try Shard(index: task - first, count: total)
        }
        return nil
    }

    public func contains(_ input: BatchInput) -> Bool {
        Int(FNV1a.hash(input.outputName) % UInt64(count)) == index
    }

    public var description: String { "\(index)/\(count)" }
}

public enum ShardError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case outOfRange(index: Int, count: Int)
    case missingCount(String)

    public var description: String {
        switch self {
        case .malformed(let text): return "--shard takes I/N (0 ≤ I < N), not '\(text)'"
        case .outOfRange(let index, let count): return "shard \(index) is not between 0 and \(count - 1)"
        case .missingCount(let variable): return "\(variable) is set; give the number of shards with --shards N"
        }
    }
}
