import Foundation

/// Puts a whole buffer down on a file descriptor. write(2) may take only part of it, or be
/// interrupted by a signal before it takes any; both are retried until every byte is written
/// or a write fails. Every writer of a descriptor (outputs, standard output, a worker's
/// request pipe, a spooled stream) goes through here.
package enum DescriptorWriter {
    /// `allowance(n)` says how many of the `n` bytes left the next write may take (a simulated
    /// full disk grants fewer, and zero with errno ENOSPC when it is full). False when a write
    /// fails or is refused, errno saying why (EIO for a write that took nothing).
    package static func writeAll(
        _ bytes: UnsafeRawBufferPointer, to descriptor: Int32, allowance: (Int) -> Int = { $0 }
    ) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let allowed = allowance(bytes.count - offset)
            guard allowed > 0, let base = bytes.baseAddress else { return false }
            let written = write(descriptor, base + offset, allowed)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                if written == 0 { errno = EIO }
                return false
            }
            offset += written
        }
        return true
    }

    package static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { writeAll($0, to: descriptor) }
    }
}
