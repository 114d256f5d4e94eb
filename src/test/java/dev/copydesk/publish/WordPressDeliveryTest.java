package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Delivery;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import dev.copydesk.model.EntryJson;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.pipeline.Outcome;
import dev.copydesk.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery to a real WordPress (scripts/wordpress-local) through the real outbox and relay. */
@Tag("wordpress")
class WordPressDeliveryTest {

  @TempDir Path dataDir;
  private WordPressSite site;
  private String run;

  @BeforeEach
  void site() {
    site = WordPressSite.fromEnvironment();
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  private OutboxPublisher publisher(String conflictPolicy) {
    return publisher(conflictPolicy, Delivery.REVISIONS_NEW, dataDir);
  }

  private OutboxPublisher publisher(String conflictPolicy, String revisions, Path dir) {
    return publisher(
        new Delivery("wordpress", "draft", conflictPolicy, null, null).withRevisions(revisions),
        dir);
  }

  private OutboxPublisher publisher(Delivery delivery, Path dir) {
    WordPressTarget target =
        WordPressTarget.create(
            site.url, site.user, site.password, delivery, Duration.ofSeconds(20));
    RelaySettings settings =
        RelaySettings.from(delivery)
            .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(2))
            .withCircuitOpen(Duration.ofSeconds(1))
            .withSeed(5);
    return OutboxPublisher.open(dir, target, settings);
  }

  private Entry entry(int i, String title, Map<String, Object> metadata, List<String> authors) {
    Entry base = Entries.entry("wp-" + run + "-" + i, title);
    return new Entry(
        base.schemaVersion(),
        base.id(),
        base.source(),
        base.title(),
        base.standfirst(),
        authors,
        base.published(),
        base.language(),
        base.wordCount(),
        base.body(),
        base.removed(),
        base.flags(),
        metadata);
  }

