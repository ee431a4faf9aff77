package org.publicrecord;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The build's packages, read from the compiled classes, follow the pipeline in one direction:
 * each package may use those below it in {@link #LAYERS} and never one above, and no packages
 * depend on each other in a circle.
 */
class ArchitectureTest {

    /**
     * From the bottom up: problems (used by every phase), the build's options, reading, the
     * schemas, the typed site, markup, validation, the model, rendering, responsive images, generic outputs, the
     * content types, the checks, the pipeline that calls every phase, and the programs on top.
     */
    static final List<String> LAYERS = List.of("problem", "build", "content", "schema", "site", "markup", "trust", "validate", "model",
            "render", "images", "output", "types", "follow", "glossary", "search", "cms", "check", "pipeline", "preview", "editor", "");

    private static final String ROOT = "org.publicrecord";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyPackageIsInALayer() {
        for (JavaClass type : MAIN) {
            assertThat(layerOf(type)).as("%s is in no layer of ArchitectureTest.LAYERS", type.getName()).isNotNegative();
        }
    }

    @Test
    void noPackageUsesOneAboveIt() {
        List<String> upward = new ArrayList<>();
        for (JavaClass type : MAIN) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith(ROOT) && layerOf(target) > layerOf(type)) {
                    upward.add(type.getName() + " -> " + target.getName());
                }
            }
        }
        assertThat(upward.stream().distinct().toList()).as("uses of a higher layer").isEmpty();
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
        // The command line's own package is no slice of the pattern above; nothing below may use it.
        for (JavaClass type : MAIN) {
            if (!type.getPackageName().equals(ROOT)) {
                assertThat(type.getDirectDependenciesFromSelf()).as(type.getName())
                        .noneMatch(dependency -> dependency.getTargetClass().getPackageName().equals(ROOT));
            }
        }
    }

    /** The layer of a class: its first package below org.publicrecord, or the root for the command line. */
    private static int layerOf(JavaClass type) {
        String name = type.getPackageName();
        String below = name.equals(ROOT) ? "" : name.substring(ROOT.length() + 1);
        String first = below.contains(".") ? below.substring(0, below.indexOf('.')) : below;
        return LAYERS.indexOf(first);
    }
}
