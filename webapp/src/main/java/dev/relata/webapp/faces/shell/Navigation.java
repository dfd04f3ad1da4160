package dev.relata.webapp.faces.shell;

import dev.relata.webapp.faces.Metadata;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The left navigation: every active entity by its plural label in the user's language. */
@Named("navigation")
@RequestScoped
public class Navigation {
  private final Metadata metadata;
  private List<Item> items;

  /** One entry of the navigation. */
  public record Item(String entity, String label) {}

  @Inject
  public Navigation(Metadata metadata) {
    this.metadata = metadata;
  }

  protected Navigation() {
    this(null);
  }

  public List<Item> getItems() {
    if (items == null) {
      items =
          metadata.entities().stream()
              .map(e -> new Item(e.name(), metadata.texts().plural(e)))
              .toList();
    }
    return items;
  }
}
