package org.liaison.caseflow.handling;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.events.CaseEventRepository;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.Referral;
import org.liaison.caseflow.ReferralRepository;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseStateMachine;
import org.liaison.caseflow.handling.ResidentDisclosure.Audience;
import org.liaison.category.CategoryRepository;
import org.liaison.common.problem.ProblemException;
import org.liaison.department.Department;
import org.liaison.department.DepartmentRepository;
import org.liaison.deputy.DeputyRepository;
import org.liaison.privacy.PersonalDataCipher;
import org.liaison.venue.VenueRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case as deputies, departments and administrators read and act on it. The same code serves all three: the
 * reader decides which cases it reaches (anything else is a 404, exactly like an unknown id), how much of the
 * resident it sees, and what the state machine lets it do. Every change goes through {@link CaseWorkflow}.
 */
@ApplicationScoped
public class CaseWorkService {

    private final CaseRepository cases;
    private final CaseWorkRepository work;
    private final CaseEventRepository events;
    private final ReferralRepository referrals;
    private final CategoryRepository categories;
    private final VenueRepository venues;
    private final DeputyRepository deputies;
    private final DepartmentRepository departments;
    private final CaseWorkflow workflow;
    private final PersonalDataCipher cipher;
    private final CaseStateMachine machine;

    CaseWorkService(CaseRepository cases, CaseWorkRepository work, CaseEventRepository events, ReferralRepository referrals,
                    CategoryRepository categories, VenueRepository venues, DeputyRepository deputies,
                    DepartmentRepository departments, CaseWorkflow workflow, PersonalDataCipher cipher, CaseStateMachine machine) {
        this.cases = cases;
        this.work = work;
        this.events = events;
        this.referrals = referrals;
        this.categories = categories;
        this.venues = venues;
        this.deputies = deputies;
        this.departments = departments;
        this.workflow = workflow;
        this.cipher = cipher;
        this.machine = machine;
    }

    @WithSession
    public Uni<CaseView> view(long caseId, Actor reader) {
        return readable(caseId, reader).flatMap(c -> render(c, reader));
    }

    /**
     * Takes the action on the case; 404 when the actor cannot reach it, 409 when the action is not possible now or
     * the case is no longer at one of the {@code expectedVersions} (If-Match; empty: no check).
     */
    @WithTransaction
    public Uni<CaseView> act(long caseId, Actor actor, CaseAction action, ActionDetails details, List<Long> expectedVersions) {
        return changed(readable(caseId, actor, expectedVersions)
                .call(c -> workflow.apply(c, action, actor, details)), actor);
    }

    @WithTransaction
    public Uni<CaseView> refer(long caseId, Actor actor, Long departmentId, String note, List<Long> expectedVersions) {
        return changed(readable(caseId, actor, expectedVersions)
                .call(c -> departments.findById(departmentId).invoke(department -> requireActive(department)))
                .call(c -> workflow.apply(c, CaseAction.REFER, actor, ActionDetails.referral(departmentId, note))), actor);
    }

    /** An administrator hands the case to a deputy, or to the administrators' queue when {@code deputyId} is null. */
    @WithTransaction
    public Uni<CaseView> assign(long caseId, Long deputyId, String note, List<Long> expectedVersions) {
        Actor admin = Actor.admin();
        Uni<Void> deputyCheck = deputyId == null ? Uni.createFrom().voidItem()
                : deputies.findById(deputyId).invoke(deputy -> {
                    if (deputy == null || !deputy.active) {
                        throw ProblemException.invalid("deputyId", deputy == null ? "no such deputy" : "the deputy is inactive");
                    }
                }).replaceWithVoid();
        return changed(readable(caseId, admin, expectedVersions)
                .call(c -> deputyCheck)
                .call(c -> workflow.apply(c, CaseAction.ASSIGN, admin, ActionDetails.assignment(deputyId, note))), admin);
    }

    private Uni<ResidentCase> readable(long caseId, Actor reader, List<Long> expectedVersions) {
        return readable(caseId, reader).invoke(c -> CaseVersionTag.require(c, expectedVersions));
    }

    /** Flushed before it is rendered, so the view (and its ETag) carries the version the change produced. */
    private Uni<CaseView> changed(Uni<ResidentCase> change, Actor reader) {
        return change.call(c -> cases.flush()).flatMap(c -> render(c, reader));
    }

    private Uni<ResidentCase> readable(long caseId, Actor reader) {
        return cases.findById(caseId).flatMap(c -> {
            if (c == null) {
                return notFound(caseId);
            }
            return switch (reader.kind()) {
                case ADMIN -> Uni.createFrom().item(c);
                case DEPUTY -> Objects.equals(c.assignedDeputyId, reader.id()) ? Uni.createFrom().item(c) : notFound(caseId);
                case DEPARTMENT -> Objects.equals(c.departmentId, reader.id()) ? Uni.createFrom().item(c)
                        : work.everReferredTo(caseId, reader.id()).flatMap(referred -> referred
                                ? Uni.createFrom().item(c) : notFound(caseId));
                default -> notFound(caseId);
            };
        });
    }

    private static Uni<ResidentCase> notFound(long caseId) {
        return Uni.createFrom().failure(ProblemException.notFound("Case " + caseId));
    }

    private static void requireActive(Department department) {
        if (department == null || !department.active) {
            throw ProblemException.invalid("departmentId", department == null ? "no such department" : "the department is inactive");
        }
    }

    /** Lookups run one after another: a reactive session takes one query at a time. */
    private Uni<CaseView> render(ResidentCase c, Actor reader) {
        return categories.findById(c.categoryId).flatMap(category -> venues.findById(c.venueId).flatMap(venue ->
                deputyName(c.assignedDeputyId).flatMap(deputyName -> referrals.ofCase(c.id).flatMap(caseReferrals ->
                        departmentNames(caseReferrals, c.departmentId).flatMap(departmentNames ->
                                events.timeline(c.id).map(timeline -> CaseMapper.toView(c,
                                        new CaseMapper.Names(category, venue == null ? null : venue.name, deputyName, departmentNames),
                                        contactFor(c, reader), caseReferrals, timeline,
                                        List.copyOf(machine.allowedActions(c.snapshot(), reader)), reader)))))));
    }

    private Uni<String> deputyName(Long deputyId) {
        return deputyId == null ? Uni.createFrom().nullItem()
                : deputies.findById(deputyId).map(deputy -> deputy == null ? null : deputy.name);
    }

    private Uni<Map<Long, String>> departmentNames(List<Referral> caseReferrals, Long current) {
        Set<Long> ids = new HashSet<>();
        caseReferrals.forEach(r -> ids.add(r.departmentId));
        if (current != null) {
            ids.add(current);
        }
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : departments.list("id in ?1", ids).map(found -> found.stream()
                        .collect(Collectors.toMap(d -> d.id, d -> d.nameZh)));
    }

    /** Departments never see the resident; deputies see what ResidentDisclosure allows; administrators everything. */
    private ResidentContact contactFor(ResidentCase c, Actor reader) {
        if (reader.kind() != ActorKind.DEPUTY && reader.kind() != ActorKind.ADMIN) {
            return null;
        }
        Audience audience = reader.kind() == ActorKind.ADMIN ? Audience.ADMIN : Audience.HOLDER;
        return ResidentDisclosure.disclose(audience, c.acceptedByHolder(reader.id()), c.anonymous, c.contactConsent,
                c.scrubbedAt != null, cipher.decrypt(c.residentNameEncrypted), cipher.decrypt(c.residentPhoneEncrypted));
    }
}
