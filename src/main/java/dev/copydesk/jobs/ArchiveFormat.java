package dev.copydesk.jobs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The archive kinds a job takes in, told by file name. Office files are zips too, so the name
 * decides what is unpacked; the first bytes must then agree, or the archive is corrupt.
 */
enum ArchiveFormat {
  ZIP(new String[] {".zip"}),
  TAR_GZ(new String[] {".tar.gz", ".tgz"}),
  TAR(new String[] {".tar"});

  /** Bytes needed to recognise every format (tar's magic sits at offset 257). */
  static final int HEAD_BYTES = 263;

  private final String[] suffixes;

  ArchiveFormat(String[] suffixes) {
    this.suffixes = suffixes;
  }

  static Optional<ArchiveFormat> byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> Arrays.stream(f.suffixes).anyMatch(lower::endsWith))
        .findFirst();
  }

  /** Whether {@code head} (the first bytes, possibly fewer than {@link #HEAD_BYTES}) fits. */
  boolean matches(byte[] head, int length) {
    return switch (this) {
      // local file header, or the end record of an empty zip
      case ZIP ->
          length >= 4
              && head[0] == 'P'
              && head[1] == 'K'
              && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
      case TAR_GZ -> length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
      case TAR ->
          length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    };
  }

  String label() {
    return switch (this) {
      case ZIP -> "zip";
      case TAR_GZ -> "tar.gz";
      case TAR -> "tar";
    };
  }
}
