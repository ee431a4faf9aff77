package org.publicrecord.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/** Front matter is read for editors: every broken line of a file is told in one build, each on its own line. */
class SafeYamlTest {

    private static final String FILE = "content/meetings/2024/2024-03-12-board.md";

    @Test
    void everyBrokenLineOfAFileIsToldAtOnce() {
        String yaml = String.join("\n",
                "title: Board meeting",
                "venue:",
                "\tname: Deptford Lounge",
                "summary: Agenda: the winter plan",
                "start: \"14:00\"",
                "end: \"16:00",
                "");
        List<Problem> problems = catchThrowableOfType(BuildFailure.class, () -> SafeYaml.read(yaml, FILE, 2)).problems();

        assertThat(problems).extracting(Problem::toString).containsExactly(
                FILE + ":4:1: this line is indented with a tab (indent with spaces instead of tabs, two spaces per level)",
                FILE + ":5:16: this value contains a colon followed by a space (put the whole value in double quotes, for example title: \"Agenda: item one\")",
                FILE + ":7:6: a quoted value is not closed (add the closing quote mark at the end of the value)");
    }

    @Test
    void oneBrokenLineIsOneProblem() {
        List<Problem> problems = catchThrowableOfType(BuildFailure.class,
                () -> SafeYaml.read("title: Board\nsummary: Agenda: one\ndate: 2024-03-12\n", FILE, 2)).problems();
        assertThat(problems).extracting(Problem::line).containsExactly(3);
    }

    @Test
    void timesAndDatesStayTextAsEditorsWroteThem() {
        Fields fields = SafeYaml.read("start: 18:00\ndate: 2024-03-12\n", FILE, 2);
        assertThat(fields.values()).containsEntry("start", "18:00").containsEntry("date", "2024-03-12");
    }
}
