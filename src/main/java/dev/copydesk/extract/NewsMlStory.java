package dev.copydesk.extract;

import static dev.copydesk.extract.XmlElements.child;
import static dev.copydesk.extract.XmlElements.children;
import static dev.copydesk.extract.XmlElements.first;
import static dev.copydesk.extract.XmlElements.nonBlank;
import static dev.copydesk.extract.XmlElements.text;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A NewsML-G2 story: a {@code <newsItem>}, or the first item of a {@code <newsMessage>} carrying
 * text; its {@code contentMeta} (headlines, byline, slug, dateline), {@code itemMeta} (dates,
 * editorial note, embargo), rights, and the text of its {@code contentSet}: XHTML, NITF or plain
 * text (see {@link NewsXml}).
 */
final class NewsMlStory {

  private NewsMlStory() {}

  /**
   * The story in a NewsML-G2 item, or in the first item of a message that carries text; the
   * message's further items with text are set aside whole, one block each ({@link
   * RawBlock#OTHER_STORY}).
   */
  static NewsXml.Story read(Element root) {
    List<Element> withText = isMessage(root) ? textItems(root) : List.of(root);
    Element item = withText.isEmpty() ? root : withText.get(0);
    List<RawBlock> body =
        new ArrayList<>(content(item).map(NewsMlStory::contentBlocks).orElse(List.of()));
    withText.stream().skip(1).map(NewsMlStory::setAside).forEach(body::add);
    Element meta = child(item, "contentMeta").orElse(item);
    Element itemMeta = child(item, "itemMeta").orElse(item);
    List<Element> headlines = children(meta, "headline");
    Predicate<Element> sub = h -> h.attr("role").toLowerCase(Locale.ROOT).contains("sub");
    Map<String, String> facts = new LinkedHashMap<>();
    first(
            text(child(itemMeta, "firstCreated")),
            text(child(meta, "contentCreated")),
            text(child(itemMeta, "versionCreated")))
        .flatMap(NewsXml::isoDate)
        .ifPresent(date -> facts.put(NewsXml.PUBLISHED, date));
    text(child(meta, "slugline")).ifPresent(slug -> facts.put(NewsXml.SLUG, slug));
    nonBlank(item.attr("guid")).ifPresent(id -> facts.put(NewsXml.ID, id));
    first(
            text(child(meta, "dateline")),
            text(child(meta, "located").flatMap(l -> child(l, "name"))))
        .ifPresent(dateline -> facts.put(NewsXml.DATELINE, dateline));
    Optional<Element> rights = child(item, "rightsInfo");
    first(
            text(rights.flatMap(r -> child(r, "copyrightNotice"))),
            text(rights.flatMap(r -> child(r, "copyrightHolder")).flatMap(h -> child(h, "name"))))
        .ifPresent(copyright -> facts.put(NewsXml.COPYRIGHT, copyright));
    return new NewsXml.Story(
        text(child(itemMeta, "embargoed")).flatMap(NewsXml::isoDate).orElse(null),
        headlines.stream().filter(sub.negate()).findFirst().flatMap(XmlElements::text).orElse(null),
        children(itemMeta, "edNote").stream()
            .map(Element::text)
            .map(String::strip)
            .filter(note -> !note.isEmpty())
            .toList(),
        first(
                text(headlines.stream().filter(sub).findFirst()),
                text(
                    children(meta, "description").stream()
                        .filter(d -> d.attr("role").toLowerCase(Locale.ROOT).contains("summary"))
                        .findFirst()))
            .orElse(null),
        children(meta, "by").stream()
            .map(Element::text)
            .map(String::strip)
            .filter(by -> !by.isEmpty())
            .toList(),
        body,
        facts);
  }

  static boolean isMessage(Element root) {
    return XmlElements.localName(root).equals("newsmessage");
  }

  /** A message's items that carry text (a picture's item, or one that only links, does not). */
  static List<Element> textItems(Element message) {
    return child(message, "itemSet").stream()
        .flatMap(set -> children(set, "newsItem").stream())
        .filter(i -> content(i).isPresent())
        .toList();
  }

  /** A further item of a message, as one set-aside block: its headline, then its text. */
  private static RawBlock setAside(Element item) {
    String headline =
        child(item, "contentMeta")
            .flatMap(meta -> children(meta, "headline").stream().findFirst())
            .flatMap(XmlElements::text)
            .map(h -> h + "\n\n")
            .orElse("");
    String text =
        content(item).map(NewsMlStory::contentBlocks).orElse(List.of()).stream()
            .map(RawBlock::text)
            .collect(Collectors.joining("\n\n"));
    return new RawBlock(BlockKind.PARAGRAPH, headline + text, 0, RawBlock.OTHER_STORY);
  }

  /** The item's text: the first {@code inlineXML} or {@code inlineData} of its content set. */
  private static Optional<Element> content(Element item) {
    return child(item, "contentSet").stream()
        .flatMap(set -> set.children().stream())
        .filter(c -> List.of("inlinexml", "inlinedata").contains(XmlElements.localName(c)))
        .findFirst();
  }

  private static List<RawBlock> contentBlocks(Element content) {
    if (XmlElements.localName(content).equals("inlinedata")) {
      return PlainText.blocks(content.wholeText());
    }
    Element inner = content.children().first();
    if (inner == null) {
      return PlainText.blocks(content.wholeText());
    }
    return switch (XmlElements.localName(inner)) {
      case "nitf" -> NitfStory.read(inner).body();
      case "html" -> NewsBlocks.of(child(inner, "body").orElse(inner));
      default -> NewsBlocks.of(content);
    };
  }
}
