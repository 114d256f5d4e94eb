package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.AUTHORS;
import static dev.copydesk.normalize.MetadataSources.Field.LANGUAGE;
import static dev.copydesk.normalize.MetadataSources.Field.PUBLISHED;
import static dev.copydesk.normalize.MetadataSources.Field.STANDFIRST;
import static dev.copydesk.normalize.MetadataSources.Field.TITLE;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where each metadata field may come from, in order of trust (TEXT.md), with the confidence each
 * source earns. Document properties rank first, except where a property describes the file rather
 * than the article: {@code dc:creator} is often an account name and {@code dcterms:created} the day
 * the file was made, so a visible byline or a labelled date outranks them.
 */
final class MetadataSources {

  enum Field {
    TITLE,
    STANDFIRST,
    AUTHORS,
    PUBLISHED,
    /**
     * Detected from the body ({@link LanguageGuess}); the language a document declares only when
     * the body cannot tell (too short), at low confidence: templates declare a default whatever the
     * text.
     */
    LANGUAGE
  }

  static final String HIGH = "high";
  static final String MEDIUM = "medium";
  static final String LOW = "low";

  /**
   * A web page's byline as its markup shows it (Readability's reading of it): a name, or a line
   * that may say more ({@code By JOE HILDEBRAND}, {@code Scott Cunningham}, a job or a date).
   */
  static final String MARKED_UP_BYLINE = "html:byline";

  /** Each author a web page marks up for machines: microdata, or {@code rel="author"} links. */
  static final String MARKED_UP_AUTHOR = "html:author";

  /** One row: a property key, or a {@code text:} heuristic, for a field. */
  record Source(Field field, String key, String confidence) {

    boolean property() {
      return !key.startsWith("text:");
    }
  }

  static final List<Source> TABLE =
      List.of(
          new Source(TITLE, TopMatter.FULLER_TITLE, HIGH),
          new Source(TITLE, TopMatter.HEADLINE, HIGH),
          new Source(TITLE, "news:headline", HIGH),
          new Source(TITLE, "md:title", HIGH),
          new Source(TITLE, "jsonld:headline", HIGH),
          new Source(TITLE, "og:title", HIGH),
          new Source(TITLE, "meta:title", HIGH),
          new Source(TITLE, "style:title", HIGH),
          new Source(TITLE, "dc:title", HIGH),
          new Source(TITLE, "html:title", MEDIUM),
          new Source(TITLE, "text:first-line", MEDIUM),
          new Source(STANDFIRST, "news:standfirst", HIGH),
          new Source(STANDFIRST, "md:description", HIGH),
          new Source(STANDFIRST, "jsonld:description", HIGH),
          new Source(STANDFIRST, "style:subtitle", HIGH),
          new Source(STANDFIRST, "og:description", MEDIUM),
          new Source(STANDFIRST, "html:summary", MEDIUM),
          new Source(STANDFIRST, "text:standfirst", MEDIUM),
          new Source(AUTHORS, "md:author", HIGH),
          new Source(AUTHORS, "jsonld:author", HIGH),
          new Source(AUTHORS, "text:byline", HIGH),
          new Source(AUTHORS, WireCredits.SOURCE, HIGH),
          new Source(AUTHORS, NameLines.SOURCE, MEDIUM),
          new Source(AUTHORS, "style:byline", MEDIUM),
          new Source(AUTHORS, "article:author", MEDIUM),
          new Source(AUTHORS, MARKED_UP_AUTHOR, MEDIUM),
          new Source(AUTHORS, MARKED_UP_BYLINE, MEDIUM),
          new Source(AUTHORS, "meta:author", MEDIUM),
          new Source(AUTHORS, "dc:creator", MEDIUM),
          new Source(AUTHORS, "email:signedBy", MEDIUM),
          new Source(AUTHORS, "text:author-bio", MEDIUM),
          new Source(AUTHORS, "text:footer", MEDIUM),
          new Source(AUTHORS, "text:dateline-agency", LOW),
          new Source(PUBLISHED, "news:published", HIGH),
          new Source(PUBLISHED, "md:date", HIGH),
          new Source(PUBLISHED, "jsonld:datePublished", HIGH),
          new Source(PUBLISHED, "article:published_time", HIGH),
          new Source(PUBLISHED, "meta:published", MEDIUM),
          new Source(PUBLISHED, "text:labelled-date", MEDIUM),
          new Source(PUBLISHED, "text:byline", MEDIUM),
          new Source(PUBLISHED, "text:glued-date", MEDIUM),
          new Source(PUBLISHED, DatelineDates.SOURCE, MEDIUM),
          new Source(PUBLISHED, "dcterms:created", LOW),
          new Source(PUBLISHED, "meta:creation-date", LOW),
          new Source(PUBLISHED, "wire:sent", LOW),
          new Source(PUBLISHED, PostFileNames.SOURCE, LOW),
          new Source(PUBLISHED, "text:updated-date", LOW),
          new Source(PUBLISHED, "text:footer", LOW),
          new Source(LANGUAGE, "html:lang", LOW),
          new Source(LANGUAGE, "dc:language", LOW));

  private MetadataSources() {}

  static Source row(Field field, String key) {
    return TABLE.stream()
        .filter(s -> s.field() == field && s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metadata source " + field + " " + key));
  }

  /** A value found by a text heuristic, with the confidence its row gives. */
  static Found text(Field field, String key, List<String> values) {
    return new Found(field, values, key, key, row(field, key).confidence());
  }

  /** The most trusted of the values found for a field. */
  static Optional<Found> best(Field field, List<Found> found) {
    return found.stream()
        .filter(f -> f.field() == field)
        .min(Comparator.comparingInt(f -> TABLE.indexOf(row(field, f.source()))));
  }
}
