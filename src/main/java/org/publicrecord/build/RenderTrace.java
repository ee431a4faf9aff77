package org.publicrecord.build;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one piece of the render (an output, or a page inside it) read and wrote: whose bodies it
 * read, the files it wrote with their digests, the pages among them, and the pieces inside it that
 * were kept on their own. A later build with the same site digest and the same bodies makes the
 * same files, so it can take them as they are ({@code render.KeptRenders}).
 *
 * <p>Why bodies alone: every field of every document but its body is one digest of the whole site
 * ({@code render.RenderInputs}), since those fields decide the lists, the links and the neighbours
 * that every page shows; a body is shown on few pages, and its change should render only those.
 *
 * <p>Kept per thread, one piece inside another, and carried to the threads of {@link Parallel}
 * work started inside a piece, so that what its workers did counts too.
 */
public final class RenderTrace {

    private static final ThreadLocal<RenderTrace> CURRENT = new ThreadLocal<>();

    private final RenderTrace outer;
    private final Set<String> bodies = ConcurrentHashMap.newKeySet();
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Set<String> pages = ConcurrentHashMap.newKeySet();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private volatile boolean untraceable;

    private RenderTrace(RenderTrace outer) {
        this.outer = outer;
    }

    /** A piece's result and its trace. */
    public record Traced<T>(T result, RenderTrace trace) {
    }

    /** Runs {@code work} as a piece of its own, inside the piece running now if there is one. */
    public static <T> Traced<T> of(Supplier<T> work) {
        RenderTrace trace = new RenderTrace(CURRENT.get());
        T result = carried(trace, work);
        return new Traced<>(result, trace);
    }

    /** The piece running on this thread, or null: for work handed to other threads. */
    static RenderTrace current() {
        return CURRENT.get();
    }

    /** Runs {@code work} on this thread as part of {@code trace} (null: of no piece). */
    static <T> T carried(RenderTrace trace, Supplier<T> work) {
        RenderTrace before = CURRENT.get();
        CURRENT.set(trace);
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }

    /** The piece running on this thread, and every piece around it, read the body of the document at {@code uri}. */
    public static void bodyRead(String uri) {
        for (RenderTrace trace = CURRENT.get(); trace != null; trace = trace.outer) {
            trace.bodies.add(uri);
        }
    }

    /** The piece running now wrote {@code path}, whose bytes have the digest {@code digest}. */
    public static void wrote(String path, String digest) {
        for (RenderTrace trace = CURRENT.get(); trace != null; trace = trace.outer) {
            trace.files.put(path, digest);
        }
    }

    /** Among the files the piece running now wrote, {@code url} is a page made from a template. */
    public static void page(String url) {
        for (RenderTrace trace = CURRENT.get(); trace != null; trace = trace.outer) {
            trace.pages.add(url);
        }
    }

    /** A piece inside the one running now was kept under {@code key}, which must be kept as long as the pieces around it. */
    public static void kept(String key) {
        for (RenderTrace trace = CURRENT.get(); trace != null; trace = trace.outer) {
            trace.kept.add(key);
        }
    }

    /**
     * The piece running now did something its trace cannot describe (copied a file from outside
     * the model): it, and every piece around it, is made again by every build.
     */
    public static void untraceable() {
        for (RenderTrace trace = CURRENT.get(); trace != null; trace = trace.outer) {
            trace.untraceable = true;
        }
    }

    public Set<String> bodies() {
        return Set.copyOf(bodies);
    }

    public Map<String, String> files() {
        return Map.copyOf(files);
    }

    public Set<String> pages() {
        return Set.copyOf(pages);
    }

    public Set<String> kept() {
        return Set.copyOf(kept);
    }

    public boolean isUntraceable() {
        return untraceable;
    }
}
