package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-process and forked parsing give the same value for every seed file and fixture. */
class ExtractorModesTest {

  @TempDir Path dir;

  static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void bothModesGiveEqualResultsForEverySeedAndFixture() throws IOException {
    List<Path> files = new java.util.ArrayList<>(seeds());
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    files.add(Files.write(dir.resolve("generated.docx"), HostileZips.docx("One.", "Two.")));
    files.add(Files.writeString(dir.resolve("empty-ish.txt"), "   \n"));
    TikaExtractor inProcess = new TikaExtractor(TikaPool.LIMITS);
    ForkedExtractor forked = TikaPool.get();
    int ok = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      Result<Extracted> here = inProcess.extract(file, name);
      Result<Extracted> there = forked.extract(file, name);
      assertThat(there).as(name).isEqualTo(here);
      ok += here instanceof Result.Ok ? 1 : 0;
    }
    assertThat(ok).isGreaterThanOrEqualTo(files.size() - 2);
  }
}
