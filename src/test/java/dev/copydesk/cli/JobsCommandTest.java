package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.jobs.JobStatus;
import dev.copydesk.jobs.Jobs;
import dev.copydesk.jobs.RecordingPublisher;
import dev.copydesk.jobs.ReportFormat;
import dev.copydesk.jobs.Submissions;
import dev.copydesk.jobs.TextPipeline;
import dev.copydesk.model.Result;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code copydesk jobs} against real jobs behind a real HTTP server on port 0 (a thin handler in
 * place of the imports servlet, same paths and bearer token).
 */
class JobsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "s3cret-token";

  @TempDir Path temp;
  private Jobs jobs;
  private Server server;
  private String url;

  @BeforeEach
  void start() throws Exception {
    CopydeskConfig config = CopydeskConfig.defaults().withDataDir(temp.resolve("data").toString());
    jobs =
        Jobs.open(
            config,
            new Ingestion(TextPipeline.create(), new RecordingPublisher(temp.resolve("log"))));
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(0);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new ImportsHandler());
    server.start();
    url = "http://127.0.0.1:" + connector.getLocalPort() + "/copydesk";
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    jobs.close();
  }

  private final class ImportsHandler extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (!("Bearer " + TOKEN).equals(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
        response.setStatus(401);
        Content.Sink.write(
            response, true, "{\"status\":401,\"title\":\"Authentication is required\"}", callback);
        return true;
      }
      String path =
          Request.getPathInContext(request).replaceFirst("^/copydesk/api/v1/imports/?", "");
      String[] parts = path.split("/");
      StringWriter body = new StringWriter();
      boolean found = true;
      if (path.isEmpty()) {
        JSON.writeValue(body, Map.of("jobs", jobs.list()));
      } else if (parts.length == 2 && parts[1].equals("report")) {
        found = jobs.report(parts[0], ReportFormat.JSON, body);
      } else {
        found = jobs.status(parts[0]).map(s -> write(body, s)).orElse(false);
      }
      response.setStatus(found ? 200 : 404);
      Content.Sink.write(response, true, found ? body.toString() : "{\"status\":404}", callback);
      return true;
    }

    private boolean write(StringWriter body, JobStatus status) {
      try {
        JSON.writeValue(body, status);
        return true;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new JobsCommand(env));
    cli.setOut(new java.io.PrintWriter(out));
    cli.setErr(new java.io.PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private String finishedJob() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("in"));
    Files.writeString(folder.resolve("good.txt"), "Good\n\nBy A\n\nText.");
    Files.write(folder.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe});
    String id = ((Result.Ok<JobStatus>) Submissions.folder(jobs, folder, false)).value().id();
    jobs.await(id, Duration.ofSeconds(30));
    return id;
  }

  @Test
  void listShowAndWatchPrintWhatTheServerKnows() throws Exception {
    String id = finishedJob();
    Map<String, String> env = Map.of("COPYDESK_TOKEN", TOKEN);

    Run list = run(env, "--url", url, "list");
    assertThat(list.code()).isZero();
    assertThat(list.out())
        .contains("ID", "STATE")
        .containsPattern(id + "\\s+done\\s+2\\s+2\\s+1\\s+1\\s+in");

    Run show = run(env, "--url", url, "show", id);
    assertThat(show.code()).as("a failed file makes exit 1").isEqualTo(1);
    assertThat(show.out())
        .contains("job " + id, "delivered       1", "FAILED bad.txt  CORRUPT_FILE");

    Run after = run(env, "list", "--url", url);
    assertThat(after.code()).as("--url after the subcommand").isZero();
    assertThat(after.out()).isEqualTo(list.out());

    Run watch = run(env, "--url", url, "watch", id, "--interval-ms", "50");
    assertThat(watch.code()).isEqualTo(1);
    assertThat(watch.err()).contains("2/2").as("no console in a test JVM").doesNotContain("\r");
    assertThat(watch.out()).contains("state           done");
  }

  @Test
  void anEmptyListSaysSoInsteadOfPrintingABareHeader() {
    Run list = run(Map.of("COPYDESK_TOKEN", TOKEN), "--url", url, "list");

    assertThat(list.code()).isZero();
    assertThat(list.out()).startsWith("No import jobs on this server yet").doesNotContain("STATE");
  }

  @Test
  void aWrongTokenAnUnknownJobAndNoServerEachSayWhatToDo() throws Exception {
    Run wrong = run(Map.of("COPYDESK_TOKEN", "nope"), "--url", url, "list");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("refused the token", "COPYDESK_TOKEN").doesNotContain("nope");

    Run missing = run(Map.of("COPYDESK_TOKEN", TOKEN), "--url", url, "show", "0000");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("No such import job");

    server.stop();
    Run down = run(Map.of("COPYDESK_TOKEN", TOKEN), "--url", url, "list");
    assertThat(down.code()).isEqualTo(1);
    assertThat(down.err()).contains("No copydesk server at", "copydesk serve");
    assertThat(run(Map.of(), "show").code()).isEqualTo(2);
  }

  @Test
  void everySubcommandExplainsItself() {
    for (String sub : new String[] {"list", "show", "watch"}) {
      Run help = run(Map.of(), sub, "--help");
      assertThat(help.code()).as(sub).isZero();
      assertThat(help.out()).as(sub).contains("Usage: jobs " + sub, "--url");
    }
  }
}
