package org.liaison.auth;

/** The sign-in flow in words, shown once in the OpenAPI document on the Authentication tag. */
final class AuthDocs {

    static final String FLOW = "POST /api/auth/token with username and password gives an access token "
            + "(a JWT for 'Authorization: Bearer', valid expires_in seconds, TOKEN_LIFETIME) and a refresh token "
            + "(opaque, valid refresh_expires_in seconds, REFRESH_TOKEN_LIFETIME, renewed by every use, never past "
            + "SESSION_MAX_LIFETIME after the login). Before the access token expires, POST /api/auth/refresh with "
            + "the refresh token gives a new pair; the old refresh token is spent, and presenting it again ends the "
            + "session. GET /api/me/sessions lists the signed-in devices, DELETE /api/me/sessions/{id} ends one, "
            + "POST /api/auth/logout ends the current one. Ending a session, disabling an account or resetting its "
            + "password makes its access tokens fail (401) on every instance within seconds and ends its live streams.";

    private AuthDocs() {
    }
}
