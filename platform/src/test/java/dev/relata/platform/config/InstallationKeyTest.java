package dev.relata.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationKeyTest {
  @TempDir Path dataDir;

  @Test
  void aKeyFromTheEnvironmentIsUsedAndNoFileIsWritten() {
    String key = InstallationKey.generate();

    assertThat(InstallationKey.resolve(key, dataDir, true))
        .isEqualTo(Base64.getDecoder().decode(key));
    assertThat(dataDir.resolve(InstallationKey.FILE_NAME)).doesNotExist();
  }

  @Test
  void aKeyThatIsNot32BytesOfBase64IsRefusedWithHowToMakeOne() {
    for (String bad :
        new String[] {
          "short", "not base64 at all!!", Base64.getEncoder().encodeToString(new byte[16])
        }) {
      assertThatThrownBy(() -> InstallationKey.resolve(bad, dataDir, true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("RELATA_SECRET_KEY")
          .hasMessageContaining("openssl rand");
    }
  }

  @Test
  void withoutTheEnvironmentAKeyFileOnlyItsOwnerMayReadIsMadeOnceAndKept() throws Exception {
    byte[] first = InstallationKey.resolve(null, dataDir, true);
    byte[] again = InstallationKey.resolve(null, dataDir, true);

    assertThat(first).hasSize(32).isEqualTo(again);
    Path file = dataDir.resolve(InstallationKey.FILE_NAME);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }
}
