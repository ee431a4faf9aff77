package org.publicrecord.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.content.SourceText;
import org.publicrecord.problem.Problem;

/** The plain-words check names the file and line of a long sentence, a passive and a word of jargon, and leaves plain prose alone. */
class PlainWordsTest {

    private static final Map<String, Object> SITE = Map.of("language", "en-GB", "plain_words", Map.of(
            "sentence_words", 25, "reading_ease", 50,
            "jargon", List.of(Map.of("word", "stakeholders", "instead", "people and groups involved"), Map.of("word", "going forward", "instead", "from now on"))));

    private static final String SIXTY_WORDS = "The board talked for a long time about the plan for the winter and about the people who need help at home "
            + "and about the doctors and nurses who will visit them and about the money that the council and the health service will spend "
            + "on the new team that will start work in the spring next year in Lewisham.";

    private static SourceDocument document(String name, String body) {
        return SourceDocument.parse(new SourceText(name, "---\ntitle: A page\ntype: page\n---\n" + body), SourceDocument.Markup.of(name));
    }

    @Test
    void aPlantedSixtyWordSentenceAndAJargonWordAreNamedWithTheirLines() {
        assertThat(SIXTY_WORDS.split(" ")).hasSize(60);
        SourceDocument page = document("content/about.md", """
                ## Who we are

                We are a partnership. We meet every month.

                %s We will talk to stakeholders going forward.

                ```
                This code block is a very long line of words that is not prose at all and must never be counted as a sentence of the page by the check.
                ```
                """.formatted(SIXTY_WORDS));
        PlainWords.Report report = PlainWords.of(SITE, java.util.Locale.UK).check(List.of(page));
        assertThat(report.warnings()).extracting(Problem::toString).containsExactly(
                "content/about.md:9:1: this sentence has 60 words; the site asks for at most 25 (split it into shorter sentences, one idea each)",
                "content/about.md:9:1: 'stakeholders' is on the site's list of jargon (write 'people and groups involved')",
                "content/about.md:9:1: 'going forward' is on the site's list of jargon (write 'from now on')");
        assertThat(report.summary()).isEqualTo("1 page checked, 1 above the thresholds, 3 warnings (long sentences 1, jargon 2)");
    }

    @Test
    void jargonIsFoundInAnyCaseAndOnlyAsAWholeWord() {
        SourceDocument page = document("content/news/2026/letter.md",
                "Stakeholders came.\n\nWe wrote to STAKEHOLDERS.\n\nOur Going Forward plan.\n\nWe met nonstakeholders and went forwardly.\n");
        PlainWords.Report report = PlainWords.of(SITE, java.util.Locale.UK).check(List.of(page));
        assertThat(report.warnings()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "'Stakeholders' is on the site's list of jargon"),
                org.assertj.core.groups.Tuple.tuple(7, "'STAKEHOLDERS' is on the site's list of jargon"),
                org.assertj.core.groups.Tuple.tuple(9, "'Going Forward' is on the site's list of jargon"));
    }

    @Test
    void thePassiveVoiceIsNamedOnItsOwnLine() {
        SourceDocument page = document("content/news/2026/report.md", "We met in May.\nThe plan was agreed by the board.\n\nWe are interested in your views.\n");
        PlainWords.Report report = PlainWords.of(SITE, java.util.Locale.UK).check(List.of(page));
        assertThat(report.warnings()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "'was agreed' is in the passive voice"));
    }

    @Test
    void hardProseHasALowReadingEaseAndPlainProseDoesNot() {
        String hard = "Organisational transformation necessitates comprehensive multidisciplinary collaboration. ".repeat(20);
        String plain = "We want to hear from you. Tell us what you think. We read every letter we get. ".repeat(10);
        PlainWords.Report report = PlainWords.of(SITE, java.util.Locale.UK).check(List.of(document("content/hard.md", hard), document("content/plain.md", plain)));
        assertThat(report.warnings()).extracting(Problem::file).containsExactly("content/hard.md");
        assertThat(report.warnings().get(0).message()).startsWith("the page's Flesch reading ease is -");
        assertThat(report.pagesAbove()).isEqualTo(1);
        assertThat(PlainWords.syllables("partnership")).isEqualTo(3);
        assertThat(PlainWords.syllables("people")).isEqualTo(2);
    }

    @Test
    void otherLanguagesAreCheckedForSentenceLengthOnly() {
        String polish = "Zarząd Partnerstwa zgodził się opublikować rejestr, a pomysł wyszedł od członków, którzy od dawna prosili o to, żeby każdy mieszkaniec "
                + "mógł zobaczyć, co powiedzieli ludzie na spotkaniach i wydarzeniach, kto za to odpowiada i kiedy to będzie zrobione, bo wtedy łatwiej zaufać.";
        PlainWords.Report report = PlainWords.of(SITE, java.util.Locale.UK).check(List.of(document("content/about.pl.md", polish + " Stakeholders.")));
        assertThat(report.warnings()).extracting(Problem::message).containsExactly("this sentence has 42 words; the site asks for at most 25");
    }

    @Test
    void warningsBlockOnlyWhenTheSiteSaysSo() {
        assertThat(PlainWords.of(SITE, java.util.Locale.UK).fails()).isFalse();
        assertThat(PlainWords.of(Map.of("plain_words", Map.of("fail", true)), java.util.Locale.UK).fails()).isTrue();
    }
}
