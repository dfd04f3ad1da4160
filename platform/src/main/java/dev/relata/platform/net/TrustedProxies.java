package dev.relata.platform.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed (setting {@code
 * RELATA_TRUSTED_PROXIES}), and the client address that follows from a request.
 *
 * <p>Each proxy appends the address it received the request from, so the header is read from the
 * right: starting at the connection's peer, every address that is a trusted proxy passes on to the
 * one before it, and the first address that is not is the client. A client can write anything at
 * the left of the header, but it never gets past its own address, which the first trusted proxy
 * appended. The header of a peer that is not trusted is ignored; so is a header whose part that
 * would be read is not a list of addresses: then the peer is the client, as without the header.
 */
public final class TrustedProxies {
  /** Trusts no one: the peer is always the client. */
  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  private final List<AddressRange> ranges;

  public TrustedProxies(List<AddressRange> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /**
   * Reads the setting: addresses and CIDR ranges separated by commas ({@code 10.0.0.0/8,
   * 2001:db8::1}); blank trusts no one.
   *
   * @throws IllegalArgumentException naming the entry that is neither
   */
  public static TrustedProxies parse(String setting) {
    if (setting == null || setting.isBlank()) {
      return NONE;
    }
    List<AddressRange> ranges = new ArrayList<>();
    for (String entry : setting.split(",")) {
      if (!entry.isBlank()) {
        ranges.add(AddressRange.parse(entry));
      }
    }
    return new TrustedProxies(ranges);
  }

  public List<AddressRange> ranges() {
    return ranges;
  }

  /**
   * The client's address for a request.
   *
   * @param peer the address the connection came from, as the server reports it
   * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order; may be empty
   */
  public String clientAddress(String peer, List<String> forwardedFor) {
    if (ranges.isEmpty() || forwardedFor.isEmpty() || !trusts(IpLiterals.parse(peer))) {
      return peer;
    }
    List<String> hops =
        forwardedFor.stream()
            .flatMap(header -> Arrays.stream(header.split(",", -1)))
            .collect(Collectors.toList());
    InetAddress client = null;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = hopAddress(hops.get(i).trim());
      if (hop.isEmpty()) {
        return peer;
      }
      client = hop.get();
      if (!trusts(hop)) {
        break;
      }
    }
    return client == null ? peer : client.getHostAddress();
  }

  private boolean trusts(Optional<InetAddress> address) {
    return address.isPresent() && ranges.stream().anyMatch(r -> r.contains(address.get()));
  }

  /**
   * One entry of the header: an address, as most proxies write it, or with a port ({@code
   * 192.0.2.7:4711}, {@code [2001:db8::7]:4711}) as some do.
   */
  private static Optional<InetAddress> hopAddress(String hop) {
    String address = hop;
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      if (end < 0 || !port(hop.substring(end + 1))) {
        return Optional.empty();
      }
      address = hop.substring(1, end);
    } else if (hop.indexOf(':') >= 0 && hop.indexOf(':') == hop.lastIndexOf(':')) {
      int colon = hop.indexOf(':');
      if (!port(hop.substring(colon))) {
        return Optional.empty();
      }
      address = hop.substring(0, colon);
    }
    return IpLiterals.parse(address);
  }

  /** Nothing, or a colon and a port number. */
  private static boolean port(String rest) {
    return rest.isEmpty() || rest.matches(":\\d{1,5}");
  }

  @Override
  public String toString() {
    return ranges.toString();
  }
}
