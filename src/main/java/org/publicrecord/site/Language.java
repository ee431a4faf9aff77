package org.publicrecord.site;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language of the interface, from {@code languages} in {@code data/site.yaml}.
 *
 * @param locale  the language, from its tag (such as {@code pl})
 * @param name    the language's name in itself ("Polski"), for a language switcher
 * @param example whether its words are an example translation, not checked by a translator
 */
public record Language(Locale locale, String name, boolean example) {

    /** Languages written right to left (ISO 639 codes): Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish, Dhivehi, Sindhi, Uyghur, Sorani Kurdish. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb");

    /** A content file's name with a language before its extension: {@code about.pl.md}, {@code news/2024/report.ar.adoc}. */
    private static final Pattern SUFFIXED = Pattern.compile("^(.+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)(\\.[A-Za-z0-9]+)$");

    /** The language tag a content file's name carries before its extension ({@code about.pl.md}: {@code pl}), or null. */
    public static String suffixOf(String fileName) {
        // Asked of every file's name several times a build, and most names have one dot: they carry no language.
        if (fileName.indexOf('.') == fileName.lastIndexOf('.')) {
            return null;
        }
        Matcher matcher = SUFFIXED.matcher(fileName);
        return matcher.matches() ? matcher.group(2) : null;
    }

    /** The file's name without its language ({@code about.pl.md}: {@code about.md}). */
    public static String withoutSuffix(String fileName) {
        Matcher matcher = SUFFIXED.matcher(fileName);
        return matcher.matches() ? matcher.group(1) + matcher.group(3) : fileName;
    }

    /** The language's tag, such as {@code en-GB}: the name of its messages file and of its folder on the site. */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** The direction of the language of {@code tag} ({@code ar}, {@code ur-PK}, {@code pa-Arab}): {@code rtl} or {@code ltr}. */
    public static String dirOf(String tag) {
        String[] parts = tag.split("-");
        String script = "";
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 4 && parts[i].chars().allMatch(Character::isLetter)) {
                script = Character.toUpperCase(parts[i].charAt(0)) + parts[i].substring(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        boolean rtlScript = script.equals("Arab") || script.equals("Hebr") || script.equals("Thaa") || script.equals("Syrc");
        boolean ltrScript = !script.isEmpty() && !rtlScript;
        return rtlScript || (!ltrScript && RIGHT_TO_LEFT.contains(parts[0].toLowerCase(java.util.Locale.ROOT))) ? "rtl" : "ltr";
    }

    /** {@code rtl} for a language written right to left (or in a right-to-left script), otherwise {@code ltr}. */
    public String dir() {
        String script = locale.getScript();
        boolean rtlScript = script.equals("Arab") || script.equals("Hebr") || script.equals("Thaa") || script.equals("Syrc");
        boolean ltrScript = !script.isEmpty() && !rtlScript;
        return rtlScript || (!ltrScript && RIGHT_TO_LEFT.contains(locale.getLanguage())) ? "rtl" : "ltr";
    }
}
