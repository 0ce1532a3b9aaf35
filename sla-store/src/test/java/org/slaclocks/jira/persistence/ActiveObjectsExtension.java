package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link DatabaseTest} on H2, PostgreSQL and MariaDB with a real {@link ActiveObjects}.
 * One {@link AoTestDatabase} per test class and database, opened on first use and closed (its
 * tables dropped) after the class; an unreachable database fails every test that needs it.
 */
public final class ActiveObjectsExtension implements TestTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ActiveObjectsExtension.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context
        .getTestMethod()
        .map(m -> m.isAnnotationPresent(DatabaseTest.class))
        .orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Database.selected().stream().map(ActiveObjectsExtension::invocation);
  }

  private static TestTemplateInvocationContext invocation(Database database) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int invocationIndex) {
        return "[" + database.displayName() + "]";
      }

      @Override
      public List<Extension> getAdditionalExtensions() {
        return List.of(new Resolver(database), (BeforeEachCallback) c -> open(c, database).reset());
      }
    };
  }

  /** The class's database, opened once; a failure to open is remembered and rethrown. */
  static AoTestDatabase open(ExtensionContext context, Database database) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    Object opened =
        classContext
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(database, d -> Opened.of(database), Object.class);
    return ((Opened) opened).database();
  }

  /** An open database, or why it could not be opened; closed with the test class. */
  private record Opened(AoTestDatabase db, RuntimeException failure) implements AutoCloseable {
    static Opened of(Database database) {
      try {
        return new Opened(AoTestDatabase.open(database), null);
      } catch (RuntimeException e) {
        return new Opened(null, e);
      }
    }

    AoTestDatabase database() {
      if (failure != null) {
        throw failure;
      }
      return db;
    }

    @Override
    public void close() {
      if (db != null) {
        db.close();
      }
    }
  }

  private record Resolver(Database database) implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == ActiveObjects.class || type == AoTestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      AoTestDatabase db = open(context, database);
      return parameter.getParameter().getType() == ActiveObjects.class ? db.activeObjects() : db;
    }
  }
}
