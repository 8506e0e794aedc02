package org.liaison.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A category a resident can pick when writing a message.")
public record PublicCategoryView(
        @Schema(description = "What a submission names its category by.", example = "ENVIRONMENT") String code,
        @Schema(example = "环境卫生") String nameZh,
        @Schema(example = "Environment and sanitation") String nameEn) {
}
