extension String {
    /// Whether `needle` occurs in the string, compared as UTF-8 bytes. Foundation's `contains`
    /// goes through NSString on Linux and costs more than the rest of a parse.
    func containsBytes(_ needle: StaticString) -> Bool {
        var copy = self
        return copy.withUTF8 { hay in
            needle.withUTF8Buffer { n in
                guard n.count > 0, hay.count >= n.count else { return n.count == 0 }
                var i = 0
                while i <= hay.count - n.count {
                    if hay[i] == n[0] {
                        var k = 1
                        while k < n.count, hay[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
