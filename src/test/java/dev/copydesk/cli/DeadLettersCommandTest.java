package dev.copydesk.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A CMS that refuses an entry for good (400) puts it in the dead-letter store; once the CMS is
 * fixed, {@code deadletters retry --all} delivers it. Real outbox, real HTTP (WireMock as the CMS).
 */
class DeadLettersCommandTest {

  @TempDir Path dir;

  private WireMockServer cms;
  private Path config;

  @BeforeEach
  void startCms() throws Exception {
    cms = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    cms.start();
    config = dir.resolve("copydesk.json");
    Files.writeString(
        config,
        """
        {"dataDir": "%s", "delivery": {"target": "http", "http": {"url": "%s", "token": "t0ken"}}}
        """
            .formatted(dir.resolve("data"), cms.baseUrl()));
  }

  @AfterEach
  void stopCms() {
    cms.stop();
  }

  private String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    CommandLine command = Main.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(command.execute(args)).as(out.toString()).isEqualTo(expectedExit);
    return out.toString();
  }

  @Test
  void aRefusedEntryIsListedWithTheCmsReplyAndRedrivenAfterTheFix() throws Exception {
    cms.stubFor(
        put(urlMatching("/entries/.*"))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad category\"}")));
    Path story =
        Files.writeString(
            dir.resolve("story.txt"), "Headline here\n\n" + "Words of the story. ".repeat(40));

    String ingest = run(1, "ingest", "--config", config.toString(), story.toString());
    assertThat(ingest).contains("dead");

    String listed = run(0, "deadletters", "list", "--config", config.toString());
    assertThat(listed).contains("400").contains("bad category").contains("1 dead letter(s)");

    cms.resetAll();
    cms.stubFor(put(urlMatching("/entries/.*")).willReturn(aResponse().withStatus(200)));
    String retried = run(0, "deadletters", "retry", "--all", "--config", config.toString());

    assertThat(retried).contains("1 entry queued again; delivery finished");
    assertThat(run(0, "deadletters", "list", "--config", config.toString()))
        .contains("0 dead letter(s)");
    assertThat(run(1, "deadletters", "retry", "--all", "--config", config.toString()))
        .isEqualTo("No dead letters to retry." + System.lineSeparator());
    assertThat(run(1, "deadletters", "retry", "no-such-entry", "--config", config.toString()))
        .isEmpty();
    cms.verify(1, putRequestedFor(urlMatching("/entries/.*")));
  }
}
