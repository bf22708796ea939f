import Codebooks
import Foundation

/// Mapped rows and quarantined rows in the order the file gave them, waiting to be written.
struct RowBatch {
    enum Operation {
        /// A row to insert: its line and where its values start in ``RowBatch/values``.
        case insert(line: Int, start: Int)
        case reject(RowProblem)
    }

    var values: [Value] = []
    var operations: [Operation] = []

    /// Rows per batch: enough to keep the writer busy between hand-overs, few enough that the
    /// queue's memory stays small (a batch of 21 columns is about half a megabyte).
    static let rows = 1024
}

/// Writes batches into the ingest transaction: the source table's insert and the quarantine.
///
/// Only the writer touches the database while a file is being read, on whichever thread runs
/// it; batches are written in order, so the database is the same whether reading and writing
/// share one thread or not.
final class RowWriter: @unchecked Sendable {
    let insert: Statement
    let rejectInsert: Statement
    let registry: SourceRegistry
    let sourceID: Int64
    let width: Int
    private let arena = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)

    init(insert: Statement, rejectInsert: Statement, registry: SourceRegistry, sourceID: Int64, width: Int) {
        self.insert = insert
        self.rejectInsert = rejectInsert
        self.registry = registry
        self.sourceID = sourceID
        self.width = width
    }

    deinit { arena.deallocate() }

    func write(_ batch: RowBatch) throws {
        for operation in batch.operations {
            switch operation {
            case let .insert(line, start): try insertRow(batch.values[start..<(start + width)], line: line)
            case let .reject(problem):
                try registry.reject(
                    rejectInsert, source: sourceID, line: problem.line, column: problem.column, field: problem.field,
                    reason: problem.reason)
            }
        }
    }

    /// Binds one row and runs the insert. Text is copied into `arena`, which lives until the
    /// statement has run, and bound without SQLite making its own copy (no malloc per field).
    @inline(__always)
    private func insertRow(_ values: ArraySlice<Value>, line: Int) throws {
        try insert.bind(1, int: sourceID)
        try insert.bind(2, int: Int64(line))
        var used = 0
        var index: Int32 = 3
        for value in values {
            switch value {
            case .null: try insert.bindNull(index)
            case let .integer(v): try insert.bind(index, int: v)
            case let .real(v): try insert.bind(index, double: v)
            case let .text(text):
                var v = text
                try v.withUTF8 { bytes in
                    if used + bytes.count <= arena.count, let base = bytes.baseAddress {
                        (arena.baseAddress! + used).update(from: base, count: bytes.count)
                        try insert.bind(index, staticText: arena.baseAddress! + used, count: bytes.count)
                        used += bytes.count
                    } else {
                        try insert.bind(index, text: text)
                    }
                }
            }
            index += 1
        }
        try insert.run()
    }
}

/// Runs a ``RowWriter`` on a second thread, fed through a bounded queue of batches, so that
/// decoding, parsing, the identifier scan and mapping (the reading thread) overlap with binding
/// and inserting (this thread).
///
/// At most ``capacity`` batches wait, so memory does not grow with the file. The first error
/// the writer meets stops it and is thrown to the reader at its next hand-over or at
/// ``finish()``; ``stop()`` (the reader failed) discards what waits and returns once the writer
/// has let go of the database, before the caller rolls the transaction back.
final class BackgroundWriter: @unchecked Sendable {
    static let capacity = 4
    private let writer: RowWriter
    private let condition = NSCondition()
    private var waiting: [RowBatch] = []
    private var closed = false
    private var failure: (any Error)?
    private let done = DispatchSemaphore(value: 0)
    private var running = false

    init(writer: RowWriter) { self.writer = writer }

    func start() {
        running = true
        let thread = Thread { [self] in
            run()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Hands a batch over, waiting while the queue is full.
    ///
    /// - Throws: the writer's error, once it has failed.
    func put(_ batch: RowBatch) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= Self.capacity && failure == nil { condition.wait() }
        if let failure { throw failure }
        waiting.append(batch)
        condition.broadcast()
    }

    /// Waits until every batch is written.
    ///
    /// - Throws: the writer's error, if it failed.
    func finish() throws {
        close(discarding: false)
        if let failure { throw failure }
    }

    /// Discards the waiting batches and waits until the writer has stopped.
    func stop() { close(discarding: true) }

    private func close(discarding: Bool) {
        condition.lock()
        if discarding { waiting.removeAll() }
        closed = true
        condition.broadcast()
        condition.unlock()
        if running {
            done.wait()
            running = false
        }
    }

    private func run() {
        while let batch = next() {
            do { try writer.write(batch) } catch {
                condition.lock()
                failure = error
                waiting.removeAll()
                condition.broadcast()
                condition.unlock()
                return
            }
        }
    }

    private func next() -> RowBatch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !closed { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }
}
