package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IllustrativeMarkTest {
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'# ILLUSTRATIF — Besoins déclarés fictifs\\ncode;theme\\n'|true",
        "'# ILLUSTRATIVE — fictional needs\\ncode;theme\\n'|true",
        "'# illustratif : exemple\\ncode;theme\\n'|true",
        "'\uFEFF# ILLUSTRATIF\\ncode;theme\\n'|true",
        "'\\n\\n#   ILLUSTRATIF\\ncode;theme\\n'|true",
        "'# Source : CCAS, consultation 2025\\n# ILLUSTRATIF\\ncode;theme\\n'|true",
        // The mark is the first word of a comment line, not a word somewhere in it.
        "'# Ce fichier n''est pas ILLUSTRATIF\\ncode;theme\\n'|false",
        // Only comments before the header count: a row cannot mark the file.
        "'code;theme\\n# ILLUSTRATIF\\n'|false",
        "'code;description\\n23001;ILLUSTRATIF\\n'|false",
        "'# ILLUSTRATIONS de la consultation\\ncode;theme\\n'|false",
        "''|false",
      })
  void theMarkIsTheFirstWordOfALeadingComment(String text, boolean marked) {
    assertEquals(marked, IllustrativeMark.in(text.replace("\\n", "\n")));
  }
}
