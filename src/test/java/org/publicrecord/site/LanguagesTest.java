package org.publicrecord.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.content.DataFiles;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;

/**
 * The interface in more than one language: each language's file of words gives every word of the
 * site's own, with its own plural forms, dates and sizes; a missing word stops the build naming
 * the language and the word.
 */
class LanguagesTest {

    private static final Path SITE = BuiltSite.EXAMPLE_SITE;
    private static final Path TEMPLATES = SITE.resolve("templates");
    private static final LocalDate TWELFTH_OF_MARCH = LocalDate.of(2024, 3, 12);

    @TempDir
    Path work;

    private static List<Language> exampleLanguages() {
        return Site.of(DataFiles.read(SITE, SITE.resolve("data"))).languages();
    }

    @Test
    void aContentFileNamesItsLanguageBeforeItsExtensionAndANameWithOneDotNamesNone() {
        assertThat(Language.suffixOf("about.pl.md")).isEqualTo("pl");
        assertThat(Language.suffixOf("report.ar.adoc")).isEqualTo("ar");
        assertThat(Language.suffixOf("notes.en-GB.md")).isEqualTo("en-GB");
        assertThat(Language.suffixOf("2024-03-12-peoples-partnership.md")).isNull();
        assertThat(Language.suffixOf("about")).isNull();
        assertThat(Language.suffixOf("v1.2.final.md")).isNull();
        assertThat(Language.withoutSuffix("about.pl.md")).isEqualTo("about.md");
    }

    @Test
    void theExampleSiteShipsEnglishPolishAndArabicWithEveryWord() {
        List<Language> languages = exampleLanguages();
        assertThat(languages).extracting(Language::tag).containsExactly("en-GB", "pl", "ar");
        assertThat(languages).extracting(Language::name).containsExactly("English", "Polski", "العربية");
        assertThat(languages).extracting(Language::dir).containsExactly("ltr", "ltr", "rtl");
        assertThat(languages).extracting(Language::example).containsExactly(false, true, true);
        List<Messages> all = Messages.readAll(SITE, TEMPLATES, languages);
        assertThat(all).extracting(messages -> messages.word("meeting.agenda")).containsExactly("Agenda", "Porządek obrad", "جدول الأعمال");
    }

    @Test
    void datesTimesAndSizesAreWrittenInEachLanguage() {
        List<Messages> all = Messages.readAll(SITE, TEMPLATES, exampleLanguages());
        Formats english = all.get(0).formats();
        Formats polish = all.get(1).formats();
        Formats arabic = all.get(2).formats();
        assertThat(english.longDate(TWELFTH_OF_MARCH)).isEqualTo("12 March 2024");
        assertThat(polish.longDate(TWELFTH_OF_MARCH)).isEqualTo("12 marca 2024");
        assertThat(polish.day(TWELFTH_OF_MARCH)).isEqualTo("wtorek, 12 marca 2024");
        assertThat(arabic.longDate(TWELFTH_OF_MARCH)).isEqualTo("12 مارس 2024");
        assertThat(english.clock(LocalTime.of(18, 30))).isEqualTo("6:30pm");
        assertThat(polish.clock(LocalTime.of(18, 30))).isEqualTo("18:30");
        assertThat(polish.fileSize(2_600_000)).isEqualTo("2,5 MB");
        assertThat(arabic.fileSize(240 * 1024)).isEqualTo("240 كيلوبايت");
    }

    @Test
    void countsTakeTheirLanguagesPluralForms() {
        List<Messages> all = Messages.readAll(SITE, TEMPLATES, exampleLanguages());
        assertThat(List.of(1, 2, 5).stream().map(n -> all.get(0).count("meeting.year_count", n)))
                .containsExactly("1 meeting", "2 meetings", "5 meetings");
        assertThat(List.of(1, 2, 5, 12, 22, 25).stream().map(n -> all.get(1).count("meeting.year_count", n)))
                .containsExactly("1 spotkanie", "2 spotkania", "5 spotkań", "12 spotkań", "22 spotkania", "25 spotkań");
        assertThat(List.of(1, 2, 3, 11, 100).stream().map(n -> all.get(2).count("meeting.year_count", n)))
                .containsExactly("اجتماع واحد", "اجتماعان", "3 اجتماعات", "11 اجتماعًا", "100 اجتماع");
        assertThat(Plurals.categories(Locale.forLanguageTag("pl"))).containsExactly("one", "few", "many");
        assertThat(Plurals.categories(Locale.forLanguageTag("ar"))).containsExactly("zero", "one", "two", "few", "many", "other");
    }

