package org.publicrecord.validate;

import java.util.List;
import java.util.function.Function;

import org.publicrecord.problem.Problem;

/**
 * One check of the site's sources, run by the validate phase before anything is rendered. The
 * rules are listed in one place ({@link SiteValidator#RULES}, and each content type's own in its
 * {@code rules()}); the handbook's table of rules for maintainers is written from the same list.
 */
public interface Rule {

    /** What the rule checks, in one sentence, for the maintainers' table. */
    String checks();

    /** Every problem the rule finds. */
    List<Problem> check(Checked site);

    /** A rule from its sentence and its check. */
    static Rule of(String checks, Function<Checked, List<Problem>> check) {
        return new Rule() {
            @Override
            public String checks() {
                return checks;
            }

            @Override
            public List<Problem> check(Checked site) {
                return check.apply(site);
            }
        };
    }
}
