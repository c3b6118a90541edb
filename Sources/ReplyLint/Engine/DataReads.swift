import Foundation

/// The lists and parameters read while a recorder is set: the test that holds every rule to
/// the lists and parameters its description declares runs each rule's examples under one.
/// Outside that test no recorder is set, and noting a read costs one task-local lookup.
final class DataReads: @unchecked Sendable {
    @TaskLocal static var recorder: DataReads?

    private let lock = NSLock()
    private var listNames: Set<String> = []
    private var parameterNames: Set<String> = []

    var lists: Set<String> { lock.withLock { listNames } }
    var parameters: Set<String> { lock.withLock { parameterNames } }

    static func note(list key: ListKey) {
        guard let recorder else { return }
        recorder.lock.withLock { _ = recorder.listNames.insert(key.name) }
    }

    static func note(parameter name: String) {
        guard let recorder else { return }
        recorder.lock.withLock { _ = recorder.parameterNames.insert(name) }
    }
}
