package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.tracking.ExclusionRepository;

class AoExclusionRepositoryTest {
  private static final Instant T = Instant.parse("2026-01-05T09:00:00.001Z");

  private ExclusionRepository exclusions;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    exclusions = new AoExclusionRepository(ao);
  }

  @DatabaseTest
  void anIssueSeesTheGlobalWindowsAndItsOwn() {
    Exclusion outage =
        exclusions.add(
            new ExclusionWindow(T.plusSeconds(600), T.plusSeconds(900), "supplier outage"),
            null,
            "admin",
            T);
    Exclusion own =
        exclusions.add(new ExclusionWindow(T, T.plusSeconds(60), "force majeure"), 7L, "lead", T);
    Exclusion other =
        exclusions.add(new ExclusionWindow(T, T.plusSeconds(60), "other issue"), 8L, "lead", T);

    assertThat(exclusions.global()).containsExactly(outage);
    assertThat(exclusions.all())
        .as("a search across issues needs every window, each applying to its own issue")
        .containsExactlyInAnyOrder(own, other, outage);
    assertThat(exclusions.forIssue(7)).containsExactly(own, outage);
    assertThat(outage.isGlobal()).isTrue();
    assertThat(own.issueId()).isEqualTo(7L);
    assertThat(own.appliesTo(7)).isTrue();
    assertThat(own.appliesTo(8)).isFalse();

    assertThat(exclusions.remove(own.id())).isTrue();
    assertThat(exclusions.remove(own.id())).isFalse();
    assertThat(exclusions.remove("not-a-row")).isFalse();
    assertThat(exclusions.forIssue(7)).containsExactly(outage);
  }

  @DatabaseTest
  void manyIssuesAtOnceSeeWhatEachSeesAlone() {
    Exclusion outage =
        exclusions.add(
            new ExclusionWindow(T.plusSeconds(600), T.plusSeconds(900), "supplier outage"),
            null,
            "admin",
            T);
    Exclusion early =
        exclusions.add(new ExclusionWindow(T, T.plusSeconds(60), "force majeure"), 7L, "lead", T);
    Exclusion late =
        exclusions.add(
            new ExclusionWindow(T.plusSeconds(1200), T.plusSeconds(1300), "audit"), 7L, "lead", T);
    exclusions.add(new ExclusionWindow(T, T.plusSeconds(60), "not asked"), 9L, "lead", T);

    Map<Long, List<Exclusion>> windows = exclusions.forIssues(List.of(7L, 8L));

    assertThat(windows).containsOnlyKeys(7L, 8L);
    assertThat(windows.get(7L)).containsExactly(early, outage, late);
    assertThat(windows.get(8L)).containsExactly(outage);
    assertThat(windows.get(7L)).isEqualTo(exclusions.forIssue(7));
  }
}
