package dev.relata.platform.records;

import dev.relata.metadata.error.RelataException;

/**
 * What a list asks for: a filter and sort in the filter language, a page (from 0) and a size
 * (default 50, at most 500); {@code recycleBin} lists deleted records instead of live ones. The
 * total is counted exactly up to {@link #COUNT_LIMIT} matches unless {@code exactTotal} asks for
 * the full count, which on a large table costs more than the page itself.
 */
public record RecordQuery(
    String filter, String sort, int page, int size, boolean recycleBin, boolean exactTotal) {
  public static final int COUNT_LIMIT = 2_000;
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;
  public static final int MAX_PAGE = 100_000;

  public RecordQuery {
    if (page < 0 || page > MAX_PAGE) {
      throw RelataException.badRequest("list.page.out_of_range", MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw RelataException.badRequest("list.size.out_of_range", MAX_SIZE);
    }
  }

  public static RecordQuery of(String filter, String sort, Integer page, Integer size) {
    return new RecordQuery(
        filter, sort, page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, false, false);
  }

  public RecordQuery inRecycleBin() {
    return new RecordQuery(filter, sort, page, size, true, exactTotal);
  }

  public RecordQuery withExactTotal() {
    return new RecordQuery(filter, sort, page, size, recycleBin, true);
  }
}
