package dev.copydesk.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Classifies a file from its first bytes: a signature table, then a text-or-binary test. */
final class MagicBytes {

  /** How many leading bytes {@link #detect} needs to see. */
  static final int HEAD_BYTES = 8192;

  private record Signature(int offset, byte[] bytes, FileKind kind) {
    static Signature of(int offset, String latin1, FileKind kind) {
      return new Signature(offset, latin1.getBytes(StandardCharsets.ISO_8859_1), kind);
    }

    boolean matches(byte[] head, int length) {
      if (offset + bytes.length > length) {
        return false;
      }
      for (int i = 0; i < bytes.length; i++) {
        if (head[offset + i] != bytes[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Signature> SIGNATURES =
      List.of(
          Signature.of(0, "%PDF-", FileKind.PDF),
          Signature.of(3, "%PDF-", FileKind.PDF), // after a UTF-8 BOM, as Tika allows
          Signature.of(0, "PK\u0003\u0004", FileKind.ZIP),
          Signature.of(0, "PK\u0005\u0006", FileKind.ZIP), // empty zip
          Signature.of(0, "PK\u0007\u0008", FileKind.ZIP), // spanned zip marker
          Signature.of(0, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", FileKind.OLE2),
          Signature.of(0, "{\\rtf", FileKind.RTF),
          Signature.of(0, "\u001F\u008B", FileKind.OTHER_ARCHIVE), // gzip
          Signature.of(0, "BZh", FileKind.OTHER_ARCHIVE),
          Signature.of(0, "\u00FD7zXZ\u0000", FileKind.OTHER_ARCHIVE),
          Signature.of(0, "7z\u00BC\u00AF\u0027\u001C", FileKind.OTHER_ARCHIVE),
          Signature.of(0, "Rar!\u001A\u0007", FileKind.OTHER_ARCHIVE),
          Signature.of(257, "ustar", FileKind.OTHER_ARCHIVE),
          Signature.of(0, "\u00FE\u00FF", FileKind.TEXT), // UTF-16 BOMs: NULs are expected
          Signature.of(0, "\u00FF\u00FE", FileKind.TEXT));

  private MagicBytes() {}

  static FileKind detect(byte[] head, int length) {
    for (Signature signature : SIGNATURES) {
      if (signature.matches(head, length)) {
        return signature.kind();
      }
    }
    for (int i = 0; i < length; i++) {
      if (head[i] == 0) {
        return FileKind.BINARY;
      }
    }
    return FileKind.TEXT;
  }
}
