package org.liaison.caseflow;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.routing.DeputyLoads;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Routing's question about deputies' loads, answered from the cases they hold. */
@ApplicationScoped
class CaseDeputyLoads implements DeputyLoads {

    private final CaseRepository cases;

    CaseDeputyLoads(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Uni<Map<Long, Load>> of(Collection<Long> deputyIds) {
        return cases.openCasesByDeputy(deputyIds).flatMap(open -> cases.lastAssignedByDeputy(deputyIds).map(last -> {
            Map<Long, Load> loads = new HashMap<>();
            for (Long id : deputyIds) {
                Integer count = open.get(id);
                Instant at = last.get(id);
                if (count != null || at != null) {
                    loads.put(id, new Load(count == null ? 0 : count, at));
                }
            }
            return loads;
        }));
    }
}
