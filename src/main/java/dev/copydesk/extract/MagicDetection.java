package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.detect.XmlRootExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * What Tika's {@link MimeTypes#detect} answers for a stream and a file name, with the magic numbers
 * asked through {@link MagicTable}: the same steps in the same order (magic, then the XML root
 * element for XML and HTML, then plain text when nothing matched, then the file name's hint),
 * without Tika's cost per magic clause.
 */
final class MagicDetection {

  private static final MediaType XML = MediaType.APPLICATION_XML;
  private static final MediaType HTML = MediaType.TEXT_HTML;

  private final MimeTypes types;
  private final MediaTypeRegistry registry;
  private final MagicTable table;
  private final List<MimeType> rootXmlTypes;
  private final MethodHandle matchesXml;
  private final MethodHandle isInterpreted;

  @SuppressWarnings("unchecked")
  MagicDetection(MimeTypes types) {
    this.types = types;
    this.registry = types.getMediaTypeRegistry();
    this.table = MagicTable.of(types);
    try {
      var field = MimeTypes.class.getDeclaredField("xmls");
      field.setAccessible(true);
      this.rootXmlTypes = List.copyOf((List<MimeType>) field.get(types));
      var lookup = MethodHandles.privateLookupIn(MimeType.class, MethodHandles.lookup());
      this.matchesXml =
          lookup.findVirtual(
              MimeType.class,
              "matchesXML",
              MethodType.methodType(boolean.class, String.class, String.class));
      this.isInterpreted =
          lookup.findVirtual(MimeType.class, "isInterpreted", MethodType.methodType(boolean.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Tika's MimeTypes changed: " + e.getMessage(), e);
    }
  }

  /** The type of the stream (left where it was), given its file name or null. */
  MediaType detect(TikaInputStream in, String resourceName) throws IOException {
    List<MediaType> possible = magicTypes(header(in));
    if (resourceName != null) {
      possible = withNameHint(possible, resourceName);
    }
    return possible.isEmpty() ? MediaType.OCTET_STREAM : possible.get(0);
  }

  private byte[] header(InputStream in) throws IOException {
    return head(in, types.getMinLength());
  }

  /**
   * The first {@code length} bytes of a stream that supports marks, the stream left where it was.
   */
  static byte[] head(InputStream in, int length) throws IOException {
    in.mark(length);
    try {
      return in.readNBytes(length);
    } finally {
      in.reset();
    }
  }

  /** Tika's {@code MimeTypes.getMimeType(byte[])}. */
  private List<MediaType> magicTypes(byte[] bytes) {
    if (bytes.length == 0) {
      return List.of(MediaType.OCTET_STREAM);
    }
    MagicClause.Header header = table.header(bytes);
    List<MediaType> found = new ArrayList<>(1);
    int priority = -1;
    for (MagicTable.Magic magic : table.magics()) {
      if (priority > 0 && priority > magic.priority()) {
        break;
      }
      if (magic.clause().matches(header)) {
        found.add(magic.type().getType());
        priority = magic.priority();
      }
    }
    if (found.isEmpty()) {
      return List.of(plainTextOrNot(bytes));
    }
    found.replaceAll(type -> type.equals(XML) || type.equals(HTML) ? byRoot(type, header) : type);
    return found;
  }

  /**
   * XML or HTML by magic: the type named by the root element if one claims it; else XML that is not
   * well-formed is HTML if an HTML magic matches, plain text if none does.
   */
  private MediaType byRoot(MediaType type, MagicClause.Header header) {
    QName root = new XmlRootExtractor().extractRootElement(header.bytes());
    if (root != null) {
      for (MimeType candidate : rootXmlTypes) {
        if (matchesXml(candidate, root)) {
          return candidate.getType();
        }
      }
      return type;
    }
    if (!type.equals(XML)) {
      return type;
    }
    for (MagicTable.Magic magic : table.magics()) {
      if (magic.type().getType().equals(HTML) && magic.clause().matches(header)) {
        return HTML;
      }
    }
    return MediaType.TEXT_PLAIN;
  }

  private MediaType plainTextOrNot(byte[] bytes) {
    try (InputStream in = TikaInputStream.get(bytes)) {
      MediaType text = new TextDetector(types.getMinLength()).detect(in, new Metadata());
      return types.forName(text.toString()).getType();
    } catch (Exception e) {
      return MediaType.OCTET_STREAM;
    }
  }

  /** Tika's name hint: a more specific type than the magic's, or the pick among several. */
  private List<MediaType> withNameHint(List<MediaType> possible, String resourceName) {
    String name = null;
    boolean http = false;
    try {
      URI uri = new URI(resourceName);
      http = uri.getScheme() != null && uri.getScheme().startsWith("http");
      String path = uri.getPath();
      if (path != null && path.lastIndexOf('/') + 1 < path.length()) {
        name = path.substring(path.lastIndexOf('/') + 1);
      }
    } catch (URISyntaxException e) {
      name = resourceName;
    }
    if (name == null) {
      return possible;
    }
    MimeType hint = types.getMimeType(name);
    if (http && isInterpreted(hint)) {
      return possible;
    }
    for (MediaType type : possible) {
      if (hint.getType().equals(type) || registry.isSpecializationOf(hint.getType(), type)) {
        return List.of(hint.getType());
      }
    }
    return possible.isEmpty() ? List.of(hint.getType()) : possible;
  }

  private boolean matchesXml(MimeType type, QName root) {
    try {
      return (boolean) matchesXml.invoke(type, root.getNamespaceURI(), root.getLocalPart());
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean isInterpreted(MimeType type) {
    try {
      return (boolean) isInterpreted.invoke(type);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
