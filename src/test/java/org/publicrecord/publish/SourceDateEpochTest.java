package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.publicrecord.SiteCommand;
import org.publicrecord.content.DataFiles;
import org.publicrecord.site.Site;
import org.publicrecord.testing.BuiltSite;

/** The build date without {@code --today}: London's date now, or of the moment {@code SOURCE_DATE_EPOCH} names. */
class SourceDateEpochTest {

    @ParameterizedTest(name = "{0} is {1} in London")
    @CsvSource({
            // British Summer Time: half past eleven at night UTC is already the next day in London.
            "2026-06-30T23:30:00Z, 2026-07-01",
            // Winter: London is on UTC.
            "2026-11-22T23:30:00Z, 2026-11-22",
            "2026-11-22T00:00:00Z, 2026-11-22"})
    void sourceDateEpochGivesItsLondonDate(String moment, String day) {
        String epoch = String.valueOf(Instant.parse(moment).getEpochSecond());

        Site site = Site.of(DataFiles.read(BuiltSite.EXAMPLE_SITE, BuiltSite.EXAMPLE_SITE.resolve("data")));

        assertThat(site.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(site.dayAt(SiteCommand.buildMoment(Map.of("SOURCE_DATE_EPOCH", epoch)))).isEqualTo(LocalDate.parse(day));
    }

    @Test
    void withoutItTheBuildIsMadeNow() {
        Instant before = Instant.now();
        Instant built = SiteCommand.buildMoment(Map.of());

        assertThat(built).isBetween(before, Instant.now());
    }

    @Test
    void aValueThatIsNotANumberIsAClearMistake() {
        assertThatThrownBy(() -> SiteCommand.buildMoment(Map.of("SOURCE_DATE_EPOCH", "yesterday")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SOURCE_DATE_EPOCH").hasMessageContaining("'yesterday'");
    }
}
