package dev.copydesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.model.Entry;
import java.io.UncheckedIOException;

/** Entry JSON v1 as text: what the outbox stores and the file and http targets send. */
final class EntryJson {

  static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private EntryJson() {}

  static String write(Entry entry) {
    try {
      return MAPPER.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Entry read(String json) {
    try {
      return MAPPER.readValue(json, Entry.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code id} field of one entry JSON line, without binding the whole entry. */
  static String idOf(String json) {
    try {
      return MAPPER.readTree(json).path("id").asText(null);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
