package uk.ehctracker.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormRegistryTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryFormInAFolder() throws IOException {
        Files.writeString(dir.resolve("first.form"), TestForms.minimal("first"));
        Files.writeString(dir.resolve("second.form"), TestForms.minimal("second"));
        Files.writeString(dir.resolve("notes.txt"), "not a form");

        FormRegistry registry = FormRegistry.fromDirectory(dir);

        assertThat(registry.ids()).containsExactly("first", "second");
        assertThat(registry.get("second").keys()).containsExactly("notes");
        assertThat(registry.contains("first")).isTrue();
    }

    @Test
    void anUnknownIdGivesAClearMessage() throws IOException {
        Files.writeString(dir.resolve("first.form"), TestForms.minimal("first"));
        FormRegistry registry = FormRegistry.fromDirectory(dir);

        assertThatThrownBy(() -> registry.get("nope"))
                .isInstanceOf(UnknownFormException.class)
                .hasMessage("Unknown form 'nope'. Known forms: first");
    }

    @Test
    void failsOnAnInvalidForm() throws IOException {
        Files.writeString(dir.resolve("bad.form"), """
                { "id": "bad", "components": [ { "type": "slider", "id": "Field_s", "key": "s", "label": "S" } ] }
                """);

        assertThatThrownBy(() -> FormRegistry.fromDirectory(dir))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("bad")
                .hasMessageContaining("Field_s")
                .hasMessageContaining("slider");
    }

    @Test
    void failsWhenTheIdIsNotTheFileName() throws IOException {
        Files.writeString(dir.resolve("giveAdvice.form"), TestForms.minimal("giveAdvise"));

        assertThatThrownBy(() -> FormRegistry.fromDirectory(dir))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("giveAdvise")
                .hasMessageContaining("must equal the file name")
                .hasMessageContaining("giveAdvice.form");
    }

    @Test
    void failsOnADuplicateId() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/same.form"), TestForms.minimal("same"));
        Files.writeString(dir.resolve("b/same.form"), TestForms.minimal("same"));
        String pattern = dir.toUri() + "*/*.form";

        assertThatThrownBy(() -> new FormRegistry(new DefaultResourceLoader(), pattern))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("'same'")
                .hasMessageContaining("duplicate form id")
                .hasMessageContaining("a/same.form")
                .hasMessageContaining("b/same.form");
    }

    @Test
    void loadsTheApplicationsFormsFromTheClasspath() throws IOException {
        FormRegistry registry = new FormRegistry(new DefaultResourceLoader());

        try (var files = Files.list(TestForms.formsFolder())) {
            assertThat(registry.ids()).containsExactlyInAnyOrderElementsOf(files
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".form"))
                    .map(name -> name.substring(0, name.length() - ".form".length()))
                    .toList());
        }
        assertThat(registry.ids()).contains("decideWhetherToAssess");
    }
}
