package uk.ehctracker.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Documents are added and read, never changed or deleted here. */
interface CaseDocumentRepository extends Repository<CaseDocument, Long> {

    CaseDocument save(CaseDocument document);

    Optional<CaseDocument> findByIdAndCaseId(long id, long caseId);

    /** The case's document with these bytes (by SHA-256), without its bytes. */
    @Query("select new uk.ehctracker.documents.CaseDocument(d.id, d.caseId, d.fileName, d.contentType, d.size, d.sha256,"
            + " d.description, d.uploadedBy, d.uploadedAt) from CaseDocument d where d.caseId = :caseId and d.sha256 = :sha256")
    Optional<CaseDocument> findSameFile(long caseId, String sha256);

    /** A case's documents without their bytes, newest first. */
    @Query("select new uk.ehctracker.documents.CaseDocument(d.id, d.caseId, d.fileName, d.contentType, d.size, d.sha256,"
            + " d.description, d.uploadedBy, d.uploadedAt) from CaseDocument d where d.caseId = :caseId"
            + " order by d.uploadedAt desc, d.id desc")
    List<CaseDocument> listOfCase(long caseId);

    /** The documents one person added to a case, without their bytes, newest first. */
    @Query("select new uk.ehctracker.documents.CaseDocument(d.id, d.caseId, d.fileName, d.contentType, d.size, d.sha256,"
            + " d.description, d.uploadedBy, d.uploadedAt) from CaseDocument d where d.caseId = :caseId"
            + " and d.uploadedBy = :uploadedBy order by d.uploadedAt desc, d.id desc")
    List<CaseDocument> listOfCaseUploadedBy(long caseId, String uploadedBy);
}
