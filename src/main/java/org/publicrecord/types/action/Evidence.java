package org.publicrecord.types.action;

/**
 * A document that shows an update happened.
 *
 * @param url      as the editor wrote it: a full address, or an address within this site such as {@code news/2018/x/}
 * @param external whether {@code url} is a full address rather than one within this site
 */
public record Evidence(String title, String url, boolean external) {

    static Evidence of(String title, String url) {
        return new Evidence(title, url, url.contains(":") || url.startsWith("//"));
    }

    /** The address from a page whose way back to the site's root is {@code root}. */
    public String href(String root) {
        return external ? url : root + url;
    }
}
