package org.publicrecord.trust;

import java.util.Optional;

import org.publicrecord.problem.Problem;
import org.publicrecord.content.SourceDocument;

/**
 * Bounded work: a Markdown body may nest quotes and lists only so deep, and a paragraph may hold
 * only so many square brackets for its length. Markdown parsers descend once per level, so thousands
 * of levels overflow the stack; and Flexmark reads the rest of a paragraph again at each bracket, so
 * 50,000 brackets in one paragraph take most of a minute. No real document comes near either limit.
 * Told before the body is parsed, with the line.
 */
public final class MarkupLimits {

    /** Levels of quotes inside quotes, or of lists inside lists, a body may have. */
    public static final int MAX_LEVELS = 32;
    /** The indentation that many levels of list take at most (four columns a level). */
    static final int MAX_INDENT = MAX_LEVELS * 4;

    /** Brackets times characters in one paragraph: a paragraph of 2,000 characters with 20 links is 40,000. */
    static final long MAX_BRACKET_WORK = 20_000_000;

    private MarkupLimits() {
    }

    /** The first problem of size or depth, if any. */
    public static Optional<Problem> check(SourceDocument source) {
        return depth(source).or(() -> brackets(source));
    }

    private static Optional<Problem> brackets(SourceDocument source) {
        if (source.markup() != SourceDocument.Markup.MARKDOWN) {
            return Optional.empty();
        }
        String body = source.body();
        int line = source.bodyFirstLine();
        int paragraphLine = line;
        long brackets = 0;
        long length = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '\n';
            boolean blankLine = c == '\n' && (i + 1 >= body.length() || body.charAt(i + 1) == '\n');
            if (c == '[' || c == ']') {
                brackets++;
            }
            length++;
            if (brackets * length > MAX_BRACKET_WORK) {
                return Optional.of(Problem.at(source.name(), paragraphLine, 1, "the paragraph starting on this line has too many square brackets ("
                        + brackets + " in " + length + " characters) to build in reasonable time", "split it into shorter paragraphs, or remove the brackets"));
            }
            if (c == '\n') {
                line++;
                if (blankLine) {
                    brackets = 0;
                    length = 0;
                    paragraphLine = line + 1;
                }
            }
        }
        return Optional.empty();
    }

    /** The first line nested too deeply, if any. */
    static Optional<Problem> depth(SourceDocument source) {
        if (source.markup() != SourceDocument.Markup.MARKDOWN) {
            return Optional.empty();
        }
        String body = source.body();
        int line = source.bodyFirstLine();
        int quotes = 0;
        int indent = 0;
        boolean atLineStart = true;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
                quotes = 0;
                indent = 0;
                atLineStart = true;
                continue;
            }
            if (!atLineStart) {
                continue;
            }
            if (c == '>') {
                quotes++;
            } else if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent += 4;
            } else {
                atLineStart = false;
            }
            if (quotes > MAX_LEVELS || indent > MAX_INDENT) {
                return Optional.of(Problem.at(source.name(), line, 1, "this line is nested more than " + MAX_LEVELS
                        + " levels deep (quotes inside quotes, or lists inside lists)", "use fewer levels: a page reads best with two or three"));
            }
        }
        return Optional.empty();
    }
}
