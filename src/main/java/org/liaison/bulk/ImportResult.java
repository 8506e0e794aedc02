package org.liaison.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import did, or with dryRun=true would do.")
public record ImportResult(
        @Schema(example = "venues") String kind,
        @Schema(description = "true: nothing was changed, this is what the import would do.", example = "false") boolean dryRun,
        @Schema(description = "The encoding the file was read in.", example = "GB18030") String charset,
        @Schema(description = "Data rows read (blank rows are skipped).", example = "1400") int rows,
        @Schema(example = "12") int created,
        @Schema(description = "Rows that changed a stored record, deactivations included.", example = "3") int updated,
        @Schema(description = "Rows that match what is stored: importing the same file again leaves all rows here.",
                example = "1385") int unchanged,
        @Schema(description = "Duties ended by a row with active=false (venues and deputies are deactivated, never removed).",
                example = "0") int removed) {
}
