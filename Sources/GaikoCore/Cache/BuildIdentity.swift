#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Which gaiko build is running, as a number stored in every cache file: a file written by
/// another build is never read.
///
/// The identity is the running executable's device, inode, size and modification time
/// (nanoseconds). Every build writes a new executable, so a changed parser, codec or index
/// layout can never read what an older one cached, without anyone remembering to bump a
/// version. The price is that any rebuild, even one that changed nothing the cache holds,
/// starts the cache again once; an installed gaiko changes only when it is upgraded. A hash of
/// the parser's sources made at build time would survive unrelated rebuilds, but it would miss
/// changes outside the hashed files (the model, the folding tables, a compiler upgrade), and
/// a missed change here is a silently wrong meeting.
enum BuildIdentity {
    /// Nil when the executable cannot be found: the cache is then not used at all.
    static let current: UInt64? = {
        var info = stat()
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
        guard stat(path, &info) == 0 else { return nil }
        let s = FileStamp(info)
        var w = CacheWriter()
        for field in [Int64(bitPattern: s.device), Int64(bitPattern: s.inode), s.size, s.modifiedSeconds, s.modifiedNanoseconds] {
            w.word(UInt64(bitPattern: field))
        }
        return CacheHash.hash(w.bytes)
    }()
}
