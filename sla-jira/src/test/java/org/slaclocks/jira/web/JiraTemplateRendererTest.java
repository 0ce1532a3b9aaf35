package org.slaclocks.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraTemplateRendererTest {
  private final TemplateRenderer atlassian = mock(TemplateRenderer.class);
  private final JiraTemplateRenderer renderer = new JiraTemplateRenderer(atlassian);

  @Test
  void returnsWhatJirasRendererWroteForTheTemplateAndContext() throws IOException {
    doAnswer(
            call -> {
              Map<?, ?> context = call.getArgument(1);
              call.<Writer>getArgument(2).write("<b>" + context.get("panel") + "</b>");
              return null;
            })
        .when(atlassian)
        .render(eq("web/templates/panel.vm"), anyMap(), any(Writer.class));

    assertThat(renderer.render("web/templates/panel.vm", Map.of("panel", "HELP-1")))
        .isEqualTo("<b>HELP-1</b>");
  }

  @Test
  void aFailingRenderSaysWhichTemplate() throws IOException {
    doThrow(new IOException("broken pipe"))
        .when(atlassian)
        .render(eq("web/templates/panel.vm"), anyMap(), any(Writer.class));

    assertThatThrownBy(() -> renderer.render("web/templates/panel.vm", Map.of()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("web/templates/panel.vm");
  }
}
