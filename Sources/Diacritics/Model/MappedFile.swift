#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A read-only memory mapping of a whole file, unmapped when the last reference goes.
final class MappedFile: @unchecked Sendable {
    // Never written after init; the pages are read-only.
    let base: UnsafeRawPointer
    let size: Int

    init(url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw ModelError.unreadable(url.path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { throw ModelError.unreadable(url.path) }
        size = Int(status.st_size)
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), pointer != MAP_FAILED else {
            throw ModelError.unreadable(url.path)
        }
        base = UnsafeRawPointer(pointer)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
    }
}
