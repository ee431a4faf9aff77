package org.publicrecord.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import org.publicrecord.problem.Problem;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.ByPlace;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.schema.Schemas;
import org.publicrecord.trust.PlainFields;
import org.publicrecord.trust.Publication;

/**
 * Checks the whole site's sources before anything is rendered and returns every problem at once,
 * so an editor fixes them in one pass instead of one build per mistake: each document's fields
 * against its type's schema, each data file against its schema, file names, bodies (alt text,
 * nothing that runs code), and every reference between files. Drafts are checked too, so that a
 * draft is ready to publish the moment its status changes.
 */
public class SiteValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern DATED_NAME = Pattern.compile("^([0-9]{4}-[0-9]{2}-[0-9]{2})-");
    /** The cache's shelf of documents found without problems, by their contents. */
    public static final String CLEAN = "valid";
    /** What the shelf of clean documents keeps under each one's key: that it is there says all. */
    private static final byte[] CLEAN_MARK = new byte[0];
    /** The memo's key of what the last validation found, by place in path order ({@link ByPlace}). */
    private static final Object FOUND_IN_ORDER = new Object();
    private static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    /** The rules every site's sources are checked by, in the order the handbook lists them; content types add their own. */
    public static final List<Rule> RULES = List.of(
            Placeholders.RULE,
            Rule.of("Every data file in data/ matches its schema, and data/site.yaml exists.", SiteValidator::dataFiles),
            Rule.ofEachDocument("Folder and file names are lower case with words joined by hyphens, since they become addresses.",
                    (site, document) -> checkFileName(document.source()).stream().toList()),
            Rule.ofEachDocument("Every document's type is one of the site's content types.",
                    (site, document) -> document.type() != null ? List.of()
                            : List.of(unknownType(document.file(), document.values(), site.schemas().types()))),
            Rule.ofEachDocument("Every document's fields match its type's schema: names, kinds of value, required fields, allowed values.",
                    SiteValidator::fields),
            Rule.ofEachDocument("A file named after its date, or in a folder named after a year, agrees with its date field.",
                    (site, document) -> document.type() == null ? List.of() : checkDateInPath(document)),
            Rule.ofEachDocument("Fields are plain text: no markup in a field, and an address only with a scheme that is allowed.",
                    (site, document) -> PlainFields.check(document.values()).stream()
                            .map(finding -> document.problem(finding.pointer(), finding.message(), finding.fix())).toList()),
            Rule.ofEachDocument("Bodies give every picture a text alternative and hold nothing that could run code.",
                    (site, document) -> BodyChecks.check(document.source())),
            Rule.of("Every reference between files leads somewhere (meetings, events, actions, committees, organisations, themes, "
                    + "papers, pages), and no published document refers to one that is not published yet.",
                    site -> new References(site).check()));

    private final List<String> types;
    private final Path site;
    private final Schemas schemas;
    private final List<Rule> rules;
    private Publication publication;
    private Map<Object, Object> kept;
    private BuildCache.Shelf clean = BuildCache.none().shelf(CLEAN);
    private Function<SourceDocument, String> keyOf = document -> null;
    /** What the rules of one document at a time find depends on them (by their sentences) and the schemas alone. */
    private final String eachDocumentRules;

    /**
     * @param schemas the schemas of the site's content types and data files
     * @param site    the site folder, against which papers' files under {@code assets/} are checked
     */
    public SiteValidator(Schemas schemas, Path site) {
        this(schemas, site, List.of());
    }

    /** A validator with the content types' own rules after {@link #RULES}. */
    public SiteValidator(Schemas schemas, Path site, List<Rule> typeRules) {
        this.schemas = schemas;
        this.types = schemas.types();
        this.site = site.toAbsolutePath().normalize();
        List<Rule> all = new ArrayList<>(RULES);
        all.addAll(typeRules);
        this.rules = List.copyOf(all);
        this.eachDocumentRules = BuildCache.digest(BuildCache.CODE, types,
                rules.stream().filter(Rule.EachDocument.class::isInstance).map(Rule::checks).toList());
    }

    /**
     * Also checks that no document this build publishes refers to one it leaves out (a draft, or one
     * whose publish date is to come), since the reference would show it in a page, a feed or the open data.
     */
    public SiteValidator publishing(Publication publication) {
        this.publication = publication;
        return this;
    }

    /**
     * Keeps in {@code memo} the problems each document had by each rule of {@link
     * Rule#ofEachDocument}, and takes them from there for a document that is the very one checked
     * before (a document read again is a new one); the references are kept in the same way while
     * nothing they lead to changes ({@link Checked#memo()}). The preview checks only what changed.
     */
    public SiteValidator keeping(Map<Object, Object> memo) {
        this.kept = memo;
        return this;
    }

    /**
     * Takes from {@code clean} that a document an earlier build checked had no problem by the rules
     * of {@link Rule#ofEachDocument}, so a new process checks only documents that are new or
     * changed; {@code keyOf} gives a digest that changes with anything a document holds (the read
     * phase's, {@link org.publicrecord.content.Sources#keyOf}), or null. Only documents without
     * problems are kept: one with a problem stops the build, and is checked again after the fix.
     */
    public SiteValidator keepingClean(BuildCache.Shelf clean, Function<SourceDocument, String> keyOf) {
        this.clean = clean;
        this.keyOf = keyOf;
        return this;
    }

    /** Every problem every rule finds, each once, in the order of the files and lines. */
    public List<Problem> validate(List<SourceDocument> documents, DataFiles data) {
        List<Found> found = kept == null ? inOrder(documents.stream().map(this::found).toList()) : foundKeeping(documents);
        Checked sources = new Checked(found.stream().map(Found::document).toList(), data, site, schemas, publication, kept);
        List<Problem> problems = new ArrayList<>();
        Set<String> examples = new HashSet<>();
        List<Found> withProblems = eachDocument(sources, found);
        for (Rule rule : rules) {
            List<Problem> byRule = check(rule, sources, withProblems);
            if (rule == Placeholders.RULE) {
                byRule.forEach(problem -> examples.add(Placeholders.lineOf(problem)));
                problems.addAll(byRule);
            } else {
                // A template's example left in a field is told once, as that: not also as the wrong kind of value.
                byRule.stream().filter(problem -> !examples.contains(Placeholders.lineOf(problem))).forEach(problems::add);
            }
        }
        List<Problem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(BY_PLACE);
        return unique;
    }

    /**
     * Has each rule of {@link Rule#ofEachDocument} check each document it has not checked yet: all
     * of them in one pass over the documents. Returns the documents some of these rules found a
     * problem in, in their order: in a preview's rebuild, usually none, and only they are looked
     * at again for the problems of each rule.
     */
    private List<Found> eachDocument(Checked sources, List<Found> found) {
        List<Rule.EachDocument> each = rules.stream().filter(Rule.EachDocument.class::isInstance).map(Rule.EachDocument.class::cast).toList();
        return found.parallelStream().filter(document -> {
            String key = document.cleanKey();
            if (!eachDocumentRules.equals(document.cleanBy)) {
                boolean checked = each.stream().allMatch(rule -> document.problems().containsKey(rule));
                if (!checked && key != null && clean.find(key) != null) {
                    each.forEach(rule -> document.problems().putIfAbsent(rule, List.of()));
                } else {
                    each.forEach(rule -> document.problems().computeIfAbsent(rule, same -> rule.check(sources, document.document())));
                }
                if (each.stream().allMatch(rule -> document.problems().get(rule).isEmpty())) {
                    document.cleanBy = eachDocumentRules;
                }
            }
            boolean withoutProblems = eachDocumentRules.equals(document.cleanBy);
            // Kept whether found now, on the shelf or in the preview's memo, so the next process finds it too.
            if (key != null && withoutProblems) {
                clean.keep(key, CLEAN_MARK);
            }
            return !withoutProblems;
        }).toList();
    }

    /**
     * The documents as the rules see them, in the order of their paths, taking from the memo what
     * the last validation found: by place while every place holds the same file as then (a
     * preview's rebuild after an edit: the list is already in order, and each unchanged document
     * is found without a lookup), otherwise by file name.
     */
    @SuppressWarnings("unchecked")
    private List<Found> foundKeeping(List<SourceDocument> documents) {
        ByPlace<SourceDocument, Found> last = kept.get(FOUND_IN_ORDER) instanceof ByPlace<?, ?> earlier
                ? (ByPlace<SourceDocument, Found>) earlier : ByPlace.none();
        boolean samePlaces = last.size() == documents.size();
        List<Found> found = new ArrayList<>(documents.size());
        for (int place = 0; place < documents.size(); place++) {
            SourceDocument source = documents.get(place);
            Found before = last.at(place, source);
            if (before == null || !fits(before, source)) {
                samePlaces &= last.itemAt(place) != null && last.itemAt(place).name().equals(source.name());
                before = found(source);
            }
            found.add(before);
        }
        if (!samePlaces) {
            // A file deleted or renamed since is let go, so that a long preview keeps only the site as it is.
            Set<String> present = new HashSet<>();
            documents.forEach(document -> present.add(document.name()));
            kept.entrySet().removeIf(entry -> entry.getValue() instanceof Found && !present.contains(entry.getKey()));
            found = inOrder(found);
        }
        kept.put(FOUND_IN_ORDER, new ByPlace<>(found.stream().map(Found::source).toList(), List.copyOf(found)));
        return found;
    }

    private static List<Found> inOrder(List<Found> found) {
        return found.stream().sorted(Comparator.comparing(each -> each.document().file().path())).toList();
    }

    /** The key under which {@code source} is kept as clean, or null when nothing is kept. */
    private String cleanKey(SourceDocument source) {
        String document = clean.keeps() ? keyOf.apply(source) : null;
        return document == null ? null : BuildCache.digest(eachDocumentRules, document);
    }

    /** The problems {@code rule} finds: for a rule of one document at a time, those it found in {@code withProblems}. */
    private static List<Problem> check(Rule rule, Checked sources, List<Found> withProblems) {
        if (!(rule instanceof Rule.EachDocument)) {
            return rule.check(sources);
        }
        List<Problem> byRule = new ArrayList<>();
        withProblems.forEach(document -> byRule.addAll(document.problems().get(rule)));
        return byRule;
    }

    /**
     * The document as the rules see it, with the problems found in it so far: those kept for it
     * when it is the very one checked before, by these schemas. Kept by file name, so a file's
     * earlier versions are let go.
     */
    private Found found(SourceDocument source) {
        if (kept == null) {
            return new Found(source, schemas, document(source), cleanKey(source));
        }
        return (Found) kept.compute(source.name(), (name, before) -> before instanceof Found same && fits(same, source) ? same
                : new Found(source, schemas, document(source), cleanKey(source)));
    }

    /** Whether what was found before holds for {@code source}: the very document, checked against these schemas, with its key if one is kept. */
    private boolean fits(Found before, SourceDocument source) {
        return before.source() == source && before.schemas() == schemas && (before.cleanKey() != null || !clean.keeps());
    }

    /**
     * A document as the rules see it, and what each rule of {@link Rule#ofEachDocument} found in it, checked against these schemas;
     * {@code cleanKey} is its key on the shelf of clean documents, null when nothing is kept.
     */
    private static final class Found {

        private final SourceDocument source;
        private final Schemas schemas;
        private final Checked.Document document;
        private final Map<Rule, List<Problem>> problems = new ConcurrentHashMap<>();
        private final String cleanKey;
        /**
         * The digest of the rules of one document at a time that found no problem in it, once they
         * all have: the preview's later builds then pass over it without asking each rule again.
         */
        private volatile String cleanBy;

        private Found(SourceDocument source, Schemas schemas, Checked.Document document, String cleanKey) {
            this.source = source;
            this.schemas = schemas;
            this.document = document;
            this.cleanKey = cleanKey;
        }

        SourceDocument source() {
            return source;
        }

        Schemas schemas() {
            return schemas;
        }

        Checked.Document document() {
            return document;
        }

        Map<Rule, List<Problem>> problems() {
            return problems;
        }

        String cleanKey() {
            return cleanKey;
        }
    }

    private Checked.Document document(SourceDocument document) {
        Object written = document.fields().values().get("type");
        int known = written instanceof String name ? types.indexOf(name) : -1;
        // The schemas' own text, which the rules' literals are: thousands of comparisons a check then end at identity.
        String type = known >= 0 ? types.get(known) : null;
        String path = document.name();
        String slugPath = path.substring(path.indexOf('/') + 1, path.lastIndexOf('.'));
        String slug = slugPath.substring(slugPath.lastIndexOf('/') + 1);
        return new Checked.Document(document, type, slug, slugPath + "/", SourceFile.of(document, type));
    }

    /** What the data files' check found, for the very data files read and the schemas checked against. */
    private record DataChecked(DataFiles data, Schemas schemas, List<Problem> problems) {
    }

    private static List<Problem> dataFiles(Checked site) {
        // The read phase hands the very same data files over while none of them changed.
        if (site.memo() != null && site.memo().get(DataChecked.class) instanceof DataChecked last && last.data() == site.data()
                && last.schemas() == site.schemas()) {
            return last.problems();
        }
        List<Problem> problems = dataFilesAnew(site);
        if (site.memo() != null) {
            site.memo().put(DataChecked.class, new DataChecked(site.data(), site.schemas(), List.copyOf(problems)));
        }
        return problems;
    }

    private static List<Problem> dataFilesAnew(Checked site) {
        List<Problem> problems = new ArrayList<>();
        site.data().files().values().forEach(file -> problems.addAll(checkDataFile(site.schemas(), file)));
        if (!site.data().files().containsKey("site")) {
            problems.add(Problem.inFile("data/site.yaml", "the file data/site.yaml is missing",
                    "every site needs one: copy it from the project's example site and change its facts"));
        }
        return problems;
    }

    private static List<Problem> fields(Checked site, Checked.Document document) {
        if (document.type() == null) {
            return List.of();
        }
        JsonSchema schema = site.schemas().validator(document.type());
        return new SchemaMessages(site.schemas(), document.type(), document.file())
                .explain(schema.validate(JSON.valueToTree(document.values())));
    }

    private static Problem unknownType(SourceFile file, Map<String, Object> values, List<String> names) {
        Object type = values.get("type");
        if (type == null) {
            return values.containsKey("type")
                    ? file.problem("/type", "the field 'type' is empty", "write one of: " + String.join(", ", names))
                    : file.problem("", "the required field 'type' is missing", "add a line such as 'type: " + names.get(0)
                            + "', with one of: " + String.join(", ", names));
        }
        String written = String.valueOf(type);
        return file.problem("/type", "'" + written + "' is not one of: " + String.join(", ", names),
                Nearest.suggestion(written, names, "write one of them exactly as shown"));
    }

    private static List<Problem> checkDataFile(Schemas schemas, DataFiles.DataFile data) {
        JsonSchema schema = schemas.validator(data.name());
        if (schema == null || !Schemas.DATA_FILES.contains(data.name())) {
            return List.of();
        }
        SourceFile file = SourceFile.of(data);
        if (data.value() == null) {
            return List.of(Problem.at(data.path(), 1, 1, "the file is empty", "compare it with the data files of the project's example site"));
        }
        return new SchemaMessages(schemas, data.name(), file).explain(schema.validate(JSON.valueToTree(data.value())));
    }

    /** Folders and file names in lower case with hyphens: they become the page's address. */
    static java.util.Optional<Problem> checkFileName(SourceDocument document) {
        String[] parts = document.name().split("/");
        for (int i = 1; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            String part = parts[i];
            // A translation's language before the extension (about.pl.md) is not part of its address.
            String named = last ? org.publicrecord.site.Language.withoutSuffix(part) : part;
            String name = last ? named.substring(0, Math.max(0, named.lastIndexOf('.'))) : part;
            String extension = last ? part.substring(part.lastIndexOf('.')) : "";
            if (!KEBAB.matcher(name).matches() || !extension.equals(extension.toLowerCase(Locale.ROOT))) {
                String suggested = kebab(name);
                String fix = suggested.isEmpty() ? "use only lower-case letters, digits and hyphens"
                        : "rename it to '" + suggested + extension.toLowerCase(Locale.ROOT) + "'";
                return java.util.Optional.of(Problem.inFile(document.name(), "the " + (last ? "file" : "folder") + " name '" + part
                        + "' should be lower case, with words joined by hyphens, because it becomes the page's address", fix));
            }
        }
        return java.util.Optional.empty();
    }

    private static String kebab(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** A file named after its date ({@code 2024-03-12-lpp.md}) in a year folder must agree with its date field. */
    private static List<Problem> checkDateInPath(Checked.Document checked) {
        SourceDocument document = checked.source();
        SourceFile file = checked.file();
        String slug = checked.slug();
        String slugPath = checked.url().substring(0, checked.url().length() - 1);
        if (!(checked.values().get("date") instanceof String written)) {
            return List.of();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Matcher dated = DATED_NAME.matcher(slug);
        if (dated.find() && !dated.group(1).equals(written)) {
            problems.add(file.problem("/date", "the file name starts with " + dated.group(1) + " but the date is " + written,
                    "make them the same: rename the file to " + written + slug.substring(10) + extensionOf(document) + ", or correct the date"));
        }
        String[] folders = slugPath.split("/");
        if (folders.length >= 2) {
            String folder = folders[folders.length - 2];
            if (YEAR.matcher(folder).matches() && Integer.parseInt(folder) != day.getYear()) {
                problems.add(file.problem("/date", "the file is in the " + folder + " folder but its date is in " + day.getYear(),
                        "move it to the " + day.getYear() + " folder, or correct the date"));
            }
        }
        return problems;
    }

    private static String extensionOf(SourceDocument document) {
        return document.name().substring(document.name().lastIndexOf('.'));
    }
}
