package dev.copydesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code insecureLocal}: no token, but only for requests that come from this machine and name it in
 * {@code Host} (so a web page whose domain resolves to 127.0.0.1 cannot use it: DNS rebinding). The
 * grant is ambient, so state-changing requests still need the CSRF token from the session endpoint.
 */
final class LocalAuthenticator implements Authenticator {

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  @Override
  public AuthResult authenticate(HttpServletRequest request) {
    if (!isLoopback(request.getRemoteAddr()) || !LOOPBACK_NAMES.contains(hostName(request))) {
      return new AuthResult.Refused(
          "Without a token copydesk only answers http://127.0.0.1 or http://localhost requests "
              + "from this machine");
    }
    return new AuthResult.Granted("local", true, "local");
  }

  private static String hostName(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null) {
      return "";
    }
    int colon = host.lastIndexOf(':');
    String name = colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
    return name.toLowerCase(Locale.ROOT);
  }

  private static boolean isLoopback(String address) {
    try {
      // A literal address from the connector: no DNS lookup happens.
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
