package dev.copydesk.extract;

import java.io.IOException;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;

/**
 * S/MIME parts of an e-mail (Bouncy Castle reads the CMS structures). A message signed "opaquely"
 * ({@code application/pkcs7-mime}, {@code smime.p7m}, signed data) carries its content inside the
 * signature: that content is a MIME entity, read as the message's own. An encrypted one (enveloped
 * data) cannot be read without the recipient's key. A clear-signed message ({@code
 * multipart/signed}) needs neither: its first part is plain MIME, and its signature part ({@code
 * smime.p7s}) is not an attachment. No signature is verified: copydesk reads what the message says,
 * as a mail client shows it.
 */
final class SecureMail {

  /** What a wrapped part holds. */
  enum Kind {
    SIGNED,
    ENCRYPTED,
    /** Neither, or bytes that are not a CMS structure: the part stays a named attachment. */
    OTHER
  }

  private static final Set<String> WRAPPED =
      Set.of("application/pkcs7-mime", "application/x-pkcs7-mime");

  private static final Set<String> SIGNATURES =
      Set.of("application/pkcs7-signature", "application/x-pkcs7-signature");

  private static final Set<ASN1ObjectIdentifier> ENCRYPTED =
      Set.of(CMSObjectIdentifiers.envelopedData, CMSObjectIdentifiers.authEnvelopedData);

  private SecureMail() {}

  /** Whether a part of this media type wraps the message's content ({@code smime.p7m}). */
  static boolean isWrapped(String mediaType) {
    return WRAPPED.contains(mediaType);
  }

  /** Whether a part of this media type is a detached signature ({@code smime.p7s}). */
  static boolean isSignature(String mediaType) {
    return SIGNATURES.contains(mediaType);
  }

  /**
   * A wrapped part opened: what it holds, by the CMS content type it declares, and for signed data
   * the MIME entity inside ({@code content}; null otherwise, and for a detached signature).
   */
  record Opened(Kind kind, byte[] content) {

    private static final Opened OTHER = new Opened(Kind.OTHER, null);
  }

  /** A wrapped part's bytes read once as a CMS structure. */
  static Opened open(byte[] der) {
    try {
      ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
      ASN1ObjectIdentifier type = info.getContentType();
      if (type.equals(CMSObjectIdentifiers.signedData)) {
        CMSTypedData content = new CMSSignedData(info).getSignedContent();
        return new Opened(Kind.SIGNED, content == null ? null : (byte[]) content.getContent());
      }
      return ENCRYPTED.contains(type) ? new Opened(Kind.ENCRYPTED, null) : Opened.OTHER;
    } catch (IOException | CMSException | RuntimeException e) {
      return Opened.OTHER;
    }
  }
}
