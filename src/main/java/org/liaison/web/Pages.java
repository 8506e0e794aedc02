package org.liaison.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The data every page template uses: the texts, the language and the link to the other language. */
final class Pages {

    private Pages() {
    }

    static TemplateInstance common(Template template, PageContext context, WebMessages messages, String path) {
        boolean en = WebLocale.EN.equals(context.lang());
        return template.instance()
                .data("m", messages.of(context.lang()))
                .data("lang", en ? "en" : "zh-CN")
                .data("switchLink", path + "?lang=" + (en ? WebLocale.ZH : WebLocale.EN));
    }
}
