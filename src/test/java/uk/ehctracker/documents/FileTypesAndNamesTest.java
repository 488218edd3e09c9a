package uk.ehctracker.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content decides the type; names are made safe. Plain unit tests. */
class FileTypesAndNamesTest {

    @Test
    void recognisesTheFourKindsByContent() {
        assertThat(DocumentType.of(SampleFiles.pdf())).contains(DocumentType.PDF);
        assertThat(DocumentType.of(SampleFiles.docx())).contains(DocumentType.DOCX);
        assertThat(DocumentType.of(SampleFiles.jpeg())).contains(DocumentType.JPEG);
        assertThat(DocumentType.of(SampleFiles.png())).contains(DocumentType.PNG);
    }

    @Test
    void refusesEverythingElse() {
        assertThat(DocumentType.of(SampleFiles.html())).isEmpty();
        assertThat(DocumentType.of(SampleFiles.zipWithoutWordDocument())).isEmpty();
        assertThat(DocumentType.of(SampleFiles.windowsProgram())).isEmpty();
        assertThat(DocumentType.of(SampleFiles.svgWithScript())).isEmpty();
        assertThat(DocumentType.of(SampleFiles.gif())).isEmpty();
        assertThat(DocumentType.of("plain words".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.of(new byte[] {'P', 'K', 3, 4})).isEmpty();
    }

    @Test
    void readsZipEntryNamesFromTheDirectoryOnly() {
        assertThat(DocumentType.zipEntryNames(SampleFiles.docx())).contains("word/document.xml", "[Content_Types].xml", "_rels/.rels");
        assertThat(DocumentType.zipEntryNames("not a zip".getBytes(StandardCharsets.UTF_8))).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(SampleFiles.docx(), SampleFiles.docx().length - 10);
        assertThat(DocumentType.zipEntryNames(truncated)).isEmpty();
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "report.pdf|PDF|report.pdf",
        "../../etc/passwd|PDF|passwd.pdf",
        "C:\\Users\\sam\\Desktop\\scan.PDF|PDF|scan.PDF",
        "photo.jpeg|JPEG|photo.jpeg",
        "photo.png|JPEG|photo.jpg",
        "invoice.pdf.exe|PDF|invoice.pdf.pdf",
        ".htaccess|PNG|htaccess.png",
        "<b>alert(1)<b>.pdf|PDF|_b_alert(1)_b_.pdf",
        "<script>alert(1)</script>.pdf|PDF|script_.pdf",
        "rapport d'évaluation.docx|DOCX|rapport d_évaluation.docx",
        "   |PDF|document.pdf",
        "...|PNG|document.png"})
    void makesNamesSafe(String original, DocumentType type, String expected) {
        assertThat(FileNames.safe(original, type)).isEqualTo(expected);
    }

    @Test
    void keepsNamesWithinTwoHundredCharacters() {
        String name = FileNames.safe("a".repeat(500) + ".docx", DocumentType.DOCX);
        assertThat(name).hasSize(200).endsWith(".docx");
        assertThat(FileNames.safe(null, DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(FileNames.safe("name\twith\ncontrols\u0000.pdf", DocumentType.PDF)).isEqualTo("name_with_controls_.pdf");
    }
}
