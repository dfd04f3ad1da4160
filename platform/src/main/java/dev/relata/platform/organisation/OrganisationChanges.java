package dev.relata.platform.organisation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells whoever keeps a picture of the organisation (the access decisions' snapshot of who sits
 * where) that users or departments changed, after the change has committed.
 */
public final class OrganisationChanges {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public void subscribe(Runnable listener) {
    listeners.add(listener);
  }

  void changed() {
    listeners.forEach(Runnable::run);
  }
}
