package org.liaison.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Comparator;

/** What is wrong with one cell (or a whole row, or the header) of an imported spreadsheet, in both languages. */
@Schema(name = "ImportRowError", description = "One bad cell: where it is, what it holds and why it is refused.")
public record RowError(
        @Schema(description = "Row number as the spreadsheet shows it: the header is row 1.", example = "5") int row,
        @Schema(description = "The column's English header; null when the whole row is meant.", example = "kind") String column,
        @Schema(description = "What the cell holds.", example = "STATOIN") String value,
        @Schema(example = "must be HOME, STATION or POINT (代表之家, 代表联络站, 代表联系点)") String reason,
        @Schema(example = "须为代表之家、代表联络站或代表联系点") String reasonZh) {

    static final Comparator<RowError> IN_SHEET_ORDER = Comparator.comparingInt(RowError::row)
            .thenComparing(error -> error.column() == null ? "" : error.column());
}
