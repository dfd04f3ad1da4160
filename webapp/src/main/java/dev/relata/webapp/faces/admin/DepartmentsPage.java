package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.RelataException;
import dev.relata.platform.organisation.Department;
import dev.relata.platform.organisation.DepartmentService;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.Texts;
import dev.relata.webapp.faces.records.LookupChoice;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The department tree and the department dialog: create (at the top or below a department), rename,
 * move (choose another parent) and delete. The platform refuses a move below itself and the
 * deletion of a department that still has users or sub-departments; the dialog shows why.
 */
@Named("departmentsPage")
@ViewScoped
public class DepartmentsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "departmentForm";
  private static final Map<String, String> INPUTS =
      Map.of("name", "departmentName", "labels", "labelEn", "parent", "parent", "head", "head");
  private final Metadata metadata;
  private Long editing;
  private String name;
  private String labelEn;
  private String labelZh;
  private Long parent;
  private LookupChoice head;
  private long version;

  @Inject
  public DepartmentsPage(Metadata metadata) {
    this.metadata = metadata;
  }

  protected DepartmentsPage() {
    this(null);
  }

  /** One department in the tree. */
  public record Row(long id, String name, String label, String head) implements Serializable {}

  /** The whole tree, rebuilt from the paths at every render: it is small and always current. */
  public TreeNode<Row> getTree() {
    TreeNode<Row> root = new DefaultTreeNode<>(null, null);
    Map<Long, TreeNode<Row>> nodes = new HashMap<>();
    String tag = metadata.session().getLabelTag();
    for (Department d : departments().list(metadata.actor())) {
      LookupChoice headChoice = OrganisationForms.user(metadata.relata(), d.headUserId());
      TreeNode<Row> parentNode =
          d.parentId() == null ? root : nodes.getOrDefault(d.parentId(), root);
      TreeNode<Row> node =
          new DefaultTreeNode<>(
              new Row(
                  d.id(),
                  d.name(),
                  d.labels().get(tag),
                  headChoice == null ? "" : headChoice.getName()),
              parentNode);
      node.setExpanded(true);
      nodes.put(d.id(), node);
    }
    return root;
  }

  /** Every department as a parent to choose, indented by depth. */
  public List<SelectItem> getParents() {
    List<SelectItem> items = new ArrayList<>();
    for (Department d : departments().list(metadata.actor())) {
      items.add(new SelectItem(d.id(), "\u00a0\u00a0".repeat(d.depth()) + d.name()));
    }
    return items;
  }

  /** A new department below {@code parentId} (null: at the top). */
  public void startCreate(Long parentId) {
    editing = null;
    name = null;
    labelEn = null;
    labelZh = null;
    parent = parentId;
    head = null;
    version = 0;
  }

  public void startEdit(long id) {
    Department d = departments().get(metadata.actor(), id);
    editing = id;
    name = d.name();
    labelEn = AdminForms.exact(d.labels(), "en");
    labelZh = AdminForms.exact(d.labels(), "zh-CN");
    parent = d.parentId();
    head = OrganisationForms.user(metadata.relata(), d.headUserId());
    version = d.version();
  }

  public List<LookupChoice> completeUser(String text) {
    return OrganisationForms.users(metadata.relata(), text);
  }

  /** Creates or changes the department; the dialog closes only when the platform accepted it. */
  public void save() {
    Map<String, Object> values = new HashMap<>();
    values.put("name", AdminForms.blankToNull(name));
    values.put("labels", AdminForms.labels(labelEn, labelZh).values());
    values.put("parent", parent);
    values.put("head", OrganisationForms.id(head));
    try {
      if (editing == null) {
        departments().create(metadata.actor(), values);
      } else {
        departments().update(metadata.actor(), editing, values, version);
      }
    } catch (RelataException e) {
      OrganisationForms.show(e, FORM, INPUTS);
      return;
    }
    FacesMessages.info(Texts.get("departments.saved", name));
    PrimeFaces.current().executeScript("PF('departmentDialog').hide()");
  }

  public void delete(long id) {
    try {
      departments().delete(metadata.actor(), id, null);
      FacesMessages.info(Texts.get("departments.deleted"));
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  private DepartmentService departments() {
    return metadata.relata().departments();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelZh() {
    return labelZh;
  }

  public void setLabelZh(String labelZh) {
    this.labelZh = labelZh;
  }

  public Long getParent() {
    return parent;
  }

  public void setParent(Long parent) {
    this.parent = parent;
  }

  public LookupChoice getHead() {
    return head;
  }

  public void setHead(LookupChoice head) {
    this.head = head;
  }
}
