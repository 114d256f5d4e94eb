package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph styles to block kinds. Tika 3.3.1 reports a Word paragraph style as a {@code class}
 * attribute: the style name with spaces as underscores and a lower-case first letter ({@code
 * Intense Quote} becomes {@code intense_Quote}); Heading n, Title and Subtitle also become {@code
 * <h1>}..{@code <h6>}. ODF style names come through {@link OdtContent} in the same form, and a web
 * page Word saved carries them as {@code Mso} classes ({@code MsoTitle}). The table is keyed on the
 * lower-cased class.
 */
final class StyleRules {

  /** What a style means: the block kind, and the property its text is copied to (or null). */
  record Rule(BlockKind kind, String property) {}

  private static final Map<String, Rule> RULES =
      Map.ofEntries(
          Map.entry("title", new Rule(BlockKind.HEADING, "style:title")),
          Map.entry("subtitle", new Rule(BlockKind.HEADING, "style:subtitle")),
          Map.entry("quote", new Rule(BlockKind.QUOTE, null)),
          Map.entry("intense_quote", new Rule(BlockKind.QUOTE, null)),
          Map.entry("quotations", new Rule(BlockKind.QUOTE, null)),
          Map.entry("block_text", new Rule(BlockKind.QUOTE, null)),
          Map.entry("caption", new Rule(BlockKind.CAPTION, null)),
          Map.entry("figure", new Rule(BlockKind.CAPTION, null)),
          Map.entry("illustration", new Rule(BlockKind.CAPTION, null)),
          Map.entry("drawing", new Rule(BlockKind.CAPTION, null)),
          // A newsroom template's own styles (pandoc's custom-style names them the same way).
          Map.entry("headline", new Rule(BlockKind.HEADING, "style:title")),
          Map.entry("standfirst", new Rule(BlockKind.HEADING, "style:subtitle")),
          Map.entry("dek", new Rule(BlockKind.HEADING, "style:subtitle")),
          Map.entry("deck", new Rule(BlockKind.HEADING, "style:subtitle")),
          Map.entry("strapline", new Rule(BlockKind.HEADING, "style:subtitle")),
          Map.entry("byline", new Rule(BlockKind.PARAGRAPH, "style:byline")),
          Map.entry("crosshead", new Rule(BlockKind.HEADING, null)),
          Map.entry("subhead", new Rule(BlockKind.HEADING, null)),
          Map.entry("pull_quote", new Rule(BlockKind.QUOTE, null)),
          Map.entry("pullquote", new Rule(BlockKind.QUOTE, null)),
          Map.entry("list_paragraph", new Rule(BlockKind.LIST, null)),
          Map.entry("list_bullet", new Rule(BlockKind.LIST, null)),
          Map.entry("list_number", new Rule(BlockKind.LIST, null)),
          // Word's "Save as Web Page" writes the same styles as classes of its own.
          Map.entry("msotitle", new Rule(BlockKind.HEADING, "style:title")),
          Map.entry("msosubtitle", new Rule(BlockKind.HEADING, "style:subtitle")),
          Map.entry("msoquote", new Rule(BlockKind.QUOTE, null)),
          Map.entry("msointensequote", new Rule(BlockKind.QUOTE, null)),
          Map.entry("msoblocktext", new Rule(BlockKind.QUOTE, null)),
          Map.entry("msocaption", new Rule(BlockKind.CAPTION, null)),
          Map.entry("msolistparagraph", new Rule(BlockKind.LIST, null)),
          Map.entry("msolistbullet", new Rule(BlockKind.LIST, null)),
          Map.entry("msolistnumber", new Rule(BlockKind.LIST, null)));

  /**
   * Tika prefixes Word list paragraphs with the bullet glyph instead of emitting {@code <li>}; a
   * paragraph starting with one of these (or with a symbol font's, U+F000–U+F0FF: Word's Symbol and
   * Wingdings bullets, as RTF writes them too) and a space or tab is a list item, and so is a list
   * item (by its element or its style, {@code List Paragraph}) without its glyph. A list item that
   * starts with a number is a numbered paragraph ({@link ItemLabels}).
   */
  private static final Pattern WORD_BULLET =
      Pattern.compile("^[·•▪◦‣■□●○➢✓\\uF000-\\uF0FF][ \\t\\u00A0]+");

  /**
   * Word's suffix for a list paragraph's place in its list when it saves a web page ({@code
   * MsoListParagraphCxSpFirst}, {@code …CxSpMiddle}, {@code …CxSpLast}).
   */
  private static final Pattern CONTEXTUAL_SPACING = Pattern.compile("cxsp(?:first|middle|last)$");

  private StyleRules() {}

  static Rule ruleFor(String styleClass) {
    if (styleClass == null) {
      return null;
    }
    String key = styleClass.toLowerCase(Locale.ROOT);
    return RULES.get(key.contains("cxsp") ? CONTEXTUAL_SPACING.matcher(key).replaceAll("") : key);
  }

  /**
   * The blocks and the style properties ({@code style:title}, ...) the pieces imply; {@code
   * bulletsInText}: the format prints a list item's bullet in its paragraph (Word, RTF).
   */
  static Styled apply(List<Piece> pieces, boolean bulletsInText) {
    List<RawBlock> blocks = new ArrayList<>();
    Map<String, List<String>> properties = new LinkedHashMap<>();
    for (Piece piece : pieces) {
      Rule rule = ruleFor(piece.styleClass());
      BlockKind kind = rule == null ? piece.kind() : rule.kind();
      String text = piece.text();
      Matcher bullet = WORD_BULLET.matcher(text);
      if ((kind == BlockKind.LIST || bulletsInText && kind == BlockKind.PARAGRAPH)
          && bullet.find()) {
        kind = BlockKind.LIST;
        text = text.substring(bullet.end());
      } else if (kind == BlockKind.LIST && ItemLabels.startsWithNumber(text)) {
        kind = BlockKind.PARAGRAPH;
      }
      if (rule != null && rule.property() != null) {
        properties.computeIfAbsent(rule.property(), k -> new ArrayList<>()).add(text.strip());
      }
      blocks.add(new RawBlock(kind, text, piece.page(), piece.setAside()));
    }
    return new Styled(blocks, properties);
  }

  /** Blocks plus the properties their styles contributed. */
  record Styled(List<RawBlock> blocks, Map<String, List<String>> properties) {}
}
