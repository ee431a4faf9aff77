package org.publicrecord.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * The YAML files in {@code data/}, read once: each is known by its file name without extension
 * ({@code data/site.yaml} is {@code site}), with the line of every value for error messages.
 */
public final class DataFiles {

    /** One data file's content and where each value is written. */
    public record DataFile(String name, String path, Object value, Map<String, Position> positions) {
    }

    private final Map<String, DataFile> files;

    private DataFiles(Map<String, DataFile> files) {
        this.files = files;
    }

    public static DataFiles read(Path source, Path dataFolder) {
        Map<String, DataFile> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dataFolder)) {
            return new DataFiles(files);
        }
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dataFolder)) {
            for (Path path : paths.sorted().toList()) {
                String fileName = path.getFileName().toString();
                if (!Files.isRegularFile(path) || !(fileName.endsWith(".yaml") || fileName.endsWith(".yml"))) {
                    continue;
                }
                try {
                    DataFile file = readFile(source, path);
                    files.put(file.name(), file);
                } catch (BuildFailure failure) {
                    problems.addAll(failure.problems());
                }
            }
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile("data", "the data folder could not be read: " + e.getMessage(), "check its permissions"));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return new DataFiles(files);
    }

    /** Reads one YAML file; its name is the file name without extension. */
    public static DataFile readFile(Path source, Path path) {
        String fileName = path.getFileName().toString();
        String shown = source.relativize(path).toString().replace('\\', '/');
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        Map<String, Position> positions = new LinkedHashMap<>();
        Object value = SafeYaml.readData(SourceText.read(path, shown).text(), shown, positions);
        return new DataFile(name, shown, value, positions);
    }

    public Map<String, DataFile> files() {
        return files;
    }

    /** Each file's value by name, as templates see them. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        files.forEach((name, file) -> values.put(name, file.value()));
        return values;
    }
}
