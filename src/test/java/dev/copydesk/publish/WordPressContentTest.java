package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPressContentTest {

  @Test
  void consecutiveListItemsMakeOneListAndAParagraphEndsIt() {
    String html =
        WordPressContent.blocks(
            List.of(
                new Block(0, BlockKind.LIST, "Energy costs have tripled", null),
                new Block(1, BlockKind.LIST, "Roof leaks & rain", null),
                new Block(2, BlockKind.PARAGRAPH, "The council voted.", null),
                new Block(3, BlockKind.LIST, "One more", null)));

    assertThat(html.split("<!-- wp:list -->", -1)).hasSize(3);
    assertThat(html)
        .startsWith(
            "<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Energy costs have tripled</li>\n"
                + "<!-- /wp:list-item -->\n<!-- wp:list-item -->\n<li>Roof leaks &amp; rain</li>")
        .contains("<p>The council voted.</p>")
        .endsWith("<li>One more</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->");
  }

  @Test
  void aTableIsAGutenbergTableWithACellPerTabSeparatedField() {
    String html =
        WordPressContent.blocks(
            List.of(new Block(0, BlockKind.TABLE, "Pool\tHours\nLido & baths\t\n<b>\t7am", null)));

    assertThat(html)
        .isEqualTo(
            "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><tbody>"
                + "<tr><td>Pool</td><td>Hours</td></tr>"
                + "<tr><td>Lido &amp; baths</td><td></td></tr>"
                + "<tr><td>&lt;b&gt;</td><td>7am</td></tr>"
                + "</tbody></table></figure>\n<!-- /wp:table -->");
  }
}
