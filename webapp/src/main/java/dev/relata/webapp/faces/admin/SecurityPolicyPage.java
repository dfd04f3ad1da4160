package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.identity.SecurityPolicies;
import dev.relata.platform.identity.SecurityPolicy;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Texts;
import dev.relata.webapp.faces.session.UserSession;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The security policy form: one whole-number input per setting, named like the setting, so that the
 * platform's problems land on their inputs. Saving goes through {@link SecurityPolicies}, which
 * checks the actor is an administrator and writes the audit log.
 */
@Named("securityPolicyPage")
@ViewScoped
public class SecurityPolicyPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "policyForm";
  private final RelataRuntime runtime;
  private final UserSession session;
  private final Map<String, Object> values = new LinkedHashMap<>();

  @Inject
  public SecurityPolicyPage(RelataRuntime runtime, UserSession session) {
    this.runtime = runtime;
    this.session = session;
  }

  protected SecurityPolicyPage() {
    this(null, null);
  }

  @PostConstruct
  void load() {
    if (runtime != null) {
      policies().current().values().forEach((k, v) -> values.put(k, v));
    }
  }

  /** The settings in display order, for the form to iterate. */
  public List<String> getSettings() {
    return SecurityPolicy.SETTINGS;
  }

  /**
   * The entered values by setting name; the form binds {@code values[name]}. A map value has no
   * type for Faces to convert to, so inputs arrive as text and are read as numbers on saving.
   */
  public Map<String, Object> getValues() {
    return values;
  }

  public void save() {
    Map<String, Object> changes = new LinkedHashMap<>();
    List<String> missing =
        values.entrySet().stream()
            .filter(e -> e.getValue() == null || e.getValue().toString().isBlank())
            .map(Map.Entry::getKey)
            .toList();
    if (!missing.isEmpty()) {
      missing.forEach(
          name -> FacesMessages.error(FORM + ":" + name, Texts.get("security.required")));
      return;
    }
    try {
      values.forEach((name, value) -> changes.put(name, number(value)));
      policies().update(session.actor(), policies().current().with(changes));
      FacesMessages.info(Texts.get("security.saved"));
    } catch (RelataException e) {
      if (e.problems().isEmpty()) {
        FacesMessages.error(e);
      }
      for (FieldProblem problem : e.problems()) {
        FacesMessages.error(FORM + ":" + problem.field(), Texts.of(problem.text()));
      }
    }
  }

  /** Text that is a number as a number; anything else as it is, for the policy to refuse. */
  private static Object number(Object value) {
    if (value instanceof String text) {
      try {
        return new java.math.BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return value;
  }

  private SecurityPolicies policies() {
    return runtime.relata().securityPolicies();
  }
}
