package dev.copydesk.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A job's per-file outcome table, as JSON ({@code {job, files}}) or CSV (one row per file). */
final class JobReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** CSV columns, in order, and how each is read from a row. */
  private static final List<Map.Entry<String, Function<JobFile, Object>>> COLUMNS =
      List.of(
          Map.entry("seq", JobFile::seq),
          Map.entry("file", JobFile::file),
          Map.entry("state", f -> f.state().label()),
          Map.entry("code", JobFile::code),
          Map.entry("detail", JobFile::detail),
          Map.entry("entryId", JobFile::entryId),
          Map.entry("title", JobFile::title),
          Map.entry("words", JobFile::words),
          Map.entry("flags", f -> String.join(" ", f.flags())),
          Map.entry("delivery", JobFile::delivery),
          Map.entry("bytes", JobFile::bytes),
          Map.entry("sha256", JobFile::sha256));

  private JobReport() {}

  static void write(JobStatus job, List<JobFile> files, ReportFormat format, Writer out)
      throws IOException {
    switch (format) {
      case JSON -> JSON.writeValue(out, Map.of("job", job, "files", files));
      case CSV -> writeCsv(files, out);
    }
    out.flush();
  }

  private static void writeCsv(List<JobFile> files, Writer out) throws IOException {
    out.write(String.join(",", COLUMNS.stream().map(Map.Entry::getKey).toList()));
    out.write("\r\n");
    for (JobFile file : files) {
      List<String> cells = COLUMNS.stream().map(c -> cell(c.getValue().apply(file))).toList();
      out.write(String.join(",", cells));
      out.write("\r\n");
    }
  }

  /**
   * One RFC 4180 cell. Text starting like a formula gets a leading quote mark: file names and
   * titles come from uploads, and a spreadsheet must not run them.
   */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
