package org.pincite.service.settings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The proxies (PINCITE_TRUSTED_PROXIES) whose {@code X-Forwarded-Proto} header Pincite believes: a
 * request from any other address is judged by its own connection alone, whatever it claims.
 */
public final class TrustedProxies {
  // Only literals: a host name would make every request wait for a name lookup, and could lie.
  private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private final Set<InetAddress> addresses;

  private TrustedProxies(Set<InetAddress> addresses) {
    this.addresses = Set.copyOf(addresses);
  }

  /** The proxies of a comma-separated list of IP addresses; entries that are not are skipped. */
  public static TrustedProxies parse(String list) {
    return new TrustedProxies(
        Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(TrustedProxies::address)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet()));
  }

  /** The address an IP literal names; empty for anything else (host names are not looked up). */
  public static Optional<InetAddress> address(String literal) {
    if (literal == null || !LITERAL.matcher(literal).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(literal));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** Whether the request's peer (its remote address, as the connection has it) is a proxy. */
  public boolean trusts(String remoteAddress) {
    return address(remoteAddress).map(addresses::contains).orElse(false);
  }

  public boolean isEmpty() {
    return addresses.isEmpty();
  }
}
