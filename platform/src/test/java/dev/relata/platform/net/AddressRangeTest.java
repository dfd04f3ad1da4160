package dev.relata.platform.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CIDR ranges of either family, and single addresses, as the trusted-proxies setting gives them.
 */
class AddressRangeTest {
  private static InetAddress address(String literal) {
    return IpLiterals.parse(literal).orElseThrow();
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "10.0.0.0/8, 10.255.1.2, true",
    "10.0.0.0/8, 11.0.0.1, false",
    "192.168.1.0/24, 192.168.1.255, true",
    "192.168.1.0/24, 192.168.2.0, false",
    "172.16.0.0/12, 172.31.255.255, true",
    "172.16.0.0/12, 172.32.0.0, false",
    "127.0.0.1, 127.0.0.1, true",
    "127.0.0.1, 127.0.0.2, false",
    "0.0.0.0/0, 203.0.113.9, true",
    "10.1.2.3/8, 10.9.9.9, true",
    "2001:db8::/32, 2001:db8:ffff::1, true",
    "2001:db8::/32, 2001:db9::1, false",
    "2001:db8:0:1::/63, 2001:db8:0:0:ffff::1, true",
    "2001:db8:0:2::/63, 2001:db8:0:1::1, false",
    "::1, ::1, true",
    "::1, ::2, false",
    "::/0, 2001:db8::1, true",
    "::/0, 10.0.0.1, false",
    "0.0.0.0/0, ::1, false",
    "10.0.0.0/8, ::ffff:10.0.0.1, true"
  })
  void containsTheAddressesThatShareItsPrefix(String range, String address, boolean contained) {
    assertThat(AddressRange.parse(range).contains(address(address))).isEqualTo(contained);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "proxy.example.com",
        "10.0.0.0/",
        "10.0.0.0/33",
        "10.0.0.0/-1",
        "10.0.0.0/8/8",
        "10.0.0.0/x",
        "2001:db8::/129",
        "256.0.0.0/8",
        "10.0.0",
        "fe80::1%eth0"
      })
  void anythingElseIsRefusedWithWhatWasWrong(String text) {
    assertThatThrownBy(() -> AddressRange.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2.3/8, 10.0.0.0/8",
    "2001:db8::1/32, 2001:db8:0:0:0:0:0:0/32",
    "::1, 0:0:0:0:0:0:0:1/128"
  })
  void isShownAsItsFirstAddressAndPrefix(String text, String shown) {
    assertThat(AddressRange.parse(text)).hasToString(shown);
  }
}
