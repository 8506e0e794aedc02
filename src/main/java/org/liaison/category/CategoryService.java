package org.liaison.category;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.SqlValues;
import org.liaison.common.sql.TxStatements;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;
import org.liaison.common.problem.Problem;
import org.liaison.common.Versions;
import org.liaison.common.problem.ProblemException;
import org.liaison.department.Department;
import org.liaison.department.DepartmentRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Administration of categories. A category is never deleted: cases keep pointing at it. */
@ApplicationScoped
public class CategoryService {

    private final CategoryRepository categories;
    private final DepartmentRepository departments;

    CategoryService(CategoryRepository categories, DepartmentRepository departments) {
        this.categories = categories;
        this.departments = departments;
    }

    @WithTransaction
    public Uni<CategoryView> create(CreateCategoryRequest request) {
        return checkRules(request.defaultDepartmentId(), request.acceptHours(), request.resolveHours())
                .chain(() -> requireFreeCode(request.code(), null))
                .chain(() -> categories.persistAndFlush(CategoryMapper.toEntity(request)))
                .map(saved -> {
                    Log.infof("Created category %d (%s)", saved.id, saved.code);
                    return CategoryMapper.toView(saved);
                });
    }

    public Uni<CategoryView> get(long id) {
        return find(id).map(CategoryMapper::toView);
    }

    public Uni<Page<CategoryView>> list(String q, Boolean active, PageRequest paging) {
        return categories.search(q, active, paging).map(page -> page.map(CategoryMapper::toView));
    }

    public Uni<List<PublicCategoryView>> listPublic() {
        return categories.listActive().map(list -> list.stream().map(CategoryMapper::toPublicView).toList());
    }

    @WithTransaction
    public Uni<CategoryView> update(long id, UpdateCategoryRequest request) {
        return find(id).flatMap(category -> {
            Versions.require(category, request.version(), "Category " + id);
            return checkRules(request.defaultDepartmentId(), request.acceptHours(), request.resolveHours())
                    .chain(() -> requireFreeCode(request.code(), id))
                    .chain(() -> {
                        CategoryMapper.update(category, request);
                        return categories.flush();
                    })
                    .map(flushed -> CategoryMapper.toView(category));
        });
    }

    /** Deactivates the category, so residents can no longer choose it; asking again changes nothing. */
    @WithTransaction
    public Uni<Void> deactivate(long id) {
        return find(id).invoke(category -> {
            if (category.active) {
                category.active = false;
                Log.infof("Deactivated category %d", id);
            }
        }).replaceWithVoid();
    }

    /** The active category with this code, or null; for the submission of a resident's message. */
    public Uni<Category> findActiveByCode(String code) {
        return categories.findByCode(code).map(category -> category != null && category.active ? category : null);
    }

    /** The same, read through a transaction's statements (a pipelined submission sends it with its other reads). */
    public Uni<Category> findActiveByCode(TxStatements statements, String code) {
        return statements.query(SqlStatement.of("select id, code, accept_hours, resolve_hours from category"
                        + " where code = :code and active").set("code", code))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return null;
                    }
                    Object[] row = rows.get(0);
                    Category category = new Category();
                    category.id = ((Number) row[0]).longValue();
                    category.code = (String) row[1];
                    category.acceptHours = SqlValues.integer(row[2]);
                    category.resolveHours = SqlValues.integer(row[3]);
                    return category;
                });
    }

    private Uni<Category> find(long id) {
        return categories.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Category " + id));
    }

    /** The rules no single field can check: the department must be usable, the deadlines in order. */
    private Uni<Void> checkRules(Long departmentId, int acceptHours, int resolveHours) {
        Uni<Department> department = departmentId == null ? Uni.createFrom().nullItem() : departments.findById(departmentId);
        return department.map(found -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (departmentId != null && (found == null || !found.active)) {
                errors.add(new Problem.FieldError("defaultDepartmentId", "must be an existing, active department"));
            }
            if (resolveHours < acceptHours) {
                errors.add(new Problem.FieldError("resolveHours", "must be at least acceptHours (" + acceptHours + ")"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return null;
        });
    }

    /** A friendly 409 for the common case; the unique index still catches a concurrent duplicate. */
    private Uni<Void> requireFreeCode(String code, Long ownId) {
        return categories.findByCode(code).map(existing -> {
            if (existing != null && !Objects.equals(existing.id, ownId)) {
                throw ProblemException.conflict("A category with code " + code + " already exists.");
            }
            return null;
        });
    }
}
