package org.liaison.deputy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.liaison.common.AuditedEntity;

import java.util.Arrays;
import java.util.List;

/** A people's congress deputy. The phone number is private: it never appears in public views. */
@Entity
@Table(name = "deputy")
public class Deputy extends AuditedEntity {

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeputyLevel level;

    @Column(length = 200)
    public String constituency;

    @Column(length = 200)
    public String title;

    @Column(length = 2000)
    public String biography;

    @Column(name = "photo_url", length = 500)
    public String photoUrl;

    @Column(length = 40)
    public String phone;

    /** Comma-separated topics (category codes or words); see {@link #topicList()}. */
    @Column(nullable = false, length = 1000)
    public String topics = "";

    @Column(nullable = false)
    public boolean active = true;

    /** The administration's own number for the deputy (spreadsheet imports match on it); optional, unique. */
    @Column(name = "external_code", length = 64)
    public String externalCode;

    public List<String> topicList() {
        return topics == null || topics.isBlank() ? List.of()
                : Arrays.stream(topics.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    public void topicList(List<String> list) {
        topics = list == null ? "" : String.join(",", list.stream().map(String::trim).filter(t -> !t.isEmpty()).toList());
    }
}
