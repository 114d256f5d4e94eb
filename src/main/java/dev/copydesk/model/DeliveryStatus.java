package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an entry stands on its way to the CMS. {@code state} is one of {@code queued}, {@code
 * retrying}, {@code delivered}, {@code conflict}, {@code dead}, {@code skipped} (dry run).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryStatus(
    String entryId,
    String target,
    String state,
    String cmsId,
    String url,
    String nextAttempt,
    Integer attempts,
    String detail) {

  public static DeliveryStatus delivered(String entryId, String target, String cmsId, String url) {
    return new DeliveryStatus(entryId, target, "delivered", cmsId, url, null, 1, null);
  }

  public static DeliveryStatus skipped(String entryId, String why) {
    return new DeliveryStatus(entryId, null, "skipped", null, null, null, 0, why);
  }
}
