package org.publicrecord.meetings;

/**
 * A paper for a meeting as its page lists it: the file's address on the site, and its format and
 * size measured from the file at build time, so that a reader knows what they are about to download.
 *
 * @param title  the paper's title from the meeting's file
 * @param url    the file's address relative to the site root (assets are published at the root)
 * @param format the file's extension in capitals, such as {@code PDF}; templates may name it in words
 * @param size   the size for people, such as {@code 240 KB} or {@code 1.4 MB}
 * @param bytes  the exact size
 */
public record Paper(String title, String url, String format, String size, long bytes) {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = KILOBYTE * KILOBYTE;

    /** Whole kilobytes, rounded up so that no file is "0 KB"; megabytes to one decimal place. */
    static String sizeInWords(long bytes) {
        if (bytes < MEGABYTE) {
            return Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE) + " KB";
        }
        double megabytes = (double) bytes / MEGABYTE;
        return String.format(MeetingTime.LOCALE, "%.1f MB", megabytes).replace(".0 MB", " MB");
    }
}
