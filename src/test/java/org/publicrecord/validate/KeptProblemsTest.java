package org.publicrecord.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.content.SourceText;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.types.ContentTypes;

/** The problems the preview keeps per document: found again for the very same document, never for a new version of its file. */
class KeptProblemsTest {

    private static final Path SITE = BuiltSite.EXAMPLE_SITE;
    private static final DataFiles DATA = DataFiles.read(SITE, SITE.resolve("data"));
    private static final String NAME = "content/news/2024/kept.md";

    @Test
    void aDocumentsProblemsAreKeptForItAndWorkedOutAgainForItsNextVersion() {
        Map<Object, Object> kept = new ConcurrentHashMap<>();
        SourceDocument wrong = news("date: 12 March 2024");
        SourceDocument fixed = news("date: 2024-03-12");

        List<Problem> first = validator(kept).validate(List.of(wrong), DATA);
        List<Problem> again = validator(kept).validate(List.of(wrong), DATA);
        List<Problem> afterFix = validator(kept).validate(List.of(fixed), DATA);
        List<Problem> brokenAgain = validator(kept).validate(List.of(news("date: 12 March 2024")), DATA);

        assertThat(first).extracting(Problem::line).contains(4);
        assertThat(again).isEqualTo(first).isEqualTo(validator(null).validate(List.of(wrong), DATA));
        assertThat(afterFix).isEmpty();
        assertThat(brokenAgain).isEqualTo(first);
    }

    @Test
    void aCleanDocumentIsPassedOverByTheNextCheckWhileTheOneWithAProblemBesideItIsStillTold() {
        AtomicInteger checked = new AtomicInteger();
        Rule counting = counting(checked);
        Map<Object, Object> kept = new ConcurrentHashMap<>();
        SourceDocument wrong = news("date: 12 March 2024");
        SourceDocument clean = other("A clean story.");
        List<Problem> found = new SiteValidator(ContentTypes.installed().schemas(), SITE, List.of(counting)).keeping(kept)
                .validate(List.of(wrong, clean), DATA);

        List<Problem> again = new SiteValidator(ContentTypes.installed().schemas(), SITE, List.of(counting)).keeping(kept)
                .validate(List.of(wrong, clean), DATA);

        assertThat(found).isNotEmpty().allSatisfy(problem -> assertThat(problem.file()).isEqualTo(NAME));
        assertThat(again).isEqualTo(found);
        // Each document once: the second check asked no rule about either, and still told the problem.
        assertThat(checked).hasValue(2);
    }

    @Test
    void aDeletedFilesProblemsAreLetGo() {
        Map<Object, Object> kept = new ConcurrentHashMap<>();
        SourceDocument other = SourceDocument.parse(new SourceText("content/news/2024/other.md",
                "---\ntitle: Another story\ntype: news\ndate: 2024-03-12\nsummary: Short.\n---\n\nThe story.\n"), SourceDocument.Markup.MARKDOWN);
        validator(kept).validate(List.of(news("date: 2024-03-12"), other), DATA);
        assertThat(kept).containsKeys(NAME, "content/news/2024/other.md");

        validator(kept).validate(List.of(other), DATA);
        assertThat(kept).doesNotContainKey(NAME).containsKey("content/news/2024/other.md");
    }

    @Test
    void aNewProcessChecksOnlyDocumentsThatAreNewOrChangedOrHadAProblem(@TempDir Path cacheFolder) {
        AtomicInteger checked = new AtomicInteger();
        Rule counting = counting(checked);
        SourceDocument other = other("The story.");
        List<SourceDocument> site = List.of(news("date: 2024-03-12"), other);

        BuildCache first = BuildCache.of(cacheFolder);
        assertThat(counted(counting, first).validate(site, DATA)).isEmpty();
        first.save();
        assertThat(checked).hasValue(2);

        // The same documents read anew in another process: nothing to check.
        BuildCache second = BuildCache.of(cacheFolder);
        assertThat(counted(counting, second).validate(List.of(news("date: 2024-03-12"), other), DATA)).isEmpty();
        second.save();
        assertThat(checked).hasValue(2);

        // A changed date is checked, and its problem found; it is found again next time, since only clean documents are kept.
        List<SourceDocument> broken = List.of(news("date: 12 March 2024"), other);
        assertThat(counted(counting, BuildCache.of(cacheFolder)).validate(broken, DATA)).extracting(Problem::line).contains(4);
        assertThat(checked).hasValue(3);
        assertThat(counted(counting, BuildCache.of(cacheFolder)).validate(broken, DATA)).extracting(Problem::line).contains(4);
        assertThat(checked).hasValue(4);
    }

