package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.EntryJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTargetTest {

  @TempDir Path dataDir;

  @Test
  void redeliveringTheSameIdReplacesItsLine() throws Exception {
    FileTarget target = storeOf("First", "Second");
    TargetReply reply = target.deliver(Entries.entry("a", "First, revised"));

    List<String> lines = Files.readAllLines(target.file(), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(EntryJson.read(lines.get(0)).title()).isEqualTo("First, revised");
    assertThat(EntryJson.read(lines.get(1)).title()).isEqualTo("Second");
    assertThat(reply).isInstanceOf(TargetReply.Delivered.class);
    assertThat(((TargetReply.Delivered) reply).cmsId()).isEqualTo("a");
  }

  @Test
  void aNewEntryIsAppendedInPlaceAndOnlyAReplacementRewritesTheFile() throws Exception {
    FileTarget target = new FileTarget(dataDir);
    target.deliver(Entries.entry("a", "First"));
    Object inode = fileKey(target.file());
    for (int i = 0; i < 50; i++) {
      target.deliver(Entries.entry("n" + i, "New " + i));
    }
    assertThat(fileKey(target.file())).isEqualTo(inode); // appended, not rewritten
    assertThat(Files.readAllLines(target.file())).hasSize(51);

    target.deliver(Entries.entry("n7", "New 7, revised"));
    assertThat(fileKey(target.file())).isNotEqualTo(inode); // atomic rewrite
    List<String> lines = Files.readAllLines(target.file(), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(51);
    assertThat(EntryJson.read(lines.get(8)).title()).isEqualTo("New 7, revised");
  }

  @Test
  void aBatchIsWrittenInOrderWithAReplyPerEntryAndAStoredLineLeftAsItIs() throws Exception {
    FileTarget target = storeOf("First", "Second");
    String firstLine = Files.readAllLines(target.file(), StandardCharsets.UTF_8).get(0);

    List<TargetReply> replies =
        target.deliverAll(
            List.of(
                delivery(Entries.entry("c", "Third")),
                delivery(Entries.entry("a", "First")),
                delivery(Entries.entry("d", "Fourth")),
                delivery(Entries.entry("b", "Second, revised"))));

    assertThat(replies)
        .extracting(reply -> ((TargetReply.Delivered) reply).cmsId())
        .containsExactly("c", "a", "d", "b");
    List<String> lines = Files.readAllLines(target.file(), StandardCharsets.UTF_8);
    assertThat(lines)
        .extracting(line -> EntryJson.read(line).title())
        .containsExactly("First", "Second, revised", "Third", "Fourth");
    // the longer revision of b moved the lines to a roomier copy: a's line padded, else the same
    assertThat(lines.get(0).stripTrailing()).isEqualTo(firstLine);
  }

  @Test
  void aBatchThatCannotBeWrittenIsRetriedWhole() throws Exception {
    Path notAFolder = Files.writeString(dataDir.resolve("not-a-folder"), "x");
    FileTarget target = new FileTarget(notAFolder);

    List<TargetReply> replies =
        target.deliverAll(
            List.of(delivery(Entries.entry("a", "A")), delivery(Entries.entry("b", "B"))));

    assertThat(replies)
        .hasSize(2)
        .allSatisfy(
            reply ->
                assertThat(((TargetReply.Retryable) reply).reason())
                    .startsWith("cannot write " + FileTarget.FILE_NAME));
  }

  private static BatchTarget.Delivery delivery(dev.copydesk.model.Entry entry) {
    return new BatchTarget.Delivery(StoredEntry.of(entry), LastDelivery.NONE);
  }

  /** Re-running an archive re-delivers every entry unchanged: a rewrite each made it quadratic. */
  @Test
  void anEntryDeliveredAgainUnchangedIsNotWrittenAgain() throws Exception {
    FileTarget target = storeOf("First", "Second");
    Object inode = fileKey(target.file());
    byte[] before = Files.readAllBytes(target.file());
    Files.setLastModifiedTime(target.file(), java.nio.file.attribute.FileTime.fromMillis(0));

    TargetReply reply = target.deliver(Entries.entry("a", "First"));

    assertThat(reply).isInstanceOf(TargetReply.Delivered.class);
    assertThat(fileKey(target.file())).isEqualTo(inode);
    assertThat(Files.getLastModifiedTime(target.file()).toMillis()).isZero(); // not touched
    assertThat(Files.readAllBytes(target.file())).isEqualTo(before);
    target.deliver(Entries.entry("a", "Firsts")); // one byte longer: replaced as before
    assertThat(fileKey(target.file())).isNotEqualTo(inode);
    assertThat(EntryJson.read(Files.readAllLines(target.file()).get(0)).title())
        .isEqualTo("Firsts");
  }

  /** A re-import under other file names, or after a normaliser fix, changes lines a little. */
  @Test
  void aChangedEntryNoLongerThanItsLineIsWrittenInItsPlace() throws Exception {
    FileTarget target = storeOf("First, long title", "Second");
    Object inode = fileKey(target.file());
    long size = Files.size(target.file());
    List<String> before = Files.readAllLines(target.file());

    target.deliver(Entries.entry("a", "First, shorter"));

    assertThat(fileKey(target.file())).isEqualTo(inode); // not rewritten
    assertThat(Files.size(target.file())).isEqualTo(size);
    List<String> lines = Files.readAllLines(target.file(), StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .hasSameSizeAs(before.get(0))
        .startsWith(EntryJson.write(Entries.entry("a", "First, shorter")))
        .endsWith("}" + " ".repeat(9)); // the title, in three places, 3 characters shorter
    assertThat(lines.get(1)).isEqualTo(before.get(1));
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0)).isObject())
        .isTrue(); // any JSON reader takes the padding
    assertThat(dataDir.resolve(FileTarget.FILE_NAME + ".redo")).doesNotExist();

    target.deliver(Entries.entry("a", "First, long titles")); // longer than the line: rewritten
    assertThat(Files.readAllLines(target.file()))
        .extracting(line -> EntryJson.read(line).title())
        .containsExactly("First, long titles", "Second");
  }

  /**
   * A line that grows costs a rewrite of the whole store; the rewrite leaves room after every line,
   * so the next lines that grow a little (a re-import after a normaliser fix) are written in place.
   */
  @Test
  void aRewriteLeavesRoomForEveryLineToGrowInPlace() throws Exception {
    FileTarget target = storeOf("First", "Second");
    target.deliver(Entries.entry("c", "Third"));

    target.deliver(Entries.entry("b", "Second, now with a much longer title than before"));
    Object inode = fileKey(target.file());
    List<String> lines = Files.readAllLines(target.file(), StandardCharsets.UTF_8);
    assertThat(lines).allSatisfy(line -> assertThat(line).endsWith("}" + " ".repeat(64)));
    target.deliver(Entries.entry("a", "First, grown")); // 7 characters, three times: in its room
    target.deliver(Entries.entry("c", "Third, grown"));

    assertThat(fileKey(target.file())).isEqualTo(inode);
    assertThat(Files.readAllLines(target.file(), StandardCharsets.UTF_8))
        .extracting(line -> EntryJson.read(line).title())
        .containsExactly(
            "First, grown", "Second, now with a much longer title than before", "Third, grown");
  }

  /**
   * A crash while a line is written over leaves it torn, and its redo record beside it: the next
   * writer, in any process, applies the record before anything else.
   */
  @Test
  void aWriteInPlaceCutByACrashIsCompletedByTheNextWriter() throws Exception {
    FileTarget target = storeOf("First, long title", "Second");
    int length = Files.readAllLines(target.file()).get(0).length() + 1;
    String replacement = EntryJson.write(Entries.entry("a", "First, torn"));
    byte[] slot = (replacement + " ".repeat(length - 1 - replacement.length()) + "\n").getBytes();
    byte[] file = Files.readAllBytes(target.file());
    System.arraycopy(slot, 0, file, 0, slot.length / 2); // the crash: half the line written
    Files.write(target.file(), file);
    java.nio.ByteBuffer redo = java.nio.ByteBuffer.allocate(Long.BYTES + slot.length);
    redo.putLong(0).put(slot);
    Files.write(dataDir.resolve(FileTarget.FILE_NAME + ".redo"), redo.array());

    new FileTarget(dataDir).deliver(Entries.entry("c", "Third"));

    List<String> lines = Files.readAllLines(target.file(), StandardCharsets.UTF_8);
    assertThat(lines)
        .extracting(line -> EntryJson.read(line).title())
        .containsExactly("First, torn", "Second", "Third");
    assertThat(dataDir.resolve(FileTarget.FILE_NAME + ".redo")).doesNotExist();
  }

  @Test
  void aRedoFileThatIsNotOursStopsDeliveryWithAClearReason() throws Exception {
    FileTarget target = new FileTarget(dataDir);
    target.deliver(Entries.entry("a", "First"));
    Files.write(dataDir.resolve(FileTarget.FILE_NAME + ".redo"), new byte[] {1, 2, 3});

    TargetReply reply = target.deliver(Entries.entry("b", "Second"));

    assertThat(reply).isInstanceOf(TargetReply.Retryable.class);
    assertThat(((TargetReply.Retryable) reply).reason()).contains("is not a redo record");
    assertThat(Files.readAllLines(target.file())).hasSize(1);
  }

  @Test
  void aLineTornByACrashMidAppendIsDroppedBeforeTheNextWrite() throws Exception {
    FileTarget target = new FileTarget(dataDir);
    target.deliver(Entries.entry("a", "First"));
    String torn = EntryJson.write(Entries.entry("b", "Second"));
    Files.writeString(
        target.file(),
        torn.substring(0, torn.length() / 2),
        java.nio.file.StandardOpenOption.APPEND);

    new FileTarget(dataDir).deliver(Entries.entry("b", "Second"));

    List<String> lines = Files.readAllLines(target.file(), StandardCharsets.UTF_8);
    assertThat(lines).extracting(EntryJson::idOf).containsExactly("a", "b");
    assertThat(EntryJson.read(lines.get(1)).title()).isEqualTo("Second");
  }

  /**
   * Replacements of lines of every length (multi-byte text too), at the start, middle and end,
   * revisions taking another id's line, and two instances taking turns: the file always reads as a
   * model of the same deliveries says, so the remembered line positions never go stale.
   */
  @Test
  void replacementsAnywhereKeepEveryOtherLineIntact() throws Exception {
    java.util.Random random = new java.util.Random(7);
    FileTarget[] targets = {new FileTarget(dataDir), new FileTarget(dataDir)};
    java.util.LinkedHashMap<String, String> model = new java.util.LinkedHashMap<>();
    for (int step = 0; step < 400; step++) {
      String id = "e" + random.nextInt(30);
      String title = "T" + step + " " + "é€𝄞x".repeat(random.nextInt(40));
      String replaces =
          model.isEmpty() || random.nextInt(5) > 0
              ? null
              : List.copyOf(model.keySet()).get(random.nextInt(model.size()));
      FileTarget target = targets[random.nextInt(2)];
      if (replaces != null && !model.containsKey(id)) {
        java.util.LinkedHashMap<String, String> next = new java.util.LinkedHashMap<>();
        model.forEach(
            (key, value) ->
                next.put(key.equals(replaces) ? id : key, key.equals(replaces) ? title : value));
        model = next;
        target.deliver(
            StoredEntry.of(Entries.entry(id, title)),
            new LastDelivery(null, null, false, replaces));
      } else {
        model.put(id, title);
        target.deliver(Entries.entry(id, title));
      }
      List<String> lines = Files.readAllLines(dataDir.resolve(FileTarget.FILE_NAME));
      assertThat(lines).extracting(EntryJson::idOf).containsExactlyElementsOf(model.keySet());
      assertThat(lines)
          .extracting(line -> EntryJson.read(line).title())
          .containsExactlyElementsOf(model.values());
    }
  }

  /** A store holding entry "a" titled {@code first}, then entry "b" titled {@code second}. */
  private FileTarget storeOf(String first, String second) {
    FileTarget target = new FileTarget(dataDir);
    target.deliver(Entries.entry("a", first));
    target.deliver(Entries.entry("b", second));
    return target;
  }

  private static Object fileKey(Path file) throws Exception {
    return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
  }

  @Test
  void concurrentWritersThroughSeparateInstancesLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<TargetReply>> replies = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      FileTarget target = new FileTarget(dataDir); // a fresh instance: no shared cache
      String id = "e" + (i % 100); // every id twice
      replies.add(pool.submit(() -> target.deliver(Entries.entry(id, "T " + id))));
    }
    for (Future<TargetReply> reply : replies) {
      assertThat(reply.get()).isInstanceOf(TargetReply.Delivered.class);
    }
    pool.shutdown();

    List<String> ids =
        Files.readAllLines(dataDir.resolve(FileTarget.FILE_NAME)).stream()
            .map(EntryJson::idOf)
            .toList();
    assertThat(ids).hasSize(100).doesNotHaveDuplicates();
    try (var files = Files.list(dataDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void theDefaultPublisherDeliversToTheFileStoreThroughTheOutbox() throws Exception {
    CopydeskConfig config = CopydeskConfig.defaults().withDataDir(dataDir.toString());
    try (Publisher publisher = Publishers.create(config)) {
      DeliveryStatus accepted = publisher.submit(Entries.entry("x1", "Hello"));
      assertThat(accepted.state()).isEqualTo("queued");
      assertThat(publisher.drain(java.time.Duration.ofSeconds(10))).isTrue();
      DeliveryStatus status = publisher.status("x1").orElseThrow();
      assertThat(status.state()).isEqualTo("delivered");
      assertThat(status.cmsId()).isEqualTo("x1");
      assertThat(status.target()).isEqualTo("file");
    }
    assertThat(Files.readAllLines(dataDir.resolve(FileTarget.FILE_NAME))).hasSize(1);
  }

  @Test
  void underRevisionsUpdateARevisionTakesTheEarlierEntrysLine() throws Exception {
    List<String> lines = deliverWithRevisions("update");
    assertThat(lines).extracting(EntryJson::idOf).containsExactly("rev", "other");
    assertThat(EntryJson.read(lines.get(0)).title()).isEqualTo("Revised");
  }

  @Test
  void underRevisionsNewARevisionIsAnEntryOfItsOwn() throws Exception {
    List<String> lines = deliverWithRevisions("new");
    assertThat(lines).extracting(EntryJson::idOf).containsExactly("orig", "other", "rev");
  }

  private List<String> deliverWithRevisions(String policy) throws Exception {
    CopydeskConfig config =
        CopydeskConfig.defaults()
            .withDataDir(dataDir.toString())
            .withDelivery(dev.copydesk.config.Delivery.defaults().withRevisions(policy));
    try (Publisher publisher = Publishers.create(config)) {
      for (var entry :
          List.of(
              Entries.entry("orig", "Original"),
              Entries.entry("other", "Unrelated"),
              RelayConcurrencyTest.revision(Entries.entry("rev", "Revised"), "orig"))) {
        publisher.submit(entry); // one at a time: the file's line order is then known
        assertThat(publisher.drain(java.time.Duration.ofSeconds(20))).isTrue();
      }
      DeliveryStatus revision = publisher.status("rev").orElseThrow();
      assertThat(revision.state()).isEqualTo("delivered");
      assertThat(revision.cmsId()).isEqualTo("rev");
    }
    return Files.readAllLines(dataDir.resolve(FileTarget.FILE_NAME), StandardCharsets.UTF_8);
  }
}
