package dev.relata.platform.records;

import java.util.List;
import java.util.Map;

/**
 * One page of a record list and the number of records that match in all; when {@code totalExact} is
 * false, more than {@code total} records match (the count stopped there).
 */
public record RecordPage(
    List<Map<String, Object>> items, long total, boolean totalExact, int page, int size) {}
