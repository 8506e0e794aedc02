package org.liaison.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.liaison.common.AuditedEntity;

/** A government department (承办部门) that deputies refer cases to. */
@Entity
@Table(name = "department")
public class Department extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 40)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "name_en", length = 200)
    public String nameEn;

    @Column(name = "contact_phone", length = 40)
    public String contactPhone;

    @Column(nullable = false)
    public boolean active = true;
}
