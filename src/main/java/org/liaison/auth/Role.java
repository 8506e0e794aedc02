package org.liaison.auth;

/** The roles a token can carry, as they appear in its groups claim and in @RolesAllowed. */
public final class Role {
    public static final String ADMIN = "admin";
    public static final String DEPUTY = "deputy";
    public static final String DEPARTMENT = "department";

    private Role() {
    }

    public static boolean isKnown(String role) {
        return ADMIN.equals(role) || DEPUTY.equals(role) || DEPARTMENT.equals(role);
    }
}
