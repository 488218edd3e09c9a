package uk.ehctracker.documents;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes an uploaded file's name safe to store and to offer back: no folders, no control or
 * shell-special characters, at most {@value #MAX_LENGTH} characters, and an extension that
 * matches the type found in the content.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String safe(String original, DocumentType type) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        // keep only the last part of a path a browser or client may send (C:\Users\..\report.pdf)
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("_{2,}", "_")
                .strip();
        // no hidden files and no "..": leading dots go
        name = name.replaceAll("^[. ]+", "");
        String base = name;
        String extension = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            base = name.substring(0, dot);
            extension = name.substring(dot + 1);
        }
        if (!type.extensions().contains(extension.toLowerCase(Locale.ROOT))) {
            // the name said something else (a PNG called report.pdf): the content decides
            extension = type.extensions().get(0);
        }
        base = base.replaceAll("[. ]+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        int room = MAX_LENGTH - extension.length() - 1;
        if (base.length() > room) {
            base = base.substring(0, room).strip();
        }
        return base + "." + extension;
    }
}
