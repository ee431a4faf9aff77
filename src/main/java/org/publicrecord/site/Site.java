package org.publicrecord.site;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.publicrecord.content.DataFiles;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * The facts about the whole site from {@code data/site.yaml}, read once per build and typed: its
 * name, its address (always ending in {@code /}), its time zone and its language. Every output
 * that needs one of them asks this record; none reads the data file again.
 *
 * @param name   the site's name
 * @param url    the published address, ending in {@code /}, or null when the file gives none
 * @param zone   the time zone meetings are held in and the build's date is taken in
 * @param locale the language of the interface, from {@code language} (such as {@code en-GB})
 * @param domain the custom domain, or null
 * @param values every field of the file, as templates see it ({@code site.colours.brand})
 */
public record Site(String name, String url, ZoneId zone, Locale locale, String domain, Map<String, Object> values) {

    /** The data file this record is read from. */
    public static final String FILE = "data/site.yaml";

    private static final Problem MISSING_URL = Problem.inFile(FILE, "the site's address ('url') is missing",
            "add a line such as 'url: https://example.github.io/partnership/'; calendars and search engines need it");
    private static final Problem MISSING_ZONE = Problem.inFile(FILE, "the site's time zone ('timezone') is missing",
            "add a line 'timezone: Europe/London': meeting times are read in it");

    /** Reads the site's facts from the data files ({@code site} by name); mistakes stop the build. */
    public static Site of(DataFiles data) {
        DataFiles.DataFile file = data.files().get("site");
        @SuppressWarnings("unchecked")
        Map<String, Object> values = file != null && file.value() instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        Object url = values.get("url");
        Object domain = values.get("domain");
        return new Site(values.get("name") == null ? "" : String.valueOf(values.get("name")),
                url == null ? null : withSlash(String.valueOf(url)),
                zoneOf(values.get("timezone")), localeOf(values.get("language")),
                domain == null ? null : String.valueOf(domain), values);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static ZoneId zoneOf(Object timezone) {
        if (timezone == null) {
            return null;
        }
        try {
            return ZoneId.of(String.valueOf(timezone));
        } catch (DateTimeException e) {
            throw new BuildFailure(Problem.inFile(FILE, "'" + timezone + "' is not a time zone",
                    "write a time zone of the tz database, such as 'timezone: Europe/London'"));
        }
    }

    private static Locale localeOf(Object language) {
        if (language == null) {
            return Locale.UK;
        }
        try {
            return new Locale.Builder().setLanguageTag(String.valueOf(language)).build();
        } catch (IllformedLocaleException e) {
            throw new BuildFailure(Problem.inFile(FILE, "'" + language + "' is not a language tag",
                    "write a tag such as 'language: en-GB'"));
        }
    }

    /** The site's address ending in {@code /}; a site without one stops the build when an output needs it. */
    public String url() {
        if (url == null) {
            throw new BuildFailure(MISSING_URL);
        }
        return url;
    }

    /** The full address of a site-relative path, for feeds, sitemaps, calendars and open data. */
    public String absoluteUrl(String path) {
        return url() + path;
    }

    /** The host and path of the site's address, such as {@code example.github.io/partnership}, for calendar UIDs. */
    public String hostAndPath() {
        URI address = URI.create(url());
        String path = address.getRawPath() == null ? "" : address.getRawPath().replaceAll("/+$", "");
        return address.getHost() + path;
    }

    /** The site's time zone; a site whose meetings need it and that has none stops the build. */
    public ZoneId zone() {
        if (zone == null) {
            throw new BuildFailure(MISSING_ZONE);
        }
        return zone;
    }

    /** The site's date at {@code moment}: the day a build is made for. UTC when the site gives no time zone. */
    public LocalDate dayAt(Instant moment) {
        return LocalDate.ofInstant(moment, zone == null ? ZoneOffset.UTC : zone);
    }

    /**
     * The languages of the interface, the site's own ({@code language}) first: from {@code languages},
     * or the site's language alone when the file lists none. A list without the site's language stops the build.
     */
    public List<Language> languages() {
        List<Language> languages = new ArrayList<>();
        Language own = null;
        if (values.get("languages") instanceof List<?> listed) {
            for (Object entry : listed) {
                if (entry instanceof Map<?, ?> fields) {
                    Locale locale = localeOf(fields.get("tag"));
                    Language language = new Language(locale, fields.get("name") == null ? locale.getDisplayLanguage(locale)
                            : String.valueOf(fields.get("name")), Boolean.TRUE.equals(fields.get("example")));
                    if (locale.equals(this.locale)) {
                        own = language;
                    } else {
                        languages.add(language);
                    }
                }
            }
            if (own == null) {
                throw new BuildFailure(Problem.inFile(FILE, "the site's language '" + locale.toLanguageTag() + "' is not in 'languages'",
                        "add '- tag: " + locale.toLanguageTag() + "' to 'languages', or set 'language' to one of them"));
            }
        } else {
            own = new Language(locale, locale.getDisplayLanguage(locale), false);
        }
        languages.add(0, own);
        return List.copyOf(languages);
    }

    /** A field of {@code data/site.yaml} that has no typed accessor (such as {@code licence}), or null. */
    public Object field(String name) {
        return values.get(name);
    }
}
