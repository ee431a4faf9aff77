package org.publicrecord.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.publicrecord.build.BuildCache;
import org.publicrecord.build.RenderTrace;
import org.publicrecord.build.WrittenPages;

/**
 * The pieces of the render (outputs, and pages inside them) that earlier builds made, each under a
 * key that holds the site's digest and the piece's own values ({@link RenderInputs}), with its
 * trace: the bodies it read, and the files it wrote. A piece is taken as it is when the bodies it
 * read are unchanged and each of its files is at hand with the same bytes, in the folder being
 * brought up to date or in the site published now.
 */
final class KeptRenders {

    /**
     * A piece as an earlier build made it: its files by path with their digests, of which those in
     * {@code fromPublished} are not in the folder being brought up to date and are copied from the
     * site published now; {@code count} is what the output reported (files written).
     */
    record Kept(Map<String, String> files, Set<String> fromPublished, Set<String> pages, Set<String> bodies, Set<String> inside, int count) {
    }

    private static final int FORMAT = 1;

    private final BuildCache.Shelf shelf;
    private final RenderInputs inputs;
    private final WrittenPages building;
    private final WrittenPages published;

    KeptRenders(BuildCache.Shelf shelf, RenderInputs inputs, WrittenPages building, WrittenPages published) {
        this.shelf = shelf;
        this.inputs = inputs;
        this.building = building;
        this.published = published;
    }

    /** The key of a piece: the site's digest, what kind of piece it is, and what names it. */
    String key(Object... names) {
        Object[] parts = new Object[names.length + 1];
        parts[0] = inputs.site();
        System.arraycopy(names, 0, parts, 1, names.length);
        return BuildCache.digest(parts);
    }

    RenderInputs inputs() {
        return inputs;
    }

    /** The piece kept under {@code key}, if the bodies it read are unchanged and every file it wrote is at hand; null otherwise. */
    Kept find(String key) {
        byte[] kept = shelf.find(key);
        if (kept == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(kept))) {
            if (in.readInt() != FORMAT) {
                return null;
            }
            Set<String> bodies = strings(in);
            if (!inputs.bodies(bodies).equals(in.readUTF())) {
                return null;
            }
            Map<String, String> files = new LinkedHashMap<>();
            Set<String> fromPublished = new LinkedHashSet<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                String digest = in.readUTF();
                if (!building.holds(path, digest)) {
                    if (!published.holds(path, digest)) {
                        return null;
                    }
                    fromPublished.add(path);
                }
                files.put(path, digest);
            }
            return new Kept(files, fromPublished, strings(in), bodies, strings(in), in.readInt());
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The site published now, where the files of a {@link Kept} piece that the folder being brought up to date lacks are copied from. */
    WrittenPages published() {
        return published;
    }

    /** Keeps the piece {@code trace} describes under {@code key}; a piece its trace cannot describe is not kept. */
    void keep(String key, RenderTrace trace, int count) {
        if (trace.isUntraceable()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            Set<String> bodies = trace.bodies();
            strings(out, bodies);
            out.writeUTF(inputs.bodies(bodies));
            Map<String, String> files = trace.files();
            out.writeInt(files.size());
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.writeUTF(file.getKey());
                out.writeUTF(file.getValue());
            }
            strings(out, trace.pages());
            strings(out, trace.kept());
            out.writeInt(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shelf.keep(key, bytes.toByteArray());
    }

    /** Keeps the pieces inside a piece taken as it is, for a later build that makes that piece again but not all of them. */
    void keepInside(Collection<String> keys) {
        keys.forEach(shelf::find);
    }

    private static void strings(DataOutputStream out, Set<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    private static Set<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        Set<String> strings = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }
}
