package dev.relata.webapp.faces.admin;

import java.io.Serializable;

/** One picklist option as the field dialog edits it. */
public final class OptionRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String value;
  private String labelEn;
  private String labelZh;
  private boolean active = true;

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelZh() {
    return labelZh;
  }

  public void setLabelZh(String labelZh) {
    this.labelZh = labelZh;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
