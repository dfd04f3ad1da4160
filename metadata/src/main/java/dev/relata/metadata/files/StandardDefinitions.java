package dev.relata.metadata.files;

import dev.relata.metadata.model.EntityDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard objects (customer, contact, opportunity, contract, service request) as they ship:
 * definition files on the class path under {@code relata/standard/}, listed in {@code index.txt}
 * because a class path folder cannot be listed portably inside a WAR.
 */
public final class StandardDefinitions {
  private static final String FOLDER = "relata/standard/";

  private StandardDefinitions() {}

  public static List<EntityDefinition> load() {
    List<EntityDefinition> definitions = new ArrayList<>();
    for (String file : read(FOLDER + "index.txt").split("\\R")) {
      if (!file.isBlank()) {
        definitions.add(DefinitionJson.readEntity(read(FOLDER + file.strip())));
      }
    }
    return definitions;
  }

  private static String read(String resource) {
    try (InputStream in =
        StandardDefinitions.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing class path resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
