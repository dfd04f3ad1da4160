package dev.relata.webapp.faces.admin;

import dev.relata.platform.organisation.UserPage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The users list one page at a time from the server; the page's search box is the filter. */
public final class UserRows extends LazyDataModel<UserRows.Row> {
  private static final long serialVersionUID = 1L;
  private final Source source;

  /** One user as the list shows it. */
  public record Row(
      long id,
      String username,
      String displayName,
      String email,
      String department,
      String manager,
      String roles,
      String status)
      implements Serializable {}

  /** Where the rows come from; implemented by the page that owns the table. */
  public interface Source extends Serializable {
    UserPage page(int page, int size);

    Row row(dev.relata.platform.identity.User user);
  }

  public UserRows(Source source) {
    this.source = source;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.page(0, 1).total());
  }

  @Override
  public List<Row> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, 100));
    UserPage page = source.page(first / size, size);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.items().stream().map(source::row).toList();
  }

  @Override
  public String getRowKey(Row row) {
    return String.valueOf(row.id());
  }

  @Override
  public Row getRowData(String rowKey) {
    List<Row> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
  }
}
