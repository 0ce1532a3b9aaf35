package org.slaclocks.jira.build;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The methods a Velocity template calls, as {@code velocity-allowlist} entries ({@code
 * fqcn#name(parameter types)}): each reference's type is known from the context names, {@code #set}
 * and {@code #foreach} (a list's element type from the method's generic return type). A call on an
 * unknown variable or a method that does not exist is reported, not skipped.
 */
final class TemplateCalls {
  private static final Pattern FOREACH =
      Pattern.compile("#foreach\\(\\s*\\$(\\w+)\\s+in\\s+\\$!?\\{?(\\w+(?:\\.\\w+\\([^()]*\\))*)");
  private static final Pattern SET =
      Pattern.compile("#set\\(\\s*\\$(\\w+)\\s*=\\s*\\$!?\\{?(\\w+(?:\\.\\w+\\([^()]*\\))*)");
  private static final Pattern MACRO = Pattern.compile("#macro\\(\\s*(\\w+)\\s+\\$(\\w+)\\s*\\)");
  private static final Pattern REFERENCE =
      Pattern.compile("\\$!?\\{?(\\w+)((?:\\.\\w+\\([^()]*\\))+)");
  private static final Pattern CALL = Pattern.compile("\\.(\\w+)\\(([^()]*)\\)");

  final Set<String> entries = new TreeSet<>();
  final Set<String> problems = new TreeSet<>();

  /** Reads one template whose context holds {@code contextTypes}. */
  void read(String name, String template, Map<String, Class<?>> contextTypes) {
    String text =
        Arrays.stream(template.split("\n"))
            .filter(line -> !line.strip().startsWith("##"))
            .collect(Collectors.joining("\n"));
    Map<String, Type> variables = new HashMap<>(contextTypes);
    // Loop and set variables first; a definition may use another, so repeat until none is new.
    for (int known = -1; known != variables.size(); ) {
      known = variables.size();
      // A one-parameter macro's parameter has the type of the argument of its calls.
      Matcher macros = MACRO.matcher(text);
      while (macros.find()) {
        Matcher calls =
            Pattern.compile(
                    "#" + macros.group(1) + "\\(\\s*\\$!?\\{?(\\w+(?:\\.\\w+\\([^()]*\\))*)\\s*\\)")
                .matcher(text);
        while (calls.find()) {
          String source = calls.group(1);
          if (!variables.containsKey(macros.group(2))
              && variables.containsKey(source.split("\\.")[0])) {
            Type type = typeOf(name, source, variables);
            if (type != null) {
              variables.put(macros.group(2), type);
            }
          }
        }
      }
      for (Pattern definition : new Pattern[] {FOREACH, SET}) {
        Matcher m = definition.matcher(text);
        while (m.find()) {
          String source = m.group(2);
          if (!variables.containsKey(m.group(1)) && variables.containsKey(source.split("\\.")[0])) {
            Type type = typeOf(name, source, variables);
            if (type != null) {
              variables.put(m.group(1), definition == FOREACH ? elementType(type) : type);
            }
          }
        }
      }
    }
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      typeOf(name, m.group(1) + m.group(2), variables);
    }
  }

  /** The type of {@code var.call().call()}, recording every call; null when unresolvable. */
  private Type typeOf(String template, String chain, Map<String, Type> variables) {
    int dot = chain.indexOf('.');
    String variable = dot < 0 ? chain : chain.substring(0, dot);
    Type type = variables.get(variable);
    if (type == null) {
      problems.add(template + ": $" + variable + " is not a known context name");
      return null;
    }
    Matcher call = CALL.matcher(dot < 0 ? "" : chain.substring(dot));
    while (call.find()) {
      Class<?> owner = raw(type);
      String method = call.group(1);
      int arguments = call.group(2).isBlank() ? 0 : call.group(2).split(",").length;
      Method found = method(owner, method, arguments);
      if (found == null) {
        problems.add(
            template
                + ": "
                + owner.getName()
                + " has no public "
                + method
                + " of "
                + arguments
                + " parameters");
        return null;
      }
      entries.add(entry(found));
      type = found.getGenericReturnType();
    }
    return type;
  }

  static Method method(Class<?> owner, String name, int parameters) {
    for (Method method : owner.getMethods()) {
      if (method.getName().equals(name)
          && method.getParameterCount() == parameters
          && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class) {
        return method;
      }
    }
    return null;
  }

  /** The allowlist form of a method, on the class the template calls it through. */
  static String entry(Method method) {
    return method.getDeclaringClass().getName()
        + "#"
        + method.getName()
        + "("
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getName)
            .collect(Collectors.joining(","))
        + ")";
  }

  private static Type elementType(Type type) {
    if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw(p))) {
      return p.getActualTypeArguments()[0];
    }
    return Object.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}
