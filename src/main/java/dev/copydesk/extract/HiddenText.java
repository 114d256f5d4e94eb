package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Hidden text of a word-processor file read apart from Tika (ODT styles, {@code .doc} runs): notes
 * and instructions the author kept out of print, which Tika prints with the paragraph they are in.
 * Each paragraph holding some is noted with its text as Tika prints it, its visible text and its
 * hidden passage; {@link #apply} finds the paragraph's piece by that text, puts the visible text in
 * its place (or drops it when all of it was hidden) and sets the passages aside, to be recorded as
 * removed. A piece that cannot be found (Tika printed the paragraph differently) is left as it is,
 * and its passage is not claimed as removed; the count still says the file holds hidden text.
 */
final class HiddenText {

  /** A paragraph with hidden text: what is left of it, and what was hidden. */
  private record Hidden(String visible, String passage) {}

  private final Map<String, Deque<Hidden>> byText = new HashMap<>();
  private int passages;

  /**
   * A paragraph ends; the three texts normalised as {@link #apply}'s {@code norm} normalises
   * Tika's. Nothing is noted when {@code passage} is empty.
   */
  void paragraph(String text, String visible, String passage) {
    if (passage.isEmpty()) {
      return;
    }
    passages++;
    byText.computeIfAbsent(text, key -> new ArrayDeque<>()).add(new Hidden(visible, passage));
  }

  /** Hidden passages in the file, one per paragraph holding hidden text. */
  int passages() {
    return passages;
  }

  /** The pieces without their hidden text, then the passages found, set aside. */
  List<Piece> apply(List<Piece> pieces, UnaryOperator<String> norm) {
    if (byText.isEmpty()) {
      return pieces;
    }
    Map<String, Deque<Hidden>> left = new HashMap<>();
    byText.forEach((text, hidden) -> left.put(text, new ArrayDeque<>(hidden)));
    List<Piece> visible = new ArrayList<>(pieces.size());
    List<String> aside = new ArrayList<>();
    for (Piece piece : pieces) {
      Deque<Hidden> candidates = piece.mainContent() ? left.get(norm.apply(piece.text())) : null;
      Hidden hidden = candidates == null ? null : candidates.poll();
      if (hidden == null) {
        visible.add(piece);
        continue;
      }
      aside.add(hidden.passage());
      if (!hidden.visible().isEmpty()) {
        visible.add(piece.withText(hidden.visible()));
      }
    }
    return Piece.withAside(visible, aside, RawBlock.HIDDEN_TEXT);
  }
}
