package dev.relata.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.platform.net.TrustedProxies;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Settings from the environment: wrong values named, passwords never shown: wrong values named,
 * passwords never shown.
 */
class RelataConfigTest {

  @Test
  void withoutADatabaseUrlTheEmbeddedDatabaseLivesInTheDataFolder() {
    RelataConfig config = RelataConfig.from(Map.of("RELATA_DATA_DIR", "/srv/relata"));

    assertThat(config.dbUrl()).isEqualTo("jdbc:h2:file:/srv/relata/relata");
    assertThat(config.embeddedDatabaseFile()).contains(Path.of("/srv/relata/relata.mv.db"));
  }

  @Test
  void aServerDatabaseHasNoFileToLookFor() {
    RelataConfig config =
        RelataConfig.from(Map.of("RELATA_DB_URL", "jdbc:postgresql://db:5432/relata"));

    assertThat(config.embeddedDatabaseFile()).isEmpty();
  }

  @Test
  void aPasswordInTheDatabaseUrlIsLeftOutWhereverTheUrlIsShown() {
    RelataConfig config =
        RelataConfig.from(
            Map.of(
                "RELATA_DB_URL",
                "jdbc:postgresql://db/relata?user=relata&password=s3cret&ssl=true",
                "RELATA_DB_PASSWORD",
                "other"));

    assertThat(config.displayDbUrl())
        .isEqualTo("jdbc:postgresql://db/relata?user=relata&password=…&ssl=true");
    assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("other");
  }

  @Test
  void aNumberSettingThatIsNotANumberOrTooSmallIsRefusedByName() {
    for (String name : new String[] {"RELATA_PASSWORD_ITERATIONS", "RELATA_DB_POOL_SIZE"}) {
      assertThatThrownBy(() -> RelataConfig.from(Map.of(name, "0")))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith(name + " must be a whole number from 1 (default ")
          .hasMessageEndingWith("not '0'.");
    }
    for (String name :
        new String[] {"RELATA_PASSWORD_ITERATIONS", "RELATA_TOKEN_HOURS", "RELATA_DB_POOL_SIZE"}) {
      assertThatThrownBy(() -> RelataConfig.from(Map.of(name, "ten")))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith(name + " must be a whole number from ")
          .hasMessageEndingWith("not 'ten'.");
    }
  }

  @Test
  void noProxyIsTrustedByDefault() {
    assertThat(RelataConfig.from(Map.of()).trustedProxies()).isSameAs(TrustedProxies.NONE);
  }

  @Test
  void theTrustedProxiesAreAddressesAndRanges() {
    RelataConfig config =
        RelataConfig.from(Map.of("RELATA_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8,2001:db8::/32"));

    assertThat(config.trustedProxies().ranges()).hasSize(3);
    assertThat(config.trustedProxies().clientAddress("10.2.3.4", List.of("192.0.2.1")))
        .isEqualTo("192.0.2.1");
    assertThat(config.toString()).contains("trustedProxies=[127.0.0.1/32, 10.0.0.0/8");
  }

  @Test
  void aWrongEntryStopsTheStartWithTheSettingAndTheEntryNamed() {
    assertThatThrownBy(
            () -> RelataConfig.from(Map.of("RELATA_TRUSTED_PROXIES", "10.0.0.0/8;192.0.2.1")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("RELATA_TRUSTED_PROXIES")
        .hasMessageContaining("'10.0.0.0/8;192.0.2.1'");
  }

  @Test
  void theRulesFolderIsOptionalAndMustBeAFolder(@org.junit.jupiter.api.io.TempDir Path folder) {
    assertThat(RelataConfig.from(Map.of()).rulesDir()).isNull();
    assertThat(RelataConfig.from(Map.of("RELATA_RULES_DIR", folder.toString())).rulesDir())
        .isEqualTo(folder.toAbsolutePath().normalize());
    assertThatThrownBy(
            () -> RelataConfig.from(Map.of("RELATA_RULES_DIR", folder.resolve("nope").toString())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("RELATA_RULES_DIR")
        .hasMessageContaining("not a folder");
  }
}
