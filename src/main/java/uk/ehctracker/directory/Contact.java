package uk.ehctracker.directory;

import jakarta.persistence.Embeddable;

/** A service the family can contact: the mediation adviser or the IAS service (reg 5(3), 10(3)). */
@Embeddable
public record Contact(String name, String phone, String email, String web) {
}
