package uk.ehctracker.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.ProcessDiagram;
import uk.ehctracker.assessment.ProcessDiagram.Box;
import uk.ehctracker.assessment.ProcessDiagram.Kind;
import uk.ehctracker.assessment.ProcessDiagram.Node;
import uk.ehctracker.assessment.ProcessDiagram.State;

class ProcessDiagramSvgTest {

    @Test
    void namesFromTheModelAreEscaped_andEachStepSaysItsStateInWords() {
        ProcessDiagram diagram = new ProcessDiagram("A & B", List.of(
                new Node("t1", Kind.TASK, "<script>alert(1)</script>", new Box(0, 0, 100, 80), null, State.NOW),
                new Node("e1", Kind.EVENT, "Request received", new Box(200, 20, 36, 36), new Box(180, 60, 80, 27), State.DONE)), List.of());
        String svg = ProcessDiagramSvg.draw(diagram);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("A &amp; B")
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;: open now</title>")
                .contains("<title>Request received: done</title>");
    }
}
