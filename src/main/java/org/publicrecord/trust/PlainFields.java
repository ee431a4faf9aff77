package org.publicrecord.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of a document that become addresses: any field named {@code url}, at any depth, may
 * hold only an address {@link TrustedUrl} allows, whatever its schema says. (Every other field is
 * plain text, which each output escapes in its own way: templates for HTML, the writers of JSON,
 * CSV and iCalendar for theirs.)
 */
public final class PlainFields {

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
            if ("url".equals(key) && !TrustedUrl.isAllowed(text)) {
                findings.add(new Finding(pointer, "the address '" + text + "' is not allowed: only https:, mailto:, tel: or an address on this site",
                        "link to a web address starting with https:// instead"));
            }
        }
    }
}
