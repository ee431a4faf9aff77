package org.publicrecord.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mitchellbosecke.pebble.extension.AbstractExtension;
import com.mitchellbosecke.pebble.extension.Filter;
import com.mitchellbosecke.pebble.template.EvaluationContext;
import com.mitchellbosecke.pebble.template.PebbleTemplate;

/**
 * What every template can use beyond JBake's model: each data file by its name ({@code site},
 * {@code organisations}, {@code committees}...), the build's date as {@code today}, and filters
 * that write dates the way British readers expect.
 */
public final class SiteExtension extends AbstractExtension {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", PebbleTemplates.LOCALE);
    /** "12 Mar 2024", for table cells where a long date would wrap (GOV.UK's style allows it in tables). */
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", PebbleTemplates.LOCALE);

    private final Map<String, Object> globals;

    public SiteExtension(Map<String, Object> dataFiles, LocalDate today) {
        Map<String, Object> values = new LinkedHashMap<>(dataFiles);
        values.put("today", today);
        this.globals = Map.copyOf(values);
    }

    @Override
    public Map<String, Object> getGlobalVariables() {
        return globals;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "long_date", new DateFilter(LONG_DATE),
                "iso_date", new DateFilter(DateTimeFormatter.ISO_LOCAL_DATE),
                "short_date", new DateFilter(SHORT_DATE),
                "write_up", new org.publicrecord.actions.WriteUpFilter(),
                "nested_headings", new NestedHeadingsFilter());
    }

    /** Reads the dates a template may hold: a day, JBake's {@link Date}, or ISO text. */
    public static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private record DateFilter(DateTimeFormatter format) implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            LocalDate day = toLocalDate(input);
            return day == null ? input : format.format(day);
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }
    }
}
