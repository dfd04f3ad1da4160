package dev.relata.webapp.faces.admin;

import java.io.Serializable;

/** One system permission of a role on the permissions page: held when loaded, and as chosen. */
public final class SystemPermissionRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String name;
  private boolean loaded;
  private boolean held;

  SystemPermissionRow(String name, boolean held) {
    this.name = name;
    this.loaded = held;
    this.held = held;
  }

  /** The permission's API name, e.g. {@code view_logs}. */
  public String getName() {
    return name;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public boolean isHeld() {
    return held;
  }

  public void setHeld(boolean held) {
    this.held = held;
  }

  public boolean isChanged() {
    return loaded != held;
  }

  void saved() {
    loaded = held;
  }

  void discard() {
    held = loaded;
  }
}
