package org.publicrecord.types.meeting;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines as RFC 5545 (section 3.1) asks: no line longer than 75 octets of
 * UTF-8, each continuation starting with one space, a fold never inside a character (so an Arabic
 * or Vietnamese name is never cut between the bytes of one letter), and never an empty
 * continuation line.
 */
public final class ContentLines {

    /** The longest line RFC 5545 allows, in octets, line break excluded. */
    public static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /**
     * The same calendar with every long line folded.
     *
     * @param unfolded a calendar whose content lines each end with CRLF and are not folded
     */
    public static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        int from = 0;
        while (from < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, from);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded.substring(from, end), out);
            out.append(CRLF);
            from = end + CRLF.length();
        }
        return out.toString();
    }

    /**
     * Undoes folding (RFC 5545: a line break followed by one space or tab continues the line).
     * Values never hold a raw line break (they are escaped as {@code \n}), so this joins folds only.
     */
    public static String unfold(String folded) {
        return folded.replace("\r\n ", "").replace("\r\n\t", "");
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        // The first line may hold 75 octets; each continuation 74 after its leading space.
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** The length of a line in octets of UTF-8, as RFC 5545 counts it. */
    public static int octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }
}
