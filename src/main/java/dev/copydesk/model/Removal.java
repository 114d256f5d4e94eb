package dev.copydesk.model;

/** Boilerplate taken out of the body, with why and how many times it occurred. */
public record Removal(String text, String reason, int count) {}
