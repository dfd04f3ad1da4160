package dev.relata.rules.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The bytes of a decision table file, checked before Drools reads them: Drools' readers either
 * throw messages about the wrong format ("xls97") or silently read what they should refuse (a CSV
 * quote left open swallows the rest of its line), and an XLSX file is a zip that may unpack to far
 * more than it weighs.
 */
final class TableInput {
  /** The same bound the rule store puts on the text of any rule file (Base64 for XLSX). */
  static final int MAX_CONTENT_CHARS = 2 * 1024 * 1024;

  /** How much an XLSX file may unpack to; a table of thousands of rows takes a few megabytes. */
  static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private TableInput() {}

  /** The bytes for Drools to read, or empty after adding why they cannot be read. */
  static Optional<byte[]> read(RuleFile file, List<BuildProblem> problems) {
    String content = file.content() == null ? "" : file.content();
    if (content.length() > MAX_CONTENT_CHARS) {
      problems.add(
          problem(
              file,
              "the file holds "
                  + content.length()
                  + " characters, more than the "
                  + MAX_CONTENT_CHARS
                  + " a rule file may hold: split the table into several files"));
      return Optional.empty();
    }
    return file.kind() == RuleKind.XLSX
        ? workbook(file, content, problems)
        : csv(file, content, problems);
  }

  private static Optional<byte[]> workbook(
      RuleFile file, String base64, List<BuildProblem> problems) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      problems.add(problem(file, "the content is not Base64, as an .xlsx file is stored"));
      return Optional.empty();
    }
    if (bytes.length == 0) {
      problems.add(problem(file, "the file is empty: save the decision table as an .xlsx file"));
      return Optional.empty();
    }
    if (!startsWith(bytes, ZIP_MAGIC)) {
      problems.add(
          problem(
              file,
              "the file is not an .xlsx workbook: save the decision table from the spreadsheet as"
                  + " Excel Workbook (.xlsx)"));
      return Optional.empty();
    }
    Optional<String> unpackProblem = unpackProblem(bytes);
    if (unpackProblem.isPresent()) {
      problems.add(problem(file, unpackProblem.get()));
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  /** Why the zip cannot be unpacked within the bound, if it cannot; reads every entry to know. */
  private static Optional<String> unpackProblem(byte[] zip) {
    long unpacked = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        for (int read = entries.read(buffer); read >= 0; read = entries.read(buffer)) {
          unpacked += read;
          if (unpacked > MAX_UNPACKED_BYTES) {
            return Optional.of(
                "the workbook unpacks to more than "
                    + MAX_UNPACKED_BYTES / (1024 * 1024)
                    + " MB: keep only the decision table in it, or split it into several files");
          }
        }
      }
    } catch (IOException e) {
      return Optional.of("the workbook is damaged and cannot be unpacked (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }

  private static Optional<byte[]> csv(RuleFile file, String text, List<BuildProblem> problems) {
    // Spreadsheets save CSV with a byte order mark, which Drools would read as part of the first
    // cell, so that a "RuleSet" or "RuleTable" there would not be recognised.
    String withoutMark =
        !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    if (withoutMark.isBlank()) {
      problems.add(
          problem(
              file,
              "the file is empty: a decision table needs a cell \"RuleTable <name>\" with its"
                  + " CONDITION and ACTION columns below"));
      return Optional.empty();
    }
    List<String> lines = withoutMark.lines().toList();
    int before = problems.size();
    for (int i = 0; i < lines.size(); i++) {
      int open = unclosedQuote(lines.get(i));
      if (open >= 0) {
        problems.add(
            new BuildProblem(
                file.path(),
                i + 1,
                open + 1,
                "this quote is not closed on its line: close it, and write a quote inside a"
                    + " quoted cell as two (\"\"); a cell of a CSV table cannot span lines"));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(withoutMark.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Where the quote left open on a CSV line starts, or -1. Drools reads a CSV table line by line
   * and would silently take the rest of the line into that one cell; this follows its reading: a
   * quote opens or closes a quoted cell, and two quotes inside one stand for a quote.
   */
  private static int unclosedQuote(String line) {
    int openedAt = -1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != '"') {
        continue;
      }
      if (openedAt < 0) {
        openedAt = i;
      } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
        i++;
      } else {
        openedAt = -1;
      }
    }
    return openedAt;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static BuildProblem problem(RuleFile file, String message) {
    return new BuildProblem(file.path(), 0, 0, message);
  }
}
