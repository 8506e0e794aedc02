package org.liaison.open311.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a key: the only time the key itself is ever shown. */
@Schema(description = "The new key. Copy apiKey now: only its hash is kept, it cannot be shown again.")
public record IssuedApiKeyView(
        ApiKeyView key,
        @Schema(description = "The key, sent by the client as api_key.", example = "o311_Xk3vQ9mT2b8Lr5Hn0sWc7yJq4dPf6gAe1uZiNkVoRtE")
        String apiKey) {

    @Override
    public String toString() {
        return "IssuedApiKeyView[key=" + key + ", apiKey=***]";
    }
}
