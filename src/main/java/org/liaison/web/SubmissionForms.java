package org.liaison.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.liaison.caseflow.intake.SubmissionRequest;
import org.liaison.common.problem.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a posted form with the API's own validation and words each problem plainly, next to its field.
 * The API's messages are for developers; a resident reads "please choose a category".
 */
@ApplicationScoped
public class SubmissionForms {

    private static final Set<String> FIELDS = Set.of("categoryCode", "text", "name", "phone");

    private final Validator validator;
    private final WebMessages messages;

    SubmissionForms(Validator validator, WebMessages messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** The form as a submission; the page's language becomes the language of the resident's messages. */
    static SubmissionRequest request(FormFields form, String lang) {
        return new SubmissionRequest(form.categoryCode == null ? "" : form.categoryCode, form.text == null ? "" : form.text,
                FormFields.blankToNull(form.name), FormFields.blankToNull(form.phone), form.isAnonymous(),
                form.hasContactConsent(), WebLocale.EN.equals(lang) ? "en" : "zh-CN");
    }

    /** Field → plain words; empty when the form is fine. */
    Map<String, String> check(SubmissionRequest request, String lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<SubmissionRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            errors.putIfAbsent(field, messages.get(lang, "error_" + field));
        }
        return errors;
    }

    /** The field errors of an API problem, worded for residents; unknown fields fall under the general message. */
    Map<String, String> fromProblem(List<Problem.FieldError> problemErrors, String lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problemErrors != null) {
            problemErrors.forEach(error -> errors.putIfAbsent(FIELDS.contains(error.field()) ? error.field() : "general",
                    messages.get(lang, FIELDS.contains(error.field()) ? "error_" + error.field() : "error_general")));
        }
        return errors;
    }

    static PageModels.Form blank(String action, String csrf) {
        return new PageModels.Form(action, null, null, null, null, false, false, newKey(), csrf, complete(Map.of()), null,
                SubmissionRequest.MAX_TEXT);
    }

    /** The form again with what the resident typed; a new key only when the old one can no longer be used. */
    static PageModels.Form again(String action, FormFields form, String csrf, Map<String, String> errors,
                                 String general, boolean newKey) {
        String key = newKey || form.idempotencyKey == null || form.idempotencyKey.isBlank() ? newKey() : form.idempotencyKey;
        return new PageModels.Form(action, form.categoryCode, form.text, form.name, form.phone, form.isAnonymous(),
                form.hasContactConsent(), key, csrf, complete(errors), general, SubmissionRequest.MAX_TEXT);
    }

    /** Every field present, "" when fine, so templates can test any of them. */
    private static Map<String, String> complete(Map<String, String> errors) {
        Map<String, String> all = new LinkedHashMap<>();
        FIELDS.forEach(field -> all.put(field, ""));
        all.putAll(errors);
        return all;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
