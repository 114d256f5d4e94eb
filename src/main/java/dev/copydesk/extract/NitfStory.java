package dev.copydesk.extract;

import static dev.copydesk.extract.XmlElements.attribute;
import static dev.copydesk.extract.XmlElements.child;
import static dev.copydesk.extract.XmlElements.children;
import static dev.copydesk.extract.XmlElements.first;
import static dev.copydesk.extract.XmlElements.nonBlank;
import static dev.copydesk.extract.XmlElements.text;

import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * An NITF story ({@code <nitf>}): the headline and deck from {@code hedline}, the advisory from
 * {@code ed-msg}, the byline, the body from {@code body.content} and {@code body.end}, and what
 * {@code docdata} and the dateline state (see {@link NewsXml}).
 */
final class NitfStory {

  private NitfStory() {}

  /** The story in an NITF document's root element. */
  static NewsXml.Story read(Element nitf) {
    Element head = child(nitf, "head").orElse(nitf);
    Element body = child(nitf, "body").orElse(nitf);
    Element bodyHead = child(body, "body.head").orElse(body);
    Element docdata = child(head, "docdata").orElse(head);
    Optional<Element> hedline = child(bodyHead, "hedline");
    Map<String, String> facts = new LinkedHashMap<>();
    first(
            attribute(child(head, "pubdata"), "date.publication"),
            attribute(child(docdata, "date.issue"), "norm"),
            attribute(child(bodyHead, "dateline").flatMap(d -> child(d, "story.date")), "norm"))
        .flatMap(NewsXml::isoDate)
        .ifPresent(date -> facts.put(NewsXml.PUBLISHED, date));
    String embargo =
        attribute(child(docdata, "date.release"), "norm")
            .flatMap(NewsXml::isoDate)
            .filter(release -> NewsXml.later(release, facts.get(NewsXml.PUBLISHED)))
            .orElse(null);
    text(child(bodyHead, "abstract")).ifPresent(summary -> facts.put(NewsXml.ABSTRACT, summary));
    attribute(child(docdata, "du-key"), "key").ifPresent(slug -> facts.put(NewsXml.SLUG, slug));
    attribute(child(docdata, "doc-id"), "id-string").ifPresent(id -> facts.put(NewsXml.ID, id));
    text(child(bodyHead, "dateline")).ifPresent(dateline -> facts.put(NewsXml.DATELINE, dateline));
    child(docdata, "doc.copyright")
        .flatMap(c -> nonBlank(String.join(" ", c.attr("year"), c.attr("holder"))))
        .ifPresent(copyright -> facts.put(NewsXml.COPYRIGHT, "© " + copyright));
    List<RawBlock> blocks = new ArrayList<>();
    child(body, "body.content").ifPresent(content -> blocks.addAll(NewsBlocks.of(content)));
    child(body, "body.end").ifPresent(end -> blocks.addAll(NewsBlocks.of(end)));
    return new NewsXml.Story(
        embargo,
        first(text(hedline.flatMap(h -> child(h, "hl1"))), text(child(head, "title"))).orElse(null),
        children(docdata, "ed-msg").stream()
            .map(note -> note.attr("info").strip())
            .filter(info -> !info.isEmpty())
            .toList(),
        first(text(hedline.flatMap(h -> child(h, "hl2"))), text(child(bodyHead, "abstract")))
            .orElse(null),
        children(bodyHead, "byline").stream()
            .map(NitfStory::byline)
            .flatMap(Optional::stream)
            .toList(),
        blocks,
        facts);
  }

  /**
   * An NITF byline as a wire feed prints it: {@code By} and the names ({@code <person>}), the title
   * ({@code <byttl>}) on a line of its own; a byline without marked names as written.
   */
  private static Optional<String> byline(Element byline) {
    List<String> people = children(byline, "person").stream().map(Element::text).toList();
    Optional<String> title = text(child(byline, "byttl"));
    if (people.isEmpty()) {
      return nonBlank(byline.text());
    }
    String names = "By " + String.join(" and ", people);
    return Optional.of(title.map(t -> names + "\n" + t).orElse(names));
  }
}
