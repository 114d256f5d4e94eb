package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.Limits;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The committed extraction fixtures and small helpers over results. */
final class Fixtures {

  /** One extractor for the test classes: building Tika's parsers is the slow part. */
  static final TikaExtractor EXTRACTOR = new TikaExtractor(Limits.defaults());

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(Fixtures.class.getResource("/fixtures/extract/" + name), name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Extracted extractOk(String name) {
    Result<Extracted> result = EXTRACTOR.extract(path(name), name);
    assertThat(result).as(name).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Extracted>) result).value();
  }

  /** The in-process extractor and the forked pool, as a parameterized test's arguments. */
  static Stream<Arguments> bothModes() {
    return Stream.of(Arguments.of("in-process", EXTRACTOR), Arguments.of("forked", TikaPool.get()));
  }

  /** {@code file} extracted by {@code extractor}, which must succeed. */
  static Extracted extractOk(Extractor extractor, Path file, String name) {
    Result<Extracted> result = extractor.extract(file, name);
    assertThat(result).as(name).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Extracted>) result).value();
  }

  /** Two files read as the same article: the same blocks and the same properties. */
  static void assertSameArticle(Extracted actual, Extracted expected) {
    assertThat(actual.blocks()).isEqualTo(expected.blocks());
    assertThat(actual.properties()).isEqualTo(expected.properties());
  }

  static IngestError error(Result<Extracted> result) {
    assertThat(result).isInstanceOf(Result.Failed.class);
    return ((Result.Failed<Extracted>) result).error();
  }

  static List<String> texts(Extracted extracted, BlockKind kind) {
    return extracted.blocks().stream().filter(b -> b.kind() == kind).map(RawBlock::text).toList();
  }

  static List<String> texts(Extracted extracted) {
    return extracted.blocks().stream().map(RawBlock::text).toList();
  }
}
