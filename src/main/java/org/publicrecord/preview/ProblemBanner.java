package org.publicrecord.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;
import org.publicrecord.problem.Problem;

/**
 * The preview's alert at the top of every page it serves while the sources have problems: an
 * editor who looks only at the browser sees what to fix (file, line, what is wrong, how to put it
 * right) and that the pages are the last good build's. It is added as the page is served, so it
 * can never reach a built site.
 */
final class ProblemBanner {

    static final String STYLESHEET = "/__preview/problems.css";
    private static final Pattern BODY = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);

    private ProblemBanner() {
    }

    /** The alert for {@code problems}, in HTML; empty when there are none. */
    static String html(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder()
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">")
                .append("<div class=\"preview-problems\" role=\"alert\" aria-labelledby=\"preview-problems-title\">")
                .append("<h2 id=\"preview-problems-title\">")
                .append(problems.size() == 1 ? "1 problem stops the site from building" : problems.size() + " problems stop the site from building")
                .append("</h2><p>Until ").append(problems.size() == 1 ? "it is" : "they are")
                .append(" fixed, this preview shows the last site that built without problems.</p><ol>");
        for (Problem problem : problems) {
            html.append("<li>");
            if (!problem.file().isBlank()) {
                html.append("<strong>").append(escape(problem.file()));
                if (problem.line() > 0) {
                    html.append(", line ").append(problem.line());
                }
                html.append("</strong>: ");
            }
            html.append(escape(problem.message())).append('.');
            if (problem.fix() != null && !problem.fix().isBlank()) {
                html.append(" <span class=\"preview-problems-fix\">To fix: ").append(escape(problem.fix())).append(".</span>");
            }
            html.append("</li>");
        }
        return html.append("</ol></div>").toString();
    }

    /** The page with the alert first in its body, or unchanged when there are no problems. */
    static byte[] inject(byte[] page, List<Problem> problems) {
        if (problems.isEmpty()) {
            return page;
        }
        String text = new String(page, StandardCharsets.UTF_8);
        String banner = html(problems);
        Matcher body = BODY.matcher(text);
        String shown = body.find() ? text.substring(0, body.end()) + banner + text.substring(body.end())
                : "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Problems to fix</title></head><body>"
                        + banner + text + "</body></html>";
        return shown.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return Entities.escape(text.replaceAll("\\.$", ""));
    }
}
