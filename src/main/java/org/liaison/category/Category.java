package org.liaison.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.liaison.common.AuditedEntity;

/** What a resident's message is about; it sets the default department and the deadlines. */
@Entity
@Table(name = "category")
public class Category extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 40)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(name = "default_department_id")
    public Long defaultDepartmentId;

    /** Hours a deputy has to accept a new case before it is escalated. */
    @Column(name = "accept_hours", nullable = false)
    public int acceptHours;

    /** Hours from routing until the case must be resolved. */
    @Column(name = "resolve_hours", nullable = false)
    public int resolveHours;

    @Column(nullable = false)
    public boolean active = true;
}
