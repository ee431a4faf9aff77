package org.publicrecord.pipeline;

import java.time.LocalDate;

import org.publicrecord.content.Sources;
import org.publicrecord.site.Site;

/**
 * What the read phase hands on: every file read, the site's facts typed from data/site.yaml, and
 * the day the build is for (which validation needs to tell what is published).
 *
 * @param sources the content and data files
 * @param site    the site's facts
 * @param today   the day the build is for
 * @param onlyContentChanged whether a watcher saw nothing but content files change since the last build read them
 */
record Read(Sources sources, Site site, LocalDate today, boolean onlyContentChanged) {
}
