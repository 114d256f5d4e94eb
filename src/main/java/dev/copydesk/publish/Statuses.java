package dev.copydesk.publish;

import dev.copydesk.model.DeliveryStatus;

/** Target replies as the delivery states callers see. */
final class Statuses {

  private Statuses() {}

  /** The state right after one synchronous attempt. */
  static DeliveryStatus of(String entryId, String target, TargetReply reply) {
    if (reply instanceof TargetReply.Delivered d) {
      return DeliveryStatus.delivered(entryId, target, d.cmsId(), d.url());
    }
    if (reply instanceof TargetReply.Retryable r) {
      return new DeliveryStatus(entryId, target, "retrying", null, null, null, 1, r.reason());
    }
    if (reply instanceof TargetReply.Permanent p) {
      return new DeliveryStatus(
          entryId, target, "dead", null, null, null, 1, "CMS replied " + p.status());
    }
    TargetReply.Conflict c = (TargetReply.Conflict) reply;
    return new DeliveryStatus(entryId, target, "conflict", c.cmsId(), null, null, 1, c.detail());
  }
}
