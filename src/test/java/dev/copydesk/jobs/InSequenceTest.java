package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InSequenceTest {

  private final List<Long> finished = new CopyOnWriteArrayList<>();

  private Runnable step(long ticket) {
    return () -> finished.add(ticket);
  }

  @Test
  void stepsOfferedOutOfTurnAreParkedAndRunInTicketOrderByWhoeverIsInTurn() throws Exception {
    InSequence sequence = new InSequence(8);
    long first = sequence.ticket();
    long second = sequence.ticket();
    long third = sequence.ticket();

    sequence.offer(third, step(third));
    sequence.offer(second, step(second));
    assertThat(finished).as("parked, not run, and the callers did not wait").isEmpty();

    sequence.offer(first, step(first));
    assertThat(finished).containsExactly(first, second, third);
  }

  @Test
  void aFullParkingWaitsForTheStepInTurn() throws Exception {
    InSequence sequence = new InSequence(1);
    long first = sequence.ticket();
    long second = sequence.ticket();
    long third = sequence.ticket();
    sequence.offer(second, step(second));

    CountDownLatch offered = new CountDownLatch(1);
    Thread late =
        new Thread(
            () -> {
              try {
                sequence.offer(third, step(third));
                offered.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    late.start();
    assertThat(offered.await(200, TimeUnit.MILLISECONDS)).as("no room to park").isFalse();

    sequence.offer(first, step(first));
    assertThat(offered.await(5, TimeUnit.SECONDS)).isTrue();
    late.join(5_000);
    assertThat(finished).containsExactly(first, second, third);
  }
}
