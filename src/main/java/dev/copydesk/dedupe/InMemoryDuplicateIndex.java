package dev.copydesk.dedupe;

import dev.copydesk.dedupe.Fingerprint.Probe;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** An index in memory (a dry run's own files): candidates verified on the exact shingle sets. */
public final class InMemoryDuplicateIndex implements DuplicateIndex {

  private record Stored(Fingerprint print, long order) {}

  private final Map<String, Stored> byId = new HashMap<>();
  private final Map<Integer, Set<String>> bands = new HashMap<>();
  private final Map<Long, Set<String>> paragraphs = new HashMap<>();
  private long sequence;

  @Override
  public synchronized List<Flag> matches(Entry entry) {
    return matches(Fingerprint.probe(entry));
  }

  @Override
  public synchronized void add(Entry entry) {
    add(Fingerprint.probe(entry).print());
  }

  @Override
  public synchronized List<Flag> matchAndAdd(Entry entry) {
    Probe probe = Fingerprint.probe(entry);
    List<Flag> flags = matches(probe);
    add(probe.print());
    return flags;
  }

  /**
   * Flags against the entries added before; for an entry added before itself (the same file again),
   * only against those added before it was, so it gets the flags it got the first time.
   */
  private List<Flag> matches(Probe probe) {
    String self = probe.print().id();
    Stored earlier = byId.get(self);
    Predicate<String> notBefore =
        id -> id.equals(self) || earlier != null && byId.get(id).order() > earlier.order();
    Set<String> candidateIds = new LinkedHashSet<>();
    for (int key : LshBands.keys(probe.print().signature())) {
      candidateIds.addAll(bands.getOrDefault(key, Set.of()));
    }
    candidateIds.removeIf(notBefore);
    Map<Long, List<Fingerprint>> owners = new HashMap<>();
    for (long hash : probe.print().paragraphHashes()) {
      Set<String> ids = new LinkedHashSet<>(paragraphs.getOrDefault(hash, Set.of()));
      ids.removeIf(notBefore);
      if (!ids.isEmpty() && ids.size() <= CrossMatcher.STOCK_PARAGRAPH_ENTRIES) {
        owners.put(hash, oldestFirst(ids));
      }
    }
    return CrossMatcher.flags(probe, oldestFirst(candidateIds), owners);
  }

  private List<Fingerprint> oldestFirst(Set<String> ids) {
    List<Stored> stored = new ArrayList<>();
    ids.forEach(id -> stored.add(byId.get(id)));
    stored.sort(Comparator.comparingLong(Stored::order));
    return stored.stream().map(Stored::print).toList();
  }

  /** Adds or replaces {@code print}; a replaced entry keeps its place in the order. */
  private void add(Fingerprint print) {
    Stored old = byId.get(print.id());
    remove(print.id());
    if (print.shingleCount() == 0) {
      return;
    }
    byId.put(print.id(), new Stored(print, old != null ? old.order() : sequence++));
    for (int key : LshBands.keys(print.signature())) {
      bands.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(print.id());
    }
    for (long hash : print.paragraphHashes()) {
      paragraphs.computeIfAbsent(hash, k -> new LinkedHashSet<>()).add(print.id());
    }
  }

  private void remove(String id) {
    Stored old = byId.remove(id);
    if (old == null) {
      return;
    }
    for (int key : LshBands.keys(old.print().signature())) {
      forget(bands, key, id);
    }
    for (long hash : old.print().paragraphHashes()) {
      forget(paragraphs, hash, id);
    }
  }

  private static <K> void forget(Map<K, Set<String>> postings, K key, String id) {
    Set<String> ids = postings.get(key);
    if (ids != null && ids.remove(id) && ids.isEmpty()) {
      postings.remove(key);
    }
  }
}
