package org.publicrecord.problem;

/**
 * One mistake in the site's sources, told in plain words at the place an editor can fix it.
 *
 * @param file   the file's path relative to the site folder, with forward slashes
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, in plain English
 * @param fix    how to put it right
 */
public record Problem(String file, int line, int column, String message, String fix) {

    public static Problem at(String file, int line, int column, String message, String fix) {
        return new Problem(file, line, column, message, fix);
    }

    public static Problem inFile(String file, String message, String fix) {
        return new Problem(file, 0, 0, message, fix);
    }

    /** The form editors and their tools read: {@code path:LINE:COLUMN: message (fix)}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        text.append(": ").append(message);
        if (fix != null && !fix.isBlank()) {
            text.append(" (").append(fix).append(')');
        }
        return text.toString();
    }

    /** The same problem as a GitHub Actions annotation, so it shows on the pull request's line. */
    public String asGitHubAnnotation() {
        StringBuilder text = new StringBuilder("::error file=").append(file);
        if (line > 0) {
            text.append(",line=").append(line).append(",col=").append(Math.max(column, 1));
        }
        String body = message + (fix == null || fix.isBlank() ? "" : " (" + fix + ")");
        return text.append("::").append(body.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")).toString();
    }
}
