package org.publicrecord.types.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.benchmark.SyntheticSite;
import org.publicrecord.testing.BuiltSite;

/**
 * The tracker's page stays one round trip however many events a partnership holds: its closure
 * figures show the newest events and say how many more there are (the benchmark's 300 events made
 * it 18.7 KB before).
 */
class TrackerSizeTest {

    @TempDir
    Path folder;

    @Test
    void theClosureFiguresShowTheNewestEventsAndCountTheRest() throws Exception {
        // One event per 25 meetings: 7 events.
        SyntheticSite.write(BuiltSite.EXAMPLE_SITE, folder.resolve("source"), 175);
        BuiltSite site = BuiltSite.build(folder.resolve("source"), folder.resolve("site"), LocalDate.of(2026, 11, 22));
        Document tracker = site.page("actions/");

        assertThat(tracker.select("#tracker-closure ~ * table tbody th a[href*=events/]")).hasSize(ClosureFigures.EVENTS_SHOWN);
        assertThat(tracker.select("#tracker-closure ~ * table tbody th a[href*=events/]").first().text()).isEqualTo("Listening event 150");
        assertThat(tracker.select("#tracker-closure ~ p").eachText()).contains("Earlier events (2) each show their own figures on their page.");
    }
}
