package dev.relata.platform.audit;

import java.util.List;

/** One page of a log, newest first, with the number of entries the whole filter matches. */
public record LogPage<T>(List<T> items, long total, int page, int size) {
  public LogPage {
    items = List.copyOf(items);
  }
}
