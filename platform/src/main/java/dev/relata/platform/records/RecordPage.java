package dev.relata.platform.records;

import java.util.List;
import java.util.Map;

/** One page of a record list and the number of records that match in all. */
public record RecordPage(List<Map<String, Object>> items, long total, int page, int size) {}
