package dev.copydesk.model;

/** Where an entry came from: the file as received. */
public record Source(String fileName, String mediaType, long bytes, String sha256) {}
