package dev.copydesk.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Texts a file's own XML says are not article text (a tracked deletion's paragraphs, a comment),
 * each as many times as it occurs: Tika's piece with the same text takes one, so a body paragraph
 * that happens to read the same as a deleted one is kept once the deleted one is matched.
 */
final class TextTally {

  private final Map<String, Integer> left = new HashMap<>();

  void add(String text) {
    left.merge(text, 1, Integer::sum);
  }

  /** Whether {@code text} was still expected; it is then expected once less. */
  boolean take(String text) {
    Integer count = left.get(text);
    if (count == null) {
      return false;
    }
    if (count == 1) {
      left.remove(text);
    } else {
      left.put(text, count - 1);
    }
    return true;
  }

  TextTally copy() {
    TextTally copy = new TextTally();
    copy.left.putAll(left);
    return copy;
  }
}
