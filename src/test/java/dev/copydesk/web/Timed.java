package dev.copydesk.web;

import java.util.function.Supplier;

/** A value and how long it took to get, in milliseconds. */
record Timed<T>(T value, long millis) {

  static <T> Timed<T> of(Supplier<T> work) {
    long start = System.nanoTime();
    T value = work.get();
    return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
  }
}
