package org.liaison.caseflow.intake;

import org.liaison.caseflow.lifecycle.CaseSecrets;

/**
 * What makes two submissions "the same payload" for Idempotency-Key: the scope (the path's code) and the
 * submission after normalisation, so JSON key order, spacing or "138 0000 0001" vs "13800000001" do not
 * matter but any change of meaning does. Each value is length-prefixed, so no two different submissions
 * serialise alike.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(String scope, SubmissionRequest normalized) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "scope", scope);
        field(canonical, "categoryCode", normalized.categoryCode());
        field(canonical, "text", normalized.text());
        field(canonical, "name", normalized.name());
        field(canonical, "phone", normalized.phone());
        field(canonical, "anonymous", String.valueOf(normalized.anonymous()));
        field(canonical, "contactConsent", String.valueOf(normalized.contactConsent()));
        return CaseSecrets.sha256Hex(canonical.toString());
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }
}
