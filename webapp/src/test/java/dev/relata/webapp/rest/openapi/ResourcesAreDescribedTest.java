package dev.relata.webapp.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.webapp.rest.RecordResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fixed part of the document is written by hand beside the resources, so this holds the two
 * together: every resource method is described, at its path and method, with the parameters and the
 * body it reads, and nothing else is.
 */
class ResourcesAreDescribedTest {
  private final OpenAPI document = ApiDocument.build("http://localhost", List.of());
  private final Map<String, Method> resources = resourceMethods();

  @Test
  void everyResourceMethodIsDescribedAndNothingElseIs() {
    Set<String> described = new java.util.TreeSet<>();
    ApiDocumentTest.eachOperation(document, (where, operation) -> described.add(where));

    assertThat(described).containsExactlyInAnyOrderElementsOf(resources.keySet());
  }

  @Test
  void eachOperationTakesTheParametersItsMethodReads() {
    resources.forEach(
        (where, method) -> {
          Operation operation = operation(where);
          assertThat(documented(operation, "query"))
              .as(where + " query")
              .isEqualTo(read(method, QueryParam.class));
          assertThat(documented(operation, "path"))
              .as(where + " path")
              .isEqualTo(read(method, PathParam.class));
          Set<String> headers = read(method, HeaderParam.class);
          headers.remove("Authorization");
          assertThat(documented(operation, "header")).as(where + " headers").isEqualTo(headers);
        });
  }

  @Test
  void anOperationHasABodyExactlyWhenItsMethodReadsOne() {
    resources.forEach(
        (where, method) ->
            assertThat(operation(where).getRequestBody() != null)
                .as(where + " body")
                .isEqualTo(readsBody(method)));
  }

  private Operation operation(String where) {
    String[] parts = where.split(" ", 2);
    PathItem item = document.getPaths().get(parts[1]);
    return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(parts[0]));
  }

  private static Set<String> documented(Operation operation, String in) {
    return ApiDocumentTest.parameters(operation).stream()
        .filter(p -> p.getIn().equals(in))
        .map(Parameter::getName)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static Set<String> read(Method method, Class<? extends Annotation> kind) {
    return Arrays.stream(method.getParameterAnnotations())
        .flatMap(Arrays::stream)
        .filter(kind::isInstance)
        .map(ResourcesAreDescribedTest::name)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static String name(Annotation annotation) {
    if (annotation instanceof QueryParam q) {
      return q.value();
    }
    if (annotation instanceof PathParam p) {
      return p.value();
    }
    return ((HeaderParam) annotation).value();
  }

  /** A parameter without a JAX-RS annotation is the request body. */
  private static boolean readsBody(Method method) {
    return Arrays.stream(method.getParameterAnnotations())
        .anyMatch(
            annotations ->
                Arrays.stream(annotations)
                    .noneMatch(
                        a ->
                            a instanceof Context
                                || a instanceof QueryParam
                                || a instanceof PathParam
                                || a instanceof HeaderParam));
  }

  /** "GET /api/v1/records/{entity}/{id}" → method, for every resource class of the API. */
  private static Map<String, Method> resourceMethods() {
    Map<String, Method> methods = new TreeMap<>();
    for (Class<?> type : resourceClasses()) {
      String base = type.getAnnotation(Path.class).value();
      for (Method method : type.getDeclaredMethods()) {
        for (Annotation annotation : method.getAnnotations()) {
          HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
          if (http != null) {
            Path sub = method.getAnnotation(Path.class);
            String path = PathTable.API + "/" + base + (sub == null ? "" : "/" + sub.value());
            // A template with a pattern, {path: .+}, is documented as the parameter {path}.
            String documented =
                path.replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
            methods.put(http.value() + " " + documented, method);
          }
        }
      }
    }
    assertThat(methods).hasSizeGreaterThan(50);
    return methods;
  }

  private static List<Class<?>> resourceClasses() {
    try {
      java.nio.file.Path folder =
          java.nio.file.Path.of(
                  RecordResource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .resolve(RecordResource.class.getPackageName().replace('.', '/'));
      try (Stream<java.nio.file.Path> files = Files.list(folder)) {
        return files
            .map(f -> f.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.contains("$"))
            .<Class<?>>map(
                n -> load(RecordResource.class.getPackageName() + "." + n.replace(".class", "")))
            .filter(c -> c.isAnnotationPresent(Path.class))
            .toList();
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
