package org.publicrecord.model;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * One digest of a value as templates see it: strings, numbers, dates, maps, lists and records,
 * however deep. A document of the store counts by its address alone ({@code stored} names it):
 * its other fields are in the site's digest, and its body counts wherever it was read.
 *
 * <p>What this cannot describe (an object with behaviour, a cycle) makes the whole value
 * {@link Undescribed}: a page made from it is rendered by every build. Two equal values always
 * give the same digest; two values that differ only in a map's order give different ones, which
 * costs a render, never a wrong page.
 */
public final class ValueDigest {

    /** A value with a part this digest cannot describe. */
    public static class Undescribed extends RuntimeException {
        Undescribed(Object part) {
            super((part == null ? "a value" : "a " + part.getClass().getName()) + " cannot be described", null, false, false);
        }
    }

    /** A value larger than one digest walks ({@link #MOST}): another value holding the same parts may still be described. */
    static final class TooLarge extends Undescribed {
        TooLarge(Object part) {
            super(part);
        }
    }

    private static final int DEEPEST = 48;
    /**
     * The most values one digest walks before it gives up: a page shown from a whole log of actions
     * (the search page's ways to browse) would cost more to describe than to render again.
     */
    private static final int MOST = 20_000;
    /** What {@code made} holds for a record found undescribable, so that it is not walked again. */
    private static final String UNDESCRIBED = new String("undescribed");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private final Function<Object, String> stored;
    private final Map<Object, String> made;
    private final Set<Object> open;
    private int walked;
    private int most = Integer.MAX_VALUE;