  @Test
  void entriesBecomeOneDraftEachAndAreUpdatedInPlace() {
    String author = ensureUser("Grace Hopper " + run.substring(0, 4));
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      entries.add(
          entry(
              i,
              "Story " + i + " <" + run + "> & co",
              Map.of("keywords", "copydesk-" + run + ", Elections"),
              List.of(author, "Nobody Known")));
    }
    Map<String, String> postIds = new HashMap<>();
    try (OutboxPublisher publisher = publisher("hold")) {
      entries.forEach(publisher::submit);
      assertThat(publisher.drain(Duration.ofSeconds(60))).isTrue();
      for (Entry e : entries) {
        JsonNode posts = site.postsFor(e.id());
        assertThat(posts).as("one post for " + e.id()).hasSize(1);
        JsonNode post = posts.get(0);
        postIds.put(e.id(), post.path("id").asText());
        assertThat(publisher.status(e.id()).orElseThrow().cmsId())
            .isEqualTo(post.path("id").asText());
        assertThat(post.path("status").asText()).isEqualTo("draft");
        assertThat(post.path("title").path("raw").asText()).isEqualTo(e.title());
        assertThat(post.path("excerpt").path("raw").asText()).isEqualTo(e.standfirst());
        String content = post.path("content").path("raw").asText();
        assertThat(content)
            .contains("<!-- wp:heading -->\n<h2>First things</h2>")
            .contains("<p>Body text of Story")
            .contains("&amp; more &lt;b&gt;.</p>")
            .contains("<!-- wp:quote -->")
            .contains("<p class=\"copydesk-caption\">A caption</p>");
        assertThat(post.path("date").asText()).isEqualTo("2024-11-20T00:00:00");
        JsonNode meta = post.path("meta");
        assertThat(meta.path("copydesk_id").asText()).isEqualTo(e.id());
        assertThat(meta.path("copydesk_flags").asText()).contains("\"code\":\"MISSING_DATE\"");
        assertThat(meta.path("copydesk_note").asText())
            .contains("INFO MISSING_DATE: No date found");
        assertThat(meta.path("copydesk_authors").asText()).isEqualTo(author + ", Nobody Known");
        assertThat(post.path("author").asText()).isEqualTo(userId(author));
        assertThat(tagNames(post)).containsExactlyInAnyOrder("copydesk-" + run, "Elections");
      }

      entries.forEach(
          e ->
              publisher.submit(
                  entry(
                      Integer.parseInt(e.id().substring(e.id().lastIndexOf('-') + 1)),
                      e.title() + " (revised)",
                      e.metadata(),
                      e.authors())));
      assertThat(publisher.drain(Duration.ofSeconds(60))).isTrue();
      for (Entry e : entries) {
        JsonNode posts = site.postsFor(e.id());
        assertThat(posts).as("still one post for " + e.id()).hasSize(1);
        assertThat(posts.get(0).path("id").asText()).isEqualTo(postIds.get(e.id()));
        assertThat(posts.get(0).path("title").path("raw").asText()).endsWith("(revised)");
      }
    }
  }

  @Test
  void wordPressDropsUnknownTermIdsSoTagsAreResolvedByName() {
    var raw =
        EntryJson.mapper()
            .createObjectNode()
            .put("title", "unknown tag " + run)
            .put("status", "draft");
    raw.putArray("tags").add(987654321);
    WordPressClient.Reply reply = site.rest.post("posts", raw);
    // WordPress 6.1 either rejects or silently drops an unknown id; it never keeps it.
    if (reply.ok()) {
      assertThat(reply.body().path("tags")).isEmpty();
      site.rest.delete("posts/" + reply.body().path("id").asText() + "?force=true");
    } else {
      assertThat(reply.status()).isEqualTo(400);
    }
    try (OutboxPublisher publisher = publisher("hold")) {
      Entry e =
          entry(9, "Tagged " + run, Map.of("dc:subject", List.of("Brand new " + run)), List.of());
      publisher.submit(e);
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(tagNames(site.postsFor(e.id()).get(0))).containsExactly("Brand new " + run);
    }
  }

  @Test
  void anEditorsChangeHoldsTheUpdateAsAConflictUntilResolved() throws Exception {
    Entry first = entry(20, "Original " + run, Map.of(), List.of());
    Entry skipMe = entry(21, "Other " + run, Map.of(), List.of());
    try (OutboxPublisher publisher = publisher("hold")) {
      publisher.submit(first);
      publisher.submit(skipMe);
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      Thread.sleep(1_100); // WordPress stamps modifications to the second
      editInWordPress(first.id(), "Changed by the editor");
      editInWordPress(skipMe.id(), "Also changed");

      publisher.submit(entry(20, "Original " + run + " v2", Map.of(), List.of()));
      publisher.submit(entry(21, "Other " + run + " v2", Map.of(), List.of()));
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(publisher.status(first.id()).orElseThrow().state()).isEqualTo("conflict");
      assertThat(publisher.conflicts().list())
          .extracting(s -> s.entryId())
          .containsExactlyInAnyOrder(first.id(), skipMe.id());
      assertThat(title(first.id())).isEqualTo("Changed by the editor");

      assertThat(publisher.conflicts().overwrite(first.id())).isTrue();
      assertThat(publisher.conflicts().skip(skipMe.id())).isTrue();
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(publisher.status(first.id()).orElseThrow().state()).isEqualTo("delivered");
      assertThat(title(first.id())).isEqualTo("Original " + run + " v2");
      assertThat(publisher.status(skipMe.id()).orElseThrow().state()).isEqualTo("skipped");
      assertThat(title(skipMe.id())).isEqualTo("Also changed");
    }
    try (OutboxPublisher sourceWins = publisher(WordPressTarget.SOURCE_WINS)) {
      Thread.sleep(1_100);
      editInWordPress(first.id(), "Edited again");
      sourceWins.submit(entry(20, "Original " + run + " v3", Map.of(), List.of()));
      assertThat(sourceWins.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(sourceWins.status(first.id()).orElseThrow().state()).isEqualTo("delivered");
      assertThat(title(first.id())).isEqualTo("Original " + run + " v3");
      assertThat(site.postsFor(first.id())).hasSize(1);
    }
  }

  @Test
  void underRevisionsUpdateARevisionUpdatesTheEarlierEntrysPost() throws Exception {
    Entry original = entry(30, "Council budget " + run, Map.of(), List.of());
    Entry revision =
        RelayConcurrencyTest.revision(
            entry(31, "Council budget, revised " + run, Map.of(), List.of()), original.id());
    Entry edited = entry(32, "Harbour plan " + run, Map.of(), List.of());
    Entry editedRevision =
        RelayConcurrencyTest.revision(
            entry(33, "Harbour plan, revised " + run, Map.of(), List.of()), edited.id());
    try (OutboxPublisher publisher = publisher("hold", Delivery.REVISIONS_UPDATE, dataDir)) {
      publisher.submit(original);
      publisher.submit(revision); // in the same batch: it must wait for the original's post
      publisher.submit(edited);
      assertThat(publisher.drain(Duration.ofSeconds(60))).isTrue();
      String postId = publisher.status(original.id()).orElseThrow().cmsId();
      assertThat(publisher.status(revision.id()).orElseThrow().cmsId()).isEqualTo(postId);
      JsonNode posts = site.postsFor(revision.id());
      assertThat(posts).hasSize(1);
      assertThat(posts.get(0).path("id").asText()).isEqualTo(postId);
      assertThat(posts.get(0).path("title").path("raw").asText()).isEqualTo(revision.title());
      assertThat(posts.get(0).path("meta").path("copydesk_revision_of").asText())
          .isEqualTo(original.id());
      assertThat(site.postsFor(original.id())).as("the post now holds the revision").isEmpty();

      Thread.sleep(1_100); // WordPress stamps modifications to the second
      editInWordPress(edited.id(), "Edited by the desk");
      publisher.submit(editedRevision);
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(publisher.status(editedRevision.id()).orElseThrow().state()).isEqualTo("conflict");
      assertThat(title(edited.id())).isEqualTo("Edited by the desk");
    }
  }

  @Test
  void underRevisionsNewARevisionGetsAPostOfItsOwn() {
    Entry original = entry(40, "Library hours " + run, Map.of(), List.of());
    Entry revision =
        RelayConcurrencyTest.revision(
            entry(41, "Library hours, revised " + run, Map.of(), List.of()), original.id());
    try (OutboxPublisher publisher = publisher("hold")) {
      publisher.submit(original);
      publisher.submit(revision);
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(site.postsFor(original.id())).hasSize(1);
      assertThat(site.postsFor(revision.id())).hasSize(1);
      assertThat(publisher.status(revision.id()).orElseThrow().cmsId())
          .isNotEqualTo(publisher.status(original.id()).orElseThrow().cmsId());
    }
  }

  @Test
  void aFreshOutboxUpdatesTheExistingPostAndAdoptsAHalfMadeOne(@TempDir Path otherDir) {
    Entry first = entry(50, "Bridge works " + run, Map.of(), List.of());
    Entry halfMade = entry(51, "Ferry times " + run, Map.of(), List.of());
    try (OutboxPublisher publisher = publisher("hold")) {
      publisher.submit(first);
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
    }
    // What a server stopped between WordPress's insert and its meta write leaves: our slug, no id.
    var orphan =
        EntryJson.mapper()
            .createObjectNode()
            .put("title", "half made " + run)
            .put("status", "draft")
            .put("slug", WordPressPost.slug(halfMade));
    WordPressClient.Reply created = site.rest.post("posts", orphan);
    assertThat(created.ok()).as(created.text()).isTrue();

    try (OutboxPublisher fresh = publisher("hold", Delivery.REVISIONS_NEW, otherDir)) {
      fresh.submit(entry(50, "Bridge works, again " + run, Map.of(), List.of()));
      fresh.submit(halfMade);
      assertThat(fresh.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(site.postsFor(first.id())).hasSize(1);
      assertThat(title(first.id())).isEqualTo("Bridge works, again " + run);
      JsonNode adopted = site.postsFor(halfMade.id());
      assertThat(adopted).hasSize(1);
      assertThat(adopted.get(0).path("id").asText()).isEqualTo(created.body().path("id").asText());
      assertThat(adopted.get(0).path("title").path("raw").asText()).isEqualTo(halfMade.title());
    }
  }

  /** A site set to publish on delivery still gets an embargoed or withdrawn story as a draft. */
  @Test
  void anEmbargoedOrWithdrawnEntryIsCreatedAsADraftWhenTheSitePublishes() {
    Entry open =
        Entries.dated(
            entry(60, "Harbor meeting " + run, Map.of(), List.of()),
            "2025-02-18T14:30:00-05:00",
            Map.of());
    Entry base =
        Entries.dated(
            entry(61, "Harbor halt " + run, Map.of(), List.of()),
            "2025-03-04",
            Map.of(Entry.EMBARGO_LIFTS, "2031-03-05T00:01:00Z"));
    List<Flag> flags = new ArrayList<>(base.flags());
    flags.add(Flag.of(FlagCode.EMBARGO, "The copy is under embargo: “EMBARGOED UNTIL …”."));
    Entry embargoed = base.withFlags(flags);
    Entry killed =
        entry(62, "Harbor strike " + run, Map.of(), List.of())
            .withFlags(
                List.of(Flag.of(FlagCode.WITHDRAWN, "The agency has withdrawn this story.")));
    Delivery publishing = new Delivery("wordpress", "publish", "hold", null, null);
    try (OutboxPublisher publisher = publisher(publishing, dataDir)) {
      publisher.submit(open);
      publisher.submit(embargoed);
      publisher.submit(killed);
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(site.postsFor(killed.id()).get(0).path("status").asText()).isEqualTo("draft");
      JsonNode published = site.postsFor(open.id()).get(0);
      assertThat(published.path("status").asText()).isEqualTo("publish");
      assertThat(published.path("date_gmt").asText()).isEqualTo("2025-02-18T19:30:00");
      JsonNode held = site.postsFor(embargoed.id()).get(0);
      assertThat(held.path("status").asText()).isEqualTo("draft");
      assertThat(held.path("date_gmt").asText()).isEqualTo("2031-03-05T00:01:00");
      assertThat(held.path("meta").path("copydesk_note").asText())
          .contains("WARNING EMBARGO: The copy is under embargo");
    }
  }

  /**
   * Every seed, ingested as {@code ./copydesk ingest seeds/} does, becomes one post: what the
   * pipeline makes of real files (dates with offsets, lists, quotes, flags) is a payload WordPress
   * takes, not a 400 that sends the entry to the dead letters.
   */
  @Test
  void everySeedBecomesAPost() throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<Path> seeds;
    try (var files = Files.list(Path.of("seeds"))) {
      seeds = files.filter(Files::isRegularFile).sorted().toList();
    }
    try (Pipeline pipeline =
        Pipeline.create(CopydeskConfig.defaults(), new InMemoryDuplicateIndex())) {
      pipeline.processAll(
          seeds,
          2,
          pipeline::remember,
          outcome -> {
            if (outcome instanceof Outcome.Accepted accepted) {
              entries.add(accepted.entry());
            }
          });
    }
    assertThat(entries).hasSizeGreaterThanOrEqualTo(18);
    try (OutboxPublisher publisher = publisher("source-wins")) {
      entries.forEach(publisher::submit);
      assertThat(publisher.drain(Duration.ofSeconds(120))).isTrue();
      for (Entry e : entries) {
        DeliveryStatus status = publisher.status(e.id()).orElseThrow();
        assertThat(status.state())
            .as(e.source().fileName() + ": " + status.detail())
            .isEqualTo("delivered");
        JsonNode post = site.postsFor(e.id()).get(0);
        assertThat(post.path("title").path("raw").asText())
            .isEqualTo(e.title() == null ? "" : e.title());
        String content = post.path("content").path("raw").asText();
        e.body().stream()
            .filter(block -> block.kind() == BlockKind.TABLE)
            .forEach(
                table ->
                    assertThat(content)
                        .as(e.source().fileName())
                        .contains("<!-- wp:table -->")
                        .contains(
                            "<tr><td>"
                                + table
                                    .text()
                                    .lines()
                                    .findFirst()
                                    .orElseThrow()
                                    .replace("\t", "</td><td>")
                                + "</td></tr>"));
      }
      assertThat(entries)
          .as("a seed with a table")
          .anyMatch(e -> e.body().stream().anyMatch(b -> b.kind() == BlockKind.TABLE));
    }
  }

  private void editInWordPress(String entryId, String title) {
    String postId = site.postsFor(entryId).get(0).path("id").asText();
    WordPressClient.Reply reply =
        site.rest.post(
            "posts/" + postId, EntryJson.mapper().createObjectNode().put("title", title));
    assertThat(reply.ok()).as(reply.text()).isTrue();
  }

  private String title(String entryId) {
    return site.postsFor(entryId).get(0).path("title").path("raw").asText();
  }

  private List<String> tagNames(JsonNode post) {
    List<String> names = new ArrayList<>();
    for (JsonNode id : post.path("tags")) {
      names.add(site.rest.get("tags/" + id.asText()).body().path("name").asText());
    }
    return names;
  }

  private String ensureUser(String name) {
    String login = name.toLowerCase().replaceAll("[^a-z0-9]", "");
    var user =
        EntryJson.mapper()
            .createObjectNode()
            .put("username", login)
            .put("name", name)
            .put("email", login + "@example.invalid")
            .put("password", UUID.randomUUID().toString());
    WordPressClient.Reply reply = site.rest.post("users", user);
    assertThat(reply.ok() || reply.text().contains("existing_user")).as(reply.text()).isTrue();
    return name;
  }

  private String userId(String name) {
    for (JsonNode u :
        site.rest.get("users?context=edit&search=" + WordPressClient.encode(name)).body()) {
      if (u.path("name").asText().equals(name)) {
        return u.path("id").asText();
      }
    }
    throw new AssertionError("no user " + name);
  }
}
