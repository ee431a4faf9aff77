package org.publicrecord.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.publicrecord.problem.Problem;

/** The preview's alert: each problem with its file, line and fix, first in the body, and content's markup only as text. */
class ProblemBannerTest {

    private static final byte[] PAGE = "<!doctype html><html><head><title>A</title></head><body class=\"x\"><a href=\"#main\">Skip</a><main id=\"main\">Text</main></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void listsEveryProblemFirstInTheBodyAsAnAlert() {
        List<Problem> problems = List.of(
                Problem.at("content/meetings/2024/2024-03-12-board.md", 14, 7, "'4pm' is not a time", "write it as 16:00"),
                Problem.inFile("data/committees.yaml", "the committee 'board' has no name.", "add name: and the committee's name"));
        Document page = Jsoup.parse(new String(ProblemBanner.inject(PAGE, problems), StandardCharsets.UTF_8));

        assertThat(page.body().child(1).attr("role")).isEqualTo("alert");
        assertThat(page.select("[role=alert] h2").text()).isEqualTo("2 problems stop the site from building");
        assertThat(page.select("[role=alert] li").eachText()).containsExactly(
                "content/meetings/2024/2024-03-12-board.md, line 14: '4pm' is not a time. To fix: write it as 16:00.",
                "data/committees.yaml: the committee 'board' has no name. To fix: add name: and the committee's name.");
        assertThat(page.select("main").text()).isEqualTo("Text");
    }

    @Test
    void markupInAProblemIsShownAsText() {
        List<Problem> problems = List.of(Problem.at("content/a.md", 2, 1, "unknown type '<img src=x onerror=alert(1)>'", "use page"));
        String page = new String(ProblemBanner.inject(PAGE, problems), StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void noProblemsLeaveThePageAsItIs() {
        assertThat(ProblemBanner.inject(PAGE, List.of())).isSameAs(PAGE);
    }
}
