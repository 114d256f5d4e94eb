package dev.copydesk.normalize;

import dev.copydesk.model.BlockKind;

/**
 * A candidate body block while the rules run: cleaned text, its kind and page, the index of the
 * extracted block it came from ({@code origin}), whether it is one line of a block whose line
 * breaks were judged hard ({@code line}), and why it looked like boilerplate when a rule was not
 * sure enough to remove it ({@code suspicion}, else null).
 */
record Unit(BlockKind kind, String text, int page, int origin, boolean line, String suspicion) {

  static Unit of(BlockKind kind, String text) {
    return new Unit(kind, text, 0, 0, false, null);
  }

  Unit withText(String newText) {
    return new Unit(kind, newText, page, origin, line, suspicion);
  }

  Unit withKind(BlockKind newKind) {
    return new Unit(newKind, text, page, origin, line, suspicion);
  }

  Unit suspected(String why) {
    return new Unit(kind, text, page, origin, line, why);
  }

  int words() {
    return TextCleaner.words(text);
  }
}
