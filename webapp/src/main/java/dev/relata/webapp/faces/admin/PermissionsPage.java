package dev.relata.webapp.faces.admin;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.access.AccessPolicy;
import dev.relata.metadata.access.FieldAccess;
import dev.relata.metadata.access.PolicyRevision;
import dev.relata.metadata.access.Scope;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.platform.access.AccessAdministration;
import dev.relata.platform.access.FieldPermission;
import dev.relata.platform.access.PermissionCell;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.organisation.Role;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.MetadataTexts;
import dev.relata.webapp.faces.PerRequest;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One role's access policy (issue 13): the permission matrix (a scope per record type and action),
 * the field permissions of one record type at a time, the system permissions, and the policy's
 * latest versions with rollback.
 *
 * <p>The page keeps the policy version it shows and sends it with every save, so that a change
 * someone else made meanwhile is refused (and reported) instead of overwritten. A save makes a new
 * version; since the platform makes versions one at a time, each from the newest, the page's own is
 * the first after the one it sent, and the page goes on from there: a later save of another part of
 * the page still notices any change made by someone else in between.
 */
@Named("permissionsPage")
@ViewScoped
public class PermissionsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int VERSIONS = 8;

  /** The refusal of a save made from an older version than the one in force. */
  private static final String STALE = "access.policy.stale";

  /** The refusal of a change that would give a role more than the actor's own roles hold. */
  private static final String EXCEEDS = "access.grant_exceeds_yours";

  private final Metadata metadata;
  private String role;
  private Map<String, String> roleLabels = Map.of();
  private long revision;
  private List<MatrixRow> matrix = List.of();

  /** The role's field permissions in force when the page loaded (edit is left out), by entity. */
  private Map<String, Map<String, String>> loadedFields = Map.of();

  /** The rows of the record types whose fields have been shown, with their changes, by entity. */
  private final Map<String, List<FieldAccessRow>> fieldRows = new LinkedHashMap<>();

  private String fieldEntity;
  private String chosenEntity;
  private List<SystemPermissionRow> system = List.of();

  /** The section whose save was refused because the policy changed meanwhile, or null. */
  private String conflictIn;

  @Inject
  public PermissionsPage(Metadata metadata) {
    this.metadata = metadata;
  }

  protected PermissionsPage() {
    this(null);
  }

  /** Loads the role's policy (view action); an unknown role is a 404. */
  public void open() {
    Role found;
    try {
      found = role == null ? null : metadata.relata().roles().get(metadata.actor(), role);
    } catch (RelataException e) {
      if (e.kind() != ErrorKind.NOT_FOUND) {
        throw e;
      }
      found = null;
    }
    if (found == null) {
      notFound();
      return;
    }
    roleLabels = new HashMap<>(found.labels().values());
    load();
  }

  /**
   * Reads the version in force first and the role's parts after it: if a change comes in between,
   * the page shows the newer state under the older version, and a save is refused rather than
   * overwriting anything.
   */
  private void load() {
    AccessAdministration access = access();
    Actor actor = metadata.actor();
    revision = access.revision();
    matrix = matrixRows(access.permissions(actor, role));
    loadedFields = new HashMap<>();
    for (FieldPermission field : access.fieldPermissions(actor, role)) {
      loadedFields
          .computeIfAbsent(field.entity(), e -> new TreeMap<>())
          .put(field.field(), field.access());
    }
    fieldRows.clear();
    Set<SystemPermission> held = access.systemPermissions(actor, role);
    system =
        Arrays.stream(SystemPermission.values())
            .map(p -> new SystemPermissionRow(p.apiName(), held.contains(p)))
            .toList();
    if (fieldEntity == null || metadata.entity(fieldEntity).isEmpty()) {
      fieldEntity = matrix.isEmpty() ? null : matrix.get(0).getEntity();
    }
    chosenEntity = fieldEntity;
    conflictIn = null;
  }

  private List<MatrixRow> matrixRows(List<PermissionCell> cells) {
    Map<String, Map<String, String>> byEntity = new HashMap<>();
    for (PermissionCell cell : cells) {
      byEntity
          .computeIfAbsent(cell.entity(), e -> new HashMap<>())
          .put(cell.action(), cell.scope());
    }
    MetadataTexts texts = metadata.texts();
    List<MatrixRow> rows = new ArrayList<>();
    for (EntityDefinition entity : metadata.entities()) {
      Map<String, String> scopes = byEntity.getOrDefault(entity.name(), Map.of());
      List<MatrixRow.Cell> row = new ArrayList<>();
      for (AccessAction action : AccessAction.values()) {
        row.add(
            new MatrixRow.Cell(
                action.apiName(), scopes.getOrDefault(action.apiName(), Scope.NONE.apiName())));
      }
      rows.add(new MatrixRow(entity.name(), texts.plural(entity), row));
    }
    return rows;
  }

  // ---- the permission matrix ----

  /** Saves the whole matrix; a record type made after the page loaded keeps its cells. */
  public void saveMatrix() {
    if (matrix.stream().noneMatch(MatrixRow::isChanged)) {
      info(Section.OBJECTS, Texts.get("permissions.nothingChanged"));
      return;
    }
    Set<String> shown = matrix.stream().map(MatrixRow::getEntity).collect(Collectors.toSet());
    List<PermissionCell> cells = new ArrayList<>();
    for (MatrixRow row : matrix) {
      for (MatrixRow.Cell cell : row.getCells()) {
        cells.add(new PermissionCell(row.getEntity(), cell.getAction(), cell.getScope()));
      }
    }
    access().permissions(metadata.actor(), role).stream()
        .filter(cell -> !shown.contains(cell.entity()))
        .forEach(cells::add);
    if (save(
        Section.OBJECTS, () -> access().setPermissions(metadata.actor(), role, cells, revision))) {
      matrix.forEach(row -> row.getCells().forEach(MatrixRow.Cell::saved));
      info(Section.OBJECTS, Texts.get("permissions.matrixSaved", getRoleLabel()));
    }
  }

  public void discardMatrix() {
    matrix.forEach(row -> row.getCells().forEach(MatrixRow.Cell::discard));
  }

  public List<MatrixRow> getMatrix() {
    return matrix;
  }

  public List<String> getActions() {
    return Arrays.stream(AccessAction.values()).map(AccessAction::apiName).toList();
  }

  /** The scopes, labelled in the reader's language, for every cell's menu. */
  public List<SelectItem> getScopes() {
    return PerRequest.get(
        "permissionsPage.scopes",
        () ->
            Arrays.stream(Scope.values())
                .map(
                    s -> new SelectItem(s.apiName(), Texts.get("permissions.scope." + s.apiName())))
                .toList());
  }

  // ---- field permissions ----

  /** Shows the fields of the record type chosen in the menu; changes to the others are kept. */
  public void showFields() {
    if (chosenEntity != null && metadata.entity(chosenEntity).isPresent()) {
      fieldEntity = chosenEntity;
    }
  }

  /** The active fields of the record type shown, created from the loaded policy on first show. */
  public List<FieldAccessRow> getFields() {
    if (fieldEntity == null) {
      return List.of();
    }
    return fieldRows.computeIfAbsent(fieldEntity, this::fieldRows);
  }

  private List<FieldAccessRow> fieldRows(String entityName) {
    EntityDefinition entity = metadata.entity(entityName).orElse(null);
    if (entity == null) {
      return List.of();
    }
    MetadataTexts texts = metadata.texts();
    Map<String, String> loaded = loadedFields.getOrDefault(entityName, Map.of());
    return entity.activeFields().stream()
        .map(
            f ->
                new FieldAccessRow(
                    entityName,
                    f.name(),
                    texts.field(f),
                    loaded.getOrDefault(f.name(), FieldAccess.EDIT.apiName())))
        .toList();
  }

  /**
   * Saves the field permissions of every record type: the platform replaces the role's whole list,
   * so the entries of record types not shown go along as they were loaded.
   */
  public void saveFields() {
    if (fieldRows.values().stream().flatMap(List::stream).noneMatch(FieldAccessRow::isChanged)) {
      info(Section.FIELDS, Texts.get("permissions.nothingChanged"));
      return;
    }
    Map<String, Map<String, String>> access = new TreeMap<>();
    loadedFields.forEach((entity, byField) -> access.put(entity, new TreeMap<>(byField)));
    for (List<FieldAccessRow> rows : fieldRows.values()) {
      for (FieldAccessRow row : rows) {
        access
            .computeIfAbsent(row.getEntity(), e -> new TreeMap<>())
            .put(row.getField(), row.getAccess());
      }
    }
    List<FieldPermission> fields = new ArrayList<>();
    access.forEach(
        (entity, byField) ->
            byField.forEach(
                (field, value) -> {
                  if (!FieldAccess.EDIT.apiName().equals(value)) {
                    fields.add(new FieldPermission(entity, field, value));
                  }
                }));
    if (save(
        Section.FIELDS,
        () -> access().setFieldPermissions(metadata.actor(), role, fields, revision))) {
      fieldRows.values().forEach(rows -> rows.forEach(FieldAccessRow::saved));
      loadedFields = new HashMap<>();
      fields.forEach(
          f ->
              loadedFields
                  .computeIfAbsent(f.entity(), e -> new TreeMap<>())
                  .put(f.field(), f.access()));
      info(Section.FIELDS, Texts.get("permissions.fieldsSaved", getRoleLabel()));
    }
  }

  public void discardFields() {
    fieldRows.values().forEach(rows -> rows.forEach(FieldAccessRow::discard));
  }

  /**
   * The record types to choose from, labelled in the reader's language; a label several record
   * types share is followed by the API name.
   */
  public List<SelectItem> getEntities() {
    Map<String, Long> uses =
        matrix.stream().collect(Collectors.groupingBy(MatrixRow::getLabel, Collectors.counting()));
    return matrix.stream()
        .map(
            row ->
                new SelectItem(
                    row.getEntity(),
                    uses.get(row.getLabel()) > 1
                        ? row.getLabel() + " (" + row.getEntity() + ")"
                        : row.getLabel()))
        .toList();
  }

  /** How many fields of record types other than the one shown have unsaved changes. */
  public long getFieldChangesElsewhere() {
    return fieldRows.entrySet().stream()
        .filter(e -> !e.getKey().equals(fieldEntity))
        .flatMap(e -> e.getValue().stream())
        .filter(FieldAccessRow::isChanged)
        .count();
  }

  /** The record types with unsaved field changes, by label (to remind before switching). */
  public String getEntitiesWithFieldChanges() {
    Map<String, String> labels = new HashMap<>();
    matrix.forEach(row -> labels.put(row.getEntity(), row.getLabel()));
    return fieldRows.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(FieldAccessRow::isChanged))
        .map(e -> labels.getOrDefault(e.getKey(), e.getKey()))
        .collect(Collectors.joining(Texts.get("permissions.listSeparator")));
  }

  public List<SelectItem> getAccesses() {
    return PerRequest.get(
        "permissionsPage.accesses",
        () ->
            Arrays.stream(FieldAccess.values())
                .map(
                    a ->
                        new SelectItem(a.apiName(), Texts.get("permissions.access." + a.apiName())))
                .toList());
  }

  // ---- system permissions ----

  public void saveSystem() {
    if (system.stream().noneMatch(SystemPermissionRow::isChanged)) {
      info(Section.SYSTEM, Texts.get("permissions.nothingChanged"));
      return;
    }
    List<String> held =
        system.stream()
            .filter(SystemPermissionRow::isHeld)
            .map(SystemPermissionRow::getName)
            .toList();
    if (save(
        Section.SYSTEM,
        () -> access().setSystemPermissions(metadata.actor(), role, held, revision))) {
      system.forEach(SystemPermissionRow::saved);
      info(Section.SYSTEM, Texts.get("permissions.systemSaved", getRoleLabel()));
    }
  }

  public void discardSystem() {
    system.forEach(SystemPermissionRow::discard);
  }

  public List<SystemPermissionRow> getSystem() {
    return system;
  }

  /** The admin role holds every system permission, always: nothing there can be changed. */
  public boolean isAdminRole() {
    return AccessPolicy.ADMIN_ROLE.equals(role);
  }

  // ---- versions ----

  /** The policy's latest versions, newest first. */
  public List<PolicyVersionRow> getVersions() {
    return PerRequest.get("permissionsPage.versions", this::versions);
  }

  private List<PolicyVersionRow> versions() {
    AccessAdministration access = access();
    long inForce = access.revision();
    Map<String, String> labels = new HashMap<>();
    String tag = metadata.session().getLabelTag();
    metadata
        .relata()
        .roles()
        .list(metadata.actor())
        .forEach(r -> labels.put(r.name(), r.labels().get(tag)));
    return access.revisions(metadata.actor(), 0, VERSIONS).stream()
        .map(r -> PolicyVersionRow.of(r, inForce, name -> labels.getOrDefault(name, name)))
        .toList();
  }

  /**
   * Puts an earlier version in force again (from the version the page shows, so that a change made
   * meanwhile is not undone unseen) and shows the policy as it is then; unsaved changes go.
   */
  public void rollback(long version) {
    PolicyRevision made;
    try {
      made = access().rollback(metadata.actor(), version, revision);
    } catch (RelataException e) {
      show(Section.VERSIONS, e);
      return;
    }
    load();
    info(Section.VERSIONS, Texts.get("permissions.rolledBack", version, made.id()));
  }

  // ---- saving ----

  /** The parts of the page, each a form with its own messages beside its buttons. */
  enum Section {
    OBJECTS("matrixForm"),
    FIELDS("fieldsForm"),
    SYSTEM("systemForm"),
    VERSIONS("versionsForm");

    private final String form;

    Section(String form) {
      this.form = form;
    }

    String messages() {
      return form + ":sectionMessages";
    }
  }

  /** Runs a change from the version shown; true if it was made. */
  private boolean save(Section section, Runnable change) {
    long from = revision;
    try {
      change.run();
    } catch (RelataException e) {
      show(section, e);
      return false;
    }
    revision = madeFrom(from);
    conflictIn = null;
    return true;
  }

  /**
   * The version a change made from {@code from}: the first after it, since the platform makes one
   * version at a time from the newest. The page goes on from it, so that a change someone else made
   * right after is still noticed by the page's next save.
   */
  private long madeFrom(long from) {
    return access().revisions(metadata.actor(), 0, 50).stream()
        .mapToLong(PolicyRevision::id)
        .filter(id -> id > from)
        .min()
        .orElseGet(() -> access().revision());
  }

  /** A refusal in the reader's language; a stale version also offers to reload. */
  private void show(Section section, RelataException e) {
    if (STALE.equals(e.text().key())) {
      conflictIn = section.name();
      FacesMessages.error(section.messages(), Texts.get("permissions.conflict"));
      return;
    }
    if (EXCEEDS.equals(e.text().key()) && e.text().args().size() == 2) {
      Optional<String> excess =
          ExcessText.of(
              String.valueOf(e.text().args().get(1)),
              metadata::entity,
              metadata.texts(),
              Texts::get);
      if (excess.isPresent()) {
        FacesMessages.error(
            section.messages(),
            Texts.get("permissions.exceedsYours", getRoleLabel(), excess.get()));
        return;
      }
    }
    FacesMessages.error(section.messages(), Texts.of(e.text()));
    if (e.problems().size() > 1) {
      for (FieldProblem problem : e.problems()) {
        FacesMessages.error(section.messages(), Texts.of(problem.text()));
      }
    }
  }

  private static void info(Section section, String text) {
    FacesMessages.info(section.messages(), text);
  }

  private AccessAdministration access() {
    return metadata.relata().access();
  }

  private static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  // ---- the page's state ----

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getTitle() {
    return Texts.get("permissions.title", getRoleLabel());
  }

  /** The role's label in the reader's language, else in English, else its name. */
  public String getRoleLabel() {
    String label = roleLabels.get(metadata.session().getLabelTag());
    if (label == null || label.isBlank()) {
      label = roleLabels.get("en");
    }
    return label == null || label.isBlank() ? role : label;
  }

  /** Whether a save of this section ({@code objects}, {@code fields}, …) met a newer version. */
  public boolean conflictIn(String section) {
    return section != null && section.equalsIgnoreCase(conflictIn);
  }

  public String getFieldEntity() {
    return fieldEntity;
  }

  public String getChosenEntity() {
    return chosenEntity;
  }

  public void setChosenEntity(String chosenEntity) {
    this.chosenEntity = chosenEntity;
  }
}
