package dev.copydesk.jobs;

import java.io.InputStream;

/** One file of a multipart submission, as sent: its name and its bytes. */
public record Upload(String fileName, InputStream content) {}
