package org.publicrecord.validate;

import java.util.List;
import java.util.function.BiFunction;
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

    /**
     * A rule whose problems in a document depend on that document and the schemas alone, so the
     * preview keeps them for each document it has checked and checks only the documents read anew.
     */
    static Rule ofEachDocument(String checks, BiFunction<Checked, Checked.Document, List<Problem>> check) {
        return new EachDocument(checks, check);
    }

    /** A rule of {@link #ofEachDocument}. */
    final class EachDocument implements Rule {

        private final String checks;
        private final BiFunction<Checked, Checked.Document, List<Problem>> check;

        private EachDocument(String checks, BiFunction<Checked, Checked.Document, List<Problem>> check) {
            this.checks = checks;
            this.check = check;
        }

        @Override
        public String checks() {
            return checks;
        }

        @Override
        public List<Problem> check(Checked site) {
            return site.documents().parallelStream().flatMap(document -> check(site, document).stream()).toList();
        }

        /** The problems the rule finds in one document. */
        public List<Problem> check(Checked site, Checked.Document document) {
            return check.apply(site, document);
        }
    }
}
