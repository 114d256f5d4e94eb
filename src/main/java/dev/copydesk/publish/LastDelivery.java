package dev.copydesk.publish;

/**
 * What the outbox remembers of the previous delivery to the CMS item this delivery writes: the
 * item, its modification stamp right after that delivery, and whether an editor chose to overwrite
 * a conflict.
 *
 * <p>{@code replaces} is set for a revision under {@code delivery.revisions = update} that has no
 * CMS item of its own yet: the id of the earlier entry whose item it takes over ({@code cmsId} and
 * {@code cmsVersion} are then that entry's, or null when it was never delivered from here).
 */
public record LastDelivery(String cmsId, String cmsVersion, boolean overwrite, String replaces) {

  public static final LastDelivery NONE = new LastDelivery(null, null, false, null);

  public LastDelivery(String cmsId, String cmsVersion, boolean overwrite) {
    this(cmsId, cmsVersion, overwrite, null);
  }
}
