package uk.ehctracker.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Bounds on a ZIP container (a .docx, and any other Office or OpenDocument file): a small upload
 * can expand to gigabytes when a reader, a virus scanner or a converter opens it (a "zip bomb").
 * The archive is read as a stream, counting the bytes it expands to and discarding them, and the
 * reading stops at the first bound passed, so checking costs at most {@link #MAX_EXPANDED} bytes
 * of decompression and no memory.
 */
final class ArchiveLimits {

    /** A real Word document has tens of parts; a few thousand covers one with many images. */
    static final int MAX_ENTRIES = 5_000;
    /** Five times the largest upload: text compresses about 5-20 times, images hardly at all. */
    static final long MAX_EXPANDED = 100L * 1024 * 1024;
    /** Office XML compresses up to about 20-30 times; a bomb compresses hundreds or thousands of times. */
    static final long MAX_RATIO = 100;
    /** Below this the ratio is not judged: a tiny file may compress very well and harm no one. */
    static final long RATIO_FROM = 1024 * 1024;

    private ArchiveLimits() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Why this archive is refused, in words for the person uploading it, or empty when it is within bounds. */
    static Optional<String> problem(byte[] bytes) {
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of("has more than " + MAX_ENTRIES + " parts");
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    expanded += n;
                    if (expanded > MAX_EXPANDED) {
                        return Optional.of("expands to more than " + MAX_EXPANDED / (1024 * 1024) + " MB when opened");
                    }
                    if (expanded > RATIO_FROM && expanded > MAX_RATIO * bytes.length) {
                        return Optional.of("expands more than " + MAX_RATIO + " times when opened");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged archive, or one a stream reader cannot follow: nothing can be checked, so nothing is kept
            return Optional.of("cannot be opened as a document (the file is damaged)");
        }
        return Optional.empty();
    }
}
