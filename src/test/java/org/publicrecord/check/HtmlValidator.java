package org.publicrecord.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks HTML documents against the Nu Html Checker (the engine behind validator.w3.org/nu), run
 * in-process with its bundled HTML5 schema, and reports errors only.
 */
public final class HtmlValidator {

    /** One conformance error; line and column are 1-based, or -1 when the checker gives none. */
    public record HtmlError(String source, int line, int column, String message) {
        @Override
        public String toString() {
            return source + ":" + line + ":" + column + ": " + message;
        }
    }

    // The schema the checker's own command-line client uses by default (HTML plus ARIA, SVG, MathML, RDFa).
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /** Loads the schema once; reuse the instance, since building the schema takes a second or two. */
    public HtmlValidator() {
        // false, false, false: leave logging configuration alone, log no URLs, and skip language
        // detection, which only ever yields warnings and is slow.
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(HTML5_SCHEMA, collector);
            // noStream=true buffers the document, so markup the parser cannot stream stays a plain
            // error instead of aborting the check; loadExternalEnts=false keeps it off the network.
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the Nu Html Checker", e);
        }
    }

    /** Validates an HTML file, read as UTF-8; the file name is the error's source. */
    public List<HtmlError> validate(Path file) {
        try {
            return check(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates an HTML document given as a string; errors have {@code "(string)"} as source. */
    public List<HtmlError> validate(String html) {
        return check(html.getBytes(StandardCharsets.UTF_8), "(string)");
    }

    // The checker keeps per-document state, so one document at a time per instance.
    private synchronized List<HtmlError> check(byte[] html, String source) {
        collector.start(source);
        InputSource input = new InputSource(new ByteArrayInputStream(html));
        input.setSystemId(source);
        try {
            validator.checkHtmlInputSource(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("Nu Html Checker failed on " + source, e);
        }
        return List.copyOf(collector.errors);
    }

    /** Keeps errors and fatal errors; warnings (which include the checker's info messages) are dropped. */
    private static final class Collector implements ErrorHandler {
        private final List<HtmlError> errors = new ArrayList<>();
        private String source = "";

        void start(String newSource) {
            errors.clear();
            source = newSource;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(new HtmlError(source, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
