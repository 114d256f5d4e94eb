package dev.copydesk.extract;

import java.io.IOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Tika's detector on the bytes (magic numbers, container inspection for zip/OLE2); the file name is
 * passed as a hint only, which Tika uses when the bytes alone are ambiguous (plain text vs.
 * Markdown) and never against them (a PNG named {@code .docx} stays a PNG). Detection runs on the
 * stream the parse then reads: a container opened to tell docx from xlsx (POI's OPC package) stays
 * open on it, and Tika's parser reuses it instead of unzipping the file a second time.
 */
final class TypeDetection {

  private final Detector detector = TikaDocuments.CONFIG.getDetector();

  /** The media type without parameters, e.g. {@code application/pdf}. */
  String detect(TikaInputStream in, String fileName) throws IOException {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    return detector.detect(in, metadata).getBaseType().toString();
  }
}
