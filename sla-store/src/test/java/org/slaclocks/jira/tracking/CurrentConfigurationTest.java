package org.slaclocks.jira.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.jira.persistence.AoConfigRepository;
import org.slaclocks.jira.persistence.DatabaseTest;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.ConfigRepository;

/** The configuration in force, read from the real configuration table on each database. */
class CurrentConfigurationTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private AoConfigRepository repository;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    repository = new AoConfigRepository(ao);
  }

  private static String policy(String name) {
    return """
        {"version": 1,
         "calendars": [{"name": "24/7", "zone": "UTC", "hours": "24/7"}],
         "policies": [{"id": "p", "name": "%s", "scope": {"projects": ["HELP"]},
           "metrics": [{"id": "first-response", "name": "Time to first response",
             "template": "first-response", "goals": [{"target": "4h", "calendar": "24/7"}]}]}]}
        """
        .formatted(name);
  }

  private static List<String> policyNames(SlaConfiguration config) {
    return config.policies().stream().map(SlaPolicy::name).toList();
  }

  @DatabaseTest
  void aSaveBetweenReadingTheRevisionAndTheDocumentDoesNotMixThem() {
    CurrentConfiguration writer = new CurrentConfiguration(repository);
    writer.save(policy("First"), 0, "admin", T0).orElseThrow(); // revision 1
    ConfigRepository racing = new SaveAfterRevision(repository, policy("Second"));

    SlaConfiguration config = new CurrentConfiguration(racing).get();

    assertThat(config.version()).isEqualTo(1);
    assertThat(policyNames(config)).as("the document of revision 1").containsExactly("First");
    SlaConfiguration next = new CurrentConfiguration(repository).get();
    assertThat(next.version()).isEqualTo(2);
    assertThat(policyNames(next)).containsExactly("Second");
  }

  @DatabaseTest
  void aStoredDocumentThatNoLongerParsesIsASystemFailureSayingWhichAndWhatToDo() {
    repository.save(
        CurrentConfiguration.KIND, CurrentConfiguration.ID, 0, "{\"policies\": 7}", "bob", T0);

    assertThatThrownBy(() -> new CurrentConfiguration(repository).get())
        .isInstanceOf(SystemFailure.class)
        .hasMessageContaining("revision 1")
        .hasMessageContaining("bob")
        .hasMessageContaining("Save a corrected configuration");
  }

  @DatabaseTest
  void withNothingSavedNoPolicyApplies() {
    SlaConfiguration config = new CurrentConfiguration(repository).get();

    assertThat(config.version()).isZero();
    assertThat(config.policies()).isEmpty();
  }

  /** Another administrator saves right after this node read the newest revision. */
  private static final class SaveAfterRevision implements ConfigRepository {
    private final ConfigRepository delegate;
    private final String json;
    private boolean saved;

    SaveAfterRevision(ConfigRepository delegate, String json) {
      this.delegate = delegate;
      this.json = json;
    }

    @Override
    public long currentRevision() {
      long revision = delegate.currentRevision();
      if (!saved) {
        saved = true;
        delegate.save(
            CurrentConfiguration.KIND, CurrentConfiguration.ID, 1, json, "eve", T0.plusSeconds(1));
      }
      return revision;
    }

    @Override
    public Optional<Document> save(
        String kind, String id, int basedOnVersion, String json, String author, Instant at) {
      return delegate.save(kind, id, basedOnVersion, json, author, at);
    }

    @Override
    public Optional<Document> delete(
        String kind, String id, int basedOnVersion, String author, Instant at) {
      return delegate.delete(kind, id, basedOnVersion, author, at);
    }

    @Override
    public Optional<List<Document>> saveAll(List<Change> changes, String author, Instant at) {
      return delegate.saveAll(changes, author, at);
    }

    @Override
    public Optional<Document> latest(String kind, String id) {
      return delegate.latest(kind, id);
    }

    @Override
    public List<Document> history(String kind, String id) {
      return delegate.history(kind, id);
    }

    @Override
    public List<Document> snapshot(long revision) {
      return delegate.snapshot(revision);
    }
  }
}
