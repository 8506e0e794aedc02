package org.liaison.open311;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.category.Category;
import org.liaison.category.CategoryService;

import java.util.List;

/**
 * Our categories as GeoReport services. Every service asks the same two optional questions, the choices a
 * resident makes on the venue page (attributes anonymous and contact_consent); a category with questions of its
 * own would add them to its definition here.
 */
@ApplicationScoped
public class ServiceCatalog {

    static final String ANONYMOUS = "anonymous";
    static final String CONTACT_CONSENT = "contact_consent";

    private final CategoryService categories;

    ServiceCatalog(CategoryService categories) {
        this.categories = categories;
    }

    public Uni<List<Open311Views.Service>> services(Open311Language language) {
        return categories.listPublic().map(all -> all.stream().map(category -> new Open311Views.Service(category.code(),
                language.pick(category.nameZh(), category.nameEn()), null, true, "realtime",
                category.nameZh() + ", " + category.nameEn(), null)).toList());
    }

    /** The active category of a service code; 404 when there is none. */
    public Uni<Category> require(String serviceCode) {
        if (!Open311Query.printable(serviceCode)) {
            return Uni.createFrom().failure(Open311Exception.notFound("service_code was not found"));
        }
        return categories.findActiveByCode(serviceCode).map(category -> {
            if (category == null) {
                throw Open311Exception.notFound("service_code " + serviceCode + " was not found");
            }
            return category;
        });
    }

    public Uni<Open311Views.ServiceDefinition> definition(String serviceCode, Open311Language language) {
        return require(serviceCode).map(category -> new Open311Views.ServiceDefinition(category.code, List.of(
                yesNo(ANONYMOUS, 1, language, language.pick("匿名：除接单代表外，不向任何人显示姓名。",
                        "Anonymous: the name is shown to no one but the deputy who takes the case on.")),
                yesNo(CONTACT_CONSENT, 2, language, language.pick("同意代表电话联系；不同意时电话号码只保存、不向任何人显示。",
                        "The resident agrees to be phoned back; without it a phone number is kept but shown to no one.")))));
    }

    private static Open311Views.Attribute yesNo(String code, int order, Open311Language language, String description) {
        return new Open311Views.Attribute(true, code, "singlevaluelist", false,
                language.pick("true 或 false，默认 false", "true or false, false when absent"), order, description,
                List.of(new Open311Views.AttributeValue("true", language.pick("是", "Yes")),
                        new Open311Views.AttributeValue("false", language.pick("否", "No"))));
    }
}
