package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.AUTHORS;
import static dev.copydesk.normalize.MetadataSources.Field.PUBLISHED;
import static dev.copydesk.normalize.MetadataSources.Field.TITLE;

import dev.copydesk.model.Extracted;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata a document states about itself (the property rows of {@link MetadataSources}),
 * skipping values that describe the software rather than the article: {@code Microsoft Word -
 * draft.docx}, {@code Windows User}.
 */
final class PropertyMetadata {

  private static final Pattern JUNK_TITLE =
      Pattern.compile(
          "(?i)untitled.*|microsoft word -"
              + " .*|document\\d*|title|.*\\.(docx?|pdf|odt|rtf|txt|html?|md)");
  private static final Pattern JUNK_AUTHOR =
      Pattern.compile(
          "(?i)user|admin|administrator|windows user|microsoft office user|author|unknown|owner"
              + "|pc|.*@.*|https?://.*|.*\\.(com|org|net)");

  /** A language tag ({@code en-US}, {@code zh_TW}, {@code ja}): its primary language subtag. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2,3})(?:[-_][\\w-]*)?");

  /** Media type to the short format name used in provenance ({@code docx:dc:title}). */
  private static final Map<String, String> FORMATS =
      Map.ofEntries(
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
          Map.entry("application/msword", "doc"),
          Map.entry("application/vnd.oasis.opendocument.text", "odt"),
          Map.entry("application/rtf", "rtf"),
          Map.entry("text/rtf", "rtf"),
          Map.entry("application/pdf", "pdf"),
          Map.entry("text/html", "html"),
          Map.entry("application/xhtml+xml", "html"),
          Map.entry("text/plain", "txt"),
          Map.entry("text/markdown", "md"),
          Map.entry("text/x-web-markdown", "md"),
          Map.entry("message/rfc822", "eml"),
          Map.entry("application/vnd.ms-outlook", "msg"),
          Map.entry("message/x-emlx", "emlx"),
          Map.entry("text/vnd.iptc.nitf", "nitf"),
          Map.entry("text/vnd.iptc.anpa", "anpa"),
          Map.entry("application/ninjs+json", "ninjs"),
          Map.entry("application/vnd.iptc.g2.newsitem+xml", "newsml"),
          Map.entry("application/vnd.iptc.g2.newsmessage+xml", "newsml"));

  /** Namespaces that exist in every format: provenance says which format they came from. */
  private static final Set<String> GENERIC = Set.of("dc", "dcterms", "meta", "style", "pdf", "xmp");

  private PropertyMetadata() {}

  static List<Found> read(Extracted extracted) {
    String format = format(extracted.source().mediaType());
    List<Found> found = new ArrayList<>();
    for (MetadataSources.Source row : MetadataSources.TABLE) {
      List<String> values = extracted.properties().getOrDefault(row.key(), List.of());
      if (row.property()) {
        values(row, values, format, extracted)
            .ifPresent(
                v ->
                    found.add(
                        new Found(
                            row.field(), v, row.key(), from(format, row.key()), row.confidence())));
      }
    }
    return found;
  }

  static String format(String mediaType) {
    if (mediaType == null) {
      return "file";
    }
    int parameters = mediaType.indexOf(';');
    String essence = parameters < 0 ? mediaType : mediaType.substring(0, parameters);
    String bare = essence.strip().toLowerCase(Locale.ROOT);
    return FORMATS.getOrDefault(bare, "file");
  }

  private static Optional<List<String>> values(
      MetadataSources.Source row, List<String> raw, String format, Extracted extracted) {
    List<String> clean = raw.stream().map(TextCleaner::clean).filter(v -> !v.isEmpty()).toList();
    return switch (row.field()) {
      case TITLE ->
          clean.stream()
              .filter(v -> !JUNK_TITLE.matcher(v).matches())
              .filter(v -> !v.equalsIgnoreCase(extracted.source().fileName()))
              .map(TitleLabels::strip)
              .map(Embargoes::titleWithoutNotice)
              .map(TitleLabels::strip)
              .map(
                  v ->
                      format.equals("html")
                          ? SiteSuffix.strip(v, extracted.property("og:site_name"))
                          : v)
              .findFirst()
              .map(List::of);
      case STANDFIRST -> clean.stream().findFirst().map(List::of);
      case LANGUAGE ->
          clean.stream()
              .map(LANGUAGE_TAG::matcher)
              .filter(Matcher::matches)
              .map(tag -> tag.group(1).toLowerCase(Locale.ROOT))
              .findFirst()
              .map(List::of);
      case AUTHORS ->
          switch (row.key()) {
            case MetadataSources.MARKED_UP_BYLINE -> bylineNames(clean);
            case MetadataSources.MARKED_UP_AUTHOR -> markedUpNames(clean);
            default -> authors(clean);
          };
      case PUBLISHED ->
          clean.stream().map(DateParser::parse).flatMap(Optional::stream).findFirst().map(List::of);
    };
  }

  /**
   * Several values, or one value listing several people separated by semicolons; a value written as
   * a byline ({@code By JEFFREY GETTLEMAN}, the New York Times' {@code byl} tag) gives its names;
   * another gives the {@link #peopleNamed people it names}.
   */
  private static Optional<List<String>> authors(List<String> values) {
    Set<String> names = new LinkedHashSet<>();
    for (String value : values) {
      for (String part : value.split("\\s*;\\s*")) {
        if (!part.isBlank() && !JUNK_AUTHOR.matcher(part).matches()) {
          names.addAll(
              Bylines.parse(part)
                  .filter(Bylines.Byline::named)
                  .map(Bylines.Byline::names)
                  .orElse(peopleNamed(part.strip())));
        }
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
  }

  /**
   * The people one value names: one name written surname first ({@code Okonkwo, Marta}), a list of
   * full names ({@code Marta Okonkwo, Colm Ferrity and Ana Cruz}), else the value as one author.
   */
  private static List<String> peopleNamed(String value) {
    String reordered = Names.givenNameFirst(value);
    if (!reordered.equals(value)) {
      return List.of(reordered);
    }
    return Names.list(value)
        .filter(names -> names.size() > 1 && names.stream().allMatch(n -> n.contains(" ")))
        .orElse(List.of(value));
  }

  /** The first of a page's byline markup values that names someone ({@link MarkupBylines}). */
  private static Optional<List<String>> bylineNames(List<String> values) {
    return values.stream().map(MarkupBylines::names).flatMap(Optional::stream).findFirst();
  }

  /** Every name a page's author markup gives ({@link MarkupBylines}: the others name no one). */
  private static Optional<List<String>> markedUpNames(List<String> values) {
    List<String> names =
        values.stream()
            .map(MarkupBylines::names)
            .flatMap(Optional::stream)
            .flatMap(List::stream)
            .distinct()
            .toList();
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  private static String from(String format, String key) {
    String namespace = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
    return GENERIC.contains(namespace) ? format + ":" + key : key;
  }
}
