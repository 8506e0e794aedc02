package org.liaison.deputy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "A deputy as administrators see it, private phone number included.")
public record DeputyView(
        @Schema(example = "1") Long id,
        @Schema(example = "王丽") String name,
        @Schema(example = "MUNICIPAL") DeputyLevel level,
        @Schema(example = "梁溪区第三选区") String constituency,
        @Schema(example = "社区卫生服务中心主任") String title,
        String biography,
        @Schema(example = "https://example.org/photos/wang-li.jpg") String photoUrl,
        @Schema(description = "Private: never shown to residents.", example = "13800000001") String phone,
        @Schema(example = "[\"PUBLIC_SERVICE\", \"ENVIRONMENT\"]") List<String> topics,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back with an update.", example = "0") long version,
        @Schema(description = "The administration's own number for the deputy, if registered.", example = "LX-D-0007") String externalCode) {
}
