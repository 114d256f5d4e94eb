import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a password-protected copy of a .docx, the way Word does: an OLE compound file holding
 * "EncryptionInfo" and "EncryptedPackage" streams (ECMA-376 agile encryption).
 *
 * <p>A build tool for the bad-input fixture, not product code. LibreOffice 7.4 headless could not be
 * made to encrypt OOXML (its filter ignores "Password" and hangs on "EncryptionData"), so POI, already on
 * the project's classpath through Tika, does it. Run with scripts/make-bad-fixtures.
 */
public class EncryptDocx {
  public static void main(String[] args) throws Exception {
    File in = new File(args[0]);
    File out = new File(args[1]);
    String password = args[2];
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(password);
      // The encrypted stream holds the unchanged bytes of the .docx zip package.
      try (OutputStream os = encryptor.getDataStream(fs)) {
        Files.copy(in.toPath(), os);
      }
      try (FileOutputStream fos = new FileOutputStream(out)) {
        fs.writeFilesystem(fos);
      }
    }
  }
}
