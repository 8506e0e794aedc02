package org.liaison.web;

import org.jboss.resteasy.reactive.RestForm;

import java.util.Optional;

/** The submission form as posted (application/x-www-form-urlencoded); checkboxes are present or absent. */
public class FormFields {

    @RestForm
    public String categoryCode;
    @RestForm
    public String text;
    @RestForm
    public String name;
    @RestForm
    public String phone;
    @RestForm
    public String anonymous;
    @RestForm
    public String contactConsent;
    @RestForm
    public String idempotencyKey;
    @RestForm
    public String csrf;

    boolean isAnonymous() {
        return anonymous != null;
    }

    boolean hasContactConsent() {
        return contactConsent != null;
    }

    /** The key the page generated for this form; a tampered one is ignored rather than refused. */
    Optional<String> key() {
        return idempotencyKey != null && idempotencyKey.matches("[A-Za-z0-9-]{8,64}") ? Optional.of(idempotencyKey)
                : Optional.empty();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
