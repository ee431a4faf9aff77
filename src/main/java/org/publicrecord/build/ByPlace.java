package org.publicrecord.build;

import java.util.List;

/**
 * What one pass over a list worked out for each item, by place, for the next pass of this process
 * over the next list: an item that is the very object at the same place as before has the result
 * it had, found without a lookup. The items are objects never changed once made (documents as
 * read), so their identity says everything.
 *
 * <p>A preview's rebuild after an edit has all but one of thousands of documents as they were:
 * at 9,000 documents, the hash lookups that found each one's kept result, a microsecond each,
 * were together most of what the edited page waited for after the read.
 *
 * @param items   the items of the last pass, in its order
 * @param results the result of each, at the same place
 */
public record ByPlace<T, R>(List<T> items, List<R> results) {

    public ByPlace {
        if (items.size() != results.size()) {
            throw new IllegalArgumentException(items.size() + " items but " + results.size() + " results");
        }
    }

    /** Nothing kept: every place has to be worked out. */
    public static <T, R> ByPlace<T, R> none() {
        return new ByPlace<>(List.of(), List.of());
    }

    /** The result the last pass had at {@code place}, if {@code item} is the very object that was there; null otherwise. */
    public R at(int place, T item) {
        return place < items.size() && items.get(place) == item ? results.get(place) : null;
    }

    /** The item the last pass had at {@code place}, or null when it had fewer. */
    public T itemAt(int place) {
        return place < items.size() ? items.get(place) : null;
    }

    /** How many items the last pass had. */
    public int size() {
        return items.size();
    }
}
