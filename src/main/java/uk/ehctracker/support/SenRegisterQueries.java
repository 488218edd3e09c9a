package uk.ehctracker.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.SenStatus;

/**
 * The school's SEN register as one query: the school and every filter are in the WHERE clause,
 * so a SENCO's list never holds another school's pupils.
 */
@Component
class SenRegisterQueries {

    /** A review is "due" when its date is this close, or has passed without a review. */
    static final int REVIEW_DUE_WITHIN_DAYS = 14;

    private final EntityManager em;

    SenRegisterQueries(EntityManager em) {
        this.em = em;
    }

    List<Child> register(long schoolId, SupportViews.RegisterFilter filter, LocalDate today) {
        Where where = where(schoolId, filter, today);
        return where.bind(em.createQuery("select c from Child c" + where.clause + " order by c.lastName, c.firstName", Child.class))
                .getResultList();
    }

    /** One page of the register, paged in the query (the API's page and size). */
    Page<Child> register(long schoolId, SupportViews.RegisterFilter filter, LocalDate today, int page, int size) {
        Where where = where(schoolId, filter, today);
        long total = where.bind(em.createQuery("select count(c) from Child c" + where.clause, Long.class)).getSingleResult();
        List<Child> rows = where.bind(em.createQuery("select c from Child c" + where.clause
                        + " order by c.lastName, c.firstName, c.id", Child.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    /** The WHERE clause of the register and its parameters: the school and every filter. */
    private record Where(String clause, Map<String, Object> params) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    private static Where where(long schoolId, SupportViews.RegisterFilter filter, LocalDate today) {
        StringBuilder jpql = new StringBuilder(" where c.school.id = :school");
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        if (filter.status() != null) {
            jpql.append(" and c.senStatus = :status");
            params.put("status", filter.status());
        } else {
            jpql.append(" and c.senStatus in :statuses");
            params.put("statuses", List.of(SenStatus.SEN_SUPPORT, SenStatus.EHC_PLAN));
        }
        if (filter.yearGroup() != null) {
            // Child.yearGroupOn: a cohort is born 1 September to 31 August
            int academicYearStart = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
            int cohortStart = academicYearStart - 5 - filter.yearGroup();
            jpql.append(" and c.dateOfBirth between :bornFrom and :bornTo");
            params.put("bornFrom", LocalDate.of(cohortStart, 9, 1));
            params.put("bornTo", LocalDate.of(cohortStart + 1, 8, 31));
        }
        if (filter.need() != null) {
            jpql.append(" and exists (select n.id from SenNeed n, SenSupportRecord r"
                    + " where n.recordId = r.id and r.child = c and n.needType = :need)");
            params.put("need", filter.need());
        }
        if (filter.reviewDue()) {
            jpql.append(" and exists (select y.id from SupportCycle y, SenSupportRecord r"
                    + " where y.recordId = r.id and r.child = c and r.status = :onSupport"
                    + " and y.reviewedOn is null and y.reviewDate <= :dueBy)");
            params.put("onSupport", SupportStatus.ON_SEN_SUPPORT);
            params.put("dueBy", today.plusDays(REVIEW_DUE_WITHIN_DAYS));
        }
        return new Where(jpql.toString(), params);
    }

    /** The school's pupils who are not on the SEN register, for placing one on SEN support. */
    List<Child> notOnRegister(long schoolId) {
        return em.createQuery("select c from Child c where c.school.id = :school and c.senStatus = :none"
                        + " order by c.lastName, c.firstName", Child.class)
                .setParameter("school", schoolId)
                .setParameter("none", SenStatus.NONE)
                .getResultList();
    }
}
