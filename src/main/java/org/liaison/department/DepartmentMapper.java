package org.liaison.department;

import org.liaison.common.PhoneNumber;

/** Between departments and their API shapes. */
public final class DepartmentMapper {

    /** Codes of departments and categories: stable identifiers that other systems may also use. */
    public static final String CODE = "^[A-Z][A-Z0-9_]{1,39}$";
    public static final String CODE_MESSAGE = "must be an upper-case letter followed by 1 to 39 upper-case letters, digits or _";

    private DepartmentMapper() {
    }

    public static DepartmentView toView(Department department) {
        return new DepartmentView(department.id, department.code, department.nameZh, department.nameEn,
                department.contactPhone, department.active, department.createdAt, department.updatedAt, department.version);
    }

    static Department toEntity(CreateDepartmentRequest request) {
        Department department = new Department();
        apply(department, request.code(), request.nameZh(), request.nameEn(), request.contactPhone());
        department.active = request.active() == null || request.active();
        return department;
    }

    static void update(Department department, UpdateDepartmentRequest request) {
        apply(department, request.code(), request.nameZh(), request.nameEn(), request.contactPhone());
        department.active = request.active();
    }

    private static void apply(Department department, String code, String nameZh, String nameEn, String contactPhone) {
        department.code = code;
        department.nameZh = nameZh.trim();
        department.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
        department.contactPhone = contactPhone == null || contactPhone.isBlank()
                ? null : PhoneNumber.normalize(contactPhone).orElseThrow();
    }
}
