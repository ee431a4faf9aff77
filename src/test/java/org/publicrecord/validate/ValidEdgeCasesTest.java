package org.publicrecord.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;

/**
 * What looks unusual but is right builds without a complaint: Windows line endings, a byte-order
 * mark, names in many alphabets, right-to-left text and emoji, each shown as written.
 */
class ValidEdgeCasesTest {

    @TempDir
    Path work;

    @Test
    void unusualButValidFilesBuildAndKeepEveryCharacter() {
        Path site = ValidationFixture.write(work.resolve("site"));
        ValidationFixture.write(site, "content/news/2024/windows-line-endings.md",
                "---\r\ntitle: Written on Windows\r\ntype: news\r\ndate: 2024-04-03\r\n---\r\nFirst line.\r\n\r\nSecond paragraph.\r\n");
        ValidationFixture.write(site, "content/news/2024/byte-order-mark.md",
                ("\uFEFF---\ntitle: Saved with a byte-order mark\ntype: news\ndate: 2024-04-04\n---\nBody.\n").getBytes(StandardCharsets.UTF_8));
        ValidationFixture.write(site, "content/news/2024/welcome-new-members.md", """
                ---
                title: Welcome to Adébáyọ̀, Łukasz and İlkay 🎉
                type: news
                date: 2024-04-05
                summary: "Three new members joined: Adébáyọ̀, Łukasz and İlkay."
                ---
                Members now greet each other in many languages: مرحبا بكم, שלום, 你好, Привіт 👋.
                """);
        ValidationFixture.write(site, "content/meetings/2024/2024-06-11-peoples-partnership.md", """
                ---
                title: People’s Partnership meeting, 11 June 2024 — مرحبا
                type: meeting
                date: 2024-06-11
                committee: peoples-partnership
                start: "14:00"
                meeting_status: scheduled
                venue:
                  name: Café Ñandú, Łódź Room
                agenda:
                  - title: "Welcome: ברוכים הבאים 😊"
                    lead: Co-chair (community member)
                ---
                Everyone is welcome.
                """);

        BuiltSite built = ValidationFixture.build(site, work.resolve("output"), ValidationFixture.TODAY);

        assertThat(built.page("news/2024/windows-line-endings/").select("main").text()).contains("First line.", "Second paragraph.");
        assertThat(built.page("news/2024/byte-order-mark/").select("h1").text()).isEqualTo("Saved with a byte-order mark");
        Document welcome = built.page("news/2024/welcome-new-members/");
        assertThat(welcome.select("h1").text()).isEqualTo("Welcome to Adébáyọ̀, Łukasz and İlkay 🎉");
        assertThat(welcome.select("main").text()).contains("مرحبا بكم", "שלום", "你好", "Привіт 👋");
        Document meeting = built.page("meetings/2024/2024-06-11-peoples-partnership/");
        assertThat(meeting.select("h1").text()).contains("People’s Partnership meeting, 11 June 2024 — مرحبا");
        assertThat(meeting.select("main").text()).contains("Café Ñandú, Łódź Room", "Welcome: ברוכים הבאים 😊");
        assertThat(built.text("feed.xml")).contains("Adébáyọ̀, Łukasz and İlkay 🎉");
    }
}
