package org.publicrecord.problem;

import java.io.PrintStream;
import java.util.List;

/** Prints the problems that stopped a build, for the command line and the preview alike. */
public final class ProblemReport {

    private ProblemReport() {
    }

    /** Prints every problem, as text and, when {@code annotate} (in GitHub Actions), as annotations on the lines at fault. */
    public static void print(List<Problem> problems, PrintStream err, boolean annotate) {
        err.println(problems.size() == 1 ? "The build stopped: 1 problem needs fixing. Nothing was published."
                : "The build stopped: " + problems.size() + " problems need fixing. Nothing was published.");
        for (Problem problem : problems) {
            err.println(problem);
            if (annotate) {
                err.println(problem.asGitHubAnnotation());
            }
        }
    }
}
