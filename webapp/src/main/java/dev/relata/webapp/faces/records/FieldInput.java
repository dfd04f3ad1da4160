package dev.relata.webapp.faces.records;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the form holds for one field, in the Java type its component edits: each field type uses one
 * of these properties, so that every component gets a value of the type it converts to.
 */
public final class FieldInput implements Serializable {
  private static final long serialVersionUID = 1L;
  private String text;
  private BigDecimal number;
  private LocalDate date;
  private LocalDateTime dateTime;
  private boolean flag;
  private String choice;
  private List<String> choices = new ArrayList<>();
  private LookupChoice reference;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalDateTime getDateTime() {
    return dateTime;
  }

  public void setDateTime(LocalDateTime dateTime) {
    this.dateTime = dateTime;
  }

  public boolean isFlag() {
    return flag;
  }

  public void setFlag(boolean flag) {
    this.flag = flag;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public List<String> getChoices() {
    return choices;
  }

  public void setChoices(List<String> choices) {
    this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
  }

  public LookupChoice getReference() {
    return reference;
  }

  public void setReference(LookupChoice reference) {
    this.reference = reference;
  }
}
