/**
 * Documents uploaded to a case: reports, letters, evidence. {@link uk.ehctracker.documents.DocumentService}
 * is the one door, for the screens and the API alike: it checks the person may see the case,
 * decides the file's type from its content (never its name), keeps only PDF, DOCX, JPEG and PNG
 * up to 20 MB, and records each upload and read on the audit trail.
 */
package uk.ehctracker.documents;
