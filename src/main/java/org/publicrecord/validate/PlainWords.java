package org.publicrecord.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.publicrecord.build.BuildCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.publicrecord.content.SourceDocument;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.problem.Problem;
import org.publicrecord.site.Language;

/**
 * The plain-words check of every document's prose, from its source so that each warning names
 * its line: sentences longer than the site allows (in every language), and for English the
 * Flesch reading ease of the whole page, the passive voice and words from the site's jargon list.
 * Thresholds come from {@code plain_words} in {@code data/site.yaml}; the findings are warnings
 * unless the site sets {@code fail: true}.
 */
public final class PlainWords {

    /** What one run found: every warning, and how many pages were checked and how many had any. */
    public record Report(List<Problem> warnings, int pages, int pagesAbove, Map<String, Integer> byRule) {

        /** The one line the build prints. */
        public String summary() {
            StringBuilder line = new StringBuilder(PhaseLog.count(pages, "pages") + " checked, "
                    + String.format(Locale.ROOT, "%,d", pagesAbove) + " above the thresholds, " + PhaseLog.count(warnings.size(), "warnings"));
            if (!warnings.isEmpty()) {
                List<String> parts = new ArrayList<>();
                byRule.forEach((rule, count) -> parts.add(rule + String.format(Locale.ROOT, " %,d", count)));
                line.append(" (").append(String.join(", ", parts)).append(')');
            }
            return line.toString();
        }
    }

