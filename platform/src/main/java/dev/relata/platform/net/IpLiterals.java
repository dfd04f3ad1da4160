package dev.relata.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.commons.validator.routines.InetAddressValidator;

/**
 * IPv4 and IPv6 addresses written as literals, read without ever asking DNS: text that is not a
 * plain literal ({@code 10.0.0.7}, {@code 2001:db8::7}, {@code ::ffff:10.0.0.7}) is no address, so
 * a header cannot make the server resolve a name. An IPv4 address written in IPv6 form is the IPv4
 * address.
 */
public final class IpLiterals {
  private IpLiterals() {}

  /** The address written as {@code text}, or empty if it is not a plain literal. */
  public static Optional<InetAddress> parse(String text) {
    // commons-validator knows the literal forms; the JDK turns a checked literal into bytes
    // without a lookup. Zones (fe80::1%eth0) name an interface of the machine that wrote them and
    // mean nothing here.
    if (text == null
        || text.indexOf('%') >= 0
        || !InetAddressValidator.getInstance().isValid(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
