package org.publicrecord.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import org.publicrecord.build.BuildCache;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * Makes the smaller copies of a picture that a responsive {@code srcset} offers: one per width
 * in {@link #WIDTHS} up to the picture's own width, each as WebP (small) and in the original's
 * format (for browsers without WebP), written beside where the original is published. Each
 * picture is made once per build however many pages show it, and once at all while it and the
 * build's code stay the same: the copies are kept in the build's cache ({@code images}), since
 * decoding, resizing and encoding WebP took a third of a second of every build of the example site.
 */
public final class ImageVariants {

    /**
     * The widths offered, in pixels: a phone (320 CSS px at 1x and 2x), and the text column
     * (about 684 CSS px wide at most) at 1x and 2x.
     */
    static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280);
    private static final float QUALITY = 0.8f;

    /** One copy of a picture at one width. {@code path} is relative to the built site. */
    public record Variant(String path, int width, int height, String mimeType) {
    }

    /** Every copy of one picture: WebP first, then the fallback format, each from narrow to wide. */
    public record Variants(List<Variant> webp, List<Variant> fallback) {
        /** The widest fallback copy: the {@code src}, {@code width} and {@code height} of the img. */
        public Variant largest() {
            return fallback.get(fallback.size() - 1);
        }
    }

    static {
        // ImageIO finds writers through the class loader of whichever thread first asks, which under
        // Maven's exec:java or a thread pool is not the one holding the WebP jar: register from ours.
        for (ImageWriterSpi writer : ServiceLoader.load(ImageWriterSpi.class, ImageVariants.class.getClassLoader())) {
            IIORegistry.getDefaultInstance().registerServiceProvider(writer, ImageWriterSpi.class);
        }
    }

    /** Where the copies go: a file of the built site, by its path in the site. */
    @FunctionalInterface
    public interface Output {
        /** Writes {@code bytes} to {@code path}; {@code asset} is the picture they are a copy of, for errors. */
        void write(String path, byte[] bytes, String asset);
    }

    private static final int FORMAT = 1;

    private final Path source;
    private final Output output;
    private final BuildCache.Shelf kept;
    private final Map<String, Variants> made = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger resized = new java.util.concurrent.atomic.AtomicInteger();

    /** Reads pictures from the site folder {@code source}; writes copies to {@code output}. */
    public ImageVariants(Path source, Output output) {
        this(source, output, BuildCache.none().shelf("images"));
    }

    /** As {@link #ImageVariants(Path, Output)}, taking the copies an earlier build made of the same picture from {@code kept}. */
    public ImageVariants(Path source, Output output, BuildCache.Shelf kept) {
        this.source = source;
        this.output = output;
        this.kept = kept;
    }

    /** How many pictures this build resized, rather than took from the cache. */
    int resized() {
        return resized.get();
    }

    /**
     * The copies of the picture at {@code asset} ({@code assets/images/x.jpg}, relative to the site
     * folder), made on first use. {@code usedBy} names the file that shows it, for errors.
     */
    public Variants of(String asset, String usedBy) {
        return made.computeIfAbsent(asset, key -> make(key, usedBy));
    }

    /** How many files of copies have been written. */
    public int files() {
        return made.values().stream().mapToInt(copies -> copies.webp().size() + copies.fallback().size()).sum();
    }

    private Variants make(String asset, String usedBy) {
        Path file = source.resolve(asset).normalize();
        if (!file.startsWith(source) || !Files.isRegularFile(file)) {
            throw new BuildFailure(Problem.inFile(usedBy, "the picture '" + asset + "' does not exist",
                    "put the picture in assets/images/ and write its path from the site folder, such as assets/images/workshop.jpg"));
        }
        byte[] picture;
        try {
            picture = Files.readAllBytes(file);
        } catch (IOException e) {
            picture = null;
        }
        String key = picture == null ? null : BuildCache.digest(BuildCache.CODE, asset, picture);
        byte[] earlier = key == null ? null : kept.find(key);
        if (earlier != null) {
            return written(earlier, asset);
        }
        BufferedImage original;
        try {
            original = picture == null ? null : ImageIO.read(new ByteArrayInputStream(picture));
        } catch (IOException e) {
            original = null;
        }
        if (original == null) {
            throw new BuildFailure(Problem.inFile(asset, "this picture could not be read (used in " + usedBy + ")",
                    "save it as a JPEG or PNG file"));
        }
        String extension = asset.substring(asset.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String fallbackFormat = extension.equals("png") ? "png" : "jpeg";
        // assets/images/x.jpg is published as images/x.jpg; its copies go beside it as images/x-640.webp.
        String published = asset.startsWith("assets/") ? asset.substring("assets/".length()) : asset;
        String stem = published.substring(0, published.lastIndexOf('.'));
        List<Variant> webp = new ArrayList<>();
        List<Variant> fallback = new ArrayList<>();
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(record)) {
            out.writeInt(FORMAT);
            List<Integer> widths = widthsFor(original.getWidth());
            out.writeInt(widths.size());
            for (int width : widths) {
                BufferedImage resized = resize(original, width, fallbackFormat.equals("jpeg"));
                webp.add(write(resized, stem + "-" + width + ".webp", "image/webp", asset, out));
                fallback.add(write(resized, stem + "-" + width + (fallbackFormat.equals("png") ? ".png" : ".jpg"), "image/" + fallbackFormat, asset, out));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resized.incrementAndGet();
        kept.keep(key, record.toByteArray());
        return new Variants(List.copyOf(webp), List.copyOf(fallback));
    }

    /** The copies an earlier build made, as {@link #make} recorded them, written to the output again. */
    private Variants written(byte[] record, String asset) {
        List<Variant> webp = new ArrayList<>();
        List<Variant> fallback = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(record))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("another format");
            }
            int widths = in.readInt();
            for (int i = 0; i < widths; i++) {
                webp.add(read(in, asset));
                fallback.add(read(in, asset));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a kept copy of " + asset + " could not be read", e);
        }
        return new Variants(List.copyOf(webp), List.copyOf(fallback));
    }

    private Variant read(DataInputStream in, String asset) throws IOException {
        Variant variant = new Variant(in.readUTF(), in.readInt(), in.readInt(), in.readUTF());
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        output.write(variant.path(), bytes, asset);
        return variant;
    }

    /** The widths to make for a picture {@code originalWidth} pixels wide: never wider than it is. */
    static List<Integer> widthsFor(int originalWidth) {
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(width -> width < originalWidth).toList());
        if (widths.size() < WIDTHS.size()) {
            widths.add(Math.min(originalWidth, WIDTHS.get(WIDTHS.size() - 1)));
        }
        return widths;
    }

    private static BufferedImage resize(BufferedImage original, int width, boolean opaque) {
        try {
            BufferedImage resized = Thumbnails.of(original).width(width).asBufferedImage();
            if (!opaque || resized.getType() == BufferedImage.TYPE_INT_RGB) {
                return resized;
            }
            // JPEG has no transparency: draw onto an opaque image so no writer has to guess.
            BufferedImage rgb = new BufferedImage(resized.getWidth(), resized.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(resized, 0, 0, java.awt.Color.WHITE, null);
            return rgb;
        } catch (IOException e) {
            throw new IllegalStateException("resizing failed", e);
        }
    }

    private Variant write(BufferedImage image, String path, String mimeType, String asset, DataOutputStream record) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mimeType);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no image writer for " + mimeType + " on the class path");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed() && !mimeType.equals("image/png")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (param.getCompressionTypes() != null && param.getCompressionTypes().length > 0) {
                    // Photographs: lossy, for WebP too ("Lossy" is the first type the WebP writer lists).
                    param.setCompressionType(param.getCompressionTypes()[0]);
                }
                param.setCompressionQuality(QUALITY);
            }
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            }
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(asset, "a smaller copy for " + path + " could not be made: " + e.getMessage(),
                    "save the picture again as a JPEG or PNG file"));
        } finally {
            writer.dispose();
        }
        output.write(path, bytes.toByteArray(), asset);
        Variant variant = new Variant(path, image.getWidth(), image.getHeight(), mimeType);
        record.writeUTF(variant.path());
        record.writeInt(variant.width());
        record.writeInt(variant.height());
        record.writeUTF(variant.mimeType());
        record.writeInt(bytes.size());
        bytes.writeTo(record);
        return variant;
    }
}
