package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown as static-site systems (Jekyll, Hugo, Eleventy) and pandoc write it: front matter,
 * fenced divs, shortcodes and Liquid tags.
 */
class MarkdownFromSitesTest {

  @TempDir Path dir;

  @Test
  void yamlFieldsAreReadAndTheBodyFollowsTheClosingLine() {
    FrontMatter.Split split =
        FrontMatter.split(
            """
            ---
            title: "Ferry back on \\"full\\" schedule"
            subtitle: 'The island''s only link ran half its sailings for a week'
            author: Mara Quint   # the desk's note
            date: 2025-03-02T08:00:00Z
            lastmod: 2025-03-04
            tags: [ferries, island]
            lang: en-GB
            ---
            The ferry to Gannet Island ran its full schedule on Sunday.
            """);

    assertThat(split.properties())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "md:title", List.of("Ferry back on \"full\" schedule"),
                "md:description",
                    List.of("The island's only link ran half its sailings for a week"),
                "md:author", List.of("Mara Quint"),
                "md:date", List.of("2025-03-02T08:00:00Z"),
                "dc:language", List.of("en-GB")));
    assertThat(split.body())
        .isEqualTo("The ferry to Gannet Island ran its full schedule on Sunday.\n");
    assertThat(split.block()).startsWith("title: ").endsWith("lang: en-GB");
  }

  @Test
  void authorsAsListsItemsOrNamedObjects() {
    assertThat(FrontMatter.split("---\nauthors: [Mara Quint, \"Tomas Reyes\"]\n---\n").properties())
        .containsEntry("md:author", List.of("Mara Quint", "Tomas Reyes"));
    assertThat(
            FrontMatter.split("---\nauthor:\n  - Mara Quint\n  - Tomas Reyes\n---\n").properties())
        .containsEntry("md:author", List.of("Mara Quint", "Tomas Reyes"));
    assertThat(
            FrontMatter.split("---\nauthor:\n  name: Mara Quint\n  twitter: \"@mq\"\n...\nText\n")
                .properties())
        .containsEntry("md:author", List.of("Mara Quint"));
  }

  @Test
  void aFoldedDescriptionIsOneLine() {
    String text =
        "---\ndescription: >\n  The board voted 6–1\n  on Monday.\ntitle: Late start\n---\n";

    assertThat(FrontMatter.split(text).properties())
        .containsEntry("md:description", List.of("The board voted 6–1 on Monday."))
        .containsEntry("md:title", List.of("Late start"));
  }

  @Test
  void tomlBetweenPlusLinesIsReadUpToItsFirstTable() {
    String text =
        "+++\r\ntitle = \"Late start\"\r\nauthors = [\"Mara Quint\"]\r\ndate = 2025-03-02\r\n"
            + "[params]\r\nsummary = \"not the article's\"\r\n+++\r\nBody.\r\n";

    FrontMatter.Split split = FrontMatter.split(text);

    assertThat(split.properties())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "md:title", List.of("Late start"),
                "md:author", List.of("Mara Quint"),
                "md:date", List.of("2025-03-02")));
    assertThat(split.body()).isEqualTo("Body.\n");
  }

  @Test
  void aBlockThatNeverClosesOrDoesNotOpenWithAKeyIsNotFrontMatter() {
    String unclosed = "---\ntitle: Late start\n\nThe board voted.\n";
    String rule = "The board voted.\n\n---\n\ntitle: not metadata\n";
    String rules = "---\nThe board voted: 6 to 1.\n---\n\nStudents start later.\n";

    assertThat(FrontMatter.split(unclosed))
        .isEqualTo(new FrontMatter.Split("", Map.of(), unclosed));
    assertThat(FrontMatter.split(rule)).isEqualTo(new FrontMatter.Split("", Map.of(), rule));
    assertThat(FrontMatter.split(rules)).isEqualTo(new FrontMatter.Split("", Map.of(), rules));
  }

  @ParameterizedTest
  @ValueSource(strings = {"late-start.md", "late-start.txt", "late-start"})
  void theFrontMatterIsSetAsideAndItsFieldsAreProperties(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        "---\ntitle: \"Schools start later\"\nauthor: Mara Quint\n---\n\n# Schools start later\n\n"
            + "Students will begin classes fifty minutes later next fall.\n");

    Result<Extracted> result = Fixtures.EXTRACTOR.extract(file, name);

    Extracted md = ((Result.Ok<Extracted>) result).value();
    assertThat(md.blocks())
        .containsExactly(
            new RawBlock(
                BlockKind.PARAGRAPH,
                "title: \"Schools start later\"\nauthor: Mara Quint",
                0,
                RawBlock.FRONT_MATTER),
            RawBlock.of(BlockKind.HEADING, "Schools start later"),
            RawBlock.of(
                BlockKind.PARAGRAPH, "Students will begin classes fifty minutes later next fall."));
    assertThat(md.property("md:title")).isEqualTo("Schools start later");
    assertThat(md.property("md:author")).isEqualTo("Mara Quint");
  }

  @Test
  void pandocsFencedDivLinesAreNotText() {
    assertThat(Markdown.blocks("::: {custom-style=\"Caption\"}\nVolunteers carry boxes.\n:::\n"))
        .containsExactly(RawBlock.of(BlockKind.PARAGRAPH, "Volunteers carry boxes."));
  }

  @Test
  void siteGeneratorTagsGiveTheirCaptionOrAreSetAside() {
    String text =
        """
        {{< figure src="/img/pier.jpg" caption="The pier's south end, closed since *March*." >}}

        The pier reopens in May.

        {{< youtube w7Ft2ymGmfc >}}
        {% include newsletter-signup.html %}
        """;

    assertThat(Markdown.blocks(text))
        .containsExactly(
            RawBlock.of(BlockKind.CAPTION, "The pier's south end, closed since March."),
            RawBlock.of(BlockKind.PARAGRAPH, "The pier reopens in May."),
            new RawBlock(
                BlockKind.PARAGRAPH, "{{< youtube w7Ft2ymGmfc >}}", 0, RawBlock.SITE_MARKUP),
            new RawBlock(
                BlockKind.PARAGRAPH,
                "{% include newsletter-signup.html %}",
                0,
                RawBlock.SITE_MARKUP));
  }
}
