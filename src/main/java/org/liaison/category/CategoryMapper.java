package org.liaison.category;

/** Between categories and their API shapes. */
public final class CategoryMapper {

    static final String CODE = "^[A-Z][A-Z0-9_]{1,39}$";
    static final String CODE_MESSAGE = "must be an upper-case letter followed by 1 to 39 upper-case letters, digits or _";

    private CategoryMapper() {
    }

    public static CategoryView toView(Category category) {
        return new CategoryView(category.id, category.code, category.nameZh, category.nameEn, category.defaultDepartmentId,
                category.acceptHours, category.resolveHours, category.active, category.createdAt, category.updatedAt,
                category.version);
    }

    public static PublicCategoryView toPublicView(Category category) {
        return new PublicCategoryView(category.code, category.nameZh, category.nameEn);
    }

    static Category toEntity(CreateCategoryRequest request) {
        Category category = new Category();
        apply(category, request.code(), request.nameZh(), request.nameEn(), request.defaultDepartmentId(),
                request.acceptHours(), request.resolveHours());
        category.active = request.active() == null || request.active();
        return category;
    }

    static void update(Category category, UpdateCategoryRequest request) {
        apply(category, request.code(), request.nameZh(), request.nameEn(), request.defaultDepartmentId(),
                request.acceptHours(), request.resolveHours());
        category.active = request.active();
    }

    private static void apply(Category category, String code, String nameZh, String nameEn, Long defaultDepartmentId,
                              int acceptHours, int resolveHours) {
        category.code = code;
        category.nameZh = nameZh.trim();
        category.nameEn = nameEn.trim();
        category.defaultDepartmentId = defaultDepartmentId;
        category.acceptHours = acceptHours;
        category.resolveHours = resolveHours;
    }
}
