package dev.copydesk.model;

/**
 * One body block of an entry. {@code duplicateOf} is the index of the first occurrence when this
 * block repeats an earlier one, else null.
 */
public record Block(int index, BlockKind kind, String text, Integer duplicateOf) {

  public Block withIndex(int newIndex) {
    return new Block(newIndex, kind, text, duplicateOf);
  }

  public Block withDuplicateOf(Integer first) {
    return new Block(index, kind, text, first);
  }
}
