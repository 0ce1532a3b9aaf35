package org.slaclocks.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.policy.SlaConfiguration;

/**
 * The command line of the programs that measure at a million rows: {@code [--db postgresql,mariadb]
 * [--issues N]} and one count of their own ({@code --iterations}, {@code --measure}).
 */
record AtScaleArguments(List<Database> databases, int issues, int count) {
  static AtScaleArguments parse(
      String[] args, int defaultIssues, String countOption, int defaultCount) {
    List<Database> databases = List.of(Database.POSTGRESQL, Database.MARIADB);
    int issues = defaultIssues;
    int count = defaultCount;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--db")) {
        databases =
            Arrays.stream(args[++i].split(","))
                .map(name -> Database.valueOf(name.trim().toUpperCase(Locale.ROOT)))
                .toList();
      } else if (args[i].equals("--issues")) {
        issues = Integer.parseInt(args[++i]);
      } else if (args[i].equals(countOption)) {
        count = Integer.parseInt(args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    return new AtScaleArguments(databases, issues, count);
  }

  /** The bundled example's policies, read from the project directory the programs run in. */
  static SlaConfiguration helpdeskPolicies() throws java.io.IOException {
    return PolicyJson.parse(Files.readString(Path.of("examples", "helpdesk", "policies.json")));
  }

  /** The JVM and machine the figures come from. */
  static void printMachine() {
    System.out.printf(
        "java %s, %d cores, max heap %d MiB, load average %.2f%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
