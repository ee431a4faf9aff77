package org.publicrecord.build;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * What earlier builds worked out and a later one would work out again, kept under
 * {@code target/cache/}: rendered bodies, what each built page links to, the search index.
 *
 * <p>Every entry is found by a digest of everything its result depends on, and of the build's own
 * code and libraries ({@link #CODE}), so an entry can only be found by a build that would make
 * exactly the same result: a changed file, template, data file or version of the build simply
 * finds nothing and works it out again. That makes the cache safe to keep between builds and
 * between CI runs, and safe to delete: a build without it gives the same bytes, only slower.
 *
 * <p>Each kind of result is one file (a shelf), read whole when first needed and written whole
 * by {@link #save()}, holding only the entries the build used, so it never grows past one site's worth.
 */
public final class BuildCache {

    /** The folder under a site's own folder where its builds keep the cache. */
    public static final String FOLDER = "target/cache";

    /**
     * A digest of the build's code and of the libraries that shape what it makes (their jar
     * names carry their versions): a build of other code never reads this code's entries.
     */
    public static final String CODE = codeDigest();

    private static final int FORMAT = 1;

    private final Path folder;
    private final Map<String, Shelf> shelves = new ConcurrentHashMap<>();
    private final Map<String, Map<Object, Object>> memos = new ConcurrentHashMap<>();
    private final FileChanges changes = new FileChanges();

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    /** No cache: every result is worked out, nothing is kept. */
    public static BuildCache none() {
        return new BuildCache(null);
    }

    /** The cache of the site in {@code site} ({@code site/target/cache}). */
    public static BuildCache of(Path site) {
        return new BuildCache(site.resolve(FOLDER));
    }

    /**
     * What this process has worked out of one kind, kept only while it runs (the preview builds
     * many times in one process); for results that depend on nothing but their key.
     */
    public Map<Object, Object> memo(String kind) {
        return memos.computeIfAbsent(kind, name -> new ConcurrentHashMap<>());
    }

    /**
     * The result for {@code source}, an object never changed once made (a document as read, a body
     * as rendered), under {@code settings}: worked out once in this process and found again for the
     * very same object, without the digest a shelf needs (the preview's rebuilds then hash only what
     * changed). Kept by {@code name}, so a file's earlier versions are let go.
     */
    public <T> T same(String kind, String name, Object source, Object settings, Supplier<T> make) {
        T earlier = kept(kind, name, source, settings);
        if (earlier != null) {
            return earlier;
        }
        Map<Object, Object> kept = memo(kind);
        List<Shelved> outer = SHELVED.get();
        List<Shelved> shelved = new ArrayList<>();
        SHELVED.set(shelved);
        T value;
        try {
            value = make.get();
        } finally {
            SHELVED.set(outer);
            if (outer != null) {
                outer.addAll(shelved);
            }
        }
        kept.put(name, new Same(source, settings, value, List.copyOf(shelved)));
        return value;
    }

    /**
     * What {@link #same} worked out earlier for the very same {@code source} under {@code settings},
     * or null (so a result of null is worked out again each time).
     */
    @SuppressWarnings("unchecked")
    private <T> T kept(String kind, String name, Object source, Object settings) {
        if (memo(kind).get(name) instanceof Same same && same.source() == source && same.settings().equals(settings)) {
            // What making it took from shelves is used by this build too, so saving them keeps it for the next process.
            same.shelved().forEach(Shelved::touch);
            return (T) same.value();
        }
        return null;
    }

    /**
     * As {@link #same} for each of {@code sources} (named by {@code names}), keeping their order:
     * the results the last call of this kind had are taken by place first ({@link ByPlace}), then
     * by name, and only the rest are worked out, on {@code threads} threads. What the results
     * found again took from shelves is noted when the cache is saved, as one list: a preview's
     * rebuild takes thousands of them, and the page an editor waits for needs none of that.
     */
    @SuppressWarnings("unchecked")
    public <S, T> List<T> sameEach(String kind, List<S> sources, Function<S, String> names, Object settings, Function<S, T> make, int threads) {
        Map<Object, Object> kept = memo(kind);
        ByPlace<S, Same> last = kept.get(EachInOrder.class) instanceof EachInOrder earlier && earlier.settings().equals(settings)
                ? (ByPlace<S, Same>) earlier.byPlace() : ByPlace.none();
        List<Same> found = new ArrayList<>(sources.size());
        List<Integer> missing = new ArrayList<>();
        for (int place = 0; place < sources.size(); place++) {
            S source = sources.get(place);
            Same same = last.at(place, source);
            if (same == null && kept.get(names.apply(source)) instanceof Same byName && byName.source() == source
                    && byName.settings().equals(settings)) {
                same = byName;
            }
            if (same == null) {
                missing.add(place);
            }
            found.add(same);
        }
        List<Same> made = Parallel.map(missing, place -> {
            S source = sources.get(place);
            String name = names.apply(source);
            same(kind, name, source, settings, () -> make.apply(source));
            return (Same) kept.get(name);
        }, threads);
        for (int i = 0; i < missing.size(); i++) {
            found.set(missing.get(i), made.get(i));
        }
        List<Same> each = List.copyOf(found);
        kept.put(EachInOrder.class, new EachInOrder(settings, new ByPlace<>(List.copyOf(sources), each)));
        // Those just made noted their entries already; noting them again costs the save, not the build.
        takenFromMemo.add(each);
        List<T> results = new ArrayList<>(found.size());
        found.forEach(same -> results.add((T) same.value()));
        return results;
    }

    /** What the last {@link #sameEach} of a kind found, by place, under its settings. */
    private record EachInOrder(Object settings, ByPlace<?, Same> byPlace) {
    }

    /** The results {@link #sameEach} found again since the last save, whose shelves' entries saving keeps. */
    private final Queue<List<Same>> takenFromMemo = new ConcurrentLinkedQueue<>();

    /** A result of {@link #same}, with what it was worked out from and the shelves' entries it took or kept. */
    private record Same(Object source, Object settings, Object value, List<Shelved> shelved) {
    }

    /** An entry of a shelf, found or kept while {@link #same} made a value. */
    private record Shelved(Shelf shelf, String key) {
        void touch() {
            shelf.touch(key);
        }
    }

    /** The entries the value {@link #same} is making on this thread took or kept, or null outside one. */
    private static final ThreadLocal<List<Shelved>> SHELVED = new ThreadLocal<>();

    /** What a watcher of the site's folders saw change between this process's builds; only the preview has a watcher. */
    public FileChanges changes() {
        return changes;
    }

    /** Whether this cache keeps anything (a build without one works everything out). */
    public boolean keeps() {
        return folder != null;
    }

    /** The shelf of one kind of result, such as {@code bodies}. */
    public Shelf shelf(String kind) {
        return shelves.computeIfAbsent(kind, name -> new Shelf(folder == null ? null : folder.resolve(name + ".bin")));
    }

    /** Writes every shelf a build used; what this build did not use is dropped. */
    public void save() {
        save(true);
    }

    /**
     * Writes every shelf a build used. A build that {@code finished} keeps only what it used, so
     * the cache holds one site's worth however long a preview runs; one that stopped part way (a
     * problem in the sources, a newer change) keeps what it did not reach too, for the build after the fix.
     */
    public void save(boolean finished) {
        if (folder == null) {
            return;
        }
        for (List<Same> taken = takenFromMemo.poll(); taken != null; taken = takenFromMemo.poll()) {
            taken.forEach(same -> same.shelved().forEach(Shelved::touch));
        }
        for (Shelf shelf : shelves.values()) {
            shelf.save(finished);
        }
    }

    /**
     * Every file under {@code folder}, by path, as one value for a shelf; {@link #unpack} writes
     * them back. Each is noted in {@code written} as written, under {@code under} (the folder's
     * path there, ending in '/'), so that unpacking into a later build's folder finds it in place.
     */
    public static byte[] pack(Path folder, WrittenPages written, String under) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes); Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            out.writeInt(files.size());
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                String name = folder.relativize(file).toString().replace('\\', '/');
                out.writeUTF(name);
                out.writeInt(content.length);
                out.write(content);
                written.wrote(under + name, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Makes {@code folder} hold exactly the files {@link #pack} took: a file that already holds its
     * bytes is left as it is (rewriting it would cost the disk more than reading it), a file that is
     * not in the pack is deleted, with any folder it leaves empty. Whether a file holds its bytes is
     * known from {@code written} when an earlier build noted it there (its size and time of change
     * are as then), and otherwise by reading it: 10,000 files of a search index were read, at 9,000
     * documents, by every build that found the index unchanged. Each file is noted as written.
     */
    public static void unpack(byte[] packed, Path folder, WrittenPages written, String under) {
        Set<Path> unpacked = new HashSet<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                Path file = folder.resolve(name).normalize();
                if (!file.startsWith(folder)) {
                    throw new IOException("a packed file is outside its folder: " + file);
                }
                byte[] content = new byte[in.readInt()];
                in.readFully(content);
                unpacked.add(file);
                String digest = digest((Object) content);
                if (written.alreadyHolds(under + name, digest)) {
                    continue;
                }
                if (!holds(file, content)) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, content);
                }
                written.wrote(under + name, digest, content.length);
            }
            if (Files.isDirectory(folder)) {
                deleteAllBut(unpacked, folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holds(Path file, byte[] content) {
        try {
            return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException absent) {
            return false;
        }
    }

    private static void deleteAllBut(Set<Path> kept, Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!kept.contains(file)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failed) throws IOException {
                if (failed != null) {
                    throw failed;
                }
                try (Stream<Path> left = Files.list(directory)) {
                    if (!directory.equals(folder) && left.findAny().isEmpty()) {
                        Files.delete(directory);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * The digest (128-bit MurmurHash3, in hex) of the parts in order, each kept apart from the next.
     *
     * <p>Not SHA-256: the build runs with the client compiler only ({@code .mvn/jvm.config}, for
     * start-up), where SHA-256 has no intrinsic and hashes about 110 MB/s against MurmurHash3's
     * 1 GB/s, and every page is hashed as it is written. A key needs no defence against a forger:
     * whoever can write the sources can publish anything, and a wrong entry is still our own
     * output, made through the same sanitizer.
     */
    public static String digest(Object... parts) {
        // Sized once: every body and page is hashed several times a build, and growing or clearing a buffer cost more than the hash.
        byte[][] bytes = new byte[parts.length][];
        int size = 0;
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = parts[i] instanceof byte[] raw ? raw : String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8);
            size += bytes[i].length + Digest.MOST_PER_PART;
        }
        Digest digest = new Digest(size);
        for (byte[] part : bytes) {
            digest.part(part);
        }
        return digest.hex();
    }

    /** The digest of the files, by their paths relative to {@code root} and their bytes, in path order. */
    public static String digestOfFiles(Path root, List<Path> files) {
        Digest digest = new Digest();
        Map<String, Path> byName = new TreeMap<>();
        files.forEach(file -> byName.put(root.relativize(file).toString().replace('\\', '/'), file));
        try {
            for (Map.Entry<String, Path> file : byName.entrySet()) {
                digest.part(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.part(Files.readAllBytes(file.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.hex();
    }

    /** The parts of one digest, each with its length before it, so that no two lists of parts run together alike. */
    private static final class Digest extends ByteArrayOutputStream {

        /** What {@link #part} adds to a part's own bytes at most: its length's ten digits and a zero. */
        static final int MOST_PER_PART = 11;

        Digest() {
            super(16 * 1024);
        }

        Digest(int size) {
            super(size);
        }

        void part(byte[] bytes) {
            writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            write(0);
            writeBytes(bytes);
        }

        String hex() {
            long[] hash = MurmurHash3.hash128x64(buf, 0, count, 0);
            return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
        }
    }

    /**
     * One kind of result, by key. Safe to use from many threads; two threads asking for the same
     * missing key may both work it out, which gives the same value.
     */
    public static final class Shelf {

        private final Path file;
        private volatile Map<String, byte[]> stored;
        private final Map<String, byte[]> used = new ConcurrentHashMap<>();
        private final Queue<List<String>> touchedLater = new ConcurrentLinkedQueue<>();

        private Shelf(Path file) {
            this.file = file;
        }

        /** The value kept under {@code key}, or the one {@code make} gives, kept for next time. */
        public byte[] bytes(String key, Supplier<byte[]> make) {
            byte[] value = find(key);
            if (value == null) {
                value = make.get();
                keep(key, value);
            }
            return value;
        }

        /** The value kept under {@code key} by this build or an earlier one, or null. */
        public byte[] find(String key) {
            noteShelved(key);
            byte[] value = used.get(key);
            if (value == null) {
                value = stored().get(key);
                if (value != null) {
                    used.put(key, value);
                }
            }
            return value;
        }

        /** Keeps {@code value} under {@code key}, for this build and the next. */
        public void keep(String key, byte[] value) {
            noteShelved(key);
            if (file != null) {
                used.put(key, value);
            }
        }

        /**
         * Notes that this build used the value an earlier build kept under {@code key}, found by a
         * memo of this process without asking the shelf, so that saving the shelf keeps it.
         */
        public void touch(String key) {
            if (key != null && file != null && !used.containsKey(key)) {
                byte[] value = stored().get(key);
                if (value != null) {
                    used.putIfAbsent(key, value);
                }
            }
        }

        /**
         * As {@link #touch} for each of {@code keys}, noted when the shelf is saved: a preview's
         * rebuild finds thousands of values so, and the page an editor waits for needs none of that.
         */
        public void touchLater(List<String> keys) {
            if (file != null && !keys.isEmpty()) {
                touchedLater.add(keys);
            }
        }

        private void noteShelved(String key) {
            List<Shelved> shelved = SHELVED.get();
            if (shelved != null && file != null) {
                shelved.add(new Shelved(this, key));
            }
        }

        /** Whether this shelf keeps anything (a build without a cache works everything out). */
        public boolean keeps() {
            return file != null;
        }

        /** As {@link #bytes}, for text. */
        public String text(String key, Supplier<String> make) {
            return new String(bytes(key, () -> make.get().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }

        private Map<String, byte[]> stored() {
            Map<String, byte[]> read = stored;
            if (read == null) {
                synchronized (this) {
                    read = stored;
                    if (read == null) {
                        read = file == null ? Map.of() : read(file);
                        stored = read;
                    }
                }
            }
            return read;
        }

        private void save(boolean finished) {
            for (List<String> keys = touchedLater.poll(); keys != null; keys = touchedLater.poll()) {
                keys.forEach(this::touch);
            }
            if (used.isEmpty() || file == null) {
                return;
            }
            // The next build of this process finds what a new process would: what this build used, and nothing
            // older unless this build stopped before it could use it.
            Map<String, byte[]> kept = new ConcurrentHashMap<>(finished ? Map.of() : stored());
            kept.putAll(used);
            stored = kept;
            used.clear();
            try {
                Files.createDirectories(file.getParent());
                Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                    out.writeInt(FORMAT);
                    out.writeInt(kept.size());
                    for (Map.Entry<String, byte[]> entry : kept.entrySet()) {
                        out.writeUTF(entry.getKey());
                        out.writeInt(entry.getValue().length);
                        out.write(entry.getValue());
                    }
                }
                try {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notHere) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                // A cache that cannot be written costs the next build time, never its result.
            }
        }

        /** A shelf's file, or nothing when it is missing, of another format or cut short: it is only a cache. */
        private static Map<String, byte[]> read(Path file) {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            Map<String, byte[]> entries = new ConcurrentHashMap<>();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readInt() != FORMAT) {
                    return Map.of();
                }
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String key = in.readUTF();
                    byte[] value = new byte[in.readInt()];
                    in.readFully(value);
                    entries.put(key, value);
                }
                return entries;
            } catch (EOFException | RuntimeException cutShort) {
                return Map.of();
            } catch (IOException e) {
                return Map.of();
            }
        }
    }

    /**
     * The digest of the code this class was loaded from (every class file's name and bytes, or
     * the jar's), and of where the markup, sanitizer and template libraries were loaded from.
     */
    private static String codeDigest() {
        List<Class<?>> shaping = List.of(BuildCache.class, com.vladsch.flexmark.parser.Parser.class, org.jsoup.Jsoup.class,
                com.mitchellbosecke.pebble.PebbleEngine.class, org.jbake.app.Oven.class);
        Digest digest = new Digest();
        for (Class<?> kind : shaping) {
            digest.part(kind.getName().getBytes(StandardCharsets.UTF_8));
            CodeSource source = kind.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                continue;
            }
            digest.part(source.getLocation().toString().getBytes(StandardCharsets.UTF_8));
            if (kind == BuildCache.class) {
                digest.part(digestOfCode(source).getBytes(StandardCharsets.US_ASCII));
            }
        }
        digest.part(System.getProperty("java.version", "").getBytes(StandardCharsets.UTF_8));
        return digest.hex();
    }

    private static String digestOfCode(CodeSource source) {
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return digestOfFiles(location.getParent(), List.of(location));
            }
            try (Stream<Path> files = Files.walk(location)) {
                List<Path> code = files.filter(Files::isRegularFile).toList();
                return digestOfFiles(location, code);
            }
        } catch (URISyntaxException | IOException | RuntimeException unreadable) {
            // Code that cannot be read cannot be told apart from other code: nothing kept is trusted.
            return "unreadable " + System.nanoTime();
        }
    }
}
