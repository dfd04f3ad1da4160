package dev.relata.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.platform.net.TrustedProxies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trusted-proxies setting: none by default, a list when given, a clear refusal when wrong. */
class RelataConfigTest {
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
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RELATA_TRUSTED_PROXIES")
        .hasMessageContaining("'10.0.0.0/8;192.0.2.1'");
  }
}
