package org.liaison.category;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.department.DepartmentFixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.category.CategoryResourceTest.admin;
import static org.liaison.category.CategoryResourceTest.category;
import static org.liaison.category.CategoryResourceTest.create;

@QuarkusTest
class PublicCategoryResourceTest {

    private static final String CATEGORIES = "/api/admin/categories";

    private static String code() {
        return DepartmentFixtures.uniqueCode("CAT");
    }

    @Test
    void residentsSeeActiveCategoriesWithoutAToken() {
        long department = DepartmentFixtures.create();
        String shown = code();
        String hidden = code();
        create(category(shown, department));
        long hiddenId = create(category(hidden, null));
        admin().delete(CATEGORIES + "/" + hiddenId).then().statusCode(204);

        var response = given().get("/api/public/categories").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", equalTo("public, max-age=300"))
                .extract();
        List<Map<String, Object>> categories = response.jsonPath().getList("$");
        assertThat(categories).contains(Map.of("code", shown, "nameZh", "环境卫生", "nameEn", "Environment and sanitation"));
        assertThat(categories).extracting(c -> c.get("code")).doesNotContain(hidden);
        assertThat(categories).allSatisfy(c -> assertThat(c).containsOnlyKeys("code", "nameZh", "nameEn"));
    }
}
