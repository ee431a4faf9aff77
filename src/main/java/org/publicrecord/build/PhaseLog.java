package org.publicrecord.build;

import java.io.PrintStream;
import java.util.Locale;

/** Prints one line per build phase: what it did, how many, how long. */
public final class PhaseLog {

    private final PrintStream out;
    private long phaseStart = System.nanoTime();

    public PhaseLog(PrintStream out) {
        this.out = out;
    }

    public static PhaseLog silent() {
        return new PhaseLog(new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    /** Ends the current phase with a line such as {@code read       1,860 files          0.42 s}. */
    public void phase(String name, String counts) {
        long now = System.nanoTime();
        out.println(String.format(Locale.ROOT, "%-9s %-44s %6.2f s", name, counts, (now - phaseStart) / 1e9));
        phaseStart = now;
    }

    public void line(String text) {
        out.println(text);
    }

    public static String count(long number, String noun) {
        return String.format(Locale.ROOT, "%,d %s", number, number == 1 ? noun.replaceAll("s$", "") : noun);
    }
}
