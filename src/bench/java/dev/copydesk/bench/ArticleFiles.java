package dev.copydesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes one synthetic article as a file of a given format, the way a newsroom tool would: a title,
 * a byline and paragraphs. docx through POI, pdf through PDFBox (Helvetica, wrapped lines, a blank
 * line between paragraphs), odt as a minimal OpenDocument zip; html with a site's navigation and
 * footer around the article.
 */
final class ArticleFiles {

  /** The parts every format carries. */
  record Article(String title, String byline, List<String> paragraphs) {}

  /** The formats written, by extension. */
  enum Format {
    TXT,
    HTML,
    MD,
    DOCX,
    PDF,
    ODT;

    String extension() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final int PDF_LINE_CHARS = 95;
  private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";

  private ArticleFiles() {}

  static void write(Article article, Format format, Path file) throws IOException {
    switch (format) {
      case TXT -> Files.writeString(file, txt(article));
      case MD -> Files.writeString(file, md(article));
      case HTML -> Files.writeString(file, html(article));
      case DOCX -> Files.write(file, docx(article));
      case PDF -> Files.write(file, pdf(article));
      case ODT -> Files.write(file, odt(article));
    }
  }

  private static String txt(Article article) {
    return article.title()
        + "\n\n"
        + article.byline()
        + "\n\n"
        + String.join("\n\n", article.paragraphs())
        + "\n";
  }

  private static String md(Article article) {
    return "# "
        + article.title()
        + "\n\n*"
        + article.byline()
        + "*\n\n"
        + String.join("\n\n", article.paragraphs())
        + "\n";
  }

  private static String html(Article article) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : article.paragraphs()) {
      body.append("    <p>").append(escape(paragraph)).append("</p>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
        <body>
          <nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
          <article>
            <h1>%s</h1>
            <p class="byline">%s</p>
        %s  </article>
          <footer><p>Copyright the Daily Bench. All rights reserved.</p></footer>
        </body></html>
        """
        .formatted(
            escape(article.title()), escape(article.title()), escape(article.byline()), body);
  }

  private static byte[] docx(Article article) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFRun title = document.createParagraph().createRun();
      title.setBold(true);
      title.setFontSize(20);
      title.setText(article.title());
      document.createParagraph().createRun().setText(article.byline());
      for (String paragraph : article.paragraphs()) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] pdf(Article article) throws IOException {
    List<String> lines = new ArrayList<>(List.of(article.title(), "", article.byline(), ""));
    for (String paragraph : article.paragraphs()) {
      lines.addAll(wrap(paragraph));
      lines.add("");
    }
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int perPage = 50;
      for (int from = 0; from < lines.size(); from += perPage) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
          text.beginText();
          text.setFont(font, 11);
          text.setLeading(14);
          text.newLineAtOffset(50, 740);
          for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
            text.showText(line);
            text.newLine();
          }
          text.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + word.length() + 1 > PDF_LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static byte[] odt(Article article) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("<text:h text:outline-level=\"1\">")
        .append(escape(article.title()))
        .append("</text:h><text:p>")
        .append(escape(article.byline()))
        .append("</text:p>");
    for (String paragraph : article.paragraphs()) {
      text.append("<text:p>").append(escape(paragraph)).append("</text:p>");
    }
    String content =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\
        <office:body><office:text>%s</office:text></office:body></office:document-content>
        """
            .formatted(text);
    String manifest =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
        manifest:version="1.2">
         <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """
            .formatted(ODT_TYPE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      stored(zip, "mimetype", ODT_TYPE.getBytes(StandardCharsets.US_ASCII));
      entry(zip, "META-INF/manifest.xml", manifest);
      entry(zip, "content.xml", content);
    }
    return bytes.toByteArray();
  }

  /** ODF wants {@code mimetype} first and uncompressed, so that magic-byte detection finds it. */
  private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(data);
    zip.closeEntry();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
