import Foundation

/// A value shared between threads, reached only through `withLock`: the package's one lock.
/// Shared mutable state lives in a `Locked`, so this is the only `@unchecked Sendable` a lock
/// needs, and the compiler checks every type that holds one.
package final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    package init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` on the value while holding the lock and returns what `body` returns; throws
    /// what `body` throws, with its type (the manifest's writes throw `OutputError`).
    package func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
