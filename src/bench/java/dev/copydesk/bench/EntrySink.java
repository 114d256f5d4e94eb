package dev.copydesk.bench;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A CMS that stores an entry in constant time: answers every {@code PUT /entries/{id}} of
 * copydesk's {@code http} target with 200 and {@code {}} after reading the body, and counts them.
 * With it the bulk benchmark measures copydesk's own bulk path, delivery included, without the cost
 * of the embedded {@code file} store (which rewrites its whole NDJSON file per entry).
 */
final class EntrySink implements AutoCloseable {

  private final Server jetty;
  private final ServerConnector connector;
  private final AtomicInteger received = new AtomicInteger();

  private EntrySink() throws Exception {
    jetty = new Server();
    connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    jetty.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            Content.Source.asString(request);
            if ("PUT".equals(request.getMethod())) {
              received.incrementAndGet();
            }
            response.setStatus(200);
            response.getHeaders().put("Content-Type", "application/json");
            Content.Sink.write(response, true, "{}", callback);
            return true;
          }
        });
    jetty.start();
  }

  static EntrySink start() throws Exception {
    return new EntrySink();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  int received() {
    return received.get();
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }
}
