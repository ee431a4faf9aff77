package org.publicrecord.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.Problem;

/**
 * A template's example ({@code "REPLACE with ..."}) is never published: a document still holding
 * one fails, drafts too, with one plain problem per example on its own line, at any depth, and no
 * other problem for that value.
 */
class PlaceholdersTest {

    private static final String ACTION = ValidationFixture.ACTION;
    private static final String FIX = "replace this example with the real value before publishing; the build refuses it even in a draft";

    @TempDir
    Path work;

    @Test
    void aDraftWithExamplesAtAnyDepthFailsOnTheirLinesAndNothingElse() {
        Path site = ValidationFixture.write(work.resolve("site"));
        ValidationFixture.write(site, ACTION, ValidationFixture.action()
                .replace("type: action\n", "type: action\nstatus: draft\n")
                .replace("said: Everyone should see what was done.", "said: \"REPLACE with what residents said, in a sentence\"")
                .replace("owner: lewisham-council", "owner: \"REPLACE with the owner's id from data/organisations.yaml\"")
                .replace("due: 2024-12-31", "due: \"REPLACE with the day it should be done by, written YYYY-MM-DD\"")
                .replace("  meeting: 2024-03-12-peoples-partnership", "  meeting: \"REPLACE with the meeting's file name\"")
                .replace("  - engagement", "  - \"REPLACE with a theme id\"")
                .replace("        url: meetings/2024/2024-03-12-peoples-partnership/", "        url: \"REPLACE with an address\""));

        List<Problem> problems = ValidationFixture.validate(site);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                ACTION + ":7:1: 'said' still holds the template's example \"REPLACE with what residents said, in a sentence\" (" + FIX + ")",
                ACTION + ":9:3: 'meeting' in 'source' still holds the template's example \"REPLACE with the meeting's file name\" (" + FIX + ")",
                ACTION + ":10:1: 'owner' still holds the template's example \"REPLACE with the owner's id from data/organisations.yaml\" ("
                        + FIX + ")",
                ACTION + ":14:1: 'due' still holds the template's example \"REPLACE with the day it should be done by, written YYYY-MM-DD\" ("
                        + FIX + ")",
                ACTION + ":16:5: item 1 of 'themes' still holds the template's example \"REPLACE with a theme id\" (" + FIX + ")",
                ACTION + ":24:9: 'url' in item 1 of 'evidence' still holds the template's example \"REPLACE with an address\" (" + FIX + ")");
    }

    @Test
    void aValueThatOnlyMentionsReplaceIsNoExample() {
        Path site = ValidationFixture.write(work.resolve("site"));
        ValidationFixture.write(site, ACTION, ValidationFixture.action()
                .replace("said: Everyone should see what was done.", "said: REPLACEMENT hips should be quicker to get. Replace the forms."));

        assertThat(ValidationFixture.validate(site)).isEmpty();
    }

    @Test
    void examplesAreFoundInMapsAndListsInOrder() {
        Map<String, Object> values = Map.of("venue", Map.of("name", "REPLACE with the place"),
                "agenda", List.of(Map.of("title", "Welcome and apologies"), Map.of("lead", "REPLACE with a role")));

        assertThat(Placeholders.in(values)).extracting(Placeholders.Found::pointer)
                .containsExactlyInAnyOrder("/venue/name", "/agenda/1/lead");
        assertThat(Placeholders.isPlaceholder("REPLACE")).isFalse();
        assertThat(Placeholders.isPlaceholder(" REPLACE with it")).isFalse();
    }
}
