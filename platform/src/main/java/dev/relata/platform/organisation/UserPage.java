package dev.relata.platform.organisation;

import dev.relata.platform.identity.User;
import java.util.List;

/** One page of users and how many match in all. */
public record UserPage(List<User> items, long total, int page, int size) {
  public UserPage {
    items = List.copyOf(items);
  }
}
