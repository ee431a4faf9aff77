package org.publicrecord.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.mitchellbosecke.pebble.extension.AbstractExtension;
import com.mitchellbosecke.pebble.extension.Filter;
import com.mitchellbosecke.pebble.template.EvaluationContext;
import com.mitchellbosecke.pebble.template.PebbleTemplate;
import org.publicrecord.site.Messages;
import org.publicrecord.site.Plurals;

/**
 * What every template can use beyond JBake's model: each data file by its name ({@code site},
 * {@code organisations}, {@code committees}...), the build's date as {@code today}, and filters
 * that write dates in the patterns of the site's words ({@code formats} in the messages).
 */
public final class SiteExtension extends AbstractExtension {

    private final Map<String, Object> globals;
    private final Map<String, Filter> filters;

    /**
     * @param globals  the names every template can use (data files, the model's parts)
     * @param today    the build's date
     * @param messages the words of the interface, which hold the date patterns
     * @param filters  the filters the content types add
     */
    public SiteExtension(Map<String, Object> globals, LocalDate today, Messages messages, Map<String, Filter> filters) {
        Map<String, Object> values = new LinkedHashMap<>(globals);
        values.put("today", today);
        this.globals = Map.copyOf(values);
        Map<String, Filter> all = new LinkedHashMap<>(filters);
        // The pattern is read when a template first writes a date, so a site that never does needs none.
        all.put("long_date", new LongDateFilter(new DateFilter(new Lazy<>(() -> DateTimeFormatter.ofPattern(messages.word("formats.long_date"), messages.language()))),
                messages.language(), new java.util.concurrent.ConcurrentHashMap<>()));
        all.put("plural", new PluralFilter(messages));
        all.put("iso_date", new DateFilter(() -> DateTimeFormatter.ISO_LOCAL_DATE));
        // "12 Mar 2024", for table cells where a long date would wrap (GOV.UK's style allows it in tables).
        all.put("short_date", new DateFilter(new Lazy<>(() -> DateTimeFormatter.ofPattern(messages.word("formats.short_date"), messages.language()))));
        all.put("nested_headings", new NestedHeadingsFilter());
        this.filters = Map.copyOf(all);
    }

    @Override
    public Map<String, Object> getGlobalVariables() {
        return globals;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return filters;
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

    /** {@code {{ messages.meeting.year_count | plural(n) }}}: the word's form for the number n, by the language's plural rules. */
    private record PluralFilter(Messages messages) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("n");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object n = args.get("n");
            long count = n instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(n));
            if (input instanceof Map<?, ?> forms && Plurals.isForms(forms)) {
                return Plurals.choose(forms, pageLanguage(context, messages.language()), count);
            }
            return input == null ? null : String.valueOf(input).replace("{count}", String.valueOf(count));
        }
    }

    /** The language of the page being rendered: its {@code language} ({@code site.Language}), or the site's own. */
    private static java.util.Locale pageLanguage(EvaluationContext context, java.util.Locale own) {
        return context.getVariable("language") instanceof org.publicrecord.site.Language language ? language.locale() : own;
    }

    /** {@code long_date} in the page's language: a page in another language writes dates in its words ("12 marca 2024"). */
    private record LongDateFilter(DateFilter own, java.util.Locale ownLanguage, Map<java.util.Locale, DateTimeFormatter> others) implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            java.util.Locale language = pageLanguage(context, ownLanguage);
            if (language.equals(ownLanguage) || !(context.getVariable("messages") instanceof Map<?, ?> words)
                    || !(words.get("formats") instanceof Map<?, ?> formats)) {
                return own.apply(input, args, self, context, line);
            }
            LocalDate day = toLocalDate(input);
            return day == null ? input : others.computeIfAbsent(language,
                    key -> DateTimeFormatter.ofPattern(String.valueOf(formats.get("long_date")), key)).format(day);
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }
    }

    private record DateFilter(Supplier<DateTimeFormatter> format) implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            LocalDate day = toLocalDate(input);
            return day == null ? input : format.get().format(day);
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }
    }

    /** A value worked out once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T made = value;
            if (made == null) {
                made = make.get();
                value = made;
            }
            return made;
        }
    }
}
