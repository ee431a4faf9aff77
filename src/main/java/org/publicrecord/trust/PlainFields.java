package org.publicrecord.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a document are plain text: templates escape them, and the same text goes to feeds,
 * calendars, CSV and JSON, where no escaping for HTML applies. So a field may not hold markup (a tag
 * such as {@code <script>} or {@code <img ...>}), and a field named {@code url} may hold only an
 * address {@link TrustedUrl} allows. "Children under <5" is text and stays allowed.
 */
public final class PlainFields {

    /** A tag, a comment, a doctype or a processing instruction: '<' then a letter, '/', '!' or '?'. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");

    private PlainFields() {
    }

    /**
     * One field that breaks the rule.
     *
     * @param pointer the field's JSON pointer, such as {@code /updates/0/evidence/1/url}
     * @param message what is wrong
     * @param fix     how to put it right
     */
    public record Finding(String pointer, String message, String fix) {
    }

    public static List<Finding> check(Map<String, Object> fields) {
        List<Finding> findings = new ArrayList<>();
        visit("", null, fields, findings);
        return findings;
    }

    private static void visit(String pointer, String key, Object value, List<Finding> findings) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, inner) -> visit(pointer + "/" + name, String.valueOf(name), inner, findings));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visit(pointer + "/" + i, key, list.get(i), findings);
            }
        } else if (value instanceof String text) {
            Matcher markup = MARKUP.matcher(text);
            if (markup.find()) {
                int end = text.indexOf('>', markup.start());
                String tag = text.substring(markup.start(), end < 0 ? Math.min(text.length(), markup.start() + 20) : Math.min(end + 1, markup.start() + 40));
                findings.add(new Finding(pointer, "the field '" + key + "' contains markup (" + tag + "), but fields are plain text",
                        "write it as plain words, without < and >"));
            } else if ("url".equals(key) && !TrustedUrl.isAllowed(text)) {
                findings.add(new Finding(pointer, "the address '" + text + "' is not allowed: only https:, mailto:, tel: or an address on this site",
                        "link to a web address starting with https:// instead"));
            }
        }
    }
}
