package dev.copydesk.config;

/**
 * How Tika runs: {@code in-process} (trusted CLI batches) or {@code forked} (isolated child JVMs,
 * the default for the servlet). {@code forkedHeapMb} caps each child's heap.
 */
public record Parse(String mode, int forkedWorkers, int forkedHeapMb) {

  public static Parse defaults() {
    return new Parse("in-process", 2, 512);
  }
}
