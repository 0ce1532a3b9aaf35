package org.slaclocks.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml and docs/rest.md describe every operation the resources serve, and the
 * description names no operation that does not exist.
 */
class RestDocsTest {
  private static final List<Class<?>> RESOURCES =
      List.of(
          IssueResource.class,
          WorkerResource.class,
          ExclusionResource.class,
          CountdownResource.class,
          ConfigurationResource.class,
          RecalculationResource.class);

  private static Set<String> served() {
    Set<String> operations = new HashSet<>();
    for (Class<?> resource : RESOURCES) {
      String base = "/" + resource.getAnnotation(javax.ws.rs.Path.class).value();
      for (Method m : resource.getMethods()) {
        String verb =
            m.isAnnotationPresent(GET.class)
                ? "get"
                : m.isAnnotationPresent(PUT.class)
                    ? "put"
                    : m.isAnnotationPresent(POST.class)
                        ? "post"
                        : m.isAnnotationPresent(DELETE.class) ? "delete" : null;
        if (verb == null) {
          continue;
        }
        javax.ws.rs.Path sub = m.getAnnotation(javax.ws.rs.Path.class);
        operations.add(verb + " " + base + (sub == null ? "" : "/" + sub.value()));
      }
    }
    return operations;
  }

  private static Path docs(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("docs").resolve(name))) {
      dir = dir.getParent();
    }
    return dir.resolve("docs").resolve(name);
  }

  /** The operations of the OpenAPI file: "verb /path" for each method under each path. */
  private static Set<String> described() throws IOException {
    Set<String> operations = new HashSet<>();
    String path = null;
    for (String line : Files.readAllLines(docs("openapi.yaml"))) {
      if (line.startsWith("  /")) {
        path = line.trim().replaceAll(":$", "");
      } else if (!line.startsWith("  ") || line.startsWith("components")) {
        path = line.startsWith("paths:") ? null : path;
      }
      if (line.startsWith("components:")) {
        break;
      }
      String trimmed = line.trim();
      if (path != null
          && line.startsWith("    ")
          && !line.startsWith("     ")
          && List.of("get:", "put:", "post:", "delete:").contains(trimmed)) {
        operations.add(trimmed.replace(":", "") + " " + path);
      }
    }
    return operations;
  }

  @Test
  void theOpenApiFileDescribesExactlyTheServedOperations() throws IOException {
    assertThat(described()).isEqualTo(served());
  }

  @Test
  void theProseNamesEveryOperation() throws IOException {
    String prose = Files.readString(docs("rest.md"));
    Map<String, String> missing = new HashMap<>();
    for (String operation : served()) {
      String[] parts = operation.split(" ", 2);
      String written = parts[0].toUpperCase(Locale.ROOT) + " " + parts[1].substring(1);
      if (!prose.contains("`" + written)) {
        missing.put(operation, written);
      }
    }
    assertThat(missing).isEmpty();
  }
}
