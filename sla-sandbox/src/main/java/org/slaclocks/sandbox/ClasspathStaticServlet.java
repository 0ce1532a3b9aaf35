package org.slaclocks.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves files from the classpath under {@code /static/*}, so the shaded jar serves them from any
 * directory: {@code /static/web/js|css/...} from the web layer's {@code web/js}, {@code web/css};
 * everything else from the sandbox's {@code sandbox/static} (AUI, jQuery, the sandbox's own CSS).
 * Paths with {@code ..}, backslashes or anything outside those roots answer 404.
 */
final class ClasspathStaticServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("js", "text/javascript;charset=utf-8"),
          Map.entry("css", "text/css;charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("gif", "image/gif"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("eot", "application/vnd.ms-fontobject"),
          Map.entry("txt", "text/plain;charset=utf-8"),
          Map.entry("map", "application/json"));

  /** The classpath file for a path under /static, or null when it is not one that is served. */
  static String resourceFor(String path) {
    if (path == null
        || !path.startsWith("/")
        || path.contains("..")
        || path.contains("\\")
        || path.contains("//")
        || path.endsWith("/")) {
      return null;
    }
    if (path.startsWith("/web/js/") || path.startsWith("/web/css/")) {
      return path.substring(1);
    }
    if (path.startsWith("/web/")) {
      return null;
    }
    return "sandbox/static" + path;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String resource = resourceFor(request.getPathInfo());
    String extension = resource == null ? "" : extension(resource);
    String type = TYPES.get(extension);
    if (resource == null || type == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(type);
      response.setHeader("Cache-Control", "no-cache");
      in.transferTo(response.getOutputStream());
    }
  }

  private static String extension(String resource) {
    int dot = resource.lastIndexOf('.');
    int slash = resource.lastIndexOf('/');
    return dot > slash ? resource.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
