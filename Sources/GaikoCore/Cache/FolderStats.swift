#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `FileStamp`s of files that come folder by folder (as a walk gives them), each taken with
/// `fstatat` on its folder's descriptor: the kernel then looks up one name, not every folder of
/// the path again, which was most of what checking 100,000 stamps cost. One per thread.
final class FolderStats {
    /// The open folder's path, with its final slash.
    private var folder: [UInt8] = []
    private var descriptor: Int32 = -1

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// What `FileStamp(path:)` gives for `path`.
    func stamp(of path: String) -> FileStamp? {
        var path = path
        return path.withUTF8 { bytes -> FileStamp? in
            guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")), slash + 1 < bytes.count else {
                return FileStamp(path: String(decoding: bytes, as: UTF8.self))
            }
            let prefix = UnsafeBufferPointer(rebasing: bytes[...slash])
            let same = descriptor >= 0 && folder.count == prefix.count
                && folder.withUnsafeBufferPointer { memcmp($0.baseAddress!, prefix.baseAddress!, prefix.count) == 0 }
            if !same {
                if descriptor >= 0 { close(descriptor) }
                folder = Array(prefix)
                descriptor = String(decoding: prefix, as: UTF8.self).withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            }
            guard descriptor >= 0 else { return FileStamp(path: String(decoding: bytes, as: UTF8.self)) }
            let nameCount = bytes.count - slash - 1
            var info = stat()
            let found = withUnsafeTemporaryAllocation(of: CChar.self, capacity: nameCount + 1) { name in
                UnsafeMutableRawPointer(name.baseAddress!).copyMemory(from: bytes.baseAddress! + slash + 1, byteCount: nameCount)
                name[nameCount] = 0
                return fstatat(descriptor, name.baseAddress!, &info, 0) == 0
            }
            guard found, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return FileStamp(info)
        }
    }
}
