package dev.copydesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.config.Delivery;
import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Source;
import dev.copydesk.publish.OutboxPublisher;
import dev.copydesk.publish.RelaySettings;
import dev.copydesk.publish.WordPressTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 5's benchmark: entries per second into the local WordPress ({@code
 * scripts/wordpress-local}, read from {@code COPYDESK_WORDPRESS_*}) through copydesk's outbox and
 * relay (the default {@code delivery.concurrency}), against a plain sequential loop of the same
 * REST POSTs with java.net.http, alternating in the same run. Prints the medians and the ratio.
 *
 * <p>{@code -Dentries=150} per round, {@code -Drounds=3}, {@code -Dconcurrency=4}.
 */
public final class DeliveryBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ENTRIES = Integer.getInteger("entries", 150);
  private static final int ROUNDS = Integer.getInteger("rounds", 3);
  private static final int CONCURRENCY =
      Integer.getInteger("concurrency", Delivery.DEFAULT_CONCURRENCY);

  private final URI site;
  private final String user;
  private final String password;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private DeliveryBench(URI site, String user, String password) {
    this.site = site;
    this.user = user;
    this.password = password;
  }

  public static void main(String[] args) throws Exception {
    String url = System.getenv("COPYDESK_WORDPRESS_URL");
    if (url == null) {
      System.err.println("DeliveryBench: run `eval \"$(scripts/wordpress-local env)\"` first");
      System.exit(2);
    }
    DeliveryBench bench =
        new DeliveryBench(
            URI.create(url),
            System.getenv("COPYDESK_WORDPRESS_USER"),
            System.getenv("COPYDESK_WORDPRESS_PASSWORD"));
    bench.plainLoop(entries("warm-plain", 10));
    bench.copydesk(entries("warm-copydesk", 10));
    List<Double> plain = new ArrayList<>();
    List<Double> copydesk = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      plain.add(bench.plainLoop(entries("plain-" + round, ENTRIES)));
      copydesk.add(bench.copydesk(entries("copydesk-" + round, ENTRIES)));
      System.out.printf(
          "  round %d: plain loop %.1f entries/s, copydesk %.1f entries/s%n",
          round + 1, plain.get(round), copydesk.get(round));
    }
    double plainRate = median(plain);
    double copydeskRate = median(copydesk);
    System.out.printf(
        "delivery: %d entries per round, %d rounds (median), WordPress at %s%n",
        ENTRIES, ROUNDS, url);
    System.out.printf(
        "  plain sequential REST POST loop (java.net.http): %6.1f entries/s%n", plainRate);
    System.out.printf(
        "  copydesk outbox + relay (concurrency %d):         %6.1f entries/s%n",
        CONCURRENCY, copydeskRate);
    System.out.printf(
        "  ratio copydesk / plain loop: %.2fx (required >= 0.8x, goal >= 1x)%n",
        copydeskRate / plainRate);
  }

  /** One POST per entry, one after the other, as a hand-written importer would do. */
  private double plainLoop(List<Entry> entries) throws Exception {
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    URI posts = site.resolve("/wp-json/wp/v2/posts");
    long start = System.nanoTime();
    for (Entry entry : entries) {
      HttpRequest request =
          HttpRequest.newBuilder(posts)
              .header("Authorization", authorization)
              .header("Content-Type", "application/json; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(payload(entry).toString()))
              .build();
      HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (reply.statusCode() != 201) {
        throw new IllegalStateException(
            "plain POST: HTTP " + reply.statusCode() + " " + reply.body());
      }
    }
    return rate(entries.size(), start);
  }

  /** The same entries through a fresh outbox: accepted one by one, delivered in the background. */
  private double copydesk(List<Entry> entries) throws Exception {
    Path dataDir = Files.createTempDirectory("copydesk-bench");
    Delivery delivery = Delivery.defaults().withTarget("wordpress").withConcurrency(CONCURRENCY);
    WordPressTarget target =
        WordPressTarget.create(site, user, password, delivery, Duration.ofSeconds(30));
    long start = System.nanoTime();
    try (OutboxPublisher publisher =
        OutboxPublisher.open(dataDir, target, RelaySettings.from(delivery))) {
      entries.forEach(publisher::submit);
      if (!publisher.drain(Duration.ofMinutes(10))) {
        throw new IllegalStateException("copydesk did not deliver everything in 10 minutes");
      }
      double rate = rate(entries.size(), start);
      for (Entry entry : entries) {
        String state = publisher.status(entry.id()).orElseThrow().state();
        if (!state.equals("delivered")) {
          throw new IllegalStateException(entry.id() + " is " + state);
        }
      }
      return rate;
    }
  }

  /** What copydesk writes for an entry: title, excerpt, Gutenberg content, draft, slug, meta. */
  private static ObjectNode payload(Entry entry) {
    ObjectNode post = JSON.createObjectNode();
    post.put("title", entry.title()).put("excerpt", entry.standfirst()).put("status", "draft");
    StringBuilder content = new StringBuilder();
    for (Block block : entry.body()) {
      String tag = block.kind() == BlockKind.HEADING ? "heading" : "paragraph";
      String html = block.kind() == BlockKind.HEADING ? "h2" : "p";
      content
          .append("<!-- wp:")
          .append(tag)
          .append(" -->\n<")
          .append(html)
          .append('>')
          .append(block.text())
          .append("</")
          .append(html)
          .append(">\n<!-- /wp:")
          .append(tag)
          .append(" -->\n\n");
    }
    post.put("content", content.toString().strip());
    post.put("date", entry.published() + "T00:00:00");
    post.put(
        "slug",
        entry.title().toLowerCase().replaceAll("[^a-z0-9]+", "-") + entry.id().substring(0, 8));
    ObjectNode meta = post.putObject("meta");
    meta.put("copydesk_id", entry.id());
    meta.put("copydesk_flags", "[{\"code\":\"MISSING_AUTHOR\",\"severity\":\"warning\"}]");
    meta.put("copydesk_note", "WARNING MISSING_AUTHOR: No author found");
    meta.put("copydesk_authors", "");
    return post;
  }

  private static List<Entry> entries(String label, int count) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = run + "-" + label + "-" + i;
      String title = "Bench " + label + " " + i;
      List<Block> body =
          List.of(
              new Block(0, BlockKind.HEADING, "Section one", null),
              new Block(
                  1,
                  BlockKind.PARAGRAPH,
                  "The council met on Tuesday to discuss " + title + ".",
                  null),
              new Block(
                  2,
                  BlockKind.PARAGRAPH,
                  "Residents asked for more buses and fewer potholes.",
                  null));
      entries.add(
          new Entry(
              Entry.SCHEMA_VERSION,
              id,
              new Source(id + ".txt", "text/plain", 200, id),
              title,
              "A standfirst for " + title,
              List.of(),
              "2024-11-20",
              "en",
              20,
              body,
              List.of(),
              List.of(Flag.of(FlagCode.MISSING_AUTHOR, "No author found")),
              Map.of()));
    }
    return entries;
  }

  private static double rate(int count, long startNanos) {
    return count / ((System.nanoTime() - startNanos) / 1e9);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
