package dev.copydesk.model;

/** Every flag an entry can carry, with its default severity. Documented in docs/flags.md. */
public enum FlagCode {
  DUPLICATE_SECTION(Severity.WARNING),
  NEAR_DUPLICATE_SECTION(Severity.WARNING),
  DUPLICATE_CAPTION(Severity.INFO),
  PULL_QUOTE(Severity.INFO),
  CROSS_DOCUMENT_DUPLICATE(Severity.WARNING),
  SHARED_PASSAGE(Severity.INFO),
  REVISION_OF(Severity.WARNING),
  MISSING_TITLE(Severity.WARNING),
  MISSING_AUTHOR(Severity.WARNING),
  MISSING_DATE(Severity.INFO),
  LOW_CONFIDENCE_DATE(Severity.INFO),
  POSSIBLE_BOILERPLATE(Severity.INFO),
  REVIEW_MARKUP(Severity.WARNING),
  EMBARGO(Severity.WARNING),
  CORRECTION(Severity.INFO),
  MORE_STORIES(Severity.WARNING),
  WITHDRAWN(Severity.ERROR);

  private final Severity severity;

  FlagCode(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }
}
