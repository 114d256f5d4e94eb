package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.AUTHORS;
import static dev.copydesk.normalize.MetadataSources.Field.LANGUAGE;
import static dev.copydesk.normalize.MetadataSources.Field.PUBLISHED;
import static dev.copydesk.normalize.MetadataSources.Field.STANDFIRST;
import static dev.copydesk.normalize.MetadataSources.Field.TITLE;

import dev.copydesk.model.Block;
import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Removal;
import dev.copydesk.model.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Extracted document to entry JSON v1: a fixed sequence of pure passes. Order matters: boilerplate
 * blocks go before metadata is read (an "Advertisement" line is no title), footer metadata is read
 * before a related-content run is cut (the footer may sit inside it), and repeated captions are
 * reduced last, once the byline lines around them are gone. Deterministic: same input, same entry.
 */
public final class Normalizer {

  /**
   * Starts loading what the first entry needs (the language profiles, ~1 s) in the background, so
   * that it overlaps the first file's parse.
   */
  public static void warmUp() {
    LanguageGuess.warmUp();
  }

  public Result<Entry> apply(Extracted extracted) {
    List<Removal> removed = new ArrayList<>();
    RunningHeaders.Stripped paged = RunningHeaders.strip(extracted.blocks());
    removed.addAll(paged.removed());
    Pass segmented = recorded(Segmenter.segment(paged.blocks()), removed);
    Pass ended = recorded(EndMarks.cut(segmented.units()), removed);
    Embargoes.Read embargo = Embargoes.read(ended.units());
    Pass cleaned =
        recorded(BoilerplateRules.removeBlocks(recorded(embargo.pass(), removed).units()), removed);
    WireCredits.Read credits = WireCredits.read(cleaned.units());
    BottomMatter.Foot foot = BottomMatter.readFooter(PdfLines.join(credits.rest(), paged.blocks()));
    Pass related = recorded(BoilerplateRules.cutRunAtFoot(foot.rest()), removed);
    WireHeads.Read wire = WireHeads.read(related.units());

    List<Found> found = new ArrayList<>(PropertyMetadata.read(extracted));
    List<Unit> headed = recorded(wire.pass(), removed).units();
    TopMatter.Head head =
        TopMatter.read(
            headed,
            best(TITLE, found),
            best(STANDFIRST, found),
            propertyAuthors(found),
            webPage(extracted),
            once(() -> LanguageGuess.detect(text(headed)).map(f -> f.values().get(0))));
    found.addAll(head.found());
    DatelineDates.resolve(head.dateline(), found).ifPresent(found::add);
    found.addAll(foot.found());
    PostFileNames.date(extracted).ifPresent(found::add);
    credits.credits().flatMap(WireCredits.Credits::found).ifPresent(found::add);
    BottomMatter.bioAuthor(head.rest(), head.bylineRole()).ifPresent(found::add);
    Pass captions = recorded(CaptionReducer.reduce(head.rest()), removed);

    if (captions.units().isEmpty()) {
      return Result.failed(
          ErrorCode.NO_TEXT,
          "Nothing was left for the article body after "
              + "removing "
              + removed.size()
              + " boilerplate and metadata lines.");
    }
    MetadataMap.TextNotes notes =
        new MetadataMap.TextNotes(
            head.dateline(),
            embargo
                .notice()
                .or(() -> Embargoes.inTitleProperty(extracted))
                .or(() -> Embargoes.inMargins(margins(extracted, paged.removed())))
                .orElse(null),
            credits.credits().map(WireCredits.Credits::line).orElse(null),
            wire.withdrawal(),
            Optional.ofNullable(wire.correction())
                .or(() -> Corrections.notice(captions.units()))
                .orElse(null),
            head.notes());
    return Result.ok(entry(extracted, captions.units(), removed, found, notes));
  }

  /** The units' text, a line each. */
  private static String text(List<Unit> units) {
    StringBuilder text = new StringBuilder();
    units.forEach(unit -> text.append(unit.text()).append('\n'));
    return text.toString();
  }

  /** {@code supplier}'s value, worked out the first time it is asked for. */
  private static <T> Supplier<T> once(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  /** The pass, once what it took out is added to {@code removed}. */
  private static Pass recorded(Pass pass, List<Removal> removed) {
    removed.addAll(pass.removed());
    return pass;
  }

  private static Entry entry(
      Extracted extracted,
      List<Unit> units,
      List<Removal> removed,
      List<Found> found,
      MetadataMap.TextNotes notes) {
    List<Block> body = new ArrayList<>();
    for (Unit unit : units) {
      body.add(new Block(body.size(), unit.kind(), unit.text(), null));
    }
    String text = text(units);
    Map<String, Found> chosen = new LinkedHashMap<>();
    for (var field : List.of(TITLE, STANDFIRST, AUTHORS, PUBLISHED)) {
      best(field, found).ifPresent(f -> chosen.put(key(field), f));
    }
    LanguageGuess.detect(text)
        .or(() -> best(LANGUAGE, found))
        .ifPresent(f -> chosen.put("language", f));
    return new Entry(
        Entry.SCHEMA_VERSION,
        id(extracted.source().sha256()),
        extracted.source(),
        value(chosen, "title"),
        value(chosen, "standfirst"),
        chosen.containsKey("authors") ? chosen.get("authors").values() : List.of(),
        value(chosen, "published"),
        value(chosen, "language"),
        TextCleaner.words(text),
        body,
        Removals.group(removed),
        EntryFlags.flags(chosen, units, extracted, notes),
        MetadataMap.build(extracted, chosen, notes));
  }

  /**
   * The texts printed in the page's margins: a document's page headers and footers (set aside as
   * outside the main content; a web page's are its navigation, not margins) and a PDF's running
   * headers.
   */
  private static List<String> margins(Extracted extracted, List<Removal> runningHeaders) {
    Stream<String> pageStories =
        webPage(extracted)
            ? Stream.empty()
            : extracted.blocks().stream()
                .filter(block -> RawBlock.OUTSIDE_MAIN_CONTENT.equals(block.setAside()))
                .map(RawBlock::text);
    Stream<String> headers =
        runningHeaders.stream()
            .filter(removal -> removal.reason().equals(RunningHeaders.HEADER))
            .map(Removal::text);
    return Stream.concat(pageStories, headers).toList();
  }

  /**
   * A page from the web, not a word processor's document saved as HTML (extraction names the word
   * processor in {@code html:exportedFrom}).
   */
  private static boolean webPage(Extracted extracted) {
    return PropertyMetadata.format(extracted.source().mediaType()).equals("html")
        && extracted.property("html:exportedFrom") == null;
  }

  private static List<String> propertyAuthors(List<Found> found) {
    return found.stream()
        .filter(f -> f.field() == AUTHORS)
        .flatMap(f -> f.values().stream())
        .toList();
  }

  private static Optional<Found> best(MetadataSources.Field field, List<Found> found) {
    return MetadataSources.best(field, found);
  }

  private static String key(MetadataSources.Field field) {
    return field.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String value(Map<String, Found> chosen, String key) {
    return chosen.containsKey(key) ? chosen.get(key).value() : null;
  }

  /** The entry id: the first 32 hex digits of the source's SHA-256, so same bytes, same id. */
  static String id(String sha256) {
    return sha256.length() > 32 ? sha256.substring(0, 32) : sha256;
  }
}
