package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.copydesk.publish.Backlog;
import dev.copydesk.publish.Publisher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A command waiting for delivery says what it waits on while the target does not take the entries
 * (the publisher fails on cue here; the backlog query itself is {@code OutboxStoreTest}'s).
 */
class DeliveryWaitTest {

  private final StringWriter said = new StringWriter();
  private final PrintWriter err = new PrintWriter(said, true);
  private final Publisher publisher = mock(Publisher.class);

  @Test
  void whileTheTargetRefusesItSaysHowManyWhyAndWhatCtrlCDoes() {
    when(publisher.drain(any())).thenReturn(false, false, true);
    when(publisher.backlog()).thenReturn(new Backlog(3, "the CMS refused the connection"));

    boolean delivered =
        DeliveryWait.await(
            publisher, "wordpress", Path.of("/srv/data"), err, Duration.ofMinutes(1));

    assertThat(delivered).isTrue();
    assertThat(said.toString().lines())
        .hasSize(2)
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "Delivery to wordpress: 3 entries not delivered yet (last failure: the CMS"
                            + " refused the connection). They stay queued in /srv/data, and the"
                            + " next copydesk command or server using it delivers them. Still"
                            + " trying until ")
                    .endsWith(" UTC; Ctrl-C stops waiting."));
  }

  @Test
  void deliveredAtOnceSaysNothing() {
    when(publisher.drain(any())).thenReturn(true);

    assertThat(DeliveryWait.await(publisher, "file", Path.of("data"), err, Duration.ofMinutes(1)))
        .isTrue();
    assertThat(said.toString()).isEmpty();
  }

  @Test
  void afterTheTimeoutItStopsWaitingAndSaysSo() {
    when(publisher.drain(any())).thenReturn(false);
    when(publisher.backlog()).thenReturn(new Backlog(1, null));

    assertThat(DeliveryWait.await(publisher, "http", Path.of("/srv/data"), err, Duration.ZERO))
        .isFalse();
    assertThat(said.toString())
        .isEqualTo(
            "Delivery to http: 1 entry not delivered yet. They stay queued in /srv/data, and the"
                + " next copydesk command or server using it delivers them. Not waiting longer;"
                + " see each file's delivery below."
                + System.lineSeparator());
  }
}
