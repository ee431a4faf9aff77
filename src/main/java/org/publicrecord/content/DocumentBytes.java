package org.publicrecord.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A content file as read ({@link SourceDocument}), as bytes for the build's cache, so that a new
 * process takes an unchanged file's fields as they were rather than parse its YAML again (most of
 * the read phase's time). Values are what {@link SafeYaml} and the other headers make: text,
 * true or false, whole and decimal numbers, nothing, lists and maps in their order.
 */
final class DocumentBytes {

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte BOOLEAN = 2;
    private static final byte INTEGER = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte LIST = 6;
    private static final byte MAP = 7;

    private DocumentBytes() {
    }

    /** The document's name, markup, fields with their places, and body, as bytes to keep. */
    static byte[] of(SourceDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(document.body().length() + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, document.name());
            out.writeByte(document.markup().ordinal());
            value(out, document.fields().values());
            out.writeInt(document.fields().positions().size());
            for (Map.Entry<String, Position> position : document.fields().positions().entrySet()) {
                text(out, position.getKey());
                position(out, position.getValue());
            }
            position(out, document.fields().start());
            text(out, document.body());
            out.writeInt(document.bodyFirstLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static SourceDocument from(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String name = text(in);
            SourceDocument.Markup markup = SourceDocument.Markup.values()[in.readByte()];
            Map<String, Object> values = (Map<String, Object>) value(in);
            int count = in.readInt();
            Map<String, Position> positions = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                positions.put(text(in), position(in));
            }
            Position start = position(in);
            return new SourceDocument(name, markup, new Fields(values, positions, start), text(in), in.readInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(TEXT);
            text(out, text);
        } else if (value instanceof Boolean truth) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(truth);
        } else if (value instanceof Integer number) {
            out.writeByte(INTEGER);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                text(out, (String) entry.getKey());
                value(out, entry.getValue());
            }
        } else {
            // Only the headers' readers make fields; anything else is a new kind of value this must learn.
            throw new IllegalArgumentException("a field's value of " + value.getClass() + " cannot be kept");
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        switch (kind) {
            case NULL:
                return null;
            case TEXT:
                return text(in);
            case BOOLEAN:
                return in.readBoolean();
            case INTEGER:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case LIST: {
                int size = in.readInt();
                List<Object> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(value(in));
                }
                return items;
            }
            case MAP: {
                int size = in.readInt();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    values.put(text(in), value(in));
                }
                return values;
            }
            default:
                throw new IllegalStateException("a kept document holds a value of unknown kind " + kind);
        }
    }

    private static void position(DataOutputStream out, Position position) throws IOException {
        out.writeInt(position.line());
        out.writeInt(position.column());
    }

    private static Position position(DataInputStream in) throws IOException {
        return new Position(in.readInt(), in.readInt());
    }

    /** Text of any length (a body may be longer than {@link DataOutputStream#writeUTF} takes). */
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
