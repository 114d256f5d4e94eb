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

  /** This setting with {@code auto} resolved to {@code whenAuto}. */
  public Parse resolve(String whenAuto) {
    return AUTO.equals(mode) ? new Parse(whenAuto, forkedWorkers, forkedHeapMb) : this;
  }
}
