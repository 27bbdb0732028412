import Foundation

/// The folders of outputs below the output directory, made one by one and never followed
/// through a link: a symbolic link planted inside the output directory would otherwise take
/// the outputs wherever it points.
public enum OutputFolder {
    /// Makes `relative` (folders only, "2025/quy-1") under `root`, refusing any part that is
    /// a link or not a folder.
    public static func make(_ relative: String, under root: String) throws(OutputError) {
        var path = root
        for component in (relative as NSString).pathComponents where component != "/" && component != "." {
            path = (path as NSString).appendingPathComponent(component)
            var status = stat()
            if lstat(path, &status) != 0 {
                guard errno == ENOENT, mkdir(path, 0o755) == 0 || errno == EEXIST else {
                    throw OutputError(path: path, reason: String(cString: strerror(errno)))
                }
                guard lstat(path, &status) == 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: continue
            case S_IFLNK: throw OutputError(path: path, reason: "it is a symbolic link; baocao writes no output through a link")
            default: throw OutputError(path: path, reason: "it is not a folder")
            }
        }
    }
}
