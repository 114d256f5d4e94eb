package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Limits;
import dev.copydesk.config.LimitsBuilder;
import dev.copydesk.config.Parse;
import dev.copydesk.config.Server;
import dev.copydesk.web.EmbeddedServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation sweep through the real upload endpoint: an embedded server with forked parsing and
 * an 8 s parse timeout, two clients sending damaged seed files to {@code POST
 * api/v1/uploads?dryRun=true}. Every reply is a 2xx or a 4xx problem+json within the parse timeout
 * plus one second; the server still takes a good file at the end; threads and heap come back.
 * {@code -Dsweep.cases=N} (default 1000) and {@code -Dsweep.seed=S} (default 7) for long runs and
 * replays.
 */
class UploadSweepTest {

  private static final int CASES = Integer.getInteger("sweep.cases", 1000);
  private static final long SEED = Long.getLong("sweep.seed", 7);
  private static final long PARSE_TIMEOUT_MS = 8_000;
  private static final long DEADLINE_MS = PARSE_TIMEOUT_MS + 1_000;
  private static final int CLIENTS = 2;
  private static final String TOKEN = "sweep-token-0123456789abcdef";

  @TempDir Path dataDir;

  private record Case(int number, String how, SweepUploads.Reply reply) {}

  @Test
  void everyDamagedUploadGetsAnAnswerInTimeAndTheServerSurvives() throws Exception {
    List<MutationSweepTest.Seed> seeds = smallestPerFormat(MutationSweepTest.seeds());
    try (EmbeddedServer server = EmbeddedServer.start(config())) {
      SweepUploads uploads =
          new SweepUploads(server.uri(), TOKEN, Duration.ofMillis(DEADLINE_MS * 5));
      MutationSweepTest.Seed good = seeds.get(0);
      awaitGoodUpload(uploads, good);
      int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
      long heapBefore = MutationSweepTest.usedHeapAfterGc();
      long start = System.nanoTime();

      List<Case> cases = sweep(uploads, seeds);

      long seconds = (System.nanoTime() - start) / 1_000_000_000;
      report(cases, seconds);
      assertThat(cases).hasSize(CASES);
      for (Case c : cases) {
        assertAnswered(c);
      }
      assertThat(uploads.send(good.name(), good.bytes()).status()).isEqualTo(201);
      // Jetty's pool, the HTTP client and process reapers keep a few idle threads for a while; a
      // leak per case would show as hundreds after 1,000 cases, so settle, then allow a few.
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(ManagementFactory.getThreadMXBean().getThreadCount())
                      .as("threads before the sweep: %d", threadsBefore)
                      .isLessThanOrEqualTo(threadsBefore + 12));
      assertThat(MutationSweepTest.usedHeapAfterGc()).isLessThan(heapBefore + 64L * 1024 * 1024);
    }
  }

  /** Every format once, by its smallest seed: the sweep's cost is per case, not per format. */
  static List<MutationSweepTest.Seed> smallestPerFormat(List<MutationSweepTest.Seed> seeds) {
    Map<String, MutationSweepTest.Seed> smallest = new TreeMap<>();
    for (MutationSweepTest.Seed seed : seeds) {
      String format = seed.name().substring(seed.name().lastIndexOf('.') + 1);
      smallest.merge(format, seed, (a, b) -> a.bytes().length <= b.bytes().length ? a : b);
    }
    return List.copyOf(smallest.values());
  }

  private static void assertAnswered(Case c) {
    SweepUploads.Reply r = c.reply();
    String what = "case " + c.number() + " (" + c.how() + "): " + r.status() + " " + r.body();
    assertThat(r.millis()).as(what).isLessThan(DEADLINE_MS);
    assertThat(r.status()).as(what).isBetween(200, 499);
    if (r.status() >= 300) {
      assertThat(r.status()).as(what).isGreaterThanOrEqualTo(400);
      assertThat(r.mediaType()).as(what).startsWith("application/problem+json");
      assertThat(r.body()).as(what).doesNotContain("Exception", "\tat ", "java.");
    }
  }

  private CopydeskConfig config() {
    CopydeskConfig d = CopydeskConfig.defaults();
    Limits limits = LimitsBuilder.defaults().parseTimeoutMs(PARSE_TIMEOUT_MS).build();
    // One child more than clients: a caller never waits for a child restarting after a kill,
    // which is what keeps every reply within one parse timeout (see docs/security.md).
    Parse parse = new Parse(Parse.FORKED, CLIENTS + 1, 512);
    Server server = new Server("127.0.0.1", 0, "/copydesk", TOKEN, false);
    return new CopydeskConfig(
        dataDir.toString(), limits, server, d.delivery(), d.dedupe(), parse, d.jobs());
  }

  /** Children take seconds to start on a loaded machine: wait (bounded) for the first 201. */
  private static void awaitGoodUpload(SweepUploads uploads, MutationSweepTest.Seed good)
      throws InterruptedException {
    long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    SweepUploads.Reply reply = uploads.send(good.name(), good.bytes());
    while (reply.status() != 201 && System.nanoTime() < giveUp) {
      Thread.sleep(500);
      reply = uploads.send(good.name(), good.bytes());
    }
    assertThat(reply.status()).as("good upload before the sweep: %s", reply.body()).isEqualTo(201);
  }

  private static List<Case> sweep(SweepUploads uploads, List<MutationSweepTest.Seed> seeds)
      throws Exception {
    Mutator mutator = new Mutator(SEED);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Case>> futures = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        int number = i;
        MutationSweepTest.Seed seed = seeds.get(number % seeds.size());
        futures.add(
            clients.submit(
                () -> {
                  Mutator.Mutation m = mutator.mutate(seed.bytes(), number);
                  String how = seed.name() + ": " + m.how();
                  return new Case(
                      number, how, uploads.send("case-" + number + "-" + seed.name(), m.bytes()));
                }));
      }
      List<Case> cases = new ArrayList<>();
      for (Future<Case> f : futures) {
        cases.add(f.get());
      }
      return cases;
    } finally {
      clients.shutdownNow();
    }
  }

  private static void report(List<Case> cases, long seconds) {
    Map<String, Integer> outcomes = new TreeMap<>();
    List<Long> millis = new ArrayList<>();
    for (Case c : cases) {
      millis.add(c.reply().millis());
      outcomes.merge(outcome(c.reply()), 1, Integer::sum);
      if (c.reply().millis() >= PARSE_TIMEOUT_MS) {
        System.out.printf(
            "upload sweep slow case %d (%s): %d ms, %d%n",
            c.number(), c.how(), c.reply().millis(), c.reply().status());
      }
    }
    java.util.Collections.sort(millis);
    System.out.printf(
        "upload sweep seed=%d cases=%d in %d s: %s median=%d ms slowest=%d ms%n",
        SEED,
        cases.size(),
        seconds,
        outcomes,
        millis.get(millis.size() / 2),
        millis.get(millis.size() - 1));
  }

  /** "201", or "422 PARSE_FAILED" from the problem's stable code. */
  private static String outcome(SweepUploads.Reply r) {
    java.util.regex.Matcher code =
        java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"").matcher(r.body());
    return r.status() + (r.status() >= 400 && code.find() ? " " + code.group(1) : "");
  }
}
