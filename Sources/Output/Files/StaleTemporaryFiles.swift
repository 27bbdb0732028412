import Foundation

/// Removes the temporary files `AtomicFile` leaves when a run is killed in the middle of a
/// write. Only files of its own pattern (".NAME.tmp-XXXXXX") older than `age` go, so a shard
/// still writing into the same directory keeps its files.
public enum StaleTemporaryFiles {
    public static func sweep(_ directory: String, olderThan age: TimeInterval = 600) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return 0 }
        let cutoff = Date().addingTimeInterval(-age)
        var removed = 0
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard isTemporaryName(name) else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
            guard let modified, modified < cutoff else { continue }
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed += 1 }
        }
        return removed
    }

    /// Removes the temporary files of `path` whatever their age: its writer is known dead.
    public static func removeTemporaries(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let prefix = ".\((path as NSString).lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return }
        for name in names where name.hasPrefix(prefix) && isTemporaryName(name) {
            unlink((directory as NSString).appendingPathComponent(name))
        }
    }

    /// ".bao-cao.json.tmp-a1B2c3": a hidden name ending in mkstemp's six characters.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let range = name.range(of: ".tmp-", options: .backwards) else { return false }
        let suffix = name[range.upperBound...]
        return suffix.count == 6 && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
