package org.publicrecord.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.content.SourceText;
import org.publicrecord.content.Sources;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.trust.Publication;
import org.publicrecord.types.ContentTypes;

/**
 * The references the preview keeps per document are checked again when what they lead to
 * changes, though the document itself did not: each validation with what was kept finds exactly
 * what a validation from nothing finds.
 */
class KeptReferencesTest {

    private static final Path SITE = BuiltSite.EXAMPLE_SITE;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String MEETING = "content/meetings/2026/2026-03-17-peoples-partnership.md";
    private static final String ACTION = "content/actions/lpp-2026-02.md";

    private final Map<Object, Object> kept = new ConcurrentHashMap<>();
    private final List<SourceDocument> documents = Sources.read(SITE, SITE.resolve("content"), SITE.resolve("data"), 2).documents();
    private final DataFiles data = DataFiles.read(SITE, SITE.resolve("data"));

    @TempDir
    Path changedSite;

    @Test
    void aReferenceIsCheckedAgainWhenWhatItLeadsToChanges() throws IOException {
        assertThat(sameAsFromNothing(documents, data, TODAY)).isEmpty();

        // The meeting is held back: the action that came from it, unchanged, may not be published before it.
        List<SourceDocument> meetingLater = replaced(MEETING, text -> text.replace("\ntype: meeting\n", "\ntype: meeting\npublish_date: 2099-01-01\n"));
        assertThat(sameAsFromNothing(meetingLater, data, TODAY)).extracting(Problem::file).contains(ACTION);

        // The action is deleted: the meeting, unchanged, refers to an action there is not.
        List<SourceDocument> withoutAction = new ArrayList<>(documents);
        withoutAction.removeIf(document -> document.name().equals(ACTION));
        assertThat(sameAsFromNothing(withoutAction, data, TODAY)).extracting(Problem::message)
                .contains("there is no action with the id 'LPP-2026-02'");

        assertThat(sameAsFromNothing(documents, data, TODAY)).isEmpty();

        // The action's owner leaves the data files.
        PathUtils.copyDirectory(SITE.resolve("data"), changedSite.resolve("data"));
        Path organisations = changedSite.resolve("data/organisations.yaml");
        Files.writeString(organisations, Files.readString(organisations).replace("- id: lewisham-council\n", "- id: lewisham-borough\n"));
        DataFiles changedData = DataFiles.read(changedSite, changedSite.resolve("data"));
        assertThat(sameAsFromNothing(documents, changedData, TODAY)).extracting(Problem::file).contains(ACTION);

        // Another day publishes what was held back: the same documents, checked against the day.
        assertThat(sameAsFromNothing(meetingLater, data, TODAY)).isNotEmpty();
        assertThat(sameAsFromNothing(meetingLater, data, LocalDate.of(2099, 1, 2))).isEmpty();
        assertThat(sameAsFromNothing(meetingLater, data, TODAY)).isNotEmpty();
    }

    @Test
    void anEditThatLeavesEveryAddressNameAndIdAsTheyWereStillTellsTheEditedFilesProblemsOnTheirLines() throws IOException {
        String renumbered = "content/actions/lpp-2024-01.md";
        String wrongName = "the file name should be the id in lower case, lpp-2024-91";
        String duplicate = "the id 'LPP-2026-02' is also used by " + ACTION;
        Map<String, String> alone = Map.of(renumbered, Files.readString(SITE.resolve(renumbered)).replace("id: LPP-2024-01", "id: LPP-2024-91"));
        // As well, a copied action whose id was not changed.
        Map<String, String> withCopy = new java.util.HashMap<>(alone);
        withCopy.put("content/actions/lpp-2026-99.md", Files.readString(SITE.resolve(ACTION)));

        for (Map<String, String> texts : List.of(alone, withCopy)) {
            List<Problem> before = sameAsFromNothing(withTexts(texts), data, TODAY);
            // Each is edited where no address, file name or id changes: a comment above its id moves it down a line.
            Map<String, String> edited = new java.util.HashMap<>();
            texts.forEach((name, text) -> edited.put(name, text.replace("\ntype: action\n", "\ntype: action\n# checked\n")));
            List<Problem> after = sameAsFromNothing(withTexts(edited), data, TODAY);

            assertThat(after).extracting(Problem::message).contains(texts == alone ? new String[] {wrongName} : new String[] {wrongName, duplicate});
            assertThat(after).extracting(Problem::line).isNotEqualTo(before.stream().map(Problem::line).toList());
        }
    }

    /** The example's documents with the files named in {@code texts} having those texts, added when new. */
    private List<SourceDocument> withTexts(Map<String, String> texts) {
        List<SourceDocument> changed = new ArrayList<>(documents);
        changed.removeIf(document -> texts.containsKey(document.name()));
        texts.forEach((name, text) -> changed.add(SourceDocument.parse(new SourceText(name, text), SourceDocument.Markup.MARKDOWN)));
        return changed;
    }

    /** What a validation with what was kept finds, having checked it is what one from nothing finds. */
    private List<Problem> sameAsFromNothing(List<SourceDocument> sources, DataFiles dataFiles, LocalDate today) {
        List<Problem> fromNothing = validator(today).validate(sources, dataFiles);
        List<Problem> withKept = validator(today).keeping(kept).validate(sources, dataFiles);
        assertThat(withKept).isEqualTo(fromNothing);
        return withKept;
    }

    private static SiteValidator validator(LocalDate today) {
        ContentTypes types = ContentTypes.installed();
        return new SiteValidator(types.schemas(), SITE, types.rules()).publishing(new Publication(today, false));
    }

    private List<SourceDocument> replaced(String name, java.util.function.UnaryOperator<String> change) throws IOException {
        String text = change.apply(Files.readString(SITE.resolve(name)));
        List<SourceDocument> changed = new ArrayList<>(documents);
        changed.replaceAll(document -> document.name().equals(name)
                ? SourceDocument.parse(new SourceText(name, text), SourceDocument.Markup.MARKDOWN) : document);
        return changed;
    }
}
