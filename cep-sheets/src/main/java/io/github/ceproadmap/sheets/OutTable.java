package io.github.ceproadmap.sheets;

import java.util.List;

/**
 * A sheet to write: its name, its file name in a CSV folder, its headings and its rows of text
 * ("" for an empty cell).
 *
 * @param sheetName the sheet's name in a workbook
 * @param fileName the file's name in a CSV folder
 * @param headings the first row
 * @param rows the rows under it, each as long as {@code headings}
 * @param readOnly whether a workbook protects the sheet (the derived matrix)
 */
record OutTable(String sheetName, String fileName, List<String> headings,
    List<List<String>> rows, boolean readOnly) {}
