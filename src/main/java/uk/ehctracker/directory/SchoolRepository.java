package uk.ehctracker.directory;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** School rows; reached from other packages only through {@link DirectoryService}. */
interface SchoolRepository extends JpaRepository<School, Long> {

    /** Every school of that name: names are not unique, URNs are. */
    List<School> findByNameIgnoreCaseOrderByUrnAsc(String name);

    java.util.Optional<School> findByUrn(String urn);

    @Query("select new uk.ehctracker.directory.SettingEntry(s.urn, s.name, s.phase, la.name) from School s join s.localAuthority la"
            + " where lower(s.name) like lower(concat('%', :text, '%')) or s.urn like concat(:text, '%') order by s.name, s.urn")
    List<SettingEntry> findEntries(@Param("text") String text, Pageable page);
}
