package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the seed files straight through the pre-scan and the forked parser pool (no
 * HTTP): every case a value within the parse timeout plus one second, the pool alive at the end,
 * threads and heap back to baseline. The 1,000-case sweep runs through the upload endpoint ({@link
 * UploadSweepTest}); this one is the cheap extractor-level check. {@code -Dsweep.directCases=N}
 * (default 200) and {@code -Dsweep.seed=S} (default 7) for long runs and replays.
 */
class MutationSweepTest {

  private static final int CASES = Integer.getInteger("sweep.directCases", 200);
  private static final long SEED = Long.getLong("sweep.seed", 7);
  private static final long DEADLINE_MS = TikaPool.LIMITS.parseTimeoutMs() + 1000;
  private static final int CALLERS = 2;

  @TempDir Path dir;

  private record Case(int number, String how, ErrorCode code, long millis) {}

  /** A seed file's name and bytes. */
  record Seed(String name, byte[] bytes) {}

  @Test
  void everyDamagedFileGetsAValueInTimeAndNothingLeaks() throws Exception {
    List<Seed> seeds = seeds();
    ScreenedExtractor extractor =
        new ScreenedExtractor(new PreScan(TikaPool.LIMITS), TikaPool.get());
    Path good = ExtractorModesTest.seeds().get(0);
    assertThat(extractor.extract(good, good.getFileName().toString()))
        .isInstanceOf(Result.Ok.class);
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    long heapBefore = usedHeapAfterGc();

    List<Case> cases = sweep(extractor, seeds);

    Map<ErrorCode, Integer> codes = new EnumMap<>(ErrorCode.class);
    int ok = 0;
    long slowest = 0;
    for (Case c : cases) {
      slowest = Math.max(slowest, c.millis());
      if (c.code() == null) {
        ok++;
      } else {
        codes.merge(c.code(), 1, Integer::sum);
      }
      assertThat(c.millis()).as("case %d (%s)", c.number(), c.how()).isLessThan(DEADLINE_MS);
      assertThat(c.code())
          .as("case %d (%s)", c.number(), c.how())
          .isNotIn(ErrorCode.INTERNAL, ErrorCode.NOT_READY);
    }
    System.out.printf(
        "sweep seed=%d cases=%d ok=%d failed=%s slowest=%d ms%n",
        SEED, cases.size(), ok, codes, slowest);
    assertThat(cases).hasSize(CASES);
    assertThat(extractor.extract(good, good.getFileName().toString()))
        .isInstanceOf(Result.Ok.class);
    assertThat(ManagementFactory.getThreadMXBean().getThreadCount())
        .isLessThanOrEqualTo(threadsBefore + 2); // JDK process-reaper threads idle out later
    assertThat(usedHeapAfterGc()).isLessThan(heapBefore + 64L * 1024 * 1024);
  }

  private List<Case> sweep(Extractor extractor, List<Seed> seeds) throws Exception {
    Mutator mutator = new Mutator(SEED);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<Case>> futures = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        int number = i;
        futures.add(callers.submit(() -> run(extractor, mutator, seeds, number)));
      }
      List<Case> cases = new ArrayList<>();
      for (Future<Case> f : futures) {
        cases.add(f.get());
      }
      return cases;
    } finally {
      callers.shutdownNow();
    }
  }

  private Case run(Extractor extractor, Mutator mutator, List<Seed> seeds, int number)
      throws IOException {
    Mutator.Mutation m = mutator.mutate(seeds.get(number % seeds.size()).bytes(), number);
    Path file = Files.write(dir.resolve("case-" + number), m.bytes());
    long start = System.nanoTime();
    Result<Extracted> result = extractor.extract(file, "case-" + number);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Files.delete(file);
    ErrorCode code = result instanceof Result.Failed<Extracted> f ? f.error().code() : null;
    return new Case(number, (number % seeds.size()) + ": " + m.how(), code, millis);
  }

  /** The team's seed files, plus a zip of three of them (the bulk-import shape). */
  static List<Seed> seeds() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    for (Path seed : ExtractorModesTest.seeds()) {
      seeds.add(new Seed(seed.getFileName().toString(), Files.readAllBytes(seed)));
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (Path seed : ExtractorModesTest.seeds().subList(0, 3)) {
        out.putNextEntry(new ZipEntry(seed.getFileName().toString()));
        out.write(Files.readAllBytes(seed));
        out.closeEntry();
      }
    }
    seeds.add(new Seed("three-seeds.zip", zip.toByteArray()));
    return seeds;
  }

  static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
