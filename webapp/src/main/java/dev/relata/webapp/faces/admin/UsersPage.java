package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.RelataException;
import dev.relata.platform.identity.User;
import dev.relata.platform.organisation.Department;
import dev.relata.platform.organisation.NewPassword;
import dev.relata.platform.organisation.UserAdministration;
import dev.relata.platform.organisation.UserPage;
import dev.relata.platform.organisation.UserQuery;
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

/**
 * The users list (searched and paged on the server) and what admins do from it: the user dialog
 * (create or change, with department, manager and roles), deactivation with an heir for the user's
 * records, activation, unlocking, password and two-factor resets. A generated password is shown
 * once in its own dialog and is not kept in the page afterwards.
 */
@Named("usersPage")
@ViewScoped
public class UsersPage implements Serializable, UserRows.Source {
  private static final long serialVersionUID = 1L;
  static final String FORM = "userForm";
  private static final Map<String, String> INPUTS =
      Map.of(
          "username",
          "username",
          "displayName",
          "displayName",
          "email",
          "email",
          "phone",
          "phone",
          "department",
          "department",
          "manager",
          "manager",
          "roles",
          "roles",
          "locale",
          "locale",
          "password",
          "password");
  private final Metadata metadata;
  private final UserRows rows = new UserRows(this);
  private String search;
  private String statusFilter;
  private Long editing;
  private String username;
  private String displayName;
  private String email;
  private String phone;
  private Long department;
  private LookupChoice manager;
  private List<String> roles = new ArrayList<>();
  private String locale = "en";
  private String password;
  private long version;
  private Long target;
  private String targetName;
  private LookupChoice reassignTo;
  private String newPassword;
  private String shownPassword;

  /** Read once per page of rows rather than once per row. */
  private transient Map<Long, String> departmentNames;

  @Inject
  public UsersPage(Metadata metadata) {
    this.metadata = metadata;
  }

  protected UsersPage() {
    this(null);
  }

  public UserRows getRows() {
    return rows;
  }

  @Override
  public UserPage page(int page, int size) {
    departmentNames = departmentNames();
    return users()
        .list(
            metadata.actor(),
            new UserQuery(
                search == null ? null : search.length() > 100 ? search.substring(0, 100) : search,
                statusFilter,
                null,
                null,
                page,
                size));
  }

  @Override
  public UserRows.Row row(User user) {
    Map<Long, String> names = departmentNames == null ? departmentNames() : departmentNames;
    LookupChoice boss = OrganisationForms.user(metadata.relata(), user.managerId());
    return new UserRows.Row(
        user.id(),
        user.username(),
        user.displayName(),
        user.email(),
        user.departmentId() == null ? "" : names.getOrDefault(user.departmentId(), ""),
        boss == null ? "" : boss.getName(),
        String.join(", ", user.roles()),
        user.status());
  }

  private Map<Long, String> departmentNames() {
    Map<Long, String> names = new HashMap<>();
    String tag = metadata.session().getLabelTag();
    for (Department d : metadata.relata().departments().list(metadata.actor())) {
      names.put(d.id(), d.labels().get(tag));
    }
    return names;
  }

  public List<SelectItem> getDepartments() {
    List<SelectItem> items = new ArrayList<>();
    for (Department d : metadata.relata().departments().list(metadata.actor())) {
      items.add(new SelectItem(d.id(), "\u00a0\u00a0".repeat(d.depth()) + d.name()));
    }
    return items;
  }

  public List<SelectItem> getRoleChoices() {
    String tag = metadata.session().getLabelTag();
    return metadata.relata().roles().list(metadata.actor()).stream()
        .map(r -> new SelectItem(r.name(), r.labels().get(tag)))
        .toList();
  }

  public String statusLabel(String status) {
    return Texts.get("users.status." + status);
  }

  public List<LookupChoice> completeUser(String text) {
    return OrganisationForms.users(metadata.relata(), text);
  }

  public void startCreate() {
    editing = null;
    username = null;
    displayName = null;
    email = null;
    phone = null;
    department = null;
    manager = null;
    roles = new ArrayList<>();
    locale = "en";
    password = null;
    version = 0;
  }

