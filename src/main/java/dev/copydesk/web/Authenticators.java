package dev.copydesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The chain asked for every API request: host-provided authenticators (ServiceLoader) first, then
 * the bearer token, then page sessions, then (only with {@code insecureLocal}) loopback callers.
 * The first one that does not abstain decides.
 */
final class Authenticators {

  private final List<Authenticator> chain;

  Authenticators(List<Authenticator> chain) {
    this.chain = List.copyOf(chain);
  }

  static Authenticators standard(
      ClassLoader loader, String token, PageSessions sessions, boolean insecureLocal) {
    List<Authenticator> chain = new ArrayList<>();
    ServiceLoader.load(Authenticator.class, loader).forEach(chain::add);
    chain.add(new BearerAuthenticator(token));
    chain.add(sessions);
    if (insecureLocal) {
      chain.add(new LocalAuthenticator());
    }
    return new Authenticators(chain);
  }

  AuthResult authenticate(HttpServletRequest request) {
    for (Authenticator authenticator : chain) {
      AuthResult result = authenticator.authenticate(request);
      if (!(result instanceof AuthResult.Abstained)) {
        return result;
      }
    }
    return new AuthResult.Refused("Send 'Authorization: Bearer <token>'");
  }
}
