package uk.ehctracker.api;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;
import uk.ehctracker.directory.Child;

/**
 * The API's own look-up of children for {@link VisibleChildren}, with each child's school in the
 * same query. Used only to read: children are created and changed through the directory's service.
 */
interface ChildLookup extends Repository<Child, Long>, JpaSpecificationExecutor<Child> {

    @Override
    @EntityGraph(attributePaths = "school")
    List<Child> findAll(Specification<Child> spec, Sort sort);
}
