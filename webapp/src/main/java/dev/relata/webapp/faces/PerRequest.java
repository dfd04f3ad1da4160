package dev.relata.webapp.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.util.function.Supplier;

/**
 * A value computed once while a response is rendered. Tables ask for their value several times
 * while rendering; this spares the database those repeats. Before rendering, values are always
 * computed afresh, because an action in the same request may have changed them.
 */
public final class PerRequest {
  private PerRequest() {}

  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> compute) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null || context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return compute.get();
    }
    return (T)
        context
            .getAttributes()
            .computeIfAbsent(PerRequest.class.getName() + "." + key, k -> compute.get());
  }
}
