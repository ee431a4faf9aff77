package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.Superseded;
import org.publicrecord.build.WrittenPages;

/** Reading a built site asks, before each page, whether to carry on: a preview with a newer change stops there. */
class BuiltPagesTest {

    @TempDir
    Path site;

    @Test
    void eachPageIsReadOnceAskedToCarryOnAndTheReadingStopsWhenItMayNot() throws Exception {
        for (int page = 0; page < 40; page++) {
            Path file = site.resolve("news/" + page + "/index.html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><h1 id=\"top\">Page</h1>"
                    + "<a href=\"../\">News</a></body></html>");
        }
        AtomicInteger asked = new AtomicInteger();
        BuiltPages all = BuiltPages.read(site, Map.of(), "/", 2, BuildCache.none().shelf("links"), WrittenPages.unknown(site), asked::incrementAndGet);
        assertThat(all.pages()).hasSize(40);
        assertThat(asked).hasValue(40);
        assertThat(all.pages().get("news/7/index.html").ids()).containsExactly("top");

        AtomicInteger before = new AtomicInteger();
        assertThatThrownBy(() -> BuiltPages.read(site, Map.of(), "/", 2, BuildCache.none().shelf("links"), WrittenPages.unknown(site), () -> {
            if (before.incrementAndGet() > 3) {
                throw new Superseded();
            }
        })).isInstanceOf(Superseded.class);
        assertThat(before.get()).as("pages not yet started are not read").isLessThan(40);
    }
}
