import DocumentModel
import VietnameseText

/// Cells of a scanned table that OCR misread: in a column of numbers, on a row of numbers, a
/// text without a vowel ("k)" for "3", "<K]" for "33", "B" for "5"). A Vietnamese word always
/// has one, so no header and no label is taken for one; such a cell is read again for digits.
enum MisreadNumbers {
    /// Indices in `content.cells` to read again.
    static func cells(of content: GridContent) -> [Int] {
        let grid = content.grid
        let texts = content.cells.map(\.text)
        var numbers = [Int](repeating: 0, count: grid.columnCount), filled = numbers
        var rowNumbers = [Int](repeating: 0, count: grid.rowCount)
        for (index, cell) in grid.cells.enumerated() where cell.columnSpan == 1 && !texts[index].isEmpty {
            filled[cell.column] += 1
            if CellShape.isNumber(texts[index]) || CellShape.isBlank(texts[index]) {
                numbers[cell.column] += 1
                rowNumbers[cell.row] += 1
            }
        }
        return grid.cells.indices.filter { index in
            let cell = grid.cells[index], text = texts[index]
            guard cell.columnSpan == 1, cell.rowSpan == 1, !text.isEmpty, !CellShape.isNumber(text), !CellShape.isBlank(text),
                text.count <= 4, !hasVowel(text)
            else { return false }
            let column = cell.column
            return numbers[column] >= 3 && numbers[column] * 5 >= filled[column] * 3 && rowNumbers[cell.row] >= 1
        }
    }

    private static func hasVowel(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            LetterTable.entry(scalar).flatMap { Unicode.Scalar($0.base) }.map(LetterTable.isVowel) ?? false
        }
    }
}
