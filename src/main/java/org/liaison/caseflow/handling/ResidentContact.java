package org.liaison.caseflow.handling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The resident's name and phone number as this reader may see them, and why they look the way they do. */
@Schema(name = "ResidentContact", description = "The resident's name and phone number as the reader may see them.")
public record ResidentContact(
        @Schema(description = "The name: in full, masked (\"张*\") or null.", example = "张*")
        String name,
        @Schema(description = "SHOWN, MASKED (until the reading deputy accepts the case itself), WITHHELD (anonymous), NOT_GIVEN or SCRUBBED (retention).",
                example = "MASKED")
        Disclosure nameDisclosure,
        @Schema(description = "The phone number: in full, masked (\"****0001\") or null.", example = "****0001")
        String phone,
        @Schema(description = "SHOWN, MASKED (until the reading deputy accepts the case itself), WITHHELD (the resident refused contact), NOT_GIVEN or SCRUBBED.",
                example = "MASKED")
        Disclosure phoneDisclosure,
        @Schema(description = "Whether the resident agreed to be contacted.")
        boolean contactConsent,
        @Schema(description = "Whether the resident chose to stay anonymous.")
        boolean anonymous) {

    /** Why a value is shown, masked or absent. */
    public enum Disclosure { SHOWN, MASKED, WITHHELD, NOT_GIVEN, SCRUBBED }
}
