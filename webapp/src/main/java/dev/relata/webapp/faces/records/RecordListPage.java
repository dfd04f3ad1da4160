package dev.relata.webapp.faces.records;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.PerRequest;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/**
 * A list view of one entity, or of its recycle bin: a lazy table whose columns are the entity's
 * fields, and a filter box that takes the filter language.
 */
@Named("recordList")
@ViewScoped
public class RecordListPage implements Serializable, RecordRows.Source {
  private static final long serialVersionUID = 1L;
  static final String FILTER_ID = "listForm:filter";
  static final String TABLE_ID = "listForm:records";
  private final RecordReader reader;
  private String entity;
  private String filter;
  private String appliedFilter;
  private boolean recycleBin;
  private boolean totalCapped;
  private RecordRows rows;

  @Inject
  public RecordListPage(RecordReader reader) {
    this.reader = reader;
  }

  protected RecordListPage() {
    this(null);
  }

  /** Opens the live records (view action). */
  public void open() {
    start(false);
  }

  /** Opens the recycle bin (view action). */
  public void openRecycleBin() {
    start(true);
  }

  private void start(boolean bin) {
    if (reader.metadata().entity(entity).isEmpty()) {
      Pages.notFound();
      return;
    }
    recycleBin = bin;
    rows = new RecordRows(this);
  }

  /** Checks the filter before using it, so that a mistake is shown on the filter box. */
  public void applyFilter() {
    try {
      reader.count(entity, filter, recycleBin);
    } catch (RelataException e) {
      FacesMessages.error(FILTER_ID, Texts.get("list.filterInvalid", Texts.of(e.text())));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    appliedFilter = filter;
    firstPage();
  }

  public void clearFilter() {
    filter = null;
    appliedFilter = null;
    firstPage();
  }

  public void restore(long id) {
    try {
      reader.metadata().relata().records().restore(entity, id, reader.metadata().actor());
      FacesMessages.info(Texts.get("record.restored", id));
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  private void firstPage() {
    var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  @Override
  public long count() {
    try {
      return reader.count(entity, appliedFilter, recycleBin);
    } catch (RelataException e) {
      return 0;
    }
  }

  @Override
  public RecordReader.Page page(String sort, int page, int size) {
    EntityDefinition definition = definition();
    try {
      RecordReader.Page rows =
          reader.rows(definition, RecordReader.query(appliedFilter, sort, page, size, recycleBin));
      totalCapped = !rows.totalExact();
      return rows;
    } catch (RelataException e) {
      // E.g. sorting by a field deleted since the page was opened: show why, not a blank error.
      FacesMessages.error(e);
      return new RecordReader.Page(List.of(), 0, true);
    }
  }

  private EntityDefinition definition() {
    return reader
        .metadata()
        .entity(entity)
        .orElseThrow(() -> RelataException.notFound("entity.not_found", entity));
  }

  public List<Column> getColumns() {
    return PerRequest.get(
        "recordList.columns",
        () -> reader.metadata().entity(entity).map(reader::columns).orElse(List.of()));
  }

  /** The column that links to a record: the name field, else the first column. */
  public String getLinkColumn() {
    return PerRequest.get("recordList.linkColumn", this::linkColumn);
  }

  private String linkColumn() {
    EntityDefinition definition = reader.metadata().entity(entity).orElse(null);
    if (definition == null) {
      return null;
    }
    if (definition.nameField() != null
        && definition.activeField(definition.nameField()).isPresent()) {
      return definition.nameField();
    }
    return definition.activeFields().isEmpty() ? null : definition.activeFields().get(0).name();
  }

  public String getTitle() {
    return reader
        .metadata()
        .entity(entity)
        .map(e -> reader.metadata().texts().plural(e))
        .orElse("");
  }

  public RecordRows getRows() {
    return rows;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public String getAppliedFilter() {
    return appliedFilter;
  }

  /** Whether more records match than the list's count goes to (see RecordQuery.COUNT_LIMIT). */
  public boolean isTotalCapped() {
    return totalCapped;
  }

  public boolean isRecycleBin() {
    return recycleBin;
  }
}
