package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.model.Entry;
import dev.copydesk.pipeline.Outcome;
import dev.copydesk.pipeline.Pipeline;
import dev.copydesk.publish.OutboxPublisher;
import dev.copydesk.publish.RelaySettings;
import dev.copydesk.publish.StoredEntry;
import dev.copydesk.publish.Target;
import dev.copydesk.publish.TargetReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A held update (the CMS item was edited after copydesk's delivery) in a real outbox, listed and
 * resolved from the command line. The CMS is the one mock: a {@link Target} answering "conflict".
 */
class ConflictsCommandTest {

  @TempDir Path dir;

  @Test
  void aConflictIsListedAndResolvedBySkipOnce() {
    String id = holdOneUpdate();

    assertThat(run(0, "conflicts", "list", "--data-dir", dir.toString()))
        .contains(id)
        .contains("edited in the CMS")
        .contains("1 conflict(s)");
    assertThat(run(0, "conflicts", "resolve", id, "--skip", "--data-dir", dir.toString()))
        .contains(id + ": skipped");
    assertThat(run(0, "conflicts", "list", "--data-dir", dir.toString())).contains("0 conflict(s)");
    run(1, "conflicts", "resolve", id, "--overwrite", "--data-dir", dir.toString());
    run(2, "conflicts", "resolve", id, "--data-dir", dir.toString());
  }

  /** Run in the wrong folder, the commands that read earlier runs say so and create nothing. */
  @Test
  void whereCopydeskNeverRanTheyPointAtTheDataDirInsteadOfCreatingOne() {
    Path nowhere = dir.resolve("never-used");
    for (String[] args :
        List.of(
            new String[] {"conflicts", "list"},
            new String[] {"conflicts", "resolve", "abc", "--skip"},
            new String[] {"deadletters", "list"},
            new String[] {"deadletters", "retry", "--all"})) {
      List<String> command = new java.util.ArrayList<>(List.of(args));
      command.addAll(List.of("--data-dir", nowhere.toString()));

      CliRun run = CliRun.of(command.toArray(String[]::new));

      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(run.err()).contains("no data dir at " + nowhere.toAbsolutePath(), "--data-dir");
      assertThat(nowhere).doesNotExist();
    }
  }

  private String holdOneUpdate() {
    Target cms = mock(Target.class);
    when(cms.name()).thenReturn("file");
    TargetReply conflict =
        new TargetReply.Conflict("8", "edited in the CMS after the last delivery");
    when(cms.deliver(any(StoredEntry.class), any())).thenReturn(conflict);
    CopydeskConfig config = CopydeskConfig.defaults().withDataDir(dir.toString());
    Outcome outcome =
        Pipeline.create(config, new InMemoryDuplicateIndex())
            .process(Path.of("seeds/farmers-market.txt"), "farmers-market.txt");
    Entry entry = ((Outcome.Accepted) outcome).entry();
    try (OutboxPublisher publisher = OutboxPublisher.open(dir, cms, RelaySettings.defaults())) {
      publisher.submit(entry);
      assertThat(publisher.drain(Duration.ofSeconds(20))).isTrue();
      assertThat(publisher.status(entry.id()).orElseThrow().state()).isEqualTo("conflict");
    }
    return entry.id();
  }

  private static String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Main.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    assertThat(command.execute(args)).as(out + "\n" + err).isEqualTo(expectedExit);
    return out.toString();
  }
}