    @Test
    void aDocumentThePreviewFoundCleanInItsMemoStaysCleanForTheNextProcess(@TempDir Path cacheFolder) {
        AtomicInteger checked = new AtomicInteger();
        Rule counting = counting(checked);
        SourceDocument unchanged = news("date: 2024-03-12");
        BuildCache preview = BuildCache.of(cacheFolder);
        Map<Object, Object> memo = new ConcurrentHashMap<>();
        counted(counting, preview).keeping(memo).validate(List.of(unchanged, other("First version.")), DATA);
        preview.save();
        // The other document changes, so the shelf is written again: with what this build used.
        counted(counting, preview).keeping(memo).validate(List.of(unchanged, other("Second version.")), DATA);
        preview.save();
        assertThat(checked).hasValue(3);

        counted(counting, BuildCache.of(cacheFolder)).validate(List.of(news("date: 2024-03-12"), other("Second version.")), DATA);
        assertThat(checked).hasValue(3);
    }

    @Test
    void aFileRenamedInThePlaceOfAnotherIsToldByItsNewNameInPathOrderAndItsOldNameIsLetGo() {
        Map<Object, Object> kept = new ConcurrentHashMap<>();
        SourceDocument other = other("A clean story.");
        SourceDocument wrong = named("content/news/2024/kept.md");
        assertThat(validator(kept).validate(List.of(wrong, other), DATA)).extracting(Problem::file).containsOnly(NAME);

        // kept.md renamed to zebra.md: the same place in the list as the last check had, another name there.
        SourceDocument renamed = named("content/news/2024/zebra.md");
        List<Problem> afterRename = validator(kept).validate(List.of(renamed, other), DATA);
        assertThat(afterRename).extracting(Problem::file).containsOnly("content/news/2024/zebra.md");
        assertThat(kept).doesNotContainKey(NAME);
        assertThat(validator(kept).validate(List.of(other, renamed), DATA)).isEqualTo(afterRename)
                .isEqualTo(validator(null).validate(List.of(other, renamed), DATA));
    }

    private static SourceDocument named(String name) {
        String text = "---\ntitle: A story\ntype: news\ndate: 12 March 2024\nsummary: Short.\n---\n\nThe story.\n";
        return SourceDocument.parse(new SourceText(name, text), SourceDocument.Markup.MARKDOWN);
    }

    /** A rule of each document that finds nothing and counts the documents it checks. */
    private static Rule counting(AtomicInteger checked) {
        return Rule.ofEachDocument("Counts the documents it checks.", (site, document) -> {
            checked.incrementAndGet();
            return List.of();
        });
    }

    private static SiteValidator counted(Rule counting, BuildCache cache) {
        return new SiteValidator(ContentTypes.installed().schemas(), SITE, List.of(counting))
                .keepingClean(cache.shelf(SiteValidator.CLEAN), KeptProblemsTest::keyOf);
    }

    /** A key that changes with anything the document holds, as the read phase's does. */
    private static String keyOf(SourceDocument document) {
        return BuildCache.digest(document.name(), document.fields(), document.body());
    }

    private static SiteValidator validator(Map<Object, Object> kept) {
        SiteValidator validator = new SiteValidator(ContentTypes.installed().schemas(), SITE, ContentTypes.installed().rules());
        return kept == null ? validator : validator.keeping(kept);
    }

    private static SourceDocument other(String body) {
        return SourceDocument.parse(new SourceText("content/news/2024/other.md",
                "---\ntitle: Another story\ntype: news\ndate: 2024-03-12\nsummary: Short.\n---\n\n" + body + "\n"), SourceDocument.Markup.MARKDOWN);
    }

    private static SourceDocument news(String dateLine) {
        String text = "---\ntitle: A story\ntype: news\n" + dateLine + "\nsummary: Short.\n---\n\nThe story.\n";
        return SourceDocument.parse(new SourceText(NAME, text), SourceDocument.Markup.MARKDOWN);
    }
}
