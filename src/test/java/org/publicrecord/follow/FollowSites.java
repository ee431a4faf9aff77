package org.publicrecord.follow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.publicrecord.check.FixtureSite;
import org.publicrecord.testing.BuiltSite;

/**
 * A site for the follow outputs: the example site plus a committee and a theme whose names are in
 * Arabic (right to left), Vietnamese and Yoruba, with a held meeting, one to come (which a second
 * version of the site cancels), a draft meeting and an embargoed action that must never appear.
 */
final class FollowSites {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String COMMITTEE = "arabic-speakers-forum";
    static final String COMMITTEE_NAME = "منتدى المتحدثين بالعربية (Arabic speakers' forum)";
    static final String THEME = "mental-health";
    static final String THEME_NAME = "الصحة النفسية: Ìlera ọpọlọ, sức khỏe tâm thần";
    static final String HELD = "2026-09-10-" + COMMITTEE;
    static final String NEXT = "2026-12-15-" + COMMITTEE;
    /** Words only in held-back documents. */
    static final String DRAFT_WORD = "Quillwort";
    static final String EMBARGOED_WORD = "Bladderwrack";

    private FollowSites() {
    }

    /** The site, with the meeting on 15 December scheduled or, when {@code cancelled}, cancelled. */
    static Path create(Path folder, boolean cancelled) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("meetings/2026/" + HELD + ".md", """
                ---
                title: "اجتماع منتدى المتحدثين بالعربية، 10 سبتمبر 2026"
                type: meeting
                date: 2026-09-10
                summary: "ناقش الأعضاء خدمات الصحة النفسية باللغة العربية. Bà Nguyễn Thị Hương spoke for the Vietnamese community."
                committee: arabic-speakers-forum
                start: "18:00"
                end: "20:00"
                meeting_status: held
                venue:
                  name: "مركز المجتمع في ديبتفورد، القاعة الكبرى"
                  address: "Giffin Street, London SE8 4RJ — الطابق الأرضي، بجوار المكتبة العامة"
                online:
                  url: https://meet.example.org/asf
                  instructions: انضم عبر الحاسوب أو الهاتف.
                minutes_status: draft
                decisions:
                  - text: "ترجمة المنشورات إلى العربية والفيتنامية (tiếng Việt) واليوروبا (Yorùbá)."
                ---

                ناقش الأعضاء خدمات الصحة النفسية.
                """);
        content.put("meetings/2026/" + NEXT + ".md", """
                ---
                title: "Cuộc họp diễn đàn, 15 tháng 12 năm 2026"
                type: meeting
                date: 2026-12-15
                committee: arabic-speakers-forum
                start: "18:00"
                end: "20:00"
                meeting_status: %s
                venue:
                  name: "مركز المجتمع في ديبتفورد، القاعة الكبرى"
                online:
                  url: https://meet.example.org/asf
                  instructions: Join on a computer or phone.
                ---

                The next meeting.
                """.formatted(cancelled ? "cancelled" : "scheduled"));
        content.put("meetings/2026/2026-10-20-arabic-speakers-forum.md", """
                ---
                title: Quillwort draft meeting
                type: meeting
                status: draft
                date: 2026-10-20
                committee: arabic-speakers-forum
                start: "18:00"
                meeting_status: scheduled
                ---

                Quillwort agenda.
                """);
        content.put("actions/asf-2026-01.md", """
                ---
                title: "Translate the mental health leaflets for Ògúnlànà and Nguyễn families"
                type: action
                date: 2026-09-10
                summary: "ترجمة المنشورات."
                id: ASF-2026-01
                said: "لا نفهم المنشورات الحالية. Chúng tôi không hiểu tờ rơi."
                source:
                  meeting: 2026-09-10-arabic-speakers-forum
                owner: lewisham-council
                lead_role: Public Health Consultant
                action_status: in-progress
                due: 2027-03-31
                themes:
                  - mental-health
                updates:
                  - date: 2026-10-15
                    text: "Ìwé pẹlẹbẹ àkọ́kọ́ ti ṣetán: the first leaflet is translated (العربية)."
                    status: in-progress
                ---

                The council will translate the leaflets.
                """);
        content.put("actions/asf-2026-02.md", """
                ---
                title: Bladderwrack embargoed action
                type: action
                date: 2026-09-10
                publish_date: 2027-01-01
                id: ASF-2026-02
                said: Bladderwrack said.
                source:
                  meeting: 2026-09-10-arabic-speakers-forum
                owner: lewisham-council
                lead_role: Bladderwrack Lead
                action_status: open
                themes:
                  - mental-health
                ---

                Bladderwrack body.
                """);
        FixtureSite.create(folder, content);
        append(folder.resolve("data/committees.yaml"), """
                - id: arabic-speakers-forum
                  name: "%s"
                  purpose: "يستمع إلى المتحدثين بالعربية في لويشام."
                  frequency: Every three months
                  public: true
                  colour: teal
                  contact: LHCPcommunications@selondonics.nhs.net
                """.formatted(COMMITTEE_NAME));
        append(folder.resolve("data/themes.yaml"), """
                - id: mental-health
                  name: "%s"
                """.formatted(THEME_NAME));
        return folder;
    }

    static BuiltSite build(Path folder, boolean cancelled, LocalDate today) {
        return BuiltSite.build(create(folder.resolve("source"), cancelled), folder.resolve("site"), today);
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
