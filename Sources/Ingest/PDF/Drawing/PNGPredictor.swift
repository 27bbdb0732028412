/// PNG predictors of FlateDecode streams (a filter-type byte before each row of `columns`
/// bytes), as cross-reference streams use them.
enum PNGPredictor {
    static func undo(_ data: [UInt8], columns: Int) -> [UInt8]? {
        guard columns > 0 else { return nil }
        let rowLength = columns + 1
        var out: [UInt8] = []
        out.reserveCapacity(data.count / rowLength * columns)
        var previous = [UInt8](repeating: 0, count: columns)
        var start = 0
        while start + rowLength <= data.count {
            let type = data[start]
            var row = Array(data[(start + 1)..<(start + rowLength)])
            for i in 0..<columns {
                let left = i > 0 ? Int(row[i - 1]) : 0, up = Int(previous[i]), upLeft = i > 0 ? Int(previous[i - 1]) : 0
                let add: Int
                switch type {
                case 1: add = left
                case 2: add = up
                case 3: add = (left + up) / 2
                case 4:
                    let p = left + up - upLeft
                    let (pa, pb, pc) = (abs(p - left), abs(p - up), abs(p - upLeft))
                    add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
                default: add = 0
                }
                row[i] = UInt8(truncatingIfNeeded: Int(row[i]) + add)
            }
            out += row
            previous = row
            start += rowLength
        }
        return out
    }
}
