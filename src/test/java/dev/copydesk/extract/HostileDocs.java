package dev.copydesk.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Hostile documents built at test time: XXE in an XFA form, entity bombs, deep markup, many pages.
 */
final class HostileDocs {

  private HostileDocs() {}

  /**
   * A PDF with one page of text and an XFA form whose DOCTYPE declares external entities for a
   * local file and a URL, used in both the template and the data (CVE-2025-54988 / -66516).
   */
  static void xfaXxePdf(Path target, Path secretFile, String url) throws IOException {
    xfaPdf(target, xxeForm(secretFile, url));
  }

  /** The same form without a DOCTYPE: a control showing that the XFA text is extracted. */
  static void xfaPdf(Path target) throws IOException {
    xfaPdf(
        target,
        xxeForm(Path.of("unused"), "http://unused")
            .replaceAll("(?s)<!DOCTYPE.*?\\]>", "")
            .replace("&secret;", "s")
            .replace("&remote;", "r"));
  }

  private static String xxeForm(Path secretFile, String url) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE xdp:xdp [
          <!ENTITY secret SYSTEM "%s">
          <!ENTITY remote SYSTEM "%s">
          <!ENTITY %% param SYSTEM "%s">
          %%param;
        ]>
        <xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">
          <template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">
            <subform name="form1">
              <field name="visible"><caption><value><text>XFA visible caption</text></value></caption></field>
              <field name="leak"><caption><value><text>&secret;</text></value></caption></field>
              <field name="fetch"><caption><value><text>&remote;</text></value></caption></field>
            </subform>
          </template>
          <xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/">
            <xfa:data><form1><visible>XFA visible value</visible><leak>&secret;</leak><fetch>&remote;</fetch></form1></xfa:data>
          </xfa:datasets>
        </xdp:xdp>
        """
        .formatted(secretFile.toUri(), url, url + "/dtd");
  }

  private static void xfaPdf(Path target, String xfa) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText("The council approved the harbour budget on Tuesday.");
        text.endText();
      }
      COSStream stream = pdf.getDocument().createCOSStream();
      try (OutputStream out = stream.createOutputStream()) {
        out.write(xfa.getBytes(StandardCharsets.UTF_8));
      }
      PDAcroForm form = new PDAcroForm(pdf);
      form.getCOSObject().setItem(COSName.XFA, stream);
      pdf.getDocumentCatalog().setAcroForm(form);
      pdf.save(target.toFile());
    }
  }

  /** A PDF with a line of text and {@code count} embedded files. */
  static void pdfWithAttachments(Path target, int count) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText("A report with many attachments.");
        text.endText();
      }
      Map<String, PDComplexFileSpecification> files = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        PDEmbeddedFile data =
            new PDEmbeddedFile(
                pdf,
                new ByteArrayInputStream(("attachment " + i).getBytes(StandardCharsets.UTF_8)));
        data.setSubtype("text/plain");
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("a" + i + ".txt");
        spec.setEmbeddedFile(data);
        files.put(String.format("a%05d.txt", i), spec);
      }
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(files);
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      pdf.getDocumentCatalog().setNames(names);
      pdf.save(target.toFile());
    }
  }

  /** A PDF of {@code pages} blank pages. */
  static void blankPagesPdf(Path target, int pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        pdf.addPage(new PDPage());
      }
      pdf.save(target.toFile());
    }
  }

  /** The classic billion-laughs DOCTYPE in an XML or XHTML document. */
  static void billionLaughs(Path target, boolean html) throws IOException {
    StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    doc.append("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String prev = "&lol" + (i - 1) + ";";
      doc.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
    }
    doc.append("]>\n");
    doc.append(
        html
            ? "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Intro.</p><p>&lol9;</p></body></html>"
            : "<lolz><p>Intro.</p><p>&lol9;</p></lolz>");
    Files.writeString(target, doc, StandardCharsets.UTF_8);
  }

  /** HTML with {@code depth} nested elements around one paragraph. */
  static void deepHtml(Path target, int depth) throws IOException {
    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      out.write("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
      for (int i = 0; i < depth; i++) {
        out.write("<div>");
      }
      out.write("<p>The bottom of a very deep page still has a sentence.</p>");
      for (int i = 0; i < depth; i++) {
        out.write("</div>");
      }
      out.write("</body></html>");
    }
  }
}
