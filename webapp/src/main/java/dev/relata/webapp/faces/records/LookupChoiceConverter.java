package dev.relata.webapp.faces.records;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Carries a {@link LookupChoice} through the page as {@code id:name}. The name only saves a query
 * to show the choice again; the platform checks the id on save, so a forged name changes nothing
 * that is stored.
 */
@FacesConverter(forClass = LookupChoice.class)
public class LookupChoiceConverter implements Converter<LookupChoice> {

  @Override
  public LookupChoice getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int colon = value.indexOf(':');
    String id = colon < 0 ? value : value.substring(0, colon);
    try {
      long parsed = Long.parseLong(id.strip());
      if (parsed <= 0) {
        throw new NumberFormatException(id);
      }
      return new LookupChoice(parsed, colon < 0 ? null : value.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new ConverterException("Not a record reference: " + value, e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LookupChoice value) {
    return value == null ? "" : value.getId() + ":" + value.getName();
  }
}
