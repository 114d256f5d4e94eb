package dev.copydesk.dedupe;

/**
 * Locality-sensitive banding of a MinHash signature: 42 bands of 3 rows. Two documents become
 * candidates when any band is equal; the chance is 1-(1-J³)⁴² (99.6% at J = 0.5, 2% at J = 0.1). A
 * band key packs the band number and its three 8-bit rows into one 30-bit integer, which SQLite
 * stores in 4 bytes and which is recomputed from the stored signature when an entry is replaced.
 */
final class LshBands {

  static final int BANDS = 42;
  static final int ROWS = 3;

  private LshBands() {}

  static int[] keys(byte[] signature) {
    int[] keys = new int[BANDS];
    for (int band = 0; band < BANDS; band++) {
      int key = band;
      for (int row = 0; row < ROWS; row++) {
        key = (key << 8) | (signature[band * ROWS + row] & 0xFF);
      }
      keys[band] = key;
    }
    return keys;
  }
}
