package dev.copydesk.bench;

import java.io.InputStream;
import java.net.URI;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Issue 4's baseline: the cost of HTTP plus parsing alone. A bare Jetty 12 handler that runs {@code
 * AutoDetectParser} into a {@code BodyContentHandler} on the raw request body and answers with the
 * number of characters. No auth, no spooling, no normalising, no dedupe.
 */
public final class BareTikaServer implements AutoCloseable {

  private final Server jetty;
  private final ServerConnector connector;

  private BareTikaServer(Server jetty, ServerConnector connector) {
    this.jetty = jetty;
    this.connector = connector;
  }

  static BareTikaServer start() throws Exception {
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    jetty.setHandler(new ParseHandler(new AutoDetectParser()));
    jetty.start();
    return new BareTikaServer(jetty, connector);
  }

  /**
   * Runs in its own JVM for the bulk benchmark; prints where it serves, then serves until killed.
   */
  public static void main(String[] args) throws Exception {
    BareTikaServer server = start();
    System.out.println("bare-tika: serving " + server.uri());
    server.jetty.join();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }

  /** Blocking (the default for {@code Handler.Abstract}): Tika reads the body as a stream. */
  private static final class ParseHandler extends Handler.Abstract {

    private final AutoDetectParser parser;

    ParseHandler(AutoDetectParser parser) {
      this.parser = parser;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      BodyContentHandler text = new BodyContentHandler(-1);
      try (InputStream in = Content.Source.asInputStream(request)) {
        parser.parse(in, text, new Metadata(), new ParseContext());
      } catch (Exception e) {
        Response.writeError(request, response, callback, 500, e.getMessage());
        return true;
      }
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      Content.Sink.write(response, true, String.valueOf(text.toString().length()), callback);
      return true;
    }
  }
}