    @Test
    void aWordMissingFromALanguageStopsTheBuildNamingTheLanguageAndTheWord() throws IOException {
        Path templates = translatedTemplates("""
                skip_link: Przejdź do treści głównej
                meeting:
                  year_count:
                    one: 1 spotkanie
                    other: "{count} spotkania"
                  agendaa: Porządek obrad
                """);
        assertThatThrownBy(() -> Messages.readAll(work, templates, twoLanguages()))
                .isInstanceOfSatisfying(BuildFailure.class, failure -> assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                        "templates/messages/pl.yaml:3:3: the message 'meeting.year_count' needs the plural forms few, many, one, other (language pl) "
                                + "(write it as a group with one line per form, such as 'other: \"{count} ...\"')",
                        "templates/messages/pl.yaml: the message 'meeting.agenda' is missing (language pl) "
                                + "(add 'meeting.agenda' to templates/messages/pl.yaml, translating the words of templates/messages/en-GB.yaml)",
                        "templates/messages/pl.yaml:6:3: the message 'meeting.agendaa' is not a word of the interface (language pl) "
                                + "(check its spelling against templates/messages/en-GB.yaml, or delete it)"));
    }

    @Test
    void aLanguageWithoutItsFileStopsTheBuild() throws IOException {
        Path templates = translatedTemplates(null);
        assertThatThrownBy(() -> Messages.readAll(work, templates, twoLanguages()))
                .isInstanceOfSatisfying(BuildFailure.class, failure -> assertThat(failure.problems().get(0).toString())
                        .startsWith("templates/messages/pl.yaml: the words of the language 'pl' are missing"));
    }

    @Test
    void aWholeBuildWithAMissingWordFailsAndPublishesNothing() throws IOException {
        Path source = work.resolve("source");
        PathUtils.copyDirectory(Path.of("src/test/resources/sites/engine").toAbsolutePath(), source);
        Files.writeString(source.resolve("data/site.yaml"), """
                name: Engine test site
                url: https://example.test/site/
                language: en-GB
                languages:
                  - tag: en-GB
                    name: English
                  - tag: pl
                    name: Polski
                """);
        Files.writeString(source.resolve("templates/messages/pl.yaml"), "# Polish, begun\n");
        Path output = work.resolve("output");
        BuildFailure failure = BuiltSite.failure(source, output, TWELFTH_OF_MARCH);
        assertThat(failure.problems()).extracting(Problem::message).containsExactly("the message 'formats' is missing (language pl)");
        assertThat(output).doesNotExist();
    }

    @Test
    void languagesWithoutTheSitesOwnAreAMistake() throws IOException {
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(data.resolve("site.yaml"), """
                name: A site
                url: https://example.test/
                language: en-GB
                languages:
                  - tag: pl
                    name: Polski
                """);
        Site site = Site.of(DataFiles.read(work, data));
        assertThatThrownBy(site::languages).isInstanceOfSatisfying(BuildFailure.class, failure -> assertThat(failure.problems().get(0).message())
                .isEqualTo("the site's language 'en-GB' is not in 'languages'"));
    }

    private static List<Language> twoLanguages() {
        return List.of(new Language(Locale.UK, "English", false), new Language(Locale.forLanguageTag("pl"), "Polski", true));
    }

    private Path translatedTemplates(String polish) throws IOException {
        Path messages = Files.createDirectories(work.resolve("templates/messages"));
        Files.writeString(messages.resolve("en-GB.yaml"), """
                skip_link: Skip to main content
                meeting:
                  year_count:
                    one: 1 meeting
                    other: "{count} meetings"
                  agenda: Agenda
                """);
        if (polish != null) {
            Files.writeString(messages.resolve("pl.yaml"), polish);
        }
        return work.resolve("templates");
    }
}
