import Foundation
import Locking

/// A simulated full disk, so tests can check what a run does when its output directory runs
/// out of space without mounting a small filesystem (which needs root).
///
/// TEST HOOK, not a user option. Two environment variables of the `baocao` process set it:
/// - `BAOCAO_FAULT_ENOSPC_AFTER=N`: output files (written through `AtomicFile`) take N bytes
///   in all, then every write fails with ENOSPC, as on a disk that has just filled up;
/// - `BAOCAO_FAULT_MANIFEST_ENOSPC_AFTER=N`: the same for the lines of the run manifest.
/// Unset (always, outside tests), writes go straight to the file system.
/// The free bytes are kept in a small ledger file named by `NAME_LEDGER`, made by the first
/// process and inherited by the child processes that read the documents, so that they all
/// fill one disk as they would a real one.
package final class DiskSpaceFault: Sendable {
    package static let outputs = DiskSpaceFault(environmentVariable: "BAOCAO_FAULT_ENOSPC_AFTER")
    package static let manifest = DiskSpaceFault(environmentVariable: "BAOCAO_FAULT_MANIFEST_ENOSPC_AFTER")

    /// Bytes still "free"; nil when no fault is simulated.
    private let remaining: Locked<Int?>
    /// Where the free bytes are kept when processes share the disk.
    private let ledger: String?

    /// A disk with `bytes` free (nil: no simulated limit).
    package init(bytes: Int?) {
        remaining = Locked(bytes.map { max(0, $0) })
        ledger = nil
    }

    init(environmentVariable name: String) {
        let environment = ProcessInfo.processInfo.environment
        let bytes = environment[name].flatMap { Int($0) }
        remaining = Locked(bytes.map { max(0, $0) })
        guard let bytes else {
            ledger = nil
            return
        }
        if let shared = environment["\(name)_LEDGER"] {
            ledger = shared
        } else {
            let path = NSTemporaryDirectory() + "baocao-\(name)-\(getpid())"
            ledger = FileManager.default.createFile(atPath: path, contents: Data("\(max(0, bytes))".utf8)) ? path : nil
            if ledger != nil { setenv("\(name)_LEDGER", path, 1) }
        }
    }

    /// How many of `wanted` bytes the next write may put down. Zero means the disk is full:
    /// errno is set to ENOSPC and the caller fails the write as it would a real one.
    package func allowance(_ wanted: Int) -> Int {
        remaining.withLock { remaining in
            guard let free = remaining else { return wanted }
            if let ledger { return Self.allowance(wanted, ledger: ledger) }
            let granted = min(free, wanted)
            remaining = free - granted
            if granted == 0 && wanted > 0 { errno = ENOSPC }
            return granted
        }
    }

    private static func allowance(_ wanted: Int, ledger: String) -> Int {
        let descriptor = open(ledger, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return wanted }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        var text = [UInt8](repeating: 0, count: 32)
        let count = read(descriptor, &text, text.count)
        let free = Int(String(decoding: text.prefix(max(0, count)), as: UTF8.self)) ?? 0
        let granted = min(free, wanted)
        let left = Array("\(free - granted)".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, left, left.count, 0)
        if granted == 0 && wanted > 0 { errno = ENOSPC }
        return granted
    }

    /// Writes all of `data` to `descriptor` (again after an interruption or a short write),
    /// through this disk; false with errno set when the file system, or the simulated fault,
    /// refuses part of it.
    package func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { DescriptorWriter.writeAll($0, to: descriptor, allowance: allowance) }
    }
}
