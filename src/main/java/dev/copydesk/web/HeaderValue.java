package dev.copydesk.web;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A structured header value such as {@code form-data; name="file"; filename="a.docx"} or {@code
 * multipart/form-data; boundary=xyz}: the leading token (lower case) and its parameters (names in
 * lower case, quoted strings unescaped, RFC 8187 {@code name*} values decoded).
 */
record HeaderValue(String value, Map<String, String> params) {

  static HeaderValue parse(String header) {
    if (header == null) {
      return new HeaderValue("", Map.of());
    }
    int semicolon = header.indexOf(';');
    String head = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
    Map<String, String> params = new LinkedHashMap<>();
    int i = semicolon < 0 ? header.length() : semicolon + 1;
    while (i < header.length()) {
      int eq = header.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String name = header.substring(i, eq).trim().toLowerCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      i = readValue(header, eq + 1, value);
      putParam(params, name, value.toString());
    }
    return new HeaderValue(head.toLowerCase(Locale.ROOT), Map.copyOf(params));
  }

  String param(String name) {
    return params.get(name);
  }

  /** The file name from {@code filename*} (preferred, RFC 6266) or {@code filename}. */
  String fileName() {
    String extended = params.get("filename*");
    return extended != null ? extended : params.get("filename");
  }

  private static int readValue(String header, int start, StringBuilder out) {
    int i = start;
    while (i < header.length() && header.charAt(i) == ' ') {
      i++;
    }
    if (i < header.length() && header.charAt(i) == '"') {
      i++;
      while (i < header.length() && header.charAt(i) != '"') {
        char c = header.charAt(i);
        // Browsers do not escape backslashes in file names (C:\path); only \" and \\ are escapes.
        if (c == '\\' && i + 1 < header.length() && "\"\\".indexOf(header.charAt(i + 1)) >= 0) {
          i++;
        }
        out.append(header.charAt(i));
        i++;
      }
      int next = header.indexOf(';', i);
      return next < 0 ? header.length() : next + 1;
    }
    int next = header.indexOf(';', i);
    int end = next < 0 ? header.length() : next;
    out.append(header, i, end);
    int trimmed = out.length();
    while (trimmed > 0 && out.charAt(trimmed - 1) == ' ') {
      trimmed--;
    }
    out.setLength(trimmed);
    return next < 0 ? header.length() : next + 1;
  }

  private static void putParam(Map<String, String> params, String name, String value) {
    if (!name.endsWith("*")) {
      params.putIfAbsent(name, value);
      return;
    }
    // RFC 8187: charset'language'percent-encoded
    int first = value.indexOf('\'');
    int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0) {
      return;
    }
    try {
      Charset charset = Charset.forName(value.substring(0, first));
      String encoded = value.substring(second + 1).replace("+", "%2B");
      params.put(name, URLDecoder.decode(encoded, charset));
    } catch (IllegalArgumentException e) {
      // An unknown charset or a bad escape: ignore it, so the plain parameter (if any) is used.
    }
  }
}
