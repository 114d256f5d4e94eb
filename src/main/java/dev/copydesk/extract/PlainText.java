package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text to blocks: a blank line (spaces allowed) or a form feed ends a paragraph; single line
 * breaks stay inside the block as {@code \n}, for normalisation to judge.
 */
final class PlainText {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n(?:[\\h\\x0B]*[\\n\\f])+|\\f");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[\\h\\x0B]+\\n");

  private PlainText() {}

  static List<RawBlock> blocks(String text) {
    List<RawBlock> blocks = new ArrayList<>();
    for (String chunk : PARAGRAPH_BREAK.split(unifyLineBreaks(text))) {
      String paragraph = TRAILING_SPACE.matcher(chunk).replaceAll("\n").strip();
      if (!paragraph.isEmpty()) {
        blocks.add(RawBlock.of(BlockKind.PARAGRAPH, paragraph));
      }
    }
    return blocks;
  }

  /** CRLF and lone CR (old Mac files) become LF; a leading BOM character goes. */
  static String unifyLineBreaks(String text) {
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    return unified.startsWith("\uFEFF") ? unified.substring(1) : unified;
  }
}
