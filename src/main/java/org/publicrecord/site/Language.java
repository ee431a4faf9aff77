package org.publicrecord.site;

import java.util.Locale;
import java.util.Set;

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

    /** The language's tag, such as {@code en-GB}: the name of its messages file and of its folder on the site. */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** {@code rtl} for a language written right to left (or in a right-to-left script), otherwise {@code ltr}. */
    public String dir() {
        String script = locale.getScript();
        boolean rtlScript = script.equals("Arab") || script.equals("Hebr") || script.equals("Thaa") || script.equals("Syrc");
        boolean ltrScript = !script.isEmpty() && !rtlScript;
        return rtlScript || (!ltrScript && RIGHT_TO_LEFT.contains(locale.getLanguage())) ? "rtl" : "ltr";
    }
}
