package org.publicrecord.site;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plural forms of whole numbers, by the rules of the Unicode CLDR for the languages the site
 * knows (English, Polish, Arabic, Turkish, Urdu, Welsh...); any other language has "one" for 1
 * and "other" for the rest. A word with plural forms is written in a messages file as a group
 * named by these categories, such as {@code {one: "1 meeting", other: "{count} meetings"}}.
 */
public final class Plurals {

    /** The categories, in CLDR's order. */
    public static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private Plurals() {
    }

    /** The category of {@code n} in {@code language}. */
    public static String category(Locale language, long n) {
        long abs = Math.abs(n);
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        return switch (language.getLanguage()) {
            case "pl" -> abs == 1 ? "one" : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
            case "ar" -> abs == 0 ? "zero" : abs == 1 ? "one" : abs == 2 ? "two"
                    : mod100 >= 3 && mod100 <= 10 ? "few" : mod100 >= 11 ? "many" : "other";
            case "cy" -> abs == 0 ? "zero" : abs == 1 ? "one" : abs == 2 ? "two" : abs == 3 ? "few" : abs == 6 ? "many" : "other";
            case "ru", "uk" -> mod10 == 1 && mod100 != 11 ? "one"
                    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
            case "zh", "ja", "ko", "vi", "yo" -> "other";
            default -> abs == 1 ? "one" : "other";
        };
    }

    /** The categories whole numbers take in {@code language}: the forms its messages must give. */
    public static Set<String> categories(Locale language) {
        Set<String> used = new LinkedHashSet<>();
        for (long n = 0; n <= 1000; n++) {
            used.add(category(language, n));
        }
        Set<String> ordered = new LinkedHashSet<>();
        CATEGORIES.stream().filter(used::contains).forEach(ordered::add);
        return ordered;
    }

    /** Whether a group of messages is a word's plural forms: only category names, "other" among them. */
    public static boolean isForms(Map<?, ?> group) {
        return !group.isEmpty() && group.containsKey("other") && CATEGORIES.containsAll(group.keySet());
    }

    /** The form of {@code forms} for {@code n}, "other" when the category has none, with {@code {count}} filled in. */
    public static String choose(Map<?, ?> forms, Locale language, long n) {
        Object form = forms.get(category(language, n));
        if (form == null) {
            form = forms.get("other");
        }
        return String.valueOf(form).replace("{count}", String.valueOf(n));
    }
}
