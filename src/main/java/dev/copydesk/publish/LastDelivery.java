package dev.copydesk.publish;

/**
 * What the outbox remembers of the previous delivery of an entry: the CMS item, its modification
 * stamp right after that delivery, and whether an editor chose to overwrite a conflict.
 */
public record LastDelivery(String cmsId, String cmsVersion, boolean overwrite) {

  public static final LastDelivery NONE = new LastDelivery(null, null, false);
}
