package org.liaison.account;

import org.liaison.auth.Role;
import org.liaison.common.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/** Which links each role needs, as field errors; the database checks the same thing as a last resort. */
final class AccountRules {

    private AccountRules() {
    }

    static List<Problem.FieldError> linkErrors(String role, Long deputyId, Long departmentId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean needsDeputy = Role.DEPUTY.equals(role);
        boolean needsDepartment = Role.DEPARTMENT.equals(role);
        if (needsDeputy && deputyId == null) {
            errors.add(new Problem.FieldError("deputyId", "is required for a deputy account"));
        }
        if (!needsDeputy && deputyId != null) {
            errors.add(new Problem.FieldError("deputyId", "must be absent for a " + role + " account"));
        }
        if (needsDepartment && departmentId == null) {
            errors.add(new Problem.FieldError("departmentId", "is required for a department account"));
        }
        if (!needsDepartment && departmentId != null) {
            errors.add(new Problem.FieldError("departmentId", "must be absent for a " + role + " account"));
        }
        return errors;
    }

}
