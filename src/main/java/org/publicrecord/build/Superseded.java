package org.publicrecord.build;

import java.util.function.BooleanSupplier;

/**
 * A build stopped where it stood because a newer change came while it ran: the preview builds
 * that one instead. Not a problem with the site, so it names none.
 */
public final class Superseded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Superseded() {
        super("a newer change came while the site was building", null, false, false);
    }

    /** Stops the build here when {@code newerChange} says a newer change is waiting. */
    public static void unless(BooleanSupplier newerChange) {
        if (newerChange.getAsBoolean()) {
            throw new Superseded();
        }
    }
}
