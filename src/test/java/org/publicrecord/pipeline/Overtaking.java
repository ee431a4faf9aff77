package org.publicrecord.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.publicrecord.build.Superseded;
import org.publicrecord.content.SourceDocument;

/**
 * For tests of a build that a newer change overtakes: no pages are wanted first, and a newer change
 * is waiting whenever {@code newerWhenAsked} says so, given the class of the build that asks (past
 * the stop's own classes), so a test can tell where the build looks.
 */
final class Overtaking extends FirstPages {

    private final Predicate<String> newerWhenAsked;

    Overtaking(Predicate<String> newerWhenAsked) {
        this.newerWhenAsked = newerWhenAsked;
    }

    @Override
    public Set<String> wanted(List<SourceDocument> documents) {
        return Set.of();
    }

    @Override
    public void rendered(Map<String, String> pages) {
    }

    @Override
    public boolean newerChange() {
        return newerWhenAsked.test(askingClass());
    }

    private static String askingClass() {
        Set<String> stopping = Set.of(Superseded.class.getName(), FirstPages.class.getName(), Overtaking.class.getName());
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(name -> !name.startsWith("java.") && !stopping.contains(name)).findFirst().orElse(""));
    }
}
