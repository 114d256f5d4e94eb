package dev.copydesk.jobs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * A zip entry's name as the people who made the zip saw it. Zips mark UTF-8 names with a flag; the
 * zipper built into Windows (before 2019) wrote names in the DOS code page without it, so
 * "Müller.docx" arrived as "M?ller.docx" and two names differing in one accented letter looked the
 * same. A name without the flag that is not valid UTF-8 (and carries no Unicode copy in an extra
 * field, which the reader already prefers) is read as code page 437, as unzip and 7-Zip do.
 */
final class ZipNames {

  private static final Charset DOS = Charset.forName("IBM437");

  private ZipNames() {}

  static String of(ZipArchiveEntry entry) {
    String name = entry.getName();
    if (entry.getGeneralPurposeBit().usesUTF8ForNames()
        || entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null) {
      return name;
    }
    byte[] raw = entry.getRawName();
    return raw == null || isUtf8(raw) ? name : new String(raw, DOS);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