  public void startEdit(long id) {
    User user = users().get(metadata.actor(), id);
    editing = id;
    username = user.username();
    displayName = user.displayName();
    email = user.email();
    phone = user.phone();
    department = user.departmentId();
    manager = OrganisationForms.user(metadata.relata(), user.managerId());
    roles = new ArrayList<>(user.roles());
    locale = user.locale();
    password = null;
    version = user.version();
  }

  /** Creates or changes the user; the dialog closes only when the platform accepted it. */
  public void save() {
    Map<String, Object> values = new HashMap<>();
    values.put("username", AdminForms.blankToNull(username));
    values.put("displayName", AdminForms.blankToNull(displayName));
    values.put("email", AdminForms.blankToNull(email));
    values.put("phone", AdminForms.blankToNull(phone));
    values.put("department", department);
    values.put("manager", OrganisationForms.id(manager));
    values.put("roles", roles == null ? List.of() : List.copyOf(roles));
    values.put("locale", locale);
    try {
      if (editing == null) {
        if (password != null && !password.isEmpty()) {
          values.put("password", password);
        }
        NewPassword created = users().create(metadata.actor(), values);
        showOnce(created.generatedPassword());
      } else {
        users().update(metadata.actor(), editing, values, version);
      }
    } catch (RelataException e) {
      OrganisationForms.show(e, FORM, INPUTS);
      return;
    } finally {
      password = null;
    }
    FacesMessages.info(Texts.get("users.saved", username));
    PrimeFaces.current().executeScript("PF('userDialog').hide()");
  }

  /** Opens the deactivation or password dialog for a user. */
  public void startAction(long id) {
    User user = users().get(metadata.actor(), id);
    target = id;
    targetName = user.displayName() + " (" + user.username() + ")";
    reassignTo = null;
    newPassword = null;
  }

  public void deactivate() {
    try {
      users().deactivate(metadata.actor(), target, OrganisationForms.id(reassignTo));
    } catch (RelataException e) {
      OrganisationForms.show(e, "deactivateForm", Map.of("reassignTo", "reassignTo"));
      return;
    }
    FacesMessages.info(Texts.get("users.deactivated", targetName));
    PrimeFaces.current().executeScript("PF('deactivateDialog').hide()");
  }

  public void resetPassword() {
    try {
      NewPassword reset =
          users()
              .resetPassword(
                  metadata.actor(),
                  target,
                  newPassword == null || newPassword.isEmpty() ? null : newPassword);
      showOnce(reset.generatedPassword());
    } catch (RelataException e) {
      OrganisationForms.show(e, "passwordForm", Map.of("password", "newPassword"));
      return;
    } finally {
      newPassword = null;
    }
    FacesMessages.info(Texts.get("users.passwordReset", targetName));
    PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
  }

  public void activate(long id) {
    act(() -> users().activate(metadata.actor(), id), "users.activated");
  }

  public void unlock(long id) {
    act(() -> users().unlock(metadata.actor(), id), "users.unlocked");
  }

  public void resetTwoFactor(long id) {
    act(() -> users().resetTwoFactor(metadata.actor(), id), "users.totpReset");
  }

  private void act(java.util.function.Supplier<User> action, String message) {
    try {
      User user = action.get();
      FacesMessages.info(Texts.get(message, user.username()));
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  /** Shows a generated password in its own dialog; the page forgets it when the dialog closes. */
  private void showOnce(String generated) {
    if (generated != null) {
      shownPassword = generated;
      PrimeFaces.current().ajax().update("shownForm");
      PrimeFaces.current().executeScript("PF('shownDialog').show()");
    }
  }

  public void forgetShownPassword() {
    shownPassword = null;
  }

  private UserAdministration users() {
    return metadata.relata().userAdministration();
  }

  public String getShownPassword() {
    return shownPassword;
  }

  public String getTargetName() {
    return targetName;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Long getDepartment() {
    return department;
  }

  public void setDepartment(Long department) {
    this.department = department;
  }

  public LookupChoice getManager() {
    return manager;
  }

  public void setManager(LookupChoice manager) {
    this.manager = manager;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public LookupChoice getReassignTo() {
    return reassignTo;
  }

  public void setReassignTo(LookupChoice reassignTo) {
    this.reassignTo = reassignTo;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
