package dev.copydesk.extract;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's detector on the bytes (magic numbers, container inspection for zip/OLE2); the file name is
 * passed as a hint only, which Tika uses when the bytes alone are ambiguous (plain text vs.
 * Markdown) and never against them (a PNG named {@code .docx} stays a PNG). Detection runs on the
 * stream the parse then reads: a container opened to tell docx from xlsx (POI's OPC package) stays
 * open on it, and Tika's parser reuses it instead of unzipping the file a second time.
 *
 * <p>Tika's composite detector asks each detector in turn and keeps an answer only when it is a
 * specialisation of the answer so far. Once the answer is a type no registered type specialises (a
 * docx, an ODT, a Word 97 file, found by the container detectors), no later detector can change it,
 * so the rest are skipped: the last one, the magic-number scan of the first 64 KB, costs a docx
 * half a millisecond for nothing. The answers are the same as Tika's.
 *
 * <p>One answer differs from Tika's: a file named {@code .emlx} that begins with a length line is
 * an Apple Mail message ({@link AppleMail}), which Tika takes for a plain {@code .eml} when Mail
 * has padded the length.
 *
 * <p>The magic-number scan itself, the detector most files end with, is Tika's {@code MimeTypes}
 * answer computed by {@link MagicDetection}, at a tenth of Tika's cost.
 */
final class TypeDetection {

  private final List<Detector> detectors;
  private final MediaTypeRegistry registry;
  private final MimeTypes mimeTypes = TikaDocuments.CONFIG.getMimeRepository();
  private final MagicDetection magic = new MagicDetection(mimeTypes);
  private final Map<MediaType, Boolean> leaves = new ConcurrentHashMap<>();

  TypeDetection() {
    this.detectors = ((CompositeDetector) TikaDocuments.CONFIG.getDetector()).getDetectors();
    this.registry = TikaDocuments.CONFIG.getMediaTypeRegistry();
  }

  /** The media type without parameters, e.g. {@code application/pdf}. */
  String detect(TikaInputStream in, String fileName) throws IOException {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    MediaType type = MediaType.OCTET_STREAM;
    for (Detector detector : detectors) {
      if (isLeaf(type)) {
        break;
      }
      MediaType detected =
          detector == mimeTypes && metadata.get(Metadata.CONTENT_TYPE) == null
              ? magic.detect(in, fileName)
              : detector.detect(in, metadata);
      if (registry.isSpecializationOf(detected, type)) {
        type = detected;
      }
    }
    return AppleMail.isNamed(fileName)
            && AppleMail.beginsWithLength(MagicDetection.head(in, AppleMail.MAX_LENGTH_LINE))
        ? SupportedTypes.APPLE_MAIL
        : type.getBaseType().toString();
  }

  private boolean isLeaf(MediaType type) {
    return !type.equals(MediaType.OCTET_STREAM)
        && leaves.computeIfAbsent(type, t -> registry.getChildTypes(t).isEmpty());
  }
}
