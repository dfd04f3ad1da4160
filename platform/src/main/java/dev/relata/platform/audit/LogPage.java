package dev.relata.platform.audit;

import java.util.List;
import java.util.function.Function;

/** One page of a log, newest first, with the number of entries the whole filter matches. */
public record LogPage<T>(List<T> items, long total, int page, int size) {
  public LogPage {
    items = List.copyOf(items);
  }

  /** The same page with each item turned into another (an entry into the row that shows it). */
  public <R> LogPage<R> map(Function<? super T, ? extends R> item) {
    return new LogPage<>(items.stream().<R>map(item).toList(), total, page, size);
  }
}
