package dev.relata.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A CIDR range of IPv4 or IPv6 addresses ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), or a single
 * address. An address of the other family is never in it.
 *
 * @param network the range's first address
 * @param prefixLength how many leading bits an address must share with {@code network}
 */
public record AddressRange(InetAddress network, int prefixLength) {

  public AddressRange {
    int bits = network.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException(
          "The prefix length of " + network.getHostAddress() + " must be 0 to " + bits);
    }
    network = masked(network, prefixLength);
  }

  /**
   * Reads {@code 10.0.0.0/8}, {@code 2001:db8::/32} or a single address such as {@code 127.0.0.1};
   * host bits after the prefix are ignored ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}).
   *
   * @throws IllegalArgumentException with what was wrong, for anything else
   */
  public static AddressRange parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    InetAddress network =
        IpLiterals.parse(address)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'" + trimmed + "' is neither an IP address nor a CIDR range"));
    int bits = network.getAddress().length * 8;
    if (slash < 0) {
      return new AddressRange(network, bits);
    }
    String prefix = trimmed.substring(slash + 1);
    if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
      throw new IllegalArgumentException(
          "'" + trimmed + "' needs a prefix length of 0 to " + bits + " after the '/'");
    }
    return new AddressRange(network, Integer.parseInt(prefix));
  }

  public boolean contains(InetAddress address) {
    byte[] wanted = network.getAddress();
    byte[] actual = address.getAddress();
    if (wanted.length != actual.length) {
      return false;
    }
    return Arrays.equals(masked(actual, prefixLength), wanted);
  }

  @Override
  public String toString() {
    return network.getHostAddress() + "/" + prefixLength;
  }

  private static InetAddress masked(InetAddress address, int prefixLength) {
    try {
      return InetAddress.getByAddress(masked(address.getAddress(), prefixLength));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("An address of 4 or 16 bytes is always valid", e);
    }
  }

  /** The bytes with every bit after the first {@code prefixLength} cleared. */
  private static byte[] masked(byte[] bytes, int prefixLength) {
    byte[] result = bytes.clone();
    for (int i = 0; i < result.length; i++) {
      int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
      result[i] &= (byte) (0xFF << (8 - keep));
    }
    return result;
  }
}
