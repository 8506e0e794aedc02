package org.liaison.department;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;
import org.liaison.common.Versions;
import org.liaison.common.problem.ProblemException;

import java.util.Objects;

/** Administration of departments. A department is never deleted: referrals keep pointing at it. */
@ApplicationScoped
public class DepartmentService {

    private final DepartmentRepository departments;

    DepartmentService(DepartmentRepository departments) {
        this.departments = departments;
    }

    @WithTransaction
    public Uni<DepartmentView> create(CreateDepartmentRequest request) {
        return requireFreeCode(request.code(), null)
                .flatMap(ignored -> departments.persistAndFlush(DepartmentMapper.toEntity(request)))
                .map(saved -> {
                    Log.infof("Created department %d (%s)", saved.id, saved.code);
                    return DepartmentMapper.toView(saved);
                });
    }

    public Uni<DepartmentView> get(long id) {
        return find(id).map(DepartmentMapper::toView);
    }

    public Uni<Page<DepartmentView>> list(String q, Boolean active, PageRequest paging) {
        return departments.search(q, active, paging).map(page -> page.map(DepartmentMapper::toView));
    }

    @WithTransaction
    public Uni<DepartmentView> update(long id, UpdateDepartmentRequest request) {
        return find(id).flatMap(department -> {
            Versions.require(department, request.version(), "Department " + id);
            return requireFreeCode(request.code(), id).flatMap(ignored -> {
                DepartmentMapper.update(department, request);
                return departments.flush().map(flushed -> DepartmentMapper.toView(department));
            });
        });
    }

    /** Deactivates the department; asking again changes nothing. */
    @WithTransaction
    public Uni<Void> deactivate(long id) {
        return find(id).invoke(department -> {
            if (department.active) {
                department.active = false;
                Log.infof("Deactivated department %d", id);
            }
        }).replaceWithVoid();
    }

    /** The department if it exists and is active, otherwise a 404 problem; for features that refer cases. */
    public Uni<Department> findActive(Long id) {
        return (id == null ? Uni.createFrom().<Department>nullItem() : departments.findById(id)).map(department -> {
            if (department == null || !department.active) {
                throw ProblemException.notFound("Department " + id);
            }
            return department;
        });
    }

    private Uni<Department> find(long id) {
        return departments.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Department " + id));
    }

    /** A friendly 409 for the common case; the unique index still catches a concurrent duplicate. */
    private Uni<Void> requireFreeCode(String code, Long ownId) {
        return departments.findByCode(code).map(existing -> {
            if (existing != null && !Objects.equals(existing.id, ownId)) {
                throw ProblemException.conflict("A department with code " + code + " already exists.");
            }
            return null;
        });
    }
}
