package org.liaison.deputy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What anyone may see of a deputy, e.g. on a venue's public page. Deliberately has no phone. */
@Schema(description = "A deputy as residents see it.")
public record DeputyPublicView(
        @Schema(example = "1") Long id,
        @Schema(example = "王丽") String name,
        @Schema(example = "MUNICIPAL") DeputyLevel level,
        @Schema(example = "梁溪区第三选区") String constituency,
        @Schema(example = "社区卫生服务中心主任") String title,
        @Schema(example = "长期关注社区医疗和养老服务。") String biography,
        @Schema(example = "https://example.org/photos/wang-li.jpg") String photoUrl,
        @Schema(example = "[\"PUBLIC_SERVICE\", \"ENVIRONMENT\"]") List<String> topics) {
}
