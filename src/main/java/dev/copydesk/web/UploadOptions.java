package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An upload's options: {@code ?dryRun=true|false} and the {@code Idempotency-Key} header (scoped to
 * the caller). The query string is parsed here, never through {@code getParameter}, which would
 * read a form body.
 */
record UploadOptions(boolean dryRun, String idempotencyKey) {

  private static final int MAX_KEY_CHARS = 255;

  static UploadOptions of(HttpServletRequest request) throws UploadRejected {
    String key = request.getHeader("Idempotency-Key");
    if (key != null && (key.isEmpty() || key.length() > MAX_KEY_CHARS || !visibleAscii(key))) {
      throw new UploadRejected(
          ErrorCode.BAD_REQUEST, "Idempotency-Key must be 1 to 255 visible ASCII characters");
    }
    String scoped = null;
    if (key != null) {
      AuthResult.Granted caller = (AuthResult.Granted) request.getAttribute(GuardFilter.CALLER);
      scoped = (caller == null ? "" : caller.subject()) + "\n" + key;
    }
    return new UploadOptions(dryRun(request.getQueryString()), scoped);
  }

  private static boolean dryRun(String query) throws UploadRejected {
    if (query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (!name.equals("dryRun")) {
        continue;
      }
      String value = eq < 0 ? "true" : pair.substring(eq + 1);
      if (value.equals("true") || value.equals("false")) {
        return value.equals("true");
      }
      throw new UploadRejected(ErrorCode.BAD_REQUEST, "dryRun must be true or false");
    }
    return false;
  }

  private static boolean visibleAscii(String value) {
    return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }
}
