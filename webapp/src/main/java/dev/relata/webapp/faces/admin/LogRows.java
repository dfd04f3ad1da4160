package dev.relata.webapp.faces.admin;

import dev.relata.platform.audit.LogPage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of a log table, one page at a time from the server: the table's paging becomes the page
 * and size of a log query. Filtering is the page's filter bar; the order is always newest first, so
 * the table does not sort.
 */
public final class LogRows<T extends LogRows.Row> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;
  private final Source<T> source;

  /** A row that knows its log entry's id. */
  public interface Row extends Serializable {
    long id();
  }

  /** Where the rows come from; implemented by the page that owns the table and its filters. */
  public interface Source<T> extends Serializable {
    LogPage<T> load(int page, int size);
  }

  public LogRows(Source<T> source) {
    this.source = source;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.load(0, 1).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(pageSize, 1);
    LogPage<T> page = source.load(first / size, size);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(row.id());
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
  }
}
