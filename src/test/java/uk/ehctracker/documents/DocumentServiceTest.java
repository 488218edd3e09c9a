package uk.ehctracker.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;

/** The service the screens and the API share: type by content, limits, access, audit. */
@ApplicationTest
class DocumentServiceTest {

    @Autowired
    DocumentService documents;
    @Autowired
    AssessmentService assessments;
    @Autowired
    TestPeople people;
    @Autowired
    Clock clock;

    long caseId;
    CurrentUser caseworker;

    @BeforeEach
    void aCase() {
        caseworker = people.user("caseworker");
        long childId = people.newChildOfParent(StatutoryClock.today(clock).minusYears(10)).getId();
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(childId, RequestedBy.PARENT, null,
                "Documents test", null, null), caseworker);
        caseId = c.getId();
    }

    @Test
    void eachAllowedKindIsRecognisedByItsContent() {
        assertThat(documents.store(caseId, "report.pdf", SampleFiles.pdf(), null, caseworker).getContentType()).isEqualTo("application/pdf");
        assertThat(documents.store(caseId, "advice.docx", SampleFiles.docx(), null, caseworker).getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(documents.store(caseId, "photo.jpg", SampleFiles.jpeg(), null, caseworker).getContentType()).isEqualTo("image/jpeg");
        assertThat(documents.store(caseId, "photo.png", SampleFiles.png(), null, caseworker).getContentType()).isEqualTo("image/png");
    }

    @Test
    void theNameDoesNotDecideTheType() {
        CaseDocument png = documents.store(caseId, "scan.pdf", SampleFiles.png(), null, caseworker);
        assertThat(png.getContentType()).isEqualTo("image/png");
        assertThat(png.getFileName()).isEqualTo("scan.png");
        assertRefused(() -> documents.store(caseId, "report.pdf", SampleFiles.html(), null, caseworker), "file");
        assertRefused(() -> documents.store(caseId, "advice.docx", SampleFiles.zipWithoutWordDocument(), null, caseworker), "file");
        assertRefused(() -> documents.store(caseId, "photo.png", SampleFiles.windowsProgram(), null, caseworker), "file");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertRefused(() -> documents.store(caseId, "empty.pdf", new byte[0], null, caseworker), "file");
        assertRefused(() -> documents.store(caseId, "none.pdf", null, null, caseworker), "file");
        byte[] over = new byte[DocumentService.MAX_BYTES + 1];
        System.arraycopy(SampleFiles.pdf(), 0, over, 0, SampleFiles.pdf().length);
        assertRefused(() -> documents.store(caseId, "big.pdf", over, null, caseworker), "file");
        byte[] exactly = new byte[DocumentService.MAX_BYTES];
        System.arraycopy(SampleFiles.pdf(), 0, exactly, 0, SampleFiles.pdf().length);
        assertThat(documents.store(caseId, "big.pdf", exactly, null, caseworker).getSize()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void aStoredDocumentKeepsItsHashAndComesBackWhole() {
        CaseDocument stored = documents.store(caseId, "C:\\Users\\sam\\..\\EP report <final>.pdf", SampleFiles.pdf(), "  EP report  ", caseworker);
        assertThat(stored.getFileName()).isEqualTo("EP report _final_.pdf");
        assertThat(stored.getSha256()).isEqualTo(DocumentService.sha256(SampleFiles.pdf())).hasSize(64);
        assertThat(stored.getDescription()).isEqualTo("EP report");
        assertThat(stored.getUploadedBy()).isEqualTo("caseworker");

        CaseDocument read = documents.get(caseId, stored.getId(), people.user("parent"));
        assertThat(read.getBytes()).isEqualTo(SampleFiles.pdf());
        List<CaseDocument> listed = documents.list(caseId, people.user("senco"));
        assertThat(listed).extracting(CaseDocument::getId).containsExactly(stored.getId());
        assertThat(listed.get(0).getBytes()).isNull();
        assertThat(listed.get(0).getSize()).isEqualTo(SampleFiles.pdf().length);
    }

    @Test
    void onlyThoseWhoSeeTheCaseMayStoreOrRead() {
        CaseDocument stored = documents.store(caseId, "report.pdf", SampleFiles.pdf(), null, people.user("parent"));
        for (String user : List.of("caseworker2", "senco2", "parent2", "professional", "admin")) {
            CurrentUser other = people.user(user);
            assertThatThrownBy(() -> documents.store(caseId, "report.pdf", SampleFiles.pdf(), null, other)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> documents.list(caseId, other)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> documents.get(caseId, stored.getId(), other)).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> documents.get(caseId, 987654321L, caseworker)).isInstanceOf(NotFoundException.class);
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.problems()).extracting(FieldProblem::field).contains(field);
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Exception"));
        });
    }
}
