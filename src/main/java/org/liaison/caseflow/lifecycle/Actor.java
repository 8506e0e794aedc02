package org.liaison.caseflow.lifecycle;

import java.util.Objects;

/**
 * An actor: a kind, plus the deputy or department id for those two kinds (a deputy may act only on the case it
 * holds, a department only on the case referred to it). Residents, administrators and the system carry no id.
 */
public record Actor(ActorKind kind, Long id) {

    public Actor {
        Objects.requireNonNull(kind, "kind");
        boolean needsId = kind == ActorKind.DEPUTY || kind == ActorKind.DEPARTMENT;
        if (needsId != (id != null)) {
            throw new IllegalArgumentException(needsId ? kind + " needs an id" : kind + " takes no id");
        }
    }

    public static Actor resident() {
        return new Actor(ActorKind.RESIDENT, null);
    }

    public static Actor deputy(long deputyId) {
        return new Actor(ActorKind.DEPUTY, deputyId);
    }

    public static Actor department(long departmentId) {
        return new Actor(ActorKind.DEPARTMENT, departmentId);
    }

    public static Actor admin() {
        return new Actor(ActorKind.ADMIN, null);
    }

    public static Actor system() {
        return new Actor(ActorKind.SYSTEM, null);
    }

    @Override
    public String toString() {
        return id == null ? kind.name() : kind + " " + id;
    }
}
