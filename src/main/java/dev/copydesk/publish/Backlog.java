package dev.copydesk.publish;

/**
 * What delivery still waits on: accepted entries queued or retrying for the target, and the latest
 * failure among them (null when none failed yet: the target has not been tried, or is busy).
 */
public record Backlog(int entries, String lastFailure) {

  public static final Backlog NONE = new Backlog(0, null);
}
