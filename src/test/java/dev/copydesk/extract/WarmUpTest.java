package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.Limits;
import dev.copydesk.config.Parse;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {

  private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

  /** A sample that failed would warm nothing (and hide a broken parser until the first upload). */
  @Test
  void everyBundledSampleIsExtractedWithText(@TempDir Path folder) throws IOException {
    Map<String, Result<Extracted>> outcomes =
        WarmUp.run(new TikaExtractor(Limits.defaults()), folder);

    assertThat(outcomes).containsOnlyKeys(WarmUp.SAMPLES);
    outcomes.forEach(
        (sample, outcome) -> {
          assertThat(outcome).as(sample).isInstanceOf(Result.Ok.class);
          assertThat(((Result.Ok<Extracted>) outcome).value().blocks())
              .as(sample)
              .hasSizeGreaterThan(5);
        });
    try (var left = Files.list(folder)) {
      assertThat(left).as("the copies are deleted after use").isEmpty();
    }
  }

  /**
   * A server stopped while its parsers warm up kills them mid-sample: the copy they were parsing
   * used to stay in the temp dir, one more at every such stop.
   */
  @Test
  void aChildKilledWhileWarmingUpLeavesNothingInTheTempDir() throws Exception {
    Set<Path> before = warmUpLeftovers();
    Set<Path> appeared;
    try (ForkedExtractor pool =
        new ForkedExtractor(
            Limits.defaults(), new Parse("forked", 1, 256), TikaExtractor.class.getName())) {
      appeared = awaitNew(before);
      assertThat(appeared).as("the child warms up in the temp dir").isNotEmpty();
    }
    long giveUp = System.nanoTime() + 10_000_000_000L;
    while (appeared.stream().anyMatch(Files::exists) && System.nanoTime() < giveUp) {
      Thread.sleep(20);
    }
    assertThat(appeared).noneMatch(Files::exists);
  }

  /** The parent of a warm child may exit without stopping it (a test JVM does): nothing is left. */
  @Test
  void aWarmChildHasRemovedItsWarmUpFolder() throws Exception {
    Set<Path> before = warmUpLeftovers();
    try (ForkedExtractor pool =
        new ForkedExtractor(
            Limits.defaults(), new Parse("forked", 1, 256), TikaExtractor.class.getName())) {
      assertThat(pool.awaitReady(60_000)).isTrue();
      Set<Path> left = warmUpLeftovers();
      left.removeAll(before);
      assertThat(left).isEmpty();
    }
  }

  private static Set<Path> awaitNew(Set<Path> before) throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + 30_000_000_000L;
    Set<Path> now = warmUpLeftovers();
    while (now.equals(before) && System.nanoTime() < giveUp) {
      Thread.sleep(5);
      now = warmUpLeftovers();
    }
    now.removeAll(before);
    return now;
  }

  /**
   * The warm-up folders of this JVM's child processes: another copydesk run on the machine (a build
   * beside this one) has its own in the same temp dir.
   */
  private static Set<Path> warmUpLeftovers() throws IOException {
    Set<Path> found = new HashSet<>();
    for (long pid : ProcessHandle.current().descendants().mapToLong(ProcessHandle::pid).toArray()) {
      try (DirectoryStream<Path> entries =
          Files.newDirectoryStream(TEMP, "copydesk-warm-up-" + pid + "-*")) {
        entries.forEach(found::add);
      }
    }
    return found;
  }
}
