package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.RelataException;
import dev.relata.platform.organisation.Role;
import dev.relata.platform.organisation.RoleService;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The roles list and the role dialog (create, or change labels, description and whether holders
 * must use two-factor). What a role may do is set in the permission matrix, not here.
 */
@Named("rolesPage")
@ViewScoped
public class RolesPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "roleForm";
  private static final Map<String, String> INPUTS =
      Map.of(
          "name",
          "roleName",
          "labels",
          "labelEn",
          "description",
          "description",
          "requiresTotp",
          "requiresTotp");
  private final Metadata metadata;
  private boolean editing;
  private String name;
  private String labelEn;
  private String labelZh;
  private String description;
  private boolean requiresTotp;
  private long version;

  @Inject
  public RolesPage(Metadata metadata) {
    this.metadata = metadata;
  }

  protected RolesPage() {
    this(null);
  }

  /** One line of the list. */
  public record Row(
      String name,
      String label,
      String description,
      boolean system,
      boolean requiresTotp,
      long users) {}

  public List<Row> getRoles() {
    Map<String, Long> holders = roles().holders(metadata.actor());
    String tag = metadata.session().getLabelTag();
    return roles().list(metadata.actor()).stream()
        .map(
            r ->
                new Row(
                    r.name(),
                    r.labels().get(tag),
                    r.description(),
                    r.systemRole(),
                    r.requiresTotp(),
                    holders.getOrDefault(r.name(), 0L)))
        .toList();
  }

  public void startCreate() {
    editing = false;
    name = null;
    labelEn = null;
    labelZh = null;
    description = null;
    requiresTotp = false;
    version = 0;
  }

  public void startEdit(String roleName) {
    Role role = roles().get(metadata.actor(), roleName);
    editing = true;
    name = role.name();
    labelEn = AdminForms.exact(role.labels(), "en");
    labelZh = AdminForms.exact(role.labels(), "zh-CN");
    description = role.description();
    requiresTotp = role.requiresTotp();
    version = role.version();
  }

  /** Creates or changes the role; the dialog closes only when the platform accepted it. */
  public void save() {
    Map<String, Object> values = new HashMap<>();
    values.put("labels", AdminForms.labels(labelEn, labelZh).values());
    values.put("description", AdminForms.blankToNull(description));
    values.put("requiresTotp", requiresTotp);
    try {
      if (editing) {
        roles().update(metadata.actor(), name, values, version);
      } else {
        values.put("name", AdminForms.blankToNull(name));
        roles().create(metadata.actor(), values);
      }
    } catch (RelataException e) {
      OrganisationForms.show(e, FORM, INPUTS);
      return;
    }
    FacesMessages.info(Texts.get("roles.saved", name));
    PrimeFaces.current().executeScript("PF('roleDialog').hide()");
  }

  public void delete(String roleName) {
    try {
      metadata.relata().access().deleteRole(metadata.actor(), roleName, null);
      FacesMessages.info(Texts.get("roles.deleted", roleName));
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  private RoleService roles() {
    return metadata.relata().roles();
  }

  public boolean isEditing() {
    return editing;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isRequiresTotp() {
    return requiresTotp;
  }

  public void setRequiresTotp(boolean requiresTotp) {
    this.requiresTotp = requiresTotp;
  }
}
