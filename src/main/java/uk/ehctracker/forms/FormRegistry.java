package uk.ehctracker.forms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every form the application knows, read once at start-up from {@code classpath*:forms/*.form}
 * (the build copies the top-level {@code forms/} folder there).
 *
 * <p>Start-up fails if a form is invalid (see {@link FormSchemaReader}), if two files declare the
 * same id, or if a form's id differs from its file name (the id is the user task's formRef and
 * task id, so the three must agree).
 */
@Component
public class FormRegistry {

    /** Where the application's forms are on the classpath. */
    public static final String DEFAULT_LOCATION = "classpath*:forms/*.form";

    private static final Logger log = LoggerFactory.getLogger(FormRegistry.class);
    private static final String SUFFIX = ".form";

    private final Map<String, FormDefinition> forms;

    /** Loads {@link #DEFAULT_LOCATION}. */
    @Autowired
    public FormRegistry(ResourceLoader resourceLoader) {
        this(resourceLoader, DEFAULT_LOCATION);
    }

    /**
     * Loads every resource matching {@code locationPattern}, e.g. {@code classpath*:forms/*.form}
     * or {@code file:/path/to/forms/*.form}.
     */
    public FormRegistry(ResourceLoader resourceLoader, String locationPattern) {
        ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        Resource[] resources;
        try {
            resources = resolver.getResources(locationPattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list forms at " + locationPattern, e);
        }
        FormSchemaReader reader = new FormSchemaReader();
        Map<String, FormDefinition> byId = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        for (Resource resource : resources) {
            String fileName = resource.getFilename();
            String source = describe(resource);
            FormDefinition form;
            try (InputStream in = resource.getInputStream()) {
                form = reader.read(in, fileName == null ? source : fileName);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read form " + source, e);
            }
            if (fileName != null && fileName.endsWith(SUFFIX)
                    && !fileName.substring(0, fileName.length() - SUFFIX.length()).equals(form.id())) {
                throw new InvalidFormException(form.id(), null,
                        "the id must equal the file name, but the file is " + source);
            }
            String previous = sources.putIfAbsent(form.id(), source);
            if (previous != null) {
                throw new InvalidFormException(form.id(), null,
                        "duplicate form id, declared by both " + previous + " and " + source);
            }
            byId.put(form.id(), form);
        }
        this.forms = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        log.info("Loaded {} form(s) from {}: {}", forms.size(), locationPattern, forms.keySet());
    }

    /** Loads every {@code *.form} file directly in {@code directory} (for tools and tests). */
    public static FormRegistry fromDirectory(Path directory) {
        String location = directory.toAbsolutePath().normalize().toUri().toString();
        if (!location.endsWith("/")) {
            location += "/";
        }
        return new FormRegistry(new DefaultResourceLoader(), location + "*" + SUFFIX);
    }

    /**
     * The form with this id.
     *
     * @throws UnknownFormException if there is none
     */
    public FormDefinition get(String formId) {
        FormDefinition form = forms.get(formId);
        if (form == null) {
            throw new UnknownFormException(formId, forms.keySet());
        }
        return form;
    }

    /** Whether a form with this id exists. */
    public boolean contains(String formId) {
        return forms.containsKey(formId);
    }

    /** The ids of all forms, sorted. */
    public Set<String> ids() {
        return forms.keySet();
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURI().toString();
        } catch (IOException | RuntimeException e) {
            return resource.getDescription();
        }
    }
}
