package dev.copydesk.jobs;

import java.time.Instant;

/**
 * A job as stored: what was submitted and when it ran; {@code origin} is null unless the command
 * line made it.
 */
record Job(
    String id,
    String name,
    JobState state,
    boolean dryRun,
    Instant created,
    Instant started,
    Instant finished,
    Origin origin) {}
