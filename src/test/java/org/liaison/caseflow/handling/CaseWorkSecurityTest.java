package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.auth.Role;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every endpoint of the work side: 401 without a valid token, 403 for the other roles. */
@QuarkusTest
class CaseWorkSecurityTest {

    @Test
    void deputyEndpointsNeedTheDeputyRole() {
        List<Call> calls = new ArrayList<>(CaseAccessMatrixTest.deputyCalls(1));
        calls.add(Call.get("/api/deputy/assignments"));
        SecurityMatrix.assertRequires(Role.DEPUTY, calls);
    }

    @Test
    void departmentEndpointsNeedTheDepartmentRole() {
        List<Call> calls = new ArrayList<>(CaseAccessMatrixTest.departmentCalls(1));
        calls.add(Call.get("/api/department/cases"));
        SecurityMatrix.assertRequires(Role.DEPARTMENT, calls);
    }

    @Test
    void administratorEndpointsNeedTheAdminRole() {
        String base = "/api/admin/cases/1";
        SecurityMatrix.assertRequires(Role.ADMIN, List.of(
                Call.get("/api/admin/cases"),
                Call.get("/api/admin/queue"),
                Call.get(base),
                Call.post(base + "/assign", Map.of("note", "指派")),
                Call.post(base + "/accept", null),
                Call.post(base + "/start", null),
                Call.post(base + "/request-info", Map.of("question", "请补充")),
                Call.post(base + "/refer", Map.of("departmentId", 1)),
                Call.post(base + "/recall-referral", Map.of("note", "收回")),
                Call.post(base + "/respond", Map.of("reply", "已办")),
                Call.post(base + "/reject", Map.of("reason", "不受理")),
                Call.post(base + "/messages", Map.of("text", "你好"))));
    }
}
