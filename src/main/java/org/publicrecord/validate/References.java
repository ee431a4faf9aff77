package org.publicrecord.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.publicrecord.build.ByPlace;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.schema.Schemas;
import org.publicrecord.trust.Publication;

/**
 * The checks that need the whole site at once: every reference from one file to another leads
 * somewhere (a meeting's committee, an action's owner, source, themes and related actions, the
 * meeting that approved some minutes, the organisations at a meeting, a paper's file, a link to a
 * page of the site), and ids and file names that others refer to are unique.
 *
 * <p>For the preview, what each document's references found is kept with what it was checked
 * against: a document read before is not checked again while nothing others refer to has changed
 * (the addresses, file names, ids, publication and items heard of every document, the data files,
 * the day). Papers are looked for on disk every time, since the watcher tells the read phase, not
 * this check, when a file under {@code assets/} comes or goes.
 */
final class References {

    private static final Pattern ACTION_ID = Pattern.compile("([A-Z]+)-([0-9]{4})-([0-9]+)");
    /** The content folders whose pages live one level or more down: a link into them must reach a document. */
    private static final Set<String> DOCUMENT_SECTIONS = Set.of("meetings", "events", "news", "actions");

    private final List<Checked.Document> documents;
    private final DataFiles data;
    private final Path site;
    /** Where problems go: the site's list, or the list of the one document being checked. */
    private List<Problem> problems = new ArrayList<>();
    /** What earlier checks of this process kept, or null to keep nothing. */
    private final Map<Object, Object> memo;
    /** Who holds each address, file name and action id: set by {@link #check()}. */
    private Holders holders;

    private final Publication publication;
    private final Schemas schemas;
    /** The ids in each data file, worked out once: thousands of references look them up. */
    private final Map<String, Set<String>> idsByFile = new HashMap<>();

    /** The references of every document of a known type in {@code sources}, keeping what it found in their memo. */
    References(Checked sources) {
        this.documents = sources.documents().stream().filter(document -> document.type() != null).toList();
        this.data = sources.data();
        this.site = sources.site();
        this.publication = sources.publication();
        this.memo = sources.memo();
        this.schemas = sources.schemas();
    }

