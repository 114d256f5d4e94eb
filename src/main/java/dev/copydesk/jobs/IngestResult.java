package dev.copydesk.jobs;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.pipeline.Outcome;

/** One file's result: what the pipeline made of it and, when accepted, its delivery state. */
public record IngestResult(Outcome outcome, DeliveryStatus delivery) {}
