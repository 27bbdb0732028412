/// An affine transform [a b c d e f] as PDF writes it.
struct Affine: Sendable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) { (a * x + c * y + e, b * x + d * y + f) }

    /// This transform followed by `other`.
    func then(_ other: Affine) -> Affine {
        Affine(
            a: a * other.a + b * other.c, b: a * other.b + b * other.d, c: c * other.a + d * other.c,
            d: c * other.b + d * other.d, e: e * other.a + f * other.c + other.e, f: e * other.b + f * other.d + other.f)
    }

    /// How much a length grows, on average over the two axes.
    var scale: Double { abs(a * d - b * c).squareRoot() }
}
