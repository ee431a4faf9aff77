package org.publicrecord.types.notice;

import java.util.stream.Collectors;

import org.publicrecord.output.SiteOutput;
import org.publicrecord.render.SiteRenderer;

/** A toy output of the toy type, added by following docs/architecture.md's recipe: the open notices' closing dates as text. */
public final class NoticeDates extends SiteOutput {

    static final String FILE = "notices/closing-dates.txt";

    @Override
    protected String contentType() {
        return "notice";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        OpenNotices notices = renderer.model().part(OpenNotices.class);
        renderer.write(FILE, notices.open().stream()
                .map(notice -> notice.get("closes") + " " + notice.getTitle())
                .collect(Collectors.joining("\n", "", "\n")), getClass().getSimpleName());
        return 1;
    }
}
