package org.publicrecord.render;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mitchellbosecke.pebble.extension.Filter;
import com.mitchellbosecke.pebble.template.EvaluationContext;
import com.mitchellbosecke.pebble.template.PebbleTemplate;

/**
 * The template filter {@code nested_headings}: {@code content.body | nested_headings} moves every
 * heading of a rendered body one level down (h2 to h3 ... h5 to h6), so that a body placed under a
 * page's own h2 (a meeting's "Minutes") has its headings nested under it in the page's outline.
 * The body is already safe HTML; only the heading tags' names change, their ids and text stay.
 */
public final class NestedHeadingsFilter implements Filter {

    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-5])(?=[\\s>])", Pattern.CASE_INSENSITIVE);

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        return input == null ? null : nest(String.valueOf(input));
    }

    /** {@code html} with each heading one level lower. */
    public static String nest(String html) {
        Matcher matcher = HEADING_TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 16);
        while (matcher.find()) {
            matcher.appendReplacement(out, "<" + matcher.group(1) + "h" + (Integer.parseInt(matcher.group(2)) + 1));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }
}
