package dev.relata.webapp.faces.records;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of a list view, one page at a time from the server: the table's paging and sorting
 * become the page, size and sort of a record query. Filtering is the page's filter box, not the
 * table's column filters.
 */
public final class RecordRows extends LazyDataModel<RecordRow> {
  private static final long serialVersionUID = 1L;
  private final Source source;

  /** Where the rows come from; implemented by the page that owns the table. */
  public interface Source extends Serializable {
    long count();

    RecordReader.Page page(String sort, int page, int size);
  }

  public RecordRows(Source source) {
    this.source = source;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.count());
  }

  @Override
  public List<RecordRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    RecordReader.Page page =
        source.page(sort(sortBy), first / Math.max(pageSize, 1), Math.max(pageSize, 1));
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.rows();
  }

  /** The sort in the filter language's form, e.g. {@code -amount,name}; null for none. */
  static String sort(Map<String, SortMeta> sortBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return null;
    }
    String sort =
        sortBy.values().stream()
            .filter(s -> s.getOrder() != null && s.getOrder() != SortOrder.UNSORTED)
            .map(s -> (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField())
            .collect(Collectors.joining(","));
    return sort.isEmpty() ? null : sort;
  }

  @Override
  public String getRowKey(RecordRow row) {
    return String.valueOf(row.getId());
  }

  @Override
  public RecordRow getRowData(String rowKey) {
    List<RecordRow> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream()
            .filter(r -> String.valueOf(r.getId()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
