package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.publicrecord.testing.BuiltSite;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The promises of the GitHub Actions workflows, checked so that an edit cannot quietly break
 * them: least privilege, actions pinned to commits, no racing deploys, no deploy without a passing
 * build, none from a pull request, and a nightly build that uses the real date.
 */
class WorkflowTest {

    static final Path WORKFLOWS = BuiltSite.EXAMPLE_SITE.resolve(".github/workflows");
    static final Path SITE = WORKFLOWS.resolve("site.yml");
    static final String DEPLOY_PAGES = "actions/deploy-pages@";

    /** A {@code uses:} line: the action, a full 40-hex commit and a comment naming the version. */
    static final Pattern PINNED = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s+([\\w.-]+/[\\w./-]+)@([0-9a-f]{40})\\s+#\\s*v\\d+(?:\\.\\d+)*\\s*$");

    static List<Path> workflows() {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            return files.filter(file -> file.toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        try {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.getOrDefault("steps", List.of());
    }

    /** YAML 1.1 reads the key {@code on} as the boolean true; GitHub reads it as "on". */
    static Map<String, Object> triggers(Map<String, Object> workflow) {
        Object on = workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE);
        assertThat(on).as("the workflow's triggers").isInstanceOf(Map.class);
        return map(on);
    }

    static Map<String, Object> jobs(Map<String, Object> workflow) {
        return map(workflow.get("jobs"));
    }

    static boolean deploys(Map<String, Object> job) {
        return steps(job).stream().anyMatch(step -> String.valueOf(step.get("uses")).startsWith(DEPLOY_PAGES));
    }

    @Test
    void thereIsAWorkflowAndEveryOneParses() {
        assertThat(workflows()).contains(SITE);
        assertThat(workflows()).allSatisfy(file -> assertThat(jobs(read(file))).as(file.toString()).isNotEmpty());
    }

    @Test
    void everyActionIsPinnedToAFullCommitWithItsVersionInAComment() throws IOException {
        for (Path file : workflows()) {
            List<String> uses = Files.readAllLines(file).stream().filter(line -> line.matches("^\\s*(-\\s+)?uses:.*")).toList();
            assertThat(uses).as(file + " uses actions").isNotEmpty();
            assertThat(uses).as(file.toString()).allSatisfy(line -> assertThat(line).matches(PINNED));
            for (Map<String, Object> job : jobs(read(file)).values().stream().map(WorkflowTest::map).toList()) {
                Object container = job.get("container");
                String image = container instanceof Map<?, ?> settings ? String.valueOf(settings.get("image")) : String.valueOf(container);
                assertThat(image).as("a container image names its version").doesNotEndWith(":latest").isNotEqualTo("debian");
            }
        }
    }

    @Test
    void nothingIsAllowedByDefaultAndEachJobAsksOnlyForWhatItNeeds() {
        for (Path file : workflows()) {
            Map<String, Object> workflow = read(file);
            assertThat(workflow).as(file + " sets top-level permissions").containsKey("permissions");
            assertThat(map(workflow.get("permissions"))).as(file + " top-level permissions")
                    .isIn(Map.of(), Map.of("contents", "read"));
            jobs(workflow).forEach((name, value) -> {
                Map<String, Object> job = map(value);
                assertThat(job).as(name + " states its permissions").containsKey("permissions");
                Map<String, Object> permissions = map(job.get("permissions"));
                if (deploys(job)) {
                    assertThat(permissions).as(name).isEqualTo(Map.of("pages", "write", "id-token", "write"));
                } else {
                    assertThat(permissions.values()).as(name + " may only read").allMatch("read"::equals);
                }
            });
        }
    }

    @Test
    void pullRequestsBuildAndTestAndMainTheNightlyRunAndAManualRunDeploy() {
        Map<String, Object> triggers = triggers(read(SITE));

        assertThat(triggers).containsKeys("pull_request", "push", "schedule", "workflow_dispatch");
        assertThat(map(triggers.get("push")).get("branches")).isEqualTo(List.of("main"));
        assertThat(String.valueOf(triggers.get("schedule"))).contains("cron");
        for (Path file : workflows()) {
            // Both run with the repository's secrets and a write token on code from outside.
            assertThat(triggers(read(file))).as(file.toString()).doesNotContainKeys("pull_request_target", "workflow_run");
        }
    }

    @Test
    void theBuildValidatesThenTestsThenKeepsTheSiteAsAPreviewOrForPages() {
        Map<String, Object> build = map(jobs(read(SITE)).get("build"));
        List<Map<String, Object>> steps = steps(build);
        List<String> described = steps.stream().map(step -> String.valueOf(step.getOrDefault("uses", step.get("run")))).toList();

        int checkout = indexOf(described, "actions/checkout@");
        int java = indexOf(described, "actions/setup-java@");
        int site = indexOf(described, "exec:java");
        int test = indexOf(described, "scripts/test");
        int preview = indexOf(described, "actions/upload-artifact@");
        int pages = indexOf(described, "actions/upload-pages-artifact@");
        assertThat(List.of(checkout, java, site, test)).isSorted().doesNotContain(-1);
        assertThat(preview).isGreaterThan(test);
        assertThat(pages).isGreaterThan(test);

        assertThat(map(steps.get(checkout).get("with"))).containsEntry("persist-credentials", false);
        assertThat(map(steps.get(java).get("with"))).containsEntry("cache", "maven").containsEntry("java-version", "17");
        assertThat(steps.get(preview).get("if")).isEqualTo("github.event_name == 'pull_request'");
        assertThat(map(steps.get(preview).get("with"))).containsEntry("path", "target/site/");
        assertThat(steps.get(pages).get("if")).isEqualTo("github.event_name != 'pull_request'");
        assertThat(map(steps.get(pages).get("with"))).containsEntry("path", "target/site/");
    }

    @Test
    void onlyAPassingBuildOnMainDeploysAndDeploysNeverRace() {
        Map<String, Object> workflow = read(SITE);
        List<Map.Entry<String, Object>> deployJobs = jobs(workflow).entrySet().stream().filter(job -> deploys(map(job.getValue()))).toList();

        assertThat(deployJobs).hasSize(1);
        Map<String, Object> deploy = map(deployJobs.get(0).getValue());
        Object needs = deploy.get("needs");
        assertThat(needs instanceof List<?> list ? list : List.of(String.valueOf(needs))).contains("build");
        assertThat(String.valueOf(deploy.get("if")))
                .contains("github.event_name != 'pull_request'")
                .contains("github.ref == 'refs/heads/main'");
        assertThat(map(deploy.get("environment"))).containsEntry("name", "github-pages");
        assertThat(map(deploy.get("concurrency"))).containsKey("group").containsEntry("cancel-in-progress", false);
        // The workflow-wide group may cancel superseded pull request runs, never a run on main.
        assertThat(String.valueOf(map(workflow.get("concurrency")).get("cancel-in-progress")))
                .isIn("false", "${{ github.event_name == 'pull_request' }}");
    }

    @Test
    void theNightlyBuildUsesTheRealDate() {
        // A fixed date (--today or SOURCE_DATE_EPOCH) would freeze "upcoming" and "overdue" on the live site.
        for (Path file : workflows()) {
            Map<String, Object> workflow = read(file);
            List<Object> settings = new ArrayList<>(List.of(map(workflow.get("env"))));
            for (Object value : jobs(workflow).values()) {
                settings.add(map(map(value).get("env")));
                for (Map<String, Object> step : steps(map(value))) {
                    settings.add(map(step.get("env")));
                    settings.add(String.valueOf(step.getOrDefault("run", "")));
                    settings.add(map(step.get("with")));
                }
            }
            assertThat(settings).as(file.toString()).allSatisfy(setting -> assertThat(String.valueOf(setting))
                    .doesNotContain("SOURCE_DATE_EPOCH").doesNotContain("--today").doesNotContain("site.args"));
        }
    }

    private static int indexOf(List<String> steps, String part) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).contains(part)) {
                found.add(i);
            }
        }
        assertThat(found).as("steps containing " + part).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? -1 : found.get(0);
    }
}
