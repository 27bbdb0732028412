import CZlib

/// Inflates a FlateDecode stream of a PDF, up to a cap: the streams read here (an
/// appearance's content and fonts' ToUnicode maps) are small, and a stream that inflates
/// past the cap is a bomb, not a signature stamp.
enum FlateDecoder {
    static let maxOutput = 1 << 20

    /// The inflated bytes, or nil when the data is not zlib or inflates past `limit`.
    /// A stream cut short still gives what it inflated (PDF writers pad or truncate).
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int = maxOutput) -> [UInt8]? {
        guard !input.isEmpty else { return [] }
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let source = Array(input)
        return source.withUnsafeBufferPointer { inBuffer -> [UInt8]? in
            guard let base = inBuffer.baseAddress else { return nil }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer -> (Int32, Int) in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, outBuffer.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                guard output.count <= limit else { return nil }
                switch status {
                case Z_STREAM_END: return output
                case Z_OK where produced > 0 || stream.avail_in > 0: continue
                default: return output.isEmpty ? nil : output
                }
            }
        }
    }
}
