package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.tracking.AuditLog.Entry;

class AoAuditLogTest {
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00.001Z");

  private AuditLog log;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    log = new AoAuditLog(ao);
  }

  @DatabaseTest
  void pagesNewestFirst() {
    for (int i = 1; i <= 5; i++) {
      log.append(
          Entry.of(AT.plusSeconds(i), "admin", "policy.saved", "policy support", "{}", "{}", null));
    }
    Entry run =
        log.append(
            Entry.of(
                AT.plusSeconds(9),
                "lead",
                "recalculation.run",
                "open issues",
                null,
                null,
                "412 issues"));

    List<Entry> first = log.page(Long.MAX_VALUE, 4);
    List<Entry> second = log.page(first.get(3).id(), 4);

    assertThat(first.get(0)).isEqualTo(run);
    assertThat(first).hasSize(4);
    assertThat(second).hasSize(2);
    assertThat(second.get(1).at()).isEqualTo(AT.plusSeconds(1));
  }
}
