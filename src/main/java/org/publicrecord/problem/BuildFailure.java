package org.publicrecord.problem;

import java.util.List;

/** Stops a build because the sources hold mistakes; carries every one found, not just the first. */
public final class BuildFailure extends RuntimeException {

    private final transient List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems in the site's sources");
        this.problems = List.copyOf(problems);
    }

    public BuildFailure(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
