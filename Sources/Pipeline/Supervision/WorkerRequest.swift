import Foundation

/// What the batch asks of a worker process (`WorkerPool`), one JSON line each on its
/// standard input: read this input into outputs named `name`.
package struct WorkerRequest: Codable, Sendable, Equatable {
    package var path: String
    package var name: String
    package var sha256: String

    package init(path: String, name: String, sha256: String) {
        self.path = path
        self.name = name
        self.sha256 = sha256
    }

    package var line: Data {
        var data = (try? JSONEncoder().encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }

    package init?(line: some DataProtocol) {
        guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line)) else { return nil }
        self = request
    }
}
