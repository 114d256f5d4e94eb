package dev.copydesk.model;

/**
 * Every stable error code, with its HTTP status and disposition: one table, mirrored in
 * docs/errors.md (a test keeps the two equal).
 */
public enum ErrorCode {
  EMPTY_FILE(422, Disposition.REJECT, "The file is empty"),
  UNSUPPORTED_TYPE(415, Disposition.REJECT, "This file type is not supported"),
  ENCRYPTED(415, Disposition.REJECT, "The file is encrypted or password-protected"),
  CORRUPT_FILE(422, Disposition.REJECT, "The file is damaged or truncated"),
  NO_TEXT(422, Disposition.REJECT, "No article text was found in the file"),
  TOO_LARGE(413, Disposition.REJECT, "The file is larger than allowed"),
  TOO_MANY_PARTS(413, Disposition.REJECT, "The request has more parts than allowed"),
  ARCHIVE_BOMB(413, Disposition.REJECT, "The archive inflates past the allowed size or ratio"),
  TOO_MANY_ENTRIES(413, Disposition.REJECT, "The archive has more entries than allowed"),
  TOO_DEEP(413, Disposition.REJECT, "The file nests archives or elements deeper than allowed"),
  UNSAFE_PATH(400, Disposition.REJECT, "The archive entry is a link or points outside the archive"),
  PARSE_TIMEOUT(422, Disposition.REJECT, "Parsing took longer than allowed"),
  PARSE_FAILED(422, Disposition.REJECT, "The parser could not read the file"),
  PARSER_CRASHED(422, Disposition.REJECT, "The parser process crashed on this file"),
  UNREADABLE_FILE(400, Disposition.REJECT, "The file could not be read"),
  BAD_REQUEST(400, Disposition.REJECT, "The request is malformed"),
  UNAUTHORIZED(401, Disposition.REJECT, "Authentication is required"),
  FORBIDDEN(403, Disposition.REJECT, "The request is not allowed"),
  CSRF_TOKEN_INVALID(403, Disposition.REJECT, "The CSRF token is missing or does not match"),
  NOT_FOUND(404, Disposition.REJECT, "No such resource"),
  METHOD_NOT_ALLOWED(405, Disposition.REJECT, "This method is not allowed on this resource"),
  IDEMPOTENCY_KEY_IN_USE(
      409, Disposition.RETRY, "A request with this Idempotency-Key is still in progress"),
  IDEMPOTENCY_KEY_REUSED(
      422, Disposition.REJECT, "This Idempotency-Key was already used for a different file"),
  BUSY(429, Disposition.RETRY, "Too many files are being parsed; try again shortly"),
  NOT_READY(503, Disposition.RETRY, "The service is not ready"),
  DELIVERY_FAILED(502, Disposition.DEAD_LETTER, "The CMS rejected the entry"),
  STORAGE_FULL(507, Disposition.RETRY, "The server has no room left to store the file"),
  INTERNAL(500, Disposition.RETRY, "An unexpected error occurred");

  private final int httpStatus;
  private final Disposition disposition;
  private final String title;

  ErrorCode(int httpStatus, Disposition disposition, String title) {
    this.httpStatus = httpStatus;
    this.disposition = disposition;
    this.title = title;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public Disposition disposition() {
    return disposition;
  }

  public String title() {
    return title;
  }
}
