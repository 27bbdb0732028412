import Foundation

/// A simulated read error (EIO, as from a failing disk or a dropped network mount) on one
/// input, so tests can check that a batch reports it, records it and goes on.
///
/// TEST HOOK, not a user option: `BAOCAO_FAULT_EIO_INPUT=NAME` makes reading any input whose
/// file name is NAME fail. Unset (always, outside tests), nothing is simulated.
package struct InputReadFault: Sendable {
    package static let environment = InputReadFault(name: ProcessInfo.processInfo.environment["BAOCAO_FAULT_EIO_INPUT"])

    package var name: String?

    package init(name: String?) {
        self.name = name
    }

    func fails(_ path: String) -> Bool {
        guard let name else { return false }
        return (path as NSString).lastPathComponent == name
    }
}
