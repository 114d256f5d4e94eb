package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Hidden text of a word-processor file read apart from Tika (ODT styles, {@code .doc} runs): notes
 * and instructions the author kept out of print, which Tika prints with the paragraph they are in.
 * Each paragraph holding some is noted with its text as Tika prints it, its visible text and its
 * hidden passage; {@link #apply} finds the paragraph's piece by that text, puts the visible text in
 * its place (or drops it when all of it was hidden) and sets the passages aside, to be recorded as
 * removed. When Tika printed the paragraph differently (a field, a footnote mark), a passage of
 * {@value #MIN_CUT_WORDS} words or more found exactly once in one piece is cut out of it; a passage
 * found nowhere, or in more than one place, is left where it is and not claimed as removed (the
 * count still says the file holds hidden text).
 */
final class HiddenText {

  /** Shorter passages are not cut out of text that only contains them: too likely elsewhere. */
  static final int MIN_CUT_WORDS = 3;

  private static final Pattern PUNCTUATION_FIRST = Pattern.compile("^[,.;:!?)\\]]");

  /** A paragraph with hidden text: what is left of it, and what was hidden. */
  private record Hidden(String visible, String passage) {}

  private final Map<String, Deque<Hidden>> byText = new HashMap<>();
  private final List<Hidden> inOrder = new ArrayList<>();

  /**
   * A paragraph ends; the three texts normalised as {@link #apply}'s {@code norm} normalises
   * Tika's. Nothing is noted when {@code passage} is empty.
   */
  void paragraph(String text, String visible, String passage) {
    if (passage.isEmpty()) {
      return;
    }
    Hidden hidden = new Hidden(visible, passage);
    inOrder.add(hidden);
    byText.computeIfAbsent(text, key -> new ArrayDeque<>()).add(hidden);
  }

  /** Hidden passages in the file, one per paragraph holding hidden text. */
  int passages() {
    return inOrder.size();
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
    Set<Hidden> placed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Piece piece : pieces) {
      Deque<Hidden> candidates = piece.mainContent() ? left.get(norm.apply(piece.text())) : null;
      Hidden hidden = candidates == null ? null : candidates.poll();
      if (hidden == null) {
        visible.add(piece);
        continue;
      }
      placed.add(hidden);
      aside.add(hidden.passage());
      if (!hidden.visible().isEmpty()) {
        visible.add(piece.withText(hidden.visible()));
      }
    }
    for (Hidden hidden : inOrder) {
      if (!placed.contains(hidden) && cutOnce(visible, hidden.passage(), norm)) {
        aside.add(hidden.passage());
      }
    }
    return Piece.withAside(visible, aside, RawBlock.HIDDEN_TEXT);
  }

  /**
   * Cuts {@code passage} out of the one main piece that holds it exactly once; false (nothing cut)
   * when it is too short, or found nowhere or more than once.
   */
  private static boolean cutOnce(List<Piece> pieces, String passage, UnaryOperator<String> norm) {
    if (passage.split(" ").length < MIN_CUT_WORDS) {
      return false;
    }
    int found = -1;
    for (int i = 0; i < pieces.size(); i++) {
      String text = norm.apply(pieces.get(i).text());
      int at = pieces.get(i).mainContent() ? text.indexOf(passage) : -1;
      if (at < 0) {
        continue;
      }
      if (found >= 0 || text.indexOf(passage, at + 1) >= 0) {
        return false;
      }
      found = i;
    }
    if (found < 0) {
      return false;
    }
    String text = norm.apply(pieces.get(found).text());
    int at = text.indexOf(passage);
    String before = text.substring(0, at).stripTrailing();
    String after = text.substring(at + passage.length()).stripLeading();
    String rest =
        before.isEmpty() || after.isEmpty() || PUNCTUATION_FIRST.matcher(after).find()
            ? before + after
            : before + " " + after;
    if (rest.isEmpty()) {
      pieces.remove(found);
    } else {
      pieces.set(found, pieces.get(found).withText(rest));
    }
    return true;
  }
}
