package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.util.RecordFormatException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.SAXException;

/**
 * Parser exceptions to stable codes: the one table. Rows are tried in order and a row matches when
 * any exception in the cause chain is of its type, so the most telling cause wins however deep Tika
 * wrapped it (an encrypted PDF arrives as a TikaException around a PDFBox password error). Details
 * are plain sentences: no class names, no stack traces.
 */
final class ExtractionErrors {

  /** One row: exceptions of this type (anywhere in the chain) mean this code. */
  record Row(
      Class<? extends Throwable> type,
      Predicate<Throwable> when,
      ErrorCode code,
      Function<Limits, String> detail) {

    Row(Class<? extends Throwable> type, ErrorCode code, String detail) {
      this(type, t -> true, code, limits -> detail);
    }

    Row(Class<? extends Throwable> type, ErrorCode code, Function<Limits, String> detail) {
      this(type, t -> true, code, detail);
    }

    Row(Class<? extends Throwable> type, Predicate<Throwable> when, ErrorCode code, String detail) {
      this(type, when, code, limits -> detail);
    }

    boolean matches(Throwable t) {
      return type.isInstance(t) && when.test(t);
    }
  }

  private static final String ENCRYPTED =
      "The document is password-protected; remove the password and upload it again.";
  private static final String DAMAGED = "The file is damaged or truncated and cannot be read.";
  private static final String MEMORY = "The document needs more memory to parse than allowed.";
  private static final String BOMB =
      "The document inflates to far more data than its size suggests (a compression bomb).";
  private static final String BUG = "The parser failed on this file.";

  static final List<Row> ROWS =
      List.of(
          new Row(EncryptedDocumentException.class, ErrorCode.ENCRYPTED, ENCRYPTED),
          new Row(org.apache.poi.EncryptedDocumentException.class, ErrorCode.ENCRYPTED, ENCRYPTED),
          new Row(InvalidPasswordException.class, ErrorCode.ENCRYPTED, ENCRYPTED),
          new Row(
              WriteLimitReachedException.class, ErrorCode.TOO_LARGE, ExtractionErrors::textLimit),
          new Row(TikaMemoryLimitException.class, ErrorCode.TOO_LARGE, MEMORY),
          new Row(
              SkipEmbedded.TooManyEmbedded.class,
              ErrorCode.TOO_MANY_ENTRIES,
              ExtractionErrors::embeddedLimit),
          new Row(TikaException.class, ExtractionErrors::isBomb, ErrorCode.ARCHIVE_BOMB, BOMB),
          new Row(ZipException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(org.apache.james.mime4j.MimeException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(EOFException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(DataFormatException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(OpenXML4JException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(OpenXML4JRuntimeException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(NotOLE2FileException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(EmptyFileException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(RecordFormatException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          // A container whose XML parts are cut off (a truncated docx) is damaged, not a parser
          // bug.
          new Row(org.apache.xmlbeans.XmlException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(org.apache.poi.ooxml.POIXMLException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          // A compound file (.doc, .msg) cut short: POI's block reader runs past the end.
          new Row(
              IndexOutOfBoundsException.class,
              ExtractionErrors::inCompoundFile,
              ErrorCode.CORRUPT_FILE,
              DAMAGED),
          // A bug in a parser, not a property of the file: checked before Tika's generic wrapper.
          new Row(RuntimeException.class, ErrorCode.PARSE_FAILED, BUG),
          new Row(StackOverflowError.class, ErrorCode.PARSE_FAILED, BUG),
          new Row(TikaException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(SAXException.class, ErrorCode.CORRUPT_FILE, DAMAGED),
          new Row(IOException.class, ErrorCode.CORRUPT_FILE, DAMAGED));

  private ExtractionErrors() {}

  static IngestError classify(Throwable error, Limits limits) {
    for (Row row : ROWS) {
      if (chain(error).stream().anyMatch(row::matches)) {
        return IngestError.of(row.code(), row.detail().apply(limits));
      }
    }
    return IngestError.of(ErrorCode.PARSE_FAILED, BUG);
  }

  private static String textLimit(Limits limits) {
    return "The document has more than "
        + Sizes.count(limits.maxTextChars())
        + " characters of text, the limit for one article.";
  }

  private static String embeddedLimit(Limits limits) {
    return "The document embeds more than "
        + Sizes.count(limits.maxEmbeddedDocuments())
        + " objects (images, attachments), the limit.";
  }

  /** Tika's secure handler reports bombs only in its message. */
  private static boolean isBomb(Throwable t) {
    String message = t.getMessage();
    return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb");
  }

  /** Thrown by POI's compound-file (OLE2) reader, reading the file's blocks. */
  private static boolean inCompoundFile(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("org.apache.poi.poifs.");
  }

  /** The exception and its causes, guarding against cycles. */
  private static List<Throwable> chain(Throwable error) {
    List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = error;
        t != null && !chain.contains(t) && chain.size() < 32;
        t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
