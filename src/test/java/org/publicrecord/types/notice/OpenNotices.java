package org.publicrecord.types.notice;

import java.time.LocalDate;
import java.util.List;

import org.jbake.model.DocumentModel;
import org.publicrecord.model.SiteModel;

/** What the toy type adds to the model: its notices still open on the build's date. */
public final class OpenNotices {

    private final List<DocumentModel> open;

    OpenNotices(SiteModel model) {
        LocalDate today = model.today();
        this.open = model.store().published("notice").stream()
                .filter(notice -> !LocalDate.parse(String.valueOf(notice.get("closes"))).isBefore(today))
                .toList();
    }

    public List<DocumentModel> open() {
        return open;
    }
}
