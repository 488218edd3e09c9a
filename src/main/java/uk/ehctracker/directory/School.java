package uk.ehctracker.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A school or other setting, identified by its URN. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String urn;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String phase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "la_id")
    private LocalAuthority localAuthority;

    private String email;

    protected School() {
    }

    public School(String urn, String name, String phase, LocalAuthority localAuthority, String email) {
        this.urn = urn;
        this.name = name;
        this.phase = phase;
        this.localAuthority = localAuthority;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getUrn() {
        return urn;
    }

    public String getName() {
        return name;
    }

    public String getPhase() {
        return phase;
    }

    public LocalAuthority getLocalAuthority() {
        return localAuthority;
    }

    public String getEmail() {
        return email;
    }
}
