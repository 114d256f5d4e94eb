package dev.copydesk.jobs;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import dev.copydesk.publish.Publisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A delivery target that writes one line per submission to a log, forced to disk before it returns,
 * like a durable outbox would. Reading the log back counts submissions per entry id, so a test can
 * prove nothing was delivered twice even across a {@code kill -9}.
 */
public class RecordingPublisher implements Publisher {

  private final FileChannel log;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  public RecordingPublisher(Path logFile) {
    try {
      if (Files.exists(logFile)) {
        known.addAll(submissions(logFile).keySet());
      }
      log = FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Submissions per entry id; a line torn by a crash (no newline yet) does not count. */
  static Map<String, Long> submissions(Path logFile) throws IOException {
    String text = Files.readString(logFile);
    String complete = text.substring(0, text.lastIndexOf('\n') + 1);
    return Arrays.stream(complete.split("\n"))
        .filter(line -> !line.isEmpty())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Override
  public synchronized DeliveryStatus submit(Entry entry) {
    try {
      ByteBuffer line = ByteBuffer.wrap((entry.id() + "\n").getBytes(StandardCharsets.UTF_8));
      while (line.hasRemaining()) {
        log.write(line);
      }
      log.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    known.add(entry.id());
    return DeliveryStatus.delivered(entry.id(), "recording", entry.id(), null);
  }

  @Override
  public Optional<DeliveryStatus> status(String entryId) {
    return known.contains(entryId)
        ? Optional.of(DeliveryStatus.delivered(entryId, "recording", entryId, null))
        : Optional.empty();
  }

  @Override
  public boolean drain(Duration timeout) {
    return true;
  }

  @Override
  public void close() {
    try {
      log.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