    /** {@code stored} gives the address of a document of the store, or null for any other value. */
    public ValueDigest(Function<Object, String> stored) {
        this(stored, memo(), Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** A place for the digests of records, shared by the threads that render pages (see {@link #ValueDigest(Function, Map)}). */
    public static Map<Object, String> memo() {
        return new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** A record as a key by its identity: two equal records may be different values to a digest only by chance, never by content. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /**
     * As {@link #ValueDigest(Function)}, finding in {@code made} (a {@link #memo()}) the digests of
     * records worked out before (by identity): pages of one build share them, and records that hold lists of records
     * would otherwise be walked again for every page that shows them.
     */
    public ValueDigest(Function<Object, String> stored, Map<Object, String> made) {
        this(stored, made, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private ValueDigest(Function<Object, String> stored, Map<Object, String> made, Set<Object> open) {
        this.stored = stored;
        this.made = made;
        this.open = open;
    }

    /** The digest of {@code value}; throws {@link Undescribed}. */
    public static String of(Object value, Function<Object, String> stored) {
        ValueDigest digest = new ValueDigest(stored);
        digest.add(value);
        return digest.hex();
    }

    /**
     * As {@link #of(Object, Function)}, sharing {@code made} (see {@link #ValueDigest(Function, Map)}),
     * for a page's own values: one that holds more than {@link #MOST} values is not described.
     */
    public static String of(Object value, Function<Object, String> stored, Map<Object, String> made) {
        ValueDigest digest = new ValueDigest(stored, made);
        digest.most = MOST;
        digest.add(value);
        return digest.hex();
    }

    /** Adds {@code value} to the digest. */
    public ValueDigest add(Object value) {
        add(value, 0);
        return this;
    }

    /** Adds the fields of a document of the store but its body, in the order it holds them. */
    public ValueDigest addFieldsOf(SiteDocument document) {
        tag('D');
        document.forEachFieldButBody((key, value) -> {
            add(key, 1);
            add(value, 1);
        });
        tag('E');
        return this;
    }

    public String hex() {
        byte[] all = bytes.toByteArray();
        long[] hash = MurmurHash3.hash128x64(all, 0, all.length, 0);
        return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
    }

    private void add(Object value, int depth) {
        if (depth > DEEPEST || ++walked > most) {
            throw new TooLarge(value);
        }
        if (value == null) {
            tag('n');
            return;
        }
        String address = stored.apply(value);
        if (address != null) {
            tag('d');
            text(address);
            return;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof Locale || value instanceof Path
                || value instanceof java.io.File || value instanceof java.net.URI) {
            tag('v');
            text(value.getClass().getName());
            text(value.toString());
            return;
        }
        if (value instanceof Date date) {
            tag('t');
            text(Long.toString(date.getTime()));
            return;
        }
        if (value.getClass().isRecord()) {
            // A record is made once and never changed: its digest stands for it wherever it is shown again.
            Identity identity = new Identity(value);
            String digest = made.get(identity);
            if (digest == null) {
                if (!open.add(value)) {
                    throw new Undescribed(value);
                }
                try {
                    ValueDigest part = new ValueDigest(stored, made, open);
                    part.walked = walked;
                    part.most = most;
                    try {
                        part.addWhole(value, depth);
                    } finally {
                        walked = part.walked;
                    }
                    digest = part.hex();
                } catch (TooLarge tooLarge) {
                    throw tooLarge;
                } catch (Undescribed undescribed) {
                    digest = UNDESCRIBED;
                } finally {
                    open.remove(value);
                }
                made.put(identity, digest);
            }
            if (digest == UNDESCRIBED) {
                throw new Undescribed(value);
            }
            tag('h');
            text(digest);
            return;
        }
        if (!open.add(value)) {
            throw new Undescribed(value);
        }
        try {
            addWhole(value, depth);
        } finally {
            open.remove(value);
        }
    }

    private void addWhole(Object value, int depth) {
        {
            if (value instanceof Map<?, ?> map && inStableOrder(map)) {
                tag('m');
                text(Integer.toString(map.size()));
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    add(entry.getKey(), depth + 1);
                    add(entry.getValue(), depth + 1);
                }
            } else if (value instanceof Map<?, ?> map) {
                tag('u');
                addSorted(map.entrySet().stream().<List<?>>map(entry -> java.util.Arrays.asList(entry.getKey(), entry.getValue())).toList(), depth);
            } else if (value instanceof Collection<?> items && inStableOrder(items)) {
                tag('l');
                text(Integer.toString(items.size()));
                for (Object item : items) {
                    add(item, depth + 1);
                }
            } else if (value instanceof Collection<?> items) {
                tag('s');
                addSorted(items.stream().<List<?>>map(java.util.Collections::singletonList).toList(), depth);
            } else if (value instanceof Object[] items) {
                tag('a');
                text(Integer.toString(items.length));
                for (Object item : items) {
                    add(item, depth + 1);
                }
            } else if (value instanceof Optional<?> optional) {
                tag('o');
                add(optional.orElse(null), depth + 1);
            } else if (value.getClass().isRecord()) {
                tag('r');
                text(value.getClass().getName());
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    add(componentOf(value, component), depth + 1);
                }
            } else {
                throw new Undescribed(value);
            }
        }
    }

    /**
     * Adds each of {@code items} (each a list of its parts) by its own digest, in the order of
     * those digests: for a map or set whose order is not the same in every process (those of
     * {@code Map.of} and {@code Set.of} change with each start).
     */
    private void addSorted(List<List<?>> items, int depth) {
        List<String> digests = new java.util.ArrayList<>();
        for (List<?> item : items) {
            ValueDigest part = new ValueDigest(stored, made, open);
            part.walked = walked;
            part.most = most;
            try {
                for (Object each : item) {
                    part.add(each, depth + 1);
                }
            } finally {
                walked = part.walked;
            }
            digests.add(part.hex());
        }
        java.util.Collections.sort(digests);
        text(Integer.toString(digests.size()));
        digests.forEach(this::text);
    }

    /** Whether a map's order is the same in every process for the same content made the same way. */
    private static boolean inStableOrder(Map<?, ?> map) {
        return map.size() < 2 || map instanceof java.util.LinkedHashMap || map instanceof java.util.SortedMap || map.getClass() == java.util.HashMap.class
                || map instanceof org.jbake.model.BaseModel;
    }

    private static boolean inStableOrder(Collection<?> items) {
        return items.size() < 2 || items instanceof List || items instanceof java.util.LinkedHashSet || items instanceof java.util.SortedSet
                || items.getClass() == java.util.HashSet.class;
    }

    private static Object componentOf(Object record, RecordComponent component) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            throw new Undescribed(record);
        }
    }

    private void tag(char tag) {
        bytes.write(tag);
    }

    private void text(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes(Integer.toString(utf8.length).getBytes(StandardCharsets.US_ASCII));
        bytes.write(':');
        bytes.writeBytes(utf8);
    }
}