    List<Problem> check() {
        @SuppressWarnings("unchecked")
        ByPlace<Checked.Document, Kept> before = memo != null && memo.get(Kept.class) instanceof ByPlace<?, ?> kept
                ? (ByPlace<Checked.Document, Kept>) kept : ByPlace.none();
        Map<String, Kept> byPath = new HashMap<>();
        List<Kept> earlier = new ArrayList<>(documents.size());
        List<Entry> entries = new ArrayList<>(documents.size());
        // Whether a document is published depends on the day too: asked again only of a world other than the last one asked.
        World asked = null;
        boolean samePublication = false;
        for (int i = 0; i < documents.size(); i++) {
            Checked.Document doc = documents.get(i);
            Kept kept = keptFor(before, i, doc, byPath);
            earlier.add(kept);
            if (kept != null && kept.world() != asked) {
                asked = kept.world();
                samePublication = Objects.equals(asked.publication(), publication);
            }
            entries.add(kept != null && kept.source() == doc.source() && samePublication ? kept.entry() : Entry.of(doc, publication));
        }
        World world = world(entries);
        // While the world is the same one, so is every holder of an address, file name and id. A problem names a line,
        // which an edit that changes none of them can still move, so holders that found one are found again.
        holders = memo != null && memo.get(Holders.class) instanceof Holders last && last.world() == world && last.problems().isEmpty() ? last
                : new Holders(world, documents);
        List<Problem> site = problems;
        site.addAll(holders.problems());
        List<Kept> now = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            Checked.Document doc = documents.get(i);
            Kept kept = earlier.get(i);
            if (kept == null || kept.source() != doc.source() || kept.world() != world) {
                problems = new ArrayList<>();
                switch (doc.type()) {
                    case "meeting" -> checkMeeting(doc);
                    case "event" -> checkEvent(doc);
                    case "action" -> checkAction(doc);
                    default -> {
                    }
                }
                kept = new Kept(doc.source(), entries.get(i), world, List.copyOf(problems));
                problems = site;
            }
            now.add(kept);
            site.addAll(kept.problems());
            if (doc.type().equals("meeting")) {
                forEachItem(doc.values().get("papers"), (index, paper) -> text(paper.get("file"))
                        .ifPresent(path -> checkPaper(doc, "/papers/" + index + "/file", path)));
            }
        }
        if (memo != null) {
            memo.put(Kept.class, new ByPlace<>(documents, now));
            memo.put(World.class, world);
            memo.put(Holders.class, holders);
        }
        checkDataFiles();
        return site;
    }

    /**
     * What a document offers the references of others: its address, type, file name and id, why
     * it is not published (or null), and the ids of what an event heard; and which file it is, so
     * that an unchanged world also means every one of these is held by the same file.
     */
    private record Entry(String path, String url, String type, String slug, String id, String heldBack, List<String> heard) {

        static Entry of(Checked.Document doc, Publication publication) {
            List<String> heard = new ArrayList<>();
            if (doc.type().equals("event")) {
                forEachItem(doc.values().get("heard"), (index, entry) -> text(entry.get("id")).ifPresent(heard::add));
            }
            return new Entry(doc.file().path(), doc.url(), doc.type(), doc.slug(), doc.type().equals("action") && doc.values().get("id") instanceof String id ? id : null,
                    publication == null ? null : publication.reasonHeldBack(doc.values()), List.copyOf(heard));
        }
    }

    /** Everything a document's references were checked against besides the document itself. */
    private record World(List<Entry> entries, Map<String, DataFiles.DataFile> data, Publication publication, Path site, Schemas schemas) {
    }

    /** A document's problems, and what they were found against. */
    private record Kept(SourceDocument source, Entry entry, World world, List<Problem> problems) {
    }

    /**
     * What the last check found for {@code doc}: at the same place when the very document is there
     * (a preview's rebuild, where few documents change and none moves), otherwise by its file,
     * from {@code byPath}, filled from the last check the first time a document is not at its place.
     */
    private static Kept keptFor(ByPlace<Checked.Document, Kept> before, int place, Checked.Document doc, Map<String, Kept> byPath) {
        Kept atPlace = before.at(place, doc);
        if (atPlace != null) {
            return atPlace;
        }
        Checked.Document there = before.itemAt(place);
        if (there != null && there.file().path().equals(doc.file().path())) {
            // The same file read again: nothing found in its earlier version holds for it.
            return null;
        }
        if (byPath.isEmpty()) {
            for (int i = 0; i < before.size(); i++) {
                byPath.put(before.itemAt(i).file().path(), before.results().get(i));
            }
        }
        return byPath.get(doc.file().path());
    }

    /** This check's world: the last one itself when nothing in it changed, so that each document compares it by identity. */
    private World world(List<Entry> entries) {
        World now = new World(entries, data.files(), publication, site, schemas);
        return memo != null && memo.get(World.class) instanceof World last && sameWorld(last, now) ? last : now;
    }

    /** Whether two worlds are equal, their entries compared by identity first: most are the very ones the last check made. */
    private static boolean sameWorld(World last, World now) {
        if (last.entries().size() != now.entries().size()) {
            return false;
        }
        for (int i = 0; i < now.entries().size(); i++) {
            Entry before = last.entries().get(i);
            Entry entry = now.entries().get(i);
            if (before != entry && !before.equals(entry)) {
                return false;
            }
        }
        return last.data().equals(now.data()) && Objects.equals(last.publication(), now.publication())
                && last.site().equals(now.site()) && Objects.equals(last.schemas(), now.schemas());
    }

    /**
     * Who holds each address, file name (per type) and action id, the first file to claim it; and
     * the problem with each later one. The documents it holds are those of the check that made it:
     * while its world stays the same, a later check's documents hold the same addresses, names,
     * ids, publication and items heard, file by file, so only their paths are compared.
     */
    private static final class Holders {

        private final World world;
        private final Map<String, Map<String, Checked.Document>> bySlug = new HashMap<>();
        private final Map<String, Checked.Document> actionsById;
        private final Map<String, Checked.Document> byUrl;
        private final List<Problem> problems = new ArrayList<>();

        Holders(World world, List<Checked.Document> documents) {
            this.world = world;
            this.byUrl = new LinkedHashMap<>(documents.size() * 4 / 3 + 1);
            this.actionsById = new LinkedHashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                Checked.Document doc = documents.get(i);
                Checked.Document sameAddress = byUrl.putIfAbsent(doc.url(), doc);
                if (sameAddress != null) {
                    // about.md and about.adoc would both be published at about/: one would silently replace the other.
                    problems.add(Problem.inFile(doc.file().path(), "another file would be published at the same address, " + doc.url()
                            + ": " + sameAddress.file().path(), "keep one of them, or rename one"));
                    continue;
                }
                Checked.Document first = bySlug.computeIfAbsent(doc.type(), type -> new LinkedHashMap<>()).putIfAbsent(doc.slug(), doc);
                if (first != null) {
                    String noun = doc.type().equals("news") ? "news item" : doc.type();
                    problems.add(Problem.inFile(doc.file().path(), "another " + noun + " has the same file name: " + first.file().path(),
                            "rename one of them: other files refer to a " + noun + " by its file name, so each must be different"));
                }
                String id = world.entries().get(i).id();
                if (id != null) {
                    Checked.Document earlier = actionsById.putIfAbsent(id, doc);
                    if (earlier != null) {
                        problems.add(doc.file().problem("/id", "the id '" + id + "' is also used by " + earlier.file().path(),
                                "give each action its own id" + nextFreeId(id).map(free -> "; the next free one is " + free).orElse("")));
                    }
                }
            }
        }

        World world() {
            return world;
        }

        List<Problem> problems() {
            return problems;
        }

        /** Whether {@code doc} is the file that holds its action id. */
        boolean holdsId(String id, Checked.Document doc) {
            Checked.Document holder = actionsById.get(id);
            return holder != null && holder.file().path().equals(doc.file().path());
        }

        private java.util.Optional<String> nextFreeId(String id) {
            Matcher matcher = ACTION_ID.matcher(id);
            if (!matcher.matches()) {
                return java.util.Optional.empty();
            }
            String prefix = matcher.group(1) + "-" + matcher.group(2) + "-";
            int highest = actionsById.keySet().stream()
                    .filter(known -> known.startsWith(prefix))
                    .map(known -> known.substring(prefix.length()))
                    .filter(number -> number.chars().allMatch(Character::isDigit))
                    .mapToInt(Integer::parseInt).max().orElse(0);
            return java.util.Optional.of(prefix + String.format("%02d", highest + 1));
        }
    }

    private void checkMeeting(Checked.Document doc) {
        Map<String, Object> values = doc.values();
        reference(doc, "/committee", values.get("committee"), "committees", "the committee");
        text(values.get("minutes_approved_at")).ifPresent(slug -> document(doc, "/minutes_approved_at", slug, "meeting"));
        for (String list : List.of("attendees", "apologies", "declarations")) {
            forEachItem(values.get(list), (index, item) ->
                    reference(doc, "/" + list + "/" + index + "/organisation", item.get("organisation"), "organisations", "the organisation"));
        }
        for (String list : List.of("agenda", "decisions")) {
            forEachItem(values.get(list), (index, item) -> forEachText(item.get("actions"), (at, id) -> {
                if (!holders.actionsById.containsKey(id)) {
                    problems.add(doc.file().problem("/" + list + "/" + index + "/actions/" + at, "there is no action with the id '" + id + "'",
                            Nearest.suggestion(id, holders.actionsById.keySet(), "use the id of an action in content/actions/")));
                }
            }));
        }
    }

    private void checkEvent(Checked.Document doc) {
        Set<String> seen = new LinkedHashSet<>();
        forEachItem(doc.values().get("heard"), (index, item) -> text(item.get("id")).ifPresent(id -> {
            if (!seen.add(id)) {
                problems.add(doc.file().problem("/heard/" + index + "/id", "the id '" + id + "' is used twice in 'heard'",
                        "give each item its own id: actions link to an item by it"));
            }
        }));
    }

    private void checkAction(Checked.Document doc) {
        Map<String, Object> values = doc.values();
        reference(doc, "/owner", values.get("owner"), "organisations", "the organisation");
        // A copied action whose id was not changed is told as a duplicate id, not also as a wrong file name.
        if (values.get("id") instanceof String id && ACTION_ID.matcher(id).matches() && holders.holdsId(id, doc)) {
            String expected = id.toLowerCase(java.util.Locale.ROOT);
            if (!doc.slug().equals(expected)) {
                problems.add(doc.file().problem("/id", "the file name should be the id in lower case, " + expected,
                        "rename the file to " + expected + extension(doc) + ", or correct the id"));
            }
        }
        if (values.get("source") instanceof Map<?, ?> source) {
            text(source.get("meeting")).ifPresent(slug -> document(doc, "/source/meeting", slug, "meeting"));
            text(source.get("event")).ifPresent(slug -> {
                Checked.Document event = document(doc, "/source/event", slug, "event");
                text(source.get("item")).ifPresent(item -> {
                    if (event != null) {
                        List<String> heard = new ArrayList<>();
                        forEachItem(event.values().get("heard"), (index, entry) -> text(entry.get("id")).ifPresent(heard::add));
                        if (!heard.contains(item)) {
                            problems.add(doc.file().problem("/source/item", "the event '" + slug + "' has no item '" + item + "' in its 'heard' list",
                                    Nearest.suggestion(item, heard, heard.isEmpty() ? "add the item to the event's 'heard' list, or delete this line"
                                            : "use one of the ids under 'heard' in " + event.file().path())));
                        }
                    }
                });
            });
        }
        forEachText(values.get("themes"), (index, theme) -> reference(doc, "/themes/" + index, theme, "themes", "the theme"));
        forEachText(values.get("related"), (index, related) -> {
            if (related.equals(values.get("id"))) {
                problems.add(doc.file().problem("/related/" + index, "an action cannot be related to itself", "delete this line"));
            } else if (!holders.actionsById.containsKey(related)) {
                problems.add(doc.file().problem("/related/" + index, "there is no action with the id '" + related + "'",
                        Nearest.suggestion(related, holders.actionsById.keySet(), "use the id of an action in content/actions/")));
            } else {
                checkPublished(doc, "/related/" + index, holders.actionsById.get(related), related);
            }
        });
        forEachItem(values.get("updates"), (index, update) -> forEachItem(update.get("evidence"), (link, evidence) ->
                text(evidence.get("url")).ifPresent(url -> checkSiteLink(doc, "/updates/" + index + "/evidence/" + link + "/url", url))));
    }

    /** Ids in data files are unique, and committee members belong to known organisations. */
    private void checkDataFiles() {
        for (DataFiles.DataFile file : data.files().values()) {
            if (!(file.value() instanceof List<?> entries)) {
                continue;
            }
            SourceFile source = SourceFile.of(file);
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int index = 0; index < entries.size(); index++) {
                if (entries.get(index) instanceof Map<?, ?> entry && entry.get("id") instanceof String id) {
                    Integer first = seen.putIfAbsent(id, index);
                    if (first != null) {
                        problems.add(source.problem("/" + index + "/id", "the id '" + id + "' is used twice in this file (first in entry " + (first + 1) + ")",
                                "give each entry its own id"));
                    }
                }
            }
        }
        DataFiles.DataFile committees = data.files().get("committees");
        if (committees != null && committees.value() instanceof List<?> list) {
            SourceFile source = SourceFile.of(committees);
            for (int index = 0; index < list.size(); index++) {
                if (list.get(index) instanceof Map<?, ?> committee) {
                    int committeeIndex = index;
                    forEachItem(committee.get("members"), (member, seat) -> text(seat.get("organisation")).ifPresent(id -> {
                        Set<String> ids = ids("organisations");
                        if (!ids.contains(id)) {
                            problems.add(source.problem("/" + committeeIndex + "/members/" + member + "/organisation",
                                    "the organisation '" + id + "' is not in data/organisations.yaml", missingIdFix(id, ids, "organisations")));
                        }
                    }));
                }
            }
        }
    }

    // One reference of each kind.

    private void reference(Checked.Document doc, String pointer, Object value, String dataFile, String what) {
        text(value).ifPresent(id -> {
            Set<String> ids = ids(dataFile);
            if (!ids.contains(id)) {
                problems.add(doc.file().problem(pointer, what + " '" + id + "' is not in data/" + dataFile + ".yaml", missingIdFix(id, ids, dataFile)));
            }
        });
    }

    private static String missingIdFix(String id, Set<String> ids, String dataFile) {
        String otherwise = ids.isEmpty() ? "add it to data/" + dataFile + ".yaml"
                : "use one of: " + String.join(", ", ids) + "; or add it to data/" + dataFile + ".yaml";
        return Nearest.suggestion(id, ids, otherwise);
    }

    /** The document of {@code type} named {@code slug}, or null after reporting that there is none. */
    private Checked.Document document(Checked.Document doc, String pointer, String slug, String type) {
        Map<String, Checked.Document> ofType = holders.bySlug.getOrDefault(type, Map.of());
        Checked.Document found = ofType.get(slug);
        if (found == null) {
            String folder = "content/" + (type.equals("news") ? "news" : type + "s") + "/";
            problems.add(doc.file().problem(pointer, "there is no " + type + " '" + slug + "'",
                    Nearest.suggestion(slug, ofType.keySet(), "use the file name, without .md, of a " + type + " in " + folder)));
        } else {
            checkPublished(doc, pointer, found, slug);
        }
        return found;
    }

    /** A published document may refer only to published ones: the reference would show the other in its page, feeds and data. */
    private void checkPublished(Checked.Document doc, String pointer, Checked.Document target, String name) {
        if (publication == null || !publication.isPublished(doc.values())) {
            return;
        }
        String reason = publication.reasonHeldBack(target.values());
        if (reason != null) {
            problems.add(doc.file().problem(pointer, "this refers to " + name + ", which is not published yet: it is " + reason,
                    "publish " + target.file().path() + " first, or leave this out until it is published"));
        }
    }

    private void checkPaper(Checked.Document doc, String pointer, String path) {
        Path assets = site.resolve("assets").normalize();
        Path file = site.resolve(path).normalize();
        if (!file.startsWith(assets)) {
            problems.add(doc.file().problem(pointer, "the paper '" + path + "' is outside the assets folder", "keep papers in assets/papers/"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            List<String> neighbours = filesIn(file.getParent());
            String folder = site.relativize(file.getParent()).toString().replace('\\', '/') + "/";
            problems.add(doc.file().problem(pointer, "the paper '" + path + "' does not exist",
                    Nearest.to(file.getFileName().toString(), neighbours).map(name -> "did you mean '" + folder + name + "'?")
                            .orElse("upload the file to " + folder + " first, or correct its name")));
        }
    }

    /** A link such as {@code meetings/2024/2024-03-12-lpp/} into a section of documents must reach one. */
    private void checkSiteLink(Checked.Document doc, String pointer, String url) {
        if (url.contains(":") || url.startsWith("#")) {
            return;
        }
        String path = url.replaceAll("[#?].*$", "");
        int slash = path.indexOf('/');
        if (slash < 0 || !DOCUMENT_SECTIONS.contains(path.substring(0, slash)) || slash == path.length() - 1) {
            return;
        }
        String address = path.endsWith("/") ? path : path + "/";
        if (!holders.byUrl.containsKey(address)) {
            problems.add(doc.file().problem(pointer, "there is no page at '" + url + "' on this site",
                    Nearest.suggestion(address, holders.byUrl.keySet(), "copy the address of the page from the site, without the part before " + path.substring(0, slash + 1))));
        } else {
            checkPublished(doc, pointer, holders.byUrl.get(address), url);
        }
    }

    // Helpers for values that the schema check may already have found to be of the wrong kind.

    private Set<String> ids(String dataFile) {
        return idsByFile.computeIfAbsent(dataFile, this::idsIn);
    }

    private Set<String> idsIn(String dataFile) {
        Set<String> ids = new LinkedHashSet<>();
        DataFiles.DataFile file = data.files().get(dataFile);
        if (file != null && file.value() instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && map.get("id") instanceof String id) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static java.util.Optional<String> text(Object value) {
        return value instanceof String text && !text.isBlank() ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    private static void forEachItem(Object list, java.util.function.BiConsumer<Integer, Map<?, ?>> action) {
        if (list instanceof List<?> items) {
            for (int index = 0; index < items.size(); index++) {
                if (items.get(index) instanceof Map<?, ?> item) {
                    action.accept(index, item);
                }
            }
        }
    }

    private static void forEachText(Object list, java.util.function.BiConsumer<Integer, String> action) {
        if (list instanceof List<?> items) {
            for (int index = 0; index < items.size(); index++) {
                if (items.get(index) instanceof String text && !text.isBlank()) {
                    action.accept(index, text);
                }
            }
        }
    }

    private static String extension(Checked.Document doc) {
        String name = doc.file().path();
        return name.substring(name.lastIndexOf('.'));
    }

    private static List<String> filesIn(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
