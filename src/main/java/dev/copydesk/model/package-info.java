/**
 * The records every stage passes on: the extracted document, the normalised {@link
 * dev.copydesk.model.Entry} (entry JSON v1), flags, removals and the stable error codes. No logic
 * beyond construction and validation lives here.
 */
package dev.copydesk.model;
