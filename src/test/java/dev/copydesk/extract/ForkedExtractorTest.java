package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.Limits;
import dev.copydesk.config.LimitsBuilder;
import dev.copydesk.config.Parse;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool's failure handling, with {@link FaultyExtractor} in the children. */
class ForkedExtractorTest {

  private static final long TIMEOUT_MS = 1500;

  @TempDir static Path dir;
  private static ForkedExtractor pool;
  private static Path good;

  @BeforeAll
  static void startPool() throws IOException {
    pool =
        new ForkedExtractor(
            limits(TIMEOUT_MS), new Parse("forked", 2, 64), FaultyExtractor.class.getName());
    good = Files.writeString(dir.resolve("good.txt"), "Plain text.");
    Files.writeString(dir.resolve("fault"), "x");
  }

  /** Every test starts with warm children, so timings measure parsing, not JVM start. */
  @BeforeEach
  void warmUp() {
    assertThat(pool.awaitReady(60_000)).isTrue();
  }

  @AfterAll
  static void stopPool() {
    pool.close();
  }

  static Limits limits(long timeoutMs) {
    return LimitsBuilder.defaults().parseTimeoutMs(timeoutMs).build();
  }

  private static ErrorCode code(Result<Extracted> result) {
    return result instanceof Result.Failed<Extracted> f ? f.error().code() : null;
  }

  /** Like a client honouring 429: retries while the pool says BUSY (children restarting). */
  private static Result<Extracted> settled(Path file, String name) {
    long giveUp = System.nanoTime() + 60_000_000_000L;
    Result<Extracted> result;
    do {
      result = pool.extract(file, name);
    } while (code(result) == ErrorCode.BUSY && System.nanoTime() < giveUp);
    return result;
  }

  private static Result<Extracted> fault(String name) {
    return settled(dir.resolve("fault"), name);
  }

  private static Result<Extracted> good(String name) {
    return settled(good, name);
  }

  @Test
  void theChildrenKeptForJobsRunAtTheBackgroundPriorityAndTheUploadsChildDoesNot() {
    Set<Long> before = parserChildren();
    int server = NiceValues.ofProcess(ProcessHandle.current().pid());
    try (ForkedExtractor three =
        new ForkedExtractor(
            limits(TIMEOUT_MS), new Parse("forked", 3, 64), FaultyExtractor.class.getName())) {
      assertThat(three.awaitReady(60_000)).isTrue();
      Set<Long> started = parserChildren();
      started.removeAll(before);

      assertThat(started.stream().map(NiceValues::ofProcess).sorted())
          .containsExactly(server, NiceValues.lowered(server), NiceValues.lowered(server));
    }
  }

  private static String commandLine(long pid) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
    } catch (IOException ended) {
      return "";
    }
  }

  private static Set<Long> parserChildren() {
    return ProcessHandle.current()
        .children()
        .map(ProcessHandle::pid)
        .filter(pid -> commandLine(pid).contains(ParserChild.class.getName()))
        .collect(Collectors.toCollection(HashSet::new));
  }

  @Test
  void aGoodFileComesBackWhatTheChildExtracted() {
    Result<Extracted> result = pool.extract(good, "good.txt");
    Extracted extracted = ((Result.Ok<Extracted>) result).value();
    assertThat(extracted.blocks().get(0).text()).isEqualTo("Plain text.");
    assertThat(extracted.property("dc:title")).isEqualTo("good.txt");
  }

  /** A bulk job's file goes through the same children (behind uploads: see ChildPoolTest). */
  @Test
  void aBulkJobsFileComesBackWhatTheChildExtracted() {
    Result<Extracted> result = pool.extractInBulk(good, "good.txt");
    assertThat(((Result.Ok<Extracted>) result).value().blocks().get(0).text())
        .isEqualTo("Plain text.");
  }

  /** XMLBeans' per-part factory look-ups skip the classpath search in the children too. */
  @Test
  void childrenNameTheSaxFactoryTheirLookupFinds() {
    Extracted reply = ((Result.Ok<Extracted>) good("__sax_factory__")).value();
    assertThat(reply.blocks().get(0).text())
        .isEqualTo(SAXParserFactory.newInstance().getClass().getName());
  }

  @Test
  void aLineTheJvmPrintsToStdoutIsNotTakenForTheReply() {
    Extracted reply = ((Result.Ok<Extracted>) good("__jvm_noise__")).value();
    assertThat(reply.blocks().get(0).text()).isEqualTo("Plain text.");
    assertThat(code(good("after-noise"))).isNull();
  }

  /**
   * Uploads go to the child kept for them, so one is free during an import; a job's files of every
   * format to the other, so the jobs' parsers are JIT-compiled once (see ChildPool).
   */
  @Test
  void uploadsGoToTheChildKeptForThemAndJobsFilesOfEveryFormatToTheOther() {
    List<String> uploads = new ArrayList<>();
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      uploads.add(pidOf("__pid__" + i + (i % 2 == 0 ? ".pdf" : ".DOCX")));
      jobs.add(pidInBulk("__pid__" + i + ".pdf"));
      jobs.add(pidInBulk("__pid__" + i + ".DOCX"));
    }

    assertThat(uploads).containsOnly(uploads.get(0));
    assertThat(jobs).containsOnly(jobs.get(0)).doesNotContain(uploads.get(0));
  }

  private static String pidInBulk(String name) {
    return ((Result.Ok<Extracted>) pool.extractInBulk(good, name)).value().blocks().get(0).text();
  }

  private static String pidOf(String name) {
    return ((Result.Ok<Extracted>) good(name)).value().blocks().get(0).text();
  }

  @Test
  void aHangIsKilledAtTheTimeoutAndTheNextFileParses() {
    long start = System.nanoTime();
    Result<Extracted> hang = fault("__hang__");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(code(hang)).isEqualTo(ErrorCode.PARSE_TIMEOUT);
    assertThat(millis).isBetween(TIMEOUT_MS, TIMEOUT_MS + 1000);
    assertThat(code(good("after-hang"))).isNull();
  }

  @Test
  void outOfMemoryExitAndParserBugsFailOnlyTheirFile() {
    assertThat(code(fault("__oom__"))).isEqualTo(ErrorCode.PARSER_CRASHED);
    assertThat(code(good("after-oom"))).isNull();
    assertThat(code(fault("__exit__"))).isEqualTo(ErrorCode.PARSER_CRASHED);
    assertThat(code(good("after-exit"))).isNull();
    assertThat(code(fault("__throw__"))).isEqualTo(ErrorCode.PARSE_FAILED);
    assertThat(code(good("after-throw"))).isNull();
  }

  @Test
  void callersBeyondThePoolWaitThenGetBusy() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(3);
    try {
      List<Future<Result<Extracted>>> hangs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        hangs.add(callers.submit(() -> pool.extract(dir.resolve("fault"), "__hang__")));
      }
      Thread.sleep(200);
      long start = System.nanoTime();
      Result<Extracted> third = callers.submit(() -> pool.extract(good, "third")).get();
      long waited = (System.nanoTime() - start) / 1_000_000;
      for (Future<Result<Extracted>> hang : hangs) {
        assertThat(code(hang.get())).isEqualTo(ErrorCode.PARSE_TIMEOUT);
      }
      // both children hang, then restart: the third caller gives up after its wait budget
      assertThat(code(third)).isEqualTo(ErrorCode.BUSY);
      assertThat(waited).isBetween(TIMEOUT_MS - 300, TIMEOUT_MS + 1000);
      assertThat(code(good("after"))).isNull();
    } finally {
      callers.shutdownNow();
    }
  }
}
