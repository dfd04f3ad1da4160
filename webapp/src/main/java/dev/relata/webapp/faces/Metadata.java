package dev.relata.webapp.faces;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.webapp.faces.session.UserSession;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The platform and its current catalog for the pages. The catalog is read from the metadata service
 * at every use (a volatile read of an immutable snapshot), never kept in a bean, so that a
 * definition changed in the object manager shows at once, even later in the same request.
 */
@RequestScoped
public class Metadata {
  private final RelataRuntime runtime;
  private final UserSession session;

  @Inject
  public Metadata(RelataRuntime runtime, UserSession session) {
    this.runtime = runtime;
    this.session = session;
  }

  protected Metadata() {
    this(null, null);
  }

  public Relata relata() {
    return runtime.relata();
  }

  public Actor actor() {
    return session.actor();
  }

  public Catalog catalog() {
    return runtime.relata().metadata().catalog();
  }

  /** The active entity, if there is one with this name. */
  public Optional<EntityDefinition> entity(String name) {
    return name == null ? Optional.empty() : catalog().find(name);
  }

  /** Active entities: standard ones first, then by label in the user's language. */
  public List<EntityDefinition> entities() {
    MetadataTexts texts = texts();
    return catalog().active().stream()
        .sorted(
            Comparator.comparing((EntityDefinition e) -> !e.system())
                .thenComparing(texts::plural, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public MetadataTexts texts() {
    return new MetadataTexts(session.getLabelTag());
  }

  public UserSession session() {
    return session;
  }
}
