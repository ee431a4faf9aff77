package org.publicrecord.types.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.publicrecord.content.DataFiles;
import org.publicrecord.testing.BuiltSite;

/**
 * Reads {@code actions.csv} as a spreadsheet would, checking what makes it open right on the way:
 * the UTF-8 byte-order mark first, CRLF at the end of every record, and a header row in the plain
 * words of messages.yaml. Records are returned keyed by each column's short name (the JSON field's).
 */
public final class ActionCsv {

    private ActionCsv() {
    }

    /** The short name of each column, by its plain-words heading, in the order of messages.yaml. */
    public static Map<String, String> fieldsByHeading() {
        Object messages = DataFiles.readFile(BuiltSite.EXAMPLE_SITE, BuiltSite.EXAMPLE_SITE.resolve("templates/messages/en-GB.yaml")).value();
        Map<?, ?> headings = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) messages).get("action")).get("data")).get("headings");
        Map<String, String> fields = new LinkedHashMap<>();
        headings.forEach((field, heading) -> fields.put(String.valueOf(heading), String.valueOf(field)));
        return fields;
    }

    public static List<CSVRecord> rows(String text) {
        assertThat(text).as("starts with a UTF-8 byte-order mark").startsWith("\uFEFF");
        String body = text.substring(1);
        assertThat(body).as("the last record ends with CRLF").endsWith("\r\n");
        Map<String, String> fields = fieldsByHeading();
        List<String> headings;
        try (CSVParser header = CSVParser.parse(body, CSVFormat.RFC4180.builder().setHeader().get())) {
            headings = header.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        for (String heading : headings) {
            assertThat(fields).as("a plain-words heading from messages.yaml").containsKey(heading);
            names.add(fields.get(heading));
        }
        try (CSVParser csv = CSVParser.parse(body, CSVFormat.RFC4180.builder()
                .setHeader(names.toArray(String[]::new)).setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = csv.getRecords();
            for (CSVRecord record : records) {
                // A line break inside a quoted cell may be anything; the one that ends a record is CRLF.
                int start = (int) record.getCharacterPosition();
                assertThat(body.substring(start - 2, start)).as("the record before line " + record.getRecordNumber() + " ends with CRLF")
                        .isEqualTo("\r\n");
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The short names of the columns, in the file's order. */
    public static List<String> names(String text) {
        Map<String, String> fields = fieldsByHeading();
        String firstLine = text.substring(1, text.indexOf("\r\n"));
        try (CSVParser header = CSVParser.parse(firstLine, CSVFormat.RFC4180)) {
            return header.getRecords().get(0).toList().stream().map(fields::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
