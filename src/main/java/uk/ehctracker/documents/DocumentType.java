package uk.ehctracker.documents;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * The kinds of file a case keeps, recognised by their content. Tika's core detector reads the
 * magic bytes; a DOCX is a ZIP, which the core detector (without Tika's parsers) reports as a
 * ZIP or an OOXML package, so the ZIP's directory is read to find {@code word/document.xml}.
 */
enum DocumentType {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png"));

    private static final Tika TIKA = new Tika();
    private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-tika-ooxml", DOCX.mediaType);

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    List<String> extensions() {
        return extensions;
    }

    /** The type of this content, if it is one the case keeps; the file's name plays no part. */
    static Optional<DocumentType> of(byte[] bytes) {
        String detected = TIKA.detect(bytes);
        for (DocumentType type : values()) {
            if (type != DOCX && type.mediaType.equals(detected)) {
                return Optional.of(type);
            }
        }
        if (ZIP_TYPES.contains(detected) && isWordDocument(bytes)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** What Tika says the content is, for messages and logs. */
    static String detected(byte[] bytes) {
        return TIKA.detect(bytes);
    }

    /**
     * A Word document is a ZIP holding {@code [Content_Types].xml} and {@code word/document.xml}.
     * Reads only the ZIP's central directory (the list of names at its end): nothing is
     * decompressed, so a "zip bomb" costs nothing.
     */
    static boolean isWordDocument(byte[] bytes) {
        Set<String> names = zipEntryNames(bytes);
        return names.contains("word/document.xml") && names.contains("[Content_Types].xml");
    }

    static Set<String> zipEntryNames(byte[] bytes) {
        Set<String> names = new HashSet<>();
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        // the end-of-central-directory record: 22 bytes plus a comment of up to 65535 bytes, at the very end
        int end = -1;
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
            if (buf.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int entries = Short.toUnsignedInt(buf.getShort(end + 10));
        long directoryOffset = Integer.toUnsignedLong(buf.getInt(end + 16));
        long position = directoryOffset;
        for (int n = 0; n < entries && n < 100_000; n++) {
            if (position < 0 || position + 46 > bytes.length || buf.getInt((int) position) != 0x02014b50) {
                break;
            }
            int p = (int) position;
            int nameLength = Short.toUnsignedInt(buf.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(buf.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(buf.getShort(p + 32));
            if (p + 46 + nameLength > bytes.length) {
                break;
            }
            names.add(new String(bytes, p + 46, nameLength, StandardCharsets.UTF_8));
            position = (long) p + 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }
}
