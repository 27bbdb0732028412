import Foundation

/// Waits for a `Process` to end and gives its status, without trusting Foundation to notice.
///
/// On Linux, Foundation learns that a child ended when a socket it shares with the child
/// closes. A worker another test spawns at that moment (`ChildProcess`, posix_spawn) inherits
/// every open descriptor, that socket too, and holds it for its whole life: the child has
/// ended, its pipes are closed, and `waitUntilExit` waits for the worker instead (a clean
/// clone's suite hung so, in `DocumentJSONRoundTripTests`, with no child left but the workers).
/// The child's own exit is read from the kernel instead; where Foundation reaped it first, it
/// knows the status and its wait returns.
package enum ChildExit {
    /// How the child ended: its exit status, or the number of the signal that ended it (as
    /// `Process.terminationReason` and `terminationStatus` give them).
    package static func wait(for process: Process) -> (reason: Process.TerminationReason, status: Int32) {
        var raw: Int32 = 0
        var reaped: pid_t
        repeat {
            reaped = waitpid(process.processIdentifier, &raw, 0)
        } while reaped < 0 && errno == EINTR
        guard reaped == process.processIdentifier else {
            process.waitUntilExit()
            return (process.terminationReason, process.terminationStatus)
        }
        let signal = raw & 0x7F
        return signal == 0 ? (.exit, (raw >> 8) & 0xFF) : (.uncaughtSignal, signal)
    }

    /// The exit status, or the signal's number for a child a signal ended.
    package static func status(of process: Process) -> Int32 {
        wait(for: process).status
    }
}
