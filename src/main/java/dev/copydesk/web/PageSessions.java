package dev.copydesk.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Sessions for the upload page, with no server-side state: the cookie is {@code
 * expiry.id.signature}, HMAC-signed with a key derived from the API token (so every node behind a
 * load balancer agrees), or a random per-process key when there is no token. The CSRF token is an
 * HMAC of the session id: the page reads it from the session endpoint and sends it back in {@value
 * #CSRF_HEADER}; a cross-site page can do neither.
 */
final class PageSessions implements Authenticator {

  static final String COOKIE = "copydesk_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final Duration TTL = Duration.ofHours(8);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final Clock clock;

  PageSessions(String apiToken, Clock clock) {
    this.key = apiToken == null || apiToken.isBlank() ? randomKey() : derivedKey(apiToken);
    this.clock = clock;
  }

  /** Starts a session for the caller: sets the cookie and returns the session id. */
  String start(HttpServletRequest request, HttpServletResponse response, String cookiePath) {
    byte[] id = new byte[18];
    RANDOM.nextBytes(id);
    String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    long expiry = clock.instant().plus(TTL).getEpochSecond();
    String payload = expiry + "." + sessionId;
    Cookie cookie = new Cookie(COOKIE, payload + "." + Secrets.hmac(key, "session:" + payload));
    cookie.setPath(cookiePath);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setMaxAge((int) TTL.toSeconds());
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
    return sessionId;
  }

  String csrfToken(String binding) {
    return Secrets.hmac(key, "csrf:" + binding);
  }

  boolean csrfMatches(String given, String binding) {
    return Secrets.matches(given, csrfToken(binding));
  }

  @Override
  public AuthResult authenticate(HttpServletRequest request) {
    String value = cookieValue(request);
    if (value == null) {
      return AuthResult.abstain();
    }
    int lastDot = value.lastIndexOf('.');
    int firstDot = value.indexOf('.');
    if (firstDot < 0 || lastDot == firstDot) {
      return AuthResult.abstain();
    }
    String payload = value.substring(0, lastDot);
    if (!Secrets.matches(value.substring(lastDot + 1), Secrets.hmac(key, "session:" + payload))) {
      return AuthResult.abstain();
    }
    long expiry;
    try {
      expiry = Long.parseLong(payload.substring(0, firstDot));
    } catch (NumberFormatException e) {
      return AuthResult.abstain();
    }
    if (clock.instant().getEpochSecond() > expiry) {
      return AuthResult.abstain();
    }
    return new AuthResult.Granted("page-session", true, payload.substring(firstDot + 1));
  }

  private static String cookieValue(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }

  private static byte[] derivedKey(String apiToken) {
    String derived =
        Secrets.hmac(apiToken.getBytes(StandardCharsets.UTF_8), "copydesk sessions v1");
    return derived.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }
}
