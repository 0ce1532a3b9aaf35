package org.slaclocks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
  /** Every option of every command, with the command's name: {@code sla calendar deadline}. */
  public static List<String> optionsWithoutDescription(CommandLine command) {
    List<String> missing = new ArrayList<>();
    collect(command, missing);
    return missing;
  }

  private static void collect(CommandLine command, List<String> missing) {
    for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
      String[] description = option.description();
      if (description.length == 0 || String.join("", description).isBlank()) {
        missing.add(command.getCommandSpec().qualifiedName() + " " + option.longestName());
      }
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, missing));
  }

  @Test
  void everyOptionOfEveryCommandSaysWhatItIsFor() {
    CommandLine sla =
        SlaCommand.commandLine(
            new StringReader(""), new PrintWriter(new StringWriter()), new PrintWriter(System.err));

    assertThat(sla.getSubcommands()).containsKeys("calendar", "replay", "report", "sample");
    assertThat(optionsWithoutDescription(sla)).isEmpty();
  }

  @Test
  void theDeadlineHelpDescribesItsOptions() {
    StringWriter out = new StringWriter();
    int status =
        SlaCommand.run(
            new StringReader(""),
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            "calendar",
            "deadline",
            "--help");

    assertThat(status).isZero();
    assertThat(out.toString())
        .containsPattern("--calendar=FILE +Calendar file")
        .containsPattern("--start=INSTANT +When the working time starts")
        .containsPattern("--duration=DURATION +Working time to count");
  }
}
