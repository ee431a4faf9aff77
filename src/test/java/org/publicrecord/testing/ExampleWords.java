package org.publicrecord.testing;

import java.util.Locale;

import org.publicrecord.site.Formats;
import org.publicrecord.site.Messages;

/** The example site's words of the interface, for tests of text that Java writes. */
public final class ExampleWords {

    private ExampleWords() {
    }

    public static Messages messages() {
        return Messages.read(BuiltSite.EXAMPLE_SITE, BuiltSite.EXAMPLE_SITE.resolve("templates"), Locale.UK);
    }

    public static Formats formats() {
        return messages().formats();
    }
}
