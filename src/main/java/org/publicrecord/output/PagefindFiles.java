package org.publicrecord.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import org.publicrecord.build.WrittenPages;

/**
 * The files of a Pagefind index that its entry file names, so an index written over an earlier one
 * can be rid of what the earlier one left.
 *
 * <p>Pagefind names its word chunks, filter chunks and page fragments by their content and leaves
 * a file it finds already in place, so over the last build's index it creates only what changed;
 * what it leaves behind may hold the words of a page no longer published, and is removed here. The
 * earlier index's files are first checked against the folder's record, so a file changed since it
 * was written is not taken over. The names are read from the index itself: {@code pagefind-entry.json} names one metadata file per
 * language, and each of those (gzip, Pagefind's signature, then CBOR) holds the name of every chunk
 * and fragment as a string. The structure around the names is Pagefind's own and changes between
 * its versions, so every string is taken and none of the structure is relied on; a metadata file
 * that does not read, or names fewer fragments than the entry counts pages, gives
 * {@link Optional#empty()}, and the caller builds the index afresh instead.
 */
final class PagefindFiles {

    static final String ENTRY = "pagefind-entry.json";
    private static final String META_PREFIX = "pagefind.";
    private static final String META_ENDING = ".pf_meta";
    private static final byte[] SIGNATURE = "pagefind_dcd".getBytes(StandardCharsets.US_ASCII);

    private PagefindFiles() {
    }

    /**
     * Removes every file in {@code bundle} that is not exactly as the build that made the folder
     * wrote it, by that build's record in {@code written} ({@code under} is the bundle's path there,
     * ending in '/'): Pagefind keeps a file it finds, so only files known to be its own may be left
     * for it. With no record (a build without a cache), everything goes and the index is made afresh.
     */
    static void removeChangedSinceWritten(Path bundle, WrittenPages written, String under) {
        if (!Files.isDirectory(bundle)) {
            return;
        }
        try (Stream<Path> files = Files.find(bundle, Integer.MAX_VALUE, (file, attributes) -> attributes.isRegularFile())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (written.digestAsWritten(under + bundle.relativize(file).toString().replace('\\', '/')) == null) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code bundle} holds an index Pagefind finished writing, which it can be run over. */
    static boolean holdsAnIndex(Path bundle) {
        return Files.isRegularFile(bundle.resolve(ENTRY));
    }

    /**
     * Removes every file in {@code bundle} that its entry file does not name and Pagefind did not
     * write at or after {@code runStarted} (its script, worker and entry file, which it writes on
     * every run); returns how many, or empty (removing nothing) where the index's names could not all
     * be read.
     */
    static Optional<Integer> removeUnnamed(Path bundle, FileTime runStarted) {
        Optional<Set<String>> named = named(bundle);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(bundle)) {
            int removed = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory() || named.get().contains(withoutEnding(file.getFileName().toString()))
                        || attributes.lastModifiedTime().compareTo(runStarted) >= 0) {
                    continue;
                }
                Files.delete(file);
                removed++;
            }
            return Optional.of(removed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutEnding(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Every name of a file (without its ending) the index in {@code bundle} reads. */
    static Optional<Set<String>> named(Path bundle) {
        try {
            JsonNode entry = new ObjectMapper().readTree(bundle.resolve(ENTRY).toFile());
            Set<String> names = new HashSet<>();
            long pages = 0;
            for (JsonNode language : entry.path("languages")) {
                String meta = META_PREFIX + language.path("hash").asText();
                Path file = bundle.resolve(meta + META_ENDING);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                names.add(meta);
                collectStrings(metadata(file), names);
                pages += language.path("page_count").asLong();
            }
            long fragments = countNamed(bundle.resolve("fragment"), ".pf_fragment", names);
            return fragments >= pages ? Optional.of(names) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static JsonNode metadata(Path file) throws IOException {
        byte[] plain;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            plain = in.readAllBytes();
        }
        int start = plain.length >= SIGNATURE.length && Arrays.equals(plain, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                ? SIGNATURE.length : 0;
        return new CBORMapper().readTree(plain, start, plain.length - start);
    }

    private static void collectStrings(JsonNode root, Set<String> into) {
        Deque<JsonNode> left = new ArrayDeque<>();
        left.push(root);
        while (!left.isEmpty()) {
            JsonNode node = left.pop();
            if (node.isTextual()) {
                into.add(node.textValue());
            } else {
                node.forEach(left::push);
            }
        }
    }

    private static long countNamed(Path folder, String ending, Set<String> names) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        long count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(ending) && names.contains(withoutEnding(name))) {
                    count++;
                }
            }
        }
        return count;
    }
}
