package org.liaison.qr;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.ReadableCode;

import java.time.Instant;

/** A live public code as the administrator sees it, to print or to read out. */
@Schema(name = "PublicCode", description = "The live code printed in a venue's or deputy's QR code.")
public record CodeView(
        @Schema(description = "The code, canonical form (9 characters, the last one a check character).", example = "7K4M9QXTB")
        String code,
        @Schema(description = "The code grouped for printing and typing by hand.", example = "7K4M-9QXT-B")
        String groupedCode,
        @Schema(description = "Revision of the owner's code; rotation increments it and retires the previous one.", example = "1")
        int revision,
        @Schema(description = "The address the QR code encodes.", example = "https://liaison.example.gov.cn/v/7K4M9QXTB")
        String url,
        @Schema(description = "When this revision was issued.", example = "2026-11-21T08:30:00Z")
        Instant issuedAt) {

    static CodeView of(PublicCode code, String url) {
        return new CodeView(code.code, ReadableCode.grouped(code.code), code.revision, url, code.createdAt);
    }
}
