package dev.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Mozilla Readability's 130 test pages, read in place from the shared corpora folder beside the
 * project: each page's folder holds {@code source.html}, {@code expected.html} and {@code
 * expected-metadata.json}. A test that uses them fails, never skips, when the folder is missing.
 */
public final class ReadabilityPages {

  public static final Path CORPUS = Path.of("../shared/corpora/readability-test-pages");

  private ReadabilityPages() {}

  /** Every page's folder, in name order. */
  public static List<Path> folders() {
    assertThat(CORPUS)
        .as("the Readability test pages must be at %s (relative to the project)", CORPUS)
        .isDirectory();
    try (Stream<Path> list = Files.list(CORPUS)) {
      List<Path> folders =
          list.filter(d -> Files.exists(d.resolve("source.html"))).sorted().toList();
      assertThat(folders).hasSizeGreaterThanOrEqualTo(130);
      return folders;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
