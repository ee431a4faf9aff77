package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every component is a folder with its macro and a file of its params and examples that agree with the macro. */
class ComponentCatalogueTest {

    @Test
    void everyComponentIsAFolderWithItsMacroAndItsParams() throws Exception {
        try (var entries = Files.list(ComponentCatalogue.FOLDER)) {
            assertThat(entries.filter(Files::isRegularFile).toList()).as("components outside a folder of their own").isEmpty();
        }
        List<ComponentCatalogue.Component> components = ComponentCatalogue.all();
        assertThat(components).hasSizeGreaterThanOrEqualTo(20);
        for (ComponentCatalogue.Component component : components) {
            assertThat(ComponentCatalogue.FOLDER.resolve(component.name()).resolve(component.name() + ".yaml"))
                    .as("%s has its params and examples", component.name()).exists();
            assertThat(component.params().stream().map(ComponentCatalogue.Param::name).toList())
                    .as("%s's params, in the order its macro takes them", component.name()).isEqualTo(component.args());
            assertThat(component.params()).as("%s's params are described", component.name())
                    .allMatch(param -> !param.description().isBlank() && !param.description().equals("null"));
            assertThat(!component.examples().isEmpty() || component.shownOn() != null)
                    .as("%s has examples, or says where it is checked instead", component.name()).isTrue();
            for (ComponentCatalogue.Example example : component.examples()) {
                for (ComponentCatalogue.Param param : component.params()) {
                    if (param.required() && !param.fromPage()) {
                        assertThat(example.params()).as("%s, example '%s', gives %s", component.name(), example.name(), param.name())
                                .containsKey(param.name());
                    }
                }
            }
        }
    }
}
