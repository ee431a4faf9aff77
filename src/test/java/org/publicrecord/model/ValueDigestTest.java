package org.publicrecord.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ValueDigestTest {

    private static final Function<Object, String> NONE_STORED = value -> null;

    record Item(String title, List<Item> inside) {
    }

    @Test
    void equalValuesGiveEqualDigestsAndAnyDifferenceAnother() {
        Map<String, Object> one = new LinkedHashMap<>(Map.of("title", "Board", "day", LocalDate.of(2026, 3, 5)));
        Map<String, Object> same = new LinkedHashMap<>(one);
        assertThat(ValueDigest.of(one, NONE_STORED)).isEqualTo(ValueDigest.of(same, NONE_STORED));
        same.put("day", LocalDate.of(2026, 3, 6));
        assertThat(ValueDigest.of(one, NONE_STORED)).isNotEqualTo(ValueDigest.of(same, NONE_STORED));
        assertThat(ValueDigest.of(List.of("a", "b"), NONE_STORED)).isNotEqualTo(ValueDigest.of(List.of("b", "a"), NONE_STORED));
        assertThat(ValueDigest.of(List.of("ab"), NONE_STORED)).isNotEqualTo(ValueDigest.of(List.of("a", "b"), NONE_STORED));
        assertThat(ValueDigest.of(1, NONE_STORED)).isNotEqualTo(ValueDigest.of("1", NONE_STORED));
    }

    @Test
    void aMapOrSetWhoseOrderChangesWithEachStartCountsByItsContent() {
        // Map.of and Set.of iterate in an order that differs between processes; these stand for two processes.
        Map<String, Object> hashed = new HashMap<>();
        Map<String, Object> reversed = new java.util.concurrent.ConcurrentSkipListMap<>(java.util.Comparator.reverseOrder());
        for (String key : List.of("content", "section", "paging", "view", "facet")) {
            hashed.put(key, key.length());
            reversed.put(key, key.length());
        }
        Map<String, Object> unordered = java.util.Collections.unmodifiableMap(new java.util.concurrent.ConcurrentHashMap<>(hashed));
        assertThat(ValueDigest.of(Map.copyOf(hashed), NONE_STORED)).isEqualTo(ValueDigest.of(unordered, NONE_STORED));
        Set<String> keys = new java.util.concurrent.ConcurrentHashMap<>(Map.of("c", 1, "a", 1, "b", 1)).keySet();
        assertThat(ValueDigest.of(Set.of("a", "b", "c"), NONE_STORED)).isEqualTo(ValueDigest.of(keys, NONE_STORED));
        // A sorted map is in its own order, which a template shows: the same entries in another order are another value.
        assertThat(ValueDigest.of(reversed, NONE_STORED)).isNotEqualTo(ValueDigest.of(new java.util.TreeMap<>(hashed), NONE_STORED));
    }

    @Test
    void aStoredDocumentCountsByItsAddressAndItsOtherFieldsDoNotEnter() {
        SiteDocument meeting = SiteDocument.create();
        meeting.setUri("meetings/2026/board/index.html");
        meeting.setTitle("Board");
        Map<Object, String> stored = new IdentityHashMap<>();
        stored.put(meeting, meeting.getUri());
        String before = ValueDigest.of(Map.of("content", meeting), stored::get);
        meeting.setTitle("Board, renamed");
        meeting.setBody("<p>Changed</p>");
        assertThat(ValueDigest.of(Map.of("content", meeting), stored::get)).isEqualTo(before);
        // Not in the store: every field counts.
        assertThat(ValueDigest.of(Map.of("content", meeting), NONE_STORED)).isEqualTo(ValueDigest.of(Map.of("content", copyOf(meeting)), NONE_STORED))
                .isNotEqualTo(ValueDigest.of(Map.of("content", renamed(meeting)), NONE_STORED));
    }

    @Test
    void theFieldsOfADocumentLeaveOutItsBodyAlone() {
        SiteDocument meeting = SiteDocument.create();
        meeting.setUri("meetings/2026/board/index.html");
        meeting.setTitle("Board");
        meeting.setBody("<p>Minutes</p>");
        String fields = new ValueDigest(NONE_STORED).addFieldsOf(meeting).hex();
        meeting.setBody("<p>Other minutes</p>");
        assertThat(new ValueDigest(NONE_STORED).addFieldsOf(meeting).hex()).isEqualTo(fields);
        meeting.put("agenda", List.of(Map.of("title", "Welcome")));
        assertThat(new ValueDigest(NONE_STORED).addFieldsOf(meeting).hex()).isNotEqualTo(fields);
    }

    @Test
    void recordsSharedByManyValuesAreWalkedOnceAndStillCountByTheirContent() {
        Map<Object, String> made = ValueDigest.memo();
        List<Item> chain = new ArrayList<>();
        Item last = new Item("end", List.of());
        // Each item holds the one before it twice: walking it again every time would take 2^40 steps.
        for (int i = 0; i < 40; i++) {
            last = new Item("item " + i, List.of(last, last));
            chain.add(last);
        }
        String digest = ValueDigest.of(chain, NONE_STORED, made);
        assertThat(ValueDigest.of(chain, NONE_STORED, made)).isEqualTo(digest);
        List<Item> other = new ArrayList<>(chain);
        other.set(0, new Item("item 0, changed", chain.get(0).inside()));
        assertThat(ValueDigest.of(other, NONE_STORED, made)).isNotEqualTo(digest);
    }

    @Test
    void aPagesValuesThatHoldTooMuchAreNotDescribedButTheirPartsStillAre() {
        Map<Object, String> made = ValueDigest.memo();
        List<Item> many = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            many.add(new Item("action " + i, List.of()));
        }
        assertThatThrownBy(() -> ValueDigest.of(Map.of("tracker", many), NONE_STORED, made)).isInstanceOf(ValueDigest.Undescribed.class);
        // The value found past the bound may be nothing at all.
        assertThatThrownBy(() -> ValueDigest.of(java.util.Collections.nCopies(30_000, null), NONE_STORED, made)).isInstanceOf(ValueDigest.Undescribed.class);
        assertThat(ValueDigest.of(Map.of("item", many.get(0)), NONE_STORED, made)).isEqualTo(ValueDigest.of(Map.of("item", new Item("action 0", List.of())), NONE_STORED));
        // The site's own digest walks everything.
        assertThat(new ValueDigest(NONE_STORED).add(many).hex()).hasSize(32);
    }

    @Test
    void anObjectWithBehaviourOrACycleCannotBeDescribed() {
        assertThatThrownBy(() -> ValueDigest.of(Map.of("store", new MemoryContentStore()), NONE_STORED)).isInstanceOf(ValueDigest.Undescribed.class);
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThatThrownBy(() -> ValueDigest.of(cycle, NONE_STORED)).isInstanceOf(ValueDigest.Undescribed.class);
    }

    private static SiteDocument copyOf(SiteDocument document) {
        SiteDocument copy = SiteDocument.create();
        copy.putAll(document);
        return copy;
    }

    private static SiteDocument renamed(SiteDocument document) {
        SiteDocument copy = copyOf(document);
        copy.setTitle("Another title");
        return copy;
    }
}
