package dev.copydesk.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Small reads of jsoup's XML elements for the wire readers ({@link NitfStory}, {@link
 * NewsMlStory}): children by their name without namespace prefix, text and attributes when not
 * blank.
 */
final class XmlElements {

  private XmlElements() {}

  /**
   * The element's name without its namespace prefix, lower-cased ({@code xhtml:P} is {@code p}).
   */
  static String localName(Element element) {
    String name = element.tagName();
    return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
  }

  static Optional<Element> child(Element parent, String name) {
    return children(parent, name).stream().findFirst();
  }

  static List<Element> children(Element parent, String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return parent.children().stream().filter(c -> localName(c).equals(wanted)).toList();
  }

  static Optional<String> text(Optional<Element> element) {
    return element.flatMap(XmlElements::text);
  }

  static Optional<String> text(Element element) {
    return nonBlank(element.text());
  }

  static Optional<String> attribute(Optional<Element> element, String name) {
    return element.flatMap(e -> nonBlank(e.attr(name)));
  }

  static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  @SafeVarargs
  static Optional<String> first(Optional<String>... candidates) {
    return Stream.of(candidates).flatMap(Optional::stream).findFirst();
  }
}
