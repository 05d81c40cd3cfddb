package fr.raquette.io;

import fr.raquette.i18n.Messages;

/**
 * Finds where RFC 4180 quoting breaks in a delimited text, to say it at {@code file:line:col}: the
 * CSV parser only says that it broke, somewhere after the last good record.
 */
final class QuoteScanner {
  private QuoteScanner() {}

  /**
   * The first quoting problem of the text read with this separator, or {@code null} when the
   * quoting is sound. Lines starting with {@code #} outside quotes are comments, as for the parser.
   */
  static Problem firstProblem(String file, String text, char delimiter) {
    int line = 1;
    int lineStart = 0;
    boolean fieldStart = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (i == lineStart && c == '#') {
        int nl = text.indexOf('\n', i);
        if (nl < 0) {
          return null;
        }
        i = nl + 1;
        line++;
        lineStart = i;
        continue;
      }
      if (fieldStart && c == '"') {
        int openLine = line;
        int openCol = i - lineStart + 1;
        i++;
        while (true) {
          if (i >= n) {
            return Problem.error(file, openLine, openCol, Messages.text("csv.quote.unclosed"));
          }
          char q = text.charAt(i);
          if (q == '\n') {
            line++;
            lineStart = i + 1;
          } else if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        if (i < n) {
          char after = text.charAt(i);
          if (after != delimiter && after != '\n' && after != '\r') {
            return Problem.error(
                file,
                line,
                i - lineStart + 1,
                Messages.text(
                    "csv.quote.garbage", CsvTable.printable(delimiter), String.valueOf(after)));
          }
        }
        fieldStart = false;
        continue;
      }
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        fieldStart = true;
      } else {
        fieldStart = c == delimiter || c == '\r';
      }
      i++;
    }
    return null;
  }
}
