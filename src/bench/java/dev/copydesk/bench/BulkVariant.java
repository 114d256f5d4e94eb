package dev.copydesk.bench;

import java.util.Map;

/**
 * One way to run copydesk in the bulk benchmark, named like {@code forked}, {@code in-process},
 * {@code forked+sink} or {@code in-process+dry}: the parse mode ({@code forked} leaves the server's
 * default, {@code auto}, which is forked in a server), and where entries go: {@code file} (the
 * default target, {@code dataDir/entries.ndjson}), {@code sink} (the {@code http} target pointed at
 * an {@link EntrySink}) or {@code dry} ({@code ?dryRun=true}: no delivery, like the baseline).
 */
record BulkVariant(String name, String parseMode, String delivery) {

  /** Delivery choices and what they mean, for the printout. */
  private static final Map<String, String> DELIVERIES =
      Map.of(
          "file", "file target",
          "sink", "http target into a constant-time sink",
          "dry", "dry run, no delivery");

  static BulkVariant parse(String name) {
    String[] parts = name.split("\\+", 2);
    String delivery = parts.length > 1 ? parts[1] : "file";
    if (!parts[0].equals("forked") && !parts[0].equals("in-process")
        || !DELIVERIES.containsKey(delivery)) {
      throw new IllegalArgumentException(
          "unknown subject "
              + name
              + " (known: plain, and"
              + " forked or in-process, optionally with +sink or +dry)");
    }
    return new BulkVariant(name, parts[0].equals("forked") ? null : parts[0], delivery);
  }

  String subject() {
    String mode = parseMode == null ? "forked (default)" : parseMode;
    return "copydesk " + mode + ", " + DELIVERIES.get(delivery);
  }

  String fileName() {
    return name.replace('+', '-');
  }
}
