package org.publicrecord.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interface's words, the site's address, its time zone and its language are each read by one
 * class: {@link Messages} reads templates/messages/<language>.yaml, {@link Site} reads the rest from
 * data/site.yaml, and every other class asks them. The main sources are searched, comments left out.
 */
class OnePlaceTest {

    private static final Path MAIN = Path.of("src/main/java");

    @ParameterizedTest(name = "{0} is read only by {1}")
    @CsvSource(delimiter = ';', value = {
            // The file of words, by name.
            "\"(templates/)?messages(\\.yaml|/[a-zA-Z-]+\\.yaml|\\s*=)|FOLDER = \"messages\";Messages.java",
            // data/site.yaml's url, timezone and language fields.
            "(get|field)\\(\"(url|timezone|language)\"\\);Site.java",
            // A time zone or a language made from a name, or a fixed one.
            "ZoneId\\.of\\(|Locale\\.(UK|US|ENGLISH|FRANCE|GERMANY|forLanguageTag|getDefault)\\b|new Locale(\\.Builder)?\\(; Site.java",
            // JBake's site.host and jvm.locale, which data/site.yaml replaces: read by nothing.
            "getSiteHost\\(|getJvmLocale\\(|jvm\\.locale; none"})
    void readInOnePlace(String written, String reader) throws IOException {
        Pattern pattern = Pattern.compile(written);
        List<String> readers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                List<String> code = Files.readAllLines(file).stream().filter(line -> !isComment(line)).toList();
                if (code.stream().anyMatch(line -> pattern.matcher(line).find())) {
                    readers.add(file.getFileName().toString());
                }
            }
        }
        if (reader.equals("Site.java") && written.startsWith("(get|field)")) {
            // Documents have url fields of their own (an action's, an online meeting's): only Site may read data/site.yaml's.
            readers.removeIf(name -> !readsSiteData(name));
        }
        if (reader.equals("none")) {
            assertThat(readers).isEmpty();
        } else {
            assertThat(readers).containsExactly(reader);
        }
    }

    private static boolean isComment(String line) {
        String code = line.strip();
        return code.startsWith("//") || code.startsWith("*") || code.startsWith("/*");
    }

    /** Whether a class reads the site's data file itself rather than asking {@link Site}. */
    private static boolean readsSiteData(String fileName) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            Path file = files.filter(path -> path.getFileName().toString().equals(fileName)).findFirst().orElseThrow();
            String text = Files.readString(file);
            return text.contains("get(\"site\")") || text.contains("class Site ") || text.contains("record Site(");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
