import Foundation

/// Writes `text` to stdout as it is.
func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
