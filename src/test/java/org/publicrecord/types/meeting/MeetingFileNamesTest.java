package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.Problem;
import org.publicrecord.validate.ValidationFixture;

/** A meeting's file name starts with its date, in the folder of its year; the problem names the file, the line and the new name. */
class MeetingFileNamesTest {

    private static final String MEETING = """
            ---
            title: Board meeting
            type: meeting
            date: 2024-07-09
            committee: peoples-partnership
            start: "14:00"
            meeting_status: scheduled
            ---
            The agenda will be published a week before.
            """;

    @TempDir
    Path work;

    @Test
    void aNameStartingWithTheDateInItsYearFolderIsRight() {
        assertThat(problems("content/meetings/2024/2024-07-09-board.md", MEETING)).isEmpty();
    }

    @Test
    void aNameWithoutTheDateIsToldTheNameToGiveIt() {
        assertThat(problems("content/meetings/2024/board.md", MEETING)).containsExactly(
                "content/meetings/2024/board.md:4:1: a meeting's file name starts with its date, but 'board.md' does not start with "
                        + "2024-07-09 (rename the file to 2024-07-09-board.md)");
    }

    @Test
    void aNameWithoutTheDateOutsideItsYearFolderIsToldTheFolderToo() {
        assertThat(problems("content/meetings/board.md", MEETING)).containsExactly(
                "content/meetings/board.md:4:1: a meeting's file name starts with its date, but 'board.md' does not start with "
                        + "2024-07-09 (rename the file to 2024-07-09-board.md and move it to the folder content/meetings/2024/)");
    }

    @Test
    void aNameWithAnotherDateIsToldOnceBySiteRule() {
        assertThat(problems("content/meetings/2024/2024-07-02-board.md", MEETING)).containsExactly(
                "content/meetings/2024/2024-07-02-board.md:4:1: the file name starts with 2024-07-02 but the date is 2024-07-09 "
                        + "(make them the same: rename the file to 2024-07-09-board.md, or correct the date)");
    }

    private List<String> problems(String path, String text) {
        Path site = ValidationFixture.write(work.resolve("site"));
        ValidationFixture.write(site, path, text);
        return ValidationFixture.validate(site).stream().map(Problem::toString).toList();
    }
}