    /**
     * A word the site asks editors not to use, and what to write instead; {@code folded} is the word
     * case-folded ({@link #folded}), to pass over a sentence without it before the pattern runs.
     */
    record Jargon(Pattern pattern, String word, String folded, String instead) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟。])[\"'”’)]*\\s+(?=[\"'“‘(]?[\\p{Lu}\\p{Lo}\\d])");
    /** A list item's mark and the space after it: "- ", "2. ", "** ". */
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*+]|\\d+[.)]|\\*+|\\.+)\\s+");

    /** A pattern of marks and what each becomes. */
    private record Replacement(Pattern pattern, String with) {
    }

    /** Markdown's and AsciiDoc's marks in a line of prose, in the order they come out (see {@link #plain}). */
    private static final List<Replacement> MARKS = List.of(
            new Replacement(Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)"), ""),
            new Replacement(Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)"), "$1"),
            new Replacement(Pattern.compile("\\[([^\\]]*)\\]\\[[^\\]]*\\]"), "$1"),
            new Replacement(Pattern.compile("(https?|mailto):[^\\s\\[]+\\[([^\\]]*)\\]"), "$2"),
            new Replacement(Pattern.compile("https?://\\S+"), ""),
            new Replacement(Pattern.compile("`[^`]*`"), ""),
            new Replacement(Pattern.compile("[*_]{1,3}"), ""));

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");
    private static final Pattern LEADING_Y = Pattern.compile("^y");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern PASSIVE = Pattern.compile("\\b(am|is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+)?"
            + "(\\w+ed|known|done|made|given|taken|seen|written|held|paid|shown|told|built|sent|kept|found|brought|chosen|"
            + "spoken|heard|met|run|begun|led|won|sold|understood|drawn|set up)\\b", Pattern.CASE_INSENSITIVE);
    /** Words ending in -ed that are adjectives after "is", not passives. */
    private static final java.util.Set<String> NOT_PASSIVE = java.util.Set.of("need", "interested", "based", "concerned", "involved",
            "tired", "worried", "pleased", "supposed", "used", "related", "limited", "red", "shed", "bed", "led");

    private final int sentenceWords;
    private final double readingEase;
    private final boolean passive;
    private final List<Jargon> jargon;
    private final boolean fail;
    private final boolean list;
    private final Locale siteLanguage;

    private PlainWords(int sentenceWords, double readingEase, boolean passive, List<Jargon> jargon, boolean fail, boolean list, Locale siteLanguage) {
        this.sentenceWords = sentenceWords;
        this.readingEase = readingEase;
        this.passive = passive;
        this.jargon = jargon;
        this.fail = fail;
        this.list = list;
        this.siteLanguage = siteLanguage;
    }

    /** The check as {@code plain_words} in the site's data sets it; without it, sentences of 25 words, reading ease 50, passive voice on. */
    public static PlainWords of(Map<?, ?> site, Locale siteLanguage) {
        Map<?, ?> settings = site.get("plain_words") instanceof Map<?, ?> map ? map : Map.of();
        List<Jargon> jargon = new ArrayList<>();
        if (settings.get("jargon") instanceof List<?> words) {
            for (Object entry : words) {
                if (entry instanceof Map<?, ?> fields && fields.get("word") != null) {
                    String word = String.valueOf(fields.get("word"));
                    jargon.add(new Jargon(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), word, folded(word), fields.get("instead") == null ? null : String.valueOf(fields.get("instead"))));
                }
            }
        }
        return new PlainWords(number(settings.get("sentence_words"), 25).intValue(), number(settings.get("reading_ease"), 50).doubleValue(),
                !Boolean.FALSE.equals(settings.get("passive")), jargon, Boolean.TRUE.equals(settings.get("fail")), Boolean.TRUE.equals(settings.get("list")),
                siteLanguage);
    }

    private static Number number(Object value, Number fallback) {
        return value instanceof Number number ? number : fallback;
    }

    /** Whether the site has asked for the warnings to stop the build. */
    public boolean fails() {
        return fail;
    }

    /** Whether the build prints each warning, not only the summary. */
    public boolean lists() {
        return list;
    }

    /** Checks every document's body. */
    public Report check(List<SourceDocument> documents) {
        return check(documents, 1);
    }

    /** Checks every document's body, on {@code threads} threads; the report is the same on any number. */
    public Report check(List<SourceDocument> documents, int threads) {
        return check(documents, threads, BuildCache.none());
    }

    /** As {@link #check(List, int)}, taking what an earlier build found in a body of exactly the same text from {@code cache}. */
    public Report check(List<SourceDocument> documents, int threads, BuildCache cache) {
        String settings = BuildCache.digest(BuildCache.CODE, sentenceWords, readingEase, passive, jargon, siteLanguage);
        BuildCache.Shelf known = cache.shelf("plain");
        List<Found> each = cache.sameEach("plain", documents, SourceDocument::name, settings,
                document -> Found.fromBytes(known.bytes(BuildCache.digest(settings, document.name(), document.bodyFirstLine(), document.body()), () -> {
                    Map<String, Integer> byRule = new LinkedHashMap<>();
                    return new Found(check(document, byRule), byRule).toBytes();
                })), threads);
        List<Problem> warnings = new ArrayList<>();
        Map<String, Integer> byRule = new LinkedHashMap<>();
        int above = 0;
        for (Found found : each) {
            if (!found.warnings().isEmpty()) {
                above++;
            }
            warnings.addAll(found.warnings());
            found.byRule().forEach((rule, count) -> byRule.merge(rule, count, Integer::sum));
        }
        return new Report(List.copyOf(warnings), documents.size(), above, byRule);
    }

    /** What one body gave: its warnings, and how many of each rule. */
    private record Found(List<Problem> warnings, Map<String, Integer> byRule) {

        byte[] toBytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(warnings.size());
                for (Problem warning : warnings) {
                    out.writeUTF(warning.file());
                    out.writeInt(warning.line());
                    out.writeInt(warning.column());
                    out.writeUTF(warning.message());
                    out.writeUTF(warning.fix());
                }
                out.writeInt(byRule.size());
                for (Map.Entry<String, Integer> rule : byRule.entrySet()) {
                    out.writeUTF(rule.getKey());
                    out.writeInt(rule.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        static Found fromBytes(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                List<Problem> warnings = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    warnings.add(Problem.at(in.readUTF(), in.readInt(), in.readInt(), in.readUTF(), in.readUTF()));
                }
                Map<String, Integer> byRule = new LinkedHashMap<>();
                for (int i = in.readInt(); i > 0; i--) {
                    byRule.put(in.readUTF(), in.readInt());
                }
                return new Found(warnings, byRule);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<Problem> check(SourceDocument document, Map<String, Integer> byRule) {
        String tag = Language.suffixOf(document.name());
        boolean english = tag == null ? siteLanguage.getLanguage().equals("en") : tag.equals("en") || tag.startsWith("en-");
        List<Problem> warnings = new ArrayList<>();
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (Sentence sentence : sentences(document)) {
            List<String> inSentence = new ArrayList<>();
            Matcher word = WORD.matcher(sentence.text());
            while (word.find()) {
                inSentence.add(word.group());
            }
            if (inSentence.isEmpty()) {
                continue;
            }
            sentences++;
            words += inSentence.size();
            if (inSentence.size() > sentenceWords) {
                warnings.add(warn(byRule, "long sentences", document, sentence.line(), "this sentence has " + inSentence.size()
                        + " words; the site asks for at most " + sentenceWords, "split it into shorter sentences, one idea each"));
            }
            if (!english) {
                continue;
            }
            for (String each : inSentence) {
                syllables += syllables(each);
            }
            if (passive) {
                Matcher found = PASSIVE.matcher(sentence.text());
                while (found.find()) {
                    if (!NOT_PASSIVE.contains(found.group(2).toLowerCase(Locale.ROOT))) {
                        warnings.add(warn(byRule, "passive voice", document, sentence.line(), "'" + found.group() + "' is in the passive voice",
                                "say who does it, such as 'the Board agreed' instead of 'it was agreed'"));
                    }
                }
            }
            String folded = jargon.isEmpty() ? "" : folded(sentence.text());
            for (Jargon entry : jargon) {
                // Most sentences hold no jargon: a plain search says so sooner than the word's pattern.
                Matcher found = folded.contains(entry.folded()) ? entry.pattern().matcher(sentence.text()) : null;
                if (found != null && found.find()) {
                    warnings.add(warn(byRule, "jargon", document, sentence.line(), "'" + found.group() + "' is on the site's list of jargon",
                            entry.instead() == null ? "say it in everyday words" : "write '" + entry.instead() + "'"));
                }
            }
        }
        if (english && words >= 100 && sentences > 0) {
            double ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
            if (ease < readingEase) {
                warnings.add(warn(byRule, "reading ease", document, document.bodyFirstLine(), String.format(Locale.ROOT,
                        "the page's Flesch reading ease is %.0f; the site asks for at least %.0f", ease, readingEase),
                        "use shorter sentences and everyday words"));
            }
        }
        return warnings;
    }

    private static Problem warn(Map<String, Integer> byRule, String rule, SourceDocument document, int line, String message, String fix) {
        byRule.merge(rule, 1, Integer::sum);
        return Problem.at(document.name(), line, 1, message, fix);
    }

    /** A sentence of prose and the line of the file it starts on. */
    record Sentence(String text, int line) {
    }

    /** The body's prose, sentence by sentence: code, tables, headings, HTML and attribute lines left out; Markdown marks removed. */
    static List<Sentence> sentences(SourceDocument document) {
        List<Sentence> sentences = new ArrayList<>();
        String[] lines = document.body().split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        List<int[]> starts = new ArrayList<>();
        boolean code = false;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~") || trimmed.equals("----")) {
                code = !code;
                continue;
            }
            boolean skip = code || trimmed.startsWith("|") || trimmed.startsWith("#") || trimmed.startsWith("=") || trimmed.startsWith("<")
                    || trimmed.startsWith("[") && trimmed.endsWith("]") || trimmed.startsWith(":") || trimmed.startsWith("{")
                    || line.startsWith("    ") && paragraph.isEmpty();
            boolean item = LIST_ITEM.matcher(trimmed).lookingAt();
            if (trimmed.isEmpty() || skip || item) {
                flush(paragraph, starts, sentences);
                if (!item || code) {
                    continue;
                }
                trimmed = LIST_ITEM.matcher(trimmed).replaceFirst("");
            }
            starts.add(new int[] {paragraph.length(), document.bodyFirstLine() + i});
            paragraph.append(plain(trimmed)).append(' ');
        }
        return sentences;
    }

    private static void flush(StringBuilder paragraph, List<int[]> starts, List<Sentence> sentences) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = paragraph.toString();
        int from = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (true) {
            boolean found = end.find();
            int to = found ? end.start() : text.length();
            String sentence = text.substring(from, to).strip();
            if (!sentence.isEmpty()) {
                sentences.add(new Sentence(sentence, lineAt(starts, from)));
            }
            if (!found) {
                break;
            }
            from = end.end();
        }
        paragraph.setLength(0);
        starts.clear();
    }

    private static int lineAt(List<int[]> starts, int offset) {
        int line = starts.get(0)[1];
        for (int[] start : starts) {
            if (start[0] <= offset) {
                line = start[1];
            }
        }
        return line;
    }

    /** Markdown and AsciiDoc marks out: a link's words stay, its address goes; code goes. */
    private static String plain(String line) {
        String text = line;
        for (Replacement mark : MARKS) {
            text = mark.pattern().matcher(text).replaceAll(mark.with());
        }
        return text;
    }

    /**
     * The text with each character case-folded as the jargon patterns compare them (upper case,
     * then lower), one for one, so a word the pattern finds is in it.
     */
    static String folded(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /** English syllables, counted by vowel groups: "partnership" 3, "people" 2, "care" 1. */
    static int syllables(String word) {
        String lower = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (lower.isEmpty()) {
            return 1;
        }
        if (lower.length() <= 3) {
            return 1;
        }
        lower = LEADING_Y.matcher(SILENT_ENDING.matcher(lower).replaceAll("")).replaceAll("");
        Matcher groups = VOWEL_GROUP.matcher(lower);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
