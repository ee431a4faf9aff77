package org.publicrecord.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;

class ResponsiveImagesTest {

    @TempDir
    Path source;
    @TempDir
    Path output;

    private ResponsiveImages images;

    /** A plain picture drawn for the test, {@code width} by two thirds of it. */
    static void picture(Path file, int width, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, width * 2 / 3, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x005eb8));
        graphics.fillRect(0, 0, width, width * 2 / 3);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, width / 6, width / 2, width / 3);
        graphics.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, format, file.toFile());
    }

    @BeforeEach
    void setUp() throws Exception {
        picture(source.resolve("assets/images/workshop.jpg"), 1600, "jpeg");
        picture(source.resolve("assets/images/small.png"), 200, "png");
        images = new ResponsiveImages(new ImageVariants(source, (path, bytes, asset) -> {
            try {
                Files.createDirectories(output.resolve(path).getParent());
                Files.write(output.resolve(path), bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    private Element rewritten(String body, String url) {
        return Jsoup.parseBodyFragment(images.rewrite(body, url, "content/events/2018/event.md")).body();
    }

    @Test
    void aPictureBecomesWebpAndJpegCopiesAtEachWidthWithItsSizeAndAlt() throws Exception {
        Element body = rewritten("<p><img src=\"assets/images/workshop.jpg\" alt=\"Residents at a workshop\"></p>", "events/2018/event/");
        Element picture = body.selectFirst("p > picture");
        assertThat(picture).isNotNull();
        Element webp = picture.child(0);
        Element img = picture.child(1);
        assertThat(webp.tagName()).isEqualTo("source");
        assertThat(webp.attr("type")).isEqualTo("image/webp");
        assertThat(webp.attr("srcset")).isEqualTo("../../../images/workshop-320.webp 320w, ../../../images/workshop-640.webp 640w, "
                + "../../../images/workshop-960.webp 960w, ../../../images/workshop-1280.webp 1280w");
        assertThat(img.attr("alt")).isEqualTo("Residents at a workshop");
        assertThat(img.attr("src")).isEqualTo("../../../images/workshop-1280.jpg");
        assertThat(img.attr("srcset")).startsWith("../../../images/workshop-320.jpg 320w, ");
        assertThat(img.attr("sizes")).isEqualTo(ResponsiveImages.SIZES).isEqualTo(webp.attr("sizes"));
        assertThat(img.attr("width")).isEqualTo("1280");
        assertThat(img.attr("height")).isIn("852", "853");
        for (int width : new int[] {320, 640, 960, 1280}) {
            BufferedImage copy = ImageIO.read(output.resolve("images/workshop-" + width + ".jpg").toFile());
            assertThat(copy.getWidth()).isEqualTo(width);
            byte[] header = Arrays.copyOf(Files.readAllBytes(output.resolve("images/workshop-" + width + ".webp")), 16);
            assertThat(new String(header, StandardCharsets.ISO_8859_1)).startsWith("RIFF").contains("WEBPVP8 ");
        }
        assertThat(Files.size(output.resolve("images/workshop-640.webp"))).isLessThan(Files.size(output.resolve("images/workshop-640.jpg")));
    }

    @Test
    void picturesNearTheTopLoadAtOnceAndTheRestLazily() {
        Element body = rewritten("<p><img src=\"assets/images/workshop.jpg\" alt=\"First\"></p><p>Text</p><p>More</p>"
                + "<p><img src=\"assets/images/workshop.jpg\" alt=\"Later\"></p>", "about/");
        assertThat(body.select("img").eachAttr("loading")).containsExactly("lazy");
        assertThat(body.selectFirst("img[alt=Later]").attr("loading")).isEqualTo("lazy");
        assertThat(body.select("img").eachAttr("decoding")).containsExactly("async", "async");
        assertThat(body.selectFirst("img[alt=First]").attr("src")).isEqualTo("../images/workshop-1280.jpg");
    }

    @Test
    void aSmallPictureIsNeverEnlargedAndAPngStaysAPng() throws Exception {
        Element img = rewritten("<p>Logo <img src=\"assets/images/small.png\" alt=\"Logo\"></p>", "").selectFirst("img");
        assertThat(img.attr("srcset")).isEqualTo("images/small-200.png 200w");
        assertThat(img.attr("width")).isEqualTo("200");
        assertThat(Files.exists(output.resolve("images/small-200.webp"))).isTrue();
    }

    @Test
    void aPathRelativeToTheMarkdownFileWorksToo() {
        Element img = rewritten("<p><img src=\"../../../assets/images/workshop.jpg\" alt=\"x\"></p>", "events/2018/event/").selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("../../../images/workshop-1280.jpg");
    }

    @Test
    void picturesFromElsewhereAndBodiesWithoutPicturesAreLeftAlone() {
        String body = "<p>No pictures here, just <a href=\"x/\">a link</a> &amp; text.</p>";
        assertThat(images.rewrite(body, "about/", "content/about.md")).isSameAs(body);
        Element img = rewritten("<p><img src=\"https://example.com/a.jpg\" alt=\"x\"></p>", "about/").selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("https://example.com/a.jpg");
        assertThat(img.hasAttr("srcset")).isFalse();
    }

    @Test
    void aBodyHasPicturesWhenAnImgTagStartsInItInAnyCase() {
        assertThat(ResponsiveImages.hasPictures("<p>Before <img src=\"a.jpg\" alt=\"a\"></p>")).isTrue();
        assertThat(ResponsiveImages.hasPictures("<P><IMG SRC=\"a.jpg\" ALT=\"a\"></P>")).isTrue();
        assertThat(ResponsiveImages.hasPictures("<p>an image, img and &lt;img&gt; in words</p><i>it</i>")).isFalse();
        assertThat(ResponsiveImages.hasPictures("<p>cut short <im")).isFalse();
        assertThat(ResponsiveImages.hasPictures("")).isFalse();
        assertThat(ResponsiveImages.hasPictures(null)).isFalse();
    }

    @Test
    void aPictureThatDoesNotExistStopsTheBuildAtTheFileThatShowsIt() {
        assertThatThrownBy(() -> images.rewrite("<p><img src=\"assets/images/missing.jpg\" alt=\"x\"></p>", "about/", "content/about.md"))
                .isInstanceOfSatisfying(BuildFailure.class, failure -> assertThat(failure.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("content/about.md");
                    assertThat(problem.message()).contains("assets/images/missing.jpg", "does not exist");
                }));
    }

    @Test
    void widthsStopAtThePicturesOwnWidth() {
        assertThat(ImageVariants.widthsFor(200)).containsExactly(200);
        assertThat(ImageVariants.widthsFor(700)).containsExactly(320, 640, 700);
        assertThat(ImageVariants.widthsFor(1280)).containsExactly(320, 640, 960, 1280);
        assertThat(ImageVariants.widthsFor(4000)).containsExactly(320, 640, 960, 1280);
    }

    @Test
    void aPictureIsResizedOnceWhileItAndTheCodeStayTheSame() throws Exception {
        java.util.Map<String, byte[]> first = new java.util.TreeMap<>();
        org.publicrecord.build.BuildCache cache = org.publicrecord.build.BuildCache.of(source);
        ImageVariants made = new ImageVariants(source, (path, bytes, asset) -> first.put(path, bytes), cache.shelf("images"));
        ImageVariants.Variants copies = made.of("assets/images/workshop.jpg", "content/events/2018/event.md");
        assertThat(made.resized()).isEqualTo(1);
        cache.save();

        // The next build, in a new process: the same copies, written again, and nothing resized.
        java.util.Map<String, byte[]> again = new java.util.TreeMap<>();
        org.publicrecord.build.BuildCache next = org.publicrecord.build.BuildCache.of(source);
        ImageVariants kept = new ImageVariants(source, (path, bytes, asset) -> again.put(path, bytes), next.shelf("images"));
        assertThat(kept.of("assets/images/workshop.jpg", "content/events/2018/event.md")).isEqualTo(copies);
        assertThat(kept.resized()).isZero();
        assertThat(again.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));

        // A picture replaced under the same name is resized again.
        picture(source.resolve("assets/images/workshop.jpg"), 900, "jpeg");
        ImageVariants changed = new ImageVariants(source, (path, bytes, asset) -> { }, next.shelf("images"));
        assertThat(changed.of("assets/images/workshop.jpg", "content/events/2018/event.md").largest().width()).isEqualTo(900);
        assertThat(changed.resized()).isEqualTo(1);
    }
}
