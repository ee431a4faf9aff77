package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Folding by octets: Arabic (two octets a letter), Vietnamese with combining marks, Chinese (three)
 * and emoji (four, a surrogate pair in Java) are never cut inside a character, no line passes 75
 * octets, no continuation is empty, and unfolding gives back the line.
 */
class ContentLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "LOCATION:مركز لويشام الصحي، شارع كاتفورد، لندن SE6 4RU — قاعة الاجتماعات الكبرى في الطابق الأول",
            "SUMMARY:Cuộc họp của Nhóm Sức khỏe Cộng đồng với bà Nguyễn Thị Hương và ông Ògúnlànà Adébáyọ̀",
            "DESCRIPTION:路易舍姆健康与护理伙伴关系委员会会议，讨论社区心理健康服务和全科医生预约。",
            "DESCRIPTION:🏥🩺💊 emoji at every position 🏥🩺💊🏥🩺💊🏥🩺💊🏥🩺💊🏥🩺💊🏥🩺💊🏥🩺💊🏥🩺💊🏥🩺💊🏥🩺💊",
            // Exactly 75 octets: no fold, and no empty continuation after it.
            "LOCATION:Civic Suite\\, Lewisham Town Hall\\, Catford Road\\, London SE6 4RU",
            // 76 octets: one fold, one octet on the continuation.
            "LOCATION:Civic Suite\\, Lewisham Town Hall\\, Catford Road\\, London SE6 4RUX"})
    void foldsByOctetsWithoutSplittingACharacter(String line) throws CharacterCodingException {
        String folded = ContentLines.fold("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n");

        assertThat(folded).endsWith("\r\n").doesNotContain("\r\n \r\n").doesNotContain("\r\n\r\n");
        List<String> lines = List.of(folded.split("\r\n"));
        for (String physical : lines) {
            byte[] octets = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(physical).isLessThanOrEqualTo(ContentLines.MAX_OCTETS);
            assertThat(physical).as("no empty continuation").isNotEqualTo(" ");
            // Each physical line is whole UTF-8 on its own: no character was cut between two lines.
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(octets));
            assertThat(Character.isLowSurrogate(physical.charAt(physical.startsWith(" ") ? 1 : 0))).isFalse();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n");
        // Folds only where they must: each line that is continued could not take the next character.
        for (int i = 1; i < lines.size() - 2; i++) {
            String next = lines.get(i + 1);
            if (next.startsWith(" ")) {
                String nextCharacter = new String(Character.toChars(next.codePointAt(1)));
                assertThat(ContentLines.octets(lines.get(i)) + ContentLines.octets(nextCharacter)).isGreaterThan(ContentLines.MAX_OCTETS);
            }
        }
    }

    @Test
    void ical4jsOwnFoldsAreUndoneAndRedoneByOctets() throws Exception {
        // 75 characters exactly, as the example's LOCATION was: ical4j folds it before its line break.
        VEvent event = new VEvent(java.time.LocalDate.of(2026, 12, 3), "Board meeting");
        event.add(new Location("Civic Suite, Lewisham Town Hall, Catford Road, London SE6 4RU. Room 1"));
        event.add(new net.fortuna.ical4j.model.property.Description("قاعة الاجتماعات الكبرى في الطابق الأول، مركز لويشام الصحي، شارع كاتفورد"));
        Calendar calendar = new Calendar(new PropertyList(List.of(new ProdId("-//test//EN"))), new ComponentList<>(List.of(event)));
        java.io.StringWriter written = new java.io.StringWriter();
        new CalendarOutputter(false).output(calendar, written);
        String ical4j = written.toString();
        assertThat(ical4j).as("ical4j's own output has the faults this class exists for")
                .satisfiesAnyOf(text -> assertThat(text).contains("\r\n \r\n"),
                        text -> assertThat(text.split("\r\n")).anyMatch(line -> ContentLines.octets(line) > ContentLines.MAX_OCTETS));

        String refolded = ContentLines.fold(ContentLines.unfold(ical4j));

        assertThat(refolded).doesNotContain("\r\n \r\n");
        assertThat(refolded.split("\r\n")).allMatch(line -> ContentLines.octets(line) <= ContentLines.MAX_OCTETS);
        assertThat(ContentLines.unfold(refolded)).isEqualTo(ContentLines.unfold(ical4j));
    }
}
