/// Joins shard tables (each covering a later run of meetings than the one before) into one
/// table: a k-way merge of their sorted term lists, concatenating each term's lists in shard
/// order. Only the first meeting of each appended list changes, from an index to a gap.
enum PostingMerge {
    static func merge(_ shards: [PostingTable]) -> PostingTable {
        if shards.count == 1 { return shards[0] }
        var heap = ShardHeap(shards: shards)
        for (s, shard) in shards.enumerated() where shard.termCount > 0 { heap.push(Head(shard: s, term: 0)) }

        var out = PostingTable()
        out.docs.reserveCapacity(shards.reduce(0) { $0 + $1.docs.count })
        out.positions.reserveCapacity(shards.reduce(0) { $0 + $1.positions.count })
        var parts: [Head] = []
        while let first = heap.pop() {
            parts.removeAll(keepingCapacity: true)
            parts.append(first)
            while let next = heap.peek(), heap.compare(next, first) == 0 { parts.append(heap.pop()!) }
            parts.sort { $0.shard < $1.shard }  // shard order is meeting order
            out.termBytes.append(contentsOf: shards[first.shard].termBytes[shards[first.shard].term(first.term)])
            out.termStarts.append(UInt32(out.termBytes.count))
            var df: UInt32 = 0
            var previous: UInt32 = 0
            for part in parts {
                // Through `shards[s]` paths, never a copy of the table: copying retains every array.
                let s = part.shard, t = part.term
                let docRange = shards[s].docStarts[t]..<shards[s].docStarts[t + 1]
                if df == 0 {
                    out.docs.append(contentsOf: shards[s].docs[docRange])
                } else {
                    shards[s].docs.withUnsafeBufferPointer { bytes in
                        var offset = docRange.lowerBound
                        let meeting = Varint.read(bytes, &offset)
                        Varint.append(meeting - previous, to: &out.docs)
                        out.docs.append(contentsOf: bytes[offset..<docRange.upperBound])
                    }
                }
                out.positions.append(contentsOf: shards[s].positions[shards[s].positionStarts[t]..<shards[s].positionStarts[t + 1]])
                df += shards[s].documentFrequency[t]
                previous = shards[s].lastDoc[t]
                if t + 1 < shards[s].termCount { heap.push(Head(shard: s, term: t + 1)) }
            }
            out.docStarts.append(out.docs.count)
            out.positionStarts.append(out.positions.count)
            out.documentFrequency.append(df)
            out.lastDoc.append(previous)
        }
        return out
    }
}

/// A shard's next term to merge.
private struct Head {
    var shard: Int
    var term: Int
}

/// A binary min-heap of shard heads keyed by term bytes, ties by shard.
private struct ShardHeap {
    let shards: [PostingTable]
    private var items: [Head] = []

    init(shards: [PostingTable]) { self.shards = shards }

    func peek() -> Head? { items.first }

    mutating func push(_ head: Head) {
        items.append(head)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Head? {
        guard let top = items.first else { return nil }
        items[0] = items[items.count - 1]
        items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < items.count && less(items[l], items[smallest]) { smallest = l }
            if r < items.count && less(items[r], items[smallest]) { smallest = r }
            if smallest == i { break }
            items.swapAt(i, smallest)
            i = smallest
        }
        return top
    }

    private func less(_ x: Head, _ y: Head) -> Bool {
        let c = compare(x, y)
        return c < 0 || (c == 0 && x.shard < y.shard)
    }

    func compare(_ x: Head, _ y: Head) -> Int {
        let ra = shards[x.shard].term(x.term), rb = shards[y.shard].term(y.term)
        return shards[x.shard].termBytes.withUnsafeBufferPointer { pa in
            shards[y.shard].termBytes.withUnsafeBufferPointer { pb in ByteOrder.compare(pa, ra, pb, rb) }
        }
    }
}
