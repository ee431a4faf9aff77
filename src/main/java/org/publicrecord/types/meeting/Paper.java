package org.publicrecord.types.meeting;

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
}
