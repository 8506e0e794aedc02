package org.liaison.deputy;

import org.liaison.common.PhoneNumber;

import java.util.LinkedHashSet;
import java.util.List;

/** Between deputies and their API shapes. */
public final class DeputyMapper {

    private DeputyMapper() {
    }

    public static DeputyView toView(Deputy deputy) {
        return new DeputyView(deputy.id, deputy.name, deputy.level, deputy.constituency, deputy.title, deputy.biography,
                deputy.photoUrl, deputy.phone, deputy.topicList(), deputy.active, deputy.createdAt, deputy.updatedAt,
                deputy.version, deputy.externalCode);
    }

    /** The public projection: everything a resident may see, never the phone number. */
    public static DeputyPublicView toPublicView(Deputy deputy) {
        return new DeputyPublicView(deputy.id, deputy.name, deputy.level, deputy.constituency, deputy.title,
                deputy.biography, deputy.photoUrl, deputy.topicList());
    }

    static Deputy toEntity(CreateDeputyRequest request) {
        Deputy deputy = new Deputy();
        apply(deputy, request.name(), request.level(), request.constituency(), request.title(), request.biography(),
                request.photoUrl(), request.phone(), request.topics());
        deputy.active = request.active() == null || request.active();
        deputy.externalCode = blankToNull(request.externalCode());
        return deputy;
    }

    static void update(Deputy deputy, UpdateDeputyRequest request) {
        apply(deputy, request.name(), request.level(), request.constituency(), request.title(), request.biography(),
                request.photoUrl(), request.phone(), request.topics());
        deputy.active = request.active();
        if (request.externalCode() != null) {
            // absent keeps the stored code, so a client that does not know the field cannot wipe it; blank clears it
            deputy.externalCode = blankToNull(request.externalCode());
        }
    }

    private static void apply(Deputy deputy, String name, String level, String constituency, String title,
                              String biography, String photoUrl, String phone, List<String> topics) {
        deputy.name = name.trim();
        deputy.level = DeputyLevel.valueOf(level);
        deputy.constituency = blankToNull(constituency);
        deputy.title = blankToNull(title);
        deputy.biography = blankToNull(biography);
        deputy.photoUrl = blankToNull(photoUrl);
        deputy.phone = phone == null || phone.isBlank() ? null : PhoneNumber.normalize(phone).orElseThrow();
        // the same topic twice says nothing more; keep the first spelling and the order given
        deputy.topicList(topics == null ? List.of() : List.copyOf(new LinkedHashSet<>(topics.stream().map(String::trim).toList())));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
