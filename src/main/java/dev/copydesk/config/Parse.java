package dev.copydesk.config;

/**
 * How Tika runs: {@code in-process} (trusted CLI batches), {@code forked} (isolated child JVMs) or
 * {@code auto} (the default: forked in a server, in-process on the command line). {@code
 * forkedHeapMb} caps each child's heap.
 */
public record Parse(String mode, int forkedWorkers, int forkedHeapMb) {

  public static final String AUTO = "auto";
  public static final String IN_PROCESS = "in-process";
  public static final String FORKED = "forked";

  public static Parse defaults() {
    return new Parse(AUTO, 2, 512);
  }

  /** Most files a batch parses at once in-process: more threads than this only add memory. */
  private static final int MAX_IN_PROCESS_THREADS = 4;

  /**
   * How many files of a command-line batch are parsed at once: one per forked worker, or one per
   * core (at most four) in-process. Entries still come out, and are matched, in input order.
   */
  public int batchParallelism() {
    return FORKED.equals(mode)
        ? forkedWorkers
        : Math.min(Runtime.getRuntime().availableProcessors(), MAX_IN_PROCESS_THREADS);
  }

  /** This setting with {@code auto} resolved to {@code whenAuto}. */
  public Parse resolve(String whenAuto) {
    return AUTO.equals(mode) ? new Parse(whenAuto, forkedWorkers, forkedHeapMb) : this;
  }
}
