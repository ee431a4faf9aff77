package org.publicrecord.types.meeting;

import java.util.Map;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.site.Messages;

/**
 * Reads a word of the {@code meeting} group of templates/messages/ (the site language's file) for the text Java writes
 * (times in words, calendar files), where a missing word would otherwise print "null".
 */
public final class MeetingWords {

    private MeetingWords() {
    }

    /** The word {@code key} of {@code words} (the {@code meeting} group); a missing word stops the build. */
    public static String word(Map<String, Object> words, String key) {
        Object word = words.get(key);
        if (word == null) {
            throw new BuildFailure(Problem.inFile("templates/" + Messages.FOLDER + "/", "the words 'meeting: " + key + "' are missing",
                    "add '" + key + ":' to the 'meeting:' group"));
        }
        return String.valueOf(word);
    }
}
