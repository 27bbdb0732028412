// swift-tools-version: 6.1
import PackageDescription

// A program using baocao as a library: extracts a report and prints its figures.
//   swift run figures-of-a-report report.pdf       (or: make example, from the repository)
let package = Package(
    name: "FiguresOfAReport",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "baocao", path: "../..")],
    targets: [
        .executableTarget(
            name: "figures-of-a-report",
            dependencies: [.product(name: "BaocaoKit", package: "baocao")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
