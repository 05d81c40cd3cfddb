package fr.raquette.io;

import fr.raquette.i18n.Messages;

/**
 * Finds where RFC 4180 quoting breaks in a delimited text, to say it at {@code file:line:col}: the
 * CSV parser only says that it broke, somewhere after the last good record.
 */
final class QuoteScanner {
  private final String file;
  private final String text;
  private final char delimiter;
  private final int n;
  private int i;
  private int line = 1;
  private int lineStart;

  private QuoteScanner(String file, String text, char delimiter) {
    this.file = file;
    this.text = text;
    this.delimiter = delimiter;
    this.n = text.length();
  }

  /**
   * The first quoting problem of the text read with this separator, or {@code null} when the
   * quoting is sound. Lines starting with {@code #} outside quotes are comments, as for the parser.
   */
  static Problem firstProblem(String file, String text, char delimiter) {
    return new QuoteScanner(file, text, delimiter).scan();
  }

  private Problem scan() {
    boolean fieldStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (i == lineStart && c == '#') {
        int nl = text.indexOf('\n', i);
        if (nl < 0) {
          return null;
        }
        i = nl + 1;
        newLine(i);
        continue;
      }
      if (fieldStart && c == '"') {
        Problem p = quoted();
        if (p != null) {
          return p;
        }
        fieldStart = false;
        continue;
      }
      if (c == '\n') {
        newLine(i + 1);
        fieldStart = true;
      } else {
        fieldStart = c == delimiter || c == '\r';
      }
      i++;
    }
    return null;
  }

  /** A quoted value opening at {@code i}: read past its closing quote, or its problem. */
  private Problem quoted() {
    int openLine = line;
    int openCol = i - lineStart + 1;
    i++;
    while (true) {
      if (i >= n) {
        return Problem.error(file, openLine, openCol, Messages.text("csv.quote.unclosed"));
      }
      char q = text.charAt(i);
      if (q == '\n') {
        newLine(i + 1);
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
    return null;
  }

  private void newLine(int start) {
    line++;
    lineStart = start;
  }
}
