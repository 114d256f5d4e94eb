package dev.copydesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON replies: one mapper for every servlet so entries serialise the same way everywhere. */
final class JsonBody {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonBody() {}

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void send(HttpServletResponse response, int status, Object value) throws IOException {
    send(response, status, bytes(value));
  }

  static void send(HttpServletResponse response, int status, byte[] json) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }
}
