package dev.relata.platform.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whose address a request comes from: the peer's, unless the peer is a trusted proxy, and then the
 * first address in {@code X-Forwarded-For}, read from the right, that is not a trusted proxy.
 */
class TrustedProxiesTest {
  private static final String CLIENT = "203.0.113.9";
  private final TrustedProxies proxies =
      TrustedProxies.parse("127.0.0.1, 10.0.0.0/8 ,2001:db8:aa::/48,::1");

  private String client(String peer, String... forwardedFor) {
    return proxies.clientAddress(peer, List.of(forwardedFor));
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(TrustedProxies.parse("").clientAddress("127.0.0.1", List.of(CLIENT)))
        .isEqualTo("127.0.0.1");
    assertThat(TrustedProxies.parse(null)).isSameAs(TrustedProxies.NONE);
    assertThat(TrustedProxies.parse(" , ").ranges()).isEmpty();
  }

  @Test
  void aTrustedProxyTellsWhomItForwards() {
    assertThat(client("127.0.0.1", CLIENT)).isEqualTo(CLIENT);
  }

  @Test
  void aHeaderFromAPeerThatIsNoTrustedProxyIsIgnored() {
    assertThat(client("198.51.100.4", "10.0.0.1")).isEqualTo("198.51.100.4");
    assertThat(client("198.51.100.4", CLIENT)).isEqualTo("198.51.100.4");
  }

  @Test
  void whatTheClientWroteBeforeItsOwnAddressIsNeverBelieved() {
    // The client sent "X-Forwarded-For: 10.9.9.9, 192.0.2.1"; the proxy appended the real address.
    assertThat(client("127.0.0.1", "10.9.9.9, 192.0.2.1, " + CLIENT)).isEqualTo(CLIENT);
    assertThat(client("127.0.0.1", "not an address, " + CLIENT)).isEqualTo(CLIENT);
  }

  @Test
  void aChainOfTrustedProxiesIsWalkedFromTheRight() {
    assertThat(client("127.0.0.1", CLIENT + ", 10.0.0.2, 10.1.0.3")).isEqualTo(CLIENT);
    assertThat(client("127.0.0.1", CLIENT + ", 10.0.0.2", "10.1.0.3")).isEqualTo(CLIENT);
  }

  @Test
  void whenEveryAddressIsATrustedProxyTheFirstIsTheClient() {
    assertThat(client("127.0.0.1", "10.0.0.5, 10.0.0.6")).isEqualTo("10.0.0.5");
  }

  @Test
  void ipv6PeersAndClientsAreReadAndShownAsTheServerShowsPeers() {
    assertThat(client("0:0:0:0:0:0:0:1", "2001:DB8:BB::7")).isEqualTo("2001:db8:bb:0:0:0:0:7");
    assertThat(client("2001:db8:aa:1::9", CLIENT)).isEqualTo(CLIENT);
    assertThat(client("127.0.0.1", "[2001:db8:bb::7]:4711")).isEqualTo("2001:db8:bb:0:0:0:0:7");
    assertThat(client("2001:db8:ab::9", CLIENT)).isEqualTo("2001:db8:ab::9");
    assertThat(client("127.0.0.1", "::ffff:" + CLIENT)).isEqualTo(CLIENT);
  }

  @Test
  void anAddressWithAPortIsTheAddress() {
    assertThat(client("127.0.0.1", CLIENT + ":4711")).isEqualTo(CLIENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "unknown",
        "attacker.example.com",
        "203.0.113.999",
        "203.0.113.9, ",
        "203.0.113.9,,10.0.0.2",
        "[2001:db8::7",
        "[2001:db8::7]x",
        "203.0.113.9:http",
        "fe80::1%eth0",
        "2001:db8::/32",
        "' OR 1=1 --",
        "203.0.113.9 10.0.0.2"
      })
  void aHeaderThatCannotBeReadLeavesThePeerAsTheClient(String header) {
    assertThat(client("127.0.0.1", header)).isEqualTo("127.0.0.1");
  }

  @Test
  void noHeaderLeavesThePeerAsTheClient() {
    assertThat(client("127.0.0.1")).isEqualTo("127.0.0.1");
  }

  @Test
  void aSettingThatIsNeitherAnAddressNorARangeIsRefusedByName() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, proxy.internal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxy.internal");
  }
}
