package io.github.ceproadmap.sheets;

/**
 * Keeps a CSV field from being run as a formula by the spreadsheet program that opens the file,
 * as OWASP's "CSV injection" guidance describes: a field that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading apostrophe (and in
 * quotes), which spreadsheet programs show as text. Reading takes the apostrophe off again, so
 * the text read is exactly the text written.
 *
 * <p>The mapping is one to one: a field that itself begins with an apostrophe followed by one of
 * those characters or by another apostrophe is given one more apostrophe, and reading removes a
 * leading apostrophe only when such a character follows it. Any other apostrophe (a title typed
 * {@code 'quoted'}) is left as it is both ways.
 */
final class CsvFormulaGuard {
  private static final char MARK = '\'';

  private CsvFormulaGuard() {}

  /** Returns {@code field} as written to a CSV file: with a leading apostrophe if it needs one. */
  static String neutralise(String field) {
    return marked(field) || startsFormula(field, 0) ? MARK + field : field;
  }

  /** Returns {@code field} as read from a CSV file, without the apostrophe export added. */
  static String restore(String field) {
    return marked(field) ? field.substring(1) : field;
  }

  /** Whether {@code field} carries the mark: an apostrophe before a formula start or another. */
  private static boolean marked(String field) {
    return field.length() > 1 && field.charAt(0) == MARK
        && (field.charAt(1) == MARK || startsFormula(field, 1));
  }

  private static boolean startsFormula(String field, int at) {
    if (field.length() <= at) {
      return false;
    }
    char c = field.charAt(at);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Whether a written field carries the mark, so that the writer quotes it. */
  static boolean isNeutralised(String written) {
    return marked(written);
  }
}
