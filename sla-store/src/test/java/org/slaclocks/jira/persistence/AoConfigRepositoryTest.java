package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.tracking.ConfigRepository;
import org.slaclocks.tracking.ConfigRepository.Document;

class AoConfigRepositoryTest {
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00.500Z");

  private ConfigRepository config;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    config = new AoConfigRepository(ao);
  }

  @DatabaseTest
  void savingAddsAVersionAndARevision() {
    Document first = config.save("policy", "support", 0, "{\"v\":1}", "admin", AT).orElseThrow();
    Document second =
        config.save("policy", "support", 1, "{\"v\":2}", "lead", AT.plusSeconds(60)).orElseThrow();

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.revision()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.revision()).isEqualTo(2);
    assertThat(config.latest("policy", "support")).contains(second);
    assertThat(config.history("policy", "support")).containsExactly(first, second);
    assertThat(config.currentRevision()).isEqualTo(2);
  }

  @DatabaseTest
  void refusesASaveBasedOnAVersionThatIsNoLongerTheLatest() {
    config.save("calendar", "amsterdam", 0, "{}", "admin", AT);
    config.save("calendar", "amsterdam", 1, "{\"a\":1}", "admin", AT);

    assertThat(config.save("calendar", "amsterdam", 1, "{\"b\":1}", "other", AT)).isEmpty();
    assertThat(config.save("calendar", "new", 1, "{}", "other", AT)).isEmpty();
    assertThat(config.latest("calendar", "amsterdam").orElseThrow().json()).isEqualTo("{\"a\":1}");
  }

  @DatabaseTest
  void snapshotIsTheConfigurationAsOfARevision() {
    config.save("calendar", "amsterdam", 0, "{\"cal\":1}", "admin", AT); // revision 1
    config.save("policy", "support", 0, "{\"pol\":1}", "admin", AT); // 2
    config.save("policy", "support", 1, "{\"pol\":2}", "admin", AT); // 3
    config.delete("calendar", "amsterdam", 1, "admin", AT); // 4

    assertThat(config.snapshot(2))
        .extracting(Document::json)
        .containsExactly("{\"cal\":1}", "{\"pol\":1}");
    assertThat(config.snapshot(3))
        .extracting(Document::json)
        .containsExactly("{\"cal\":1}", "{\"pol\":2}");
    assertThat(config.snapshot(4)).extracting(Document::id).containsExactly("support");
    assertThat(config.latest("calendar", "amsterdam").orElseThrow().isDeleted()).isTrue();
    assertThat(config.snapshot(0)).isEmpty();
  }

  @DatabaseTest
  void severalChangesAreSavedTogetherOrNotAtAll() {
    config.save("calendar", "amsterdam", 0, "{\"cal\":1}", "admin", AT); // revision 1
    config.save("policy", "support", 0, "{\"pol\":1}", "admin", AT); // 2

    List<Document> saved =
        config
            .saveAll(
                List.of(
                    new ConfigRepository.Change("calendar", "amsterdam", 1, "{\"cal\":2}"),
                    new ConfigRepository.Change("policy", "support", 1, null),
                    new ConfigRepository.Change("policy", "vip", 0, "{\"pol\":\"vip\"}")),
                "importer",
                AT.plusSeconds(5))
            .orElseThrow();

    assertThat(saved)
        .extracting(d -> d.kind() + "/" + d.id() + " v" + d.version() + " r" + d.revision())
        .containsExactly("calendar/amsterdam v2 r3", "policy/support v2 r4", "policy/vip v1 r5");
    assertThat(config.snapshot(5))
        .extracting(d -> d.kind() + "/" + d.id() + " " + d.json())
        .containsExactly("calendar/amsterdam {\"cal\":2}", "policy/vip {\"pol\":\"vip\"}");

    // One document moved on: nothing of the save is kept.
    assertThat(
            config.saveAll(
                List.of(
                    new ConfigRepository.Change("policy", "vip", 1, "{\"pol\":\"vip2\"}"),
                    new ConfigRepository.Change("calendar", "amsterdam", 1, "{\"cal\":3}")),
                "late",
                AT.plusSeconds(9)))
        .isEmpty();
    assertThat(config.currentRevision()).isEqualTo(5);
    assertThat(config.latest("policy", "vip").orElseThrow().version()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                config.saveAll(
                    List.of(
                        new ConfigRepository.Change("policy", "vip", 1, "{}"),
                        new ConfigRepository.Change("policy", "vip", 1, "{}")),
                    "admin",
                    AT))
        .hasMessageContaining("changes policy/vip twice");
  }

  @DatabaseTest
  void keepsLargeDocuments() {
    String json = "{\"rows\":\"" + "x".repeat(200_000) + "\"}";

    config.save("policy", "big", 0, json, "admin", AT);

    assertThat(config.latest("policy", "big").orElseThrow().json()).isEqualTo(json);
  }

  @DatabaseTest
  void refusesBlankOrOverlongNames() {
    assertThatThrownBy(() -> config.save(" ", "x", 0, "{}", "admin", AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("kind");
    assertThatThrownBy(() -> config.save("policy", "x".repeat(151), 0, "{}", "admin", AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id");
  }
}
