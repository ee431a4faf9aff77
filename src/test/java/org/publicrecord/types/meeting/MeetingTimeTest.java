package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.publicrecord.testing.ExampleWords;

class MeetingTimeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<String, Object> WORDS = Map.of(
            "time_range", "{day}, {start} to {end}", "time_from", "{day}, from {start}", "midday", "midday");

    private static MeetingTime at(String day, String start, String end) {
        return MeetingTime.of(LocalDate.parse(day), LocalTime.parse(start), end == null ? null : LocalTime.parse(end), LONDON, ExampleWords.formats());
    }

    @Test
    void readsAsBritishPeopleWriteIt() {
        assertThat(at("2024-03-12", "18:00", "20:00").inWords(WORDS)).isEqualTo("Tuesday 12 March 2024, 6pm to 8pm");
        assertThat(at("2024-03-12", "09:30", "12:00").inWords(WORDS)).isEqualTo("Tuesday 12 March 2024, 9:30am to midday");
        assertThat(at("2024-03-12", "14:05", null).inWords(WORDS)).isEqualTo("Tuesday 12 March 2024, from 2:05pm");
    }

    @Test
    void theOffsetIsLondonsOnThatDay() {
        // Summer time in 2025 ran from 30 March to 26 October.
        assertThat(at("2025-03-25", "18:00", "20:00").startIso()).isEqualTo("2025-03-25T18:00+00:00");
        assertThat(at("2025-03-31", "18:00", "20:00").startIso()).isEqualTo("2025-03-31T18:00+01:00");
        assertThat(at("2025-10-24", "18:00", "20:00").endIso()).isEqualTo("2025-10-24T20:00+01:00");
        assertThat(at("2025-10-27", "18:00", "20:00").endIso()).isEqualTo("2025-10-27T20:00+00:00");
        assertThat(at("2025-10-27", "18:00", null).endIso()).isNull();
    }
}
