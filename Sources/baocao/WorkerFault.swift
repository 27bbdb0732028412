import Foundation

/// A simulated crash or hang of the child reading one input, so tests can check that the
/// batch records it as failed, goes on, and does not run it again.
///
/// TEST HOOK, not a user option: `BAOCAO_FAULT_CRASH_INPUT=NAME` aborts the child reading an
/// input whose file name is NAME; `BAOCAO_FAULT_HANG_INPUT=NAME` makes it sleep for ever.
/// Unset (always, outside tests), nothing is simulated.
enum WorkerFault {
    static func strike(_ input: String) {
        let environment = ProcessInfo.processInfo.environment
        let name = (input as NSString).lastPathComponent
        if environment["BAOCAO_FAULT_CRASH_INPUT"] == name { abort() }
        if environment["BAOCAO_FAULT_HANG_INPUT"] == name {
            while true { sleep(3600) }
        }
    }
}
