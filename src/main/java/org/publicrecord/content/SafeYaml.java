package org.publicrecord.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML written by editors into plain maps, lists, strings, numbers and booleans, keeping the
 * line of every value. Only SnakeYAML's composer is used, never its object constructor, so a tag
 * such as {@code !!javax.script.ScriptEngineManager} can only ever be an error, never an object.
 *
 * <p>Plain values are typed for editors rather than by YAML 1.1's surprises: {@code 18:00} stays
 * the text "18:00" (YAML 1.1 reads it as the number 1080), {@code 2024-03-12} stays text for the
 * schema to check as a date, {@code yes}/{@code no} stay text so the schema can ask for
 * true/false, and {@code 012} is not an octal number.
 */
public final class SafeYaml {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    /** How many mistakes after the first one file reports at most. */
    private static final int MORE_MISTAKES = 20;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)\\.[0-9]+");

    private SafeYaml() {
    }

    /**
     * Reads front matter, which must be a mapping of field names to values.
     *
     * @param yaml      the YAML text
     * @param file      the file's name as editors see it
     * @param firstLine the line of the file on which {@code yaml} starts
     */
    public static Fields read(String yaml, String file, int firstLine) {
        Fields fields = Fields.empty(new Position(firstLine, 1));
        Node root = compose(yaml, file, firstLine);
        if (root == null) {
            return fields;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new BuildFailure(Problem.at(file, line(root.getStartMark(), firstLine), 1,
                    "the front matter should be a list of 'field: value' lines",
                    "write one field per line, such as 'title: Board meeting'"));
        }
        fields.values().putAll(new Converter(file, firstLine, fields.positions()).mapping(mapping, ""));
        return fields;
    }

    /** Reads a whole data file, whose top level may be a mapping or a list; positions go into {@code positions}. */
    public static Object readData(String yaml, String file, Map<String, Position> positions) {
        Node root = compose(yaml, file, 1);
        return root == null ? null : new Converter(file, 1, positions).value(root, "");
    }

    private static Node compose(String yaml, String file, int firstLine) {
        try {
            return new Yaml(loaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new BuildFailure(everyMistake(yaml, file, firstLine, YamlMistakes.explain(e, file, firstLine)));
        } catch (YAMLException e) {
            throw new BuildFailure(Problem.at(file, firstLine, 1, "the YAML could not be read: " + e.getMessage(),
                    "compare it with the file of the same type in content/_templates/"));
        }
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(5_000_000);
        return options;
    }

    /**
     * The first mistake and those after it: the parser stops at the first, so the line it names is
     * set aside (read as blank) and the text read again, until it reads or the next mistake is no
     * further on. An editor then fixes every broken line of a file in one go, not one per build.
     */
    private static List<Problem> everyMistake(String yaml, String file, int firstLine, Problem first) {
        List<Problem> problems = new ArrayList<>(List.of(first));
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        Problem last = first;
        for (int attempt = 0; attempt < MORE_MISTAKES && last.line() - firstLine < lines.size(); attempt++) {
            int index = last.line() - firstLine;
            if (index < 0 || lines.get(index).isBlank()) {
                break;
            }
            lines.set(index, "");
            try {
                new Yaml(loaderOptions()).compose(new StringReader(String.join("\n", lines)));
                break;
            } catch (MarkedYAMLException e) {
                Problem next = YamlMistakes.explain(e, file, firstLine);
                if (next.line() <= last.line()) {
                    break;
                }
                problems.add(next);
                last = next;
            } catch (YAMLException e) {
                break;
            }
        }
        return problems;
    }

    static int line(Mark mark, int firstLine) {
        return mark.getLine() + firstLine;
    }

    private record Converter(String file, int firstLine, Map<String, Position> positions) {

        Object value(Node node, String pointer) {
            checkTag(node);
            if (node instanceof MappingNode mapping) {
                return mapping(mapping, pointer);
            }
            if (node instanceof SequenceNode sequence) {
                List<Object> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    String itemPointer = pointer + "/" + items.size();
                    positions.put(itemPointer, position(item.getStartMark()));
                    items.add(value(item, itemPointer));
                }
                return items;
            }
            return scalar((ScalarNode) node);
        }

        Map<String, Object> mapping(MappingNode mapping, String pointer) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                checkTag(keyNode);
                if (!(keyNode instanceof ScalarNode key)) {
                    throw new BuildFailure(Problem.at(file, line(keyNode.getStartMark(), firstLine), 1,
                            "a field name must be a plain word", "write it as 'name: value'"));
                }
                if (values.containsKey(key.getValue())) {
                    // The composer does not apply LoaderOptions' duplicate-key rule; only a constructor would.
                    throw new BuildFailure(Problem.at(file, line(key.getStartMark(), firstLine), key.getStartMark().getColumn() + 1,
                            "the field '" + key.getValue() + "' appears twice", "keep one of them and delete the other"));
                }
                String childPointer = pointer + "/" + key.getValue().replace("~", "~0").replace("/", "~1");
                positions.put(childPointer, position(key.getStartMark()));
                values.put(key.getValue(), value(tuple.getValueNode(), childPointer));
            }
            return values;
        }

        private Object scalar(ScalarNode node) {
            String text = node.getValue();
            if (!node.isPlain()) {
                return text;
            }
            if (text.isEmpty() || text.equals("~") || text.equalsIgnoreCase("null")) {
                return null;
            }
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.valueOf(text);
            }
            if (WHOLE_NUMBER.matcher(text).matches()) {
                long number = Long.parseLong(text);
                return number == (int) number ? (Object) (int) number : (Object) number;
            }
            if (DECIMAL.matcher(text).matches()) {
                return Double.valueOf(text);
            }
            return text;
        }

        private void checkTag(Node node) {
            Tag tag = node.getTag();
            if (!PLAIN_TAGS.contains(tag)) {
                throw new BuildFailure(Problem.at(file, line(node.getStartMark(), firstLine), node.getStartMark().getColumn() + 1,
                        "the YAML tag '" + tag.getValue().replace(Tag.PREFIX, "!!") + "' is not allowed",
                        "remove the tag that starts with '!' and write the value as plain text"));
            }
        }

        private Position position(Mark mark) {
            return new Position(line(mark, firstLine), mark.getColumn() + 1);
        }
    }
}
