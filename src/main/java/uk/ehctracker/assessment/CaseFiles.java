package uk.ehctracker.assessment;

import java.util.Collection;

/**
 * The case's documents, as the case needs them: the port the assessment feature owns and
 * documents/ implements, so that views can name the files the family attached without the case
 * depending on how files are kept.
 */
public interface CaseFiles {

    /** Whether every one of these documents is kept with this case. */
    boolean allOnCase(long caseId, Collection<Long> documentIds);
}
