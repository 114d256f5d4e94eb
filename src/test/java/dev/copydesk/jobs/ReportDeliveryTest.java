package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.JobSettings;
import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Result;
import dev.copydesk.publish.OutboxPublisher;
import dev.copydesk.publish.Publisher;
import dev.copydesk.publish.Publishers;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's report and status say what delivery has done, however rarely the job was polled: real
 * outbox, real relay, real file target.
 */
class ReportDeliveryTest {

  private static final int FILES = 700;

  @TempDir Path temp;

  /**
   * Queues every entry; then says the first {@code stuck} files' entries are still retrying and the
   * rest delivered.
   */
  private static final class StuckFirst implements Publisher {
    private final int stuck;
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();

    StuckFirst(int stuck) {
      this.stuck = stuck;
    }

    @Override
    public DeliveryStatus submit(Entry entry) {
      numbers.put(entry.id(), Integer.parseInt(entry.title().substring("Title ".length())));
      return state(entry.id(), "queued");
    }

    @Override
    public Optional<DeliveryStatus> status(String entryId) {
      return Optional.of(state(entryId, numbers.get(entryId) < stuck ? "retrying" : "delivered"));
    }

    private static DeliveryStatus state(String entryId, String state) {
      return new DeliveryStatus(entryId, "test", state, null, null, null, 1, null);
    }

    @Override
    public boolean drain(Duration timeout) {
      return true;
    }

    @Override
    public void close() {}
  }

  private Path folder() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("articles"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(
          folder.resolve("article-%04d.txt".formatted(i)),
          "Title " + i + "\n\nBy Ann Writer\n\nParagraph of article " + i + ".\n");
    }
    return folder;
  }

  private CopydeskConfig config() {
    return CopydeskConfig.defaults()
        .withDataDir(temp.resolve("data").toString())
        .withJobs(new JobSettings(2, 30));
  }

  private static String submit(Jobs jobs, Path folder) throws InterruptedException {
    JobDraft draft = jobs.draft("articles", false, null);
    draft.addFolder(folder);
    String id = ((Result.Ok<JobStatus>) jobs.submit(draft)).value().id();
    while (jobs.files(id).stream().anyMatch(f -> f.state() == FileState.PENDING)) {
      Thread.sleep(50); // the rows, not status(): no delivery news recorded on the way
    }
    return id;
  }

  @Test
  void entriesStuckRetryingDoNotHideTheDeliveryOfTheRestFromPolls() throws Exception {
    try (Jobs jobs =
        Jobs.open(config(), new Ingestion(TextPipeline.create(), new StuckFirst(300)))) {
      String id = submit(jobs, folder());

      // each poll asks about the next 256 awaiting entries: seq 0-255 (all stuck), 256-511 (44
      // stuck), 512-699; before, every poll asked about seq 0-255 again and saw nothing delivered
      assertThat(jobs.status(id).orElseThrow().delivered()).as("first poll").isZero();
      assertThat(jobs.status(id).orElseThrow().delivered()).as("second").isEqualTo(212);
      assertThat(jobs.status(id).orElseThrow().delivered()).as("third").isEqualTo(400);
      assertThat(jobs.status(id).orElseThrow().delivered())
          .as("from the first again")
          .isEqualTo(400);
    }
  }

  @Test
  void aReportAskedOnceAfterDeliveryDrainedShowsEveryEntryDelivered() throws Exception {
    CopydeskConfig config = config();
    OutboxPublisher publisher = Publishers.create(config);
    try (Jobs jobs = Jobs.open(config, new Ingestion(TextPipeline.create(), publisher))) {
      String id = submit(jobs, folder());
      assertThat(publisher.drain(Duration.ofSeconds(60))).isTrue();

      StringWriter report = new StringWriter();
      jobs.report(id, ReportFormat.JSON, report);

      JsonNode tree = new ObjectMapper().readTree(report.toString());
      assertThat(tree.at("/job/delivered").asInt()).isEqualTo(FILES);
      assertThat(tree.at("/files")).hasSize(FILES);
      assertThat(tree.at("/files"))
          .allSatisfy(f -> assertThat(f.at("/delivery").asText()).isEqualTo("delivered"));
    }
  }
}
