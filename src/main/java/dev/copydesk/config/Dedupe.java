package dev.copydesk.config;

/**
 * Duplicate handling. {@code policy}: {@code flag} keeps every block and flags repeats (default);
 * {@code drop-exact} removes exact repeats and records them in {@code removed}.
 */
public record Dedupe(String policy) {

  public static Dedupe defaults() {
    return new Dedupe("flag");
  }

  public boolean dropExact() {
    return "drop-exact".equals(policy);
  }
}
