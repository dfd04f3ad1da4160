package dev.relata.webapp.faces.records;

import java.io.Serializable;

/**
 * One field on the detail page: label, formatted value, help text, and for a lookup the record it
 * links to.
 */
public final class DisplayValue implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final String label;
  private final String text;
  private final String helpText;
  private final String linkEntity;
  private final Long linkId;

  public DisplayValue(
      String name, String label, String text, String helpText, String linkEntity, Long linkId) {
    this.name = name;
    this.label = label;
    this.text = text;
    this.helpText = helpText;
    this.linkEntity = linkEntity;
    this.linkId = linkId;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  public String getText() {
    return text;
  }

  public String getHelpText() {
    return helpText;
  }

  public String getLinkEntity() {
    return linkEntity;
  }

  public Long getLinkId() {
    return linkId;
  }

  public boolean isLink() {
    return linkEntity != null && linkId != null;
  }
}
