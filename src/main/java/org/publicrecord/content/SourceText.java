package org.publicrecord.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * The text of one source file, read once: strict UTF-8, without a byte-order mark, with every line
 * ending turned into {@code \n} so that line numbers mean the same on every editor's machine.
 *
 * @param name the path shown to editors, relative to the site folder
 * @param text the whole file
 */
public record SourceText(String name, String text) {

    /** The largest source file read: a year of minutes is a tenth of this; anything larger is a paper (PDF), not a page. */
    public static final long MAX_BYTES = 1_000_000;

    public static SourceText read(Path file, String name) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BuildFailure(Problem.inFile(name, String.format(java.util.Locale.ROOT, "the file is %.1f MB, more than the %d MB a source file may be",
                        size / 1e6, MAX_BYTES / 1_000_000), "split it into smaller documents, or publish it as a paper (PDF) in assets/papers/"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(name, "the file could not be read (" + e.getMessage() + ")",
                    "check that the file exists and is readable"));
        }
        return decode(bytes, name);
    }

    static SourceText decode(byte[] bytes, String name) {
        // The JDK's own decoding is the quick one, and it marks each malformed byte with U+FFFD: only a text holding
        // that character needs the strict decoder to tell a mistake from the character written on purpose.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strictly(bytes, name);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceText(name, text);
    }

    /** The text of {@code bytes}, or a problem at the line of the first byte that is not UTF-8. */
    private static String strictly(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1 + countNewlines(bytes, firstInvalidByte(bytes));
            throw new BuildFailure(Problem.at(name, line, 1, "the file is not saved as UTF-8 text",
                    "save it again with UTF-8 encoding; in most editors this is under 'Save with encoding'"));
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int countNewlines(byte[] bytes, int end) {
        int count = 0;
        for (int i = 0; i < end && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
